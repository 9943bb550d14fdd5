"""Periods of quarterly and monthly releases: a quarter named by its last month without a
year (also "June-quarter", "June qtr", "the quarter to June"), in the year the text is on; a
quarterly release's changes on the quarter before once it says so; a change opening with
the two months it runs between; a change in money dated by the period after its noun; an
"annual rate of change" on the year before, even in a monthly release."""
from tradecheck import verify_text


def read(text: str, published: str = "2023-09-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_quarter_spelt_with_a_hyphen_an_abbreviation_or_to_its_month():
    """Read: "the June-quarter", "the March qtr", "the quarter to June" are quarters, not the month."""
    r = read("Imports for the June-quarter were $21.3 billion. Exports rose 2.1% in the March qtr. "
             "The surplus in the quarter to June was $4.4 billion.")
    assert r["claims"]["$21.3 billion"]["period"] == "2023-Q2"
    assert r["claims"]["2.1%"]["period"] == "2023-Q1"
    assert r["claims"]["$4.4 billion"]["period"] == "2023-Q2"


def test_a_quarter_without_a_year_is_of_the_year_in_context():
    """Read: "to $4.1 billion in the December 2022 quarter from $5.0 billion in the September quarter", published in September 2023: the September before."""
    text = ("New Zealand's goods surplus narrowed 18% to $4.1 billion in the December 2022 quarter "
            "from $5.0 billion in the September quarter, Stats NZ said.")
    r = read(text, published="2023-09-20")
    assert r["claims"]["$4.1 billion"]["period"] == "2022-Q4"
    assert r["claims"]["$5.0 billion"]["period"] == "2022-Q3"
    assert r["errors"] == []
    assert read(text.replace("18%", "28%"), published="2023-09-20")["errors"]


def test_a_quarterly_release_that_compares_with_the_quarter_before():
    """Read: "Export prices fell 1.1% in the June 2023 quarter" in a text that says "fell 19.5% from the March quarter": on the March quarter."""
    text = ("Export prices fell 1.1 percent in the June 2023 quarter, Stats NZ said. "
            "Fuel import prices fell 19.5 percent from the March quarter.")
    r = read(text)
    assert r["claims"]["1.1 percent"]["period"] == "2023-Q2"
    assert r["claims"]["1.1 percent"]["base_period"] == "2023-Q1"


def test_a_quarterly_release_that_also_compares_with_a_year_earlier_leaves_the_unsaid_footing_a_guess():
    """Read: with both "from the March quarter" and "from the June 2022 quarter" said, a change that says neither is checked against neither."""
    text = ("Exports rose 4.0 percent in the June 2023 quarter to $17.1 billion. "
            "In the March 2023 quarter, exports had been $16.0 billion. "
            "Import prices fell 6.0 percent from the March quarter, and 2.0 percent from the June 2022 quarter.")
    r = read(text)
    assert r["errors"] == []


def test_a_change_opening_with_the_two_months_it_runs_between():
    """Read: "From February 2024 to March 2024 the index rose by 0.4%": March against February; "Between January and February" likewise."""
    r = read("From February 2024 to March 2024 the index of import prices rose by 0.4%. "
             "Between January and February, exports fell 2%.", published="2024-04-29")
    assert (r["claims"]["0.4%"]["period"], r["claims"]["0.4%"]["base_period"]) == ("2024-03", "2024-02")
    assert (r["claims"]["2%"]["period"], r["claims"]["2%"]["base_period"]) == ("2024-02", "2024-01")


def test_a_run_of_months_opening_a_sentence_stays_a_run():
    """Read: "From January to September, exports rose 5%" and "From January 2024 to March 2024, exports rose 3% year on year" are runs of months."""
    r = read("From January to September, exports rose 5%. From January 2024 to March 2024, imports rose 3% year on year.",
             published="2024-10-20")
    assert r["claims"]["5%"]["period"] == "2024-01/2024-09"
    assert (r["claims"]["3%"]["period"], r["claims"]["3%"]["base_period"]) == ("2024-Q1", "2023-Q1")


def test_a_change_in_money_dated_after_its_noun():
    """Read: "compared to a $1.4 billion increase in July", in a sentence on August: the July change."""
    r = read("The goods deficit widened by $2.4 billion in August, compared to a $1.4 billion increase in July.",
             published="2019-10-04")
    assert r["claims"]["$2.4 billion"]["period"] == "2019-08"
    assert r["claims"]["$1.4 billion"]["period"] == "2019-07"


def test_an_annual_rate_of_change_in_a_monthly_release():
    """Read: "the annual rate of change had been -4.9% in February and -5.9% in January", in a release comparing months: each on its month a year earlier."""
    r = read("The index of import prices rose by 0.4% from February to March 2024. "
             "The annual rate of change had been -4.9% in February and -5.9% in January 2024.", published="2024-04-29")
    assert (r["claims"]["-4.9%"]["period"], r["claims"]["-4.9%"]["base_period"]) == ("2024-02", "2023-02")
    assert (r["claims"]["-5.9%"]["period"], r["claims"]["-5.9%"]["base_period"]) == ("2024-01", "2023-01")
