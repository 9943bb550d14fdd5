"""Central banks' and finance ministries' statements (round 26 of passages): a second
participle that shares its subject, a bare "the deficit" after an account, money that is no
trade flow (remittances, currency sales, the terms of trade), re-exports counted in the total,
a fronted "On the external sector", a recording basis that goes on, a coverage ratio with its
verb left out, a central bank that names the country, and a share restated as money."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-08-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_second_participle_of_the_same_subject_keeps_its_pair():
    r = read("Moldova's trade in H1 2024\n\n"
             "Moldova's goods imports rose to USD 4.10 billion in H1 2024, while exports reached USD 3.20 billion.\n\n"
             "Romania remained Moldova's main market, taking USD 0.95 billion of goods (29.7% of total exports) "
             "and supplying USD 0.80 billion of imports.")
    c = r["claims"]["USD 0.80 billion"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("imports", "MDA", "ROU")
    assert r["errors"] == []


def test_a_bare_deficit_after_the_current_account_is_that_accounts():
    r = read("Egypt's external position\n\n"
             "The current account remained in surplus for the second month in March, and the deficit for "
             "Jul-Mar FY24 has narrowed to $1.2 billion.\n\n"
             "Exports of goods rose 8.0 percent to $30.0 billion during Jul-Mar FY24, while imports fell 4.0 "
             "percent to $55.0 billion, narrowing the trade deficit to $25.0 billion.", "2024-05-10")
    assert r["claims"]["$1.2 billion"]["scope"] == "current account"
    assert r["errors"] == []


def test_a_sentence_about_remittances_turns_the_text_from_the_trade_balance():
    r = read("Uganda's external sector\n\n"
             "Goods exports rose to USD 6,000 million in 2023, while goods imports reached USD 9,500 million, "
             "so the goods trade deficit narrowed to USD 3,500 million.\n\n"
             "Workers' remittances stayed an important source of dollars. Inflows came to USD 1,400 million, "
             "up 8.0 percent from USD 1,300 million a year before.", "2024-03-10")
    assert r["claims"]["USD 1,400 million"]["measure"] == "other"
    assert r["errors"] == []


def test_money_sold_at_currency_auctions_is_no_export():
    r = read("Armenia's central bank\n\n"
             "Exports of goods reached USD 3.10 billion in H1 2024. The Central Bank sold USD 150 million "
             "at foreign exchange auctions in June.")
    assert r["claims"]["USD 150 million"]["measure"] == "other"
    assert r["errors"] == []


def test_re_exports_given_as_a_share_of_total_exports_are_counted_in_it():
    r = read("Kyrgyz trade in H1\n\n"
             "Exports of goods came to USD 1.50 billion in H1 2024, while imports of goods were USD 5.00 billion. "
             "Re-exports of machinery, mostly to Russia, totalled USD 300 million, about a fifth of total exports.")
    assert r["claims"]["USD 1.50 billion"]["commodity"] is None
    assert r["errors"] == []


def test_a_fronted_on_phrase_is_no_company_subject():
    c = read("Kenya trade\n\n"
             "On the external sector, the trade balance recorded a deficit of US$1.10 billion in June 2024.")["claims"]["US$1.10 billion"]
    assert c["commodity"] is None


def test_a_recording_basis_goes_on_through_its_paragraph():
    r = read("Sri Lanka trade\n\n"
             "In the first half of 2024, exports (BOP basis) rose to USD 6.20 billion, while imports fell to "
             "USD 9.10 billion. The trade deficit thus narrowed to USD 3.90 billion.")
    assert r["claims"]["USD 3.90 billion"].get("valuation") == "BOP basis"
    planted = read("Sri Lanka trade\n\n"
                   "In the first half of 2024, exports (BOP basis) rose to USD 6.20 billion, while imports fell to "
                   "USD 9.10 billion. The trade deficit thus narrowed to USD 3.40 billion.")
    assert planted["errors"]


def test_a_coverage_ratio_with_its_verb_left_out_is_read():
    text = ("North Macedonia trade\n\n"
            "In H1 2024, goods exports rose to EUR 4.00 billion and goods imports to EUR 5.00 billion, so that "
            "the trade deficit reached EUR 1.00 billion and the coverage of imports by exports {}%.")
    assert read(text.format("80.0"))["errors"] == []
    assert read(text.format("86.0"))["errors"]


def test_a_central_bank_names_the_country_and_the_terms_of_trade_are_no_trade():
    r = read("BCRP NOTE\n\nTrade balance in May\n\n"
             "In May 2024 exports reached US$ 6,000 million, 10.0 percent more than in May 2023, and imports "
             "were US$ 4,000 million. The terms of trade rose 5.0 percent year-on-year in May.", "2024-07-01")
    assert r["claims"]["US$ 6,000 million"]["reporter"] == "PER"
    assert r["claims"]["5.0 percent"]["measure"] == "other"
    assert r["errors"] == []


def test_a_share_then_its_amount_after_at_is_the_same_product():
    r = read("Philippine trade\n\n"
             "Philippine exports fell 2.0 percent to US$7.00 billion in May 2024. Machinery, which made up "
             "30.0 percent of exports at US$2.10 billion, held steady.")
    assert r["claims"]["US$2.10 billion"]["commodity"] == r["claims"]["30.0 percent"]["commodity"]
    assert r["errors"] == []
