"""Context misread as a flow (round 55): a product's market "was worth" N is the market's size,
no trade flow, and "trade estimates" are the industry's, no trade total; a province the
vocabulary knows is the reporter of "exports from <province>"; a figure sent "across the
border" or "to that market", restated as a share of the total, is a partner's part, never the
flow to the world; a number a claimant "quotes" is the claimant's when the next sentence sets
another source's figure apart from it."""
from readings import errors, claim


def test_a_market_worth_a_sum_is_no_flow():
    text = ("Spain imported €2.0bn of bicycles in 2023 and exported €0.6bn. The Spanish bicycle "
            "market was worth about €3.5bn in retail terms, according to trade estimates, "
            "against €3.9bn a year before.")
    assert claim(text, "€3.5bn")["measure"] == "other"
    assert claim(text, "€3.9bn")["measure"] == "other"
    assert errors(text) == []


def test_exports_from_a_province_are_the_provinces():
    text = ("Coconut product exports from Cebu reached $90 million in 2023. Japan was the top "
            "market, taking $40 million, or about 44 percent of the total.")
    c = claim(text, "$90 million")
    assert c["reporter_unit"] == "PH-CEB" and c["partner"] == "WLD"
    assert errors(text) == []


def test_a_sum_sent_across_the_border_as_a_share_of_the_total_is_a_part():
    text = ("Austria exported €9.0bn of timber in 2022 and imported €2.0bn, a surplus of €7.0bn. "
            "Italy is the main buyer. Mills sent timber worth €3.1bn across the southern border, "
            "about 34% of the total.")
    assert claim(text, "€3.1bn")["scope"] == "an unnamed part"
    assert errors(text) == []


def test_a_number_a_claimant_quotes_set_against_another_figure_is_refuted():
    text = ("The senator says Mexico takes a fortune from Ohio. The number she usually cites is "
            "$90 billion. The Census Bureau's figure is smaller. In 2023 the United States exported "
            "$320 billion of goods to Mexico and imported $475 billion, a deficit of $155 billion.")
    assert claim(text, "$90 billion")["measure"] == "other"
    assert errors(text) == []
