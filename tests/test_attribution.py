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
