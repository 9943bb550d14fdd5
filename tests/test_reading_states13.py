"""Sentences of kinds met in the thirteenth round of passages (North American releases and
press): US states and Canadian provinces as reporters, lists that name their verb once, and
the Canadian dollar printed as a bare "$"."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-12") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def side(c: dict) -> tuple:
    return (c.get("reporter") or c.get("reporter_unit"), c.get("partner") or c.get("partner_unit"))


CALIFORNIA = ("LOS ANGELES — California's merchandise exports totaled $179.4 billion in 2023, a 2.6% decline "
              "from $184.2 billion a year earlier.\n\n")


def test_a_us_state_as_the_subject_reports_under_its_own_code():
    r = read("AUSTIN — Texas exported $443.1 billion worth of goods in 2023, down 1.3% from $448.9 billion in 2022.",
             "2024-02-15")
    c = r["claims"]["$443.1 billion"]
    assert (c["reporter"], c["reporter_unit"], c["partner"], c["measure"]) == (None, "US-TX", "WLD", "exports")


def test_a_buyer_of_a_states_goods_is_its_partner_and_the_share_is_checked():
    text = ("AUSTIN — Texas exported $443.1 billion worth of goods in 2023.\n\n"
            "Mexico, the state's largest market, bought $136.0 billion of Texas goods, or {}% of the total.")
    good, bad = read(text.format("30.7"), "2024-02-15"), read(text.format("33.7"), "2024-02-15")
    c = good["claims"]["$136.0 billion"]
    assert (side(c), c["measure"]) == (("US-TX", "MEX"), "exports")
    assert good["errors"] == [] and bad["errors"]


def test_a_list_naming_the_buy_verb_once_gives_each_place_as_a_partner():
    r = read(CALIFORNIA + "Mexico bought $29.3 billion of California goods, Canada $20.6 billion and "
                          "China $16.9 billion — together 37.2% of the state's shipments.")
    for figure, partner in (("$29.3 billion", "MEX"), ("$20.6 billion", "CAN"), ("$16.9 billion", "CHN")):
        c = r["claims"][figure]
        assert (side(c), c["measure"]) == (("US-CA", partner), "exports"), figure
    assert r["errors"] == []


def test_a_state_that_only_locates_a_place_is_no_side():
    r = read("DES MOINES, Iowa — U.S. farm exports to China totaled $29.0 billion through November.", "2024-01-15")
    assert side(r["claims"]["$29.0 billion"]) == ("USA", "CHN")
    r = read("U.S. trade with Mexico reached $567.81 billion in 2019. The top ports were Laredo ($210.57 billion) "
             "and Otay Mesa in California ($44.39 billion).", "2020-01-07")
    assert side(r["claims"]["$44.39 billion"]) == ("USA", "MEX")


ONTARIO = ("TORONTO — Ontario shipped $229.6 billion in goods to the U.S. last year, the province said Monday, "
           "while it imported $206.1 billion worth from its southern neighbour, leaving it with a surplus of $23.5 billion.\n\n")


def test_a_province_shipping_goods_to_a_partner_reports_its_exports():
    c = read(ONTARIO, "2025-02-10")["claims"]["$229.6 billion"]
    assert (side(c), c["measure"]) == (("CA-ON", "USA"), "exports")


def test_a_whole_naming_its_partner_and_a_product_with_no_flow_word():
    r = read(ONTARIO + "Alberta, whose crude shipments make up nearly 80 per cent of its $151.2 billion in exports "
                       "to the U.S., ran a far bigger surplus of $129.8 billion, because it buys only about "
                       "$21.4 billion of American goods. Crude alone brought in $120.9 billion.", "2025-02-10")
    whole, crude = r["claims"]["$151.2 billion"], r["claims"]["$120.9 billion"]
    assert (side(whole), whole["measure"], whole["commodity"]) == (("CA-AB", "USA"), "exports", None)
    assert (crude["measure"], crude["commodity"]) == ("exports", "crude")
    assert r["errors"] == []


def test_the_canadian_dollar_in_a_toronto_story_and_in_the_daily():
    assert read(ONTARIO, "2025-02-10")["claims"]["$229.6 billion"]["currency"] == "CAD"
    r = read("The Daily — Canadian international merchandise trade, June 2024\n\n"
             "Canada's merchandise trade deficit with the world narrowed from $2.3 billion in May to $0.6 billion in June.",
             "2024-08-07")
    assert r["claims"]["$0.6 billion"]["currency"] == "CAD"


def test_a_bare_dollar_stays_american_where_the_text_marks_the_canadian_one():
    r = read("OTTAWA — Canada's exports to the United States rose to C$48.9 billion ($36.1 billion) in June.", "2024-08-07")
    assert r["claims"]["$36.1 billion"]["currency"] == "USD"


def test_a_peso_dollar_sign_is_not_read_from_a_dateline():
    r = read("PUERTO VALLARTA, January 7, 2020 - Mexico remains the biggest trading partner of the United States, "
             "with $567.81 billion through November.", "2020-01-07")
    assert r["claims"]["$567.81 billion"]["currency"] == "USD"


def test_a_second_buyer_with_its_own_verb_stands_where_the_first_stood():
    r = read("Mexico, now the top market for U.S. agriculture, took $28.1 billion over the 11 months, "
             "while Canada took $26.3 billion.", "2024-01-15")
    first, second = r["claims"]["$28.1 billion"], r["claims"]["$26.3 billion"]
    assert (side(second), second["measure"]) == (("CAN", side(first)[1]), first["measure"])
