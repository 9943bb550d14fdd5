"""Subsets read as the whole (round 62): a firm kind opening a social post's line after an
emoji is a slice of the flow by who trades; partners described as the countries lying along a
name the vocabulary does not know (a hashtag) are a group, not the world; a product qualified
by a designation with digits ("COVID-19 test kits") is still a product, a part of the flow."""
from readings import claim, errors


def test_a_firm_kind_after_an_emoji_is_a_slice_of_the_total():
    text = ("In the first half of 2024, Malaysia's exports were US$ {total} bn.\n\n"
            "🏭 The foreign-invested sector exported US$ 60.0 bn, accounting for 60.0% of the country's total exports.\n")
    assert errors(text.format(total="100.0")) == []
    assert claim(text.format(total="100.0"), "US$ 60.0 bn")["commodity"] == "foreign-invested sector"
    assert errors(text.format(total="120.0")) != []


def test_a_bare_firm_kind_trading_after_an_emoji_is_no_total():
    text = ("In the first half of 2024, Ruritania's total foreign trade reached 20.0 trillion yuan.\n\n"
            "🔹 State-owned enterprises imported and exported 5.0 trillion yuan, up 2.0%.\n")
    assert errors(text) == []
    assert claim(text, "5.0 trillion yuan")["commodity"] == "state-owned enterprises"


def test_countries_along_a_hashtag_are_a_group_of_partners():
    text = ("In the first half of 2024, Ruritania's total trade reached 20.0 trillion yuan, up 4.0%.\n\n"
            "Trade with countries along the #SilkCorridor grew 10.0% to 6.0 trillion yuan.\n")
    assert errors(text) == []
    six = claim(text, "6.0 trillion yuan")
    assert six.get("partner") != "WLD" and six.get("partner_group")


def test_countries_along_an_unknown_name_are_a_group_of_partners():
    text = ("Ruritania's exports reached $50.0 billion in 2023.\n"
            "Exports to nations bordering the Azure Sea rose to $12.0 billion in 2023.\n")
    assert errors(text) == []
    assert claim(text, "$12.0 billion").get("partner_group")


def test_a_product_with_a_designation_is_a_part_of_the_flow():
    text = ("Ruritania's exports of H5N1 test kits fell 30 percent to $2.1 billion in 2023 from $3.0 billion.\n\n"
            "Overall medical exports reached $20.0 billion, against $21.0 billion a year earlier.\n")
    assert errors(text) == []
    assert claim(text, "$2.1 billion")["commodity"] == "h5n1 test kits"
