"""Kinds of text met in round 38's Gulf statistics bulletins: a table's Total row is the whole
of the rows above it; "including re-exports" counts them, and a scope said once beside
re-exports keeps its meaning through the text; "exports and re-exports together" is their
sum; trade by mode of transport (air, sea, land) is in parts; a numbered list under a caption
that gives its unit is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2023-06-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


TABLE = ("Oman's non-oil merchandise trade reached OMR 6.2 billion in the first quarter of 2023.\n\n"
         "Non-oil trade by flow, Q1 2023 (OMR billion)\n\n"
         "| Flow            | Q1 2023 |\n"
         "|-----------------|---------|\n"
         "| Non-oil exports | 1.9     |\n"
         "| Re-exports      | 0.8     |\n"
         "| Imports         | 3.5     |\n"
         "| Total           | 6.2     |\n")


def test_a_tables_total_row_is_the_whole_of_the_flows_above_it():
    """"| Total | 6.2 |" under rows of exports, re-exports and imports: both flows together,
    not the imports of the row just above it."""
    r = read(TABLE)
    assert r["claims"]["6.2"]["measure"] == "trade_total"
    assert r["claims"]["6.2"]["attribution"]["measure"] == "total-row-of-flows"
    assert r["errors"] == []


ALIGNED = ("Kuwait's non-oil trade came to KWD 9.4 billion in 2022, against KWD 8.5 billion in 2021.\n\n"
           "Table 2: Non-oil trade by flow (KWD billion)\n\n"
           "Flow              2021      2022\n"
           "Exports            2.4       2.7\n"
           "Imports            6.1       6.7\n"
           "Total              8.5       9.4\n")


def test_an_aligned_tables_total_row_is_trade_and_is_checked():
    """"Total  8.5  9.4" in a table aligned by spaces, under an exports and an imports row: the
    trade of each year, which the prose restates; a wrong total is flagged."""
    r = read(ALIGNED)
    assert r["claims"]["8.5"]["measure"] == "trade_total"
    assert r["errors"] == []
    assert read(ALIGNED.replace("Total              8.5", "Total              7.5"))["errors"]


INCLUDING = ("- Non-oil exports (including re-exports) grew by 8.0% in April 2023 to QAR 13.5 billion from QAR 12.5 "
             "billion a year earlier. Domestic non-oil exports (excluding re-exports) stood at QAR 9.1 billion, while re-exports "
             "came to QAR 4.4 billion.")


def test_levels_after_a_change_including_re_exports_count_them_too():
    """"Non-oil exports (including re-exports) grew by 8.0% to QAR 13.5 billion from QAR 12.5
    billion": the two levels continue the change's subject and count re-exports like it, so
    the domestic exports of the next sentence are a part of them, not a second reading."""
    r = read(INCLUDING, "2023-05-20")
    assert r["claims"]["QAR 13.5 billion"]["commodity"] == "non-oil"
    assert r["claims"]["QAR 12.5 billion"]["commodity"] == "non-oil"
    assert r["claims"]["QAR 9.1 billion"]["commodity"] == "non-oil, excluding re-exports"
    assert r["errors"] == []
    assert read(INCLUDING.replace("QAR 4.4 billion", "QAR 5.4 billion"), "2023-05-20")["errors"]


SCOPE = ("Non-oil trade by flow, 2022 (AED billion)\n\n"
         "| Flow            | 2022  |\n"
         "|-----------------|-------|\n"
         "| Non-oil exports | 60.0  |\n"
         "| Re-exports      | 90.0  |\n"
         "| Imports         | 150.0 |\n\n"
         "Non-oil exports rose by 20.0% from AED 50.0 billion in 2021.")


def test_a_scope_set_beside_re_exports_keeps_its_meaning_a_paragraph_away():
    """"Non-oil exports rose by 20.0% from AED 50.0 billion" after a table giving non-oil
    exports and re-exports apart: the same exports without re-exports, so the change is of
    the table's 60.0; a wrong change is flagged."""
    r = read(SCOPE)
    assert r["claims"]["AED 50.0 billion"]["commodity"] == "non-oil, excluding re-exports"
    assert r["errors"] == []
    assert read(SCOPE.replace("20.0%", "25.0%"))["errors"]


TOGETHER = ("Sharjah's non-oil trade came to AED 120 billion in 2022. Imports accounted for AED 70 billion, "
            "exports reached AED 20 billion and re-exports AED 30 billion. Exports and re-exports together "
            "amounted to AED 50 billion.")


def test_exports_and_re_exports_together_are_their_sum():
    """"Exports and re-exports together amounted to AED 50 billion": the sum of both, the
    exports re-exports counted, not the re-exports alone; a wrong sum is flagged."""
    r = read(TOGETHER)
    assert "re-export" not in (r["claims"]["AED 50 billion"]["commodity"] or "")
    assert r["errors"] == []
    assert read(TOGETHER.replace("AED 50 billion", "AED 55 billion"))["errors"]


MODES = ("Ajman's non-oil trade reached AED 100.0 billion in 2022. By mode of transport, sea trade came first at "
         "AED 55.0 billion, followed by land trade at AED 30.0 billion and air trade at AED 15.0 billion.")


def test_trade_by_mode_of_transport_is_in_parts():
    """"sea trade came first at AED 55.0 billion, followed by land trade ... and air trade":
    channels of the whole trade, each a part; parts that exceed the whole are flagged."""
    r = read(MODES)
    assert r["claims"]["AED 15.0 billion"]["commodity"] == "air trade"
    assert r["claims"]["AED 55.0 billion"]["commodity"] == "maritime trade"
    assert r["errors"] == []
    assert read(MODES.replace("AED 55.0 billion", "AED 65.0 billion"))["errors"]


LIST = ("Bahrain's non-oil trade with its partners reached BHD 4.0 billion in 2022. The top three partners "
        "together accounted for BHD 2.0 billion.\n\n"
        "Top partners, 2022 (BHD billion)\n\n"
        "1. Saudi Arabia - 1.0\n"
        "2. China - 0.6\n"
        "3. United States - 0.4\n")


def test_a_numbered_list_under_a_caption_with_its_unit_is_read():
    """"2. China - 0.6" under "Top partners, 2022 (BHD billion)": BHD 0.6 billion of trade
    with China."""
    c = read(LIST)["claims"]["0.6"]
    assert (c["measure"], c["partner"], c["value"]) == ("trade_total", "CHN", 0.6e9)
