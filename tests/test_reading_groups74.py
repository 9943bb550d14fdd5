"""A figure of a named part read as the whole (round 74). A clause whose subject is the rest of
a breakdown ("the group of other sectors rose 26.0% to", "The group of other sectors closed at")
names that residual part, never the whole it is the rest of. A change noun before its percentage
and the group after it ("the growth of 52.4% in the manufactures group", "the fall of 11.3% in
traditional exports") names that group, and so does a group the vocabulary knows after its
article in "a fall in exports of the fuels group". A kind before a product ("Traditional non-oil
exports") in a text that names the kind's complement of the flow ("Non-traditional exports") is
a sub-series of the product, never the product. A flow "of the country" is the country's, no
product. A subject ranked as the largest part by a noun for a part ("The ICT/BPM sector was the
largest contributor at") owns the figure. A subject ranked second or third after a sentence
opening on a product ("Beer was the star product ... Avocados came second with") is a product
ranked among products, and owns its figure. An indented row under a table header that names its
label column ("Product group   Nov 2007   Nov 2008   Var. %"), with a cell for every column, is a
sub-row whose label is its first cell, not a row opening on an empty cell. (Where a check needs
a pair, a real country reports: an invented one gives the figures no pair to check.)"""
from readings import claim, errors, reading

_RESIDUAL = ("Colombia's external sales totaled US$4,612.8 million in March 2023, a decrease of "
             "9.3% compared with the same month of 2022, when they reached US${before} million.\n\n"
             "Manufactures grew 5.6% to US$878.6 million, while the group of other sectors rose "
             "26.0% to US$358.7 million.\n")


def test_the_group_of_other_sectors_is_the_rest_not_the_whole():
    text = _RESIDUAL.format(before="5,084.5")
    assert errors(text, published="2023-05-03") == []
    assert claim(text, "US$358.7 million", published="2023-05-03")["commodity"] == "other sectors"
    assert errors(_RESIDUAL.format(before="5,384.5"), published="2023-05-03") != []


def test_the_rest_of_a_breakdown_with_a_level_verb_is_a_part():
    text = ("Colombian imports totaled US$5,176.4 million CIF in June 2021, an increase of 48.3% "
            "compared with June 2020 (US$3,490.5 million).\n\n"
            "This was mainly due to the growth of 52.4% in the manufactures group, which went from "
            "US$2,601.3 million to US$3,964.2 million. The group of other sectors closed at "
            "US$17.2 million, against US$13.0 million.\n")
    assert errors(text, published="2021-08-17") == []
    assert claim(text, "US$17.2 million", published="2021-08-17")["commodity"] == "other sectors"
    assert claim(text, "52.4%", published="2021-08-17")["commodity"] == "manufactures"


def test_a_change_in_exports_of_a_named_group_is_that_group_s():
    text = ("Freedonia's exports fell 9.3% in March. The result was explained by the 19.7% fall in "
            "exports of the fuels and extractive industries group, which went from US$2,955.6 "
            "million to US$2,372.1 million.\n")
    assert claim(text, "19.7%", published="2023-05-03")["commodity"] == "fuels"


def test_a_change_of_a_percentage_in_a_sector_s_flow_is_that_sector_s():
    text = ("In November 2008 Colombian exports were US$2,884.7 million, a decrease of 5.6% compared "
            "with November 2007, when they were US$3,055.1 million.\n\n"
            "This was due mainly to the fall of 11.3% in traditional exports, which went from "
            "US$1,705.3 million to US$1,512.6 million.\n")
    assert errors(text, published="2009-01-13") == []
    assert claim(text, "11.3%", published="2009-01-13")["commodity"] == "traditional"


_KINDS = ("Between January and June 2024 Ecuador's non-oil exports reached USD 11,812 million, "
          "6.7% more than in the same period of 2023 (USD 11,070 million).\n\n"
          "• Traditional non-oil exports: USD 6,915 million (+6.8%)\n"
          "• Non-traditional exports: USD 4,897 million (+6.6%)\n\n"
          "Oil exports reached USD 4,906 million, so that total exports of the country added up "
          "to USD 16,718 million. With imports of USD 13,263 million, the trade balance registered "
          "a surplus of USD {balance} million.\n")


def test_a_kind_of_the_product_whose_complement_the_text_names_is_a_sub_series():
    text = _KINDS.format(balance="3,455")
    assert errors(text, published="2024-08-20") == []
    assert claim(text, "USD 6,915 million", published="2024-08-20")["commodity"] == "traditional non-oil"
    assert claim(text, "USD 16,718 million", published="2024-08-20")["commodity"] is None
    assert errors(_KINDS.format(balance="3,855"), published="2024-08-20") != []


_CONTRIBUTOR = ("Sri Lanka's services exports are estimated to have earned US$2,124.6 million in 2022. "
                "The ICT/BPM sector was the largest contributor at US$1,122.8 million, up 10.6 percent "
                "from US${before} million.\n")


def test_the_largest_contributor_owns_its_figure():
    text = _CONTRIBUTOR.format(before="1,015.4")
    assert errors(text, published="2023-02-15") == []
    assert claim(text, "US$1,122.8 million", published="2023-02-15")["commodity"] == "ict/bpm sector"
    assert errors(_CONTRIBUTOR.format(before="1,115.4"), published="2023-02-15") != []


_SECOND = ("Mexico's agri-food exports reached US $44.03 billion in 2021.\n\n"
           "Of the total exported, primary agricultural and livestock products accounted for "
           "$20.27 billion and agro-industrial goods – processed foods and drinks – $23.76 billion.\n\n"
           "Beer was once again the star product: foreign sales of Mexican cerveza totaled $5.43 "
           "billion. Avocados came second with $3.05 billion.\n")


def test_a_product_ranked_second_after_a_sentence_on_a_product_owns_its_figure():
    assert errors(_SECOND, published="2022-02-14") == []
    assert claim(_SECOND, "$3.05 billion", published="2022-02-14")["commodity"] == "avocados"


_SUB_ROWS = ("Table 1. Exports according to groups of products (US$ million FOB)\n\n"
             "Product group              Nov 2007    Nov 2008    Var. %\n"
             "Traditional                 1705.3      1512.6      -11.3\n"
             "  Coffee                     178.4       196.2       10.0\n"
             "  Coal                       357.0       412.3       15.5\n"
             "Non-traditional             1349.8      1372.1        1.7\n"
             "Total                       3055.1      2884.7       -5.6\n")


def test_an_indented_row_filling_every_column_is_a_sub_row():
    text = "Freedonia's exports fell 5.6% in November 2008.\n\n" + _SUB_ROWS
    assert claim(text, "10.0", published="2009-01-13")["kind"] == "percent_change"
    assert claim(text, "10.0", published="2009-01-13")["commodity"] == "coffee"
    assert not any(c["text"] == "196.2" and c["kind"] == "percent_change"
                   for c in reading(text, published="2009-01-13")["claims"])
