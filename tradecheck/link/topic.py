"""What a sentence is about (its grammatical subject), for a pronoun in the next one.

News text says "it" for the subject of the sentence before, not for the last thing named:
"Trade between the US and Mexico totalled $583.6bn in 2015, with a US deficit of $60.7bn.
In 2016 it reached $579.7bn" is about the trade; "The EU bought goods worth €49.0bn from
Russia. It sold €38.5bn" is about the EU. The subject is read from the words that open the
sentence, before its first verb: a flow ("Trade between ...", "The US trade deficit"), or a
place that does something ("The EU bought", "Russia sold")."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract.mentions import Mention
from .cues import BUY, HEDGE, PREP_BEFORE_COUNTRY, SELL


# What may open a sentence before its subject: a dateline ("BRUSSELS, Feb 20 (Reuters) -"),
# then an adverbial set off by a comma ("In 2016,", "According to Eurostat,", "Two years
# later,") or a short one naming a time without a comma ("In 2016 it reached", "Last year
# the EU bought").
_DATELINE = re.compile(r"[A-ZÀ-Þ][\w.'-]*(?:\s+[A-ZÀ-Þ][\w.'-]*){0,3},\s+[^-–—\n]{0,40}?\s[-–—]+\s")
@functools.cache
def _opening() -> re.Pattern:
    words = vocab.alternation(vocab.subject_openers())
    # "Two years later,", "A year on", "The following year": a time moved on from the one in hand
    count = vocab.alternation(list(vocab.number_words()), ignore_case=True, inline=True)
    later = rf"(?:[Tt]he\s+following\s+\w+|(?:{count}|\d{{1,2}})\s+\w+\s+(?:later|on))"
    return re.compile(rf"(?:{words}\b(?:[^,.;:\d$€£¥]|(?:19|20)\d\d){{0,60}},\s+|{later},?\s+)?"
                      rf"(?:{words}\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:(?:19|20)\d\d|year|month|quarter|half|period)\b,?\s+)?")


@functools.lru_cache(maxsize=4096)  # (asked again for the same span by several readings of a figure)
def opening_end(text: str, start: int, end: int) -> int:
    """Where the sentence's subject may start: past a dateline and an opening adverbial."""
    dl = _DATELINE.match(text, start, end)
    if dl:
        start = dl.end()
    op = _opening().match(text, start, end)
    return op.end() if op else start


@functools.cache
def _modifiers() -> frozenset[str]:
    return frozenset(vocab.subject_modifiers())


def _noun_phrase(words: str) -> bool:
    """Whether `words` (between the opening and a mention) can be the start of one noun
    phrase: determiners, names, possessives, compounds and the modifiers of
    vocab/subject_modifiers.csv, but no verb."""
    for w in re.findall(r"[\w.'’-]+", words):
        if w[0].isupper() or "-" in w or w.lower() in _modifiers():
            continue
        return False
    return not re.search(r"[,;:(]", words)


def subject(text: str, start: int, end: int, flows: list[Mention], places: list[Mention]) -> tuple[Mention | None, str | None, bool]:
    """(flow, place, parallel): the flow word or the place that is the subject of the
    sentence between `start` and `end`, each None when it is not one; and whether the
    sentence gives two flows side by side as subjects (then "it" may be either)."""
    start = opening_end(text, start, end)
    own = [x for x in places if start <= x.start < end and x.attrs.get("iso") not in (None, "WLD")]
    flow = next((f for f in flows if start <= f.start < end and f.attrs["measure"] != "other"), None)
    if flow is not None and _noun_phrase(_without(text, start, flow.start, own)) and not _is_verb(flow):
        # ("imports were $4bn and its exports $5bn": two subjects, "it" either)
        return (None, None, True) if _parallel_subject(text, flow, end, flows, own) else (flow, None, False)
    first = own[0] if own else None
    if first is None or first.attrs.get("possessive") or first.attrs.get("kind") in ("demonym", "anaphor"):
        return None, None, False
    if PREP_BEFORE_COUNTRY.search(text[max(start, first.start - 14):first.start]) or not _noun_phrase(text[start:first.start]):
        return None, None, False
    # a place that does something: a word after it that is no name ("The EU bought", "Russia
    # sold", "The United States ran a deficit"), not a place as a modifier ("EU imports")
    # (past an apposition that describes it: "The US, the largest market for Indian drugmakers,
    # took ...")
    apposition = _APPOSITION.match(text, first.end, end)
    after = re.match(r"\s+([a-z]+)\b", text[apposition.end() if apposition else first.end:end])
    if after is None or after.group(1) in _modifiers():
        return None, None, False
    return None, first.attrs["iso"], False


# an apposition right after a place, set off by commas, that describes it: a determiner, then
# words with no figure, place list or clause break of their own ("The US, the largest market
# for Indian drugmakers, took"; not "The US, China and Japan took")
_APPOSITION = re.compile(r",\s+(?:the|a|an|its|their)\s+[^,;:()\d]{1,80}?,")


# what joins two clauses side by side ("imports were $4bn and its exports $5bn")
_COORDINATOR = re.compile(r"(?:,\s*|\s)(?:and|while|whereas|but)\s+|;\s*")


def _parallel_subject(text: str, flow: Mention, end: int, flows: list[Mention], places: list[Mention]) -> bool:
    """Whether a clause joined to the first one opens with a flow of its own as its subject
    ("In 2023 Peru's imports from Japan were $4bn and its exports to Japan $5bn")."""
    for g in flows:
        if g.start <= flow.end or g.start >= end or g.attrs["measure"] in ("other", flow.attrs["measure"]):
            continue
        joints = list(_COORDINATOR.finditer(text, flow.end, g.start))
        if joints and _noun_phrase(_without(text, joints[-1].end(), g.start, places)) and not _is_verb(g):
            return True
    return False


def _without(text: str, start: int, end: int, places: list[Mention]) -> str:
    """The words between `start` and `end` with the places among them left out."""
    out, at = [], start
    for x in places:
        if start <= x.start and x.end <= end:
            out.append(text[at:x.start])
            at = x.end
    out.append(text[at:end])
    return " ".join(out)


def _is_verb(flow: Mention) -> bool:
    """A flow word that is a verb ("bought", "exported", "sold"): the predicate, not the
    subject (not "purchases", "buyers", "shipments")."""
    word = flow.text.lower()
    return word.endswith("ed") or bool((BUY.match(word) or SELL.match(word)) and not re.search(r"(?:s|er|ing)$", word))


# "it" as the subject of a figure's clause: at the clause's start (past an opening time),
# or after a conjunction ("..., and it sold"); the words after it up to the figure are its
# verb and adverbs
_PRONOUN = re.compile(r"(?:^|[,;]\s+|\b(?:and|but|while|whereas)\s+)(?P<it>[Ii]t)\s+(?P<rest>(?:[a-z]+\s+){1,4})$")


def pronoun_subject(text: str, start: int, end: int) -> re.Match | None:
    """The "it" that is the subject of the clause between `start` and the figure at `end`."""
    start = opening_end(text, start, end)
    return _PRONOUN.search(text[start:end]) if end - start < 120 else None


# "Intra-African trade", "The intra-Asian exports": a group's internal flow opening a clause
_INTRA_SUBJECT = re.compile(r"(?:[Tt]he\s+)?[Ii]ntra-(?P<adj>[A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:trade|commerce|exports|imports|shipments)\b")


def intra_subject(text: str, start: int, end: int) -> str | None:
    """The group whose internal trade is the subject of the sentence between `start` and
    `end` ("Intra-African trade grew more slowly than the total": "group:Africa";
    vocab/group_adjectives.csv), else None."""
    mm = _INTRA_SUBJECT.match(text, opening_end(text, start, end), end)
    group = vocab.group_adjectives().get(mm["adj"]) if mm else None
    return "group:" + group if group else None


# "Imports from Russia", "Exports to the United States": the place a subject flow is with
_WITH_PLACE = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+)?")


def partner_of_subject(text: str, flow: Mention, end: int, places: list[Mention]) -> str | None:
    """The place named right after the subject flow word, as its partner, if any."""
    x = next((x for x in places if flow.end < x.start < end), None)
    if x is None or x.attrs.get("iso") in (None, "WLD") or not _WITH_PLACE.fullmatch(text, flow.end, x.start):
        return None
    return x.attrs["iso"]


@functools.cache
def _value_subject() -> re.Pattern:
    value = vocab.alternation({w.lower() for w in vocab.value_words()}, ignore_case=True)
    return re.compile(rf"(?:Its|Their|its|their)\s+(?:{value})\b")


@functools.cache
def _share_subject() -> re.Pattern:
    share = vocab.alternation(sorted({r["word"].lower() for r in vocab.table("share_nouns")}), ignore_case=True)
    return re.compile(rf"(?:Its|Their|its|their)\s+(?:{share})\b")


def share_subject(text: str, start: int, end: int) -> bool:
    """Whether the clause between `start` and a figure at `end` opens with "Its share" or
    "Their share" (vocab/share_nouns.csv): the share of the subject of the sentence before."""
    return bool(_share_subject().match(text, opening_end(text, start, end), end))


def value_subject(text: str, start: int, end: int) -> bool:
    """Whether the clause between `start` and a figure at `end` opens with "Their value" or
    "Its value": the money of the subject of the sentence before."""
    return bool(_value_subject().match(text, opening_end(text, start, end), end))


@functools.cache
def _figure_subject() -> re.Pattern:
    words = vocab.alternation(vocab.figure_anaphors(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{words})\b", re.I)


def figure_subject(text: str, start: int, end: int) -> bool:
    """Whether the clause between `start` and a figure at `end` opens with "The figure" or
    "This amount": a figure the sentence before gave."""
    return bool(_figure_subject().match(text, opening_end(text, start, end), end))


@functools.cache
def _reported_clause_opening() -> re.Pattern:
    """A speaker, a verb reporting speech (vocab/reporting_verbs.csv), perhaps whom to, and
    "that": "Hamid Hosseini told IRNA that ", "The official said that "."""
    verbs = vocab.alternation([r["word"] for r in vocab.table("reporting_verbs")], ignore_case=True)
    return re.compile(rf"[^.;:\d$€£¥]{{0,60}}?\b(?:{verbs})\s+(?:(?:to\s+)?[\w-]+\s+){{0,3}}?that\s+", re.I)


def opens_on_figure(text: str, start: int, end: int) -> bool:
    """Whether a sentence opens on "The figure" or "This amount" (vocab/figure_anaphors.csv),
    perhaps as the subject of a reported clause ("Hamid Hosseini told IRNA that the figure
    shows an 11.4 percent rise"): it goes on about the figure of the sentence before."""
    at = opening_end(text, start, end)
    reported = _reported_clause_opening().match(text, at, end) if " that " in text[at:min(end, at + 100)] else None
    return bool(_figure_subject().match(text, reported.end() if reported else at, end))


@functools.cache
def _subject_then_level() -> re.Pattern:
    """A clause that is a subject, a verb of level or change (or "of"), and the figure:
    "Government borrowing stood at", "In March, pension payments amounted to", "Dividends
    rose to", "Pension payments of"."""
    verbs = vocab.alternation(vocab.level_verbs() | set(vocab.changes()), ignore_case=True)
    # ("Government borrowing of $1.7 billion was recorded": the subject's figure after "of")
    return re.compile(rf"(?P<np>(?:[Tt]he\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+(?:(?:{verbs})"
                      rf"(?:\s+(?:to|at|by|in))?|(?P<of>of))\s+{HEDGE}$")


@functools.cache
def _subject_then_figure() -> re.Pattern:
    """A clause that is a subject and then the figure, which is its verb: "Government
    borrowing doubled", "Cement consumption almost tripled"."""
    return re.compile(rf"(?P<np>(?:[Tt]he\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+{HEDGE}$")


def unnamed_subject(text: str, start: int, end: int, named: list[Mention], figure_is_verb: bool = False) -> tuple[int, int] | None:
    """The span of the subject of the clause before a figure at `end` when that subject names
    something of its own that is no flow, product or place the text knows ("Government
    borrowing stood at $1.7bn", "Dividends totalled"): `named` are the sentence's mentions
    of flows, products and places. None where the subject is one of those, a pronoun, a
    figure or value word ("The figure", "Earnings", "The total"), or no plain subject."""
    start = opening_end(text, start, end)
    if end - start > 80:
        return None
    m = _subject_then_level().match(text, start, end)
    if m is None and figure_is_verb:
        m = _subject_then_figure().match(text, start, end)
    if m is None:
        return None
    a, b = m.span("np")
    words = _words_of_its_own(m, named)
    if words is None or _figure_subject().match(text, a, b):
        return None
    if m.groupdict().get("of") and words[-1] in _of_heads_read_elsewhere():
        return None  # ("the difference of $0.5 billion", "an increase of": read by their own rules)
    return a, b


# " in the wage bill", " in government borrowing": what an amount was, named after it
_IN_WHAT = re.compile(r"\s+in\s+(?P<np>(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)(?=\s+(?:in|on|at|for|from|during|over|by|to|,)\b|\s*[,.;:)]|\s*$)")


def unnamed_object(text: str, end: int, stop: int, named: list[Mention]) -> tuple[int, int] | None:
    """The span of what an amount ending at `end` was, named right after it ("received $1.7bn
    in government borrowing", "$1.7bn in the wage bill"), when that names something of its
    own that is no flow, product, place or period the text knows. None for "in March", "in
    exports", "in total", "in value"."""
    m = _IN_WHAT.match(text, end, stop)
    if m is None:
        return None
    words = _words_of_its_own(m, named)
    if words is None or any(w.isdigit() for w in words):
        return None
    return m.span("np")


def _words_of_its_own(m: re.Match, named: list[Mention]) -> list[str] | None:
    """The words of the noun phrase `m["np"]`, lower case, if it names something of its own:
    no flow, product, place or period among `named`, not every word one that may stand for
    the flow in hand ("The total", "Its value", "Their earnings": determiners and words for
    the figure itself; not "the wage bill", "the market value": quantities of their own),
    and no pronoun or verb ("By 2023 it had reached", "The total was up 0.8%")."""
    a, b = m.span("np")
    if any(x.start < b and x.end > a for x in named):
        return None
    words = [re.split(r"['’]", w.lower())[0] for w in re.findall(r"[\w'’-]+", m["np"])]
    known, not_in_subject = _subject_words()
    if all(w in known for w in words) or any(w in not_in_subject for w in words):
        return None
    return words


@functools.cache
def _subject_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the words a subject may be made of and still stand for the flow the text is on, the
    words no subject holds: pronouns and verbs)."""
    known = vocab.flow_subject_words() | {w.lower() for w in vocab.value_words()} | set(vocab.number_words()) | _DETERMINERS
    return frozenset(known), frozenset(_PRONOUNS | vocab.level_verbs() | _AUXILIARIES)


@functools.cache
def _of_heads_read_elsewhere() -> frozenset[str]:
    """Nouns before "of" and a figure that say what the figure is by themselves: a difference
    (vocab/difference_nouns.csv) or a change (vocab/changes.csv)."""
    return frozenset(w.lower() for w in vocab.difference_nouns()) | frozenset(vocab.changes())


_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "such", "both", "all"))
_PRONOUNS = frozenset(("it", "they", "this", "these", "those", "that", "which", "we", "he", "she"))
_AUXILIARIES = frozenset(("is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "may", "might"))


def account_row(text: str, m) -> str | None:
    """The balance-of-payments account (vocab/accounts.csv) a row under a unit header names,
    for its figure `m` ("Key balances (EUR bn):" then "- primary income: -35.4"): the row's
    label is the account, so the figure is that account's balance. None for other rows."""
    if not m.attrs.get("header"):
        return None
    start = text.rfind("\n", 0, m.start) + 1
    row = _account_row_re().match(text, start, m.start)
    return row["a"].lower().replace("-", " ") if row else None


@functools.cache
def _account_row_re() -> re.Pattern:
    accounts = vocab.alternation(vocab.accounts(), ignore_case=True, space=r"[\s-]+")
    # ("Net primary income   -15.3": a row label may say the balance is net)
    return re.compile(rf"[ \t]*(?:[-•*–·▪][ \t]*)?(?:net[ \t]+)?(?P<a>{accounts})(?:[ \t]+(?:account|balance))?[ \t]*[:|]?[ \t]*[+\-−–]?$", re.I)
