"""Tables and share changes (round 64): a change in percentage points said with a verb after
two stated shares ("rose by 0.8 percentage points"); a table's share column against a money
total stated in the paragraph right under it, its level column headed "Value, $ bn"; a
table's rate-of-use column ("Fill rate") as the figure before it over the one before that; and
bullets indented under a bullet, as its parts, cannot exceed it."""
from readings import errors


def test_a_points_change_said_with_a_verb_is_the_gap_between_the_two_shares():
    text = ("In March the peso's share of payments was 2.10%, up from 1.30% in February. "
            "Its share rose by {z} percentage points over the month.")
    assert errors(text.format(z="0.80")) == []
    assert errors(text.format(z="1.20")) != []


def test_a_share_column_is_read_against_a_money_total_stated_after_the_table():
    text = ("Trade with the main partners, 2024:\n\n"
            "| Partner | Value, $ bn | Share of trade |\n"
            "|---|---|---|\n"
            "| Atlantis | 300.0 | 30.0% |\n"
            "| Lilliput | 200.0 | {s} |\n"
            "| Utopia | 100.0 | 10.0% |\n\n"
            "Overall trade in the year came to $1,000.0 billion.\n")
    assert errors(text.format(s="20.0%")) == []
    assert errors(text.format(s="25.0%")) != []


def test_a_fill_rate_column_is_the_used_column_over_the_quota_column():
    text = ("Quota use by product, first half (tonnes):\n\n"
            "| Product | Quota | Used | Fill rate |\n"
            "|---|---|---|---|\n"
            "| Wire rod | 512,400 | 420,200 | 82% |\n"
            "| Sections | 203,600 | 91,500 | {r} |\n"
            "| Tubes | 104,300 | 104,300 | 100% |\n"
            "| Total | 820,300 | 616,000 | 75% |\n")
    assert errors(text.format(r="45%")) == []
    assert errors(text.format(r="54%")) != []


def test_bullets_indented_under_a_bullet_cannot_exceed_it():
    text = ("Monthly results (millions of euros):\n\n"
            "- Total imports: 20,400\n"
            "  - Energy: 4,100\n"
            "  - Other goods: 16,300\n"
            "    - Machinery: {m}\n"
            "    - Chemicals: 3,900\n"
            "- Trade balance: deficit of 1,200\n")
    assert errors(text.format(m="9,800")) == []
    assert errors(text.format(m="13,800")) != []
