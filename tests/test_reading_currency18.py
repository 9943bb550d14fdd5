"""Sentences of kinds met in the eighteenth round of passages (figures in two currencies side
by side, emerging-market English-language press): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-11-07") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


def test_a_broken_sum_in_the_figures_own_currency_is_reported_before_its_conversion():
    # $1.50trn - $1.10trn is $400bn, not $420bn; 2.88trn yuan at the average rate is about
    # $400bn too: the sum in dollars points at the broken figure
    r = read("China's exports in the first ten months grew to $1.50 trillion and imports to $1.10 trillion, "
             "giving a surplus of $420 billion. In yuan terms, exports were 10.79 trillion yuan and imports "
             "7.91 trillion yuan, a surplus of 2.88 trillion yuan.")
    assert len(r["errors"]) == 1
    assert "$400bn" in r["errors"][0] and "$420bn" in r["errors"][0]


def test_a_participle_opener_naming_a_currency_is_no_product():
    r = read("Japan's exports rose 6.2% to 53.64 trillion yen in the April-September period. "
             "Converted into dollars, however, exports fell 1.1% to $353.0 billion.", "2024-10-17")
    assert r["claims"]["1.1%"]["commodity"] is None
    assert r["claims"]["$353.0 billion"]["commodity"] is None
    assert r["claims"]["$353.0 billion"]["measure"] == "exports"


def test_a_clause_ending_in_a_conjunction_names_no_product():
    r = read("Exports totaled US$ 29.4 billion in the month and imports reached US$ 21.0 billion, "
             "the ministry said of Brazil's October trade.", "2024-11-06")
    assert r["claims"]["US$ 21.0 billion"]["measure"] == "imports"
    assert r["claims"]["US$ 21.0 billion"]["commodity"] is None


def test_an_abbreviated_country_in_a_headline_is_the_reporter_not_a_company():
    r = read("S. Korea's exports rise 4.6% in October on chip demand", "2024-11-01")
    c = r["claims"]["4.6%"]
    assert (c["reporter"], c["commodity"]) == ("KOR", None)


def test_the_first_three_quarters_of_a_year_run_from_january_to_september():
    r = read("China's foreign trade reached 32.33 trillion yuan in the first three quarters of 2024, "
             "up 5.3 percent year on year.", "2024-10-14")
    assert r["claims"]["32.33 trillion yuan"]["period"] == "2024-01/2024-09"
    assert r["claims"]["5.3 percent"]["base_period"] == "2023-01/2023-09"
    assert "three quarters" not in r["claims"]


def test_the_first_half_of_the_month_is_no_first_half_of_the_year():
    r = read("Japan's exports to the United States rose 10.5 percent to 1.98 trillion yen in July. "
             "Cars, which accounted for about a third of the shipments, were a driver, helped by a yen that "
             "traded near lows in the first half of the month. "
             "Exports to China grew 9.1 percent to 1.61 trillion yen.", "2024-08-21")
    assert r["claims"]["1.61 trillion yen"]["period"] == "2024-07"
    assert r["claims"]["9.1 percent"]["base_period"] == "2023-07"


def test_a_headline_change_restated_in_dollars_is_not_checked_against_the_lira_levels():
    r = read("Türkiye's exports rise 4.1% in March\n\n"
             "Türkiye's exports rose 4.1% year-on-year in March to $22.6 billion. "
             "In lira terms, exports jumped 76.4% to 727.7 billion liras.", "2024-04-02")
    headline = [f for f in r["findings"] if "4.1%" in f["message"]]
    assert headline and all("TRY" not in f["message"] for f in headline)
    assert all(f["status"] == "consistent" for f in headline)


def test_a_change_named_as_the_subject_is_a_change_in_the_direction_of_its_noun():
    r = read("India's exports of gems and jewellery for April-September 2024 declined 13.4% to Rs 1,17,424.1 crore "
             "($14,036.2 million) compared with Rs 1,35,584.7 crore ($16,461.3 million) in the same period of the "
             "previous year. In dollar terms, the decline was sharper at 14.7%.", "2024-10-15")
    c = r["claims"]["14.7%"]
    assert c["kind"] == "percent_change" and c["currency"] == "USD"
    assert abs(c["factor"] - 0.853) < 1e-9
    assert r["errors"] == []


def test_an_exchange_rate_is_no_amount():
    r = read("South Africa's exports reached R168.2 billion in September. The firmer rand, which strengthened "
             "to below R17.50 to the dollar, trimmed the rand value of commodity exports. The naira traded at "
             "N1,500 per dollar.", "2024-10-31")
    assert "R17.50" not in r["claims"] and "N1,500" not in r["claims"]
    assert r["claims"]["R168.2 billion"]["measure"] == "exports"


def test_an_earlier_rate_in_the_sentence_of_an_exchange_rate_is_no_amount():
    r = read("Nigeria's imports reached N7.94 trillion in the first quarter. The naira traded at about N1,500 "
             "to the dollar at the end of March, compared with N461 a year earlier.", "2024-04-15")
    assert "N461" not in r["claims"]
    assert r["errors"] == []
