"""Maghreb and Nordic/Baltic releases (round 79). A list item in brackets after a tie ("The main
products exported are semi-finished goods (1.70 bn USD)") is named by the words after the tie,
not by the subject before it. A subject ranked by ordinal past an aside that calls it an export
("Phosphates, traditionally the country's first export, came second with") owns its figure. A
share followed by "of which was" is the share of the goods named after it in the figure before,
not a share of a wider whole. A company noun before a name that reports turnover makes it the
company's revenue, no trade turnover. Inside a table aligned by spaces a row label may wrap after
a semicolon; a share column followed by change columns is checked against the whole the prose
states; the years heading its columns date its cells, not the prose after it. A place that
imposed a policy act is no side of the trade, and an amount restated as a share "of all
exports" is with the world, not with the partner carried from paragraphs before."""
from readings import claim, errors


_LISTED = ("Non-hydrocarbon exports reached 1.98 bn USD in 2016, Algeria's customs centre said.\n\n"
           "The main non-hydrocarbon products exported are semi-finished goods ({a} bn USD), food products "
           "(290 million USD) and raw products (75 million USD).\n")


def test_a_bracketed_item_after_a_tie_is_named_by_the_words_after_it():
    text = _LISTED.format(a="1.49")
    assert claim(text, "1.49 bn USD", published="2017-02-10")["commodity"] == "semi-finished"
    assert errors(text, published="2017-02-10") == []


_RANKED = ("Morocco's exports stood at MAD 225.65 billion in 2016. The automotive sector led with MAD 54.7 "
           "billion, against MAD 48.6 billion in 2015.\n\n"
           "Phosphates and derivatives, long the country's leading export, came third with MAD 35.2 billion, a decline of {pct} "
           "percent compared to MAD 35.9 billion a year earlier.\n")


def test_a_subject_ranked_past_an_aside_calling_it_an_export_owns_its_figure():
    text = _RANKED.format(pct="1.9")
    assert claim(text, "MAD 35.2 billion", published="2017-02-08")["commodity"] == "phosphates and derivatives"
    assert errors(text, published="2017-02-08") == []


def test_a_share_before_of_which_is_of_the_goods_named_after_it():
    text = ("Finland's imports were EUR 60.2 billion in 2019. Imports from Norway amounted to EUR 6.2 billion, "
            "about three quarters of which was natural gas and crude oil.\n")
    assert errors(text, published="2020-02-28") == []
    share = claim(text, "three quarters", published="2020-02-28")
    assert (share["partner"], share["commodity"]) == ("NOR", "natural gas and crude oil")


def test_a_company_noun_before_a_name_makes_its_turnover_no_trade():
    text = ("Estonia's exports of wood reached 2.0 billion euros in 2018, while total exports were 14.5 billion "
            "euros.\n\nForest company Metsaliit Ehitus reported turnover of 410 million euros for 2018.\n")
    assert claim(text, "410 million euros", published="2019-02-20")["measure"] == "other"
    assert errors(text, published="2019-02-20") == []


_WRAPPED = ("Ruritania's exports in 2019 by section:\n\n"
            "Section                                  EUR million   Per cent\n"
            "Mineral products                               1 214       39.1\n"
            "Machinery and mechanical appliances;\n"
            "  electrical equipment                           {m}       22.2\n"
            "Vehicles                                         507       16.3\n"
            "Prepared foodstuffs                              391       12.6\n"
            "Other                                            302        9.7\n"
            "Total                                          3 102      100.0\n")


def test_a_table_label_wrapped_after_a_semicolon_is_one_row():
    assert errors(_WRAPPED.format(m="688")) == []
    assert errors(_WRAPPED.format(m="788")) != []


_SHARES = ("Finland's exports totalled EUR 10.0 billion in 2019.\n\n"
           "Exports by main countries 2019\n\n"
           "Country        EUR million   Share, %   Change, %\n"
           "Germany              2 000       20.0        5.2\n"
           "Sweden               1 500       {s}        3.9\n"
           "Norway               1 000       10.0       -1.0\n"
           "China                  500        5.0        2.0\n")


def test_a_share_column_before_a_change_column_is_checked_against_the_whole():
    assert errors(_SHARES.format(s="15.0"), published="2020-02-28") == []
    assert errors(_SHARES.format(s="18.0"), published="2020-02-28") != []


_AFTER_TABLE = ("Exports to Russia decreased by 38 per cent\n\n"
                "The value of Finland's exports to Russia decreased by 38 per cent in 2022. In total, the value of "
                "Finland's exports grew by 16 per cent to EUR 82.1 billion.\n\n"
                "Trade with Russia, EUR million\n\n"
                "                 2021      2022   Change, %\n"
                "Exports         3 905     2 412         -38\n"
                "Imports         8 004     7 596          -5\n\n"
                "The sanctions imposed by the EU were reflected in trade with the Russian market. "
                "In December, exports to Russia were EUR 116 million.\n\n"
                "Imports of crude oil from Russia fell to 3.2 million tonnes from 8.9 million tonnes. Imports of "
                "Russian electricity ended in May.\n\n"
                "Exports of chemical industry products, including refined petroleum products, grew most and amounted "
                "to EUR 15.3 billion, or 18.6 per cent of all "
                "exports. Imports from Norway more than doubled to EUR 5.1 billion from EUR {b} billion in 2021.\n")


def test_the_years_heading_a_table_date_its_cells_not_the_prose_after_it():
    text = _AFTER_TABLE.format(b="2.3")
    assert claim(text, "EUR 5.1 billion", published="2023-02-28")["period"] == "2022"
    assert errors(text, published="2023-02-28") == []
    assert errors(_AFTER_TABLE.format(b="3.3"), published="2023-02-28") != []


def test_a_place_that_imposed_a_policy_act_is_no_side_of_the_trade():
    text = _AFTER_TABLE.format(b="2.3")
    december = claim(text, "EUR 116 million", published="2023-02-28")
    assert (december["reporter"], december["partner"]) == ("FIN", "RUS")


def test_an_amount_restated_as_a_share_of_all_exports_is_with_the_world():
    text = _AFTER_TABLE.format(b="2.3")
    chemicals = claim(text, "EUR 15.3 billion", published="2023-02-28")
    assert (chemicals["reporter"], chemicals["partner"]) == ("FIN", "WLD")


def test_purchases_of_a_product_opening_a_sentence_are_its_imports():
    text = ("Peru's imports rose 9.2 percent to US$ 7,361 million in 2000.\n\n"
            "Purchases of inputs rose 10.5 percent, while imports of capital goods increased only 3.7 percent.\n")
    inputs = claim(text, "10.5 percent", published="2001-02-16")
    assert (inputs["measure"], inputs["commodity"]) == ("imports", "inputs")
    assert errors(text, published="2001-02-16") == []
