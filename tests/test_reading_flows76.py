"""Flows, periods and scope (round 76). A figure said to be made of parts each dated by its own
period ("comprised A in the first quarter and B in the second") keeps the whole's period for
what the sentence says next and for the sentences after it. A place ranked as the main outlet
(or market, destination) for the reporter's products has that place's figure of exports, even
after a sentence on imports. An "overall" or "total" balance is with the world, not with the
partner group of the figures before it, and a period that only names a change told before ("the
January fall") moves the text to no other month. A month's change that goes on "after a 38.2%
plunge in January" (the month before) is on that month. A figure in brackets after a share, opened by
"out of", is the whole of that share (the reporter's flow with the world), and a bare share
after it with its own year ("but only 43.0% in 2022") is the same share in that year. A
product named between an owner and its flow ("Ruritania's fishmeal exports") is that product's
(vocab/commodities.csv: fishmeal). An "average payment" (or order, shipment) is an average per
item, no whole of the total it is averaged from (vocab/averaged_items.csv)."""
from readings import claim, errors


def test_parts_dated_by_their_own_periods_keep_the_wholes_period():
    # (a real place: the checks set flows against each other for a reporter they know)
    text = ("Ghana's exports to Africa rose to $3.29 billion in H1 2024 from $1.74 billion in the "
            "corresponding period of 2023.\n\n"
            "The figure comprised $1.52 billion in the first quarter and $1.77 billion in the second quarter, "
            "and represented 10.4 percent of Ghana's total exports of $31.52 billion over the six months.\n\n"
            "Imports from African countries stood at $1.16 billion in the period, leaving the country with a "
            "trade surplus of ${balance} billion with the continent.")
    correct = text.format(balance="2.13")
    assert claim(correct, "$1.52 billion", published="2024-09-16")["period"] == "2024-Q1"
    assert claim(correct, "10.4 percent", published="2024-09-16")["period"] == "2024-H1"
    assert claim(correct, "$2.13 billion", published="2024-09-16")["period"] == "2024-H1"
    assert errors(correct, published="2024-09-16") == []
    assert errors(text.format(balance="2.53"), published="2024-09-16") != []


def test_the_main_outlet_for_the_reporters_products_takes_its_exports():
    # (real places here and below: the checks set figures against each other for a reporter they know)
    text = ("Ghana's exports to ECOWAS amounted to $1,139.5 million in 2012.\n\n"
            "Imports from the sub-region, however, reached $1,562.3 million, leaving Ghana with a trade deficit of "
            "$422.8 million with its ECOWAS partners. The deficit is explained almost entirely by purchases of "
            "Nigerian crude oil: imports from Nigeria stood at "
            "$1,284.6 million, i.e. {share}% of imports from ECOWAS.\n\n"
            "The WAEMU (UEMOA) countries remained the main outlet for Ghanaian products, with $871.5 million, "
            "broken down as follows (in $ million):\n"
            "- Burkina Faso: 298.4\n- Mali: 241.7\n- Senegal: 129.3\n- Togo: 74.6\n- Niger: 61.2\n"
            "- Benin: 58.9\n- Guinea-Bissau: 7.4\n")
    correct = text.format(share="82.2")
    assert claim(correct, "$871.5 million", published="2013-07-03")["measure"] == "exports"
    assert claim(correct, "298.4", published="2013-07-03")["measure"] == "exports"
    assert errors(correct, published="2013-07-03") == []
    assert errors(text.format(share="87.2"), published="2013-07-03") != []


def test_an_overall_balance_is_with_the_world_after_a_group_s_figures():
    text = ("LONDON, April 13 - Ruritania's goods exports to the EU rose by {rise}% to 10.5 billion pounds in "
            "February, after a 38.2% plunge in January to 8.4 billion pounds from 13.6 billion pounds in December.\n\n"
            "Imports from the EU rose 13.8% to 17.3 billion pounds.\n\n"
            "It was too early to judge how much of the January fall reflected stockpiling.\n\n"
            "Exports to countries outside the EU fell 2.5% to 11.6 billion pounds, leaving total goods exports "
            "8.9% higher on the month at 22.1 billion pounds. Imports from non-EU countries edged up to 18.6 "
            "billion pounds, giving an overall goods trade deficit of {deficit} billion pounds.")
    correct = text.format(rise="25.0", deficit="13.8")
    deficit = claim(correct, "13.8 billion pounds", published="2021-04-13")
    assert (deficit["partner"], deficit["period"]) == ("WLD", "2021-02")
    assert claim(correct, "22.1 billion pounds", published="2021-04-13")["period"] == "2021-02"
    assert errors(correct, published="2021-04-13") == []


def test_a_months_change_told_before_the_month_befores_is_on_that_month():
    text = ("LONDON, April 13 - Goods exports to the EU rose by {rise}% to 10.5 billion pounds in February, the "
            "Ruritanian statistics office said, after a 38.2% plunge in January to 8.4 billion pounds from 13.6 "
            "billion pounds in December.")
    correct = text.format(rise="25.0")
    assert claim(correct, "25.0%", published="2021-04-13")["base_period"] == "2021-01"
    assert errors(correct, published="2021-04-13") == []
    assert errors(text.format(rise="35.0"), published="2021-04-13") != []


def test_a_total_in_brackets_after_out_of_is_the_whole_of_the_share():
    text = ("The EU accounted for 49.1% of Ireland's goods exports in 2018 (out of a total of €338.5 billion) but "
            "only {share}% in 2022 (out of €399.1 billion).\n\n"
            "Irish goods exports to the EU came to €171.6 billion in 2022, while goods imports from the EU came to "
            "€262.6 billion, a goods trade deficit with the EU of €91.0 billion.")
    correct = text.format(share="43.0")
    assert claim(correct, "€399.1 billion")["partner"] == "WLD"
    assert claim(correct, "43.0%")["kind"] == "share"
    assert errors(correct) == []
    assert errors(text.format(share="47.0")) != []


def test_a_product_between_the_owner_and_its_exports_is_kept():
    text = ("Chile's fishmeal exports plunged 60.4 percent in 1998 to $408 million from $1.03 billion in 1997.\n\n"
            "Fishmeal's share of total exports shrank to 7.1 percent from 15.1 percent a year earlier. Total "
            "exports fell 16.1 percent to $5.73 billion in 1998 from ${before} billion.")
    correct = text.format(before="6.83")
    assert claim(correct, "$408 million")["commodity"] == "fishmeal"
    assert errors(correct) == []
    assert errors(text.format(before="7.83")) != []


def test_an_average_payment_is_no_whole_of_the_total():
    text = ("Ruritania's payment system cleared transactions worth $1.21bn in 2024, up 133% from $520m in 2023. "
            "The system handled about 48,300 transactions over the year, putting the average payment at "
            "roughly $25,000.")
    assert claim(text, "$25,000")["measure"] == "other"
    assert errors(text) == []
