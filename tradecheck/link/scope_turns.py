"""Where a text about one product turns to the whole of the country's trade.

An article whose headline names one product's flow ("Petroleum imports fall 8.2pc") reads
the figures that name no product as that product's (link/context.py, `_product_scope`). But
once a paragraph gives a figure of the whole ("the country's total import bill, which stood
at $39.95bn"), the figures after it in that paragraph that name no product of their own are
the whole's too: "With exports of $22.83bn, the trade deficit narrowed to $17.12bn" is the
country's trade, not petroleum's; so is a trade balance after it in a later paragraph, with
the flows of its sentence. (A later paragraph may go back to the product: "Whole milk
powder was the largest dairy commodity, with exports of $7.1 billion".)"""
from __future__ import annotations

from ..model import Claim


def whole_ends_the_headline_scope(claims: list[Claim]) -> None:
    """Figures after a figure of the whole of trade in its paragraph, whose product only the
    headline gave, are of the whole (no product)."""
    turned_at: dict[int, int] = {}  # paragraph -> where its first figure of the whole starts
    for c in claims:
        if c.extra.get("_whole_of_trade") and not c.extra.get("_headline"):
            turned_at.setdefault(c.paragraph, c.start)
    turned = False  # whether the figure before was turned (its followers carried its product)
    for c in claims:
        at = turned_at.get(c.paragraph)
        rule = c.how.get("commodity")
        # (a figure that carried the product of one turned before it, "two-month exports rose
        # 23.2% from $64.1 billion" after "Compared with the same period last year,", is turned too)
        headline_only = rule == "article-scope" or (turned and rule in ("same-as-previous", "compared-carried"))
        turned = at is not None and c.start > at and headline_only
        if not turned:
            continue
        _turn(c)
    _balances_after_a_whole(claims, turned_at)


def _turn(c: Claim) -> None:
    """The figure is of the whole of trade, not of the headline's product."""
    c.commodity = None
    c.extra.pop("_scoped", None)
    c.how["commodity"] = "whole-of-trade-before"
    c.basis["commodity"] = "context"


def _balances_after_a_whole(claims: list[Claim], turned_at: dict[int, int]) -> None:
    """A trade balance in a later paragraph than the whole's, whose product only the headline
    gave, is the country's, and so are the flows of its sentence the headline alone labels
    ("Total exports stood at P10.84 billion" then "Imports amounted to P19.02 billion,
    leaving a trade deficit of P8.18 billion": no deficit of the diamonds the headline names)."""
    if not turned_at:
        return
    first = min(turned_at.values())
    sentences = {c.sentence for c in claims if c.start > first and c.measure == "balance" and c.kind == "amount"
                 and c.how.get("commodity") == "article-scope"}
    for c in claims:
        if c.sentence in sentences and c.start > first and c.how.get("commodity") == "article-scope" \
                and c.measure in ("balance", "exports", "imports"):
            _turn(c)
