"""Korean IT and Dubai non-oil trade releases (round 73). A partner's money and share in a
bracket ("overtaking the United States (US$16.0 billion, 21.4%)") in a text on one product's
exports that also gives the national total is that product's or the nation's, a guess: its share
is not checked, never an error. "N, accounting for P per cent of total trade" after a flow's
amount is that flow's (and product's) share of the trade, checked against the trade total. A
figure "recorded from January to June" is dated by that range, as "between January and June"
would date it, not by the period of the clause before. (Where a check needs a pair, a real
country reports: an invented one gives the figures no pair to check.)"""
from readings import claim, errors


_IT = ("IT Exports Top US$70 Billion in 2004\n\n"
       "Korea's IT exports in 2004 reached US$74.9 billion, an increase of 30.3% over the previous year's "
       "US$57.5 billion.\n\n"
       "IT exports accounted for 29.5% of total national exports (US$253.8 billion).\n\n"
       "By region, China became the largest market with US$27.1 billion (36.2%), overtaking the United "
       "States (US$16.0 billion, {share}%).")


def test_a_bracketed_partner_share_in_a_text_on_one_product_is_no_error():
    assert errors(_IT.format(share="21.4"), published="2005-01-10") == []


def test_a_bracketed_partner_share_is_not_set_against_the_national_total():
    # (6.3% of the national total or 21.4% of IT exports: which whole is a guess, so neither is an error)
    assert errors(_IT.format(share="6.3"), published="2005-01-10") == []


_NON_OIL = ("UAE's non-oil trade rises 16.9% to Dh603.7 billion in first quarter\n\n"
            "The UAE's non-oil foreign trade climbed 16.9 per cent year-on-year to Dh603.7 billion in the first "
            "quarter of 2023, compared with Dh516.4 billion in the first three months of 2022.\n\n"
            "Non-oil exports reached Dh99.6 billion, accounting for {share} per cent of total trade. Re-exports "
            "came to Dh166.4 billion and imports to Dh337.7 billion.")


def test_a_flows_share_of_total_trade_after_its_amount():
    c = claim(_NON_OIL.format(share="16.5"), "16.5 per cent", published="2023-06-20")
    assert c["measure"] == "exports"
    assert errors(_NON_OIL.format(share="16.5"), published="2023-06-20") == []


def test_a_changed_share_of_total_trade_is_caught():
    found = errors(_NON_OIL.format(share="19.5"), published="2023-06-20")
    assert any("19.5 per cent" in e for e in found)


_HALVES = ("Dubai's non-oil foreign trade reached AED1.183 trillion in 2020.\n\n"
           "Trade recovered strongly in the second half, reaching AED662.6 billion between July and December, "
           "27.3% more than the AED{first} billion recorded from January to June.")


def test_a_figure_recorded_from_january_to_june_is_of_the_first_half():
    assert claim(_HALVES.format(first="520.4"), "AED520.4 billion", published="2021-03-01")["period"] == "2020-H1"
    assert claim(_HALVES.format(first="520.4"), "27.3%", published="2021-03-01")["base_period"] == "2020-H1"
    assert errors(_HALVES.format(first="520.4"), published="2021-03-01") == []


def test_a_changed_first_half_breaks_the_years_sum():
    found = errors(_HALVES.format(first="560.4"), published="2021-03-01")
    assert any("560.4" in e and "1.18trn" in e for e in found)
