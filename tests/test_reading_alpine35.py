"""Swiss and Austrian trade releases: a customs office's named totals ("total 1" without gold,
"total 2" with it), the flow noun after "of" deciding a figure of "trade with" a partner, a
milestone in a headline, a neighbour referred to by an epithet, price-segment bullets, the
bulleted largest markets, and a share worked out across two currencies."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_total_named_as_counting_gold_in_is_a_series_of_its_own():
    """Read: "If gold is included (total 2), exports were X" is the world total with gold, no whole of the shares of the plain total."""
    text = ("Swiss exports rose 3.0% to CHF 60.0 billion in the first quarter. If gold and other precious metals "
            "are included (total 2), exports came to CHF 80.0 billion. Machinery accounted for "
            "CHF 15.0 billion of exports, or 25.0% of the total.")
    r = read(text)
    c = r["claims"]["CHF 80.0 billion"]
    assert (c["reporter"], c["partner"], c["scope"]) == ("CHE", "WLD", "including gold and other valuables")
    assert r["errors"] == []
    assert read(text.replace("25.0%", "35.0%"))["errors"]


def test_named_totals_are_the_world_and_the_rest_after_both_adds_up():
    """Read: ""total 2" X ... "total 1" Y ... the remaining Z" under a headline naming a partner: both totals with the world, Y + Z = X."""
    text = ("Bullion Flood to New York\n\n"
            "Swiss exports including gold - what customs calls \"total 2\" - reached 30.0 billion francs in June. "
            "The business cycle total, \"total 1\", came to 21.0 billion francs in June. "
            "Gold and other valuables accounted for the remaining 9.0 billion francs.")
    r = read(text, published="2024-07-20")
    for figure in ("30.0 billion francs", "21.0 billion francs"):
        assert (r["claims"][figure]["reporter"], r["claims"][figure]["partner"]) == ("CHE", "WLD")
    assert r["errors"] == []
    assert read(text.replace("21.0 billion", "24.0 billion"), published="2024-07-20")["errors"]


def test_the_flow_noun_after_of_decides_a_figure_of_trade_with_a_partner():
    """Read: "Trade with the EU accounted for X of exports, or N% of the total, and for Y of imports": X exports, Y imports."""
    text = ("Austrian exports rose to EUR 50.0 billion in the first half, while imports reached EUR 52.0 billion. "
            "Trade with the EU member states accounted for EUR 35.0 billion of exports, or 70.0% of the total, "
            "and for EUR 36.0 billion of imports. Exports to third countries came to EUR 15.0 billion.")
    r = read(text, published="2023-08-20")
    assert r["claims"]["EUR 35.0 billion"]["measure"] == "exports"
    assert r["claims"]["EUR 36.0 billion"]["measure"] == "imports"
    assert r["errors"] == []
    assert read(text.replace("EUR 15.0 billion", "EUR 19.0 billion"), published="2023-08-20")["errors"]


def test_both_flows_after_of_stay_the_total():
    """Read: "Private firms handled X of imports and exports" is trade, not imports."""
    r = read("Private firms handled 4.00 trillion yuan of imports and exports in 2023.", published="2024-01-20")
    assert r["claims"]["4.00 trillion yuan"]["measure"] == "trade_total"


def test_a_milestone_in_a_headline_is_no_flow():
    """Read: a headline's "EUR 150 billion mark within reach" is a level to reach, not the year's exports."""
    text = ("Exporters post record - EUR 150 billion mark within reach\n\n"
            "Vienna - Goods exports rose 10.0% to EUR 132.0 billion in 2022 from EUR 120.0 billion in 2021.")
    r = read(text, published="2023-02-20")
    assert r["claims"]["EUR 150 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_neighbour_epithet_is_the_place_named_before():
    """Read: "Germany stayed the top market. Exports to our northern neighbour reached X" is exports to Germany."""
    r = read("Austrian exports reached EUR 190.0 billion in 2022. Germany stayed the top market. "
             "Exports to our northern neighbour reached EUR 55.0 billion, or 28.9% of all exports.",
             published="2023-02-20")
    c = r["claims"]["EUR 55.0 billion"]
    assert (c["reporter"], c["partner"]) == ("AUT", "DEU")
    assert r["errors"] == []


def test_price_segment_bullets_are_parts_of_the_total():
    """Read: "- Above 1,000 francs: X" under a price-segment heading is a part of the month's exports, no restatement of it."""
    text = ("Swiss watch exports reached 2.00 billion francs in May.\n\n"
            "By price segment:\n"
            "- Above 1,000 francs: 1.50 billion francs (+5.0%)\n"
            "- Below 1,000 francs: 500.0 million francs (-2.0%)\n")
    r = read(text, published="2024-06-20")
    c = r["claims"]["1.50 billion francs"]
    assert (c["measure"], c["commodity"]) == ("exports", "above 1,000 francs")
    assert r["claims"]["1,000 francs"]["measure"] == "other"
    assert r["errors"] == []


def test_bulleted_largest_markets_are_exports_to_them():
    """Read: "The three largest markets:" then "- Japan: X" are exports to each, and their sum is checked."""
    text = ("Swiss watch exports reached 20.0 billion francs in 2023. The export price of a typical model "
            "was 3,000 francs.\n\n"
            "The three largest markets:\n"
            "- United States: 4.0 billion francs\n"
            "- China: 3.0 billion francs\n"
            "- Japan: 2.0 billion francs\n\n"
            "Together, these three countries took 9.0 billion francs.")
    r = read(text, published="2024-01-30")
    c = r["claims"]["3.0 billion francs"]
    assert (c["measure"], c["partner"]) == ("exports", "CHN")
    assert r["errors"] == []
    assert read(text.replace("- Japan: 2.0", "- Japan: 3.0"), published="2024-01-30")["errors"]


def test_a_share_across_two_currencies_meets_the_total_at_the_rate():
    """Read: a partner's trade in dollars as N% of a total stated in yuan is checked at the period's rate."""
    text = ("China's trade rose to 9.00 trillion yuan in the first four months of 2018. Trade with the US "
            "came to 200.0 billion dollars in the first four months, or 14.0 percent of the country's total trade.")
    assert read(text, published="2018-05-08")["errors"] == []
    assert read(text.replace("200.0 billion dollars", "1.26 trillion dollars"), published="2018-05-08")["errors"]
