"""A headline where a product drives a place's whole flow (round 60): "Nickel sales lift
Ruritanian exports to a record" is about the whole exports too, so the body's bare totals
are not the product's."""
from readings import claim, errors

TEXT = ("Nickel sales lift Indonesian exports to record in May\n\n"
        "JAKARTA - Indonesian exports reached a record $25.0 billion in May, helped by nickel.\n\n"
        "Shipments of nickel came to $5.0 billion, {p}% of the total, up 25.0% from $4.0 billion a year earlier.\n")


def test_the_total_after_such_a_headline_is_no_product_figure():
    assert claim(TEXT.format(p="20.0"), "$25.0 billion")["commodity"] is None


def test_the_product_share_and_change_are_checked_against_the_right_levels():
    assert errors(TEXT.format(p="20.0")) == []
    assert errors(TEXT.format(p="30.0")) != []


def test_a_headline_on_one_product_alone_still_scopes_the_body():
    text = ("Nickel exports hit record in May\n\n"
            "JAKARTA - Nickel exports from Indonesia reached $5.0 billion in May.\n\n"
            "Exports rose {p}% from $4.0 billion a year earlier.\n")
    assert errors(text.format(p="25.0")) == []
    assert errors(text.format(p="35.0")) != []
