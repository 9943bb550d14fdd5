"""Sentences of central banks' balance-of-payments reports (round 18): the current account's
sub-accounts are series of their own, a deficit on a stated basis keeps its sign, figures on
a customs basis and on a balance-of-payments basis are two series."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-10-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


LEAD = "Jordan posted a current account surplus of $4.20 billion in June, the central bank said. "


def test_an_account_named_as_the_subject_of_its_balance_is_that_account():
    r = read(LEAD + "The goods account surplus came to $3.10 billion, with exports of $40.50 billion and imports "
             "of $37.40 billion. The services account logged a deficit of $1.20 billion, while the primary "
             "income account posted a surplus of $2.50 billion. The secondary income account showed a "
             "deficit of $0.20 billion.")
    assert r["claims"]["$0.20 billion"]["scope"] == "secondary income"
    assert r["claims"]["$0.20 billion"]["value"] < 0
    primary = r["claims"]["$2.50 billion"]
    assert primary["scope"] == "primary income" and primary["commodity"] is None
    assert r["claims"]["$3.10 billion"]["commodity"] == "goods"
    assert r["errors"] == []
    assert any(f["check"] == "sum" and f["status"] == "consistent" for f in r["findings"])


def test_the_current_account_as_the_subject_of_a_verb_is_the_current_account():
    r = read("Jordan's current account posted a surplus of USD 950 million in June 2024.")
    assert r["claims"]["USD 950 million"]["scope"] == "current account"


def test_a_deficit_on_a_balance_of_payments_basis_is_a_deficit_and_its_change_is_its_own():
    r = read("Jordan's current account posted a surplus of USD 950 million in June 2024. The foreign trade deficit "
             "on a balance of payments basis was USD 4,100 million, down by USD 900 million from USD 5,000 "
             "million in June 2023.", "2024-08-12")
    assert r["claims"]["USD 4,100 million"]["value"] < 0
    assert r["claims"]["USD 5,000 million"]["value"] < 0
    assert r["errors"] == []
    assert any(f["check"] == "percent_change" and f["status"] == "consistent" for f in r["findings"])


def test_a_non_oil_trade_deficit_in_a_current_account_report_is_one_part():
    r = read("Jordan's current account deficit widens to $12.0bn in 2023\n\n"
             "Jordan's current account deficit widened to $12.0 billion in 2023 from $5.0 billion a year "
             "earlier, an increase of $7.0 billion, the central bank said.\n\n"
             "The non-oil trade deficit narrowed to $20.0 billion from $21.0 billion. The overall trade deficit "
             "widened to $24.0 billion from $22.0 billion.\n\n"
             "Canal receipts fell 10.0% to $9.0 billion from $10.0 billion.", "2024-03-20")
    assert r["claims"]["$12.0 billion"]["commodity"] is None
    assert r["claims"]["$24.0 billion"]["commodity"] is None
    assert r["claims"]["$9.0 billion"]["measure"] != "balance"
    assert r["errors"] == []


def test_the_counterparty_of_a_deal_is_no_partner_of_the_balance_of_payments():
    r = read("Net foreign direct investment inflows jumped to $30.0 billion in 2023, driven by a port deal "
             "with Japan, pushing the overall balance of payments to a surplus of $3.0 billion.", "2024-03-20")
    bop = r["claims"]["$3.0 billion"]
    assert bop["partner"] == "WLD"
    assert bop["scope"] == "balance of payments"


def test_figures_on_a_customs_basis_and_on_a_balance_of_payments_basis_are_two_series():
    r = read("Kenya's trade deficit in 2023, as recorded by the statistics bureau on a customs basis, was $9.0 "
             "billion, with imports of $30.0 billion and exports of $21.0 billion. The central bank, which "
             "compiles trade on a balance-of-payments basis, put the gap at $8.5 billion, its data showing "
             "exports of $20.5 billion against imports of $29.0 billion. Officials attribute the difference "
             "of $0.5 billion to freight.", "2024-02-15")
    assert r["claims"]["$0.5 billion"]["measure"] != "imports"
    assert r["errors"] == []
    assert sum(f["check"] == "sum" and f["status"] == "consistent" for f in r["findings"]) == 2


SARB = ("South Africa's current account deficit narrowed to R40.0 billion in the second quarter of 2024 from "
        "R60.0 billion in the first quarter, the Reserve Bank said. The trade surplus widened to R{trade} billion "
        "from R150.0 billion. The shortfall on the services, income and current transfer account widened to "
        "R210.0 billion from R{rest_q1} billion in the first quarter.")


def test_the_current_account_is_the_trade_balance_and_the_rest_of_its_accounts():
    r = read(SARB.format(trade="170.0", rest_q1="210.0"), "2024-09-24")
    rest = r["claims"]["R210.0 billion"]
    assert rest["scope"] == "services, income and current transfer account" and rest["commodity"] is None
    assert r["errors"] == []
    assert sum(f["check"] == "sum" and f["status"] == "consistent" for f in r["findings"]) == 2


def test_a_trade_balance_that_does_not_complete_the_current_account_is_flagged():
    r = read(SARB.format(trade="180.0", rest_q1="210.0"), "2024-09-24")
    assert any("services, income and current transfer account" in e for e in r["errors"])
