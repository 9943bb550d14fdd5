"""Quantities stated in prose (round 77). Tonnes are no claims, so these sentences are checked
on their words alone: the levels a count "together" took, listed between the count and that
word; a kind and its complement after "while" as parts of one crop; a result's gap "short of"
its goal "by" a level; the level left "after deducting" one from the level of the sentence
before; levels that each go to a buyer or place ("took", "went to", "stayed in") as parts
of the level before them; a per cent "less than in" a year whose total a later sentence gives.
Money sought "from the bills market" is financing, no flow the text spoke of before."""
from readings import claim, errors


def test_the_levels_listed_between_a_count_and_together_are_its_parts():
    text = ("Ruritania exported 2.1 million tonnes of wheat in 2023.\n\n"
            "The three largest buyers - Egypt ({a} tonnes), Spain (212,000 tonnes) and Italy (153,000 tonnes) - "
            "together took 706,000 tonnes.")
    assert errors(text.format(a="341,000")) == []
    assert errors(text.format(a="391,000")) != []


def test_a_kind_and_its_complement_after_while_are_parts_of_the_crop():
    text = ("Freedonia's coffee purchases for the season reached 412,300 tonnes, data from the board show.\n\n"
            "The main crop, which ran from October, accounted for 377,100 tonnes while the light crop, "
            "which opened in May, had brought in {b} tonnes.")
    assert errors(text.format(b="35,200")) == []
    assert errors(text.format(b="45,200")) != []


def test_a_result_short_of_its_goal_by_a_level():
    text = ("Ruritania's sugar output for the season was put at 612,500 tonnes, falling short of the "
            "Sugar Board's (RSB) target of 705,000 tonnes by {gap} tonnes.")
    assert errors(text.format(gap="92,500")) == []
    assert errors(text.format(gap="82,500")) != []


def test_a_result_past_its_goal_by_a_level():
    text = "Ruritania harvested 2.45 million tonnes of maize, exceeding its goal of 2.30 million tonnes by {gap} million tonnes."
    assert errors(text.format(gap="0.15")) == []
    assert errors(text.format(gap="0.25")) != []


def test_the_level_left_after_deducting_one_from_the_level_before():
    text = ("Gross shipments of silver from Freedonia reached 842.6 tonnes in 2021, up 12.0 percent from 752.3 tonnes in 2020. "
            "After deducting 211.4 tonnes that came back, net shipments came to {net} tonnes.")
    assert errors(text.format(net="631.2")) == []
    assert errors(text.format(net="613.2")) != []


def test_levels_sent_each_to_a_destination_are_parts_of_the_level_before():
    text = ("Ruritanian mills sold 5.2 million tonnes of pulp last year, up 4.0 percent from 5.0 million tonnes.\n\n"
            "Asian buyers took {a} million tonnes, while 1.9 million tonnes went to Europe and 0.5 million tonnes "
            "stayed in Ruritania.")
    assert errors(text.format(a="2.8")) == []
    assert errors(text.format(a="3.3")) != []


def test_a_comparative_against_a_year_whose_total_a_later_sentence_gives():
    text = ("Ruritania exported 612,000 tonnes of pears in 2019, {pct} pct less than in 2017, the year before the "
            "border closed to imports, according to the customs office.\n\n"
            "In 2017 Freedonia alone bought 402,000 tonnes of Ruritanian pears, or 48.4 pct of total exports of 831,000 tonnes.")
    assert errors(text.format(pct="26.4"), published="2020-02-20") == []
    assert errors(text.format(pct="21.4"), published="2020-02-20") != []


def test_money_sought_from_the_bills_market_is_no_flow():
    text = ("Ruritania's coffee board bought 212,400 tonnes of beans this season. It is financing part of next "
            "season's purchases through coffee bills. It is seeking an amount of US$450 million from the bills market.")
    assert claim(text, "US$450 million")["measure"] == "other"
