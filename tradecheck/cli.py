"""The command line: parses options, calls the library, renders, sets the exit status.
Library errors become one-line messages with exit status 2; no tracebacks unless --debug."""
# (No `from __future__ import annotations` here: typer reads every command's signature on
# every start, and each annotation written as a string would be compiled and evaluated.)

import sys
from enum import Enum

import typer

# the work of verify and extract, which a plain verify runs without typer (see clirun.py)
from .clirun import Color, Format, _run, _unknown_reference, _unwritable, use_color  # noqa: F401 (use_color: tests)

# Every example in every command's help runs as written from the root of the checkout
# (tests/test_cli_help.py), so they name the shipped examples. "\b" keeps click from
# rewrapping a paragraph, so that an example stays on one line to copy.
app = typer.Typer(
    no_args_is_help=True, rich_markup_mode=None,
    help="Extract and check the trade figures in news articles and drafts.\n\n"
         "\b\nExamples:\n"
         "  tradecheck verify data/examples/uzbekistan-turkey-2023-draft.md\n"
         "  tradecheck extract data/examples/uzbekistan-turkey-2023.txt --format json\n"
         "  cat data/examples/uzbekistan-turkey-2023-draft.md | tradecheck verify - --published 2024-02-12\n"
         "  tradecheck explain sum\n\n"
         "Shell completion: tradecheck --install-completion for the shell you are in, or tradecheck completion "
         "bash|zsh|fish for the script.",
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


class TableFormat(str, Enum):
    """What a command that lists rows writes (claims, reference data, the tracker)."""
    table = "table"
    json = "json"
    csv = "csv"


class CatalogueFormat(str, Enum):
    """What `tradecheck checks` writes: the README's table is Markdown."""
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


class Shell(str, Enum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"


def format_option(formats: type[Enum]):
    """The one --format option, offering the formats of its command: another is a usage
    error naming these."""
    names = [f.value for f in formats]
    what = {"json": "json (JSON Lines for several files)"} if formats is Format else {}
    return typer.Option(names[0], "--format", "-f", help=f"Output: {', '.join(what.get(n, n) for n in names)}.")


FORMAT_OPTION = format_option(Format)
TABLE_FORMAT_OPTION = format_option(TableFormat)
COLOR_OPTION = typer.Option(Color.auto, "--color", help="Colour on a terminal: auto (not with NO_COLOR or TERM=dumb), "
                                                         "always or never.")
ALL_FILES_OPTION = typer.Option(False, "--all-files", help="Also read README, CHANGELOG and LICENSE files, which are "
                                                           "skipped as not being articles.")
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


def _check_ids(incomplete: str) -> list[str]:
    """Shell completion of a check id."""
    from .check.catalogue import CHECKS

    return [c for c in CHECKS if c.startswith(incomplete)]



@app.command()
def extract(
    paths: list[str] = PATHS_ARGUMENT,
    fmt: TableFormat = TABLE_FORMAT_OPTION, published: str = PUBLISHED_OPTION,
    encoding: str = ENCODING_OPTION, debug: bool = DEBUG_OPTION, max_bytes: int = MAX_BYTES_OPTION,
    all_files: bool = ALL_FILES_OPTION,
):
    """List every numeric trade claim in articles.

    \b
    Example:
      tradecheck extract data/examples/uzbekistan-turkey-2023.txt --format json
    """
    from .batch import Options

    opts = Options(verify=False, published=published, encoding=encoding, max_bytes=max_bytes)
    raise typer.Exit(_run(paths, fmt.value, opts, debug, all_files=all_files))


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
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the findings that fail, and nothing of a file "
                                                            "where none does."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every figure without reference data, instead "
                                                                "of one line per document."),
    color: Color = COLOR_OPTION, all_files: bool = ALL_FILES_OPTION,
    jobs: int = typer.Option(None, "--jobs", "-j", min=1, help="Processes for many files (default: all cores from 8 files on)."),
    engine: str = typer.Option("local", "--engine", help="local, or dask to run on a Dask cluster."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster."),
    output: str = typer.Option(None, "--output", "-o", help="Write results to this file (JSON Lines stream as they come)."),
    resume: bool = typer.Option(False, "--resume", help="Skip documents already in --output and append the rest."),
    disable: list[str] = typer.Option(None, "--disable", metavar="CHECK", autocompletion=_check_ids,
                                      help="A check not to report (repeatable), besides the configuration's disable; "
                                           "tradecheck checks lists them."),
):
    """Extract the claims and check them against each other and against reference data.

    Exit status: 0 when no finding reaches the fail level, 1 when one does, 2 for bad usage
    or unreadable input. Configuration: [tool.tradecheck] in pyproject.toml or a
    .tradecheck.toml above the files. Suppress a finding in a draft with
    <!-- tradecheck: ignore ratio -- reason --> before its paragraph; `tradecheck checks`
    lists the checks, and `tradecheck explain CHECK` says what one does.

    \b
    Examples:
      tradecheck verify data/examples/uzbekistan-turkey-2023.txt
      tradecheck verify data/examples/ --quiet
      tradecheck verify data/examples/ --format github --fail-on warning
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
    raise typer.Exit(_run(paths, fmt.value, opts, debug, update_baseline, jobs=jobs, engine=engine, scheduler=scheduler,
                          output=output, resume=resume, color=color, verbose=verbose, all_files=all_files))


@app.command()
def checks(fmt: CatalogueFormat = format_option(CatalogueFormat)):
    """The checks that verify runs, from the catalogue: each one's id, title and what it checks.
    Their ids are what --disable, the configuration's disable and inline suppressions name,
    and what findings carry; --format json gives every message template too.

    \b
    Example:
      tradecheck checks --format json
    """
    from .report import catalogue

    catalogue.render(fmt.value, sys.stdout)


@app.command()
def completion(shell: Shell = typer.Argument(..., help="bash, zsh or fish.")):
    """Print the shell completion script for bash, zsh or fish (tradecheck
    --install-completion installs it for the shell you are in).

    \b
    Examples:
      tradecheck completion bash > ~/.local/share/bash-completion/completions/tradecheck
      tradecheck completion zsh > ~/.zfunc/_tradecheck
      tradecheck completion fish > ~/.config/fish/completions/tradecheck.fish
    """
    from typer._completion_shared import get_completion_script

    typer.echo(get_completion_script(prog_name="tradecheck", complete_var="_TRADECHECK_COMPLETE", shell=shell.value))


@app.command()
def explain(
    check: str = typer.Argument(None, metavar="CHECK", autocompletion=_check_ids,
                                help="A check's id, as findings carry it (sum, ratio, ...)."),
    list_: bool = typer.Option(False, "--list", help="List the checks, one a line, instead."),
):
    """What a check does, and what it says about an example, from the catalogue of checks.

    \b
    Examples:
      tradecheck explain sum
      tradecheck explain --list
    """
    from .check.catalogue import UnknownCheck, check_ids
    from .report import catalogue

    if list_ or check is None:
        catalogue.listing(sys.stdout)
        return
    try:
        check_ids([check])
    except UnknownCheck as e:
        typer.echo(f"tradecheck: {e}", err=True)
        raise typer.Exit(2)
    catalogue.explain(check, sys.stdout)


reference_app = typer.Typer(help="Reference trade data: list, show, import and fetch.", no_args_is_help=True,
                            rich_markup_mode=None)
app.add_typer(reference_app, name="reference")


@reference_app.command("list")
def reference_list(store: str = STORE_OPTION, fmt: TableFormat = TABLE_FORMAT_OPTION):
    """The sources in the store (the shipped default included): coverage and row counts.

    \b
    Example:
      tradecheck reference list
    """
    from .reference.store import Store

    df = Store(store).sources()
    _print_frame(df, fmt)


@reference_app.command("show")
def reference_show(
    a: str = typer.Argument(..., help="ISO3 code of one country (BLR)."),
    b: str = typer.Argument(..., help="ISO3 code of the other (IRN)."),
    flow: str = typer.Option(None, "--flow", help="exports or imports, as the first country reports them."),
    store: str = STORE_OPTION, fmt: TableFormat = TABLE_FORMAT_OPTION,
):
    """The series between two countries per year and source, the first country's own figures
    beside the second's mirror figures.

    \b
    Example:
      tradecheck reference show BLR IRN --flow exports
    """
    from .reference.browse import series
    from .reference.store import Store

    _choice("--flow", flow, FLOWS)
    a, b = _country(a), _country(b)
    df = series(Store(store), a, b, flow)
    if df.empty:
        typer.echo(f"tradecheck: no reference data between {a} and {b}", err=True)
        raise typer.Exit(0)
    _print_frame(df, fmt, money_columns=[c for c in df.columns if c not in ("period", "source")])


@reference_app.command("import")
def reference_import(
    fmt_name: str = typer.Argument(..., metavar="FORMAT", help="comtrade, imf-sdmx, baci, imf-dots, wits or canonical."),
    files: list[str] = typer.Argument(..., help="The files to import (for baci: the flows and the country codes)."),
    version: str = typer.Option(None, "--version-label", help="Source version to record (default: the file name)."),
    store: str = STORE_OPTION, debug: bool = DEBUG_OPTION,
):
    """Import official trade data into the reference store. A malformed file is reported
    row by row and nothing is imported.

    \b
    Example:
      tradecheck reference import canonical data/examples/reference/published-belarus-iran.csv
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

    \b
    Example:
      tradecheck reference fetch comtrade --reporter BLR --partner IRN --years 2018-2023
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
              reference: str = REFERENCE_OPTION, published: str = PUBLISHED_OPTION,
              all_files: bool = ALL_FILES_OPTION):
    """Verify articles and store them with their claims and findings. Adding an article
    twice changes nothing; a changed article is stored as a new version. README, CHANGELOG
    and LICENSE files are skipped.

    \b
    Example:
      tradecheck track add data/examples/*.txt data/examples/*.md
    """
    from .paths import expand
    from .track import TrackerError, add_each

    problem = _unknown_reference(reference, store)
    if problem:
        typer.echo(problem, err=True)
        raise typer.Exit(2)
    files = expand(paths, all_files)
    if not files:
        typer.echo(f"tradecheck: no files matched {' '.join(paths)}", err=True)
        raise typer.Exit(2)
    t = _tracker(db, write=True)
    status, stored = 0, 0
    try:
        for path, doc_id, what in add_each(t, files, reference=reference or "all", store_dir=store,
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
def track_list(db: str = DB_OPTION, fmt: TableFormat = TABLE_FORMAT_OPTION):
    """The stored articles (latest versions), with where each came from.

    \b
    Example:
      tradecheck track list --format csv
    """
    from .track import documents

    df = documents(_tracker(db))
    if df.empty and fmt == TableFormat.table:
        typer.echo("tradecheck: no articles stored yet (add some with tradecheck track add)", err=True)
        raise typer.Exit(0)
    _print_frame(df, fmt)


@track_app.command("show")
def track_show(a: str = typer.Argument(..., help="ISO3 code of one country."), b: str = typer.Argument(..., help="ISO3 code of the other."),
               measure: str = typer.Option(None, "--measure", help="exports, imports, trade_total or balance."),
               db: str = DB_OPTION, store: str = STORE_OPTION, fmt: TableFormat = TABLE_FORMAT_OPTION):
    """Per period: every claimed value with its article and date, and the reference values
    from each source.

    \b
    Example:
      tradecheck track show UZB TUR --measure trade_total
    """
    import pandas as pd

    from .reference.store import Store
    from .track import claims_for
    from .track.plot import reference_series

    _choice("--measure", measure, MEASURES)

    a, b = _country(a), _country(b)
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
    _print_frame(df.sort_values(["period", "measure", "what"]).reset_index(drop=True), fmt, money_columns=["value_usd"])


@track_app.command("conflicts")
def track_conflicts(a: str = typer.Argument(None), b: str = typer.Argument(None), db: str = DB_OPTION,
                    fmt: TableFormat = TABLE_FORMAT_OPTION):
    """Claims from different articles about the same pair, measure and period that cannot
    both hold, with both sentences.

    \b
    Example:
      tradecheck track conflicts UZB TUR
    """
    from .track import conflicts

    df = conflicts(_tracker(db), _country(a) if a else None, _country(b) if b else None)
    if df.empty:
        typer.echo("no conflicts between stored articles", err=True)
        raise typer.Exit(0)
    _print_frame(df, fmt, money_columns=["value_a", "value_b"])
    raise typer.Exit(1)


@app.command()
def plot(
    a: str = typer.Argument(None, help="ISO3 code of one country."), b: str = typer.Argument(None, help="ISO3 code of the other."),
    measure: str = typer.Option("trade_total", "--measure", help="exports, imports, trade_total or balance."),
    output: str = typer.Option(..., "-o", "--output", help="chart.png, chart.svg or chart.pdf"),
    article: str = typer.Option(None, "--article", help="Plot one article's claims against the data instead."),
    db: str = DB_OPTION, store: str = STORE_OPTION,
):
    """Chart a pair's reference series with the claims made about it (no display needed):
    claims for part of a year in a panel of their own, the sources credited under the
    chart; with --article, a panel for each pair the article gives figures for.

    \b
    Examples:
      tradecheck plot BLR IRN -o belarus-iran.png
      tradecheck plot --article data/examples/uzbekistan-turkey-2023.txt -o uzbekistan-turkey.png
    """
    from pathlib import Path

    from .reference.store import Store
    from .track import plot as plots

    _choice("--measure", measure, MEASURES)
    if not article:
        if not a or not b:
            typer.echo("tradecheck: give two ISO3 codes, or --article FILE", err=True)
            raise typer.Exit(2)
        a, b = _country(a), _country(b)
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
        except plots.NothingToPlot as e:
            typer.echo(f"tradecheck: {article}: {e}", err=True)
            raise typer.Exit(2)
        except OSError as e:
            typer.echo(f"tradecheck: -o {output}: cannot write ({e.strerror or e})", err=True)
            raise typer.Exit(2)
    else:
        try:
            plots.plot_pair(output, Store(store), _tracker(db), a, b, measure)
        except plots.NothingToPlot as e:
            typer.echo(f"tradecheck: {e}", err=True)
            raise typer.Exit(2)
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
    written on the server; settings come from the folder it starts in, as for stdin. Once
    it runs, open http://127.0.0.1:8765/ in a browser.

    \b
    Example:
      tradecheck serve
    """
    try:
        from .normalise import money
        from .web import ServeError
        from .web import serve as run_server

        money.LEAN_PINT = False  # a server runs threads: pint's usual import (see money.py)
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


def _country(code: str) -> str:
    """`code` as an ISO3 code in capitals; one that is no country's is a usage error."""
    from .reference.countries import iso3_codes

    if code.upper() not in iso3_codes():
        typer.echo(f"tradecheck: {code}: not a country's ISO 3166 alpha-3 code (such as BLR, IRN; WLD for the "
                   "world, EUU for the European Union)", err=True)
        raise typer.Exit(2)
    return code.upper()


def _choice(flag: str, value: str | None, allowed: tuple[str, ...]) -> None:
    if value is not None and value not in allowed:
        typer.echo(f"tradecheck: {flag} {value}: one of {', '.join(allowed)}", err=True)
        raise typer.Exit(2)


def _print_frame(df, fmt: TableFormat, money_columns=()) -> None:
    """A table of stored data (source names from imported files, sentences of articles):
    JSON as it is; in CSV, cells a spreadsheet would run as formulas are quoted; on a
    terminal, control characters are shown, not obeyed, money reads as money ("$52.2bn"
    in `money_columns`, which JSON and CSV keep as numbers) and a missing value is blank."""
    from .report.escape import csv_cell, printable

    if fmt == TableFormat.json:
        sys.stdout.write(df.to_json(orient="records", indent=2) + "\n")
    elif fmt == TableFormat.csv:
        df.map(csv_cell).to_csv(sys.stdout, index=False)
    else:
        import pandas as pd

        from .check.format import money

        shown = df.astype(object).where(df.notna(), "")
        for col in money_columns:
            shown[col] = [money(v) if v != "" else "" for v in shown[col]]
        with pd.option_context("display.max_rows", 500, "display.max_columns", 30, "display.width", 200):
            sys.stdout.write(shown.map(lambda v: printable(v) if isinstance(v, str) else v).to_string(index=False) + "\n")


def main() -> None:
    """Run the command line. A usage error (an unknown option, a value out of range) is one
    line too, naming the command's --help; the help itself still shows when a command is
    given nothing."""
    try:  # typer carries its own copy of click
        from typer._click import exceptions as cx
    except ImportError:
        from click import exceptions as cx

    try:
        # named as installed, also under `python -m tradecheck`: help and errors show the
        # command a user types, and shell completion finds its variable (_TRADECHECK_COMPLETE)
        status = app(standalone_mode=False, prog_name="tradecheck")
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
