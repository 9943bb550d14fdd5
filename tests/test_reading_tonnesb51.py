"""Counted packages and shares in words (round 51): a level counted in packages of a stated
weight ("12.0 million 50-kg bags") is a level of the package unit, an earlier level called
"a record" is set against the new one, and a share of a total written as a fraction in words
("about a quarter of the total") is checked as a hedged per cent of the one total before it."""
from tradecheck import verify_text


def errors(text: str, published: str = "2023-03-31") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


TEXT = ("The growers' union said members shipped 30.0 million 50-kg bags of cocoa beans in 2022, down from "
        "a record 33.0 million bags in 2021.\n\nPrices, meanwhile, stayed firm all year.\n\n"
        "The Netherlands was the top destination, taking {part} million bags, about {share} of the total.")


def test_a_share_in_words_of_a_total_counted_in_weighed_packages_is_checked():
    assert errors(TEXT.format(part="7.5", share="a quarter")) == []
    assert errors(TEXT.format(part="10.0", share="a quarter"))


def test_a_fraction_in_words_is_read_as_a_hedged_share():
    assert errors(TEXT.format(part="6.2", share="a fifth")) == []
    assert errors(TEXT.format(part="6.2", share="two-thirds"))


def test_a_change_between_levels_in_weighed_packages_is_checked():
    text = "Shipments reached 12.0 million 60-kg bags, up {pct}% from 10.0 million bags a year earlier."
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="35"))
