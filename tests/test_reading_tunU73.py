"""Maghreb trade press in translation (round 73). "MD" right after a figure is million dinars
("7,422.6 MD"), "MDT" million Tunisian dinars, "MDH" million and "MMDH" billion dirhams, read
only where a country using the currency is named, which chooses the dinar or the dirham; "DH"
after a figure and its scale word is the dirham too ("82.6 bln DH"), of the text's country.
Thousands grouped by spaces join before such a token as before a scale word ("19 409,3 MD").
"Broken down as follows:" then labelled figures to the sentence's end lists the parts of the
figure before it. A level set against the one before it with their change beside them ("X
against Y, a drop of 6.8%", "X (-5,1%), against Y") is the change's earlier level. "These four
countries alone" counts the places just listed, together; so does "the two countries" before
"a deficit of". A headline's "still in first place" ranks, it names no partner. The Arab
Maghreb Union is a bloc. A regime named by a flow word goes by the name in its brackets ("the
totally exporting (offshore) regime"). "In 1997 to 6,147.9 million dinars" is a year, then a
level, no range; "159.9 bln DH and 89.6 bln DH" two figures, no dirhams and cents. French
month names date a byline. A period in a bracket with its own figure ("(1926,8 MD in 2016)")
dates that figure only; a bare figure in brackets after a change's new level ("to 411,6 MD
(398,2 MD)") is its earlier level. "Imported for X of Chinese products" names where the goods
came from. A driver's sector with its change in brackets ("driven by the olive oil sector
(+81.4%)") is the sector's change, not the whole flow's. (The dinar needs its country named:
these examples name real ones, with invented figures.)"""
from readings import claim, errors, reading


DEFICIT = ("Tunisia's trade deficit eased to 12,518.7 million dinars (MD) in the first nine months of 2023, "
           "against 17,651.9 MD during the same period of 2022.\n\n"
           "Exports rose by 6.5% to reach 46,432.5 MD, while imports fell by 3.8% to 58,951.2 MD.\n\n"
           "The energy deficit accounted for {share}% of the overall deficit, standing at 7,422.6 MD "
           "against 7,964.5 MD, a drop of 6.8%.")


def test_md_after_a_figure_is_million_dinars_of_the_texts_country():
    got = claim(DEFICIT.format(share="59.3"), "7,422.6 MD", published="2023-10-11")
    assert got["currency"] == "TND" and got["value"] == -7422.6e6


def test_md_is_no_unit_where_no_country_using_the_dinar_is_named():
    text = "Ruritania's hospitals hired 12 MD specialists and spent $3 million on equipment."
    figures = [c["text"] for c in reading(text)["claims"]]
    assert "$3 million" in figures and "12 MD" not in figures


def test_a_level_set_against_the_one_before_with_their_change_is_the_earlier_level():
    text = DEFICIT.format(share="59.3")
    assert claim(text, "7,964.5 MD", published="2023-10-11")["period"] == "2022-01/2022-09"
    assert errors(text, published="2023-10-11") == []
    assert errors(DEFICIT.format(share="65.3"), published="2023-10-11") != []


PARTNERS = ("Tunisia: the trade deficit reaches 19 409,3 MD in 2019, China still in first place\n\n"
            "The commercial deficit of Tunisia worsened in 2019 to 19 409,3 million dinars (MD), against "
            "19 165,8 MD in 2018. According to the INS, it was recorded mainly with:\n\n"
            "- China: -5 921,4 MD\n- Turkey: {turkey} MD\n- Russia: -1 923,6 MD\n- Algeria: -1 622,0 MD\n\n"
            "The deficit with these four countries alone amounts to 11 741,8 MD, i.e. 60,5% of the total deficit.")


def test_thousands_grouped_by_spaces_join_before_md():
    text = PARTNERS.format(turkey="-2 274,8")
    assert claim(text, "19 409,3 MD", published="2020-01-16")["value"] == -19409.3e6
    assert claim(text, "-2 274,8 MD", published="2020-01-16")["value"] == -2274.8e6


def test_a_year_before_a_count_is_not_glued_to_it():
    text = "Tunisia's exports reached 43 876,2 MD and 40 867,8 MD a year before; in 2019 409 firms exported."
    figures = [c["text"] for c in reading(text, published="2020-01-16")["claims"]]
    assert "43 876,2 MD" in figures and not any("2019 409" in f for f in figures)


def test_a_headline_ranking_names_no_partner_and_these_four_countries_are_the_list():
    text = PARTNERS.format(turkey="-2 274,8")
    assert claim(text, "19 409,3 MD", published="2020-01-16")["partner"] == "WLD"
    assert errors(text, published="2020-01-16") == []
    assert errors(PARTNERS.format(turkey="-2 974,8"), published="2020-01-16") != []


PHOSPHATES = ("Morocco's trade deficit widened by 17.5 pct in 2005 to 82.6 billion dirhams (DH), from 70.3 "
              "billion DH a year earlier. Imports rose by 14.1 pct to 182.4 bln DH, while exports grew 11.4 pct to "
              "99.8 bln DH, against 159.9 bln DH and 89.6 bln DH respectively in 2004.\n\n"
              "Sales of phosphates and derivatives totalled 19.6 bln DH, or 19.6 pct of overall exports, broken "
              "down as follows: phosphate rock 6.9 bln DH, phosphoric acid {acid} bln DH and fertilizers 4.6 bln DH.")


def test_dh_after_a_scale_word_is_the_moroccan_dirham_and_two_figures_stay_two():
    text = PHOSPHATES.format(acid="8.1")
    assert claim(text, "70.3 billion DH", published="2006-02-14")["currency"] == "MAD"
    assert claim(text, "89.6 bln DH", published="2006-02-14")["value"] == 89.6e9


def test_parts_broken_down_as_follows_add_up_to_the_figure():
    assert errors(PHOSPHATES.format(acid="8.1"), published="2006-02-14") == []
    assert errors(PHOSPHATES.format(acid="9.1"), published="2006-02-14") != []


def test_mmdh_is_billion_dirhams_and_gulf_dh_stays_the_uae_dirham():
    text = ("The trade deficit of Morocco reached 149.4 MMDH at the end of June 2022. Phosphates and derivatives: "
            "61.8 MMDH (+67.5%), against 36.9 MMDH.")
    assert claim(text, "61.8 MMDH", published="2022-08-01")["value"] == 61.8e9
    assert errors(text, published="2022-08-01") == []
    assert errors(text.replace("36.9", "39.6"), published="2022-08-01") != []
    gulf = "Dubai's non-oil foreign trade reached Dh140.3bn in the first quarter, the UAE said."
    assert claim(gulf, "Dh140.3bn", published="2023-05-01")["currency"] == "AED"


def test_a_change_in_brackets_then_against_dates_the_earlier_level():
    text = ("The energy trade balance of Tunisia posted a deficit of 3 814,2 MD at the end of April 2026, against "
            "3 925,3 MD one year earlier.\n\nIn detail:\n\n"
            "• Energy exports: 1 148,3 MD (-11,8%), against 1 302,6 MD at end-April 2025\n"
            "• Energy imports: 4 962,5 MD (-5,1%), against {old} MD\n")
    assert claim(text.format(old="5 227,9"), "5 227,9 MD", published="2026-06-03")["period"] == "2025-01/2025-04"
    assert errors(text.format(old="5 227,9"), published="2026-06-03") == []
    assert errors(text.format(old="5 727,9"), published="2026-06-03") != []


def test_the_arab_maghreb_union_is_a_bloc_whose_members_add_up():
    text = ("Tunisian exports to Libya doubled in 2012. Exports to the countries of the Arab Maghreb Union (AMU) "
            "totalled 2398,4 MD in 2012, distributed as follows:\n"
            "* Libya: 1425,6 MD\n* Algeria: 746,1 MD\n* Morocco: {mar} MD\n* Mauritania: 17,2 MD\n")
    assert claim(text.format(mar="209,5"), "2398,4 MD", published="2013-02-18")["partner_group"] == "Arab Maghreb Union"
    assert errors(text.format(mar="209,5"), published="2013-02-18") == []


def test_a_regime_named_by_a_flow_word_goes_by_its_bracketed_name_and_a_year_is_no_range():
    text = ("Tunisia's exports rose 11.4 pct in 1997 to 6,147.9 million dinars (MD). Imports increased to 8,793.5 "
            "MD and the trade deficit reached 2,645.6 MD in 1997.\n\n"
            "Exports under the totally exporting (offshore) regime amounted to 3,853.4 MD, or {share} pct of "
            "total exports.")
    assert claim(text.format(share="62.7"), "6,147.9 million dinars", published="1998-01-20")["value"] == 6147.9e6
    assert claim(text.format(share="62.7"), "3,853.4 MD", published="1998-01-20")["commodity"] == "offshore"
    assert errors(text.format(share="62.7"), published="1998-01-20") == []
    assert errors(text.format(share="66.7"), published="1998-01-20") != []


TURKEY = ("Tunisia-Turkey: a free trade agreement that costs more\n\nKapitalis | 26 janvier 2018\n\n"
          "The deficit of the trade balance of Tunisia with Turkey reached 2111,8 million dinars (MD) in 2017, "
          "against 1528,6 MD in 2016.\n\n"
          "Imports from Turkey rose by 31% to 2523,4 MD (1926,8 MD in 2016), while Tunisian exports to this "
          "country only progressed by 3,4%, to 411,6 MD (398,2 MD).\n\n"
          "The situation is even more unbalanced with China: Tunisia imported for 4860,3 MD of Chinese products "
          "in 2017 and exported there for only {cn} MD. The deficit with the Asian giant amounts to 4663,8 MD.\n\n"
          "Taken together, the two countries thus account for a deficit of 6775,6 MD, or 43,5% of the total "
          "trade deficit of the country, which reached 15592,3 MD in 2017.")


def test_a_french_byline_a_bracketed_period_and_chinese_products_are_read_right():
    text = TURKEY.format(cn="196,5")
    assert claim(text, "411,6 MD", published="2018-01-26")["period"] == "2017"
    assert claim(text, "398,2 MD", published="2018-01-26")["period"] == "2016"
    assert claim(text, "4860,3 MD", published="2018-01-26")["partner"] == "CHN"
    assert claim(text, "6775,6 MD", published="2018-01-26")["partner_group"] == "CHN+TUR"
    assert errors(text, published="2018-01-26") == []
    assert errors(TURKEY.format(cn="496,5"), published="2018-01-26") != []


def test_a_drivers_sector_change_in_brackets_is_the_sectors_own():
    text = ("Tunisia's exports rose 3.2% to 31,050.4 MD in the first half of 2024, compared with 30,089.2 MD in "
            "the first half of 2023.\n\nThe improvement in exports was driven by the olive oil sector (+81.4%), on "
            "the back of higher prices.")
    assert claim(text, "+81.4%", published="2024-07-10")["commodity"]
    assert errors(text, published="2024-07-10") == []
