"""Checking many drafts at once, as CI does: per file, its configuration, its inline
suppressions and the team's baseline decide which findings fail the run.

`run` gives one DocReport per input, in the order of the inputs; the renderers in
`report/` turn a list of them into a terminal table, JSON (Lines), CSV, GitHub workflow
commands, SARIF, JUnit XML or a Markdown summary."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from . import baseline as baseline_mod
from . import config as config_mod
from . import suppress
from .markup import line_col


@dataclass
class Options:
    verify: bool = True
    published: str | None = None
    encoding: str | None = None
    max_bytes: int = 8 * 1024 * 1024
    reference: str | None = None
    store: str | None = None
    revision: float | None = None
    fail_on: str | None = None
    baseline: str | None = None
    quiet: bool = False
    disable: tuple[str, ...] = ()  # check ids not to report, besides the configuration's


@dataclass
class DocReport:
    path: str
    data: dict | None = None
    source: str = ""
    error: str | None = None
    suppressed: list[dict] = field(default_factory=list)
    notices: list[dict] = field(default_factory=list)
    failing: list[dict] = field(default_factory=list)
    fail_on: str = "error"
    text: str = ""  # as read (markup masked), which findings quote
    sentences: list[tuple[int, int]] = field(default_factory=list)  # where each of its sentences is
    checks: list[str] = field(default_factory=list)  # the ids of the checks that ran, as the catalogue orders them
    line: str | None = None  # its JSON Lines entry, when the run streams them (written where it was checked)

    def brief(self) -> "DocReport":
        """This report as a run's summary needs it once its results are written: the path,
        the error, the failing findings and the counts, without the claims, findings and
        text (which would make a long run's memory grow with every file)."""
        data = None if self.data is None else {"summary": self.data["summary"]}
        return DocReport(self.path, data, error=self.error, failing=self.failing, fail_on=self.fail_on)


def fails(f: dict, level: str) -> bool:
    if level == "never" or f.get("baseline"):
        return False
    if f["status"] == "inconsistent":
        return f["severity"] == "error" or level == "warning"
    return False


def run(paths: list[str], opts: Options, jobs: int = 1, engine: str = "local", scheduler: str | None = None,
        on_report=None, keep: bool = True, lines: bool = False) -> list[DocReport]:
    """One DocReport per path, in the order of `paths`. `jobs` > 1 checks documents in
    that many processes; engine "dask" sends them to a Dask cluster at `scheduler` (an
    address, or None for a local one). `on_report(report)` is called as each report is
    ready, in order, so results can be streamed; streaming them, `keep=False` returns each
    report only in brief (`DocReport.brief`), so that memory stays flat however many files.
    `lines` gives each report its JSON Lines entry (`DocReport.line`), encoded where the
    document was checked; with `keep=False` as well, workers send back only the brief and
    its line, and `on_report` sees those."""
    accepted = frozenset(baseline_mod.load(opts.baseline)) if opts.baseline else frozenset()
    out = []
    # Each entry is encoded where its document was checked, and (not kept) only its brief
    # comes back: the process that writes them is then no third worker on the same cores.
    job = _Job(opts, accepted, lines, brief=lines and not keep and jobs > 1)
    for rep in _reports(paths, job, jobs, engine, scheduler):
        if on_report is not None:
            on_report(rep)
        out.append(rep if keep else rep.brief())
    return out


@dataclass(frozen=True)
class _Job:
    """What each worker does with a path (a picklable callable)."""
    opts: Options
    accepted: frozenset
    lines: bool = False
    brief: bool = False

    def __call__(self, path: str) -> DocReport:
        rep = check_one(path, self.opts, self.accepted)
        if self.lines:
            from .report import jsonout

            rep.line = jsonout.line(rep, self.opts.verify)
        if self.brief:
            brief = rep.brief()
            brief.line = rep.line  # goes back with the brief, to be written (and then dropped)
            return brief
        return rep


def _reports(paths, job: _Job, jobs, engine, scheduler):
    if engine == "dask":
        from distributed import Client

        with Client(scheduler) if scheduler else Client(processes=True, n_workers=max(1, jobs), threads_per_worker=1) as client:
            futures = client.map(job, paths, pure=False)
            for f in futures:
                yield f.result()
        return
    if jobs <= 1 or len(paths) <= 1 or "-" in paths:
        for p in paths:
            yield job(p)
        return
    import concurrent.futures as cf
    import multiprocessing as mp

    import threading

    # Workers should start ready: modules loaded, patterns compiled (tradecheck/warm.py).
    # A process with no other thread (the command line) warms up and forks them; one with
    # threads (a notebook kernel) must not fork, so a fork server warms up and forks them.
    if os.name == "nt":
        ctx = mp.get_context("spawn")
    elif threading.active_count() == 1 and "fork" in mp.get_all_start_methods():
        from . import warm  # noqa: F401

        ctx = mp.get_context("fork")
    else:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["tradecheck.warm"])
    # Documents go out in small batches: one at a time, the passing of work and results
    # between processes costs as much as checking a short article.
    chunk = max(1, min(8, len(paths) // (jobs * 8)))
    with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        yield from pool.map(job, paths, chunksize=chunk)


def check_one(path: str, opts: Options, accepted: frozenset = frozenset()) -> DocReport:
    """Read, verify and judge one document (a top-level function: it runs in workers)."""
    from .read import InputError, read_document

    from .report.escape import text

    cfg = config_mod.for_file(path)
    fail_on = opts.fail_on or cfg.fail_on
    # reports show a file name that is not UTF-8 with U+FFFD: every output stays valid UTF-8
    rep = DocReport(path=text(path), fail_on=fail_on)
    try:
        published = opts.published or (cfg.published if cfg.published != "dateline" else None)
        doc = read_document(path, published=published, encoding=opts.encoding, max_bytes=opts.max_bytes)
    except InputError as e:
        rep.error = text(str(e))
        return rep
    return check_document(doc, opts, cfg, rep, accepted)


def check_document(doc, opts: Options, cfg: config_mod.Config, rep: DocReport,
                   accepted: frozenset = frozenset()) -> DocReport:
    """Verify and judge a document already read (a file by `check_one`, a text posted to
    `tradecheck serve`): `cfg`'s disabled checks, the draft's suppressions and the baseline
    decide which findings fail; the result goes into `rep`."""
    from .api import Result, extract, verify
    from .check.catalogue import Severity, render
    from .reference.schema import ReferenceDataError
    from .report.escape import text

    path, fail_on = rep.path, rep.fail_on
    try:
        if opts.verify:
            reference = opts.reference or cfg.reference
            if not opts.reference:  # the command line checked its own; a configuration's is checked here
                from .reference.store import UnknownSource, check_reference

                try:
                    check_reference(reference, opts.store)
                except UnknownSource as e:
                    rep.error = text(f"{path}: reference in {cfg.path or 'the configuration'}: {e}")
                    return rep
            revision = opts.revision if opts.revision is not None else cfg.revision
            result = verify(doc, reference=reference, store_dir=opts.store, revision=revision)
        else:
            result = Result(doc, extract(doc), [])
    except ReferenceDataError as e:
        rep.error = text(f"reference data: {e}")
        return rep
    data = result.to_dict()
    data["document"]["path"] = text(data["document"]["path"])
    source = doc.source
    disabled = set(cfg.disable) | set(opts.disable)
    data["findings"] = [f for f in data["findings"] if f["check"] not in disabled]
    rules = suppress.parse(source)
    data["findings"], rep.suppressed = suppress.apply(data["findings"], rules)
    at = line_col(source)
    for s in rules:
        if not s.reason and "suppression" not in disabled:
            line, col = at(s.start)
            rep.notices.append({"check": "suppression", "severity": str(Severity.WARNING), "line": line, "column": col,
                                "end_line": at(s.end - 1)[0], "end_column": at(s.end - 1)[1] + 1,
                                "spans": [[s.start, s.end]],
                                "message": render("suppression", "no_reason", False, {})})
    if opts.baseline:
        for f in data["findings"]:
            fp = baseline_mod.fingerprint(rep.path, f, source)
            f["fingerprint"] = fp
            if fp in accepted:
                f["baseline"] = True
    rep.failing = [f for f in data["findings"] if fails(f, fail_on)]
    if fail_on == "warning":
        rep.failing += rep.notices
    counts = {s: sum(1 for f in data["findings"] if f["status"] == s) for s in ("consistent", "inconsistent", "unverifiable")}
    # the counts are of the findings reported: not of those disabled or suppressed
    data["summary"] = dict(data.get("summary", {}), **counts, failing=len(rep.failing), suppressed=len(rep.suppressed))
    rep.data, rep.source, rep.text = data, source, doc.text
    rep.sentences = [(s.start, s.end) for s in result.sentences]
    if opts.verify:
        from .check.catalogue import CHECKS

        internal = [c for c in CHECKS if c not in ("reference", "suppression")]
        ran = internal + (["reference"] if store_used(reference) else []) + (["suppression"] if rules else [])
        rep.checks = [c for c in CHECKS if c in ran and c not in disabled]
    return rep


def store_used(reference: str | None) -> bool:
    """Whether `api.verify` consults reference data for this --reference."""
    return bool(reference) and reference.lower() != "none"


def exit_status(reports: list[DocReport]) -> int:
    if any(r.error for r in reports):
        return 2
    return 1 if any(r.failing for r in reports) else 0


def baseline_entries(reports: list[DocReport]) -> list[dict]:
    out = []
    for r in reports:
        if r.data is None:
            continue
        for f in r.data["findings"]:
            if f["status"] == "inconsistent":
                out.append({"file": r.path, "fingerprint": baseline_mod.fingerprint(r.path, f, r.source), "check": f["check"],
                            "message": f["message"]})
    return out
