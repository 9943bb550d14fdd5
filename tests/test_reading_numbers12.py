"""Number formats met in a twelfth round of passages (Central and Eastern European statistics
offices, commodity desks): thousands grouped by spaces with the currency word after the
figure, the Romanian "mil." and a currency named in words before its figure."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-10-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_space_grouped_thousands_with_a_decimal_comma_and_the_currency_word_after():
    r = read("In January-August 2024, Romania's exports amounted to 57 812,6 million euro and imports "
             "to 74 908,1 million euro. The trade deficit was 17 095,5 million euro.")
    assert r["claims"]["57 812,6 million euro"]["value"] == 57_812.6e6
    assert r["claims"]["74 908,1 million euro"]["value"] == 74_908.1e6
    assert r["claims"]["17 095,5 million euro"]["value"] == -17_095.5e6
    assert r["errors"] == []


def test_space_grouped_thousands_without_decimals():
    r = read("In the 3rd quarter of 2024, Estonia's exports of goods amounted to 4 121 million euros "
             "and imports to 4 698 million euros. The trade deficit was 577 million euros.", "2024-12-10")
    assert r["claims"]["4 121 million euros"]["value"] == 4_121e6
    assert r["claims"]["4 698 million euros"]["value"] == 4_698e6
    assert r["errors"] == []


def test_space_grouped_thousands_with_other_scales_and_currencies():
    r = read("In 2023, Hungary's exports were 4 512 billion forints and imports 4 058 billion forints.", "2024-02-10")
    assert r["claims"]["4 512 billion forints"]["value"] == 4_512e9
    r = read("Poland's exports reached 1 583,9 bn zlotys in 2023 and imports 1 561,2 bn zlotys.", "2024-02-10")
    assert r["claims"]["1 583,9 bn zlotys"]["value"] == 1_583.9e9


def test_a_lone_spaced_figure_is_not_joined_to_the_number_before_it():
    # one figure written so is no evidence that the text groups thousands by spaces: the
    # number before it may be another one
    r = read("Exports went up 4 121 million euros in 2023.")
    assert "4 121 million euros" not in r["claims"]
    assert r["claims"]["121 million euros"]["value"] == 121e6


def test_the_romanian_abbreviation_mil_before_a_currency_word():
    r = read("In January-August 2024, Romania's exports amounted to 57 812,6 mil. euro and imports "
             "to 74 908,1 mil. euro.")
    assert r["claims"]["57 812,6 mil. euro"]["value"] == 57_812.6e6
    assert r["claims"]["74 908,1 mil. euro"]["value"] == 74_908.1e6


def test_a_currency_named_in_words_before_its_figure():
    r = read("The value of Japan's LNG imports dropped to Yen 5.72 trillion in fiscal year 2023.", "2024-04-18")
    c = r["claims"]["Yen 5.72 trillion"]
    assert (c["value"], c["currency"]) == (5.72e12, "JPY")


def test_the_currency_word_in_lower_case_before_a_number_is_not_a_sign():
    r = read("Japan's exports rose 5% in 2023, helped by the yen 10 years after Abenomics began.", "2024-04-18")
    assert not any(c.get("currency") == "JPY" for c in r["claims"].values())


def test_a_currency_word_that_is_also_a_name_is_a_sign_only_before_a_scale():
    r = read("China's exports to Africa reached Yuan 1.2 trillion in 2023, Mr Yuan 5 times repeated.", "2024-01-20")
    assert r["claims"]["Yuan 1.2 trillion"]["currency"] == "CNY"
    assert "Yuan 5" not in r["claims"]
