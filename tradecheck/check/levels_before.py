"""Changes and shares of a physical quantity whose levels the sentences before give, the
sentence itself naming the quantity by a noun alone:

- "Exports reached 40,000 tonnes this season. In the previous season, they came to 32,000
  tonnes. The volume thus rose 25%": a change said of the volume (vocab/volume_nouns.csv),
  between the two levels of one unit just before it, the later of them dated to an earlier
  period by its sentence's opening words (vocab/earlier_level_openers.csv);
- "Mills exported 6 million cubic metres. Output came to 8 million cubic metres, so that 75%
  of output was sold abroad": a share of the output (or production) that went abroad, the
  export level before it over the level of output in its own sentence
  (vocab/output_share_cues.csv).

Quantities are no claims (see check/volumes.py): this reads the words alone, and only where
exactly the levels the words point at are there (with more, which ones is a guess: no finding)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Finding
from .volumes import PER_CENT, _direction, _later_levels, _level, _level_re, _one_quantity, _sentences_before, \
    _share_figures, _verdict


def findings(text: str, sentences) -> list[Finding]:
    out = []
    sentences = list(sentences)
    nouns = vocab.volume_nouns()
    whole_words, flow_words = _output_words()
    for i, sent in enumerate(sentences):
        if not i:
            continue
        part = text[sent.start:sent.end]
        if "%" not in part and "cent" not in part.lower():
            continue  # (every change and share here is in per cent: checked first, cheap)
        low = part.lower()
        if any(w in low[:40] for w in nouns):  # (the volume noun opens the sentence: cheap literal first)
            out += _volume_changes(text, sentences, i)
        if any(w in low for w in flow_words) and any(w in low for w in whole_words):  # (cheap literals first)
            out += _output_shares(text, sentences, i)
    return out


@functools.cache
def _volume_change_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"The volume thus increased 30%": a sentence opening on a noun of quantity, perhaps an
    adverb, a verb of change and its per cent; the opening words of a sentence that date it
    earlier ("In the previous season, ..."); the words before a level that make it an earlier one."""
    nouns = vocab.alternation(vocab.volume_nouns(), ignore_case=True, space=r"\s+")
    verbs = vocab.alternation(list(vocab.changes()), ignore_case=True)
    change = re.compile(rf"\s*(?:the\s+|export\s+|import\s+)?(?:{nouns})\s+(?:[a-z]+ly\s+|thus\s+|therefore\s+|so\s+)?"
                        rf"(?P<d>{verbs})\s+(?:by\s+)?{HEDGE}(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}", re.I)
    openers = vocab.alternation([r["phrase"] for r in vocab.table("earlier_level_openers")], ignore_case=True, space=r"\s+")
    earlier = re.compile(rf"\b(?:from|against|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:the\s+)?{HEDGE}$", re.I)
    return change, re.compile(rf"\s*(?:{openers})\b", re.I), earlier


def _volume_changes(text: str, sentences, i: int) -> list[Finding]:
    """A change of "the volume" with no level in its own sentence, between the two levels of
    one unit before it (in its paragraph, and the paragraph before): the first the new, the
    second the old, whose sentence opens by dating it earlier. No finding with any other level
    of a quantity there (which two the change is of the words would not say)."""
    change_re, opener_re, earlier_re = _volume_change_res()
    sent = sentences[i]
    m = change_re.match(text, sent.start, sent.end)
    if m is None or _level_re(1).search(text, sent.start, sent.end):
        return []
    span = _sentences_before(sentences, i)
    if not span:
        return []
    if span[0].paragraph == sent.paragraph:  # (the paragraph before too: the new level is often there)
        span = _sentences_before(sentences, sentences.index(span[0])) + span
    levels = _later_levels(text, span, _level_re(1), earlier_re)
    if len(levels) != 2 or not _one_quantity(levels[0], levels[1]):
        return []
    new, old = levels
    old_sent = next(s for s in span if s.start <= old.start() < s.end)
    if new.start() >= old_sent.start or not opener_re.match(text, old_sent.start, old_sent.end):
        return []  # (the earlier level must be dated so by its own sentence, after the new one's)
    sign = _direction(m["d"])
    o = _level_re(0).match(text, old.start())
    if sign is None or o is None:
        return []
    f = _verdict(new, o, sign, m["p"], m.span("p"), o.end())
    return [] if f is None else [f]


@functools.cache
def _output_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = vocab.table("output_share_cues")
    return (tuple(r["phrase"].lower() for r in rows if r["where"] == "whole"),
            tuple(r["phrase"].lower() for r in rows if r["where"] == "flow"))


@functools.cache
def _output_share_re() -> re.Pattern:
    """"..., meaning that around 70% of output was sold abroad": a share of the whole named by
    a noun of output and a flow abroad (vocab/output_share_cues.csv)."""
    wholes, flows = (vocab.alternation(list(w), ignore_case=True, space=r"\s+") for w in _output_words())
    return re.compile(rf"(?P<h>{HEDGE})(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+(?:the\s+|its\s+|their\s+)?(?:{wholes})\s+"
                      rf"(?:was|were|is|are|went|had\s+been|has\s+been)\s+(?:{flows})\b", re.I)


def _output_shares(text: str, sentences, i: int) -> list[Finding]:
    """A share of output that went abroad: the one level of the unit in its sentence before
    the share is the output; the one export level of that unit in the sentences before it
    (its sentence naming exports, no "from" setting it earlier) is the part."""
    sent = sentences[i]
    out = []
    earlier_re = _volume_change_res()[2]
    for m in _output_share_re().finditer(text, sent.start, sent.end):
        wholes = list(_level_re(1).finditer(text, sent.start, m.start()))
        if len(wholes) != 1:
            continue
        w = wholes[0]
        span = [s for s in _sentences_before(sentences, i) if "export" in text[s.start:s.end].lower()]
        parts = [o for o in _later_levels(text, span, _level_re(1), earlier_re) if _one_quantity(o, w)]
        if len(parts) != 1:
            continue  # (no export level, or several: which one went abroad is a guess)
        o = parts[0]
        part = _level(o["n1"], o["s1"], o["u1"])
        if part is None:
            continue
        whole_m = {"n0": w["n1"], "s0": w["s1"], "u0": w["u1"], "p": m["p"]}
        out += _share_figures(part, " ".join(filter(None, (o["n1"], o["s1"], o["u1"]))), (o.start("n1"), o.end("u1")),
                              whole_m, m.span("p"), w.span(), hedged=bool(m["h"].strip()))
    return out
