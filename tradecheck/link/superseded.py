"""A level the text gives as it stood before a revision: the figure an earlier release put out
for the same flow and period as a figure the text now gives. Only the newer figures must fit
together, so such a figure is marked as of its own vintage ("first estimate", claims._vintage),
apart from the current ones. Three kinds of sentence give one:

- the figure as it was put out, with the time it came out or a word placing it before:
  "The export figure for October, released on 1 December as $8,804.70 million, has been
  revised to $9,098.44 million", "had been reported as", "earlier estimated at", "The
  preliminary figures, released Jan. 24, had put the surplus at"; a bare "released as" only
  where the clause goes on to say the figure was revised;
- the figure with the earlier release it came from after it: "the surplus of $2,561 million
  reported in the timely estimate", "($51,962 million in the timely estimate)";
- the figures of a clause that an earlier release opens: "According to the first estimate
  published on 8 May, the surplus was EUR 1,007 million".

The last two need a text that speaks of a revision: "the first estimate" of a flash release
is its current figure.

Words: vocab/superseded_words.csv (the participles of putting a figure out, the adverbs that
place it before, the participles of a revision), vocab/earlier_estimate_adjectives.csv and
vocab/release_nouns.csv (the earlier release: "the timely estimate", "the first estimate")."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE


def superseded(s) -> bool:
    """Whether the amount of Site `s` is a level as an earlier release gave it (see above)."""
    if s.claim.kind != "amount":
        return False
    return _released_as(s.before, s.after) or _in_earlier_release(s.text, s.sent.start, s.sent.end, s.m.start, s.after)


def _released_as(before: str, after: str) -> bool:
    """"released on 1 December as <figure>, has been revised to", "had been reported as
    <figure>", "earlier estimated at <figure>": the figure as it was put out before."""
    if not _ENDS_AS_AT.search(before[-24:]):
        return False  # (cheap: the figure follows "as" or "at", give or take a hedge)
    mm = _released_as_re().search(before)
    if mm is None:
        return False
    return bool(mm["had"] or mm["adv"]) or _revised_after_re().match(after) is not None


# "as"/"at" among the last words before the figure (a hedge may follow: "at about")
_ENDS_AS_AT = re.compile(r"\b(?:as|at)\b", re.I)


def _in_earlier_release(text: str, start: int, end: int, at: int, after: str) -> bool:
    """"$2,561 million reported in the timely estimate", "According to the first estimate
    published on 8 May, the surplus was <figure>": a figure of an earlier release, in the
    sentence [start, end) of a text that speaks of a revision."""
    ends = _opener_ends(text, start, end)
    if ends and any(e <= at and ";" not in text[e:at] for e in ends):
        return True
    low = after[:80].lower()
    return (any(w in low for w in _adjective_words()) and _speaks_of_revision(text)
            and _from_earlier_release_re().match(after) is not None)


@functools.lru_cache(maxsize=64)
def _opener_ends(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where the sentence's clauses opened by an earlier release ("According to the first
    estimate published on 8 May, ") begin their words (once a sentence, not once a figure)."""
    low = text[start:end].lower()
    if not any(w in low for w in _adjective_words()) or not _speaks_of_revision(text):
        return ()  # (cheap: no adjective of an earlier release in the sentence)
    # (on the sentence alone, so that its start is a clause's start, "^")
    return tuple(start + x.end() for x in _earlier_release_opener_re().finditer(text[start:end]))


@functools.lru_cache(maxsize=16)
def _speaks_of_revision(text: str) -> bool:
    # (once a text: "revised", "revision", "revisions")
    return "revis" in text.lower()


def _words(role: str) -> list[str]:
    return [r["word"] for r in vocab.table("superseded_words") if r["role"] == role]


@functools.cache
def _adjective_words() -> tuple[str, ...]:
    return tuple(r["word"].lower() for r in vocab.earlier_estimate_adjectives())


@functools.cache
def _released_as_re() -> re.Pattern:
    published = vocab.alternation(_words("published"), ignore_case=True)
    earlier = vocab.alternation(_words("earlier"), ignore_case=True)
    # (the time it came out or what was put may stand between: "released on 1 December 2006
    # as", "reported last month at", "had put the surplus at", "had put Chile's 2023 surplus at")
    return re.compile(rf"\b(?P<had>had\s+(?:been\s+)?)?(?:(?P<adv>{earlier})\s+)?(?:been\s+)?(?:{published})"
                      rf"(?:\s+[^,;:()$€£¥]{{1,40}}?)?\s+(?:as|at)\s+{HEDGE}$", re.I)


@functools.cache
def _revised_after_re() -> re.Pattern:
    """", has been revised to", ", was corrected to": the clause after the figure says it was
    replaced (not "revised from", whose figure after it is the replaced one)."""
    revised = vocab.alternation(_words("revised"), ignore_case=True)
    # (the figure is the clause's subject: nothing but "which", "and" or "but" before the verb,
    # so that ", and imports were revised" says nothing of it)
    return re.compile(rf"\s*,?\s*(?:(?:which|and|but)\s+)?(?:(?:has|have|had|was|were)\s+(?:(?:since|now|subsequently|then|also)\s+)?(?:been\s+)?|since\s+)"
                      rf"(?:{revised})\b(?!\s+(?:(?:up|down)(?:wards?)?\s+|(?:upward|downward|higher|lower)\s+)?from\b)", re.I)


@functools.cache
def _earlier_release_words() -> str:
    """The words of an earlier release, "the timely estimate", "its first estimate", "the
    preliminary March data": an earlier-estimate adjective, then a release noun."""
    rows = vocab.earlier_estimate_adjectives()
    gap = vocab.alternation([r["word"] for r in rows if r.get("gap")], ignore_case=True)
    touching = vocab.alternation([r["word"] for r in rows if not r.get("gap")], ignore_case=True)
    nouns = vocab.alternation([r["word"] for r in vocab.table("release_nouns")], ignore_case=True)
    return (rf"(?:the|its|their)\s+(?:(?:{gap})(?:\s+[\w'’-]+){{0,2}}?\s+|(?:{touching})[\s-]+)"
            rf"(?:{nouns})\b")


@functools.cache
def _from_earlier_release_re() -> re.Pattern:
    # the release named right after the figure: " reported in the timely estimate", " in the
    # timely estimate)"
    published = vocab.alternation(_words("published"), ignore_case=True)
    return re.compile(rf"\s*,?\s*(?:(?:{published})\s+)?(?:in|by)\s+{_earlier_release_words()}", re.I)


@functools.cache
def _earlier_release_opener_re() -> re.Pattern:
    # the release opens the clause, with when it came out: "According to the first estimate
    # published on 8 May, ", "In the flash estimate (15 May), "
    published = vocab.alternation(_words("published"), ignore_case=True)
    return re.compile(rf"(?:^|[;:(]\s*)(?:according\s+to|in|under)\s+{_earlier_release_words()}"
                      rf"(?:\s*\([^()]{{0,60}}\)|\s+(?:{published})\b[^,;:()]{{0,40}})?\s*,", re.I)
