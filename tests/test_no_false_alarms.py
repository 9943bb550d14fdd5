"""Consistent articles in styles the development corpus does not cover: none may raise an
inconsistent finding (editors stop reading a checker that cries wolf)."""
from pathlib import Path

import pytest

from tradecheck.read import read_document

ARTICLES = sorted(p for p in (Path(__file__).parent / "fixtures" / "articles").iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md")


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_no_false_alarm(path):
    from tradecheck.api import verify

    r = verify(read_document(str(path)), reference="none").to_dict()
    bad = [f["message"] for f in r["findings"] if f["status"] == "inconsistent"]
    assert not bad
    assert r["claims"], "the article's figures were read"
