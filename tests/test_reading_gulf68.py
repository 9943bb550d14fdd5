"""Gulf trade releases (round 68): a component's share "of the total" while the text splits
its trade total into both sides is of that trade total, not of the component's own flow;
"the ratio of <scope> exports to imports" sets the scoped exports against all imports."""
from readings import claim, errors


def test_a_component_share_of_the_total_after_a_split_of_the_trade_is_of_the_trade():
    text = ("The emirate's non-oil trade came to Dh200 billion in the first quarter of 2023. "
            "Imports were Dh110 billion, exports Dh30 billion and re-exports Dh60 billion. "
            "Re-exports made up some {share} per cent of the total.")
    assert errors(text.format(share="30")) == []


def test_a_component_share_after_a_share_of_the_trade_is_of_the_trade():
    text = ("Qatar's non-oil trade reached QR500 billion in 2023. "
            "Non-oil exports were QR100 billion, or 20 percent of total non-oil trade. "
            "Re-exports came to QR150 billion, or {share} percent of the total, while imports were QR250 billion.")
    assert errors(text.format(share="30")) == []


def test_a_share_of_the_total_after_the_flows_own_total_stays_of_that_flow():
    text = ("Oman's trade reached $100 billion in 2023. Exports were $40 billion and imports $60 billion. "
            "Re-exports came to $12 billion, or {share} percent of the total exports.")
    assert errors(text.format(share="30")) == []


def test_the_ratio_of_scoped_exports_to_imports_is_of_all_imports():
    text = ("Kuwait's non-oil exports reached KD4.0 billion in 2024. "
            "With imports of KD10.0 billion, the ratio of non-oil exports to imports rose to {ratio} percent.")
    assert errors(text.format(ratio="40")) == []
    assert errors(text.format(ratio="46")) != []


def test_a_place_bound_flow_goes_to_that_place():
    text = ("Trade between Oman and Kenya reached $3.0 billion in 2023. Kenyan data show Oman-bound "
            "shipments of $1.2 billion, while Kenyan imports from Oman came to ${imp} billion.")
    c = claim(text.format(imp="1.8"), "$1.2 billion")
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "KEN", "OMN")
    assert errors(text.format(imp="1.8")) == []
