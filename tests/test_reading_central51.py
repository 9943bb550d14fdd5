"""Trade figures as Central American releases write them, from a fifty-first round of passages:
exports split by customs regime (free zone, definitive), a season's earnings against "the
previous cycle", and a change given as a noun ("a reduction of N%"). How each kind is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _regimes(free_zone: str) -> str:
    return ("Uruguay's goods exports climbed to US$10,000 million in 2023. "
            f"Firms in the free-zone regime sold US${free_zone} million abroad, while companies under the "
            "definitive (ordinary) regime exported US$4,000 million.")


def test_exports_under_a_customs_regime_are_a_part_of_the_total():
    assert errors(_regimes("6,000")) == []
    assert any("exceed the whole" in e for e in errors(_regimes("7,000")))


def test_a_regime_named_with_a_gloss_in_brackets_takes_the_regime_label():
    claims = result(_regimes("6,000"))["claims"]
    assert [c["commodity"] for c in claims if c["text"] == "US$4,000 million"] == ["definitive regime"]


def test_maquila_exports_are_not_the_countrys_whole():
    text = ("Exports from Uruguay reached US$9,000 million in 2023. "
            "Companies under the maquila regime exported US$3,500 million.")
    assert errors(text) == []


def _season(base: str) -> str:
    return ("Uruguay earned US$600 million from cocoa exports in the 2022-2023 season, "
            f"20% more than the US${base} million earned in the previous cycle, the cocoa board said.")


def test_the_previous_cycle_is_the_season_before_the_stated_one():
    assert errors(_season("500")) == []
    assert any("stated as \"20%\"" in e for e in errors(_season("400")))


def _reduction(pct: str) -> str:
    return (f"Uruguay's exports totalled US$800.0 million in 2023, a reduction of {pct}% compared with 2022 "
            "(US$1,000.0 million), the central bank said.")


def test_a_reduction_of_n_percent_is_a_change_against_the_bracketed_base():
    assert errors(_reduction("20.0")) == []
    assert any("stated as \"30.0%\"" in e for e in errors(_reduction("30.0")))


def _zone(imports: str) -> str:
    return ("Pacific Free Zone trade grows in 2023\n\n"
            "Commercial movement in the Pacific Free Zone reached US$5,000 million in 2023. "
            f"Re-exports totaled US$2,800 million, while imports into the zone amounted to US${imports} million.\n\n"
            "Peru, Chile and Ecuador were the main buyers of the re-exported goods.")


def test_a_total_and_its_two_flows_side_by_side_hold_together_whatever_the_guessed_pair():
    assert errors(_zone("2,200")) == []
    assert any("put exports at" in e for e in errors(_zone("2,600")))
