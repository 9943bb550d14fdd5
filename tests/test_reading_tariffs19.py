"""Sentences of kinds met in the nineteenth round of passages (tariff and trade-policy news):
the trade a measure covers, the value of a retaliation list, a duty per unit, sources listed
after "from", a cause's aside between two figures, and a product noun before a flow word."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-07-28") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_the_value_put_on_what_a_rate_covers_is_no_flow():
    r = read("OSLO, July 28 - Norway exported NOK 200 billion of goods to Britain in 2024 and imported "
             "NOK 120 billion, leaving a surplus of NOK 80 billion. The new levy applies to about 45% of "
             "Norwegian exports to Britain, worth some NOK 90 billion, officials said.")
    assert r["claims"]["NOK 80 billion"]["measure"] == "balance"
    assert r["claims"]["NOK 90 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_of_goods_after_a_figure_carries_to_the_flows_that_go_on_in_its_sentence():
    r = read("OSLO, July 28 - Norway exported NOK 200 billion of goods to Britain in 2024 and imported "
             "NOK 120 billion, leaving a surplus of NOK 80 billion. In services, Britain ran a NOK 30 billion "
             "surplus with Norway.")
    assert r["claims"]["NOK 120 billion"]["commodity"] == "goods"
    planted = read("OSLO, July 28 - Norway exported NOK 200 billion of goods to Britain in 2024 and imported "
                   "NOK 120 billion, leaving a surplus of NOK 90 billion. In services, Britain ran a NOK 30 billion "
                   "surplus with Norway.")
    assert planted["errors"]


def test_a_retaliation_list_or_tranche_is_worth_no_flow():
    r = read("BRUSSELS - The EU bought 200 billion euros of goods from Canada last year, giving it a trade "
             "deficit of 50 billion euros. The first list, covering maple syrup, lumber and whisky, is worth "
             "1.5 billion euros. A second tranche of 2.5 billion euros would follow.", "2024-03-01")
    assert r["claims"]["1.5 billion euros"]["measure"] == "other"
    assert r["claims"]["2.5 billion euros"]["measure"] == "other"
    assert r["errors"] == []


def test_levies_that_affect_exports_cover_them():
    r = read("BRUSSELS - The levies affect around 3.1 billion euros of EU exports.", "2024-03-01")
    assert r["claims"]["3.1 billion euros"]["measure"] == "other"


def test_a_duty_per_tonne_on_imports_is_a_unit_price():
    r = read("NEW DELHI, June 15: The ministry imposed a duty of up to $410 per tonne on imports of steel "
             "wire from Korea.", "2024-06-15")
    assert r["claims"]["$410"]["measure"] == "other"


def test_sources_listed_after_from_are_no_pair_and_the_dateline_imports():
    r = read("Duty on float glass from Malaysia, Thailand\n\nNEW DELHI, June 15: The directorate has "
             "recommended a duty on imports of clear float glass from Malaysia and Thailand. Imports of the "
             "product rose to Rs 1,000 crore in FY24. Malaysia accounted for Rs 700 crore, while Thailand "
             "made up the remaining Rs 300 crore.", "2024-06-15")
    total = r["claims"]["Rs 1,000 crore"]
    assert total["reporter"] == "IND" and total["partner"] not in ("MYS", "THA")
    assert (r["claims"]["Rs 700 crore"]["reporter"], r["claims"]["Rs 700 crore"]["partner"]) == ("IND", "MYS")
    assert r["errors"] == []


def test_a_listed_source_s_share_of_the_total_is_of_the_flow_with_all_sources():
    lead = ("Duty on float glass from Malaysia, Thailand\n\nNEW DELHI, June 15: The directorate has "
            "recommended a duty of up to $120 per tonne on imports of clear float glass from Malaysia and Thailand. "
            "Imports of the product rose to Rs 1,000 crore in FY24. ")
    ok = read(lead + "Malaysia accounted for Rs 700 crore, or 70 per cent of the total.", "2024-06-15")
    assert ok["errors"] == []
    wrong = read(lead + "Malaysia accounted for Rs 700 crore, or 60 per cent of the total.", "2024-06-15")
    assert wrong["errors"]


def test_a_cause_aside_between_two_figures_is_no_side_of_the_second():
    r = read("WASHINGTON, May 10 - U.S. imports from Mexico rose to $500 billion in 2024. U.S. exports to "
             "Mexico fell 5% to $300 billion in 2024 from $315.8 billion a year earlier, as Mexico's new "
             "duties hit corn and pork, leaving a bilateral goods deficit of $200 billion.", "2025-05-10")
    deficit = r["claims"]["$200 billion"]
    assert (deficit["reporter"], deficit["partner"]) == ("USA", "MEX")
    assert r["errors"] == []


def test_auto_before_a_flow_word_is_the_product():
    r = read("TOKYO, June 18 - Japan's exports to the United States fell to 1.5 trillion yen in May. "
             "Auto exports to the United States plunged 20 percent to 400 billion yen.", "2025-06-18")
    assert r["claims"]["400 billion yen"]["commodity"] == "automobiles"
    assert r["errors"] == []


def test_customs_receipts_and_duty_deposits_are_no_import_flow():
    r = read("WASHINGTON - Customs receipts have risen to about $25 billion a month. Importers have paid "
             "more than $6 billion in duty deposits since 2020.", "2025-10-01")
    assert r["claims"]["$25 billion"]["measure"] == "other"
    assert r["claims"]["$6 billion"]["measure"] == "other"


def test_a_percentage_before_a_levy_named_by_its_levier_is_a_rate():
    r = read("OTTAWA - Canada's exports to the U.S. were C$500 billion in 2024. Energy faces a lower 10% U.S. levy.",
             "2025-03-05")
    assert "10%" not in r["claims"] or r["claims"]["10%"]["kind"] != "percent_change"


def test_a_multiple_of_a_duty_is_no_multiple_of_trade():
    r = read("U.S. more than triples anti-dumping duty on Canadian plywood\n\nWASHINGTON - Canada's plywood "
             "exports to the U.S. were $2 billion in 2024.", "2025-08-10")
    assert r["claims"]["triples"]["measure"] == "other"
