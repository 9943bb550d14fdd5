"""Hedges, duplicated changes and takings at shops (round 66): a hedge after the part's comma
("nearly 60 per cent of the total") makes its share a hedged one; a change whose sentence gives
both its levels at a valuation is of those levels, whatever a summary box restates them at;
"sales at ... stores" are retail takings, no exports."""
from readings import claim, errors


def test_a_hedged_share_after_the_comma_strays_as_a_hedged_figure():
    text = ("Norway imported 80.0 tonnes of dried herbs in 2022, up from 60.0 tonnes a year earlier.\n\n"
            "Poland supplied {part} tonnes, {hedge} 60 per cent of the total, with smaller lots from Spain.")
    # (47.0 / 80.0 = 58.8%: "nearly 60" holds, an exact "60" would not)
    assert errors(text.format(part="47.0", hedge="nearly")) == []
    assert errors(text.format(part="47.0", hedge="almost")) == []
    # (a part far from the hedged share is still flagged)
    assert errors(text.format(part="65.0", hedge="nearly")) != []


def test_a_change_between_levels_of_its_sentence_is_checked_against_them():
    text = ("Peru's exports of cut flowers reached US$8.4 million FOB in 2023, up {pct}% from US$6.0 million in 2022.\n\n"
            "Key figures, 2023:\n"
            "- Exports: US$8.4 million (2022: US$6.0 million)\n"
            "- Buyers: 12\n")
    assert errors(text.format(pct="40")) == []
    assert any('"55%"' in e for e in errors(text.format(pct="55")))


def test_sales_at_shops_are_no_exports():
    text = ("Canada exported $90.0 million worth of maple products in 2023.\n\n"
            "Sales at maple stores rose to $2.0 billion in 2023.")
    assert claim(text, "$2.0 billion")["measure"] == "other"
    assert claim(text, "$90.0 million")["measure"] == "exports"
