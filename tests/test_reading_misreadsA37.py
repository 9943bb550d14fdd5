"""Misreads of correct passages (rounds 26, 32 and 34): a part's share of a product group
called by its quoted name, the members listed in a group's aside adding up to it, a summary
list's bare figure in a text that gives goods and services apart, a country's total named
after its flows with one partner, and a figure a passive verb makes re-exports. How each is
read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    findings = result["findings"]
    errors = [f["message"] for f in findings if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": findings}


GROUP = ("Jiangsu's exports reached 2.5 trillion yuan in 2023, customs said.\n\n"
         'Exports of "green four" products - wind turbines, heat pumps, electric buses and e-bikes - '
         "came to 80.0 billion yuan.\n\n"
         "Of these:\n\n"
         '- Wind turbines: 30.0 billion yuan, or 37.5 percent of the "green four"\n'
         "- Heat pumps: 20.0 billion yuan\n"
         "- Electric buses: 18.0 billion yuan\n"
         "- E-bikes: 12.0 billion yuan\n")


def test_a_share_of_a_quoted_group_name_is_of_the_group():
    """'X, or N percent of the "green four"': of the group's figure given before, not of all exports."""
    r = read(GROUP)
    assert not r["errors"]
    assert any(f["check"] == "ratio" and f["status"] == "consistent" and "80bn" in f["message"] for f in r["findings"])


def test_a_share_of_a_quoted_name_no_figure_was_given_for_is_unchecked():
    """A quoted name the text gave no figure for: which whole is meant is not said."""
    text = GROUP.replace("came to 80.0 billion yuan", "did well")
    assert not read(text)["errors"]


def test_the_members_listed_in_a_groups_aside_add_up_to_it():
    """The group's aside lists its members, then each has a figure: they are its parts."""
    r = read(GROUP)
    assert any(f["check"] == "sum" and f["status"] == "consistent" and "(e-bikes)" in f["message"] for f in r["findings"])
    assert read(GROUP.replace("- E-bikes: 12.0", "- E-bikes: 22.0"))["errors"]


def test_a_group_whose_members_are_not_all_given_adds_nothing_up():
    """With one member's figure missing, the rest are no sum of the group."""
    r = read(GROUP.replace("- E-bikes: 12.0 billion yuan\n", ""))
    assert not any(f["check"] == "sum" and "(heat pumps)" in f["message"] for f in r["findings"])


SUMMARY = ("Explained: Spain's trade gap\n\n"
           "Spain exported €380 billion of goods in 2023 and imported €420 billion, so the trade deficit "
           "came to €40 billion.\n\n"
           "Services are another matter: Spain posted a services surplus of about €90 billion, thanks to tourism.\n\n"
           "Key points\n\n"
           "- Deficit 2023: €40 billion\n"
           "- Services surplus: about €90 billion\n")


def test_a_summary_lines_bare_figure_restating_the_goods_balance_is_goods():
    """"- Deficit 2023: X" equal to the body's goods deficit: that figure restated, not goods and services."""
    r = read(SUMMARY)
    assert r["claims"]["€40 billion"]["commodity"] == "goods"
    assert not r["errors"]


def test_a_summary_lines_other_bare_figure_is_goods_or_all_not_said():
    """A summary line's bare deficit unlike the goods one: goods alone or goods and services, unsure."""
    r = read(SUMMARY.replace("- Deficit 2023: €40 billion", "- Deficit 2023: €45 billion"))
    assert not r["errors"]
    assert any("goods alone or of goods and services" in f["message"] for f in r["findings"])


INTERVIEW = ("HOST: Canada, then. How big is it?\n\n"
             "GUEST: U.S. trade with Canada came to about $700 billion in 2024.\n\n"
             "HOST: And against everything we trade?\n\n"
             "GUEST: Total U.S. goods trade was about $5.6 trillion last year, so Canada alone is about an eighth of it.\n")


def test_a_countrys_total_after_its_flows_with_one_partner_is_with_the_world():
    """"Total U.S. goods trade was X" after U.S. trade with Canada: the United States' trade with everyone."""
    c = read(INTERVIEW, "2025-02-05")["claims"]["$5.6 trillion"]
    assert (c["reporter"], c["partner"]) == ("USA", "WLD")


def test_a_partners_part_of_that_total_is_checked_against_it():
    """"Canada alone is about an eighth of it": the pair's trade over the country's total."""
    r = read(INTERVIEW, "2025-02-05")
    assert not r["errors"]
    assert read(INTERVIEW.replace("about an eighth", "about a third"), "2025-02-05")["errors"]


REEXPORTS = ("Belgium exported 400.0 billion euros of goods in 2023. Re-exports came to 150.0 billion euros. "
             "France was the main destination: 45.0 billion euros, 30.0 percent of the total, was re-exported to "
             "its southern neighbour.")


def test_a_figure_that_was_re_exported_is_of_re_exports():
    """"X, N percent of the total, was re-exported to Y": the figure and its share are of re-exports."""
    r = read(REEXPORTS)
    assert r["claims"]["45.0 billion euros"]["commodity"] == "re-exports"
    assert r["claims"]["30.0 percent"]["commodity"] == "re-exports"
    assert not r["errors"]


def test_a_changed_share_of_re_exports_is_flagged():
    assert read(REEXPORTS.replace("30.0 percent", "40.0 percent"))["errors"]
