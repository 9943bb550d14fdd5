"""Tables pasted as text (round 77). A product row that names no flow ("Coffee") is a part of
the flow the total row closing its block names ("Total exports"), even where a row of the same
flow and no total ("Other exports") stands between them, and whatever flow the paragraph above
the table was on."""
from readings import claim, errors, reading


_KEY_FIGURES = ("Kenya's trade deficit narrowed in 2021.\n\n"
                "On the import side, fuel imports amounted to US$3,100.0 million.\n\n"
                "KEY FIGURES (US$ million)\n"
                "                    2020        2021\n"
                "Coffee             210.5       {coffee}\n"
                "Tea              1,200.0     1,250.0\n"
                "Other exports    4,589.5     5,019.0\n"
                "Total exports    6,000.0     6,500.0\n"
                "Total imports   15,000.0    18,000.0\n")


def test_product_rows_take_the_flow_of_the_total_row_closing_their_block():
    text = _KEY_FIGURES.format(coffee="231.0")
    assert claim(text, "231.0", published="2022-02-01")["measure"] == "exports"
    assert claim(text, "1,200.0", published="2022-02-01")["measure"] == "exports"
    assert errors(text, published="2022-02-01") == []


def test_a_product_row_of_the_block_is_checked_against_its_total():
    assert errors(_KEY_FIGURES.format(coffee="431.0"), published="2022-02-01") != []


_GROUPED = ("Freedonia's exports rose 4.2% in the first half of 2011, the ministry said.\n\n"
            "Trade by area\n"
            "(Unit: 100 million yen, %)\n\n"
            "                    Exports             Imports            Balance\n"
            "                  Value    y/y %      Value    y/y %        Value\n"
            "Asia            120,000     11.2     90,000      9.6       30,000\n"
            "China            31,600     34.9     41,900     13.8      -10,300\n"
            "USA              64,200     -7.4     31,500     -0.9       {usa}\n")


def test_columns_under_a_line_of_group_names_take_the_group_flow():
    text = _GROUPED.format(usa="32,700")
    assert claim(text, "64,200", published="2011-07-25")["measure"] == "exports"
    assert claim(text, "-7.4", published="2011-07-25")["measure"] == "exports"
    assert claim(text, "-0.9", published="2011-07-25")["measure"] == "imports"
    assert claim(text, "32,700", published="2011-07-25")["measure"] == "balance"
    assert claim(text, "64,200", published="2011-07-25")["value"] == 6.42e12  # (the unit line's 100 million yen)
    assert errors(text, published="2011-07-25") == []


def test_a_row_of_grouped_columns_is_checked_for_its_balance():
    assert errors(_GROUPED.format(usa="35,700"), published="2011-07-25") != []


def test_a_change_after_a_labelled_count_is_the_count_s():
    text = ("Freedonia's exports rose 5.7% to 26,487.3 billion yen in January-June 2011.\n\n"
            "Exports: motor vehicles (-4.1%; number of units 2,283 thousand, -2.6%), ships (+3.0%).")
    assert claim(text, "-2.6%", published="2011-07-25")["measure"] == "other"
    assert errors(text, published="2011-07-25") == []


_ADJUSTED_BLOCK = ("[Summary]\n"
                   "Exports: 7,124.3 billion yen (+8.2% year-on-year).\n"
                   "Imports: 7,573.6 billion yen (+19.9% year-on-year).\n"
                   "Balance: -449.3 billion yen.\n\n"
                   "[Seasonally adjusted]\n"
                   "Exports: 6,870.2 billion yen (+0.8% month-on-month)\n"
                   "Imports: 7,145.7 billion yen (+2.4% month-on-month)\n"
                   "Balance: -275.5 billion yen\n")


def test_a_block_heading_naming_the_adjusted_series_gives_its_lines_that_series():
    text = "Freedonia trade statistics for October 2018\n\n" + _ADJUSTED_BLOCK
    assert claim(text, "6,870.2 billion yen", published="2018-11-19")["scope"] == "seasonally adjusted"
    assert claim(text, "7,124.3 billion yen", published="2018-11-19").get("scope") is None
    assert errors(text, published="2018-11-19") == []


def test_rows_under_a_subheading_keep_the_columns_of_the_header_above():
    text = ("Freedonia's trade by area, October 2018 (100 million yen)\n\n"
            "Area          Exports    y/y %    Imports    y/y %    Balance\n"
            "World          71,243      8.2     75,736     19.9     -4,493\n"
            "Asia           38,672      6.9     35,114     14.5      3,558\n"
            " of which\n"
            " China         13,580      8.0     17,906     13.6     -4,326\n"
            "USA            13,907      8.5      {usa}     16.2      5,967\n")
    assert errors(text.format(usa="7,940"), published="2018-11-19") == []
    assert errors(text.format(usa="7,340"), published="2018-11-19") != []


def test_a_top_n_row_closing_as_many_one_figure_rows_is_their_total():
    text = ("Freedonia's merchandise exports rose to $90.4 billion in 2012.\n\n"
            "Top Five Export Markets, 2012 ($ billions)\n\n"
            "United States        60.0\n"
            "Germany              {de}\n"
            "China                 4.4\n"
            "Mexico                2.6\n"
            "Japan                 1.2\n"
            "Top five             76.6\n")
    assert errors(text.format(de="8.4"), published="2013-05-01") == []
    assert errors(text.format(de="9.4"), published="2013-05-01") != []


def test_each_flow_s_share_column_is_checked_against_its_own_level_column():
    text = ("Freedonia's foreign trade by groups of countries in 2004\n\n"
            "| Specification | Exports EUR mln | Structure % | Imports EUR mln | Structure % |\n"
            "|---|---|---|---|---|\n"
            "| Total | 100 000,0 | 100,0 | 120 000,0 | 100,0 |\n"
            "| Developed countries | 80 000,0 | 80,0 | 90 000,0 | 75,0 |\n"
            "| Developing countries | {dev} | 6,0 | 18 000,0 | 15,0 |\n"
            "| Other countries | 14 000,0 | 14,0 | 12 000,0 | 10,0 |\n")
    assert errors(text.format(dev="6 000,0"), published="2005-02-18") == []
    assert errors(text.format(dev="9 000,0"), published="2005-02-18") != []


def test_a_total_line_under_labelled_rows_after_a_lead_in_is_their_sum():
    # (a real country: the pair must be known for the planted part to be checked)
    text = ("India's gems and jewellery exports rose 3.1% to Rs 98,100 crore in April-September 2013.\n\n"
            "The break-up of exports in rupee terms for the six months:\n\n"
            "Cut & polished diamonds: Rs 55,000 crore\n"
            "Gold jewellery: Rs {gold} crore\n"
            "Coloured gemstones and others: Rs 12,100 crore\n"
            "Total: Rs 98,100 crore\n")
    assert claim(text.format(gold="31,000"), "Rs 98,100 crore", published="2013-10-16")["measure"] == "exports"
    totals = [c for c in reading(text.format(gold="31,000"), published="2013-10-16")["claims"] if c["text"] == "Rs 98,100 crore"]
    assert all(c["measure"] == "exports" for c in totals)
    assert errors(text.format(gold="31,000"), published="2013-10-16") == []
    assert errors(text.format(gold="34,000"), published="2013-10-16") != []
