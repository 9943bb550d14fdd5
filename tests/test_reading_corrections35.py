"""Corrections, updates and revisions (round 35): a figure the text takes back or gives as
an earlier estimate is no live claim; the right figure beside it is read as usual."""
from tradecheck import verify_text


def _claims(text, published="2024-06-10"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet, nth=0):
    return [c for c in d["claims"] if snippet in c["text"]][nth]


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


COLUMN = ("Corrections and clarifications\n\n"
          "An article about copper miners (Copper sales slip, 2 June, page 12) said Chile's copper exports to China "
          "fell by $71m in April. That should have said $17m. Exports to China fell by $17m, from $1,234m in March "
          "to {april} in April.\n")


def test_a_figure_the_next_sentence_says_should_have_been_another_is_taken_back():
    """"... said exports fell by $71m in April. That should have said $17m.": the $71m is
    withdrawn, not a change set against the levels; the date of the cited issue ("2 June,
    page 12") dates no figure, so the right one is of April."""
    d = _claims(COLUMN.format(april="$1,217m"))
    assert _claim(d, "$71m")["vintage"] == "withdrawn"
    assert _claim(d, "$17m")["period"] == "2024-04"
    assert _claim(d, "$17m", 1)["period"] == "2024-04"
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(COLUMN.format(april="$1,317m")))) == 1


UPDATE = ("Update 20 May 2024: When we first published this fact check, official figures showed goods exports to "
          "Asia of £100.0 billion in 2023, a rise of 10.0% on 2022. Revised figures put them at £105.0 billion, "
          "a rise of {rise} from £90.5 billion in 2022.\n")


def test_the_figures_an_update_says_the_piece_first_gave_are_an_earlier_estimate():
    """"When we first published this fact check, figures showed £100.0 billion, a rise of
    10.0%": an estimate since revised, checked with its own change, not against the revised
    levels."""
    d = _claims(UPDATE.format(rise="16.0%"), "2024-05-20")
    assert _claim(d, "£100.0 billion")["vintage"] == "first estimate"
    assert _claim(d, "10.0%")["vintage"] == "first estimate"
    assert "vintage" not in _claim(d, "£105.0 billion")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(UPDATE.format(rise="22.0%"), "2024-05-20"))) == 1


FACT_CHECK = ("Have exports to Japan risen by a quarter?\n\n"
              "What was claimed\nUK exports of goods to Japan rose by a quarter last year.\n\n"
              "Our verdict\nIncorrect. They rose by about {rise} in 2023, not by a quarter.\n\n"
              "A minister told MPs that \"our sales to Japan have grown by a quarter in a single year\".\n\n"
              "Official figures show UK goods exports to Japan of £11.0 billion in 2023, up from £10.0 billion in 2022.\n")


def test_the_claim_a_fact_check_sets_out_under_its_label_is_not_the_articles_figure():
    """"What was claimed / ... rose by a quarter" rated Incorrect: that figure, and the same
    figure quoted or denied elsewhere ("not by a quarter"), is the claim under check, never
    set against the official levels."""
    d = _claims(FACT_CHECK.format(rise="a tenth"), "2024-03-01")
    quarters = [c for c in d["claims"] if c["text"] == "a quarter"]
    assert quarters and all(c["measure"] == "other" and c.get("refuted") for c in quarters)
    assert _claim(d, "a tenth")["measure"] == "exports"
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(FACT_CHECK.format(rise="a fifth"), "2024-03-01"))) == 1


REVISED_FROM = ("UPDATE - Chile's exports hit all-time high of $105.0B in 2023\n\n"
                "Chile's exports rose 5.0% to a record $105.0 billion in 2023, the statistics institute said, "
                "revised from the preliminary figure of $104.2 billion announced by the ministry in January.\n")


def test_a_figure_revised_from_is_an_earlier_estimate_of_its_own():
    """"revised from the preliminary figure of $104.2 billion": the replaced estimate, no
    second statement of the headline's $105.0B."""
    d = _claims(REVISED_FROM, "2024-02-01")
    assert _claim(d, "$104.2 billion")["vintage"] == "first estimate"
    assert not _inconsistent(d)


MONTHLY = ("India's merchandise exports in May 2023 were USD 30.00 Billion (Rs 2,47,000 crore), as compared to "
           "USD 25.00 Billion in May 2022, registering a growth of {growth} per cent.\n\n"
           "Note: The merchandise exports for April 2023 have been revised to USD 28.00 Billion from the "
           "preliminary estimate of USD 27.50 Billion.\n")


def test_a_change_after_a_level_set_against_a_dated_one_is_from_that_date():
    """"were USD 30.00 Billion (Rs ... crore), as compared to USD 25.00 Billion in May 2022,
    registering a growth of 20.00 per cent": from May 2022, not from the month before that a
    revision note gives."""
    d = _claims(MONTHLY.format(growth="20.00"), "2023-06-15")
    c = _claim(d, "20.00 per cent")
    assert (c["period"], c["base_period"]) == ("2023-05", "2022-05")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(MONTHLY.format(growth="25.00"), "2023-06-15"))) == 1


GOAL = ("Energy imports came to $10.0 billion in March last year.\n\n"
        "\"We will push to achieve a record-high $700 billion in exports this year,\" the minister said.\n\n"
        "Imports of energy fell 10.0 percent on-year to $9.0 billion in March.\n")


def test_a_record_said_of_a_goal_passes_to_no_later_figure():
    """"a record-high $700 billion in exports this year" is the goal's record; the next
    sentence's imports are no record."""
    d = _claims(GOAL, "2024-04-01")
    assert _claim(d, "$700 billion")["measure"] == "other"
    assert not [f for f in d["findings"] if f["check"] == "record"]
    assert not _inconsistent(d)


LED_BY = ("Goods credits rose $3,000m (6.4%) to $50,000m. Non-rural goods rose $2,000m, led by widgets and gizmos "
          "(up $1,400m) and metal ores and minerals (up $500m).\n")


def test_a_change_in_brackets_after_a_leading_group_is_that_groups():
    """"led by widgets and gizmos (up $1,400m)": the change of that group (a part, whether
    or not the vocabulary knows it), never of the total."""
    d = _claims(LED_BY, "2025-05-08")
    assert _claim(d, "$1,400m")["commodity"] == "widgets and gizmos"
    assert _claim(d, "$500m")["commodity"] == "metal ores and minerals"
    assert not _inconsistent(d)
