"""Numbers written in words, as officials say them in speeches and interviews: read whole
("six hundred and eighty-three billion dollars", "thirty-four point five billion"), not cut to
their last word; and a bare figure whose money is said by a verb after a tonnage."""
from tradecheck import verify_text
from tradecheck.extract.mentions import find_percents


def read(text: str, published: str = "2024-01-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_hundred_and_with_tens_and_point_decimals_is_one_number():
    r = read("Viet Nam's total import-export turnover last year reached six hundred and eighty-three billion "
             "dollars, with exports of three hundred and fifty-five point five billion dollars and imports of "
             "three hundred and twenty-seven point five billion dollars.")
    assert r["claims"]["six hundred and eighty-three billion dollars"]["value"] == 683e9
    assert abs(r["claims"]["three hundred and fifty-five point five billion dollars"]["value"] - 355.5e9) < 1
    assert r["errors"] == []


def test_tens_point_digit_before_a_scale_and_a_currency():
    # (the speaker's country from the dateline: with none, "our" trade has no reporter to check)
    r = read("NAIROBI - Our trade with Japan last year was thirty-four point five billion dollars. We exported twenty "
             "point seven billion dollars and imported thirteen point eight billion dollars.", "2023-12-17")
    assert abs(r["claims"]["thirty-four point five billion dollars"]["value"] - 34.5e9) < 1
    assert abs(r["claims"]["twenty point seven billion dollars"]["value"] - 20.7e9) < 1
    assert r["errors"] == []


def test_a_wrong_part_in_words_is_still_caught():
    # (the speaker's country from the dateline: with none, "our" trade has no reporter to check)
    r = read("NAIROBI - Our trade with Japan last year was thirty-four point five billion dollars. We exported twenty "
             "point seven billion dollars and imported fifteen point eight billion dollars.", "2023-12-17")
    assert r["errors"]


def test_point_with_two_digits_and_a_scale_before_the_currency():
    r = read("China's exports to the bloc reached one point two trillion yuan in 2023.", "2024-01-20")
    assert abs(r["claims"]["one point two trillion yuan"]["value"] - 1.2e12) < 1
    r = read("Exports to Kenya reached one point seven five billion dollars in 2023.", "2024-01-20")
    assert abs(r["claims"]["one point seven five billion dollars"]["value"] - 1.75e9) < 1


def test_a_percentage_in_words_with_a_decimal():
    p = find_percents("exports rose by four point two per cent last year")
    assert [(x.text, round(x.value, 4)) for x in p] == [("four point two per cent", 0.042)]


def test_a_bare_figure_after_a_tonnage_takes_the_currency_when_a_verb_says_it_earned_it():
    r = read("\"We exported 14.2 million tonnes of wheat worth 3.3 billion dollars, and 29.6 million tonnes of "
             "corn, which earned us 5.6 billion,\" the minister of Ukraine said.", "2024-01-12")
    assert r["claims"]["5.6 billion"]["value"] == 5.6e9


def test_a_bare_figure_after_a_tonnage_without_a_money_word_stays_a_quantity():
    r = read("Ukraine exported 3.3 billion dollars of wheat in 2023, and 29.6 million tonnes of corn, "
             "up from 5.6 billion.", "2024-01-12")
    assert "5.6 billion" not in r["claims"]
