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
    ("Pakistan's imports rose to Rs3.477tr in 2016.", "Rs3.477tr", 3.477e12, "PKR"),
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


# --- currencies of trade news worldwide -------------------------------------------------

@pytest.mark.parametrize("sentence, text, value, currency", [
    ("Malaysia's exports to China reached RM210.6 billion in 2023.", "RM210.6 billion", 210.6e9, "MYR"),
    ("Malaysian palm oil earned 98.5 billion ringgit in 2023.", "98.5 billion ringgit", 98.5e9, "MYR"),
    ("Thailand shipped goods worth 1.2 trillion baht to China in 2023.", "1.2 trillion baht", 1.2e12, "THB"),
    ("Norway's seafood exports rose to NOK 172 billion in 2023.", "NOK 172 billion", 172e9, "NOK"),
    ("Norwegian salmon exports were worth 122 billion kroner in 2023.", "122 billion kroner", 122e9, "NOK"),
    ("Swiss watch exports reached CHF 26.7 billion in 2023.", "CHF 26.7 billion", 26.7e9, "CHF"),
    ("Swiss exports to the US rose to 55 billion francs in 2023.", "55 billion francs", 55e9, "CHF"),
    ("Senegal's imports from France were 650 billion CFA francs in 2023.", "650 billion CFA francs", 650e9, "XOF"),
    ("Nepal's imports from India reached Rs 1.2 trillion in 2023.", "Rs 1.2 trillion", 1.2e12, "NPR"),
    ("Nepal's imports were NPR 1,450 billion in 2023.", "NPR 1,450 billion", 1450e9, "NPR"),
    ("Sri Lanka's tea exports earned LKR 424 billion in 2023.", "LKR 424 billion", 424e9, "LKR"),
    ("Indonesia's coal exports brought in Rp 640 trillion in 2023.", "Rp 640 trillion", 640e12, "IDR"),
    ("Indonesia's exports reached 3,900 trillion rupiah in 2023.", "3,900 trillion rupiah", 3900e12, "IDR"),
    ("South Korea's chip exports were 130 trillion won in 2023.", "130 trillion won", 130e12, "KRW"),
    ("Turkey's exports to Iraq reached TL 390 billion in 2023.", "TL 390 billion", 390e9, "TRY"),
    ("Tanzania's gold exports were TSh 7.5 trillion in 2023.", "TSh 7.5 trillion", 7.5e12, "TZS"),
    ("Uganda's coffee exports earned USh 3.6 trillion in 2023.", "USh 3.6 trillion", 3.6e12, "UGX"),
    ("Qatar's exports to Japan were QR 45 billion in 2023.", "QR 45 billion", 45e9, "QAR"),
    ("Oman's non-oil exports reached RO 5.6 billion in 2023.", "RO 5.6 billion", 5.6e9, "OMR"),
    ("Kuwait's imports from China were KD 1.9 billion in 2023.", "KD 1.9 billion", 1.9e9, "KWD"),
    ("Morocco's phosphate exports were 115 billion dirhams in 2023.", "115 billion dirhams", 115e9, "MAD"),
    ("Azerbaijan's exports to Italy were 15 billion manat in 2023.", "15 billion manat", 15e9, "AZN"),
    ("Kyrgyzstan's imports from China were 350 billion som in 2023.", "350 billion som", 350e9, "KGS"),
    ("Uzbekistan's exports rose to 290 trillion soums in 2023.", "290 trillion soums", 290e12, "UZS"),
    ("Ukraine's grain exports earned 400 billion hryvnias in 2023.", "400 billion hryvnias", 400e9, "UAH"),
    ("Hungary's car exports reached HUF 4,200 billion in 2023.", "HUF 4,200 billion", 4200e9, "HUF"),
    ("Czech exports to Germany were 1.5 trillion koruna in 2023.", "1.5 trillion koruna", 1.5e12, "CZK"),
    ("Romania's exports to Italy were 60 billion lei in 2023.", "60 billion lei", 60e9, "RON"),
    ("The Philippines' imports from China were P1.9 trillion in 2023.", "P1.9 trillion", 1.9e12, "PHP"),
    ("Philippine exports to Japan were 600 billion pesos in 2023.", "600 billion pesos", 600e9, "PHP"),
    ("Taiwan's exports to the US reached NT$3.7 trillion in 2023.", "NT$3.7 trillion", 3.7e12, "TWD"),
    ("Zambia's copper exports earned K180 billion in 2023.", "K180 billion", 180e9, "ZMW"),
    ("Israel's exports to the US were NIS 65 billion in 2023.", "NIS 65 billion", 65e9, "ILS"),
    ("Egypt's imports from China were LE 500 billion in 2023.", "LE 500 billion", 500e9, "EGP"),
    ("Iran's non-oil exports reached 2,000 trillion rials in 2023.", "2,000 trillion rials", 2000e12, "IRR"),
    ("Namibia's diamond exports earned N$12 billion in 2023.", "N$12 billion", 12e9, "NAD"),
    ("New Zealand's dairy exports were 20 billion NZ dollars in 2023.", "20 billion NZ dollars", 20e9, "NZD"),
    ("Peru's copper exports were 80 billion soles in 2023.", "80 billion soles", 80e9, "PEN"),
])
def test_currencies_of_trade_news_worldwide(sentence, text, value, currency):
    got = amounts(sentence)
    assert [a["text"] for a in got] == [text]
    assert got[0]["value"] == pytest.approx(value, rel=1e-9)
    assert got[0]["currency"] == currency


@pytest.mark.parametrize("sentence, text, value", [
    ("Malaysia's exports rose to RM450mil in May.", "RM450mil", 450e6),
    ("Malaysia's exports rose to RM1.2bil in May.", "RM1.2bil", 1.2e9),
    ("Uzbekistan's imports were 1.2 mlrd dollars in May.", "1.2 mlrd dollars", 1.2e9),
    ("Egypt's imports were $4.5 milliard in May.", "$4.5 milliard", 4.5e9),
])
def test_scale_words_as_news_abbreviates_them(sentence, text, value):
    got = amounts(sentence)
    assert [a["text"] for a in got] == [text]
    assert got[0]["value"] == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("sentence", [
    "Hospitals ran short of N95 masks in 2020.",
    "Spending on R&D rose in 2023.",
    "The P2P lending market grew in 2023.",
    "The RM team met in May.",
    "The P4 project in Manila started in 2023.",  # no scale word: a code, not pesos
    "AMD 5800X chips sold out in Armenia in 2023.",
    "Let's try 5 times.",
    "In South Korea, the party that in 2019 won the most seats backed exporters.",
    "Imports have been flat in 2015 dollars since then.",
])
def test_letters_before_a_number_are_not_always_a_currency(sentence):
    assert amounts(sentence) == []


def test_a_one_letter_sign_without_a_scale_word_counts_where_its_country_is_named():
    assert [a["text"] for a in amounts("Nigerian traders paid N250,000 per container in 2023.")] == ["N250,000"]
    assert [a["currency"] for a in amounts("Zambia's farmers earned K200 billion in 2023.")] == ["ZMW"]


@pytest.mark.parametrize("sentence, text, value", [
    # the parts fix the reading: groups of three are thousands, the last short group decimals
    ("Nigeria's imports from China rose to N1.099.52 billion in the quarter.", "N1.099.52 billion", 1099.52e9),
    ("Imports from Japan were $33,673.600,000 in the first half.", "$33,673.600,000", 33673600000.0),
    ("Exports to Serbia were EUR 1.234,5 million in 2023.", "EUR 1.234,5 million", 1234.5e6),
    ("Euro area exports came to €1 741.9 bn in 2023.", "€1 741.9 bn", 1741.9e9),
])
def test_separators_whose_groups_fix_the_reading(sentence, text, value):
    got = amounts(sentence)
    assert [a["text"] for a in got] == [text]
    assert got[0]["value"] == pytest.approx(value, rel=1e-9)


def test_a_range_runs_upwards():
    # "2015 to15 billion USD" is a year and then the amount, glued as printed
    got = amounts("Trade was to triple from 5 billion USD in 2015 to15 billion USD by 2020.")
    assert [(a["text"], a["value"]) for a in got] == [("5 billion USD", 5e9), ("15 billion USD", 15e9)]


@pytest.mark.parametrize("sentence, text, value, currency", [
    ("EU exports to China reached 78 billion euro in 2008, against 26 bn in 2000.", "26 bn", 26e9, "EUR"),
    ("Imports from China shot up to $73.31 billion from 44.03 billion a year earlier.", "44.03 billion", 44.03e9, "USD"),
    ("Thai exports reached 381.7 billion baht, while imports came to 304.7 billion.", "304.7 billion", 304.7e9, "THB"),
])
def test_a_figure_takes_the_currency_its_sentence_leaves_understood(sentence, text, value, currency):
    got = {a["text"]: a for a in amounts(sentence)}
    assert got[text]["value"] == pytest.approx(value, rel=1e-9)
    assert got[text]["currency"] == currency


@pytest.mark.parametrize("sentence", [
    "Exports to Mexico reached $5bn in 2023. Mexico, with a population of about 129 million, is a big market.",
    "Coal exports were worth $5bn; volumes rose to 1.2 million tonnes from 1.1 million.",
    "Exports to India reached $5bn in 2023, serving 1.4 billion people.",
    "India, a 1.4 billion-strong market, bought $5bn of goods in 2023.",
])
def test_a_number_that_counts_something_else_does_not_take_a_currency(sentence):
    assert [a["text"] for a in amounts(sentence)] == ["$5bn"]


@pytest.mark.parametrize("text, currency", [
    ("CANBERRA, March 7, 2024 - Australia's goods exports fell $1.9 billion in January, "
     "the Australian Bureau of Statistics said.", "AUD"),
    ("OTTAWA, March 7, 2024 - Canada's merchandise exports rose to $64.1 billion in January, "
     "Statistics Canada said.", "CAD"),
    ("WELLINGTON, March 7, 2024 - New Zealand's exports rose to $6.2 billion in February, Stats NZ said.", "NZD"),
    # the release marks its own dollar, so a bare "$" is the US dollar
    ("SYDNEY, March 7, 2024 - Australia's exports were A$42 billion ($27.5 billion) in January, "
     "the ABS said.", "USD"),
    # a release in "A$" throughout: a bare "$" is its own dollar too
    ("CANBERRA, Feb 1, 2024 - Australia's trade surplus was A$11,437 million in December, the Australian Bureau "
     "of Statistics said. Exports rose $755m.", "AUD"),
    # no official source named and no dateline: "$" stays the US dollar
    ("Australia's exports to China were $120 billion in 2023, a trade group said.", "USD"),
    # filed from the country, about it, marking neither dollar: local wires (AAP, the Canadian
    # Press) print their own dollar bare, where Reuters would write "A$"
    ("SYDNEY, March 7, 2024 - Australia's exports to China were $120 billion in 2023, a trade group said.", "AUD"),
    ("SYDNEY, March 7, 2024 - Australia's exports to China were A$120 billion ($79 billion) in 2023, a trade group said.", "USD"),
])
def test_a_bare_dollar_in_an_official_release_of_a_dollar_country_is_its_own(text, currency):
    assert [a["currency"] for a in amounts(text) if a["text"].startswith("$")] == [currency]


@pytest.mark.parametrize("sentence, text, value", [
    ("Canada posted a $1.2-billion trade surplus with Mexico in May.", "$1.2-billion", 1.2e9),
    ("A $500-million contract was signed in May.", "$500-million", 500e6),
])
def test_a_scale_word_joined_by_a_hyphen(sentence, text, value):
    got = amounts(sentence)
    assert [a["text"] for a in got] == [text]
    assert got[0]["value"] == pytest.approx(value)


@pytest.mark.parametrize("sentence, text, value", [
    ("The euro area's trade balance with China was -€5.0 bn in September.", "-€5.0 bn", -5e9),
    ("The euro area's trade balance was +€12.6 bn in September.", "+€12.6 bn", 12.6e9),
])
def test_a_balance_printed_with_its_sign(sentence, text, value):
    got = amounts(sentence)
    assert [a["text"] for a in got] == [text]
    assert got[0]["value"] == pytest.approx(value)


@pytest.mark.parametrize("code, anchor, per", [("XOF", "EUR", 655.957), ("NPR", "INR", 1.6), ("NAD", "ZAR", 1.0)])
def test_a_currency_pegged_to_another_converts_through_it(code, anchor, per):
    from tradecheck.normalise.money import usd_per_unit

    months = (2023 * 12, 2023 * 12 + 11)
    assert usd_per_unit(code, *months)[0] == pytest.approx(usd_per_unit(anchor, *months)[0] / per)


def test_from_one_level_to_another_is_two_amounts_not_a_range():
    from tradecheck.extract.money import find_money

    found = [(m.text, m.value, m.hi) for m in find_money("Turnover rose by 60% - from 579 to 923 billion dollars.")]
    assert found == [("579", 579e9, None), ("923 billion dollars", 923e9, None)]
    # a range stays a range
    assert [m.hi for m in find_money("deals worth $5-6bn")] == [6e9]
