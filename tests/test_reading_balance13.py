"""Sentences of kinds met in the thirteenth round of passages (Nordic and Baltic statistics
offices): balances "in trade with" a partner, "Their value" after a subject flow with its
partner, a second percent change past a bracketed amount, a whole broken down after it, a
relative clause's year, and prepositional relative clauses after a place."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_deficit_in_trade_with_a_partner_is_a_balance():
    r = read("Exports to Germany were SEK 181.2 billion last year. Imports from Germany were much larger at "
             "SEK 291.5 billion, leaving a deficit of SEK 110.3 billion in trade with Germany.")
    c = r["claims"]["SEK 110.3 billion"]
    assert (c["measure"], c["partner"]) == ("balance", "DEU")
    assert c["value"] < 0
    assert r["errors"] == []


def test_a_surplus_in_trade_with_a_described_neighbour_is_a_balance():
    r = read("In the first half of 2024 Latvia's exports to Russia fell by 14.0% to EUR 366.7 million, while imports "
             "from Russia shrank by 42.6% to EUR 212.4 million. Latvia therefore had a surplus of EUR 154.3 million "
             "in trade with its eastern neighbour.", "2024-08-09")
    assert r["claims"]["EUR 154.3 million"]["measure"] == "balance"
    assert r["errors"] == []


def test_the_total_a_share_is_of_in_a_relative_clause_is_with_the_world():
    r = read("In the first half of 2024 Latvia's exports to Russia fell by 14.0% to EUR 366.7 million. Russia's share "
             "in total Latvian exports, which amounted to EUR 8.53 billion in January-June, fell to 4.3%.", "2024-08-09")
    c = r["claims"]["EUR 8.53 billion"]
    assert (c["reporter"], c["partner"], c["measure"]) == ("LVA", "WLD", "exports")


def test_their_value_takes_the_flow_and_partner_of_the_sentence_before():
    r = read("Finland's goods imports fell by 12.5 per cent to EUR 38.6 billion in January-June 2024, from EUR 44.1 "
             "billion. Imports from Russia continued to decline. Their value was EUR 598 million, down 71.4 per "
             "cent from EUR 2,093 million a year earlier.", "2024-08-15")
    c = r["claims"]["EUR 598 million"]
    assert (c["reporter"], c["partner"], c["measure"]) == ("FIN", "RUS", "imports")
    assert r["errors"] == []


def test_a_second_change_past_the_first_ones_bracketed_amount():
    r = read("In 2023 the value of exported goods constituted EUR 16.93 billion, while the value of imported goods "
             "reached EUR 19.55 billion. Compared to 2022, exports decreased by 5.6% (EUR 1.00 billion) and imports "
             "by 8.6% (EUR 1.83 billion).", "2024-02-09")
    assert r["claims"]["8.6%"]["kind"] == "percent_change"
    assert r["claims"]["8.6%"]["measure"] == "imports"
    assert r["claims"]["EUR 1.83 billion"]["measure"] == "other"  # the change, no level
    assert r["errors"] == []


def test_a_whole_broken_down_after_it_counts_re_exports():
    r = read("Overall, Lithuania exported goods worth EUR 28.4 billion in January-September 2024. Of this, goods of "
             "Lithuanian origin accounted for EUR 17.9 billion, while re-exports came to EUR 10.5 billion, or 37.0 "
             "per cent of the total.", "2024-11-11")
    assert r["claims"]["EUR 28.4 billion"]["commodity"] is None
    assert r["errors"] == []


def test_a_year_inside_a_relative_clause_does_not_date_a_bare_month_range():
    r = read("Lithuania's exports to Russia, which had been the country's largest non-EU market before 2022, fell to "
             "EUR 1.12 billion in January-September, down 18.4 per cent year on year from EUR 1.37 billion.",
             "2024-11-11")
    assert r["claims"]["EUR 1.12 billion"]["period"] == "2024-01/2024-09"
    assert r["errors"] == []


def test_a_place_to_which_the_reporter_exported_is_the_partner():
    r = read("Danish exports of goods to the United States reached DKK 158.2 billion in 2023. The US has thereby "
             "overtaken Sweden, to which Denmark exported goods worth DKK 132.5 billion, as the largest single market. "
             '"Our exports to the US are now 1.2 times what we sell to Sweden," the minister said.', "2024-02-15")
    c = r["claims"]["DKK 132.5 billion"]
    assert (c["reporter"], c["partner"]) == ("DNK", "SWE")
    assert r["claims"]["1.2 times"]["measure"] == "other"  # two partners compared, not growth
    assert r["errors"] == []


def test_a_described_partner_is_the_one_the_sentence_before_was_about():
    text = ("Trade with Russia continued to fall. Exports to the eastern neighbour dropped by {} per cent to "
            "EUR 0.33 billion, from EUR 0.51 billion in 2022.")
    r = read("Estonia's exports reached EUR 16.9 billion in 2023. " + text.format(35), "2024-02-12")
    assert r["claims"]["EUR 0.33 billion"]["partner"] == "RUS"
    assert r["errors"] == []
    assert read("Estonia's exports reached EUR 16.9 billion in 2023. " + text.format(45), "2024-02-12")["errors"]


def test_a_place_ranked_as_a_countrys_partner_is_its_partner_and_it_and_there_stand_for_it():
    r = read("Finland was again Estonia's biggest trading partner in 2023, Statistics Estonia reported. Exports to it "
             "amounted to EUR 2.14 billion and imports from there to EUR 1.83 billion, so turnover with the northern "
             "neighbour came to EUR 3.97 billion.", "2024-02-12")
    for figure in ("EUR 2.14 billion", "EUR 1.83 billion", "EUR 3.97 billion"):
        assert (r["claims"][figure]["reporter"], r["claims"][figure]["partner"]) == ("EST", "FIN")


def test_a_sentence_that_only_ranks_the_next_place_makes_it_the_partner():
    r = read("Finland was again Estonia's biggest trading partner in 2023. Exports to it amounted to EUR 2.14 billion. "
             "Latvia was second. Estonian companies sold goods worth EUR 1.66 billion there and bought EUR 1.42 "
             "billion, a turnover of EUR 3.08 billion.", "2024-02-12")
    assert (r["claims"]["EUR 1.66 billion"]["reporter"], r["claims"]["EUR 1.66 billion"]["partner"]) == ("EST", "LVA")
    assert r["errors"] == []
