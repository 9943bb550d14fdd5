"""Correct passages the tool misread (round 37 fixes, part B): a national release that never
names its own country and splits its trade into the inside and the outside of a bloc, parts of
a country named by where they lie ("the North-East", "the Islands") as the owners of their own
changes, and a customs programme's firms (and the trade outside the programme) beside the
national totals. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


RELEASE = ("Monthly trade bulletin\nMay 2024\n\n"
           "Exports and imports of goods both grew in May.\n\n"
           "Exports of goods came to 5,000 million euros and imports to 6,000 million euros, which left a trade "
           "deficit of 1,000 million euros, a decrease of 75 million euros compared with May 2023.\n\n"
           "Intra-EU trade\n\n"
           "In May 2024, exports to Intra-EU countries reached 3,500 million euros (70.0% of total exports) and "
           "imports from those countries 4,200 million euros (70.0% of the total). France remained the main partner "
           "country, accounting for 900 million euros of exports.\n\n"
           "Extra-EU trade\n\n"
           "Exports to Extra-EU countries amounted to 1,500 million euros and imports from Extra-EU countries to "
           "1,800 million euros, a trade deficit of 300 million euros. The United States was the main extra-EU "
           "client, with exports of 400 million euros.")


def test_a_release_that_never_names_its_country_is_not_the_blocs():
    """"Exports of goods came to X and imports to Y" with no place in the lead: one unnamed
    reporter's trade with the world, not the EU's named later in "Intra-EU trade"."""
    c = read(RELEASE)["claims"]["5,000 million euros"]
    assert (c["reporter"], c["partner"], c["reporter_group"]) == (None, "WLD", "unnamed reporter")


def test_exports_to_intra_bloc_countries_are_with_the_bloc():
    """"exports to Intra-EU countries", "imports from those countries": the bloc is the partner."""
    r = read(RELEASE)
    assert r["claims"]["3,500 million euros"]["partner"] == "EUU"
    assert r["claims"]["4,200 million euros"]["partner"] == "EUU"
    assert r["claims"]["1,500 million euros"]["partner_group"] == "other than EUU"
    assert not r["errors"]


def test_the_main_partner_country_and_client_are_partners():
    """"France remained the main partner country", "the main extra-EU client": partners, no reporter."""
    r = read(RELEASE)
    assert r["claims"]["900 million euros"]["partner"] == "FRA"
    assert r["claims"]["400 million euros"]["partner"] == "USA"


def test_a_parallel_share_of_the_total_is_of_its_own_flow():
    """"imports from Asia Y (30.0% of the total)" after "(40.0% of total exports)": the total
    of the imports, not of the exports."""
    text = ("Kenya's exports reached $1,000 million in 2023 and its imports $1,500 million. Exports to Asia "
            "reached $400 million (40.0% of total exports) and imports from Asia $450 million (30.0% of the total).")
    assert not read(text)["errors"]
    assert read(text.replace("(30.0% of the total)", "(35.0% of the total)"))["errors"]


def test_a_change_in_apposition_is_the_figure_befores():
    """"a deficit of X, a decrease of Y compared with May 2023": the deficit's change, not the imports'."""
    assert read(RELEASE)["claims"]["75 million euros"]["change_of"] == "balance"


def test_a_changed_part_of_the_split_is_flagged():
    assert read(RELEASE.replace("reached 3,500 million", "reached 3,200 million"))["errors"]


AREAS = ("In 2023, Spanish exports reached 400 billion euros, up 3.0% from 388.3 billion euros in 2022. "
         "Growth was uneven: sales abroad rose for the North-East (+6.5%) and fell for the South (-4.0%). "
         "Exports from the Islands fell by 12.0%, on lower fuel sales. In the fourth quarter, exports increased "
         "by 0.8% for the South and decreased by 1.2% for the North-East.")


def test_an_area_of_the_country_owns_its_change():
    """"sales abroad fell for the South (-4.0%)", "Exports from the Islands fell by 12.0%",
    "increased by 0.8% for the South": each area's own exports, not the national total's."""
    r = read(AREAS)
    assert r["claims"]["-4.0%"]["reporter_group"] == "South of ESP"
    assert r["claims"]["12.0%"]["reporter_group"] == "Islands of ESP"
    assert r["claims"]["0.8%"]["reporter_group"] == "South of ESP"
    assert r["claims"]["3.0%"]["reporter"] == "ESP"
    assert not r["errors"]


def test_a_changed_national_level_beside_the_areas_is_flagged():
    assert read(AREAS.replace("from 388.3 billion", "from 380.3 billion"))["errors"]


SCHEME = ("Vietnam's exports reached $500 billion in 2023 and imports $510 billion, a deficit of $10 billion. "
          "The program's member firms also imported $200 billion of inputs free of duty, giving them a surplus "
          "of $90 billion. Outside the program, in other words, Vietnam ran a deficit of about $100 billion.")


def test_a_programmes_firms_and_the_rest_are_scopes_of_their_own():
    """"The program's member firms ..., giving them a surplus of X", "Outside the program, ... a
    deficit of Y": the programme's trade and the rest's, not the national balance."""
    r = read(SCHEME)
    assert r["claims"]["$90 billion"]["scope"] == "preferential"
    assert r["claims"]["$100 billion"]["scope"] == "outside the scheme"
    assert r["claims"]["$10 billion"].get("scope") is None
    assert not r["errors"]


def test_a_changed_national_balance_beside_the_programme_is_flagged():
    assert read(SCHEME.replace("a deficit of $10 billion", "a deficit of $20 billion"))["errors"]
