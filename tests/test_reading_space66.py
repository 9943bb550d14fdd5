"""The space economy (round 66): money earned in two currencies and joined by "and" is two
parts, not one figure and its conversion; orders booked from "export customers" are orders,
no export flow (nor does a revenue sentence after them take the exports' flow)."""
from readings import claim, errors, reading


def test_two_currencies_joined_by_and_are_two_parts():
    text = ("Between 2019 and 2023 the agency launched 60 satellites for foreign clients, "
            "earning about $40 million and 25 million euros in foreign exchange.")
    assert errors(text) == []
    assert claim(text, "$40 million").get("scope") != claim(text, "25 million euros").get("scope")


def test_a_bracketed_conversion_is_still_one_figure():
    text = "In 2022, Germany's exports to Chile reached 50 million euros, or $80 million."
    assert errors(text) != []


def test_orders_from_export_customers_are_no_exports():
    text = ("The satellite maker booked €3.0 billion of orders in 2021, of which €1.8 billion came "
            "from export customers, or {share}% of the total.\n\n"
            "Revenue rose 5% to €2.52 billion from €2.40 billion in 2020.")
    assert errors(text.format(share="60")) == []
    assert errors(text.format(share="70")) != []
    assert all(c["measure"] != "exports" for c in reading(text.format(share="60"))["claims"])
