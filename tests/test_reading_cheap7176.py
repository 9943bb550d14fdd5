"""Small readings (round 76, older round 71 probes). "tns" is tonnes, also glued to its number
("36,400tns"). A caption's unit "(In Millions of USD)", the scale then "of" then the currency's code,
is the table's unit as "(USD million)" is. Lines "Place: number" under a caption of their unit
are read when they open on a bullet mark ("* Japan: 1.52") as without one. A product after
"N tonnes of" ends before an "and" that opens a verb ("tonnes of coffee and earned $3.27
billion" is coffee)."""
from readings import claim, errors


def test_tns_is_tonnes_also_glued_to_its_number():
    text = ("Ruritania's chat exports fell for the second year, with the volume shipped in 2020 dropping to 49,860tns.\n\n"
            "Freedonia took 36,400tns, or 73pc of the total volume. Sylvania bought {mid}tns, while the "
            "remaining 3,310tns went to other markets.")
    assert errors(text.format(mid="10,150"), published="2021-08-07") == []
    assert errors(text.format(mid="11,150"), published="2021-08-07") != []


def test_a_caption_unit_in_millions_of_usd():
    text = ("Ethiopia's coffee export earnings declined by 28.4 percent to USD 375.8 million in 2008/09.\n\n"
            "Table 5.1: Value of Major Export Items (In Millions of USD)\n\n"
            "                                  2007/08   2008/09   % Change\n"
            "Coffee                              524.5     375.8      -28.4\n"
            "Gold                                 77.8      97.8       {gold}\n")
    assert claim(text.format(gold="25.7"), "77.8", published="2009-10-01")["value"] == 77.8e6
    assert errors(text.format(gold="25.7"), published="2009-10-01") == []
    assert errors(text.format(gold="52.7"), published="2009-10-01") != []


def test_place_number_lines_after_a_bullet_mark():
    text = ("Vietnam's export turnover in 1998 reached US$9.36 billion.\n\n"
            "Main export markets in 1998 (US$ billion):\n\n"
            "{mark}Japan: 1.52\n"
            "{mark}Singapore: 0.92\n\n"
            "Japan remained the largest market, accounting for {share}% of total export turnover.")
    for mark in ("* ", "- "):
        assert claim(text.format(mark=mark, share="16.2"), "1.52", published="1999-01-05")["partner"] == "JPN"
        assert errors(text.format(mark=mark, share="16.2"), published="1999-01-05") == []
        assert errors(text.format(mark=mark, share="19.2"), published="1999-01-05") != []


def test_a_product_after_tonnes_of_ends_before_and_a_verb():
    text = ("Vietnam's coffee exports in the first 10 months of this year were estimated at 1.35 million tonnes "
            "worth US$2.36 billion, down 20.5 per cent in value over the same period last year.\n\n"
            "In the same period of 2018, the country shipped 1.56 million tonnes of coffee and earned {level}.")
    assert claim(text.format(level="$2.97 billion"), "$2.97 billion", published="2019-11-05")["commodity"] == "coffee"
    assert errors(text.format(level="$2.97 billion"), published="2019-11-05") == []
    assert errors(text.format(level="$3.27 billion"), published="2019-11-05") != []

