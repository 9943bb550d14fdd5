"""Currencies and separators (round 78). A figure "US$ 2.104 million" or, in a text of
decimal commas, "US$ 7,420 million" groups thousands where the text's other amounts of that
currency and scale are whole units of it ("US$ 731 million"); a text that states the rate it
converted at ("(1 euro = $1.20)") is checked at that rate; "$us" is the dollar sign Bolivian
papers write, and the kuna is Croatia's currency."""
from readings import claim, errors


def test_a_dot_before_three_digits_beside_whole_millions_groups_thousands():
    text = ("Ecuador's exports totalled US$ 731 million in March 2019, against US$ 688 million in March 2018.\n\n"
            "In the first quarter, exports accumulated US$ {q} million, 4.2% above the US$ 2.019 million "
            "of January-March 2018.")
    assert claim(text.format(q="2.104"), "US$ 2.104 million", published="2019-04-20")["value"] == 2104e6
    assert errors(text.format(q="2.104"), published="2019-04-20") == []
    assert errors(text.format(q="2.204"), published="2019-04-20") != []


def test_a_dot_before_three_digits_beside_decimal_millions_stays_a_decimal_point():
    text = "The agency spent US$ 4.125 million on fairs in 2019, against US$ 3.5 million and US$ 125 million on roads."
    assert claim(text, "US$ 4.125 million", published="2020-01-20")["value"] == 4.125e6


def test_comma_thousands_beside_whole_millions_in_a_text_of_decimal_commas():
    text = ("Honduras's exports reached US$ 7,420 million in 2020, up 2,5% on the year. Imports totalled "
            "US$ 7,115 million, leaving a surplus of US$ {b} million.\n\n"
            "Coffee shipments came to 1,4 million tonnes, worth US$ 612 million.")
    assert claim(text.format(b="305"), "US$ 7,420 million", published="2021-02-01")["value"] == 7420e6
    assert errors(text.format(b="305"), published="2021-02-01") == []
    assert errors(text.format(b="355"), published="2021-02-01") != []


def test_a_conversion_is_checked_at_the_rate_the_text_states():
    text = ("Albania's trade deficit widened 3.1% on the year in 2023 to 2.40 billion euro ({usd} billion), "
            "the statistics office said.\n\n(1 euro = $1.20)")
    assert errors(text.format(usd="$2.88"), published="2024-02-10") == []
    assert errors(text.format(usd="$2.38"), published="2024-02-10") != []


def test_the_dollar_sign_written_dollar_us():
    text = ("Bolivia's exports reached $us 3,200 million in 2023, while imports totalled $us 2,900 million, "
            "so the trade surplus was $us {b} million.")
    c = claim(text.format(b="300"), "$us 3,200 million", published="2024-02-10")
    assert (c["currency"], c["value"], c["measure"]) == ("USD", 3200e6, "exports")
    assert errors(text.format(b="400"), published="2024-02-10") != []


def test_amounts_in_kuna():
    text = ("Croatia's exports were 80.5 billion kuna in 2015 and imports 130.2 billion kuna, "
            "leaving a trade deficit of {b} billion kuna.")
    c = claim(text.format(b="49.7"), "80.5 billion kuna", published="2016-02-10")
    assert (c["currency"], c["measure"], c["reporter"]) == ("HRK", "exports", "HRV")
    assert errors(text.format(b="49.7"), published="2016-02-10") == []
    assert errors(text.format(b="44.7"), published="2016-02-10") != []
