"""Coal trade, as a fifty-first round of passages wrote it: grades of one product (metallurgical
and thermal coal) given beside the product itself, which between them make it up, as two kinds and their complement do. How each kind is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-02-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-02-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _grades(total: str) -> str:
    return ("Canada's metallurgical coal exports were worth C$9.4 billion in 2023. "
            "Thermal coal exports were worth C$2.1 billion. "
            f"Total coal exports were worth C${total} billion.")


def test_a_grade_of_a_product_keeps_its_qualifier():
    claims = result(_grades("11.5"))["claims"]
    assert [c["commodity"] for c in claims] == ["metallurgical coal", "thermal coal", "coal"]


def test_grades_that_make_up_a_product_are_not_one_figure_given_three_times():
    assert errors(_grades("11.5")) == []


def test_two_complementary_grades_must_add_up_to_the_product():
    assert any("C$11.5bn" in e and "C$12.5bn" in e for e in errors(_grades("12.5")))


def _kinds(rest: str, whole: str = "90.0") -> str:
    return (f"Pakistan's coal imports rose to {whole} million tonnes in 2023. "
            "Non-coking coal imports were 60.0 million tonnes, while coking coal imports were 20.0 million tonnes."
            + rest)


def test_kinds_and_their_complement_must_add_up_to_the_whole():
    assert any("but the whole is stated as 90.0 million tonnes" in e for e in errors(_kinds("")))
