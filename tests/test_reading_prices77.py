"""Prices set against each other (round 77). A gap stated right after two prices per one unit
("averaged $51.20 a barrel, against $58.90 for the benchmark, a gap of $7.70") is their
difference, no balance of a trade flow: it must be the larger price less the smaller. A level
of money that is no flow followed by a word of order and a second level ("$3.15 a kilo, below
the $3.40 of a year earlier", "up from") must stand on the side of the second the word says."""
from readings import claim, errors

GAP = ("Ruritania's exports of crude oil rose 8% to $40 billion in 2022.\n\n"
       "Ruritanian heavy crude averaged US${heavy} a barrel in 2022, against US$58.90 for the light "
       "benchmark, a gap of US$7.70.")


def test_a_gap_after_two_prices_is_their_difference():
    assert claim(GAP.format(heavy="51.20"), "US$7.70", published="2023-02-10")["measure"] == "other"
    assert errors(GAP.format(heavy="51.20"), published="2023-02-10") == []
    assert any("differ by $6.90" in e for e in errors(GAP.format(heavy="52.00"), published="2023-02-10"))


def test_a_gap_per_tonne_after_prices_per_tonne():
    text = ("Freedonian wheat fetched €{price} per tonne in March, against €236 per tonne for the "
            "Black Sea grade, a gap of €24.")
    assert errors(text.format(price="260"), published="2024-04-05") == []
    assert errors(text.format(price="270"), published="2024-04-05") != []


ORDER = ("Ruritania's coffee exports reached US$ 812 million in 2023.\n\n"
         "The average export price was US$ {price} per kilo, below the US$ 3.40 of a year earlier.")


def test_a_price_said_below_an_earlier_price():
    assert errors(ORDER.format(price="3.15"), published="2024-01-20") == []
    assert any('"below"' in e for e in errors(ORDER.format(price="3.65"), published="2024-01-20"))


def test_a_price_said_up_from_an_earlier_price():
    text = "Freedonian cocoa sold at $2,640 a tonne in the season, up from ${old} a year earlier."
    assert errors(text.format(old="2,310"), published="2024-10-02") == []
    assert errors(text.format(old="2,910"), published="2024-10-02") != []
