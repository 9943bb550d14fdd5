"""Shares and their wholes (round 75). A share "of Chilean fruit shipments" is of the product
the words after the demonym name, whose level the text may never give (then nothing is checked),
not of another product's whole. A member's trade with its own bloc, as a share, is of the bloc's
internal trade the text states, and a later place's possessive with its noun left out ("while
Burundi's was $265 million") owns a share of that trade too, no flow between the two places. A
phrase before an acronym's bracket and a word for goods after it ("information, communications
and audio-video (ICT/AV) products") is one product group, and "Within ICT/AV, exports of servers
and parts" are the servers' figures. A product's phrase ends where a period said in words begins
("capital equipment last year"). A list's heading that names a product's flow ("Top destinations
for Omani non-oil exports:") sets the product of the market lines under it after a blank line, and
their shares are of that product's flow with the world. "A ($N1), B ($N2) ... and D ($N4) together
accounted for $T": T is the sum of the bracketed parts. A level "against" a change's new level
after "N per cent, to" is that change's earlier level, of the period before."""
from readings import claim, errors


def test_a_share_of_a_product_named_after_a_demonym_is_of_that_product():
    text = ("Chilean exports to China amounted to US$38,827 million in 2021.\n\n"
            "Copper shipments to China reached US$24,112 million, {copper}% of all Chilean exports to that market. "
            "Among non-mining products, fresh cherries stood out with US$1,563 million, and cherries alone "
            "accounted for more than 90% of Chilean fruit shipments to the Chinese market.\n")
    assert errors(text.format(copper="62.1"), published="2022-03-15") == []
    assert errors(text.format(copper="52.1"), published="2022-03-15") != []


def test_a_members_share_is_of_its_blocs_internal_trade():
    text = ("The EAC Trade Report shows that total intra-EAC trade declined by 8.9 per cent to $5,289 million "
            "in 2014 from $5,805 million in 2013.\n\n"
            "Kenya remained the dominant player, accounting for $2,041 million, or 38.6 per cent of the trade. "
            "Uganda followed with $1,376 million (26.0 per cent) and Tanzania with $1,098 million ({tanzania} per cent). "
            "Rwanda's share stood at 9.6 per cent, or $509 million, while Burundi's was $265 million (5.0 per cent).\n\n"
            "Intra-EAC trade still accounts for less than 12 per cent of the bloc's total trade with the rest of "
            "the world.\n")
    assert errors(text.format(tanzania="20.8"), published="2015-06-13") == []
    assert errors(text.format(tanzania="23.8"), published="2015-06-13") != []


def test_a_possessive_with_its_noun_left_out_owns_a_share_too():
    text = ("Total intra-EAC trade declined by 8.9 per cent to $5,289 million in 2014.\n\n"
            "Rwanda's share stood at 9.6 per cent, or $509 million, while Burundi's was $265 million (5.0 per cent).\n")
    burundi = claim(text, "$265 million", published="2015-06-13")
    assert burundi["partner"] == "BDI" and burundi["reporter"] != "RWA"


def test_a_phrase_and_goods_noun_around_an_acronym_are_one_product():
    text = ("Taiwan's exports of information, communications and audio-video (ICT/AV) products reached "
            "US$19.71 billion in the second quarter of 2023.\n\n"
            "Monthly ICT/AV exports came to US$5.92 billion in April, US${may} billion in May and US$7.31 billion "
            "in June.\n\n"
            "The category accounted for 18.9% of Taiwan's total exports of US$104.39 billion in the quarter.\n")
    assert errors(text.format(may="6.48"), published="2023-07-11") == []
    assert errors(text.format(may="6.98"), published="2023-07-11") != []


def test_within_a_group_exports_of_a_part_are_the_parts():
    text = ("Taiwan's exports of information, communications and audio-video (ICT/AV) products reached "
            "US$19.71 billion in the second quarter of 2023, up 27.4% from a year earlier.\n\n"
            "Within ICT/AV, exports of servers and parts more than doubled to US$6.17 billion from US$2.95 billion "
            "a year ago.\n")
    assert errors(text, published="2023-07-11") == []
    assert claim(text, "US$2.95 billion", published="2023-07-11")["commodity"] == "servers and parts"


def test_a_product_phrase_ends_where_a_period_begins():
    text = ("Imports of capital equipment last year reached a record US$52.27 billion, Taiwan's finance "
            "ministry said.\n\n"
            "Total imports in 2017 rose to US$259.27 billion. Raw materials made up US$172.86 billion, or 66.7 "
            "percent of the total, while capital equipment accounted for {share} percent.\n")
    assert errors(text.format(share="20.2"), published="2018-01-09") == []
    assert errors(text.format(share="23.2"), published="2018-01-09") != []


def test_a_list_headings_product_carries_to_its_market_lines():
    text = ("Oman's non-oil exports grow 9.4% in first half\n\n"
            "MUSCAT: The Sultanate's non-oil exports rose 9.4 per cent to RO1,387.6 million in the first six "
            "months of 2012, while total merchandise exports reached RO9,525.8 million.\n\n"
            "Top destinations for Omani non-oil exports (January-June 2012):\n\n"
            "UAE: RO301.2mn (21.7 per cent)\n"
            "Saudi Arabia: RO179.4mn ({saudi} per cent)\n"
            "India: RO143.5mn (10.3 per cent)\n")
    assert errors(text.format(saudi="12.9"), published="2012-08-20") == []
    assert errors(text.format(saudi="14.9"), published="2012-08-20") != []


def test_bracketed_parts_together_make_the_figure_after_them():
    text = ("Australia's resources exports reached a record $463.8 billion in 2022-23.\n\n"
            "The four biggest earners – iron ore ($124.3b), liquefied natural gas (${lng}b), metallurgical coal "
            "($61.4b) and thermal coal ($65.8b) – together accounted for $343.4 billion, or 74 per cent of the "
            "total.\n")
    assert errors(text.format(lng="91.9"), published="2023-08-03") == []
    assert errors(text.format(lng="97.9"), published="2023-08-03") != []


def test_a_level_against_a_changes_new_level_after_a_comma_is_the_earlier_one():
    text = ("Oman's total merchandise exports reached RO9,525.8 million in the first half of 2012.\n\n"
            "Merchandise imports grew at a faster pace of {change} per cent, to RO4,882.7 million against "
            "RO4,318.6 million.\n")
    assert errors(text.format(change="13.1"), published="2012-08-20") == []
    assert errors(text.format(change="15.1"), published="2012-08-20") != []


def test_only_the_bracketed_figures_are_the_parts_together():
    text = ("Australia's exports rose to $500 billion in 2022-23, with iron ore ($124.3b) and coal (${coal}b) "
            "together accounting for $251.5 billion.\n")
    assert errors(text.format(coal="127.2"), published="2023-08-03") == []
    assert errors(text.format(coal="137.2"), published="2023-08-03") != []
