"""Critical minerals (round 61): ore tonnages in wet or dry metric tons ("WMT", "DMT",
vocab/physical_units.csv, spelled out in vocab/unit_spellings.csv) are a unit of their own,
so a share of the year's shipments is set against the year's level, not against the
earlier level a change was "from"."""
from readings import errors


def test_a_share_of_wet_metric_tons_is_of_the_current_level():
    text = ("The island exported 20.0 million wet metric tons (WMT) of iron ore in 2021, down 9% "
            "from 22.0 million WMT in 2020.\n\n"
            "Its largest buyer took {part} million WMT, or 80% of the total.")
    assert errors(text.format(part="16.0")) == []


def test_a_change_between_dry_metric_tons_is_checked():
    text = ("The mine shipped 5.0 million DMT of concentrate in 2021, up {pct}% from 4.0 million "
            "DMT in 2020.")
    assert errors(text.format(pct="25")) == []
    assert errors(text.format(pct="40")) != []
