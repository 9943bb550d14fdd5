"""Argentine and Mercosur press in English (round 72): a month's short name opening a table's row
("Jan      5,460") is that row's month. A bracket of a comparison's base listing its levels, each
after its flow word ("Compared with 2001 (exports US$ 26,110 million; imports ...)"), is of the
base's year. A change in prices alone after a change noun ("a 4.2% decline in prices") is no
change of the flow's value. A demonym after a buying word ("purchases of Chinese electronics")
names where bought goods come from, never the text's reporter. A figure of a bullet under a
caption that gives the unit may be followed by an earlier year's in brackets ("• Imports 2017:
11,982 (2016: 10,467)"), and is read. A place named as where an institution sits or meets ("the
bloc's secretariat in Montevideo", "a summit in Mendoza, Argentina") is no side of any flow. A
headline that opens on a bloc's trade within itself ("Intra-Mercosur trade climbs"), in a lead
that names no country, is on the bloc. A place labelling a line, then a share of an amount
("Brazil: 10.9% of its 256 billion dollars"), owns the whole the share is of. A percentage
"below" or "above" a level of a quantity is a change from it. A bare figure and its scale
closing a clause ("against consumption of 127.51 mln.") is in the unit the levels before it in
its sentence share. (Where a check needs a pair, a real country reports: an invented one gives
the figures no pair to check; the record of a deficit is its most negative balance.)"""
from readings import claim, errors


def test_a_months_short_name_labels_its_tables_row():
    text = ("Ruritania posted a trade surplus of US$1.835 billion in March.\n\n"
            "FIRST QUARTER (US$ millions)\n"
            "        Exports   Imports   Balance\n"
            "Jan       5,460     4,336     1,124\n"
            "Feb       5,838     4,384     {feb}\n"
            "Mar       6,392     4,557     1,835\n"
            "Q1       17,690    13,277     4,413\n")
    assert claim(text.format(feb="1,454"), "4,336", published="2024-04-18")["period"] == "2024-01"
    assert claim(text.format(feb="1,454"), "13,277", published="2024-04-18")["period"] == "2024-Q1"
    assert errors(text.format(feb="1,454"), published="2024-04-18") == []
    assert errors(text.format(feb="1,754"), published="2024-04-18") != []


def test_a_bracket_of_the_bases_levels_by_flow_is_of_the_base_year():
    text = ("In 2002 Portugal's exports reached US$ 25,352 million and imports US$ 8,990 million.\n\n"
            "Compared with 2001 (exports US$ {ex} million; imports US$ 20,321 million), exports decreased "
            "2.9% and imports 55.8%.")
    assert claim(text.format(ex="26,110"), "US$ 26,110 million", published="2003-01-23")["period"] == "2001"
    assert claim(text.format(ex="26,110"), "US$ 20,321 million", published="2003-01-23")["period"] == "2001"
    assert errors(text.format(ex="26,110"), published="2003-01-23") == []
    assert errors(text.format(ex="27,110"), published="2003-01-23") != []


def test_a_decline_in_prices_is_no_change_of_the_flows_value():
    text = ("In 2002 Portugal's exports fell 2.9% to US$ 25,352 million from US$ 26,110 million. The fall in "
            "exports was due to a 4.2% decline in prices, as quantities increased 1.4%.")
    assert claim(text, "4.2%", published="2003-01-23")["measure"] == "other"
    assert errors(text, published="2003-01-23") == []


def test_a_demonym_after_a_buying_word_does_not_report():
    text = ("Deficit with China widens 27% to record US$7.68 billion\n\n"
            "Soybeans still dominate sales to Beijing, while purchases of Chinese electronics climb.\n\n"
            "Freedonia Times\nSaturday, February 3, 2018\n\n"
            "Argentina's trade gap with China widened to a record US$7,676 million last year, 27.2 percent "
            "more than the US$6,036 million deficit of 2016.\n\n"
            "Exports to the Asian giant slipped 2.8 percent to US${ex} million, from US$4,431 million. "
            "Imports from China rose 14.5 percent to US$11,982 million, from US$10,467 million.")
    assert claim(text.format(ex="4,306"), "US$4,306 million", published="2018-02-03")["reporter"] == "ARG"
    assert claim(text.format(ex="4,306"), "US$4,306 million", published="2018-02-03")["partner"] == "CHN"
    assert errors(text.format(ex="4,306"), published="2018-02-03") == []
    assert errors(text.format(ex="4,906"), published="2018-02-03") != []


def test_a_bullets_figure_before_an_earlier_years_bracket_is_read():
    text = ("Argentina's imports from China rose 14.5 percent to US$11,982 million in 2017.\n\n"
            "KEY FIGURES – ARGENTINA–CHINA TRADE (US$ million)\n"
            "• Exports 2017: 4,306 (2016: 4,431)\n"
            "• Imports 2017: {im} (2016: 10,467)\n")
    assert errors(text.format(im="11,982"), published="2018-02-03") == []
    assert errors(text.format(im="12,982"), published="2018-02-03") != []


def test_the_seat_of_a_body_is_no_side_of_a_flow():
    text = ("Intra-Mercosur trade climbs 20.5% to record 54.1bn dollars\n\n"
            "Trade among the four full members of Mercosur reached a record 54.1 billion dollars in 2011, "
            "up 20.5% from 44.9 billion in 2010, according to a report prepared by the bloc's secretariat "
            "in Montevideo ahead of this week's summit in Mendoza, Argentina.\n\n"
            "Intra-zone sales represented only 15.2% of the bloc's total exports of 355.8 billion dollars.")
    assert claim(text, "355.8 billion dollars", published="2012-06-25")["reporter"] not in ("URY", "ARG")
    assert errors(text, published="2012-06-25") == []


def test_a_lines_label_owns_the_whole_of_its_share():
    text = ("Intra-Mercosur trade climbs 20.5% to record 54.1bn dollars\n\n"
            "Intra-zone sales represented only 15.2% of the bloc's total exports of 355.8 billion dollars.\n\n"
            "The dependence on the regional market varies:\n\n"
            "Brazil: 10.9% of its 256 billion dollars in exports went to Mercosur partners\n"
            "Argentina: 24.0% of 84 billion\n")
    assert claim(text, "256 billion dollars", published="2012-06-25")["reporter"] == "BRA"
    assert claim(text, "24.0%", published="2012-06-25")["reporter"] == "ARG"
    assert errors(text, published="2012-06-25") == []


def test_a_percentage_below_a_level_is_a_change_from_it():
    text = ("World production is now estimated at 179.27 million tonnes, raw value, 0.93% below the "
            "{old} million tonnes produced in 2023/24.")
    assert errors(text.format(old="180.96"), published="2024-11-19") == []
    assert errors(text.format(old="182.96"), published="2024-11-19") != []


def test_a_bare_scaled_figure_takes_the_unit_of_its_sentences_levels():
    text = ("The ISO forecast a world sugar surplus of 8.22 mln tonnes, raw value, in the 1999/2000 season.\n\n"
            "It put world production at {prod} mln tonnes, raw value, against consumption of 127.51 mln.")
    assert errors(text.format(prod="135.73"), published="1999-11-23") == []
    assert errors(text.format(prod="136.73"), published="1999-11-23") != []


def test_a_record_deficit_is_the_most_negative_balance():
    text = ("Portugal's trade deficit with Chile widened to a record $7,676 million in 2017, from "
            "${old} million in 2016.")
    assert errors(text.format(old="6,036")) == []
    assert errors(text.format(old="8,036")) != []
