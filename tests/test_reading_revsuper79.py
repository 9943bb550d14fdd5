"""Superseded levels (round 79): a release that gives a revised figure often gives the figure it
replaces beside it. Only the current figures must fit together, so a level as an earlier
release gave it is read as of its own vintage and set against none of them: one put out
before ("released on 3 July 2023 as", "had put the surplus at"), one with the earlier release after
it ("reported in the flash estimate", "in the timely estimate)"), the figures of a clause an
earlier release opens ("According to the first estimate published on 8 May, ..."), and the
level after "revised from the preliminary deficit of". A bare bracket after a level, where an
earlier bracket of the sentence gave a level of another period ("... (R221.94 billion in
January to March 2015) and imports R251.78 billion (R236.57 billion)"), is at that period.
A ", but" that goes straight on to a verb of change keeps the product named before it ("crude
oil imports fell ..., but rose ... to 14,189.3 billion yen")."""
from readings import claim, errors


def test_a_level_released_before_and_since_revised():
    text = ("Kenya's export figure for May 2023, released on 3 July 2023 as $4.10 billion, has been revised to "
            "$4.35 billion. The revised figure is {pct} per cent above May 2022 ($4.00 billion).")
    assert errors(text.format(pct="8.75")) == []
    assert errors(text.format(pct="12.0")) != []


def test_a_level_the_earlier_figures_had_put_at():
    text = ("The provisional figures, released Feb. 14, had put Chile's 2023 trade surplus at $12.4 billion. "
            "Final data released on Monday show a surplus of $12.9 billion, with exports of $80.1 billion and "
            "imports of ${imports} billion.")
    assert errors(text.format(imports="67.2"), published="2024-03-10") == []
    assert errors(text.format(imports="67.7"), published="2024-03-10") != []


def test_a_level_given_in_an_earlier_release():
    text = ("Peru's trade surplus for June 2024 was $1,050 million in the flash estimate published on 20 July. "
            "The revised data show a surplus of $1,204 million, with exports of $6,310 million and imports of "
            "${imports} million.")
    assert errors(text.format(imports="5,106"), published="2024-08-30") == []
    assert errors(text.format(imports="5,260"), published="2024-08-30") != []


def test_the_levels_of_a_clause_an_earlier_release_opens():
    text = ("In the first quarter, Freedonia's exports were EUR 9,120 million and imports EUR 8,400 million, a "
            "surplus of EUR {bal} million. According to the first estimate published on 6 May, the surplus was "
            "EUR 690 million; the second estimate revised it upward.")
    assert errors(text.format(bal="720"), published="2024-05-30") == []
    assert errors(text.format(bal="820"), published="2024-05-30") != []


def test_a_level_revised_from_the_preliminary_balance():
    text = ("Ghana's trade balance for March 2024 has been revised from the preliminary deficit of $410 million to "
            "a deficit of $655 million. March exports were $1,545 million and imports ${imports} million.")
    assert errors(text.format(imports="2,200")) == []
    assert errors(text.format(imports="1,955")) != []


def test_a_bare_bracket_after_a_dated_one_is_at_its_period():
    text = ("In January to June 2024, Zambia's exports were $5.10 billion ($4.60 billion in January to June 2023) "
            "and imports $4.40 billion ($4.00 billion). Imports rose {pct}% on the year.")
    assert claim(text.format(pct="10.0"), "$4.00 billion", published="2024-08-30")["period"] == "2023-H1"
    assert errors(text.format(pct="15.0"), published="2024-08-30") != []


def test_a_but_clause_without_a_subject_keeps_the_product():
    text = ("Japan's crude oil imports fell to 238.8 million kiloliters in 2007, but rose to 14,189.3 billion yen "
            "as the average import price climbed.")
    assert claim(text, "14,189.3 billion yen", published="2008-03-10")["commodity"] == "crude oil"
