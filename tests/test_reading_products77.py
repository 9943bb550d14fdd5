"""Products of figures (round 77). A place abbreviated with dots ("B.C.", "U.S.") before a
product and its flow word is the flow's owner, not the end of the subject: "Total B.C. forest
product exports were $10.4 billion" is of forest products. A share's whole that names its own
product right after its figure ("87 per cent of B.C.'s $5.7 billion in softwood lumber
exports") is that product's flow, not all the reporter's goods. Money earned "from the export
of" a product is that product's; "cocoa beans and products" is all cocoa. Offshore trade and
merchanting are no customs exports, and a breakdown of them closed by "the remaining" figure
adds up. "the gain in value terms ... 3 per cent" after a rise in tonnes is the value's change
of the sentence's product; "product exports" after "petroleum products" points back to them. A
", with X making up the remaining" clause names its own part. Bare imports before "the
sector's" balance are the sector's."""
from readings import claim, errors


def test_a_product_after_a_dotted_place_abbreviation():
    text = "Total U.S. hardwood flooring exports were $10.4 billion in 2003, down from $11.6 billion in 2002."
    assert claim(text, "$10.4 billion")["commodity"] is not None
    text = "N.Z. timber product exports were $10.4 billion in 2003."
    assert claim(text, "$10.4 billion")["commodity"] is not None


def test_a_share_whole_that_names_its_own_product():
    text = ("Ruritania's exports of all goods reached $40.2 billion in 2003.\n\n"
            "Freedonia took about 87 per cent of Ruritania's $5.7 billion in walnut exports.")
    assert claim(text, "$5.7 billion")["commodity"] is not None
    assert errors(text) == []


def test_earned_from_the_export_of_a_product():
    text = ("Nigeria earned 552.0 million dollars from the export of {product} in 1997, compared with "
            "466.3 million dollars in 1996, an increase of 18.4 per cent.\n\n"
            "Coffee remains the country's second largest earner after copper, which brought in about 578 million dollars in 1997.")
    assert claim(text.format(product="coffee"), "552.0 million dollars")["commodity"] == "coffee"
    assert errors(text.format(product="coffee")) == []


def test_a_raw_form_and_products_are_the_whole_product():
    text = ("Nigeria earned 552.0 million dollars from the export of cocoa beans and products in 1997, "
            "compared with 466.3 million dollars in 1996, an increase of {pct} per cent.")
    assert claim(text.format(pct="18.4"), "552.0 million dollars")["commodity"] == "cocoa"
    assert errors(text.format(pct="18.4")) == []
    assert errors(text.format(pct="13.4")) != []


def test_offshore_trade_is_no_export_and_its_parts_add_up():
    text = ("Goods sold through offshore trade by Ruritanian firms reached $468 billion in 2016.\n\n"
            "Of that, merchanting accounted for $391 billion. Merchandising for offshore transactions "
            "made up the remaining {rest} billion.\n\n"
            "Ruritania's total exports were $358 billion in 2016.")
    assert claim(text.format(rest="$77"), "$468 billion")["measure"] == "other"
    assert claim(text.format(rest="$77"), "$391 billion")["measure"] == "other"
    assert errors(text.format(rest="$77")) == []
    assert errors(text.format(rest="$71")) != []


def test_a_noun_of_change_labelled_in_value_after_a_volume():
    text = ("Nigeria's exports of chemical products rose 12 per cent to 4.2 million tonnes in 2015 from 3.75 million "
            "tonnes in 2014, but the increase in value terms was only {pct} per cent.\n\n"
            "The value of product exports was $2.06 billion, against $2.0 billion in 2014.")
    reading = claim(text.format(pct="3"), "3 per cent", published="2016-03-01")
    assert reading["kind"] == "percent_change" and reading["commodity"] == "chemical products"
    assert claim(text.format(pct="3"), "$2.06 billion", published="2016-03-01")["commodity"] == "chemical products"
    assert errors(text.format(pct="3"), published="2016-03-01") == []
    assert errors(text.format(pct="8"), published="2016-03-01") != []


def test_the_rest_named_in_a_with_clause_is_its_own_part():
    text = ("Japan's exports to Freedonia rose 12 percent to ¥900.0 billion in 2021.\n\n"
            "Processed foods accounted for ¥500.0 billion, beverages ¥150.0 billion and seafood ¥{seafood} billion, "
            "with mail-order parcels making up the remaining ¥50.0 billion.")
    assert claim(text.format(seafood="200.0"), "¥50.0 billion", published="2022-02-04")["commodity"] == "mail-order parcels"
    assert errors(text.format(seafood="200.0"), published="2022-02-04") == []
    assert errors(text.format(seafood="260.0"), published="2022-02-04") != []


def test_bare_imports_before_the_sectors_balance_are_the_sectors():
    text = ("Chile's exports of dairy products rose 10.0 pct last year to EUR 2.2 bn from EUR 2.0 bn in 2006. "
            "Imports grew faster, by 25.0 pct, to EUR 1.5 bn from EUR 1.2 bn, but the sector's trade surplus "
            "still reached EUR {surplus} bn.")
    assert claim(text.format(surplus="0.7"), "EUR 1.5 bn", published="2008-03-05")["commodity"] == "dairy products"
    assert errors(text.format(surplus="0.7"), published="2008-03-05") == []
    assert errors(text.format(surplus="1.7"), published="2008-03-05") != []


def test_a_scale_letter_before_a_slash_is_a_unit():
    # ("Of that," opens a breakdown: "160,000 b/d" is barrels a day, never 160,000 billion)
    text = ("Ruritania's main terminal loaded 1.52 million barrels per day of crude in May.\n\n"
            "Of that, crude from its own fields accounted for 1.36 million b/d, with the balance of about "
            "160,000 b/d coming from Freedonian fields.")
    assert errors(text, published="2024-06-07") == []
