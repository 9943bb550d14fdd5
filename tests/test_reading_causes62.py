"""A record named as a cause is the cause's (round 62): "Deficit shrinks on record
remittances" says nothing of the deficit being a record."""
from readings import errors

TEXT = ("Current account deficit shrinks 50% in 2023 on {word} tourism receipts\n\n"
        "Kenya's current account deficit narrowed to $1.0 billion in 2023, down 50% from $2.0 billion in 2022.\n")


def test_a_record_right_after_a_cause_word_is_not_the_figures():
    assert errors(TEXT.format(word="record"), published="2024-02-01") == []


def test_a_record_said_of_the_figure_itself_is_still_checked():
    text = ("Current account deficit hits record $1.0 billion in 2023\n\n"
            "Kenya's current account deficit was $1.0 billion in 2023, against $2.0 billion in 2022.\n")
    assert errors(text, published="2024-02-01") != []
