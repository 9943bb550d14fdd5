"""Iranian press (round 70): the sign word before a volume's change carries to the value's
change after it ("down 4.6 percent in weight and 8.1 percent in value"); a change said in a
sentence that gives a tonnage and no money is the tonnage's; rows of a table labelled with
different units are never parts of one total; a unit of measure before a bracketed value is
no product, the list item's label is ("Corn: 4.62 million tons ($1.05 billion)"); a word of
another measure said of a money figure between it and a percentage is that figure's ("the
rate of 42,000 rials, made up 16% of"); a paragraph that opens on "the figure", in a reported clause too, keeps
the pair of the one before; "City, Month Day, AGENCY -" is a dateline; "last year's
corresponding period" is the period in hand a year back."""
from readings import claim, errors


def test_a_sign_word_said_once_carries_to_the_value_change_after_the_volume_change():
    text = ("Kenya's non-oil exports came to 136.4 million tons worth $47.82 billion in 2023, "
            "down 4.6 percent in weight and {pct} percent in value compared with 143.0 million tons "
            "and $52.06 billion in 2022.")
    assert claim(text.format(pct="8.1"), "8.1 percent")["direction"] == -1
    assert errors(text.format(pct="8.1")) == []
    assert errors(text.format(pct="9.1")) != []


def test_a_change_in_a_sentence_of_a_tonnage_and_no_money_is_the_tonnage_change():
    text = ("Kenya exported 31.5 million tons of petrochemical products in 2023, showing a 7.9 "
            "percent rise compared to the previous year. The value of the exports, however, fell "
            "11.4 percent to $12.96 billion. In 2022 the country shipped 29.2 million tons of "
            "petrochemicals worth $14.62 billion abroad.")
    assert errors(text) == []


def test_table_rows_in_different_units_are_no_parts_of_one_total():
    text = ("Non-oil trade in the first month:\n\n"
            "                          This year   Last year   Change (%)\n"
            "Exports (million tonnes)        8.12        7.41         +9.6\n"
            "Exports (billion $)             3.46        3.05        +13.4\n"
            "Imports (million tonnes)        2.31        2.47         -6.5\n"
            "Imports (billion $)             {imp}        4.36         -5.5\n"
            "Total (million tonnes)         10.43        9.88         +5.6\n"
            "Total (billion $)               7.58        7.41         +2.3\n")
    assert errors(text.format(imp="4.12")) == []
    assert errors(text.format(imp="4.62")) != []


def test_a_list_item_gives_its_label_not_its_unit_as_the_product():
    text = ("Ruritania imported 10.87 million tons of basic goods worth $4.05 billion in 2023.\n\n"
            "The breakdown of the imports is as follows:\n\n"
            "* Corn: 4.62 million tons (${corn} billion)\n"
            "* Barley: 3.93 million tons ($1.43 billion)\n"
            "* Rice: 2.32 million tons ($1.57 billion)\n")
    assert claim(text.format(corn="1.05"), "$1.05 billion")["commodity"] == "corn"
    assert errors(text.format(corn="1.05")) == []
    assert errors(text.format(corn="1.55")) != []


def test_a_word_of_another_measure_said_of_a_money_figure_before_is_that_figures():
    text = ("Ruritania imported basic goods worth $4.05 billion in 2023. The goods, which are bought "
            "with dollars allocated at the preferential rate of 42,000 rials, made up 16% of the value "
            "of the country's total imports of $25.3 billion.")
    assert claim(text, "16%")["kind"] == "share"
    assert errors(text) == []


def test_a_paragraph_opening_on_the_figure_in_a_reported_clause_keeps_the_pair():
    text = ("Iran's exports to Iraq hit $2.93b in 4 months\n\n"
            "Tehran, July 30, IRNA - Iran exported non-oil goods worth $2.93 billion to Iraq during the "
            "first four months of 2018, an official said on Monday.\n\n"
            "Hamid Hosseini told IRNA that the figure shows an 11.4 percent rise compared to ${base} "
            "billion in the same period of last year.\n\n"
            "Iraq accounted for 21.1 percent of Iran's total non-oil exports, which reached $13.9 "
            "billion in the four-month period.\n")
    assert claim(text.format(base="2.63"), "11.4 percent", published="2018-07-30")["partner"] == "IRQ"
    assert errors(text.format(base="2.63"), published="2018-07-30") == []
    assert errors(text.format(base="2.33"), published="2018-07-30") != []


def test_last_years_corresponding_period_is_the_period_in_hand_a_year_back():
    text = ("Kenya's imports reached $5.52 billion in the first nine months of 2023. Imports fell "
            "3.2% compared with last year's corresponding period when they stood at ${base} billion.")
    assert claim(text.format(base="5.70"), "$5.70 billion")["period"] == "2022-01/2022-09"
    assert errors(text.format(base="5.70")) == []
    assert errors(text.format(base="6.70")) != []
