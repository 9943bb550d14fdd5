"""Leftovers of earlier probe rounds read in the twelfth session: two products added up in so
many words, and the product of a figureless sentence carried to the money word after it."""
from tradecheck import verify_text


def _claims(text, published="2025-03-01"):
    return verify_text(text, published=published, reference="none").to_dict()


def _amount(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "amount" and snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


TWO = ("Oman's export receipts from urea and ammonia together rose to $3.40 billion in 2024. Urea exports were "
       "worth $2.10 billion, up 10.5 per cent from $1.90 billion in 2023.\n\nAmmonia did worse. "
       "Earnings fell to $1.30 billion from {earlier} billion in 2023, a drop of 18.75 per cent.\n")


def test_two_products_together_are_one_figure_of_both():
    d = _claims(TWO.format(earlier="$1.60"))
    assert _amount(d, "3.40")["commodity"] == "urea and ammonia"
    assert _amount(d, "2.10")["commodity"] == "urea"
    assert not _inconsistent(d)  # not three levels of urea exports in 2024


def test_a_product_made_the_subject_of_a_figureless_sentence_owns_the_earnings_after_it():
    d = _claims(TWO.format(earlier="$1.60"))
    assert _amount(d, "1.30")["commodity"] == "ammonia"
    assert _amount(d, "1.60")["commodity"] == "ammonia"
    # and its change is checked against its own levels
    assert len(_inconsistent(_claims(TWO.format(earlier="$1.90")))) == 1


def test_earnings_after_a_sentence_with_figures_keep_the_product_in_hand():
    d = _claims("Ghana's cocoa exports reached $3.1 billion in 2024. Earnings were $2.5 billion in 2023.\n")
    assert _amount(d, "$2.5")["commodity"] == "cocoa"
