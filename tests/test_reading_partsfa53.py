"""Wholes that are not the whole (round 53): money spent on something is no total of revenues
listed by unit; a bloc's trade among its members is no part of its trade with the rest of the
world; a product named before "exports" ("uranium exports") scopes the figures after it; and
"t" after a number is tonnes, so a change of tonnes is not paired with money levels."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


def test_spending_is_no_whole_of_revenues_listed_by_unit():
    text = ("The firm booked revenue of EUR 9.0 billion in 2023. Engines contributed EUR 5.0 billion, "
            "Pumps EUR 2.5 billion and Valves EUR 1.5 billion. It spent EUR 0.8 billion on research.")
    assert errors(text) == []


def test_intra_bloc_exports_are_no_part_of_exports_to_the_rest_of_the_world():
    text = ("In 2021 the EU-27 exported goods worth EUR 2,100 billion to the rest of the world. "
            "Intra-EU exports, at EUR 3,400 billion, were larger still.")
    assert errors(text) == []


def test_a_product_before_exports_scopes_the_change_and_levels():
    text = ("Kazakhstan's uranium exports rose by 10% to $4.4 billion last year from $4.0 billion in 2022. "
            "Uranium accounted for about 5% of the country's total exports of $88 billion.")
    claims = reading(text)["claims"]
    assert [c["commodity"] for c in claims[:3]] == ["uranium"] * 3
    assert errors(text) == []


def test_t_after_a_number_is_tonnes_and_its_change_stays_off_the_money():
    text = ("Canada shipped 3,120 t of uranium oxide (U3O8) in 2023, down {pct}% from 4,160 t in 2022, "
            "but export earnings rose 10% to C$550 million from C$500 million.")
    assert errors(text.format(pct="25")) == []
    found = errors(text.format(pct="35"))
    assert found and "3,120 t" in found[0] and "4,160 t" in found[0]
