"""Flows and sums the tool did not read (round 74). Earnings from a service that "are estimated at"
a figure keep the service, so they are no merchandise exports. In a text on exports, a subject
named by no flow word that "brought in" or "earned" money has that money as its exports. "A $5.4
billion surplus in X" is X's balance, its product named after the balance noun. "Net errors and
omissions of N" is that account of the balance of payments, no trade balance. A sentence opening on
"The products" or "These goods" refers back to the product of the figure before, so the share it
gives is that product's."""
from readings import claim, errors


def test_tourism_earnings_estimated_at_a_figure_are_no_merchandise():
    text = ("Ruritania's merchandise trade deficit narrowed to US$ 4,900.5 million in 2023 from US$ 5,184.7 million "
            "in 2022. Export earnings were US$ 11,910.7 million, while import expenditure was US$ 16,811.2 million. "
            "Earnings from tourism are estimated at US$ 2,068.0 million for 2023, an increase of 82.0 per cent "
            "from US$ 1,136.1 million in 2022.")
    assert claim(text, "US$ 2,068.0 million", published="2024-01-30")["commodity"] == "tourism"
    assert errors(text, published="2024-01-30") == []


def test_what_a_product_brought_in_is_its_exports():
    text = ("Samoa's coconut-based exports grew 12.9% to US$ 684.5 million in 2017.\n\n"
            "Kernel products earned US$ 327.1 million, or 47.8% of the total.\n\n"
            "Non-kernel products brought in {rest} million.")
    correct = text.format(rest="US$ 357.4")
    assert claim(correct, "US$ 357.4 million", published="2018-01-22")["measure"] == "exports"
    assert errors(correct, published="2018-01-22") == []
    assert errors(text.format(rest="US$ 375.4"), published="2018-01-22") != []


def test_a_balance_in_a_product_named_after_its_noun():
    text = ("FREEDONIA, Aug 9 - Freedonia's goods trade balance showed a surplus of only $0.9 billion in "
            "April-June, as a $5.4 billion surplus in non-oil and gas goods was almost wiped out by a $4.5 "
            "billion deficit in oil and gas.")
    assert claim(text, "$5.4 billion", published="2013-08-09")["commodity"] == "non-oil and gas"
    assert claim(text, "$4.5 billion", published="2013-08-09")["commodity"] == "oil and gas"
    assert errors(text, published="2013-08-09") == []


def test_errors_and_omissions_are_an_account_of_their_own():
    text = ("FREEDONIA, Aug 9 - Freedonia's goods trade balance showed a surplus of only $0.9 billion in "
            "April-June, as a $5.4 billion surplus in non-oil and gas goods was almost wiped out by a $4.5 "
            "billion deficit in oil and gas. With net errors and omissions of minus $1.4 billion, the overall "
            "balance of payments posted a deficit of $2.5 billion.")
    assert claim(text, "$1.4 billion", published="2013-08-09")["scope"] == "errors and omissions"
    assert errors(text, published="2013-08-09") == []


def test_the_products_refer_back_to_the_product_before():
    text = ("KUALA LUMPUR, Feb 16 -- Exports of optical and scientific equipment rose 23.5 per cent to RM19.38 "
            "billion last year from RM15.69 billion in 2009, Ruritania's trade agency said.\n\n"
            "The products, which include medical instruments and contact lenses, accounted for {share} per cent "
            "of manufactured exports, which totalled RM441.33 billion.")
    assert errors(text.format(share="4.4"), published="2011-02-16") == []
    assert errors(text.format(share="5.4"), published="2011-02-16") != []

