"""Sentences that set a figure against a whole or another flow (round-7 probes: Africa,
Eastern Europe, policy fact checks): a share's whole in a relative clause, a share of one
partner's flow, a group's trade within itself, a figure a fact check refutes, and a multiple
between a pair's imports and exports."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-14") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    checked = [f["message"] for f in result["findings"] if f["status"] == "consistent"]
    return {"claims": claims, "errors": errors, "checked": checked}


# 1. the whole in a relative clause after the share, owned by a name ending in s

def test_a_shares_whole_in_a_relative_clause_is_the_owners_trade_with_the_world():
    r = read("Trade between Belarus and China reached $8.4 billion in 2023. China accounts for about 10% of "
             "Belarus' foreign trade in goods, which reached $84.7 billion in 2023.", "2024-02-02")
    whole = r["claims"]["$84.7 billion"]
    assert (whole["reporter"], whole["partner"]) == ("BLR", "WLD")
    assert r["errors"] == []
    assert any("10%" in m for m in r["checked"])


# 2. a share of one partner's flow

NIGERIA = ("Nigeria's exports to other African countries amounted to N664.2 billion in the second quarter of 2023. "
           "Exports to ECOWAS member states, which accounted for N372.6 billion, made up {} per cent of the "
           "exports to Africa.")


def test_a_share_of_the_exports_to_a_group_is_of_that_flow_not_of_all_exports():
    r = read(NIGERIA.format("56.1"), "2023-08-30")
    share = r["claims"]["56.1 per cent"]
    assert (share["reporter"], share["partner_group"]) == ("NGA", "ECOWAS")
    assert r["errors"] == []
    assert any("664.2" in m and "56.1" in m for m in r["checked"])


def test_a_wrong_share_of_the_exports_to_a_group_is_found():
    assert read(NIGERIA.format("46.1"), "2023-08-30")["errors"]


KENYA = ("Kenya's exports to East African Community (EAC) states rose to Sh293.3 billion in 2023. Uganda bought "
         "Kenyan goods worth Sh127.4 billion, accounting for {} percent of exports to the bloc.")


def test_a_share_of_the_exports_to_the_bloc_is_the_clauses_partner_over_the_bloc():
    r = read(KENYA.format("43.4"), "2024-05-06")
    assert r["claims"]["43.4 percent"]["partner"] == "UGA"
    assert r["errors"] == []
    assert any("43.4" in m for m in r["checked"])
    assert read(KENYA.format("33.4"), "2024-05-06")["errors"]


# 3. a group's trade within itself, and what comes after it

INTRA = ("Intra-African trade rose {} percent to $192.2 billion in 2023 from $179.3 billion in 2022. The figure "
         "represented 14.9 percent of Africa's total trade of $1.29 trillion, which fell 6.5 percent from "
         "$1.38 trillion in 2022.")


def test_intra_group_trade_is_the_group_on_both_sides():
    r = read(INTRA.format("7.2"))
    c = r["claims"]["$192.2 billion"]
    assert (c["reporter_group"], c["partner_group"]) == ("Africa", "Africa")
    assert r["errors"] == []


def test_a_change_in_a_relative_clause_is_the_change_of_the_figure_before_it():
    r = read(INTRA.format("7.2"))
    change = r["claims"]["6.5 percent"]
    assert (change.get("reporter_group"), change["partner"]) == ("Africa", "WLD")
    assert any("14.9" in m for m in r["checked"])  # the group's own trade over its trade with the world


def test_a_wrong_change_of_intra_group_trade_is_found():
    assert read(INTRA.format("9.2"))["errors"]


def test_a_countrys_intra_group_trade_is_its_trade_with_the_group():
    text = ("Nigeria's exports to African countries amounted to N664.2 billion in the second quarter of 2023. "
            "Imports from African countries were valued at N121.5 billion, bringing Nigeria's total intra-African "
            "trade for the quarter to N{} billion.")
    r = read(text.format("785.7"), "2023-08-30")
    c = r["claims"]["N785.7 billion"]
    assert (c["reporter"], c["partner_group"]) == ("NGA", "Africa")
    assert r["errors"] == []
    assert read(text.format("985.7"), "2023-08-30")["errors"]


# 4. a fact check: the figure it refutes is no fact to check

FACT_CHECK = ('CLAIM: "We are importing $600 billion a year from China and running a $500 billion deficit with '
              'them," a senator said on Monday.\n\nTHE FACTS: Imports of goods from China were $427.2 billion in '
              "2023, not $600 billion. They have never reached $600 billion. The goods deficit with China was "
              "$279.4 billion last year, well short of the $500 billion the senator cited.")


def test_figures_a_fact_check_refutes_are_not_checked_as_facts():
    result = verify_text(FACT_CHECK, published="2024-04-18", reference="none").to_dict()
    refuted = [c for c in result["claims"] if c.get("refuted")]
    assert {c["text"] for c in refuted} == {"$600 billion", "$500 billion"}
    assert len(refuted) == 5  # the two quoted, "not", "never reached" and "the senator cited"
    assert all(c["measure"] == "other" for c in refuted)
    assert [f for f in result["findings"] if f["status"] == "inconsistent"] == []
    facts = {c["text"]: c for c in result["claims"] if not c.get("refuted")}
    assert facts["$427.2 billion"]["measure"] == "imports"


def test_a_bound_said_with_not_is_still_a_figure():
    r = read("Exports to Japan were not more than $5 billion in 2023.")
    c = r["claims"]["$5 billion"]
    assert c["measure"] == "exports" and not c.get("refuted")


def test_a_quoted_figure_the_text_does_not_refute_stays_a_flow():
    r = read('"Our exports to Japan reached $5 billion in 2023," the minister said.')
    assert r["claims"]["$5 billion"]["measure"] == "exports"


# 5. a multiple between the two flows of one pair and period

POLAND = ("Poland's imports from China reached EUR 41.6 bn in 2023, while exports to China were just EUR 4.1 bn, "
          "which means imports were more than {} times higher than exports.")


def test_imports_a_multiple_of_exports_is_no_change_over_time():
    r = read(POLAND.format("10"), "2024-03-05")
    m = r["claims"]["10 times higher"]
    assert m["base_period"] is None
    assert r["errors"] == []
    assert any("10.15" in x for x in r["checked"])


def test_a_wrong_multiple_of_exports_is_found():
    assert read(POLAND.format("12"), "2024-03-05")["errors"]


def test_that_of_exports_and_what_it_sold_are_the_other_flow():
    kenya = ("Kenya's imports from China rose to Sh437.2 billion last year, while exports to the Asian nation stood "
             "at Sh28.9 billion. The value of goods bought from China was {} times that of exports to the country.")
    assert any("15.13" in x for x in read(kenya.format("15"), "2024-04-22")["checked"])
    assert read(kenya.format("12"), "2024-04-22")["errors"]
    nigeria = ("Nigeria imported goods worth N7.02 trillion from China in 2023. Nigeria's exports to China stood at "
               "just N1.43 trillion, meaning that imports from the Asian country were nearly five times what Nigeria "
               "sold to it.")
    assert any("4.91" in x for x in read(nigeria, "2024-03-05")["checked"])


def test_a_multiple_of_the_other_flow_with_one_level_stated_is_left_unchecked():
    r = read("Poland's imports from China reached EUR 41.6 bn in 2023, about 12 times higher than exports.",
             "2024-03-05")
    m = r["claims"]["12 times higher"]
    assert m["measure"] == "other" and m["base_period"] is None and r["errors"] == []


def test_times_the_value_of_the_other_flow_is_read_and_doubled_exports_stays_a_change():
    r = read("Poland's imports from China reached EUR 41.6 bn in 2023, while exports to China were EUR 4.1 bn, "
             "so imports were about 14 times the value of exports.", "2024-03-05")
    assert r["errors"]  # 41.6 / 4.1 = 10.15
    r = read("Kenya doubled exports to China in 2023 to $1.2bn from $0.6bn in 2022.")
    assert (r["claims"]["doubled"]["measure"], r["claims"]["doubled"]["base_period"]) == ("exports", "2022")


def test_a_figure_cited_by_a_source_is_no_refuted_claim():
    r = read("Exports to China were $3 billion in 2023, the $3 billion figure cited by the ministry on Monday.")
    assert all(c["measure"] == "exports" and not c.get("refuted") for c in r["claims"].values())
