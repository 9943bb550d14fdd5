"""Two figures that are not two statements of one (round 63): a total a raise verb takes
"the sector's combined" flow to, right after the figure of a product added in its sentence,
is a wider whole (the earlier figure plus the added one), not the earlier figure again."""
from readings import errors


def test_a_combined_total_after_an_added_product_is_a_wider_whole():
    text = ("Cambodia's footwear exports fell 9.0% last year to $1.20 billion, down from $1.32 billion in 2022, "
            "the board said.\n\n"
            "Shipments of rattan mats and baskets brought in $0.80 billion, a drop of 20.0% from $1.00 billion "
            "a year earlier, pushing the sector's combined export earnings to ${total} billion.")
    assert errors(text.format(total="2.00")) == []
    # (the wider whole is still the sum of its two parts)
    assert any("whole is stated as $2.4bn" in e for e in errors(text.format(total="2.40")))
