"""Which whole a share "of the total" takes, and places named "together" as one partner (a
forty-fourth round of passages: trade news on chemicals, minerals and clean technology)."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


LISTED = ("Kenya's non-fuel imports amounted to $30.0 billion in 2023, the statistics office said.\n\n"
          "Machinery was the largest group, at $9.0 billion, accounting for 30.0% of non-fuel imports. "
          "Vehicles came second with $6.0 billion, or 20.0% of the total.\n\n"
          "Imports as a whole came to $80.0 billion in 2023, as the fuel bill rose.")


def test_the_total_in_a_list_of_shares_is_the_whole_the_list_named():
    """"Vehicles came second with $6.0 billion, or 20.0% of the total" after "30.0% of non-fuel
    imports": of the non-fuel imports, not of the later all-goods figure."""
    r = read(LISTED)
    assert r["errors"] == []


def test_a_changed_share_of_the_list_whole_is_flagged():
    """$6.0bn of $30.0bn is 20%, not 25%."""
    assert read(LISTED.replace("or 20.0%", "or 25.0%"))["errors"]


BUYER = ("Japan's exports of machine tools came to $12.0 billion in 2023, the industry association said.\n\n"
         "The United States, the largest buyer, took $3.0 billion worth of the products, accounting for "
         "25.0 percent of the total.\n\n"
         "Japan's overall exports fell 4.0 percent to $700.0 billion in 2023.")


def test_worth_of_the_products_points_back_to_the_product_the_text_leads_on():
    """"took $3.0 billion worth of the products, accounting for 25.0 percent of the total": the
    machine tools, and the share of their total."""
    r = read(BUYER)
    assert r["claims"]["$3.0 billion"]["commodity"] == r["claims"]["$12.0 billion"]["commodity"]
    assert r["claims"]["$3.0 billion"]["partner"] == "USA"
    assert r["errors"] == []


def test_a_changed_share_of_the_products_is_flagged():
    """$3.0bn of $12.0bn is 25%, not 35%."""
    assert read(BUYER.replace("25.0 percent", "35.0 percent"))["errors"]


SHARE_FIRST = ("Peru's exports of copper ore totalled US$8.0 billion in January-June, central bank data showed.\n\n"
               "China remained the largest buyer, taking 60% of the total, or US$4.8 billion. "
               "Japan followed with US$1.1 billion.")


def test_a_partner_share_of_the_total_restated_as_money_is_of_the_lead_product():
    """"taking 60% of the total, or US$4.8 billion": the share first, then its money, both of
    the copper ore the text leads on."""
    r = read(SHARE_FIRST, "2023-08-01")
    share = r["claims"]["60%"]
    assert share["commodity"] == r["claims"]["US$8.0 billion"]["commodity"] and share["partner"] == "CHN"
    assert r["errors"] == []


def test_a_changed_money_after_a_share_first_is_flagged():
    """60% of $8.0bn is $4.8bn, not $5.4bn."""
    assert read(SHARE_FIRST.replace("US$4.8 billion", "US$5.4 billion"), "2023-08-01")["errors"]


TOGETHER = ("India's exports of smartphones reached $15.0 billion in 2023, up 40.0% from the year before.\n\n"
            "The UAE and the Netherlands together accounted for $4.5 billion, or 30.0% of the total.")


def test_two_places_together_are_one_partner_of_the_exporter():
    """"The UAE and the Netherlands together accounted for $4.5 billion, or 30.0% of the total":
    India's exports to the two, no trade between them."""
    c = read(TOGETHER)["claims"]["$4.5 billion"]
    assert c["reporter"] == "IND" and c["attribution"]["pair"] == "places-together"
    assert c["commodity"] == read(TOGETHER)["claims"]["$15.0 billion"]["commodity"]


def test_a_changed_share_of_places_together_is_flagged():
    """$4.5bn of $15.0bn is 30%, not 40%."""
    assert read(TOGETHER.replace("or 30.0%", "or 40.0%"))["errors"]


def test_a_place_in_a_cause_opened_by_amid_is_no_partner():
    """"fell 8.0 percent in 2023 amid weak demand from the Philippines": the cause's place,
    the flow still with the world."""
    c = read("Vietnam's rice exports fell 8.0 percent in 2023 amid weak demand from the Philippines, "
             "customs data showed.")["claims"]["8.0 percent"]
    assert (c["reporter"], c["partner"]) == ("VNM", "WLD")


def test_petrochemical_as_an_adjective_names_the_product():
    """"Thailand's petrochemical exports": petrochemicals, the product, not all exports."""
    c = read("Thailand's petrochemical exports fell 6.0 percent to $20.0 billion in 2023.")["claims"]["$20.0 billion"]
    assert c["commodity"] == "petrochemicals"


def test_the_hs_section_title_of_chemicals_names_chemicals():
    """"Products of the chemical industries were the largest group, at $5.0 billion": the HS
    section of chemicals, so its share of the whole named after it is checked."""
    text = ("Oman's non-oil exports reached $20.0 billion in 2023. Products of the chemical industries were the "
            "largest group, at $5.0 billion, accounting for 25.0% of non-oil exports.")
    r = read(text)
    assert r["claims"]["$5.0 billion"]["commodity"] == "chemicals" and r["errors"] == []
    assert read(text.replace("25.0%", "30.0%"))["errors"]
