"""Calendars (round 67): a year written in another calendar's era (Nepal's Bikram Sambat
fiscal years, "2080/81") is read as that era's year where, as a Gregorian year, it would lie
decades after publication; a level a change is measured from, "spent in <year>", takes its
own year."""
from readings import claim, errors


def test_a_bikram_sambat_fiscal_year_is_read_as_the_gregorian_one():
    text = ("Kathmandu: Nepal's exports rose 20 per cent in the first six months of the current "
            "Fiscal Year 2080/81. Goods worth Rs 60 billion were exported from mid-July to "
            "mid-January, compared to Rs {base} billion in the same period last fiscal year.")
    assert claim(text.format(base="50"), "Rs 60 billion", published="2024-02-10")["period"] == "2023-H2"
    assert claim(text.format(base="50"), "20 per cent", published="2024-02-10")["period"] == "2023-H2"
    assert errors(text.format(base="50"), published="2024-02-10") == []
    assert errors(text.format(base="40"), published="2024-02-10") != []


def test_a_year_that_could_be_gregorian_is_left_alone():
    text = "Nepal's exports reached Rs 150 billion in 2023, the customs department said."
    assert claim(text, "Rs 150 billion", published="2024-02-10")["period"] == "2023"


def test_a_base_level_spent_in_its_own_year_takes_that_year():
    text = ("Kenya imported tractors worth USD 2.0 billion in 2019, {pc}% more than the "
            "USD 1.6 billion spent in 2018, the ministry said.")
    assert claim(text.format(pc="25"), "USD 1.6 billion", published="2020-03-01")["period"] == "2018"
    assert errors(text.format(pc="25"), published="2020-03-01") == []
    assert errors(text.format(pc="45"), published="2020-03-01") != []
