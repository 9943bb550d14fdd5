"""North American trade-release and newswire wordings (round 29): an estimate named as the
one originally reported after its figure, an exchange rate quoted in cents, a consensus the
economists "had been looking for", a change given bare that the clause calls "the gain",
and a share of such a change."""
import pytest

from tradecheck import verify_text


def _claims(text, published="2026-03-06"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet, kind=None):
    return next(c for c in d["claims"] if snippet in c["text"] and (kind is None or c["kind"] == kind))


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_the_figure_originally_reported_is_the_replaced_estimate():
    text = ("Canada's trade deficit with the world narrowed from $3.4 billion in December to $2.6 billion in January.\n\n"
            "December figures were revised from the deficit of $3.1 billion originally reported.\n")
    d = _claims(text)
    assert _claim(d, "$3.1 billion").get("extra", {}).get("vintage") == "first estimate" \
        or not _inconsistent(d)
    assert not _inconsistent(d)


def test_a_rate_quoted_in_cents_is_no_trade_flow():
    text = ("Canada's exports rose 1.2 per cent to $62.1-billion in January, while imports were $63.0-billion.\n\n"
            "The loonie traded at 69.95 cents U.S. on Friday afternoon.\n")
    d = _claims(text)
    assert _claim(d, "69.95 cents")["measure"] == "other"
    assert not _inconsistent(d)


def test_a_consensus_economists_had_been_looking_for_is_a_forecast():
    text = ("The U.S. trade deficit narrowed to $64.2 billion in January.\n"
            "Economists polled by Reuters had been looking for a $67.5 billion gap.\n")
    d = _claims(text)
    assert _claim(d, "$67.5 billion")["measure"] == "other"
    assert not _inconsistent(d)


def test_a_bare_change_the_clause_calls_the_gain_is_a_change():
    text = ("Exports climbed $4.4 billion, with aircraft accounting for about a third of the gain.\n"
            "Exports rose to $270.4 billion in January from $266.0 billion in December.\n")
    d = _claims(text)
    c = _claim(d, "$4.4 billion")
    assert c["measure"] == "other" and c["attribution"]["measure"] == "absolute-change"
    assert _claim(d, "a third", "share")["measure"] == "other"  # a part of the change, not of the level
    assert not _inconsistent(d)


def test_money_of_a_product_before_but_is_of_that_product():
    text = ("The non-energy goods deficit was $81.0 billion: the country exported $140.2 billion of non-energy goods "
            "but imported $221.2 billion. Total goods exports were $158.7 billion.\n")
    d = _claims(text)
    assert _claim(d, "$140.2 billion")["commodity"] == "non-energy goods"
    assert not _inconsistent(d)


def test_a_counted_subject_carries_to_the_figure_after_from():
    text = ("The U.S. goods deficit was $90.1 billion in May. "
            "The average price of imported crude oil rose $2.10 to $71.30 per barrel, and the number of barrels "
            "imported rose to 201.5 million from 195.0 million in April.\n")
    d = _claims(text, "2026-07-07")
    assert not any(c["kind"] == "amount" and ("201.5" in c["text"] or "195.0" in c["text"]) for c in d["claims"])


def test_a_revised_figure_of_the_balance_keeps_its_deficit_sign():
    text = ("The U.S. trade deficit rose $3.0 billion to $70.1 billion in May. "
            "April's figure was revised to $67.1 billion from the $66.4 billion reported last month.\n")
    d = _claims(text, "2026-07-07")
    assert _claim(d, "$67.1 billion")["value"] == pytest.approx(-67.1e9)
    assert _claim(d, "$66.4 billion")["value"] == pytest.approx(-66.4e9)
