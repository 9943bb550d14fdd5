"""Swiss and Norwegian releases (round 79): a table aligned by spaces whose thousands are
grouped by apostrophes ("17'215") is read as a table, so its column headings date its cells
and not the prose after it; a change column headed "real" holds real changes; a fronted
"Adjusted for working days," puts every change of its sentence on that basis; a named total
("general total") holds for the other flow joined to it by "and", of all goods; a change
restated in figures in a bracket keeps the sector of the words before it; a part of the year
the text is on is a digression; the goods after "taking" are the figure's product; a period
that labels a bracketed level ("(2024: CHF 53.1 billion)") dates that level alone; and a
period in the subject that a sentence calls the reason for the growth dates that cause."""
from readings import claim, errors

_TABLE = ("Ruritanian foreign trade in the 1st quarter of 2023\n\n"
          "In the first quarter of 2023 Ruritanian exports fell by 8.0% to CHF 30.0 billion.\n\n"
          "Exports by sector, 1st quarter (Mio. CHF)\n\n"
          "Sector                 Q1 2022    Q1 2023   Change nominal %   Change real %\n"
          "Chemicals               12'000     11'400        -5.0              {real}\n"
          "Machinery               10'000      9'000       -10.0              -8.0\n"
          "Total                   32'609     30'000        -8.0              -6.5\n\n"
          "Imports\n"
          "Imports of vehicles fell by 12.0% to CHF 5.0 billion.\n")


def test_a_column_heading_of_an_apostrophe_grouped_table_does_not_date_the_prose_after_it():
    text = _TABLE.format(real="-2.0")
    assert claim(text, "CHF 5.0 billion", published="2023-04-20")["period"] == "2023-Q1"


def test_a_change_column_headed_real_holds_real_changes():
    text = _TABLE.format(real="-2.0")
    assert claim(text, "-2.0", published="2023-04-20")["scope"] == "real terms"
    assert errors(text, published="2023-04-20") == []


def test_a_fronted_working_day_adjustment_holds_for_every_change_of_its_sentence():
    text = ("In 2023 Ruritania's exports fell by 4.0% to CHF 48.0 billion and imports by 2.0% to CHF 40.0 billion. "
            "Adjusted for working days, exports declined by 3.1% and imports by 1.2%.")
    assert claim(text, "1.2%")["measure"] != "imports"
    assert errors(text) == []


def test_a_general_total_holds_for_the_other_flow_joined_by_and():
    text = ("Ruritania's exports rose by 3.0% to CHF 50.0 billion in 2023, and imports rose by 2.0% to CHF 45.0 billion. "
            "Imports of machinery and electronics fell by 4.0%.\n\n"
            "Including precious metals (general total), exports amounted to CHF 60.0 billion and imports to CHF 58.0 billion.")
    assert claim(text, "CHF 58.0 billion")["scope"] is not None
    assert claim(text, "CHF 60.0 billion")["commodity"] is None
    assert errors(text) == []


def test_a_change_restated_in_a_bracket_keeps_the_sector_before_it():
    text = ("Ruritania's exports fell by 10.0% to CHF 20.0 billion in 2023. "
            "Machinery, by contrast, lost almost a third of its sales abroad (-31.5%).")
    assert claim(text, "-31.5%")["commodity"] == "machinery"


def test_a_quarter_of_the_year_the_text_is_on_is_a_digression():
    # (the headline's month is the main period; the text moves on to the year, of which the
    # fourth quarter is a part that holds no headline month)
    text = ("January 25, 2024 - 14:52\n\n"
            "Watch exports at a record despite September slump\n\n"
            "Ruritanian watch exports reached a new record in 2023, but orders dropped towards the end of the year, the federation said.\n\n"
            "Exports of watches rose 3.0 per cent to CHF 10.0 billion, compared with CHF 9.71 billion in 2022.\n\n"
            "In the fourth quarter, however, exports fell 5.0 per cent to CHF 2.5 billion.\n\n"
            "Japan remained the biggest market, taking watches worth CHF 2.0 billion, or 20.0 per cent of the total.\n")
    assert claim(text, "CHF 2.0 billion", published="2024-01-25")["period"] == "2023"
    assert errors(text, published="2024-01-25") == []


def test_the_goods_taken_are_the_figures_product():
    text = ("Switzerland's watch exports rose 3.0 per cent to CHF 10.0 billion in 2023.\n\n"
            "Japan remained the biggest market, taking watches worth CHF 2.0 billion, or {pct} per cent of the total.")
    assert claim(text.format(pct="20.0"), "CHF 2.0 billion")["commodity"] == "watches"
    assert errors(text.format(pct="25.0")) != []


def test_goods_taken_in_general_are_no_product():
    text = ("Switzerland exported goods worth CHF 200.0 billion in 2023. Exports to North America grew by 4.7%; "
            "the United States took goods worth CHF 26.0 billion, or 13.0% of all Swiss exports.")
    assert claim(text, "CHF 26.0 billion")["commodity"] is None


def test_a_period_labelling_a_bracketed_level_does_not_date_the_share_after_it():
    text = ("Switzerland exported goods worth CHF 200.0 billion in 2025, 2.0% more than in the previous year (CHF 196.1 billion). "
            "Exports to Japan rose by 10.0% to CHF 44.0 billion (2024: CHF 40.0 billion), giving Japan a share of {pct}% of Swiss exports.")
    assert claim(text.format(pct="22.0"), "22.0%", published="2026-01-29")["period"] == "2025"
    assert errors(text.format(pct="22.0"), published="2026-01-29") == []


def test_a_period_in_the_subject_called_the_reason_for_the_growth_dates_the_cause():
    text = ("Ruritania exported fish worth NOK 30.0 billion in 2023.\n\n"
            "High prices for farmed trout in the first half of the year were the main reason for the growth. "
            "Ruritania exported trout worth NOK 12.0 billion, an increase of 20 per cent compared with 2022, "
            "when trout exports were worth NOK {old} billion.")
    assert claim(text.format(old="10.0"), "NOK 12.0 billion", published="2024-01-04")["period"] == "2023"
    assert errors(text.format(old="11.0"), published="2024-01-04") != []
