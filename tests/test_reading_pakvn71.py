"""Pakistani and Vietnamese releases (round 71): a month and its year parted by a comma ("October,
2022") is that month. A variety or grade before a product word ("basmati rice") names a part of
the product, not the product, and such a word alone as a share's subject ("Basmati thus fetched
47.67 percent of the total rice export earnings") is that part. The whole of an earlier share
set against the figure's ("against 23.52 percent of $27.81 billion last year") is of the same
months a year before, and a group a release names with goods of its own ("the petroleum group":
crude oil, petroleum products and liquefied petroleum gas) keeps its name. An opening adverbial
such as "Country-wise," leaves the subject after it the sentence's subject, so a list under
"remittances came from:" is of remittances, no trade flow. "As of" a date written day first
("as of 15/8/2022") is the year so far to that date, and the owner of "the export value of" a
place reports the flow. A sector of the economy as the subject ("The foreign direct investment
(FDI) sector", "By contrast, domestic firms exported") makes its figures a part of the
country's flow, and so do a possessive opening the next sentence ("Its imports"), a second verb
of the same subject and the balance its flows leave.
"""
from readings import claim, errors


def test_a_month_and_its_year_parted_by_a_comma_is_that_month():
    text = ("The exports in October, 2022 were US$ 2,000 million (provisional) as compared to "
            "US$ 1,900 million in October, 2021 showing an increase of 5.26%.\n\n"
            "Exports during July-October, 2022-23 totaled US$ {total} million.\n")
    correct = text.format(total="8,000")
    assert claim(correct, "US$ 2,000 million", "2022-11-02")["period"] == "2022-10"
    assert claim(correct, "US$ 1,900 million", "2022-11-02")["period"] == "2021-10"
    assert errors(correct, "2022-11-02") == []


def test_a_variety_before_a_product_word_is_a_part_of_the_product():
    text = ("Ruritania exported rice worth US$ 400.0 million during the first ten months "
            "(July-April) of the current fiscal year 2001-02, against US$ 450.0 million in the "
            "corresponding period of last year, showing a decrease of 11.11 percent.\n\n"
            "The export of basmati rice stood at US$ 200.0 million, up {rate} "
            "percent from US$ 181.8 million last year.\n\n"
            "Basmati thus fetched {share} percent of the total rice export earnings.\n")
    correct = text.format(rate="10.01", share="50.00")
    assert claim(correct, "10.01 percent", "2002-05-21")["commodity"] == "basmati rice"
    assert claim(correct, "US$ 200.0 million", "2002-05-21")["commodity"] == "basmati rice"
    assert errors(correct, "2002-05-21") == []


def test_an_earlier_shares_whole_and_a_group_named_by_a_release():
    text = ("Ruritania's petroleum imports were $10.0 billion in July-May 2007-08. The import of "
            "liquefied petroleum gas was valued at $300 million against $200 million.\n\n"
            "The petroleum group thus accounted for 25.0 percent of the country's total import "
            "bill of ${total} billion in July-May 2007-08, against 20.0 percent of $32.5 billion "
            "last year. Total imports grew by 23.08 percent in July-May 2007-08.\n")
    correct = text.format(total="40.0")
    assert claim(correct, "$32.5 billion", "2008-06-19")["period"] == "2006-07/2007-05"
    assert claim(correct, "25.0 percent", "2008-06-19")["commodity"] == "petroleum group"
    assert errors(correct, "2008-06-19") == []


def test_a_list_under_a_remittances_heading_is_of_remittances():
    text = ("Ruritania's imports dropped 18.67 percent to $40.00 billion in the fiscal year.\n\n"
            "Country-wise, remittances came from:\n\n"
            "Freedonia ........ $6.00 billion\n"
            "Sylvania ......... $4.00 billion\n\n"
            "The two countries together accounted for $10.00 billion, or 50.0 percent of the total.\n")
    assert claim(text, "$6.00 billion", "2020-07-11")["measure"] == "other"
    assert errors(text, "2020-07-11") == []


def test_a_total_as_of_a_day_first_date_is_the_year_so_far():
    text = ("Ruritania's exports in the first half of August 2022 reached US$ 15.73 billion, down "
            "8.2% compared to the second half of July 2022. As a result, total export value as of "
            "15/8/2022 reached US$ 245.6 billion.\n")
    assert claim(text, "US$ 15.73 billion", "2022-08-23")["period"] == "2022-08"
    assert claim(text, "US$ 245.6 billion", "2022-08-23")["period"] == "2022-01/2022-08"
    assert errors(text, "2022-08-23") == []


def test_a_sector_of_the_economy_is_a_part_of_the_countrys_flow():
    text = ("Ruritania's exports in 2016 were estimated at $176.6 billion, while imports reached "
            "$173.3 billion, leaving the country with a trade surplus of $3.3 billion.\n\n"
            "The foreign direct investment (FDI) sector exported $126.3 billion worth of goods, "
            "accounting for 71.5 per cent of the country's total export value. Its imports reached "
            "$103.9 billion, or 60 per cent of total import turnover, giving the sector a surplus "
            "of $22.4 billion.\n\n"
            "By contrast, domestic firms exported only $50.3 billion and imported ${imports} "
            "billion, resulting in a deficit of $19.1 billion.\n")
    correct = text.format(imports="69.4")
    assert claim(correct, "$103.9 billion", "2017-01-03")["commodity"] == "foreign direct investment (fdi) sector"
    assert claim(correct, "$22.4 billion", "2017-01-03")["commodity"] == "foreign direct investment (fdi) sector"
    assert claim(correct, "$69.4 billion", "2017-01-03")["commodity"] == "domestic firms"
    assert errors(correct, "2017-01-03") == []
    assert errors(text.format(imports="63.4"), "2017-01-03") != []
