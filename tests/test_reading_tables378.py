"""Readings fixed in round 78 (tables3): a period opening a "while ... it was" clause dates that
clause's figure only, not the sentences after it; the next flow with its verb left out ("and
import to EUR 840.5 million") takes the pair of the level before it past a bracketed share."""
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
