"""Sentences of kinds met in the twentieth round of passages (year-in-review pieces, chamber
releases, customs statements): partners, flows and measures read from the right words."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-19") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_contrasting_openers_place_is_the_foil_not_the_partner():
    r = read("German exports to China fell 9.0% to €97.3 billion in 2023. Imports from China came to €155.8 billion, "
             "leaving Germany with a deficit of €58.5 billion. Unlike with China, Germany sold far more than it bought: "
             "exports to the US reached €157.9 billion, against imports of €94.4 billion, a surplus of €63.5 billion.")
    for figure in ("€157.9 billion", "€94.4 billion", "€63.5 billion"):
        c = r["claims"][figure]
        assert (c["reporter"], c["partner"]) == ("DEU", "USA"), figure
    assert r["errors"] == []


def test_a_contrasting_opener_alone_keeps_its_place():
    # no other partner named: nothing to prefer over the opener's place
    r = read("Compared with China, German exports to the world reached €1,562 billion in 2023.")
    assert r["claims"]["€1,562 billion"]["reporter"] == "DEU"


BRAZIL = ("Brazil's trade in 2023, in figures\n\n"
          "US$ 339.7 billion: the value of Brazilian exports in 2023, a record\n\n"
          "US$ 240.8 billion: imports in the year\n\n"
          "30.7%: China's share of Brazilian exports, worth US$ 104.3 billion\n\n"
          "US$ 53.3 billion: soybean exports, the top product\n")


def test_a_caption_lines_description_gives_the_share_its_partner():
    r = read(BRAZIL, "2024-01-05")
    share, worth = r["claims"]["30.7%"], r["claims"]["US$ 104.3 billion"]
    assert (share["reporter"], share["partner"]) == ("BRA", "CHN")
    assert (worth["reporter"], worth["partner"]) == ("BRA", "CHN")
    assert r["errors"] == []


def test_a_caption_lines_description_gives_the_product():
    r = read(BRAZIL + "\n$130.0 billion: crude oil exports, about 38.3 per cent of all goods sold abroad.\n", "2024-01-05")
    assert r["claims"]["US$ 53.3 billion"]["commodity"] == "soybeans"
    assert r["claims"]["$130.0 billion"]["commodity"] == "crude oil"
    assert r["claims"]["US$ 339.7 billion"]["commodity"] is None


def test_a_ranked_partner_with_an_aside_is_ranked_by_total_trade():
    r = read("Mexico finished the year as the largest trading partner of the United States. Two-way trade reached "
             "$798.8 billion in 2023, which left Washington with a deficit of $152.4 billion. Canada, which had led in "
             "2022, slipped to second place with $774.3 billion; the U.S. imported $421.1 billion from it and exported "
             "$353.2 billion.", "2024-02-08")
    c = r["claims"]["$774.3 billion"]
    assert (c["measure"], c["partner"]) == ("trade_total", "CAN")
    assert r["errors"] == []


def test_a_figure_towards_which_trade_moves_is_a_goal():
    r = read("Viet Nam - Korea Business Forum 2024: Towards US$ 150 billion bilateral trade\n\n"
             "Two-way trade between Viet Nam and Korea reached US$ 79.4 billion in 2023.", "2024-04-18")
    assert r["claims"]["US$ 150 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_bracketed_hs_code_does_not_hide_the_product():
    r = read("Russia exported 66.7 million tonnes of grain in 2023 worth $14.8 billion. Shipments of barley (HS 1003) "
             "amounted to 7.2 million tonnes worth $1.4 billion.", "2024-02-20")
    assert r["claims"]["$1.4 billion"]["commodity"] == "barley"


def test_their_value_is_the_value_of_the_product_named_before():
    r = read("Russia's wheat exports were worth $11.9 billion in 2023. Compared with 2022, wheat export volumes rose "
             "1.5 times, from 35.4 million tonnes, while their value grew by only 27%, from $9.37 billion.", "2024-02-20")
    assert r["claims"]["27%"]["commodity"] == "wheat"
    assert r["errors"] == []
