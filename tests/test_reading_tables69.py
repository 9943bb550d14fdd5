"""Plain-text tables and their prose (round 69): a product named by its grade or form before
its word ("instant coffee", vocab/product_forms.csv) or by a grade phrase that stands for the
product ("single malt", vocab/commodities.csv) is a part of the text's product, never the
text's product as a whole."""
from readings import claim, errors


def test_a_form_before_the_product_word_is_a_part_of_the_product():
    text = ("Tea exports came to US$1.20 billion in 2023, up 3.0% from US$1.165 billion. "
            "Instant tea exports were worth about US$90 million.\n")
    assert claim(text, "US$90 million")["commodity"] == "instant tea"
    assert errors(text) == []


def test_a_grade_named_without_the_product_word_is_a_part_of_it():
    text = ("Whisky exports rose 4.0% to GBP 5.20 billion in 2023. Europe took GBP 1.50 billion, "
            "or 28.8% of the total. Single malt exports grew 9.0% to GBP 1.40 billion.\n")
    assert claim(text, "GBP 1.40 billion")["commodity"] == "single malt whiskey"
    assert errors(text) == []
