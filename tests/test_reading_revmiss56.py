"""Revisions and long-run texts (round 56): a statistics office's "Quarter 3 (Jul to Sep)
2021" is that quarter; "revised to X, from Y" makes Y the replaced estimate of the same period;
"estimated at X, revised up from Y" is the office's figure, not a rough one; "fell by a
calendar and seasonally adjusted 5.0%" is a change; "By 2021 exports of goods and services
reached" dates its own clause; "That total is made up of two parts" makes the figures of the
next sentence parts of the total before, of its pair and period."""
from readings import claim, errors


def test_a_numbered_quarter_with_its_months_in_brackets_is_the_quarter():
    text = ("Release: UK trade revisions\n\n"
            "The trade deficit for Quarter 3 (Jul to Sep) 2021 has been revised to £5.0 billion, "
            "from the £6.0 billion published last month.")
    assert claim(text, "£5.0 billion")["period"] == "2021-Q3"
    assert claim(text, "£6.0 billion")["period"] == "2021-Q3"


def test_an_estimate_that_names_the_one_it_replaced_is_read_as_stated():
    text = ("Release: UK trade revisions\n\n"
            "The trade deficit for Quarter 3 (Jul to Sep) 2021 has been revised to £{balance} billion.\n"
            "Exports for the quarter are now estimated at £150.0 billion, revised up from £149.0 billion.\n"
            "Imports are now £155.0 billion, revised down from £156.0 billion.")
    assert claim(text.format(balance="5.0"), "£150.0 billion")["bound"] == "eq"
    assert errors(text.format(balance="5.0")) == []
    assert errors(text.format(balance="6.0")) != []


def test_a_change_after_two_joined_adjectives_is_a_change():
    text = ("In June 2021, French exports fell by a calendar and seasonally adjusted {pct} compared "
            "with May 2021. In calendar and seasonally adjusted terms, exports came to 40.0 billion "
            "euros in June, compared with 50.0 billion euros in May.")
    assert errors(text.format(pct="20.0%")) == []
    assert errors(text.format(pct="25.0%")) != []


def test_a_year_opened_by_by_before_a_long_subject_and_a_past_verb_dates_the_figure():
    text = ("In 1980 exports were small. By 2021 global exports of goods and services reached "
            "$20.0 trillion.")
    assert claim(text, "$20.0 trillion")["period"] == "2021"


def test_parts_after_a_sentence_saying_that_total_is_made_up_of_parts():
    text = ("In 1980 exports were small. By 2021 global exports of goods and services reached "
            "$20.0 trillion. That total is made up of two parts. Goods exports came to "
            "$15.0 trillion, while services exports came to ${services} trillion.")
    part = claim(text.format(services="5.0"), "$15.0 trillion")
    assert (part["period"], part["reporter"]) == ("2021", "WLD")
    assert errors(text.format(services="5.0")) == []
    assert errors(text.format(services="7.0")) != []
