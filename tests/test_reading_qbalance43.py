"""Balances of a physical quantity against the levels they are worked out from (a 43rd round
of passages: steel, sugar and cotton trade news): net flows, supply totals, market deficits
and quota fills, each read from the words alone."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-07-10") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def net(stated: str) -> str:
    return ("Copper exports reached 12.4 million tonnes in the January-June period, up 5 percent from "
            "11.8 million tonnes a year earlier.\n\nIn June alone, shipments came to 2.2 million tonnes.\n\n"
            "Copper imports over the first six months fell 8 percent year on year to 3.1 million tonnes, "
            "from 3.4 million tonnes, leaving net exports at " + stated + " million tonnes.")


def test_net_exports_are_the_exports_less_the_imports_of_the_same_period():
    """"leaving net exports at X": the half-year's exports (not June's, not the year-earlier level) less its imports."""
    assert errors(net("9.3")) == []
    assert any("12.4 million tonnes - 3.1 million tonnes = 9.3" in e for e in errors(net("8.3")))


def test_net_exports_with_no_exports_of_the_imports_period_are_left_unread():
    """Exports dated by another period than the imports: which exports the net is of the words do not say."""
    text = ("Copper exports reached 2.2 million tonnes in June.\n\nCopper imports over the first six months fell "
            "to 3.1 million tonnes, leaving net exports at 5.0 million tonnes.")
    assert errors(text) == []


def supply(total: str) -> str:
    return ("The association kept its crop estimate at 301.5 lakh bales. With an opening stock of 20.5 lakh "
            "bales and imports of 12 lakh bales, total supply for the season is put at " + total + " lakh bales.")


def test_a_total_supply_is_its_opening_stock_crop_and_imports():
    """"total supply ... is put at X" after its three named parts: X is their sum."""
    assert errors(supply("334")) == []
    assert any("334" in e and "344" in e for e in errors(supply("344")))


def test_a_total_supply_with_a_part_unnamed_is_left_unread():
    """Only the crop and the imports named: the supply holds stocks the words do not give, so nothing is flagged."""
    text = ("The crop is estimated at 301.5 lakh bales. With imports of 12 lakh bales, total supply is put at "
            "334 lakh bales.")
    assert errors(text) == []


def gap(stated: str, word: str = "deficit") -> str:
    return (f"The council forecast a global cocoa {word} of {stated} million tonnes in the 2024/25 season.\n\n"
            "World production is seen at 4.8 million tonnes, below consumption of 5.1 million tonnes.")


def test_a_market_deficit_is_its_consumption_less_its_production():
    """"a deficit of X" with production below consumption in the sentence after: X = consumption - production."""
    assert errors(gap("0.3")) == []
    assert any("5.1 million tonnes - 4.8 million tonnes = 0.3" in e for e in errors(gap("0.5")))


def test_a_surplus_stated_where_use_exceeds_output_is_left_unread():
    """A surplus with consumption above production: the sides are not what the words say they are, so no flag."""
    assert errors(gap("0.3", "surplus")) == []


def quota(claimed: str) -> str:
    return ("The import quota for frozen fillets was 85% used within a week of opening.\n\n"
            "Of the 41,250 tonnes available for the quarter, traders had claimed " + claimed + " t by Friday.")


def test_a_quota_fill_is_the_volume_claimed_over_the_quota_volume():
    """"was 85% used ... Of the X tonnes available, traders had claimed Y t": 85% = Y / X."""
    assert errors(quota("35,060")) == []
    assert any("85%" in e for e in errors(quota("31,060")))
