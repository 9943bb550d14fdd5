"""Counts in boxes, units and pieces (round 57): a package's weight after the boxes counted
("boxes of 12 kg") is no level between a level and its change; a list of parts opening "By
region," sums against the whole before it; a count of goods named by its noun ("tractors",
"two-wheelers") is a quantity, the same unit as "units"; Indian lakh-grouped digits
("2,45,310") are read as one number."""
from readings import errors


def test_a_package_weight_after_the_boxes_is_no_level():
    text = ("Peru shipped 60.0 million boxes of 8.2 kg in 2021, up {pct} from 50.0 million boxes "
            "in 2020, growers said.")
    assert errors(text.format(pct="20%")) == []
    assert errors(text.format(pct="30%")) != []


def test_parts_listed_by_region_sum_against_the_whole_before():
    text = ("Peru exported 40.2 million boxes of grapes in 2022, down 3% from the 41.4 million "
            "boxes of 2021. By region, Ica shipped {ica} million boxes and Piura 14.1 million boxes.")
    assert errors(text.format(ica="26.1")) == []
    assert errors(text.format(ica="30.1")) != []


def test_a_count_of_goods_by_its_noun_is_a_quantity_in_units():
    text = "The maker sold 2,45,310 scooters abroad last quarter, up {pct} percent from 2,04,425 units a year ago."
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="30")) != []


def test_a_count_of_goods_in_one_noun_checks_its_change():
    text = "The plant made 41,200 tractors in 2023, down {pct}% from 44,800 tractors in 2022."
    assert errors(text.format(pct="8")) == []
    assert errors(text.format(pct="18")) != []
