"""Where the vocabulary's words start in a text: one pass for every word list at once.

Most finders look for matches that begin with a word from a list: a country name, a flow
word, "last" in "last year", "USD" in "USD 5 million". Scanning the text with a regular
expression once per list took most of the extract stage, because the regex engine stops at
every word boundary of the text once per list. Here one Aho-Corasick automaton
(pyahocorasick) over the text in lower case (`fold`) finds every list's words in one pass; each
finder then tries its own pattern only where one of its words starts
(`scanning.finditer_at`), so what it finds is exactly what a plain scan of its pattern finds
(tests/test_keywords.py checks this on generated texts).

A `Keyed` pattern says which words its matches begin with, and which words they cannot do
without ("quarter" in "the first quarter": a text without it is not scanned for the form,
though "the" is everywhere); an `Index` of a text answers both for every pattern.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .scanning import finditer_at

# Letters that the regex engine, ignoring case, takes for an ASCII letter while str.lower()
# does not lower to one: "ſ" is an "s" to `(?i:s)`, and the Turkish "İ" and "ı" are an "i"
# ("İstanbul"; "İ" also lowers to two characters, which would shift every position after
# it). They are put in ASCII before lower-casing. A text whose lower-casing still changes
# its length is scanned the plain way.
_CASE_TROUBLE = re.compile("[\u0130\u0131\u017f]")
_AS_ASCII = {0x130: "i", 0x131: "i", 0x17F: "s"}
# A digit at the start of a word: where a number can begin
_DIGIT_START = re.compile(r"\d(?<!\w\d)")
ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass(eq=False)
class Keyed:
    """A pattern whose every match begins, ignoring case, with one of `keys` (lower case,
    literal) at a place where no ASCII letter comes just before; or, with `digits`, with a
    digit that starts a word. `more` adds places the keys cannot name (the word before
    "years" in "two years ago", which can be any word). `needs`: words (lower case) of which
    every match contains one; a text without any is not scanned. `source` is compiled as it
    is, so it states its own conditions on what comes before it (a lookbehind)."""

    name: str
    source: str
    keys: frozenset[str]
    flags: int = 0
    digits: bool = False
    needs: tuple[str, ...] = ()
    more: Callable[[str, str], Iterable[int]] | None = None
    _compiled: re.Pattern | None = field(default=None, repr=False)

    @property
    def pattern(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def finditer(self, text: str, index: "Index | None" = None) -> Iterator[re.Match]:
        """`self.pattern.finditer(text)`, tried only where it can match."""
        return (index or Index(text)).finditer(self)


def fold(text: str) -> str:
    """`text` in lower case, letters the regex engine takes for ASCII ones put in ASCII
    (see _AS_ASCII): how the index compares words with a text."""
    if not text.isascii() and _CASE_TROUBLE.search(text):
        text = text.translate(_AS_ASCII)
    return text.lower()


def keyed(name: str, source: str, keys: Iterable[str], needs: Iterable[str] = (), **kw) -> Keyed:
    """A `Keyed` pattern, its words folded (see `fold`)."""
    # (an ASCII word folds to its lower case: thousands of keys, without a call each)
    return Keyed(name, source, frozenset(k.lower() if k.isascii() else fold(k) for k in keys if k),
                 needs=tuple(fold(w) for w in needs), **kw)


def is_word_char(c: str) -> bool:
    """Whether `c` is a character the regex engine reads as `\\w`."""
    return c.isalnum() or c == "_"


def words_before(words: Iterable[str] | dict[str, int], back: int = 1) -> Callable[[str, str], list[int]]:
    """Starts of the `back` words before each of `words` (lower case; or a dict of word to
    how many words back), each word followed by spaces: "two" in "two years ago", "the"
    and "from" in "from the previous month". For a form whose first word is any word, or
    one too common to look for ("the", "a")."""
    how_far = dict(words) if isinstance(words, dict) else dict.fromkeys(words, back)

    def find(text: str, low: str) -> list[int]:
        out = []
        for word, n in how_far.items():
            at = low.find(word)
            while at >= 0:
                i = at
                for _ in range(n):
                    j = i
                    while j > 0 and text[j - 1].isspace():
                        j -= 1
                    k = j
                    while k > 0 and is_word_char(text[k - 1]):
                        k -= 1
                    if j == i or k == j:  # no space, or no word, before
                        break
                    out.append(k)
                    i = k
                at = low.find(word, at + 1)
        return out
    return find


@functools.cache
def whitespace() -> str:
    """Every character `\\s` matches (none lies above U+3000)."""
    return "".join(c for c in map(chr, range(0x3001)) if c.isspace())


@functools.cache
def keyed_patterns() -> tuple[Keyed, ...]:
    """Every finder's pattern that scans by keywords, so that one automaton serves them all."""
    from . import mentions, money, periods

    return (*mentions.keyed_patterns(), *money.keyed_patterns(), *periods.keyed_patterns())


@functools.cache
def _automaton():
    """The automaton over every pattern's keys and needed words, each word carrying (its
    length, the indexes of the patterns it starts, whether some pattern needs it)."""
    import ahocorasick

    patterns = keyed_patterns()
    starts: dict[str, list[int]] = {}
    for i, kp in enumerate(patterns):
        for k in kp.keys:
            starts.setdefault(k, []).append(i)
    needed = {w for kp in patterns for w in kp.needs}
    auto = ahocorasick.Automaton()
    for k in set(starts) | needed:
        auto.add_word(k, (len(k), tuple(starts.get(k, ())), k in needed))
    auto.make_automaton()
    slots = {kp.name: i for i, kp in enumerate(patterns)}
    if len(slots) != len(patterns):
        raise ValueError("two keyed patterns share a name")
    return auto, slots


class Index:
    """Where each keyed pattern's words start in `text`, and which needed words it contains,
    found in one pass."""

    def __init__(self, text: str):
        self.text = text
        low = fold(text)
        auto, self._slot = _automaton()
        n = len(self._slot)
        self._starts: list[list[int]] = [[] for _ in range(n)]
        self._present: set[str] = set()
        self._digits: list[int] | None = None
        # the plain way, where lower-casing is not what the regex engine's ignoring case is
        self.plain = len(low) != len(text)
        self._low = low
        if self.plain or not text:
            return
        starts, present, letters = self._starts, self._present, ASCII_LETTERS
        for end, (size, slots, needed) in auto.iter(low):
            s = end - size + 1
            if needed:
                present.add(low[s:end + 1])
            if slots and (s == 0 or text[s - 1] not in letters):  # (in `low`, "İ" is an "i")
                for i in slots:
                    starts[i].append(s)

    def has(self, kp: Keyed) -> bool:
        """Whether the text contains a word `kp` needs (ignoring case), if it needs any."""
        return self.plain or not kp.needs or any(w in self._present for w in kp.needs)

    def starts(self, kp: Keyed) -> list[int]:
        """Sorted places where a match of `kp` can begin (and others, which its pattern
        rejects)."""
        out = self._starts[self._slot[kp.name]]
        if kp.digits:
            if self._digits is None:
                self._digits = [m.start() for m in _DIGIT_START.finditer(self.text)]
            out = out + self._digits
        if kp.more is not None:
            out = out + list(kp.more(self.text, self._low))
        return sorted(set(out))

    def finditer(self, kp: Keyed) -> Iterator[re.Match]:
        if not self.has(kp):
            return iter(())
        if self.plain:
            return kp.pattern.finditer(self.text)
        return finditer_at(kp.pattern, self.text, self.starts(kp))
