"""Changes set against the wrong levels (round 64): a change after a count whose earlier level
is a bare figure is the count's change; a product's change in money ("a $1bn rise in steel
exports") is not the whole flow's; a count's earlier level written out in grouped
thousands is read against a scaled new one; money of receipts and payments is no trade flow."""
from readings import claim, errors


def test_a_change_of_a_count_with_a_bare_earlier_level_is_not_the_values():
    text = ("Portugal exported 4.10 million scooters in 2023, down 10.0 percent from 4.56 million "
            "a year earlier, while the value of those shipments climbed {pct} percent to $2.20 billion "
            "from $2.00 billion.")
    assert errors(text.format(pct="10.0")) == []
    assert errors(text.format(pct="14.0")) != []
    assert claim(text.format(pct="10.0"), "10.0 percent")["measure"] == "other"


def test_a_money_rise_in_a_products_flow_is_not_the_whole_flows_change():
    text = ("Ruritania's imports rose 2.0 per cent to $51.0 billion in May. A $2.5 billion rise in "
            "fuel imports was partly offset by lower purchases of machinery.")
    assert errors(text) == []


def test_a_scaled_count_against_an_earlier_one_in_grouped_thousands():
    text = ("Shipments of scooters to the bloc rose to about 2.0 million units in 2022 from 800,000 "
            "in 2020, an increase of {pct}%.")
    assert errors(text.format(pct="150")) == []
    assert errors(text.format(pct="120")) != []


def test_receipts_and_payments_are_no_trade_flow():
    text = ("Cross-border receipts and payments in rupees reached 60.0 trillion rupees in 2023, up 20.0% "
            "from 50.0 trillion rupees a year earlier.\n\n"
            "Rupee settlement of goods trade came to 9.0 trillion rupees, or 20.0% of the country's "
            "total goods trade of 45.0 trillion rupees.")
    assert claim(text, "60.0 trillion rupees")["measure"] == "other"
    assert errors(text) == []
