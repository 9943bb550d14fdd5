"""Balance-of-payments bulletins, second pass (round 54): a ", with X exports of" clause names
its own product, not the one the clause before it named; a table row "Net primary income" is
that account's balance; an account's net flow ("a net outflow", "net receipts") is its
balance, signed, so the four parts of the current account add up."""
from readings import errors, claim


def test_a_with_clause_flow_is_of_its_own_product():
    text = ("Kenya's services surplus was $9.0bn in 2023. Net services grew, with tea-blending "
            "exports of about $6bn.")
    assert claim(text, "$6bn")["commodity"] == "tea-blending"
    assert errors(text) == []


def test_a_with_clause_naming_a_place_keeps_the_product_before():
    text = "Rice exports rose in 2023, with Thai exports of $5bn."
    assert claim(text, "$5bn")["commodity"] == "rice"


def test_a_net_account_row_is_that_accounts_balance():
    text = ("Ghana's current account deficit was US$1.5bn in 2023.\n\n"
            "Components (US$ bn, 2023):\n"
            "  Goods balance                  -4.0\n"
            "  Net services                   +1.5\n"
            "  Net primary income             -2.0\n"
            "  Net secondary income           +{sec}\n"
            "  Current account                -1.5\n")
    assert claim(text.format(sec="3.0"), "2.0")["scope"] == "primary income"
    assert errors(text.format(sec="3.0")) == []
    assert errors(text.format(sec="4.0"))


def test_a_net_outflow_of_an_account_is_its_deficit():
    text = ("Chile's current account showed a deficit of $2.0 billion in May 2024. The goods balance "
            "showed a surplus of $1.0 billion, while services posted a deficit of {svc} billion. "
            "The primary income balance posted a net outflow of $2.5 billion, while secondary "
            "income showed a net inflow of $0.5 billion.")
    c = claim(text.format(svc="$1.0"), "$2.5 billion")
    assert (c["value"] < 0, c["scope"]) == (True, "primary income")
    assert claim(text.format(svc="$1.0"), "$0.5 billion")["scope"] == "secondary income"
    assert errors(text.format(svc="$1.0")) == []
    assert errors(text.format(svc="$3.0"))


def test_net_account_receipts_are_its_surplus():
    text = ("Egypt's current account deficit was US$ 3.0 billion in the first quarter of 2024. The goods "
            "deficit was US$ 8.0 billion. Net services receipts were US$ 4.0 billion. Net outgo on the "
            "primary income account amounted to US$ 2.0 billion. Net secondary income receipts, mostly "
            "remittances, stood at US$ {sec} billion.")
    c = claim(text.format(sec="3.0"), "US$ 3.0 billion")
    assert c["measure"] == "balance"
    assert errors(text.format(sec="3.0")) == []
    assert errors(text.format(sec="5.0"))


def test_a_net_inflow_without_an_account_is_no_balance():
    text = "Portfolio investment recorded a net inflow of $2.0 billion in March 2024."
    assert claim(text, "$2.0 billion")["measure"] != "balance"
