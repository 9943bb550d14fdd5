"""Parts read as wholes (round 59): goods a named route, line or vehicle carries are trade by
one mode of transport, never the whole trade;
"Together that is X" after two figures is their sum; bulleted categories under
a total are its parts; "~" before a figure makes it approximate."""
from readings import claim, errors


def test_goods_carried_by_a_named_rail_service_are_trade_by_rail():
    text = ("Freight moved on the Baltic-Adriatic corridor is growing. The value of goods carried by the "
            "Amber Railway Express reached $12.0 billion in 2023, about {pct} percent of total trade between "
            "Poland and Italy, which stood at $40.0 billion that year. Poland's exports to Italy came to "
            "$22.0 billion, while imports from Italy totalled $18.0 billion.")
    assert claim(text.format(pct="30"), "$12.0 billion")["commodity"] == "rail"
    assert errors(text.format(pct="30")) == []
    assert errors(text.format(pct="45")) != []


def test_goods_carried_by_ships_are_trade_by_sea():
    text = ("Goods transported by container vessels were worth $9.0 billion in 2022. Total trade between "
            "Chile and Peru was $15.0 billion, with Chile's exports at $8.0 billion and imports at $7.0 billion.")
    assert claim(text, "$9.0 billion")["commodity"] == "sea"
    assert errors(text) == []



def test_together_that_is_sums_the_sentence_before():
    text = ("Peru's exports came to $60.0 billion in 2023 and imports to $50.0 billion, a surplus of "
            "$10.0 billion. Copper earned $20.0 billion, and gold another $10.0 billion. "
            "Together that is ${sum} billion, or 50% of all exports.")
    assert claim(text.format(sum="30.0"), "$30.0 billion")["commodity"] not in (None, "gold")
    assert errors(text.format(sum="30.0")) == []



def test_bulleted_categories_under_a_total_are_its_parts():
    text = ("The estimated value of Canada's tourism-related exports was C$30.0 billion in 2022, in current prices.\n\n"
            "- Leisure travel was the largest component at C$18.0 billion, {pct}% of the total.\n"
            "- Business travel, which recovered late, was worth C$5.0 billion.\n"
            "- Other travel, including study, health and transit, came to C$7.0 billion.\n")
    assert claim(text.format(pct="60"), "C$18.0 billion")["commodity"] == "leisure travel"
    assert errors(text.format(pct="60")) == []
    assert errors(text.format(pct="70")) != []


def test_a_tilde_before_a_figure_makes_it_approximate():
    text = ("Key points\n- Exports were ~$50bn in 2023\n\n"
            "Exports came to $50.4 billion in 2023, the agency said.")
    assert claim(text, "$50bn")["bound"] == "approx"
    assert errors(text) == []
