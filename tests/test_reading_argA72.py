"""Argentine and Mercosur press in English (round 72): a product named with the kind of its
origin ("Manufactures of agricultural origin (MOA)", "of industrial origin (MOI)") is a product of
its own, so two such rows are two products, never one figure stated twice. Goods named before
", whose sales abroad shrank" are the product of the change and level the relative clause gives.
A product that helped another reach a figure ("The energy account helped Argentina post a record
overall trade surplus of") is no product of that figure. A place in a participle that opens the
sentence on a viewpoint ("Seen from Buenos Aires,") is no side of the figure, and the subject
after it that "ended 2021 with a surplus of" reports that balance. A list of parts in one
sentence closed by "the remaining" is all of the whole the sentence before states, even where
that sentence also gives another period's level. A level after its change and before "on lower
... prices" is the changed flow's, the prices the cause (vocab/cause_cues.csv). (Where a check needs a pair, a real country
reports: an invented one gives the figures no pair to check.)"""
from readings import claim, errors, reading


def test_products_of_two_origins_are_two_products():
    text = ("Ruritania's exports came to US$5,000 million in June 2024.\n\n"
            "Exports by major headings, June 2024\n"
            "Heading                                          US$ million   Var. y/y %\n"
            "Primary products                                       1,500        10.0\n"
            "Manufactures of agricultural origin (MOA)              2,000         9.6\n"
            "Manufactures of industrial origin (MOI)                1,300        -4.6\n"
            "Fuels and energy                                         200         1.4\n"
            "Total                                                  5,000         5.0\n")
    assert claim(text, "2,000")["commodity"] != claim(text, "1,300")["commodity"]
    assert errors(text) == []


def test_origins_in_running_text_are_two_products():
    text = ("Freedonia's exports fell 10 percent to US$60.0 billion in 2023. Manufactures of agricultural "
            "origin (MOA) fell 29 percent to US$23.8 billion, manufactures of industrial origin (MOI) "
            "slipped 9.7 percent to US$21.4 billion.")
    assert claim(text, "US$23.8 billion")["commodity"] == "manufactures of agricultural origin"
    assert errors(text) == []


def test_goods_before_whose_sales_are_the_changes_product():
    text = ("Freedonia's exports fell 24.5 percent to US$66.79 billion in 2023 from US$88.45 billion the "
            "previous year. The hardest hit were primary products, whose sales abroad shrank {fell} percent "
            "to US$16.2 billion.")
    assert claim(text.format(fell="34.9"), "34.9 percent")["commodity"] == "primary"
    assert errors(text.format(fell="34.9")) == []


def test_a_product_that_helped_a_country_reach_a_balance_is_not_its_product():
    text = ("Argentina recorded an energy trade surplus of $5.67 billion in 2024, with energy exports of "
            "$9.68 billion and energy imports of $4.01 billion.\n\n"
            "The energy account helped Argentina post a record overall trade surplus of $18.9 billion for "
            "the year, with total exports of ${exports} billion and imports of $60.8 billion.")
    assert claim(text.format(exports="79.7"), "$18.9 billion", published="2025-01-21")["commodity"] is None
    assert errors(text.format(exports="79.7"), published="2025-01-21") == []
    assert errors(text.format(exports="81.7"), published="2025-01-21") != []


def test_the_subject_after_a_viewpoint_opener_reports_its_balance():
    text = ("Brazilian exports to Argentina rose to US$ 11.88 billion in 2021, while imports from the "
            "neighbouring country rose to US$ 11.95 billion. As a result Brazil posted a deficit of "
            "US$ 70 million in its trade with Argentina. Seen from Buenos Aires, Argentina ended 2021 "
            "with a surplus of US$ 70 million with its main Mercosur partner.")
    balances = [c for c in reading(text, published="2022-01-05")["claims"] if c["text"] == "US$ 70 million"]
    assert [(c["reporter"], c["partner"]) for c in balances] == [("BRA", "ARG"), ("ARG", "BRA")]
    assert errors(text, published="2022-01-05") == []


def test_a_list_closed_by_the_remaining_is_all_of_the_whole_before():
    text = ("Ruritanian crushers imported 4.4 million tons of soybeans, against 1.1 million tons a year "
            "earlier. Freedonia supplied {first} million tons, or more than four-fifths of the total, and "
            "Sylvania the remaining 0.8 million tons.")
    assert errors(text.format(first="3.6")) == []
    assert errors(text.format(first="3.1")) != []


def test_a_level_before_a_cause_on_prices_is_the_changes_flow():
    text = ("Argentina's exports fell 24.5 percent to US$66.79 billion in 2023 from US$88.45 billion in 2022. "
            "Fuels and energy declined 15.1 percent to US$5.39 billion on lower oil and gas prices.\n\n"
            "The whole soybean complex brought in just US$12.4 billion, compared with US$23.2 billion in "
            "2022, a fall of {fall} percent.")
    assert claim(text.format(fall="46.6"), "US$5.39 billion")["measure"] == "exports"
    assert errors(text.format(fall="46.6")) == []
    assert errors(text.format(fall="36.6")) != []


def test_a_remaining_part_after_a_whole_with_no_earlier_level_is_left_alone():
    # (the sentence before names one level and no other period's: which whole the list is all
    # of the words do not say, so nothing is summed)
    text = ("Ruritania imported around 410,000 head of live cattle in 2023.\n\n"
            "Freedonia supplied 265,000 head, about 65% of the total. Sylvania supplied 98,000 head, "
            "while Grand Fenwick accounted for the remaining 47,000 head.")
    assert errors(text) == []
