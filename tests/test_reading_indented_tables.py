"""A table pasted as an indented block: its header's first cell is its label, not an empty
cell, so the block is read as a table, and its column years date only its own cells, not
the prose after it."""
from readings import claim, errors
from tradecheck.extract.aligned_tables import pipe_aligned

SURVEY = ("Total exports grew by 5.0 per cent from KSh 600.0 billion in 2022 to KSh 630.0 billion in 2023.\n\n"
          "Table 3.1: Exports, KSh billion\n\n"
          "    Item               2022      2023\n"
          "    Total exports     600.0     630.0\n"
          "    Coffee             60.0      63.0\n\n"
          "Coffee earned KSh 63.0 billion, accounting for {share} per cent of total export earnings.\n")


def test_an_indented_block_is_a_table_with_its_labels_in_the_first_column():
    lines = pipe_aligned(SURVEY.format(share="10.0")).splitlines()
    header, row = lines[4], lines[5]
    assert [c.strip() for c in header.split("|")] == ["Item", "2022", "2023"]
    assert [c.strip() for c in row.split("|")] == ["Total exports", "600.0", "630.0"]


def test_the_header_years_of_an_indented_table_do_not_date_the_prose_after_it():
    text = SURVEY.format(share="10.0")
    assert claim(text, "KSh 63.0 billion")["period"] == "2023"
    assert errors(text) == []


def test_a_share_off_against_the_year_after_the_table_is_flagged():
    assert errors(SURVEY.format(share="15.0")) != []


def test_a_header_indented_past_its_rows_still_has_an_empty_label_cell():
    text = "Exports, $bn\n\n            2022     2023\nChina       10.0     12.0\nJapan        8.0      9.0\n"
    assert "|2022" in pipe_aligned(text) and pipe_aligned(text).splitlines()[2].rstrip().endswith("|2023")
