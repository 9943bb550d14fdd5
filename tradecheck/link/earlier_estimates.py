"""A figure whose subject names it an earlier estimate: "The previous estimate of the April
deficit was $68.9 billion", "The provisional March figure for exports was $6.06 billion".
Such a figure is an older vintage of one the text gives as revised: the two are not two
statements of one quantity (claims._vintage marks it "first estimate", apart from the revised
figure's series), and a change between the vintages may still be read from them.

Words: vocab/earlier_estimate_adjectives.csv (the adjective, whether words may stand between it
and its noun, whether it names an earlier vintage only where the text speaks of a revision),
vocab/estimate_nouns.csv (the noun)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE


def names_earlier_estimate(text: str, before: str) -> bool:
    """Whether the words `before` a figure (from its sentence's start) make it the subject of
    "the <earlier> <estimate noun> ... was", an earlier vintage of a figure since revised; the
    adjectives that only mark a vintage beside a revision ("provisional") need one in `text`."""
    low = before.lower()
    if not any(w in low for w in _cheap_words()):
        return False  # (cheap: no adjective of the table at all)
    mm = _subject_re().search(before) or _in_earlier_release_re().search(before)
    if mm is None:
        return False
    return not _needs_revision(mm["adj"] or mm["adj2"]) or _speaks_of_revision(text)


def _rows() -> list[dict]:
    return vocab.earlier_estimate_adjectives()


@functools.cache
def _cheap_words() -> tuple[str, ...]:
    return tuple(r["word"].lower() for r in _rows())


def _needs_revision(adj: str) -> bool:
    return any(r["word"].lower() == adj.lower() and r.get("revised") for r in _rows())


@functools.lru_cache(maxsize=16)
def _speaks_of_revision(text: str) -> bool:
    # (once a text: "revised", "revision", "revisions")
    return "revis" in text.lower()


@functools.cache
def _subject_re() -> re.Pattern:
    gap = vocab.alternation([r["word"] for r in _rows() if r.get("gap")], ignore_case=True)
    touching = vocab.alternation([r["word"] for r in _rows() if not r.get("gap")], ignore_case=True)
    nouns = vocab.alternation(vocab.estimate_nouns(), ignore_case=True)
    # the subject opens the clause ("The previous estimate of ...", ", and the provisional
    # figure ..."); the words from its noun to the copula hold no other figure or clause
    # break ("of the April deficit", "for total goods exports")
    return re.compile(rf"(?:^|[.;:,]\s*|\b(?:and|but|while|whereas)\s+)\s*(?:the|its|their)\s+"
                      rf"(?:(?P<adj>{gap})(?:\s+[\w'’-]+){{0,3}}?\s+|(?P<adj2>{touching})[\s-]+)(?:{nouns})s?\b"
                      rf"[^;:,$€£¥%\d]{{0,80}}?(?:(?<!\d)(?:19|20)\d\d[^;:,$€£¥%\d]{{0,60}}?)?"
                      rf"\s+(?:was|were|had\s+been|stood\s+at|came\s+in\s+at|was\s+put\s+at)\s+{HEDGE}$", re.I)


@functools.cache
def _in_earlier_release_re() -> re.Pattern:
    """"Figures for X exports in the provisional release (published on 9 June) were": the
    figure as an earlier release (vocab/release_nouns.csv) gave it, right before the copula."""
    gap = vocab.alternation([r["word"] for r in _rows() if r.get("gap")], ignore_case=True)
    touching = vocab.alternation([r["word"] for r in _rows() if not r.get("gap")], ignore_case=True)
    nouns = vocab.alternation([r["word"] for r in vocab.table("release_nouns")], ignore_case=True)
    return re.compile(rf"\bin\s+(?:the|its|their)\s+(?:(?P<adj>{gap})(?:\s+[\w'’-]+){{0,2}}?\s+|(?P<adj2>{touching})[\s-]+)"
                      rf"(?:{nouns})\b(?:\s*\([^()]{{0,60}}\))?"
                      rf"\s+(?:was|were|had\s+been|stood\s+at|came\s+in\s+at)\s+{HEDGE}$", re.I)


# "up $12.4 billion from the $242.8 billion reported in March": a change's base level with the
# time it was reported after it (the words are vocab/publication_verbs.csv)
_FROM_THE = re.compile(rf"\bfrom\s+the\s+{HEDGE}$", re.I)


@functools.cache
def _reported_after_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.publication_verbs(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{verbs})\s+(?:in|on|at\s+the\s+end\s+of|last)\s+", re.I)


def reported_base(s) -> bool:
    """Whether the figure of Site `s` is a change's base level given with the time it was
    reported ("up $12.4 billion from the $242.8 billion reported in March" after "The 2017
    surplus now stands at $255.2 billion"): when that time is not a period as long as the
    change's own (a month after a year's change), it is when the earlier estimate came out,
    so the figure is that estimate of the change's own period, not a level of that month."""
    from .. import periods as P

    p = s.prev
    if s.kind != "amount" or p is None or not p.extra.get("change_of") or not p.period or "from" not in s.before:
        return False
    mm = _reported_after_re().match(s.after)
    if mm is None or not _FROM_THE.search(s.before):
        return False
    at = s.m.end + mm.end()
    own = P.parse(p.period)
    dated = next((per for pm, per, _ in s.resolved if pm.start == at and per is not None), None)
    return own is not None and dated is not None and P.months(dated) != P.months(own)
