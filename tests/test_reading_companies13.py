"""Sentences of kinds met in the thirteenth round of passages (company and sector news): a
company or a sector as a figure's subject is a part of the country's flow, a company's sales
are its turnover, and a share of a target may pass 100%."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


STEEL = ("South Korea's steel exports rose 4% to $26 billion in 2023 from $25 billion in 2022, "
         "with Posco Holdings shipping $9.1 billion, or {share} of the total, customs data showed.")


def test_a_company_named_after_a_products_flow_is_its_part():
    r = read(STEEL.format(share="35%"))
    posco = r["claims"]["$9.1 billion"]
    assert posco["commodity"] == "posco holdings"
    assert posco["attribution"]["commodity"] == "company-subject"
    assert r["errors"] == []


def test_a_companys_share_of_the_total_is_of_that_products_flow():
    r = read(STEEL.format(share="45%"))
    assert len(r["errors"]) == 1 and "45%" in r["errors"][0]


def test_the_change_of_the_products_flow_is_still_checked_beside_a_company():
    r = read(STEEL.format(share="35%").replace("rose 4%", "rose 9%"))
    assert any("9%" in e for e in r["errors"])


def test_a_companys_arm_in_a_country_is_a_part_of_the_countrys_exports():
    r = read("Intel Vietnam's exports reached $12.2 billion in 2024, accounting for about 3% of "
             "Vietnam's total exports of $405.5 billion, according to the company.", "2025-01-10")
    assert r["claims"]["$12.2 billion"]["commodity"] == "intel vietnam"
    assert r["claims"]["$405.5 billion"]["commodity"] is None
    assert r["errors"] == []


SECTOR = ("Vietnam's exports reached $405.5 billion in 2024. The foreign-invested sector, including "
          "Samsung and Intel, exported $289.4 billion, or {share} of the total.")


def test_a_sector_as_the_subject_is_a_part_of_the_flow():
    r = read(SECTOR.format(share="71.4%"), "2025-01-10")
    assert r["claims"]["$289.4 billion"]["commodity"] == "foreign-invested sector"
    assert r["errors"] == []
    assert read(SECTOR.format(share="74.1%"), "2025-01-10")["errors"]


def test_a_company_groups_share_of_the_countrys_product_names_the_product_as_the_whole():
    r = read("Japan's car exports reached $90 billion in 2023. Toyota Motor Group, which includes "
             "Daihatsu, accounted for about 40 percent of the country's car exports, or roughly $36 billion.")
    assert r["claims"]["$36 billion"]["commodity"] == "toyota motor group"
    assert r["claims"]["40 percent"]["commodity"] == "cars"
    assert r["errors"] == []


def test_a_companys_possessive_flow_from_a_country_is_the_companys():
    r = read("Japan's exports rose 3% to $717 billion in 2023. Honda's exports from Japan fell 12% to $4.4 billion.")
    assert r["claims"]["$4.4 billion"]["commodity"] == "honda"
    assert r["errors"] == []


def test_a_countrys_possessive_flow_is_no_company():
    r = read("China's exports rose 5% to $3.4 trillion in 2023.")
    assert r["claims"]["$3.4 trillion"]["commodity"] is None


def test_a_companys_sales_and_revenue_are_no_trade_flow():
    r = read("India's pharmaceutical exports rose to $30.5 billion in 2024-25. Cipla, the country's "
             "third-largest drug maker, said its US sales were $0.9 billion in FY25, accounting for "
             "33 per cent of its revenue of Rs 27,000 crore.", "2025-04-20")
    assert r["claims"]["$0.9 billion"]["measure"] == "other"
    assert r["claims"]["33 per cent"]["measure"] == "other"
    assert r["errors"] == []


def test_a_share_of_a_target_may_pass_the_whole():
    r = read("Hanwha Ocean, which has won $9.2 billion in orders this year, or 115 percent of its "
             "annual target of $8.0 billion, said it was fully booked.", "2024-12-05")
    assert r["errors"] == []


def test_a_share_of_the_companys_revenue_is_no_share_of_a_flow():
    r = read("SK hynix said full-year revenue rose to 66.19 trillion won. Sales to U.S. customers "
             "accounted for 58% of the company's revenue, or 38.4 trillion won.", "2025-01-23")
    assert r["claims"]["58%"]["measure"] == "other"
    assert r["errors"] == []


REVENUE = ("Kia Corp. said its 2024 revenue rose 7.7 percent to a record 107.45 trillion won. "
           "North America accounted for 42 percent of the company's revenue, or {part} trillion won.")


def test_a_share_of_a_companys_revenue_restated_in_money_is_checked_against_the_revenue():
    assert read(REVENUE.format(part="45.1"), "2025-01-30")["errors"] == []
    r = read(REVENUE.format(part="54.1"), "2025-01-30")
    assert len(r["errors"]) == 1 and "42 percent" in r["errors"][0]


def test_a_share_of_revenue_of_another_period_than_the_last_level_is_not_checked():
    r = read("SK hynix said fourth-quarter revenue rose 75% to 19.77 trillion won. Full-year revenue "
             "rose 102% to 66.19 trillion won. Sales to U.S. customers accounted for 58% of the "
             "company's revenue in the quarter, or 24.1 trillion won.", "2025-01-23")
    assert r["errors"] == []
