"""Sub-national regions beside their country, from a fifty-second round of passages: a region's
exports, then its share of the national total (the whole given in the next sentence, after the
change of the region's figure), then the regions ranked after it and "together the N regions".
The regions' figures are theirs (vocab/subnational.csv), never the country's total."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _ranking(together: str) -> str:
    return ("Tuscany sold goods worth EUR 60.0 billion abroad in 2023, up 10.0% from EUR 54.5 billion in 2022. "
            "The region alone supplied 10.0% of national exports, which totalled EUR 600.0 billion.\n\n"
            "Piedmont followed with EUR 50.0 billion, ahead of Lazio with EUR 30.0 billion. "
            f"Together the three regions exported EUR {together} billion.")


def test_regions_ranked_after_a_share_of_the_national_whole_are_not_the_country():
    assert errors(_ranking("140.0")) == []


def test_the_n_regions_together_are_the_sum_of_the_regions_named():
    sums = [f for f in result(_ranking("140.0"))["findings"] if f["check"] == "sum"]
    assert [f["status"] for f in sums] == ["consistent"]
    assert any("whole is stated as €150bn" in e for e in errors(_ranking("150.0")))


def test_each_region_reports_its_own_figure_and_the_whole_is_the_countrys():
    claims = {c["text"]: c for c in result(_ranking("140.0"))["claims"]}
    assert claims["EUR 60.0 billion"]["reporter_unit"] == "IT-52"
    assert claims["EUR 50.0 billion"]["reporter_unit"] == "IT-21"
    assert claims["EUR 30.0 billion"]["reporter_unit"] == "IT-62"
    assert claims["EUR 600.0 billion"]["reporter"] == "ITA"
    assert claims["EUR 140.0 billion"]["reporter_group"] == "IT-21+IT-52+IT-62"
