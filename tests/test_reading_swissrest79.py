"""Swiss, Liechtenstein and Norwegian releases and press (round 79). A balance named as "the
surplus of exports over imports" is the difference of the two flows after it, no figure of the
last of them; a year before a per cent sign heads a column ("Share 2014 %") in a header line
whose other years carry their unit in words ("2013 Mio. CHF")."""
from readings import claim, errors, reading


def test_the_surplus_of_one_flow_over_the_other_is_a_balance():
    text = ("Ruritania's exports of goods reached EUR 4.20 billion in 2023. Imports rose to EUR 2.95 billion. "
            "The surplus of merchandise exports over merchandise imports was EUR {gap} billion.")
    assert claim(text.format(gap="1.25"), "EUR 1.25 billion")["measure"] == "balance"
    assert errors(text.format(gap="1.25")) == []
    assert errors(text.format(gap="1.45")) != []


def test_a_year_before_a_per_cent_sign_in_a_header_with_years_and_units_heads_a_column():
    text = ("Ruritania's exports by region\n\n"
            "| Region | 2022 Mio. EUR | 2023 Mio. EUR | Change % | Share 2023 % |\n"
            "|---|--:|--:|--:|--:|\n"
            "| Europe | 700.0 | 735.0 | 5.0 | 70.0 |\n"
            "| Asia | 300.0 | 315.0 | 5.0 | 30.0 |\n"
            "| Total | 1,000.0 | 1,050.0 | 5.0 | 100.0 |\n")
    assert errors(text) == []
    assert not any(c["text"].startswith("2023") for c in reading(text)["claims"])


def test_a_bracket_labelled_by_a_year_after_a_scale_cut_short_dates_only_its_own_figure():
    text = ("Norway exported goods worth 736.4 billion kroner in 2016, down from 867.2 billion kroner in 2015.\n\n"
            "FACTS: Trade in goods 2016\n"
            "• Exports: 736.4 mrd. kroner (2015: 867.2 mrd.)\n")
    assert claim(text, "736.4 mrd. kroner", published="2017-01-16")["period"] == "2016"
    assert errors(text, published="2017-01-16") == []


def test_a_change_set_off_by_a_dash_after_a_products_levels_is_that_products_change():
    text = ("Norway's exports fell to 736.4 billion kroner in 2016 from 867.2 billion kroner in 2015. "
            "Oil and gas exports were worth 376.3 billion kroner, against 480.3 billion kroner the year before "
            "– a decline of {d} billion kroner.")
    assert claim(text.format(d="104"), "104 billion kroner", published="2017-01-16")["commodity"] == "oil and gas"
    assert errors(text.format(d="104"), published="2017-01-16") == []
    assert errors(text.format(d="114"), published="2017-01-16") != []


def test_they_after_a_semicolon_is_the_flow_to_the_place_there_stood_for():
    text = ("Swiss exports to Japan rose by 6.9% to 7.7 bn francs in 2018.\n\n"
            "China is growing fastest. Since the trade agreement came into force, exports there have climbed "
            "steadily; in 2018 they rose by 11.7% to 12.4 bn francs.")
    assert claim(text, "12.4 bn francs", published="2019-02-12")["partner"] == "CHN"
    assert claim(text, "11.7%", published="2019-02-12")["partner"] == "CHN"


def test_a_dateline_with_day_month_and_year_parted_by_points():
    from tradecheck.read import find_dateline
    assert find_dateline("Neue Zürcher Zeitung\n12.02.2019\n\nSwiss exports rose by 5.7% in 2018.") == "2019-02-12"
    assert find_dateline("E24\n16.01.2017, 10:12\n\nExports fell.") == "2017-01-16"


def test_a_change_noun_as_the_subject_amounting_to_a_figure_is_the_change():
    text = ("Norway's seafood exports rose 2% to a record NOK 174.9 billion in 2024, the council said.\n\n"
            "The increase amounts to NOK {d}bn from NOK 172bn in 2023.\n\n"
            "Top markets\n- Poland: NOK 16.5bn\n- Denmark: NOK 14.2bn\n- France: NOK 10.4bn\n")
    c = claim(text.format(d="2.9"), "NOK 2.9bn", published="2025-01-06")
    assert (c["change_of"], c["change_sign"]) == ("exports", 1)
    assert errors(text.format(d="2.9"), published="2025-01-06") == []
    assert errors(text.format(d="3.9"), published="2025-01-06") != []


def test_a_quantitys_change_past_its_value_in_money_and_in_volume():
    text = ("Norway exported 149,000t of cod worth NOK 10.9bn, a decline of 16% in volume from {old}t "
            "and of 3% in value from NOK 11.2bn.")
    assert errors(text.format(old="177,000"), published="2025-01-06") == []
    assert errors(text.format(old="167,000"), published="2025-01-06") != []


def test_a_multiple_naming_no_currency_that_fails_in_both_currencies_is_an_error():
    text = ("Norway's trade surplus more than tripled last year to a record.\n\n"
            "The surplus on goods trade rose to 1,552.8 billion kroner ($158 billion) in 2022 from {old} billion "
            "kroner a year earlier. Exports jumped 86% to 2,514.7 billion kroner, while imports rose 13.6% to "
            "961.9 billion kroner.")
    assert errors(text.format(old="505.4"), published="2023-01-16") == []
    assert errors(text.format(old="545.4"), published="2023-01-16") != []
