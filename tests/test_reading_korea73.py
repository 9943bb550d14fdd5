"""Korean ICT export releases and an Andean agro-export table (round 73). Rows in capitals that
head rows indented under them ("TRADITIONAL" over "  Coffee", ...) are their subtotals: a total
row adds the subtotals, never the subtotals and their items, and each subtotal is checked against
its items. A cased product word between a figure and its balance word ("a $12.4 billion IT
surplus") leaves the figure the balance's. A change said "on-year" puts the parallel change after
", but" on that footing too, and each change of the sentence takes the period dating the level it
ran to ("to $126.5 billion in the first half"), not one dating an earlier level; "for the year"
after a part of a year that had ended when the text came out is that whole year; and the clause
after ", but" that opens on its change word keeps the subject's product. "Overall" or "Total" and
a product before a flow ("Overall ICT exports hit a record") is that product's trade with
everyone, not with the partner of the paragraph before. The one product a table's title names
("Mobile phone exports") is the product of its total row, and a flow's year between it and its
verb ("ICT exports in 2013 hit") still leaves the subject its product. A headline's cased product
word ("IT exports slump") is the text's product as written, and "according to the Ministry of
... Economy" names a source, no partner. (Where a check needs a pair, a real country reports: an
invented one gives the figures no pair to check.)"""
from readings import claim, errors


_TABLE = ("Ruritania's farm exports fell 19.1% to US$ 637.0 million in 1998.\n\n"
          "FARM EXPORTS 1997-1998 (US$ thousand FOB)\n"
          "                              1997        1998     Var.%\n"
          "TRADITIONAL                507 247     324 463     -36.0\n"
          "  Coffee                   446 470     283 910     -36.4\n"
          "  Sugar                     36 845      25 402     -31.1\n"
          "  Cotton                    12 370       6 018     -51.4\n"
          "  Others                    11 562       9 133     -21.0\n"
          "NON-TRADITIONAL            279 770     312 558      11.7\n"
          "  Asparagus                 96 810     108 624      12.2\n"
          "  Mangoes                   26 932      21 407     -20.5\n"
          "  Paprika and peppers        9 320      14 872      59.6\n"
          "  Others                   146 708     {others}      14.3\n"
          "TOTAL                      787 017     637 021     -19.1\n")


def test_rows_in_capitals_over_indented_rows_are_their_subtotals():
    assert errors(_TABLE.format(others="167 655"), published="1999-02-15") == []


def test_a_subtotal_is_checked_against_its_items():
    found = errors(_TABLE.format(others="187 655"), published="1999-02-15")
    assert any("NON-TRADITIONAL" in e and "332,558" in e for e in found)


def test_a_cased_product_between_a_figure_and_its_balance_word():
    text = ("South Korea's IT exports to China reached $25.3 billion in the first half of 2009. IT imports "
            "from China stood at $12.9 billion, meaning Korea ran a $12.4 billion IT surplus with China.")
    assert claim(text, "$12.4 billion", published="2009-07-14")["measure"] == "balance"
    assert errors(text, published="2009-07-14") == []


_HALVES = ("South Korea's ICT exports totaled $232.9 billion in 2022, down 2.0 percent from $237.6 billion "
           "in 2021.\n\n"
           "The decline was concentrated in the second half. ICT exports rose 11.1 percent on-year to $126.5 "
           "billion in the first half, but fell 14.0 percent to ${second} billion in the July-December period.\n\n"
           "Semiconductor exports fell 1.0 percent to $131.0 billion for the year. Semiconductors accounted for "
           "56.2 percent of total ICT exports for the year.")


def test_a_parallel_change_after_but_keeps_the_on_year_footing():
    text = _HALVES.format(second="106.4")
    assert claim(text, "11.1 percent", published="2023-01-17")["period"] == "2022-H1"
    change = claim(text, "14.0 percent", published="2023-01-17")
    assert (change["period"], change["base_period"]) == ("2022-H2", "2021-H2")
    assert claim(text, "$106.4 billion", published="2023-01-17")["commodity"] == "ict"
    assert errors(text, published="2023-01-17") == []


def test_for_the_year_after_a_half_of_an_ended_year_is_the_year():
    text = _HALVES.format(second="106.4")
    assert claim(text, "$131.0 billion", published="2023-01-17")["period"] == "2022"
    assert claim(text, "56.2 percent", published="2023-01-17")["period"] == "2022"


def test_the_two_halves_add_up_to_the_year():
    assert errors(_HALVES.format(second="116.4"), published="2023-01-17") != []


_OVERALL = ("South Korea's ICT exports to Vietnam amounted to $26.3 billion in 2017, up 51.1 percent from "
            "${earlier} billion in 2016.\n\n"
            "Overall ICT exports hit a record $199.7 billion last year, up 22.8 percent from $162.6 billion a "
            "year earlier, while imports reached $104.1 billion. The ICT trade surplus thus came to $95.6 billion.")


def test_overall_and_a_product_before_a_flow_is_with_the_world():
    text = _OVERALL.format(earlier="17.4")
    assert claim(text, "$199.7 billion", published="2018-01-16")["partner"] == "WLD"
    assert errors(text, published="2018-01-16") == []
    assert errors(_OVERALL.format(earlier="19.4"), published="2018-01-16") != []


_PHONES = ("South Korea's mobile phone exports, including parts, amounted to US$24.2 billion in 2013, down 2.4% "
           "from the previous year. Parts exports jumped 25.7% to US$12.7 billion. As a result, parts accounted "
           "for {share}% of mobile phone exports.\n\n"
           "Overall ICT exports in 2013 hit a record US$169.4 billion, up 8.7%.\n\n"
           "[Table] Mobile phone exports (US$ billion)\n"
           "            2012    2013    Change\n"
           "Handsets    14.7    11.5   -21.8%\n"
           "Parts       10.1    12.7   +25.7%\n"
           "Total       24.8    24.2    -2.4%\n")


def test_a_table_titles_product_is_its_total_rows():
    text = _PHONES.format(share="52.5")
    assert claim(text, "24.8", published="2014-01-17")["commodity"] == "phones"
    assert claim(text, "US$169.4 billion", published="2014-01-17")["commodity"] == "ict"
    assert errors(text, published="2014-01-17") == []
    assert errors(_PHONES.format(share="57.5"), published="2014-01-17") != []


_IT = ("IT exports slump, but China cushions the blow\n\n"
       "Korea's exports of information technology products shrank 12.7 percent in the first half of this year "
       "as the global recession hit demand, but China emerged as a bigger buyer than ever.\n\n"
       "According to the Ministry of Knowledge Economy yesterday, IT exports from January to June totaled $54.6 "
       "billion, while imports fell to $28.5 billion.\n\n"
       "Exports to China declined 6.2 percent to $25.3 billion. China's share of Korea's IT exports rose to "
       "{share} percent from 43.1 percent a year earlier.")


def test_a_headlines_cased_product_and_a_source_after_according_to():
    text = _IT.format(share="46.3")
    whole = claim(text, "$54.6 billion", published="2009-07-14")
    assert whole["partner"] == "WLD"
    assert whole["commodity"] == claim(text, "$25.3 billion", published="2009-07-14")["commodity"]
    assert errors(text, published="2009-07-14") == []
    assert errors(_IT.format(share="49.3"), published="2009-07-14") != []
