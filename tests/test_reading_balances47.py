"""Balances and shares with their pairs and periods (round 47): the German "import surplus"
and "export surplus" as balance signs; a record year named after "since <year>"; imports
"from all countries" as the world's; and a ranking of exporters whose places each own their
figure and share of world exports."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_an_import_surplus_is_a_deficit_and_an_export_surplus_a_surplus():
    """"an import surplus of EUR 20 billion": imports above exports, a negative balance."""
    text = ("Austria's imports from Italy came to EUR 50 billion in 2023, while exports to Italy "
            "amounted to EUR 30 billion. This left an import surplus of EUR {gap} billion.\n\n"
            "Exports to Spain reached EUR 12 billion and imports from Spain EUR 8 billion, "
            "giving an export surplus of EUR 4 billion.")
    r = read(text.format(gap="20"))
    assert r["claims"]["EUR 20 billion"]["measure"] == "balance"
    assert r["claims"]["EUR 20 billion"]["value"] < 0
    assert r["claims"]["EUR 4 billion"]["value"] > 0
    assert r["errors"] == []
    assert read(text.format(gap="25"))["errors"]


def test_the_year_after_a_record_s_horizon_dates_the_text():
    """"its first annual deficit since 1990 in 2015": 1990 is the horizon, 2015 the year; a
    month named later in another release is that month, not the year's."""
    text = ("Ruritania recorded its first annual trade deficit since 1990 in 2015, the ministry said.\n\n"
            "Exports fell 3 percent to 40.0 billion crowns, while imports rose 5 percent to 42.5 billion "
            "crowns, for a deficit of 2.5 billion crowns.\n\n"
            "In another release, the ministry said it logged a deficit of 180 million crowns in December.")
    r = read(text, published="2016-01-20")
    assert r["claims"]["40.0 billion crowns"]["period"] != r["claims"]["180 million crowns"]["period"]
    assert r["errors"] == []


def test_imports_from_all_countries_are_the_world_s():
    """"With imports from all countries at $600 billion": the world partner, not the one before."""
    text = ("Freedonia's surplus with Sylvania was $40 billion in 2022. Exports to Sylvania rose to "
            "$100 billion, while imports from Sylvania were $60 billion. With imports from all countries "
            "at $500 billion and exports to all countries at $480 billion, Freedonia ran an overall "
            "deficit of $20 billion.")
    r = read(text, published="2023-02-10")
    assert r["claims"]["$500 billion"]["partner"] == "WLD"
    assert r["errors"] == []


RANKING = ("Argentina remained the world's leading exporter of the group in 2022, with shipments of $1.2 trillion. "
           "Brazil ranked second with $900 billion (9.0%), "
           "and Chile third with $700 billion ({share}%). Peru held fourth place with exports of $400 billion, "
           "a share of 4.0%. World exports came to $10.0 trillion.")


def test_each_place_of_a_ranking_of_exporters_owns_its_figure_and_share():
    """"and Chile third with $700 billion (7.0%)", "Peru held fourth place with exports of":
    each place's own exports to the world and its share of world exports."""
    r = read(RANKING.format(share="7.0"), published="2023-04-10")
    for figure, iso in (("$700 billion", "CHL"), ("$400 billion", "PER")):
        assert r["claims"][figure]["reporter"] == iso
        assert r["claims"][figure]["partner"] == "WLD"
    assert r["errors"] == []
