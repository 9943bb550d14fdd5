"""Sentences of kinds met in an eighth round of passages (Latin American weekly releases,
South Asian papers): parts of a month, Pakistani fiscal shorthand, datelines with a colon."""
from tradecheck import verify_text


def read(text: str, published: str) -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


WEEKLY = ("BRASILIA, May 20 (Reuters) - Brazil recorded a trade surplus of US$ 1.92 billion in the third week of May, "
          "data from the Foreign Trade Secretariat showed on Monday.\n\n"
          "Exports in the week reached US$ 7.41 billion, while imports totaled US$ 5.49 billion.\n\n"
          "So far in May, the country has accumulated a surplus of US$ 5.86 billion, with exports of "
          "US$ 20.13 billion and imports of US$ 14.27 billion.")


def test_a_week_of_a_month_is_not_checked_against_the_month_so_far():
    r = read(WEEKLY, "2024-05-20")
    assert r["errors"] == []
    assert r["claims"]["US$ 7.41 billion"]["period_part"] == "week"
    assert r["claims"]["US$ 20.13 billion"]["period_part"] == "to date"


def test_a_weeks_balance_is_still_checked_against_the_weeks_flows():
    r = read(WEEKLY.replace("US$ 5.49 billion", "US$ 4.49 billion"), "2024-05-20")
    assert any("4.49" in e for e in r["errors"])


def test_the_first_working_days_of_the_month_are_the_month_so_far():
    r = read("Brazil posted a trade surplus in May, the ministry said. Exports reached US$ 20.13 billion in the "
             "first 15 working days of the month, and imports US$ 14.27 billion.", "2024-05-20")
    assert r["claims"]["US$ 20.13 billion"]["period"] == "2024-05"
    assert r["claims"]["US$ 20.13 billion"]["period_part"] == "to date"


def test_a_half_of_a_fiscal_year_in_shorthand():
    r = read("KARACHI: The trade deficit shrank 26pc to $10.27bn during the first half (1HFY24) of the current "
             "fiscal year, from $13.89bn in 1HFY23, according to the State Bank of Pakistan.\n\n"
             "Imports were $25.31bn.\n\nGoods imports had stood at $28.75bn in 1HFY23.", "2024-01-17")
    assert r["claims"]["$10.27bn"]["period"] == "2023-H2"
    assert r["claims"]["$13.89bn"]["period"] == "2022-H2"
    assert r["claims"]["$28.75bn"]["period"] == "2022-H2"
    assert r["errors"] == []


def test_a_quarter_in_shorthand_written_the_other_way_round():
    r = read("Pakistan's exports rose to $7.5bn in Q1FY24.", "2023-10-20")
    assert r["claims"]["$7.5bn"]["period"] == "2023-Q3"


def test_a_dateline_with_a_colon_names_the_reporting_country_and_its_fiscal_year():
    r = read("KARACHI: The country's textile exports fell 3.6pc to $8.21bn in the first half of FY24 from "
             "$8.52bn in the same period last year, the PBS data showed.", "2024-01-20")
    c = r["claims"]["$8.21bn"]
    assert (c["reporter"], c["period"]) == ("PAK", "2023-H2")
    assert r["claims"]["$8.52bn"]["period"] == "2022-H2"


def test_a_period_after_a_clauses_last_level_dates_the_levels_before_it():
    r = read("Buenos Aires, April 22nd 2024 (MercoPress) - In the first quarter of the year Argentina exported goods "
             "worth US$ 18,950 million and imported US$ 16,210 million, according to INDEC.\n\n"
             "With China the balance was negative: imports of US$ 902 million exceeded exports of US$ 484 million, "
             "resulting in a deficit of US$ 418 million in March.", "2024-04-22")
    for t in ("US$ 902 million", "US$ 484 million", "US$ 418 million"):
        assert r["claims"][t]["period"] == "2024-03"


def test_a_period_after_a_compared_level_does_not_date_the_level_before():
    r = read("Argentina's exports to Chile reached US$ 300 million in the first quarter of 2024.\n\n"
             "Imports from Chile were US$ 120 million, against US$ 150 million in March 2023.", "2024-04-22")
    assert r["claims"]["US$ 120 million"]["period"] != "2023-03"


def test_the_corresponding_period_of_the_previous_fiscal_without_year():
    r = read("NEW DELHI: Cumulatively, during April-October 2024, India's exports grew 3.02 per cent to US$ 252.28 billion "
             "compared with US$ 244.89 billion in the corresponding period of the previous fiscal.", "2024-11-14")
    assert r["claims"]["US$ 244.89 billion"]["period"] == "2023-04/2023-10"


def test_a_level_against_a_changes_new_level_is_the_earlier_one():
    r = read("ISLAMABAD: In the first four months (July-October) of the current fiscal year, Pakistan's exports "
             "increased 12.6pc to $10.92bn. Imports during 4MFY25 rose 10.4pc to $18.57bn against $16.82bn.", "2024-11-02")
    assert r["claims"]["$18.57bn"]["period"] == "2024-07/2024-10"
    assert r["claims"]["$16.82bn"]["period"] == "2023-07/2023-10"


def test_a_change_this_fiscal_after_last_fiscals_months_is_of_those_months_this_year():
    r = read("NEW DELHI: For the April-October period of FY25, India's exports aggregated Rs 21.07 lakh crore. "
             "Exports during April-October of FY24 were Rs 20.25 lakh crore, implying growth of 4.0 per cent this fiscal.",
             "2024-11-15")
    c = r["claims"]["4.0 per cent"]
    assert (c["period"], c["base_period"]) == ("2024-04/2024-10", "2023-04/2023-10")
