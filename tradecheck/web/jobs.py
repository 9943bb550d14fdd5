"""What the server's workers run: a posted text checked as `tradecheck verify -` would
check it, rendered by the same renderers, and the reference series behind the page's chart.

Each job takes fields already checked for type and size (inputs.py) and returns a Reply;
a problem the caller can fix (an unknown reference source) is a Reply with a 4xx status.
Runs in worker processes: no web framework here.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..config import Config

# The document name when a request gives none ("<stdin>" is the command line's).
DEFAULT_NAME = "<text>"
MEDIA_TYPES = {
    "json": "application/json", "csv": "text/csv; charset=utf-8", "sarif": "application/sarif+json",
    "junit": "application/xml", "markdown": "text/markdown; charset=utf-8",
    "github": "text/plain; charset=utf-8", "table": "text/plain; charset=utf-8",
}
SUFFIXES = {"json": "json", "csv": "csv", "sarif": "sarif", "junit": "xml", "markdown": "md", "github": "txt",
            "table": "txt"}
MEASURES = ("trade_total", "exports", "imports", "balance")


@dataclass(frozen=True)
class Settings:
    """The server's side of a check: the store, the allowance for revisions and the
    configuration of the folder the server started in (as for stdin on the command line)."""
    store: str | None = None
    revision: float | None = None
    config: Config = Config()


@dataclass
class Reply:
    status: int
    body: str
    media_type: str = "application/json"
    filename: str | None = None


_settings = Settings()


def configure(settings: Settings) -> None:
    """The worker's initializer. It opens the reference data's lookup index, so the first
    draft is checked as fast as the rest; the very first worker on a machine builds the
    index (a few seconds, once)."""
    global _settings
    _settings = settings
    try:
        _store().spans()
    except Exception:  # a store that cannot be read: each check reports it
        pass


def error(status: int, code: str, message: str, field: str | None = None) -> Reply:
    from ..report.jsonout import dumps

    body = {"error": message, "code": code}
    if field:
        body["field"] = field
    return Reply(status, dumps(body))


def check(fields: dict, verify: bool) -> Reply:
    """`fields`: text, and optionally name, kind, published, reference, format."""
    import io

    from ..batch import DocReport, Options, check_document
    from ..read import make_document
    from ..report import render

    cfg = _settings.config
    reference = fields.get("reference")
    if verify and reference is not None:
        problem = unknown_reference(reference)
        if problem:
            return problem
    name = fields.get("name") or DEFAULT_NAME
    kind = fields.get("kind") or _kind(name)
    # as check_one does for stdin: the request's date, else the configured one, else a dateline
    published = fields.get("published") or (cfg.published if cfg.published not in ("dateline", "mtime") else None)
    doc = make_document(fields["text"], path=name, published=published, kind=kind)
    opts = Options(verify=verify, published=published, reference=reference, store=_settings.store,
                   revision=_settings.revision)
    rep = check_document(doc, opts, cfg, DocReport(path=name, fail_on=cfg.fail_on))
    if rep.error:  # the store could not be read: the server's problem, not the request's
        return error(500, "reference_data", rep.error)
    fmt = fields.get("format") or "json"
    out = io.StringIO()
    render(fmt, [rep], out, verify=verify)
    stem = name.rsplit(".", 1)[0] if name != DEFAULT_NAME else "draft"
    return Reply(200, out.getvalue(), MEDIA_TYPES[fmt],
                 filename=None if fmt == "json" and "format" not in fields else f"{stem}.{SUFFIXES[fmt]}")


def _kind(name: str) -> str:
    from ..markup import kind_of

    return kind_of(name)


def sources() -> Reply:
    """The reference sources a request may name, with their years, and what a request that
    names none gets (the configuration's `reference`: all, none, a source, or a file
    named by its file name)."""
    from pathlib import Path

    from ..report.jsonout import dumps

    ref = _settings.config.reference
    listed = [{"source": s["source"], "first": s["first"], "last": s["last"]} for s in _store().spans()]
    return Reply(200, dumps({"default": ref if _is_name(ref) else Path(ref).name, "sources": listed}))


def unknown_reference(reference: str) -> Reply | None:
    """None when `reference` is all, none or names a source in the store (a prefix of its
    name, case aside, as on the command line); otherwise the 422 to answer. Files are
    never accepted from a request: the path would be on the server."""
    low = reference.strip().lower()
    if low in ("all", "none"):
        return None
    names = [s["source"] for s in _store().spans()]
    if not _is_name(reference):
        return error(422, "unknown_reference", f"reference {reference!r}: a request names a source, not a file "
                     f"(one of: all, none, {', '.join(names)})", "reference")
    if low == "published" or any(n.lower().startswith(low) for n in names):
        return None
    return error(422, "unknown_reference", f"reference {reference!r} is not a source in the reference data "
                 f"(one of: all, none, {', '.join(names)})", "reference")


def _is_name(reference: str) -> bool:
    return not reference.lower().endswith((".csv", ".parquet")) and "/" not in reference and "\\" not in reference


def _store(only: str | None = None):
    from ..reference.store import Store

    return Store(_settings.store, only=only)


def series(a: str, b: str, measure: str, reference: str | None) -> Reply:
    """The reference series of a pair for the page's chart: per source and reporting
    side, the yearly values (mirror figures adjusted for CIF/FOB), as `tradecheck plot` draws them."""
    from ..report.jsonout import dumps
    from ..track.plot import reference_series

    ref = reference if reference is not None else _settings.config.reference
    if reference is not None:
        problem = unknown_reference(reference)
        if problem:
            return problem
    found = {}
    if ref.lower() != "none":
        store = _store(None if ref.lower() == "all" else ref)
        found = reference_series(store, a, b, measure)
    out = [{"label": label, "points": [{"period": str(int(x)), "value_usd": y} for x, y in pts]}
           for label, pts in found.items()]
    return Reply(200, dumps({"a": a, "b": b, "measure": measure, "series": out}))
