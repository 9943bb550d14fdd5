"""Indian government trade releases (a fortieth round of passages): quarters counted from
April in a text on an Indian financial year, "grew X per cent over <level>", abbreviated
country names of DGCIS tables, a share of the figure the top destinations take together, a
table row that leaves its last column empty, a level set against a figure with no period of
its own after a dated one, and a scheme's outlay. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-07-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


QUARTER = ("NEW DELHI, July 20, 2025: India's textile exports rose 5.0 per cent to USD 10.50 billion in "
           "April-June 2025, the first quarter of the financial year 2025-26, against USD 10.00 billion "
           "in the same quarter of 2024-25.\n\n"
           "Textiles made up 10.00 per cent of the country's merchandise exports of USD 105.00 billion "
           "in the first quarter. Exports to the UK came to USD 1.20 billion in Q1.")


def test_the_first_quarter_of_an_indian_financial_year_is_april_to_june():
    """"the first quarter", "Q1" with no year, in a text on 2025-26: April-June 2025."""
    r = read(QUARTER)
    assert r["claims"]["USD 105.00 billion"]["period"] == "2025-Q2"
    assert r["claims"]["10.00 per cent"]["period"] == "2025-Q2"
    assert r["claims"]["USD 1.20 billion"]["period"] == "2025-Q2"
    assert not r["errors"]


def test_a_changed_share_of_the_quarter_is_flagged():
    assert read(QUARTER.replace("made up 10.00 per cent", "made up 12.00 per cent"))["errors"]


def test_a_calendar_text_keeps_the_calendar_quarter():
    """No fiscal year named: "the first quarter" of a text on 2025 is January-March."""
    text = ("NEW DELHI, July 20, 2025: India's exports were USD 100.00 billion in the first quarter "
            "of 2025. Textiles were USD 10.00 billion in the first quarter.")
    assert read(text)["claims"]["USD 10.00 billion"]["period"] == "2025-Q1"


GREW_OVER = ("NEW DELHI, May 15, 2025: Merchandise exports in 2024-25 were USD 102.00 billion. "
             "Exports grew 2.00 per cent over USD 100.00 billion in 2023-24.")


def test_grew_x_per_cent_over_a_level_gives_the_base_level():
    """"grew X per cent over <level> in <year>": the level is the change's base, no lower bound."""
    r = read(GREW_OVER, "2025-05-15")
    base = r["claims"]["USD 100.00 billion"]
    change = r["claims"]["2.00 per cent"]
    assert base["bound"] == "eq" and base["period"] == "2023-04/2024-03"
    assert (change["period"], change["base_period"]) == ("2024-04/2025-03", "2023-04/2024-03")
    assert not r["errors"]
    assert read(GREW_OVER.replace("grew 2.00", "grew 4.00"), "2025-05-15")["errors"]


DGCIS = ("Quick Estimates: Direction of India's Merchandise Exports, 2022-23\n\n"
         "India's merchandise exports during 2022-23 were valued at US$ 400.00 billion. "
         "The top three destinations together accounted for US$ 100.00 billion, or 25.00% of the total.\n\n"
         "Top export destinations, 2022-23 (values in US$ billion)\n\n"
         "Rank  Country        2021-22   2022-23\n"
         "1     U S A            45.00     50.00\n"
         "2     U Arab Emts      25.00     30.00\n"
         "3     Netherland       18.00     20.00\n")


def test_dgcis_country_abbreviations_are_read():
    """"U S A", "U Arab Emts", "Netherland": a DGCIS table's country names."""
    r = read(DGCIS, "2023-05-10")
    assert r["claims"]["50.00"]["partner"] == "USA"
    assert r["claims"]["30.00"]["partner"] == "ARE"
    assert r["claims"]["20.00"]["partner"] == "NLD"


def test_the_share_of_the_top_destinations_is_of_the_total():
    """"The top three destinations together accounted for $X, or Y% of the total": X over the total."""
    assert not read(DGCIS, "2023-05-10")["errors"]
    assert read(DGCIS.replace("or 25.00%", "or 27.00%"), "2023-05-10")["errors"]


TABLE = ("India's total exports during April-March 2025-26 are estimated at USD 800.00 Billion and "
         "total imports at USD 900.00 Billion.\n\n"
         "Table: Trade during April-March 2025-26 (USD Billion)\n\n"
         "                       FY 2025-26   FY 2024-25   Growth (%)\n"
         "Merchandise Exports       400.00       380.00        5.26\n"
         "Merchandise Imports       700.00       680.00        2.94\n"
         "Services Exports          400.00       360.00       11.11\n"
         "Services Imports          200.00       190.00        5.26\n"
         "Trade Balance            -100.00      -130.00\n")


def test_a_row_that_leaves_its_last_column_empty_is_read():
    """"Trade Balance  -100.00  -130.00" under rows with a growth column: the balance of each year."""
    r = read(TABLE, "2026-04-15")
    c = r["claims"]["-100.00"]
    assert (c["measure"], c["period"]) == ("balance", "2025-04/2026-03")
    assert r["claims"]["-130.00"]["period"] == "2024-04/2025-03"
    assert not r["errors"]
    assert read(TABLE.replace("-100.00  ", "-110.00  "), "2026-04-15")["errors"]


def test_a_compared_level_without_a_period_takes_the_first_comparisons():
    """"..., as compared to USD 41.00 Billion in March 2025, while imports were X, as compared to
    Y.": Y is of March 2025 too, not a second figure of March 2026."""
    text = ("Merchandise exports in March 2026 were USD 43.00 Billion, as compared to USD 41.00 Billion "
            "in March 2025, while merchandise imports were USD 66.00 Billion, as compared to USD 63.00 Billion.")
    assert read(text, "2026-04-15")["claims"]["USD 63.00 Billion"]["period"] == "2025-03"


def test_a_schemes_outlay_is_no_export_figure():
    """"The Export Promotion Mission, with an outlay of Rs X crore": other money."""
    text = "The Export Promotion Mission, with an outlay of Rs 25,000 crore, will support exporters."
    assert read(text, "2026-04-15")["claims"]["Rs 25,000 crore"]["measure"] == "other"
