"""Levels of a quantity tied to a whole that a sentence before states and names by a need noun
(vocab/need_nouns.csv): "Cereal import requirements are forecast at 3.3 million tonnes. ...
Commercial imports are expected to cover 2.8 million tonnes, with the remaining 0.5 million
tonnes to be provided as food aid" (2.8 + 0.5 = 3.3); "... about 1.1 million tonnes had been
imported, covering about 32 percent of requirements" (1.1 / 3.4); "Imports of wheat are
forecast at 6.1 million tonnes, while imports of maize and rice are expected at 0.8 million
tonnes and 0.5 million tonnes, respectively" (parts of the imports required, never more).

Quantities are no claims (see check/volumes.py): this reads the words alone. The whole is the
first level of a sentence whose words before it name a need ("requirements"), and only for the
two sentences after it in its paragraph, before another such whole: further on, which whole a
level belongs to the words no longer say."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Finding
from .quantity_parts import _earlier_level, _judge, _Level, _levels, _one_quantity
from .volumes import _share_figures, sum_finding

_REACH = 2  # sentences after the whole that may refer to it


@functools.cache
def _res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The need noun; a rest tie before a level; a share tie, its share and the need noun
    after a level; the words that distribute a list's levels ("respectively")."""
    rows = vocab.table("named_whole_ties")
    words = {w: vocab.alternation([r["phrase"] for r in rows if r["where"] == w], ignore_case=True, space=r"\s+")
             for w in ("rest", "share")}
    need = vocab.alternation(vocab.need_nouns(), ignore_case=True, space=r"\s+")
    respective = vocab.alternation(vocab.respective_cues(), ignore_case=True, space=r"\s+")
    return (re.compile(rf"\b(?:{need})\b", re.I),
            re.compile(rf",\s*(?:{words['rest']})\s+{HEDGE}$", re.I),
            re.compile(rf"[^.;:%\d$€£¥()]{{0,60}}?,\s*(?:{words['share']})\s+{HEDGE}(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
                       rf"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?(?:{need})\b", re.I),
            re.compile(rf"\b(?:{respective})\b", re.I))


def findings(text: str, sentences) -> list[Finding]:
    """A sum, ratio or bound finding for each level, share or list of parts tied to a whole a
    need noun names that its figures cannot give."""
    low = text.lower()
    if not any(n in low for n in vocab.need_nouns()):
        return []  # (no need noun, no named whole: checked first, cheap)
    need_re = _res()[0]
    sentences = list(sentences)
    out = []
    for i, sent in enumerate(sentences):
        whole = _named_whole(text, sent, need_re)
        if whole is None:
            continue
        for j in range(i + 1, min(i + 1 + _REACH, len(sentences))):
            after = sentences[j]
            if after.paragraph != sent.paragraph:
                break
            if j == i + 1:  # (its list may name the need again: "wheat, the bulk of the requirements, ...")
                out += _listed_parts(text, sent, after, whole, need_re)
            if _named_whole(text, after, need_re) is not None:
                break
            out += _rests(text, after, whole) + _shares(text, after, whole)
    return out


def _named_whole(text: str, sent, need_re: re.Pattern) -> _Level | None:
    """The first level of a sentence whose words before it name a need ("Cereal import
    requirements ... are forecast at 3.3 million tonnes"), if it is no earlier level."""
    levels = _levels(text, sent.start, sent.end)
    if not levels or not levels[0].m["u"]:
        return None
    w = levels[0]
    if need_re.search(text, sent.start, w.m.start()) is None or _earlier_level(text, w):
        return None
    return w


def _rests(text: str, sent, whole: _Level) -> list[Finding]:
    """"cover 2.8 million tonnes, with the remaining 0.5 million tonnes ...": a sentence of two
    levels, the second the rest of the whole: together the whole."""
    levels = _levels(text, sent.start, sent.end)
    if len(levels) != 2 or not all(lv.m["u"] and _one_quantity(text, lv, whole) for lv in levels):
        return []
    a, b = levels
    if not _res()[1].search(text, a.m.end(), b.m.start()):
        return []
    total = (a.value + b.value, a.err + b.err)
    return sum_finding(total, f"{a.written} + {b.written}", (a.m.start(), b.m.end()),
                       whole.m["n"], whole.m["s"], whole.unit, whole.m.span())


def _shares(text: str, sent, whole: _Level) -> list[Finding]:
    """"1.1 million tonnes had been imported or contracted, covering about 32 percent of
    requirements": the level's share of the whole the need noun names."""
    out = []
    for part in _levels(text, sent.start, sent.end):
        m = _res()[2].match(text, part.m.end(), sent.end)
        if m is None or not part.m["u"] or not _one_quantity(text, part, whole):
            continue
        whole_m = {"n0": whole.m["n"], "s0": whole.m["s"], "u0": whole.unit, "p": m["p"]}
        out += _share_figures((part.value, part.err), part.written, part.m.span(), whole_m, m.span("p"), whole.m.span())
    return out


def _listed_parts(text: str, before, sent, whole: _Level, need_re: re.Pattern) -> list[Finding]:
    """"Imports of wheat ... at 6.1 million tonnes, while imports of maize and rice are
    expected at 0.8 million tonnes and 0.5 million tonnes, respectively": right after the
    whole, a list of levels distributed over what it names, each of the whole's unit and none
    an earlier level, naming the need or the flow before it ("import requirements": imports).
    Whether the list is all of the whole the words do not say: only more than it is flagged."""
    if not _res()[3].search(text, sent.start, sent.end):
        return []
    levels = _levels(text, sent.start, sent.end)
    if len(levels) < 2 or not all(lv.m["u"] and _one_quantity(text, lv, whole) and not _earlier_level(text, lv)
                                  for lv in levels):
        return []
    if re.search(r"%|per\s*cent|percent|\b(?:19|20)\d\d\b", text[sent.start:sent.end], re.I):
        return []  # (a change or another period: not parts of this whole)
    need = need_re.search(text, before.start, whole.m.start())
    flow = re.search(r"([a-z]{4,})\s+$", text[before.start:need.start()], re.I)
    said = text[sent.start:sent.end].lower()
    if need.group().lower() not in said and (flow is None or flow.group(1).lower() not in said):
        return []  # (the list names neither the need nor its flow: not the whole's parts)
    return [f for f in [_judge(text, levels, [whole])] if f is not None]
