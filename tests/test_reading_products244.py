"""Which product a figure in a sector article is about, and which figure is the whole of
which (round 44 probes, second pass)."""
import tradecheck


def _claim(text: str, figure: str, published: str = "2024-03-01"):
    claims = tradecheck.extract_claims(text, published=published)
    rows = claims[claims["text"] == figure]
    assert len(rows), f"no claim {figure!r}"
    return rows.iloc[0]


def _statuses(text: str, published: str = "2024-03-01") -> list[str]:
    result = tradecheck.verify_text(text, published=published, reference=None)
    return [f["status"] for f in result.to_dict()["findings"]]


_PUMPS = ("Chile imported heat pumps worth $2.0 billion in 2023. Imports of solar inverters, "
          "which reached $1.0 billion, rose too. Combined imports of pumps and inverters came to "
          "{total}. China supplied $2.4 billion, or 80% of the total.")


def test_goods_a_place_traded_worth_a_figure():
    """'Chile imported heat pumps worth $2.0 billion': the figure is of heat pumps, so a
    partner's part of a wider product is no part of it."""
    text = _PUMPS.format(total="$3.0 billion")
    assert _claim(text, "$2.0 billion")["commodity"] == "heat pumps"
    assert "inconsistent" not in _statuses(text)


def test_goods_joined_and_said_together_are_their_sum():
    """'Combined imports of pumps and inverters came to $3.0 billion': the sum of the last
    figures of the two, so a changed total is flagged."""
    text = _PUMPS.format(total="$3.0 billion").replace(", or 80% of the total", "")
    assert "consistent" in _statuses(text)
    assert "inconsistent" in _statuses(text.replace("$3.0 billion", "$3.6 billion"))


_COPPER = ("Peru's metal exports reached $30.0 billion in 2023, with copper sales rising 5 percent to "
           "$19.0 billion. Gold exports came to $5.0 billion. Copper's share of "
           "the total was {share} percent.")


def test_share_of_the_total_after_a_part_given_with_a_sector_total():
    """'Copper's share of the total' after 'metal exports reached $30bn, with copper sales
    rising to $19bn': of the metal exports, not of all exports."""
    assert "inconsistent" not in _statuses(_COPPER.format(share="63.3"))
    assert "inconsistent" in _statuses(_COPPER.format(share="73.3"))


def test_a_verb_top_before_a_dollar_sign_is_no_currency():
    """'exports top $6.7 billion': dollars, not Tongan pa'anga."""
    text = "Vietnam's footwear exports top $6.7 billion in the first quarter of 2025."
    assert _claim(text, "$6.7 billion", "2025-04-10")["currency"] == "USD"


def test_ships_and_vessels_are_one_product():
    """'Ships accounted for 3.7 percent of total exports' after 'shipments of vessels
    reached $25.6 billion': the share of that figure, so a changed share is flagged."""
    text = ("Korea's outbound shipments of vessels reached $25.6 billion in 2024. Ships accounted "
            "for {share} percent of the country's total exports, which hit $683.8 billion.")
    assert _claim(text.format(share="3.7"), "3.7 percent", "2025-01-01")["commodity"] == "vessels"
    assert "inconsistent" in _statuses(text.format(share="4.7"), "2025-01-01")
