"""Bangladeshi press (round 70): "the sector" opening a sentence is the product the text leads
on, at whatever period the sentence gives. After "Of the total garment earnings," a kind of the
whole said by its modifier and a goods noun ("woven items") is that kind, a part. A percentage
"higher than the target" is the result's gap to its goal, no change over time. A list item's
label keeps its bracketed aside, and an aside saying the item is not counted in the total sets
it apart from the totals. Places listed with an article ("buyers from Japan, the US and
Europe") are buyers all, no pair of the text. Money a settling verb pays for a flow's dues
("cleared $1.3 billion in import bills") is a payment, no flow of the period. A list under "The
destination-wise breakdown:" gives the reporter's partners."""
from readings import claim, errors


def test_the_sector_opening_a_sentence_is_the_lead_product_at_any_period():
    text = ("Portugal's garment exports grew 10.0 percent to a record $33.0 billion in 2023.\n\n"
            "The sector had fetched ${before} billion in the previous year.\n\n"
            "Overall merchandise exports stood at $40.0 billion in 2023, up 5.0 percent from $38.1 billion a year ago.")
    assert claim(text.format(before="30.0"), "$30.0 billion")["commodity"] == "garments"
    assert errors(text.format(before="30.0")) == []
    assert errors(text.format(before="28.0")) != []


def test_a_kind_of_the_whole_named_after_an_of_the_total_opener_is_a_part():
    text = ("Portugal's garment exports reached $34.0 billion in 2023.\n\n"
            "Of the total garment earnings, woven items brought in $17.5 billion, while knitwear "
            "shipments rose to ${knit} billion.")
    assert claim(text.format(knit="16.5"), "$17.5 billion")["commodity"] == "woven garments"
    assert errors(text.format(knit="16.5")) == []
    assert errors(text.format(knit="15.5")) != []


def test_a_percentage_higher_than_a_target_is_no_change_over_time():
    text = ("Ruritania's merchandise exports stood at $40.0 billion in 2023, up 10.0 percent from "
            "$36.4 billion a year ago and 3.9 percent higher than the government's target of $38.5 billion.")
    assert claim(text, "3.9 percent")["measure"] == "other"
    assert errors(text) == []


def test_a_list_item_not_counted_in_the_total_keeps_its_label_and_stands_apart():
    text = ("Ruritania's leather exports rose 10.0 percent to $1.10 billion in 2023.\n\n"
            "Key figures for 2023:\n\n"
            "* Leather footwear: $700.0 million, up 12.0 percent from $625.0 million\n"
            "* Leather goods: $400.0 million, up 6.7 percent from $375.0 million\n"
            "* Non-leather footwear (not counted in the sector total): $420.0 million, up 20.0 percent from $350.0 million\n")
    assert claim(text, "$420.0 million")["commodity"] == "non-leather footwear"
    assert errors(text) == []


def test_places_listed_with_an_article_as_buyers_are_no_pair():
    text = ("Portugal's toy exports rose 20.0 percent to $1.2 billion in 2023, as buyers from "
            "Japan, the US and Europe returned after the pandemic.")
    assert claim(text, "$1.2 billion")["partner"] == "WLD"


def test_money_paid_to_settle_import_bills_is_no_import_flow():
    text = ("Ruritania's foreign exchange reserves fell to $30.0 billion on Tuesday after the central "
            "bank cleared $1.3 billion in import bills to the clearing union for May-June.\n\n"
            "Imports stood at $7.4 billion in May.")
    assert claim(text, "$1.3 billion", published="2024-07-09")["measure"] == "other"
    assert errors(text, published="2024-07-09") == []


def test_a_destination_wise_breakdown_lists_the_reporters_partners():
    text = ("Freedonia earned $50.0 billion from merchandise exports in 2023. The destination-wise breakdown:\n\n"
            "- European Union: $20.0 billion, 40.0 percent of total exports\n"
            "- United States: $10.0 billion\n"
            "- Canada: $2.0 billion\n")
    assert claim(text, "$10.0 billion")["partner"] == "USA"
    assert claim(text, "$20.0 billion")["partner"] == "EUU"
