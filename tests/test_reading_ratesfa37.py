"""Rates and intensities (the thirty-seventh round of passages), the false alarms they raised
for reasons other than the rate itself: a partner that opens a clause of its own after ", and"
(past an aside between dashes), trade set against the size of the economy, a product made
the subject of a sentence with no figure, a class of firms that opens a clause of its own, an
aside on a part of the imports, tax as money of no trade flow, a whole the subject is most
of, and a multiple of a record set in another year. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(c: dict) -> tuple:
    return c["measure"], c["reporter"], c["partner"]


SPEECH = ("Last year Italy sold EUR 120 billion to the Gulf states and bought EUR 150 billion from them, "
          "a deficit with the Gulf of EUR 30 billion. The Gulf is a big market, and Qatar alone - a country "
          "of 3 million people - bought EUR 9 billion of Italian goods last year.")


def test_a_place_opening_a_clause_after_and_is_the_partner_of_its_verb():
    """", and Qatar alone - a country of 3 million people - bought X of Italian goods": Italy's
    exports to Qatar, not to the Gulf named in the clause before."""
    c = read(SPEECH, "2024-02-01")["claims"]["EUR 9 billion"]
    assert pair(c) == ("exports", "ITA", "QAT")


def test_the_partner_after_and_leaves_the_balance_alone():
    assert not read(SPEECH, "2024-02-01")["errors"]


ECONOMY = ("Malaysia's trade hit RM2.8 trillion in 2022, more than twice the size of its economy. "
           "Trade rose 27.0 per cent to RM2.85 trillion from RM2.24 trillion in 2021. "
           "That total was equivalent to 158 per cent of Malaysia's nominal gross domestic product of RM1.79 trillion.")


def test_a_multiple_of_the_size_of_the_economy_is_no_change_of_the_flow():
    """"more than twice the size of its economy": trade over GDP, not 2022 over 2021."""
    r = read(ECONOMY, "2023-02-20")
    assert "twice" not in r["claims"]
    assert not r["errors"]


def test_a_share_of_a_named_countrys_gdp_may_pass_the_whole():
    """"158 per cent of Malaysia's nominal gross domestic product": a ratio to the economy,
    no share of a trade flow that could not pass 100%."""
    r = read(ECONOMY, "2023-02-20")
    assert "158 per cent" not in r["claims"] or r["claims"]["158 per cent"]["measure"] == "other"
    assert not r["errors"]


def test_a_changed_change_next_to_the_economy_multiple_is_still_flagged():
    assert read(ECONOMY.replace("27.0 per cent", "37.0 per cent"), "2023-02-20")["errors"]


FRUIT = ("Kiwifruit exports earned New Zealand $2.5 billion in the year to June, from $2.3 billion a year earlier. "
         "Butter did the heavy lifting. Exporters shipped 450,000 tonnes worth $1.9b, an average of $4222 a tonne.")


def test_a_quantity_shipped_after_a_product_singled_out_is_of_that_product():
    """"Butter did the heavy lifting. Exporters shipped 450,000 tonnes worth $1.9b": butter's
    exports, not all of New Zealand's, so no part exceeds it."""
    r = read(FRUIT, "2021-08-01")
    assert r["claims"]["$1.9b"]["commodity"] == "butter"
    assert not r["errors"]


FIRMS = ("Malaysia's exports fell to $300bn in 2023; imports, most of them inputs for those exports, slipped to $250bn. "
         "The surplus was $50bn. Intel alone shipped some $30bn of chips and other goods, about 10% of the "
         "national total, and foreign-owned companies as a whole account for around 60%. "
         "Singapore was the biggest market, taking $45bn, or 15% of the total.")


def test_imports_with_an_aside_on_what_they_are_stay_imports():
    """"imports, most of them inputs for those exports, slipped to $250bn": the flow word in
    the aside leaves the subject's flow."""
    r = read(FIRMS, "2024-01-10")
    assert r["claims"]["$250bn"]["measure"] == "imports"


def test_a_class_of_firms_after_and_is_the_subject_of_its_share():
    """", and foreign-owned companies as a whole account for around 60%": those firms' part
    of all exports, not a share of the chips the clause before gave."""
    r = read(FIRMS, "2024-01-10")
    assert r["claims"]["60%"]["commodity"] == "foreign-owned companies"
    assert r["claims"]["$45bn"]["commodity"] is None
    assert not r["errors"]


def test_a_changed_market_share_after_the_firms_is_flagged():
    assert read(FIRMS.replace("or 15% of", "or 35% of"), "2024-01-10")["errors"]


TAX = ("Pharma and tech firms account for the bulk of a €200bn export total. "
       "Ireland's goods exports reached €200.4 billion in 2023 and imports €110.4 billion, a surplus of €90 billion. "
       "Corporation tax receipts, largely paid by the same firms, reached €22.1 billion in 2023.")


def test_tax_receipts_are_no_imports():
    """"Corporation tax receipts, largely paid by the same firms, reached X": tax, money of no
    trade flow (the "paid" of the aside buys nothing)."""
    r = read(TAX, "2024-02-10")
    assert r["claims"]["€22.1 billion"]["measure"] == "other"
    assert not r["errors"]


def test_the_whole_its_subject_is_most_of_has_no_product():
    """"Pharma and tech firms account for the bulk of a €200bn export total": all exports."""
    assert read(TAX, "2024-02-10")["claims"]["€200bn"]["commodity"] is None


def test_a_changed_surplus_beside_the_tax_is_flagged():
    assert read(TAX.replace("surplus of €90 billion", "surplus of €99 billion"), "2024-02-10")["errors"]


RECORD = ("Korea posted a record trade deficit of 47.8 trillion won in 2022, about 3.1 times the previous record "
          "of 15.4 trillion won set in 2008. Imports jumped 18.9 percent to 930 trillion won.")


def test_a_multiple_of_an_earlier_record_takes_the_records_year():
    """"3.1 times the previous record of 15.4 trillion won set in 2008": 2022 against 2008."""
    c = read(RECORD, "2023-01-05")["claims"]["3.1 times"]
    assert c["period"] == "2022" and c["base_period"] == "2008"


GIANTS = ("Every day of last year, roughly $2 billion of goods moved between the United States and Japan. "
          "Two-way goods trade between the world's two largest economies totalled $230 billion in 2023. "
          "U.S. imports from Japan rose to $150 billion, while exports to Japan were $80 billion. "
          "The result: a bilateral deficit of $70 billion.")


def test_the_worlds_two_largest_economies_are_the_pair():
    """"trade between the world's two largest economies": the pair the text is on, not the
    United States with the world."""
    c = read(GIANTS, "2024-02-10")["claims"]["$230 billion"]
    assert pair(c) == ("trade_total", "USA", "JPN")


def test_a_bilateral_deficit_is_with_the_partner():
    """"a bilateral deficit of $70 billion": the balance with Japan, as the flows before."""
    c = read(GIANTS, "2024-02-10")["claims"]["$70 billion"]
    assert pair(c) == ("balance", "USA", "JPN")


def test_a_changed_bilateral_deficit_is_flagged():
    assert read(GIANTS.replace("deficit of $70 billion", "deficit of $90 billion"), "2024-02-10")["errors"]
