"""Parts read as totals (round 57): a figure "of these exports, about N%, went to <place>" is
that place's part and leaves the text on the whole flow; a change whose subject opens a
bulleted line is that subject's; a share of an owner's exports "to the <regional> country" is
of the flow to the partner named before; "shoes and shoe parts" is "shoes and parts"."""
from readings import claim, errors


def test_a_part_with_a_share_aside_goes_to_the_place_after_it():
    text = ("In 2022 Chile shipped goods worth $90 billion abroad.\n"
            "- $36 billion of these exports, about 40%, went to China\n"
            "- Chile imported goods worth $80 billion\n"
            "- $20 billion of imports, about 25%, came from the United States\n")
    assert claim(text, "$36 billion")["partner"] == "CHN"
    assert claim(text, "$20 billion")["partner"] == "USA"
    assert claim(text, "$80 billion")["partner"] == "WLD"
    assert errors(text) == []


def test_a_change_on_a_bulleted_line_is_of_the_product_that_opens_it():
    text = ("- In 2022 Peru's farm exports earned $12 billion.\n"
            "- Fresh grapes earned $1.5 billion.\n"
            "- Grape earnings rose by {pct} from $1.2 billion in 2021.\n")
    assert claim(text.format(pct="25%"), "25%")["commodity"] == claim(text.format(pct="25%"), "$1.5 billion")["commodity"]
    assert errors(text.format(pct="25%")) == []
    assert errors(text.format(pct="40%")) != []


def test_a_share_of_exports_to_the_regional_country_is_of_the_partner_named_before():
    text = ("France's exports of shoes and shoe parts to Kazakhstan rose to €300 million in 2023. "
            "Shoes and parts made up {pct} of France's total exports to the Central Asian country, "
            "which reached €1.0 billion.")
    assert claim(text.format(pct="30%"), "€1.0 billion")["partner"] == "KAZ"
    assert claim(text.format(pct="30%"), "€300 million")["commodity"] == claim(text.format(pct="30%"), "30%")["commodity"]
    assert errors(text.format(pct="30%")) == []
    assert errors(text.format(pct="45%")) != []
