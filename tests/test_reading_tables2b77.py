"""Tables and their words (round 77, second part). A table pasted from a PDF whose stacked
header is of words alone ("Interprovincial   International" over "exports   exports") with a
line naming the money unit of the whole table ("$ billions (current dollars)") is read, its
columns of the caption's or the text's period; a province's cell under "Interprovincial" is its
sales to the rest of its country, one under "International" its sales abroad. A product's
phrase never ends on a share noun ("Energy share of exports: 73.6%" is energy's share). A
clause opened by "as" whose subject is a balance naming no place ("Asia cushions SA as trade
deficit widens to R40.0bn") is the reporter's own balance, not the two places' before it; a
caption's currency of letters glued to its scale ("(Rbn)") is its table's unit."""
from readings import claim, errors

PROVINCES = ("Interprovincial exports of goods and services totalled $300.5 billion in 2019. "
             "Quebec sold $70.1 billion of goods and services to other provinces.\n\n"
             "Table 2\n"
             "Exports of goods and services, by province, 2019\n\n"
             "                              Interprovincial   International\n"
             "                                  exports           exports\n"
             "                                $ billions (current dollars)\n"
             "Quebec                              {q}            110.2\n"
             "Ontario                            150.3            240.7\n"
             "Alberta                             80.1            100.5\n")


def test_a_table_under_a_stacked_header_of_words_and_a_unit_line_is_read():
    text = PROVINCES.format(q="70.1")
    assert claim(text, "150.3", published="2020-11-08")["partner"] == "CAN"
    assert claim(text, "240.7", published="2020-11-08")["partner"] == "WLD"
    assert claim(text, "240.7", published="2020-11-08")["period"] == "2019"
    assert errors(text, published="2020-11-08") == []


def test_a_province_cell_under_interprovincial_is_checked_against_the_text():
    assert errors(PROVINCES.format(q="75.1"), published="2020-11-08") != []


HIGHLIGHTS = ("Alberta's international merchandise exports reached C$200.0 billion in 2022.\n\n"
              "Key figures\n"
              "- Total exports: C$200.0 billion\n"
              "- Energy share of exports: {share}%\n\n"
              "Energy exports rose 10.0% from C$130.0 billion in 2021.")


def test_a_share_noun_is_no_part_of_the_product():
    text = HIGHLIGHTS.format(share="71.5")
    assert claim(text, "71.5%", published="2023-04-30")["commodity"] == "energy"
    assert errors(text, published="2023-04-30") == []
    assert errors(HIGHLIGHTS.format(share="75.5"), published="2023-04-30") != []


REGIONS = ("Asia cushions SA as trade deficit widens to R40.0bn\n\n"
           "South Africa's exports rose to R500.0bn in 2013, while imports came to R540.0bn.\n\n"
           "SA's trade by region, 2013 (Rbn)\n\n"
           "Region          Exports   Imports   Balance\n"
           "Asia              200.0     100.0     100.0\n"
           "Europe            150.0     260.0    {europe}\n"
           "Other             150.0     180.0     -30.0\n"
           "Total             500.0     540.0     -40.0\n")


def test_a_balance_in_a_clause_after_as_is_the_reporters_own():
    text = REGIONS.format(europe="-110.0")
    assert claim(text, "R40.0bn", published="2014-02-28")["partner"] == "WLD"
    assert errors(text, published="2014-02-28") == []


def test_a_caption_in_rand_billions_gives_the_tables_unit():
    text = REGIONS.format(europe="-110.0")
    assert claim(text, "260.0", published="2014-02-28")["currency"] == "ZAR"
    assert errors(REGIONS.format(europe="-115.0"), published="2014-02-28") != []
