"""East and South Asian texts (round 55): a period after "compares with" dates the level
compared with; "as" opening a clause on a product's receipts names its own product; a date in
an event clause of a figureless sentence moves no period; a subject headed by a value word
("Receipts from the sector") states the flow; a "Unit: 100 million yuan" line scales the
table below it and is no figure itself."""
from readings import reading, errors, claim


def test_a_period_after_compares_with_dates_only_the_level_compared():
    text = ("Korea's exports rose to $600 billion in 2023 and imports to $610 billion. The "
            "resulting deficit of $10 billion compares with a shortfall of $47 billion in 2022.")
    assert claim(text, "$10 billion")["period"] == "2023"
    assert claim(text, "$47 billion")["period"] == "2022"
    assert errors(text) == []


def test_as_opening_a_clause_on_receipts_names_its_own_product():
    text = ("Knitwear keeps its lead as garment receipts top $5.0 billion\n\n"
            "Garment exports reached $5.0 billion in 2023. Knitwear exports stood at $2.9 billion.")
    assert reading(text)["claims"][0]["commodity"] == "garments"
    assert errors(text) == []


def test_a_date_in_an_event_clause_of_a_sentence_with_no_figure_moves_no_period():
    text = ("Vietnam's seafood exports reached $9.0 billion in 2023.\n\n"
            "Growth slowed after the buyer halted purchases in late May.\n\n"
            "Shrimp exports were $3.4 billion.")
    assert claim(text, "$3.4 billion")["period"] == "2023"


def test_receipts_of_a_sector_state_the_flow_so_a_share_of_them_is_checked():
    text = ("Sri Lanka's tea exports fell in 2023.\n\n"
            "Receipts from the sector stood at $1,000 million in 2023.\n\n"
            "Breakdown (2023):\n"
            "* Black tea: $700 million, {share} of the sector's total\n"
            "* Green tea: $300 million\n")
    assert errors(text.format(share="70.0%")) == []
    assert errors(text.format(share="80.0%")) != []


def test_a_unit_line_scales_the_table_below_and_is_no_figure():
    text = ("Guangxi's trade in 2023.\n\n"
            "Table 3: Foreign trade, 2023\n"
            "Unit: 100 million yuan\n\n"
            "Item                      Value     Growth (%)\n"
            "Total imports and exports  {total}    5.0\n"
            "Exports                    4,000     6.0\n"
            "Imports                    3,000     4.0\n")
    claims = reading(text.format(total="7,000"))["claims"]
    assert not any(c["text"] == "100 million yuan" for c in claims)
    assert claim(text.format(total="7,000"), "4,000")["value"] == 400_000_000_000
    assert claim(text.format(total="7,000"), "4,000")["measure"] == "exports"
    assert errors(text.format(total="7,000")) == []
    assert errors(text.format(total="8,000")) != []
