"""Customs revenue reports (a thirty-eighth round of passages): money a customs body collects
read as its own money, no trade flow ("takings", "generated", a levy heading a list line,
shillings written "/-"), and checked where the words tie it: a change set beside "the
collection" of the sentence before, collections listed by station or department against the
total, a change of levels "to ... from ...". Also a reporting clause before a product, and a
valuation named right after a total that a "made up of" list breaks down."""
import pytest

from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def claim(text: str, figure: str, published: str = "2024-03-01") -> dict:
    return next(c for c in read(text, published)["claims"] if c["text"] == figure)


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in read(text, published)["findings"] if f["status"] == "inconsistent"]


def test_customs_takings_in_a_headlines_second_clause_are_revenue():
    """"X imports hit A as customs takings rise N%": the percent is the takings', not the imports'."""
    text = ("Indian imports hit Rs900bn as customs takings climb 12pc\n\n"
            "Sri Lanka's imports from India rose 3.0 percent to Rs900 billion in 2023 from Rs873.8 billion in 2022.")
    assert claim(text, "12pc")["measure"] == "other"
    assert errors(text) == []


def test_a_levy_on_imports_heading_a_list_line_is_the_levy():
    """"- VAT on imports: KSh 301 billion": the money is the VAT collected, no imports."""
    text = ("Kenya's customs department collected KSh 700 billion in 2023.\n\n"
            "The revenue heads were:\n- Excise Duty on imports: KSh 88.1 billion\n- VAT on imports: KSh 301.0 billion\n")
    assert claim(text, "KSh 88.1 billion")["measure"] == "other"
    assert claim(text, "KSh 301.0 billion")["measure"] == "other"


@pytest.mark.parametrize("old, flagged", [("2.75", False), ("2.55", True)])
def test_a_change_right_after_to_and_from_levels_is_theirs_whatever_their_dates(old, flagged):
    """"rose to A from B, an increase of N%": the earlier level's date unsaid, the change still ties them."""
    text = ("NAIROBI, July 2024 - Kenya's customs department reported on the financial year 2023/24. "
            f"The value of imports cleared during the year rose to KSh 3.00 trillion from KSh {old} trillion, "
            "an increase of 9.1 per cent.")
    assert bool(errors(text, "2024-07-10")) is flagged


def test_shillings_written_with_a_slash_dash_are_money():
    """"collected 5.10 trillion/-": Tanzanian shillings in a text about Tanzania."""
    text = "The Tanzania Revenue Authority collected 5.10 trillion/- in the second quarter of 2024."
    c = claim(text, "5.10 trillion/-", "2024-10-08")
    assert (c["currency"], c["value"]) == ("TZS", 5.10e12)


@pytest.mark.parametrize("old, flagged", [("52.30", False), ("49.30", True)])
def test_the_collection_of_the_sentence_before_against_an_earlier_level(old, flagged):
    """"The collection is N% higher than the B collected a year earlier": the figure the sentence before gave."""
    text = ("The Bureau of Customs collected PHP 55.70 billion in March 2024, above its target of PHP 54.10 billion. "
            f"The collection is 6.5 percent higher than the PHP {old} billion collected in March 2023.")
    assert bool(errors(text, "2024-04-05")) is flagged


def test_the_figure_before_may_be_a_trade_flow():
    """"Exports were A, beating the target of T. The figure marks an N% rise from B": the exports give it."""
    text = ("Morocco ended 2024 with exports of $44.0 billion, beating the ministry's target of $42.0 billion. "
            "The figure marks a 10.0 percent rise from $40.0 billion in 2023.")
    assert errors(text, "2025-01-10") == []


@pytest.mark.parametrize("part, flagged", [("1.10", False), ("1.70", True)])
def test_collections_by_station_never_exceed_the_total(part, flagged):
    """"Port A contributed x, port B y and the airport z, with the remaining w": parts of the half's collection."""
    text = ("The Customs Division collected GH¢6.50 billion in the first half of 2023, above its target. "
            f"A breakdown shows that the main port contributed GH¢4.30 billion, the western port GH¢{part} billion "
            "and the airport GH¢0.50 billion, with the remaining GH¢0.60 billion coming from the land borders.")
    assert bool(errors(text, "2023-07-20")) is flagged


@pytest.mark.parametrize("old, flagged", [("250.0", False), ("210.0", True)])
def test_money_a_customs_command_generated_is_its_collection(old, flagged):
    """"The port command has generated A, representing an N% increase over the B collected": revenue, checked."""
    text = ("The Onne Port Command of the Nigeria Customs Service has generated N300.0bn in the first half of 2023, "
            f"representing a 20.0 per cent increase over the N{old}bn collected in the corresponding period of 2022.")
    assert claim(text, "N300.0bn", "2023-07-20")["measure"] == "other"
    assert bool(errors(text, "2023-07-20")) is flagged


def test_exports_that_generated_money_keep_their_flow():
    """"Coffee exports generated $1.2bn": the exports' value, no body's revenue."""
    text = "Uganda's coffee exports generated $1.2 billion in 2023, the customs service said."
    assert claim(text, "$1.2 billion")["measure"] == "exports"


@pytest.mark.parametrize("part, flagged", [("20.0", False), ("45.0", True)])
def test_a_total_at_a_valuation_made_up_of_parts_after_a_reporting_clause(part, flagged):
    """"the controller said goods worth W FOB passed through, made up of A valued at x, B y and C z"."""
    text = ("On exports, the controller said goods worth N120.0 billion Free On Board (FOB) passed through the "
            f"command in 2017, made up of agricultural produce valued at N50.0 billion, solid minerals N{part} billion "
            "and manufactured goods N50.0 billion.")
    total = claim(text, "N120.0 billion", "2018-01-10")
    assert total["commodity"] is None and total["valuation"] == "FOB"
    assert claim(text, "N50.0 billion", "2018-01-10")["commodity"] == "agricultural products"
    assert bool(errors(text, "2018-01-10")) is flagged


@pytest.mark.parametrize("share, flagged", [("4.3", False), ("7.3", True)])
def test_an_excess_over_a_target_restated_as_a_percent_without_a_comma(share, flagged):
    """"surpassing its target of T by E or N percent": N is E over T, comma or none."""
    text = ("The Bureau of Customs collected PHP 80.79 billion in January 2025, surpassing its target of "
            f"PHP 77.46 billion by PHP 3.33 billion or {share} percent.")
    assert bool(errors(text, "2025-02-04")) is flagged


def test_a_shortfall_against_a_revenue_target_is_no_trade_deficit():
    """"collected A in revenue against the target of T, a shortfall of S": the revenue's gap, no balance."""
    text = ("Benapole Custom House collected Tk 3,000.50 crore in revenue in fiscal 2020-21 against the target "
            "of Tk 3,900.00 crore, a shortfall of Tk 899.50 crore.")
    assert claim(text, "Tk 899.50 crore", "2021-07-05")["measure"] == "other"


def test_exports_processed_at_a_collection_are_exports():
    """"exports processed at the collection were worth A, up N% from B": the station is where, not what."""
    text = ("In 2017, non-traditional exports processed at the collection were worth US$1.30 billion, "
            "up 8.3 per cent from US$1.20 billion in 2016.")
    assert claim(text, "US$1.30 billion", "2018-01-16")["measure"] == "exports"
