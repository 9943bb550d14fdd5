"""North African press (round 58): "LD" before a figure is the Libyan dinar; a bare "dinars" takes the
currency of the country named by its adjective ("Tunisian"); a percentage is kept when only
the next paragraph names a tax; "sales abroad" are exports; a bracketed change after what a
cause cue names ("driven by X (+5%)") is that part's change."""
from readings import claim, errors


def test_ld_before_a_figure_is_the_libyan_dinar():
    c = claim("Libya's oil exports earned LD 40.2 billion in 2022.", "LD 40.2 billion")
    assert c["currency"] == "LYD"


def test_bare_dinars_take_the_country_named_by_its_adjective():
    c = claim("Tunisian dates sold for 9.5 dinars a kilogram at the port.", "9.5 dinars")
    assert c["currency"] == "TND"


def test_a_tax_named_in_the_next_paragraph_keeps_the_share():
    text = ("Libya's revenues reached LD 50.0 billion in 2022, of which oil revenues made up "
            "LD 45.0 billion, or {pct}%.\n\nTax receipts rose too.")
    assert errors(text.format(pct="90")) == []
    assert errors(text.format(pct="80")) != []


def test_sales_abroad_are_exports():
    c = claim("Morocco's phosphate sector saw sales abroad reach 50.0 billion dirhams in 2023.",
              "50.0 billion dirhams")
    assert c["measure"] == "exports"


def test_a_bracketed_change_after_a_cause_is_the_parts_own():
    text = ("Morocco's textile exports rose to 44.0 billion dirhams in 2023, up {pct}% from 40.0 "
            "billion in 2022, driven by the denim segment (+25.0%) and knitwear (+3.0%).")
    assert errors(text.format(pct="10")) == []
    assert errors(text.format(pct="20")) != []
