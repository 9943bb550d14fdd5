"""Sentences of kinds met in a fifth round of passages written in other publishers' styles
(statistics offices of Europe and Central Asia, Latin American papers): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-22") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


TOTALS = ("Uzbekistan's foreign trade turnover reached $30.48 billion in January-June 2024. "
          "Exports amounted to $12.31 billion and imports to $18.17 billion. ")


def test_a_sign_word_before_the_words_that_say_which_balance_signs_it():
    r = read(TOTALS + "The negative foreign trade balance amounted to $5.86 billion.")
    assert r["claims"]["$5.86 billion"]["value"] < 0
    assert r["errors"] == []


def test_a_balance_said_to_be_negative_is_a_deficit():
    r = read(TOTALS + "The balance of foreign trade remained negative at $5.86 billion.")
    assert r["claims"]["$5.86 billion"]["value"] < 0
    assert r["errors"] == []


def test_a_sign_word_outside_the_balance_noun_phrase_does_not_sign_it():
    r = read(TOTALS + "Officials expect a positive effect on the trade balance, which stood at $5.86 billion.")
    assert r["claims"]["$5.86 billion"]["value"] > 0


def test_non_eu_countries_are_every_partner_but_the_eu():
    r = read("UK imports of goods totalled £144.7 billion in the three months to September 2023. "
             "On the import side, £77.9 billion of goods came from the EU and £66.8 billion from non-EU countries.",
             "2023-11-10")
    eu, rest = r["claims"]["£77.9 billion"], r["claims"]["£66.8 billion"]
    assert (eu["reporter"], eu["partner"]) == ("GBR", "EUU")
    assert (rest["reporter"], rest["partner_group"]) == ("GBR", "other than EUU")
    assert eu["commodity"] is None  # "of goods came from": no product called "goods came"
    assert r["errors"] == []


def test_extra_eu_trade_is_a_members_trade_outside_the_union_not_the_unions():
    r = read("Italy: Extra-EU trade, September 2019\n\nROME - Raw data show exports to extra-EU countries of "
             "8,947 million euros in September 2019.", "2019-10-24")
    c = r["claims"]["8,947 million euros"]
    assert (c["reporter"], c["partner_group"]) == ("ITA", "other than EUU")


def test_a_non_product_is_a_scope_of_its_own():
    r = read("In September 2019 Italy's energy deficit amounted to 2,581 million euros, whereas the surplus in "
             "non-energy products was 4,314 million euros.", "2019-10-24")
    assert r["claims"]["4,314 million euros"]["commodity"] == "non-energy products"
