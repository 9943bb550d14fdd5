"""Sums of tonnages in trade reports (a fortieth round of passages, USDA attaché reports and
the farm press): lists of tonnages checked against the total they name or are ranked under,
and a share's whole taken as the nearest one stated before it."""
from tradecheck import verify_text


def errors(text: str, published: str = "2025-05-10") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def listed(total: str) -> str:
    return ("Under the new purchase plan, Philippine millers intend to buy about 1.4 million metric tons (mmt) "
            f"of wheat, 0.8 mmt of soybean meal and 0.3 mmt of corn a year, for a total of {total} mmt of grain "
            "and feed. Dairy and poultry were left out of the plan.")


def test_a_list_of_tonnages_for_a_total_adds_up_to_it():
    """"1.4 million metric tons (mmt) ..., 0.8 mmt ... and 0.3 mmt ..., for a total of 2.5 mmt":
    the list is all of the total, "mmt" the abbreviation of the first level's unit."""
    assert errors(listed("2.5")) == []


def test_a_list_of_tonnages_that_misses_its_total_is_flagged():
    """The same list stated to total 3.5 mmt: its sum, 2.5, cannot give it."""
    found = errors(listed("3.5"))
    assert len(found) == 1 and "2.5" in found[0] and "3.5" in found[0]


def ranked(third: str) -> str:
    return ("Thailand imported 3.10 MMT of soybean meal in CY 2024, according to customs data. "
            "Argentina supplied 1.75 MMT, or 56 percent of the total, followed by Brazil (0.95 MMT), "
            f"the United States ({third} MMT) and China (0.05 MMT). Feed mills expect similar volumes this year.")


def test_a_ranking_of_suppliers_is_within_the_total_before_it():
    """"imported 3.10 MMT ... A supplied 1.75 MMT, ..., followed by B (0.95 MMT), C (0.30 MMT)
    and D (0.05 MMT)": parts of the 3.10 MMT, together no more than it."""
    assert errors(ranked("0.30")) == []


def test_a_ranking_of_suppliers_more_than_its_total_is_flagged():
    """The third supplier's 0.30 MMT changed to 0.60: the ranking adds to 3.35 MMT, more than 3.10."""
    found = errors(ranked("0.60"))
    assert len(found) == 1 and "3.35" in found[0] and "3.10 MMT" in found[0]


def shares(second: str) -> str:
    return ("Post forecasts Peru's MY 2025/26 wheat imports at 2.3 MMT.\n\n"
            "In MY 2024/25, Peru imported 2.1 MMT of wheat. Canada accounted for 1.2 MMT (57 percent), "
            f"followed by the United States with {second} MMT (29 percent) and Argentina with 0.3 MMT (14 percent).")


def test_a_ranking_with_a_share_after_each_supplier_is_read_as_parts():
    """"Canada accounted for 1.2 MMT (57 percent), followed by the United States with 0.6 MMT
    (29 percent) and ...": each share is of the 2.1 MMT just before, the parts within it."""
    assert errors(shares("0.6")) == []


def test_a_share_is_checked_against_the_nearest_whole_not_a_forecast():
    """The second supplier's 0.6 MMT changed to 1.0: its share and the sum are reported against
    the 2.1 MMT imported, not the 2.3 MMT forecast nor the 1.2 MMT of the supplier before."""
    found = errors(shares("1.0"))
    assert any("1.0 MMT / 2.1 MMT" in f for f in found)
    assert any("exceed the whole 2.1 MMT" in f for f in found)
