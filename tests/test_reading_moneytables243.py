"""Money broken down into parts that the words or the layout tie to their total (a forty-third
round of passages, second fixer): a list of label and written-out money lines ("Beef
A$10.2 billion") closed by a "Total" line, and parts said to be "of the total" after a
sentence whose last figure is the year-ago level. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    errors = [f for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": result["claims"], "findings": result["findings"], "errors": errors}


def _rows(wool: str) -> str:
    return ("Farm export receipts eased in the year to June, the ministry said.\n\n"
            "Receipts by product, 2023-24:\n\n"
            "Beef              A$10.2 billion\n"
            f"Wool              A${wool} billion\n"
            "Wheat             A$9.8 billion\n"
            "Total             A$23.1 billion\n\n"
            "Prices for wheat fell through the year.")


def test_money_lines_with_a_code_and_a_scale_word_under_a_total_line():
    """"Beef   A$10.2 billion" ... "Total   A$23.1 billion": lines of a label and one
    written-out money figure are a one-column list whose parts cannot exceed its total."""
    assert read(_rows("3.1"))["errors"] == []
    errors = read(_rows("4.6"))["errors"]
    assert errors and {f["check"] for f in errors} == {"bound"}
    assert any("(Wool)" in f["message"] and "24.6" in f["message"] for f in errors)


def _of_the_total(chairs: str) -> str:
    return ("Italian exports of furniture to Germany rose to EUR 1.90 billion in 2022, up 5% from "
            "EUR 1.81 billion the year before, the trade body said. "
            f"Chairs accounted for EUR {chairs} billion of the total, kitchens for EUR 0.62 billion "
            "and lighting for EUR 0.31 billion.")


def test_parts_of_the_total_after_a_year_ago_level():
    """"rose to EUR 1.90 billion in 2022, up 5% from EUR 1.81 billion the year before. Chairs
    accounted for EUR 0.84 billion of the total, kitchens for ...": the parts are of the total
    of their own year (not the year-ago level ending the sentence), with its pair."""
    result = read(_of_the_total("0.84"))
    parts = [c for c in result["claims"] if c["text"] in ("EUR 0.84 billion", "EUR 0.62 billion", "EUR 0.31 billion")]
    assert [(c["measure"], c["reporter"], c["partner"], c["period"]) for c in parts] == [("exports", "ITA", "DEU", "2022")] * 3
    assert result["errors"] == []
    errors = read(_of_the_total("1.04"))["errors"]
    assert [f["check"] for f in errors] == ["bound"]
