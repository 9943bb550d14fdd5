"""Running patterns only where they can match.

A regular expression searched over a text is tried at every position of it, and with
grammars of hundreds of words that is most of the time extraction takes. Ways to try
fewer, each giving exactly what the plain search gives (tests/test_scanning.py checks):

- `finditer_at`: a pattern tried only at the positions a cheaper scan found, which include
  every place where a match can start;
- `EndCue`: a pattern that must end the text (`...\\s+$`), tried only when the text's last
  word is one that can close it;
- `Lazy`: a pattern compiled on first use, for forms most texts never contain;
- `WordScan`: a pattern that starts a word, scanned from the character before the word.

The engine finds the next place to try quickly only when a pattern begins with a plain
character or class; a pattern that begins with a lookbehind or `\\b` is tried everywhere.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator


def finditer_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, trying only `starts` (sorted, duplicates allowed). Exact
    when every position where the pattern can match is among them: finditer takes the
    leftmost match, then looks again from where it ended, as this does."""
    end = 0
    for p in starts:
        if p < end:
            continue
        m = pattern.match(text, p)
        if m is not None and m.end() > m.start():
            end = m.end()
            yield m


class EndCue:
    """A cue that must close the text it is looked for in (a pattern ending in `\\s+$`),
    with the words that can come last in it ("" for one that can end in a sign, like
    "vs."). An end-anchored regex is still tried at every position of the text; looking at
    the last word first rules out almost every text at once."""

    def __init__(self, pattern: re.Pattern, last_words: Iterable[str]):
        self.pattern = pattern
        self.last_words = frozenset(w.lower() for w in last_words)

    def search(self, text: str) -> re.Match | None:
        if not text or not text[-1].isspace():
            return None
        end = len(text.rstrip())
        start = end
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if text[start:end].lower() not in self.last_words:
            return None
        return self.pattern.search(text)


class Lazy:
    """A pattern compiled when first used: a one-file check need not compile the forms its
    text never contains."""

    def __init__(self, source: str, flags: int = 0):
        self.source, self.flags, self._compiled = source, flags, None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.compiled.finditer(text)

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        return self.compiled.match(text, pos)


class WordScan:
    """Words from a list that start where `not_after` does not come just before (a word
    boundary, say): `(?<![\\w-])(?P<f>...)` found fast. The engine skips quickly only to a
    pattern's first character, and a word list starts with most letters; so the pattern
    begins with the character before the word instead, which is rarer (a space, a sign).
    The text is scanned with a newline put before it, so that a word at its very start has
    a character before it too; matches come back in the text's own positions, those of
    `(?<!not_after)body` exactly, with the body's span as `m.span(group)` (the match itself
    begins one character earlier). The body must not look behind its own start."""

    def __init__(self, body: str, group: str, not_after: str = r"\w", flags: int = 0):
        self.group = group
        self.after = Lazy(rf"[^{not_after}](?:{body})", flags)

    def finditer(self, text: str) -> Iterator["_Shifted"]:
        padded = "\n" + text
        after = self.after.compiled
        pos = 0
        while True:
            m = after.search(padded, pos)
            if m is None:
                return
            yield _Shifted(m)
            # the next word may follow one that ends in a sign ("U.S.-China")
            pos = m.end() - 1


class _Shifted:
    """A match in the padded text, read in the text's own positions."""

    __slots__ = ("m",)

    def __init__(self, m: re.Match):
        self.m = m

    def start(self, group: int | str = 0) -> int:
        p = self.m.start(group)
        return p - 1 if p > 0 else p

    def end(self, group: int | str = 0) -> int:
        p = self.m.end(group)
        return p - 1 if p > 0 else p

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.start(group), self.end(group)

    def group(self, *groups):
        return self.m.group(*groups)

    def __getitem__(self, group):
        return self.m[group]

    def groupdict(self) -> dict:
        return self.m.groupdict()
