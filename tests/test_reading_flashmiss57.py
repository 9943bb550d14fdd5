"""Notes and worked examples (round 57): a lead paragraph under a title, in a text with no
dateline, is held to its figures' rounding (only the title itself may cut a figure short);
"A - B" beside an equals sign is a subtraction written out, not a range of one figure."""
from readings import claim, errors


def test_a_lead_under_the_title_is_held_to_its_rounding():
    text = ("Norway and ski boots, 2021\n\n"
            "In 2021, Norway exported ski boots worth NOK 1.2 billion and imported ski boots "
            "worth NOK 2.9 billion, leaving a trade deficit of NOK {bal} billion.\n\n"
            "Austria and Italy were the main origins of imports.")
    assert errors(text.format(bal="1.7")) == []
    # (at the extremes of one-decimal rounding the deficit is 1.6 to 1.8)
    assert errors(text.format(bal="1.9")) != []


def test_a_worked_subtraction_is_two_figures_not_a_range():
    text = "Answer: exports minus imports = $300 billion - $340 billion, a deficit of $40 billion."
    assert claim(text, "$300 billion")["value"] == 300e9
    assert claim(text, "$340 billion")["value"] == 340e9


def test_a_spaced_range_with_no_equals_sign_stays_a_range():
    text = "In 2022, Peru's exports to Chile were $2 billion - $3 billion, officials estimated."
    assert claim(text, "$2 billion - $3 billion")["value"] == 2.5e9
