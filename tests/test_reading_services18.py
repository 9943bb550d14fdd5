"""Sentences of kinds met in the eighteenth round of passages (services beside goods, central
banks' balance-of-payments reports, emerging-market press): kinds of services and subtotals
read as parts, not as the whole flow."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


KIND = ("Indonesia's computer services exports stood at US$ 52.0 billion in 2023, up 4.0 per cent from "
        "US$ 50.0 billion in 2022. Of the total, software made up US$ 39.0 billion, or 75.0 per cent. "
        "Computer exports accounted for 40.0 per cent of total services exports of US$ 130.0 billion.")


def test_a_named_kind_of_services_is_a_part_of_services():
    r = read(KIND)
    assert r["claims"]["US$ 52.0 billion"]["commodity"] == "computer services"
    assert r["claims"]["US$ 130.0 billion"]["commodity"] == "services"
    assert r["errors"] == []


def test_a_share_after_of_the_total_is_of_the_figure_given_before():
    r = read(KIND.replace("75.0 per cent", "65.0 per cent"))
    assert any("65.0 per cent" in e for e in r["errors"])


EDUCATION = ("Education exports were worth NZ$3.6 billion in 2023, up 20.0 per cent from NZ$3.0 billion in 2022. "
             "That made education the largest services export, accounting for 18.0 per cent of total services "
             "exports of NZ$20.0 billion.")


def test_exports_worth_a_figure_keep_their_product():
    r = read(EDUCATION)
    assert r["claims"]["NZ$3.6 billion"]["commodity"] == "education"
    assert r["errors"] == []


def test_a_share_in_a_participle_clause_is_of_the_product_the_sentence_names():
    r = read(EDUCATION.replace("NZ$20.0 billion", "NZ$24.0 billion"))
    assert any("18.0 per cent" in e for e in r["errors"])


def test_the_product_after_of_which_does_not_spread_to_the_next_clause():
    r = read("Canada's exports to Japan were C$30.0 billion in 2023, of which services accounted for C$8.0 billion, "
             "while imports from Japan stood at C$21.0 billion. That gave Canada a surplus of C$9.0 billion with Japan.")
    assert r["claims"]["C$21.0 billion"]["commodity"] is None
    assert r["errors"] == []


SERVICE_FLOWS = ("Korea's deficit in digital services widened to 4.0 trillion won in 2023. Payments for digital "
                 "services reached 7.0 trillion won, while receipts were 3.0 trillion won. Inbound tourism brought "
                 "travel receipts of 6.0 trillion won against travel payments of 2.5 trillion won, producing a travel "
                 "surplus of 3.5 trillion won.")


def test_receipts_and_payments_of_a_service_are_its_exports_and_imports():
    r = read(SERVICE_FLOWS)
    c = r["claims"]
    assert (c["7.0 trillion won"]["measure"], c["7.0 trillion won"]["commodity"]) == ("imports", "digital services")
    assert (c["3.0 trillion won"]["measure"], c["3.0 trillion won"]["commodity"]) == ("exports", "digital services")
    assert (c["6.0 trillion won"]["measure"], c["6.0 trillion won"]["commodity"]) == ("exports", "travel services")
    assert (c["3.5 trillion won"]["measure"], c["3.5 trillion won"]["commodity"]) == ("balance", "travel services")
    assert r["errors"] == []


def test_a_named_service_balance_is_checked_against_its_own_flows():
    r = read(SERVICE_FLOWS.replace("3.5 trillion won", "4.5 trillion won"))
    assert r["errors"]


def test_earnings_from_tourism_estimated_at_a_figure_are_not_merchandise():
    r = read("Earnings from merchandise exports rose 5.0 per cent to US$ 1,050 million in March 2024. "
             "Earnings from tourism were estimated at US$ 700 million during the first three months of the year.",
             "2024-04-28")
    assert r["claims"]["US$ 700 million"]["commodity"] == "tourism"
    assert r["errors"] == []


def test_items_led_by_after_a_subtotal_are_its_parts():
    r = read("Chile's exports reached US$ 80.0 billion in January-October. Mining exports totalled US$ 50.0 billion, "
             "or 62.5% of the total, led by copper at US$ 40.0 billion and lithium at US$ 8.0 billion.",
             "2024-11-10")
    assert r["errors"] == []
