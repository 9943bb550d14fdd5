"""Parts of a tonnage total (round 52): one part hung on a level by ", including" never exceeds
it; a level named a sum before a colon ("... combined:") and the closed list after the colon add
up to it; bullets of kinds under a level that counts "all kinds" of its product are its parts,
even when a sentence with only an earlier level stands between them."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


def test_one_included_part_never_exceeds_its_whole():
    text = ("Ukraine shipped 18.4 million tons of grain in the first half of the season, "
            "including {n} million tons of corn, traders said.")
    assert errors(text.format(n="11.9")) == []
    assert errors(text.format(n="21.9"))


def test_one_included_part_may_fit_the_earlier_level():
    # (a whole the part fits, even the earlier side of a change, leaves nothing to flag)
    text = ("Exports fell to 3.0 million metric tons from 4.2 million metric tons, "
            "including 3.5 million metric tons of barley.")
    assert errors(text) == []


def test_an_including_clause_of_its_own_is_no_part():
    text = "Ukraine shipped 18.4 million tons of grain. Including 21.9 million tons of corn held over, stocks are ample."
    assert errors(text) == []


def test_a_combined_level_before_a_colon_is_the_sum_of_its_list():
    text = ("The three mills crushed 540,000 tonnes of cane combined: 210,000 tonnes went through the "
            "first, {n} tonnes through the second and 150,000 tonnes through the third.")
    assert errors(text.format(n="180,000")) == []
    assert errors(text.format(n="280,000"))


def test_a_selection_after_the_colon_is_no_sum():
    text = ("The three mills crushed 540,000 tonnes of cane combined: including 210,000 tonnes at the "
            "first and 80,000 tonnes at the second.")
    assert errors(text) == []


def test_bullets_of_kinds_under_a_level_of_all_kinds():
    text = ("In June the country exported 12,000 tonnes of cashew of all grades, worth $70 million. "
            "Volume was down 3% from 12,370 tonnes in May.\n\n"
            "- Whole kernels: 9,500 tonnes\n"
            "- Broken kernels: {n} tonnes\n")
    assert errors(text.format(n="2,500")) == []
    assert errors(text.format(n="4,500"))


def test_bullets_under_a_plain_earlier_level_take_no_whole():
    # (no level said to count every kind: the whole of the bullets is not guessed)
    text = ("In June the country exported 12,000 tonnes of cashew, worth $70 million. "
            "Volume was down 3% from 12,370 tonnes in May.\n\n"
            "- Whole kernels: 9,500 tonnes\n"
            "- Broken kernels: 4,500 tonnes\n")
    assert errors(text) == []
