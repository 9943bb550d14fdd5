"""Round 22 readings of transcripts: a question's product carried to its answer."""
from tradecheck import verify_text


def _read(text: str, published: str = "2024-04-20") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def _inconsistent(d: dict) -> list[dict]:
    return [f for f in d["findings"] if f["status"] == "inconsistent"]


INTERVIEW = (
    "TRANSCRIPT: interview with India's Commerce Secretary\n\n"
    "HOST: Merchandise exports for the fiscal year that just ended - what's the number?\n\n"
    "SECRETARY: Four hundred and ten billion dollars.\n\n"
    "HOST: And imports?\n\n"
    "SECRETARY: Imports were six hundred billion dollars, so the merchandise trade deficit "
    "for 2023-24 comes to {deficit} billion dollars.\n\n"
    "HOST: And services?\n\n"
    "SECRETARY: Services exports were three hundred and forty billion dollars.\n"
)


def test_question_product_and_elliptical_follow_up_carry_to_the_answers():
    d = _read(INTERVIEW.format(deficit="one hundred and ninety"))
    amounts = [c for c in d["claims"] if c["kind"] == "amount"]
    assert [(c["measure"], c["commodity"]) for c in amounts] == [
        ("exports", "goods"), ("imports", "goods"), ("balance", "goods"), ("exports", "services")]
    assert not _inconsistent(d)


def test_a_wrong_balance_in_the_answer_is_found():
    d = _read(INTERVIEW.format(deficit="two hundred and ten"))
    assert any("balance is stated" in f["message"] for f in _inconsistent(d))
