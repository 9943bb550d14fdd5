"""Volumes beside values (round 14 of probe passages: ports, international institutions,
Mongolia): a change of containers, throughput, trade volume or tonnes is no change of the
money figures beside it; the money figures keep their own relations."""
import pytest

from tradecheck import verify_text


def read(text: str, published: str = "2024-02-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


VALUES = " Total exports fell 5.0% to $650 billion from $684.2 billion in 2022."


@pytest.mark.parametrize("text, figure", [
    # container units, plural
    ("Container throughput at the port rose 4.6 per cent to 39.01 million TEUs last year.", "4.6 per cent"),
    ("The port handled 8.63 million twenty-foot equivalent units in 2023, up 3.1% from 8.37 million "
     "twenty-foot equivalent units.", "3.1%"),
    ("Transits through the canal fell 28% in 2023 to 18,800 vessels.", "28%"),
    # a change said of throughput, rail freight, cargo traffic
    ("Throughput at the port of Rotterdam fell 6.1% in 2023.", "6.1%"),
    ("Rail freight to China rose 8% in 2023.", "8%"),
    ("Container traffic through Durban rose 3.5% in 2023.", "3.5%"),
])
def test_a_change_of_containers_or_throughput_is_no_value_change(text, figure):
    r = read(text + VALUES)
    assert figure not in r["claims"]
    assert r["claims"]["5.0%"]["kind"] == "percent_change"
    assert r["errors"] == []


def test_a_headline_percent_of_throughput_is_no_value_change():
    r = read("Rotterdam throughput falls 6.1%\n\nROTTERDAM, 7 February - Throughput at the port fell 6.1% to "
             "438.8 million tonnes in 2023. Dutch exports fell 5.0% to EUR 650 billion from EUR 684.2 billion in 2022.")
    assert "6.1%" not in r["claims"]
    assert r["errors"] == []


def test_trade_volume_set_against_the_dollar_value_is_a_volume():
    r = read("World merchandise trade volume grew 2.9% in 2024, while the dollar value of world merchandise exports "
             "rose 2% to US$ 24.43 trillion, from US$ 23.95 trillion in 2023.", "2025-04-16")
    assert "2.9%" not in r["claims"]
    assert r["claims"]["2%"]["measure"] == "exports"
    assert r["errors"] == []


def test_a_sentence_opened_in_volume_terms_gives_a_volume_change():
    r = read("In volume terms, Indian exports rose 3.1% in 2023. Indian exports fell 5% to $431 billion from "
             "$453.7 billion in 2022.", "2024-03-01")
    assert "3.1%" not in r["claims"]
    assert r["errors"] == []


@pytest.mark.parametrize("text, figure", [
    # trade volume with a money level of its own is money
    ("The trade volume between Iran and Turkey rose 20% to $5 billion in 2023.", "20%"),
    ("Iran-Iraq trade volume rose 20 percent in 2023, reaching $10 billion, while the value of Iranian exports "
     "was $8 billion.", "20 percent"),
    # no value named apart: "trade volume" may be money, so its change stays
    ("The trade volume between China and Russia rose 26.3% in 2023. Trade reached $240.1 billion, up from "
     "$190.1 billion in 2022.", "26.3%"),
])
def test_trade_volume_that_is_money_keeps_its_change(text, figure):
    r = read(text, "2024-03-01")
    assert r["claims"][figure]["kind"] == "percent_change"


COAL = ("Mongolia exported 69.6 million tonnes of coal in 2023, 2.2 times more than the 31.7 million tonnes "
        "shipped in 2022. Coal export revenue rose 78.2 percent to US$ 8,520.3 million.")


def test_a_headline_multiple_the_body_gives_for_tonnes_is_the_tonnes():
    r = read("Coal exports more than double in 2023\n\nULAANBAATAR, January 16 (MONTSAME). " + COAL, "2024-01-16")
    assert "double" not in r["claims"]
    assert r["claims"]["78.2 percent"]["kind"] == "percent_change"
    assert r["errors"] == []


def test_a_headline_change_the_body_gives_for_money_stays():
    r = read("Coal export revenue up 78.2%\n\nULAANBAATAR, January 16 (MONTSAME). " + COAL, "2024-01-16")
    assert r["claims"]["78.2%"]["kind"] == "percent_change"


@pytest.mark.parametrize("text", [
    "The Port of Long Beach moved 663,000 TEUs in March, up 8.2% y/y from 612,800 TEUs in March 2023.",
    "The port handled 8,630,000 TEUs in 2023, down 12.9% from 9,911,159 TEUs in 2022.",
    "Long Beach moved 8.01 million TEUs, 12.5% fewer than the 9.15 million it handled a year earlier.",
    "Shipments in September totalled 98,500 tonnes, down 24.0% from 129,600 tonnes a year earlier.",
])
def test_a_change_of_a_quantity_its_two_levels_give_is_no_error(text):
    assert read(text)["errors"] == []


@pytest.mark.parametrize("text, stated", [
    ("Year to date, the port has handled 1.99 million TEUs, up 9.6% from 1.77 million TEUs in the first quarter "
     "of 2023.", "9.6%"),
    ("The port handled 8,630,000 TEUs in 2023, down 11.9% from 9,911,159 TEUs in 2022.", "11.9%"),
    ("Exports reached 11.1 million bags, 42% more than the 7.1 million bags shipped a year before.", "42%"),
])
def test_a_change_of_a_quantity_its_two_levels_cannot_give_is_an_error(text, stated):
    errors = read(text)["errors"]
    assert len(errors) == 1 and stated in errors[0]
