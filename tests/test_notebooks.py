"""The notebooks run top to bottom on the shipped data, from any folder, using only the
public API, and produce their key outputs."""
import ast
import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import tradecheck

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
NAMES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))


def code(nb) -> str:
    """The notebook's Python, without IPython's magics ("%matplotlib inline")."""
    return "\n".join(line for c in nb.cells if c.cell_type == "code" for line in c.source.splitlines()
                     if not line.startswith("%"))


def run(name, folder, monkeypatch):
    """Execute a notebook with `folder` as its working directory, not the checkout."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert not any(c.get("outputs") for c in nb.cells if c.cell_type == "code"), "outputs are not stored in git"
    # the kernel imports the tradecheck under test, wherever it starts
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()
    outs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    errors = [o for o in outs if o.get("output_type") == "error"]
    assert not errors, errors
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) +
                     str(o.get("data", {}).get("text/html", "")) for o in outs)
    images = sum("image/png" in o.get("data", {}) for o in outs)
    return text, images


@pytest.mark.parametrize("name", NAMES)
def test_a_notebook_uses_only_the_public_api(name):
    tree = ast.parse(code(nbformat.read(NOTEBOOKS / name, as_version=4)))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tradecheck"):
            assert node.module == "tradecheck" and {a.name for a in node.names} <= set(tradecheck.__all__), ast.unparse(node)
        if isinstance(node, ast.Import):
            assert not [a.name for a in node.names if a.name.startswith("tradecheck.")], ast.unparse(node)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "tradecheck":
            assert node.attr in tradecheck.__all__, ast.unparse(node)
    assert "ROOT" not in code(nbformat.read(NOTEBOOKS / name, as_version=4))  # no path to the checkout


def test_01_verify_an_article(tmp_path, monkeypatch):
    text, images = run("01-verify-an-article.ipynb", tmp_path, monkeypatch)
    assert "$3.4bn" in text and "31%" in text          # the claims table
    assert "2023-12-31" in text                         # the period's end, as a date
    assert "stated as \"31%\"" in text                    # the arithmetic of the slip
    assert "13.3%" in text                              # and its correction
    assert "<mark" in text                                # the article with its claims highlighted
    assert images == 1


def test_02_reference_data(tmp_path, monkeypatch):
    text, images = run("02-reference-data.ipynb", tmp_path, monkeypatch)
    assert "IMF DOTS" in text and "published" in text
    assert "3 rows imported" in text
    assert "mirror" in text
    assert images == 1


def test_03_tracking_a_pair(tmp_path, monkeypatch):
    text, images = run("03-tracking-a-pair.ipynb", tmp_path, monkeypatch)
    assert "$3.1bn" in text and "$3.4bn" in text        # the conflict between two articles
    assert images == 1
