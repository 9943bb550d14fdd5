"""Running patterns only where they can match.

A regular expression searched over a text is tried at every position of it, and with
grammars of hundreds of words that is most of the time extraction takes. Ways to try
fewer, each giving exactly what the plain search gives (tests/test_scanning.py and
tests/test_keywords.py check):

- `finditer_at`: a pattern tried only at the positions a cheaper scan found, which include
  every place where a match can start (keywords.py finds them for the word lists);
- `EndCue`: a pattern that must end the text (`...\\s+$`), tried only when the text's last
  word is one that can close it.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator


def finditer_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, trying only `starts` (sorted, duplicates allowed). Exact
    when every position where the pattern can match is among them: finditer takes the
    leftmost match, then looks again from where it ended, as this does."""
    end = 0
    match = pattern.match
    for p in starts:
        if p < end:
            continue
        m = match(text, p)
        if m is not None and m.end() > p:  # (an empty match is never one a finder wants)
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
