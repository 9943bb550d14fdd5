"""Other plausible readings of a claim.

The rules pick one reading of each figure; where the words leave room for another, the
linker records it here, and the checks raise an error only when no such reading makes the
figures agree (check/readings.py), naming the reading that would.

Each reading is a dict: the fields it changes and `why`, a phrase an editor reads after
"consistent if <figure> is ...". Readings come only from the words around the figure,
never from the figures' arithmetic.

Which readings are offered was measured, not assumed (scorer, 72 published passages and 45
corpus articles, December 2026). A flow carried from the discourse while the sentence names
another flow costs no detection and is offered. Others were tried and left out because
each let planted errors pass as "consistent under another reading" far more often than it
spared a correct text (no false alarm was left to spare): another period named in the
sentence (mutation detection 0.856 -> 0.801), the national total instead of the bilateral
flow (-> 0.753), a part instead of the whole (-> 0.610), the other sign of an unsigned
balance (-> 0.836), the other default base (-> 0.836). Where those attributions are
guesses the claim's `basis` says so, and a conflict resting on a guess is `unverifiable`
already.

Money in brackets right after a percent change ("a drop of 16,0% (US$ 1.468 million)") is read
as the change in money and offered as the level the change is from: the words say neither
(round 76)."""
from __future__ import annotations

import re

from .cues import BUY, SELL
from .site import Site

MAX_READINGS = 4


def alternatives(s: Site) -> list[dict]:
    """The other readings of the claim at `s`, most plausible first."""
    c = s.claim
    if c.measure == "other" and not c.extra.get("change_of"):
        return []
    earlier = _bracketed_change_as_earlier_level(s)
    if earlier:
        return [earlier]
    return _measures(s)[:MAX_READINGS]


# a percent change, then the figure in brackets right after it: "a drop of 16,0% (US$ 1.468 million)"
_IN_BRACKETS_AFTER = re.compile(r"\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _bracketed_change_as_earlier_level(s: Site) -> dict | None:
    """"Zinc: US$ 1.233 million, a drop of 16,0% (US$ 1.468 million)": money in brackets right
    after a percent change, no word of its own, is read as the change in money; it may as
    well be the level the change is from (as "18,5% less than in 2008 (US$ 7.277 million)"
    is), so that is offered as its other reading."""
    c, p = s.claim, s.prev
    base = c.extra.get("change_base")
    if c.kind != "amount" or not base or c.how.get("measure") != "absolute-change" or p is None or p.kind != "percent_change":
        return None
    if not _IN_BRACKETS_AFTER.fullmatch(s.text, p.end, s.m.start) or not _BRACKET_CLOSES.match(s.text, s.m.end):
        return None
    return {"measure": c.extra["change_of"], "period": base, "extra": {"change_of": None, "change_sign": None, "change_base": None},
            "why": "the level the change is from"}


def _measures(s: Site) -> list[dict]:
    """A flow carried from earlier sentences may be another flow the sentence names."""
    c = s.claim
    if c.basis.get("measure") == "text" and c.how.get("measure") != "discourse":
        return []
    if c.how.get("measure") in ("continues-previous", "restates-previous"):
        return []  # ("$12bn, up 50%": the 50% is read as whatever the $12bn is read as)
    names = {f.attrs["measure"] for f in s.ms["flow"] if f.attrs["measure"] not in ("other", c.measure)
             and not _verb_of_a_later_figure(s, f)}
    return [{"measure": m, "why": f"a figure of {m.replace('_', ' ')}"} for m in sorted(names)][:1]


# a figure right after a word (its object: "took 104.2 billion yen", "bought $3bn")
_FIGURE_NEXT = re.compile(r"\s+(?:(?:about|around|some|nearly|almost|over|just)\s+)?(?:[$€£¥]|[A-Z]{2,3}\$?\s?)?\d")


def _verb_of_a_later_figure(s: Site, f) -> bool:
    """A verb of buying or selling after the claim's figure that takes a figure of its own
    ("X accounted for $4bn, while Y took $1bn"): its flow is read from its subject's side
    (link/pairs.perspective: the buyer's taking is the reporter's exports), and it is that
    other figure's verb anyway, so it offers no other reading of this one."""
    if f.start < s.m.end:
        return False
    word = s.text[f.start:f.end]
    return bool(BUY.match(word) or SELL.match(word)) and _FIGURE_NEXT.match(s.text, f.end) is not None
