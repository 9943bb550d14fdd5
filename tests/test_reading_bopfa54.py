"""Balance-of-payments bulletins (round 54): a "net outgo on the primary income account" is
that account's balance (a deficit), never the whole of goods plus services; an earlier
level's period after a share restating it ("the $3.5-billion deficit, or 2.0% of GDP, in the
same quarter a year earlier") is still the year before, not the current quarter."""
from readings import errors, claim


def test_net_outgo_on_an_income_account_is_that_account_s_deficit():
    text = ("Chile's current account deficit stood at $2.0 billion in the second quarter of 2023. "
            "The merchandise trade deficit was $9.0 billion. Net services receipts were $6.0 billion. "
            "Net outgo on the primary income account, mostly interest, amounted to $1.5 billion.")
    assert errors(text) == []
    c = claim(text, "$1.5 billion")
    assert c["scope"] == "primary income" and c["value"] < 0


def test_an_earlier_level_keeps_its_year_past_a_restating_share():
    text = ("Chile's current account deficit narrowed to $1.0 billion in the second quarter of 2023. "
            "This was equivalent to 0.4% of GDP, from the $3.5-billion deficit, or 2.0% of GDP, in the "
            "same quarter a year earlier. The goods trade deficit stood at $5.0 billion, while the "
            "services surplus was $2.0 billion.")
    assert errors(text) == []
    assert claim(text, "$3.5-billion")["period"] == "2022-Q2"


def test_a_restated_figure_in_brackets_keeps_its_year_too():
    text = ("Chile's current account deficit narrowed to $1.0 billion in the second quarter of 2023, "
            "from $3.5 billion (2.0% of GDP) a year earlier.")
    assert claim(text, "$3.5 billion")["period"] == "2022-Q2"


def test_an_account_s_earlier_balance_after_a_restating_share_is_that_account_s_and_year_s():
    text = ("For 2022 as a whole, Chile's current account showed a deficit of $3.2bn, or 0.5% of GDP, "
            "compared with a surplus of $20.9bn, or 3.7% of GDP, in 2021. The trade surplus shrank "
            "to $10.3bn from $44.1bn.")
    assert errors(text) == []
    c = claim(text, "$20.9bn")
    assert c["period"] == "2021" and c["scope"] == "current account"


def test_a_sentence_opening_on_the_deficit_keeps_the_account_before_it():
    text = ("Chile's current account posted a deficit of $2.0 billion in March 2024. The deficit was "
            "$5.0 billion in the same month last year. The balance of goods showed a deficit of "
            "$3.0 billion, down from $6.0 billion in March 2023. Net inflow from services rose by "
            "$200 million year-on-year to $1.5 billion.")
    assert errors(text) == []
    assert claim(text, "$5.0 billion")["scope"] == "current account"


def test_the_deficit_after_a_trade_figure_stays_the_trade_balance():
    text = ("Chile's exports rose to $8.0 billion in March 2024 and imports to $9.0 billion. "
            "The deficit was $1.0 billion.")
    assert errors(text) == []
    assert claim(text, "$1.0 billion").get("scope") is None
