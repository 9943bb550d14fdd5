"""Number formats and markup (a thirty-fifth round of passages): thousands grouped by
apostrophes as Swiss releases print them, a decimal comma in a small table of a text that
writes decimal dots, Markdown-like tables without their rule, a total row under a row of the
rest, country-profile label blocks ("Exports:" over year-tagged value lines), and tables in
MediaWiki markup. How each is read."""
from tradecheck import verify_text
from tradecheck.extract.numbers import parse_number
from tradecheck.extract.wiki_tables import pipe_wiki


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


SWISS = ("Bern, 05.03.2024 - In February 2024, exports rose to 21'406 million francs. Imports came to "
         "17'950 million francs. The trade balance closed with a surplus of 3'456 million francs.")


def test_an_apostrophe_groups_thousands():
    """"21'406 million francs" is CHF 21.4bn, not 406 million."""
    c = read(SWISS)["claims"]["21'406 million francs"]
    assert (c["value"], c["currency"], c["measure"]) == (21_406e6, "CHF", "exports")


def test_apostrophe_grouped_figures_add_up_and_a_changed_one_is_flagged():
    """The balance of apostrophe-grouped figures is checked as any other."""
    assert not read(SWISS)["errors"]
    assert read(SWISS.replace("3'456", "4'456"))["errors"]


def test_an_apostrophe_of_a_decade_or_a_quote_is_no_separator():
    """"the 1990's" and "'95" keep their apostrophes: three digits after the mark only."""
    assert parse_number("12'305") == (12305.0, 1.0)
    assert parse_number("1'234'567.5")[0] == 1234567.5
    assert read("Exports in the 1990's grew to $5 billion in 1999.", "2000-01-10")["claims"]["$5 billion"]["value"] == 5e9


SWISS_TABLE = ("Exports by product group, March 2024 (in million CHF)\n\n"
               "| Product group | Million CHF | Change in % |\n"
               "| Watches | 2'047 | -1.2 |\n"
               "| Metals | 1'234 | -0.8 |\n"
               "| Other | 3'279 | +0.6 |\n"
               "| Total | 6'560 | +0.1 |\n")


def test_a_table_with_outer_pipes_and_no_rule_under_its_header_is_read():
    """"| Watches | 2'047 |" under "| Product group | Million CHF |": a cell of CHF 2.05bn."""
    c = read(SWISS_TABLE, "2024-04-18")["claims"]["2'047"]
    assert (c["value"], c["measure"], c["commodity"]) == (2_047e6, "exports", "watches")


def test_a_total_under_the_rest_is_the_sum_of_every_row():
    """Rows ending with "Other" share out the total: a changed row is flagged."""
    assert not read(SWISS_TABLE, "2024-04-18")["errors"]
    errors = read(SWISS_TABLE.replace("| Metals | 1'234", "| Metals | 1'934"), "2024-04-18")["errors"]
    assert any("Total" in e for e in errors)


def test_mio_over_a_column_is_million():
    """"Mio. CHF" heading a column: each cell is millions of francs."""
    text = ("Foreign trade 2023\n\n| | Mio. CHF | Change in % |\n| Exports | 274'300 | +2.1 |\n"
            "| Imports | 229'100 | +1.0 |\n")
    c = read(text, "2024-01-30")["claims"]["274'300"]
    assert (c["value"], c["measure"]) == (274_300e6, "exports")


KEY_FIGURES = ("Poland exported cars worth EUR 5.20 billion in the first half of 2024, according to GUS. "
               "Total exports reached EUR 90.1 billion.\n\n"
               "Main export products, H1 2024 (EUR billion):\n"
               "Cars: 5,20\n"
               "Furniture: 3,85\n")


def test_a_comma_before_two_digits_is_a_decimal_comma_in_a_text_of_decimal_dots():
    """"Cars: 5,20" under "(EUR billion)": €5.2bn, not €520bn."""
    r = read(KEY_FIGURES, "2024-09-06")
    assert r["claims"]["5,20"]["value"] == 5.2e9
    assert not r["errors"]


def test_a_product_exported_worth_an_amount_is_that_product():
    """"exported electric batteries worth EUR 3.9 billion": the batteries' exports."""
    c = read("Hungary exported electric batteries worth EUR 3.9 billion in 2023.", "2024-03-01")["claims"]["EUR 3.9 billion"]
    assert (c["measure"], c["commodity"]) == ("exports", "batteries")


PROFILE = ("Ruritania\n\n"
           "Real GDP (purchasing power parity):\n$512.0 billion (2023 est.)\n$498.5 billion (2022 est.)\n\n"
           "Exports:\n$61.2 billion (2023 est.)\n$58.0 billion (2022 est.)\n\n"
           "Imports:\n$70.4 billion (2023 est.)\n$66.1 billion (2022 est.)\n\n"
           "Current account balance:\n-$4.1 billion (2023 est.)\n-$3.3 billion (2022 est.)\n")


def test_value_lines_under_a_label_line_are_of_the_label():
    """"Exports:" over "$61.2 billion (2023 est.)": exports in 2023."""
    c = read(PROFILE, "2024-10-01")["claims"]["$61.2 billion"]
    assert (c["measure"], c["period"], c["attribution"]["measure"]) == ("exports", "2023", "label-above")


def test_gdp_and_the_current_account_under_their_labels_are_no_trade_flow():
    """"Real GDP:" and "Current account balance:" over their figures: no exports-minus-imports check."""
    r = read(PROFILE, "2024-10-01")
    assert r["claims"]["$512.0 billion"]["measure"] == "other"
    assert r["claims"]["-$4.1 billion"]["measure"] == "other"
    assert not r["errors"]


WIKI = ("Economy of Portugal\n\n"
        '{| class="wikitable"\n'
        "|+ Trade in goods (EUR billion)\n"
        "! Year !! Exports !! Imports !! Balance\n"
        "|-\n"
        "| 2021 || 51.2 || 48.9 || 2.3\n"
        "|-\n"
        "| 2022 || 55.0 || 57.5 || −2.5\n"
        "|}\n\n"
        "Exports rose 7.4% in 2022.\n")


def test_a_mediawiki_table_is_read_as_a_pipe_table_with_its_offsets():
    """The markup is written over with spaces and single pipes; every offset stays."""
    plain = pipe_wiki(WIKI)
    assert len(plain) == len(WIKI) and "2021  | 51.2  | 48.9" in plain


def test_a_mediawiki_tables_cells_are_claims_of_their_column_and_row():
    """"| 2022 || 55.0 ||" under "! Year !! Exports": exports of 2022, in the caption's unit."""
    c = read(WIKI, "2023-09-30")["claims"]["55.0"]
    assert (c["value"], c["currency"], c["measure"], c["period"]) == (55e9, "EUR", "exports", "2022")


def test_a_changed_cell_of_a_mediawiki_table_is_flagged():
    assert not read(WIKI, "2023-09-30")["errors"]
    assert read(WIKI.replace("|| 57.5 ||", "|| 59.5 ||"), "2023-09-30")["errors"]
