"""Japanese press (round 69): a part sent to a place in a ", with X, or N%, going to PLACE"
clause (the place perhaps qualified, "mainland China"), its share of the total before it; a
demonym before a one-word product ("Kenyan tea exports") does not hide the product, nor does
a verb with its particle ("edged up"); a wire story's bracketed conversion made at the rate
of its publication month; a header bracket "(Value, 100 million yen; ...)" the cells' scale, no
figure, and a "--" cell no figure, leaving its row read."""
from readings import claim, errors


def test_a_part_going_to_a_qualified_place_is_that_place_and_its_share_of_the_total():
    text = ("Norway sold 60.0 billion crowns of salmon abroad last year, with {part} billion crowns, "
            "or 40 percent, going to mainland China.")
    part = claim(text.format(part="24.0"), "24.0 billion crowns")
    assert part["partner"] == "CHN"
    assert errors(text.format(part="24.0")) == []
    assert errors(text.format(part="36.0")) != []


def test_a_verb_with_its_particle_names_the_subject_as_the_product():
    text = "Cheese exports ticked up 2.0% to 5.0 billion euros."
    assert claim(text, "5.0 billion euros")["commodity"] == "cheese"


def test_a_bracketed_conversion_at_the_publication_months_rate_is_no_error():
    # (the yen moved from about 158 to 147 per dollar between July and August 2024)
    text = "TOKYO, Aug 21 - Japan ran a trade deficit of 500.0 billion yen (${usd} billion) in July."
    assert errors(text.format(usd="3.40"), published="2024-08-21") == []
    assert errors(text.format(usd="4.50"), published="2024-08-21") != []


def test_a_hundred_million_unit_in_a_header_bracket_scales_the_cells():
    text = ("Summary of the half-year (Value, 100 million yen; % change on a year before)\n\n"
            "                 April-September 2024     % change\n"
            "Exports                  400,000            +3.0\n"
            "Imports                  420,000            +1.0\n"
            "Balance                  {bal}             --\n")
    assert claim(text.format(bal="-20,000"), "400,000")["value"] == 400_000 * 1e8
    assert errors(text.format(bal="-20,000")) == []
    assert errors(text.format(bal="-25,000")) != []
