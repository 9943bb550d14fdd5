"""Sentences of kinds met in the US Census / BEA style of release (a tenth round of
passages): bare changes, changes against a month's figure, superseded estimates and figures
in real (chained-dollar) terms; how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-05") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


MONTH = "The U.S. Census Bureau said the goods and services deficit was $60.0 billion in April. "


def test_a_change_verb_then_an_amount_then_or_a_percent_is_a_change():
    r = read(MONTH + "April exports were $250.0 billion. Year-to-date, exports increased $6.0 billion or 0.6 percent. "
             "Imports decreased $4.0 billion or 0.3 percent.")
    up, down = r["claims"]["$6.0 billion"], r["claims"]["$4.0 billion"]
    assert (up["measure"], up["change_of"], up["change_sign"]) == ("other", "exports", 1)
    assert (down["measure"], down["change_of"], down["change_sign"]) == ("other", "imports", -1)
    assert r["claims"]["0.6 percent"]["kind"] == "percent_change"
    assert r["errors"] == []


def test_an_amount_less_than_a_months_figure_is_a_change_from_that_month():
    r = read(MONTH + "April exports were $250.0 billion, $4.0 billion less than March exports. "
             "April imports were $310.0 billion, $2.0 billion more than March imports.")
    less, more = r["claims"]["$4.0 billion"], r["claims"]["$2.0 billion"]
    assert (less["measure"], less["change_of"]) == ("other", "exports")
    assert (more["measure"], more["change_of"]) == ("other", "imports")
    assert r["errors"] == []


def test_a_change_in_a_narrower_deficit_of_an_amount_then_its_new_level():
    r = read(MONTH + "The April change reflected an increase in the goods deficit of $0.5 billion to $80.0 billion "
             "and an increase in the services surplus of $0.3 billion to $20.0 billion.")
    change, goods = r["claims"]["$0.5 billion"], r["claims"]["$80.0 billion"]
    assert (change["measure"], change["change_of"]) == ("other", "balance")
    assert goods["measure"] == "balance" and goods.get("scope") != "goods and services"
    assert r["errors"] == []


def test_the_year_to_date_of_a_months_release_ends_with_that_month():
    r = read(MONTH + "Year-to-date, the goods and services deficit decreased $10.0 billion, or 3.4 percent, "
             "from the same period in 2023, to $280.0 billion.")
    assert r["claims"]["$280.0 billion"]["period"] == "2024-01/2024-04"
    assert r["claims"]["$10.0 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_an_estimate_since_revised_is_not_the_revised_figure():
    opening = ("The U.S. goods and services deficit was $65.0 billion in May, up $3.0 billion from $62.0 billion "
               "in April (revised). ")
    for said in ("The April deficit had initially been reported at $61.2 billion.",
                 "The department first put the April deficit at $61.2 billion.",
                 "April was revised up from $61.2 billion."):
        r = read(opening + said, "2024-07-03")
        assert r["errors"] == [], said


def test_a_changed_revised_figure_is_still_an_error():
    r = read("The U.S. goods and services deficit was $65.0 billion in May, up $3.0 billion from $63.0 billion "
             "in April (revised). The April deficit had initially been reported at $61.2 billion.", "2024-07-03")
    assert r["errors"]


REAL = ("The U.S. goods deficit was $90.0 billion in March. Exports of goods were $170.0 billion and imports of goods "
        "$260.0 billion. ")


def test_figures_in_real_terms_are_a_series_apart_from_the_nominal_ones():
    r = read(REAL + "The real goods deficit decreased $0.9 billion, or 1.0 percent, to $88.6 billion in March, "
             "compared to a 0.3 percent decrease in the nominal goods deficit. Real exports of goods were $168.1 billion "
             "and real imports of goods $256.7 billion.", "2024-05-02")
    assert r["claims"]["$88.6 billion"]["scope"] == "real terms"
    assert r["claims"]["$168.1 billion"]["scope"] == "real terms"
    assert r["claims"]["0.3 percent"].get("scope") != "real terms"
    assert r["claims"]["$90.0 billion"].get("scope") != "real terms"
    assert r["errors"] == []


def test_a_heading_in_chained_dollars_puts_its_section_in_real_terms():
    r = read(REAL + "\n\nReal goods in chained (2017) dollars\n\nThe goods deficit was $88.6 billion in March. "
             "Exports were $168.1 billion and imports $256.7 billion.\n\nServices\n\n"
             "The services surplus was $22.4 billion.", "2024-05-02")
    assert r["claims"]["$88.6 billion"]["scope"] == "real terms"
    assert r["claims"]["$22.4 billion"].get("scope") != "real terms"
    assert r["errors"] == []


def test_real_figures_that_do_not_add_up_are_still_an_error():
    r = read(REAL + "Real exports of goods were $168.1 billion and real imports of goods $256.7 billion, "
             "a real goods deficit of $89.6 billion.", "2024-05-02")
    assert r["errors"]
