"""Counts of goods as traded quantities (aircraft delivered, vehicles shipped; a round of
passages on aerospace and clean technology): counts are quantities, no claims, checked by
their words; and the money and sales beside them that are no trade."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


DELIVERIES = ("Exports of the country rose 6% to $12.4bn in 2023.\n\n"
              "The planemaker delivered 412 commercial aircraft in 2023, 6% more than the {old} it handed over "
              "a year earlier. Its backlog grew to $310 billion.")


def test_a_change_of_a_count_of_aircraft_is_the_count_s_and_checked_against_its_levels():
    """"delivered 412 commercial aircraft in 2023, 6% more than the 389": the change is the count's, no trade."""
    r = read(DELIVERIES.format(old="389"))
    assert "6%" not in r["claims"] or r["claims"]["6%"]["measure"] != "trade_total"
    assert r["errors"] == []
    assert any("412 aircraft" in e for e in read(DELIVERIES.format(old="359"))["errors"])


def test_an_order_backlog_is_no_trade_flow():
    """"Its backlog grew to $310 billion": the maker's orders, measure other."""
    assert read(DELIVERIES.format(old="389"))["claims"]["$310 billion"]["measure"] == "other"


FLEET = ("Brazil's exports of aircraft reached $5.0 billion in 2023, up 25% from $4.0 billion in 2022.\n\n"
         "The maker delivered 180 aircraft in 2023. The total comprised {a} commercial jets, 103 executive jets "
         "and 4 military C-295 transports.")


def test_parts_of_a_count_of_aircraft_by_their_kinds_may_not_exceed_it():
    """"delivered 180 aircraft ... comprised 74 commercial jets, 103 executive jets": parts of the count."""
    assert read(FLEET.format(a="74"))["errors"] == []
    assert any("exceed" in e for e in read(FLEET.format(a="96"))["errors"])


def test_a_model_number_is_no_count():
    """"30 KC-390 jets and 10 Boeing 737 planes": 390 and 737 name models, no parts of the 40."""
    text = ("Exports rose 5% to $3bn in 2023, from $2.86bn in 2022.\n\n"
            "The air force received 40 aircraft in 2023. The total comprised 30 KC-390 jets and 10 Boeing 737 planes.")
    assert read(text)["errors"] == []


NEV = ("Carmakers exported 2.10 million new energy vehicles in January-June, up 40.0% from 1.50 million a year earlier.\n\n"
       "Battery electric vehicles made up 1.45 million units, while plug-in hybrids accounted for {b} million.\n\n"
       "Exports of all vehicles were worth $40bn. Domestic SUV sales rose 8.0% to 3.2 million.")


def test_parts_of_a_count_of_new_energy_vehicles_may_not_exceed_it():
    """"exported 2.10 million new energy vehicles ... made up 1.45 million units ... 0.65 million": parts of the count."""
    assert read(NEV.format(b="0.65"))["errors"] == []
    assert any("exceed" in e for e in read(NEV.format(b="0.85"))["errors"])


def test_domestic_sales_of_a_product_are_home_sales_not_exports():
    """"Domestic SUV sales rose 8.0%": sales at home, measure other, no export change."""
    assert read(NEV.format(b="0.65"))["claims"]["8.0%"]["measure"] == "other"
