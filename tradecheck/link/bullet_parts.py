"""Bulleted categories under a total: a paragraph gives a figure ("The value of education
exports was £27.9 billion"), then bullets each open with a category and its figure ("- Higher
education was the largest component at £19.3 billion", "- Training, delivered online, came
to £1.1 billion"). Each bullet's figure is its category's, a part of the total, never the
total restated: the category is the bullet's opening noun phrase (past an aside in commas)."""
from __future__ import annotations

import re

from .cues import BULLET_SIGN, HEDGE

# a bullet, its category (an aside in commas may follow), a verb of value (a ranking in
# "was the largest component at" may sit between), then the figure
_BULLET_CATEGORY = re.compile(
    rf"[ \t]*{BULLET_SIGN}\s+"
    r"(?P<np>[A-Z][A-Za-z&'’ -]{1,50}?)(?:,\s+[^\n]{1,160}?,)?\s+"
    r"(?:was|were|came\s+to|(?:was|were)\s+worth|brought\s+in|earned|totall?ed|amounted\s+to|stood\s+at)"
    r"(?:\s+(?:the|its)\s+(?:largest|biggest|second[\w-]*|third[\w-]*|smallest|main)\s+"
    r"(?:component|category|part|item|element|segment|source|contributor)\s+at)?"
    rf"\s+{HEDGE}$")

# a line of a bulleted list
_BULLET_LINE = re.compile(rf"[ \t]*{BULLET_SIGN}\s+\S")
# a trailing flow word of the category ("Other education exports": other education)
_FLOW_TAIL = re.compile(r"\s+(?:exports|imports|shipments|trade)$", re.I)


def _under_a_figure(text: str, line: int) -> bool:
    """Whether the bulleted list holding the line at `line` sits under a paragraph that
    gives a figure (the total the bullets break down); blank lines are allowed."""
    end = line - 1
    for _ in range(30):
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        if not _BULLET_LINE.match(text, start):
            return any(ch.isdigit() for ch in text[start:end])
        end = start - 1
    return False


def bullet_category(text: str, pos: int) -> str | None:
    """The category a bullet names before its figure at `pos` (the noun phrase as written,
    less a trailing flow word), when the bullets stand under a paragraph with a figure;
    None otherwise."""
    line = text.rfind("\n", 0, pos) + 1
    if not _BULLET_LINE.match(text, line):
        return None  # (cheap: no bullet)
    item = _BULLET_CATEGORY.match(text, line, pos)
    if item is None or not _under_a_figure(text, line):
        return None
    return _FLOW_TAIL.sub("", item["np"].strip())
