"""Counts of whole things (round 68): a count "the number of" a noun names may carry a
capitalised name of its kind before the noun ("the number of CITES permits"), and a count of
registrations is a count of the units registered, so its share of a total count of those
units is checked; and a total said to include exports is the home sales plus the exports."""
from readings import errors


def test_a_count_named_with_a_capitalised_kind_checks_its_change():
    text = ("The number of CITES permits granted dropped to 12,600 from 14,000, "
            "a decline of {p}%.\n")
    assert errors(text.format(p="10")) == []
    assert errors(text.format(p="20")) != []


def test_registrations_are_a_share_of_the_units_registered():
    text = ("Some 4,600 new motorcycles were registered in the country in 2023, up 15% on the "
            "4,000 units registered in 2022.\n\n"
            "It was a good year for dealers. The capital region led with 1,150 registrations, "
            "or {p}% of the national total, ahead of the north.\n")
    assert errors(text.format(p="25")) == []
    assert errors(text.format(p="35")) != []


def test_a_total_including_exports_is_home_sales_plus_exports():
    text = ("Domestic scooter sales rose to 52,400 units in the year, up 6% from 49,430 units.\n\n"
            "Exports slipped 2% to 7,600 units from 7,755 units.\n\n"
            "Total scooter sales, including exports, came to {t} units.\n")
    assert errors(text.format(t="60,000")) == []
    assert errors(text.format(t="66,000")) != []
