"""Releases of south-east European statistics offices (round 78): a balance whose sign is said
after the office's definition in brackets and the period ("the balance (Exports FOB - Imports
CIF) in January - June 2023 was negative and amounted to ...")."""
from readings import claim, errors


def test_a_balance_is_negative_after_its_definition_in_brackets_and_its_period():
    text = ("In January - June 2023 the exports of Ruritania amounted to EUR 4 120.5 Million and the imports "
            "to EUR 5 032.7 Million. The foreign trade balance of Ruritania (Exports FOB - Imports CIF) "
            "in January - June 2023 was negative and amounted to EUR {b} Million.")
    assert claim(text.format(b="912.2"), "EUR 912.2 Million")["value"] < 0
    assert errors(text.format(b="912.2")) == []
    assert errors(text.format(b="812.2")) != []


def test_a_balance_with_a_partner_is_negative_after_its_definition_in_brackets():
    text = ("Exports to third countries reached EUR 2 310.4 Million and imports from them EUR 2 951.0 Million. "
            "The trade balance with third countries (Exports FOB - Imports CIF) was negative and amounted "
            "to EUR 640.6 Million.")
    assert claim(text, "EUR 640.6 Million")["value"] < 0
    assert errors(text) == []
