"""Tonnages in lists (round 59): a bullet whose label runs to a clause of its own; a share of
a flow in the bracket after a bullet's level; parts in a sentence that closes on an unstated
rest ("with the balance made up of ...")."""
from readings import errors


def test_a_long_bullet_label_still_gives_a_part_of_the_whole():
    text = ("Rail transit across the country reached 30.0 million tons in 2023, the operator said.\n\n"
            "By the operator's count, the volume split by route as follows:\n"
            "- East-West: 8.0 million tons;\n"
            "- North-South and the return leg: {mid} million tons;\n"
            "- other routes, including the mountain branch and the lake terminals: 9.0 million tons.\n\n"
            "Freight rates averaged $40 a ton.\n")
    assert errors(text.format(mid="13.0")) == []
    assert errors(text.format(mid="16.0")) != []


def test_a_bracketed_share_of_imports_after_a_bullet_is_read_against_the_list_whole():
    text = ("In 2023 the bloc imported 5.0 million tonnes of urea from outside, worth EUR 2.0 billion.\n\n"
            "Main suppliers, 2023 (quantity):\n"
            "- Qatar: 1.5 million tonnes\n"
            "- Oman: 1.0 million tonnes ({share}% of extra-bloc imports)\n"
            "- Nigeria: 0.7 million tonnes\n\n"
            "Prices eased late in the year.\n")
    assert errors(text.format(share="20")) == []
    assert errors(text.format(share="30")) != []


def test_parts_before_a_rest_named_without_a_figure_never_exceed_the_whole():
    text = ("Korea imported 305,000t of methanol in 2023, down by 5pc from 321,000t in 2022, at $350/t on average.\n\n"
            "Brunei remained the top supplier, shipping 152,000t. Oman supplied {mid}t and Chile 41,000t, "
            "with the balance made up of small cargoes from other origins.\n")
    assert errors(text.format(mid="84,000")) == []
    assert errors(text.format(mid="134,000")) != []
