"""The pipeline does work in proportion to the length of its input: twice the text, at
most about twice the work. Work is counted, not timed, so a busy machine cannot fail these
tests (the timings are in benchmarks/linearity.py): every line of tradecheck's own code
that runs, and every call it makes (a regular expression tried, a row handed to the
linear-programming solver, a comparison through a builtin)."""
from __future__ import annotations

from pathlib import Path

import pytest

import tradecheck

ROOT = Path(__file__).resolve().parents[1]


def _example(name: str, size: int, one_line: bool = False) -> str:
    text = (ROOT / "data" / "examples" / name).read_text(encoding="utf-8")
    if one_line:
        text = text.replace("\n", " ")
    return (text * (size // len(text) + 1))[:size]


GOOD_AND_BAD = ("Serbia's trade with China rose 20% in 2023 to $6.3bn, compared with $5.25bn in 2022.\n\n"
                "Serbian exports to China tripled to $1.4bn in 2023 from $0.7bn in 2022.\n\n")


def _articles() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")))


INPUTS = {
    # each quantity is stated once per copy: the checks see one figure many times over
    "the shipped example, repeated": lambda: _example("uzbekistan-turkey-2023.txt", 16_384),
    "the example on one line": lambda: _example("uzbekistan-turkey-2023.txt", 16_384, one_line=True),
    # conflicts in every copy: the search for them
    "a draft with errors, repeated": lambda: _example("uzbekistan-turkey-2023-draft.md", 16_384),
    "distinct articles": _articles,
    "digits": lambda: "1" * 40_000,
    "currency signs": lambda: "$" * 10_000,
    "commas and periods": lambda: ",." * 40_000,
    "repeated qualifiers": lambda: "more than " * 8_000 + "$5bn",
    "one long sentence": lambda: "exports to China rose 5% to $1bn, " * 200,
    "dollar spaces": lambda: "$ " * 5_000,
    "scales": lambda: "5bn " * 5_000,
    "parentheses": lambda: "(" * 20_000 + "$5bn" + ")" * 20_000,
}


@pytest.mark.parametrize("name", list(INPUTS))
def test_work_is_linear_in_length(name, work_done):
    text = INPUTS[name]()
    tradecheck.verify_text(text[:2000], reference="none")  # patterns compiled, tables loaded
    once = work_done(tradecheck.verify_text, text, reference="none")
    twice = work_done(tradecheck.verify_text, text + "\n\n" + text, reference="none")
    assert twice <= 2.15 * once, (once, twice, round(twice / once, 2))


def test_work_against_the_reference_data_is_linear_in_length(work_done):
    text = INPUTS["distinct articles"]()
    tradecheck.verify_text(text, reference="all")  # the lookup index built, connections open
    once = work_done(tradecheck.verify_text, text, reference="all")
    twice = work_done(tradecheck.verify_text, text + "\n\n" + text, reference="all")
    assert twice <= 2.15 * once, (once, twice, round(twice / once, 2))


def peak_memory(fn, *args, **kwargs) -> int:
    """The most memory Python held at once (bytes, as tracemalloc counts it) while `fn` ran."""
    import tracemalloc

    tracemalloc.start()
    try:
        fn(*args, **kwargs)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name", ["the shipped example, repeated"])
def test_memory_is_linear_in_length(name):
    text = INPUTS[name]()
    tradecheck.verify_text(text[:2000], reference="none")

    def verify_and_render(t):
        import io

        from tradecheck.report import jsonout

        jsonout.render(tradecheck.verify_text(t, reference="none").to_dict(), True, io.StringIO())

    once = peak_memory(verify_and_render, text)
    twice = peak_memory(verify_and_render, text + "\n\n" + text)
    assert twice <= 2.3 * once, (once, twice, round(twice / once, 2))


SUPPRESSED = {
    "suppressions, each over a paragraph": "<!-- tradecheck: ignore ratio -- checked -->\n" + GOOD_AND_BAD,
    "suppressions never closed": "<!-- tradecheck: ignore " * 2_000 + GOOD_AND_BAD,
}


@pytest.mark.parametrize("name", list(SUPPRESSED))
def test_suppressions_take_linear_work(name, work_done, tmp_path):
    from tradecheck.batch import Options, check_one

    text = SUPPRESSED[name] * 20 if "each" in name else SUPPRESSED[name]
    one, two = tmp_path / "one.md", tmp_path / "two.md"
    one.write_text(text)
    two.write_text(text + "\n\n" + text)
    opts = Options(reference="none")
    check_one(str(one), opts)
    once = work_done(check_one, str(one), opts)
    twice = work_done(check_one, str(two), opts)
    assert twice <= 2.15 * once, (once, twice, round(twice / once, 2))
