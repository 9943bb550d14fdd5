"""Lists and counts in company reports and market bulletins (a thirty-seventh round of
passages, second wave): a bulleted breakdown of a company's money under a "By ...:" heading
against the figure before it; the change of a counted noun "compared with" its earlier count;
and a change of tonnes whose earlier level sits in brackets after its period. How each is
checked."""
import pytest

from tradecheck import verify_text


def read(text: str, published: str = "2024-02-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    return {"claims": {c["text"]: c for c in result["claims"]},
            "errors": [f for f in result["findings"] if f["status"] == "inconsistent"]}


def orders(first: str, heading: str = "By region:", target: str = "") -> str:
    return ("Orsund Marine ASA fourth-quarter 2023 results call\n\n"
            f"CEO: In 2023 we booked new orders of 31 ferries worth $4.2 billion{target}. {heading}\n\n"
            f"- Europe: 18 ferries, {first} billion\n- Asia: 9 ferries, $1.1 billion\n- Americas: 4 ferries, $0.6 billion\n\n"
            "Our order backlog stood at $9.8 billion at year-end.")


@pytest.mark.parametrize("first, flagged", [("$2.5", False), ("$2.9", True), ("$1.9", True)])
def test_a_bulleted_breakdown_under_a_by_heading_adds_up_to_the_figure_before(first, flagged):
    """"worth $4.2 billion. By region:" then "- Europe: 18 ferries, $2.5 billion" ...: the
    company's money (measure other), and the bullets are all of the figure before the heading,
    so they add up to it (too little is flagged as well as too much)."""
    r = read(orders(first))
    assert r["claims"][f"{first} billion"]["measure"] == "other"
    assert [f["check"] for f in r["errors"]] == (["sum"] if flagged else [])


@pytest.mark.parametrize("first, flagged", [("$2.5", False), ("$1.9", False), ("$9.9", True)])
def test_with_a_goal_beside_the_whole_only_one_figure_is_summed(first, flagged):
    """"worth $4.2 billion, 84% of our target of $5.0 billion. By region:": the goal is no
    figure the list breaks down, so the bullets still add up to $4.2 billion... whereas with
    two levels before the heading which one is broken down is not said: only bullets above both
    are flagged."""
    assert bool(read(orders(first, target=", 84% of our target of $5.0 billion"))["errors"]) is (first != "$2.5")
    two = orders(first).replace("worth $4.2 billion", "worth $4.2 billion, and revenue of $5.0 billion")
    assert bool(read(two)["errors"]) is flagged


def test_a_list_under_another_heading_is_no_breakdown():
    """"Highlights:" announces no whole: the bullets under it are not summed."""
    assert read(orders("$2.9", heading="Highlights:"))["errors"] == []


@pytest.mark.parametrize("shipped, flagged", [("4,310", False), ("4,610", True)])
def test_a_count_compared_with_its_earlier_count_is_checked_against_its_change(shipped, flagged):
    """"we delivered N excavators in 2024, compared with 5,020 a year earlier, a decline of
    14.1%": the counted noun is the unit of both counts; the change between them is checked."""
    text = (f"Turning to volumes, we delivered {shipped} excavators in 2024, compared with 5,020 a year earlier, "
            "a decline of 14.1%. Net sales fell to $2.1 billion.")
    assert bool(read(text, "2025-02-10")["errors"]) is flagged


@pytest.mark.parametrize("earlier, flagged", [("5,020 excavators", False), ("5,400", True)])
def test_a_count_compared_with_its_earlier_count_and_a_bracketed_change(earlier, flagged):
    """"N excavators in 2024, compared with M (-14.1%)": the change in brackets after both."""
    text = f"We delivered 4,310 excavators in 2024, compared with {earlier} (-14.1%). Net sales fell to $2.1 billion."
    assert bool(read(text, "2025-02-10")["errors"]) is flagged


def test_a_count_compared_with_money_is_no_count():
    """"$4,310 million in sales, compared with $5,020 million": money, read as claims, not as a count."""
    text = "We booked 4,310 orders in 2024, compared with $5,020 a year earlier, a decline of 40.1%."
    assert read(text, "2025-02-10")["errors"] == []


@pytest.mark.parametrize("earlier, flagged", [("265,000", False), ("330,000", True)])
def test_a_change_of_tonnes_with_its_earlier_level_in_brackets_after_its_period(earlier, flagged):
    """"180,000 mt of wheat were unloaded at the northern ports, 32 percent less than in May
    (265,000 mt)": the level in brackets after the earlier period is the change's earlier level."""
    text = (f"In June, 180,000 mt of wheat were unloaded at the northern ports, 32 percent less than in May "
            f"({earlier} mt). Fuel imports stood at 90,000 mt.")
    assert bool(read(text, "2024-07-15")["errors"]) is flagged
