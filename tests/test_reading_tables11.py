"""Sentences of kinds met in an eleventh round of passages (drafts and newsletters in
markdown): key-figure lines, bullets under a product's lead, flows named inside a bracket
after the figures, and markdown tables."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-01-06") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


KEY_FIGURES = ("VIETNAM TRADE WRAP — 2024\n\n"
               "Total: $786.3bn | Exports: $405.5bn (+14.3%) | Imports: $380.8bn (+16.7%) | Surplus: $24.7bn\n\n"
               "Hanoi, Jan 6 — Vietnam's exports reached $405.5bn last year, up from $354.7bn.")


def test_a_bare_total_label_in_a_key_figures_line_is_total_trade():
    r = read(KEY_FIGURES)
    assert r["claims"]["$786.3bn"]["measure"] == "trade_total"
    assert r["claims"]["$405.5bn"]["measure"] == "exports"
    assert r["errors"] == []


def test_a_bare_total_label_as_a_bullet_is_total_trade():
    r = read("Vietnam, 2024 at a glance\n\n• Exports: $405.5bn\n• Imports: $380.8bn\n• Total: $786.3bn\n")
    assert r["claims"]["$786.3bn"]["measure"] == "trade_total"
    assert r["errors"] == []


def test_a_total_label_inside_a_sentence_is_no_key_figure():
    # "the total: $786.3bn" in running prose after a flow is that flow's total
    r = read("Vietnam's exports rose again last year; the figure for the year was a record, in total: $405.5bn.")
    assert r["claims"]["$405.5bn"]["measure"] == "exports"


COPPER = ("COPPER NOTE — Chile, full-year 2023\n\n"
          "Chile's copper exports: US$50.8bn\n"
          "• China: US$26.6bn (52.4%)\n"
          "• Japan: US$5.3bn\n"
          "• Copper share of total exports (US$94.9bn): 53.5%\n")


def test_a_partner_bullet_under_a_products_lead_keeps_the_product():
    r = read(COPPER, "2024-02-08")
    china, japan = r["claims"]["US$26.6bn"], r["claims"]["US$5.3bn"]
    assert (china["partner"], china["commodity"]) == ("CHN", "copper")
    assert (japan["partner"], japan["commodity"]) == ("JPN", "copper")
    assert r["errors"] == []


def test_a_partner_bullet_under_a_lead_with_no_product_keeps_none():
    # (the copper named before is the text's last product, but not the list's lead's)
    r = read("Chile's copper exports were US$50.8bn in 2023.\n\nChile's exports: US$94.9bn\n"
             "• China: US$38.1bn\n", "2024-02-08")
    assert r["claims"]["US$38.1bn"]["commodity"] is None


def test_a_share_label_names_the_part_and_its_bracket_the_whole():
    r = read(COPPER, "2024-02-08")
    whole, share = r["claims"]["US$94.9bn"], r["claims"]["53.5%"]
    assert whole["commodity"] is None and whole["measure"] == "exports"
    assert (share["kind"], share["commodity"]) == ("share", "copper")
    assert r["errors"] == []


def test_a_wrong_share_in_a_share_label_is_found():
    r = read(COPPER.replace("53.5%", "63.5%"), "2024-02-08")
    assert r["errors"]


YTD = ("Beijing, Dec 7 — Trade between China and Russia reached $218.2bn in January-November, customs data showed.\n\n"
       "- China's exports to Russia: $100.3bn YTD\n- Imports from Russia: $117.9bn YTD\n"
       "- November alone: $21.1bn ($9.6bn exports, $11.5bn imports)\n")


def test_flow_words_after_the_figures_in_a_bracket_name_each_and_the_figure_before_is_their_total():
    r = read(YTD, "2023-12-07")
    assert r["claims"]["$21.1bn"]["measure"] == "trade_total"
    assert r["claims"]["$9.6bn"]["measure"] == "exports"
    assert r["claims"]["$11.5bn"]["measure"] == "imports"
    assert r["errors"] == []


def test_a_bracketed_split_that_does_not_add_up_is_found():
    r = read(YTD.replace("$9.6bn", "$9.9bn"), "2023-12-07")
    assert any("$21.1bn" in e for e in r["errors"])


TABLE = ("US goods imports from Mexico climbed to $475.6bn last year.\n\n"
         "| Partner | 2023 | 2022 | Change |\n|---|---|---|---|\n"
         "| Mexico | $475.6bn | $454.8bn | +4.6% |\n"
         "| China | $427.2bn | $536.3bn | -20.3% |\n")


def test_a_markdown_table_cell_takes_its_column_headers_period_and_its_rows_partner():
    r = read(TABLE, "2024-02-10")
    old, china = r["claims"]["$454.8bn"], r["claims"]["$536.3bn"]
    assert (old["period"], old["partner"]) == ("2022", "MEX")
    assert (china["period"], china["partner"]) == ("2022", "CHN")
    assert r["claims"]["$427.2bn"]["period"] == "2023"
    assert r["errors"] == []


def test_a_wrong_change_in_a_markdown_table_is_found():
    r = read(TABLE.replace("-20.3%", "-10.3%"), "2024-02-10")
    assert any("-10.3%" in e for e in r["errors"])


def test_a_table_without_a_separator_row_takes_its_first_rows_periods():
    r = read("EU imports of electric cars from China fell to €7.3bn in January-October 2024 from €9.1bn a year earlier.\n\n"
             "| | Jan-Oct 2024 | Jan-Oct 2023 |\n| Value | €7.3bn | €9.1bn |\n", "2024-12-10")
    table = [c for c in verify_text("| | Jan-Oct 2024 | Jan-Oct 2023 |\n| Value | €7.3bn | €9.1bn |\n",
                                    published="2024-12-10", reference="none").to_dict()["claims"]]
    assert [c["period"] for c in table] == ["2024-01/2024-10", "2023-01/2023-10"]
    assert r["errors"] == []


def test_a_header_that_names_no_period_dates_nothing():
    r = read("| Year | Exports | Imports |\n|---|---|---|\n| 2023 | $405.5bn | $380.8bn |\n")
    assert r["claims"]["$405.5bn"]["period"] == "2023"
