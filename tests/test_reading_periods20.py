"""Periods named in an aside, a comparison or a name (round 20: year-in-review pieces and
chamber releases): the time belongs to what the aside, the compared level or the name is
about, not to the figures around it."""
from tradecheck import verify_text


def read(text: str, published: str) -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


INDIA = ("India's merchandise exports dipped 3.1 per cent to USD 437.06 billion in 2023-24 from USD 451.07 billion "
         "in the previous financial year, official data released on Monday showed. ")


def test_a_ranking_horizon_in_months_is_no_period_of_the_figures():
    r = read(INDIA + "In March alone, merchandise exports stood at USD 41.68 billion, the highest in 11 months, "
             "while imports were USD 57.28 billion, leaving a deficit of USD 15.6 billion.", "2024-04-16")
    for figure in ("USD 41.68 billion", "USD 57.28 billion", "USD 15.6 billion"):
        assert r["claims"][figure]["period"] == "2024-03"


def test_a_count_of_months_is_still_a_period_without_a_superlative():
    r = read("Exports rose to $5.2 billion in 11 months of 2023, the ministry said.", "2023-12-20")
    assert r["claims"]["$5.2 billion"]["period"] == "2023-01/2023-11"


def test_the_period_of_a_level_the_figure_is_compared_with_does_not_date_it():
    r = read(INDIA + "Commerce Secretary Sunil Barthwal said overall exports, at USD 778 billion, were close to "
             "the all-time high achieved in 2022-23.", "2024-04-16")
    assert r["claims"]["USD 778 billion"]["period"] == "2023-04/2024-03"


def test_a_drop_from_a_level_a_year_earlier_dates_that_level_not_the_figure():
    r = read("Indonesia's exports for the year totaled $258.82 billion in 2023. Coal remained the top commodity, with "
             "shipments worth $43.1 billion, though that was a steep drop from the windfall of a year earlier.",
             "2024-01-15")
    assert r["claims"]["$43.1 billion"]["period"] == "2023"


def test_an_appositive_year_dates_only_the_aside():
    r = read("Two-way trade between Mexico and the United States reached $798.8 billion in 2023. China, the leader "
             "as recently as 2018, fell to third with $575.0 billion, as U.S. imports from the Asian country sank "
             "to $427.2 billion against exports of $147.8 billion.", "2024-02-08")
    for figure in ("$575.0 billion", "$427.2 billion", "$147.8 billion"):
        assert r["claims"][figure]["period"] == "2023"


def test_an_appositive_share_keeps_its_year_and_the_main_clause_returns_to_the_current_one():
    r = read("Ten years ago Vietnam exported $132bn-worth of goods. Last year it sold $355bn. Phones and "
             "electronics, barely a tenth of shipments in 2013, now make up almost a third.", "2024-01-20")
    assert r["claims"]["a tenth"]["period"] == "2013"
    assert r["claims"]["a third"]["period"] == "2023"
    assert r["errors"] == []


def test_an_events_name_dates_no_figure():
    r = read("Viet Nam - Korea Business Forum 2024 opens in Seoul\n\n"
             "The Viet Nam Trade Office held the Viet Nam - Korea Business Forum 2024 with more than 300 enterprises. "
             "Two-way trade between Viet Nam and Korea reached US$ 79.4 billion in 2023. Of which, Viet Nam's "
             "exports to Korea were US$ 23.5 billion and imports from Korea were US$ 55.9 billion.", "2024-04-18")
    assert r["claims"]["US$ 23.5 billion"]["period"] == "2023"
    assert r["claims"]["US$ 55.9 billion"]["period"] == "2023"


def test_a_bracketed_year_earlier_counts_back_from_the_sentences_period_not_from_y_on_y():
    r = read("Trade between Poland and Ukraine in 2023 amounted to EUR 13.1 billion. Polish exports to Ukraine reached "
             "EUR 9.6 billion (+12.9% y/y, from EUR 8.5 billion), while imports from Ukraine decreased by 10.3% to "
             "EUR 3.5 billion (EUR 3.9 billion a year earlier).", "2024-03-20")
    assert r["claims"]["EUR 3.5 billion"]["period"] == "2023"
    assert r["claims"]["EUR 3.9 billion"]["period"] == "2022"
