"""Sentences of kinds met in the twelfth round of passages (Eurasian state media): shares of
payments by currency, products a total leaves out, a change "in X terms" beside two levels."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


PAIR = ("Kazakhstan's trade turnover with Russia in 2023 amounted to $27.2 billion. "
        "Russia's share in Kazakhstan's total foreign trade turnover of $140.1 billion was 19.4%. ")


def test_a_share_of_national_currencies_in_settlements_is_no_trade_share():
    r = read(PAIR + "The share of national currencies in mutual settlements between Kazakhstan and Russia has reached 90%.")
    assert r["claims"]["90%"]["measure"] == "other"
    assert r["claims"]["19.4%"]["measure"] == "trade_total"
    assert r["errors"] == []


def test_a_share_of_settlements_made_in_two_currencies_is_no_trade_share():
    r = read(PAIR + "More than 90% of bilateral settlements are now made in rubles and tenge.")
    assert r["claims"]["90%"]["measure"] == "other"
    assert r["errors"] == []


def test_settlements_that_account_for_a_share_of_trade_are_a_currency_mix():
    r = read(PAIR + "Settlements in national currencies account for over 90% of mutual trade.")
    assert r["claims"]["90%"]["measure"] == "other"
    assert r["errors"] == []


def test_the_next_currency_share_in_the_sentence_is_of_the_same_payments():
    r = read("Russia's exports reached $35.2 billion in June. Meanwhile, the share of the ruble in payments "
             "for Russian exports reached 42% in June, while the yuan accounted for 33%.", "2023-07-11")
    assert r["claims"]["42%"]["measure"] == "other"
    assert r["claims"]["33%"]["measure"] == "other"


def test_a_balance_of_payments_is_no_settlement_noun():
    r = read("Exports were $25.0 billion. On a balance of payments basis, China took 20% of total exports.")
    assert r["claims"]["20%"]["measure"] != "other"


UZ = ("Uzbekistan's foreign trade turnover in January-March 2024 amounted to $14.0 billion. "
      "Exports totaled $5.6 billion, imports - $8.4 billion. ")


def test_a_product_the_totals_leave_out_is_no_part_of_them():
    r = read(UZ + "In addition, the country exported gold worth $6.2 billion in the reporting period; "
             "gold is not included in the foreign trade turnover figures.", "2024-04-22")
    assert r["claims"]["$6.2 billion"]["commodity"] == "gold"
    assert r["claims"]["$6.2 billion"]["scope"] == "outside the totals"
    assert r["errors"] == []


def test_a_product_in_a_which_clause_the_totals_leave_out():
    r = read(UZ + "Gold exports, which are not included in the Statistics Agency's foreign trade turnover figures, "
             "amounted to $6.2 billion.", "2024-04-22")
    assert r["claims"]["$6.2 billion"]["scope"] == "outside the totals"
    assert r["errors"] == []


def test_a_product_not_said_to_be_left_out_is_still_a_part():
    r = read(UZ + "In addition, the country exported gold worth $6.2 billion in the reporting period.", "2024-04-22")
    assert r["claims"]["$6.2 billion"].get("scope") is None
    assert r["errors"] != []


def test_a_change_in_dollar_terms_after_a_level_in_rubles_is_in_dollars():
    r = read("Trade turnover between Belarus and Russia in January-June 2024 increased by 9.5% in ruble terms "
             "to 2.68 trillion rubles, while in dollar terms it grew by 1.3% to $29.8 bln.", "2024-08-09")
    assert r["claims"]["9.5%"]["currency"] == "RUB"
    assert r["claims"]["1.3%"]["currency"] == "USD"
    assert r["errors"] == []


def test_two_changes_each_followed_by_its_own_terms():
    r = read("China's exports to Russia rose 53.9% in yuan terms in 2023 and grew 46.9% in dollar terms.", "2024-01-15")
    assert r["claims"]["53.9%"]["currency"] == "CNY"
    assert r["claims"]["46.9%"]["currency"] == "USD"


def test_a_change_in_dollar_terms_is_checked_against_the_dollar_levels():
    r = read("Trade turnover between Belarus and Russia in January-June 2024 increased by 9.5% in ruble terms "
             "to 2.68 trillion rubles, while in dollar terms it grew by 1.3% to $29.8 bln from $25.0 bln "
             "a year earlier.", "2024-08-09")
    assert r["claims"]["1.3%"]["currency"] == "USD"
    assert any("1.3%" in e for e in r["errors"])
