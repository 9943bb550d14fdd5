"""Shares and sums with a stated whole (round 55): a bare bracketed share in a list of
partners keeps the "the total" its neighbour named; a partner's share of "the total" whose
part names the text's own goods is of the stated total of the flow; goods named again in
full after a figure ("of rubber gloves") are its product, and the balance the sentence then
gives is of that product."""
from readings import errors, claim


LIST = ("Chile's imports of tyres reached $2.00 billion in 2023. By supplier, Brazil provided "
        "$0.80 billion (40% of the total) and Mexico $0.50 billion ({share}).")


def test_a_bare_share_in_a_list_is_of_the_total_named_before():
    assert errors(LIST.format(share="25%")) == []
    assert any("$500mn / $2bn" in e for e in errors(LIST.format(share="35%")))


TOPIC = ("Malaysia's exports of timber and wood products fell in 2023.\n\n"
         "Shipments totalled $20.0 billion last year.\n\n"
         "Japan remained the largest market, buying $12.0 billion of Malaysian wood products, or {share} of the total.")


def test_a_partners_share_of_the_texts_goods_is_of_the_stated_total():
    assert errors(TOPIC.format(share="60%")) == []
    assert any("$12bn / $20bn" in e for e in errors(TOPIC.format(share="70%")))


BALANCE = ("Malaysia's exports of rubber gloves totalled US$5.0 billion in 2023.\n\n"
           "Malaysia imported US$1.0 billion of rubber gloves in 2023, giving a trade surplus of US${gap} billion.")


def test_goods_named_again_in_full_after_a_figure_are_its_product():
    assert claim(BALANCE.format(gap="4.0"), "US$1.0 billion")["commodity"] == "rubber gloves"


def test_the_balance_after_a_products_flow_and_year_is_that_products():
    assert claim(BALANCE.format(gap="4.0"), "US$4.0 billion")["commodity"] == "rubber gloves"
    assert errors(BALANCE.format(gap="4.0")) == []
    assert any("balance" in e for e in errors(BALANCE.format(gap="5.0")))
