"""Sentences of kinds met in a fifth round of passages written in other publishers' styles
(statistics offices of Europe and Central Asia, Latin American papers): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-22") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


TOTALS = ("Uzbekistan's foreign trade turnover reached $30.48 billion in January-June 2024. "
          "Exports amounted to $12.31 billion and imports to $18.17 billion. ")


def test_a_sign_word_before_the_words_that_say_which_balance_signs_it():
    r = read(TOTALS + "The negative foreign trade balance amounted to $5.86 billion.")
    assert r["claims"]["$5.86 billion"]["value"] < 0
    assert r["errors"] == []


def test_a_balance_said_to_be_negative_is_a_deficit():
    r = read(TOTALS + "The balance of foreign trade remained negative at $5.86 billion.")
    assert r["claims"]["$5.86 billion"]["value"] < 0
    assert r["errors"] == []


def test_a_sign_word_outside_the_balance_noun_phrase_does_not_sign_it():
    r = read(TOTALS + "Officials expect a positive effect on the trade balance, which stood at $5.86 billion.")
    assert r["claims"]["$5.86 billion"]["value"] > 0


def test_non_eu_countries_are_every_partner_but_the_eu():
    r = read("UK imports of goods totalled £144.7 billion in the three months to September 2023. "
             "On the import side, £77.9 billion of goods came from the EU and £66.8 billion from non-EU countries.",
             "2023-11-10")
    eu, rest = r["claims"]["£77.9 billion"], r["claims"]["£66.8 billion"]
    assert (eu["reporter"], eu["partner"]) == ("GBR", "EUU")
    assert (rest["reporter"], rest["partner_group"]) == ("GBR", "other than EUU")
    assert eu["commodity"] is None  # "of goods came from": no product called "goods came"
    assert r["errors"] == []


def test_extra_eu_trade_is_a_members_trade_outside_the_union_not_the_unions():
    r = read("Italy: Extra-EU trade, September 2019\n\nROME - Raw data show exports to extra-EU countries of "
             "8,947 million euros in September 2019.", "2019-10-24")
    c = r["claims"]["8,947 million euros"]
    assert (c["reporter"], c["partner_group"]) == ("ITA", "other than EUU")


def test_a_non_product_is_a_scope_of_its_own():
    r = read("In September 2019 Italy's energy deficit amounted to 2,581 million euros, whereas the surplus in "
             "non-energy products was 4,314 million euros.", "2019-10-24")
    assert r["claims"]["4,314 million euros"]["commodity"] == "non-energy products"


def test_a_flow_word_in_an_institutions_name_is_no_flow():
    r = read("Brazil recorded a trade surplus of US$9.02 billion in July 2023, the Ministry of Development, Industry, "
             "Trade and Services reported, a 65.8 percent jump from the US$5.44 billion of July 2022.", "2023-08-01")
    assert r["claims"]["US$5.44 billion"]["measure"] == "balance"
    assert r["claims"]["65.8 percent"]["measure"] == "balance"


def test_the_union_after_a_bloc_is_the_bloc():
    r = read("Armenia's trade with the Eurasian Economic Union (EAEU) in 2023 amounted to $7,962.4 million. The EAEU "
             "accounted for 43.4% of Armenia's total foreign trade turnover, which reached $18.35 billion.\n\n"
             "Armenian exports to the union stood at $3,614.9 million and imports from it at $4,347.5 million.",
             "2024-02-20")
    assert r["claims"]["$3,614.9 million"]["partner"] != "WLD"
    assert r["errors"] == []


def test_figures_a_country_s_own_agency_puts_otherwise_are_another_source():
    r = read("Montevideo, January 8th 2025 (MercoPress) - Brazilian exports to Argentina were US$ 13.80 billion in "
             "2024 and imports from Argentina US$ 13.54 billion, according to Brazil's Foreign Trade Secretariat "
             "(Secex). Two-way trade thus totalled US$ 27.34 billion.\n\nArgentina's own INDEC figures put the "
             "bilateral exchange at US$ 26.9 billion.", "2025-01-08")
    assert r["claims"]["US$ 26.9 billion"]["measure"] == "trade_total"
    assert r["errors"] == []


def test_a_country_right_after_a_selling_verb_is_its_object_not_the_buyer():
    r = read("In 2023 Brazil had sold Argentina US$ 16.70 billion and bought US$ 12.00 billion.", "2025-01-08")
    assert r["claims"]["US$ 12.00 billion"]["measure"] == "imports"
    assert r["claims"]["US$ 12.00 billion"]["reporter"] == "BRA"


def test_a_conflict_on_a_level_read_in_the_period_of_its_changes_other_level_is_not_an_error():
    r = read("In 2019 trade between the EU and Vietnam was EUR 45.5 billion. By 2023 it had reached EUR 64.6 billion. "
             "EU imports from Vietnam rose from EUR 31.0 billion to EUR 50.7 billion. EU exports to Vietnam slipped "
             "from EUR 14.5 billion to EUR 13.9 billion. The EU's deficit with Vietnam was EUR 36.8 billion in 2023.",
             "2024-08-14")
    assert r["errors"] == []


def test_the_former_is_the_first_of_the_two_places_named_together_before():
    r = read("Azerbaijan's trade with Kazakhstan and Turkmenistan reached $287.6 million and $196.5 million, respectively, in "
             "January-June 2024. The former grew 2.1 times compared to the same period of 2023 ($136.9 million), "
             "while trade with Turkmenistan decreased by 8.4% from $214.5 million.", "2024-07-19")
    assert r["claims"]["2.1 times"]["partner"] == "KAZ"
    assert r["claims"]["2.1 times"]["commodity"] is None
    assert r["errors"] == []


def test_parts_after_within_the_latter_are_parts_of_a_part():
    r = read("Mexico's merchandise exports totaled US $54.62 billion in October 2024. Oil exports were worth US $2.31 "
             "billion and non-oil exports US $52.31 billion; within the latter, manufactured goods contributed US "
             "$49.87 billion and agricultural products US $1.56 billion.", "2024-11-27")
    assert r["errors"] == []


def test_a_group_and_all_the_rest_make_the_whole():
    text = ("Mexico posted a trade surplus of US $1.97 billion in October 2024. The oil trade deficit was US $2.6 "
            "billion, while the non-oil balance showed a surplus of US $4.57 billion.")
    assert read(text, "2024-11-27")["errors"] == []
    assert read(text.replace("4.57", "4.97"), "2024-11-27")["errors"]


def test_imports_at_two_valuations_are_two_figures():
    r = read("Colombia's exports fell to US$49.54 billion in 2023 and the trade deficit narrowed to US$9.93 billion. "
             "Imports totalled US$62.80 billion CIF; measured FOB, as DANE does to calculate the balance, they came "
             "to US$59.47 billion.", "2024-02-16")
    assert r["claims"]["US$59.47 billion"]["measure"] == "imports"  # (not the "balance" of the aside)
    assert r["errors"] == []


def test_adjusted_and_raw_figures_are_two_series():
    r = read("WIESBADEN - Based on calendar and seasonally adjusted figures, Germany's exports were EUR 135.0 billion "
             "and imports EUR 112.6 billion in March 2024, a balance of EUR 22.4 billion.\n\n"
             "- Non-adjusted, March 2024: exports EUR 138.2 billion, imports EUR 115.6 billion, balance +EUR 22.6 billion",
             "2024-05-08")
    assert r["claims"]["EUR 138.2 billion"]["scope"] == "not seasonally adjusted"
    assert r["claims"]["EUR 115.6 billion"]["measure"] == "imports"  # (not the label after it)
    assert r["errors"] == []


def test_a_headings_flow_word_does_not_govern_the_clause_after_its_colon():
    r = read("Trade with EU countries: Calendar and seasonally adjusted, goods worth EUR 72.9 billion - or 54.0% of "
             "all exports - went to the member states of the European Union in March 2024.", "2024-05-08")
    assert r["claims"]["EUR 72.9 billion"]["measure"] == "exports"


def test_a_change_after_a_shares_whole_is_the_subjects():
    r = read("Norway exported seafood worth NOK 172 billion in 2023. This is the highest value ever recorded, and an "
             "increase of NOK 20.9 billion, or 14 per cent, compared with 2022.\n\nSalmon accounted for NOK 122.3 "
             "billion, or 71.1 per cent, of the total export value, after a rise of 16.7 per cent from NOK 104.8 "
             "billion the year before.", "2024-01-04")
    assert r["claims"]["14 per cent"]["commodity"] == "seafood"
    assert r["claims"]["16.7 per cent"]["commodity"] == "salmon"
    assert r["errors"] == []


def test_the_shipments_of_a_supplier_named_as_the_subject_are_the_reporters_imports():
    text = ("India's fertiliser imports fell 40.2% to $10.37 billion in 2023-24. Russia was the biggest supplier, "
            "with shipments worth $2.63 billion, or 25.4% of the total.")
    r = read(text, "2024-05-20")
    assert r["claims"]["$2.63 billion"]["measure"] == "imports"
    assert r["errors"] == []
    assert read(text.replace("25.4%", "28.4%"), "2024-05-20")["errors"]


def test_exports_from_the_partner_are_the_reporters_imports():
    r = read("The UAE's trade with India reached $83.7 billion in 2023. Exports from India rose 12.7 per cent to "
             "$35.6 billion from $31.6 billion.", "2024-06-10")
    c = r["claims"]["$35.6 billion"]
    assert (c["reporter"], c["partner"], c["measure"]) == ("ARE", "IND", "imports")


def test_a_partner_purchasing_the_reporters_goods_takes_its_exports():
    r = read("Iran's non-oil exports reached $35.1 billion in the period. China was the top destination for Iranian "
             "non-oil goods, purchasing $8.9 billion worth, or 25.4 percent of the total.", "2023-10-30")
    assert r["claims"]["$8.9 billion"]["measure"] == "exports"


def test_one_shilling_in_six_is_a_proportion_not_a_sum():
    r = read("Uganda took 16.5% of Kenya's total exports in 2024, about one shilling in six.", "2025-03-04")
    assert "one shilling" not in r["claims"]


def test_national_exports_leave_re_exports_out():
    r = read("Jordan's national exports rose to JD5.926 billion in the first nine months of 2024.", "2024-11-20")
    assert r["claims"]["JD5.926 billion"]["commodity"] == "excluding re-exports"


def test_the_month_of_a_report_is_not_a_month_looked_back_to():
    r = read("BANGKOK - Thai exports rose 10.5% to $25.52 billion in May 2022. The value was $23.10 billion in May "
             "last year. Imports jumped 23.9% to $27.20 billion from $21.95 billion, resulting in a trade deficit of "
             "$1.68 billion for the month.", "2022-06-22")
    assert r["claims"]["$1.68 billion"]["period"] == "2022-05"
    assert r["errors"] == []


def test_an_amount_worth_of_a_product_is_that_products():
    r = read("Malaysia's exports rose in January 2017. RM26.2bil worth of E&E products were shipped during the month, "
             "making up 37.2% of total exports.", "2017-02-18")
    assert r["claims"]["RM26.2bil"]["commodity"] == r["claims"]["37.2%"]["commodity"] != None


def test_an_excluding_aside_makes_a_scope_that_adds_up_with_what_it_leaves_out():
    text = ("Israel's exports of goods, excluding diamonds, totaled $29.6 billion in the first half of 2024. Including "
            "diamonds, Israel's exports of goods came to $32 billion, of which diamonds made up $2.4 billion.")
    r = read(text, "2024-07-16")
    assert r["claims"]["$29.6 billion"]["scope"] == "excluding diamonds"
    assert r["errors"] == []
    assert read(text.replace("$2.4 billion", "$3.4 billion"), "2024-07-16")["errors"]


def test_a_figure_in_total_exports_is_of_the_exports_whatever_verb_comes_before():
    r = read("Kenya sold goods to Uganda worth Sh182.3 billion in 2024. Uganda took 16.5% of Kenya's Sh1,107.6 "
             "billion in total exports.", "2025-03-04")
    c = r["claims"]["Sh1,107.6 billion"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "KEN", "WLD")


def test_everything_a_country_exported_is_the_whole_of_a_share():
    r = read("Australia sold China A$178.6 billion of goods in 2021-22. China bought 31.7% of everything Australia "
             "exported (A$563.4 billion in total).", "2022-11-08")
    c = r["claims"]["A$563.4 billion"]
    assert (c["reporter"], c["partner"]) == ("AUS", "WLD")
    assert r["errors"] == []


def test_a_multiple_of_another_quantity_is_no_change_over_time():
    r = read("US goods imports from China fell to $427.2 billion in 2023, a decline of 20.7% from 2022. America "
             "still bought about 3.7 times as much from China as from Vietnam last year.", "2024-03-12")
    assert r["claims"]["3.7 times as much"]["measure"] == "other"
    assert r["errors"] == []
    r = read("Exports to Iraq stood at $12.8 billion in 2023, nearly 3.5 times what Turkey shipped to Egypt.", "2024-04-20")
    assert r["claims"]["3.5 times"]["measure"] == "other"
    # a change over time stays one
    assert read("Exports to China rose 2.3 times to $3.47 billion in 2023.", "2024-03-12")["claims"]["2.3 times"]["measure"] == "exports"


def test_months_of_the_past_year_are_last_years():
    r = read("Iran's imports rose to $35.1 billion in the first seven months of 2023. Imports grew 5.7 percent from "
             "$33.2 billion in the first seven months of the past year.", "2023-10-30")
    assert r["claims"]["$33.2 billion"]["period"] == "2022-01/2022-07"


def test_the_months_period_of_a_year_is_that_years():
    r = read("ANKARA - Turkey's exports rose to $218.6 billion in January-October 2024. The foreign trade deficit "
             "narrowed by 27% to $68.8 billion, compared with $94.3 billion in the January-October period of 2023.",
             "2024-11-04")
    assert r["claims"]["$94.3 billion"]["period"] == "2023-01/2023-10"


def test_a_change_compared_to_a_level_in_a_month_takes_that_level_and_month_as_its_base():
    r = read("DOHA - Qatar's total exports of goods amounted to QR27.1bn in October 2023, a decrease of 29.2 percent "
             "compared to QR38.3bn in October 2022, and a decrease of 4.9 percent compared to QR28.5bn in September "
             "2023.", "2023-11-30")
    assert r["claims"]["QR38.3bn"]["period"] == "2022-10"
    assert r["claims"]["4.9 percent"]["base_period"] == "2023-09"
    assert r["errors"] == []


def test_a_change_in_money_or_percent_compared_to_a_month_is_over_that_month():
    r = read("Qatar's trade balance showed a surplus of QR19.3bn in October 2023, a decrease of QR12.2bn or 38.7 percent "
             "compared to October 2022, and an increase of QR1.9bn or 10.9 percent compared to September 2023.",
             "2023-11-30")
    assert r["errors"] == []


def test_a_headlines_b_after_a_space_is_billions():
    r = read("Merchandise exports dip 9.2% to $ 11.91 b in 2023\n\nSri Lanka's merchandise exports declined by 9.2% to "
             "$ 11.91 billion in 2023 from $ 13.11 billion in 2022.", "2024-01-24")
    assert r["claims"]["$ 11.91 b"]["value"] == 11.91e9


def test_a_dollar_in_a_year_is_still_a_dollar():
    r = read("Each tonne cost $5 in 2019 and $7 in 2023.", "2024-01-24")  # (not "one dollar in every five")
    assert "$5" in r["claims"]


def test_a_subject_with_an_aside_still_names_the_part():
    text = ("Vietnam's exports reached $128.35 billion in the first nine months of 2016. Foreign-invested enterprises, "
            "including crude oil exporters, accounted for $91.56 billion of the export turnover, or 71.3 percent.")
    r = read(text, "2016-09-29")
    assert r["claims"]["$91.56 billion"]["commodity"] == "foreign-invested enterprises"
    assert r["errors"] == []


def test_a_part_after_an_elided_verb_is_a_part_too():
    text = ("Vietnam's exports totalled $291.3 billion in January-October 2023. Foreign-invested companies, including "
            "crude oil producers, accounted for $212.7 billion of exports, and domestic firms for $78.6 billion.")
    assert read(text, "2023-11-06")["errors"] == []
    assert read(text.replace("$78.6", "$88.6"), "2023-11-06")["errors"]  # the parts exceed the whole


def test_a_second_comparison_takes_the_date_of_its_own_level():
    r = read("JAKARTA - Indonesia's exports reached $22.00 billion last month, down 0.68 percent from $22.15 billion in "
             "October and 8.56 percent lower than the $24.06 billion shipped in November 2022.", "2023-12-16")
    assert r["claims"]["8.56 percent"]["base_period"] == "2022-11"
    assert r["claims"]["$24.06 billion"]["period"] == "2022-11"
    assert r["errors"] == []


def test_the_year_so_far_in_a_report_on_a_month_is_a_digression():
    r = read("MANILA - The trade deficit narrowed to $3.40 billion in October. Exports fell 1.9 percent to $6.20 "
             "billion, while imports dropped 7.8 percent to $9.60 billion.\n\nYear-to-date, the trade gap stood at "
             "$33.12 billion, with exports at $58.84 billion and imports at $91.96 billion.\n\nThe United States was "
             "the top destination, absorbing $1.05 billion worth of Philippine goods, or 16.9 percent of the total.",
             "2019-12-11")
    assert r["claims"]["$1.05 billion"]["period"] == "2019-10"
    assert r["errors"] == []


def test_including_services_makes_a_total_of_goods_and_services():
    text = ("Sri Lanka's merchandise exports declined by 9.2% to $ 11.91 billion in 2023 from $ 13.11 billion in 2022. "
            "Including services, estimated at $ 3.15 billion, total exports for the year reached $ 15.06 billion.")
    r = read(text, "2024-01-24")
    assert r["claims"]["$ 3.15 billion"]["commodity"] == "services"
    assert r["claims"]["$ 15.06 billion"]["scope"] == "goods and services"
    assert r["errors"] == []
    assert read(text.replace("$ 3.15", "$ 4.15"), "2024-01-24")["errors"]


def test_after_a_partner_is_ranked_the_text_is_about_the_countrys_trade_again():
    r = read("Saudi Arabia's imports reached SR183.6 billion in the first quarter of 2024. On the import side, China "
             "ranked first with SR39.7 billion, equal to 21.6 percent of total imports. Machinery, electrical "
             "equipment and parts were the largest imported category at SR43.7 billion, representing 23.8 percent "
             "of the total.", "2024-05-25")
    assert r["claims"]["SR43.7 billion"]["partner"] == "WLD"
    assert r["errors"] == []


def test_a_list_items_label_names_its_product():
    r = read("KARACHI: Textile exports declined to $16.50 billion during fiscal year 2022-23.\n\n"
             "- Knitwear: $4.43 billion, down 14.1 percent from $5.16 billion\n"
             "- Bedwear: $2.71 billion, down 17.6 percent from $3.29 billion\n", "2023-07-20")
    assert r["claims"]["$2.71 billion"]["commodity"] == "bedwear"
    assert r["errors"] == []
    # a month or a place before a colon is no product
    r = read("Germany's trade balance:\n- March 2024: +EUR 22.4 billion\n- February 2024: +EUR 19.7 billion", "2024-05-08")
    assert r["claims"]["+EUR 22.4 billion"]["commodity"] is None


def test_the_texts_country_as_the_subject_again_after_a_benchmark():
    r = read("India's merchandise exports reached $453.4 billion in 2022. China's goods exports, at $3.59 trillion, "
             "were nearly eight times India's. And India still imports far more goods than it sells: merchandise "
             "imports of $720.4 billion left a deficit of $267.0 billion.", "2023-06-20")
    c = r["claims"]["$720.4 billion"]
    assert (c["reporter"], c["partner"]) == ("IND", "WLD")
    assert r["errors"] == []


def test_so_much_a_year_before_a_year_is_a_rate():
    r = read("Australia's exports to China reached A$178.6 billion in 2021-22. The goods hit by the bans were worth "
             "about A$20 billion a year before 2020.", "2022-11-08")
    assert r["claims"]["A$20 billion"]["per"] == "year"
    assert r["errors"] == []


def test_a_forecast_change_without_a_stated_base_is_no_error():
    r = read("Bilateral trade between the UK and India was worth £43.0 billion in 2024. The agreement will raise "
             "bilateral trade by £25.5 billion a year by 2040, compared with a no-deal baseline of £65.4 billion, an "
             "increase of 39%.", "2025-05-20")
    assert r["claims"]["£65.4 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_multiple_of_the_figure_of_a_year_is_a_change_over_time():
    r = read("LIMA - Peru posted a trade surplus of US$17.72 billion in 2023, equivalent to S/66.3 billion, about 1.7 "
             "times the US$10.33 billion of 2022.", "2024-03-15")
    assert r["claims"]["S/66.3 billion"]["currency"] == "PEN"
    assert r["claims"]["1.7 times"]["base_period"] == "2022"
    assert r["claims"]["1.7 times"]["measure"] != "other"
    r = read("Soybeans brought in $21.36 billion, roughly twice the $10.54 billion earned from iron ore.", "2024-07-08")
    assert r["claims"]["twice"]["measure"] == "other"
