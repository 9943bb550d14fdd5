"""Vintages of one figure (round 56): a figure its subject names an earlier estimate ("the
previous estimate of ... was", "the provisional figure for ... was") or a change's base "reported
in" a month after a year's change is an older vintage, not a second statement of the revised
figure; a change between the vintages is still read from them; "lifts <flow> by" gives the
flow's change; a category of services named as a clause's subject is a part of services."""
from readings import errors, claim


def test_the_previous_estimate_is_an_older_vintage():
    text = ("Canada's merchandise trade deficit widened from a revised C$1.4 billion in May to "
            "C$2.2 billion in June. The previous estimate of the May deficit was C$1.1 billion.")
    assert claim(text, "C$1.1 billion")["vintage"] == "first estimate"
    assert errors(text) == []


def test_a_provisional_figure_beside_a_revision_is_an_older_vintage():
    text = ("Norway's goods exports rose to NOK 95.0 billion in August, according to revised "
            "data. The provisional August figure for goods exports was NOK 92.3 billion.")
    assert claim(text, "NOK 92.3 billion")["vintage"] == "first estimate"
    assert errors(text) == []


def test_a_provisional_figure_with_no_revision_is_the_figure():
    text = ("The provisional figure for Chile's copper exports was $4.1 billion in May. "
            "Copper exports were $4.1 billion in May.")
    assert claim(text, "$4.1 billion").get("vintage") is None


def test_a_base_reported_in_a_month_is_an_earlier_estimate_of_the_year():
    text = ("Annual revisions raise Japan's 2022 services deficit. The deficit for 2022 now "
            "stands at $41.0 billion, up $3.0 billion from the $38.0 billion reported in February.")
    base = claim(text, "$38.0 billion")
    assert base["period"] == "2022" and base["vintage"] == "first estimate"
    assert errors(text) == []


def test_a_wrong_change_between_vintages_is_caught():
    text = ("Annual revisions raise Japan's 2022 services deficit. The deficit for 2022 now "
            "stands at $41.0 billion, up $5.0 billion from the $38.0 billion reported in February.")
    assert errors(text) != []


def test_lifts_a_flow_by_an_amount_is_its_change():
    text = "A chip boom lifts Korea's 2023 goods surplus by $4.5 billion."
    c = claim(text, "$4.5 billion")
    assert c["measure"] == "other" and c["change_of"] == "balance"


def test_a_services_category_as_subject_is_a_part_of_services():
    text = ("Services exports of the United States were $900 billion in 2019. Charges for the "
            "use of intellectual property were $115 billion.")
    assert claim(text, "$115 billion")["commodity"] == "intellectual property services"
    assert errors(text) == []
