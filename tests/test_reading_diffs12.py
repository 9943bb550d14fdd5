"""Sentences of kinds met in a twelfth round of passages (Central and Eastern European
statistics offices and agencies): differences, revisions, coverage and turnover, how each
is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_the_amount_one_flow_exceeded_another_by_is_a_gap_not_a_level():
    r = read("Romanian exports to Bulgaria amounted to EUR 4 100,0 million in 2023, while imports from that "
             "country totalled EUR 5 300,0 million. Bulgarian exports to Romania thus exceeded Romanian "
             "shipments in the other direction by EUR 1 200,0 million.", "2024-02-14")
    assert r["claims"]["EUR 1 200,0 million"]["measure"] == "other"
    assert r["errors"] == []


def test_a_goal_to_exceed_a_level_by_a_year_is_still_a_goal_level():
    r = read("Serbia's exports to Hungary amounted to EUR 1,1 billion in 2023. The minister said they "
             "should exceed EUR 2 billion by 2027.", "2024-02-14")
    assert r["claims"]["EUR 2 billion"].get("attribution", {}).get("measure") != "difference-of-two"


def test_a_revision_against_the_preliminary_data_is_no_change_on_the_year():
    r = read("Exports amounted to EUR 350,7 bn in 2023. In 2022, exports had amounted to EUR 343,6 bn. "
             "Compared with the preliminary data published in February, the value of exports was "
             "revised up by 0,2%.", "2024-06-20")
    assert r["claims"]["0,2%"]["measure"] == "other"
    assert r["errors"] == []


def test_a_revision_in_money_is_no_level():
    r = read("Exports amounted to EUR 350,7 bn in 2023, and were revised down by EUR 0,8 bn from the "
             "first estimate.", "2024-06-20")
    assert r["claims"]["EUR 0,8 bn"]["measure"] == "other"
    assert r["errors"] == []


LOWER_BY = ("The trade surplus amounted to CZK 20,0 bn in April 2024. It was year-on-year lower by CZK {} bn. "
            "Exports totalled CZK 400,0 bn and imports CZK 380,0 bn. In April 2023, exports amounted to "
            "CZK 410,0 bn and imports to CZK 387,0 bn.")


def test_a_comparative_and_by_is_the_change_of_the_quantity_before():
    r = read(LOWER_BY.format("3,0"), "2024-06-07")
    c = r["claims"]["CZK 3,0 bn"]
    assert c["measure"] == "other" and c["change_of"] == "balance"
    assert r["errors"] == []


def test_a_comparative_and_by_that_does_not_add_up_is_found():
    assert read(LOWER_BY.format("5,0"), "2024-06-07")["errors"] != []


COVERAGE = ("In January-June 2024 Croatian exports amounted to EUR 6 000,0 million and imports to EUR 10 000,0 million, "
            "and the coverage of imports by exports was {}%, up from 58,0% a year earlier.")


def test_the_coverage_of_imports_by_exports_is_the_coverage_ratio():
    r = read(COVERAGE.format("60,0"), "2024-09-09")
    assert r["claims"]["60,0%"]["kind"] == "share"
    assert r["errors"] == []
    assert read(COVERAGE.format("62,0"), "2024-09-09")["errors"] != []


TURNOVER = ("In May 2024, the foreign trade turnover of Estonia at current prices was EUR {} billion. "
            "Exports of goods amounted to EUR 1,60 billion, and imports to EUR 1,90 billion.")


def test_turnover_at_current_prices_is_total_trade():
    r = read(TURNOVER.format("3,50"))
    assert r["claims"]["EUR 3,50 billion"]["measure"] == "trade_total"
    assert r["errors"] == []
    assert read(TURNOVER.format("3,60"))["errors"] != []


def test_an_amount_in_brackets_after_a_change_with_its_verb_left_out_is_a_change():
    r = read("Exports of goods amounted to EUR 1,33 billion in May 2024, and imports to EUR 1,56 billion. "
             "Compared to May 2023, the value of exports decreased by 5,0% (by EUR 0,07 billion) and the "
             "value of imports by 3,1% (by EUR 0,05 billion).")
    assert r["claims"]["EUR 0,07 billion"]["measure"] == "other"
    assert r["claims"]["EUR 0,05 billion"]["measure"] == "other"
    assert r["errors"] == []
