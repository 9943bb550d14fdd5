"""IMF staff reports and World Bank country updates (round 38 of passages): a partner's share
said in passing, a cause clause between two figures, the dirham written "DH", a partner
listed in a bracket, a central bank's purchases and a report's cover date: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


SHARE_IN_PASSING = ("Peru's merchandise exports rose by 6.0 percent in 2023 to US$53.0 billion. Japan as a whole "
                    "took US$5.3 billion (10 percent) of Peruvian exports, ahead of Korea. Imports grew by 2.0 percent "
                    "to US${} billion, so the trade surplus widened to US$12.2 billion.")


def test_a_partner_taking_its_share_of_the_whole_does_not_own_the_next_sentence():
    """"Japan took $5.3 billion (10 percent) of Peruvian exports. Imports grew ...": the
    country's imports from everyone, and the surplus is the whole trade's."""
    r = read(SHARE_IN_PASSING.format("40.8"))
    assert r["claims"]["US$40.8 billion"]["partner"] == "WLD"
    assert r["claims"]["US$12.2 billion"]["partner"] == "WLD"
    assert r["errors"] == []
    assert any("12.2" in e for e in read(SHARE_IN_PASSING.format("42.8"))["errors"])


CAUSE = ("Chile's external position strengthened in 2023. Goods exports fell by 3.0 percent to US$95.0 billion, "
         "as demand for copper weakened in the second quarter of the year, while goods imports dropped by 12.0 "
         "percent to US${} billion. The goods surplus rose to US$16.0 billion.")


def test_a_period_in_a_cause_clause_dates_the_cause_not_the_figures():
    """"fell to $95 billion, as demand weakened in the second quarter, while imports dropped":
    the quarter is when demand weakened; the imports and the surplus are of 2023."""
    r = read(CAUSE.format("79.0"))
    assert r["claims"]["US$79.0 billion"]["period"] == "2023"
    assert r["claims"]["US$16.0 billion"]["period"] == "2023"
    assert r["errors"] == []
    assert any("16" in e for e in read(CAUSE.format("81.0"))["errors"])


CAUSE_PRODUCT = ("Kenya's imports of goods rose by 9.0 percent in 2023 to US$19.0 billion as duties on used "
                 "vehicles were cut, widening the trade deficit to US$12.0 billion. Exports were US$7.0 billion.")


def test_goods_in_a_cause_clause_are_not_the_next_figures_product():
    """"rose to $19 billion as duties on used vehicles were cut, widening the trade deficit to
    $12 billion": the deficit is the whole trade's, not the vehicles'."""
    c = read(CAUSE_PRODUCT, "2024-03-01")["claims"]["US$12.0 billion"]
    assert (c["measure"], c["commodity"]) == ("balance", None)


DIRHAM = ("Morocco's exports of goods rose by 9.0 percent in 2023, to DH 300.0 billion, led by the automotive "
          "sector, whose exports jumped {} percent to DH 90.0 billion from DH 75.0 billion in 2022.")


def test_dh_is_the_dirham_and_a_sectors_whose_clause_is_that_sector():
    """"DH 90.0 billion" in a text on Morocco is Moroccan dirhams; "the automotive sector,
    whose exports jumped 20 percent" is the automotive sector's change."""
    r = read(DIRHAM.format("20.0"), "2024-02-15")
    c = r["claims"]["DH 90.0 billion"]
    assert (c["currency"], c["measure"], c["commodity"]) == ("MAD", "exports", "automotive")
    assert r["claims"]["20.0 percent"]["commodity"] == "automotive"
    assert r["errors"] == []
    assert read(DIRHAM.format("30.0"), "2024-02-15")["errors"]


LISTED = ("Armenia's exports of goods grew by 20.0 percent in 2023 to US$5.00 billion, reflecting higher prices "
          "of metal ores and a recovery of demand from trading partners, including Iran (US${} million, or "
          "10.0 percent of the total). Imports of goods rose by 5.0 percent to US$9.00 billion, leaving the goods "
          "trade deficit at US$4.00 billion.")


def test_a_figure_bracketed_after_a_listed_partner_is_its_part_of_the_flow():
    """"demand from trading partners, including Iran ($500 million, or 10 percent of the
    total)": Armenia's exports to Iran; the imports after it are from everyone, and the
    deficit is of goods (not of a longer phrase)."""
    r = read(LISTED.format("500"))
    c = r["claims"]["US$500 million"]
    assert (c["measure"], c["reporter"], c["partner"], c["commodity"]) == ("exports", "ARM", "IRN", None)
    assert r["claims"]["US$9.00 billion"]["partner"] == "WLD"
    assert r["claims"]["US$4.00 billion"]["commodity"] is None
    assert r["errors"] == []
    assert read(LISTED.format("650"))["errors"]


def test_a_central_bank_buying_under_its_intervention_framework_is_no_import():
    """"The central bank purchased $370 million in 2023 under its intervention framework":
    money bought in an intervention, no trade flow."""
    r = read("Georgia's imports of goods were US$9.0 billion in 2023. The NBG purchased about US$370 million "
             "in 2023 under its rules-based intervention framework.")
    assert r["claims"]["US$370 million"]["measure"] == "other"
    assert r["errors"] == []


COVER = ("REGIONAL ECONOMIC OUTLOOK\nCENTRAL ASIA\nOCTOBER 2023\n\n"
         "Higher metal prices lifted Kazakhstan's external accounts in 2022. Oil exports climbed to US$50.0 billion, "
         "up {} percent from US$40.0 billion in 2021.")


def test_a_cover_month_under_a_reports_title_is_no_period_of_its_figures():
    """A report's cover date ("OCTOBER 2023" under its title, the month it came out) leaves
    the year the text names to date its undated figures."""
    r = read(COVER.format("25"), "2023-10-20")
    assert r["claims"]["US$50.0 billion"]["period"] == "2022"
    assert r["errors"] == []
    assert read(COVER.format("35"), "2023-10-20")["errors"]
