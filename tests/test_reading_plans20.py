"""Sentences of customs services and revenue authorities (round 20): a result against its
goal (percent of a target, an excess over it), and revenue collected, which is no trade flow."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-03") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


QUARTER = "For the first quarter, collections reached P215.6 billion, {} percent of the P211.6-billion target."


def test_a_percent_of_a_target_whose_amount_stands_before_it_may_pass_100():
    r = read(QUARTER.format("101.9"))
    assert r["claims"]["101.9 percent"]["kind"] == "share"
    assert r["errors"] == []


def test_a_percent_of_a_target_is_the_result_over_the_target():
    r = read(QUARTER.format("103.9"))
    assert any("211.6bn = 101.9%" in e for e in r["errors"])


PERFORMANCE = ("The Customs Division of the Ghana Revenue Authority collected GH¢ 24.3 billion in 2023, against a "
               "target of GH¢ 23.1 billion, representing a performance of {} percent.")


def test_a_performance_of_a_percentage_is_a_percent_of_the_goal():
    assert read(PERFORMANCE.format("105.2"), "2024-01-15")["errors"] == []
    r = read(PERFORMANCE.format("107.2"), "2024-01-15")
    assert any("= 105.2%, stated as 107.2 percent" in e for e in r["errors"])


def test_a_percent_of_the_goal_the_sentence_before_names():
    text = ("The commissioner said the bureau expects to hit its full-year goal of P931.0 billion.\n\n"
            "Year-to-date collections reached P678.2 billion, or {} percent of that goal.")
    assert read(text.format("72.8"), "2024-10-05")["errors"] == []
    assert read(text.format("74.8"), "2024-10-05")["errors"]


EXCESS = "The Bureau of Customs collected P74.2 billion in March 2024, exceeding its P71.5-billion target by P{} billion, or 3.8 percent."


def test_an_excess_over_a_target_is_the_result_less_the_target():
    r = read(EXCESS.format("2.7"))
    assert r["errors"] == []
    assert r["claims"]["P74.2 billion"]["measure"] == "other"  # revenue collected is no trade flow
    assert any("excess is stated as P3.7 billion" in e for e in read(EXCESS.format("3.7"))["errors"])


def test_a_shortfall_below_a_target():
    text = "The agency collected $4.1 billion in 2023, falling short of its $4.5 billion target by ${} billion."
    assert read(text.format("0.4"))["errors"] == []
    assert read(text.format("0.6"))["errors"]


def test_an_excess_with_no_result_in_its_sentence_is_not_checked():
    r = read("The bureau collected P883.4 billion in 2023. The bureau exceeded its P874.2-billion revenue target by P7.2 billion.",
             "2024-01-08")
    assert r["errors"] == []


def test_revenue_parts_are_no_imports():
    r = read("The Nigeria Customs Service generated N2.74 trillion in revenue in the first half of 2024. "
             "He said import duty accounted for N1.21 trillion, Value Added Tax N0.87 trillion. "
             "The Service also recorded 1,823 seizures with a duty paid value (DPV) of N16.8 billion within the period.",
             "2024-07-18")
    for figure in ("N1.21 trillion", "N0.87 trillion", "N16.8 billion"):
        assert r["claims"][figure]["measure"] == "other"


def test_a_levy_on_a_flow_is_the_levy():
    r = read("In 2023, VAT on imported goods amounted to 1,884.1 billion tenge.", "2024-02-12")
    assert r["claims"]["1,884.1 billion tenge"]["measure"] == "other"
    r = read("In 2019 the US imposed tariffs on imports worth $300 billion.", "2024-02-12")
    assert r["claims"]["$300 billion"]["measure"] == "imports"


def test_a_headline_figure_takes_the_measure_of_its_restatement():
    r = read("Customs generates N2.74trn in H1 2024\n\nABUJA - The Nigeria Customs Service (NCS) generated N2.74 trillion "
             "in revenue in the first half of 2024.", "2024-07-18")
    assert r["claims"]["N2.74trn"]["measure"] == "other"


def test_a_base_level_dated_by_its_participle():
    r = read("The collection was 38.9 percent higher than the GH¢ 17.5 billion realised in 2022.", "2024-01-15")
    assert r["claims"]["GH¢ 17.5 billion"]["period"] == "2022"
    r = read("The Service generated N2.74 trillion in revenue in the first half of 2024, a 96.4 percent increase over "
             "the N1.395 trillion collected in the corresponding period of 2023.", "2024-07-18")
    assert r["claims"]["N1.395 trillion"]["period"] == "2023-H1"
