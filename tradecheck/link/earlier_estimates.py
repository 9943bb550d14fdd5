"""A figure whose subject names it an earlier estimate: "The previous estimate of the April
deficit was $68.9 billion", "The provisional March figure for exports was $6.06 billion".
Such a figure is an older vintage of one the text gives as revised: the two are not two
statements of one quantity (claims._vintage marks it "first estimate", apart from the revised
figure's series), and a change between the vintages may still be read from them.

Words: vocab/earlier_estimate_adjectives.csv (the adjective, whether words may stand between it
and its noun, whether it names an earlier vintage only where the text speaks of a revision),
vocab/estimate_nouns.csv (the noun).

Superseded levels (`superseded`): a level the text gives as it stood before a revision, the
figure an earlier release put out for the same flow and period as a figure the text now gives. Only the newer figures must fit
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


# --- superseded levels: the figure as an earlier release put it out -------------------
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
