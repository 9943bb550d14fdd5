"""Pairs and wholes of a forty-seventh round of passages: two-way trade named with no owner
after a sentence on two countries, a flow's share "of the bilateral total", a cause clause
naming two other countries after the lead's figure, and a product group spelt out between
dashes after the flow's own words. How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


TWO_WAY = ("Chile and South Korea celebrated twenty years of their free trade agreement on Monday.\n\n"
           "Two-way goods trade reached $12.0 billion in 2023, according to customs figures.\n\n"
           "Chile sold goods worth $7.5 billion to South Korea in 2023, while it bought $4.5 billion of Korean products. "
           "Exports thus made up about {share} of the bilateral total.\n")


def test_two_way_trade_with_no_owner_is_between_the_two_countries_just_named():
    """"Two-way goods trade reached" after a sentence on two countries: their trade with each other, not with the world."""
    claims = result(TWO_WAY.format(share="63%"))["claims"]
    total = next(c for c in claims if c["text"] == "$12.0 billion")
    assert total["measure"] == "trade_total"
    assert {total["reporter"], total["partner"]} == {"CHL", "KOR"}


def test_a_share_of_the_bilateral_total_is_of_the_pairs_two_way_trade():
    """"Exports made up 63% of the bilateral total": $7.5bn of $12.0bn; a wrong share is caught."""
    assert errors(TWO_WAY.format(share="63%")) == []
    assert errors(TWO_WAY.format(share="80%")) != []


def test_two_way_trade_with_one_country_named_stays_that_countrys_trade():
    """"Two-way trade reached" where the text names one country only: no second side to take, its trade with everyone."""
    text = "Vietnam's economy grew 5.0% in 2023, officials said. Two-way trade reached $680 billion in 2023."
    claims = result(text)["claims"]
    figure = next(c for c in claims if c["text"] == "$680 billion")
    assert figure["partner"] in (None, "WLD")


CAUSE = ("Coffee earnings slip 12% in 2023 as Europe buys less\n\n"
         "LIMA - Peru's coffee exports fell 12.0% in 2023, to US$880 million, as weaker demand in Germany and the "
         "trade spat between Ottawa and Canberra cooled prices, according to the export agency.\n\n"
         "Peru's coffee exports had reached US${before} million in 2022.\n")


def test_places_in_a_cause_clause_after_the_lead_figure_are_no_side_of_its_flow():
    """"..., as the trade spat between Ottawa and Canberra cooled prices": the lead's figure stays Peru's exports to everyone."""
    claims = result(CAUSE.format(before="1,000"))["claims"]
    lead = next(c for c in claims if c["text"] == "US$880 million")
    assert (lead["reporter"], lead["partner"]) == ("PER", "WLD")
    assert errors(CAUSE.format(before="1,000")) == []
    assert errors(CAUSE.format(before="1,400")) != []


def test_a_product_group_spelt_out_between_dashes_after_the_flow_words_is_the_group():
    """"earnings from the cocoa complex - beans, butter and powder -": the complex, not its first listed kind."""
    text = "Ghana's earnings from the cocoa complex - beans, butter and powder - fell 8.0% in 2023, to $2.3 billion."
    claims = result(text)["claims"]
    figure = next(c for c in claims if c["text"] == "$2.3 billion")
    assert figure["commodity"] == "cocoa complex"
