"""Changes said "in <currency> terms", as a fifty-second round of passages wrote them: after a
sentence that gives two levels in each of two currencies, "This is an increase of N% in
volume, M% in rupee terms and K% in dollar terms" lists one change per measure; each money
change is between its own currency's two levels (link/value_after_volume.py)."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in result(text)["findings"] if f["status"] == "inconsistent"]


def consistent(text: str) -> list[str]:
    return [f["message"] for f in result(text)["findings"] if f["check"] == "percent_change" and f["status"] == "consistent"]


_LEVELS = ("Kenya's tea exports in 2023 came to 500,000 tonnes worth KSh 180.0 billion (USD 1,300.0 million), "
           "compared with 450,000 tonnes worth KSh 150.0 billion (USD 1,200.0 million) in 2022. ")


def _listed(volume: str = "11.1", local: str = "20.0", dollar: str = "8.3") -> str:
    return _LEVELS + f"This is an increase of {volume}% in volume, {local}% in shilling terms and {dollar}% in dollar terms."


def test_each_currency_change_is_a_change_in_that_currency():
    changes = [(c["text"], c.get("currency")) for c in result(_listed())["claims"] if c["kind"] == "percent_change"]
    assert changes == [("20.0%", "KES"), ("8.3%", "USD")]


def test_changes_that_match_their_own_currency_levels_are_consistent():
    assert errors(_listed()) == []
    assert len(consistent(_listed())) == 2


def test_a_wrong_local_currency_change_is_an_error():
    assert any('"30.0%"' in e for e in errors(_listed(local="30.0")))


def test_a_wrong_dollar_change_is_an_error():
    assert any('"18.3%"' in e for e in errors(_listed(dollar="18.3")))


def test_two_currency_changes_without_a_volume_first():
    text = _LEVELS + "That is a rise of 20.0% in shilling terms and 8.3% in USD terms."
    changes = [(c["text"], c.get("currency")) for c in result(text)["claims"] if c["kind"] == "percent_change"]
    assert changes == [("20.0%", "KES"), ("8.3%", "USD")]
    assert errors(text) == []


def test_real_terms_is_no_currency():
    text = _LEVELS + "This is an increase of 11.1% in volume and 4.0% in real terms."
    assert [c["text"] for c in result(text)["claims"] if c["kind"] == "percent_change"] == []
