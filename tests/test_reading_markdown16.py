"""Sentences of kinds met in Markdown drafts and social-media threads (probe round 16): a
question naming what its answer is about, a table's headers and a table of bare numbers."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-07") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


THREAD = ("1/ China's exports rose 7.1% y/y to $528.0bn in January-February.\n\n"
          "2/ Exports to the US fell 3.0% to $74.0bn. ")


def test_a_question_naming_a_flow_and_partner_gives_the_answer_its_pair():
    r = read(THREAD + "Shipments to Japan? Up 10.6% to $83.5bn.")
    c = r["claims"]["$83.5bn"]
    assert (c["reporter"], c["partner"], c["measure"]) == ("CHN", "JPN", "exports")
    assert r["errors"] == []


def test_a_question_naming_a_group_gives_the_answer_that_group():
    r = read(THREAD + "Shipments to ASEAN? Up 10.6% to $83.5bn.")
    c = r["claims"]["$83.5bn"]
    assert c["partner"] is None and c["partner_group"] == "ASEAN"
    assert r["errors"] == []


def test_a_long_question_is_no_fragment_naming_a_subject():
    # (a long question names no subject for the answer: here the place is where talks are
    # held; a question that names a flow's partner sets it as a sentence with no figure does)
    r = read(THREAD + "Will the talks in Japan next month change anything for exporters and their shipments "
             "to customers? Up 10.6% to $83.5bn, they said.")
    assert r["claims"]["$83.5bn"]["partner"] != "JPN"


INDIA = ("India's exports in March 2024 were US$ 41,683 million, against US$ 41,959 million in March 2023. "
         "Imports fell 6.0% to US$ 57,282 million.\n\n"
         "| Item | Mar 2023 (US$ mn) | Mar 2024 (US$ mn) | Change (%) |\n"
         "|---|---|---|---|\n"
         "| Exports | 41,959 | 41,683 | -0.7 |\n"
         "| Imports | 60,919 | 57,282 | -6.0 |\n"
         "| Trade balance | -18,960 | -15,599 | |\n\n")


def test_a_tables_column_headers_do_not_date_the_prose_after_it():
    r = read(INDIA + "The trade deficit narrowed to US$ 15.6 billion from US$ 19.0 billion a year earlier.", "2024-04-16")
    assert r["claims"]["US$ 15.6 billion"]["period"] == "2024-03"
    assert r["claims"]["US$ 19.0 billion"]["period"] == "2023-03"
    assert r["errors"] == []


def test_bare_cells_under_a_header_with_a_money_unit_are_amounts_of_their_row_and_column():
    r = read(INDIA, "2024-04-16")
    c = r["claims"]["60,919"]
    assert (c["measure"], c["period"], c["value"]) == ("imports", "2023-03", 60919e6)
    assert r["claims"]["-15,599"]["measure"] == "balance" and r["claims"]["-15,599"]["value"] == -15599e6
    assert r["errors"] == []


UK = ("The UK's total trade deficit (goods and services) narrowed to £2.9bn in the three months to January 2024.\n\n"
      "| Component | Exports (£bn) | Imports (£bn) | Balance (£bn) |\n"
      "|---|---|---|---|\n"
      "| Goods | 95.2 | 142.6 | -47.4 |\n"
      "| Services | {services} | 77.3 | 44.5 |\n"
      "| Total | 217.0 | 219.9 | -2.9 |\n")


def test_a_cell_is_of_the_flow_its_column_header_names():
    r = read(UK.format(services="121.8"), "2024-03-13")
    assert r["claims"]["121.8"]["measure"] == "exports" and r["claims"]["121.8"]["commodity"] == "services"
    assert r["claims"]["77.3"]["measure"] == "imports"
    assert r["errors"] == []


def test_a_wrong_cell_of_a_table_is_found():
    r = read(UK.format(services="124.8"), "2024-03-13")
    assert r["errors"]


def test_the_unit_may_be_in_a_caption_above_the_table():
    r = read(UK.replace(" (£bn)", "").replace("\n\n|", "\n\nUK trade, £bn\n|", 1).format(services="124.8"), "2024-03-13")
    assert r["claims"]["124.8"]["value"] == 124.8e9
    assert r["errors"]


def test_a_table_without_a_money_unit_gives_no_amounts():
    r = read(UK.replace(" (£bn)", "").format(services="124.8"), "2024-03-13")
    assert "124.8" not in r["claims"]


TURKEY = ("Türkiye's exports rose 1.6% y/y to $22.6bn in September, while imports fell 4.6% to $27.1bn. "
          "The monthly deficit was $4.5bn.\n\n")


def test_a_place_ranked_as_a_market_has_exports_not_the_balance_before():
    r = read(TURKEY + "- Germany remained the top market at $1.7bn in September\n- The UK followed at $1.2bn\n", "2024-10-02")
    assert (r["claims"]["$1.7bn"]["measure"], r["claims"]["$1.7bn"]["partner"]) == ("exports", "DEU")
    assert r["claims"]["$1.2bn"]["measure"] == "exports"


def test_a_place_ranked_as_a_supplier_has_imports():
    r = read(TURKEY + "Russia was the largest supplier at $4.4bn.", "2024-10-02")
    assert (r["claims"]["$4.4bn"]["measure"], r["claims"]["$4.4bn"]["partner"]) == ("imports", "RUS")


INDONESIA = ("Indonesia's exports were US$ 22.43 billion in March. China took US$ 5.05 billion of the exports, or 22.5%; "
             "the United States and India followed with US$ 2.18 billion and US$ 1.71 billion respectively.")


def test_an_article_before_the_flow_names_no_product():
    r = read(INDONESIA, "2024-04-22")
    assert r["claims"]["US$ 5.05 billion"]["commodity"] is None


def test_places_ranked_respectively_after_a_semicolon_each_take_their_figure():
    r = read(INDONESIA, "2024-04-22")
    assert r["claims"]["US$ 2.18 billion"]["partner"] == "USA"
    assert r["claims"]["US$ 1.71 billion"]["partner"] == "IND"
    assert r["claims"]["US$ 1.71 billion"]["reporter"] == "IDN"


def test_a_heading_naming_an_outlook_year_does_not_date_the_body():
    r = read("# Chile copper exports and 2024 outlook\n\nChile's copper exports reached US$ 50.6bn in 2023. "
             "Copper shipments to China were US$ 26.3bn.", "2024-01-10")
    assert r["claims"]["US$ 26.3bn"]["period"] == "2023"


def test_a_markdown_table_in_a_markdown_file_is_read_with_its_header_units(tmp_path):
    # the draft's table, its units in the column headers: the Markdown file reads as the
    # same text pasted as plain text does, and a balance that breaks its row is caught
    from tradecheck import verify_file

    draft = ("# Kenya's trade with its top partners, 2023\n\n"
             "| Partner | Exports (KSh bn) | Imports (KSh bn) | Balance (KSh bn) |\n|---|---|---|---|\n"
             "| Uganda | 120.4 | {imports} | 90.2 |\n| China | 25.1 | 480.6 | -455.5 |\n")
    for imports, broken in (("30.2", False), ("40.2", True)):
        path = tmp_path / f"draft-{imports}.md"
        path.write_text(draft.format(imports=imports), encoding="utf-8")
        result = verify_file(str(path), published="2024-03-07", reference="none").to_dict()
        assert any(c["text"] == "120.4" for c in result["claims"])
        assert any(f["status"] == "inconsistent" for f in result["findings"]) == broken
