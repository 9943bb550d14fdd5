"""Parts and wholes the right way round (round 63): "the remaining $X" after a named part is
the rest, a part, never the whole; a kind of trader's share of "the exports" in a text on
one product's flow is of that product's flow, and money restated after it with ", or" is
the trader's; a firm named by its kind ("Robot maker Acme") with "exports of $X" after its
share is that firm's part; a product opening a sentence "in a role" ("remained the mainstay
of the industry with exports of $X") owns the figure."""
from readings import claim, errors


def test_the_remaining_money_is_the_rest_not_the_whole():
    text = ("Norway's arms exports reached NOK 9,000 million in 2023, the ministry said. "
            "Private companies supplied about 70% of the exports, at NOK 6,300 million, while "
            "state-owned firms accounted for the remaining NOK {rest} million.")
    assert errors(text.format(rest="2,700")) == []
    assert claim(text.format(rest="2,700"), "NOK 2,700 million")["scope"] is not None


def test_a_trader_share_is_of_the_products_flow_and_its_money_restates_it():
    text = ("Brazil's aircraft exports reached $4,000 million in 2023, the agency said. "
            "Private firms contributed about 60% of the exports, or ${part} million, while state "
            "companies accounted for the remaining $1,600 million.")
    assert errors(text.format(part="2,400")) == []
    assert claim(text.format(part="2,400"), "$2,400 million")["commodity"] == "private firms"
    # (the wrong money is held to the share of the aircraft total)
    assert any("60%" in e for e in errors(text.format(part="2,900")))


def test_a_firm_named_by_its_kind_owns_the_money_after_its_share():
    text = ("Korea's robot exports reached a record $6 billion in 2023. Robot maker Acme accounted "
            "for about half of the annual total, with exports of ${part} billion.")
    assert errors(text.format(part="3.1")) == []
    assert claim(text.format(part="3.1"), "$3.1 billion")["commodity"] == "robot maker acme"


def test_a_product_in_a_role_owns_its_flow():
    text = ("Kenya's exports of tea and coffee rose 5 per cent to $2.10 billion in 2023. Tea "
            "remained the mainstay of the trade with exports of ${part} billion, or 60 per cent "
            "of the total.")
    assert errors(text.format(part="1.26")) == []
    assert claim(text.format(part="1.26"), "$1.26 billion")["commodity"] == "tea"
    assert errors(text.format(part="1.56")) != []
