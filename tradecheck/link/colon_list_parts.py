"""A figure, then a breakdown cue ending in a colon and a list of its parts:

    Exports of processed fish came to $50 million. Of this:
    - fillets: 2,000 tonnes, worth $30 million;
    - canned fish: $20 million.

The cue (vocab/breakdown_cues.csv: "of this", "of which") closes the sentence of the figure,
so each item is a part of it; items run on with semicolons and the last one ends the list
with a full stop, the one sentence that enumerates the whole. The parts then add up to the
figure (`_parts`, summed by check/sums.add_joint_parts), so a whole restated wrong is caught
and no part is taken for the whole again."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .cues import BULLET_SIGN


@functools.cache
def _cue_at_line_end() -> re.Pattern:
    words = vocab.alternation(vocab.breakdown_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"[.!?]?\s*(?:{words})\s*:[ \t]*\n", re.I)


_BULLET_LINE = re.compile(rf"[ \t]*{BULLET_SIGN}[ \t]+(?P<body>[^\n]*?)(?P<end>[;.])?[ \t]*(?:\n|$)")


def parts_listed_after_a_colon_cue(text: str, claims: list[Claim]) -> None:
    if ":" not in text:
        return  # (cheap: no list after a colon)
    amounts = [c for c in claims if c.kind == "amount"]
    for k, whole in enumerate(amounts):
        if whole.value is None or whole.measure not in ("exports", "imports") or whole.bound not in ("eq", "approx"):
            continue
        # the cue right after the whole's sentence: "... $50 million. Of this:"
        stop = text.find("\n", whole.end)
        cue = _cue_at_line_end().search(text, whole.end, stop + 1) if stop != -1 else None
        if cue is None or text[whole.end:cue.start()].count(".") > 0 or cue.end() != stop + 1:
            continue
        pos, parts, closed = cue.end(), [], False
        while not closed:
            line = _BULLET_LINE.match(text, pos)
            if line is None or line["end"] is None:
                break
            inside = [c for c in amounts[k + 1:] if line.start() <= c.start < line.end()]
            if len(inside) != 1:
                break
            parts.append(inside[0])
            closed, pos = line["end"] == ".", line.end()
        if not closed or len(parts) < 2:
            continue  # (a list left open, or one item, enumerates no whole)
        key = (whole.measure, whole.reporter, whole.partner, whole.period, whole.currency)
        if all((p.measure, p.reporter, p.partner, p.period, p.currency) == key and p.value is not None
               and 0 < p.value < whole.value and p.commodity and p.commodity != whole.commodity for p in parts):
            whole.extra.setdefault("_parts", parts)
