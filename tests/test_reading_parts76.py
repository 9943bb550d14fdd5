"""Parts and wholes (round 76). A product named among the parts of two sectors of one flow
("fishing" under traditional exports, "fishing products" under non-traditional ones) is two
quantities, not one said twice. An "other" class of a flow named for one period ("Other exports
totaled US$24 million") is a third class in every period, so the two named classes alone make
no year-ago total. A one-figure row indented under a table's row is a part of that row, not a
row of the table: the table goes on under its header, and the items do not exceed their row. A
per-cent column whose total row is not 100 holds each row's own ratio of its two levels: it is
never summed, and each row's figure is its own first level over its second. The sectors a
paragraph names and the other products closing it add up to the whole flow, and a sector named
as its clause's subject ("The extractive industry ... exported") is a part, no restatement of
the whole. A change in brackets right after a product ("higher purchases of raw materials and
intermediate products (+11.1%)") is that product's, not the whole flow's. A list that names its buying verb once ("The United States bought US$ 36.9 billion
(10.9%) and Argentina, US$ 16.7 billion") keeps that flow past the first item's share. A
deficit with a group and with the places outside it splits the deficit the text gives in goods.
(Where a check needs a pair, real countries trade: an invented one gives the figures no pair to
check.)"""
from readings import claim, errors


_SECTORS = ("Peru's exports totaled US$5.000 billion in May 2023, 2.0% more than in the same month last year "
            "(US$4.902 billion).\n\n"
            "Traditional exports amounted to US$3.500 billion, up from US$3.420 billion a year earlier. Mining "
            "products contributed US$3.000 billion, followed by fishing (US$300 million) and agricultural products "
            "(US$200 million).\n\n"
            "Meanwhile, non-traditional exports reached US$1.450 billion, above the US$1.{nt} billion recorded in "
            "May 2022, led by chemicals (US$900 million) and fishing products (US$150 million). Other exports "
            "totaled US$50 million.\n")


def test_a_product_under_two_sectors_is_two_quantities():
    text = _SECTORS.format(nt="400")
    assert errors(text, published="2023-07-10") == []
    assert claim(text, "US$300 million", published="2023-07-10")["commodity"] == "fishing"
    assert claim(text, "US$150 million", published="2023-07-10")["commodity"] == "fishing"


def test_an_other_class_leaves_two_classes_short_of_the_total_in_every_period():
    # (4.902 is no sum of 3.420 and a changed 1.400: the third class, "other", is in it unsaid)
    assert errors(_SECTORS.format(nt="400"), published="2023-07-10") == []
    assert errors(_SECTORS.format(nt="300"), published="2023-07-10") == []


_SUB_ROWS = ("RURITANIA: IMPORTS BY USE\n"
             "January - June, US$ million\n\n"
             "                                         2022      2023    Var.%\n"
             "Consumer goods                        1,200.0   1,250.0     4.2\n"
             "Raw materials and intermediate goods  2,500.0   2,800.0    12.0\n"
             "  - Fuels and lubricants                          900.0\n"
             "  - For industry                                {ind}\n"
             "  - For agriculture                               200.0\n"
             "Capital goods                         1,300.0   1,320.0     1.5\n"
             "TOTAL                                 5,000.0   5,370.0     7.4\n")


def test_indented_items_are_parts_of_their_row_not_of_the_total():
    assert errors(_SUB_ROWS.format(ind="1,700.0")) == []
    changed = errors(_SUB_ROWS.format(ind="1,900.0"))
    assert changed and "Raw materials and intermediate goods" in changed[0]


def test_the_table_goes_on_under_its_header_past_the_items():
    # (the change column after the items is still a change column: checked as a change, never
    # added up down the rows, 4.2 + 12.0 + 1.5 against the total's 7.4)
    text = _SUB_ROWS.format(ind="1,700.0").replace("1,320.0     1.5", "1,320.0     2.5")
    changed = errors(text)
    assert changed and all(" + " not in m for m in changed) and "stated as \"2.5\"" in changed[0]


_OWN_RATIOS = ("The table below shows the members' exports to the union:\n\n"
               "Member           Exports to union   Total exports   Share\n"
               "                 (US$ million)      (US$ million)   (%)\n"
               "Ruritania             1,000.0             10,000.0      10.0\n"
               "Freedonia               500.0              1,000.0      {fr}\n"
               "Grand Fenwick           250.0              1,000.0      25.0\n"
               "Other members           250.0              3,000.0       8.3\n"
               "Union                 2,000.0             15,000.0      13.3\n")


def test_a_column_of_each_rows_own_ratio_is_its_rows_not_summed():
    assert errors(_OWN_RATIOS.format(fr="50.0")) == []
    changed = errors(_OWN_RATIOS.format(fr="55.0"))
    assert changed and "Freedonia" in changed[0]


_BY_SECTOR = ("Brazil's exports reached US$ 339.6 billion in 2023, while imports fell to US$ 240.8 billion.\n\n"
              "By sector, manufacturing remained the largest exporter, with US$ 170.9 billion in sales. The "
              "extractive industry, which includes oil and iron ore, exported US$ 86.1 billion, and agriculture, "
              "US$ 81.2 billion. Other products added US$ 1.4 billion.\n\n"
              "The United States bought US$ 36.9 billion (10.9%) and Argentina, US$ 16.7 billion ({ar}%).\n")


def test_sectors_named_as_subjects_are_parts_of_the_flow():
    text = _BY_SECTOR.format(ar="4.9")
    assert errors(text, published="2024-01-05") == []
    assert claim(text, "US$ 170.9 billion", published="2024-01-05")["commodity"] == "manufacturing"
    assert claim(text, "US$ 86.1 billion", published="2024-01-05")["commodity"] == "extractive"


def test_a_list_with_its_verb_said_once_keeps_the_flow_past_a_share():
    text = _BY_SECTOR.format(ar="4.9")
    assert claim(text, "US$ 16.7 billion", published="2024-01-05")["measure"] == "exports"
    assert claim(text, "US$ 16.7 billion", published="2024-01-05")["partner"] == "ARG"
    # (the verb left out is the reading's guess: a share that does not fit says so, no error)
    assert errors(_BY_SECTOR.format(ar="6.9"), published="2024-01-05") == []


_EU_SPLIT = ("Britain's trade deficit in goods widened to a record £2.2bn in August, the Office for National "
             "Statistics said yesterday.\n\n"
             "Exports fell to £13.6bn, while imports rose to £15.8bn.\n\n"
             "The deficit with the rest of the European Union was £0.9bn and the gap with countries outside "
             "the EU £{non}bn.\n")


def test_a_deficit_with_a_group_and_with_the_rest_splits_the_goods_deficit():
    assert errors(_EU_SPLIT.format(non="1.3"), published="1998-10-10") == []
    assert errors(_EU_SPLIT.format(non="1.8"), published="1998-10-10") != []


_BRACKETED_CHANGE = ("Peru's imports reached US$ 5,494.7 million in the first eight months of 2003, an increase of "
                     "6.8% compared with the same period of 2002, when they totaled US$ 5,142.9 million.\n\n"
                     "The increase of US$ 351.8 million was explained mainly by higher purchases of raw materials "
                     "and intermediate products (+11.1%).\n")


def test_a_change_in_brackets_after_a_product_is_the_products():
    assert errors(_BRACKETED_CHANGE, published="2003-09-24") == []
    assert claim(_BRACKETED_CHANGE, "+11.1%", published="2003-09-24")["commodity"] is not None
