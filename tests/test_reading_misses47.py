"""Errors a forty-seventh round of passages slipped past: a share of the total whose part is
above the total, a change from "the previous year's volume of" a level, a change in percentage
points between two shares given with it, and a quota's fill said before the quota. How each
kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _tonnes_shipped(part: str) -> str:
    return (f"Peru shipped 410,000 tonnes of mangoes in 2023, up 12% from 366,000 tonnes a year earlier. "
            f"The Netherlands took {part} tonnes, or 45.1% of the total.")


def test_a_part_above_the_total_before_it_is_flagged():
    """185,000 of 410,000 is 45.1%; 485,000 is more than the total itself: no 45.1% of it."""
    assert errors(_tonnes_shipped("185,000")) == []
    assert any("485,000 tonnes / 410,000 tonnes" in e for e in errors(_tonnes_shipped("485,000")))


def _previous_volume(pct: str) -> str:
    return (f"Ecuador's banana exports rose {pct} per cent to 6.3 million tonnes in 2022, rebounding from "
            f"the previous year's volume of 6.0 million tonnes.")


def test_the_previous_years_volume_of_a_level_is_the_earlier_side_of_the_change():
    assert errors(_previous_volume("5.0")) == []
    assert any("6.3 million tonnes against 6.0 million tonnes" in e for e in errors(_previous_volume("8.0")))


def _points(size: str, order: str = "to_from") -> str:
    rates = "to 31.4% from 28.2%" if order == "to_from" else "from 28.2% to 31.4%"
    return f"Vietnam's share of Japan's footwear imports climbed {size} percentage points in 2023 {rates}."


def test_a_change_in_points_must_be_the_gap_between_the_two_shares_given_with_it():
    assert errors(_points("3.2")) == []
    assert errors(_points("3.2", "from_to")) == []
    flagged = errors(_points("4.2"))
    assert flagged and "3.2 percentage points" in flagged[0] and '"4.2 percentage points"' in flagged[0]
    assert errors(_points("4.2", "from_to"))


def _quota(pct: str) -> str:
    return (f"Tunisia exported 42,000 tonnes of olive oil to the bloc in 2023. "
            f"Shipments used only {pct} percent of the duty-free quota of 56,700 tonnes.")


def test_a_quotas_fill_said_before_the_quota_is_the_level_before_over_the_quota():
    """42,000 of 56,700 is 74.1%."""
    assert errors(_quota("74.1")) == []
    assert any("42,000 tonnes / 56,700 tonnes" in e for e in errors(_quota("84.1")))


def test_a_quotas_fill_with_two_levels_before_is_left_alone():
    """Two levels of the quota's unit before it: which one filled it is a guess."""
    text = ("Tunisia exported 42,000 tonnes of olive oil to the bloc and 18,000 tonnes to the US in 2023. "
            "Shipments used only 84.1 percent of the duty-free quota of 56,700 tonnes.")
    assert errors(text) == []
