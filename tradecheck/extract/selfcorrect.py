"""Spoken self-corrections: "Cocoa earnings were 2.2 billion dollars - eh, sorry, 2.4 billion",
"Total exports rose eight - no, nine percent" (vocab/self_corrections.csv), also when the
cue opens the next sentence ("... were 41 billion. Sorry - that is the monthly average"). The figure the
speaker takes back is no claim; the one given instead is, read in its place: it takes the
withdrawn figure's unit where it gives none, and the words before the withdrawn figure
("rose") are its own."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .money import WORD_NUMBER, word_number
from .numbers import NUMBER, parse_number


def _words(role: str) -> list[str]:
    return [r["phrase"] for r in vocab.table("self_corrections") if r["role"] == role]


@functools.cache
def _cue_words() -> tuple[str, ...]:
    """The cues' first words, lower case: a text without one has no self-correction (tested
    before any regular expression runs)."""
    return tuple({w.split()[0].lower() for w in _words("cue")})


def _cue_pattern() -> str:
    # a dash or comma after the withdrawn figure, a hesitation, the cue, a comma or colon
    cues = vocab.alternation(_words("cue"), ignore_case=True, space=r"\s+")
    fillers = vocab.alternation(_words("filler"), ignore_case=True)
    return rf"\s*(?:[-–—]+|,)\s*(?:(?:{fillers})\s*,?\s*)?\b(?:{cues})\b\s*[,:]?\s+"


@functools.cache
def _restart_words() -> tuple[str, ...]:
    return tuple({w.split()[0].lower() for w in _words("restart")})


@functools.cache
def _restart_re() -> re.Pattern:
    """A cue opening the sentence right after a figure (". Sorry - ", ". I should correct
    that, "): the speaker takes back the figure that ended the sentence before. Only the
    'restart' cues: a sentence opening "No" or "Rather" after a figure says something else."""
    cues = vocab.alternation(_words("restart"), ignore_case=True, space=r"\s+")
    fillers = vocab.alternation(_words("filler"), ignore_case=True)
    return re.compile(rf"[.;]\s+(?:(?:{fillers})\s*,?\s*)?(?:{cues})\b\s*(?:[,:;]|[-–—]+)?\s*", re.I)


@functools.cache
def _cue_after_re() -> re.Pattern:
    """A cue right after a figure ("- sorry, ")."""
    return re.compile(_cue_pattern(), re.I)


@functools.cache
def _bare_re() -> re.Pattern:
    """The bare number that replaces a withdrawn figure ("2.4 billion", "nine")."""
    scales = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"(?P<num>{NUMBER}|(?:{WORD_NUMBER})(?![\w-]))(?:\s+(?P<scale>{scales})(?![\w-]))?", re.I)


@functools.cache
def _tail_re() -> re.Pattern:
    """A cue ending the words before a figure (the withdrawn number before it)."""
    return re.compile(rf"{_cue_pattern()}$", re.I)


@functools.cache
def _number_re() -> re.Pattern:
    return re.compile(rf"(?<![\w.,])(?:{NUMBER}|(?:{WORD_NUMBER})(?![\w-]))", re.I)


def _has_cue(s: str) -> bool:
    low = s.lower()
    return any(w in low for w in _cue_words())


def _has_restart(s: str) -> bool:
    low = s.lower()
    return any(w in low for w in _restart_words())


def _value(s: str, dc: bool) -> tuple[float, float]:
    return parse_number(s, dc) if s[:1].isdigit() else word_number(s)


def withdraw(text: str, figures: list, found: list, dc: bool = False) -> tuple[list, list]:
    """(`figures` less the ones a self-correction takes back, the bare numbers given instead
    as figures of the withdrawn one's kind and unit). `found`: every figure already read,
    so a replacement with a unit of its own ("- sorry, $2.4 billion") is left to it."""
    if not _has_cue(text) and not _has_restart(text):
        return figures, []
    starts = {f.start for f in found}
    kept, added = [], []
    for f in figures:
        cue = _cue_after_re().match(text, f.end) if _has_cue(text[f.end:f.end + 40]) else None
        restart = _restart_re().match(text, f.end) if cue is None and _has_restart(text[f.end:f.end + 40]) else None
        if restart is not None:
            # a sentence that opens by taking the figure back: the figure before is none,
            # and a bare number right after the cue replaces it ("I should correct that, 2.09")
            bare = _bare_re().match(text, restart.end()) if restart.end() not in starts else None
            if bare is not None:
                added.append(_replacement(f, bare, dc))
            continue
        if cue is not None and cue.end() in starts:
            continue  # "$2.2 billion, I mean $2.4 billion": the next figure is read already
        bare = _bare_re().match(text, cue.end()) if cue is not None else None
        if bare is None:
            kept.append(f)
        else:
            added.append(_replacement(f, bare, dc))
    return kept, added


def _replacement(f, m: re.Match, dc: bool):
    """The number after the cue as a figure like `f`: its own scale word, else f's scale."""
    from .mentions import Mention

    value, unit = _value(m["num"], dc)
    if m["scale"]:
        scale = vocab.scales()[m["scale"].lower()]
    else:
        first = _number_re().search(f.text)
        scale = f.value / _value(first.group(0), dc)[0] if first and f.value and _value(first.group(0), dc)[0] else 1.0
    if f.kind == "percent":
        scale = 0.01
    return Mention(kind=f.kind, start=m.start("num"), end=m.end(), text=m.group(0)[m.start("num") - m.start():],
                   value=value * scale, unit=unit * scale, attrs={**f.attrs, "corrects": f.text})


def before_withdrawn(text: str, start: int, at: int) -> int | None:
    """Where the figure a speaker takes back starts, when the words before `at` end in a
    cue after it ("Total exports rose eight - no, " -> the start of "eight"): the words
    before that are the replacing figure's own."""
    if not _has_cue(text[max(start, at - 30):at]):
        return None
    tail = _tail_re().search(text, max(start, at - 40), at)
    if tail is None:
        return None
    numbers = list(_number_re().finditer(text, max(start, tail.start() - 40), tail.start()))
    return numbers[-1].start() if numbers else None
