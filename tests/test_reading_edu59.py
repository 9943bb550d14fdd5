"""International education as a services export (round 59): "international education" earns
education services exports; "That is a drop of $X, or N per cent" after a from-to sentence is
the change between its two levels; "the previous academic year" is the year before; a part, its
share and "the sector's total income of" in one sentence; "half of the total" after a sentence
giving one level of students' spending."""
from readings import errors


def test_a_money_change_restated_in_percent_is_the_change_of_the_levels_before():
    text = ("The value of New Zealand's international education slid from $30.0 billion in 2019 to $24.0 billion "
            "in 2021. That is a drop of $6.0 billion, or {pct} per cent, in two years.")
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="30")) != []


def test_the_previous_academic_year_dates_the_earlier_level():
    text = ("Foreign students added $25.0 billion to the national economy during the 2022-2023 academic year. "
            "That is a rise of {pct}% over the $20.0 billion recorded the previous academic year.")
    assert errors(text.format(pct="25")) == []
    assert errors(text.format(pct="35")) != []


def test_a_part_its_share_and_the_named_total_in_one_sentence():
    text = ("Overseas student fees brought in £6.0 billion for the colleges in 2021-22, {pct} per cent "
            "of the sector's total income of £30.0 billion, official data show.")
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="30")) != []


def test_half_of_the_total_after_a_sentence_giving_the_students_spending():
    text = ("Foreign students spent an estimated $30.0 billion in the country in 2023. "
            "Tuition fees accounted for ${part} billion, or half of the total, while rent and food made up the rest.")
    assert errors(text.format(part="15.0")) == []
    assert errors(text.format(part="19.0")) != []
