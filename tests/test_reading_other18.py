"""Money that is no trade flow but checks itself (remittances, tourism receipts, canal
revenue): a change between two levels the sentence states, a share "of the total" of a total
of the same subject, and parts "of these" within their figure (check/other_money.py). None
of it is ever read as part of a trade flow."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-09-16") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


ROSE = ("Cash remittances from overseas workers coursed through banks rose {} percent to $33.49 billion "
        "in 2023 from $32.54 billion in 2022, the central bank said.")


def test_a_change_of_remittances_between_two_stated_levels_is_checked():
    assert read(ROSE.format("2.9"), "2024-02-15")["errors"] == []
    errors = read(ROSE.format("3.9"), "2024-02-15")["errors"]
    assert [(e["check"], e["expected"], e["observed"]) for e in errors] == [("percent_change", 2.9, 3.9)]


INCREASE = ("Diaspora remittances totalled USD 4,581 million in the 12 months to June 2024, an increase of {} "
            "percent compared to USD 4,110 million in the same period in 2023.")


def test_a_level_then_its_increase_compared_to_the_earlier_level():
    assert read(INCREASE.format("11.5"), "2024-08-02")["errors"] == []
    assert [e["check"] for e in read(INCREASE.format("13.5"), "2024-08-02")["errors"]] == ["percent_change"]


def test_a_level_then_how_much_higher_it_is_than_the_earlier_one():
    text = ("This brought personal remittances for January-July to US$21.50 billion, {} percent higher than "
            "the US$20.87 billion recorded a year ago.")
    assert read(text.format("3.0"))["errors"] == []
    assert [e["check"] for e in read(text.format("5.0"))["errors"]] == ["percent_change"]


SHARE = ("Personal remittances from overseas workers rose 2.9 percent to US$3.18 billion in July 2024 from "
         "US$3.09 billion a year earlier. Cash remittances coursed through banks reached US$2.86 billion in July, "
         "or {} percent of the total. Of these, land-based workers sent US$2.27 billion and sea-based workers "
         "US${} billion.")


def test_a_share_of_the_total_of_the_same_subject_is_checked():
    assert read(SHARE.format("89.9", "0.59"))["errors"] == []
    errors = read(SHARE.format("84.9", "0.59"))["errors"]
    assert [(e["check"], e["observed"]) for e in errors] == [("ratio", 84.9)]


def test_parts_of_these_cannot_exceed_their_figure():
    errors = read(SHARE.format("89.9", "0.79"))["errors"]
    assert [e["check"] for e in errors] == ["bound"]


def test_of_the_total_finds_its_total_among_the_figures_of_that_subject():
    # the total is cash remittances ($33.49bn), not the larger personal remittances beside it
    text = ("Cash remittances rose 2.9 percent to $33.49 billion in 2023 from $32.54 billion in 2022. Personal "
            "remittances grew 2.8 percent to $37.2 billion. The United States remained the top source of cash "
            "remittances at $13.8 billion, or 41.2 percent of the total.")
    assert read(text, "2024-02-15")["errors"] == []


def test_two_subjects_never_mix():
    # 2.2 / 5.0 is 44%: but the total of tourism receipts is not stated, and remittances are another subject
    text = ("Remittances totalled $5.0 billion in 2023. Tourism receipts reached $2.2 billion in 2023, "
            "or 40 percent of the total.")
    assert read(text, "2024-02-15")["errors"] == []


def test_a_remittance_figure_is_no_part_of_exports():
    text = ("The Philippines' exports of goods rose 5.0 percent to $6.30 billion in July from $6.00 billion. "
            "Remittances reached $3.18 billion in July, up 2.9 percent from $3.09 billion, or 50.5 percent "
            "of total exports.")
    r = read(text)
    assert r["errors"] == []
    assert r["claims"]["$3.18 billion"]["measure"] == "other"
    remittances = {r["claims"][t]["id"] for t in ("$3.18 billion", "$3.09 billion")}
    exports = {r["claims"][t]["id"] for t in ("$6.30 billion", "$6.00 billion")}
    for f in r["findings"]:
        assert not (remittances & set(f["claims"]) and exports & set(f["claims"]))


def test_a_changed_remittance_figure_beside_exports_is_found():
    text = ("The Philippines' exports of goods rose 5.0 percent to $6.30 billion in July from $6.00 billion. "
            "Remittances reached $3.18 billion in July, up 12.9 percent from $3.09 billion.")
    errors = read(text)["errors"]
    assert [e["check"] for e in errors] == ["percent_change"]
    assert "$3.18bn" in errors[0]["message"] and "$6.3bn" not in errors[0]["message"]
