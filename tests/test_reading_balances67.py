"""Balances (round 67): a bulleted "Imports of goods" is the flow of all goods, the same
whole as the other bullets' goods; a net flow beside its gross is net of returns, no
balance; "supported by demand from" names buyers, no pair of the text."""
from readings import claim, errors


def test_a_bulleted_flow_of_goods_is_the_whole_the_balance_is_of():
    text = ("Monthly summary for the second quarter of 2023:\n\n"
            "- Exports of goods amounted to EUR 40.0 billion.\n"
            "- Imports of goods totalled EUR 52.0 billion, of which fuels were EUR 9.0 billion.\n"
            "- The trade deficit in goods stood at EUR {bal} billion.\n")
    assert claim(text.format(bal="12.0"), "EUR 52.0 billion")["commodity"] is None
    assert errors(text.format(bal="12.0")) == []
    assert errors(text.format(bal="17.0")) != []


def test_a_net_flow_beside_its_gross_is_no_balance():
    text = ("Gem trade, January-June 2023\n\n"
            "- Gross cut-stone exports: $2.00 billion\n"
            "- Net cut-stone exports (after returns): $1.50 billion\n"
            "- Gross raw-stone imports: $1.20 billion\n"
            "- Net raw-stone imports: $0.90 billion\n")
    assert claim(text, "$1.50 billion")["measure"] != "balance"
    assert errors(text) == []


def test_demand_from_places_that_supported_the_trade_sets_no_partner():
    text = ("Thailand's jewellery makers had a good year, supported by steady demand from the "
            "United States and Japan.\n\n- Exports: $3.0 billion\n")
    assert claim(text, "$3.0 billion")["partner"] in (None, "WLD")
