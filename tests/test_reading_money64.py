"""Money that is no trade flow, and conversions (round 64): a currency's price the text states
is the rate its bracketed conversions were made at; royalties paid are no imports; "shipping
... of goods out of" a total is the state's exports; reinvested earnings are investment, a
part of the investment total its bullets break down; the trade a tariff covers is a part of
the flow whose level the paragraph gave, and its share of that total is checked."""
from readings import claim, errors


def test_a_conversion_at_the_rate_the_text_states_is_no_error():
    text = ("Canada's trade deficit widened to C${cad} billion (${usd} billion) in the 12 months to "
            "August, Statistics Canada said on Thursday. The Canadian dollar was little changed at "
            "$0.6200 after the data.")
    # (C$20.0bn at the stated 0.62 is $12.4bn, far from the year's average rate)
    assert errors(text.format(cad="20.0", usd="12.4"), published="2022-10-20") == []


def test_a_stated_rate_is_kept_on_its_figure():
    text = "The New Zealand dollar was little changed at $0.6100 after the data."
    assert claim(text, "$0.6100")["measure"] == "other"


def test_royalties_paid_after_a_modifier_are_other_money():
    text = "The mining sector paid $9.1 billion in state royalties in 2023, the chamber said."
    assert claim(text, "$9.1 billion")["measure"] == "other"


def test_goods_shipped_out_of_a_total_are_no_product():
    text = ("Queensland accounted for 20 per cent of Australia's exports in 2023, with the state "
            "shipping $90 billion of goods out of a national total of $450 billion.")
    c = claim(text, "$90 billion")
    assert c["measure"] == "exports" and c["commodity"] is None


def test_reinvested_earnings_are_parts_of_the_investment_total():
    text = ("Chile received $20.00 billion of foreign direct investment in 2023, the central bank said.\n\n"
            "By type of investment:\n"
            "* Reinvested earnings: $12.00 billion\n"
            "* New investments: ${new} billion\n"
            "* Intercompany loans: $3.00 billion\n")
    assert claim(text.format(new="5.00"), "$12.00 billion")["measure"] == "other"
    assert errors(text.format(new="5.00")) == []
    assert errors(text.format(new="15.00")) != []


def test_a_share_of_covered_trade_is_of_the_flow_named_before():
    text = ("In 2022 the European Union imported EUR 400 billion of goods from Japan. The duties in "
            "force since March cover about EUR 100 billion of imports from Japan, or {share}% of the "
            "total.")
    assert errors(text.format(share="25")) == []
    assert errors(text.format(share="45")) != []
