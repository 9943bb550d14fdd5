"""Balances, signs, accounts and which flow a figure is (round 74). A column headed "% chg" holds
changes, so a table's balance row is set against its exports and imports rows only in its level
columns. A change set after a comma right after a price or its earlier level ("against
Rs. 398.15 in 2010, a gain of Rs. 114.25 or 28.7 per cent") is the price's change, not the
earnings' the text is on. A flow word after a balance whose level an -ing form gives ("with the
total value of merchandise trade standing at N5.49 trillion") is that figure's own flow, and so is
the earlier level set against it later in the sentence. "A deficit in its trade balance of N" is a
deficit. A balance whose subject is "the sector" after exports and imports its sentence gives as
"its" own is the sector's, and so are those flows: their sum is checked, apart from the country's.
"Oil and gas" is one product group, never "oil" alone; and two product groups joined by "and",
each its own set of HS codes ("crude oil and fuel products"), are one figure of both, which the
two kinds given after it add up to."""
from readings import claim, errors


def test_a_percent_change_column_is_no_level():
    text = ("Ruritania's exports grew 11.6% to R398.88bil last year, while imports rose 4.4% to R316.55bil.\n\n"
            "RURITANIA'S EXTERNAL TRADE (R mil)\n\n"
            "              2002         2003      % chg\n"
            "Exports    357,428.7    398,881.6     11.6\n"
            "Imports    303,087.4    316,549.2      4.4\n"
            "Balance     54,341.3     {balance}     51.5\n")
    assert errors(text.format(balance="82,332.4"), published="2004-01-20") == []
    assert errors(text.format(balance="84,332.4"), published="2004-01-20") != []


def test_a_change_after_a_price_is_the_prices():
    text = ("High prices pushed Ruritania's rubber export earnings to Rs. 118.6 billion in 2011, up 25.8 per cent "
            "from Rs. 94.3 billion in 2010.\n\n"
            "At the auctions, RSS1 averaged Rs. 512.40 a kg during the year against Rs. 398.15 in 2010, a gain "
            "of Rs. 114.25 or 28.7 per cent.")
    assert claim(text, "Rs. 114.25", published="2012-02-12")["measure"] == "other"
    assert claim(text, "28.7 per cent", published="2012-02-12")["measure"] == "other"
    assert errors(text, published="2012-02-12") == []


def test_total_trade_standing_at_after_a_deficit_is_the_trade_total():
    text = ("Nigeria's exports fell by 49.61 per cent to N1.65 trillion in the second quarter of 2020, from "
            "N3.27 trillion in the first quarter.\n\n"
            "Imports dipped by 5.50 per cent to N3.84 trillion from N4.06 trillion in the preceding quarter.\n\n"
            "As a result, the country recorded a trade deficit of N2.19 trillion in the quarter, with the total "
            "value of merchandise trade standing at N5.49 trillion, {change} per cent lower than the N7.33 "
            "trillion recorded in Q1 2020.")
    correct = text.format(change="25.16")
    assert claim(correct, "N5.49 trillion", published="2020-09-15")["measure"] == "trade_total"
    assert claim(correct, "N7.33 trillion", published="2020-09-15")["measure"] == "trade_total"
    assert errors(correct, published="2020-09-15") == []
    assert errors(text.format(change="35.16"), published="2020-09-15") != []


def test_a_sectors_balance_after_its_own_flows():
    text = ("Mexico closed the year 2000 with a deficit in its trade balance of 8,003 million dollars, as a result "
            "of exports for 166,455 million and imports for 174,458 million dollars.\n\n"
            "The assembly export industry again was the main generator of foreign currency, since its sales "
            "abroad reached 79,467 million dollars, while its imports were of {imports} million dollars, so that "
            "the sector obtained a surplus of 17,758 million dollars.")
    correct = text.format(imports="61,709")
    assert claim(correct, "8,003 million dollars", published="2001-02-21")["value"] < 0
    assert errors(correct, published="2001-02-21") == []
    assert errors(text.format(imports="63,709"), published="2001-02-21") != []


def test_oil_and_gas_is_no_oil_alone():
    text = ("Exports of crude oil reached only US$5.91 billion, while exports of oil products reached US$1.07 "
            "billion. As a result, Indonesia's oil trade account posted a deficit of US$4.26 billion in the first "
            "eight months.\n\n"
            "Only liquefied natural gas (LNG) exports worth US$7.35 billion kept the overall oil and gas account "
            "in surplus at US$3.09 billion.")
    assert claim(text, "US$3.09 billion", published="2005-10-03")["commodity"] == "oil and gas"
    assert errors(text, published="2005-10-03") == []


def test_two_coded_groups_joined_by_and_are_one_figure_of_both():
    text = ("Indonesia's imports of crude oil and fuel products in January-August 2005 reached US$11.24 billion, "
            "up 51.3 percent from US$7.43 billion a year earlier.\n\n"
            "Crude oil imports accounted for US$4.02 billion of the total and refined products, mostly diesel "
            "and gasoline, for US${refined} billion.")
    correct = text.format(refined="7.22")
    assert claim(correct, "US$11.24 billion", published="2005-10-03")["commodity"] == "crude oil and fuel products"
    assert errors(correct, published="2005-10-03") == []
    assert errors(text.format(refined="6.22"), published="2005-10-03") != []
