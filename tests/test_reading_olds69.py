"""Older false alarms (round 69): a
total after an opener that counts goods in by examples ("such as") is a wider series of its
own; a product glossed in brackets can be the subject the next sentence's bare flow is on;
a figure answering a question on a deficit is a deficit."""
from readings import claim, errors


def test_an_opener_with_examples_makes_a_wider_total_of_its_own():
    from tradecheck.link.commodities import opener_with_examples

    class Sent:
        start, end = 0, 200

    class At:  # (a mention: its start is a number)
        def __init__(self, text):
            self.start = text.index("US$")
    text = ("Including seafood and farm supplies such as seeds and tractors, total agri-plus "
            "exports came to US$7.20 billion.")
    assert opener_with_examples(text, Sent, At(text)) == "seafood and farm supplies such as seeds and tractors"
    closed = "Including precious metals, total exports came to US$7.20 billion."
    assert opener_with_examples(closed, Sent, At(closed)) is None


def test_a_product_glossed_in_brackets_is_the_subject_of_the_next_bare_flow():
    text = ("Agri-food exports reached US$8.00 billion in 2024, up from US$7.50 billion in 2023.\n\n"
            "Ramyeon (instant noodles) was again the star performer. Exports rose 25.0% to "
            "US$1.00 billion from US$800 million.\n")
    assert claim(text, "US$800 million")["commodity"] == "ramyeon"
    assert errors(text) == []


def test_an_assent_to_a_question_on_a_deficit_is_a_deficit():
    text = ("In 2023 the US bought $400.0 billion of goods from Mexico and sold it $250.0 billion.\n\n"
            "Does the US run a deficit with Mexico? Yes, $150.0 billion.\n")
    assert claim(text, "$150.0 billion")["value"] < 0
