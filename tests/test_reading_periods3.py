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
