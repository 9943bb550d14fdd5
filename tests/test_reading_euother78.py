"""Regional export releases (round 78). A methods note's rounding unit ("rounded to the nearest
£5 million") is no figure of trade; goods in general as a subject, the products named after
its copula, give the figure to those products; a bulleted line opening on its part's subject
reads that subject; a whole whose bracket says what it is made of, a place among it, is the
flow to all of that; a flow "outside" a place is the flow to everyone else; a change after a
count labelled by its counted noun is the count's; a multiple of a level dated in its own
clause ("the 6.0 billion euros firms sold to China in 2008") is on that year. A share "of total UK
services exports" is of the services flow, the country named by its short name as the owner."""
from readings import claim, errors


def test_a_rounding_unit_is_no_total():
    text = ("Exports from Wessex reached £12.4 billion in 2022. Exports to France were £3.1 billion and "
            "exports to Spain £2.6 billion.\n\n"
            "Figures are rounded to the nearest £5 million.")
    assert claim(text, "£5 million")["measure"] == "other"
    assert errors(text) == []


def test_goods_in_general_then_the_products_after_the_copula():
    text = ("Exports from Bavaria reached 190.5 billion euros in 2019. The most important export goods were "
            "motor vehicles and parts, at 48.1 billion euros (25.2%), and machinery, at 35.2 billion euros (18.5%).")
    assert claim(text, "48.1 billion euros")["commodity"] == "vehicles and parts"
    assert claim(text, "35.2 billion euros")["commodity"] == "machinery"


def test_a_bulleted_line_opening_on_its_parts_subject():
    text = ("International exports from Wales were £17.4 billion in 2019.\n\n"
            "- Manufacturing accounted for £12.1 billion (69.5 per cent) of international exports.")
    assert claim(text, "£12.1 billion")["commodity"] == "manufacturing"
    assert claim(text, "69.5 per cent")["commodity"] == "manufacturing"


def test_a_whole_made_up_of_a_place_and_more_is_no_flow_to_that_place():
    text = ("Exports from Scotland to the rest of the UK were £48.2 billion in 2015. "
            "Total exports (international plus rest of UK) were £77.1 billion.")
    whole = claim(text, "£77.1 billion")
    assert whole["partner"] not in ("GBR", "WLD")
    assert errors(text) == []


def test_sales_outside_a_bloc_go_to_everyone_else():
    text = ("Exports from Lombardy were 120.0 billion euros in 2017. "
            "Sales outside the European Union rose by 4.0% to 52.0 billion euros (2016: 50.0 billion), "
            "while sales to EU countries rose by 2.9% to 68.0 billion.")
    outside = claim(text, "52.0 billion euros")
    assert outside["partner"] != "EUU"
    assert claim(text, "68.0 billion")["partner"] == "EUU"
    assert errors(text) == []


def test_a_change_after_a_count_labelled_by_its_noun_is_the_counts():
    text = ("Key figures 2019\n"
            "- Exports: €60,210 million (+2.5%)\n"
            "- Exporting firms: 16,930 (+4.4%)\n")
    assert claim(text, "+4.4%")["measure"] == "other"
    assert errors(text) == []


def test_a_multiple_of_a_level_dated_in_its_own_clause():
    text = ("Bavaria's exports to China rose 6.0 percent to 9.0 billion euros in 2019, after 8.5 billion in 2018. "
            "That is almost {n} times the 3.1 billion euros Bavarian firms sold to China in 2009.")
    assert claim(text.format(n="three"), "three times")["base_period"] == "2009"
    assert errors(text.format(n="three")) == []
    assert errors(text.format(n="five")) != []


def test_a_share_of_a_countrys_product_flow_named_by_its_short_name():
    text = ("Main points\n\n"
            "- The UK exported £41.4 billion of services from the creative industries in 2021.\n"
            "- Film and television accounted for 13.9% of total UK services exports, which stood at £298 billion.")
    assert claim(text, "13.9%")["commodity"] == "services"
    assert claim(text, "£298 billion")["commodity"] == "services"
