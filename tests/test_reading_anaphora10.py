"""Sentences whose product is said once and then pointed back to (a lead-in before a colon,
"their value", a quote's "They", "the metal", a headline's "Tea export volumes"), met in a
tenth round of passages (Latin American offices in translation, South Asian press, English-
speaking statistics offices): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-08-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


HALF = ("Lima, August 15 - In the January-June period, Peruvian exports totalled US$ 33,610 million, "
        "up 9.8% from US$ 30,610 million a year earlier. ")


def test_a_product_before_a_lead_in_colon_is_the_subject_of_what_follows():
    r = read(HALF + "Gold led the increase: shipments in the first half rose 6.0% in volume to 0.71 million tonnes, "
                    "while their value climbed 15.0% to US$ 1,380 million from US$ 1,200 million.")
    for figure in ("15.0%", "US$ 1,380 million", "US$ 1,200 million"):
        assert r["claims"][figure]["commodity"] == "gold"
    assert r["errors"] == []


def test_the_lead_in_products_figures_are_still_checked_against_each_other():
    r = read(HALF + "Gold led the increase: shipments in the first half rose 6.0% in volume to 0.71 million tonnes, "
                    "while their value climbed 25.0% to US$ 1,380 million from US$ 1,200 million.")
    assert r["errors"]


def test_their_value_after_a_products_volume_is_that_products_money():
    r = read("WELLINGTON, 20 August 2024 - Goods exports rose 3 percent to NZ$70.6 billion in the year ended "
             "June 2024. Wool exports fell 5 percent by volume to 0.1 million tonnes, while their value dropped "
             "8 percent to NZ$0.5 billion.", "2024-08-20")
    assert r["claims"]["8 percent"]["commodity"] == "wool"
    assert r["claims"]["NZ$0.5 billion"]["commodity"] == "wool"


def test_a_countrys_possessive_value_is_not_a_products():
    # the sentence opens with a country, not a product: "its" is the country's
    r = read("Peru's exports rose 9.8% in the first half, while their value in soles climbed 7.1%.")
    assert r["claims"]["7.1%"]["commodity"] is None


def test_a_lead_in_naming_no_product_gives_none():
    r = read(HALF + "Demand led the increase: shipments rose 9.8% in the half.")
    assert r["claims"]["9.8%"]["commodity"] is None


def test_a_lead_in_naming_a_flow_gives_no_product():
    r = read(HALF + "Exports led the recovery: shipments rose 9.8% in the half.")
    assert r["claims"]["9.8%"]["commodity"] is None


def test_a_quotes_pronoun_subject_is_the_figure_before_it_part_and_all():
    r = read("Mexico City, January 26 - Exports totalled 593,012 million dollars in 2023, an annual rise of "
             "2.6%. Oil exports fell 23.7% to 32,753 million dollars. Non-oil exports reached 560,259 million "
             'dollars. "They grew 4.7%, a record, thanks to autos and electronics," said an official.',
             "2024-01-26")
    assert r["claims"]["4.7%"]["commodity"] == "non-oil"
    assert r["errors"] == []


def test_a_definite_class_of_goods_points_back_to_the_product_named_before():
    r = read("Santiago, January 9 - Chile's copper exports totalled US$ 50,790 million in 2023, up 4.9% from "
             "US$ 48,420 million in 2022. The metal accounted for 53.5% of total exports of US$ 94,930 million.",
             "2024-01-09")
    assert r["claims"]["53.5%"]["commodity"] == "copper"
    assert r["errors"] == []


def test_goods_in_general_in_a_sentence_is_the_pairs_whole_trade_in_a_products_article():
    r = read("Copper exports rise 4.9% in 2023\n\nSantiago, January 9 - Chile's copper exports totalled "
             "US$ 50,790 million in 2023, up 4.9% from US$ 48,420 million in 2022, out of total exports of "
             "US$ 94,930 million.\n\nChina, the destination of 39.1% of Chilean exports, bought US$ 37,120 "
             "million of goods.", "2024-01-09")
    assert r["claims"]["39.1%"]["commodity"] is None
    assert r["errors"] == []


def test_a_headline_naming_a_products_export_measure_scopes_the_article():
    r = read("Tea export volumes edge up, rupee earnings slip in nine months\n\nCOLOMBO - Sri Lanka's tea exports "
             "in January-September 2024 totalled 183.6 million kilograms, up 1.7 percent from 180.5 million "
             "kilograms a year earlier.\n\nExport earnings, however, fell 3.0 percent to Rs 313.4 billion from "
             "Rs 323.1 billion.", "2024-10-25")
    assert r["claims"]["Rs 313.4 billion"]["commodity"] == "tea"
    assert r["claims"]["3.0 percent"]["commodity"] == "tea"
