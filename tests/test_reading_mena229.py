"""Oil-ministry releases and North African trade notes: revenue given "with" a quantity of
exports, a headline's bare "oil" for the body's one kind of oil, a share of the state budget,
and two partners sharing one bracketed figure in a list of partners."""
from tradecheck import verify_text


def _claims(text, published="2025-06-03"):
    return verify_text(text, published=published, reference="none").to_dict()


def _amount(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "amount" and snippet in c["text"])


def _share(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "share" and snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_revenue_with_the_quantity_of_exports_is_their_value():
    text = ("Kuwait's crude oil exports in April totalled 52.1 million barrels, with revenues "
            "reaching $3.42 billion, the oil ministry said.\n")
    c = _amount(_claims(text), "3.42")
    assert c["measure"] == "exports" and c["reporter"] == "KWT"


def test_headline_oil_is_the_one_kind_of_oil_the_body_names():
    text = ("Kuwait's oil exports for April bring in $3.42 billion\n\n"
            "Kuwait City-KNA\n\n"
            "The ministry said on Monday that crude oil exports in April 2025 totalled 52.1 million "
            "barrels, with revenues reaching $3.61 billion.\n\n"
            "The average price per barrel was $65.6, it added.\n")
    d = _claims(text)
    assert _amount(d, "3.42")["commodity"] == _amount(d, "3.61")["commodity"] == "crude oil"
    bad = _inconsistent(d)
    assert bad and bad[0]["check"] == "duplicate"


def test_a_headlines_bare_oil_stays_when_the_body_names_two_kinds():
    text = ("Kuwait's oil exports for April bring in $3.42 billion\n\n"
            "Kuwait City-KNA\n\n"
            "Crude oil exports in April 2025 earned $3.10 billion and exports of oil products "
            "$0.32 billion, the oil ministry said.\n")
    d = _claims(text)
    assert _amount(d, "3.42")["commodity"] == "oil"


def test_share_of_the_state_budget_is_no_share_of_exports():
    text = ("Kuwait's oil exports reached $3.42 billion in April 2025. The country relies on oil "
            "sales for nearly 85 percent of its state budget.\n")
    d = _claims(text)
    assert _share(d, "85")["measure"] == "other"


def test_share_of_revenue_from_exports_stays_a_share_of_exports():
    text = ("Kuwait's oil exports reached $3.42 billion in April 2025, some 60 percent of the "
            "revenue from total exports.\n")
    d = _claims(text)
    assert _share(d, "60")["measure"] == "exports"


def test_two_partners_sharing_one_bracket_are_no_reporter_and_partner():
    text = ("Morocco's trade deficit stood at MAD 250 billion in 2024. The deficit was mainly with "
            "Spain (-MAD 60 billion), China (-MAD 45 billion), Chile and Peru (-MAD 3.1 billion).\n")
    d = _claims(text, "2025-02-10")
    c = _amount(d, "3.1")
    assert c["reporter"] == "MAR" and c["partner"] is None
    assert _amount(d, "45")["partner"] == "CHN"
