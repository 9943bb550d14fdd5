"""Market notes of export-promotion agencies (a thirty-seventh round of passages, second
wave): the market's own trade under a publisher's name that holds another country, key-figure
rows of one product and its partners, a product's part "alone" of a total, a CAGR over its
span checked against its table's two levels, and a product's exports, imports and balance
in one sentence. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


NOTE = ("CORÉE DU SUD – Le marché des jouets\n"
        "Note de marché Business France | avril 2024\n\n"
        "KEY FIGURES\n\n"
        "- Toy imports (2023): ₩2,000 billion\n"
        "- Imports from Germany: ₩300 billion, a 15% share\n"
        "- Market size (retail, 2023): ₩6,100 billion\n")


def test_a_market_note_reports_the_market_not_the_publishers_country():
    """"Note de marché Business France" over "CORÉE DU SUD": the rows are Korea's trade."""
    c = read(NOTE)["claims"]["₩2,000 billion"]
    assert (c["measure"], c["reporter"], c["partner"], c["commodity"]) == ("imports", "KOR", "WLD", "toy")


def test_a_partner_row_under_a_product_row_is_that_products_flow():
    """"- Imports from Germany: X, a 15% share" under "- Toy imports": toys from Germany."""
    r = read(NOTE)
    c = r["claims"]["₩300 billion"]
    assert (c["reporter"], c["partner"], c["period"], c["commodity"]) == ("KOR", "DEU", "2023", "toy")
    assert not r["errors"]


def test_a_market_size_row_is_no_trade_flow():
    """"- Market size (retail, 2023): X": a domestic market, no imports or exports."""
    assert read(NOTE)["claims"]["₩6,100 billion"]["measure"] == "other"


def test_a_changed_share_of_the_row_above_is_flagged():
    assert read(NOTE.replace("a 15% share", "a 25% share"))["errors"]


MACHINES = ("Imports of packaging machinery amounted to EGP 9.0 billion in 2023, up 12% from EGP 8.0 billion in 2022. "
            "Fillers alone represented EGP 3.6 billion, or 40% of the total.")


def test_a_part_alone_after_a_total_is_its_product_in_the_totals_year():
    """"Fillers alone represented X, or 40% of the total": fillers, 2023, of the imports before."""
    c = read(MACHINES, "2024-05-02")["claims"]["EGP 3.6 billion"]
    assert (c["measure"], c["period"], c["commodity"]) == ("imports", "2023", "fillers")
    assert not read(MACHINES, "2024-05-02")["errors"]


def test_a_changed_part_alone_is_flagged_against_the_total():
    assert read(MACHINES.replace("EGP 3.6 billion", "EGP 4.6 billion"), "2024-05-02")["errors"]


FORECAST = ("Revenue in the Bicycles market amounts to US$2.00bn in 2024. The market is expected to grow annually "
            "by 4.00% (CAGR 2024-2028).\n\n"
            "| Indicator      | Value     |\n"
            "|----------------|-----------|\n"
            "| Revenue 2024   | US$2.00bn |\n"
            "| Revenue 2028   | US$2.34bn |\n"
            "| CAGR 2024-2028 | 4.00%     |\n")


def test_a_cagr_in_brackets_is_a_yearly_rate_over_its_span():
    """"grow annually by 4.00% (CAGR 2024-2028)": 2024 to 2028 compounded, no change over one year."""
    c = read(FORECAST)["claims"]["4.00%"]
    assert (c["period"], c["base_period"], c.get("yearly_rate")) == ("2028", "2024", True)


def test_a_cagr_row_fits_the_levels_of_its_span():
    """2.00 x 1.04^4 = 2.34: the table's rows agree."""
    assert not read(FORECAST)["errors"]


def test_a_changed_end_level_of_a_cagr_span_is_flagged():
    assert read(FORECAST.replace("US$2.34bn", "US$2.64bn"))["errors"]


TRADE = ("In 2023, exports of bicycles and parts were valued at US$3.20bn, while imports reached US$1.10bn, "
         "resulting in a trade surplus of US$2.10bn.")


def test_a_products_exports_imports_and_surplus_in_one_sentence_are_of_that_product():
    """The imports and surplus after "exports of bicycles and parts" are of the same product."""
    c = read(TRADE)["claims"]["US$2.10bn"]
    assert (c["measure"], c["commodity"]) == ("balance", "bicycles and parts")


def test_a_changed_surplus_of_a_products_trade_is_flagged():
    assert read(TRADE.replace("US$2.10bn", "US$2.40bn"))["errors"]
