"""Parts and their wholes (round 77). Bullets under a lead-in that ends "followed by:" go on
with a ranking begun before the list, so a total after them counts the place ranked first too:
the bullets alone are only some of it. A clause that opens on a definite count and a verb
of summing ("The three fuels totaled") gives the sum of that many figures before it. List
lines under a "Total:" line break it down, and all of it when the last is the rest
("Everything else:"). A figure of a list of products right before a colon, then one figure
for each of them in the rest of its sentence, is their sum. The products a paragraph names one by one and
"other exports" closing it add up to the whole stated before. A rest ("for the remaining $7.5
billion") whose words call it the others of a product ("and other energy goods") completes
that product's whole given before."""
from readings import errors


def test_bullets_after_followed_by_go_on_with_the_ranking_before():
    text = ("Ruritania's exports came to $20.0 billion in 2023.\n\n"
            "Freedonia was the leading destination, with exports of $5.0 billion. It was followed by:\n\n"
            "- Sylvania: $3.0 billion\n"
            "- Grand Fenwick: $2.0 billion\n"
            "- Latveria: $1.0 billion\n\n"
            "Together, the four countries accounted for {total} billion.")
    assert errors(text.format(total="$11.0"), published="2024-02-01") == []


def test_a_counted_subject_that_totals_sums_the_figures_before():
    # (a real country: the pair must be known for the planted part to be checked)
    text = ("Chile's imports rose 12% to $90.0 billion in 2023.\n\n"
            "Crude oil imports rose 20% to $10.0 billion, natural gas 15% to $6.0 billion, and coal 5% to {coal} billion. "
            "The three fuels totaled $20.0 billion, or 22.2% of all imports.")
    assert errors(text.format(coal="$4.0"), published="2024-02-01") == []
    assert errors(text.format(coal="$3.0"), published="2024-02-01") != []


def test_lines_under_a_total_line_closed_by_the_rest_add_up_to_it():
    text = ("Chile's exports rose 20 per cent last year, to $30.0 billion.\n\n"
            "KEY FIGURES\n"
            "Chile exports, 2023\n"
            "- Total: $30.0 billion\n"
            "- Copper: $15.0 billion\n"
            "- Fruit: {fruit} billion\n"
            "- Salmon: $4.0 billion\n"
            "- Everything else: $5.0 billion\n")
    assert errors(text.format(fruit="$6.0"), published="2024-02-01") == []
    assert errors(text.format(fruit="$5.0"), published="2024-02-01") != []


def test_members_of_a_product_list_after_its_colon_add_up_to_it():
    # (a real country: the pair must be known for the planted part to be checked)
    text = ("Chile's exports reached $90.0 billion in 2023.\n\n"
            "Exports of copper ore, cathodes and wire came to $40.0 billion: ore accounted for $25.0 billion, "
            "cathodes for {cathodes} billion and wire for $3.0 billion.")
    assert errors(text.format(cathodes="$12.0"), published="2024-02-01") == []
    assert errors(text.format(cathodes="$14.0"), published="2024-02-01") != []


def test_products_of_a_paragraph_closed_by_other_exports_add_up_to_the_whole():
    # (a real country: the pair must be known for the planted part to be checked)
    text = ("Chile's merchandise exports rose to $1,000.0 million in 2005 from $900.0 million the year before.\n\n"
            "Copper remained the leading export, earning {copper} million, followed by fruit with $300.0 million. "
            "Wine fetched $100.0 million, while other exports, including salmon and timber, brought in $200.0 million.")
    assert errors(text.format(copper="$400.0"), published="2006-02-01") == []
    assert errors(text.format(copper="$430.0"), published="2006-02-01") != []


def test_a_rest_named_as_the_others_of_the_whole_before_completes_it():
    # (a real country: the pair must be known for the planted part to be checked)
    text = ("Chile's exports climbed to $90.0 billion in 2023.\n\n"
            "Mining exports totalled $50.0 billion, or 55.6 per cent of the total. Copper accounted for $30.0 billion, "
            "lithium for {lithium} billion, and fertilisers, salt and other mining goods for the remaining $8.0 billion.")
    assert errors(text.format(lithium="$12.0"), published="2024-02-01") == []
    assert errors(text.format(lithium="$9.0"), published="2024-02-01") != []
