"""Percentages of physical quantities (tonnes, barrels, bags): a change or a share of a
quantity says nothing about the money figures beside it, so it is no claim the value checks
may use; the money figures around it keep their own relations."""
import pytest

from tradecheck import verify_text
from tradecheck.link.cues import measures_a_quantity


def read(text: str, published: str | None = None) -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def claims_by_text(text: str, published: str | None = None) -> dict[str, dict]:
    return {c["text"]: c for c in read(text, published)["claims"]}


def errors(text: str, published: str | None = None) -> list[str]:
    return [f["message"] for f in read(text, published)["findings"] if f["status"] == "inconsistent"]


@pytest.mark.parametrize("text, figure", [
    # the change, then its new level in tonnes, a period between
    ("Thailand's rice exports rose 14.2% in 2023 to 8.76 million tonnes worth $5.14 billion, against 7.67 million "
     "tonnes worth $4.22 billion in 2022.", "14.2%"),
    # the quantity, then its change and the earlier quantity
    ("Kazakhstan exported 48.3 million barrels of crude in 2024, up 7.4 percent from 45.0 million barrels a year "
     "earlier. Oil export earnings stood at USD 3.9 billion, up 2.1 percent from USD 3.82 billion in 2023.",
     "7.4 percent"),
    ("December arrivals reached 6.1 million tonnes, up 4.3% on the 5.85 million tonnes of December 2022.", "4.3%"),
    # a share after "<quantity>, or"
    ("Peru sold 2.4 million tonnes of copper in 2023, or 61.5 percent of all copper shipped abroad, for $9.1 billion.",
     "61.5 percent"),
    # a share said to be of the volume
    ("Ghana's cocoa exports totalled 0.62 million tonnes in 2023, worth $2.3 billion, of which 0.31 million tonnes, "
     "or 50.0 percent of the volume, went to Dutch ports.", "50.0 percent"),
    ("Japan took some 120 million tonnes in 2023, or 12.5% of the total volume, worth A$14.2 billion.", "12.5%"),
    ("Coffee shipments to Italy made up 9.8% by volume in 2023, worth $0.9 billion.", "9.8%"),
])
def test_a_percentage_of_a_quantity_is_no_claim(text, figure):
    assert figure not in claims_by_text(text)
    assert errors(text) == []


def test_the_money_beside_a_quantity_keeps_its_own_change():
    text = ("Kazakhstan exported 48.3 million barrels of crude in 2024, up 7.4 percent from 45.0 million barrels a year "
            "earlier. Oil export earnings stood at USD 3.9 billion, up 2.1 percent from USD 3.82 billion in 2023.")
    findings = read(text)["findings"]
    change = [f for f in findings if f["check"] == "percent_change"]
    assert change and all(f["status"] == "consistent" for f in change)


@pytest.mark.parametrize("text, figure, kind", [
    # money between the quantity and the percentage: the change of the money
    ("Iran's imports came to more than 21 million tons, worth more than $28.3 billion, 10 percent more than in the "
     "same period last year.", "10 percent", "percent_change"),
    ("Kenya's tea exports rose 8% to $1.4 billion in 2023.", "8%", "percent_change"),
    # trade "volume" that is money
    ("Trade between the two countries reached $5.6 billion in 2023, and Kenya accounted for 20% of the volume of "
     "trade.", "20%", "share"),
])
def test_a_percentage_of_money_stays(text, figure, kind):
    assert claims_by_text(text)[figure]["kind"] == kind


def test_a_hedge_between_by_and_the_change_keeps_the_change():
    text = "Export earnings from coal grew by only 5.1 percent to USD 8.6 billion in 2024."
    c = claims_by_text(text, published="2025-01-20")["5.1 percent"]
    assert (c["kind"], c["measure"], c["commodity"]) == ("percent_change", "exports", "coal")


def test_a_sentence_of_quantities_still_names_the_flow():
    # the price figure makes money no flow; the shipments sentence after it brings the text
    # back to exports, whose value the next sentence gives
    text = ("Vietnam's coffee export price averaged $2,389 a tonne in 2023. Shipments in September totalled 98,500 "
            "tonnes, down 24.0% from 129,600 tonnes a year earlier. Their value, however, climbed 9.2% to $310.2 "
            "million from $284.1 million.")
    claims = claims_by_text(text, published="2023-10-10")
    assert "24.0%" not in claims
    assert claims["9.2%"]["measure"] == "exports"


@pytest.mark.parametrize("before, after, quantity", [
    ("exported 83.7 million tonnes of coal in 2024, up ", " from 69.6 million tonnes", True),
    ("it took some 761 million tonnes, or ", " of the total volume", True),
    ("rose ", " in 2023 to 71.32 million tonnes", True),
    ("shipped 12.1 million bags (", ")", True),
    ("", " of the volume", True),
    ("", " in tonnage terms", True),
    # a year before a unit word is no quantity; money between ends the quantity's clause
    ("in 2023 cars, up ", " to $12 billion", False),
    ("21 million tons, worth more than $28.3 billion, ", " more", False),
    ("rose ", " to $5 billion, while volumes fell to 3 million tonnes", False),
    ("", " of the volume of trade", False),
])
def test_the_cues_of_a_quantity(before, after, quantity):
    assert measures_a_quantity(before, after) is quantity


@pytest.mark.parametrize("text, published", [
    ("Chile's export revenue from salmon rose 7.5% to $6.45 billion in 2023 from $6.0 billion in 2022.", None),
    ("Brazil's sugar export revenues increased 4.8% to $1.74 billion in July from $1.66 billion a year earlier, with the "
     "average price falling 4.4% to $450.8 per tonne.", "2024-08-02"),
])
def test_export_revenue_is_the_value_of_exports(text, published):
    claims = read(text, published)["claims"]
    changes = [c for c in claims if c["kind"] == "percent_change" and c["measure"] == "exports"]
    assert changes, claims
    planted = text.replace("7.5%", "5.7%").replace("4.8%", "8.4%")
    assert errors(planted, published)


def test_a_price_in_a_clause_after_a_figure_leaves_it_a_flow():
    text = ("Nigeria's crude exports fell 18.0% in 2023 to $41.0 billion as prices retreated from 2022 highs. "
            "In 2022 crude exports had been worth $50.0 billion.")
    assert claims_by_text(text)["$41.0 billion"]["measure"] == "exports"
    assert errors(text.replace("18.0%", "12.0%"))


@pytest.mark.parametrize("text, figure", [
    ("The IMF approved a $3 billion programme for Egypt in 2022.", "$3 billion"),
    ("The Philippines earned an estimated P482bn in tourism receipts in 2023.", "P482bn"),
    ("Coal was sold at $103 per tonne in 2024.", "$103"),
])
def test_money_named_by_the_noun_after_it_stays_no_flow(text, figure):
    assert claims_by_text(text)[figure]["measure"] == "other"


@pytest.mark.parametrize("text, earlier, period", [
    ("Chile's export earnings from copper grew by only 3.0 percent to USD 6.18 billion in 2024 (USD 6.0 billion in "
     "2023).", "USD 6.0 billion", "2023"),
    ("Chile's exports of copper concentrate totalled USD 3.52 billion in 2024, down 3.2 percent by value (USD 3.64 "
     "billion a year earlier).", "USD 3.64 billion", "2023"),
])
def test_a_figure_in_brackets_dated_before_is_the_earlier_level(text, earlier, period):
    c = claims_by_text(text, published="2025-01-20")[earlier]
    assert (c["measure"], c["period"]) == ("exports", period)
    assert errors(text, "2025-01-20") == []
    assert errors(text.replace("3.0 percent", "5.0 percent").replace("3.2 percent", "5.2 percent"), "2025-01-20")


def test_a_figure_in_brackets_restated_stays_the_same_figure():
    text = "In 2023 Kenya's exports to Uganda were $2.7bn (about Sh300bn)."
    assert claims_by_text(text)["Sh300bn"]["attribution"]["measure"] == "restates-previous"


def test_a_change_against_an_earlier_quantity_after_more_than_is_of_the_quantity():
    from tradecheck import verify_text

    text = ("TBILISI - The country exported 116.6 million bottles of wine in 2023, 10% more than the 106 million "
            "bottles of 2022. The value of wine exports rose 7% to $257.7 million.")
    result = verify_text(text, published="2024-01-08", reference="none").to_dict()
    assert "10%" not in [c["text"] for c in result["claims"]]  # a change in bottles, no money claim
    assert [f for f in result["findings"] if f["status"] == "inconsistent"] == []
