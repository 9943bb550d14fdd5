"""Sentences of round 17's rankings of sub-national regions (Brazilian and Indian states,
Canadian provinces, Mexican states, German Länder): a state or province reports its own
figures, and a share of it is of its country's flow only where the text says so."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def side(c: dict, which: str) -> str | None:
    return c.get(f"{which}_unit") or c.get(which)


BRAZIL = ("BRASÍLIA - Brazil's exports reached US$ 300.0 billion in 2023, while imports totalled "
          "US$ 220.0 billion, according to the ministry. ")


def test_a_state_ranked_under_its_country_reports_its_own_sales():
    r = read(BRAZIL + "Minas Gerais was the second exporting state, with sales abroad of US$ 45.0 billion, "
                      "representing 15.0% of the national total.")
    c = r["claims"]["US$ 45.0 billion"]
    assert (side(c, "reporter"), side(c, "partner"), c["measure"]) == ("BR-MG", "WLD", "exports")
    assert side(r["claims"]["15.0%"], "reporter") == "BR-MG"
    assert r["errors"] == []


def test_a_states_share_of_the_national_total_is_checked_against_the_country():
    r = read(BRAZIL + "Minas Gerais was the second exporting state, with sales abroad of US$ 45.0 billion, "
                      "representing 18.0% of the national total.")
    assert r["errors"]


def test_a_state_that_shipped_a_product_sells_it_and_a_share_of_the_states_exports_is_its_own():
    text = (BRAZIL + "Mato Grosso's exports reached US$ 40.0 billion. Mato Grosso shipped 30.0 million tonnes of "
            "soybeans worth US$ 20.0 billion, which made up {}% of the state's exports.")
    r = read(text.format("50.0"))
    c = r["claims"]["US$ 20.0 billion"]
    assert (side(c, "reporter"), side(c, "partner"), c["measure"]) == ("BR-MT", "WLD", "exports")
    assert r["errors"] == []
    assert read(text.format("60.0"))["errors"]


def test_the_state_after_a_state_is_named_is_that_state_not_a_product():
    r = read("NEW DELHI: Tamil Nadu accounted for 10.0% of India's merchandise exports in 2023-24. "
             "The state shipped goods worth $40.0 billion out of India's total exports of $400.0 billion.",
             "2024-05-20")
    c = r["claims"]["$40.0 billion"]
    assert (side(c, "reporter"), side(c, "partner")) == ("IN-TN", "WLD")
    assert not c["commodity"]
    share = r["claims"]["10.0%"]
    assert (side(share, "reporter"), side(share, "partner")) == ("IN-TN", "WLD")
    assert r["errors"] == []


def test_the_states_share_in_its_countrys_total_is_of_the_countrys_flow():
    text = ("LUCKNOW: Uttar Pradesh's merchandise exports rose 5.0% to Rs 1,50,000 crore in 2023-24. "
            "The state's share in India's total merchandise exports of Rs 30 lakh crore stood at {}%.")
    r = read(text.format("5.0"), "2024-05-20")
    shares = [c for c in r["claims"].values() if c["kind"] == "share"]
    assert [side(c, "reporter") for c in shares] == ["IN-UP"]
    assert r["errors"] == []
    assert read(text.format("6.0"), "2024-05-20")["errors"]


def test_a_foreign_country_as_a_provinces_destination_is_its_partner():
    r = read("OTTAWA - Ontario's merchandise exports rose to $200.0 billion in 2023. Quebec exported $100.0 billion. "
             "The United States remained Ontario's main destination, taking $150.0 billion, or 75.0% of the "
             "province's exports.")
    c = r["claims"]["$150.0 billion"]
    assert (side(c, "reporter"), side(c, "partner")) == ("CA-ON", "USA")
    assert r["errors"] == []


def test_a_provinces_share_of_national_exports_is_the_provinces():
    r = read("OTTAWA - Canada's total exports were $770.0 billion in 2023. Alberta's exports fell to $165.0 billion. "
             "Alberta's share of national exports was 21.4%.")
    c = r["claims"]["21.4%"]
    assert side(c, "reporter") == "CA-AB"
    assert r["errors"] == []


def test_a_states_own_country_named_in_the_title_is_no_partner():
    r = read("Chihuahua remains Mexico's top exporting state\n\nMEXICO CITY - Chihuahua's exports reached "
             "US$ 70,000.0 million in 2023, up 5.0% from US$ 66,666.7 million in 2022.")
    c = r["claims"]["US$ 70,000.0 million"]
    assert (side(c, "reporter"), side(c, "partner")) == ("MX-CHH", "WLD")
    assert r["errors"] == []


def test_a_lands_adjective_names_the_land():
    r = read("WIESBADEN - Bavaria ranked second with exports of 220.0 billion euros. Bavarian exports rose by "
             "10.0% compared with 2022, when they had amounted to 200.0 billion euros.")
    c = r["claims"]["200.0 billion euros"]
    assert side(c, "reporter") == "DE-BY"
    assert r["errors"] == []


def test_the_state_in_a_text_that_names_no_state_stays_unread():
    r = read("NEW DELHI: India's exports rose 3.0% to $400.0 billion in 2023-24. The state-run trading firm "
             "shipped goods worth $2.0 billion.", "2024-05-20")
    assert side(r["claims"]["$400.0 billion"], "reporter") == "IND"
    assert r["errors"] == []


def test_a_provinces_share_of_the_national_total_makes_the_total_the_countrys():
    r = read("GUANGZHOU, Jan 18 (Xinhua) -- The total import and export value of south China's Guangdong Province "
             "reached 8.0 trillion yuan in 2023. The province's foreign trade accounted for 20.0 percent of the "
             "national total of 40.0 trillion yuan.", "2024-01-18")
    total = r["claims"]["40.0 trillion yuan"]
    assert (side(total, "reporter"), side(total, "partner")) == ("CHN", "WLD")
    assert side(r["claims"]["8.0 trillion yuan"], "reporter") == "CN-GD"
    assert r["errors"] == []
