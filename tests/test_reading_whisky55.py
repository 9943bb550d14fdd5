"""Spirits and ranked markets (round 55): "whisky" is a product (the British spelling of
whiskey, HS 2208), so its figure is a part of the food exports, never the whole the markets
ranked after it are parts of; and a place ranked as a market ("remained the sector's
largest market at") that only the text's guessed reporter makes report is a guess of pair,
so its figure is never taken for a smaller whole of the product's own total."""
from readings import reading, claim


def statuses(text: str) -> list[tuple[str, str]]:
    return [(f["check"], f["status"]) for f in reading(text)["findings"]]


def test_whisky_is_a_product():
    text = "Ireland's food exports were €16bn in 2023, while Irish whisky was €1.2bn."
    assert claim(text, "€1.2bn")["commodity"] == "whiskey"


def test_a_product_figure_is_not_the_whole_of_the_markets_after_it():
    text = ("Ireland's food exports were €16bn in 2023, while Irish whisky was €1.2bn. "
            "By destination, Britain remained the largest market at €4.1bn, followed by "
            "France at €2.0bn.")
    assert ("bound", "inconsistent") not in statuses(text)


def test_a_place_ranked_as_a_market_is_no_sure_reporter():
    text = ("Exports of Portuguese port wine fell 2% in 2024 to €0.9bn. Portugal remained "
            "the sector's largest market by value at €0.2bn.")
    assert ("bound", "inconsistent") not in statuses(text)
