"""Oil flows in barrels per day, as a fiftieth round of passages wrote them: a flow through one
route against the country's flow, a buyer's share of an owner's shipments, a net flow named with
its goods, a change stated as an amount between two levels, and a table of levels and shares
with its whole in the prose above. How each kind is read (a rate per day is a unit of its own)."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-02-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-02-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _route(level: str, dated: str = "") -> str:
    return ("Kuwait's crude exports averaged 1.9 million barrels per day (bpd) in June. "
            f"Shipments from the northern terminals averaged {level} million bpd{dated}, officials said.")


def test_a_flow_through_one_route_cannot_exceed_the_flow_stated_just_before():
    assert errors(_route("1.2")) == []
    assert any("exceed the whole 1.9 million barrels per day" in e for e in errors(_route("2.2")))


def test_a_route_level_dated_apart_from_the_whole_is_not_set_against_it():
    assert errors(_route("2.2", " in 2019")) == []


def test_a_route_is_not_set_against_a_cut_named_far_from_the_flow_word():
    text = ("Qatar pledged to trim exports by 200,000 b/d in May, after an output cut of 200,000 b/d. "
            "Shipments from the Ras Laffan port held at about 600,000 b/d.")
    assert errors(text) == []


def _share(pct: str) -> str:
    return ("Oman's crude exports fell to 0.80 million barrels a day in May. "
            f"India was the top buyer, taking 0.20 million barrels a day, or {pct}% of the sultanate's overseas shipments.")


def test_a_share_of_an_owners_flow_with_no_total_word_is_of_a_level_stated_before():
    assert errors(_share("25")) == []
    assert any("stated as 35%" in e for e in errors(_share("35")))


def _net(net: str) -> str:
    return ("Chile's crude oil imports averaged 0.20 million b/d in 2022. "
            f"Crude oil exports averaged 0.05 million b/d, which left net crude oil imports at {net} million b/d.")


def test_a_net_flow_named_with_its_goods_in_an_undated_sentence_is_of_the_period_before():
    assert errors(_net("0.15")) == []
    assert any("0.20 million b/d - 0.05 million b/d = 0.15 million b/d" in e for e in errors(_net("0.25")))


def _amount(change: str) -> str:
    return f"Diesel exports slipped to 900,000 b/d in June, down {change} b/d from 1.05 million b/d in May."


def test_a_change_stated_as_an_amount_is_the_gap_between_its_two_levels():
    assert errors(_amount("150,000")) == []
    assert any("stated as a change of down 350,000 b/d" in e for e in errors(_amount("350,000")))


def test_an_amount_in_another_unit_than_its_levels_is_not_compared():
    assert errors("Cargoes fell to 2.0 million tonnes in June, down 900,000 barrels from 2.5 million tonnes in May.") == []


def _table(share: str) -> str:
    return ("Norway exported an average of 2.0 million barrels per day of crude in 2023.\n\n"
            "Buyer | Million bpd | Share\n"
            "Netherlands | 0.60 | 30%\n"
            f"Germany | 0.40 | {share}%\n"
            "Britain | 0.30 | 15%\n"
            "Sweden | 0.20 | 10%\n")


def test_a_table_share_column_is_of_the_whole_the_prose_states_in_its_unit():
    assert errors(_table("20")) == []
    assert any("stated as 40%" in e for e in errors(_table("40")))
