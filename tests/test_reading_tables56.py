"""Tables and "of that" parts (round 56): a table row labelled with two places joined by a
dash is their trade both ways, and a place "involved in" flows sums several pairs (no one
partner); a buyer's part "of that" figure is of that figure's product, and so is the share
restating it; a table of ranked exporters under a bare "Country" header gives each row's
own exports to the world, and a "Top N total" row is the sum of the N rows above it."""
from readings import reading, errors, claim


def test_a_row_labelled_with_a_pair_of_places_is_their_trade_both_ways():
    text = ("Trade among the members reached about $5.0 billion in 2022.\n\n"
            "Largest flows (exports plus imports, $ billion):\n\n"
            "| Pair | 2022 |\n"
            "|---|---|\n"
            "| Kenya - Uganda | 2.0 |\n"
            "| Kenya - Tanzania | 1.5 |\n"
            "| Other pairs | 1.5 |\n"
            "| Total | 5.0 |\n\n"
            "Kenya was involved in flows worth $3.5 billion, or 70% of the total.")
    assert claim(text, "2.0")["measure"] == "trade_total"
    assert claim(text, "$3.5 billion")["attribution"]["pair"] == "involved-place"
    assert errors(text) == []


def test_a_buyers_part_of_that_figure_is_of_its_product():
    text = ("Peru earned $30.0bn from gold exports in 2023, about a third of its total exports. "
            "Switzerland took $12.0bn of that, or {share} per cent, ahead of India.")
    assert claim(text.format(share="40"), "$12.0bn")["commodity"] == claim(text.format(share="40"), "$30.0bn")["commodity"]
    assert errors(text.format(share="40")) == []


def test_a_ranked_exporters_table_gives_each_rows_own_exports():
    text = ("The leading exporters of 2023.\n\n"
            "Top 3 goods exporters, 2023 (US$ billions)\n\n"
            "| Rank | Country | Exports |\n"
            "|---|---|---|\n"
            "| 1 | Italy | 600 |\n"
            "| 2 | Mexico | 590 |\n"
            "| 3 | Canada | 570 |\n"
            "| | Top 3 total | {total} |\n")
    c = claim(text.format(total="1,760"), "590")
    assert (c["reporter"], c["partner"]) == ("MEX", "WLD")
    assert errors(text.format(total="1,760")) == []
    assert errors(text.format(total="1,860")) != []
