"""Tonnages in commodity and waste-trade texts (round 55): a hedged per cent that closes a
part's clause is its share ("4.1 Mt went to Japan, about 40 per cent"); a count taken together
as a share ("Together the two accounted for 45% of shipments") is the share of their sum; a share
may follow the part's year and be "of everything X sent abroad"; a net that states no level of
its own ("Net exports therefore came to ...", "exports exceeded imports by ...") is the gap of
the flows the passage gave before it."""
from tradecheck import verify_text


def errors(text: str) -> list[str]:
    found = verify_text(text, published="2024-06-30", reference="none").to_dict()["findings"]
    return [f["message"] for f in found if f["status"] == "inconsistent"]


def test_a_hedged_per_cent_after_a_part_is_its_share():
    text = ("Peru shipped 10.2 million tonnes of copper concentrate in 2023, and {n} million tonnes "
            "went to Japan, about 40 per cent.")
    assert errors(text.format(n="4.1")) == []
    assert errors(text.format(n="5.1"))


def test_a_count_taken_together_as_a_share_is_of_their_sum():
    text = ("Rail freight carried 12.0 million tonnes of grain in 2023. Ukraine was the largest source "
            "at 3.1 million tonnes, followed by Romania at 2.3 million tonnes. Together the two accounted "
            "for {p}% of the traffic.")
    assert errors(text.format(p="45")) == []
    assert errors(text.format(p="55"))


def test_a_share_after_the_parts_year_of_everything_an_owner_sent_abroad():
    text = ("Norway exported 400,000 tonnes of scrap metal in 2022. Sweden took 104,000 tonnes of "
            "Norwegian scrap in 2022, or {p}% of everything Norway sent abroad.")
    assert errors(text.format(p="26")) == []
    assert errors(text.format(p="36"))


def test_a_net_with_no_level_of_its_own_is_the_gap_of_the_flows_before():
    text = ("In 2022, Spain exported 2.40 million tonnes of cement. Algeria took 0.50 million tonnes, "
            "or 21% of the total. In the same year, Spain imported 0.90 million tonnes. Net exports "
            "therefore reached {n} million tonnes.")
    assert errors(text.format(n="1.50")) == []
    assert errors(text.format(n="1.70"))


def test_exports_exceeding_imports_by_a_level_is_a_net_of_the_same_period():
    text = ("In 2021, Chile exported 812,000 tonnes of waste paper, after 753,000 tonnes in 2020. "
            "In 2021, 304,000 tonnes of waste paper were imported. Exports thus exceeded imports by "
            "{n} tonnes.")
    assert errors(text.format(n="508,000")) == []
    assert errors(text.format(n="568,000"))
