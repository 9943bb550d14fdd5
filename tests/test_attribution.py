"""What a figure is about: measure, pair (names, demonyms, capitals, carried context),
commodity, and money that is not a trade flow."""
import pytest

from tradecheck import extract_claims


def rows(text, **kw):
    return extract_claims(text, **kw).to_dict("records")


@pytest.mark.parametrize("sentence, measure, reporter, partner", [
    ("The volume of Belarusian exports to Iran exceeded $81mn in 2022.", "exports", "BLR", "IRN"),
    ("Imports from China reached $4.9bn in 2023, Serbia's statistics office said.", "imports", "SRB", "CHN"),
    ("Trade between Belarus and Iran reached $100mn in 2022.", "trade_total", "BLR", "IRN"),
    ("Kazakhstan ran a deficit of $1bn with China in 2023.", "balance", "KAZ", "CHN"),
    ("Brazil's total exports reached $339.7bn in 2023.", "exports", "BRA", "WLD"),
    ("Officials in Minsk and Tashkent said trade reached $1.2bn in 2023.", "trade_total", "BLR", "UZB"),
])
def test_measure_and_pair(sentence, measure, reporter, partner):
    r = rows(sentence)[0]
    assert (r["measure"], r["reporter"], r["partner"]) == (measure, reporter, partner)


def test_a_deficit_is_negative():
    r = rows("Serbia's deficit with China was $3.5bn in 2023.")[0]
    assert r["value"] == -3.5e9 and r["measure"] == "balance"


def test_the_pair_carries_across_sentences():
    text = ("Last year, trade between Belarus and Iran reached a record high. "
            "In 2022, it amounted to $100mn.")
    r = rows(text)[0]
    assert (r["reporter"], r["partner"], r["period"]) == ("BLR", "IRN", "2022")


def test_a_group_the_article_is_about_stays_the_subject_after_an_aside():
    # a partner without a country code (Mercosur) must not give way to a country named in
    # passing: the figures after the aside are still Mercosur's
    text = ("Japan-Mercosur trade grows 6%\n\n"
            "TOKYO, March 3, 2024 - Japan's trade with Mercosur rose 6% to $21.4 billion in 2023. "
            "The bloc ranked behind the European Union ($140.2 billion) among Japan's partners.\n\n"
            "Trade has grown by half over five years: it was $14.3 billion in 2018.")
    from tradecheck import verify_text

    last = verify_text(text).to_dict()["claims"][-1]
    assert (last["text"], last["reporter"], last["partner"]) == ("$14.3 billion", "JPN", None)
    aside = next(c for c in verify_text(text).to_dict()["claims"] if c["text"] == "$140.2 billion")
    assert aside["partner"] == "EUU"


@pytest.mark.parametrize("sentence", [
    "South Africa's exports rose in March. By region, Asia took R61.8 billion of March exports.",
    "Pakistan's exports rose in 2023. China bought $2.7 billion worth of goods.",
])
def test_a_partner_that_buys_makes_the_figure_an_export(sentence):
    assert rows(sentence)[-1]["measure"] == "exports"


def test_a_group_named_in_passing_does_not_become_the_subject():
    text = ("Pakistan's exports rose 10% to $30.6 billion in FY24.\n\n"
            "Rice shipments jumped to $3.9 billion on demand from Asia and Africa. "
            "Textile exports edged up 1.1% to $16.7 billion.")
    last = rows(text)[-1]
    assert (last["text"], last["reporter"], last["partner"]) == ("$16.7 billion", "PAK", "WLD")


@pytest.mark.parametrize("sentence", [
    "Several agreements were signed, with deals estimated up to $100mn.",
    "Chinese companies have invested more than $3bn in Serbia.",
    "The government has set a target of $1 trillion in exports by 2030.",
    "Armenia pays $165 per 1,000 cubic metres for Russian gas.",
])
def test_money_that_is_not_a_trade_flow_is_other(sentence):
    assert rows(sentence)[0]["measure"] == "other"


def test_a_commodity_part_is_labelled():
    r = rows("Potash accounted for $40mn of Belarusian exports to Iran in 2022.")[0]
    assert r["commodity"] == "potash"


def test_an_absolute_change_is_not_a_level():
    text = "Nigeria imported goods worth N1.79 trillion from China in Q1 2024, an increase of N810bn."
    r = [x for x in rows(text) if x["text"] == "N810bn"][0]
    assert r["measure"] == "other"


def test_commodity_named_after_the_figure():
    r = rows("Kenya earned Sh180.6 billion from tea exports in 2023.")[0]
    assert r["commodity"] == "tea" and r["measure"] == "exports"


def test_descriptions_in_an_aside_are_not_the_scope():
    text = "In 2023 Turkish imports from Iraq, almost entirely crude oil, reached $7.3 billion."
    assert rows(text)[0]["commodity"] is None


def test_world_trade_belongs_to_no_country():
    text = ("Australia shipped iron ore worth $84bn in 2023. "
            "Iron ore sold internationally by exporting countries was worth $150bn that year.")
    r = [x for x in rows(text) if x["text"] == "$150bn"][0]
    assert (r["reporter"], r["partner"]) == ("WLD", "WLD")


def test_a_regional_description_stands_for_the_country_of_the_pair():
    text = ("Trade between Belarus and Iran reached $100mn in 2022. "
            "The Middle Eastern country's exports to Belarus were $19mn.")
    r = [x for x in rows(text) if x["text"] == "$19mn"][0]
    assert (r["measure"], r["reporter"], r["partner"]) == ("exports", "IRN", "BLR")


def test_figures_read_respectively_go_with_the_places_in_order():
    text = ("In the first quarter of 2022, China, India and Saudi Arabia were the UAE's leading trading partners, "
            "with trade worth Dh57 billion, Dh46.2 billion and Dh32.5 billion in that order.")
    pairs = [(r["reporter"], r["partner"]) for r in rows(text)]
    assert pairs == [("ARE", "CHN"), ("ARE", "IND"), ("ARE", "SAU")]


def test_a_percentage_more_than_a_figure_is_a_change_not_a_share():
    text = "Non-oil trade reached Dh499.7 billion in Q1 2022, or 20.5 per cent more than the Dh414.6 billion of Q1 2021."
    r = [x for x in rows(text) if x["text"] == "20.5 per cent"][0]
    assert r["kind"] == "percent_change" and r["base_period"] == "2021-Q1"


def test_figures_that_add_up_to_a_level_are_that_level():
    r = rows("Brazil's exports in 2009 added up to US$ 87.369 billion.")[0]
    assert r["bound"] == "eq"


def test_places_counted_in_are_no_side_of_the_flow():
    text = ("Counting trade with Botswana, Eswatini, Lesotho and Namibia, South African exports reached "
            "R154.3 billion in February 2023.")
    r = rows(text)[0]
    assert (r["reporter"], r["partner"]) == ("ZAF", "WLD")


def test_a_countrys_trade_beside_world_trade_stays_the_countrys():
    text = ("In the first half of 2020 Kazakhstan's foreign trade turnover started to shrink along with the "
            "general slowdown of world trade, falling by 7.4 percent.")
    r = rows(text)[0]
    assert r["reporter"] == "KAZ"


def test_a_continent_is_a_partner_group():
    text = ("Kenya's total exports in the second quarter of 2023 came to 1.67 billion dollars, of which the "
            "African continent accounted for 700 million dollars.")
    from tradecheck import verify_text
    r = verify_text(text, reference="none").to_dict()["claims"][1]
    assert r["partner_group"] == "Africa"


def test_the_other_sides_flow_in_the_same_breath_is_with_the_same_partner():
    text = ("Russia's exports to Iran grew 2.7 times in January 2017, reaching $117.7 million, and the Middle Eastern "
            "country's exports went up 6.3 percent to $37.3 million.")
    r = [x for x in rows(text) if x["text"] == "$37.3 million"][0]
    assert (r["reporter"], r["partner"]) == ("IRN", "RUS")


@pytest.mark.parametrize("intro, pair", [
    ("These 5 countries shipped the highest dollar value of iron ore in 2017:", ("MRT", "WLD")),
    ("Australia's top export destinations for iron ore in 2017:", ("AUS", "MRT")),
])
def test_a_list_item_reads_as_its_introduction_says(intro, pair):
    text = f"{intro}\n\n1. China - $9.3 billion\n2. Mauritania - $620.2 million (0.7%)\n"
    r = [x for x in rows(text) if x["text"] == "$620.2 million"][0]
    assert (r["reporter"], r["partner"]) == pair


# A quarterly release written about in several paragraphs (my own example text).
_QUARTERLY = ("Ghana posts trade surplus in 2023\n\n"
              "ACCRA, March 8, 2024 - Ghana's exports reached GH¢200 billion in 2023 and imports GH¢180 billion.\n\n"
              "In the fourth quarter of 2023, exports stood at GH¢60 billion and imports at GH¢50 billion.\n\n"
              "Fourth-quarter exports rose by 20 percent on the third quarter of 2023 (GH¢50 billion).\n\n"
              "Imports likewise grew by 25 percent on the third quarter of 2023 (GH¢40 billion) "
              "and by 10 percent on the same quarter of 2022 (GH¢45.5 billion).\n\n"
              "Re-exports were worth GH¢3 billion, or 5 percent of exports.")


def test_a_paragraph_comparing_with_quarters_stays_in_the_quarter_before_it():
    by_text = {r["text"]: r for r in rows(_QUARTERLY)}
    assert by_text["25 percent"]["period"] == "2023-Q4"
    assert by_text["GH¢45.5 billion"]["period"] == "2022-Q4"


def test_after_a_digression_of_several_paragraphs_the_period_is_a_guess():
    # the re-exports may be the fourth quarter's (5% of GH¢60 billion) or the year's: the
    # text does not say, so no check may rest on it
    from tradecheck import verify_text

    r = verify_text(_QUARTERLY, reference="none").to_dict()
    re_exports = next(c for c in r["claims"] if c["text"] == "GH¢3 billion")
    assert re_exports["attribution"]["period"] == "discourse" and re_exports["period"] == "2023"
    share = next(f for f in r["findings"] if f["check"] == "ratio")
    assert share["status"] == "unverifiable" and "period" in share["message"]


def test_a_one_paragraph_digression_leaves_the_main_period_certain():
    from tradecheck import verify_text

    text = ("Pakistan's exports rose 10% to $30.6 billion in 2023. In December alone, exports were $2.5 billion.\n\n"
            "The United States remained the largest market, taking $5.4 billion or 27.8% of Pakistani exports.")
    r = verify_text(text, reference="none").to_dict()
    assert [f["status"] for f in r["findings"] if f["check"] == "ratio"] == ["inconsistent"]


def test_places_listed_before_a_figure_are_no_pair():
    text = ("Nigeria's exports were N12 trillion in 2023. The top destinations were Malaysia, Cameroun, Italy "
            "and Ghana, and the product exported most was cocoa at N1.2 trillion.")
    r = rows(text)[-1]
    assert (r["reporter"], r["partner"]) == ("NGA", "WLD")


def test_a_list_of_places_after_to_is_one_side():
    text = "In 2021 Brazil shipped to mainland China, Hong Kong and Macao goods worth $89.75 billion."
    assert rows(text)[0]["partner"] == "CHN"


def test_a_product_named_in_quotes_is_its_own_part():
    text = ("Re-exports reached N50 billion in 2023, led by 'Vessels and other floating structures for breaking up' "
            "at N13.67 billion, followed by 'Tugs and pusher craft' at N4.54 billion.")
    by_text = {r["text"]: r for r in rows(text)}
    assert by_text["N13.67 billion"]["commodity"] == "vessels and other floating structures for breaking up"
    assert by_text["N4.54 billion"]["commodity"] == "tugs and pusher craft"


def test_the_whole_of_a_share_is_no_product():
    assert rows("In 2023 the United States took $5.4 billion, or 17.6% of the exports.")[-1]["commodity"] is None


def test_products_beside_re_exports_are_not_relabelled_as_leaving_them_out():
    text = "In 2023 non-oil exports reached AED256 billion, re-exports AED385 billion and gold exports AED50 billion."
    by_text = {r["text"]: r for r in rows(text)}
    assert by_text["AED256 billion"]["commodity"] == "non-oil, excluding re-exports"
    assert by_text["AED50 billion"]["commodity"] == "gold"


def test_a_level_after_a_change_in_money_continues_its_pair_and_sign():
    text = ("In 2022 the U.S. trade deficit reached $948.1 billion. China accounted for the biggest deficit, "
            "which rose by $29.4 billion to $382.9 billion.")
    r = rows(text)[-1]
    assert (r["text"], r["measure"], r["reporter"], r["partner"], r["value"]) == \
        ("$382.9 billion", "balance", "USA", "CHN", -382.9e9)


def test_a_region_is_a_partner():
    from tradecheck import verify_text

    text = "In 2022 the U.S. posted a surplus of $76.2 billion with South and Central America."
    r = verify_text(text, reference="none").to_dict()["claims"][0]
    assert (r["reporter"], r["partner"], r["partner_group"]) == ("USA", None, "South and Central America")


def test_two_products_read_respectively():
    text = ("In July 2016 Egypt's import bill eased 5.3 percent, as imports of cars and of steel raw materials "
            "fell 35.3 percent and 16.7 percent respectively.")
    by_text = {r["text"]: r for r in rows(text)}
    assert by_text["35.3 percent"]["commodity"] == "cars"
    assert by_text["16.7 percent"]["commodity"] == "steel raw materials"
    assert not isinstance(by_text["5.3 percent"]["commodity"], str)  # the whole flow


def test_the_second_change_of_a_pair_about_those_of_another_product():
    text = "In July 2016 Egypt's imports of meat rose 34.1 percent and those of organic chemicals 35.9 percent."
    by_text = {r["text"]: r for r in rows(text)}
    assert by_text["35.9 percent"]["kind"] == "percent_change"
    assert by_text["35.9 percent"]["commodity"] == "organic chemicals"


def test_a_goal_to_cut_a_flow_by_a_percentage_is_a_change_of_no_flow():
    text = "The government's goal was to reduce the import bill by 25 percent in 2016."
    r = rows(text)[0]
    assert (r["text"], r["kind"], r["measure"]) == ("25 percent", "percent_change", "other")


def test_a_goals_year_does_not_move_the_discourse():
    text = ("Kazakhstan's trade with China reached $24.3bn in the first 10 months of 2023. Officials say the goal is "
            "7.5mn tonnes of transit trade by 2029. Exports to China were $12bn.")
    assert rows(text, published="2023-12-28")[-1]["period"] == "2023-01/2023-10"


def test_the_place_that_holds_a_share_is_the_part():
    text = "In Uzbekistan, too, China held a 21.3% share of trade turnover (worth $12.23bn) in the first 11 months of 2023."
    share = rows(text, published="2023-12-28")[0]
    assert (share["reporter"], share["partner"], share["period"]) == ("UZB", "CHN", "2023-01/2023-11")


def test_the_bloc_is_the_bloc_named_last():
    from tradecheck import verify_text

    text = ("Argentina's exports within Mercosur rose in 2021. The bloc's trade with the rest of the world hit "
            "US$ 598 billion in 2021. Argentina's exports to its bloc partners topped US$ 14 billion in 2021.")
    by_text = {c["text"]: c for c in verify_text(text, reference="none").to_dict()["claims"]}
    assert (by_text["US$ 598 billion"]["reporter_group"], by_text["US$ 598 billion"]["partner"]) == ("Mercosur", "WLD")
    assert (by_text["US$ 14 billion"]["reporter"], by_text["US$ 14 billion"]["partner_group"]) == ("ARG", "Mercosur")


def test_outside_the_bloc_is_not_the_bloc():
    from tradecheck import verify_text

    text = ("Mercosur's exports to the rest of the world reached US$ 339 billion in 2021. "
            "Imports from outside the bloc were also up 39% year-on-year.")
    change = verify_text(text, reference="none").to_dict()["claims"][-1]
    assert change["partner"] == "WLD" and change.get("partner_group") is None


def test_figures_after_a_non_trade_figure_stay_non_trade():
    text = ("In 2019 Saudi Arabia led the group with output of $793 billion. The UAE came second with about "
            "421 billion dollars.")
    assert [r["measure"] for r in rows(text)] == ["other", "other"]


def test_a_regions_largest_economy_is_the_country_of_the_pair_there():
    text = ("Indonesia's exports to China fell to $64.9bn in 2023, while imports from China rose to $62.2bn. "
            "That left Southeast Asia's largest economy with a surplus of $2.7bn with its biggest trading partner, "
            "down from $4.3bn in 2022.")
    by_text = {r["text"]: r for r in rows(text)}
    assert (by_text["$2.7bn"]["reporter"], by_text["$2.7bn"]["partner"]) == ("IDN", "CHN")
    assert by_text["$4.3bn"]["measure"] == "balance"  # a "trading partner" on the way is no new flow


def test_a_product_before_while_belongs_to_the_other_clause():
    text = ("Indonesia's exports to China fell to $64.9bn in 2023 as lower coal prices offset booming shipments of "
            "steel, while imports from China rose to $62.2bn.")
    assert not isinstance(rows(text)[-1]["commodity"], str)
