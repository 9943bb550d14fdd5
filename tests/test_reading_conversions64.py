"""A hedged figure converted in brackets ("about 480 billion yuan ($74 billion)") is the
writer's own conversion, made at the rate of the day the text was written, so it is held to
that rate's looser tolerance, not to the average rate of the figure's period; a share of the
figure is then checked against the figure as stated."""
from tradecheck import verify_text


def errors(text: str, published: str) -> list[str]:
    found = verify_text(text, published=published, reference="none").to_dict()["findings"]
    return [f["message"] for f in found if f["status"] == "inconsistent"]


_TEXT = ("China's medical exports soar\n\nBEIJING - Between April and December, exports of medical goods were worth about 480 billion yuan "
         "($74 billion), the customs office said. Gloves accounted for {part} billion yuan of that, or "
         "roughly 71 percent.\n")


def test_a_share_of_a_hedged_figure_converted_at_the_day_rate_is_no_error():
    # (480 billion yuan is about $69.6bn at the average rate of those months, $74bn at January 2021's)
    assert errors(_TEXT.format(part="339"), "2021-01-20") == []


def test_the_share_still_meets_its_part_and_whole():
    found = errors(_TEXT.format(part="420"), "2021-01-20")
    assert found and "CNY 420bn" in found[0]
