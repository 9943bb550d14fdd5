"""Sentences of kinds met in official monthly releases (Eurostat, Destatis, ONS, French
customs) of the nineteenth probe round: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-07") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_rolling_window_after_a_datelines_dash_is_the_twelve_months_to_the_month():
    r = read("Lyon, 7 May 2024 - Over the last twelve months, the cumulative trade deficit reached €62.4 billion. "
             "A year earlier, it had stood at €101.8 billion.\n\n"
             "In the first quarter of 2024, exports totalled €120.0 billion and imports €131.0 billion.")
    assert r["claims"]["€62.4 billion"]["period"] == "2023-04/2024-03"
    assert r["claims"]["€101.8 billion"]["period"] == "2022-04/2023-03"


def test_the_month_of_an_of_which_aside_dates_only_its_own_part():
    r = read("In the first quarter of 2024, exports totalled €120.0 billion, of which €41.0 billion in March, "
             "and imports €131.0 billion, of which €44.5 billion in March. "
             "The quarterly deficit thus came to €11.0 billion, against €3.5 billion for March alone.")
    assert r["claims"]["€131.0 billion"]["period"] == "2024-Q1"
    assert r["claims"]["€44.5 billion"]["period"] == "2024-03"
    assert r["errors"] == []
