"""Parts and wholes (round 75). A product word in lower case after the comma that closes a
public body's name ("According to the General Authority for Statistics, re-exports jumped")
opens the clause after the name, so it is the figure's product. "Their share of X" right after
a sentence on one product is that product's share of X, and the earlier share set beside it
("rose to 33.5 percent from 30.4 percent") is of the same whole. A line of a list that names a
product joined to the lead's ("* Computers and servers: USD 1,688.4 mn") is one part of the
lead, so "the total" of a later sentence is still the lead's. A heading that names a product
past a box's label and with its flow word ("KEY FIGURES - LITHIUM CARBONATE EXPORTS") gives that
product to the rows of the table under it. A figure that "corresponded to" a kind of a known
product ("refined copper"), and the next figure "to" another kind with the verb said once, are
those kinds, the parts of the product's whole. Money whose subject is "the rest of the exports"
is an unnamed part, never the whole flow. A driver with its own level in a relative clause
("driven by bottled wine, which accounted for N") is that product's. Fees and levies are money
collected, no trade flow ("Import Declaration Fee: Sh71.8 billion").
(Where a check needs a pair, real countries trade: an invented one gives the figures no pair to
check.)"""
from readings import claim, errors


_BODY_NAME = ("Saudi Arabia's non-oil exports, including re-exports, climbed 9.1 percent to SR335.8 billion "
              "in 2025.\n\n"
              "According to the General Authority for Statistics, re-exports jumped 20.1 percent to "
              "SR{re} billion from SR93.6 billion in 2024. Their share of non-oil exports rose to 33.5 percent "
              "from 30.4 percent.\n\n"
              "National non-oil exports, which exclude re-exports, grew 4.2 percent to SR223.4 billion.\n")


def test_a_product_after_the_comma_that_ends_a_bodys_name_is_the_figures():
    text = _BODY_NAME.format(re="112.4")
    assert errors(text, published="2026-02-24") == []
    assert claim(text, "SR112.4 billion", published="2026-02-24")["commodity"] == "re-exports"
    assert errors(_BODY_NAME.format(re="118.4"), published="2026-02-24") != []


def test_a_product_inside_a_bodys_name_is_still_no_product():
    text = "According to the Ministry of Trade, Coffee and Tea, exports rose to $5.0 billion in 2023.\n"
    assert claim(text, "$5.0 billion")["commodity"] is None


def test_their_share_is_the_share_of_the_product_named_before():
    text = _BODY_NAME.format(re="112.4")
    share = claim(text, "33.5 percent", published="2026-02-24")
    assert share["commodity"] == "re-exports"
    assert claim(text, "30.4 percent", published="2026-02-24")["commodity"] == "re-exports"


_BULLETS = ("Thailand's exports of computers, parts and accessories climbed to USD 6,452.3 million in 1Q24.\n\n"
            "Breakdown of 1Q24 exports\n"
            "  * Hard disk drives (HDDs): USD 2,871.6 mn, 44.5% of the group\n"
            "  * Computers and servers: USD 1,688.4 mn\n"
            "  * Other parts and accessories: USD 1,892.3 mn\n\n"
            "The United States remained the main destination, taking USD 2,465.0 million, or {us}% of the total.\n")


def test_a_bullets_product_stays_in_its_bullet():
    text = _BULLETS.format(us="38.2")
    assert errors(text, published="2024-05-10") == []
    assert claim(text, "USD 2,465.0 million", published="2024-05-10")["commodity"] == "computers, parts and accessories"
    assert errors(_BULLETS.format(us="48.2"), published="2024-05-10") != []


_BOX = ("Chile's lithium carbonate export earnings drop\n\n"
        "Chile's exports of lithium carbonate fell 10.2% in value last year to US$6.85bn.\n\n"
        "KEY FIGURES - LITHIUM CARBONATE EXPORTS\n\n"
        "                      2022        2023\n"
        "Value (US$mn FOB)    7,631       6,854\n"
        "Volume (t)         174,100     208,400\n\n"
        "Including lithium hydroxide, which brought in US$1.12bn, total lithium chemical exports reached "
        "US$7.97bn.\n")


def test_a_headings_product_reaches_the_rows_of_its_table():
    assert errors(_BOX, published="2024-01-24") == []
    assert claim(_BOX, "6,854", published="2024-01-24")["commodity"] == "lithium carbonate"


_KINDS = ("Chile's copper exports totalled US$3,872 million in February 2026. Of this amount, US${cathodes} "
          "million corresponded to refined copper (cathodes) and US$2,178 million to copper concentrates.\n")


def test_kinds_a_figure_corresponded_to_are_parts_of_their_product():
    text = _KINDS.format(cathodes="1,694")
    assert errors(text, published="2026-03-09") == []
    assert claim(text, "US$1,694 million", published="2026-03-09")["commodity"] == "refined copper"
    assert claim(text, "US$2,178 million", published="2026-03-09")["commodity"] == "copper concentrate"
    assert errors(_KINDS.format(cathodes="1,894"), published="2026-03-09") != []


_REST = ("Chilean wine exports totalled US$877.0 million in 2005.\n\n"
         "The growth was again driven by bottled wine, which accounted for US$714.3 million. Bulk wine "
         "brought in US$117.6 million.\n\n"
         "The rest of the exports, sparkling wine and other formats, added US$45.1 million.\n\n"
         "- Bulk: US$117.6 million\n")


def test_the_rest_of_the_exports_is_a_part_never_the_whole():
    assert errors(_REST, published="2006-01-20") == []
    assert claim(_REST, "US$45.1 million", published="2006-01-20")["scope"] == "an unnamed part"


def test_a_drivers_own_level_is_its_products():
    assert claim(_REST, "US$714.3 million", published="2006-01-20")["commodity"] == "bottled wine"


_LEVIES = ("Kenya's customs department collected Sh725.5 billion in the year to June 2023.\n\n"
           "A breakdown of the customs revenue shows:\n\n"
           "• Import duty: Sh146.1 billion\n"
           "• Import Declaration Fee (IDF) and Railway Development Levy (RDL): Sh71.8 billion\n"
           "• Road Maintenance Levy: Sh84.6 billion\n")


def test_fees_and_levies_are_money_collected_no_imports():
    assert errors(_LEVIES, published="2023-07-04") == []
    assert claim(_LEVIES, "Sh71.8 billion", published="2023-07-04")["measure"] == "other"
    assert claim(_LEVIES, "Sh84.6 billion", published="2023-07-04")["measure"] == "other"
