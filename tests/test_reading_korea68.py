"""Korean trade press (round 68): a dateline's month is when the copy was filed, not the
period of an annual report's figures; a "(<period>: <figure>)" bracket after a change "year-
on-year" dates only its own figure; a market-size "is estimated at" is no flow; the gap
between a flow's two markets is no balance; a later clause's "the <country> share" is that
country's."""
from readings import claim, errors


def test_a_dateline_month_does_not_date_an_annual_report_on_the_year_before():
    text = ("Toy makers post record year\n\n"
            "Lisbon, February 2025 -- Portuguese toy exports rose to EUR 900 million in 2024, "
            "the industry association said.\n\n"
            "Key points:\n"
            "- Spain bought EUR 300 million, down 10.0% from EUR {before} million.\n")
    assert claim(text.format(before="333.3"), "EUR 300 million", published=None)["period"] == "2024"
    assert errors(text.format(before="333.3"), published=None) == []
    assert errors(text.format(before="380.0"), published=None) != []


def test_a_labelled_bracket_after_a_year_on_year_change_dates_only_its_own_figure():
    text = ("Customs Office\nTrade Statistics for March 2022\n\n"
            "- Exports: US$20.0 billion, up 25.0% year-on-year (March 2021: $16.0 billion)\n"
            "- Imports: US$17.0 billion, up 13.3% (March 2021: $15.0 billion)\n"
            "- Trade balance: surplus of US${bal} billion\n")
    assert claim(text.format(bal="3.0"), "25.0%", published="2022-04-15")["period"] == "2022-03"
    assert errors(text.format(bal="3.0"), published="2022-04-15") == []
    assert errors(text.format(bal="5.0"), published="2022-04-15") != []


def test_a_market_estimated_at_a_size_is_no_flow():
    text = ("Furniture exports from Denmark rose to $4.0 billion in 2023. "
            "The world furniture market is estimated at around $600 billion.")
    assert claim(text, "$600 billion")["measure"] == "other"


def test_the_gap_between_two_markets_of_one_flow_is_no_balance():
    text = ("In 2023 Chile's exports to China came to $40.0 billion and imports from China to "
            "$30.0 billion, a surplus of $10.0 billion. Exports to the United States rose to "
            "$35.0 billion, narrowing the gap with China to $5.0 billion.")
    assert claim(text, "$5.0 billion")["measure"] != "balance"
    assert errors(text) == []


def test_a_later_clause_share_named_by_its_country_is_that_country_s():
    text = ("Chile's exports totalled $100.0 billion in 2023, of which $40.0 billion went to China "
            "and $16.0 billion to the United States. China's share fell to 40.0 percent, while "
            "the U.S. share rose to {us} percent.")
    assert claim(text.format(us="16.0"), "16.0 percent")["partner"] == "USA"
    assert errors(text.format(us="16.0")) == []
    assert errors(text.format(us="19.0")) != []
