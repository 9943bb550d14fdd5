"""Parts read together (round 67): places counted with no rank word but taken together by a
joint word right after their noun ("the two northern markets together bought") are one group,
their figure the sum of the last that many partners' figures, and a share restating that sum
keeps the parts' flow."""
from readings import claim, errors

TEXT = ("Kenya's tea exports rose 10 per cent to $900 million in 2023. Egypt bought tea worth $300m and "
        "Pakistan $200m; the two northern markets together bought ${sum}m, or about {pct} per cent of the total.")


def test_two_markets_taken_together_are_the_sum_of_the_two_parts():
    assert errors(TEXT.format(sum="500", pct="56")) == []
    assert errors(TEXT.format(sum="600", pct="56")) != []


def test_the_share_restating_the_sum_keeps_the_parts_flow():
    assert claim(TEXT.format(sum="500", pct="56"), "56 per cent")["measure"] == "exports"
    assert claim(TEXT.format(sum="500", pct="56"), "$500m")["measure"] == "exports"


def test_two_markets_with_no_joint_word_are_left_alone():
    text = ("Kenya's tea exports rose 10 per cent to $900 million in 2023. Egypt bought tea worth $300m and "
            "Pakistan $200m. The two markets bought $700m of tea a decade ago.")
    assert errors(text) == []
