"""Sentences of kinds met in statistics offices' releases and the wires that report them
(customs, ABS, Stats NZ, Japan's balance of payments, Korea's 20-day figures): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-07") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


def test_total_imports_and_exports_are_the_trade():
    r = read("China's total goods imports and exports rose 5.8 percent year on year to 17.5 trillion yuan in the "
             "first five months of 2024. Exports rose 6.1 percent to 9.95 trillion yuan, while imports increased "
             "5.5 percent to 7.55 trillion yuan.")
    assert r["claims"]["5.8 percent"]["measure"] == "trade_total"
    assert r["claims"]["17.5 trillion yuan"]["measure"] == "trade_total"
    assert r["errors"] == []


def test_total_exports_and_imports_are_the_trade_too():
    r = read("Japan's total exports and imports fell 3 percent to 200 trillion yen in 2023.", "2024-01-20")
    assert r["claims"]["200 trillion yen"]["measure"] == "trade_total"


def test_imports_and_exports_alike_stay_each_flow():
    r = read("In 2023 Brazil's imports and exports alike grew by 9 percent.", "2024-01-20")
    assert r["claims"]["9 percent"]["measure"] == "imports"


def test_a_change_in_the_texts_own_currency_is_not_checked_in_dollars():
    r = read("China's foreign trade up 5.8 pct in first five months\n\n"
             "China's total goods imports and exports rose 5.8 percent year on year to 17.5 trillion yuan (about "
             "2.46 trillion U.S. dollars) in the first five months of 2024. Exports rose 6.1 percent year on year "
             "to 9.95 trillion yuan, while imports increased 5.5 percent to 7.55 trillion yuan.\n\n"
             "In U.S. dollar terms, exports climbed 2.7 percent to 1.40 trillion dollars, while imports rose "
             "2.0 percent to 1.06 trillion dollars.")
    assert r["claims"]["6.1 percent"]["currency"] == "CNY"  # past "year on year" to its level
    assert r["errors"] == []


def test_a_change_after_an_amount_is_in_its_currency():
    r = read("In yuan terms, China's foreign trade reached 6.61 trillion yuan in January-February. "
             "Exports stood at 3.75 trillion yuan, up 10.3 percent.", "2024-03-07")
    assert r["claims"]["10.3 percent"]["currency"] == "CNY"


def test_expressed_in_euro_gives_the_changes_currency():
    r = read("Poland's exports in the first half of 2024 reached PLN 749.6 bn, down 3.6 pct y/y, the Central "
             "Statistical Office (GUS) said. Expressed in euro, exports amounted to EUR 173.5 bn and were 1.1 pct "
             "higher y/y.", "2024-08-13")
    assert r["claims"]["1.1 pct"]["currency"] == "EUR"
    assert r["errors"] == []


def test_credits_and_debits_are_exports_and_imports():
    r = read("International Trade in Goods and Services, Australia, June 2023\n"
             "Australian Bureau of Statistics\n\n"
             "The balance on goods and services was a surplus of A$11,027m in June 2023.\n"
             "Goods and services credits fell A$1,590m (3%) to A$55,460m.\n"
             "Goods and services debits fell A$816m (2%) to A$44,433m.", "2023-08-03")
    assert r["claims"]["A$55,460m"]["measure"] == "exports"
    assert r["claims"]["A$44,433m"]["measure"] == "imports"
    assert r["errors"] == []


def test_a_figure_first_reported_is_an_earlier_estimate_not_the_revised_one():
    r = read("Australia's trade surplus shrank to A$5.02 billion in March, from a downwardly revised A$6.41 "
             "billion in February, figures from the Australian Bureau of Statistics showed. The February figure "
             "was first reported at A$7.28 billion.", "2024-05-02")
    assert r["claims"]["A$7.28 billion"]["period"] == r["claims"]["A$6.41 billion"]["period"]
    assert r["errors"] == []


def test_a_conversion_in_brackets_is_at_the_rate_of_the_day():
    r = read("New Zealand's exports rose 8.1% from a year earlier to NZ$5.60 billion (US$3.28 billion) in "
             "October, Statistics New Zealand said.", "2024-11-21")
    assert r["errors"] == []
    fx = [f for f in r["findings"] if f["check"] == "duplicate" and "rate of the day" in f["message"]]
    assert fx and fx[0]["status"] == "consistent"


def test_a_bare_dollar_in_a_stats_nz_release_is_the_nz_dollar():
    r = read("Overseas merchandise trade: June 2023\nStats NZ — 27 July 2023\n\n"
             "Annual goods exports were $72.8 billion in the year ended June 2023, according to figures released "
             "by Stats NZ today.\n\n"
             "Annual goods imports were $81.9 billion in the year ended June 2023.\n\n"
             "Exports to China, our largest export destination, were $20.4 billion.", "2023-07-27")
    c = r["claims"]["$72.8 billion"]
    assert (c["currency"], c["reporter"], c["partner"]) == ("NZD", "NZL", "WLD")
    assert (r["claims"]["$20.4 billion"]["reporter"], r["claims"]["$20.4 billion"]["partner"]) == ("NZL", "CHN")


def test_a_dateline_city_before_a_dash_and_a_place_in_an_aside():
    r = read("Kiwifruit rebounds while logs earn less\n\nWELLINGTON — Kiwifruit exports rose $796 million (36 percent) to $3.0 billion in the year ended "
             "June 2024, Stats NZ figures show.\n\nBeef exports fell 3.5 percent to $3.9 billion.\n\nLog exports, which go mostly to China, slipped 2.1 percent to "
             "$2.9 billion. China took $2.5 billion of them, or 86 percent.", "2024-07-30")
    assert r["claims"]["$3.0 billion"]["reporter"] == "NZL"
    assert r["claims"]["$3.0 billion"]["partner"] == "WLD"
    assert r["claims"]["$3.0 billion"]["commodity"] == "kiwifruit"
    assert r["claims"]["$2.5 billion"]["commodity"] == "logs"
    assert r["errors"] == []


def test_other_accounts_of_the_balance_of_payments_are_not_the_trade_balance():
    text = ("Japan's current account surplus hit a record 25.34 trillion yen in fiscal 2023, about {m} times the "
            "9.22 trillion yen logged in the previous year, government data showed Monday.\n\n"
            "The primary income surplus rose to a record 35.53 trillion yen in the year through March.\n\n"
            "The goods trade balance showed a deficit of 3.55 trillion yen.\n\n"
            "The secondary income balance showed a deficit of 4.04 trillion yen.")
    r = read(text.format(m="2.7"), "2024-05-13")
    assert r["claims"]["25.34 trillion yen"]["scope"] == "current account"
    assert r["claims"]["35.53 trillion yen"]["scope"] == "primary income"
    assert r["claims"]["4.04 trillion yen"]["scope"] == "secondary income"
    assert r["claims"]["3.55 trillion yen"].get("scope") is None
    assert r["errors"] == []
    assert read(text.format(m="3.7"), "2024-05-13")["errors"]  # the current account is still checked


def test_exports_per_working_day_are_a_rate():
    r = read("South Korea's exports rose 6.2 percent in the first 20 days of June from a year earlier. "
             "Exports per working day, which reflect the number of business days, were up 2.5 percent.", "2024-06-21")
    assert r["claims"]["2.5 percent"]["per"] == "working day"
    assert r["errors"] == []


def test_export_orders_are_no_exports():
    r = read("Taiwan's export orders in May reached US$48.45 billion, up 3.1 percent from a year earlier.", "2024-06-20")
    assert r["claims"]["US$48.45 billion"]["measure"] == "other"


def test_the_cfa_franc_by_its_code():
    r = read("Côte d'Ivoire recorded a trade surplus of CFAF 653.8 billion in the first quarter of 2024.", "2024-06-18")
    assert r["claims"]["CFAF 653.8 billion"]["currency"] == "XOF"


def test_a_second_percent_sharing_one_verb_against_another_base():
    r = read("Nigeria's total trade stood at N22.60trn in Q1 2024, an increase of 3.2 percent over N21.90trn in "
             "Q4 2023 and 124.6 percent compared with N10.06trn in Q1 2023.", "2024-06-10")
    c = r["claims"]["124.6 percent"]
    assert (c["kind"], c["period"], c["base_period"]) == ("percent_change", "2024-Q1", "2023-Q1")
    assert r["errors"] == []


def test_a_change_after_an_adverb_of_manner():
    r = read("Ghana's cocoa exports fell 20 per cent in 2023. Earnings fell less steeply, by 9.5 per cent to "
             "US$1.71 billion from US$1.89 billion.", "2024-01-20")
    assert r["claims"]["9.5 per cent"]["kind"] == "percent_change"


def test_changes_named_then_given_after_at():
    r = read("In May 2024, the values of Hong Kong's total exports of goods and imports of goods both recorded "
             "increases over a year earlier, at 14.8% and 12.1% respectively.", "2024-06-26")
    assert r["claims"]["14.8%"]["measure"] == "exports"
    assert r["claims"]["12.1%"]["measure"] == "imports"
    assert r["claims"]["12.1%"]["commodity"] is None  # "imports of goods both recorded" is no product


def test_the_second_flow_of_one_verb_keeps_its_change():
    r = read("Romania's exports increased by 1.2% and imports by 3.0% in January-May 2024.", "2024-07-10")
    assert r["claims"]["3.0%"]["kind"] == "percent_change"
    assert r["claims"]["3.0%"]["measure"] == "imports"


def test_what_imports_cost_is_their_value():
    r = read("China's soybean imports rose in October. Imports cost $3.55 billion in October, customs data showed.",
             "2024-11-20")
    assert r["claims"]["$3.55 billion"]["measure"] == "imports"


def test_revenue_opening_a_sentence_on_exports_is_their_value():
    r = read("Brazil shipped a record 47.3 million bags of coffee abroad in 2023, exporters said. Coffee exports "
             "were worth more than ever. Revenue rose 28.6% to US$ 9.57 billion from US$ 7.44 billion, an average "
             "of US$ 202.33 per bag.", "2024-01-15")
    assert r["claims"]["US$ 9.57 billion"]["measure"] == "exports"
    assert r["claims"]["US$ 202.33"]["measure"] == "other"


def test_the_level_a_forecast_falls_from_happened():
    r = read("Australia's resources and energy export earnings are forecast to fall to A$415 billion in the "
             "2023/24 fiscal year from a record A$467 billion the previous year, the government said.", "2024-07-01")
    assert r["claims"]["A$467 billion"]["measure"] == "exports"
    assert r["claims"]["A$415 billion"]["measure"] == "other"
