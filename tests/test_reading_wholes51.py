"""A broader product group beside a narrower one, as a fifty-first round of passages wrote them:
a group's total whose aside names the kinds it holds, a processed product's figure in a text on
the group it belongs to, and a whole food bill in a text on one edible oil. The broader group is
the whole, never a part of the narrower one (vocab/commodities.csv, vocab/group_covers.csv)."""
from tradecheck import verify_text
from tradecheck import vocab


def result(text: str, published: str = "2024-02-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-02-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def test_the_hierarchy_tells_a_wider_group_from_a_narrower_one():
    assert vocab.wider_goods("grain", "wheat")
    assert vocab.wider_goods("food", "palm oil")
    assert vocab.wider_goods("cereals and cereal products", "flour")
    assert not vocab.wider_goods("wheat", "grain")
    assert not vocab.wider_goods("palm oil", "food")
    assert not vocab.wider_goods("grain", "grains")  # (one group under two names)
    assert not vocab.wider_goods("wheat", "nickel")  # (unknown either way: not related)


def _kinds_aside(total: str) -> str:
    return ("Kazakhstan shipped 9.2 million tonnes of wheat abroad in the season to June. "
            f"Overall grain exports, which also include barley and oats, came to {total} million tonnes, "
            "with barley at 2.1 million tonnes and oats at 0.4 million tonnes.")


def test_a_group_total_whose_aside_names_its_kinds_is_no_part_of_the_first_kind():
    assert errors(_kinds_aside("11.9")) == []


def test_parts_tied_outside_an_aside_still_count_against_their_whole():
    text = ("The port handled 4.0 million tonnes of grain in May. "
            "Wheat accounted for 3.1 million tonnes and barley for 1.6 million tonnes.")
    assert any("exceed the whole 4.0 million tonnes" in e for e in errors(text))


def test_a_processed_products_figure_is_not_read_as_the_whole_of_the_group_exports():
    text = ("Kazakhstan's exports of cereals and cereal products reached $3.1 billion in 2023. "
            "The country stayed a leading flour exporter, selling 2.2 million tonnes worth $0.9 billion.")
    assert errors(text) == []
    flour = next(c for c in result(text)["claims"] if c["text"] == "$0.9 billion")
    assert flour["commodity"] == "flour"


def _food_bill(food: str) -> str:
    return ("Sunflower oil import bill jumps 40pc to $2.8bn\n\n"
            "MUMBAI: India's import bill for sunflower oil rose 40 per cent to $2.8 billion in 2022 from $2.0bn a year earlier. "
            f"The country's total food import bill reached ${food}bn in the year.")


def test_a_whole_food_bill_is_no_part_of_one_edible_oil_in_a_text_on_that_oil():
    assert errors(_food_bill("19.5")) == []
