"""README's speed table is what benchmarks/speed.py prints with --markdown: the same rows,
in the same order, with the same targets (the figures themselves come from a run)."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def speed_rows():
    spec = importlib.util.spec_from_file_location("speed", ROOT / "benchmarks" / "speed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ROWS


def readme_rows():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("| what | measured | target |")
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        what, _, target = (cell.strip() for cell in line.strip("|").split(" | "))
        rows.append((what, target))
    return rows


def test_the_readme_shows_every_row_of_the_benchmark_with_its_target():
    assert readme_rows() == [(what, target) for _, what, target in speed_rows()]
