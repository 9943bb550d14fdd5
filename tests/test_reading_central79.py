"""Releases of Central European statistics offices (round 79). Two figures each labelled by
the flow after its own "for" ("A for exports and B for imports", and the Intrastat
"dispatches" and "arrivals"); a change in a bracket right after a figure whose unit is cut
short ("EUR 79 815,3 mil. (0.8 % less y-o-y) and imports ...") is that figure's change, not
the next flow's."""
from readings import claim, errors


def test_each_figure_is_the_flow_named_after_its_own_for():
    text = ("Ruritania's trade with the rest of Europe amounted to 4,120.5 million euros for exports "
            "and 5,310.2 million euros for imports in 2022.")
    assert claim(text, "4,120.5 million euros")["measure"] == "exports"
    assert claim(text, "5,310.2 million euros")["measure"] == "imports"


def test_dispatches_and_arrivals_side_by_side_are_exports_and_imports():
    text = ("The value of Ruritania's intra-EU trade in 2022 was 8,402.1 million euros for dispatches "
            "and 9,877.0 million euros for arrivals.")
    assert claim(text, "8,402.1 million euros")["measure"] == "exports"
    assert claim(text, "9,877.0 million euros")["measure"] == "imports"


def test_a_change_in_a_bracket_after_a_cut_short_unit_is_that_figures():
    text = ("In 2024, Slovenia's exports amounted to EUR 51 204,3 mil. ({pct} % less y-o-y) and imports "
            "to EUR 49 880,1 mil. (2.0 % more y-o-y). In 2023 exports were EUR 52 000,0 mil. and imports "
            "EUR 48 900,0 mil.")
    assert claim(text.format(pct="1.5"), "1.5 %")["measure"] == "exports"
    assert errors(text.format(pct="1.5")) == []
    assert errors(text.format(pct="4.5")) != []


def test_a_table_row_after_its_code_cell_is_the_product_its_label_names():
    text = ("Slovenia's exports in 2023 reached EUR 48.2 bn and imports EUR 50.1 bn.\n\n"
            "Table: Foreign trade by SITC sections, 2023 (EUR bn)\n\n"
            "SITC | Section                              | Exports | Imports | Balance\n"
            "0    | Food and live animals                |    2,1  |    3,4  |  -1,3\n"
            "4    | Animal and vegetable oils and fats   |    0,4  |    0,6  |  {oils}\n"
            "8    | Miscellaneous manufactured articles  |    5,2  |    4,0  |   1,2\n"
            "9    | Commodities not classified elsewhere |    0,3  |    0,2  |   0,1\n")
    assert claim(text.format(oils="-0,2"), "0,4")["commodity"] == "animal and vegetable oils and fats"
    assert errors(text.format(oils="-0,2")) == []
    assert errors(text.format(oils="-0,7")) != []


def test_a_balance_calculated_with_imports_at_fob_is_a_series_apart():
    text = ("Slovenia's FOB/CIF trade deficit reached EUR 4.2 bln in 2022. FOB exports amounted to EUR 20,100.0 mln, "
            "while CIF imports reached EUR 24,300.0 mln. Calculated with imports in FOB prices, which totalled "
            "EUR 23,000.0 mln, the deficit was EUR {fob} mln.")
    assert claim(text.format(fob="2,900.0"), "EUR 23,000.0 mln")["measure"] == "imports"
    assert errors(text.format(fob="2,900.0")) == []
    assert errors(text.format(fob="3,400.0")) != []


def test_the_period_of_a_relative_clause_with_its_own_figure_dates_only_that_figure():
    text = ("Slovenia's imports reached EUR 60.1 bln in 2023. Fuel imports, which reached EUR 9.0 bln in 2022, "
            "fell by {pct}% to EUR 6.3 bln.")
    assert claim(text.format(pct="30"), "EUR 6.3 bln")["period"] == "2023"
    assert errors(text.format(pct="30")) == []
    assert errors(text.format(pct="20")) != []


def test_money_paid_for_imported_goods_is_the_flow_of_those_goods():
    text = "Slovenia paid EUR 6.1 billion for imported energy in 2022, while total imports reached EUR 60.1 billion."
    assert claim(text, "EUR 6.1 billion")["commodity"] == "energy"
    assert errors(text) == []


def test_its_import_value_stands_for_the_product_named_before():
    text = ("Slovenia's imports reached EUR 60.1 billion in 2022. The biggest item was natural gas. "
            "Its import value nearly tripled to EUR 3.4 billion from EUR 1.2 billion.")
    assert claim(text, "EUR 3.4 billion")["commodity"] == "natural gas"
    assert errors(text) == []


def test_a_balance_that_deteriorated_by_an_amount_is_a_change():
    text = ("Slovenia's exports reached EUR 58.0 billion in 2022 and imports EUR 60.1 billion. In 2021 exports were "
            "EUR 49.0 billion and imports EUR 48.5 billion, so the balance deteriorated by EUR 2.6 billion in one year.")
    assert claim(text, "EUR 2.6 billion")["measure"] == "other"
    assert errors(text) == []


def test_days_from_a_first_to_a_later_month_in_roman_numerals_are_those_months():
    text = ("In the period 1.I-30.VI.2021, FOB exports amounted to 5,100.0 million euros, up by {pct}% compared to "
            "the period 1.I-30.VI.2020, when they were 4,250.0 million euros.")
    assert claim(text.format(pct="20.0"), "5,100.0 million euros")["period"] == "2021-H1"
    assert claim(text.format(pct="20.0"), "4,250.0 million euros")["period"] == "2020-H1"


def test_extra_eu_trade_in_a_release_that_never_names_its_country_is_no_certain_pair():
    text = ("NATIONAL INSTITUTE OF STATISTICS\nPRESS RELEASE No. 12 / 10 February 2023\nInternational trade in goods, "
            "December 2022\n\nIn 2022, FOB exports amounted to 11,502.1 million euros and CIF imports amounted to "
            "14,077.0 million euros, up by 12.0% and 14.0% respectively compared to 2021.\n\n"
            "The value of intra-EU27 trade in 2022 was 8,402.1 million euros for dispatches and 9,877.0 million euros "
            "for arrivals. Extra-EU27 trade amounted to 3,100.0 million euros for exports and 4,200.0 million euros "
            "for imports.\n\nMachinery made up 40.0% of exports (4,600.0 million euros) and 30.0% of imports "
            "(4,100.0 million euros).")
    assert errors(text) == []


def test_the_year_of_a_relative_clause_followed_by_when_dates_the_when_clause():
    text = ("In October, the value of Slovenia's goods exports was EUR 3,214 million, which was {pct} per cent less "
            "than in October 2022, when exports totalled EUR 3,561 million. The value of imports was EUR 3,455 million, "
            "so the trade balance was EUR 241 million in deficit.")
    assert errors(text.format(pct="9.7"), published="2023-12-15") == []
    assert errors(text.format(pct="5.7"), published="2023-12-15") != []


def test_compared_to_the_period_in_roman_numerals_is_the_base():
    text = ("In the period 01.I-31.VIII.2024, exports FOB of Slovenia amounted to 57 812,6 million euro.\n\n"
            "Compared to the period 01.I-31.VIII.2023, exports increased by {pct}%. In the first eight months of 2023 "
            "exports were 57 000,0 million euro.")
    change = claim(text.format(pct="1,4"), "1,4%", published="2024-10-10")
    assert (change["period"], change["base_period"]) == ("2024-01/2024-08", "2023-01/2023-08")
