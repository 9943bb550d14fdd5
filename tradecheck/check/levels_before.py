"""Changes and shares of a physical quantity whose levels the sentences before give, the
sentence itself naming the quantity by a noun alone:

- "Exports reached 40,000 tonnes this season. In the previous season, they came to 32,000
  tonnes. The volume thus rose 25%": a change said of the volume (vocab/volume_nouns.csv),
  between the two levels of one unit just before it, the later of them dated to an earlier
  period by its sentence's opening words (vocab/earlier_level_openers.csv);
- "Mills exported 6 million cubic metres. Output came to 8 million cubic metres, so that 75%
  of output was sold abroad": a share of the output (or production) that went abroad, the
  export level before it over the level of output in its own sentence
  (vocab/output_share_cues.csv);
- "Car output rose 5.8 per cent to 1,343,810 ... Exports climbed 9.4 per cent to 1,107,312
  from 1,012,480, meaning that 82.4 per cent of cars built in the UK were sold abroad": such a
  share naming the output by the things made, its levels bare counts of them, each the one
  current count of the sentence that names output or exports.

Quantities are no claims (see check/volumes.py): this reads the words alone, and only where
exactly the levels the words point at are there (with more, which ones is a guess: no finding)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Finding
from .volumes import PER_CENT, _direction, _later_levels, _level, _level_re, _one_quantity, _sentences_before, \
    _share_figures, _verdict, unit_alternation


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
        if any(w in low for w in flow_words) and any(w in low for w in whole_words + _made_words()):  # (cheap literals first)
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
def _output_word_re() -> re.Pattern:
    """A noun of output (vocab/output_share_cues.csv, whole: "output", "production"), as a word."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in _output_words()[0])})\b")


@functools.cache
def _made_words() -> tuple[str, ...]:
    return tuple(r["phrase"].lower() for r in vocab.table("output_share_cues") if r["where"] == "made")


@functools.cache
def _output_share_re() -> re.Pattern:
    """"..., meaning that around 70% of output was sold abroad": a share of the whole named by
    a noun of output and a flow abroad (vocab/output_share_cues.csv); or by the things made, a
    plural noun and a participle of making, perhaps where ("of cars built in the UK", group "goods")."""
    wholes, flows = (vocab.alternation(list(w), ignore_case=True, space=r"\s+") for w in _output_words())
    made = vocab.alternation(list(_made_words()), ignore_case=True)
    goods = rf"(?P<goods>[a-z]+s)\s+(?:{made})(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})?"
    return re.compile(rf"(?P<h>{HEDGE})(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+(?:the\s+|its\s+|their\s+)?(?:{wholes}|{goods})\s+"
                      rf"(?:was|were|is|are|went|had\s+been|has\s+been)\s+(?:{flows})\b", re.I)


def _output_shares(text: str, sentences, i: int) -> list[Finding]:
    """A share of output that went abroad: the one level of the unit in its sentence before
    the share is the output; the one export level of that unit in the sentences before it
    (its sentence naming exports, no "from" setting it earlier) is the part."""
    sent = sentences[i]
    out = []
    earlier_re = _volume_change_res()[2]
    for m in _output_share_re().finditer(text, sent.start, sent.end):
        if m["goods"]:
            out += _counted_output_share(text, sentences, i, m)
            continue
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


@functools.cache
def _bare_count_re() -> re.Pattern:
    """A bare count grouped in thousands ("1,343,810"): no money before it, no decimals, no
    per cent, scale (vocab/scales.csv) or unit after it (a level with a unit is _level_re's)."""
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"(?<![$€£¥\w.,])(?<![$€£¥]\s)\d{{1,3}}(?:,\d{{3}})+(?![\d,.]\d)"
                      rf"(?!\s*(?:%|per\s*cent\b|(?:{scale})\b|(?:{unit_alternation()})\b))", re.I)


def _counted_output_share(text: str, sentences, i: int, m: re.Match) -> list[Finding]:
    """A share of the things made that went abroad ("86.4 per cent of cars built in the UK were
    sold abroad"), its levels bare counts: in the share's sentence before it and the sentence
    right before, the one current count (no "from" setting it earlier) of the sentence whose
    words before it name output (vocab/output_share_cues.csv, whole) is the whole, that of the
    sentence naming exports the part. Any other current count there makes which is which a guess."""
    sent = sentences[i]
    earlier_re = _volume_change_res()[2]
    spans = [(s.start, s.end) for s in _sentences_before(sentences, i)[-1:]] + [(sent.start, m.start())]
    found = {"output": [], "exports": []}
    for start, end in spans:
        counts = [c for c in _bare_count_re().finditer(text, start, end)
                  if not earlier_re.search(text, max(start, c.start() - 40), c.start())]
        if not counts:
            continue
        words = text[start:counts[0].start()].lower()
        output = _output_word_re().search(words) is not None
        exports = "export" in words
        if output == exports:
            return []  # (a count of neither, or a sentence naming both: no reading of its own)
        found["output" if output else "exports"] += counts
    if len(found["output"]) != 1 or len(found["exports"]) != 1:
        return []
    whole, part = found["output"][0], found["exports"][0]
    part_level = _level(part[0], None)
    if part_level is None:
        return []
    whole_m = {"n0": whole[0], "s0": None, "u0": m["goods"], "p": m["p"]}
    return _share_figures(part_level, f"{part[0]} {m['goods']}", part.span(), whole_m, m.span("p"), whole.span(),
                          hedged=bool(m["h"].strip()))

