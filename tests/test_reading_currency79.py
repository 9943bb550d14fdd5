"""Currencies and number formats (round 79). The Baltic currencies before the euro (kroons,
litas, lats), the kwanza and the schilling's code read as money; a one-column list captioned
by its money unit; a language in a translation note is no place; a source opening a sentence
names no flow of its figure; the figures after a deficit in its sentence stay a deficit; a
change after a share's whole stays of the part; a reporter's own goods "of X origin"; a flow
less a part of its own is no flow less re-exports; the second of a pair of changes after a
dash for its verb; a comparison opener after figures of the whole flow carries no product."""
from readings import claim, errors


def test_kroons_are_estonian_money():
    text = ("Estonia's exports in 1998 totaled 45.3 billion kroons. Finland took 8.5 billion kroons, "
            "followed by Sweden with 7.5 billion kroons ({pct} percent).")
    assert claim(text.format(pct="16.6"), "45.3 billion kroons", published="1999-02-16")["currency"] == "EEK"
    assert errors(text.format(pct="16.6"), published="1999-02-16") == []
    assert errors(text.format(pct="19.6"), published="1999-02-16") != []


def test_lats_and_litas_codes_are_baltic_money():
    text = "In 2011, Latvia's exports amounted to LVL 6.10 billion and imports to LVL 8.56 billion."
    assert claim(text, "LVL 6.10 billion", published="2012-02-10")["currency"] == "LVL"
    text = "In 2009, Lithuania's exports amounted to LTL 40.7 billion and imports to LTL 44.9 billion."
    assert claim(text, "LTL 40.7 billion", published="2010-02-10")["currency"] == "LTL"


def test_kwanzas_are_angolan_money():
    text = ("Angola's exports reached 5.20 trillion kwanzas in the second quarter, while imports stood at "
            "2.05 trillion kwanzas, giving a trade surplus of {s} trillion kwanzas.")
    assert claim(text.format(s="3.15"), "5.20 trillion kwanzas")["currency"] == "AOA"
    assert errors(text.format(s="3.15")) == []
    assert errors(text.format(s="3.65")) != []


def test_the_schillings_code_before_a_decimal_comma():
    text = "Austria's exports rose to ATS 612,4 billion in 1995 and imports to ATS 690,1 billion."
    got = claim(text, "ATS 612,4 billion", published="1996-03-20")
    assert got["currency"] == "ATS" and got["value"] == 612.4e9


def test_a_one_column_list_under_a_caption_naming_its_money_unit():
    text = ("Austria's exports came to EUR 650,0 billion in 2015.\n\n"
            "Exports to selected neighbours, 2015 (EUR billion)\n"
            "Italy              52,0\n"
            "Switzerland        {b}\n\n"
            "The two countries together took 12.0 % of Austrian exports.\n")
    assert claim(text.format(b="26,0"), "52,0", published="2016-03-20")["partner"] == "ITA"
    assert errors(text.format(b="26,0"), published="2016-03-20") == []
    assert errors(text.format(b="29,0"), published="2016-03-20") != []


def test_a_language_in_a_translation_note_is_no_place():
    text = ("Deficit widens in Tunisia\n\nBy staff (translated from French)\n\n"
            "The trade deficit of Tunisia reached 7.2 billion dinars at the end of June.")
    assert claim(text, "7.2 billion dinars")["reporter"] == "TUN"
    text = "A French-language daily reported that Moroccans abroad sent home 26.5 billion dirhams in remittances."
    assert claim(text, "26.5 billion dirhams")["currency"] == "MAD"


def test_a_source_opening_the_sentence_names_no_flow_of_its_figure():
    text = ("Morocco's trade deficit continues to deepen. According to the monthly indicators of foreign trade "
            "published by the exchange office, it reached 61.3 billion dirhams at the end of April, against "
            "55.0 billion dirhams a year earlier, an increase of {d} billion dirhams.")
    assert claim(text.format(d="6.3"), "61.3 billion dirhams")["measure"] == "balance"
    assert errors(text.format(d="6.3")) == []
    assert errors(text.format(d="9.3")) != []


def test_figures_after_a_deficit_in_its_sentence_are_of_the_same_deficit():
    text = ("The trade deficit kept growing. It reached $41.2 billion in the first half, against $38.0 billion "
            "a year earlier, an increase of {d} billion.")
    assert claim(text.format(d="$3.2"), "$38.0 billion")["value"] < 0
    assert errors(text.format(d="$3.2")) == []


def test_a_change_after_a_shares_whole_is_of_the_part():
    text = ("In 2009, Latvia's exports amounted to $5.0 billion, down 18.0 per cent from $6.1 billion.\n\n"
            "Exports of goods of Latvian origin totalled $3.2 billion, or 64.0 per cent of total exports, and "
            "were 12.0 per cent lower than in 2008. Re-exports amounted to ${r} billion.")
    got = claim(text.format(r="1.8"), "12.0 per cent", published="2010-02-10")
    assert got["commodity"] == "excluding re-exports"
    assert errors(text.format(r="1.8"), published="2010-02-10") == []
    assert errors(text.format(r="2.3"), published="2010-02-10") != []


def test_a_flow_less_a_part_of_its_own_is_no_flow_less_re_exports():
    text = ("In 2009, Latvia's exports amounted to $5.0 billion.\n\nRe-exports amounted to $1.8 billion. "
            "Excluding mineral products, exports decreased by 9.5 per cent.")
    got = claim(text, "9.5 per cent", published="2010-02-10")
    assert got["commodity"] is None and got["scope"] == "excluding mineral products"


def test_the_second_of_a_pair_of_changes_after_a_dash_for_its_verb():
    text = ("In 2011, Estonia's exports amounted to $9.0 billion and imports to $10.0 billion. Compared to 2010, "
            "exports grew by 20.0 % and imports – by 25.0 % ($2.0 billion).")
    got = claim(text, "25.0 %", published="2012-02-10")
    assert got["measure"] == "imports" and got["kind"] == "percent_change"
    assert errors(text, published="2012-02-10") == []


def test_a_comparison_opener_after_figures_of_the_whole_flow_carries_no_product():
    text = ("Angola's exports rose to $9.0 billion in the third quarter. Diamonds brought in $0.4 billion. "
            "Imports stood at $3.0 billion, giving a trade surplus of $6.0 billion. Compared with the second "
            "quarter, exports fell 10.0% from $10.0 billion.")
    assert claim(text, "10.0%")["commodity"] is None
    assert errors(text) == []
