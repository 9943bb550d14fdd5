"""Places and products in older rounds' passages (round 77). "across the Tasman" names
Australia in a New Zealand text (and New Zealand in an Australian one), a place by where it
lies from the text's own country. A past participle after the product words of "of" ("$8.21
billion of goods shipped across ...", "$2.4 billion of goods shipped by sea") describes the
product: the product is the words before it, here all the goods. Places a sentence names as left
out of the figures ("The figures exclude trade with Rwanda and Burundi") take no side of them,
and markets counted by rank keep their sum past the bracketed figures of the aside that names
them ("The three largest markets - Uganda (KSh 90.0 billion), ... - together took"). A place's
name opening a flow's subject ("New Zealand honey exports") is no part of its product, and
goods named alone as a flow's product before are the product of "of" after a figure again
("taking $150 million of honey"), whatever figure of no flow came between. A year after
"before" ("below the peak seen before 2012") is a bound of a time looked back to, never the
text's own period."""
from readings import claim, errors


def test_across_the_tasman_is_australia_in_a_new_zealand_text():
    text = ("Kiwi dairy booms in Japan\n\n"
            "In the year to March, New Zealand's exports to Japan were worth $4.10 billion, just behind "
            "the $7.95 billion of goods shipped across the Tasman. Total annual exports were $50.0 billion, "
            "and Australia's share was {pct} per cent.")
    got = claim(text.format(pct="15.9"), "$7.95 billion", published="2019-04-27")
    assert (got["reporter"], got["partner"], got["commodity"]) == ("NZL", "AUS", None)
    assert errors(text.format(pct="15.9"), published="2019-04-27") == []
    assert errors(text.format(pct="19.9"), published="2019-04-27") != []


def test_a_participle_after_the_goods_of_of_leaves_all_goods():
    # ("goods shipped by sea" is all the goods, the flow's whole, not a product of its own)
    text = "Ruritania's exports included $2.4 billion of goods shipped by sea."
    assert claim(text, "$2.4 billion", published="2019-04-27")["commodity"] is None
    text = "Ruritania exported $2.4 billion of goods sent across the border."
    assert claim(text, "$2.4 billion", published="2019-04-27")["commodity"] is None


EAC = ("Kenya's exports to the rest of the East African Community rose 8.0 percent last year to KSh 200.0 billion.\n\n"
       "The figures exclude trade with Rwanda and Burundi, for which separate statistics are not compiled.\n\n"
       "The three largest markets - Uganda (KSh 90.0 billion), Tanzania (KSh 50.0 billion) and South Sudan "
       "(KSh 20.0 billion) - together took KSh 160.0 billion, or {pct} percent of exports to the region.")


def test_places_left_out_of_the_figures_take_no_side():
    got = claim(EAC.format(pct="80.0"), "KSh 90.0 billion", published="2019-03-15")
    assert (got["reporter"], got["partner"], got["measure"]) == ("KEN", "UGA", "exports")


def test_markets_counted_by_rank_past_their_bracketed_figures():
    got = claim(EAC.format(pct="80.0"), "KSh 160.0 billion", published="2019-03-15")
    assert (got["reporter"], got["measure"]) == ("KEN", "exports")
    assert errors(EAC.format(pct="80.0"), published="2019-03-15") == []
    assert errors(EAC.format(pct="85.0"), published="2019-03-15") != []


HONEY = ("New Zealand honey exports reached $460 million in the year to June, industry body Apiculture New Zealand says.\n\n"
         "Export volumes rose 10 per cent to 12,000 tonnes, meaning the average value per kilo slipped to $38.30 from $40.10.\n\n"
         "China remained the largest market, taking $150 million of honey, followed by Australia at $90m and the "
         "United Kingdom at $60m. The three markets together accounted for {pct} per cent of export earnings.\n")


def test_a_place_name_opening_the_subject_is_no_part_of_the_product():
    assert claim(HONEY.format(pct="65"), "$460 million", published="2019-08-31")["commodity"] == "honey"


def test_goods_named_alone_before_are_the_product_of_of_again():
    assert claim(HONEY.format(pct="65"), "$150 million", published="2019-08-31")["commodity"] == "honey"
    assert claim(HONEY.format(pct="65"), "$60m", published="2019-08-31")["commodity"] == "honey"
    assert errors(HONEY.format(pct="65"), published="2019-08-31") == []
    assert errors(HONEY.format(pct="75"), published="2019-08-31") != []


def test_a_year_after_before_is_no_period_of_the_text():
    text = ("Jamaica exported about 300,000 kilograms of pimento in the 2018/19 crop year, earning US$8.0 million, "
            "the regulator said.\n\n"
            "Germany took 40 per cent of the volume and paid US$4.0 million, which is 50 per cent of the value.\n\n"
            "Prices remain below the peak seen before 2012, when output was almost twice as large.\n\n"
            "The spice trade contributes only a small slice of Jamaica's roughly US$1.5 billion in annual domestic exports.\n")
    assert claim(text, "US$1.5 billion", published="2019-09-07")["period"] != "2012"
    assert errors(text, published="2019-09-07") == []
