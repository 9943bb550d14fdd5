"""Sentences of kinds met in a tenth round of passages (Gulf and North African agencies, South
Asian export bureaus) that name a part of a flow: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-23") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    consistent = [f["message"] for f in result["findings"] if f["status"] == "consistent"]
    return {"claims": claims, "errors": errors, "consistent": consistent}


SAUDI = ("RIYADH: Saudi Arabia's non-oil exports, including re-exports, rose 8.4 percent year-on-year to "
         "SAR 25.6 billion in March, according to the General Authority for Statistics.\n\n")


def test_re_exported_goods_are_the_re_exports_not_the_total():
    r = read(SAUDI + "National non-oil exports reached SAR 16.5 billion, while the value of re-exported goods stood at SAR 9.1 billion.\n\n"
             "Total merchandise exports fell 3.8 percent to SAR 92.4 billion. China was the main destination "
             "for the Kingdom's exports, with SAR 14.2 billion, or 15.4 percent of the total.")
    assert r["claims"]["SAR 9.1 billion"]["commodity"] == "re-exports"
    assert r["errors"] == []


def test_a_scope_whose_aside_leaves_another_part_out_is_less_than_the_scope():
    r = read(SAUDI + "National non-oil exports, which exclude re-exports, reached SAR 16.5 billion in March.")
    assert r["claims"]["SAR 16.5 billion"]["commodity"] == "non-oil, excluding re-exports"
    assert r["errors"] == []


def test_an_aside_that_restates_the_scope_leaves_it_as_it_is():
    r = read("Oman's non-oil exports, excluding crude oil, rose to OMR 2.1 billion in 2023.", "2024-03-01")
    assert r["claims"]["OMR 2.1 billion"]["commodity"] == "non-oil"


def test_the_ratio_of_a_scope_of_exports_to_imports_is_a_ratio_not_a_change():
    r = read(SAUDI + "Imports increased by 4.2 percent to SAR 65.1 billion. "
             "The ratio of non-oil exports to imports rose to 39.3 percent in March 2024.")
    c = r["claims"]["39.3 percent"]
    assert c["kind"] == "share"
    assert r["errors"] == []


EGYPT = ("Egypt's non-petroleum exports increased by 5.2 percent to $36.6 billion in fiscal year 2023/2024, "
         "which ended in June, up from $34.8 billion in the previous fiscal year.\n\n")


def test_a_product_that_topped_the_list_of_exported_goods_is_the_figures_product():
    r = read(EGYPT + "Building materials topped the list of exported goods at $10.3 billion, or 28.1 percent of the total.",
             "2024-07-20")
    assert r["claims"]["$10.3 billion"]["commodity"] == "building materials"
    assert r["errors"] == []


def test_money_a_quantity_of_a_product_was_worth_is_that_products():
    r = read(EGYPT + "Egypt shipped a record 1.9 million tonnes of citrus in the fiscal year, worth some $880 million, "
             "or 2.4 percent of the total.", "2024-07-20")
    assert r["claims"]["$880 million"]["commodity"] == "citrus"
    assert r["errors"] == []


UAE = ("ABU DHABI, 18th August, 2024 (WAM) -- The UAE's non-oil foreign trade reached a record AED 1.39 trillion "
       "in the first half of 2024. Non-oil exports climbed to AED 256.2 billion, while re-exports stood at "
       "AED 374.3 billion and imports totalled AED 759.5 billion.\n\n")


def test_the_total_after_a_share_of_the_trade_is_the_trades_total():
    r = read(UAE + "The share of non-oil exports in the country's non-oil trade rose to 18.4 percent, "
             "while re-exports accounted for 26.9 percent of the total.", "2024-08-18")
    assert r["errors"] == []
    assert any("26.9 percent" in m for m in r["consistent"])


def test_a_wrong_share_of_the_trades_total_is_found():
    r = read(UAE + "The share of non-oil exports in the country's non-oil trade rose to 18.4 percent, "
             "while re-exports accounted for 29.6 percent of the total.", "2024-08-18")
    assert any("29.6 percent" in m for m in r["errors"])


BANGLADESH = ("Bangladesh's export earnings rose 12.83 percent year-on-year to $24.53 billion in the first half "
              "(July-December) of fiscal year 2024-25. Readymade garments (RMG), the country's main export item, "
              "fetched $19.89 billion, up 13.27 percent from $17.56 billion.\n\n")


def test_the_subject_after_an_opener_naming_the_whole_is_a_part_of_it():
    r = read(BANGLADESH + "Of the RMG earnings, knitwear fetched $10.88 billion, up 14.65 percent from $9.49 billion, "
             "while woven garments brought in $9.01 billion.", "2025-01-02")
    assert r["claims"]["$10.88 billion"]["commodity"] == "knitwear"
    assert r["claims"]["$9.49 billion"]["commodity"] == "knitwear"
    assert r["errors"] == []


def test_a_place_after_an_opener_naming_the_whole_is_no_product():
    r = read(BANGLADESH + "Of the total, the United States took $4.1 billion.", "2025-01-02")
    assert r["claims"]["$4.1 billion"]["commodity"] != "united states"
