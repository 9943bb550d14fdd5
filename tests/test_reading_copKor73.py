"""Copper exporters, Dubai's trade and Korean chip releases (round 73): tonnes of fine metal
written "tmf" or "kmtf" are a physical unit, so a percentage beside them is a change in tonnes
shipped, no change in value, and the base period it names does not move the period the text is on.
A company's own money ("pre-tax earnings", "capital expenditure", "transfers to the Treasury")
is no trade flow, and what a subject counts in or leaves out (", including taxes and the royalty
on copper sales,") is an aside whose flow words do not govern the figure. Indented sub-rows of a
table aligned by spaces have the same columns as its top-level rows. The singular "diamond"
names diamonds ("The emirate's diamond trade was worth"). A numbered list under a heading that
ranks trading partners, with no flow word, holds total trade. A headline's bare noun before
"share of" ("Memory share of chip exports") is the part of the group its whole names, and a bare
"taking a 20.8% share" later in the paragraph is a part of the same group. "For four months
running" is a streak, no period. An item of a list whose verb is said once may open on a
product's acronym ("and NAND flash US$1.78 billion"). A subject opening on "Other" ("Other
mining exports") is the rest of the product, never the product as a whole. (Where a check needs
a pair, a real country reports: an invented one gives the figures no pair to check.)"""
from readings import claim, errors


def test_a_percentage_beside_tonnes_of_fine_metal_is_a_change_in_tonnes():
    text = ("Chilean copper exports totalled US$19,612.3 million in January-June 2018, an increase "
            "of 20.0% over the US$16,349.1 million recorded in the first half of 2017.\n\n"
            "In all, Chile exported 1,492.6 thousand tmf of copper, 5.0% more than the 1,421.8 "
            "thousand tmf of the first half of 2017.\n\n"
            "Copper represented 51.3% of the country's total goods exports, which amounted to "
            "US$38,240.5 million in the period. In January-June 2017 total exports were US$33,874.0 million.\n")
    assert errors(text, published="2018-07-20") == []
    assert claim(text, "US$38,240.5 million", published="2018-07-20")["period"] == "2018-H1"


def test_a_company_s_earnings_transfers_and_capital_expenditure_are_no_trade_flow():
    text = ("Ruritania Copper, the country's largest producer, generated pre-tax earnings of "
            "US$3,033 million in 2014, 22.1% less than the US$3,893 million of 2013.\n\n"
            "Transfers to the Treasury, including taxes and the 10% royalty on copper sales, "
            "totalled US$2,217 million. Capital expenditure for the year reached US$4,122 million.\n")
    assert errors(text, published="2015-03-27") == []
    for figure in ("US$3,033 million", "US$2,217 million", "US$4,122 million"):
        assert claim(text, figure, published="2015-03-27")["measure"] == "other"


_SUB_ROWS = ("In February 2024, Chile's exports of goods totalled US$7,968 million.\n\n"
             "Table 1: Exports of goods (US$ million, FOB)\n\n"
             "                              Feb-2023   Feb-2024   Var. % y/y\n"
             "EXPORTS                          7,406      7,968          7.6\n"
             "  Mining                         4,430      {mining}          5.5\n"
             "    Copper                       3,828      4,203          9.8\n"
             "  Industrial                     1,925      2,144         11.4\n")


def test_indented_sub_rows_have_the_columns_of_the_top_rows():
    text = _SUB_ROWS.format(mining="4,672")
    assert errors(text, published="2024-03-07") == []
    assert claim(text, "4,430", published="2024-03-07")["period"] == "2023-02"
    assert claim(text, "4,672", published="2024-03-07")["kind"] == "amount"
    assert errors(_SUB_ROWS.format(mining="4,972"), published="2024-03-07") != []


def test_the_singular_diamond_names_diamonds():
    text = ("Dubai's trade in gold rose 7 per cent last year to Dh274.6 billion ($74.8bn).\n\n"
            "The emirate's diamond trade was worth Dh140.3bn ($38.2bn) in 2013.\n\n"
            "Together, gold and diamonds accounted for Dh{together}bn.\n")
    assert errors(text.format(together="414.9"), published="2014-03-18") == []
    assert claim(text.format(together="414.9"), "Dh140.3bn", published="2014-03-18")["commodity"] == "diamonds"


def test_a_list_under_a_heading_of_trading_partners_holds_total_trade():
    text = ("Dubai's non-oil trade with China grew 4.8 per cent to Dh156.2 billion in 2016.\n\n"
            "Imports from China came to Dh128.7 billion, while re-exports to China came to "
            "Dh23.4 billion and direct exports Dh4.1 billion.\n\n"
            "Top five trading partners, 2016 (Dh billion)\n"
            "1. China — 156.2\n"
            "2. India — 109.8\n"
            "3. US — 72.5\n")
    assert errors(text, published="2017-05-15") == []
    assert claim(text, "109.8", published="2017-05-15")["measure"] == "trade_total"


_MEMORY = ("Memory share of chip exports climbs to 76.2%\n\n"
           "Korea's semiconductor exports reached US$10.80 billion in July. Chip exports have topped "
           "US$10 billion for four months running.\n\n"
           "Memory chip exports were US$8.23 billion and accounted for 76.2% of total semiconductor "
           "exports. System semiconductors grew a mere 6.1% to US$2.25 billion, taking a {system}% share.\n\n"
           "Semiconductors accounted for 21.3% of Korea's total exports of US$50.70 billion in July.\n")


def test_a_headline_s_bare_noun_before_share_of_is_the_part():
    text = _MEMORY.format(system="20.8")
    assert errors(text, published="2018-08-02") == []


def test_for_n_months_running_is_a_streak_no_period():
    text = _MEMORY.format(system="20.8")
    assert claim(text, "US$8.23 billion", published="2018-08-02")["period"] == "2018-07"


def test_a_bare_share_later_in_the_paragraph_is_of_the_same_group():
    assert errors(_MEMORY.format(system="30.8"), published="2018-08-02") != []


def test_a_list_item_may_open_on_a_product_s_acronym():
    text = ("Korea's memory chip exports were US$8.23 billion in July.\n\n"
            "DRAM exports totaled US$5.90 billion and NAND flash US$1.78 billion.\n")
    assert claim(text, "US$1.78 billion", published="2018-08-02")["commodity"] == "nand flash"


def test_a_subject_opening_on_other_is_the_rest_of_the_product():
    text = ("Chile's mining exports were US$4,672 million in February 2024. Other mining exports, "
            "which include lithium carbonate and iron ore, fell 22.1%.\n")
    assert claim(text, "22.1%", published="2024-03-07")["commodity"] == "other mining"
