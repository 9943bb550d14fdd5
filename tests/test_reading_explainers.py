"""Sentences of kinds met in round 23's explainers, study blogs and e-commerce news: a
calculation written out between figures ("$61.0bn - $48.5bn = $12.5 billion"), a dated
byline or a habitual month ("Every March") that is no period of the figures, the biggest
part of a flow named by its rank ("The largest item is travel - $4.1 billion, which is
40% of services exports"), a share of a count whose unit is left unsaid ("of which 12
million, or 40 percent"), and money per counted unit ("Spending per visitor averaged")."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims: dict = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], []).append(c)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# --- calculations written out ---------------------------------------------------------

WORKED = ("Chile's trade in 2023, explained. Chile exported goods worth $94.9 billion and imported "
          "${imports} billion. The goods surplus is therefore $94.9bn - $79.1bn = $15.8 billion. Services "
          "exports were $11.2 billion and services imports $18.6 billion, which gives a services deficit of "
          "$18.6bn minus $11.2bn, or $7.4 billion.")


def test_operands_of_a_written_subtraction_are_no_flow_of_their_own():
    r = read(WORKED.format(imports="79.1"))
    for t in ("$94.9bn", "$79.1bn"):
        assert [c["measure"] for c in r["claims"][t]] == ["other"]
    assert r["claims"]["$15.8 billion"][0]["measure"] == "balance"
    assert r["errors"] == []


def test_a_flow_that_breaks_the_written_out_balance_is_caught():
    r = read(WORKED.format(imports="89.1"))
    assert r["errors"]


def test_the_outcome_of_a_subtraction_is_no_export_figure():
    # "Imports minus exports: A - B = C": the flow word before the calculation is an operand's
    r = read("Australia's services trade, step by step. Services exports were $112.4 billion in 2023 and "
             "services imports $98.0 billion. Exports minus imports: $112.4bn - $98.0bn = $14.4 billion. "
             "Divide and you get $112.4bn / $98.0bn = 1.15.", "2024-03-05")
    assert r["claims"]["$14.4 billion"][0]["measure"] == "other"
    assert r["errors"] == []


def test_a_range_with_a_dash_is_no_calculation():
    r = read("Analysts expect Peru's copper exports to reach $22bn - $24bn in 2024, after $21.4 billion in 2023.",
             "2024-02-01")
    assert all(c["measure"] != "other" or c["how"].get("measure") != "worked-arithmetic"
               for cs in r["claims"].values() for c in cs if "how" in c)
    assert "worked-arithmetic" not in {c["attribution"]["measure"] for cs in r["claims"].values() for c in cs}


# --- periods of a step-by-step text ---------------------------------------------------

HABIT = ("Every March the customs office publishes the year's numbers. Kenya exported goods worth $7.5 "
         "billion in 2023 and imported $19.9 billion. Exports in 2022 were $7.4 billion.\n\n"
         "Tea brought in $1.3 billion, which is {share} of all exports.")


def test_a_habitual_month_and_an_earlier_year_do_not_date_the_next_step():
    r = read(HABIT.format(share="17.3%"), "2024-03-20")
    assert r["claims"]["$7.5 billion"][0]["period"] == "2023"
    assert r["claims"]["$1.3 billion"][0]["period"] == "2023"
    assert r["errors"] == []


def test_a_share_of_the_year_broken_in_the_next_step_is_caught():
    r = read(HABIT.format(share="13.3%"), "2024-03-20")
    assert r["errors"]


def test_a_policy_briefs_date_is_no_period_of_its_figures():
    r = read("Policy brief, May 2024\n\nUsing data for 2023-24 (April-March), this note walks through the numbers.\n\n"
             "India's merchandise exports were $437.1 billion and merchandise imports were $677.2 billion. The goods "
             "deficit is therefore $677.2bn - $437.1bn = $240.1 billion.", "2024-05-10")
    assert r["claims"]["$437.1 billion"][0]["period"] == "2023-04/2024-03"
    assert r["errors"] == []


# --- the biggest part named by its rank -----------------------------------------------

RANKED = ("Ireland's services exports were €340 billion in 2023. The biggest chunk by far is computer "
          "services - €{part} billion, which is 60% of services exports.")


def test_the_ranked_part_is_its_product_and_its_share_is_of_the_whole_named():
    r = read(RANKED.format(part="204"), "2024-06-01")
    assert r["claims"]["€204 billion"][0]["commodity"] == "computer services"
    assert r["errors"] == []


def test_a_ranked_part_that_breaks_its_share_is_caught():
    r = read(RANKED.format(part="234"), "2024-06-01")
    assert r["errors"]


def test_goods_after_the_figure_in_a_text_with_services_apart():
    r = read("In 2023 New Zealand exported $72.5 billion of goods (dairy, meat) and $25.1 billion of services. "
             "Total exports were $97.6 billion.", "2024-04-01")
    assert r["claims"]["$72.5 billion"][0]["commodity"] == "goods"
    assert r["errors"] == []


# --- counts and money per unit ------------------------------------------------------

def test_a_share_of_an_elided_count_is_no_share_of_money():
    r = read("Japanese consumers spent 1.2 trillion yen on overseas online purchases in 2023. Purchases from the "
             "United States came to 0.5 trillion yen, or 41.7 percent. By number, 30.0 million parcels cleared "
             "customs, of which 12.0 million, or 40.0 percent, came from China.", "2024-02-15")
    assert r["errors"] == []


def test_money_per_counted_unit_is_no_flow():
    r = read("Thailand's tourism receipts were $30.0 billion in 2023 from 28.2 million arrivals. Export earnings "
             "per arrival averaged about $1,064. Services exports overall came to $45.1 billion.", "2024-02-01")
    assert r["claims"]["$1,064"][0]["measure"] == "other"
    assert r["errors"] == []


def test_per_cent_and_per_year_are_no_unit():
    r = read("Vietnam's exports per year averaged $350 billion over 2021-23, and rose 14 per cent to $405.5 "
             "billion in 2024.", "2025-01-10")
    assert r["claims"]["$405.5 billion"][0]["measure"] == "exports"
