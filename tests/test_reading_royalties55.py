"""Services trade worded as receipts and payments (round 55): in balance-of-payments prose a
country's receipts for the use of intellectual property are its exports of that service and
its payments its imports; a bare "Payments" or "Receipts" opening the sentence after such a
flow is the other side of the same account, so the two add up to the surplus or deficit."""
from readings import errors, claim


IP = ("Korea's receipts for the use of intellectual property grew to $9.0bn in 2023. "
      "Payments came to $12.0bn, leaving a deficit of ${gap}bn.")


def test_ip_receipts_are_exports_of_that_service():
    text = IP.format(gap="3.0")
    c = claim(text, "$9.0bn")
    assert (c["measure"], c["commodity"]) == ("exports", "intellectual property services")


def test_bare_payments_in_the_next_sentence_are_that_services_imports():
    text = IP.format(gap="3.0")
    c = claim(text, "$12.0bn")
    assert (c["measure"], c["commodity"]) == ("imports", "intellectual property services")
    assert errors(text) == []


def test_a_wrong_gap_between_receipts_and_payments_is_caught():
    assert errors(IP.format(gap="4.0"))


def test_ip_payments_change_is_checked():
    text = ("In 2023 Brazil's payments for the use of intellectual property rose 30% to $6.5bn "
            "from $5.0bn.")
    assert claim(text, "30%")["measure"] == "imports"
    assert errors(text) == []
    assert errors(text.replace("30%", "40%"))


def test_receipts_after_a_net_outflow_keep_their_sign():
    text = ("Chile's payments for the use of intellectual property reached $2.0bn in 2023. "
            "Receipts were small at $0.5bn, so the net outflow on the account was $1.5bn.")
    c = claim(text, "$0.5bn")
    assert (c["measure"], c["value"]) == ("exports", 0.5e9)
    assert errors(text) == []


def test_debt_payments_are_no_trade():
    text = ("Peru's receipts for the use of intellectual property were $0.3bn in 2023. "
            "Debt payments came to $4.0bn.")
    assert claim(text, "$4.0bn")["commodity"] != "intellectual property services"
