"""Old false alarms (round 72): money followed by ", that is, P% of the total" is a part of the
total given before, as after ", or", never that total's own series; a form or variety of the
product named last alone as a sentence's or bullet's subject ("- Basmati earned", "Malbec
explained"; vocab/product_forms.csv) is that part of the product;
a bullet opening on two products joined by "and" ("- Coffee and cocoa made up") has both as its
subject; the partners ranked after one whose money and share of the total are of a product
("followed by the US with US$102mn (15%)") are parts of the same product's total.
(The places are real ones: a figure of a place the tool knows no code for is checked against
nothing.)"""
from readings import claim, errors


def test_money_then_that_is_a_share_of_the_total_is_a_part():
    text = ("Chile's exports of wine totalled 190.0 million litres in 2024.\n\n"
            "In value, shipments reached US$ 362,4 million FOB, 6% more than the US$ 341,8 million of "
            "the previous year. Its best variety explained US$ {part} million, that is, 61,8% of the total.")
    assert errors(text.format(part="224,1")) == []
    assert errors(text.format(part="254,1")) != []  # (no longer 61.8% of the total)


def test_a_variety_alone_as_the_subject_is_that_part_of_the_product():
    text = ("Chile's wine exports reached US$ 362,4 million FOB in 2024, 6% more than the US$ 341,8 "
            "million of the previous year. Malbec explained US$ {part} million, that is, 61,8% of the total.")
    assert claim(text.format(part="224,1"), "US$ 224,1 million")["commodity"] == "malbec wine"
    assert errors(text.format(part="224,1")) == []
    assert errors(text.format(part="254,1")) != []


def test_a_form_alone_as_a_bullets_subject_is_that_part_of_the_product():
    text = ("Key takeaways\n"
            "- Pakistan's rice shipments reached about 20.0 million tonnes worth $10.0 billion in 2023\n"
            "- Basmati earned $4.5 billion, a record\n\n"
            "Basmati accounted for 4.0 million tonnes valued at $4.5 billion, while non-basmati "
            "shipments came to 16.0 million tonnes worth $5.5 billion.")
    assert claim(text, "$4.5 billion")["commodity"] == "basmati rice"
    assert errors(text) == []


def test_a_bullet_subject_of_two_products_is_both():
    text = ("Highlights\n"
            "- Ghana's exports reached $50.0 billion in 2023\n"
            "- Coffee and cocoa made up about a fifth of exports\n\n"
            "Coffee earned $6.0 billion in 2023, and cocoa another $4.0 billion. Together that is "
            "$10.0 billion, or 20% of all exports.")
    assert claim(text, "a fifth")["commodity"] == "coffee and cocoa"
    assert errors(text) == []


def test_partners_ranked_after_a_share_of_a_product_total_are_of_that_product():
    text = ("Bolivia shipped US$700mn worth of lithium products in 2024, down 20% from US$875mn "
            "the previous year.\n\n"
            "China was the main destination, with US$420mn or 60% of the total, followed by the US "
            "with US$105mn (15%) and Japan with US${japan}mn (10%).\n\n"
            "Total mining exports reached US$5.0bn in 2024, a record.")
    assert claim(text.format(japan="70"), "US$70mn")["commodity"] == "lithium"
    assert errors(text.format(japan="70")) == []
    assert errors(text.format(japan="140")) != []  # (20% of the lithium total, not 10%)
