"""Statistics Canada releases and Peruvian agro-exports (round 73): "cent" after "per" is a
percentage's sign, never a currency standing as a clause's subject, so "up 33.7 per cent from
$8.21 billion" after a product's share of the total is that product's change and earlier level.
A sentence or bullet opened by a volume or real-terms label before a comma or colon ("Volumes:",
"In real (or volume) terms,") gives quantities' changes, not the money values' (vocab/
real_terms_labels.csv). A figure after "rev. from" is the estimate the revision replaced
(vocab/vintage_cues.csv). An unsigned amount in brackets after a signed percentage and its
footing ("Exports -1.5% m/m ($60.12 bln)") is the flow's new level, not its change in money nor
its earlier level. A bare total that changed by the very percentage the goods flow did, in a
text that gives services apart, is set against no sum of goods and services. A sector word
before a hyphened flow word ("traditional agro-exports"), or before "products" as the clause's
subject ("Non-traditional products, which represent almost all of the sector's shipments,
added"), names the sector's part of the flow. (Where a check needs a pair, a real country
reports: an invented one gives the figures no pair to check.)"""
from readings import claim, errors, reading


def test_per_cent_is_no_currency_subject():
    text = ("Saskatchewan's international exports climbed to a record $31.47 billion in 2011, up 23.3 per "
            "cent from $25.53 billion in 2010.\n\n"
            "Crude oil remained the province's largest export at $10.98 billion, or {share} per cent of the "
            "total, up 33.7 per cent from $8.21 billion a year earlier.")
    correct = text.format(share="34.9")
    assert claim(correct, "33.7 per cent", published="2012-03-14")["commodity"] == "crude oil"
    assert claim(correct, "$8.21 billion", published="2012-03-14")["commodity"] == "crude oil"
    assert errors(correct, published="2012-03-14") == []
    assert errors(text.format(share="38.9"), published="2012-03-14") != []


def test_a_volumes_label_opens_a_bullet_of_volume_changes():
    text = ("Ruritania's merchandise trade deficit narrowed to $0.98 billion in September from $1.24 billion in "
            "August.\n\n"
            "- Export values fell 1.1% m/m to $48.62 billion, while imports dropped 1.6% to $49.60 billion.\n"
            "- Volumes: exports -0.8%, imports -1.3%.\n\n"
            "                     Sep-19    Aug-19\n"
            "Exports ($bn)         48.62     49.16\n"
            "Imports ($bn)         49.60     50.40\n")
    texts = [c["text"] for c in reading(text, published="2019-11-05")["claims"] if c["kind"] == "percent_change"]
    assert "-0.8%" not in texts and "-1.3%" not in texts
    assert errors(text, published="2019-11-05") == []


def test_a_real_terms_opener_makes_every_change_of_its_sentence_a_volume():
    text = ("Ruritania's merchandise exports rose 2.2% in January, while imports were up 0.6%.\n\n"
            "In real (or volume) terms, exports increased 1.4% in January, while imports edged down 0.1%.\n\n"
            "Total imports increased 0.6% to $63.85 billion. December's merchandise imports were revised "
            "to $63.47 billion.")
    texts = [c["text"] for c in reading(text, published="2026-03-05")["claims"] if c["kind"] == "percent_change"]
    assert "1.4%" not in texts and "0.1%" not in texts
    assert errors(text, published="2026-03-05") == []


def test_a_figure_after_rev_from_is_the_replaced_estimate():
    text = ("Ruritania's merchandise trade deficit widened to $5.38 bln in May from $4.61 bln in April (rev. "
            "from $5.07 bln).")
    assert claim(text, "$5.07 bln", published="2025-07-03").get("vintage") == "first estimate"
    assert errors(text, published="2025-07-03") == []


def test_an_unsigned_bracket_after_a_signed_change_is_the_new_level():
    text = ("Canada's merchandise trade deficit widened to $5.38 bln in May.\n\n"
            "- Exports -1.5% m/m ($60.12 bln); imports -0.2% ($65.50 bln)\n"
            "- Exports to the U.S. fell 3.6% to $42.93 bln from $44.53 bln\n"
            "- U.S. share of Canadian exports down to {share}% from 72.9% in April")
    correct = text.format(share="71.4")
    level = claim(correct, "$60.12 bln", published="2025-07-03")
    assert (level["measure"], level["period"]) == ("exports", "2025-05")
    assert errors(correct, published="2025-07-03") == []
    assert errors(text.format(share="75.4"), published="2025-07-03") != []


def test_a_total_restating_the_goods_change_is_no_sum_of_goods_and_services():
    text = ("Ruritania's merchandise exports rose 2.2% in January, while imports were up 0.6%.\n\n"
            "Total exports rose 2.2% to $62.37 billion in January. Total imports increased 0.6% to $63.85 "
            "billion.\n\n"
            "Exports of services rose 0.6% to $15.42 billion in January, while imports of services "
            "increased 0.4% to $16.98 billion.\n\n"
            "December's merchandise exports were revised to $61.02 billion and imports to $63.47 billion.")
    assert errors(text, published="2026-03-05") == []


def test_a_sector_before_products_or_a_hyphened_flow_is_a_part():
    text = ("Ruritania's agricultural exports totalled US$ 1,284 million in January 2026, 15.0% more than in the "
            "same month of 2025 (US$ 1,117 million).\n\n"
            "Non-traditional products, which represent almost all of the sector's shipments, added US$ 1,198 "
            "million (+16.2%), while traditional agro-exports stayed flat at US$ 86 million.\n\n"
            "- Mangoes: US$ 148.3 million (+13.2%)\n\n"
            "Agricultural imports amounted to US$ 612 million, so the agrarian trade balance recorded a "
            "surplus of US$ {surplus} million.")
    correct = text.format(surplus="672")
    assert claim(correct, "US$ 1,198 million", published="2026-03-10")["commodity"] == "non-traditional"
    assert claim(correct, "US$ 86 million", published="2026-03-10")["commodity"] not in (None, "agricultural")
    assert errors(correct, published="2026-03-10") == []
    assert errors(text.format(surplus="762"), published="2026-03-10") != []
