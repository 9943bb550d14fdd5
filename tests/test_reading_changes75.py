"""Changes and their levels (round 75). "edges up to N" (and "rises", "climbs", "jumps up to")
is where a figure went, never a ceiling. A figure of a list led in by words that name goods in
general and end in a colon ("Key products in May:", "Main export items in March:") is a
product's, of the lead-in's flow if it names one and never of the balance the sentence before
was on. "surged $X, or P per cent, to $Y" (and "soared", "plunged", "slumped", "tumbled",
"dipped") is a change in money and in per cent of the subject, to the level Y. A product's name
stops at an auxiliary verb ("Iron ore did most of the heavy lifting: exports ... rose"). A change
in money restating a percentage ("fell 7.4%, or A$480 million") is of the percentage's product.
A headline change that names no measure, which the body gives again in a sentence of tonnes, may
be of the volume, so a conflict that rests on reading it as the value's is unverifiable."""
from readings import claim, errors


def test_edges_up_to_is_where_the_figure_went():
    text = ("Ruritania's border trade edges up to 1.36 trillion crowns in 2022\n\n"
            "Ruritania's border trade reached {total} billion crowns last year, up 0.8% from 1,350.6 billion "
            "crowns in 2021.")
    first = claim(text.format(total="1,361.4"), "1.36 trillion crowns", published="2023-01-31")
    assert first["bound"] == "eq"
    assert errors(text.format(total="1,361.4"), published="2023-01-31") == []


def test_a_list_of_products_after_a_surplus_is_no_balance():
    text = ("Ruritania's exports fell 22.5 per cent year-on-year in May to US$16,278.3 million.\n\n"
            "Imports fell 34.4 per cent to $13,497.0 million, leaving a trade surplus of $2,781.3 million.\n\n"
            "Key products in May (y-o-y):\n"
            "- Air conditioners and parts: -29.1%\n"
            "- Rubber products: -31.9%\n")
    assert claim(text, "-29.1%", published="2020-06-24")["measure"] != "balance"
    assert errors(text, published="2020-06-24") == []


def test_export_items_after_a_colon_are_exports():
    text = ("Ruritania's trade balance showed a surplus of US$2,286.5 million in March.\n\n"
            "Main export items in March (YoY): computers, parts and accessories +82.1%; rubber products +4.2%.")
    assert claim(text, "+82.1%", published="2025-04-24")["measure"] == "exports"
    assert claim(text, "+4.2%", published="2025-04-24")["measure"] == "exports"


def test_surged_by_money_or_percent_to_a_level():
    # (a real country: the pair must be known for the planted change to be checked)
    text = ("Australia's exports jumped 7.0 per cent to $23.81 billion in July.\n\n"
            "Coal exports alone surged $574 million, or 16 per cent, to {level} billion.")
    assert claim(text.format(level="$4.16"), "16 per cent", published="2008-09-04")["kind"] == "percent_change"
    assert claim(text.format(level="$4.16"), "$4.16 billion", published="2008-09-04")["period"] == "2008-07"
    assert errors(text.format(level="$4.16"), published="2008-09-04") == []
    assert errors(text.format(level="$4.76"), published="2008-09-04") != []


def test_a_product_name_stops_at_an_auxiliary():
    text = ("Australia's exports rose 4.6 per cent in June to $44.3 billion.\n\n"
            "Iron ore did most of the heavy lifting: exports of the steel-making ingredient rose $1.6 billion, "
            "or {pct} per cent, to a record $21.6 billion.")
    assert claim(text.format(pct="8"), "$1.6 billion", published="2021-08-05")["commodity"] == "iron ore"
    assert errors(text.format(pct="8"), published="2021-08-05") == []
    assert errors(text.format(pct="18"), published="2021-08-05") != []


def test_a_change_in_money_after_a_percentage_keeps_its_product():
    text = ("Ruritania's exports rose 0.8% in October to A$45.92 billion.\n\n"
            "Exports of coal, coke and briquettes fell 7.4%, or A$480 million, to A$6.01 billion.")
    assert claim(text, "A$480 million", published="2023-12-07")["commodity"] == "coal, coke and briquettes"
    assert errors(text, published="2023-12-07") == []


def test_a_headline_change_may_be_of_the_tonnes():
    text = ("Beef exports slump 17 per cent as producers rebuild herds\n\n"
            "Australia shipped 1,046,000 tonnes of beef in 2016, down 17 per cent from 1,260,000t in 2015.\n\n"
            "Japan was the largest market, taking 279,000t, or {share} per cent of the total.\n\n"
            "The value of beef exports dropped 13.6 per cent to $7.11 billion, from $8.23 billion in 2015.")
    assert errors(text.format(share="27"), published="2017-01-10") == []
    assert errors(text.format(share="32"), published="2017-01-10") != []
