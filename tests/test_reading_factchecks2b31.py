"""Fact checks (round 31): a claim quoted with its speaker after a dash before the verdict, a
part the sentence after a figure opens on with "Of this,", a product said to be the bulk of a
figure before and the flow the next sentence gives of it, an earlier level set beside a
figure by "That compares with", a multiple a clause denies, and levels in net tons."""
from tradecheck import verify_text


def _claims(text, published="2026-04-10"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet, kind=None):
    return next(c for c in d["claims"] if snippet == c["text"] and (kind is None or c["kind"] == kind))


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_a_claim_quoted_with_its_speaker_after_a_dash_is_the_claimants():
    text = ('"Without the deal we lose $9 billion of exports a year." – Party spokesman, 2 March 2026\n\n'
            "Verdict: Incorrect\n\n"
            "In 2025 Kenya exported goods worth $3.1 billion to the United States.\n\n"
            'Critics said: "The $9 billion figure is far off."\n')
    d = _claims(text)
    nine = [c for c in d["claims"] if c["text"] == "$9 billion"]
    assert nine and all(c["measure"] == "other" for c in nine)
    assert not _inconsistent(d)


def test_a_part_after_an_of_this_opener_is_a_share_of_the_figure_before():
    text = ("In 2025 Kenya exported goods worth $3.20 billion to the United States. "
            "Of this, $0.80 billion – or 25.0% – entered the US under a preference scheme.\n")
    d = _claims(text)
    assert not _inconsistent(d)
    ratio = [f for f in d["findings"] if f["check"] == "ratio"]
    assert ratio and ratio[0]["status"] == "consistent"
    wrong = _claims(text.replace("or 25.0%", "or 30.0%"))
    assert any(f["check"] == "ratio" for f in _inconsistent(wrong))


def test_the_flow_after_a_sentence_on_the_bulk_of_a_figure_is_that_products():
    text = ("Canada exported C$200.0 billion of goods to the US in 2025. "
            "Crude oil made up most of that. Shipments to the US were worth C$120.0 billion, "
            "some 60% of Canada's goods exports to the US.\n")
    d = _claims(text)
    assert _claim(d, "C$120.0 billion")["commodity"] == "crude oil"
    assert not _inconsistent(d)
    wrong = _claims(text.replace("C$120.0", "C$140.0"))
    assert any(f["check"] == "ratio" for f in _inconsistent(wrong))


def test_that_compares_with_gives_the_earlier_level_of_the_same_product():
    text = ("Uganda's earnings from coffee exports came to US$2.40 billion in 2025. That compares with "
            "US$1.60 billion in 2024. This is an increase of 50.0%.\n")
    d = _claims(text)
    assert _claim(d, "US$1.60 billion")["commodity"] == _claim(d, "US$2.40 billion")["commodity"] == "coffee"
    assert any(f["check"] == "percent_change" and f["status"] == "consistent" for f in d["findings"])
    wrong = _claims(text.replace("US$1.60", "US$1.40"))
    assert any(f["check"] == "percent_change" for f in _inconsistent(wrong))


def test_a_multiple_a_clause_denies_is_no_claim():
    text = ("Coffee exports rose to US$2.4 billion in 2025 from US$2.0 billion in 2024. "
            '"Growers have not seen anything like a doubling in their pay," an economist said.\n')
    d = _claims(text)
    assert _claim(d, "doubling")["measure"] == "other"
    assert not _inconsistent(d)


def test_a_share_of_the_total_in_net_tons_is_of_the_current_level():
    text = ("The country imported 30.0 million net tons of steel in 2025, down 10.0% from "
            "33.3 million tons in 2024.\n\n"
            "Korea was the largest supplier, shipping 6.0 million tons, or 20.0% of the total.\n")
    assert not _inconsistent(_claims(text))
