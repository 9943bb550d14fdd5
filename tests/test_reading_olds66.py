"""Older false alarms (round 66): "Asean" in the Asian press's spelling is the ASEAN group
(so a part bought by it is a partner's part of the exports, not the imports with everyone);
mineral or bottled water is a product (HS 2201), so its exports are a part of the country's,
never their whole."""
from readings import claim, errors


def test_the_group_spelled_asean_is_a_partner_buying_the_exports():
    text = ("Malaysia's furniture exports rose to 40.0 billion ringgit last year. Asean buyers "
            "were the main destination, buying {part} billion ringgit worth, or 30% of the total. "
            "Imports of furniture came to 52.0 billion ringgit.")
    c = claim(text.format(part="12.0"), "12.0 billion ringgit")
    assert c["measure"] == "exports" and c["partner"] != "WLD"
    # (the imports with everyone, larger than the group's part, are not read as its part)
    assert errors(text.format(part="12.0")) == []


def test_mineral_water_exports_are_a_part_of_the_country_exports():
    text = ("Norway's mineral water exports rose to NOK 300 million last year. The product made up "
            "about {share} per cent of the country's exports of NOK 1,500 million.")
    assert claim(text.format(share="20"), "NOK 300 million")["commodity"] == "mineral water"
    assert errors(text.format(share="20")) == []
    assert errors(text.format(share="40")) != []


def test_bottled_water_is_read_as_mineral_water():
    text = "Bottled water exports reached $50 million in 2023."
    assert claim(text, "$50 million")["commodity"] == "mineral water"
