"""Each linking rule on the kind of sentence it reads, and beside a sentence it must leave
alone. A claim's `attribution` names the rule that decided each field."""
import pytest

from tradecheck import verify_text


def how(text: str, figure: str, field: str, published: str | None = None) -> str:
    claims = verify_text(text, published=published, reference="none").to_dict()["claims"]
    return next(c for c in claims if c["text"] == figure)["attribution"][field]


def claims_by_text(text: str, published: str | None = None) -> dict[str, dict]:
    """The claims of `text`, by the words each stands on."""
    return {c["text"]: c for c in verify_text(text, published=published, reference="none").to_dict()["claims"]}


FIRES = [
    # measure
    ("Kenya's tea made up 7.5% of Kenya's non-oil exports, which totalled $9.6 billion in 2023.", "$9.6 billion", "measure", "whole-of-share"),
    ("In 2023 Chile's exports to China fell 21.9% to $4.83bn.", "$4.83bn", "measure", "continues-previous"),
    ("In 2023 Kenya's exports to Uganda were $2.7bn (about Sh300bn).", "Sh300bn", "measure", "restates-previous"),
    ("In 2023 Egypt's exports and imports fell 0.67% and 5.98% respectively.", "5.98%", "measure", "respectively"),
    ("In 2023 Egypt recorded an 11.85 percent decrease in deficit.", "11.85 percent", "measure", "change-in-flow"),
    ("In 2023 the United States brought in $228.5 billion worth of goods from China.", "$228.5 billion", "measure", "brought-in-from"),
    ("In 2023 South African ores worth R3.6 billion were shipped out to China.", "R3.6 billion", "measure", "verb-after"),
    ("In 2023 Brazil's imports and exports alike grew by 9 percent.", "9 percent", "measure", "both-flows"),
    ("Chile's exports to China reached $38.4bn in 2023.", "$38.4bn", "measure", "flow-word"),
    ("Chile's exports to China reached $38.4bn in 2023. In 2024 the figure was $40.1bn.", "$40.1bn", "measure", "discourse"),
    ("Chile and China: $38.4bn in 2023.", "$38.4bn", "measure", "default-trade"),
    ("Chile's exports to China rose by $2.4 billion in 2023.", "$2.4 billion", "measure", "absolute-change"),
    ("Chile and China aim to lift trade to $50bn by 2030.", "$50bn", "measure", "not-a-flow"),
    ("Chile and China agreed to double trade by 2030.", "double", "measure", "goal-multiple"),
    ("Under a 2015 agreement, trade was to triple from $5 billion in 2015 to $15 billion by 2020.", "$15 billion",
     "measure", "not-a-flow"),
    # period
    ("Chile and China set a target of $50bn of trade by 2030.", "$50bn", "period", "target-year"),
    ("Under a 2015 agreement, trade was to triple from $5 billion in 2015 to $15 billion by 2020.", "triple", "period",
     "target-year"),
    ("In January 2024 Chile's exports to China fell 6.9% from a year earlier to $7.5 billion.", "$7.5 billion", "period", "level-after-change"),
    ("Chile's exports to China rose 50% in 2023 to $3.3bn from $2.2bn.", "$2.2bn", "period", "from-level-base"),
    ("Compared with 2021, Chile's exports to China rose to $3.3bn in 2023 from $0.9bn.", "$0.9bn", "period", "from-level-cue"),
    ("Chile's exports to China were $5.25bn in 2022.", "$5.25bn", "period", "after-figure"),
    ("In 2022, Chile's exports to China were $5.25bn.", "$5.25bn", "period", "before-figure"),
    ("Chile's exports to China rose 12% year on year in 2023.", "12%", "period", "after-change"),
    ("Chile's exports to China rose 12% in 2023.", "12%", "period", "right-after-change"),
    ("In 2023, Chile's exports to China rose 12%.", "12%", "period", "before-change"),
    ("Chile's exports to China rose 12% in 2023. Imports from China reached $19.5bn.", "$19.5bn", "period", "discourse"),
    ("Chile's exports to China grew 632 percent between 1998 and 2005.", "632 percent", "period", "span-end"),
    ("In Q3 2023 Nigeria's crude exports were ₦8,535.61 billion. They were 83.23% above the figure for the same "
     "quarter of 2022, which was ₦4,658.30 billion.", "₦4,658.30 billion", "period", "named-base-level"),
    # base period
    ("Chile's exports to China grew 632 percent between 1998 and 2005.", "632 percent", "base_period", "span-start"),
    ("Chile's exports to China rose 12% in 2023 from 2021.", "12%", "base_period", "base-after"),
    ("Since 2021, Chile's exports to China rose 12% to 2023.", "12%", "base_period", "base-before"),
    ("Chile's exports to China rose 12% in 2023.", "12%", "base_period", "base-year-before"),
    # pair
    ("Iron ore sold internationally by exporting countries was worth US$94.9 billion in 2017.", "US$94.9 billion", "pair", "world-total"),
    ("These 3 countries shipped the most iron ore in 2017:\n\n1. Brazil - $19.2 billion\n", "$19.2 billion", "pair", "list-item"),
    ("In 2021 Argentina sent 82% of its exports to Brazil, 9% to Uruguay and 9% to Paraguay.", "9%", "pair", "share-to-place"),
    ("In 2023 China's share of Brazil's exports was 30%.", "30%", "pair", "share-of-country"),
    ("In 2021 Bolivia sent 70% of its exports to Brazil, with Peru and Chile taking 5% each.", "5%", "pair", "each-of-places"),
    ("Trade among ASEAN members reached $80 billion in 2023. Malaysia was second with exports of $20 billion.",
     "$20 billion", "pair", "member-ranked"),
    ("Belarusian exports to Iran exceeded $81mn in 2022.", "$81mn", "pair", "two-named"),
    ("In 2023 tea made up 30% of Uganda's exports.", "30%", "pair", "share-whole-named"),
    ("Kazakhstan's exports reached $78bn in 2023.", "$78bn", "pair", "named-reporter"),
    ("Trade between Belarus and Iran reached $100mn in 2022. Exports to China were $5mn.", "$5mn", "pair", "named-partner"),
    ("Trade between Belarus and Iran reached $100mn in 2022. Belarusian exports rose to $81mn.", "$81mn", "pair", "named-reporter"),
    ("Trade between Belarus and Iran reached $100mn in 2022. In 2021 it was $33mn.", "$33mn", "pair", "discourse"),
    ("In 2023 Chile's exports to China fell 21.9% to $4.83bn.", "$4.83bn", "pair", "same-as-previous"),
    ("Intra-Mercosur trade totalled US$ 41 billion in 2021.", "US$ 41 billion", "pair", "intra-group"),
    ("Mutual trade among the countries of the Eurasian Economic Union reached $89 billion in 2023.", "$89 billion",
     "pair", "intra-group"),
    ("Trade among GCC states reached $91.3 billion in 2019.", "$91.3 billion", "pair", "intra-group"),
    ("Kenya's trade with China was $20bn in 2023, and China was its biggest partner. Uganda ranked second with "
     "$4bn.", "$4bn", "pair", "partner-ranked"),
    # commodity
    ("Kenya's services exports were $4bn in 2023. In 2023 Kenya's goods exports came to $7.2bn, while its imports "
     "of goods reached $18.9bn. The deficit widened by $1.1bn to $11.7bn.", "$11.7bn", "commodity", "gap-of-flows"),
]


@pytest.mark.parametrize("text, figure, field, rule", FIRES)
def test_a_rule_reads_its_kind_of_sentence(text, figure, field, rule):
    assert how(text, figure, field) == rule


LEAVES_ALONE = [
    # a country named beside world trade: its own trade, not the world's
    ("Kazakhstan's trade shrank along with world trade in 2020, falling by 7.4 percent.", "7.4 percent", "pair", "world-total"),
    # a line that is no list item
    ("In 2017 Brazil shipped iron ore worth $19.2 billion.", "$19.2 billion", "pair", "list-item"),
    # a share followed by a product, not a place
    ("In 2021 oil made up 82% of Argentina's exports to Brazil.", "82%", "pair", "share-to-place"),
    # a realised flow, not a forecast
    ("Chile's exports to China were $38.4bn in 2023.", "$38.4bn", "measure", "not-a-flow"),
    # a level given with its own flow word after a change: not a restatement
    ("Chile's exports rose 5% in 2023, while imports reached $19.5bn.", "$19.5bn", "measure", "continues-previous"),
    # a period named in the sentence beats the one carried from before
    ("Chile's exports to China rose 12% in 2023. In 2024 imports were $19.5bn.", "$19.5bn", "period", "discourse"),
    # a group's trade with another place is not its internal trade
    ("In 2021 Mercosur's trade with China reached US$ 150 billion.", "US$ 150 billion", "pair", "intra-group"),
    # a base the text names is no default
    ("Chile's exports to China rose 12% in 2023 from 2021.", "12%", "base_period", "base-year-before"),
    # a place ranked with a figure of its own flow: two places named
    ("Kenya's trade with China was $20bn in 2023. Uganda's exports to Kenya came second with $4bn.", "$4bn", "pair",
     "partner-ranked"),
    # a balance its words make wider than the goods just given
    ("Kenya's services exports were $4bn in 2023. In 2023 Kenya's goods exports came to $7.2bn, while its imports "
     "of goods reached $18.9bn. The overall deficit was $9.5bn.", "$9.5bn", "commodity", "gap-of-flows"),
]


@pytest.mark.parametrize("text, figure, field, rule", LEAVES_ALONE)
def test_a_rule_leaves_other_sentences_alone(text, figure, field, rule):
    assert how(text, figure, field) != rule


@pytest.mark.parametrize("text, figure, commodity", [
    ("Philippine exports were USD 5.98 billion in May 2018. Electronic products remained the country's top export "
     "with total earnings of USD 3.32 billion.", "USD 3.32 billion", "electronics"),
    # the product, not the words up to the flow: "Gold remained the dominant export"
    ("Ghana's exports were GH¢30bn in Q1 2024. Gold remained the dominant export, earning GH¢12bn.", "GH¢12bn", "gold"),
])
def test_a_product_subject_names_the_part(text, figure, commodity):
    claims = verify_text(text, reference="none").to_dict()["claims"]
    assert next(c for c in claims if c["text"] == figure)["commodity"] == commodity


def test_the_sector_is_the_part_named_before():
    text = ("Bangladesh's exports were US$24.53 billion in July-December 2024. Readymade garments brought in "
            "$19.89 billion during the six months. The sector accounted for 81.08 per cent of total export earnings.")
    claims = verify_text(text, reference="none").to_dict()["claims"]
    assert next(c for c in claims if c["text"] == "81.08 per cent")["commodity"] == "garments"


@pytest.mark.parametrize("text, figure, measure, pair", [
    # the buyer is the partner, named as the verb's subject: the reporter's exports
    ("Vietnam's exports were $245.3 billion in 2021. The U.S. remained Vietnam's biggest export market, buying goods "
     "worth $70.4 billion.", "$70.4 billion", "exports", ("VNM", "USA")),
    ("Bangladesh's exports were $41.45 billion in July-March. The United States, the largest destination for "
     "Bangladeshi goods, bought products worth $6.12 billion.", "$6.12 billion", "exports", ("BGD", "USA")),
    ("Cambodia exported $3.5 billion of goods to Vietnam in 2024. Raw cashew nuts dominated Cambodian shipments, with "
     "Vietnamese processors buying $1.9 billion worth.", "$1.9 billion", "exports", ("KHM", "VNM")),
])
def test_a_buyer_named_as_the_subject_makes_the_figure_the_reporters_exports(text, figure, measure, pair):
    claims = verify_text(text, reference="none").to_dict()["claims"]
    c = next(c for c in claims if c["text"] == figure)
    assert (c["measure"], c["reporter"], c["partner"]) == (measure, *pair)


def test_a_list_of_a_blocs_members_is_the_bloc():
    text = ("EU-Mercosur trade in goods was worth €110bn in 2023. The EU exported €55.7bn of goods to Argentina, "
            "Brazil, Paraguay and Uruguay and imported €54.3bn, leaving a small surplus of €1.4bn.")
    claims = verify_text(text, reference="none").to_dict()["claims"]
    assert {(c["reporter"], c["partner"]) for c in claims} == {("EUU", None)}


INDONESIA = ("Indonesia's exports reached $22.15 billion in October 2023. Non-oil and gas exports, which made up 94.4 "
             "percent of total exports, stood at $20.91 billion. China remained the largest buyer of Indonesian non-oil "
             "and gas products with $5.25 billion, or 25.1 percent, followed by the United States with $2.02 billion "
             "(9.7 percent) and Japan with $1.71 billion (8.2 percent).")


def test_places_ranked_after_a_buyer_share_its_flow_and_product():
    claims = claims_by_text(INDONESIA)
    assert claims["$20.91 billion"]["commodity"] == "non-oil and gas"  # the subject before the aside
    for figure, partner in (("$2.02 billion", "USA"), ("$1.71 billion", "JPN")):
        c = claims[figure]
        assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "IDN", partner)
        assert c["commodity"] == claims["$5.25 billion"]["commodity"]
    result = verify_text(INDONESIA, reference="none").to_dict()
    assert [f for f in result["findings"] if f["status"] == "inconsistent"] == []


def test_a_garment_figure_after_the_garments_is_theirs():
    text = ("Readymade garments fetched $36.15 billion in July-March 2024. Garment receipts grew 5.36 percent from "
            "$34.31 billion a year earlier.")
    claims = verify_text(text, reference="none").to_dict()["claims"]
    assert {c["commodity"] for c in claims} == {"garments"}


def test_sectors_ranked_each_with_its_own_product_and_a_month_a_period_ends_in():
    text = ("Egypt's non-oil exports were US$19.57 billion in the first half of 2024. Building materials topped the "
            "list of exporting sectors in H1 with $5.21 billion, or 26.6 percent of the total, followed by chemicals "
            "and fertilizers at $4.12 billion (21.1 percent). For the full fiscal year 2023/2024, which ended in "
            "June, non-oil exports grew 3.96 percent to $36.48 billion, against $35.09 billion in FY2022/2023.")
    result = verify_text(text, published="2024-07-15", reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    assert claims["$5.21 billion"]["commodity"] == claims["26.6 percent"]["commodity"] == "building materials"
    assert claims["21.1 percent"]["commodity"] == "chemicals and fertilizers"
    assert claims["$36.48 billion"]["period"] == "2023-07/2024-06"
    assert [f for f in result["findings"] if f["status"] == "inconsistent"] == []


def test_a_place_in_an_aside_is_no_side_and_a_month_to_come_is_last_years():
    text = ("Canada's exports rose to $71.9-billion in January, Statistics Canada said. Exports had totalled "
            "$68.35-billion in December. Shipments to the United States, which buys about three-quarters of "
            "everything Canada sells abroad, reached $54.1-billion, or 75.2 per cent of total exports.")
    claims = claims_by_text(text, published="2025-03-07")
    assert claims["$68.35-billion"]["period"] == "2024-12"
    assert (claims["$54.1-billion"]["reporter"], claims["$54.1-billion"]["partner"]) == ("CAN", "USA")


def test_a_ministrys_name_names_no_product_and_a_change_after_a_share_is_its_parts():
    text = ("According to the Ministry of Trade, Industry and Energy, Korea's outbound shipments rose 6.1 percent to "
            "$683.58 billion in 2022, up from $644.40 billion in 2021. Semiconductors, the country's biggest export "
            "item, accounted for $129.2 billion, or 18.9 percent of total exports, edging up 0.9 percent from the "
            "previous year.")
    result = verify_text(text, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    assert claims["6.1 percent"]["commodity"] is None
    assert claims["0.9 percent"]["commodity"] == "semiconductors"
    assert [f for f in result["findings"] if f["status"] == "inconsistent"] == []


@pytest.mark.parametrize("text, figure", [
    ("Sri Lanka's exports to India were $1.2 billion in H1 2024, while tourism earnings for the half-year reached "
     "about $1 billion.", "$1 billion"),
    ("Uzbekistan's trade with Russia reached $9.8 billion in 2023. Money transfers from Russia amounted to $5.3 "
     "billion.", "$5.3 billion"),
    ("Greece's exports to China were 210 million euros in 2009. Cosco won a 35-year concession valued at 3.4 billion "
     "euros in 2009.", "3.4 billion euros"),
])
def test_money_that_is_no_trade_flow(text, figure):
    claims = verify_text(text, reference="none").to_dict()["claims"]
    assert next(c for c in claims if c["text"] == figure)["measure"] == "other"


def test_a_change_from_a_dated_level_to_another_is_about_the_later_one():
    text = "Turkey's trade with Israel has fallen by 23 per cent from the $7bn reached in 2022 to $5.4bn in 2023."
    claims = claims_by_text(text)
    assert (claims["23 per cent"]["period"], claims["23 per cent"]["base_period"]) == ("2023", "2022")


def test_a_shares_whole_in_brackets_is_the_whole():
    text = ("Poland sold goods worth €90.4 billion to Germany in 2023, more than a quarter of all Polish exports "
            "(€334 billion in total).")
    claims = claims_by_text(text)
    assert (claims["€334 billion"]["reporter"], claims["€334 billion"]["partner"]) == ("POL", "WLD")


@pytest.mark.parametrize("text, figure, pair", [
    ("Russia's exports to India reached $29.9 billion in 2022 and imports $2.9 billion. Thus the positive balance for "
     "Russia amounted to $27 billion.", "$27 billion", ("RUS", "IND")),
    ("In the first half of 2024 US exports to Mexico were $162.6 billion and imports $236 billion, giving Mexico a "
     "surplus of $73.4 billion.", "$73.4 billion", ("MEX", "USA")),
])
def test_the_country_a_balance_is_given_to_owns_it(text, figure, pair):
    c = claims_by_text(text)[figure]
    assert (c["reporter"], c["partner"]) == pair


@pytest.mark.parametrize("text, figure, measure, commodity", [
    ("Vietnam's export turnover to the US reached 55.7 billion USD in 2018.", "55.7 billion USD", "exports", None),
    ("South Korea's car exports hit an all-time high of $70.9 billion in 2023.", "$70.9 billion", "exports", "cars"),
    ("Exports of dairy products from Belarus to Kazakhstan increased by 1.8 times to $96 million in 2022.",
     "$96 million", "exports", "dairy products"),
])
def test_words_of_state_media_for_flows_and_products(text, figure, measure, commodity):
    c = claims_by_text(text)[figure]
    assert (c["measure"], c["commodity"]) == (measure, commodity)


def test_a_shares_whole_described_after_it_and_a_level_it_paid_then():
    text = ("Ethiopia's coffee exports were $1.33 billion in 2022/23. Coffee contributed 36.5 percent of the 3.64 "
            "billion USD that Ethiopia earned from the export of goods.")
    c = claims_by_text(text)["3.64 billion USD"]
    assert (c["commodity"], c["partner"]) == (None, "WLD")
    text = "The EU imported LNG worth EUR 57.4bn in 2023, 40% less than the EUR 95.7bn it paid in 2022."
    c = claims_by_text(text)["EUR 95.7bn"]
    assert c["period"] == "2022"


def test_by_a_year_with_a_past_verb_is_no_goal():
    text = "EU-Vietnam trade was EUR 45.5 billion in 2019. By 2023 it had reached EUR 64.6 billion."
    c = claims_by_text(text)["EUR 64.6 billion"]
    assert (c["measure"], c["period"]) == ("trade_total", "2023")


@pytest.mark.parametrize("text, figure, measure, commodity", [
    # a level to reach, not one reached
    ("Iran's trade with Iraq reached $10.22 billion in 2023. The two sides aim to raise the annual trade volume to "
     "$20 billion within the next few years.", "$20 billion", "other", None),
    # "of goods the country sold abroad": goods, not a product called that
    ("Of the R2.02 trillion of goods the country sold abroad in 2023, China took R221.4bn.", "R2.02 trillion",
     "exports", None),
])
def test_a_goal_to_raise_trade_and_a_whole_of_goods(text, figure, measure, commodity):
    c = claims_by_text(text)[figure]
    assert (c["measure"], c["commodity"]) == (measure, commodity)
