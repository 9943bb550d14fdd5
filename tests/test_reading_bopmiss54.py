"""Balance-of-payments bulletins (round 54): the balances of goods, services, primary income
and secondary income add up to the current account's (vocab/account_parts.csv); a list of
signed bare balances under a lead that names the unit is read, each row's account its scope;
a one-column table headed by its period under a unit caption is read; an account as the
subject of its verb ("Secondary income added") is that account's balance; investors buying
is no import, and "twice over" no multiple."""
from readings import reading, errors, claim


PROSE = ("Chile's current account showed a deficit of $11.0 billion in 2023. A goods surplus of $14.0 "
         "billion was offset by a services deficit of $9.0 billion and a primary income deficit of "
         "${primary} billion. Secondary income added $2.0 billion.")


def test_the_current_account_is_the_sum_of_its_four_balances():
    assert errors(PROSE.format(primary="18.0")) == []
    assert errors(PROSE.format(primary="16.0"))
    secondary = claim(PROSE.format(primary="18.0"), "$2.0 billion")
    assert secondary["measure"] == "balance"


LIST = ("Hungary's current account showed a surplus of EUR 5.0 bn in 2023.\n\n"
        "Main balances in 2023 (EUR bn):\n"
        "- goods: +3.0 (2022: -9.0)\n"
        "- services: +{services}\n"
        "- primary income: -6.5\n"
        "- secondary income: -0.5\n"
        "- current account: +5.0\n\n"
        "The goods account improved as energy imports fell.\n")


def test_signed_bare_balances_under_a_unit_lead_are_read():
    assert errors(LIST.format(services="9.0")) == []
    assert errors(LIST.format(services="7.0"))
    primary = claim(LIST.format(services="9.0"), "6.5")
    assert primary["measure"] == "balance" and primary["scope"] == "primary income"
    assert primary["value"] < 0


TABLE = ("Hungary's balance of payments, March 2024\n\n"
         "Main items (USD million)\n\n"
         "Item                      March 2024\n"
         "Goods balance                   -1,500\n"
         "Services balance                 {services}\n"
         "Primary income                    -700\n"
         "Secondary income                   100\n"
         "Current account                    400\n\n"
         "The goods deficit narrowed as energy imports eased.\n")


def test_a_one_column_table_headed_by_its_period_is_read():
    assert errors(TABLE.format(services="2,500")) == []
    assert errors(TABLE.format(services="3,500"))


def test_investors_buying_is_no_import_and_twice_over_no_multiple():
    text = ("Chile's current account deficit was $11.0 billion in 2023. Direct investment of $25.0 "
            "billion covered the gap more than twice over, the bank said. Foreign investors bought a "
            "net $4.0 billion of local bonds.")
    r = reading(text)
    assert claim(text, "$4.0 billion")["measure"] == "other"
    assert not [c for c in r["claims"] if c["text"] == "twice"]
