"""Currencies of account (round 77). A release of a country whose currency is a dollar that
marks that dollar anywhere, even only as a table's unit ("HK$ million", "S$ million"), prints
it bare in its words: "$42.0 billion" above such a table is that dollar, not the US one."""
from readings import claim, errors


def test_a_bare_dollar_is_the_one_a_table_unit_marks():
    text = ("Singapore's total exports rose {pct}% to $42.0 billion in March 2024 from $40.0 billion in March 2023.\n\n"
            "Table 1: Total exports by destination, March 2024\n\n"
            "| Destination | S$ million | Share (%) |\n|---|---|---|\n"
            "| Malaysia | 10,000 | 23.8 |\n| Others | 32,000 | 76.2 |\n| All destinations | 42,000 | 100.0 |\n")
    assert claim(text.format(pct="5.0"), "$40.0 billion", published="2024-04-17")["currency"] == "SGD"
    assert errors(text.format(pct="5.0"), published="2024-04-17") == []
    assert errors(text.format(pct="7.0"), published="2024-04-17") != []
