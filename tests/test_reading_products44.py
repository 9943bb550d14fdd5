"""Which product a figure in a sector article is about, and which figure is the whole of
which (round 44 probes)."""
import pytest

import tradecheck


def _claim(text: str, figure: str, published: str = "2024-03-01"):
    claims = tradecheck.extract_claims(text, published=published)
    rows = claims[claims["text"] == figure]
    assert len(rows), f"no claim {figure!r}"
    return rows.iloc[0]


def _statuses(text: str, published: str = "2024-03-01") -> list[str]:
    result = tradecheck.verify_text(text, published=published, reference=None)
    return [f["status"] for f in result.to_dict()["findings"]]


def test_goods_of_a_flow_a_relative_clause_gives_the_level_of():
    """'imports of wind blades, which reached $0.9 billion': the figure is of wind blades."""
    text = ("Chile imported turbines worth $2.0 billion in 2023. The gap was filled by a rise in "
            "imports of wind blades, which reached $0.9 billion.")
    assert _claim(text, "$0.9 billion")["commodity"] == "wind blades"


def test_a_sibling_product_held_flat_is_no_whole():
    """'Blade imports were broadly flat at $80 million': of blades, not the whole of the
    tower imports named before it."""
    text = ("Chile's imports of wind towers rose to $300 million in May from $150 million in April. "
            "Blade imports were broadly flat at $80 million in May.")
    assert _claim(text, "$80 million", "2024-06-20")["commodity"] == "blade"
    assert "inconsistent" not in _statuses(text, "2024-06-20")


def test_a_flow_naming_its_goods_and_place_starts_its_own_product():
    """'Imports of cobalt for cathodes from Congo accounted for 90 percent of the total': a
    share of cobalt's imports, not another share of the product before."""
    text = ("Japan's imports of nickel came to $5.0 billion last year, with Indonesia accounting for "
            "60 percent of the total. Imports from Indonesia reached $3.0 billion. Imports of cobalt "
            "for cathodes from Congo accounted for 90 percent of the total.")
    assert _claim(text, "90 percent", "2024-02-04")["commodity"] == "cobalt"
    assert "inconsistent" not in _statuses(text, "2024-02-04")


def test_a_qualified_product_name_is_kept_whole():
    """'imports of lithium hydroxide': lithium hydroxide, not lithium."""
    text = "Japan's imports of lithium hydroxide came to $2.5 billion last year."
    assert _claim(text, "$2.5 billion", "2024-02-04")["commodity"] == "lithium hydroxide"


def test_a_product_word_leading_a_public_body_is_no_product():
    """'according to the Mining Secretariat, with copper shipments rising 5 percent': the
    change is copper's, not mining's; a changed figure is still flagged."""
    text = ("Peru's mining exports totalled US$9.0 billion in 2023, according to the Mining Secretariat, "
            "with copper shipments rising 5 percent to US$2.1 billion from US$2.0 billion the year before.")
    assert _claim(text, "5 percent")["commodity"] == "copper"
    assert "inconsistent" not in _statuses(text)
    assert "inconsistent" in _statuses(text.replace("rising 5 percent", "rising 15 percent"))


def test_a_bare_sector_in_a_headline_is_the_product_named_before():
    """'Copper makes up 30% of mining exports as sector hits US$9 billion': the sector's figure
    is of mining."""
    text = "Copper makes up 30% of mining exports as sector hits US$9 billion\n\nBody text follows here."
    assert _claim(text, "US$9 billion")["commodity"] == "mining"


@pytest.mark.parametrize("share, status", [("64%", "consistent"), ("84%", "inconsistent")])
def test_the_total_after_goods_joined_to_the_lead_is_theirs(share, status):
    """'Combined imports of blades and towers came to $5.0 billion. Spain supplied $3.2 billion,
    or 64% of the total': the total is the combined figure, not the lead product's."""
    text = ("Chile's imports of wind towers came to $2.0 billion in 2023. Imports of blades rose to $3.0 billion. "
            "Combined imports of blades and towers came to $5.0 billion. "
            f"Spain supplied $3.2 billion, or {share} of the total.")
    assert status in _statuses(text)
