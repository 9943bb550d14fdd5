"""Ordered, named rules: how the link stage decides each attribute of a claim.

Every attribute (period, base period, measure, pair, commodity) has a short list of rules,
tried in order; each reads one kind of sentence and returns a `Decision` (the value and the
words it rests on) or None. The first that fires wins, and its name goes into the claim's
`attribution`, so the scorer can show how often each rule is right on real text.

A rule also says what its decision rests on (`basis`):
- "text": words in the claim's own sentence;
- "context": carried from earlier sentences or the article's lead;
- "guess": a default with nothing in the text behind it.
The checks read the basis: a conflict that rests on a guess is `unverifiable`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, NamedTuple


class Decision(NamedTuple):
    value: Any
    evidence: tuple[int, int] | None = None
    basis: str | None = None  # overrides the rule's own basis (a fiscal year assumed, say)


@dataclass(frozen=True)
class Rule:
    name: str
    basis: str
    fn: Callable[..., Decision | None]
    doc: str = ""

    def __call__(self, *args) -> Decision | None:
        return self.fn(*args)


# (attribute, name) -> Rule: every rule of every attribute, for `tradecheck explain`-style
# listings and for the basis of a name.
REGISTRY: dict[tuple[str, str], Rule] = {}
ATTRIBUTES = ("period", "base_period", "measure", "pair", "commodity")


def rule(attribute: str, name: str, basis: str) -> Callable[[Callable], Rule]:
    """Declare a rule: `@rule("period", "after-figure", "text")` over a function of the
    site (see site.py)."""
    if basis not in ("text", "context", "guess") or attribute not in ATTRIBUTES:
        raise ValueError(f"bad rule declaration {attribute!r} {name!r} {basis!r}")

    def wrap(fn: Callable) -> Rule:
        if (attribute, name) in REGISTRY:
            raise ValueError(f"two {attribute} rules named {name!r}")
        r = Rule(name, basis, fn, (fn.__doc__ or "").strip())
        REGISTRY[attribute, name] = r
        return r
    return wrap


def decide(rules: tuple[Rule, ...], *args) -> tuple[Any, str, str, tuple[int, int] | None]:
    """(value, rule name, basis, evidence) from the first rule that fires. Every list ends
    with a rule that always fires, so this never falls through."""
    for r in rules:
        d = r.fn(*args)  # (not through r's __call__: a call more for each of ten rules a claim)
        if d is not None:
            return d.value, r.name, d.basis or r.basis, d.evidence
    raise LookupError(f"no rule fired among {[r.name for r in rules]}")


def rules_of(attribute: str) -> list[Rule]:
    return [r for (a, _), r in REGISTRY.items() if a == attribute]


def main() -> None:
    """`python -m tradecheck.link.rules`: every rule, in the order tried, with its basis."""
    # (run as a script this file is `__main__`: the rules register in the package's module)
    from tradecheck.link import claims, rules  # noqa: F401  (declaring the rules is importing their modules)

    for (attribute, name), r in rules.REGISTRY.items():
        print(f"{attribute:12} {name:28} {r.basis:8} {r.doc.splitlines()[0] if r.doc else ''}")


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # (piped into `head`)
        pass
