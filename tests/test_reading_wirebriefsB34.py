"""Wire flashes and data snapshots (round 34): stacks of headline lines, upper-case bullets
led by a month, multi-country roundups under country section labels, economic-calendar
tables with ACTUAL / FORECAST / PREVIOUS columns, and data-snapshot tables whose unit is in a
note below."""
from tradecheck import verify_text


def _claims(text, published="2024-11-02"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet, nth=0):
    return [c for c in d["claims"] if snippet in c["text"]][nth]


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


STACK = ("Chile Sep Exports $8.40B, +3.0% Y/Y - Central Bank\n"
         "Chile Sep Imports $7.10B, -2.0% Y/Y\n"
         "Chile Sep Trade Surplus ${balance}B\n")


def test_a_headline_lines_flow_word_is_its_own_not_part_of_the_source_named_above():
    """"... - Central Bank" over "Chile Sep Imports $7.10B": imports, not exports carried down."""
    d = _claims(STACK.format(balance="1.30"))
    for snippet in ("$7.10B", "-2.0%"):
        c = _claim(d, snippet)
        assert (c["measure"], c["reporter"], c["period"]) == ("imports", "CHL", "2024-09")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(STACK.format(balance="2.30")))) == 1


BULLETS = ("Sept 30 (Reuters) - Peru's statistics office:\n\n"
           "* JAN-SEPT EXPORTS AT $50.0 BLN, UP 10.0% Y/Y\n"
           "* SEPT EXPORTS AT $6.0 BLN, UP {change}% Y/Y\n"
           "* AUG EXPORTS REVISED TO $5.5 BLN\n")


def test_a_month_leading_an_upper_case_bullet_is_that_bullets_period():
    """"* SEPT EXPORTS AT $6.0 BLN" under a Jan-Sept bullet: September's exports alone."""
    d = _claims(BULLETS.format(change="2.0"), published="2024-09-30")
    assert _claim(d, "$50.0 BLN")["period"] == "2024-01/2024-09"
    for snippet in ("$6.0 BLN", "2.0%"):
        assert _claim(d, snippet)["period"] == "2024-09"
    assert _claim(d, "$5.5 BLN")["period"] == "2024-08"
    assert not _inconsistent(d)


ROUNDUP = ("Asia trade wrap\n\n"
           "(Bloomberg) -- Trade releases across the region this week:\n\n"
           "MALAYSIA (DOSM, Jan.)\n"
           "- Exports +5.0% y/y to $25.0b\n"
           "- Imports +2.0% y/y to $22.0b\n\n"
           "VIETNAM (GSO, Dec.)\n"
           "- Exports +10.0% y/y to $33.0b\n"
           "- Imports +4.0% y/y to $31.0b\n"
           "- Trade surplus ${balance}b\n")


def test_country_section_labels_of_a_roundup_switch_the_reporter_the_period_and_leave_dollars_american():
    """"MALAYSIA (DOSM, Jan.)", then "VIETNAM (GSO, Dec.)": each section's figures are that
    country's, of the month its label names, in US dollars."""
    d = _claims(ROUNDUP.format(balance="2.0"), published="2025-02-21")
    c = _claim(d, "$25.0b")
    assert (c["reporter"], c["partner"], c["period"], c["currency"]) == ("MYS", "WLD", "2025-01", "USD")
    c = _claim(d, "$31.0b")
    assert (c["measure"], c["reporter"], c["period"], c["currency"]) == ("imports", "VNM", "2024-12", "USD")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(ROUNDUP.format(balance="3.0"), published="2025-02-21"))) == 1


CALENDAR = ("ECONOMIC CALENDAR-Asia trade data\n\n"
            "July 1 (Reuters) - Following are selected data released on Monday.\n\n"
            "TAIWAN - JUNE TRADE (Finance Ministry)\n"
            "                    ACTUAL     FORECAST   PREVIOUS\n"
            " Exports            +20.0%     +15.0%     +4.0%\n"
            " Imports            +10.0%     +8.0%      -3.0%\n"
            " Trade balance      $7.00 bln  $6.00 bln  $5.00 bln\n\n"
            " - Exports $40.00 bln, imports $33.00 bln.\n\n"
            "THAILAND - MAY TRADE (Commerce Ministry)\n"
            "                    ACTUAL     FORECAST   PREVIOUS\n"
            " Exports            +2.0%      +1.0%      +3.0%\n"
            " Imports            -5.0%      -1.0%      +6.0%\n"
            " Trade balance      $1.00 bln  $0.50 bln  $0.80 bln\n\n"
            " - Exports $24.00 bln, imports ${imports} bln.\n")


def test_a_calendar_tables_previous_column_is_the_month_before_and_a_new_heading_switches_country():
    """"TAIWAN - JUNE TRADE" over ACTUAL / FORECAST / PREVIOUS: the previous column is May's;
    "THAILAND - MAY TRADE" then starts Thailand's May figures."""
    d = _claims(CALENDAR.format(imports="23.00"), published="2024-07-01")
    assert _claim(d, "+4.0%")["period"] == "2024-05"
    c = _claim(d, "$5.00 bln")
    assert (c["measure"], c["period"]) == ("balance", "2024-05")
    assert _claim(d, "$6.00 bln")["measure"] == "other"
    c = _claim(d, "$24.00 bln")
    assert (c["measure"], c["reporter"], c["period"]) == ("exports", "THA", "2024-05")
    assert _claim(d, "+3.0%")["period"] == "2024-04"
    assert not _inconsistent(d)
    assert _inconsistent(_claims(CALENDAR.format(imports="26.00"), published="2024-07-01"))


SNAPSHOT = ("DATA SNAPSHOT-Chile's May trade surplus\n\n"
            "SANTIAGO, June 7 (Reuters) - Chile's merchandise trade surplus was $2.00 billion in May, "
            "central bank data showed.\n\n"
            "                       MAY 2024    APR 2024    MAY 2023\n"
            " Merchandise exports    9.00        8.50        8.00\n"
            " Merchandise imports    7.00        7.20        {imports}\n"
            " Trade surplus          2.00        1.30        1.50\n"
            " (figures in $ billion)\n\n"
            " - Services exports were $1.10 billion and services imports $1.60 billion.\n")


def test_a_snapshot_table_with_its_unit_in_a_note_below_is_read_and_its_balance_row_is_of_the_rows_product():
    """"(figures in $ billion)" under a table headed "MAY 2024 | APR 2024 | MAY 2023": its
    cells are dollars of their columns' months; "Trade surplus" under merchandise rows is goods."""
    d = _claims(SNAPSHOT.format(imports="6.50"), published="2024-06-07")
    c = _claim(d, "8.00")
    assert (c["measure"], c["period"], c["value"], c["currency"]) == ("exports", "2023-05", 8e9, "USD")
    c = _claim(d, "1.50")
    assert (c["measure"], c["period"], c["commodity"]) == ("balance", "2023-05", "goods")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(SNAPSHOT.format(imports="5.50"), published="2024-06-07"))) == 1


PARTNER = ("OTTAWA, July 5 (Reuters) - Canada's exports to the United States were C$40.00 billion in May, "
           "imports from the United States were C$30.00 billion, and Canada's trade surplus with its largest "
           "partner widened to C${balance} billion.\n")


def test_a_balance_with_its_largest_partner_is_a_balance_not_the_trade():
    """"trade surplus with its largest partner widened to C$10.00 billion": the surplus, with
    the partner described, not a total of trade."""
    d = _claims(PARTNER.format(balance="10.00"), published="2024-07-05")
    c = _claim(d, "C$10.00 billion")
    assert (c["measure"], c["reporter"], c["partner"]) == ("balance", "CAN", "USA")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(PARTNER.format(balance="12.00"), published="2024-07-05"))) == 1
