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
