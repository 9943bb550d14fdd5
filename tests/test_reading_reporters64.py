"""Who reports, and of what whole a share is (round 64): the place that takes a part of
another place's exports is the buyer (the partner), the exports' owner reports, and the
owner's figure right after its possessive is its exports with everyone; a possessive whose
noun is left out ("and Peru's 12%") owns the share right after it; a share of an owner's
product is of that product."""
from readings import claim, errors


def test_a_place_that_takes_part_of_another_places_exports_is_the_buyer():
    text = "Japan took ${part} billion, or 25 per cent, of Chile's $20.0 billion in goods exports in 2022.\n"
    c = claim(text.format(part="5.0"), "$5.0 billion")
    assert (c["reporter"], c["partner"], c["measure"]) == ("CHL", "JPN", "exports")
    whole = claim(text.format(part="5.0"), "$20.0 billion")
    assert (whole["reporter"], whole["partner"], whole["measure"]) == ("CHL", "WLD", "exports")
    assert errors(text.format(part="5.0")) == []
    assert errors(text.format(part="7.0")) != []


def test_a_demonym_owner_reports_the_exports_a_buyer_takes_part_of():
    c = claim("Korea bought $3.0 billion of Peruvian exports in 2022.\n", "$3.0 billion")
    assert (c["reporter"], c["partner"]) == ("PER", "KOR")


def test_an_elided_possessive_owns_the_share_after_it():
    text = ("Japanese trade with Brazil was $40 billion in 2022, ahead of Chile at $30 billion, out of total "
            "Japanese goods trade of $200 billion. Brazil's share was 20 percent and Chile's 18 percent.\n")
    assert claim(text, "20 percent")["partner"] == "BRA"
    assert claim(text, "18 percent")["partner"] == "CHL"


def test_a_share_of_an_owners_product_is_of_that_product():
    c = claim("Japan bought more than a third of Chile's copper ore in 2022.\n", "a third")
    assert c["commodity"] is not None
