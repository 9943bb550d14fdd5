"""Sentences of kinds met in tables, bullet lines, headers and hard-wrapped text (round 22's
leftovers): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-29") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


RELEASE = ("TURKSTAT – Foreign Trade Statistics, March 2024\n\n"
           "Exports in March 2024 increased by 3.0% compared with March 2023 and amounted to US$ 22,000 million, "
           "while imports decreased by 4.0% to US$ 30,000 million. The foreign trade deficit was US$ {deficit} million. "
           "The export-import coverage ratio was 73.3% (March 2023: 68.3%).\n")


def test_a_release_of_a_named_statistics_office_is_its_country():
    r = read(RELEASE.format(deficit="8,000"))
    assert r["claims"]["US$ 8,000 million"]["reporter"] == "TUR"
    assert r["errors"] == []
    assert read(RELEASE.format(deficit="8,200"))["errors"]


def test_a_bracketed_earlier_figure_does_not_date_the_figure_before_it():
    # ("73.3% (March 2023: 68.3%)": March 2023 is the bracket's own figure's period)
    r = read(RELEASE.format(deficit="8,000"))
    assert r["claims"]["73.3%"]["period"] == "2024-03"
