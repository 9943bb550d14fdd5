"""Balance-of-payments money (round 62): remittances are no goods trade, but their own
figures check each other. A net stated beside its gross inflows and outflows must be their
difference; a sentence that splits the figure before by its senders cannot give more than
that figure."""
from readings import errors


def test_net_remittances_are_inflows_less_outflows():
    text = ("Remittance inflows to the islands climbed to US$812.4 million in 2022. "
            "Outflows came to US$95.1 million, leaving net remittances of US${net} million for the year.")
    assert errors(text.format(net="717.3")) == []
    assert errors(text.format(net="757.3")) != []


def test_a_net_without_its_outflow_is_not_checked():
    text = ("Remittance inflows to the islands climbed to US$812.4 million in 2022. "
            "Net remittances were US$757.3 million, the bank said.")
    assert errors(text) == []


def test_parts_by_sender_cannot_exceed_the_remittances_before():
    text = ("Remittances to the country reached $12.60 billion in 2021, up 4.1 percent from $12.10 billion in 2020. "
            "Remittances from permanent migrants amounted to $9.10 billion, while seasonal workers sent ${part} billion.")
    assert errors(text.format(part="3.50")) == []
    assert errors(text.format(part="4.50")) != []


def test_a_sender_sentence_of_another_year_is_no_split():
    text = ("Remittances to the country reached $12.60 billion in 2021. "
            "Remittances from permanent migrants amounted to $11.10 billion in 2020, while seasonal workers sent $3.50 billion in 2020.")
    assert errors(text) == []
