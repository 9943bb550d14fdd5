"""The tracker: claims from many articles over time, per country pair, beside the
reference series, so that articles that cannot all be right show up.

    add_documents(paths)      verify and store articles (a changed file is a new version)
    documents()               what is stored
    claims_for(a, b)          the claimed values per period, with their article and date
    conflicts(a, b)           claims from different articles that cannot both hold
"""
from __future__ import annotations

from .store import Tracker, TrackerError, origin_of  # noqa: F401


def _title(text: str) -> str:
    for line in text.splitlines():
        t = line.strip().lstrip("#").strip()
        if t:
            return t[:200]
    return ""


def add_documents(tracker: Tracker, paths: list[str], reference: str | None = "all", store_dir=None,
                  published: str | None = None) -> list[tuple[str, int | None, str]]:
    """Verify each file and store it with its claims and findings; (path, id, outcome).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Trade between Belarus and Iran was $100mn in 2022.")
    >>> t = Tracker(d / "t.sqlite")
    >>> [what for _, _, what in add_documents(t, [str(d / "a.txt")] * 2, reference="none")]
    ['added', 'unchanged']
    """
    return list(add_each(tracker, paths, reference, store_dir, published))


def add_each(tracker: Tracker, paths: list[str], reference: str | None = "all", store_dir=None,
             published: str | None = None):
    """`add_documents`, one (path, id, outcome) at a time, as each is stored: a run that
    stops (a full disk) has said what it stored. A document that cannot be read gives id
    None; one that cannot be stored raises TrackerError."""
    import sqlite3

    from ..api import verify
    from ..link.sentences import split
    from ..read import InputError, read_document
    from ..reference.schema import ReferenceDataError

    for path in paths:
        try:
            doc = read_document(path, published=published)
        except InputError as e:
            yield path, None, f"error: {e}"
            continue
        try:
            result = verify(doc, reference=reference, store_dir=store_dir)
        except ReferenceDataError as e:
            yield path, None, f"error: reference data: {e}"
            continue
        data = result.to_dict()
        sents = split(doc.text)
        by_id = {c.id: c for c in result.claim_list}
        for c in data["claims"]:
            cl = by_id.get(c["id"])
            if cl is not None and 0 <= cl.sentence < len(sents):
                s = sents[cl.sentence]
                c["sentence"] = doc.source[s.start:s.end]
        try:
            doc_id, what = tracker.add(path, doc.source, data, title=_title(doc.source))
        except sqlite3.DatabaseError as e:
            from .store import _why

            raise TrackerError(f"{path}: not stored: {tracker.path}: {_why(e)}") from None
        yield path, doc_id, what


# The latest version of each document: none newer points back to it.
LATEST_ONLY = "NOT EXISTS (SELECT 1 FROM documents n WHERE n.previous_id = d.id)"


def documents(tracker: Tracker):
    return tracker.query(
        "SELECT d.id, d.path, d.origin, d.title, d.published, d.version, d.claims_count AS claims, "
        "(SELECT count(*) FROM findings f WHERE f.doc_id = d.id AND f.status = 'inconsistent') AS inconsistent, "
        f"d.added_at FROM documents d WHERE {LATEST_ONLY} ORDER BY d.published, d.id")


def _pair_clause(a: str | None, b: str | None):
    if not a:
        return "", []
    if not b:
        return " AND (c.reporter = ? OR c.partner = ?)", [a, a]
    return " AND ((c.reporter = ? AND c.partner = ?) OR (c.reporter = ? AND c.partner = ?))", [a, b, b, a]


def claims_for(tracker: Tracker, a: str | None = None, b: str | None = None, measure: str | None = None):
    """Every trade amount claimed about the pair, latest version of each article."""
    pair, params = _pair_clause(a, b)
    m = ""
    if measure:
        m = " AND c.measure = ?"
        params.append(measure)
    return tracker.query(
        "SELECT c.period, c.measure, c.reporter, c.partner, c.text, c.value_usd, c.low, c.high, c.bound, "
        "c.commodity, c.source, d.path, d.origin, d.title, d.published, c.sentence, d.id AS doc_id, c.claim_id "
        f"FROM claims c JOIN documents d ON d.id = c.doc_id WHERE {LATEST_ONLY} "
        "AND c.kind = 'amount' AND c.measure IN ('exports', 'imports', 'trade_total', 'balance') "
        f"AND c.value_usd IS NOT NULL{pair}{m} ORDER BY c.period, c.measure, d.published, d.id", params)


def conflicts(tracker: Tracker, a: str | None = None, b: str | None = None):
    """Pairs of claims from different articles about the same pair, measure, period and
    scope whose intervals cannot both hold."""
    import pandas as pd

    df = claims_for(tracker, a, b)
    rows = []
    if df.empty:
        return pd.DataFrame()
    df = df[df["commodity"].isna()]
    key_pair = df.apply(lambda r: "-".join(sorted((r["reporter"] or "", r["partner"] or ""))) if r["measure"] == "trade_total"
                        else f"{r['reporter']}>{r['partner']}", axis=1)
    df = df.assign(key=key_pair)
    for (key, measure, period), g in df.groupby(["key", "measure", "period"]):
        recs = g.to_dict("records")
        for i, x in enumerate(recs):
            for y in recs[i + 1:]:
                if x["doc_id"] == y["doc_id"] or (x.get("source") and y.get("source") and x["source"] != y["source"]):
                    continue
                if _disjoint(x, y):
                    rows.append({"pair": key, "measure": measure, "period": period,
                                 "claim_a": x["text"], "value_a": x["value_usd"], "article_a": x["path"],
                                 "published_a": x["published"], "sentence_a": x["sentence"],
                                 "claim_b": y["text"], "value_b": y["value_usd"], "article_b": y["path"],
                                 "published_b": y["published"], "sentence_b": y["sentence"],
                                 "document_a": x["doc_id"], "document_b": y["doc_id"]})
    return pd.DataFrame(rows)


def _disjoint(x: dict, y: dict) -> bool:
    def lo(r):
        return r["low"] if r["low"] == r["low"] and r["low"] is not None else float("-inf")

    def hi(r):
        return r["high"] if r["high"] == r["high"] and r["high"] is not None else float("inf")
    return hi(x) < lo(y) or hi(y) < lo(x)
