"""Nickel and mining (round 70): a dash in a plain table's row is an empty cell, not the end
of a data row; a figure's share in brackets after it in a table cell is no cell of its own,
and a table set wholly with leader dots adds up to its total row; "the total" of a share
whose part the text's one product may be of is not said, so not checked; a form of a product
("nickel matte") owning a "whose exports" clause is a product's flow; "Together with X,
whose exports were worth A, <flow> totaled B" is the text's product and A added; a
headline's word glossed in the lead as the acronym of a product is the text's product;
tonnes said wet are a unit; CFP francs are a currency."""
from readings import claim, errors


def test_a_dash_in_a_row_is_an_empty_cell_not_a_header():
    text = ("Freedonia's copper imports ('000t)\n\n"
            "Origin           2023       2022      ±%    Share %\n"
            "Ruritania         5,000      4,000   +25.0       50.0\n"
            "Sylvania          {syl}          -       -       30.0\n"
            "Others            2,000      1,600   +25.0       20.0\n"
            "Total            10,000      5,600   +78.6      100.0\n")
    assert errors(text.format(syl="3,000")) == []
    assert errors(text.format(syl="3,800")) != []


def test_a_leader_table_adds_up_to_its_total_row():
    text = ("Ruritania's mineral output value, first half\n\n"
            "Mineral output value, January-June 2023\n"
            "(in billion crowns; share of total in parentheses)\n"
            "Gold .................... 20.00 (40.0%)\n"
            "Nickel ore .............. 15.00 (30.0%)\n"
            "Copper concentrate ...... {cu}\n"
            "Silver, chromite ........  5.00\n"
            "TOTAL ................... 50.00\n")
    assert errors(text.format(cu="10.00")) == []
    assert errors(text.format(cu="10.60")) != []


def test_the_total_of_a_part_of_the_texts_product_is_not_said():
    # (places the tool knows: a share's whole is looked up by its reporter)
    text = ("Smelters lift iron, steel exports to record $20.0b\n\n"
            "Peru's exports of iron and steel, a category now led by ferronickel, climbed to a "
            "record US$20.0 billion last year, up 25.0 percent from $16.0 billion in 2022.\n\n"
            "The category accounted for 10.0 percent of the country's total exports of $200.0 "
            "billion in 2023.\n\n"
            "China remained by far the biggest buyer, taking $12.0 billion worth, or 60.0 percent "
            "of the total, followed by India.")
    assert errors(text, "2024-02-16") == []


def test_a_whose_clause_on_a_form_of_a_product_is_its_flow():
    text = ("Ruritania's exports of copper rose in 2023. Together with nickel matte, whose "
            "exports were worth $3.8 billion, the metals shipped came to $9.0 billion.")
    assert claim(text, "$3.8 billion")["measure"] == "exports"


def test_together_with_a_product_the_flow_totals_the_texts_product_and_it():
    text = ("HPAL Boom: MHP Exports Double to US$3.0 Billion\n\n"
            "Peru's exports of mixed hydroxide precipitate (MHP), a nickel intermediate, "
            "doubled in 2023.\n\n"
            "Customs data show MHP exports reached US$3.0 billion last year, compared with "
            "US$1.5 billion in 2022.\n\n"
            "Together with nickel matte, whose exports were worth US${matte} billion, "
            "Peru's exports of battery nickel intermediates totaled US$6.8 billion in 2023.")
    assert errors(text.format(matte="3.8")) == []
    assert errors(text.format(matte="3.5")) != []


def test_wet_tonnes_are_a_unit_and_cfp_francs_a_currency():
    text = ("Freedonia's nickel exports fell 20.0 percent in 2023 to 40.0 billion CFP francs. "
            "Nickel exports were worth 50.0 billion CFP francs in 2022.\n\n"
            "Nickel ore exports totalled 4.00 million wet tonnes, of which {jp} million tonnes "
            "went to Japan and 1.50 million tonnes to Ruritania.\n\n"
            "($1 = 110.0 CFP francs)")
    assert claim(text.format(jp="2.50"), "40.0 billion CFP francs")["currency"] == "XPF"
    assert errors(text.format(jp="2.50")) == []
    assert errors(text.format(jp="3.50")) != []
    assert not any(c["text"] == "$1" for c in __import__("readings").reading(text.format(jp="2.50"))["claims"])
