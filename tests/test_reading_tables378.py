"""Readings fixed in round 78 (tables3): a period opening a "while ... it was" clause dates that
clause's figure only, not the sentences after it; the next flow with its verb left out ("and
import to EUR 840.5 million") takes the pair of the level before it past a bracketed share; a
period closing a bracket opened on a level ("(EUR 2.9 billion in 2024)") dates that level only;
a table whose header and rows name no flow is of the flow its caption names ("Exports by main
partner countries"), unless that is a noun of selling ("Net sales by region"); a currency's
code and a one-letter scale ("ISK m") head a column of money; rows indented under a row are
its parts where they add up to it in one column (a head not in capitals too); a change "at
constant exchange rate" is a series of its own, not set against the levels in current money."""
from readings import claim, errors


def test_a_period_opening_a_while_clause_dates_only_that_clause():
    text = ("Albania's exports of goods in January - December 2019 amounted to EUR 512.4 million. "
            "Coverage of import by export is 22.5%, while in the same period of 2018 it was 21.0%.\n\n"
            "The main buyer was Italy with EUR 120.3 million.")
    assert claim(text, "EUR 120.3 million", published="2020-02-14")["period"] == "2019"


def test_the_next_flow_with_its_verb_left_out_takes_the_partner_past_a_bracketed_share():
    text = ("Albania's external trade in goods in 2019 was largest with the EU countries, where export amounted to "
            "EUR 1 190.1 million (76.0% of total exports) and import to EUR 3 440.5 million.")
    c = claim(text, "EUR 3 440.5 million", published="2020-02-14")
    assert (c["measure"], c["reporter"], c["partner"], c.get("partner_group")) == ("imports", "ALB", "EUU", None)


def test_a_period_closing_a_bracketed_earlier_level_dates_that_level_only():
    text = ("In 2025, Croatia exported EUR 24.1 billion worth of goods and imported EUR 41.3 billion. "
            "The trade deficit amounted to EUR 17.2 billion (EUR 16.0 billion in 2024).")
    assert claim(text, "EUR 17.2 billion", published="2026-02-09")["period"] == "2025"
    assert claim(text, "EUR 16.0 billion", published="2026-02-09")["period"] == "2024"


def test_a_table_whose_header_and_rows_name_no_flow_is_of_the_flow_its_caption_names():
    text = ("In 2025, Croatia exported EUR 24.1 billion worth of goods, and this trade was mostly with its neighbours.\n\n"
            "Exports by main partner countries, Croatia\n\n"
            "                 2024       2025\n"
            "                 EUR million\n"
            "Italy           3,012      3,150\n"
            "Slovenia        2,870      2,941\n")
    c = claim(text, "3,012", published="2026-02-09")
    assert (c["measure"], c["partner"]) == ("exports", "ITA")



TABLE = ("Norway's exports of goods rose in 1999.\n\n"
         "Exports 1999\n\n"
         "                            1998        1999\n"
         "                           NOK m       NOK m\n"
         "Exports fob              120,500     131,000\n"
         "  Fish                    30,200      {fish}\n"
         "  Metals                  40,100      43,600\n"
         "  Other products          50,200      55,200\n")


def test_a_currency_code_and_a_one_letter_scale_head_a_column_of_money():
    assert claim(TABLE.format(fish="32,200"), "131,000", published="2000-02-04")["measure"] == "exports"


def test_rows_indented_under_a_row_not_in_capitals_are_its_parts():
    assert errors(TABLE.format(fish="32,200"), published="2000-02-04") == []
    assert errors(TABLE.format(fish="34,200"), published="2000-02-04") != []


def test_a_change_at_constant_exchange_rate_is_not_set_against_the_levels():
    text = ("Iceland's exports of goods rose to ISK 131.0 billion in 1999 from ISK 120.5 billion in 1998, "
            "an increase of 5.4% at constant exchange rate.")
    assert errors(text, published="2000-02-04") == []


def test_the_levels_of_a_bulleted_list_keep_the_lists_period_past_a_bracketed_earlier_level():
    text = ("In the first quarter of 2024, compared with the same quarter of 2023, exports of goods fell.\n\n"
            "Main results, first quarter of 2024:\n\n"
            "- Exports of goods: 9.42 billion euros (9.98 billion euros in Q1 2023)\n"
            "- Imports of goods: 14.51 billion euros (15.91 billion euros in Q1 2023)\n"
            "- Trade balance: -5.09 billion euros, an improvement of 840 million euros over Q1 2023 (-5.93 billion euros)\n")
    assert claim(text, "9.42 billion euros", published="2024-05-09")["period"] == "2024-Q1"
    assert claim(text, "-5.09 billion euros", published="2024-05-09")["period"] == "2024-Q1"


MOLDOVA_LIKE = ("In January - June 2024, exports of goods of Georgia fell.\n\n"
                "Table 2. Exports of goods by groups of countries\n\n"
                "                     January-June   January-June   Jan-Jun 2024   Structure, %\n"
                "                         2023           2024        in % to\n"
                "                     thousand US dollars            Jan-Jun 2023   2023    2024\n"
                "Total                  2 000 000.0    1 800 000.0        90.0       100.0   100.0\n"
                "EU-27                  1 000 000.0      950 000.0        {idx}        50.0    52.8\n"
                "Other countries        1 000 000.0      850 000.0        85.0        50.0    47.2\n")


def test_a_unit_spread_over_two_columns_of_a_stacked_header_is_their_money():
    c = claim(MOLDOVA_LIKE.format(idx="95.0"), "950 000.0", published="2024-08-01")
    assert (c["measure"], c["period"], round(c["value"])) == ("exports", "2024-H1", 950000000)


def test_an_index_column_in_per_cent_to_an_earlier_period_under_a_stacked_header():
    assert errors(MOLDOVA_LIKE.format(idx="95.0"), published="2024-08-01") == []
    assert errors(MOLDOVA_LIKE.format(idx="99.0"), published="2024-08-01") != []
