"""Hedged figures: how far "about", "around", "roughly" let a figure stray depends on how many
significant digits the writer kept. A round one-digit figure is rough (a tenth); a two-digit
one is the writer's rounding, hedged (a twentieth); three digits or more are the statistic."""
import pytest

from tradecheck import verify_text
from tradecheck.normalise.intervals import (APPROX, APPROX_ROUNDED, APPROX_TWO_DIGITS, approx_width,
                                             significant_digits)


def read(text: str, published: str = "2024-03-05") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


@pytest.mark.parametrize("figure, digits", [
    ("Dh500 billion", 1),        # zeros ending a whole number are no digits
    ("£400bn", 1),
    ("$2,500 million", 2),       # a comma before three digits groups thousands
    ("A$82 billion", 2),
    ("EUR 9.6 billion", 2),
    ("US$ 14.0 billion", 3),     # a zero after the decimal point is written precision
    ("8.44 trillion yen", 3),
    ("nine point seven billion euros", None),  # in words: judged from the value and its unit
])
def test_significant_digits_of_a_written_figure(figure, digits):
    """Read: the significant digits a figure was written to."""
    assert significant_digits(figure) == digits


def test_the_width_follows_the_digits():
    """Read: one digit a tenth, two a twentieth, three or more a hundredth."""
    assert approx_width(4e9, 1e9, 1) == APPROX
    assert approx_width(8.2e10, 1e9, 2) == APPROX_TWO_DIGITS
    assert approx_width(8.44e12, 1e10, 3) == APPROX_ROUNDED
    # a figure in words: its digits from the value and its rounding unit ("nine point seven")
    assert approx_width(9.7e9, 1e8) == APPROX_TWO_DIGITS


BALANCE = ("Canada's goods exports to Japan came to C$31.4 billion in 2023. Imports from Japan were C$14.7 billion, "
           "so the bilateral goods surplus was around C$17 billion.")


def test_a_two_digit_hedged_balance_is_pinned_by_precise_terms():
    """Read: "a surplus of around 17" after exports of 31.4 and imports of 14.7 (16.7): consistent;
    an "around 15" (11% off the difference) is flagged."""
    r = read(BALANCE)
    assert r["claims"]["C$17 billion"]["measure"] == "balance"
    assert r["claims"]["C$17 billion"]["bound"] == "approx"
    assert r["errors"] == []
    assert read(BALANCE.replace("around C$17 billion", "around C$15 billion"))["errors"]


def test_a_two_digit_hedge_within_five_percent_holds():
    """Read: "around 16" for a difference of 16.7 (4% off) is within the hedge."""
    assert read(BALANCE.replace("around C$17 billion", "around C$16 billion"))["errors"] == []


def test_a_one_digit_hedge_stays_rough():
    """Read: "about C$20 billion" for a difference of 18.0 (10% off) is a round figure's reach
    (a twentieth would not allow it); "about C$30 billion" is not."""
    text = BALANCE.replace("C$31.4", "C$30.6").replace("C$14.7", "C$12.6")
    assert read(text.replace("around C$17 billion", "about C$20 billion"))["errors"] == []
    assert read(text.replace("around C$17 billion", "about C$30 billion"))["errors"]


def test_a_two_digit_hedged_term_pins_the_balance():
    """Read: "roughly EUR 1.9bn" of exports against precise imports and a hedged deficit: a
    changed export term (2.9, leaving 8.6 against "about 9.6") is flagged."""
    text = ("EU imports of electric cars from Korea were EUR 11.5 billion in 2023, while EU exports of electric cars to "
            "Korea were roughly EUR 1.9 billion. That leaves a bilateral deficit of about EUR 9.6 billion.")
    assert read(text)["errors"] == []
    assert read(text.replace("roughly EUR 1.9 billion", "roughly EUR 2.9 billion"))["errors"]
