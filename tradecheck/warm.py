"""Imported to get a process ready to check documents: the modules loaded and the patterns
compiled, by extracting from one short text. Corpus mode's fork server imports it, so its
workers, forked from that server, start warm."""
from __future__ import annotations

from .api import extract
from .extract import keywords
from .read import make_document

extract(make_document("In 2023 exports rose 12% to $5.2bn, three times the level of the first half of 2022.",
                      published="2024-01-01"))
# patterns for forms the text above lacks, compiled on first use otherwise (in every worker)
for pattern in keywords.keyed_patterns():
    pattern.pattern
