"""Shares and the whole they are of (round 48): a share of the total is of the current
period's whole, not the base of a change ("up 12% on the N head of <earlier year>"); a
percent "of the plan" after a goal the ministry "had planned to earn" is the result over the
goal; a share of a total stated in its sentence takes as its part the amount stated before
for a subject of the same kind (vocab/money_subject_kinds.csv)."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-02-15") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


SHEEP = ("Freedonia shipped 500,000 head of sheep in 2023, up 25% on the 400,000 head shipped in 2022. "
         "Sylvania took 300,000 head, or {share}% of the total.")


def test_a_share_of_the_total_is_of_this_year_s_level_not_the_base_of_its_change():
    assert errors(SHEEP.format(share="60")) == []


PLAN = ("Ruritania earned 90 million USD from fish exports in the fiscal year, the ministry said.\n\n"
        "The ministry had planned to earn 120 million USD from the sector, so the performance "
        "represents {share} per cent of the plan.")


def test_a_percent_of_what_the_ministry_planned_to_earn_is_the_result_over_the_goal():
    assert errors(PLAN.format(share="75")) == []
    assert errors(PLAN.format(share="85"))


def test_a_goal_after_a_total_and_its_parts_is_left_unchecked():
    text = ("Ruritania earned 90 million USD from fish exports in the fiscal year. Salmon brought "
            "60 million USD and trout 30 million USD.\n\nThe ministry had planned to earn 120 million "
            "USD, and the performance is 75 per cent of the plan.")
    assert errors(text) == []


DUTIES = ("Customs duties collected by the state fell 10 percent to $45 billion in 2023 from $50 billion in 2022.\n\n"
          "Customs receipts made up about {share} percent of total state receipts of $1.5 trillion in 2023.")


def test_a_share_of_a_total_stated_beside_it_takes_the_part_of_its_kind_stated_before():
    assert errors(DUTIES.format(share="3")) == []
    found = errors(DUTIES.format(share="5"))
    assert found and "$45" in found[0]
