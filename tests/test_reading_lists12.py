"""Sentences of kinds met in a twelfth round of passages (fact checks, Eurasian state media,
commodity desks, Central and Eastern European statistics offices): ranked partners and
figures that several partners or a product take together. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


RANKING = ("Japan is now Australia's top trading partner, official data showed. Australian goods trade "
           "with Japan reached A$98.0 billion in 2023, with exports of A$70.0 billion and imports of A$28.0 billion. ")


def test_a_partner_ranked_beside_a_bare_figure_is_ranked_by_total_trade():
    r = read(RANKING + "South Korea was second at A$60.0 billion, made up of A$40.0 billion in exports and "
                       "A$20.0 billion in imports, while India, at A$45.0 billion, slipped to third. "
                       "Australia sold A$30.0 billion of goods to India, which shipped A$15.0 billion to Australia.")
    kor, ind = r["claims"]["A$60.0 billion"], r["claims"]["A$45.0 billion"]
    assert (kor["measure"], kor["reporter"], kor["partner"]) == ("trade_total", "AUS", "KOR")
    assert (ind["measure"], ind["reporter"], ind["partner"]) == ("trade_total", "AUS", "IND")
    assert r["errors"] == []


def test_a_ranked_partners_total_that_does_not_add_up_is_found():
    r = read(RANKING + "South Korea was second at A$60.0 billion, made up of A$40.0 billion in exports and "
                       "A$20.0 billion in imports, while India, at A$48.0 billion, slipped to third. "
                       "Australia sold A$30.0 billion of goods to India, which shipped A$15.0 billion to Australia.")
    assert r["errors"]


def test_the_place_that_came_second_is_the_texts_country_partner():
    r = read("Trade between India and Africa reached 100.0 billion dollars in 2023. Nigeria remained the "
             "country's largest trading partner in the region, with 15.0 billion dollars. Nigerian crude shipments "
             "to India hit a record. South Africa came second with 12.0 billion dollars, followed by Egypt with 6.0 billion dollars.")
    zaf, egy = r["claims"]["12.0 billion dollars"], r["claims"]["6.0 billion dollars"]
    assert (zaf["measure"], zaf["reporter"], zaf["partner"]) == ("trade_total", "IND", "ZAF")
    assert (egy["measure"], egy["reporter"], egy["partner"]) == ("trade_total", "IND", "EGY")


def test_a_ranking_of_buyers_keeps_the_flow_of_the_text():
    r = read("Poland remained the largest buyer of Ukrainian goods last year. Ukraine's exports to Poland "
             "were $2.3 billion. Turkey was second at $1.2 billion.")
    assert r["claims"]["$1.2 billion"]["measure"] == "exports"


EU_PARTS = ("Italian exports to the EU reached EUR 300.0 billion in 2023. Germany bought EUR 70.0 billion of "
            "Italian goods, while exports to France were EUR 60.0 billion and those to Spain EUR 30.0 billion. ")


def test_countries_that_took_a_figure_together_are_the_reporters_exports_to_them():
    r = read(EU_PARTS + "Together, the three countries took EUR 160.0 billion, or 53.3% of total exports to the EU.")
    c = r["claims"]["EUR 160.0 billion"]
    assert (c["measure"], c["reporter"], c["partner_group"]) == ("exports", "ITA", "DEU+ESP+FRA")
    assert r["errors"] == []


def test_a_wrong_share_of_countries_together_in_the_partner_named_is_found():
    r = read(EU_PARTS + "Together, the three countries took EUR 160.0 billion, or 55.3% of total exports to the EU.")
    assert any("55.3%" in e for e in r["errors"])


PAIR_OF_SUPPLIERS = "By value, India's imports from Iraq were worth $3.10 billion and those from Russia $2.40 billion, "


def test_a_combined_figure_after_two_partners_figures_is_their_sum():
    r = read(PAIR_OF_SUPPLIERS + "a combined $5.50 billion, in May.", "2024-06-20")
    c = r["claims"]["$5.50 billion"]
    assert (c["measure"], c["reporter"], c["partner_group"]) == ("imports", "IND", "IRQ+RUS")
    assert r["errors"] == []


def test_a_combined_figure_that_is_not_the_sum_is_found():
    r = read(PAIR_OF_SUPPLIERS + "a combined $5.80 billion, in May.", "2024-06-20")
    assert r["errors"]


GEORGIA = ("In January-June 2024, Georgia's exports of goods amounted to USD 2 000,0 million. "
           "Agri-food products remain the core of Georgian exports: they brought in USD 800,0 million, or {} of the total.")


def test_a_pronoun_after_a_colon_is_the_product_before_it_and_its_flow():
    r = read(GEORGIA.format("40,0%"), "2024-07-20")
    c = r["claims"]["USD 800,0 million"]
    assert (c["measure"], c["commodity"]) == ("exports", "agri-food products")
    assert r["errors"] == []


def test_a_wrong_share_of_the_product_after_a_colon_is_found():
    assert read(GEORGIA.format("42,0%"), "2024-07-20")["errors"]
