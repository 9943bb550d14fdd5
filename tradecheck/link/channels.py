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


@functools.cache
def _paired() -> frozenset[str]:
    return frozenset(r["label"] for r in vocab.table("paired_channels"))


def channel_of_the_whole_text(mentions: list, label_of) -> list:
    """A channel that is a part only beside another (vocab/paired_channels.csv: border and
    maritime trade), named alone in a text, is what the whole text is about: its mentions
    are left out (`label_of` gives a mention's label), so that its figures are the text's
    trade like every other one of them."""
    labels = [label_of(x.text) for x in mentions]
    named = {lab for lab in labels if lab in _paired()}
    if len(named) != 1:
        return mentions
    return [x for x, lab in zip(mentions, labels) if lab not in named]
