"""Market-news wires on data releases (round 24): consensus forecasts beside the outcome, a
range of forecasts, a forecast change in money, an outlook to a part of a future year, a
change in money over three months, a goods balance beside the whole's, and the oil and
non-oil balances that make up the whole."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-10-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], c)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "all": result["claims"]}


# --- a noun of expectation holds its own figure, not the clause after it

PERU = ("LIMA, Oct 15 - Peru's exports rose 5.2% year-on-year to $6.07 billion in September, "
        "{cue} a 3.0% gain, while imports grew 7.4% to $4.51 billion, leaving a surplus of $1.56 billion.")


def test_a_change_after_expectations_of_is_a_forecast():
    for cue in ("beating expectations of", "topping market expectations for", "against expectations of"):
        r = read(PERU.format(cue=cue))
        assert r["claims"]["3.0%"]["measure"] == "other", cue
        assert r["claims"]["7.4%"]["measure"] == "imports", cue
        assert r["claims"]["$4.51 billion"]["measure"] == "imports", cue
        assert r["errors"] == [], cue


def test_a_planted_level_after_expectations_is_still_caught():
    r = read(PERU.format(cue="beating expectations of").replace("$1.56 billion", "$1.86 billion"))
    assert r["claims"]["$1.86 billion"]["measure"] == "balance"
    assert len(r["errors"]) == 1


def test_a_surplus_past_the_comma_of_an_expectation_happened():
    r = read("LIMA, Oct 15 - Peru's imports fell 1.2% to $4.51 billion in September, confounding expectations "
             "of a 0.8% rise, leaving a trade surplus of $1.56 billion. Exports were $6.07 billion.")
    assert r["claims"]["0.8%"]["measure"] == "other"
    assert r["claims"]["$1.56 billion"]["measure"] == "balance"
    assert r["errors"] == []


# --- a forecast said after its figure by who foresaw it

def test_a_deficit_economists_had_expected_is_a_forecast():
    for who in ("economists had expected", "analysts forecast", "that economists had predicted"):
        r = read("OSLO, Oct 15 - Norway's goods trade surplus narrowed to NOK 41.2 billion in September, "
                 f"smaller than the NOK 45.0 billion surplus {who}. Exports were NOK 101.5 billion and "
                 "imports NOK 60.3 billion.")
        assert r["claims"]["NOK 45.0 billion"]["measure"] == "other", who
        assert r["errors"] == [], who


# --- an outlook to a part of a future year, and a forecaster who "sees" a level

def test_a_level_by_mid_next_year_is_a_forecast():
    for when in ("by mid-2025", "by early 2026", "by the middle of 2025"):
        r = read("WELLINGTON, Oct 21 - The annual goods trade deficit was NZ$10.2 billion in the year to "
                 f"September. One bank sees the annual deficit shrinking to about NZ$8 billion {when}.",
                 published="2024-10-21")
        assert r["claims"]["NZ$8 billion"]["measure"] == "other", when
        assert r["errors"] == [], when


def test_a_forecaster_who_sees_the_deficit_falling():
    r = read("WELLINGTON, Oct 21 - The annual goods trade deficit was NZ$10.2 billion in the year to "
             "September. Harbourline Bank sees the annual deficit falling to NZ$9 billion.", published="2024-10-21")
    assert r["claims"]["NZ$9 billion"]["measure"] == "other"
    assert r["errors"] == []


# --- a range of forecasts, and a forecast change in money

PREVIEW = ("NEW YORK, May 1 - The median forecast of 38 economists is for a deficit of $61.4 billion, down "
           "$6.2 billion, or 9.2%, from February's $67.6 billion. {range}")


def test_the_ends_of_a_range_of_forecasts_are_no_flow():
    for rng in ("Estimates range from $58.0 billion to $66.5 billion.",
                "Forecasts in the poll ranged from $58.0 billion to $66.5 billion.",
                "The deficit is put at $61.4 billion, with predictions ranging from $58.0 billion to $66.5 billion."):
        r = read(PREVIEW.format(range=rng), published="2024-05-01")
        assert r["claims"]["$58.0 billion"]["measure"] == "other", rng
        assert r["claims"]["$66.5 billion"]["measure"] == "other", rng
        assert r["errors"] == [], rng


def test_a_change_said_after_a_forecast_is_foreseen_too():
    r = read(PREVIEW.format(range=""), published="2024-05-01")
    assert r["claims"]["$6.2 billion"]["measure"] == "other"
    assert r["claims"]["9.2%"]["measure"] == "other"
    assert r["errors"] == []


# --- a change in money dated by the period of the level it reached

ROLLING = ("LONDON, Sept 11 - The trade deficit widened in July. The total trade deficit widened by "
           "{change} billion pounds to 6.1 billion pounds in the three months to July, from 4.3 billion "
           "pounds in the three months to April.")


def test_a_change_in_money_over_three_months():
    r = read(ROLLING.format(change="1.8"), published="2024-09-11")
    assert r["claims"]["1.8 billion pounds"]["period"] == "2024-05/2024-07"
    assert r["errors"] == []


def test_a_planted_change_in_money_over_three_months_is_caught():
    r = read(ROLLING.format(change="2.8"), published="2024-09-11")
    assert len(r["errors"]) == 1


# --- a goods balance beside the whole's, services in surplus

ADVANCE = ("WASHINGTON, May 1 - The total trade deficit was $62.1 billion in February, full "
           "goods-and-services data showed. The goods deficit narrowed by $3.8 billion to {goods} billion in March from "
           "$87.6 billion in February. Goods exports rose 2.0% to $170.0 billion from $166.7 billion, while "
           "goods imports fell 0.2% to $253.8 billion from $254.3 billion.")


def test_a_goods_deficit_beside_the_total_is_goods():
    r = read(ADVANCE.format(goods="$83.8"), published="2024-05-01")
    assert r["claims"]["$87.6 billion"]["commodity"] == "goods"
    assert r["claims"]["$170.0 billion"]["commodity"] == "goods"
    assert r["claims"]["$62.1 billion"]["commodity"] is None
    assert r["errors"] == []


def test_a_planted_goods_deficit_is_caught():
    r = read(ADVANCE.format(goods="$85.8"), published="2024-05-01")
    assert r["errors"]


# --- the oil and non-oil balances make up the whole

def test_a_deficit_in_oil_trade_after_its_figure():
    for oil in ("a $1.42 billion deficit in oil and gas trade", "a $1.42 billion shortfall in oil and gas trade"):
        r = read("JAKARTA, Oct 15 - Indonesia's trade surplus was $2.91 billion in September. It came from a "
                 f"non-oil and gas surplus of $4.33 billion, partly offset by {oil}.")
        assert r["claims"]["$1.42 billion"]["commodity"] == "oil and gas", oil
        assert r["errors"] == [], oil


def test_a_planted_non_oil_surplus_is_caught():
    r = read("JAKARTA, Oct 15 - Indonesia's trade surplus was $2.91 billion in September. It came from a "
             "non-oil and gas surplus of $5.33 billion, partly offset by a $1.42 billion deficit in oil and gas trade.")
    assert len(r["errors"]) == 1


MEXICO = ("MEXICO CITY, Oct 28 - Mexico recorded a trade deficit of $0.62 billion in September. Exports "
          "were $55.10 billion and imports $55.72 billion. The oil balance showed a deficit of $1.70 billion, "
          "while non-oil trade posted a surplus of {non_oil} billion.")


def test_non_oil_trade_beside_oil_is_a_part_not_the_scope():
    r = read(MEXICO.format(non_oil="$1.08"), published="2024-10-28")
    assert r["claims"]["$0.62 billion"]["commodity"] is None
    assert r["claims"]["$1.08 billion"]["commodity"] == "non-oil"
    assert r["errors"] == []


def test_a_planted_non_oil_balance_is_caught():
    r = read(MEXICO.format(non_oil="$1.38"), published="2024-10-28")
    assert len(r["errors"]) == 1
