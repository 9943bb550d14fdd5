"""Sentences of kinds met in horticulture, bullion and timber stories (round 41): changes of
tonnes, cartons and cubic metres said with a noun of direction, after a package size, after
the level given again in another unit, in the next sentence, or with a month between; a
hedged share of a volume; a total split "of which A went to X, B to Y"."""
import pytest

from tradecheck import verify_text


# (quantities are no claims: a text needs a money figure to be checked at all)
MONEY = " Export earnings came to $1.2 billion."


def errors(text: str, published: str = "2024-05-02") -> list[str]:
    result = verify_text(text + MONEY, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


@pytest.mark.parametrize("noun", ["an increase of", "a rise of", "a gain of"])
def test_a_noun_of_direction_before_of_gives_the_change_its_sign(noun):
    """"..., an increase of 8% from the 250,000 tonnes": the noun, not "of", says up."""
    text = f"Kenya shipped 270,400 tonnes of tea in 2023, {noun} 8% from the 250,300 tonnes sent in 2022."
    assert errors(text) == []
    assert len(errors(text.replace("250,300", "230,300"))) == 1


def test_a_noun_of_a_fall_before_of_gives_the_change_its_sign():
    """"..., a decline of 10% from the 300,000 tonnes": read as down."""
    text = "Ghana sold 271,400 tonnes of cocoa in 2023, a decline of 10% from the 301,600 tonnes sold in 2022."
    assert errors(text) == []
    assert len(errors(text.replace("a decline of", "an increase of"))) == 1


def test_a_package_size_written_as_one_word_is_no_level():
    """"48.3 million 10kg cartons, 5% more than the 46 million cartons": the cartons are the levels."""
    text = ("Egypt exported 48.3 million 10kg cartons of oranges in the 2024 season, 5% more than the "
            "46 million cartons shipped in 2023.")
    assert errors(text) == []
    assert len(errors(text.replace("46 million", "40 million"))) == 1


def test_a_level_given_again_in_another_unit_stands_between_a_level_and_its_change():
    """"200,300 tonnes ..., equivalent to 40 million 5-kilo boxes and 6% more than the ...": the tonnes compared."""
    text = ("Argentina exported 200,300 tonnes of lemons in the 2024 season, equivalent to 40 million 5-kilo "
            "boxes and 6% more than the 188,900 tonnes of 2023.")
    assert errors(text) == []
    assert len(errors(text.replace("188,900", "170,100"))) == 1


def test_a_change_in_the_next_sentence_that_points_back_takes_its_level():
    """"... about 52,300 tons ... That would be 4% more than the 50,300 tons ...": 52,300 against 50,300."""
    text = ("Peru expects to ship about 52,300 metric tons of grapes to the U.S. for the holidays. "
            "That would be 4% more than the 50,300 tons shipped last year, the exporters said.")
    assert errors(text) == []
    assert len(errors(text.replace("50,300 tons", "40,300 tons"))) == 1


def test_a_level_whose_sentence_names_the_us_still_meets_its_change():
    """"... 52,300 tonnes to the U.S. this season, up 4% from 50,300 tonnes": the abbreviation's dots end no sentence."""
    text = "Chile shipped 52,300 tonnes of grapes to the U.S. this season, up 4% from 50,300 tonnes last season."
    assert errors(text) == []
    assert len(errors(text.replace("up 4%", "up 14%"))) == 1


@pytest.mark.parametrize("aside", ["month on month", "in June"])
def test_a_month_or_month_on_month_between_the_change_and_its_to(aside):
    """"rose 10% month on month to 88 tonnes, from 80 tonnes in May": read as one change."""
    text = f"Hong Kong's gold imports rose 10% {aside} to 88 tonnes, from 80 tonnes in May."
    assert errors(text, "2024-07-20") == []
    assert len(errors(text.replace("80 tonnes", "70 tonnes"), "2024-07-20")) == 1


@pytest.mark.parametrize("unit", ["cubic meters", "m3"])
def test_a_hedged_share_of_cubic_metres_is_checked_against_the_total_before(unit):
    """"..., or about 40% of the total": 8.2 million m3 of 20.4 million m3."""
    text = (f"Sawnwood exports rose 5.2% to 20.4 million {unit} from 19.4 million {unit}. Japan took 8.2 million {unit} "
            "of the sawnwood, or about 40% of the total.")
    assert errors(text, "2024-02-10") == []
    assert len(errors(text.replace("Japan took 8.2 million", "Japan took 11.2 million"), "2024-02-10")) == 1


def test_parts_of_a_total_split_with_of_which_never_exceed_it():
    """"... 12.4 million tonnes, of which 6.1 million tonnes went to A, 4.2 million tonnes to B ...": parts of 12.4."""
    text = ("Domestic use rose to 12.4 million tonnes, of which 6.1 million tonnes went to biodiesel, "
            "4.2 million tonnes to food and 2.1 million tonnes to oleochemicals.")
    assert errors(text) == []
    found = errors(text.replace("4.2 million", "5.2 million"))
    assert len(found) == 1 and "exceed the whole" in found[0]


def test_bullets_whose_labels_carry_a_long_gloss_are_parts_of_the_total():
    """"* Pears (Packham, Forelle and Abate Fetel varieties): 9.0 million cartons": still an item of the list."""
    text = ("Exports reached a record 21.5 million cartons in 2024.\n\nBy fruit:\n\n"
            "* Apples: 12.5 million cartons\n"
            "* Pears (Packham, Forelle, Abate Fetel and Rosemarie kinds): 9.0 million cartons\n")
    assert errors(text) == []
    assert len(errors(text.replace("12.5 million", "14.5 million"))) == 1
