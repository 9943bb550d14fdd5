"""Government trade releases: product highlights as bullets, a sub-sector filed under a wider
class, deals struck at a trade fair, a trade-agreement bloc beside the national total, and a
comparison with the whole year before."""
from tradecheck import verify_text


def _claims(text, published="2026-03-10"):
    return verify_text(text, published=published, reference="none").to_dict()


def _amount(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "amount" and snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_a_bullet_product_flow_is_that_product_s_whatever_the_vocabulary_knows():
    text = ("Vietnam's merchandise exports reached USD 405.5 billion in 2025.\n\n"
            "Highlights:\n\n"
            "* Cashew nuts exports were USD 4.3 billion;\n"
            "* Pepper exports were USD 1.2 billion, with prices at a five-year high.\n")
    d = _claims(text)
    assert _amount(d, "4.3")["commodity"] == "cashew nuts"
    assert _amount(d, "1.2")["commodity"] == "pepper"
    assert not _inconsistent(d)


def test_a_subject_counted_under_a_class_is_a_part_of_it():
    text = ("Kenya's services exports came to USD 5.9 billion in 2025, while goods exports were USD 7.9 billion. "
            "Tourism receipts, counted under services exports, rose to USD 2.4 billion.\n")
    d = _claims(text)
    c = _amount(d, "2.4")
    assert c["commodity"] == "tourism"
    assert not _inconsistent(d)


def test_deals_at_a_trade_fair_are_no_flow_of_the_month():
    text = ("Thailand's imports in May 2026 were USD 25.1 billion. "
            "Some 900 companies took part in the national trade fair held in May 2026, "
            "generating transactions of USD 3.2 billion.\n")
    d = _claims(text)
    assert _amount(d, "3.2")["measure"] == "other"
    assert not _inconsistent(d)


def test_trade_with_the_rcep_partners_is_with_the_bloc():
    text = ("Vietnam's trade with its Regional Comprehensive Economic Partnership (RCEP) partners came to "
            "USD 480 billion in 2025, 61 per cent of its total trade of USD 786 billion. "
            "Exports to RCEP partners were USD 210 billion, and imports from RCEP partners USD 270 billion.\n")
    d = _claims(text)
    c = _amount(d, "480")
    assert c["partner_group"] == "RCEP"
    assert _amount(d, "210")["partner_group"] == "RCEP"
    assert not _inconsistent(d)


def test_compared_with_a_year_when_total_exports_reached_is_the_whole():
    text = ("The country's total exports of goods and services reached USD 60.0 billion in 2025. "
            "Goods exports were USD 40.0 billion, while services exports contributed USD 20.0 billion. "
            "Compared with 2024, when total exports reached USD 50.0 billion, this represents growth of 20 percent.\n")
    d = _claims(text)
    assert _amount(d, "50.0")["commodity"] is None
    assert not _inconsistent(d)


def test_the_non_x_sector_and_x_make_up_the_balance():
    text = ("Egypt's trade deficit was USD 4.10 billion in May 2026. The deficit came from the non-oil sector "
            "at USD 3.40 billion, with an oil deficit of USD 0.90 billion.\n")
    d = _claims(text)
    bad = _inconsistent(d)
    assert len(bad) == 1 and "non-oil sector" in bad[0]["message"]
