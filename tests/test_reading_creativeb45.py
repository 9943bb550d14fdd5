"""Creative goods and services (a forty-fifth round of passages): places named as the buyers
behind a flow, a flow earned by one country's firms, and two regions added up. How each kind
of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-02-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-02-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str, published: str = "2024-02-01") -> dict:
    return next(c for c in result(text, published)["claims"] if c["text"] == figure)


BUYERS_HEADLINE = ("Vinyl record exports climb on Germany, Canada demand\n\n"
                   "Exports of vinyl records rose to $48.0 million last year, Sweden's statistics office said on Monday.\n\n"
                   "That was 20 percent more than the $40.0 million of 2022. Shipments to Canada rose 10 percent from $5.0 million.\n")


def test_places_named_as_the_buyers_behind_a_flow_set_no_pair():
    """"... climb on Germany, Canada demand": the two are buyers, not Germany exporting to Canada;
    the total stays the reporter's with the world, and no part of the Canada figures."""
    total = claim(BUYERS_HEADLINE, "$48.0 million")
    assert (total["reporter"], total["partner"]) == ("SWE", "WLD")
    assert claim(BUYERS_HEADLINE, "$40.0 million")["partner"] == "WLD"
    assert errors(BUYERS_HEADLINE) == []


def test_demand_from_a_place_is_no_reporter():
    """"thanks to demand from Brazil": a buyer, not the reporter of the text."""
    text = ("Printed book exports grow thanks to demand from Brazil\n\n"
            "Portugal's exports of printed books rose 12 percent to €56 million in 2023, from €50 million in 2022.\n")
    assert claim(text, "€56 million")["reporter"] == "PRT"
    assert errors(text) == []


def test_a_changed_share_of_buyers_total_is_still_caught():
    """The planted change: a percent change that the two levels do not give is flagged."""
    wrong = BUYERS_HEADLINE.replace("20 percent more", "30 percent more")
    assert errors(wrong)


EARNED = ("Film exports hold steady\n\n"
          "Export revenue earned by Danish film studios rose by 10% to €220m in 2023, up from €200m in 2022.\n\n"
          "Asia was the largest market, contributing €90m, while Latin America generated €50m. "
          "Together, these two regions accounted for €140m, or 64% of Danish film exports.\n")


def test_a_flow_earned_by_a_countrys_firms_is_that_countrys():
    """"Export revenue earned by Danish film studios": Denmark exports, to the world."""
    c = claim(EARNED, "€220m")
    assert (c["reporter"], c["partner"], c["measure"]) == ("DNK", "WLD", "exports")


def test_two_regions_together_are_their_sum():
    """"Together, these two regions accounted for €140m": Asia's and Latin America's parts added,
    not Asia's figure again."""
    assert errors(EARNED) == []
    statuses = {f["check"]: f["status"] for f in result(EARNED)["findings"] if f["check"] == "sum"}
    assert statuses == {"sum": "consistent"}


def test_a_wrong_share_of_two_regions_together_is_caught():
    """"€140m, or 74% of Danish film exports" where €140m is 64% of €220m: flagged."""
    assert errors(EARNED.replace("64%", "74%"))


def test_the_earners_named_after_by_are_no_product():
    """"earned by Irish record labels and artists rose": the artists earned it, no product of the flow."""
    text = "Export income earned by Irish record labels and artists rose by 8% to €130m in 2023, up from €120m in 2022.\n"
    c = claim(text, "€130m")
    assert c["commodity"] is None and c["reporter"] == "IRL"
