"""Money that is no trade flow (round 61): goods smuggled or caught in fraud cases, an agency's
outcomes, expenses and scheme payouts are other money; a result over its estimate is an
attainment that may pass 100%; "The shortfall" after a sentence naming a goal is the gap to
that goal, no trade balance; a list headed as a selection ("the top three") is no whole
breakdown of the figure before it."""
from readings import claim, errors


def test_smuggled_goods_are_no_trade_total():
    text = ("Freedonia's exports reached $40.0 billion in 2022 and imports $35.0 billion, for total "
            "trade of $75.0 billion.\n\n"
            "Customs officers uncovered 310 cases of smuggling involving goods worth $120 million.")
    assert claim(text, "$120 million")["measure"] == "other"
    assert errors(text) == []


def test_goods_in_fraud_cases_are_no_trade_total():
    text = ("Customs handled 900 trade fraud cases in 2022. The infringing merchandise was valued "
            "at $55 million.\n\n"
            "Exports of Freedonia were $12.0 billion and imports $10.0 billion in 2022.")
    assert claim(text, "$55 million")["measure"] == "other"
    assert errors(text) == []


def test_a_result_over_its_estimate_may_pass_the_whole():
    text = ("Duties collected at the border came to $5.3 billion in 2022, or 106% of the "
            "$5.0-billion estimate in the budget. Exports were $40.0 billion.")
    assert errors(text) == []


def test_the_shortfall_after_a_goal_is_no_trade_balance():
    text = ("Freedonia's exports earned $8.0 billion in 2022, 80 percent of the $10.0 billion target "
            "set by the promotion agency.\n\n"
            "The shortfall of $2.0 billion was put down to weak prices.\n\n"
            "Imports were ${imp} billion, leaving a trade deficit of $4.0 billion.")
    assert claim(text.format(imp="12.0"), "$2.0 billion")["measure"] == "other"
    assert errors(text.format(imp="12.0")) == []
    # (the trade deficit after it is still the balance)
    assert claim(text.format(imp="12.0"), "$4.0 billion")["measure"] == "balance"


def test_an_agencys_outcomes_and_expenses_are_no_exports():
    text = ("In 2022 the agency helped 900 clients. The value of outcomes reported by clients was "
            "$0.9 billion.\n\n"
            "Freedonia's total exports were $50 billion, with services contributing $12 billion, "
            "or 24 per cent.\n\n"
            "The agency's operating expense was $150 million.")
    assert claim(text, "$0.9 billion")["measure"] == "other"
    assert claim(text, "$150 million")["measure"] == "other"
    assert errors(text) == []


def test_a_top_few_list_need_not_add_up_to_the_figure_before():
    text = ("Officers seized counterfeit goods worth an estimated $3.00 billion in 2022.\n\n"
            "By category, the top three were:\n"
            "- Shoes: $0.90 billion\n"
            "- Bags: $0.70 billion\n"
            "- Toys: $0.40 billion\n")
    assert errors(text) == []


def test_a_share_of_a_whole_named_by_its_defined_abbreviation():
    text = ("Had the goods been genuine, their suggested retail price (SRP) would have come to "
            "$4.00 billion in 2022.\n\n"
            "In 2022 goods sent from the largest source accounted for $1.00 billion, or {share} of the total SRP.")
    assert errors(text.format(share="25.0%")) == []
    assert any("$4" in e for e in errors(text.format(share="35.0%")))
