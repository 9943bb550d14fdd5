"""Figure-first lines of a box of key figures (round 61): "$9.0 billion - frozen shrimp" puts
the figure first and its subject after a dash or colon; the label names the figure's product,
a share inside the label is of that product, a product line takes the flow of the box's first
line, and a label that opens with a unit makes a bare figure that quantity, never money."""
from readings import claim, errors

BOX = ("Peru: exports in brief, 2024\n\n"
       "**$20.0 billion** - total value of exports in 2024\n\n"
       "**$6.0 billion** - frozen shrimp, about {share}% of the total\n\n"
       "**$4.0 billion** - canned tuna\n")


def test_a_label_after_the_dash_names_the_product_of_the_figure():
    assert claim(BOX.format(share="30"), "$6.0 billion")["commodity"] == "frozen shrimp"
    assert claim(BOX.format(share="30"), "$4.0 billion")["commodity"] == "canned tuna"


def test_product_lines_are_parts_not_the_headline_total_restated():
    assert errors(BOX.format(share="30")) == []


def test_a_share_in_the_label_is_of_the_labels_product():
    assert errors(BOX.format(share="45")) != []


def test_a_product_line_takes_the_flow_of_the_first_line_not_the_balance_above():
    text = ("• $80.0 billion - value of Peru's exports in 2024\n"
            "• $70.0 billion - value of imports\n"
            "• $10.0 billion - the trade surplus\n"
            "• $12.0 billion - textiles and garments, 15% of all exports\n")
    c = claim(text, "$12.0 billion")
    assert c["measure"] == "exports" and c["commodity"] == "textiles and garments"
    assert errors(text) == []


def test_a_unit_after_the_colon_makes_a_bare_figure_no_money():
    text = ("Key facts\n"
            "- HK$500 billion: Hong Kong total exports in 2024\n"
            "- 12.5 million: TEUs handled by the port in 2024\n")
    assert [c["text"] for c in __import__("readings").reading(text)["claims"] if c["kind"] == "amount"] == ["HK$500 billion"]
