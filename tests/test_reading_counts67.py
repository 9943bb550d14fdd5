"""Prices per unit of goods counted one by one (round 67): "per unit" is a rate over a count
of the goods a text counts as units ("tractors", "scooters"), so an average price divides the
value by the count the sentence before gave; a bare count ("9,400 tractors", no scale word)
keeps its noun."""
from readings import errors, reading

TEXT = ("Ruritania exported 9,400 scooters in 2022, worth 47 million dollars, "
        "an average of about {price} dollars per unit.")


def test_an_average_price_per_unit_divides_the_value_by_the_count():
    assert errors(TEXT.format(price="5,000")) == []
    assert errors(TEXT.format(price="6,500")) != []


def test_the_price_per_unit_is_checked_as_a_ratio():
    checks = [f for f in reading(TEXT.format(price="5,000"))["findings"] if f["check"] == "ratio"]
    assert [f["status"] for f in checks] == ["consistent"]


def test_a_price_in_the_count_sentence_checks_without_an_opener():
    text = "The yard sold 2,000 motorcycles for $9m, or ${price} per unit."
    assert errors(text.format(price="4,500")) == []
    assert errors(text.format(price="6,000")) != []
