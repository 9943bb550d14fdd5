"""Energy trade (oil, LNG, coal, power): readings fixed in round 23. Each test is a short
text of its own, correct and, where it applies, with one figure planted wrong."""
from tradecheck import verify_text


def claims(text: str, published: str) -> dict[str, dict]:
    return {c["text"]: c for c in verify_text(text, published=published, reference="none").to_dict()["claims"]}


def errors(text: str, published: str) -> list[str]:
    findings = verify_text(text, published=published, reference="none").to_dict()["findings"]
    return [f["message"] for f in findings if f["status"] == "inconsistent"]


# --- a product article that turns to the whole of trade ---------------------------------

FUEL_BILL = """Fuel imports drop 6.1pc in first half

KARACHI: Fuel imports fell 6.1 per cent to $8.40 billion in the first half of the fiscal year, official data showed.

Fuel made up 28.0pc of the country's total imports, which stood at $30.00bn over the six months. With exports of {exports}, the trade deficit shrank to $14.20bn.
"""


def test_figures_after_the_whole_are_not_the_headline_product():
    c = claims(FUEL_BILL.format(exports="$15.80bn"), "2024-01-20")
    assert c["$15.80bn"]["commodity"] is None
    assert c["$14.20bn"]["commodity"] is None
    assert errors(FUEL_BILL.format(exports="$15.80bn"), "2024-01-20") == []


def test_a_planted_export_figure_breaks_the_balance():
    assert errors(FUEL_BILL.format(exports="$17.80bn"), "2024-01-20")


# --- "Of the total," breaking down a product group's figure --------------------------------

GROUP = """Energy imports ease

Vietnam's energy group import bill fell 4.0 per cent to $20.00 billion in 2023 from $20.83 billion in 2022, customs data showed. Of the total, crude oil accounted for $9.10bn, coal for {coal} and natural gas for $3.40bn.
"""


def test_parts_of_a_broken_down_group_stay_within_it():
    assert errors(GROUP.format(coal="$7.50bn"), "2024-01-15") == []
    assert errors(GROUP.format(coal="$9.50bn"), "2024-01-15")


def test_a_known_group_after_the_breakdown_keeps_its_own_name():
    text = ("Petroleum imports rise\n\nKenya's petroleum imports rose to $5.00 billion in 2023. "
            "Of the total, petroleum products accounted for $3.10bn and crude oil for $1.20bn.\n")
    assert claims(text, "2024-02-01")["$3.10bn"]["commodity"] == "petroleum products"


# --- a fiscal year's months restated in brackets ------------------------------------------

def test_months_restated_in_brackets_are_of_the_fiscal_year():
    text = ("Pakistan's exports rose 9.0 per cent to $21.00 billion during the first nine months "
            "(July-March) of the current fiscal year.\n")
    assert claims(text, "2024-04-10")["$21.00 billion"]["period"] == "2023-07/2024-03"


# --- "year-on-year" in a sentence with no figure --------------------------------------------

QUARTER = """Ghana's exports jump

Ghana's exports rose to GH¢40.0 billion in the first quarter of 2024, a 60.0 per cent increase on the GH¢25.0 billion recorded in the corresponding quarter of 2023.

Analysts put much of the year-on-year jump down to the cedi's fall.

Gold exports were valued at GH¢22.0 billion, accounting for {share} per cent of total exports.
"""


def test_a_footing_word_does_not_move_the_text_to_the_year_before():
    c = claims(QUARTER.format(share="55.0"), "2024-06-01")
    assert c["GH¢22.0 billion"]["period"] == "2024-Q1"
    assert errors(QUARTER.format(share="55.0"), "2024-06-01") == []


def test_a_planted_share_is_checked_against_the_quarter():
    assert errors(QUARTER.format(share="65.0"), "2024-06-01")


# --- "Compared with the X recorded in P, ... declined by N%" -------------------------------

COMPARED = """Ghana's exports rose to GH¢40.0 billion in the second quarter of 2024, a 60.0 per cent increase on the GH¢25.0 billion recorded in the corresponding quarter of 2023. Compared with the GH¢50.0 billion recorded in the first quarter of 2024, however, exports declined by {change} per cent.
"""


def test_an_opening_comparison_dates_the_base_of_the_change():
    c = claims(COMPARED.format(change="20.0"), "2024-09-01")
    assert c["20.0 per cent"]["base_period"] == "2024-Q1"
    assert errors(COMPARED.format(change="20.0"), "2024-09-01") == []
    assert errors(COMPARED.format(change="12.0"), "2024-09-01")


# --- a labelled line with an earlier year in brackets ----------------------------------------

def test_a_bracketed_label_dates_only_its_own_figure():
    text = ("Korea's trade deficit narrowed in 2023.\n\n"
            "  Exports: 600.0 trillion won\n  Imports: 610.0 trillion won\n"
            "  Trade balance: -10.0 trillion won (2022: -40.0 trillion won)\n\n"
            "The deficit was about 75% smaller than in the previous year.\n")
    c = claims(text, "2024-01-05")
    assert c["-10.0 trillion won"]["period"] == "2023"
    assert errors(text, "2024-01-05") == []


# --- "non-oil and gas" and "which were worth" -----------------------------------------------

NON_OIL = """Palm oil accounted for 10.0 percent of the country's non-oil and gas exports, which were worth US$200.0 billion in 2023. Including oil and gas exports of US${oil} billion, total exports reached US$230.0 billion.
"""


def test_non_oil_and_gas_is_one_scope_and_the_whole_of_the_share():
    c = claims(NON_OIL.format(oil="30.0"), "2024-02-01")
    assert c["US$200.0 billion"]["commodity"] == "non-oil and gas"
    assert errors(NON_OIL.format(oil="30.0"), "2024-02-01") == []
