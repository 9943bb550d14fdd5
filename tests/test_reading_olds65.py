"""Older false alarms (round 65): list lines that each name a programme by its full name and
acronym are different series, not one figure said twice; a country named as the side waging a
war, or the place it is waged in, is no partner of the figures near it."""
from readings import claim, errors


def test_list_lines_named_by_programme_and_acronym_are_different_series():
    text = ("WASHINGTON - U.S. arms transfers to foreign governments rose 10% in 2023 to $90 billion, "
            "the ministry said.\n\nThe total combines two channels:\n\n"
            "  - Public Defence Sales (PDS), negotiated between states: $30 billion\n"
            "  - Private Defence Sales (PVS) licensed by the department: $60 billion\n")
    assert errors(text) == []


def test_a_country_waging_a_war_and_the_place_of_the_war_are_no_partners():
    text = ("WASHINGTON - U.S. arms exports rose 10% in 2023 to $90 billion, the ministry said, "
            "as allies responded to Russia's war in Ukraine.\n")
    c = claim(text, "$90 billion")
    assert (c["reporter"], c["partner"]) == ("USA", "WLD")


def test_a_possessive_before_a_trade_word_is_still_a_side():
    text = "Canada's exports to Japan rose to C$15 billion in 2023.\n"
    assert claim(text, "C$15 billion")["partner"] == "JPN"
