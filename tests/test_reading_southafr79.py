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
