"""Figures that keep their product label (round 62): a list of protective goods the flow is
of, a product subject with an aside before its verb whose "their exports" follows a colon,
and "of that" pointing at the figure of the part's own period in the sentence before, not
at the year-before level that sentence compares it with."""
from readings import claim, errors


def test_of_that_is_the_figure_of_its_own_period_not_the_level_before():
    text = ("Canada bought about $80 billion of medical goods in 2021. Imports of gloves, masks and "
            "gowns came to $30.0 billion, against $12.0 billion a year before. Malaysia supplied "
            "$12.0 billion of that, or {share}%.")
    assert errors(text.format(share="40")) == []
    assert errors(text.format(share="15")) != []


def test_a_list_of_protective_goods_labels_its_flow():
    text = "Imports of gowns, gloves and face shields reached $5.0 billion in 2021."
    assert claim(text, "$5.0 billion")["commodity"] == "gowns, gloves and face shields"


def test_a_product_subject_with_an_aside_then_their_exports_after_a_colon():
    text = ("Belgium's exports were EUR 400 billion in 2021. Immunological products, which cover "
            "sera as well as vaccines, led the year: their exports rose to EUR 20.0 billion from "
            "EUR 5.0 billion, more than {times} times the level a year before.")
    assert claim(text.format(times="three"), "EUR 20.0 billion")["commodity"] == "immunological products"
    assert errors(text.format(times="three")) == []
    assert errors(text.format(times="five")) != []
