"""Sentences of kinds met in the fourteenth round of passages (international institutions,
the Caucasus): what a figure is of - a source's name, a place opening a sentence, GDP, a
second office's mirror figures, a ranked partner - and how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_source_name_with_a_flow_word_does_not_make_exports_total_trade():
    r = read("Uganda: trade with the EAC\n\n"
             "KAMPALA, 20 May 2024 — According to the IMF's Direction of Trade Statistics (DOTS), Uganda's exports "
             "to the East African Community (EAC) rose to US$ 1,200.0 million in 2023 from US$ 1,000.0 million in 2022. "
             "Imports from the EAC were US$ 400.0 million, leaving a surplus of US$ 800.0 million.")
    assert r["claims"]["US$ 1,200.0 million"]["measure"] == "exports"
    assert r["claims"]["US$ 1,000.0 million"]["measure"] == "exports"
    assert r["errors"] == []


def test_a_place_after_an_opening_in_reports_the_figures():
    r = read("Trade in goods, first quarter\n\n"
             "PARIS, 20 May 2024 — Merchandise trade diverged across Asia in the first quarter, according to OECD data.\n\n"
             "In Japan, exports rose 2.0% to USD 183.6 billion, while imports fell to USD 170.0 billion. "
             "Japan's surplus thus reached USD 13.6 billion.")
    ex = r["claims"]["USD 183.6 billion"]
    assert (ex["reporter"], ex["partner"], ex["measure"]) == ("JPN", "WLD", "exports")
    assert r["errors"] == []


def test_in_a_place_with_the_comma_missing_is_no_opening():
    r = read("Korea's exports to Japan rose to $30.2 billion in 2023, and imports from Japan fell to $47.6 billion. "
             "Trade in Japan, analysts said, slowed.")
    assert r["claims"]["$30.2 billion"]["partner"] == "JPN"


def test_a_figure_after_of_gdp_of_is_gdp_not_exports():
    r = read("LAOS, 11 April 2024 — Laos's merchandise exports rose to US$ 8.4 billion in 2023, equivalent to "
             "60 percent of GDP of US$ 14.0 billion, ADB said. Exports to Thailand were US$ 3.5 billion, or 42 percent of the total.")
    assert r["claims"]["US$ 14.0 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_second_statistics_office_gives_another_source():
    r = read("Armenia-Georgia trade in 2023\n\n"
             "YEREVAN, April 3 – Armenia's trade with Georgia totalled $500.0 million in 2023, according to ArmStat data. "
             "Armenian exports to Georgia amounted to $150.0 million and imports from Georgia to $350.0 million.\n\n"
             "Geostat's figures differ: Georgia recorded exports to Armenia of $370.0 million and imports from Armenia "
             "of $160.0 million, a turnover of $530.0 million.", "2024-04-03")
    assert r["claims"]["$500.0 million"]["source"] == "ARM"
    assert r["claims"]["$530.0 million"]["source"] == "GEO"
    assert r["errors"] == []


def test_a_place_ranked_first_after_the_total_is_the_partner():
    r = read("TBILISI, January 19 (BM.GE) – Georgia's external merchandise trade turnover in 2023 amounted to "
             "$20.00 billion, Geostat said. Türkiye ranked first with $3.00 billion, or 15.0% of the total, followed by "
             "Russia with $2.00 billion (10.0%).", "2024-01-19")
    tr = r["claims"]["$3.00 billion"]
    assert (tr["reporter"], tr["partner"]) == ("GEO", "TUR")
    assert r["errors"] == []


def test_a_share_bracketed_with_a_ranked_place_figure_is_read_and_checked():
    text = ("TBILISI, October 21 (Geostat) – Georgia's external merchandise trade turnover in January-September 2024 "
            "amounted to $20.00 billion. Among the top trading partners, Türkiye ranked first with $3.00 billion, "
            "followed by Russia ($2.00 billion, {share}) and China ($1.50 billion, 7.5%).")
    r = read(text.format(share="10.0%"), "2024-10-21")
    share = r["claims"]["10.0%"]
    assert share["kind"] == "share" and share["partner"] == "RUS"
    assert r["errors"] == []
    assert read(text.format(share="12.0%"), "2024-10-21")["errors"]


def test_exports_from_a_place_in_a_text_that_names_no_reporter_are_its_own():
    r = read("G20 trade slows\n\n"
             "PARIS, 29 August 2024 — G20 merchandise trade grew moderately in the second quarter of 2024. "
             "G20 exports rose 0.6% quarter-on-quarter, while G20 imports rose 1.1%.\n\n"
             "The G20 as a whole thus recorded a deficit.\n\n"
             "Among the major economies, exports from India grew 3.5% and imports 1.2%.", "2024-08-29")
    c = r["claims"]["3.5%"]
    assert (c["reporter"], c["partner"], c["measure"]) == ("IND", "WLD", "exports")
