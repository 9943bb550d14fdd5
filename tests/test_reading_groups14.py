"""Sentences of kinds met in the fourteenth round of passages (international institutions:
UNCTAD, IMF, AfDB, ADB): country groups as reporters, institutions' economy names, a
group's trade within itself and with the world, an origin that makes a part. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-11-22") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def side(c: dict, which: str) -> str | None:
    return c.get(which) or (("group:" + c[which + "_group"]) if c.get(which + "_group") else None)


def test_a_group_owning_the_leads_flow_reports_not_the_datelines_city():
    r = read("GENEVA, 20 November 2024 — Merchandise exports of the least developed countries (LDCs) reached "
             "USD 260 billion in 2023, an UNCTAD report shows.\n\nFuels made up 40% of LDC merchandise exports, "
             "or USD 104 billion.")
    c = r["claims"]["USD 260 billion"]
    assert (side(c, "reporter"), side(c, "partner")) == ("group:LDCs", "WLD")
    assert side(r["claims"]["USD 104 billion"], "reporter") == "group:LDCs"  # (the group as a modifier)
    assert r["errors"] == []


def test_a_member_in_an_appositive_ships_its_own_goods():
    r = read("GENEVA, 20 November 2024 — Merchandise exports of the least developed countries (LDCs) reached "
             "USD 260 billion in 2023.\n\nBangladesh, the largest LDC exporter, shipped goods worth USD 57 billion.")
    c = r["claims"]["USD 57 billion"]
    assert (c["reporter"], c["partner"], c["measure"]) == ("BGD", "WLD", "exports")


def test_of_which_part_that_went_to_other_members_is_the_groups_trade_within_itself():
    r = read("GENEVA, 10 March 2025 — Developing economies' merchandise exports reached USD 12.0 trillion in 2024, "
             "of which USD 6.6 trillion, or 55%, went to other developing economies.", "2025-03-10")
    whole, part = r["claims"]["USD 12.0 trillion"], r["claims"]["USD 6.6 trillion"]
    assert (side(whole, "reporter"), side(whole, "partner")) == ("group:developing economies", "WLD")
    assert (side(part, "reporter"), side(part, "partner")) == ("group:developing economies", "group:developing economies")
    assert r["errors"] == []


def test_the_level_a_change_is_measured_from_has_the_changes_pair():
    r = read("GENEVA, 10 March 2025 — Developing economies' merchandise exports reached USD 11.4 trillion in 2024. "
             "Developed economies exported USD 13.0 trillion, 3% more than the USD 12.6 trillion they shipped in 2023.",
             "2025-03-10")
    c = r["claims"]["USD 12.6 trillion"]
    assert side(c, "reporter") == "group:developed economies"
    assert r["errors"] == []


def test_two_groups_together_are_no_one_groups_flow():
    r = read("GENEVA, 10 March 2025 — Developing economies' merchandise exports reached USD 11.4 trillion in 2024. "
             "Developed economies exported USD 13.0 trillion. Together, the two groups' exports amounted to "
             "USD 24.4 trillion.", "2025-03-10")
    c = r["claims"]["USD 24.4 trillion"]
    assert side(c, "reporter") is None
    assert r["errors"] == []


def test_group_of_seven_is_the_g7_and_a_country_beside_it_keeps_its_own_figure():
    r = read("WASHINGTON, 16 May 2024 — Merchandise exports of the Group of Seven (G7) totalled US$ 6.9 trillion "
             "in 2023, or 28.7 percent of world exports of US$ 24.0 trillion.\n\n"
             "China, whose exports of US$ 3.4 trillion were nearly half the G7 total, overtook the United States.",
             "2024-05-16")
    g7, china = r["claims"]["US$ 6.9 trillion"], r["claims"]["US$ 3.4 trillion"]
    assert (side(g7, "reporter"), side(g7, "partner")) == ("group:G7", "WLD")
    assert (china["reporter"], china["partner"]) == ("CHN", "WLD")
    assert r["errors"] == []


def test_the_continents_exports_after_intra_group_trade_are_with_the_world():
    r = read("ABIDJAN, 20 June 2024 — Intra-African trade rose to $190 billion in 2023.\n\n"
             "Africa's total trade with the world amounted to $1.30 trillion, so intra-African trade represented "
             "14.6% of the total. The continent's exports reached $640 billion and its imports $660 billion.",
             "2024-06-20")
    c = r["claims"]["$640 billion"]
    assert (side(c, "reporter"), side(c, "partner")) == ("group:Africa", "WLD")
    assert r["errors"] == []


def test_a_place_before_an_appositive_naming_intra_group_trade_trades_with_the_group():
    r = read("ABIDJAN, 20 June 2024 — Intra-African trade rose to $190 billion in 2023.\n\n"
             "Nigeria, the second-largest intra-African trader, accounted for $19 billion, or 10% of intra-African trade.",
             "2024-06-20")
    c = r["claims"]["$19 billion"]
    assert (c["reporter"], side(c, "partner")) == ("NGA", "group:Africa")
    assert r["errors"] == []


def test_institutions_economy_names_are_one_economy():
    r = read("MANILA, 11 April 2025 — Hong Kong, China's total exports rose 5.0% in 2024 to HK$ 4,200.0 billion "
             "from HK$ 4,000.0 billion. Chinese Taipei's exports reached US$ 475 billion.", "2025-04-11")
    assert r["claims"]["HK$ 4,200.0 billion"]["reporter"] == "HKG"
    assert r["claims"]["US$ 475 billion"]["reporter"] == "TWN"
    assert r["errors"] == []


def test_an_origin_qualifier_makes_a_part_of_the_flow():
    r = read("MANILA, 11 April 2025 — Hong Kong, China's re-exports amounted to HK$ 5,000.0 billion in 2024. "
             "Re-exports of Chinese-mainland origin, worth HK$ 3,000 billion, accounted for 60% of all re-exports.",
             "2025-04-11")
    part = r["claims"]["HK$ 3,000 billion"]
    assert part["reporter"] == "HKG" and part["commodity"].endswith("origin")
    assert r["errors"] == []


def test_a_groups_share_of_the_worlds_figure_is_checked():
    lead = ("GENEVA, 20 November 2024 — Merchandise exports of the least developed countries (LDCs) reached "
            "USD 256 billion in 2023, only {}% of the world's USD 24.0 trillion, an UNCTAD report shows.")
    assert read(lead.format("1.1"))["errors"] == []
    assert read(lead.format("2.1"))["errors"]
    whole = read(lead.format("1.1"))["claims"]["USD 24.0 trillion"]
    assert (whole["reporter"], whole["partner"]) == ("WLD", "WLD")


def test_a_planted_share_of_a_groups_trade_within_itself_is_found():
    r = read("GENEVA, 10 March 2025 — Developing economies' merchandise exports reached USD 11.4 trillion in 2024, "
             "of which USD 6.3 trillion, or 65%, went to other developing economies.", "2025-03-10")
    assert r["errors"]


def test_world_figures_under_an_institutions_dateline_have_no_country_reporter():
    r = read("GENEVA, 12 December 2024 — Global trade is set to reach a record USD 33 trillion in 2024, UNCTAD says. "
             "Trade in services grew 7% to USD 9.3 trillion.", "2024-12-12")
    services = r["claims"]["USD 9.3 trillion"]
    assert services.get("reporter") not in ("CHE", "USA")


def test_the_group_probe_passages_read_right():
    # (tests/fixtures/probes/groups14: correct passages get no error, planted copies one)
    from pathlib import Path

    here = Path(__file__).parent / "fixtures" / "probes" / "groups14"
    dates = {"01": "2024-09-18", "02": "2024-10-09"}
    for path in sorted(here.glob("*.txt")):
        r = read(path.read_text(encoding="utf-8"), dates[path.name[:2]])
        assert bool(r["errors"]) == path.name.endswith(".planted.txt"), (path.name, r["errors"])
