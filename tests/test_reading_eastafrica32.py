"""East African press (round 32): articles on one segment of trade, the informal
(unrecorded) cross-border flows, that cite the formal figures beside them."""
from tradecheck import verify_text


def _claims(text, published="2026-03-20"):
    return verify_text(text, published=published, reference="none").to_dict()


def _amount(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "amount" and snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


INFORMAL = ("Burundi's informal exports came to $14.2 million in the second quarter of 2025. "
            "Informal imports into Burundi over the same quarter were $5.1 million, leaving an informal "
            "trade surplus of $9.1 million. Informal trade remains a small addition to formal exports, which stood at $61.7 million "
            "in the quarter.\n")


def test_an_informal_flow_is_a_series_apart_from_the_formal_one():
    d = _claims(INFORMAL, "2025-09-01")
    for snippet in ("14.2", "5.1", "9.1"):
        assert _amount(d, snippet)["scope"] == "unrecorded"
    assert "scope" not in _amount(d, "61.7")  # the formal figure cited beside them
    # the formal exports less the informal imports are no informal balance
    assert not _inconsistent(d)


def test_an_informal_balance_is_checked_against_the_informal_flows():
    d = _claims(INFORMAL.replace("$9.1 million", "$7.1 million"), "2025-09-01")
    assert len(_inconsistent(d)) == 1


def test_informal_where_a_product_goes_is_no_product():
    text = ("Kenya's informal exports to its neighbours totalled $40.0 million in 2025. Uganda took "
            "$22.0 million, or 55 per cent, of the informal exports. The rest went to:\n\n"
            "• Tanzania – $10.0 million\n• South Sudan – $8.0 million\n")
    d = _claims(text, "2026-02-01")
    for snippet in ("22.0", "10.0", "8.0"):
        c = _amount(d, snippet)
        assert c["commodity"] is None and c["scope"] == "unrecorded"


RANKED = ("In 2024, of the total, Togo's domestic exports were $160.0 million and re-exports $40.0 million. "
          "Ghana was the main destination of Togo's domestic exports, with $60.0 million, or {share} per cent, "
          "mostly cement.\n")


def test_the_share_of_a_ranked_destination_is_of_the_owners_whole_flow():
    d = _claims(RANKED.format(share="37.5"), "2025-06-01")
    ratios = [f for f in d["findings"] if f["check"] == "ratio"]
    assert ratios and ratios[0]["status"] == "consistent" and "$160" in ratios[0]["message"]
    assert len(_inconsistent(_claims(RANKED.format(share="42.5"), "2025-06-01"))) == 1


def test_a_variety_named_by_a_demonym_names_no_country_nor_the_subjects_product():
    text = ("Tanzania's horticulture exports earned $410.0 million in 2025. Flowers brought in $150.0 million, "
            "while vegetables such as French beans fetched $90.0 million.\n")
    c = _amount(_claims(text, "2026-02-01"), "90.0")
    assert c["reporter"] == "TZA"
    assert c["commodity"] == "vegetables"  # the examples after "such as" are no part of the subject's name


EACH_WAY = ("In 2025 Tanzania's exports to Zambia were $900 million. Zambia, in turn, sold $350 million of goods "
            "to Tanzania, leaving Dodoma with a surplus of {balance} in their trade.\n")


def test_a_balance_drawn_from_the_partners_exports_is_checked_against_them():
    d = _claims(EACH_WAY.format(balance="$550 million"), "2026-03-01")
    sums = [f for f in d["findings"] if f["check"] == "sum"]
    assert sums and sums[0]["status"] == "consistent"
    assert len(_inconsistent(_claims(EACH_WAY.format(balance="$650 million"), "2026-03-01"))) == 1


def test_a_pronoun_subjects_flow_to_partners_described_in_the_plural_is_with_them_all():
    text = ("Kenya traded more with the bloc in 2025. It shipped goods worth $2.0 billion to partner states, "
            "made up of:\n\n- Uganda: $1.2 billion\n- Tanzania: $0.8 billion\n")
    c = _amount(_claims(text, "2026-03-01"), "2.0")
    assert c["reporter"] == "KEN" and c["partner"] is None and c["partner_group"] == "partner states"
