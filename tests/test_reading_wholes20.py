"""Sentences of kinds met in a twentieth round of passages (chambers of commerce, embassies,
customs services): which whole a part or a share belongs to."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-25") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


PAIR = ("Total trade between Kenya and Belgium amounted to €900 million in 2023. Kenya's exports to Belgium "
        "were €600 million, while Belgian exports to Kenya were €300 million. ")


def test_a_part_takes_the_pair_and_flow_of_the_whole_its_which_clause_names():
    r = read(PAIR + "Cut flowers accounted for €450 million, which is 75.0% of Kenya's exports to Belgium.", "2024-05-14")
    part = r["claims"]["€450 million"]
    assert (part["reporter"], part["partner"], part["measure"]) == ("KEN", "BEL", "exports")
    assert r["claims"]["75.0%"]["partner"] == "BEL"  # the whole's own partner, after its flow word
    assert r["errors"] == []


def test_a_wrong_share_of_the_named_whole_is_found():
    r = read(PAIR + "Cut flowers accounted for €450 million, which is 70.0% of Kenya's exports to Belgium.", "2024-05-14")
    assert r["errors"]


EAEU = ("In January-March 2024, Armenia's mutual trade with the EAEU countries amounted to $2,000.0 million, "
        "including exports of $800.0 million and imports of $1,200.0 million. Russia accounted for 90.0% of it, "
        "or $1,800.0 million. Trade with third countries reached $6,000.0 million, so the total foreign trade "
        "turnover was $8,000.0 million. The EAEU share in the turnover thus came to {share}.")


def test_of_it_after_a_whole_and_its_parts_is_the_whole():
    r = read(EAEU.format(share="25.0%"), "2024-04-25")
    assert r["claims"]["90.0%"]["measure"] == "trade_total"
    assert r["claims"]["$1,800.0 million"]["measure"] == "trade_total"
    assert r["errors"] == []


def test_the_total_foreign_trade_turnover_is_with_the_world():
    r = read(EAEU.format(share="27.0%"), "2024-04-25")
    assert r["claims"]["$8,000.0 million"]["partner"] == "WLD"
    assert r["errors"]  # 2,000.0 / 8,000.0 is 25.0%


GROUPS = ("BANGKOK - According to the customs department, Thailand's total exports in the first half of 2024 "
          "reached US$ 100.0 billion. Key export items (US$ billion, change y/y):\n\n"
          "- Automobiles and parts: 20.0, +5.0%\n- Computers and parts: 15.0, +8.0%\n\n"
          "The two groups together were worth US$ 35.0 billion, or {share} of the country's total exports.")


def test_a_sum_of_counted_products_is_a_part_not_the_whole_flow():
    r = read(GROUPS.format(share="35.0%"))
    assert r["claims"]["US$ 35.0 billion"]["commodity"] is not None
    assert r["errors"] == []


def test_a_wrong_share_of_counted_products_is_found():
    assert read(GROUPS.format(share="38.0%"))["errors"]


def test_a_bracketed_share_with_two_wholes_given_is_no_error():
    r = read("KUALA LUMPUR - Malaysia's non-oil exports to Japan in May 2024 were US$2.00 billion. This accounted "
             "for 20.0 percent of total non-oil exports of US$10.00 billion. Exports to the EU reached US$1.50 "
             "billion (15.0 percent). Total exports in May stood at US$10.50 billion.", "2024-06-20")
    assert r["claims"]["US$10.00 billion"]["partner"] == "WLD"
    assert r["errors"] == []


SHARE_IN = ("ASTANA - In January-June 2024 the trade turnover between Kazakhstan and Italy amounted to $1,000.0 "
            "million. The share of Italy in the total foreign trade turnover of Kazakhstan ($50.0 billion) was {share}.")


def test_the_share_of_a_place_in_an_owners_bracketed_whole():
    r = read(SHARE_IN.format(share="2.0%"))
    whole, share = r["claims"]["$50.0 billion"], r["claims"]["2.0%"]
    assert (whole["reporter"], whole["partner"]) == ("KAZ", "WLD")
    assert (share["reporter"], share["partner"]) == ("KAZ", "ITA")
    assert r["errors"] == []


def test_a_wrong_share_of_a_place_in_an_owners_whole_is_found():
    assert read(SHARE_IN.format(share="2.4%"))["errors"]


def test_the_two_countries_when_the_carried_partner_is_the_world():
    r = read("NAIROBI, 9 September 2024 - Belgium was Kenya's fifth largest trading partner in 2023, after China, "
             "India and the United States, the Embassy of Belgium said.\n\nBilateral trade between the two countries "
             "was US$ 1.00 billion, accounting for 4.0 percent of Kenya's total trade of US$ 25.0 billion.", "2024-09-09")
    trade = r["claims"]["US$ 1.00 billion"]
    assert (trade["reporter"], trade["partner"]) == ("KEN", "BEL")
    assert r["errors"] == []


def test_the_two_countries_put_the_reporter_first():
    r = read("Peru's trade with Morocco rose 20% last year to $600 million. Trade between the two countries has "
             "tripled since 2015, when it stood at $200 million.", "2024-03-01")
    c = r["claims"]["tripled"]
    assert (c["reporter"], c["partner"]) == ("PER", "MAR")
