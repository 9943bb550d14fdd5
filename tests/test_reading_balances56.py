"""Balances (round 56): a balance that opens the sentence after the partner's exports to the
reporter is the reporter's exports less them; a "<product> exports" figure that a bare imports
figure and a balance follow in one sentence gives both its product, so the three are summed."""
from readings import claim, errors


def test_a_balance_opening_the_next_sentence_nets_the_partners_exports():
    text = ("Chile's goods shipments to Korea reached $30.0bn in 2023. Korea sold only $12.0bn of "
            "goods to Chile in 2023. That gave Chile a trade surplus of {bal} with Korea.")
    assert errors(text.format(bal="$18.0bn")) == []
    assert errors(text.format(bal="$28.0bn")) != []


def test_a_balance_after_a_figure_of_another_paragraph_is_not_netted():
    text = ("Chile's goods shipments to Korea reached $30.0bn in 2023. Korea sold only $12.0bn of "
            "goods to Chile in 2023.\n\nChile ran a trade surplus of $28.0bn with Korea in 2023.")
    assert errors(text) == []


def test_the_product_of_a_product_exports_figure_carries_to_imports_and_balance():
    text = ("Ghana's total coffee exports earned $500 million in 2022, while imports cost "
            "$200 million, leaving a surplus of {bal}.")
    assert claim(text.format(bal="$300 million"), "$200 million")["commodity"] == "coffee"
    assert claim(text.format(bal="$300 million"), "$300 million")["commodity"] == "coffee"
    assert errors(text.format(bal="$300 million")) == []
    assert errors(text.format(bal="$400 million")) != []
