"""Caucasus press (round 66): a flow "in this category" points back to the product group the
text named before (a part, not a second total); a sentence that opens "In value terms" and
names no product goes on with the goods the sentence before measured; a change whose base
level only one currency states is that currency's, even where the text converts the new
level into another."""
from readings import claim, errors


def test_shipments_in_this_category_are_a_part_not_the_total():
    text = ("Kyrgyzstan's exports in 2023 reached $3.0 billion. Most of the rise came from "
            "re-exports of cars. Shipments in this category reached ${part} billion, or "
            "40.0% of total exports.")
    assert errors(text.format(part="1.2")) == []
    assert errors(text.format(part="1.5")) != []
    assert claim(text.format(part="1.2"), "$1.2 billion")["commodity"]


def test_a_value_terms_sentence_goes_on_with_the_goods_measured_before():
    text = ("Moldova exported 12,000 tonnes of walnuts worth USD 60.0 million in 2019. In value "
            "terms, exports were {pct}% higher than in 2018, when they brought in USD 50.0 million. "
            "Walnuts made up 2.1% of total exports of USD 2.78 billion.")
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="35")) != []
    assert claim(text.format(pct="20"), "USD 50.0 million")["commodity"]


def test_a_converted_new_level_leaves_the_change_to_the_currency_of_both_levels():
    text = ("In March 2024 Azerbaijan's foreign trade turnover amounted to $2.00 billion, or "
            "about 3.40 billion manats, which is {pct}% less than in March 2023 ($2.50 billion).")
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="30")) != []
