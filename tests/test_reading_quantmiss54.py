"""Quantities and shares as a fifty-fourth round of passages wrote them: a dateline's month
is no period of the figures after it (the sentence's own period dates them); "of export
volume" after a share makes it a share of a quantity, never of a money level; a count of
places "exported a combined" level whose parts the next sentences list must add up to it;
lines of bare figures under a heading giving their unit, with no total line, may not together
exceed the total the sentences just before gave for the heading's noun."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-06-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-06-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _dated(second: str) -> str:
    return ("Santiago, September 2024 (Agency) - Chile's farm exports rose 10% to US$1.10 billion in the first half of 2024, "
            "from US$1.00 billion in the same period of 2023.\n\n"
            f"Traditional farm exports totalled US$700 million, while non-traditional farm exports reached US${second} million.")


def test_a_datelines_month_does_not_date_the_figures_of_its_sentence():
    claims = result(_dated("400"), "2024-09-10")["claims"]
    level = next(c for c in claims if c["text"] == "US$1.10 billion")
    assert level["period"] == "2024-H1"
    change = next(c for c in claims if c["text"] == "10%")
    assert change["period"] == "2024-H1" and change["base_period"] == "2023-H1"
    assert errors(_dated("400"), "2024-09-10") == []


def _volume_share(value_share: str) -> str:
    return ("Vietnam exported 1.00 million tonnes of seafood worth $4.00 billion in 2023.\n\n"
            "Frozen shrimp stayed the leading item, with shipments of 300,000 tonnes valued at $3.00 billion. "
            f"Shrimp accounted for 30.0 per cent of export volume and {value_share} per cent of total dollar earnings.")


def test_a_share_of_export_volume_is_no_share_of_money():
    claims = result(_volume_share("75.0"))["claims"]
    assert not any(c["text"] == "30.0 per cent" for c in claims)
    assert errors(_volume_share("75.0")) == []
    assert errors(_volume_share("85.0")) != []


def _combined(total: str) -> str:
    return (f"Sawmills in the two Nordic countries exported a combined {total} million tonnes of sawdust in 2023.\n\n"
            "Finland shipped 1.2 million tonnes abroad. Sweden exported 0.8 million tonnes.")


def test_parts_listed_after_a_combined_level_of_a_count_must_add_up_to_it():
    assert errors(_combined("2.0")) == []
    assert any("the whole is stated as 2.5 million tonnes" in e for e in errors(_combined("2.5")))


def _segments(first: str) -> str:
    return ("HAMBURG - Total cargo at the port came to 120.0 million tonnes in 2023, down 3% from 2022.\n\n"
            "Cargo by type, 2023 (million tonnes):\n\n"
            f"- Grain: {first}\n- Oil: 50.0\n- Containers: 40.0\n")


def test_lines_under_a_unit_heading_may_not_exceed_the_total_the_lead_named():
    assert errors(_segments("30.0")) == []
    assert any("exceed the whole 120.0 million tonnes" in e for e in errors(_segments("45.0")))
