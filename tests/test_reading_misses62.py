"""Figures read but not related (round 62): the Portuguese "bi" scales a dollar amount; the
year of an earlier record a change is "from" is its base, no period of the next clause; a
change "over the month" is on the month before; a sentence that revises an earlier month's
figure does not move the text off the month it is on; a dateline with its state and a dash
dates no figure; "worth of product" names no product; a ", with imports of X and exports of
Y" clause after a product's balance gives that product's sides."""
from readings import claim, errors


def test_bi_after_a_dollar_amount_is_billions():
    c = claim("Chile's exports reached US$ 95.2 bi in 2023.\n", "US$ 95.2 bi")
    assert c["value"] == 95.2e9


def test_the_year_of_an_earlier_record_is_the_base_not_the_next_clause_period():
    text = ("Taiwan's exports came to $400.0bn in 2023, down 10.0% from the record set in 2022, "
            "while imports dropped 15.0% to $320.0bn. The surplus widened to ${bal}bn.\n")
    assert claim(text.format(bal="80.0"), "$320.0bn")["period"] == "2023"
    assert errors(text.format(bal="80.0")) == []
    assert errors(text.format(bal="70.0")) != []


def test_a_change_over_the_month_is_on_the_month_before():
    text = ("Austrian exports beat expectations in March. According to the statistics office, "
            "exports rose 1.0% month-on-month to €16.0bn. February was revised down slightly, to "
            "€15.9bn from €15.8bn initially reported. Imports fell 2.0% over the month to "
            "€15.0bn, so the surplus widened to €1.0bn.\n")
    c = claim(text, "2.0%", "2024-05-08")
    assert (c["period"], c["base_period"]) == ("2024-03", "2024-02")
    # (the revised earlier month is a look back: the imports after it are still March's)
    assert claim(text, "€15.0bn", "2024-05-08")["period"] == "2024-03"


def test_a_dateline_with_state_and_dash_dates_no_figure():
    text = ("MADISON, Wis. — March 2024 — U.S. cheese exporters shipped $3.0 billion worth of "
            "product in 2023. Imports of cheese were $1.0 billion. That left a cheese surplus of "
            "${bal} billion for the year.\n")
    c = claim(text.format(bal="2.0"), "$3.0 billion")
    assert c["period"] == "2023" and c["commodity"] != "product"
    assert errors(text.format(bal="2.0")) == []
    assert errors(text.format(bal="2.5")) != []


def test_sides_given_with_a_product_balance_are_of_that_product():
    text = ("Ireland ran a beef trade surplus of €{bal} billion in 2023, with exports of €2.5 "
            "billion and imports of €0.5 billion.\n")
    assert claim(text.format(bal="2.0"), "€0.5 billion")["commodity"] == claim(text.format(bal="2.0"), "€2.0 billion")["commodity"]
    assert errors(text.format(bal="2.0")) == []
    assert errors(text.format(bal="1.5")) != []
