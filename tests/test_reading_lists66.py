"""Subtotals and lists (round 66): a list of parts after "Of this:" adds up to the figure before
it and no part is that figure again; a bracket inside a quantity item's label leaves the
label whole; "the sector's exports of <product>" is that product's flow; the sum of "the big
three" listed products is their group, not all exports; a list item after a figure-less aside
on revenue is still of the list's flow."""
from readings import claim, errors


def test_parts_after_of_this_colon_add_up_to_the_figure_before():
    text = ("Namibia's fisheries in review.\n\nThe industry's exports of seafood products reached USD {whole} million in 2023. Of this:\n"
            "- frozen (whole) shrimp: 4,000 tonnes, worth USD 70.0 million;\n"
            "- canned tuna: 1,500 tonnes, worth USD 30.0 million.\n")
    assert errors(text.format(whole="100.0")) == []
    assert errors(text.format(whole="130.0")) != []


def test_a_bracket_inside_a_quantity_label_keeps_the_label():
    text = ("Exports of seafood reached USD 100.0 million in 2023. Of this:\n"
            "- frozen (whole) shrimp: 4,000 tonnes, worth USD 70.0 million;\n"
            "- canned tuna: 2.5 million cans, worth USD 30.0 million.\n")
    assert claim(text, "USD 70.0 million")["commodity"] == "frozen shrimp"


def test_the_sectors_exports_of_a_product_are_that_products():
    text = "The sector's exports of leather goods totaled USD 80.0 million in 2023."
    assert claim(text, "USD 80.0 million")["commodity"] == "leather goods"


def test_the_big_three_together_are_their_group_not_all_exports():
    text = ("Kenya's top exports\n\nTotal merchandise exports in 2022: $20.0 billion\n\n"
            "**1. Copper: $9.0 billion**\n\n"
            "**2. Coffee: $4.0 billion**\n\n"
            "**3. Tea: ${tea} billion**\n\n"
            "Combined, the big three earned $16.0 billion, about 80% of all export earnings.\n")
    assert errors(text.format(tea="3.0")) == []
    assert errors(text.format(tea="2.0")) != []


def test_a_list_item_after_an_aside_on_revenue_keeps_the_lists_flow():
    text = ("Total merchandise exports in 2022: $20.0 billion\n\n"
            "**1. Copper: $9.0 billion**\n"
            "Mining revenue rose as prices climbed.\n\n"
            "**2. Coffee: $4.0 billion**\n")
    assert claim(text, "$4.0 billion")["measure"] == "exports"
