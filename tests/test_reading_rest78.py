"""A sub-national unit's sales to the rest of its own country (round 78): "to the rest of the
UK", "rest of UK" and a named other nation of the country ("to England") are flows within the
country, no part of the unit's flow with the world; a whole whose bracket adds both sides
("international plus rest of UK") is the unit's flow with everywhere outside itself, the sum
of the two; and a share that "went to the rest of" the country is of that whole."""
from readings import claim, errors


def _unit(c: dict) -> tuple:
    return c.get("reporter_unit") or c["reporter"], c.get("partner_unit") or c["partner"]


def test_sales_to_the_rest_of_the_country_are_within_it():
    text = ("Export Statistics Wales 2019\n\n"
            "International exports from Wales were estimated at £9.8 billion in 2019. "
            "Exports to the rest of the UK were estimated at £21.4 billion in 2019.")
    assert _unit(claim(text, "£21.4 billion")) == ("GB-WLS", "GBR")
    assert _unit(claim(text, "£9.8 billion")) == ("GB-WLS", "WLD")


def test_sales_to_another_nation_of_the_country_are_within_it():
    text = ("Welsh trade 2019\n\n"
            "Exports from Wales to England were £17.0 billion in 2019, the UK's statistics office said.")
    assert _unit(claim(text, "£17.0 billion")) == ("GB-WLS", "GB-ENG")


def test_the_bank_of_england_is_no_place():
    text = "UK trade\n\nThe Bank of England said UK exports rose to £30.1 billion in March 2024."
    assert _unit(claim(text, "£30.1 billion")) == ("GBR", "WLD")


def test_a_whole_of_international_plus_rest_of_the_country_is_their_sum():
    text = ("Export Statistics Wales 2019\n\n"
            "- International exports from Wales were estimated at £9.8 billion in 2019.\n"
            "- Exports to the rest of the UK were estimated at £21.4 billion in 2019.\n"
            "- Total exports (international plus rest of UK) were £{total} billion in 2019.\n")
    assert errors(text.format(total="31.2")) == []
    assert errors(text.format(total="34.2")) != []


def test_a_share_that_went_to_the_rest_of_the_country_is_of_all_sales_outside_the_unit():
    text = ("Export Statistics Wales 2019\n\n"
            "International exports from Wales were estimated at £9.8 billion in 2019. "
            "Exports to the rest of the UK were estimated at £{rest} billion in 2019. "
            "In all, 68.6 per cent of Wales's total exports of £31.2 billion went to the rest of the UK.")
    assert errors(text.format(rest="21.4")) == []
    assert errors(text.format(rest="24.4")) != []
    assert _unit(claim(text.format(rest="21.4"), "68.6 per cent")) == ("GB-WLS", "GBR")
