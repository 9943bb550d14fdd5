"""Periods that words relative to something else give: the footing of a change, "one year
earlier", "the previous crop year", a month named only as the base of a comparison, the
month a release came out. Each sentence is read as a reporter would write it; the claim's
period (or measure) is what the words mean."""
from tradecheck import verify_text


def claims_by_text(text: str, published: str | None = None) -> dict[str, dict]:
    """The claims of `text`, by the words each stands on."""
    return {c["text"]: c for c in verify_text(text, published=published, reference="none").to_dict()["claims"]}


def errors(text: str, published: str | None = None) -> list[str]:
    findings = verify_text(text, published=published, reference="none").to_dict()["findings"]
    return [f["message"] for f in findings if f["status"] == "inconsistent"]


# --- the footing of a change ("year-on-year") dates no level --------------------------------

def test_level_after_a_year_on_year_change_is_of_the_period_in_hand():
    c = claims_by_text("In January-March 2024, Ghana's trade with Togo grew by 8.2% year-on-year and amounted to $140.5 million.",
                       "2024-05-10")
    assert c["$140.5 million"]["period"] == "2024-Q1"
    assert c["8.2%"]["base_period"] == "2023-Q1"


def test_level_after_a_multiple_measured_year_on_year():
    c = claims_by_text("Trade between Chile and India in January-October 2023 grew 1.8 times year-on-year and reached $4.1 billion.",
                       "2023-12-01")
    assert c["$4.1 billion"]["period"] == "2023-01/2023-10"


def test_level_before_the_change_still_reads_right():
    c = claims_by_text("In January-March 2024, Ghana's trade with Togo amounted to $140.5 million, up 8.2% year-on-year.",
                       "2024-05-10")
    assert c["$140.5 million"]["period"] == "2024-Q1"


# --- a level still to reach -------------------------------------------------------------------

def test_a_mark_within_reach_is_no_realised_trade():
    text = ("In 2023, trade between Ghana and Togo reached $612.0 million. In January-March 2024 it grew by 8.2% "
            "year-on-year and amounted to $140.5 million. We believe the $1 billion mark is within reach.")
    assert claims_by_text(text, "2024-05-10")["$1 billion"]["measure"] == "other"
    assert errors(text, "2024-05-10") == []


def test_a_mark_passed_is_still_trade():
    c = claims_by_text("In 2023 trade between Ghana and Togo passed the $1 billion mark.", "2024-05-10")
    assert c["$1 billion"]["measure"] != "other"


# --- a flow word inside what another flow is of ------------------------------------------------

def test_supplies_of_one_side_are_its_exports():
    c = claims_by_text("In 2022 trade between Peru and Bolivia was $1.5 billion, of which Peruvian supplies made up "
                       "$1.1 billion and Bolivian supplies $0.4 billion.", "2023-02-01")
    assert c["$1.1 billion"]["measure"] == "exports"
    assert c["$0.4 billion"]["measure"] == "exports"


def test_imports_of_medical_supplies_are_imports():
    c = claims_by_text("Peru's imports of medical supplies reached $2 billion in 2023.", "2024-02-01")
    assert c["$2 billion"]["measure"] == "imports"


def test_a_participial_level_before_its_change_is_of_the_month_in_hand():
    c = claims_by_text("Hungary's exports rose in October to 4.1 billion euros, while imports grew faster, reaching "
                       "3.9 billion euros, up 7.7 percent from 3.6 billion a year ago.", "2017-12-08")
    assert c["3.9 billion euros"]["period"] == "2017-10"
    assert c["3.6 billion"]["period"] == "2016-10"


# --- "one year earlier", "a year previously" --------------------------------------------------

def test_one_year_previously_is_a_year_back():
    c = claims_by_text("In 2021 Denmark's surplus came to 9.5 billion euros, close to the 9.1 billion euros recorded one "
                       "year previously, when exports had totalled 80.2 billion.", "2022-02-10")
    assert c["9.1 billion euros"]["period"] == "2020"
    assert c["80.2 billion"]["period"] == "2020"


def test_one_year_earlier_at_the_head_of_a_sentence():
    c = claims_by_text("In March 2023 Austria's exports fell by 2.1% to €17.4 bn. One year earlier, exports stood at €17.8 bn.",
                       "2023-05-15")
    assert c["€17.8 bn"]["period"] == "2022-03"


def test_two_years_previously():
    c = claims_by_text("In 2023 Austria's exports reached €200.1 bn, against €180.4 bn two years previously.", "2024-03-01")
    assert c["€180.4 bn"]["period"] == "2021"


# --- a month named only as the date of an earlier level ------------------------------------------

NORWAY_DECEMBER = ("Norway ends 2019 with a trade surplus in December\n\n"
                   "Norway exported more than it imported in December, new figures showed, and posted a surplus for "
                   "the year as a whole.\n\nNorway's exports were worth 70.2 billion kroner in December, while imports rose to 66.0 billion kroner. "
                   "That left a surplus of 4.2 billion kroner, compared with a deficit of 1.3 billion kroner in December 2018, "
                   "when exports had reached 60.1 billion and imports 61.4 billion kroner.\n\n"
                   "Over the full year, Norway sold goods worth 810.5 billion kroner abroad.")


def test_the_when_clause_of_an_earlier_level_is_of_its_month():
    c = claims_by_text(NORWAY_DECEMBER, "2020-01-15")
    assert c["1.3 billion kroner"]["period"] == "2018-12"
    assert c["60.1 billion"]["period"] == "2018-12"
    assert c["61.4 billion kroner"]["period"] == "2018-12"


def test_the_month_of_an_earlier_level_does_not_become_the_running_period():
    c = claims_by_text(NORWAY_DECEMBER, "2020-01-15")
    assert c["810.5 billion kroner"]["period"] == "2019"
    assert errors(NORWAY_DECEMBER, "2020-01-15") == []


# --- crop years and seasons ----------------------------------------------------------------------

COLOMBIA_COFFEE = ("BOGOTA, Oct 12 - Colombia's coffee export revenue in the 2021/22 crop year that ended in September "
                   "rose 4.0% to $3.90 billion, the federation said. In the previous crop year the country shipped beans "
                   "worth $3.75 billion. The average price in 2021/22 came to $5,100 a tonne.\n\n"
                   "Shipments in September, the last month of the season, totalled 950,000 bags, down 12.0% from a year "
                   "earlier. Their value rose 3.0% to $309.0 million from $300.0 million.\n\n"
                   "Over the first nine months of calendar 2022, Colombia exported coffee worth $3.10 billion.")


def test_a_crop_year_that_ended_in_a_month_ends_then():
    c = claims_by_text(COLOMBIA_COFFEE, "2022-10-12")
    assert c["$3.90 billion"]["period"] == "2021-10/2022-09"
    assert c["$3.90 billion"]["measure"] == "exports"  # "export revenue"


def test_the_previous_crop_year_is_the_season_before():
    c = claims_by_text(COLOMBIA_COFFEE, "2022-10-12")
    assert c["$3.75 billion"]["period"] == "2020-10/2021-09"
    assert c["4.0%"]["base_period"] == "2020-10/2021-09"


def test_a_month_of_the_season_is_a_digression():
    c = claims_by_text(COLOMBIA_COFFEE, "2022-10-12")
    assert c["$309.0 million"]["period"] == "2022-09"
    assert "12.0%" not in c  # a change in bags, not in money
    assert c["$3.10 billion"]["period"] == "2022-01/2022-09"  # "of calendar 2022"
    assert errors(COLOMBIA_COFFEE, "2022-10-12") == []


def test_a_bare_year_pair_is_the_season_the_text_defined():
    c = claims_by_text(COLOMBIA_COFFEE, "2022-10-12")
    assert c["$5,100"]["period"] == "2021-10/2022-09"


def test_a_price_restated_in_brackets_is_no_flow():
    c = claims_by_text("In 2023 robusta beans in Vietnam were sold at 66,500 dong ($2.73) per kg.", "2023-10-10")
    assert c["66,500 dong"]["measure"] == "other"


# --- when figures came out is no period of theirs ------------------------------------------------

GHANA_COCOA = ("ACCRA, Feb 20 - Ghana's cocoa arrivals fell sharply this season.\n\n"
               "According to figures published by the finance ministry this month, exports of cocoa beans brought in "
               "30.2 billion cedis in 2023, 3.0% less than the 31.1 billion cedis earned in 2022. Switzerland was the "
               "main destination, accounting for 7.5 billion cedis, or 24.8% of the total.")


def test_the_month_figures_were_published_in_dates_none_of_them():
    c = claims_by_text(GHANA_COCOA, "2024-02-20")
    assert c["7.5 billion cedis"]["period"] == "2023"
    assert c["24.8%"]["period"] == "2023"


def test_a_share_planted_against_its_whole_is_found():
    assert errors(GHANA_COCOA.replace("24.8%", "27.8%"), "2024-02-20")


def test_data_released_in_a_month_do_not_date_the_figures():
    c = claims_by_text("Data released in March showed Kenya's exports to Uganda reached $1.2 billion in 2023. "
                       "Imports from Uganda came to $0.9 billion.", "2024-03-20")
    assert c["$0.9 billion"]["period"] == "2023"


def test_a_tonnage_change_from_an_earlier_tonnage_is_no_value_change():
    c = claims_by_text("In January Ghana shipped 60,000 tonnes of cocoa, down 35.5% from 93,000 tonnes a year earlier, "
                       "worth $250 million.", "2024-02-20")
    assert "35.5%" not in c


def test_a_tonnage_compared_with_a_year_ago_does_not_move_the_text_back():
    text = ("In 2024 Chile's exports reached $98.5 billion.\n\n"
            "Chile exported 5.1 million tonnes of copper, up 3.0 percent from 4.95 million tonnes a year ago. "
            "Copper export earnings stood at $50.1 billion, making up 50.9 percent of total exports.")
    c = claims_by_text(text, "2025-01-20")
    assert c["$50.1 billion"]["period"] == "2024"
    assert errors(text, "2025-01-20") == []


def test_a_change_glued_to_last_year_is_dated_by_it_not_by_the_day_it_was_said():
    from tradecheck import verify_text

    text = ("In August, when the two presidents met, one said trade between the two capitals was expanding fast, "
            "soaring by nearly 60% last year, with volumes doubling over January-May 2022.")
    claims = {c["text"]: c for c in verify_text(text, published="2022-10-23", reference="none").to_dict()["claims"]}
    assert (claims["60%"]["period"], claims["60%"]["base_period"]) == ("2021", "2020")
    # a period after "over" that ends later than the one before the change is no base
    assert (claims["doubling"]["period"], claims["doubling"]["base_period"]) == ("2022-01/2022-05", "2021-01/2021-05")
