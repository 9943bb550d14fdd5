"""Imported to get a process ready to check documents: the modules loaded, the patterns
compiled and the tables read, by checking one short text. Corpus mode's workers start from
a process that imported it (forked from it, or from a fork server that preloads it), so
they start warm: what a worker loads on its own, every worker loads again, and a cold
worker spent a fifth of its time on a corpus of a few hundred articles loading what the
first article needs (the exchange rates, the check modules, patterns of rarer forms)."""
from __future__ import annotations

from .api import verify
from .extract import keywords
from .read import make_document
from .report import jsonout

# A text of our own with a figure of each kind (a level, a change, a multiple, a share, a
# balance, a euro amount, a product group), so every stage loads what it needs.
_TEXT = ("In 2023 exports from Kenya to Uganda rose 12% to $5.2bn, three times the level of the "
         "first half of 2022, while imports of tea fell to €1.1bn. Trade between the two countries "
         "reached $6.3bn, leaving a surplus of $4.1bn; oil made up 40% of the total.")

jsonout.dumps(verify(make_document(_TEXT, published="2024-01-01"), reference="none").to_dict())
# patterns for forms the text above lacks, compiled on first use otherwise (in every worker)
for pattern in keywords.keyed_patterns():
    pattern.pattern
