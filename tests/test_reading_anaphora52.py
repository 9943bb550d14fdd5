"""Changes that point back (round 52, second wave): "This is an increase of 8% in volume" after
a sentence giving a new and an old level of one quantity, the new level's money beside it
("valued at ..."), set against the two levels; figures in Indian digit grouping ("12,50,000")
read as written."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def quantity_errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"]
            if f["status"] == "inconsistent" and f["check"] == "percent_change"]


def test_an_increase_of_a_percent_in_volume_points_back_to_both_levels():
    text = ("Cashew exports from the state came to 12,50,000 tonnes valued at Rs 9,000.00 crore "
            "(USD 1,100.00 million) in 2023-24, against 11,00,000 tonnes valued at Rs 8,000.00 crore "
            "(USD 970.00 million) in 2022-23. This is an increase of {pct}% in volume.")
    assert quantity_errors(text.format(pct="13.6")) == []
    found = quantity_errors(text.format(pct="23.6"))
    assert found and "12,50,000 tonnes" in found[0] and "11,00,000 tonnes" in found[0]


def test_a_drop_of_a_percent_in_volume_after_compared_with():
    text = ("Coffee shipments totalled 41,320 tonnes in May, compared with 50,640 tonnes a year "
            "earlier. This was a drop of {pct}% in volume.")
    assert quantity_errors(text.format(pct="18.4")) == []
    assert quantity_errors(text.format(pct="12"))


def test_money_between_is_no_third_level_but_a_third_level_stops_the_reading():
    # (with three levels of tonnes before it, which pair the change is of is not said)
    text = ("Tea exports reached 30,000 tonnes worth $90 million, against 25,000 tonnes in 2022 "
            "and 20,000 tonnes in 2021. This is an increase of 35% in volume.")
    assert quantity_errors(text) == []
