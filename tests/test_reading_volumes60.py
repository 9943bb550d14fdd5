"""Volumes in litres and tonnes beside money (round 60): a share tied to its level by "it made
up" after a comma; a total in the paragraph before when the share's own paragraph gives no
level before it; and a level after "N% more than the" is the earlier one, not the total."""
from readings import errors


def test_a_share_tied_by_it_made_up_to_a_total_in_the_paragraph_before():
    text = ("Portugal shipped 300 million litres of wine abroad, 10.0% more than the 272 million "
            "litres of the year before, for 800 million euros.\n\n"
            "Red wine led the way. With {part} million litres, it made up 60% of the volume exported.\n")
    assert errors(text.format(part="180")) == []
    assert errors(text.format(part="240")) != []


def test_a_level_after_more_than_a_per_cent_is_no_total():
    text = ("Exports reached 500,000 tonnes, 25% more than the 400,000 tonnes of the year before. "
            "Wheat came to {part},000 tonnes, or 40% of the total.\n")
    assert errors(text.format(part="200")) == []
    assert errors(text.format(part="300")) != []
