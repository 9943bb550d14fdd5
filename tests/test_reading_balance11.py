"""Sentences of kinds met in the eleventh round's bilateral-relations pieces (news agencies of
the CIS in translation): whose balance a "balance for X" is, "mutual trade" between two named
countries, a pair named by hyphenated demonyms, and one country's "foreign trade turnover"."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-05") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(claim: dict) -> tuple:
    return claim["reporter"], claim["partner"]


FLOWS = ("Belarusian exports to Iran increased to $62.4 million in 2018, while imports from Iran "
         "decreased to $23.2 million. ")


def test_the_country_after_balance_of_trade_for_owns_the_balance():
    r = read(FLOWS + "As a result, the positive balance of trade for Belarus was $39.2 million.", "2019-02-15")
    assert pair(r["claims"]["$39.2 million"]) == ("BLR", "IRN")
    assert r["errors"] == []


def test_a_balance_said_to_be_positive_for_a_country_is_its_own():
    r = read("Iran's exports to Belarus were $23.2 million in 2018 and its imports from Belarus $62.4 million. "
             "The trade balance was positive for Belarus at $39.2 million.", "2019-02-15")
    assert pair(r["claims"]["$39.2 million"]) == ("BLR", "IRN")
    assert r["errors"] == []


def test_a_bulleted_balance_for_a_country_before_a_colon_is_its_own():
    r = read("Armenian-Iranian trade in January-June 2023:\n\n"
             "- exports from Armenia to Iran: $78.2 million;\n"
             "- imports from Iran to Armenia: $265.4 million;\n"
             "- negative balance for Armenia: $187.2 million.\n", "2023-08-25")
    c = r["claims"]["$187.2 million"]
    assert pair(c) == ("ARM", "IRN") and c["value"] < 0
    assert r["errors"] == []


def test_a_wrong_balance_for_a_country_is_still_found():
    r = read(FLOWS + "As a result, the positive balance of trade for Belarus was $49.2 million.", "2019-02-15")
    assert r["errors"]


KG_KZ = ("Kyrgyz-Kazakh trade nears $2 bln target\n\n"
         "BISHKEK (AKIpress) - The volume of mutual trade between Kyrgyzstan and Kazakhstan in 2023 reached $1.7 billion, "
         "which is {times} times more than in 2016, the Ministry of Economy and Commerce said on Tuesday.\n\n"
         "Bilateral trade had peaked at $1.4 billion in 2014, before falling to $0.9 billion in 2016.\n\n"
         "Last year, Kyrgyz exports to Kazakhstan amounted to $0.6 billion, while imports from the neighbouring "
         "republic reached $1.1 billion.\n")


def test_mutual_trade_between_two_named_countries_is_their_bilateral_trade():
    r = read(KG_KZ.format(times="1.9"))
    c = r["claims"]["$1.7 billion"]
    assert pair(c) == ("KGZ", "KAZ") and c.get("scope") != "within the bloc"
    assert r["errors"] == []


def test_a_wrong_multiple_of_mutual_trade_between_two_countries_is_found():
    assert read(KG_KZ.format(times="2.9"))["errors"]


def test_mutual_trade_of_a_union_stays_within_the_bloc():
    r = read("The Eurasian Economic Union's trade with third countries rose by 60% to $923 billion in 2023, "
             "and mutual trade almost doubled to $89 billion.")
    assert r["claims"]["$89 billion"].get("scope") == "within the bloc"


def test_hyphenated_demonyms_name_the_pair_for_the_sentences_after():
    r = read(KG_KZ.format(times="1.9"))
    for figure in ("$1.4 billion", "$0.9 billion", "$0.6 billion", "$1.1 billion"):
        assert pair(r["claims"][figure]) == ("KGZ", "KAZ"), figure
    assert r["claims"]["$0.6 billion"]["commodity"] is None  # "Kyrgyz exports": a country's, no product


KZ_UZ = ("Kazakhstan, Uzbekistan aim to bring trade to $10 bln by 2030\n\n"
         "ASTANA. KAZINFORM - Mutual trade between Kazakhstan and Uzbekistan amounted to $4.4 billion in 2023, "
         "Kazinform correspondent reports.\n\n"
         "Kazakh exports to the neighbouring country made $2.3 billion and imports from Uzbekistan $2.1 billion.\n\n"
         "Over the past six years, trade has more than doubled: in 2017 it stood at only $2.0 billion. "
         "Uzbekistan's share in Kazakhstan's foreign trade turnover, which totalled $139.8 billion, was 3.1 percent.\n")


def test_trade_between_two_countries_in_the_lead_is_the_texts_pair():
    r = read(KZ_UZ, "2024-02-01")
    assert pair(r["claims"]["$2.3 billion"]) == ("KAZ", "UZB")  # "to the neighbouring country"
    assert r["errors"] == []


def test_a_change_over_the_past_years_compares_with_the_year_before_them():
    r = read(KZ_UZ, "2024-02-01")
    assert r["claims"]["doubled"]["base_period"] == "2017"


def test_a_countrys_foreign_trade_turnover_is_its_trade_with_the_world():
    r = read(KZ_UZ, "2024-02-01")
    assert pair(r["claims"]["$139.8 billion"]) == ("KAZ", "WLD")


def test_total_turnover_after_a_share_of_a_countrys_trade_is_that_countrys_with_the_world():
    r = read("Armenian-Iranian trade in January-June 2023 amounted to $343.6 million. "
             "Iran's share in Armenia's foreign trade turnover in the reporting period was 4.6%, "
             "with total turnover of $7,470.2 million.", "2023-08-25")
    assert pair(r["claims"]["$7,470.2 million"]) == ("ARM", "WLD")
    assert r["errors"] == []


def test_trade_a_preposition_makes_a_topic_does_not_name_the_texts_pair():
    r = read("PUERTO VALLARTA, January 7, 2020 - Mexico remains the biggest trading partner of the United States, "
             "first in total trade value, with $567.81 billion through November.\n"
             "That makes 11 months in a row with Mexico on top, followed by Canada and then China.\n"
             "Mexico was propelled to first place in January 2019 by the continuing dispute over trade between "
             "the United States and China - and by U.S. duties on more than $500 billion of Chinese goods.\n"
             "The most recent Census Bureau figures show exports to Mexico of $237.31 billion and imports of "
             "$330.51 billion for January through November, leaving a deficit of $93.2 billion.\n"
             "Texas was home to six of the ten leading ports for trade with Mexico: Laredo, with $210.57 billion "
             "of trade with Mexico in the year to date; El Paso ($70.94 billion); the Pharr-Reynosa International "
             "Bridge ($32.73 billion).\n", "2020-01-07")
    assert pair(r["claims"]["$32.73 billion"]) == ("USA", "MEX")
