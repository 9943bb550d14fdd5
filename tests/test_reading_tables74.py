"""Tables, lists and bullets (round 74): a row naming no product of its own (a place, "Others",
"Total") under a table's title that names one product ("Top destinations for non-oil and gas
exports, 2014") shares out that product. A bullet "Label: LEVEL (YEAR: LEVEL), +P%" under a
caption that gives the unit is the label's level, with its earlier level and change after it.
A sentence that singles out a product with no figure ("Cinnamon performed well.") makes the bare
"Exports" of the next sentence that product's; and a change column beside columns of two periods
that each head several (a quantity and a value a year) is the change between those periods. A
bullet's product does not carry past the end of its list: "these products" after it are the
whole the list split. A number written in groups of digits and scale words ("2 million 768
thousand 268 light vehicles") is one number. A line of a list indented under another is a part
of that line's figure ("Automotive" and "Non-automotive" make "Manufacturing", not all exports).
Bare brackets after levels beside a bracket naming an annual rate ("(annual rate: 5.1%)", "(1.8%
annual)") are rates, never shares. "A rise of P% in non-oil exports" is the change of the product
after it. (Where a check needs a pair, a real country reports: an invented one gives the figures
no pair to check.)"""
from readings import claim, errors


_PARTNERS = ("Indonesia's non-oil and gas exports totaled $145.08 billion in 2014, while oil and "
             "gas exports reached $31.21 billion, for total exports of $176.29 billion.\n\n"
             "Top destinations for non-oil and gas exports, 2014\n"
             "Country          Value ($ billion)   Share (%)\n"
             "China                 17.61            12.14\n"
             "Japan                 {japan}            10.05\n"
             "Others               112.89            77.81\n"
             "Total                145.08           100.00\n")


def test_the_rows_of_a_table_share_out_the_product_its_title_names():
    text = _PARTNERS.format(japan="14.58")
    assert errors(text, published="2015-01-16") == []
    assert claim(text, "145.08", published="2015-01-16")["commodity"] == "non-oil and gas"
    assert claim(text, "17.61", published="2015-01-16")["commodity"] == "non-oil and gas"
    assert errors(_PARTNERS.format(japan="15.58"), published="2015-01-16") != []


def test_a_bullet_gives_its_level_its_earlier_level_and_its_change():
    text = ("Freedonia's merchandise exports reached US$ 13,021.7 Mn in 2025, up 1.96% from "
            "US$ 12,771.5 Mn in 2024.\n\n"
            "Key sectors, Jan-Dec (US$ Mn)\n"
            "- Apparel & Textiles: 4,851.6 (2024: 4,720.3), +2.78%\n"
            "- Rubber-based Products: 1,062.4 (2024: 1,019.5), +4.21%\n"
            "- Coconut-based Products: 1,104.7 (2024: 900.8), +22.64%\n")
    assert errors(text, published="2026-01-16") == []
    rubber = claim(text, "1,062.4", published="2026-01-16")
    assert (rubber["kind"], rubber["commodity"]) == ("amount", "rubber-based products")
    assert claim(text, "+22.64%", published="2026-01-16")["commodity"] == "coconut-based products"


_SPICES = ("Export earnings from spices fell to US$ 374.6 Mn in 2015 from US$ 405.8 Mn in 2014.\n\n"
           "Cinnamon, the country's flagship spice, performed well. Exports increased 10.5% in "
           "value to US$ 178.3 Mn.\n\n"
           "Product          2014 Qty(MT)  2014 US$ Mn  2015 Qty(MT)  2015 US$ Mn  Value Chg %\n"
           "Cinnamon           14,850        161.4        16,210        178.3        10.5\n"
           "Pepper             16,420        133.8        14,870         {pepper}       -26.3\n"
           "Other Spices       12,285        110.6        10,937         97.7       -11.7\n"
           "TOTAL              43,555        405.8        42,017        374.6        -7.7\n")


def test_exports_after_a_product_singled_out_are_that_product_s():
    text = _SPICES.format(pepper=" 98.6")
    assert errors(text, published="2016-03-15") == []
    assert claim(text, "US$ 178.3 Mn", published="2016-03-15")["commodity"] == "cinnamon"


def test_a_change_column_beside_a_quantity_and_a_value_a_year_is_between_the_years():
    text = _SPICES.format(pepper=" 98.6")
    change = claim(text, "10.5", published="2016-03-15")
    assert (change["period"], change.get("base_period")) == ("2015", "2014")
    assert errors(_SPICES.format(pepper="118.6"), published="2016-03-15") != []


_MACRO_SECTORS = ("Freedonia's non-mining energy exports totaled US$12,926 million in 2018, 4.1% more "
                  "than the US$12,417 million of 2017.\n\n"
                  "By macro-sector, sales were distributed as follows:\n\n"
                  "- Agroindustry: US$6,702 million (51.8%)\n"
                  "- Chemicals and life sciences: US$2,911 million (22.5%)\n"
                  "- Metalworking and other industries: US$2,478 million (19.2%)\n"
                  "- Fashion system: US$835 million (6.5%)\n\n"
                  "The United States was the main destination of these products, with purchases of "
                  "US$3,384 million, equivalent to 26.2% of the total.\n")


def test_a_bullet_s_product_does_not_carry_past_the_end_of_its_list():
    text = _MACRO_SECTORS
    assert errors(text, published="2019-02-21") == []
    assert claim(text, "US$3,384 million", published="2019-02-21")["commodity"] == "non-mining energy"


def test_a_number_written_in_groups_of_digits_and_words_is_one_number():
    text = ("Freedonia exported 2 million 768 thousand 268 light vehicles in 2016, a decrease of "
            "0.2 percent compared with the 2 million 773 thousand 781 units shipped in 2015.\n")
    assert errors(text, published="2017-01-06") == []
    wrong = text.replace("0.2 percent", "2.2 percent")
    assert errors(wrong, published="2017-01-06") != []


_RATES = ("Mexico's merchandise exports in March were 40,454.2 million dollars, an annual rate "
          "of 3.9%. This figure was the result of a rise of 4.8% in non-oil exports and a fall of "
          "8.6% in oil exports.\n\n"
          "- Oil exports: 2,415.6 million dollars\n"
          "- Non-oil exports: 38,038.6 million dollars, of which:\n"
          "  - Manufacturing: 35,735.4 million dollars (annual rate: 5.1%)\n"
          "      Automotive: {auto} million dollars (6.3%)\n"
          "      Non-automotive: 22,854.9 million dollars (4.4%)\n"
          "  - Agricultural and livestock: 1,767.3 million dollars (2.2%)\n\n"
          "By type of good, imports of consumer goods were 5,035.4 million dollars (1.8% annual), "
          "imports of intermediate goods 30,374.1 million dollars (6.1%) and imports of capital "
          "goods 3,588.3 million dollars (2.9%).\n")


def test_a_line_indented_under_another_is_a_part_of_it():
    text = _RATES.format(auto="12,880.5")
    assert errors(text, published="2019-04-26") == []
    assert errors(_RATES.format(auto="13,880.5"), published="2019-04-26") != []


def test_bare_brackets_beside_a_bracket_naming_an_annual_rate_are_rates():
    text = _RATES.format(auto="12,880.5")
    for figure in ("5.1%", "6.3%", "1.8%", "6.1%"):
        assert claim(text, figure, published="2019-04-26")["kind"] == "percent_change"


def test_a_rise_of_p_percent_in_a_product_s_flow_is_that_product_s():
    text = _RATES.format(auto="12,880.5")
    assert claim(text, "4.8%", published="2019-04-26")["commodity"] == "non-oil"
    assert claim(text, "8.6%", published="2019-04-26")["commodity"] == "oil"
