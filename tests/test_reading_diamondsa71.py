"""Diamond trade press (round 71): an unsigned percentage in brackets after a row's level, in a
block whose heading names its brackets as changes ("(y/y change)"), is a rise, not a share.
Places listed after a noun for markets and a listing cue ("key markets like the US, Hong Kong
and the EU") are the reporter's markets, never its reporter, so a dateline's city reports. "The
sector's exports" right after a whole flow of the world is that whole, not the part named before
it. A month after "the previous auction held in" dates that earlier event, a comparison's base,
not the text. A figure before a colon whose sentence lists figures of the same flow, each dated
within its period, is their sum. A table column headed by money over a unit ("$/ct") is a price:
its total row is no sum of the rows, and each row's price is its value over its volume. A trade
balance in a later paragraph than a figure of all exports is the country's, with the flows of
its sentence, not the headline product's. (Where a check needs a pair, a real country reports: an
invented one gives the figures no pair to check.)"""
from readings import claim, errors


def test_a_bracketed_percentage_under_a_change_heading_is_a_rise():
    text = ("Ruritania's polished exports fell 10% to $1.80 billion in March, while rough imports rose "
            "3% to $1.03 billion. Total imports came to $2.50 billion.\n\n"
            "Ruritania diamond trade, March 2024 (y/y change)\n"
            "Polished exports: $1.80B (-10%)\n"
            "Rough imports: $1.03B ({rise}%)\n")
    assert claim(text.format(rise="3"), "3%")["kind"] == "percent_change"
    assert errors(text.format(rise="3")) == []


def test_places_listed_as_markets_do_not_report():
    text = ("MUMBAI: Ruritania's exports of cut and polished diamonds fell 10% to $18.0 billion in 2023-24 "
            "from $20.0 billion a year earlier, as demand in key markets like the US, Hong Kong and the "
            "European Union slowed.")
    assert claim(text, "$18.0 billion", published="2024-05-10")["reporter"] == "IND"


def test_the_sectors_exports_after_a_whole_are_that_whole():
    text = ("Portugal's exports of cut and polished diamonds fell 12.0% to $20.0 billion in 2023. In "
            "euro terms, diamond exports fell to €18.5 billion from €21.6 billion a year earlier.\n\n"
            "Overall gems and jewellery exports declined 5.0% to $38.0 billion (€35.1 billion) in 2023 from "
            "$40.0 billion (€38.0 billion) in 2022. In euro terms, the sector's exports fell {fell}%.")
    assert claim(text.format(fell="7.6"), "7.6%")["commodity"] is None
    assert errors(text.format(fell="7.6")) == []
    assert errors(text.format(fell="9.6")) != []


def test_a_month_of_the_previous_auction_dates_that_auction_only():
    text = ("The Freedonia Diamond Company sold rough diamonds for US$96.4 million at its latest spot auction. "
            "The average price was US$157 per carat, up about 10 percent from US$143 per carat at the "
            "previous auction held in May.\n\n"
            "This year's three auctions have now brought in US$262.1 million: US$84.3 million in March, "
            "US$81.4 million in May and US$96.4 million this month.")
    assert claim(text, "US$96.4 million", published="2024-07-18")["period"] != "2024-05"
    assert errors(text, published="2024-07-18") == []


def test_figures_a_colon_lists_by_month_add_up_to_the_figure_before_it():
    text = ("Portugal's diamond exports so far this year have reached US$262.1 million: US$84.3 million "
            "in March, US${may} million in May and US$96.4 million in July.")
    assert errors(text.format(may="81.4"), published="2024-08-10") == []
    assert errors(text.format(may="87.4"), published="2024-08-10") != []


def test_a_money_per_unit_column_is_a_price_per_row():
    text = ("Rough diamond production by country, 2023\n\n"
            "Country         Volume (Mct)   Value ($ mln)   $/ct\n"
            "Ruritania              36.93         2,509.2    67.94\n"
            "Freedonia              32.28         3,273.0   101.39\n"
            "Sylvania               14.80         2,254.9   {price}\n"
            "Others                 18.11           722.3    39.88\n"
            "Total                 102.12         8,759.4    85.77\n")
    assert errors(text.format(price="152.36")) == []
    assert errors(text.format(price="162.36")) != []


def test_a_trade_balance_after_all_exports_is_the_countrys():
    text = ("Diamond exports plunge 35 percent\n\n"
            "Ruritania's diamond exports fell 35 percent to R8.91 billion in the first quarter of 2024.\n\n"
            "Total exports for the quarter stood at R10.84 billion, meaning diamonds accounted for 82.2 "
            "percent of the country's export earnings.\n\n"
            "Imports amounted to R19.02 billion, leaving a trade deficit of R{deficit} billion for the quarter.")
    assert errors(text.format(deficit="8.18")) == []
    assert errors(text.format(deficit="9.18")) != []
