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
