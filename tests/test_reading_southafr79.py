"""Southern African trade figures (round 79). A capital named as where a bulletin was released
or a figure announced, after a participle and perhaps its object ("Releasing the monthly
bulletin in Lusaka"), is no side of the trade the bulletin reports. A share "of total NTE
earnings" is of the product the text's acronym stands for. A listed item may open on a
capitalised name of its kind ("Portland cement"). A customs union (SACU) in a list of
destinations is a partner of its own, and "receiving goods worth" names no product. Money
named firms "have spent" and a "budgeted" sum are no trade figures. A change drawn ("which
means it widened by") from a level dated before the text's period runs to that period.
"Projects" after a determiner and before a preposition is a noun, no forecast verb."""
from readings import claim, errors


def test_a_capital_where_a_bulletin_is_released_is_no_partner():
    text = ("Malawi recorded a trade surplus of MK{bal} million in May 2019.\n\n"
            "Presenting the quarterly report in Lilongwe yesterday, the Commissioner said the value of exports "
            "rose to MK2,400.0 million in May, while imports came to MK2,150.0 million.")
    c = claim(text.format(bal="250.0"), "MK2,400.0 million")
    assert (c["measure"], c["partner"]) == ("exports", "WLD")
    assert errors(text.format(bal="250.0")) == []
    assert errors(text.format(bal="350.0")) != []


def test_a_share_of_the_earnings_of_a_defined_acronym_is_of_that_product():
    text = ("Malawi's earnings from agro-processed exports (APEs) rose to MK80.0 billion in 2022.\n\n"
            "Sugar, tea and tobacco products contributed MK20.0 billion, or {pct} percent of total APE earnings. "
            "Total export earnings stood at MK800.0 billion.")
    assert claim(text.format(pct="25.0"), "25.0 percent")["commodity"] == "agro-processed"
    assert errors(text.format(pct="25.0")) == []
    assert errors(text.format(pct="35.0")) != []


def test_a_listed_item_may_open_on_a_capitalised_name_of_its_kind():
    text = ("Gold earned K2.41 billion, cane sugar K1.27 billion, Portland cement K1.05 billion "
            "and electrical energy K0.96 billion in 2020.")
    assert claim(text, "K1.05 billion")["commodity"] == "portland cement"


def test_a_customs_union_in_a_list_of_destinations_is_a_partner_of_its_own():
    text = ("Namibia's exports came to N$4 000.0 million in March 2023.\n\n"
            "China was the main destination, receiving goods worth N$1 200.0 million (30.0 percent), followed by "
            "Botswana at N$800.0 million (20.0 percent) and the Southern African Customs Union (SACU) at "
            "N$600.0 million ({pct} percent).")
    sacu = claim(text.format(pct="15.0"), "N$600.0 million")
    assert sacu["partner"] != "BWA"
    assert claim(text.format(pct="15.0"), "N$1 200.0 million")["commodity"] is None
    assert errors(text.format(pct="15.0")) == []


def test_money_named_firms_have_spent_is_no_trade_figure():
    text = ("Namibia's trade deficit widened to N$27.2 billion in 2025, the statistics agency said.\n\n"
            "Exports rose to N$91.4 billion while imports reached N$118.6 billion. "
            "Acme Oil and Borealis Energy have spent more than N$20 billion on exploration wells since 2022.")
    assert claim(text, "N$20 billion", published="2026-02-12")["measure"] == "other"
    assert errors(text, published="2026-02-12") == []


def test_a_budgeted_figure_is_no_trade_figure():
    text = ("Namibia's trade deficit widened to N$27.2 billion in 2025.\n\n"
            "The deficit was financed by customs union receipts, which are budgeted at N$28.6 billion in the 2025/26 financial year.")
    assert claim(text, "N$28.6 billion", published="2026-02-12")["measure"] == "other"


def test_a_change_drawn_from_an_earlier_level_runs_to_the_texts_period():
    text = ("Namibia's trade deficit widened to N$12.0 billion in 2025.\n\n"
            "The deficit stood at N$10.0 billion in 2024, which means it widened by {pct}%.")
    c = claim(text.format(pct="20.0"), "20.0%", published="2026-02-12")
    assert (c["period"], c["base_period"]) == ("2025", "2024")
    assert errors(text.format(pct="20.0"), published="2026-02-12") == []
    assert errors(text.format(pct="25.0"), published="2026-02-12") != []


def test_projects_followed_by_a_preposition_are_a_noun_no_forecast():
    text = ("Mozambique's exports of goods reached US$5,581 million in 2021.\n\n"
            "Imports of goods reached US$7,968 million, driven by equipment for the gas projects in the north, "
            "leaving a trade deficit of US${bal} million.")
    assert claim(text.format(bal="2,387"), "US$2,387 million", published="2022-03-24")["measure"] == "balance"
    assert errors(text.format(bal="2,387"), published="2022-03-24") == []
    assert errors(text.format(bal="2,887"), published="2022-03-24") != []


def test_goods_a_due_to_clause_names_are_not_the_balances():
    text = ("Mozambique's exports of goods rose to US$2.412 billion in 2007.\n\n"
            "Imports rose to US$3.070 billion, partly due to the alumina bought by the smelter, "
            "leaving a trade deficit of US${bal} million.")
    assert claim(text.format(bal="658"), "US$658 million", published="2008-03-18")["commodity"] is None
    assert errors(text.format(bal="658"), published="2008-03-18") == []
    assert errors(text.format(bal="718"), published="2008-03-18") != []


def test_money_restated_as_a_share_of_the_acronyms_whole_is_an_unnamed_part():
    text = ("Earnings from non-traditional exports (NTEs) rose to US$2,464.3 million in 2013.\n\n"
            "Presenting the 2013 NTE report in Accra, the chief executive said processed products dominated, "
            "accounting for US$2,089.7 million or {pct} percent of total NTE earnings.")
    assert claim(text.format(pct="84.8"), "US$2,089.7 million", published="2014-02-20")["commodity"] != "non-traditional"
    assert errors(text.format(pct="84.8"), published="2014-02-20") == []


def test_a_bloc_named_in_an_aside_on_excluded_members_is_not_the_region():
    text = ("South Africa's exports to the Southern African Development Community (SADC) rose to R37.82 billion in 2004.\n\n"
            "The figures exclude Botswana, Lesotho and Namibia, which fall within the Southern African Customs Union.\n\n"
            "The four largest markets - Mozambique (R7.23 billion), Zimbabwe (R6.91 billion), Zambia (R5.86 billion) "
            "and Angola (R3.94 billion) - together took R23.94 billion, or {pct} percent of exports to the region.")
    assert errors(text.format(pct="63.3"), published="2005-03-15") == []
    assert errors(text.format(pct="68.3"), published="2005-03-15") != []


def test_projects_after_a_name_is_still_a_forecast_verb():
    text = ("Brazil's exports reached US$339.7 billion in 2023 and its surplus US$98.8 billion.\n\n"
            "Secex projects for 2024 a surplus between US$94 billion and US$99 billion.")
    assert claim(text, "US$94 billion and US$99 billion", published="2024-01-05")["measure"] == "other"
