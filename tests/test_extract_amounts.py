"""Money amounts as news writes them: currency signs and codes, scales, number words,
separators, ranges and qualifiers."""
import pytest

from tradecheck import extract_claims


def amounts(sentence, **kw):
    df = extract_claims(sentence, **kw)
    return df[df["kind"] == "amount"].to_dict("records")


@pytest.mark.parametrize("sentence, text, value, currency", [
    ("Exports reached $100mn in 2022.", "$100mn", 100e6, "USD"),
    ("Exports reached US$450 million in 2022.", "US$450 million", 450e6, "USD"),
    ("Exports reached USD 3.4 billion in 2022.", "USD 3.4 billion", 3.4e9, "USD"),
    ("Imports were €2.1bn last year.", "€2.1bn", 2.1e9, "EUR"),
    ("Imports were £900m last year.", "£900m", 900e6, "GBP"),
    ("Trade was worth 1.63 trillion yuan in 2023.", "1.63 trillion yuan", 1.63e12, "CNY"),
    ("Exports topped 1.5 billion dollars in 2023.", "1.5 billion dollars", 1.5e9, "USD"),
    ("Exports were $7.15 bln in March 2024.", "$7.15 bln", 7.15e9, "USD"),
    ("India's exports were Rs 3,45,940 crore in March 2024.", "Rs 3,45,940 crore", 345940e7, "INR"),
    ("Bangladesh earned Tk 4.85 lakh crore in 2023.", "Tk 4.85 lakh crore", 4.85e12, "BDT"),
    ("Imports cost $39,613,400,000 in February 2024.", "$39,613,400,000", 39613400000.0, "USD"),
    ("Brazil's surplus was US$ 4,77 billion in 2023.", "US$ 4,77 billion", 4.77e9, "USD"),
    ("The deal was worth half a billion dollars.", "half a billion dollars", 0.5e9, "USD"),
    ("The contract is worth three billion euros.", "three billion euros", 3e9, "EUR"),
    ("Japan's surplus grew to ¥8.7 trillion in 2023.", "¥8.7 trillion", 8.7e12, "JPY"),
    ("Nigeria imported goods worth N1.79 trillion from China in 2024.", "N1.79 trillion", 1.79e12, "NGN"),
    ("South Africa's surplus was R12.2 billion in March 2024.", "R12.2 billion", 12.2e9, "ZAR"),
    ("Kenya's exports to Uganda were Sh102.3 billion in 2023.", "Sh102.3 billion", 102.3e9, "KES"),
    ("The UAE's non-oil trade reached AED1.395 trillion in 2024.", "AED1.395 trillion", 1.395e12, "AED"),
    ("Bilateral trade was worthUS$25.65 billion in 2024.", "US$25.65 billion", 25.65e9, "USD"),
    ("Australia's trade with China was A$327.4 billion in 2023.", "A$327.4 billion", 327.4e9, "AUD"),
])
def test_amount_value_and_currency(sentence, text, value, currency):
    got = amounts(sentence)
    assert [a["text"] for a in got] == [text]
    assert got[0]["value"] == pytest.approx(value, rel=1e-9)
    assert got[0]["currency"] == currency


@pytest.mark.parametrize("sentence, bound", [
    ("Exports exceeded $81mn in 2022.", "gt"),
    ("Exports were more than $81mn in 2022.", "gt"),
    ("Exports were about $81mn in 2022.", "approx"),
    ("Exports were nearly $81mn in 2022.", "approx"),
    ("Exports were at least $81mn in 2022.", "ge"),
    ("Exports were less than $81mn in 2022.", "lt"),
    ("Exports were just under $81mn in 2022.", "lt"),
    ("Deals were estimated up to $81mn in 2022.", "le"),
    ("Exports were $81mn in 2022.", "eq"),
])
def test_qualifier_sets_the_bound_and_stays_outside_the_span(sentence, bound):
    got = amounts(sentence)
    assert got[0]["text"] == "$81mn"
    assert got[0]["bound"] == bound


@pytest.mark.parametrize("text, low, high", [
    ("$100mn", 95e6, 105e6),   # round figures are read as rounded to the tens
    ("$33mn", 32.5e6, 33.5e6),
    ("$6.3bn", 6.25e9, 6.35e9),
    ("$0.7bn", 0.65e9, 0.75e9),
])
def test_intervals_follow_the_rounding_of_the_figure(text, low, high):
    got = amounts(f"Trade between Belarus and Iran was {text} in 2022.")
    assert got[0]["low"] == pytest.approx(low)
    assert got[0]["high"] == pytest.approx(high)


@pytest.mark.parametrize("sentence, text", [
    ("Exports to Iran were $5-6bn in 2022.", "$5-6bn"),
    ("Exports to Iran were between $40 and $50 million in 2022.", "$40 and $50 million"),
    ("Exports to Iran were $40 million to $50 million in 2022.", "$40 million to $50 million"),
])
def test_a_range_is_one_amount_with_both_ends(sentence, text):
    got = amounts(sentence)
    assert [a["text"] for a in got] == [text]
    scale = 1e9 if "bn" in text else 1e6
    lo_end, hi_end = (5, 6) if "bn" in text else (40, 50)
    assert got[0]["low"] <= lo_end * scale and got[0]["high"] >= hi_end * scale


def test_a_change_to_a_level_is_not_a_range():
    got = amounts("Exports rose $5.9 billion to $263.0 billion in February 2024.")
    assert [a["text"] for a in got] == ["$5.9 billion", "$263.0 billion"]


def test_canadian_note_makes_dollars_canadian():
    text = ("Canada's trade with Mexico reached $56.1 billion in 2023. "
            "All figures are in Canadian dollars unless otherwise stated.")
    assert amounts(text)[0]["currency"] == "CAD"


def test_rupees_follow_the_article_country():
    got = amounts("Pakistan's exports reached Rs8.67 trillion in FY24.")
    assert got[0]["currency"] == "PKR"


def test_years_percentages_and_tonnages_are_not_money():
    got = amounts("In 2023 exports rose 12% to 1.2 million tonnes.")
    assert got == []


def test_offsets_point_into_the_text():
    text = "Trade between Belarus and Iran was $100mn in 2022."
    for a in amounts(text):
        assert text[a["start"]:a["end"]] == a["text"]


def test_a_currency_sign_inside_a_word_is_not_a_prefix():
    # "Sh" (shilling) and "Rs" start an amount only at the start of a word
    from tradecheck.extract.money import find_money

    assert find_money("GASh0 and HRs5 were codes") == []
    assert [m.text for m in find_money("fees of Sh500 and Rs 300")] == ["Sh500", "Rs 300"]
