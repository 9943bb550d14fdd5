"""Regions (round 78, second pass). A decimal comma inside a figure ("12,4 billion euros, up
8,5%") starts no clause, so the currency word after it is the figure's unit, not a market's
subject that would make the change after it no trade figure. Where a text gives the figure of
every unit a country's statistics split it into (vocab/country_divisions.csv), the units add
up to the country's figure; with a unit left out, nothing is summed. A table's row labels
are the places of its rows, no reporter of the whole text; nor is a place said to be "again
the largest market"."""
from readings import claim, errors


def test_a_change_after_an_amount_with_a_decimal_comma_is_the_flows_change():
    text = "In 2019, Portugal's exports of machinery reached 12,4 billion euros, up {p}% from 11,4 billion euros in 2018."
    assert claim(text.format(p="8,5"), "8,5%")["measure"] == "exports"
    assert errors(text.format(p="8,5")) == []
    assert errors(text.format(p="18,5")) != []


def test_all_the_regions_of_a_country_add_up_to_its_figure():
    text = ("Belgium's exports of goods reached €300.0 billion in 2019, the central bank said. Flanders exported "
            "goods worth €240.0 billion, Wallonia €{w} billion and the Brussels-Capital Region €15.0 billion.")
    assert errors(text.format(w="45.0")) == []
    assert errors(text.format(w="55.0")) != []


def test_some_regions_of_a_country_are_not_summed_against_it():
    text = ("Belgium's exports of goods reached €300.0 billion in 2019, the central bank said. Flanders exported "
            "goods worth €240.0 billion and Wallonia €{w} billion.")
    assert errors(text.format(w="45.0")) == []
    assert errors(text.format(w="75.0")) == []


def test_a_tables_first_row_does_not_report_the_text():
    text = ("Gin exports dip\n\nGin exports were worth £2.10bn in 2024, down 3.0% on the previous year.\n\n"
            "| Market | 2024 (£m) |\n|---|---:|\n| Canada | 700 |\n| Japan | 400 |\n\n"
            "Japan was again the largest market by volume. The industry hopes a UK-Japan deal will cut tariffs.")
    total = claim(text, "£2.10bn")
    assert (total["reporter"], total["partner"]) == ("GBR", "WLD")
    row = claim(text, "700")
    assert (row["reporter"], row["partner"]) == ("GBR", "CAN")


def test_a_province_spelt_with_its_accent_reports_its_own_figures():
    text = ("In 2019, Québec's international merchandise exports reached $90.1 billion, the provincial "
            "statistics institute said. Canada's exports totalled $590.0 billion.")
    province = claim(text, "$90.1 billion")
    assert (province["reporter_unit"], province["partner"]) == ("CA-QC", "WLD")
    assert errors(text) == []
