"""Breakdowns of a Gulf trade total by channel and by mode of transport, a total "comprising"
its parts, ranked products after "followed by", a part restated after its share of the
total, and exports "of national origin" (a third round-28 set of passages, Gulf statistics
offices and news agencies): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-05-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


CHANNELS = ("Sharjah's non-oil foreign trade climbed to AED120 billion in 2024.\n\n"
            "By type of trade:\n"
            "- Direct trade: AED70 billion\n"
            "- Free zone trade: AED45 billion\n"
            "- Customs warehouse trade: AED5 billion\n")


def test_a_labelled_channel_of_trade_in_a_list_is_a_part_not_the_total_restated():
    r = read(CHANNELS)
    assert r["claims"]["AED70 billion"]["commodity"] == "direct trade"
    assert r["claims"]["AED45 billion"]["commodity"] == "free zone trade"
    assert r["claims"]["AED5 billion"]["commodity"] == "customs warehouse trade"
    assert r["errors"] == []


MODES = ("Sharjah's non-oil foreign trade climbed to AED120 billion in 2024. By mode of transport, "
         "trade carried by air amounted to AED40 billion, sea freight accounted for AED{} billion and "
         "land trade for AED30 billion.")


def test_trade_carried_by_air_is_the_air_part_and_the_modes_stay_within_the_whole():
    r = read(MODES.format(50))
    assert r["claims"]["AED40 billion"]["commodity"] == "air"
    assert r["errors"] == []
    assert any("exceed the whole" in e for e in read(MODES.format(60))["errors"])


COMPRISING = ("Jordan's trade with Iraq reached JD 1.5 billion in 2024. Jordan's exports to Iraq amounted "
              "to JD 900 million, comprising non-oil exports of JD 600 million and re-exports of JD 300 "
              "million. Imports from Iraq reached JD 600 million.")


def test_a_figure_comprising_re_exports_is_their_whole_not_exports_without_them():
    r = read(COMPRISING)
    assert r["claims"]["JD 900 million"]["commodity"] is None
    assert r["errors"] == []


RANKED = ("Qatar's non-oil exports reached QR50 billion in 2024. Mineral products led non-oil exports with "
          "QR20 billion, or 40% of the total, followed by paper and printing products at QR10 billion (20%).")


def test_a_share_after_followed_by_is_the_next_places_not_the_leaders():
    r = read(RANKED)
    assert r["claims"]["20%"]["commodity"] == "paper and printing products"
    assert r["errors"] == []


RESTATED = ("Kuwait's non-oil exports rose to KD 500 million in the first quarter of 2025. The five largest "
            "markets for non-oil exports accounted for 60% of the total, or KD {} million.")


def test_money_after_a_share_of_the_total_restates_the_part_not_the_total():
    r = read(RESTATED.format(300))
    assert r["claims"]["KD 300 million"]["commodity"] is None
    assert r["errors"] == []
    assert read(RESTATED.format(350))["errors"] != []


NATIONAL = ("Oman's exports of national origin rose to RO 800 million in the second quarter of 2025. "
            "Re-exports came to RO 200 million. Imports reached RO 1,300 million, and the trade balance "
            "showed a deficit of RO {} million.")


def test_exports_of_national_origin_leave_re_exports_out():
    r = read(NATIONAL.format(300))
    assert "excluding re-exports" in r["claims"]["RO 800 million"]["commodity"]
    assert r["errors"] == []
    assert read(NATIONAL.format(350))["errors"] != []


MULTIPLE = ("Bilateral trade between Kuwait and Japan reached KD 3.6 billion in 2025, up 9 per cent from a year "
            "earlier.\n\nThat is about three times the KD {}bn recorded in 2019.")


def test_a_multiple_of_a_level_dated_after_it_is_of_the_figure_before_against_that_year():
    r = read(MULTIPLE.format("1.2"), "2026-03-01")
    c = r["claims"]["three times"]
    assert (c["period"], c["base_period"]) == ("2025", "2019")
    assert r["errors"] == []
    assert read(MULTIPLE.format("2.0"), "2026-03-01")["errors"] != []
