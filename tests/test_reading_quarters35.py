"""Australian and New Zealand quarterly releases: two quarters named by their months under
one noun ("the March and June quarters"), and a change "over the December quarter" (during
that quarter, on the quarter before)."""
from tradecheck import verify_text


def read(text: str, published: str) -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_two_quarters_under_one_noun_date_the_level_reached_by_the_later():
    """Read: "fell in the March and June 2023 quarters to X" is the June quarter 2023's level, not March's."""
    text = ("Australia's goods exports to Japan were A$16.0 billion in the December quarter 2022. "
            "Exports to Japan fell in the March and June 2023 quarters to A$15.2 billion, "
            "5.0% less than in the December quarter 2022.")
    r = read(text, "2023-08-10")
    c = r["claims"]["A$15.2 billion"]
    assert (c["reporter"], c["partner"], c["period"]) == ("AUS", "JPN", "2023-Q2")
    assert r["errors"] == []
    assert read(text.replace("A$15.2 billion", "A$14.2 billion"), "2023-08-10")["errors"]


def test_two_quarters_without_a_year_are_quarters_not_a_month():
    """Read: "rose in the September and December quarters, reaching X" is a quarter's figure, not September's."""
    r = read("New Zealand's dairy exports rose in the September and December quarters, reaching $5.5 billion.", "2024-02-20")
    assert r["claims"]["$5.5 billion"]["period"] == "2023-Q4"


def test_a_change_over_a_quarter_is_during_it_on_the_quarter_before():
    """Read: "fell 2.0% over the December quarter to X" is the December quarter against the September quarter."""
    text = ("Australia's goods exports were A$120.0 billion in the September quarter 2023. "
            "Goods exports fell 2.0% over the December quarter to A$117.6 billion.")
    r = read(text, "2024-02-10")
    c = r["claims"]["2.0%"]
    assert (c["period"], c["base_period"]) == ("2023-Q4", "2023-Q3")
    assert r["errors"] == []
    assert read(text.replace("A$117.6 billion", "A$112.6 billion"), "2024-02-10")["errors"]


def test_over_a_quarter_stays_the_base_when_the_clause_names_its_own_quarter():
    """Read: "in the March quarter 2024 rose 2.0% over the December quarter" is on the December quarter 2023."""
    r = read("Australia's goods exports in the March quarter 2024 rose 2.0% over the December quarter "
             "to A$120.5 billion.", "2024-05-10")
    c = r["claims"]["2.0%"]
    assert (c["period"], c["base_period"]) == ("2024-Q1", "2023-Q4")
