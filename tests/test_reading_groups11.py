"""Sums of named parts and groups of partners (an eleventh round of passages: African
statistics offices and press, newsletter drafts): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


# 3,100.0 + 1,450.0 + 820.0 = 5,370.0; 5,370.0 / 9,000.0 = 59.7%
PRODUCTS = ("Tanzania's merchandise exports came to US$9,000.0 million in 2023. Gold exports amounted to "
            "US$3,100.0 million, cashew nuts brought in US$1,450.0 million, while tobacco earned US$820.0 million. ")


def test_the_counted_products_together_are_their_sum_not_the_total():
    r = read(PRODUCTS + "Together, the three commodities accounted for US$5,370.0 million, or 59.7 per cent of "
                        "export earnings.")
    group = r["claims"]["US$5,370.0 million"]
    assert group["commodity"] not in (None, "tobacco")
    assert r["claims"]["59.7 per cent"]["commodity"] == group["commodity"]
    assert r["errors"] == []
    assert any(f["check"] == "sum" and f["status"] == "consistent" and "5.37bn" in f["message"] for f in r["findings"])


def test_a_wrong_sum_of_the_counted_products_is_an_error():
    r = read(PRODUCTS + "Together, the three commodities accounted for US$5,730.0 million.")
    assert any("$5.37bn" in e for e in r["errors"])


# 40.5 + 22.3 + 11.2 = 74.0; 74.0 / 120.0 = 61.7%
PARTNERS = ("Kenya's horticulture exports earned Sh120.0 billion last year. The Netherlands bought produce worth "
            "Sh40.5 billion, followed by the UK at Sh22.3 billion and Germany at Sh11.2 billion. ")


def test_the_counted_markets_together_are_a_group_of_the_partners_listed():
    r = read(PARTNERS + "The three markets together accounted for Sh74.0 billion, or 61.7 percent of the total.")
    group = r["claims"]["Sh74.0 billion"]
    assert group["partner"] is None and group["partner_group"] == "DEU+GBR+NLD"
    assert r["errors"] == []


def test_a_count_without_a_joint_word_is_no_group():
    r = read(PARTNERS + "The three markets were followed by Russia at Sh6.1 billion.")
    assert r["claims"]["Sh6.1 billion"]["partner"] == "RUS"


# 610.0 + 402.0 + 318.0 + 170.0 = 1,500.0; 318.0 / 1,500.0 = 21.2%
EAC = ("Uganda's exports to the East African Community (EAC) rose to US$ 1,500.0 million in 2023. "
       "Kenya took US$ 610.0 million, or 40.7 percent of the total, followed by South Sudan at US$ 402.0 million (26.8 percent) "
       "and Rwanda, whose purchases of Ugandan maize, steel and milk reached US$ 318.0 million ({share}). ")


def test_a_partner_described_by_its_purchases_of_the_reporters_goods_takes_its_exports():
    r = read(EAC.format(share="21.2 percent"))
    c = r["claims"]["US$ 318.0 million"]
    assert (c["reporter"], c["partner"], c["measure"]) == ("UGA", "RWA", "exports")
    assert c["commodity"] is None  # the goods listed describe the buyer
    assert r["errors"] == []


def test_a_members_share_in_a_text_about_the_group_is_of_the_groups_flow():
    r = read(EAC.format(share="23.2 percent"))
    assert any("23.2 percent" in e for e in r["errors"])


def test_places_named_together_are_one_group():
    r = read(EAC.format(share="21.2 percent") + "Tanzania, Burundi and the DR Congo together accounted for the remaining "
                                                "US$ 170.0 million.")
    c = r["claims"]["US$ 170.0 million"]
    assert c["partner"] is None and c["partner_group"] == "BDI+COD+TZA"
    assert r["errors"] == []


# 310.0 + 250.5 + 190.0 = 750.5; 750.5 / 2,000.0 = 37.5%
SUPPLIERS = ("Note: Japan's suppliers\n\nJapan's imports from China climbed to $310.0bn last year. Imports from the US were "
             "$250.5bn and imports from Australia $190.0bn. ")


def test_a_share_right_after_the_sum_of_counted_partners_is_of_their_group():
    r = read(SUPPLIERS + "Together the three accounted for $750.5bn, or 37.5% of total imports of $2,000.0bn.", "2024-02-10")
    assert r["claims"]["37.5%"]["partner_group"] == r["claims"]["$750.5bn"]["partner_group"] == "AUS+CHN+USA"
    assert r["errors"] == []


def test_a_sum_of_counted_partners_that_does_not_add_up_is_an_error():
    r = read(SUPPLIERS + "Together the three accounted for $705.5bn, or 35.3% of total imports of $2,000.0bn.", "2024-02-10")
    assert any("$750.5bn" in e for e in r["errors"])
