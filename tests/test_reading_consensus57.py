"""Consensus and sector figures (round 57): an economists' forecast said as a survey's or a
poll's figure, or as "the median of economists" after it, is no second actual figure; a
record word belongs to the flow it qualifies ("a record trade surplus"), not to the next
sentence's exports; an industry body's reported exports are that industry's product's."""
from readings import claim, errors


def test_a_survey_of_economists_figure_is_a_forecast_not_the_balance():
    text = ("Chile's trade surplus widened to {bal} in May, the central bank said. A survey of "
            "economists had pointed to a surplus of $2.0 billion.")
    assert claim(text.format(bal="$3.5 billion"), "$2.0 billion")["measure"] == "other"
    assert errors(text.format(bal="$3.5 billion")) == []


def test_what_economists_had_picked_is_a_forecast():
    text = "Peru's goods trade deficit was $1.9 billion in May; economists had picked a gap of about $1.1 billion."
    assert claim(text, "$1.1 billion")["measure"] == "other"
    assert errors(text) == []


def test_the_median_of_economists_after_a_figure_is_a_forecast():
    text = ("Peru's monthly trade deficit was $1.9 billion in May, wider than the $1.1 billion "
            "median of economists.")
    assert claim(text, "$1.1 billion")["measure"] == "other"
    assert errors(text) == []


def test_a_record_surplus_is_not_handed_to_the_next_sentences_exports():
    text = ("Chile posted a record trade surplus for May, the central bank said. Exports were "
            "$8.0 billion in May, down 6.0% from a year earlier.")
    assert errors(text) == []


def test_a_figureless_record_of_exports_still_reaches_the_next_figure():
    text = ("Chile posted record exports for May, the central bank said. Exports were "
            "$8.0 billion in May, down 6.0% from a year earlier.")
    assert errors(text) != []


def test_an_industry_body_reports_its_own_products_exports():
    text = ("The Federation of the Chilean Salmon Industry reported exports of $0.6 billion for May. "
            "The country's trade surplus was $1.5 billion in May.")
    assert claim(text, "$0.6 billion")["commodity"] == "salmon"
    assert errors(text) == []
