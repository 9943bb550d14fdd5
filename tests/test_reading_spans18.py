"""Levels, changes and periods read across clauses (round 18 of probe passages: services
beside goods, emerging-market press): which flow, period and pair each level gets."""
from tradecheck import verify_text


def read(text: str, published: str) -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


RESPECTIVE = ("In 2023, Norway's exports of services reached NOK 400 billion, while imports amounted to NOK {imports} billion. "
              "Compared with 2022, exports rose by 10.0% and imports by 5.0%, up from NOK 363.6 billion and NOK 333.3 billion respectively.")


def test_levels_read_respectively_after_changes_go_with_the_flows_in_order_at_the_base():
    r = read(RESPECTIVE.format(imports=350), "2024-06-20")
    first, second = r["claims"]["NOK 363.6 billion"], r["claims"]["NOK 333.3 billion"]
    assert (first["measure"], first["period"]) == ("exports", "2022")
    assert (second["measure"], second["period"]) == ("imports", "2022")
    assert r["errors"] == []


def test_a_sentence_opening_compared_with_keeps_the_product_of_the_one_before():
    r = read(RESPECTIVE.format(imports=350), "2024-06-20")
    assert r["claims"]["5.0%"]["commodity"] == "services"
    assert r["claims"]["NOK 333.3 billion"]["commodity"] == "services"


def test_a_wrong_level_against_changes_read_respectively_is_found():
    assert read(RESPECTIVE.format(imports=320), "2024-06-20")["errors"]


QUARTER = ("LONDON, 12 February 2024 - The UK's total trade deficit narrowed by £3.1 billion to £7.8 billion in the "
           "three months to December 2023. Exports of services rose from £118.4 billion to £121.4 billion, an increase "
           "of 2.5%. Imports of services were £79.6 billion in the quarter. The services surplus was £{surplus} billion.")


def test_the_from_level_of_a_move_is_at_the_base_of_its_change():
    r = read(QUARTER.format(surplus="41.8"), "2024-02-12")
    assert r["claims"]["£118.4 billion"]["period"] == "2023-Q3"
    assert r["claims"]["£121.4 billion"]["period"] == "2023-Q4"
    assert r["errors"] == []


def test_the_to_level_of_a_move_is_summed_with_the_other_flow():
    assert read(QUARTER.format(surplus="43.8"), "2024-02-12")["errors"]


def test_past_twelve_months_and_the_twelve_months_to_a_month_last_year():
    r = read("Colombia's exports rose 5.0% to US$4.20bn in September, DANE said. Over the past 12 months the trade "
             "deficit totaled US$9.5bn, compared with US$11.2bn in the 12 months to September last year.", "2024-10-15")
    assert r["claims"]["US$9.5bn"]["period"] == "2023-10/2024-09"
    assert r["claims"]["US$11.2bn"]["period"] == "2022-10/2023-09"


def test_past_twelve_months_in_words():
    r = read("France's trade deficit was €6.1 billion in April. Over the past twelve months, the cumulative deficit "
             "stood at €80.0 billion, against €120.0 billion in the twelve months to April 2023.", "2024-06-07")
    assert r["claims"]["€80.0 billion"]["period"] == "2023-05/2024-04"


LEAD = ("Peru's trade surplus hits US$ 10.0 billion in January-June\n\n"
        "Peru's trade balance posted a surplus of US$ 10.0 billion in the first six months of the year, "
        "up {change} from US$ 8.0 billion in the same period last year, the central bank reported.\n\n"
        "Exports reached US$ 35.0 billion, while imports were US$ 25.0 billion.")


def test_a_leads_level_of_the_same_months_last_year_stays_a_year_back():
    r = read(LEAD.format(change="25.0%"), "2024-08-14")
    assert r["claims"]["US$ 8.0 billion"]["period"] == "2023-H1"
    assert r["errors"] == []


def test_a_wrong_change_against_last_years_same_months_is_found():
    assert read(LEAD.format(change="52.0%"), "2024-08-14")["errors"]


def test_a_country_outside_a_bloc_accounting_for_its_extra_bloc_trade_is_the_partner():
    r = read("In 2023, EU imports of goods from non-EU countries reached €2,500 billion. China was the largest partner, "
             "accounting for 20% of extra-EU goods imports (€500 billion).", "2024-03-20")
    share, level = r["claims"]["20%"], r["claims"]["€500 billion"]
    assert (share["reporter"], share["partner"]) == ("EUU", "CHN")
    assert (level["reporter"], level["partner"]) == ("EUU", "CHN")


def test_a_members_own_extra_bloc_trade_is_its_own():
    r = read("Germany's extra-EU exports reached €700 billion in 2023.", "2024-03-20")
    assert r["claims"]["€700 billion"]["reporter"] == "DEU"
