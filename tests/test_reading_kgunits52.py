"""Quantities of tea and rubber (round 52): a multiple of "the year-ago level" after a change
between two levels; a share of the total whose part is a row of a bullet list; a change of
"value" whose sentence closes on its cause ("thanks to better prices"); a share of a round
whole that its own change pins; and a price per tonne set against the revenue of its own
year only."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


def test_a_multiple_of_the_year_ago_level_after_a_change():
    text = ("Coffee shipments to Chile climbed to 9.0 million kg from {old} million kg, "
            "nearly three times the year-ago level.")
    assert errors(text.format(old="3.1")) == []
    assert errors(text.format(old="4.5"))


def test_a_multiple_of_an_earlier_level_in_figures():
    text = "Sales to Peru rose to 12.4 million tonnes from {old} million tonnes, 2.5 times the 2020 level."
    assert errors(text.format(old="5.0")) == []
    assert errors(text.format(old="3.0"))


def test_a_share_of_a_bullet_row_after_the_list():
    text = ("Kenya shipped 400.0 million kg of coffee in the 2023 season. By grade:\n\n"
            "- AA: 120.0 million kg\n- AB: 200.0 million kg\n- Other grades: 80.0 million kg\n\n"
            "AB coffee made up {pct}% of total shipments, the board said.")
    assert errors(text.format(pct="50")) == []
    assert errors(text.format(pct="40"))


def test_value_with_its_cause_after_is_the_flow_of_the_text():
    text = ("Peru exported 80,000 tonnes of cocoa in 2023, earning $500 million. Volume fell 2% from "
            "81,600 tonnes in 2022, but value rose {pct}% from $400 million thanks to higher prices.")
    change = next(c for c in reading(text.format(pct="25"))["claims"] if c["kind"] == "percent_change")
    assert change["measure"] == "exports"
    assert errors(text.format(pct="25")) == []
    assert errors(text.format(pct="15"))


def test_a_share_of_a_round_whole_pinned_by_its_change():
    # (a lone "2 million" spans 1.5 to 2.5 million; the change from 2.50 million pins it at 2.0)
    text = ("Ghana's cocoa exports totalled 2 million tonnes, down 20.0% from 2.50 million tonnes. "
            "The Netherlands took {part} million tonnes, or 40.0% of the total.")
    assert errors(text.format(part="0.80")) == []
    assert errors(text.format(part="0.95"))


def test_a_price_per_tonne_divides_its_own_years_revenue():
    text = ("Ghana earned $3.00 billion from cocoa exports in 2024, up 20% from $2.50 billion in 2023. "
            "Shipments totalled 2 million tonnes in 2024. The average price was $1,500 a tonne in 2024.")
    ratio = [f for f in reading(text)["findings"] if "per tonne" in f["message"]]
    # (the year before's $2.50bn over this year's tonnes would fit the round tonnage too)
    assert [f["message"].split(" / ")[0] for f in ratio] == ["$3bn"]
    assert all(f["status"] == "consistent" for f in ratio)
