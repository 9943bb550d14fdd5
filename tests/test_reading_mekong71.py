"""Mekong, Nepali and Vietnamese press (round 71): a month of Nepal's Bikram Sambat calendar
("In Chaitra alone") is a month, named by the Gregorian month it starts in, and "between
mid-July and mid-April" is a range of months as "mid-July to mid-April" is. Two months in a
row after "in" ("$79 billion in January and February") are one span of two months. A change
with its footing right after it ("fell 18.4% month-on-month to $35.5 billion in February") is
dated by the level it ran to, as without the footing. A share of the country's own flow with
a place ("one-fifth of the Kingdom's exports to the bloc") has that flow as its whole, and the
figure restating it is its unnamed part: no flow with the place, nothing to check. "Overseas
countries" after a flow to one partner are every partner but that one, as "the rest of the
world" is."""
from readings import claim, errors, reading

# the Nepali fiscal year's ninth month, Chaitra, ends in mid-April
NEPALI_SPRING = "2025-04-22"
EARLY_MARCH = "2026-03-06"


def test_a_bikram_sambat_month_alone_is_a_month_not_the_months_before_it():
    text = ("Ruritania's exports rose 20.0 percent to $200.0 million between mid-July and mid-April "
            "(Shrawan-Chaitra), while imports reached $1,200.0 million, leaving a deficit of $1,000.0 million.\n\n"
            "In Chaitra alone, exports stood at $22.0 million against imports of $150.0 million, "
            "leaving a monthly deficit of ${deficit} million.")
    correct = text.format(deficit="128.0")
    assert claim(correct, "$22.0 million", published=NEPALI_SPRING)["period"] == "2025-03"
    assert claim(correct, "$200.0 million", published=NEPALI_SPRING)["period"] == "2024-07/2025-03"
    assert errors(correct, published=NEPALI_SPRING) == []
    assert errors(text.format(deficit="118.0"), published=NEPALI_SPRING) != []


def test_two_months_in_a_row_after_in_are_one_span():
    text = "Ruritania's exports reached $79.0 billion in January and February."
    assert claim(text, "$79.0 billion", published=EARLY_MARCH)["period"] == "2026-01/2026-02"


def test_two_months_shared_out_by_respectively_are_no_span():
    text = "Ruritania's exports were $40.0 billion and $39.0 billion in January and February respectively."
    assert all(c["period"] != "2026-01/2026-02" for c in reading(text, published=EARLY_MARCH)["claims"])


def test_a_change_with_its_footing_is_dated_by_the_level_it_ran_to():
    text = "Portugal's exports fell 18.4% month-on-month to $35.5 billion in February from ${january} billion in January."
    correct = text.format(january="43.5")
    assert claim(correct, "18.4%", published=EARLY_MARCH)["period"] == "2026-02"
    assert claim(correct, "$35.5 billion", published=EARLY_MARCH)["period"] == "2026-02"
    assert errors(correct, published=EARLY_MARCH) == []
    assert errors(text.format(january="45.5"), published=EARLY_MARCH) != []


def test_a_share_of_the_countrys_own_flow_with_a_place_restated_is_its_unnamed_part():
    # (a country the tool knows: the rule reads the flow of the text's own country)
    text = ("Chile's copper exports climbed to $10.0 billion in 2019, accounting for 70.0 per cent "
            "of total merchandise exports of $14.3 billion.\n\n"
            "The EU took $3.8 billion worth of copper, or 38.0 per cent of the sector's shipments.\n\n"
            "The partial suspension of the trade preferences covers about one-fifth of the country's "
            "exports to the bloc, or roughly $1.1 billion.")
    assert claim(text, "one-fifth", published="2020-02-13")["partner"] == "EUU"
    assert claim(text, "$1.1 billion", published="2020-02-13")["measure"] == "other"
    assert errors(text, published="2020-02-13") == []


def test_overseas_countries_after_a_partner_are_every_partner_but_that_one():
    text = ("Bhutan's total exports during the year amounted to $22.6 million.\n\n"
            "Of the total exports, goods worth $5.2 million were sent to India and goods worth "
            "${overseas} million to overseas countries. Exports to overseas countries thus constituted "
            "about 77.0 per cent of the total.")
    correct = text.format(overseas="17.4")
    assert claim(correct, "$17.4 million", published="1997-08-11")["partner"] != "IND"
    assert errors(correct, published="1997-08-11") == []
    assert errors(text.format(overseas="14.7"), published="1997-08-11") != []
