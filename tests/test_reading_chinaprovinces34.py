"""Chinese provincial and city trade news: "imports and exports" as one figure after "saw its
... reach", with a place or a channel between, as a share, or changed to a level; a city or
municipality that reports its own trade; a mode of trade and a channel referred back to; and
"countries participating in the Belt and Road Initiative" as a partner group."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_saw_its_imports_and_exports_reach_is_the_trade():
    """Read: "X saw its imports and exports reach Y" is X's total trade, and exports given apart agree with it."""
    text = ("Yiwu saw its imports and exports reach 300.0 billion yuan in the first half of 2024. "
            "Exports amounted to 250.0 billion yuan and imports 50.0 billion yuan.")
    r = read(text)
    assert r["claims"]["300.0 billion yuan"]["measure"] == "trade_total"
    assert r["claims"]["300.0 billion yuan"]["reporter_unit"] == "CN-YWU"
    assert r["errors"] == []
    assert read(text.replace("50.0 billion", "70.0 billion"))["errors"]


def test_imports_and_exports_with_a_place_between_before_the_verb_are_the_trade():
    """Read: "Cross-border e-commerce imports and exports in <province> reached X" is that channel's trade."""
    r = read("Cross-border e-commerce imports and exports in Zhejiang reached 90.0 billion yuan in 2023.",
             published="2024-01-20")
    c = r["claims"]["90.0 billion yuan"]
    assert (c["measure"], c["commodity"]) == ("trade_total", "e-commerce")


def test_a_share_of_the_province_imports_and_exports_is_of_the_trade():
    """Read: "The province's imports and exports accounted for N percent of the national total of X" is a share of trade."""
    text = ("Zhejiang's foreign trade totaled 2.00 trillion yuan in the first five months of 2024. "
            "The province's imports and exports accounted for 12.5 percent of the national total "
            "of 16.0 trillion yuan.")
    r = read(text, published="2024-06-20")
    assert r["claims"]["12.5 percent"]["measure"] == "trade_total"
    assert r["errors"] == []
    assert read(text.replace("12.5 percent", "15.5 percent"), published="2024-06-20")["errors"]


def test_a_channel_referred_back_to_keeps_its_trade_apart():
    """Read: "E-commerce boomed. Imports and exports through the channel jumped N percent to X" is e-commerce trade."""
    r = read("Guangzhou's imports and exports totaled 500.0 billion yuan in the first quarter of 2025, "
             "up 5.0 percent year-on-year. Cross-border e-commerce kept growing. Imports and exports "
             "through the channel jumped 20.0 percent to 60.0 billion yuan.", published="2025-04-20")
    for figure in ("20.0 percent", "60.0 billion yuan"):
        c = r["claims"][figure]
        assert (c["measure"], c["commodity"]) == ("trade_total", "e-commerce")
    assert r["errors"] == []


def test_exports_under_a_mode_of_trade_are_a_part():
    """Read: "Exports under the market procurement trade mode hit X, N percent of the city's exports" is a part of the exports."""
    text = ("Yiwu's exports amounted to 200.0 billion yuan in the first half of 2024. Exports under the "
            "market procurement trade mode hit 170.0 billion yuan, 85.0 percent of the city's exports.")
    r = read(text)
    assert r["claims"]["170.0 billion yuan"]["commodity"] == "market procurement trade"
    assert r["errors"] == []


def test_a_municipality_reports_its_own_trade_with_belt_and_road_countries():
    """Read: "Chongqing's imports and exports ..." is the municipality's trade; "countries participating in the Belt and Road Initiative" a partner group, a part of it."""
    text = ("Chongqing's imports and exports totaled 500.0 billion yuan in the first three quarters of 2025. "
            "Trade with countries participating in the Belt and Road Initiative reached 250.0 billion yuan, "
            "accounting for 50.0 percent of the total.")
    r = read(text, published="2025-10-24")
    assert r["claims"]["500.0 billion yuan"]["reporter_unit"] == "CN-CQ"
    assert r["claims"]["250.0 billion yuan"]["partner"] != "WLD"
    assert r["errors"] == []
    assert read(text.replace("50.0 percent", "60.0 percent"), published="2025-10-24")["errors"]


def test_platform_exports_and_bare_imports_stay_in_the_channel():
    """Read: "Of the total, exports via cross-border e-commerce platforms stood at X, while imports were Y": both e-commerce, summing to the channel's trade."""
    text = ("Cross-border e-commerce imports and exports in Zhejiang reached 100.0 billion yuan in 2019. "
            "Of the total, exports via cross-border e-commerce platforms stood at 75.0 billion yuan, "
            "while imports were 25.0 billion yuan. Zhejiang's foreign trade totaled 3.00 trillion yuan "
            "in 2019. Exports rose to 2.20 trillion yuan, and imports to 800.0 billion yuan.")
    r = read(text, published="2020-01-20")
    assert r["claims"]["25.0 billion yuan"]["commodity"] == "e-commerce"
    assert r["errors"] == []
