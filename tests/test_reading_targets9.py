"""Sentences of kinds met in a ninth round of passages (Central Asian agencies, European
statistics offices, historical wires): goals set in the infinitive, net trade, a pair of
places naming a body, a share of a whole owned by "U.S."."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-11-29") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


ACTUAL = ("Last year, trade between Uzbekistan and Tajikistan amounted to $1.05 billion. "
          "Uzbekistan's exports to Tajikistan totaled $780 million, while imports stood at $270 million. ")


def test_a_flow_raised_to_a_level_in_the_infinitive_is_a_goal():
    r = read("Tashkent and Dushanbe have agreed to raise bilateral trade to $2 billion, the government said. " + ACTUAL)
    assert r["claims"]["$2 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_headline_infinitive_sets_a_goal():
    r = read("Uzbekistan, Tajikistan to bring trade turnover to $2 billion\n\n" + ACTUAL)
    assert r["claims"]["$2 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_an_instruction_to_increase_a_flow_sets_a_goal():
    r = read("The president instructed the government to increase exports to Tajikistan to $1.5 billion. " + ACTUAL)
    assert r["claims"]["$1.5 billion"]["measure"] == "other"


def test_an_infinitive_that_helped_bring_a_flow_to_a_level_is_what_happened():
    r = read("Higher cotton sales helped to bring Uzbekistan's exports to Tajikistan to $780 million last year.")
    assert r["claims"]["$780 million"]["measure"] == "exports"


def test_an_infinitive_after_a_change_is_its_result_not_a_goal():
    for text in ("Uzbekistan's exports to Tajikistan rose 12% in 2023 to take the total to $780 million.",
                 "Uzbekistan's exports to Tajikistan grew by $80 million to bring the annual total to $780 million in 2023."):
        assert read(text)["claims"]["$780 million"]["measure"] == "exports", text


def test_a_year_before_an_agreement_to_raise_trade_keeps_it_a_goal():
    r = read("In 2024 Tashkent and Dushanbe agreed to raise bilateral trade to $2 billion.")
    assert r["claims"]["$2 billion"]["measure"] == "other"


def test_a_flow_that_rose_to_a_level_is_what_happened():
    r = read("Uzbekistan's exports to Tajikistan rose to $780 million last year.")
    assert r["claims"]["$780 million"]["measure"] == "exports"


def test_trade_that_may_reach_a_level_is_a_forecast():
    r = read("Trade between Uzbekistan and Tajikistan grew to $1.05 billion last year and may reach $1.3 billion this year.")
    assert r["claims"]["$1.3 billion"]["measure"] == "other"
    assert r["claims"]["$1.05 billion"]["measure"] == "trade_total"


def test_net_trade_is_the_balance():
    r = read("Exports of goods amounted to SEK 150.2 billion in May, and imports to SEK 146.0 billion. "
             "This resulted in a net trade of goods of SEK 4.2 billion.", "2024-06-28")
    net = r["claims"]["SEK 4.2 billion"]
    assert net["measure"] == "balance" and net["value"] > 0
    assert r["errors"] == []


def test_a_hyphenated_pair_naming_a_body_is_no_side_of_the_figure():
    r = read("Trade between Turkey and Kazakhstan totalled $4.4 billion in 2023. Speaking at the 12th meeting of "
             "the Turkey-Kazakhstan joint economic commission in Astana, the minister said that Turkey's exports "
             "to Kazakhstan reached $1.4 billion, while imports from the Central Asian country stood at $3.0 billion.")
    exports = r["claims"]["$1.4 billion"]
    assert (exports["reporter"], exports["partner"]) == ("TUR", "KAZ")
    assert r["errors"] == []


def test_a_hyphenated_pair_naming_a_body_still_gives_the_pair_when_alone():
    r = read("At the Kazakhstan-Turkey business council, officials said trade reached $4.4 billion in 2023.")
    assert {r["claims"]["$4.4 billion"]["reporter"], r["claims"]["$4.4 billion"]["partner"]} == {"KAZ", "TUR"}


def test_signed_documents_are_deal_values():
    r = read("Kazakhstan's exports to Iran reached $118 million in the period. "
             "The two sides signed 9 documents worth $400 million.")
    assert r["claims"]["$400 million"]["measure"] == "other"


def test_a_share_of_a_whole_owned_by_an_abbreviation_with_its_own_stop():
    r = read("U.S. exports to Canada were $160.9 billion in 2002. Supporters say Canada has become the largest "
             "market for U.S. goods, ahead of Mexico, taking about 23 percent of total U.S. exports of "
             "$693.1 billion in 2002.", "2003-03-01")
    share, whole = r["claims"]["23 percent"], r["claims"]["$693.1 billion"]
    assert (share["reporter"], share["partner"]) == ("USA", "CAN")
    assert (whole["reporter"], whole["partner"]) == ("USA", "WLD")
    assert r["errors"] == []
