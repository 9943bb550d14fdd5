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


def test_a_share_restating_a_figure_with_a_bloc_is_with_that_bloc():
    text = ("Thailand's exports were USD 300.0 billion in 2025. "
            "Exports to ASEAN amounted to USD 75.0 billion, 22.0% of Thailand's total exports.\n")
    d = _claims(text)
    share = next(c for c in d["claims"] if c["kind"] == "share")
    assert share["partner_group"] == "ASEAN"
    bad = _inconsistent(d)
    assert len(bad) == 1 and "25.0%" in bad[0]["message"]


def test_a_bare_change_among_the_highlights_leaves_the_body_s_scope_to_go_on():
    text = ("Press release\n\n"
            "UK-Canada trade reaches £30.0 billion\n\n"
            "Trade between the two countries has grown since the agreement entered into force on 1 March 2023.\n\n"
            "From: Department for Business and Trade\nPublished 15 October 2026\n\n"
            "- total trade up £4.0 billion in a year\n"
            "- more than 500 businesses supported\n\n"
            "Total trade in goods and services between the UK and Canada was £30.0 billion in the four quarters "
            "to the end of Q2 2026, an increase of 10.0% or £4.0 billion from the four quarters to the end of Q2 2025.\n\n"
            "UK exports to Canada totalled £18.0 billion, while UK imports from Canada were £12.0 billion. "
            "Services made up £7.0 billion of UK exports.\n")
    d = _claims(text, "2026-10-15")
    bad = _inconsistent(d)
    # (£30.0bn / 1.10 = £27.3bn, a change of £2.7bn, not £4.0bn)
    assert len(bad) == 1 and bad[0]["check"] == "percent_change"
    # the body's change is of the goods and services its level names, as the level is
    change = next(c for c in d["claims"] if c["kind"] == "percent_change")
    assert change["attribution"]["commodity"] == "goods-and-services-go-on"
