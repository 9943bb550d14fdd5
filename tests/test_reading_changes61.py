"""Changes matched to the right levels and periods (round 61): a footing that opens a
sentence measures its changes; a change "higher than <level> in the <words> year <period>"
is from that period; "the latest figure" after an earlier year's level is the newest
period's change; a change "above the N tonnes" is of tonnes; goods named before an
acronym's bracket and a flow word are the flow's product."""
from readings import claim, errors


def test_an_opening_footing_measures_every_change_in_the_sentence():
    text = ("Thailand's exports grew 9.0 percent year-on-year to 90.0 billion baht in May 2025 "
            "from 82.6 billion baht in May 2024. In month-on-month terms, exports rose {x} percent "
            "and imports fell 3.0 percent.")
    got = claim(text.format(x="4.0"), "4.0 percent", published="2025-06-20")
    assert (got["period"], got["base_period"]) == ("2025-05", "2025-04")
    assert claim(text.format(x="4.0"), "3.0 percent", published="2025-06-20")["base_period"] == "2025-04"
    assert errors(text.format(x="4.0"), published="2025-06-20") == []


def test_a_change_than_a_level_of_a_described_year_is_from_that_year():
    text = ("Kenya's exports reached $8.0 billion in 2023. They were 60% higher than $5.0 billion "
            "in 2021 and {x}% higher than $4.0 billion in the drought year 2017.")
    assert claim(text.format(x="100"), "100%", published="2024-03-01")["base_period"] == "2017"
    assert errors(text.format(x="100"), published="2024-03-01") == []
    assert errors(text.format(x="70"), published="2024-03-01") != []


def test_the_latest_figure_after_an_earlier_years_level_is_the_newest_change():
    text = ("Ghana's exports for 2024 came to $16.0 billion. In the previous year they had reached "
            "$20.0 billion, so the latest figure was down {x} percent year-on-year.")
    got = claim(text.format(x="20"), "{x} percent".format(x="20"), published="2025-02-10")
    assert (got["period"], got["base_period"]) == ("2024", "2023")
    assert errors(text.format(x="20"), published="2025-02-10") == []
    assert errors(text.format(x="30"), published="2025-02-10") != []


def test_a_change_above_a_tonnage_is_no_change_of_the_money():
    text = ("Chile's salmon exports came to 60,000 tonnes in March 2025, 10.0% above the 54,500 "
            "tonnes shipped in March 2024. Earnings reached $500 million, up 25% from $400 million.")
    assert errors(text, published="2025-04-15") == []


def test_goods_before_an_acronym_bracket_and_a_flow_word_are_the_flows_product():
    text = ("Malaysia's electrical and electronic (E&E) exports came to RM500.0 billion in 2023, "
            "up 10.0% from RM454.5 billion in 2022. E&E products made up {x}% of Malaysia's total "
            "exports of RM1.25 trillion that year.")
    got = claim(text.format(x="40.0"), "RM500.0 billion", published="2024-02-20")
    assert got["commodity"] == "electrical and electronic products"
    assert errors(text.format(x="40.0"), published="2024-02-20") == []
    assert errors(text.format(x="45.0"), published="2024-02-20") != []
