"""Southern African trade figures (round 79). A capital named as where a bulletin was released
or a figure announced, after a participle and perhaps its object ("Releasing the monthly
bulletin in Lusaka"), is no side of the trade the bulletin reports."""
from readings import claim, errors


def test_a_capital_where_a_bulletin_is_released_is_no_partner():
    text = ("Malawi recorded a trade surplus of MK{bal} million in May 2019.\n\n"
            "Presenting the quarterly report in Lilongwe yesterday, the Commissioner said the value of exports "
            "rose to MK2,400.0 million in May, while imports came to MK2,150.0 million.")
    c = claim(text.format(bal="250.0"), "MK2,400.0 million")
    assert (c["measure"], c["partner"]) == ("exports", "WLD")
    assert errors(text.format(bal="250.0")) == []
    assert errors(text.format(bal="350.0")) != []


def test_a_share_of_the_earnings_of_a_defined_acronym_is_of_that_product():
    text = ("Malawi's earnings from agro-processed exports (APEs) rose to MK80.0 billion in 2022.\n\n"
            "Sugar, tea and tobacco products contributed MK20.0 billion, or {pct} percent of total APE earnings. "
            "Total export earnings stood at MK800.0 billion.")
    assert claim(text.format(pct="25.0"), "25.0 percent")["commodity"] == "agro-processed"
    assert errors(text.format(pct="25.0")) == []
    assert errors(text.format(pct="35.0")) != []


def test_a_listed_item_may_open_on_a_capitalised_name_of_its_kind():
    text = ("Gold earned K2.41 billion, cane sugar K1.27 billion, Portland cement K1.05 billion "
            "and electrical energy K0.96 billion in 2020.")
    assert claim(text, "K1.05 billion")["commodity"] == "portland cement"


def test_a_customs_union_in_a_list_of_destinations_is_a_partner_of_its_own():
    text = ("Namibia's exports came to N$4 000.0 million in March 2023.\n\n"
            "China was the main destination, receiving goods worth N$1 200.0 million (30.0 percent), followed by "
            "Botswana at N$800.0 million (20.0 percent) and the Southern African Customs Union (SACU) at "
            "N$600.0 million ({pct} percent).")
    sacu = claim(text.format(pct="15.0"), "N$600.0 million")
    assert sacu["partner"] != "BWA"
    assert claim(text.format(pct="15.0"), "N$1 200.0 million")["commodity"] is None
    assert errors(text.format(pct="15.0")) == []
