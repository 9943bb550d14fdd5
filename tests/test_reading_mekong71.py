"""Mekong, Nepali and Vietnamese press (round 71): a month of Nepal's Bikram Sambat calendar
("In Chaitra alone") is a month, named by the Gregorian month it starts in, and "between
mid-July and mid-April" is a range of months as "mid-July to mid-April" is."""
from readings import claim, errors

# the Nepali fiscal year's ninth month, Chaitra, ends in mid-April
NEPALI_SPRING = "2025-04-22"


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
