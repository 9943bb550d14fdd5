"""Quantities on agricultural commodity desks (round 32, second set): tonnes and bags are no
claims, so the checks that read their words alone must read how these desks write them."""
from tradecheck import verify_text


def errors(text: str, published: str = "2025-03-10") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


# a change from an earlier period's level in the possessive, with a season between level and change
WEEKLY = ("Net sales of soybeans came to {new} tonnes for the 2024/25 marketing year, "
          "down 20% from the previous week's 500,400 tonnes.")


def test_a_change_from_the_previous_weeks_level_is_checked():
    assert errors(WEEKLY.format(new="400,300")) == []
    assert len(errors(WEEKLY.format(new="450,300"))) == 1


def test_a_change_from_last_seasons_level_is_checked():
    text = "Sugar shipments reached {} tons, up 10% from last season's 2.0 million tons."
    assert errors(text.format("2.2 million")) == []
    assert len(errors(text.format("2.6 million"))) == 1


# "included" ties the figures of a sentence to the whole before it as its parts
INCLUDED = ("Kazakhstan's grain exports reached 8.0 million tons by the end of January. "
            "The total included 5.1 million tons of wheat, {barley} million tons of barley and "
            "0.4 million tons of flax.")


def test_parts_a_total_included_may_not_exceed_it():
    assert errors(INCLUDED.format(barley="2.5")) == []
    assert len(errors(INCLUDED.format(barley="3.5"))) == 1


# a bullet list of labels and levels gives parts of the level in the sentence before it
BULLETS = ("Cocoa grindings in the quarter rose 3% to 2.40 million bags.\n\n"
           "- Europe: 1.30 million bags\n"
           "- Asia: {asia} million bags\n\n"
           "Demand was firm.")


def test_bullets_of_levels_are_parts_of_the_level_before_them():
    assert errors(BULLETS.format(asia="1.10")) == []
    assert len(errors(BULLETS.format(asia="1.40"))) == 1


def test_bullets_after_a_sentence_without_a_level_are_not_checked():
    text = ("Grindings by region were as follows, the council said.\n\n"
            "- Europe: 1.30 million bags\n- Asia: 1.40 million bags\n")
    assert errors(text) == []


# "giving it a 17% share of the month's exports": the share of a part in a whole stated before
SHARE = ("Argentina shipped 1.20 million tons of soymeal in May. "
         "Vietnam took {part} tons, giving it a 25% share of the month's exports.")


def test_a_share_given_to_a_buyer_is_checked_against_the_whole_before():
    assert errors(SHARE.format(part="300,000")) == []
    assert len(errors(SHARE.format(part="400,000"))) == 1
