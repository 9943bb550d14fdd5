"""Budget documents and briefing slides (round 58): a "(<period>: <kind> <figure>)" bracket
on a slide dates only its own figure, not the one before it; a plan titled by the year it is
for does not date the sentences that go on in a paragraph its own earlier year dates."""
from readings import errors


def test_a_labelled_bracket_with_its_figure_kind_dates_only_its_own_figure():
    text = ("EXPORT BRIEFING, Q3 2024\n\n"
            "• Exports: US$40.0bn\n"
            "• Imports: US$31.0bn\n"
            "• Trade surplus: US${bal}bn (Q3 2023: surplus ~US$2.5bn)\n")
    assert errors(text.format(bal="9.0")) == []
    assert errors(text.format(bal="11.0")) != []


def test_a_title_year_does_not_date_a_paragraph_on_the_year_before():
    text = ("ANNUAL FISCAL PLAN OF THE REPUBLIC FOR THE 2025 FINANCIAL YEAR\n\n"
            "Trade\n\n"
            "7. Preliminary figures for 2024 show a trade surplus of US$1.5 billion, against a "
            "surplus of US$1.1 billion in 2023. Merchandise exports were put at US$9.0 billion, "
            "while merchandise imports came to US${imp} billion.\n")
    assert errors(text.format(imp="7.5")) == []
    assert errors(text.format(imp="5.5")) != []
