"""Channels of trade ("cross-border e-commerce"): a scope that, like goods or services, both
flows of a pair go through, so a flow named bare after one in that scope stays in it
(vocab/trade_channels.csv)."""
from __future__ import annotations

import functools

from .. import vocab


@functools.cache
def _channels() -> frozenset[str]:
    return frozenset(r["label"] for r in vocab.table("trade_channels"))


def is_channel(label: str | None) -> bool:
    """Whether a commodity label names a channel of trade rather than a kind of goods."""
    return label in _channels()
