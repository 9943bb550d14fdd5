"""Figures taken as a whole they are not (round 60): a total "to the region" is no second
figure of the one partner's flow; a kind of firm in the plural possessive owns a part of the
country's trade; a share "of the total" is of the current level, never of a "from" level
written with spaced thousands; a retail market's size is no balance; a project's cost ("a
$40 million expansion") is no change in the flow."""
from readings import claim, errors


def test_a_total_to_an_unnamed_region_is_no_second_figure_of_one_partner():
    text = ("In 2022 our wool exports to Japan were worth 2.30 billion dollars. Out of total wool "
            "exports of about 3.9 billion to the region, most went to Japan.")
    assert claim(text, "3.9 billion")["partner"] != "JPN"
    assert errors(text) == []


def test_a_kind_of_firm_in_the_plural_possessive_owns_a_part_of_the_trade():
    text = ("Ruritania's foreign trade rose 8.0 percent to 20.0 trillion yuan in 2022. The minister "
            "said state-owned firms' foreign trade rose 15.0 percent to {v} trillion yuan, or 30.0 "
            "percent of the total.")
    assert claim(text.format(v="6.0"), "15.0 percent")["commodity"] == "state-owned firms"
    assert errors(text.format(v="6.0")) == []


def test_a_share_of_the_total_is_of_the_new_level_with_spaced_thousands():
    text = ("The terminal handled 412 000 vehicle units in 2022, up 4.0% from 396 000 units in 2021.\n\n"
            "Exports made up 258 000 units, or {p}% of the total.")
    assert errors(text.format(p="62.6")) == []
    assert errors(text.format(p="72.6")) != []


def test_a_retail_market_label_is_no_trade_balance():
    text = ("Ruritania cheese trade, 2022\n\n"
            "- Exports: £300 million\n"
            "- Imports: £500 million\n"
            "- Trade deficit: £200 million\n"
            "- Retail market for cheese: about £2.5 billion\n")
    assert claim(text, "£2.5 billion")["measure"] == "other"
    assert errors(text) == []


def test_a_project_cost_is_no_change_in_exports():
    text = ("Ruritania's seafood exports fell 4 per cent to €8.2 billion in 2023. One processor "
            "announced a €40 million expansion in the spring that will add 60 jobs.")
    assert claim(text, "€40 million")["measure"] == "other"
    assert errors(text) == []
