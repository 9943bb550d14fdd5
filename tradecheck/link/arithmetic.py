"""Calculations written out between figures, as explainers, study notes and blog posts show
their working: "The goods deficit is therefore $720.2bn - $437.4bn = $282.8 billion",
"$405.5bn minus $380.8bn leaves a surplus of $24.7 billion", "$50.8bn divided by $354.7bn
is roughly 0.143", "Total exports are $72.1bn + $26.3bn = $98.4bn".

The figures an operator joins (the operands) restate figures the text gave before; read in
place they would take the flow word of the sentence ("a services surplus of $387.5bn -
$198.7bn" makes the exports a surplus), so they are no statement of a flow of their own.
The outcome of a subtraction or a division is a difference or a ratio, no level of the
flow a word before the calculation names ("Imports minus exports: $79.8bn - $72.1bn =
$7.7 billion" is no export figure); a sum's outcome, and a difference a balance word
names ("the goods deficit is ..."), keep their reading.

The words are vocab/arithmetic_words.csv. A figure, an operator and a figure count as a
calculation only where a result word closes them: "$1bn - $2bn" alone is a range."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule
from .site import Site


@functools.cache
def _operator_re() -> re.Pattern:
    """The whole gap between two operands: one operator word or sign."""
    ops = [w for w, role in vocab.arithmetic_words().items() if role != "result"]
    alt = vocab.alternation(ops, ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?P<op>{alt})\s*", re.I)


@functools.cache
def _result_re() -> re.Pattern:
    """What may follow the last operand before its outcome: a comma, an adverb ("is again",
    "is roughly"), then a result word ("=", "leaves", "gives")."""
    words = [w for w, role in vocab.arithmetic_words().items() if role == "result"]
    alt = vocab.alternation(words, ignore_case=True, space=r"\s+")
    # (a word result needs a space or comma before it: "$9.9bn is", not "$9.9bnis")
    return re.compile(rf"\s*,?\s*(?:again\s+|then\s+)?(?:(?<=\s)|(?<=,)|(?=[=≈]))(?:{alt})(?![\w])", re.I)


# between the result word and the outcome figure: a few words ("a surplus of", "roughly")
_TO_OUTCOME = re.compile(r"[^.;:\d$€£¥]{0,40}$")


def _calculations(text: str, amounts: tuple) -> list[tuple[list, list[str], object]]:
    """The calculations among a sentence's amounts (start, end) in order: each as its
    operands, the operators between them, and the outcome amount (or None when the outcome
    is no amount, "is roughly 0.143")."""
    found = []
    k = 0
    while k < len(amounts):
        chain, ops = [amounts[k]], []
        while k + 1 < len(amounts):
            gap = _operator_re().fullmatch(text, chain[-1][1], amounts[k + 1][0])
            if gap is None:
                break
            chain.append(amounts[k + 1])
            ops.append(gap["op"].lower())
            k += 1
        k += 1
        if len(chain) < 2:
            continue
        closed = _result_re().match(text, chain[-1][1])
        if closed is None:
            continue  # (a range, "$1bn - $2bn", or a list)
        outcome = amounts[k] if k < len(amounts) and _TO_OUTCOME.match(text[closed.end():amounts[k][0]]) else None
        found.append((chain, ops, outcome))
    return found


def _sentence_calculations(s: Site) -> list:
    spans = tuple(sorted((a.start, a.end) for a in s.ms.get("amount", ())))
    return _calculations(s.text, spans)


def _role(op: str) -> str:
    return vocab.arithmetic_words()[re.sub(r"\s+", " ", op)]


@rule("measure", "worked-arithmetic", "text")
def worked_arithmetic(s: Site):
    """A figure in a calculation written out ("$720.2bn - $437.4bn = $282.8 billion"): an
    operand restates a figure given before; the outcome of a subtraction or division is no
    level of an export or import flow (see the module's docstring)."""
    if s.kind != "amount" or s.claim.measure == "other" or not s.ms.get("amount") or len(s.ms["amount"]) < 2:
        return None
    here = (s.m.start, s.m.end)
    for operands, ops, outcome in _sentence_calculations(s):
        if here in operands:
            return Decision({"comparison": True, "_operand": True})
        if here == outcome and s.claim.measure != "balance" \
                and any(_role(op) in ("subtract", "divide") for op in ops):
            return Decision({"comparison": True})
    return None
