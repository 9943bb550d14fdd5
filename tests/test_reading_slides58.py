"""Slide decks (round 58): a slide's title that names a year dates the lines under it, and one
that names a product makes their figures that product's; a bracketed figure beside a sector
word is that sector's; money a currency's move "added" is an effect, no level nor whole; a
record on a bullet with no figure is said of nothing on the lines after it."""
from readings import claim, errors


def test_a_slide_title_year_dates_the_lines_under_it():
    text = ("Exporters' Outlook Seminar 2025 – Lima, 20 Jan 2025\n\n"
            "Slide 2: 2024 results\n"
            "• Exports: US$71.0bn ▲4% YoY\n\n"
            "Slide 3: 2025 outlook\n"
            "• Exports ≈ US$75bn\n")
    assert claim(text, "US$71.0bn", published="2025-01-20")["period"] == "2024"
    assert claim(text, "US$75bn", published="2025-01-20")["period"] == "2025"
    assert errors(text, published="2025-01-20") == []


def test_a_slide_title_product_heads_the_figures_under_it():
    text = ("Growers' Briefing 2023\n\n"
            "Slide 2: Ghana cocoa exports 2023\n"
            "• Value: GH₵ 30.2bn ▲5% YoY\n\n"
            "Slide 3: Context\n"
            "• Cocoa is the top earner; horticulture #3 (GH₵ 41.0bn incl. fruit)\n")
    assert claim(text, "GH₵ 30.2bn", published="2024-02-01")["commodity"] == "cocoa"
    assert claim(text, "GH₵ 41.0bn", published="2024-02-01")["commodity"] == "horticulture"


def test_money_a_weaker_currency_added_is_no_whole():
    text = ("Slide 1: 2023 in review\n"
            "• Fish exports: NOK 90bn ▲8% YoY\n"
            "• Weaker krone added ~NOK 6bn\n\n"
            "Slide 2: Main buyers\n"
            "1. Spain NOK 7.1bn\n"
            "2. France NOK 6.6bn\n")
    assert claim(text, "NOK 6bn")["measure"] == "other"
    assert errors(text) == []


def test_a_record_bullet_with_no_figure_is_taken_by_no_later_line():
    text = ("Slide 2: Results 2023\n"
            "• Food exports: ¥900bn ▲3% YoY\n"
            "• 8th record in a row\n\n"
            "Slide 3: Items\n"
            "▼ Scallops ¥40bn, −20% (2022: ¥50bn)\n")
    assert errors(text) == []
