"""Shares and the wholes they are of (round 78). A balance "on goods and services trade" is of
both, not of goods; a share "of total exports of goods and services" after a share of services
exports is of all the trade, not of services again."""
from readings import claim, errors


def test_a_balance_on_goods_and_services_trade_is_of_both():
    text = ("Ruritania ran a surplus of R$41.2 billion on goods and services trade in 2023.\n\n"
            "Goods exports were R$300.0 billion and goods imports R$320.0 billion. "
            "Services exports were R$150.0 billion and services imports R$88.8 billion.")
    c = claim(text, "R$41.2 billion")
    assert c["commodity"] is None and c["scope"] == "goods and services"
    assert errors(text) == []


def test_a_second_share_of_goods_and_services_is_not_of_services():
    text = ("Services exports rose to R$500.0 billion in 2023, while total exports of goods and services "
            "reached R$1,000.0 billion. Tourism brought in R$300.0 billion, which is 60.0% of services "
            "exports and 30.0% of total exports of goods and services.")
    c = claim(text, "30.0%")
    assert c["commodity"] is None and c["scope"] == "goods and services"
    assert errors(text) == []


def test_items_each_at_their_figure_are_parts_and_together_their_sum():
    text = ("Norway's exports of services amounted to NOK 80.0 billion in 2023.\n\n"
            "Transport-related services, freight at NOK {a} billion and port handling by sea at NOK 12.0 billion, "
            "together came to NOK 40.0 billion, or 50.0 percent of all services exports.")
    assert claim(text.format(a="28.0"), "NOK 28.0 billion")["commodity"] == "freight"
    assert claim(text.format(a="28.0"), "NOK 12.0 billion")["commodity"] == "port handling by sea"
    assert errors(text.format(a="28.0")) == []
    assert errors(text.format(a="23.0")) != []


def test_a_relative_clause_on_the_whole_a_share_named_is_not_the_parts_sum():
    text = ("Potash exports reached JD900.0 million in 2023, while phosphate exports climbed to JD600.0 million.\n\n"
            "Together, the two minerals brought in JD1,500.0 million, or {share} per cent of the Kingdom's national "
            "exports, which rose by 25.0 per cent to JD6,000.0 million in 2023 from JD4,800.0 million in 2022.")
    c = claim(text.format(share="25.0"), "JD6,000.0 million")
    assert c["commodity"] == "excluding re-exports"
    assert errors(text.format(share="25.0")) == []
    assert errors(text.format(share="28.0")) != []


def test_a_share_of_national_exports_is_of_the_national_exports_figure():
    text = ("Costa Rica's total exports reached US$10,000 million in 2023, of which free zone exports accounted for "
            "US$6,000 million and national exports for US$4,000 million. Coffee exports were US$1,000 million. "
            "Coffee alone represented {share}% of national exports and 10.0% of total exports.")
    assert errors(text.format(share="25.0")) == []
    assert errors(text.format(share="20.0")) != []


def test_a_month_dating_an_event_does_not_date_the_figures_after_it():
    text = ("Norway's goods exports came to NOK 600.0 billion in 2019 and imports to NOK 700.0 billion. "
            "The closure of the Oslo smelter in March reduced exports of metals.\n\n"
            "Cod exports fell from NOK 30.0 billion in 2018 to NOK 20.0 billion, which came from stocks.\n\n"
            "Salmon exports were NOK 120.0 billion, or {share} percent of goods exports.")
    c = claim(text.format(share="20.0"), "NOK 120.0 billion")
    assert c["period"] == "2019" and c["commodity"] == "salmon"
    assert claim(text.format(share="20.0"), "NOK 20.0 billion")["commodity"] == "cod"
    assert errors(text.format(share="20.0")) == []
    assert errors(text.format(share="25.0")) != []


def test_a_product_whose_flow_fell_from_a_level_owns_that_level():
    text = "Capelin exports fell from NOK 17.8 billion in 2018 to NOK 1.2 billion in 2019."
    assert claim(text, "NOK 17.8 billion")["commodity"] == "capelin"
    assert claim(text, "NOK 1.2 billion")["commodity"] == "capelin"


def test_partners_listed_at_their_figures_are_no_products():
    text = ("Thailand's border trade reached 500.0 billion baht in 2023. Malaysia remained the largest partner at "
            "200.0 billion baht, followed by Cambodia at 150.0 billion and Laos at {laos} billion.")
    assert claim(text.format(laos="120.0"), "150.0 billion")["commodity"] is None
    assert errors(text.format(laos="120.0")) == []


def test_a_partners_share_of_national_exports_stays_of_the_world_flow():
    text = ("Jordan's national exports to Iraq rose to JD412 million in 2023. "
            "Iraq accounted for 7.5 per cent of the Kingdom's national exports, which totalled JD5.52 billion.")
    assert errors(text) == []
