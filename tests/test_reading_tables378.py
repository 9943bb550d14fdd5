"""Readings fixed in round 78 (tables3): a period opening a "while ... it was" clause dates that
clause's figure only, not the sentences after it; the next flow with its verb left out ("and
import to EUR 840.5 million") takes the pair of the level before it past a bracketed share; a
period closing a bracket opened on a level ("(EUR 2.9 billion in 2024)") dates that level only;
a table whose header and rows name no flow is of the flow its caption names ("Exports by main
partner countries"), unless that is a noun of selling ("Net sales by region")."""
from readings import claim


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

