"""Quantities in units a fifty-third round of passages wrote: tonnes and kilograms of uranium
("tU", "kgU") and vaccine doses, read as physical units; a share whose whole follows "of the"
at once ("or 30% of the 9,000 tU"); and a whole hedged with "more than" right after its verb."""
from tradecheck import verify_text


def result(text: str, published: str = "2023-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2023-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _share_of_the_whole(share: str) -> str:
    return (f"The mine group said its partner supplied 1,800 tU, or {share}% of the 6,000 tU of "
            "concentrate bought by the utilities in 2022.")


def test_a_share_of_a_whole_in_tonnes_of_uranium_right_after_of_the():
    assert errors(_share_of_the_whole("30")) == []
    assert errors(_share_of_the_whole("40"))


def _doses(part: str) -> str:
    return ("The bloc has shipped more than 600 million doses of vaccines abroad since January, officials said. "
            f"Brazil took {part} million doses, about 20% of the total, ahead of Mexico.")


def test_a_share_of_doses_against_a_whole_hedged_by_more_than():
    assert errors(_doses("120")) == []
    # "more than 600 million" is a floor: 180 million may be 20% of a larger whole, but 60
    # million is at most 10% of any whole above 600 million
    assert errors(_doses("180")) == []
    assert errors(_doses("60"))


def test_a_whole_more_than_a_percentage_above_another_is_no_whole():
    text = ("Exports reached 500 million doses, 25% more than 400 million doses a year before. "
            "Peru took 150 million doses, about 30% of the total.")
    assert not any("400 million doses" in m for m in errors(text))
