"""Peruvian and Andean agro-exports (round 73): a share "of the cultivated area" is of land, no
share of a money figure (vocab/non_trade_wholes.csv). A year before a percent sign in a table's
header of year columns ("Share 2015 %") names a column, no figure. A product's apposition ("Fresh
asparagus, the main presentation, dropped") leaves the product the subject. The change column of a
table captioned in a unit of quantity ("(million boxes)") is a change in volume, no change of a
value. "N million pounds" is a weight where the text gives pounds in tonnes in brackets. A figure
in a relative clause right after a product (", ahead of banana, which generated") is that
product's. A list of places under a caption of places alone ("Main markets in 2022:") may be of
the headline's product or of all goods, and its last line "Rest of the world" is the rest of the
places the list gave, so the list's own figures are still checked against each other. A period
after "compared with" and a figure dates that level, not a change later in the sentence. A place
whose apposition opens on an adverb ("Bolivia, traditionally the main supplier, exported") is
the subject that exports. A change of a flow whose sentence names no money ("nearly doubled its
quinoa exports") in a text that gives the flow in tonnes may be of the volume: a conflict resting
on it is unverifiable. A sector glued to its flow word ("non-traditional agro-exports") is the
sector's exports. Goods a cause after a figure names are the figure's own when a relative clause
on them runs to it (", mainly due to lower shipments of coffee, which dropped 5.3%"). A product
ranked by an ordinal after a ranked leader ("Blueberries came second with") is the product of
its figure. (Where a check needs a pair, a real country reports: an invented one gives the
figures no pair to check.)"""
from readings import claim, errors, reading


def test_a_share_of_the_cultivated_area_is_no_share_of_money():
    text = ("Colombia's flower exports reached US$1,468 million in 2017, 12% more than the US$1,311 "
            "million of 2016. The United States bought US$1,129 million, equivalent to {share}% of total "
            "sales. Cundinamarca concentrates about 72% of the cultivated area.")
    assert claim(text.format(share="76.9"), "72%", published="2018-02-08")["measure"] == "other"
    assert errors(text.format(share="76.9"), published="2018-02-08") == []
    assert errors(text.format(share="86.9"), published="2018-02-08") != []


def test_a_year_before_a_percent_sign_in_a_header_is_a_column():
    text = ("Ruritanian asparagus exports totalled US$ 556.7 million in 2015.\n\n"
            "ASPARAGUS EXPORTS BY PRESENTATION (FOB US$ million)\n"
            "Presentation          2014      2015     Var. %    Share 2015 %\n"
            "Fresh or chilled      422.6     398.2     -5.8        71.5\n"
            "Preserved             173.6     158.5     -8.7        28.5\n"
            "Total                 596.2     556.7     -6.6       100.0\n")
    assert not [c for c in reading(text)["claims"] if c["text"].startswith("2015")]
    assert errors(text) == []


def test_a_products_apposition_leaves_it_the_subject():
    text = ("Ruritanian asparagus exports totalled US$ 556.7 million in 2015, a fall of 6.5% compared with "
            "the US$ 595.3 million of 2014.\n\n"
            "Fresh asparagus, the main presentation, dropped 5.8% in value to US$ 398.2 million.")
    assert claim(text, "US$ 398.2 million")["commodity"] == "fresh asparagus"
    assert errors(text) == []


def test_changes_in_a_table_in_boxes_are_no_value_changes():
    text = ("Ecuador exported 358.7 million boxes of banana in 2019, 7.0% more than the 335.2 million "
            "boxes shipped in 2018. FOB value is estimated at US$ 3,295 million, up 2.8% from US$ 3,206 "
            "million.\n\n"
            "BANANA EXPORTS BY DESTINATION (million boxes)\n"
            "Destination          2018      2019     Var. %\n"
            "European Union      {eu}     100.4       6.7\n"
            "Others              241.1     258.3       7.1\n"
            "TOTAL               335.2     358.7       7.0\n")
    assert not [c for c in reading(text.format(eu="94.1"), published="2020-01-30")["claims"] if c["text"] == "7.0"]
    assert errors(text.format(eu="94.1"), published="2020-01-30") == []
    assert errors(text.format(eu="97.1"), published="2020-01-30") != []


def test_pounds_given_in_tonnes_are_a_weight():
    text = ("Ecuadorian shrimp exports reached USD 6,712 million in 2022. In volume, the country shipped "
            "2,358 million pounds (around 1.07 million tonnes), 26.6% more than the 1,863 million pounds "
            "of the previous year.")
    assert not [c for c in reading(text, published="2023-01-24")["claims"] if "pounds" in c["text"]]
    assert errors(text, published="2023-01-24") == []


def test_a_figure_after_a_product_and_which_is_that_products():
    text = ("Ruritanian shrimp exports reached USD 6,712 million in 2022. Shrimp consolidated its position "
            "as the first non-oil export product, ahead of banana, which generated USD 3,481 million.")
    assert claim(text, "USD 3,481 million")["commodity"] == "bananas"
    assert errors(text) == []


def test_a_list_under_main_markets_and_its_rest_of_the_world():
    text = ("Shrimp closes 2022 as Ecuador's top export\n\n"
            "Ecuadorian shrimp exports reached USD 6,712 million in 2022.\n\n"
            "Main markets in 2022:\n"
            "- China: USD 3,705 million (55.2%)\n"
            "- European Union: USD 1,148 million (17.1%)\n"
            "- United States: USD 1,034 million (15.4%)\n"
            "- Rest of the world: USD {rest} million (12.3%)\n\n"
            "Shrimp is ahead of banana, which generated USD 3,481 million.")
    assert errors(text.format(rest="825"), published="2023-01-24") == []
    assert errors(text.format(rest="1,025"), published="2023-01-24") != []


def test_a_period_after_a_compared_level_dates_that_level():
    text = ("Peruvian shipments reached 36,230 tonnes last year, compared with 18,790 tonnes in 2013, while "
            "their value rose {rise} percent to $196.6 million from $79.6 million.")
    assert claim(text.format(rise="147"), "$196.6 million", published="2015-01-28")["period"] == "2014"
    assert errors(text.format(rise="147"), published="2015-01-28") == []
    assert errors(text.format(rise="127"), published="2015-01-28") != []


def test_a_place_with_an_adverb_before_its_apposition_exports():
    text = ("Peru's quinoa exports reached $196.6 million in 2014. Bolivia, traditionally the main "
            "supplier, exported some 29,600 tonnes worth about $186.3 million.")
    found = claim(text, "$186.3 million", published="2015-01-28")
    assert (found["reporter"], found["partner"]) == ("BOL", "WLD")


def test_a_change_with_no_money_in_a_text_with_tonnes_may_be_of_volume():
    text = ("Peru nearly doubled its quinoa exports in 2014.\n\n"
            "Peruvian shipments reached 36,230 tonnes last year, compared with 18,790 tonnes in 2013, while "
            "their value rose 147 percent to $196.6 million from $79.6 million.")
    assert errors(text, published="2015-01-28") == []
    assert [f for f in reading(text, published="2015-01-28")["findings"] if "doubled" in f["message"]
            and f["status"] == "unverifiable"]


def test_a_sector_glued_to_its_flow_word_is_the_sectors_exports():
    text = ("Peru's agricultural exports reached a record US$9.823 billion in 2023, a rise of {rise}% compared "
            "with the US$9.436 billion posted in 2022. Non-traditional agro-exports totaled US$8.791 "
            "billion, up 5.2% from US$8.357 billion a year earlier.")
    found = claim(text.format(rise="4.1"), "US$8.791 billion", published="2024-02-07")
    assert (found["measure"], found["commodity"]) == ("exports", "non-traditional agro")
    assert errors(text.format(rise="4.1"), published="2024-02-07") == []
    assert errors(text.format(rise="6.1"), published="2024-02-07") != []


def test_goods_of_a_cause_with_a_relative_clause_own_its_figure():
    text = ("Ruritania's agricultural exports reached US$9.823 billion in 2023. Traditional exports fell "
            "4.4% to US$1.032 billion, mainly due to lower shipments of coffee, which dropped 5.3% to "
            "US$822 million from US$868 million.")
    assert claim(text, "US$822 million")["commodity"] == "coffee"
    assert errors(text) == []


def test_a_product_ranked_second_after_the_leading_product():
    text = ("Ruritania's agricultural exports reached US$9.823 billion in 2023.\n\n"
            "Fresh table grapes became the leading agricultural export product, with US$1.529 billion.\n\n"
            "Blueberries came second with US$1.384 billion.")
    assert claim(text, "US$1.384 billion")["commodity"] == "blueberries"
    assert errors(text) == []
