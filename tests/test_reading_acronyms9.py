"""Acronyms a text defines for its products, and products read past an aside (a ninth round
of passages, South-East Asian statistics offices and news agencies): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


NODX = ("Singapore's NODX rises 4.2% in March\n\n"
        "SINGAPORE - Singapore's non-oil domestic exports (NODX) rose 4.2 per cent year-on-year in March, "
        "official data showed on Wednesday.\n\n"
        "NODX came in at S$15.0 billion. Electronics NODX grew 5.0 per cent to S$3.5 billion, while "
        "non-electronic NODX rose 4.0 per cent to S$11.5 billion.\n\n"
        "Non-oil re-exports (NORX) increased 2.0 per cent to S$40.1 billion.")


def test_an_acronym_as_the_subject_names_the_product_it_was_defined_for():
    r = read(NODX)
    assert r["claims"]["S$15.0 billion"]["commodity"] == "non-oil domestic"
    assert r["claims"]["S$15.0 billion"]["measure"] == "exports"
    assert r["errors"] == []


def test_a_headline_acronym_is_read_by_the_definition_in_the_body():
    c = read(NODX)["claims"]["4.2%"]
    assert (c["measure"], c["commodity"]) == ("exports", "non-oil domestic")


def test_a_word_before_an_acronym_names_a_part_of_its_product():
    r = read(NODX)
    assert r["claims"]["S$11.5 billion"]["commodity"] not in (None, "non-oil domestic")
    assert r["claims"]["S$3.5 billion"]["commodity"] not in (None, "non-oil domestic")


def test_the_phrase_before_the_bracket_is_one_product_with_its_flow():
    c = read(NODX)["claims"]["S$40.1 billion"]
    assert (c["measure"], c["commodity"]) == ("exports", "non-oil re-exports")


GFT = ("PHNOM PENH - Cambodia exported garments, footwear and travel goods (GFT) worth US$4.50 billion in the "
       "first half of 2023, up 10.0 percent from US$4.09 billion a year earlier. The GFT sector accounted for "
       "40 percent of the Kingdom's total exports of US$11.25 billion. Garments alone brought in US$3.30 billion.")


def test_a_product_list_named_by_an_acronym_is_one_sector_not_its_first_item():
    r = read(GFT, "2023-07-10")
    assert r["claims"]["US$4.50 billion"]["commodity"] == "garments, footwear and travel goods"
    assert r["claims"]["40 percent"]["commodity"] == "garments, footwear and travel goods"
    assert r["claims"]["US$3.30 billion"]["commodity"] == "garments"
    assert r["errors"] == []


EE = ("KUALA LUMPUR - Malaysia's exports rose 5.0 per cent to RM125.0 billion in May 2024. Electrical and "
      "electronic (E&E) products, the country's main export, were worth RM50.0 billion, or {} per cent of total exports.")


def test_an_acronym_inside_a_product_name_does_not_cut_it():
    r = read(EE.format("40.0"), "2024-06-20")
    assert r["claims"]["RM50.0 billion"]["commodity"] == "electrical and electronic products"
    assert r["errors"] == []


def test_a_wrong_share_of_a_product_named_around_its_acronym_is_found():
    assert read(EE.format("30.0"), "2024-06-20")["errors"]


def test_a_capitalised_name_before_its_acronym_names_no_product():
    r = read("SEOUL - South Korea's exports rose 5.0 percent to $50.0 billion in March, the Ministry of Trade, "
             "Industry and Energy (MOTIE) said. Imports fell 2.0 percent to $45.0 billion, MOTIE said.")
    assert r["claims"]["$45.0 billion"]["commodity"] is None  # (no "energy" for MOTIE)


def test_a_product_before_an_aside_is_the_flows_product():
    r = read("JAKARTA - Indonesia's non-oil and gas exports in March 2024 reached US$20.00 billion, up from US$18.00 "
             "billion in February. Shipments of animal and vegetable fats and oils, mostly crude palm oil (CPO) and "
             "its derivatives, rose to US$2.20 billion from US$1.60 billion in February.")
    assert r["claims"]["US$1.60 billion"]["commodity"] == "animal and vegetable fats and oils"
    assert r["claims"]["US$2.20 billion"]["commodity"] == "animal and vegetable fats and oils"
    assert r["errors"] == []


def test_an_acronym_stands_for_its_product_in_another_flow_too():
    r = read("Vietnam's exports of textiles and garments (T&G) reached $3.0 billion in March, while T&G imports "
             "were $1.0 billion.")
    assert r["claims"]["$1.0 billion"]["commodity"] == "textiles and garments"
    assert r["claims"]["$1.0 billion"]["measure"] == "imports"


def test_the_acronyms_bracket_does_not_cut_the_product_before_it():
    r = read("Malaysia's exports of crude palm oil (CPO) rose 10 percent to $2.0 billion in March.")
    assert r["claims"]["$2.0 billion"]["commodity"] == "crude palm oil"
