"""Tables, key-figure blocks and bullet lists (round 76). A header naming the unit, set off by a
blank line above its lines of a label, a colon and one figure ("Exports to Freedonia: 7,025"),
gives them its unit, and a label-value line over another (" of which ore: 3,912") is no wrapped
sentence. A bracket opened by a
label of the period before with no colon ("(prev -5.5 bln)") is that period's figure, and a
figure that leaves its currency to be understood keeps the sign printed before it. A table
titled as the trade inside a bloc ("INTRA-EAC EXPORTS BY PARTNER STATE") lists each member's
flow with the bloc, its total row the bloc's, and a line of the columns' years over the rows is
their header, so the total row is checked against the rows. Bullets "Region: N / P%" under a
heading naming the unit and the share column are each that share of the total line under them."""
from readings import claim, errors


def test_key_figures_under_a_unit_header_set_off_by_a_blank_line():
    text = ("Ruritania ran a US$1.89bn trade deficit with Freedonia in 2023, according to customs data.\n\n"
            "Ruritanian exports to Freedonia rose to US$7.03bn, while imports from Freedonia reached US$8.92bn.\n\n"
            "Key figures, Ruritania-Freedonia trade 2023 (US$mn):\n\n"
            "Exports to Freedonia: 7,025\n"
            " of which copper ore: 3,912\n"
            "Imports from Freedonia: 8,918\n"
            "Balance: {balance}\n\n"
            "Copper ore made up most of the sales.")
    assert claim(text.format(balance="-1,893"), "7,025", published="2024-03-12")["measure"] == "exports"
    assert claim(text.format(balance="-1,893"), "8,918", published="2024-03-12")["measure"] == "imports"
    assert errors(text.format(balance="-1,893"), published="2024-03-12") == []
    assert errors(text.format(balance="-1,593"), published="2024-03-12") != []


def test_prev_in_a_bracket_is_the_period_before_with_its_sign():
    text = ("Ruritania's total trade deficit widened by 2.4 billion crowns to 7.9 billion crowns in the three "
            "months to November, the statistics office said.\n\n"
            "KEY POINTS (three months to November 2025):\n"
            "* Total trade balance: -7.9 bln crowns (prev {prev} bln)\n"
            "* Imports: 213.0 bln crowns, +0.9%\n"
            "* Exports: 205.1 bln crowns, -0.2%\n")
    prev = claim(text.format(prev="-5.5"), "-5.5 bln", published="2026-01-15")
    assert prev["value"] < 0
    assert prev["period"] == "2025-06/2025-08"
    assert errors(text.format(prev="-5.5"), published="2026-01-15") == []
    assert errors(text.format(prev="-4.5"), published="2026-01-15") != []


def test_a_table_of_trade_inside_a_bloc_lists_each_member_with_the_bloc():
    # (real members: the bloc's members must be known for a row to be read as one)
    text = ("Intra-EAC exports fell 4.7 per cent to $3,128.4 million in 2019 from $3,284.1 million in 2018.\n\n"
            "Kenya remained the largest exporter to the region.\n\n"
            "INTRA-EAC EXPORTS BY PARTNER STATE ($ million)\n\n"
            "Partner State     2018       2019\n"
            "Kenya          1,311.2    1,265.3\n"
            "Uganda           978.5      921.7\n"
            "Tanzania         661.9      {tza}\n"
            "Rwanda           198.7      204.8\n"
            "Burundi           41.2       39.6\n"
            "South Sudan       92.6       84.6\n"
            "Total          3,284.1    3,128.4\n\n"
            "Source: EAC Secretariat")
    row = claim(text.format(tza="612.4"), "661.9", published="2020-07-18")
    assert row["reporter"] == "TZA"
    assert errors(text.format(tza="612.4"), published="2020-07-18") == []
    assert errors(text.format(tza="672.4"), published="2020-07-18") != []


def test_bullets_of_a_level_and_its_share_after_a_slash():
    text = ("Ruritanian chicken exports totaled 3.918 million tonnes in 2012.\n\n"
            "Exports by region - 2012 (thousand tonnes / share of total)\n"
            "* Middle East: 1,418 / 36.2%\n"
            "* Asia: 1,175 / {asia}%\n"
            "* Africa: 498 / 12.7%\n"
            "* European Union: 361 / 9.2%\n"
            "* Americas: 287 / 7.3%\n"
            "* Other destinations: 179 / 4.6%\n"
            "Total: 3,918 / 100%\n\n"
            "Whole chickens went mainly to the Middle East.")
    assert errors(text.format(asia="30.0"), published="2013-01-15") == []
    assert errors(text.format(asia="33.0"), published="2013-01-15") != []

