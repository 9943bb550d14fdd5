"""Philippine releases and press (round 72): a place a headline ranks among the partners ("China
still top buyer") is the largest one, not the partner of every figure the text gives. A count of
parts taken together may carry a modifier of two words before its noun ("Combined, the three
East Asian markets accounted for"): the sum of the last three partners' figures, no single
partner carried from the sentence before. A balance-of-
payments account that is the subject of a headline's verb ("BOP Posts US$4.36 Billion Surplus")
scopes the balance word after the figure, and "BOP" is short for the balance of payments, no
trade balance in goods. APEC is a bloc (its member economies' exports are a part of the
country's, not the whole). A subject's aside that lists what it includes ("Coconut products,
including copra, coconut oil and desiccated coconut, earned") leaves the subject the product.
After "Of the X total," a part that is the subject of the sentence's first figure owns every
figure after it, its change and earlier level too. A ranked table row whose label wraps onto a
second line (" 7. Other products from mineral" over "    manufactured goods   289") is one
row, so the table goes on. (Where a check needs a pair, a real country reports: an invented one
gives the figures no pair to check.)"""
from readings import claim, errors


TOP_BUYER = ("Ecuador banana export earnings dip 3.1% in H1; Russia still top buyer\n\n"
             "QUITO - Earnings from fresh banana exports slipped to USD742.6 million in the first half of 2024, "
             "3.1 percent lower than the USD766.4 million recorded in the same period last year.\n\n"
             "Russia remained the biggest market for Ecuadorian bananas, absorbing USD318.4 million worth, or "
             "{share} percent of the total. Germany followed with USD247.1 million (33.3 percent), and Italy with "
             "USD74.9 million (10.1 percent).\n\n"
             "Combined, the three European markets accounted for USD640.4 million, or 86.2 percent of banana "
             "export receipts during the period.")


def test_a_partner_the_headline_ranks_is_no_partner_of_the_texts_figures():
    text = TOP_BUYER.format(share="42.9")
    assert claim(text, "USD742.6 million", published="2024-08-15")["partner"] == "WLD"
    assert errors(text, published="2024-08-15") == []


def test_a_joint_opener_takes_the_counted_markets_as_one_group():
    text = TOP_BUYER.format(share="42.9")
    combined = claim(text, "USD640.4 million", published="2024-08-15")
    assert combined["partner"] is None and combined["partner_group"]  # (the three together, no one of them)


def test_the_top_buyers_share_is_checked_against_the_products_total():
    assert errors(TOP_BUYER.format(share="47.9"), published="2024-08-15") != []


def test_a_bop_headline_is_the_balance_of_payments_not_the_goods_balance():
    text = ("BOP Posts US$4.36 Billion Surplus in 2009\n\n"
            "The Philippines' balance of payments (BOP) position registered a surplus of US$4.36 billion in 2009. "
            "The trade-in-goods deficit narrowed to US$8.84 billion from US$11.16 billion in 2008. Goods exports "
            "declined by 22.3 percent to US$37.51 billion, while goods imports dropped by 22.0 percent to "
            "US$46.35 billion.")
    assert claim(text, "US$4.36 Billion", published="2010-03-19")["scope"] == "balance of payments"
    assert errors(text, published="2010-03-19") == []


def test_apec_member_economies_are_a_bloc_not_the_whole_flow():
    text = ("Total export sales of Indonesia in January 2026 amounted to USD 6.21 billion, higher by 5.3 percent "
            "from USD 5.90 billion in January 2025. Exports to APEC member economies amounted to USD 4.86 billion, "
            "or 78.3 percent of total exports. Exports to ASEAN member states reached USD 1.04 billion "
            "(16.7 percent).")
    assert claim(text, "USD 4.86 billion", published="2026-03-10")["partner_group"] == "APEC"
    assert errors(text, published="2026-03-10") == []


COCONUT = ("Exports from Sri Lanka grew by 10.4 percent in 1995 to $921.4 million, up from $834.7 million in 1994.\n\n"
           "Coconut products, including copra, coconut oil and desiccated coconut, earned ${level} million, down "
           "6.3 percent from $214.8 million.")


def test_a_listed_including_aside_leaves_the_subject_the_product():
    text = COCONUT.format(level="201.3")
    assert claim(text, "6.3 percent")["commodity"] == "coconut products"
    assert errors(text) == []


def test_the_products_own_change_is_checked():
    assert errors(COCONUT.format(level="241.3")) != []


def test_figures_after_a_part_named_past_an_of_the_total_opener_are_the_parts():
    text = ("Exports of Malaysia reached $4.06 billion in May 2010. Electronic products rose 51.7 percent to "
            "$2.67 billion from $1.76 billion.\n\n"
            "Of the electronics total, semiconductors contributed $1.51 billion, up {rise} percent from "
            "$1.08 billion a year ago.")
    assert claim(text.format(rise="39.8"), "$1.08 billion", published="2010-07-10")["commodity"] == "semiconductors"
    assert errors(text.format(rise="39.8"), published="2010-07-10") == []
    assert errors(text.format(rise="29.8"), published="2010-07-10") != []


WRAPPED = ("TABLE 2. Top Five Exports of Ruritania: 2001 and 2000\n"
           "(FOB Value in Million US Dollars)\n\n"
           "                                                 2001      2000\n"
           " 1. Electronic products                        20,610    26,108\n"
           " 2. Garments                                    2,433     2,536\n"
           " 3. Other products from mineral\n"
           "    manufactured goods                            289       301\n"
           " 4. Fresh bananas                                 285       {bananas}\n"
           " 5. Copper cathodes                               209       251\n"
           "    Total                                      23,826    29,473\n")


def test_a_ranked_rows_label_wrapped_onto_a_second_line_keeps_the_table_going():
    assert errors(WRAPPED.format(bananas="277")) == []
    assert errors(WRAPPED.format(bananas="227")) != []
