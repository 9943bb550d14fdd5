"""Trade-preference reports (GSP, EBA, AGOA-style schemes, duty-free schemes for the least
developed countries): trade under a scheme or eligible for it is a part of the flow, not the
flow; a beneficiary's figure whose partner the words leave to be guessed is unverifiable;
duty bills and aid are no trade flows. Texts written for these tests."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


UNDER = ("TOKYO - Japan's imports from developing countries came to $310.0 billion in 2023, customs data show. "
         "Imports under the GSP were $21.0 billion, up 5 percent from $20.0 billion in 2022.")


def test_imports_under_a_scheme_are_a_part_not_the_whole_flow():
    r = read(UNDER)
    assert r["claims"]["$21.0 billion"]["scope"] == "preferential"
    assert "scope" not in r["claims"]["$310.0 billion"]
    assert r["errors"] == []


def test_a_change_of_scheme_trade_keeps_its_scope_and_a_wrong_base_is_caught():
    r = read(UNDER)
    assert r["claims"]["5 percent"]["scope"] == r["claims"]["$20.0 billion"]["scope"] == "preferential"
    assert read(UNDER.replace("$20.0 billion", "$17.0 billion"))["errors"]


FACTSHEET = ("Norway's scheme for developing countries: 2023 in figures\n\n"
             "- Imports eligible for GSP preferences: NOK 14.0 billion\n"
             "- Imports that entered claiming a GSP preference: NOK 11.2 billion\n"
             "- Utilisation rate: 80%\n")


def test_eligible_and_preferential_imports_are_two_parts_not_one_figure():
    r = read(FACTSHEET)
    assert r["claims"]["NOK 14.0 billion"]["scope"] == "eligible"
    assert r["claims"]["NOK 11.2 billion"]["scope"] == "preferential"
    assert r["errors"] == []


def test_a_figure_the_words_after_it_say_is_eligible():
    r = read("In 2023 Canada imported C$6.0 billion from the least developed countries. "
             "Of this, C$4.1 billion was eligible for LDCT preferences and C$3.5 billion entered under them.")
    assert r["claims"]["C$4.1 billion"]["scope"] == "eligible"
    assert r["errors"] == []


TIERS = ("The UK's imports under the DCTS reached £8.0 billion in 2023. "
         "Enhanced-tier countries accounted for £1.5 billion of preferential imports, about a fifth of the total.")


def test_some_beneficiaries_figure_is_no_restatement_of_the_schemes_total():
    r = read(TIERS)
    assert r["claims"]["£8.0 billion"]["scope"] == "preferential"
    assert r["errors"] == []


DFQF = ("SEOUL - Imports from least developed countries under Korea's duty-free scheme were worth $2.0 billion "
        "in 2023, a quarter of total imports of $8.0 billion from the group. "
        "Imports under the scheme rose 25 percent from $1.6 billion in 2022.")


def test_scheme_trade_carried_from_before_is_with_the_beneficiaries_named_first():
    r = read(DFQF)
    first, later = r["claims"]["$2.0 billion"], r["claims"]["$1.6 billion"]
    assert (later["partner"], later.get("partner_group")) == (first["partner"], first.get("partner_group"))
    assert r["errors"] == []
    assert read(DFQF.replace("$1.6 billion", "$1.2 billion"))["errors"]


def test_a_duty_bill_is_no_trade_flow():
    r = read("DHAKA - Bangladesh shipped goods worth €20.0 billion to the European Union in 2023, almost all of it "
             "duty-free. Without the preference, the full MFN rate would mean an annual duty bill of about €2.3 billion.")
    assert r["claims"]["€2.3 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_partners_part_of_a_product_named_before_is_of_that_product():
    r = read("Apparel imports under the program were $1.0 billion in 2023. Imports from Ethiopia were $600 million. "
             "Ethiopia supplied $300 million of the apparel, Madagascar $200 million and Haiti $150 million.")
    assert r["claims"]["$300 million"]["commodity"] == "apparel"
    assert r["errors"] == []


def test_aid_for_trade_is_no_trade_flow():
    r = read("Aid-for-trade disbursements reached US$40.0 billion in 2021, of which economic infrastructure "
             "took US$20.0 billion.")
    assert r["claims"]["US$40.0 billion"]["measure"] == "other"
