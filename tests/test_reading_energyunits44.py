"""Energy volumes from cargo trackers (round 44): barrels per day with "(bpd)" defined beside
them, a change after both levels ("up from ..., an increase of", "a 12% drop"), a share of a
whole whose unit is abbreviated without its scale ("million tonnes (mt)" ... "5.4 mt"),
Argus's "mn t" and "pc", a part tied by its verb and the rest after it, and a list closed by
"Other destinations" against a whole a headline also rounds. Quantities are no claims: the
checks read them from the words, so these tests assert on findings."""
from tradecheck import verify_text


def _inconsistent(text, published="2024-05-02"):
    d = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in d["findings"] if f.get("status") == "inconsistent"]


BPD_CHANGE = ("Oman's crude exports to India averaged 2.40 million barrels per day (bpd) in April, "
              "up {pct}% from 2.00 million bpd in March, tanker data showed.")


def test_a_change_between_barrels_per_day_and_the_bpd_defined_beside_them_is_checked():
    """"2.40 million barrels per day (bpd) ..., up 20% from 2.00 million bpd": one unit, checked."""
    assert not _inconsistent(BPD_CHANGE.format(pct="20"))
    assert len(_inconsistent(BPD_CHANGE.format(pct="12"))) == 1


UP_FROM_THEN_CHANGE = ("Iraq shipped 912,000 bpd of crude to Europe in April, up from 760,000 bpd in March, "
                       "an increase of {pct}%, according to tracking data.")


def test_a_new_level_then_up_from_the_old_then_the_change_is_checked():
    """"912,000 bpd in April, up from 760,000 bpd in March, an increase of 20%": both levels first."""
    assert not _inconsistent(UP_FROM_THEN_CHANGE.format(pct="20"))
    assert len(_inconsistent(UP_FROM_THEN_CHANGE.format(pct="27"))) == 1


PERCENT_THEN_NOUN = ("Kuwait's jet fuel exports to Europe fell to 90,000 barrels per day (bpd) in April "
                     "from 120,000 bpd in March, a {pct}% drop, data showed.")


def test_a_per_cent_before_its_noun_of_direction_after_both_levels_is_checked():
    """"fell to 90,000 bpd ... from 120,000 bpd, a 25% drop": the change named after its per cent."""
    assert not _inconsistent(PERCENT_THEN_NOUN.format(pct="25"))
    assert len(_inconsistent(PERCENT_THEN_NOUN.format(pct="35"))) == 1


ABBREVIATED_SCALE = ("Qatar exported 10.0 million tonnes (mt) of LNG in the quarter.\n\n"
                     "Asia took {part} mt, or 70% of the total. Europe received 2.0 mt, while the "
                     "remaining 1.0 mt went elsewhere.\n")


def test_an_abbreviation_defined_for_million_tonnes_carries_its_scale_to_a_share():
    """"10.0 million tonnes (mt) ... 7.0 mt, or 70% of the total": 7 million of 10 million, no 0.0%."""
    assert not _inconsistent(ABBREVIATED_SCALE.format(part="7.0"))


def test_parts_in_the_abbreviation_with_the_rest_after_while_add_up_to_the_whole():
    """"Asia took 7.5 mt ... Europe 2.0 mt, while the remaining 1.0 mt": 10.5 million, not 10.0."""
    found = _inconsistent(ABBREVIATED_SCALE.format(part="7.5"))
    assert any("10.5 million tonnes" in m for m in found)


ARGUS = ("Turkey imported 5.00mn t of scrap in 2023, up by {change}pc from 4.00mn t in 2022.\n\n"
         "Shipments from the US totalled 2.00mn t, a {share}pc share of the total.\n")


def test_argus_mn_t_and_pc_are_read_as_a_level_and_a_per_cent():
    """"5.00mn t ..., up by 25pc from 4.00mn t", "2.00mn t, a 40pc share of the total"."""
    assert not _inconsistent(ARGUS.format(change="25", share="40"))
    assert len(_inconsistent(ARGUS.format(change="35", share="40"))) == 1
    found = _inconsistent(ARGUS.format(change="25", share="45"))
    assert len(found) == 1 and "5.00mn t" in found[0]  # (of the whole, not of the year before)


PART_AND_REST = ("Japan imported an average of 2.50 million b/d of crude in the first half.\n\n"
                 "Saudi cargoes accounted for 1.50 million b/d. The remaining {rest} million b/d "
                 "came from other Gulf producers.\n")


def test_one_part_tied_by_its_verb_and_the_rest_must_give_the_whole():
    """"accounted for 1.50 million b/d. The remaining 1.00 million b/d": all of 2.50, so 0.80 is wrong."""
    assert not _inconsistent(PART_AND_REST.format(rest="1.00"))
    assert len(_inconsistent(PART_AND_REST.format(rest="0.80"))) == 1


OTHERS_CLOSE = ("Malaysia's LNG exports hold at 30 Mt in 2024\n\n"
                "Malaysia exported 30.2 million tonnes of LNG in 2024, tracking data show.\n\n"
                "Japan was the largest buyer at {japan} Mt, followed by China at 8.0 Mt and Korea at 5.0 Mt. "
                "Other destinations took a combined 7.2 Mt.\n")


def test_a_list_closed_by_other_destinations_is_all_of_the_precise_whole():
    """"Other destinations took a combined 7.2 Mt" closes a list of 30.2 million, not of the headline's 30."""
    assert not _inconsistent(OTHERS_CLOSE.format(japan="10.0"))
    assert len(_inconsistent(OTHERS_CLOSE.format(japan="12.0"))) == 1


SHARE_IS_THE_WHOLE = ("Nigeria accounted for 20% of Spain's total crude imports of 1.00 million bpd last month, "
                      "ahead of Mexico at 0.15 million bpd and Libya at 0.12 million bpd.")


def test_a_level_named_as_the_total_after_a_share_is_no_part():
    """"accounted for 20% of ... total crude imports of 1.00 million bpd": the total, not a part."""
    assert not _inconsistent("Spain's crude imports averaged 0.20 million barrels per day (bpd) in May. "
                             + SHARE_IS_THE_WHOLE)
