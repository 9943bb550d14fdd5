"""The notebooks run top to bottom on the shipped data and produce their key outputs."""
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def run(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert not any(c.get("outputs") for c in nb.cells if c.cell_type == "code"), "outputs are not stored in git"
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    outs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) +
                     str(o.get("data", {}).get("text/html", "")) for o in outs)
    images = sum("image/png" in o.get("data", {}) for o in outs)
    return text, images


def test_01_verify_an_article():
    text, images = run("01-verify-an-article.ipynb")
    assert "$3.4bn" in text and "31%" in text          # the claims table
    assert "stated as \"31%\"" in text                    # the arithmetic of the slip
    assert "<mark" in text                                # the article with its claims highlighted
    assert images == 1


def test_02_reference_data():
    text, images = run("02-reference-data.ipynb")
    assert "IMF DOTS" in text and "published" in text
    assert "3 rows imported" in text
    assert "mirror" in text
    assert images == 1


def test_03_tracking_a_pair():
    text, images = run("03-tracking-a-pair.ipynb")
    assert "$3.1bn" in text and "$3.4bn" in text        # the conflict between two articles
    assert images == 1
