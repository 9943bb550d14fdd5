"""Sentences of kinds met in agricultural reports (USDA FAS, ministries, farm papers) of the
fourteenth round of probe passages: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-14") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_non_word_before_a_product_names_another_product():
    r = read("Thailand's jasmine rice exports earned $2.1 billion in 2023, according to the commerce ministry. "
             "Non-jasmine rice exports rose to $3.0 billion.")
    assert r["claims"]["$3.0 billion"]["commodity"] == "non-jasmine rice"
    assert r["errors"] == []


def test_crossing_a_figure_is_a_lower_bound():
    r = read("Seafood exports cross $8 billion in 2023\n\n"
             "Vietnam's seafood exports reached $8.9 billion in 2023, the fisheries association said.", "2024-01-10")
    assert r["claims"]["$8 billion"]["bound"] == "gt"
    assert r["errors"] == []


def test_imports_over_the_quarter_after_a_month_are_the_quarter_of_that_month():
    r = read("U.S. agricultural exports in June 2024 were $13.1 billion. "
             "Imports over the quarter reached $49.5 billion.", "2024-08-07")
    assert r["claims"]["$49.5 billion"]["period"] == "2024-Q2"


def test_figures_for_the_quarter_after_a_quarter_stay_in_it():
    r = read("In the second quarter of 2024, U.S. farm exports totalled $39.8 billion. "
             "Imports for the quarter were $49.5 billion, leaving a deficit of $9.7 billion.", "2024-08-07")
    assert r["claims"]["$49.5 billion"]["period"] == "2024-Q2"
    assert r["errors"] == []


def test_a_change_after_the_goods_a_buyer_bought_is_of_that_purchase():
    r = read("U.S. agricultural exports fell to $174.0 billion in fiscal 2024. "
             "Mexico, which bought $30.2 billion of U.S. farm goods, up 7.5% from $28.1 billion a year earlier, "
             "became the top market.", "2024-11-20")
    change = r["claims"]["7.5%"]
    assert (change["measure"], change["reporter"], change["partner"]) == ("exports", "USA", "MEX")
    assert r["errors"] == []


def test_a_ranked_partner_in_a_flowless_headline_is_not_the_pair_of_the_lead():
    r = read("Mexico Tops China as Leading Buyer of U.S. Crops\n\n"
             "U.S. agricultural exports fell to $174.0 billion in fiscal 2024, while imports rose to $205.0 billion, "
             "leaving a farm trade deficit of $31.0 billion.", "2024-11-20")
    for figure in ("$174.0 billion", "$205.0 billion", "$31.0 billion"):
        assert (r["claims"][figure]["reporter"], r["claims"][figure]["partner"]) == ("USA", "WLD")
    assert r["errors"] == []


def test_a_sector_word_between_a_figure_and_surplus_leaves_it_a_balance():
    r = read("U.S. farm exports to Japan were $12.0 billion in 2023, and imports from Japan were just $1.1 billion, "
             "leaving a $10.9 billion agricultural surplus with the country.", "2024-03-01")
    assert r["claims"]["$10.9 billion"]["measure"] == "balance"


def test_a_dateline_dash_before_the_reporters_adjective_is_no_pair():
    r = read("Coffee sales abroad rise\n\nBrasília – Brazilian coffee exports reached US$ 1.10 billion in March 2024, "
             "up 5.0% from US$ 1.05 billion in March 2023, the ministry reported.", "2024-04-08")
    c = r["claims"]["US$ 1.10 billion"]
    assert (c["reporter"], c["partner"]) == ("BRA", "WLD")


def test_a_dateline_that_names_the_reporter_is_no_partner():
    r = read("Coffee earnings rise\n\nNAIROBI, Kenya – Kenya earned Sh30.2 billion from coffee exports in 2023, "
             "up 10.0 per cent from Sh27.5 billion in 2022.", "2024-02-12")
    c = r["claims"]["Sh30.2 billion"]
    assert (c["reporter"], c["partner"]) == ("KEN", "WLD")
    assert r["errors"] == []


def test_a_part_named_with_a_long_ranking_apposition_is_still_that_part():
    r = read("Kenya earned Sh180.6 billion from tea exports in 2023. "
             "Horticulture, the country's second biggest farm export, earned Sh157.1 billion over the same period.",
             "2024-02-12")
    assert r["claims"]["Sh157.1 billion"]["commodity"] == "horticulture"
    assert r["errors"] == []


def test_a_running_total_a_figure_brings_its_flow_to_is_of_the_same_product():
    r = read("Chile's copper exports reached $4.2 billion in March, up 6.0% from $3.96 billion a year earlier, "
             "central bank data showed, bringing first-quarter shipments to $11.9 billion.", "2024-04-10")
    assert r["claims"]["$11.9 billion"]["commodity"] == "copper"


def test_a_share_after_a_buyers_figure_is_a_share_of_that_flow():
    r = read("U.S. agricultural exports fell to $174.0 billion in fiscal 2024. "
             "Mexico, which bought $30.2 billion of U.S. farm goods, remained the top market with a 17.4% share.",
             "2024-11-20")
    share = r["claims"]["17.4%"]
    assert (share["measure"], share["reporter"], share["partner"]) == ("exports", "USA", "MEX")
