"""Fuzz extract and verify with hypothesis, with a large example budget.

    python benchmarks/fuzz.py --examples 20000

Every example must extract without raising, give spans that index the text exactly,
and give output that validates against the JSON contract (tests/contract.schema.json).
Each text is read as plain text, Markdown or HTML (a third each), through the same reading
a file of that kind gets. Prints the number of examples run and every failure found
(minimised by hypothesis).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import jsonschema  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import tradecheck  # noqa: E402

SCHEMA = json.loads((ROOT / "tests" / "contract.schema.json").read_text())
WORDS = ["exports", "imports", "trade", "turnover", "surplus", "deficit", "rose", "fell", "narrowed", "widened",
         "by", "to", "from", "of", "$", "US$", "€", "£", "¥", "Rs", "N", "R", "Sh", "AED", "yuan", "bn", "mn",
         "million", "billion", "trillion", "crore", "lakh", "%", "per cent", "China", "Belarus's", "Iranian",
         "Moscow", "EU", "the bloc", "2021", "2022", "2023", "FY24", "2022-23", "January-September", "Q1",
         "first half", "last year", "a year earlier", "more than", "about", "nearly", "up to", "tripled",
         "sixfold", "three times higher than", "a fifth", "half", "accounted for", "record", "total", ",", ".",
         ";", "\n", "\n\n", "(", ")", "1.5", "3,45,940", "4,77", "12", "0.7", "39,613,400,000", "-", "–",
         # markup, for the Markdown and HTML readings
         "**", "_", "`", "|", "# ", "> ", "- ", "1. ", "[", "](u)", "![", "<p>", "</p>", "<br>", "<!--", "-->", "&amp;",
         "&#36;", "<script>", "```", "    ", "\\", "<![CDATA[", "]]>", "<a", ">"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=20000)
    a = ap.parse_args()
    count = {"n": 0}
    texts = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join))

    from tradecheck.api import verify
    from tradecheck.read import make_document

    @settings(max_examples=a.examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(texts, st.sampled_from(["text", "markdown", "html"]))
    def run(text, kind):
        count["n"] += 1
        d = verify(make_document(text, kind=kind), reference="none").to_dict()
        jsonschema.validate(json.loads(json.dumps(d)), SCHEMA)
        for c in d["claims"]:
            assert 0 <= c["start"] < c["end"] <= len(text), c
            assert text[c["start"]:c["end"]] == c["text"], c

    t0 = time.time()
    try:
        run()
        print(f"fuzz: {count['n']} examples, 0 failures, {time.time() - t0:.0f} s")
    except Exception as e:  # the minimised failing example, printed for a test to be written
        print(f"fuzz: {count['n']} examples, FAILURE: {type(e).__name__}: {e}")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
