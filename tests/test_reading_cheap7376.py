"""An adverb before the second verb of a coordinated predicate ("Energy exports reached ...,
and now make up 29.8% of total exports") is no product: the share keeps the sentence's subject.
A fall set in accountants' brackets in a table ("(2.0)") is a figure cell, so the row is read
and, under a '% change' header, is a negative change its two levels must give."""
from tradecheck import verify_text


def _findings(text, published="2022-08-04"):
    return verify_text(text, published=published, reference="none").to_dict()["findings"]


def _inconsistent(text):
    return [f for f in _findings(text) if f.get("status") == "inconsistent"]


NOW = ("Total exports rose 1.9% in June to $65.07 billion, Norway's statistics office said.\n\n"
       "Energy exports reached $19.42 billion in June, up from $18.55 billion in May, and now make up {share}% "
       "of total exports.")


def test_an_adverb_before_a_second_verb_keeps_the_sentences_subject():
    """"and now make up 29.8%" is energy's share (19.42 / 65.07), not a share of a product "now"."""
    assert not _inconsistent(NOW.format(share="29.8"))
    assert [f["check"] for f in _inconsistent(NOW.format(share="33.8"))] == ["ratio"]


BRACKETS = """Freedonia Mining: copper production by mine (kt)

                      Q3 2019    Q2 2019    % change
North Pit                89.1       90.4        (1.4)
South Pit                {south}       69.2        (2.0)
East Pit                 20.0       19.9         0.5
West Pit (50%)           14.8       14.8          -
Group total             191.7      194.3        (1.3)
"""


def test_a_fall_in_accountants_brackets_is_a_negative_change():
    """"69.2 -> 67.8" is the "(2.0)" fall its row gives; "72.8" is a rise, no fall of 2.0%."""
    assert not _inconsistent(BRACKETS.format(south="67.8"))
    assert [f["check"] for f in _inconsistent(BRACKETS.format(south="72.8"))] == ["percent_change"]
