"""The command line: parses options, calls the library, renders, sets the exit status.
Library errors become one-line messages with exit status 2; no tracebacks unless --debug."""
# (No `from __future__ import annotations` here: typer reads every command's signature on
# every start, and each annotation written as a string would be compiled and evaluated.)

import json
import sys
from enum import Enum

import typer

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="Extract and check the trade figures in news articles and drafts.\n\n"
         "Examples:\n\n"
         "  tradecheck verify data/examples/belarus-iran-2023.txt\n\n"
         "  tradecheck extract article.txt --format json\n\n"
         "  cat draft.md | tradecheck verify - --published 2024-02-01",
)


def _show_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"tradecheck {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True,
                                         help="Show the version and exit.")) -> None:
    pass  # options that come before any command


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    github = "github"
    sarif = "sarif"
    junit = "junit"
    markdown = "markdown"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


FORMAT_OPTION = typer.Option(Format.table, "--format", "-f",
                             help="Output: table, json (JSON Lines for several files), csv, github, sarif, junit, markdown.")
PUBLISHED_OPTION = typer.Option(None, "--published", help="Publication date YYYY-MM-DD, or mtime (else read from a dateline).")
ENCODING_OPTION = typer.Option(None, "--encoding", help="Text encoding of the input (default: UTF-8, or UTF-16 with a BOM).")
DEBUG_OPTION = typer.Option(False, "--debug", help="Show a traceback on internal errors.")
MAX_BYTES_OPTION = typer.Option(8 * 1024 * 1024, "--max-bytes", min=1, max=2 ** 30,
                                help="Refuse inputs larger than this many bytes (default 8 MiB, at most 1 GiB).")
REFERENCE_OPTION = typer.Option(None, "--reference", help="Reference data to check against: all (default), none, a source "
                                "name (\"IMF DOTS\", \"UN Comtrade\", published), or a canonical CSV/Parquet file.")
REVISION_OPTION = typer.Option(None, "--revision", min=0.0, max=1.0,
                               help="Allowance for revisions when comparing with reference data (default 0.03 = 3%).")
STORE_OPTION = typer.Option(None, "--store", envvar="TRADECHECK_STORE",
                            help="Folder of the reference store (default: the user data directory).")
PATHS_ARGUMENT = typer.Argument(..., help="Files (.txt, .md, .html), folders (searched recursively), globs, or - for stdin.")


# More worker processes than this per core only wait for one another (and each holds memory)
MAX_JOBS_PER_CORE = 4


def _run(paths: list[str], fmt: Format, opts, debug: bool, update_baseline: bool = False, jobs: int | None = None,
         engine: str = "local", scheduler: str | None = None, output: str | None = None, resume: bool = False) -> int:
    import os
    import time

    from . import batch
    from .baseline import BaselineError
    from .config import ConfigError
    from .paths import expand
    from .report import render

    files = expand(paths)
    if not files:
        typer.echo(f"tradecheck: no files matched {' '.join(paths)}", err=True)
        return 2
    for flag, name in (("--output", output), ("--baseline", opts.baseline if update_baseline else None)):
        problem = _unwritable(name)
        if problem:
            typer.echo(f"tradecheck: {flag} {name}: {problem}", err=True)
            return 2
    if opts.published not in (None, "mtime", "dateline"):
        from .read import is_date

        if not is_date(opts.published):
            typer.echo(f"tradecheck: --published {opts.published!r} is not a date in YYYY-MM-DD form (or mtime)", err=True)
            return 2
    done = set()
    if resume:
        if not output:
            typer.echo("tradecheck: --resume needs --output FILE (the JSON Lines of an earlier run)", err=True)
            return 2
        try:
            done = _resume(output)
        except _Refused as e:
            typer.echo(f"tradecheck: {e}", err=True)
            return 2
        files = [f for f in files if f not in done]
    many = len(files) > 1 or output is not None
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(files) >= 8 else 1
    most = MAX_JOBS_PER_CORE * (os.cpu_count() or 1)
    if jobs > most:
        typer.echo(f"tradecheck: --jobs {jobs}: at most {most} on this machine ({MAX_JOBS_PER_CORE} per core)", err=True)
        return 2
    jobs = max(1, min(jobs, len(files)))  # no more workers than documents
    stream_json = fmt == Format.json and many
    try:
        sink = open(output, "a", encoding="utf-8") if output else None
    except OSError as e:
        typer.echo(f"tradecheck: --output {output}: cannot write ({e.strerror})", err=True)
        return 2
    progress = _Progress(len(files)) if (many and sys.stderr.isatty()) else None
    t0 = time.perf_counter()

    def on_report(r):
        if stream_json:
            from .report import jsonout

            (sink or sys.stdout).write(jsonout.line(r, opts.verify) + "\n")
            (sink or sys.stdout).flush()
        if progress:
            progress.step()
    ref = opts.reference
    if ref and ref.lower().endswith((".csv", ".parquet")):
        from pathlib import Path

        if not Path(ref).is_file():
            typer.echo(f"tradecheck: --reference {ref}: no such file", err=True)
            return 2
    try:
        # streamed, each result is written as it comes, and only its summary kept after
        reports = batch.run(files, opts, jobs=jobs, engine=engine, scheduler=scheduler, on_report=on_report,
                            keep=not stream_json or update_baseline)
    except (ConfigError, BaselineError) as e:
        typer.echo(f"tradecheck: {e}", err=True)
        return 2
    except OSError as e:  # writing the results: a full disk, a file gone read-only
        typer.echo(f"tradecheck: {output or 'output'}: cannot write ({e.strerror or e})", err=True)
        return 2
    except Exception as e:  # an internal error: one line, unless asked for the traceback
        if debug:
            raise
        typer.echo(f"tradecheck: internal error: {type(e).__name__}: {e} (run with --debug for details)", err=True)
        return 2
    finally:
        if sink:
            sink.close()
        if progress:
            progress.close()
    for r in reports:
        if r.error:
            typer.echo(f"tradecheck: {r.error}", err=True)
        elif not r.data["summary"]["claims"]:
            typer.echo(f"tradecheck: {r.path if r.path != '-' else '<stdin>'}: no claims found", err=True)
    if many:
        took = time.perf_counter() - t0
        claims = sum(r.data["summary"]["claims"] for r in reports if r.data)
        bad = sum(r.data["summary"].get("inconsistent", 0) for r in reports if r.data)
        typer.echo(f"tradecheck: {len(reports)} documents ({len(done)} skipped as done), {claims} claims, "
                   f"{bad} inconsistent findings, {sum(len(r.failing) for r in reports)} failing, "
                   f"{sum(1 for r in reports if r.error)} unreadable, in {took:.1f} s", err=True)
    try:
        if stream_json:
            pass  # already written, one line per document as each was ready
        elif output:
            with open(output, "a", encoding="utf-8") as out:
                render(fmt.value, reports, out, verify=opts.verify, quiet=opts.quiet)
        else:
            render(fmt.value, reports, sys.stdout, verify=opts.verify, quiet=opts.quiet,
                   color=fmt == Format.table and sys.stdout.isatty())
    except BrokenPipeError:
        # the reader left early (`| head`): not an error of ours. Point stdout at devnull
        # so Python's own flush at exit does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as e:
        typer.echo(f"tradecheck: {output or 'output'}: cannot write ({e.strerror or e})", err=True)
        return 2
    except Exception as e:  # an internal error: one line, unless asked for the traceback
        if debug:
            raise
        typer.echo(f"tradecheck: internal error while reporting: {type(e).__name__}: {e}", err=True)
        return 2
    if update_baseline and opts.baseline:
        from .baseline import save

        try:
            save(opts.baseline, batch.baseline_entries(reports))
        except (BaselineError, OSError) as e:
            typer.echo(f"tradecheck: {e if isinstance(e, BaselineError) else f'{opts.baseline}: cannot write ({e.strerror})'}",
                       err=True)
            return 2
        typer.echo(f"tradecheck: baseline written to {opts.baseline}", err=True)
        return 2 if any(r.error for r in reports) else 0
    return batch.exit_status(reports) if opts.verify else (2 if any(r.error for r in reports) else 0)


def _unwritable(name: str | None) -> str | None:
    """Why a file cannot be written at `name` (None when it can be tried)."""
    if not name:
        return None
    from pathlib import Path

    p = Path(name)
    if p.is_dir():
        return "is a folder, not a file"
    if not p.parent.is_dir():
        return f"no such folder {p.parent}"
    return None


class _Progress:
    """A progress line on a terminal's stderr."""

    def __init__(self, total: int):
        self.total, self.n = total, 0

    def step(self) -> None:
        self.n += 1
        sys.stderr.write(f"\r  checked {self.n}/{self.total}")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")


class _Refused(Exception):
    """A usage problem found while running: one line, exit 2."""


# How each line tradecheck writes to --output begins (jsonout.line)
_OUR_LINE = '{"document": {"path": '


def _resume(output: str) -> set[str]:
    """The documents an earlier run already wrote to `output` (JSON Lines). Lines cut off
    by an interrupted run are dropped, so the file stays valid and their documents are
    checked again; every whole line is kept. A file with lines of any other kind is not
    tradecheck's: it is refused and left as it is."""
    from pathlib import Path

    p = Path(output)
    if not p.exists():
        return set()
    try:
        lines = p.read_text(encoding="utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError) as e:
        raise _Refused(f"--output {output}: cannot read it to resume ({getattr(e, 'strerror', None) or e})") from None
    good, done = [], set()
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            if line.startswith(_OUR_LINE) or not line.strip():
                continue  # cut off by an interrupted run
            raise _Refused(f"--output {output}: line {n} is not tradecheck's output; not resuming into it") from None
        path = obj.get("document", {}).get("path") if isinstance(obj, dict) and isinstance(obj.get("document"), dict) else None
        if not isinstance(path, str):
            raise _Refused(f"--output {output}: line {n} is not tradecheck's output; not resuming into it")
        good.append(line if line.endswith("\n") else line + "\n")
        if "error" not in obj:
            done.add(path)
    if good != lines:
        tmp = p.with_suffix(p.suffix + ".tmp")
        tmp.write_text("".join(good), encoding="utf-8")
        tmp.replace(p)
    return done


@app.command()
def extract(
    paths: list[str] = PATHS_ARGUMENT,
    fmt: Format = FORMAT_OPTION, published: str = PUBLISHED_OPTION,
    encoding: str = ENCODING_OPTION, debug: bool = DEBUG_OPTION, max_bytes: int = MAX_BYTES_OPTION,
):
    """List every numeric trade claim in articles.

    Example: tradecheck extract article.txt --format json
    """
    from .batch import Options

    opts = Options(verify=False, published=published, encoding=encoding, max_bytes=max_bytes)
    raise typer.Exit(_run(paths, fmt, opts, debug))


@app.command()
def verify(
    paths: list[str] = PATHS_ARGUMENT,
    fmt: Format = FORMAT_OPTION, published: str = PUBLISHED_OPTION,
    encoding: str = ENCODING_OPTION, debug: bool = DEBUG_OPTION,
    reference: str = REFERENCE_OPTION, store: str = STORE_OPTION, revision: float = REVISION_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
    fail_on: FailOn = typer.Option(None, "--fail-on", help="Exit 1 on findings of this level: error (default), warning, never."),
    baseline: str = typer.Option(None, "--baseline", help="JSON file of accepted findings: only new ones fail."),
    update_baseline: bool = typer.Option(False, "--update-baseline", help="Write the current findings to --baseline."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only findings at or above the fail level."),
    jobs: int = typer.Option(None, "--jobs", "-j", min=1, help="Processes for many files (default: all cores from 8 files on)."),
    engine: str = typer.Option("local", "--engine", help="local, or dask to run on a Dask cluster."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster."),
    output: str = typer.Option(None, "--output", "-o", help="Write results to this file (JSON Lines stream as they come)."),
    resume: bool = typer.Option(False, "--resume", help="Skip documents already in --output and append the rest."),
    disable: list[str] = typer.Option(None, "--disable", metavar="CHECK",
                                      help="A check not to report (repeatable), besides the configuration's disable; "
                                           "tradecheck checks lists them."),
):
    """Extract the claims and check them against each other and against reference data.

    Exit status: 0 when no finding reaches the fail level, 1 when one does, 2 for bad usage
    or unreadable input. Configuration: [tool.tradecheck] in pyproject.toml or a
    .tradecheck.toml above the files. Suppress a finding in a draft with
    <!-- tradecheck: ignore ratio -- reason --> before its paragraph; `tradecheck checks`
    lists the checks.

    Example: tradecheck verify drafts/ --format github --fail-on warning
    """
    from .batch import Options
    from .check.catalogue import UnknownCheck, check_ids

    try:
        disable = check_ids(disable or ())
    except UnknownCheck as e:
        typer.echo(f"tradecheck: --disable: {e}", err=True)
        raise typer.Exit(2)
    if update_baseline and not baseline:
        typer.echo("tradecheck: --update-baseline needs --baseline FILE", err=True)
        raise typer.Exit(2)
    opts = Options(verify=True, published=published, encoding=encoding, max_bytes=max_bytes, reference=reference,
                   store=store, revision=revision, fail_on=fail_on.value if fail_on else None,
                   baseline=baseline, quiet=quiet, disable=disable)
    if engine not in ("local", "dask"):
        typer.echo(f"tradecheck: --engine {engine}: local or dask", err=True)
        raise typer.Exit(2)
    raise typer.Exit(_run(paths, fmt, opts, debug, update_baseline, jobs=jobs, engine=engine, scheduler=scheduler,
                          output=output, resume=resume))


@app.command()
def checks(fmt: Format = FORMAT_OPTION):
    """The checks that verify runs, from the catalogue: each one's id, title and what it checks.
    Their ids are what --disable, the configuration's disable and inline suppressions name,
    and what findings carry; --format json gives every message template too.

    Example: tradecheck checks --format json
    """
    from .report import catalogue

    catalogue.render(fmt.value, sys.stdout)


reference_app = typer.Typer(help="Reference trade data: list, show, import and fetch.", no_args_is_help=True,
                            rich_markup_mode=None)
app.add_typer(reference_app, name="reference")


@reference_app.command("list")
def reference_list(store: str = STORE_OPTION, fmt: Format = FORMAT_OPTION):
    """The sources in the store (the shipped default included): coverage and row counts.

    Example: tradecheck reference list
    """
    from .reference.store import Store

    df = Store(store).sources()
    _print_frame(df, fmt)


@reference_app.command("show")
def reference_show(
    a: str = typer.Argument(..., help="ISO3 code of one country (BLR)."),
    b: str = typer.Argument(..., help="ISO3 code of the other (IRN)."),
    flow: str = typer.Option(None, "--flow", help="exports or imports, as the first country reports them."),
    store: str = STORE_OPTION, fmt: Format = FORMAT_OPTION,
):
    """The series between two countries per year and source, the first country's own figures
    beside the second's mirror figures.

    Example: tradecheck reference show BLR IRN --flow exports
    """
    from .reference.browse import series
    from .reference.store import Store

    _choice("--flow", flow, FLOWS)
    a, b = a.upper(), b.upper()
    df = series(Store(store), a, b, flow)
    if df.empty:
        typer.echo(f"tradecheck: no reference data between {a} and {b}", err=True)
        raise typer.Exit(0)
    _print_frame(df, fmt)


@reference_app.command("import")
def reference_import(
    fmt_name: str = typer.Argument(..., metavar="FORMAT", help="comtrade, imf-sdmx, baci, imf-dots, wits or canonical."),
    files: list[str] = typer.Argument(..., help="The files to import (for baci: the flows and the country codes)."),
    version: str = typer.Option(None, "--version-label", help="Source version to record (default: the file name)."),
    store: str = STORE_OPTION, debug: bool = DEBUG_OPTION,
):
    """Import official trade data into the reference store. A malformed file is reported
    row by row and nothing is imported.

    Example: tradecheck reference import comtrade TradeData_2023.csv
    """
    from pathlib import Path

    from .reference.importers import FORMATS, importer
    from .reference.schema import ReferenceDataError
    from .reference.store import Store

    if fmt_name not in FORMATS:
        typer.echo(f"tradecheck: unknown format {fmt_name!r}; one of: {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    for f in files:
        if not Path(f).is_file():
            typer.echo(f"tradecheck: {f}: no such file", err=True)
            raise typer.Exit(2)
    try:
        if fmt_name == "baci":
            # a full BACI release is hundreds of millions of rows: streamed, not loaded
            from .reference.importers import baci

            target, n = baci.import_into(Store(store), files, version)
            typer.echo(f"imported {n} rows into {target}")
            return
        df = importer(fmt_name)(files, version)
    except ReferenceDataError as e:
        typer.echo(f"tradecheck: {e}", err=True)
        if len(e.problems) > 1:  # every bad row, one a line
            typer.echo(e.report(), err=True)
        raise typer.Exit(2)
    except OSError as e:  # a store that cannot be written (read-only, full)
        typer.echo(f"tradecheck: cannot import {', '.join(files)}: {e.strerror or e}"
                   f"{f' ({e.filename})' if e.filename else ''}; the store is as it was", err=True)
        raise typer.Exit(2)
    except Exception as e:  # a reader's own failure: one line, unless asked for the traceback
        if debug:
            raise
        typer.echo(f"tradecheck: cannot import {', '.join(files)}: {type(e).__name__}: {e}", err=True)
        raise typer.Exit(2)
    try:
        target = Store(store).add(df, f"{fmt_name}-{Path(files[0]).stem}")
    except OSError as e:
        typer.echo(f"tradecheck: cannot write to the store {Store(store).dir}: {e.strerror or e}; "
                   "the store is as it was", err=True)
        raise typer.Exit(2)
    typer.echo(f"imported {len(df)} rows into {target}")


@reference_app.command("fetch")
def reference_fetch(
    source: str = typer.Argument(..., help="comtrade or imf."),
    reporter: str = typer.Option(..., "--reporter", help="ISO3 code of the reporter."),
    partner: str = typer.Option(None, "--partner", help="ISO3 code of the partner (default: all)."),
    years: str = typer.Option(..., "--years", help="A year or a range: 2022 or 2018-2023."),
    key: str = typer.Option(None, "--key", envvar="COMTRADE_API_KEY", help="UN Comtrade subscription key."),
    store: str = STORE_OPTION,
):
    """Fetch data over the network (the only command that uses it) and import it.

    Example: tradecheck reference fetch comtrade --reporter BLR --partner IRN --years 2018-2023
    """
    from .reference.fetch import FetchError, fetch
    from .reference.schema import ReferenceDataError
    from .reference.store import Store

    try:
        df, name = fetch(source, reporter.upper(), partner.upper() if partner else None, years, key)
    except (FetchError, ReferenceDataError) as e:
        typer.echo(f"tradecheck: {e}", err=True)
        raise typer.Exit(2)
    target = Store(store).add(df, name)
    typer.echo(f"fetched {len(df)} rows into {target}")


track_app = typer.Typer(help="The tracker: claims from many articles over time, per country pair.",
                        no_args_is_help=True, rich_markup_mode=None)
app.add_typer(track_app, name="track")
DB_OPTION = typer.Option(None, "--db", envvar="TRADECHECK_DB", help="Tracker database (default: in the user data directory).")


def _tracker(db, write: bool = False):
    """The tracker, opened to write (`track add`) or read-only (every other command)."""
    from .track import Tracker, TrackerError

    try:
        return Tracker(db, write=write)
    except TrackerError as e:
        typer.echo(f"tradecheck: {e}", err=True)
        raise typer.Exit(2)


@track_app.command("add")
def track_add(paths: list[str] = PATHS_ARGUMENT, db: str = DB_OPTION, store: str = STORE_OPTION,
              reference: str = REFERENCE_OPTION, published: str = PUBLISHED_OPTION):
    """Verify articles and store them with their claims and findings. Adding an article
    twice changes nothing; a changed article is stored as a new version.

    Example: tradecheck track add articles/*.txt
    """
    from .paths import expand
    from .track import TrackerError, add_each

    t = _tracker(db, write=True)
    status, stored = 0, 0
    try:
        for path, doc_id, what in add_each(t, expand(paths), reference=reference or "all", store_dir=store,
                                           published=published):
            if doc_id is None:
                typer.echo(f"tradecheck: {what}", err=True)
                status = 2
            else:
                typer.echo(f"{path}: {what} (document {doc_id})")
                stored += 1
    except TrackerError as e:  # a full disk, a store that became read-only: what is above is stored
        typer.echo(f"tradecheck: {e}; {stored} document{'s' if stored != 1 else ''} before it stored", err=True)
        status = 2
    raise typer.Exit(status)


@track_app.command("list")
def track_list(db: str = DB_OPTION, fmt: Format = FORMAT_OPTION):
    """The stored articles (latest versions), with where each came from.

    Example: tradecheck track list --format csv
    """
    from .track import documents

    df = documents(_tracker(db))
    if df.empty and fmt not in (Format.json, Format.csv):
        typer.echo("tradecheck: no articles stored yet (add some with tradecheck track add)", err=True)
        raise typer.Exit(0)
    _print_frame(df, fmt)


@track_app.command("show")
def track_show(a: str = typer.Argument(..., help="ISO3 code of one country."), b: str = typer.Argument(..., help="ISO3 code of the other."),
               measure: str = typer.Option(None, "--measure", help="exports, imports, trade_total or balance."),
               db: str = DB_OPTION, store: str = STORE_OPTION, fmt: Format = FORMAT_OPTION):
    """Per period: every claimed value with its article and date, and the reference values
    from each source.

    Example: tradecheck track show BLR IRN --measure trade_total
    """
    import pandas as pd

    from .reference.store import Store
    from .track import claims_for
    from .track.plot import reference_series

    _choice("--measure", measure, MEASURES)

    a, b = a.upper(), b.upper()
    claims = claims_for(_tracker(db), a, b, measure)
    rows = [{"period": r["period"], "measure": r["measure"], "what": "claim", "value_usd": r["value_usd"],
             "text": r["text"], "article": r["path"], "published": r["published"]} for r in claims.to_dict("records")]
    for m in ([measure] if measure else ["exports", "imports", "trade_total", "balance"]):
        for label, pts in reference_series(Store(store), a, b, m).items():
            rows += [{"period": str(int(x)), "measure": m, "what": "reference", "value_usd": y, "text": label,
                      "article": None, "published": None} for x, y in pts]
    df = pd.DataFrame(rows)
    if df.empty:
        typer.echo(f"tradecheck: nothing stored or in the reference data for {a}-{b}", err=True)
        raise typer.Exit(0)
    _print_frame(df.sort_values(["period", "measure", "what"]).reset_index(drop=True), fmt)


@track_app.command("conflicts")
def track_conflicts(a: str = typer.Argument(None), b: str = typer.Argument(None), db: str = DB_OPTION,
                    fmt: Format = FORMAT_OPTION):
    """Claims from different articles about the same pair, measure and period that cannot
    both hold, with both sentences.

    Example: tradecheck track conflicts BLR IRN
    """
    from .track import conflicts

    df = conflicts(_tracker(db), a.upper() if a else None, b.upper() if b else None)
    if df.empty:
        typer.echo("no conflicts between stored articles", err=True)
        raise typer.Exit(0)
    _print_frame(df, fmt)
    raise typer.Exit(1)


@app.command()
def plot(
    a: str = typer.Argument(None, help="ISO3 code of one country."), b: str = typer.Argument(None, help="ISO3 code of the other."),
    measure: str = typer.Option("trade_total", "--measure", help="exports, imports, trade_total or balance."),
    output: str = typer.Option(..., "-o", "--output", help="chart.png, chart.svg or chart.pdf"),
    article: str = typer.Option(None, "--article", help="Plot one article's claims against the data instead."),
    db: str = DB_OPTION, store: str = STORE_OPTION,
):
    """Chart a pair's reference series with the claims made about it (no display needed).

    Example: tradecheck plot BLR IRN -o belarus-iran.png
    """
    from pathlib import Path

    from .reference.store import Store
    from .track import plot as plots

    _choice("--measure", measure, MEASURES)
    if Path(output).suffix.lower() not in (".png", ".svg", ".pdf"):
        typer.echo("tradecheck: -o must end in .png, .svg or .pdf", err=True)
        raise typer.Exit(2)
    problem = _unwritable(output)
    if problem:
        typer.echo(f"tradecheck: -o {output}: {problem}", err=True)
        raise typer.Exit(2)
    if article:
        from .api import verify as verify_doc
        from .read import InputError, read_document

        try:
            doc = read_document(article)
        except InputError as e:
            typer.echo(f"tradecheck: {e}", err=True)
            raise typer.Exit(2)
        try:
            plots.plot_article(output, Store(store), verify_doc(doc, store_dir=store))
        except ValueError as e:
            typer.echo(f"tradecheck: {article}: {e}", err=True)
            raise typer.Exit(2)
        except OSError as e:
            typer.echo(f"tradecheck: -o {output}: cannot write ({e.strerror or e})", err=True)
            raise typer.Exit(2)
    else:
        if not a or not b:
            typer.echo("tradecheck: give two ISO3 codes, or --article FILE", err=True)
            raise typer.Exit(2)
        try:
            plots.plot_pair(output, Store(store), _tracker(db), a.upper(), b.upper(), measure)
        except OSError as e:
            typer.echo(f"tradecheck: -o {output}: cannot write ({e.strerror or e})", err=True)
            raise typer.Exit(2)
    typer.echo(f"wrote {output}")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8765, "--port", min=0, max=65535, help="Port to listen on (0: a free one)."),
    workers: int = typer.Option(None, "--workers", min=1, help="Processes that run checks (default: up to 2)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds a request may take before it is stopped (default 30)."),
    max_bytes: int = typer.Option(1024 * 1024, "--max-bytes", min=1, help="Refuse texts larger than this many bytes (default 1 MiB)."),
    store: str = STORE_OPTION, revision: float = REVISION_OPTION,
):
    """A web page to paste or open a draft and see every figure marked and every finding
    beside it, and the JSON API it uses (POST /api/verify, /api/extract). Nothing is
    written on the server; settings come from the folder it starts in, as for stdin.

    Example: tradecheck serve  (then open http://127.0.0.1:8765/)
    """
    try:
        from .web import ServeError
        from .web import serve as run_server
    except ImportError as e:  # the web stack is a dependency, but an install may lack it
        typer.echo(f"tradecheck: serve needs {e.name or 'starlette and uvicorn'}: pip install starlette uvicorn", err=True)
        raise typer.Exit(2)

    def announce(url: str) -> None:
        typer.echo(f"tradecheck: serving on {url} (Ctrl-C to stop)", err=True)
    try:
        run_server(host=host, port=port, workers=workers, timeout=timeout, max_bytes=max_bytes, store=store,
                   revision=revision, announce=announce)
    except ServeError as e:
        typer.echo(f"tradecheck: {e}", err=True)
        raise typer.Exit(2)


FLOWS = ("exports", "imports")
MEASURES = ("exports", "imports", "trade_total", "balance")


def _choice(flag: str, value: str | None, allowed: tuple[str, ...]) -> None:
    if value is not None and value not in allowed:
        typer.echo(f"tradecheck: {flag} {value}: one of {', '.join(allowed)}", err=True)
        raise typer.Exit(2)


def _print_frame(df, fmt: Format) -> None:
    """A table of stored data (source names from imported files, sentences of articles):
    JSON as it is; in CSV, cells a spreadsheet would run as formulas are quoted; on a
    terminal, control characters are shown, not obeyed."""
    from .report.escape import csv_cell, printable

    if fmt == Format.json:
        sys.stdout.write(df.to_json(orient="records", indent=2) + "\n")
    elif fmt == Format.csv:
        df.map(csv_cell).to_csv(sys.stdout, index=False)
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", 500, "display.max_columns", 30, "display.width", 200):
            sys.stdout.write(df.map(lambda v: printable(v) if isinstance(v, str) else v).to_string(index=False) + "\n")


def main() -> None:
    """Run the command line. A usage error (an unknown option, a value out of range) is one
    line too, naming the command's --help; the help itself still shows when a command is
    given nothing."""
    try:  # typer carries its own copy of click
        from typer._click import exceptions as cx
    except ImportError:
        from click import exceptions as cx

    try:
        status = app(standalone_mode=False)
    except cx.UsageError as e:
        if isinstance(e, getattr(cx, "NoArgsIsHelpError", ())):
            e.show()
            sys.exit(e.exit_code)
        where = e.ctx.command_path if e.ctx is not None else "tradecheck"
        typer.echo(f"tradecheck: {e.format_message()} (see {where} --help)", err=True)
        sys.exit(2)
    except cx.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except typer.Abort:
        typer.echo("tradecheck: interrupted", err=True)
        sys.exit(130)
    sys.exit(status if isinstance(status, int) else 0)
