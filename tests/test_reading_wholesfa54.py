"""Parts, changes and shares tied to the right figure (round 54): products after "of which" are
parts of the total their own sentence gives before the cue; a change set after a quantity over
a span of months ("in January–June 2023, a fall of 5 per cent") is the quantity's; housing
starts and royalty payments are no trade flows; a place joined to "-owned" is no reporter; and
"130,000 MT" in a text that abbreviates metric tons as MT is tonnes, not millions of them."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


def test_parts_after_of_which_belong_to_the_total_of_their_sentence():
    text = ("Exports of sawn softwood from Norway were NOK 4.0 billion in 2023. "
            "Exports of all wood products came to NOK 20.0 billion, of which pulp accounted for NOK {pulp} billion "
            "and paper for NOK 6.0 billion.")
    assert errors(text.format(pulp="5.0")) == []
    found = errors(text.format(pulp="15.0"))
    assert found and "20" in found[0]


def test_a_change_after_a_quantity_over_a_span_of_months_stays_off_the_money():
    text = ("Chilean growers shipped 2.1 million tonnes of table grapes in January–June 2023, a decrease of 5 per cent "
            "compared with the same period last year, when shipments reached 2.2 million tonnes. The export value fell "
            "harder, to USD 1.5 billion from USD 1.8 billion, a drop of 17 per cent.")
    claims = reading(text, "2023-08-01")["claims"]
    assert all(c["text"] != "5 per cent" for c in claims)
    assert errors(text) == []


def test_housing_starts_are_no_trade_flow():
    text = ("Ireland's imports of timber fell to EUR 1.2 billion in 2023 from EUR 1.8 billion. "
            "Builders were cautious, with housing starts estimated to have dropped by about a quarter.")
    claims = reading(text)["claims"]
    change = next(c for c in claims if c["text"] == "a quarter")
    assert change["measure"] == "other"
    assert errors(text) == []


def test_royalty_payments_on_exports_are_no_exports():
    text = ("Copper exports earned US$900 million, or 9% of total mineral exports of US$10 billion. "
            "Royalty payments on exports came to about US$45 million.")
    claims = reading(text)["claims"]
    assert next(c for c in claims if c["text"] == "US$45 million")["measure"] == "other"
    assert errors(text) == []


def test_a_place_joined_to_owned_is_no_reporter():
    text = ("Exports of graphite concentrate amounted to US$120 million in 2023. "
            "Korean-owned firms have invested US$300 million in new mines since 2020.")
    claims = reading(text)["claims"]
    assert next(c for c in claims if c["text"] == "US$120 million")["reporter"] != "KOR"


def test_a_bare_mt_figure_in_a_text_that_defines_mt_is_tonnes():
    text = ("Japan imported 2.40 million metric tons (MT) of soymeal in 2023. Brazil supplied 1.20 million MT, "
            "Argentina shipped 312,000 MT (13 percent), and Paraguay 104,000 MT ({pct} percent).")
    assert errors(text.format(pct="4")) == []
    found = errors(text.format(pct="14"))
    assert found and "104,000 MT" in found[0] and "million" in found[0]


def test_a_change_in_a_relative_clause_after_a_quantity_and_a_share_of_a_named_total():
    text = ("Exports of sawn hardwood from Latvia came to 4.0 million cubic metres in 2023, which was 8 per cent less "
            "than a year earlier. Their value was EUR 1.1 billion. Exports to Estonia were 0.6 million cubic metres, "
            "or {pct} per cent of total sawn hardwood exports.")
    claims = reading(text)["claims"]
    assert all(c["text"] != "8 per cent" for c in claims)
    assert errors(text.format(pct="15")) == []
    found = errors(text.format(pct="25"))
    assert found and "0.6 million cubic metres" in found[0]
