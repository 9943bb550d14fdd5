"""Sentences of kinds met in tables, bullet lines, headers and hard-wrapped text (round 22's
leftovers): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-29") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


RELEASE = ("TURKSTAT – Foreign Trade Statistics, March 2024\n\n"
           "Exports in March 2024 increased by 3.0% compared with March 2023 and amounted to US$ 22,000 million, "
           "while imports decreased by 4.0% to US$ 30,000 million. The foreign trade deficit was US$ {deficit} million. "
           "The export-import coverage ratio was 73.3% (March 2023: 68.3%).\n")


def test_a_release_of_a_named_statistics_office_is_its_country():
    r = read(RELEASE.format(deficit="8,000"))
    assert r["claims"]["US$ 8,000 million"]["reporter"] == "TUR"
    assert r["errors"] == []
    assert read(RELEASE.format(deficit="8,200"))["errors"]


def test_a_bracketed_earlier_figure_does_not_date_the_figure_before_it():
    # ("73.3% (March 2023: 68.3%)": March 2023 is the bracket's own figure's period)
    r = read(RELEASE.format(deficit="8,000"))
    assert r["claims"]["73.3%"]["period"] == "2024-03"


EURO_AREA = ("The first estimate for euro area (EA20) exports of goods to the rest of the\n"
             "world in January 2024 was €200.0 bn, an increase of {change} compared with\n"
             "January 2023 (€190.0 bn).\n")


def test_the_level_of_a_named_base_period_is_the_changes_group_too():
    # 200.0 / 190.0 = 1.0526: +5.3%
    r = read(EURO_AREA.format(change="5.3%"), "2024-03-15")
    assert r["claims"]["€190.0 bn"]["reporter_group"] == "euro area"
    assert r["errors"] == []
    assert read(EURO_AREA.format(change="6.3%"), "2024-03-15")["errors"]


KEY_FIGURES = ("### France–India: the gap widens\n\n"
               "**Paris, 15 Feb 2024** — India was France's fastest-growing trading partner in 2023: trade of "
               "**€17.0bn** (+17.2%) put it well ahead of Brazil (€9.1bn).\n\n"
               "- Imports from India: €10.0bn (2022: €8.0bn, +25.0%)\n"
               "- Exports to India: €7.0bn (2022: €6.5bn, +7.7%)\n"
               "- Deficit: €3.0bn, up from {old}\n")


def test_key_figure_bullets_take_the_pair_of_a_lead_that_names_a_partner():
    r = read(KEY_FIGURES.format(old="€1.5bn"), "2024-02-15")
    deficit = r["claims"]["€3.0bn"]
    assert (deficit["reporter"], deficit["partner"]) == ("FRA", "IND")
    assert r["errors"] == []


def test_a_bare_earlier_level_in_a_bullet_is_at_the_period_its_siblings_label():
    # 6.5 - 8.0 = -1.5 in 2022 (and 10.0 + 7.0 = 17.0, 17.0 / 14.5 = +17.2%)
    r = read(KEY_FIGURES.format(old="€1.5bn"), "2024-02-15")
    assert r["claims"]["€1.5bn"]["period"] == "2022"
    assert r["claims"]["€1.5bn"]["attribution"]["period"] == "from-level-sibling"
    assert read(KEY_FIGURES.format(old="€1.8bn"), "2024-02-15")["errors"]


CAPTIONS = ("## By the numbers\n\n"
            "- **£11.2bn** — UK exports of goods to Japan in 2023, according to HMRC.\n"
            "- **{change}** — the growth in UK exports to Japan compared with 2022, when they stood at £10.0bn.\n")


def test_a_caption_line_that_calls_its_percentage_a_change():
    # 11.2 / 10.0 = +12%
    r = read(CAPTIONS.format(change="12%"), "2024-02-15")
    assert r["claims"]["12%"]["kind"] == "percent_change"
    assert r["errors"] == []
    assert read(CAPTIONS.format(change="21%"), "2024-02-15")["errors"]


LEADERS = ("GENEVA, 31 July 2024 — The top three merchandise exporters accounted for 30.0% of world exports in 2023.\n\n"
           "Table: Leading exporters in world merchandise trade, 2023 (US$ billion, share of world exports)\n"
           "- China: 3,000 (15.0%)\n"
           "- United States: 2,000 ({share})\n"
           "- Germany: 1,000 (5.0%)\n"
           "- World: 20,000 (100.0%)\n")


def test_rows_under_a_caption_that_names_the_unit_are_amounts_of_each_place():
    # 2,000 / 20,000 = 10.0%; 15 + 10 + 5 = 30
    r = read(LEADERS.format(share="10.0%"), "2024-07-31")
    row = r["claims"]["2,000"]
    assert (row["value"], row["currency"], row["reporter"], row["partner"]) == (2e12, "USD", "USA", "WLD")
    world = r["claims"]["20,000"]
    assert (world["reporter"], world["partner"]) == ("WLD", "WLD")
    assert r["claims"]["30.0%"]["reporter"] != "CHN"  # (the three together, no one country)
    assert r["errors"] == []
    assert read(LEADERS.format(share="11.0%"), "2024-07-31")["errors"]


REGIONS = ("Regional shares in world services exports, 2023\n\n"
           "GENEVA, 31 July 2024 — Europe's share of world services exports slipped in 2023. The regional shares were:\n\n"
           "Europe 48.0%\n"
           "Asia {asia}\n"
           "North America 14.0%\n"
           "Other regions 12.0%\n\n"
           "Europe and Asia together thus supplied 74.0% of the world's services exports.\n")


def test_lines_of_a_place_and_its_share_under_a_line_that_calls_them_shares():
    # 48.0 + 26.0 = 74.0 (and 48 + 26 + 14 + 12 = 100)
    r = read(REGIONS.format(asia="26.0%"), "2024-07-31")
    asia = r["claims"]["26.0%"]
    assert asia["kind"] == "share" and asia["reporter_group"] == "Asia"
    assert r["errors"] == []
    assert read(REGIONS.format(asia="28.0%"), "2024-07-31")["errors"]
