"""Sentences about shares and the wholes they are of, met in a seventh round of passages (policy
explainers, op-eds, fact checks, African business papers): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-04") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(c: dict) -> tuple:
    return c["reporter"], c["partner"]


# 1. "N% of $Y": the figure after "of" is the share's whole

def test_the_figure_after_a_share_of_its_is_the_whole_with_everyone():
    r = read("In 2019, Canada imported $62.4 billion of goods from Japan, 12.5% of its $499.2 billion "
             "in total goods imports.")
    whole = r["claims"]["$499.2 billion"]
    assert pair(whole) == ("CAN", "WLD") and whole["measure"] == "imports"
    assert whole["commodity"] is None  # "total goods" is the whole flow, no product
    assert pair(r["claims"]["12.5%"]) == ("CAN", "JPN")
    assert r["errors"] == []


def test_a_wrong_share_of_a_whole_after_of_is_caught():
    r = read("In 2019, Canada imported $62.4 billion of goods from Japan, or 15.5% of $499.2 billion.")
    assert any("15.5%" in e for e in r["errors"])


def test_a_part_out_of_a_whole_after_a_partner_share():
    r = read("Norway bought 40% of its goods imports from the EU in 2022, NOK 560bn out of NOK 1,400bn.",
             "2023-02-15")
    whole = r["claims"]["NOK 1,400bn"]
    assert pair(whole) == ("NOR", "WLD") and whole["measure"] == "imports"
    assert r["errors"] == []


def test_a_product_from_one_partner_of_the_same_product_from_everyone():
    r = read("Chile supplied 30% of Japan's copper imports in 2022, ¥600bn of ¥2,000bn.", "2023-05-01")
    whole = r["claims"]["¥2,000bn"]
    assert whole["partner"] == "WLD" and whole["commodity"] == "copper"
    assert r["errors"] == []


def test_parts_a_share_adds_up_keep_their_pair_whole():
    r = read("Ghana's exports to India were mostly gold, worth $2.0 billion, and cashew, at $0.5 billion. "
             "Together the two made up 83.3 percent of the $3.0 billion total exports.", "2024-03-01")
    assert pair(r["claims"]["$3.0 billion"]) == ("GHA", "IND")
    assert r["errors"] == []


# 3. A possessive with its noun left out; a rival's figure set against the one before

def test_a_possessive_without_its_noun_takes_the_share_before():
    r = read("Vietnam's share of Japanese imports rose to 4.1%, while Thailand's slipped to 3.3%.",
             "2024-02-01")
    assert pair(r["claims"]["3.3%"]) == ("JPN", "THA")


def test_a_rivals_figure_is_of_the_flow_it_is_ranked_against():
    r = read("Canada was the top supplier of US crude in 2023, with US purchases of Canadian oil reaching "
             "$102.1 billion, ahead of Mexico's $17.8 billion.", "2024-02-10")
    first, rival = r["claims"]["$102.1 billion"], r["claims"]["$17.8 billion"]
    # (read from either side: Mexico takes Canada's)
    assert {pair(first), pair(rival)} in ({("USA", "CAN"), ("USA", "MEX")}, {("CAN", "USA"), ("MEX", "USA")})
    assert rival["measure"] == first["measure"] and rival["commodity"] == first["commodity"]


# 4. "with X posting a surplus of": X owns the balance

def test_the_subject_of_posting_a_surplus_owns_it():
    r = read("Brazil's exports to Argentina were $16.7 billion in 2023 and imports from Argentina $12.4 billion. "
             "Bilateral trade with Argentina was $29.1 billion, with Brazil posting a trade surplus of $4.3 billion.",
             "2024-01-10")
    surplus = r["claims"]["$4.3 billion"]
    assert pair(surplus) == ("BRA", "ARG") and surplus["value"] > 0
    assert r["errors"] == []


# 5. A people as the subject; the overall balance after a partner's

def test_a_people_that_buys_and_sells_reports_with_the_world():
    r = read("Last year Canadians bought about C$780 billion of foreign goods and sold about C$770 billion, "
             "leaving a gap of C$10 billion. The deficit with China was C$45 billion. "
             "Yet the overall goods deficit was only C$10 billion.", "2024-03-01")
    assert pair(r["claims"]["C$780 billion"]) == ("CAN", "WLD")
    assert r["claims"]["C$780 billion"]["measure"] == "imports"
    assert pair(r["claims"]["C$45 billion"]) == ("CAN", "CHN")
    overall = [c for c in r["claims"].values() if c["text"] == "C$10 billion"]
    assert overall and pair(overall[-1]) == ("CAN", "WLD")
    assert r["errors"] == []


# Round 77. A share "of the province's seafood shipments" is of the unit's flow of that product,
# the unit named by its noun (vocab/unit_nouns.csv) as a country is ("of the country's tea
# exports"), never of the unit's total exports.

def test_a_share_of_a_units_product_flow_keeps_the_product():
    text = ("Manitoba's canola exports reached $1.5 billion in 2019, while the province's total exports "
            "were $8 billion in 2019.\n\n"
            "China took {pct} per cent of the province's canola shipments, worth about $600 million.")
    assert read(text.format(pct="40"))["claims"]["40 per cent"]["commodity"] == "canola"
    assert read(text.format(pct="40"))["errors"] == []
    assert read(text.format(pct="60"))["errors"] != []



def test_a_border_side_word_before_a_units_flow_is_no_product():
    # (vocab/within_country_cues.csv: "interprovincial" says where the flow goes, no product)
    text = ("Manitoba sold C$40.0 billion to other provinces in 2023.\n\n"
            "Saskatchewan bought C$10.0 billion of Manitoba goods, or {pct}% of the province's interprovincial exports.")
    assert read(text.format(pct="25"))["claims"]["25%"]["commodity"] is None
    assert read(text.format(pct="35"))["errors"] != []

# Round 77. A share's whole may give its figure between its owner and its product ("81.4 per
# cent of Canada's $84.6-billion in crude exports"): the share is of that product's flow, and a
# unit's part of it is the unit's flow of the product. A product right after ", and" opens a
# clause of its own ("and crude made up 57.0 per cent of Alberta's $120.9-billion in total
# merchandise exports"): its share is the product's part of the owner's trade with the world,
# not a restatement of the figure before. One deal's price ("Ottawa's $4.5-billion purchase of
# the pipeline") is no flow.

def test_a_share_of_a_whole_figure_in_a_product_is_of_that_product():
    text = ("Saskatchewan's exports of potash climbed to $7.2 billion in 2019.\n\n"
            "The province accounted for {pct} per cent of Canada's $8.0 billion in potash exports.")
    share = read(text.format(pct="90"))["claims"]["90 per cent"]
    assert share["commodity"] == "potash"
    assert read(text.format(pct="90"))["errors"] == []
    assert read(text.format(pct="70"))["errors"] != []


def test_a_product_opening_its_own_clause_is_the_shares_part_with_the_world():
    text = ("Saskatchewan's exports of potash climbed to $7.2 billion in 2019.\n\n"
            "The province accounted for 90 per cent of Canada's $8.0 billion in potash exports, and potash "
            "made up {pct} per cent of Saskatchewan's $30.0 billion in total merchandise exports.")
    share = read(text.format(pct="24"))["claims"]["24 per cent"]
    assert (share["partner"], share["commodity"]) == ("WLD", "potash")
    assert read(text.format(pct="24"))["errors"] == []
    assert read(text.format(pct="34"))["errors"] != []


def test_the_price_of_one_purchase_is_no_flow():
    text = ("Canada's crude exports rose to $84.6 billion in 2018.\n\n"
            "Ottawa's $4.5-billion purchase of the Trans Mountain pipeline has yet to add any capacity.")
    assert read(text)["claims"]["$4.5-billion"]["measure"] == "other"


# Round 77. "22% of all exports to the UK" is of the whole flow with that partner, never the
# partner's part of the reporter's total; set as an aside after a product's figure, its part is
# that figure.

def test_a_share_of_all_exports_to_a_partner_is_of_the_flow_with_it():
    text = ("Hungary sold goods worth EUR 13.1 bn to Italy in 2018.\n\n"
            "Hungarian producers sold furniture worth EUR 2.9 bn to {buyer} in 2018, {pct}% of all exports to Italy.")
    share = read(text.format(buyer="Italian customers", pct="22"))["claims"]["22%"]
    assert (share["partner"], share["commodity"]) == ("ITA", "furniture")
    assert read(text.format(buyer="Italian customers", pct="22"))["errors"] == []
    assert read(text.format(buyer="Italy", pct="22"))["errors"] == []
    assert read(text.format(buyer="Italy", pct="32"))["errors"] != []


# Round 77. A headline's clause after ";" may open on a ranked group with no article ("top five
# states account for two-thirds"): its share is the group's, never the first clause's subject's.
# "ships" right after a place's name and before a figure is the verb, no product (vessels).

def test_a_ranked_group_opening_a_headline_clause_is_the_shares_subject():
    text = ("Gujarat ships nearly 30% of India's exports; top five states account for two-thirds\n\n"
            "Gujarat shipped goods worth $126.3 billion in 2021, 29.9% of India's exports of $422.0 billion.")
    assert read(text, "2022-06-08")["errors"] == []


def test_ships_after_a_place_and_before_a_figure_is_a_verb():
    text = "Vietnam ships 40 per cent of its exports to the Philippines."
    assert read(text)["claims"]["40 per cent"]["commodity"] is None


# Round 77. "Of the re-exports, goods of mainland origin were worth $718.3 billion, or 57.7 per
# cent": a sentence opening on a product's flow named by words alone gives a part of it, and
# the share is of that part over the flow. "Imports grew faster than exports, by 5.2 per cent to
# $1,615.1 billion": the flow after the comparative's "than" is what the subject is set against;
# the change and the level are the subject's.

def test_a_sentence_opening_on_its_whole_gives_a_part_of_it():
    text = ("Hong Kong's re-exports climbed to $1,244.5 billion in 1997.\n\n"
            "Of the re-exports, goods of mainland origin were worth $718.3 billion, or {pct} per cent.")
    assert read(text.format(pct="57.7"), "1998-01-20")["errors"] == []
    assert read(text.format(pct="47.7"), "1998-01-20")["errors"] != []


def test_the_flow_after_a_comparatives_than_is_no_subject():
    text = ("Hong Kong's total exports rose 4.1 per cent to $1,455.9 billion in 1997.\n\n"
            "Imports grew faster than exports, by 5.2 per cent to $1,615.1 billion.")
    r = read(text, "1998-01-20")
    assert r["claims"]["5.2 per cent"]["measure"] == "imports"
    assert r["claims"]["$1,615.1 billion"]["measure"] == "imports"
    assert r["errors"] == []


# Round 77. A multiple set against a level with its own clause and year ("nearly three times the
# $118 million the Island shipped in 2010") compares with that year, not the year before; with
# its two levels in one sentence it holds or not whatever pair the discourse gives them.

def test_a_multiple_of_a_level_dated_in_its_own_clause():
    text = ("Nova Scotia's exports grew to $6.1 billion in 2016.\n\n"
            "Seafood led the way at $1.8 billion, with lobster alone accounting for $900 million — "
            "nearly three times the {base} million the province shipped in 2010.")
    r = read(text.format(base="$310"), "2017-03-21")
    assert r["claims"]["three times"]["base_period"] == "2010"
    assert r["errors"] == []
    assert read(text.format(base="$450"), "2017-03-21")["errors"] != []
