"""Sentences of kinds met in an eleventh round of passages (East Asian releases and wires,
drafts with headings): pairs read from headings and headlines, a partner named later, a
place's local name, a ranked group as the partner."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-22") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(c: dict) -> tuple:
    return c["reporter"], c["partner"]


def test_a_heading_pair_with_an_abbreviated_country_reports_for_the_first():
    r = read("**NZ–Australia monthly | June 2024**\n\nExports to Australia: NZ$1,210m (+4.0% y/y)\n"
             "Imports from Australia: NZ$1,050m\nBalance: +NZ$160m\n")
    assert pair(r["claims"]["NZ$1,210m"]) == ("NZL", "AUS")
    assert pair(r["claims"]["+NZ$160m"]) == ("NZL", "AUS")
    assert r["errors"] == []


def test_a_heading_in_capitals_names_its_pair_and_the_first_reports():
    r = read("BRAZIL–CHILE TRADE SNAPSHOT | 2023\n\nExports: $12.4bn (+3.0%)\nImports: $8.1bn\n"
             "Total trade: $20.5bn\nTrade surplus: $4.3bn\n", "2024-02-10")
    assert pair(r["claims"]["$12.4bn"]) == ("BRA", "CHL")
    assert pair(r["claims"]["$4.3bn"]) == ("BRA", "CHL")
    assert r["errors"] == []


KOREA = ("Korea logs trade surplus in May, chip exports jump 54%\n\n"
         "SEOUL, June 1 (Yonhap) -- South Korea posted a trade surplus of $4.96 billion in May. "
         "Exports rose 11.7 percent from a year earlier to $58.15 billion, while imports fell 2.0 percent to $53.19 billion.\n\n"
         "Exports to China grew 7.6 percent to $11.38 billion.")


def test_figures_before_the_first_partner_named_are_with_the_world():
    r = read(KOREA, "2024-06-01")
    assert pair(r["claims"]["$58.15 billion"]) == ("KOR", "WLD")
    assert pair(r["claims"]["$4.96 billion"]) == ("KOR", "WLD")
    assert pair(r["claims"]["$11.38 billion"]) == ("KOR", "CHN")
    assert r["errors"] == []


def test_logs_after_a_name_is_the_headline_verb_not_a_product():
    r = read(KOREA, "2024-06-01")
    assert r["claims"]["$4.96 billion"]["commodity"] is None
    assert r["claims"]["54%"]["commodity"] != "logs"


def test_the_mainland_in_a_hong_kong_text_is_china():
    r = read("Hong Kong's total exports fell 2.0% in 2023 to HK$4,000.0 billion.\n\n"
             "Exports to the mainland amounted to HK$2,200.0 billion, or 55.0% of the total.", "2024-01-25")
    assert pair(r["claims"]["HK$2,200.0 billion"]) == ("HKG", "CHN")
    assert r["errors"] == []


def test_the_mainland_elsewhere_is_no_country():
    r = read("Spain's exports rose 3.0% in 2023 to €383.7 billion, official figures showed. "
             "Shipments from the islands to the mainland reached €5.2 billion.", "2024-02-20")
    assert r["claims"]["€5.2 billion"]["partner"] != "CHN"


RANKED = ("Japan's total trade reached ¥20.0 trillion in January, the Finance Ministry said.\n\n"
          "ASEAN remained Japan's largest trading partner in January, with trade totaling ¥3.0 trillion, up 2.0 percent "
          "and accounting for {share} percent of the country's total trade. The European Union came second with "
          "¥2.0 trillion, or 10.0 percent of the total.")


def test_a_ranked_group_is_the_partner_of_its_figures_and_the_next_ranked_place_too():
    r = read(RANKED.format(share="15.0"), "2024-02-20")
    assert r["claims"]["¥3.0 trillion"]["partner_group"] == "ASEAN"
    assert r["claims"]["15.0 percent"]["partner_group"] == "ASEAN"
    assert pair(r["claims"]["¥2.0 trillion"]) == ("JPN", "EUU")
    assert r["errors"] == []


def test_a_wrong_share_of_a_ranked_group_is_found():
    r = read(RANKED.format(share="18.0"), "2024-02-20")
    assert r["errors"]


def test_one_countrys_own_currency_names_the_reporter_where_no_reporter_is_named():
    r = read("**China monthly | March 2024**\n\nExports to China: NZ$1,512m (+8.2% y/y)\n"
             "Imports from China: NZ$1,106m (-4.1% y/y)\nBalance: +NZ$406m\n", "2024-04-22")
    assert pair(r["claims"]["NZ$1,512m"]) == ("NZL", "CHN")
    assert pair(r["claims"]["+NZ$406m"]) == ("NZL", "CHN")
    assert r["errors"] == []
