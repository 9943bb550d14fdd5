"""Quantities in more units and wordings (round 45): square metres and metric tonnes as units,
a change whose subject is a flow noun pointing back at the level before it ("Exports were up
8% from ..."), a share "of volumes" after "of which ... were exported", a share whose whole
opens its sentence ("Of the 5,000 kg offered, ..."), parts tied by "contributed", a change
said of "the volume" between two levels stated before it, and a share "of output was sold
abroad". Quantities are no claims: these tests assert on findings."""
from tradecheck import verify_text


def _inconsistent(text, published="2024-05-02"):
    d = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in d["findings"] if f.get("status") == "inconsistent"]


FLOW_POINTING_BACK = ("Chile's copper concentrate exports reached 12.0 million tonnes in 2023, the mining "
                      "ministry said.\n\nExports were up {pct}% from 10.0 million tonnes in 2022, officials added.\n")


def test_a_change_opened_by_its_flow_noun_takes_the_level_of_the_sentence_before():
    """"... 12.0 million tonnes in 2023. Exports were up 20% from 10.0 million tonnes": 12 of 10."""
    assert not _inconsistent(FLOW_POINTING_BACK.format(pct="20"))
    assert len(_inconsistent(FLOW_POINTING_BACK.format(pct="30"))) == 1


SQUARE_METRES = ("Spanish plants sold 512 million square metres of floor tiles last year, of which 410 "
                 "million square metres were exported, representing {pct}% of volumes.\n")


def test_square_metres_are_a_unit_and_a_share_of_volumes_is_of_the_whole_before():
    """"512 million square metres ..., of which 410 million ... were exported, representing 80% of volumes"."""
    assert not _inconsistent(SQUARE_METRES.format(pct="80"))
    found = _inconsistent(SQUARE_METRES.format(pct="90"))
    assert len(found) == 1 and "square metres" in found[0]


OPENING_WHOLE = ("Of the 8,000 kg of pepper offered at the auction on Monday, {part} kg, or 75 per cent, "
                 "was sold, traders said.\n")


def test_a_share_of_the_whole_a_sentence_opens_on_is_checked_even_when_the_part_exceeds_it():
    """"Of the 8,000 kg offered, 6,000 kg, or 75 per cent, was sold": 9,000 kg is more than all."""
    assert not _inconsistent(OPENING_WHOLE.format(part="6,000"))
    found = _inconsistent(OPENING_WHOLE.format(part="9,000"))
    assert len(found) == 1 and "9,000 kg / 8,000 kg" in found[0]


METRIC_TONNES = ("The country produced 10,240 metric tonnes (MT) of cotton yarn last year.\n\n"
                 "Of the total, fine counts accounted for {part} MT, or 70 per cent, while coarse "
                 "counts contributed 3,070 MT.\n")


def test_parts_in_mt_defined_after_metric_tonnes_with_a_contributed_part_are_bounded_by_the_whole():
    """"10,240 metric tonnes (MT) ... Of the total, 7,170 MT ..., while ... contributed 3,070 MT"."""
    assert not _inconsistent(METRIC_TONNES.format(part="7,170"))
    found = _inconsistent(METRIC_TONNES.format(part="9,170"))
    assert any("exceed" in m for m in found)


VOLUME_CHANGE = ("Vietnam exported 512,300 tonnes of cashew kernels in the 2022/23 season.\n\n"
                 "In the previous season, exports reached 401,600 tonnes. The volume thus increased "
                 "{pct}%, the association said.\n")


def test_a_change_of_the_volume_is_between_the_two_levels_before_it_the_later_dated_earlier():
    """"512,300 tonnes ... In the previous season, ... 401,600 tonnes. The volume thus increased 27.6%"."""
    assert not _inconsistent(VOLUME_CHANGE.format(pct="27.6"))
    found = _inconsistent(VOLUME_CHANGE.format(pct="37.6"))
    assert len(found) == 1 and "512,300 tonnes against 401,600 tonnes" in found[0]


def test_a_change_of_the_volume_with_no_earlier_dating_is_left_alone():
    """Two levels neither of which its sentence dates earlier: which is the old one is a guess."""
    text = ("Vietnam exported 512,300 tonnes of cashew kernels in the 2022/23 season.\n\n"
            "Exports to the US reached 401,600 tonnes. The volume thus increased 37.6%, the association said.\n")
    assert not _inconsistent(text)


OUTPUT_ABROAD = ("Finnish mills exported 6.0 million cubic metres of plywood in 2023.\n\n"
                 "Production amounted to 8.0 million cubic metres, so that about {pct}% of output "
                 "was sold abroad.\n")


def test_a_share_of_output_sold_abroad_is_the_export_level_over_the_output():
    """"exported 6.0 million cubic metres ... Production 8.0 million ..., about 75% of output was sold abroad"."""
    assert not _inconsistent(OUTPUT_ABROAD.format(pct="75"))
    found = _inconsistent(OUTPUT_ABROAD.format(pct="85"))
    assert len(found) == 1 and "6.0 million cubic metres / 8.0 million cubic metres" in found[0]
