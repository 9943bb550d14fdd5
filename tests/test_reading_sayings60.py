"""When something was said is no period of the figures (round 60): at a briefing, a
reporter's question that recalls what a ministry "said last month that ..." keeps the
briefing's period for the answer's figures."""
from readings import claim, errors


TEXT = ("Vietnam's exports for the first four months of 2019 were $50.0 billion.\n\n"
        "Q: The ministry said last month that furniture would slow. Is that happening?\n\n"
        "A: Not yet. Furniture was $4.0 billion, about {p} percent of total exports.\n")


def test_a_period_between_a_verb_of_saying_and_that_dates_the_saying():
    assert claim(TEXT.format(p="8.0"), "$4.0 billion", published="2019-05-02")["period"] == "2019-01/2019-04"


def test_the_answer_share_is_checked_against_the_four_months():
    assert errors(TEXT.format(p="8.0"), published="2019-05-02") == []
    assert errors(TEXT.format(p="11.0"), published="2019-05-02") != []


def test_a_period_that_dates_the_figures_after_a_verb_of_saying_still_counts():
    # ("said in March, exports were": no "that" follows, the period still moves the text on)
    text = ("Vietnam's exports for the first four months of 2019 were $50.0 billion.\n\n"
            "Officials said exports in March were $14.0 billion.\n")
    assert claim(text, "$14.0 billion", published="2019-05-02")["period"] == "2019-03"
