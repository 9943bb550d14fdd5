"""A language named in a note on the text: "By Le360 (translated from French)", "a
French-language daily". The name of a language is a demonym ("French"), but there it says
in which language the text was written or translated, no place the figures are of: such
mentions are left out of the places the reporter and partner are read from (a Moroccan text
translated from French is not about France). The words before the name are in
vocab/translation_cues.csv."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _cue_before_re() -> re.Pattern:
    cues = vocab.alternation([r["phrase"] for r in vocab.table("translation_cues")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s+$", re.I)


# "French-language": the name itself made an adjective of a language
_LANGUAGE_AFTER = re.compile(r"-language\b", re.I)


def without_language_names(text: str, countries: list) -> list:
    """The country mentions less the demonyms that name a language: right after a cue of
    translation ("translated from French") or made an adjective of one ("French-language")."""
    if "translat" not in text and "-language" not in text:
        return countries  # (cheap: most texts carry no note on their language)
    return [c for c in countries
            if not (c.attrs.get("kind") == "demonym"
                    and (_cue_before_re().search(text, max(0, c.start - 40), c.start)
                         or _LANGUAGE_AFTER.match(text, c.end)))]
