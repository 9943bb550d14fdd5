"""Turkish releases and press (round 32, first share): two recording systems in one release,
a headline naming two products, an exclusion list before a dash aside, price and volume
indices, and a superseded forecast: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-06-30") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


TWO_SYSTEMS = ("Foreign trade, May 2025\n\n"
               "According to the general trade system (GTS), Kenya's exports were US$ 10 000 million in May 2025. "
               "Imports were US$ 14 000 million.\n\n"
               "The foreign trade deficit was US$ 4 000 million in May and the ratio of exports to imports was 71.4%.\n\n"
               "According to the special trade system (STS), exports were US$ 9 000 million and imports amounted "
               "to US$ 12 000 million in May. The STS foreign trade deficit was US$ 3 000 million and the ratio "
               "of exports to imports was 75.0%.")


def test_the_second_trade_system_is_a_series_apart_from_the_first():
    r = read(TWO_SYSTEMS)
    assert r["errors"] == []
    assert r["claims"]["US$ 9 000 million"]["valuation"] == "special trade system"
    assert r["claims"]["US$ 12 000 million"]["valuation"] == "special trade system"
    assert r["claims"]["US$ 3 000 million"]["valuation"] == "special trade system"


def test_the_first_named_system_is_the_series_its_bare_figures_continue():
    r = read(TWO_SYSTEMS)
    assert "valuation" not in r["claims"]["US$ 10 000 million"]
    assert r["claims"]["US$ 10 000 million"]["commodity"] is None  # ("general trade" names the system)
    # a changed main-system import level now contradicts the bare deficit after it
    r = read(TWO_SYSTEMS.replace("US$ 14 000 million", "US$ 15 000 million"))
    assert r["errors"] != []


def test_the_share_of_an_industry_in_total_exports_restated_in_money():
    r = read("Kenya's exports were $50.0 billion in May. The share of manufacturing industry in total exports "
             "was 90.0% ($45.0 billion) in May.")
    assert r["claims"]["$45.0 billion"]["commodity"] == "manufacturing industry"
    assert r["errors"] == []


def test_a_headline_naming_two_products_scopes_neither():
    r = read("Copper imports slump as quota bites, fuel bill climbs\n\n"
             "Zambia's copper imports fell in May, while fuel imports rose, data showed.\n\n"
             "Total imports came to $10.0 billion in May. Of this, fuel imports accounted for $2.0 billion, "
             "while copper imports fell to $1.5 billion.\n\n"
             "Exports were $9.0 billion in the month, leaving a trade gap of $1.0 billion, and the coverage "
             "ratio of exports to imports was 90.0 percent.")
    assert r["claims"]["$9.0 billion"]["commodity"] is None
    assert r["claims"]["$1.0 billion"]["commodity"] is None
    assert r["errors"] == []


def test_an_exclusion_list_ends_at_a_dash_aside():
    r = read("Kenya's imports excluding oil and diamonds - a gauge analysts follow closely - stood at $8.0 billion in May.")
    assert r["claims"]["$8.0 billion"]["commodity"] == "excluding oil and diamonds"


def test_a_unit_value_index_change_is_no_change_in_export_value():
    r = read("Kenya's exports rose 10.0 percent year-on-year in May to $22.0 billion. The unit value index for "
             "exports rose 3.0 percent, while the quantity index increased 7.0 percent.")
    assert r["claims"]["3.0 percent"]["measure"] == "other"
    assert r["errors"] == []


def test_a_superseded_forecast_is_no_second_statement_of_the_new_one():
    r = read("Kenya's new program forecasts exports of $280.0 billion in 2026. The previous program, announced "
             "a year ago, had projected 2026 exports at $270 billion.", published="2025-09-07")
    assert r["claims"]["$270 billion"].get("vintage") == "first estimate"
    assert r["errors"] == []


def test_two_products_a_running_total_brings_together_are_its_parts():
    text = ("Kenya's garments exports fell 5.0% in May to $1.20 billion.\n\n"
            "Cotton and cotton yarn exports totaled $600 million in the month, bringing combined cotton and garments "
            "exports to $1.80 billion, the association said.")
    assert read(text)["errors"] == []
    assert read(text.replace("$1.80 billion", "$2.00 billion"))["errors"] != []


MONTHLY = ("Kenya's tea exports reach $900 million in first quarter\n\n"
           "Kenya's tea exports rose 4.0% in the first quarter of 2026 to $900 million, the board said.\n\n"
           "Monthly figures (million $):\n"
           "January   280\n"
           "February  300\n"
           "March     320\n"
           "Q1 total  900\n\n"
           "March exports were 6.7% higher than in February.")


def test_a_plain_text_table_of_months_is_read_row_by_row():
    r = read(MONTHLY, published="2026-04-03")
    assert r["claims"]["280"]["period"] == "2026-01"
    assert r["claims"]["320"]["period"] == "2026-03"
    assert r["errors"] == []
    assert read(MONTHLY.replace("March     320", "March     350"), published="2026-04-03")["errors"] != []


def test_a_month_before_a_figure_with_a_thousands_comma_is_the_month():
    r = read("Kenya's exports by month (million $):\nJanuary   2,210\nFebruary  2,420\n", published="2026-04-03")
    assert r["claims"]["2,210"]["period"] == "2026-01"
