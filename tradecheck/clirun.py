"""The command line's work on files (`verify` and `extract`), without typer: a plain
`tradecheck verify FILE...`, with at most --format, --reference, --jobs and --output, is
read here and run without importing typer, which (with what it imports: click,
subprocess, platform, uuid, difflib) took a sixth of a one-file check. Anything else goes
to cli.py, where typer parses it; both end in `_run`, so they print the same."""

import json
import os
import re
import sys
from enum import Enum


class Format(str, Enum):
    """What `verify` writes: every format."""
    table = "table"
    json = "json"
    csv = "csv"
    github = "github"
    sarif = "sarif"
    junit = "junit"
    markdown = "markdown"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


# More worker processes than this per core only wait for one another (and each holds memory)
MAX_JOBS_PER_CORE = 4


def use_color(choice: Color, stream) -> bool:
    """--color always or never as said; auto: on a terminal, unless NO_COLOR is set (to
    anything but nothing) or the terminal is a dumb one (no-color.org)."""
    if choice != Color.auto:
        return choice == Color.always
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _run(paths: list[str], fmt: str, opts, debug: bool, update_baseline: bool = False, jobs: int | None = None,
         engine: str = "local", scheduler: str | None = None, output: str | None = None, resume: bool = False,
         color: Color = Color.auto, verbose: bool = False, all_files: bool = False) -> int:
    import time

    from . import batch
    from .baseline import BaselineError
    from .config import ConfigError
    from .paths import expand
    from .report import render

    files = expand(paths, all_files)
    if not files:
        skipped = "" if all_files else " (README, CHANGELOG and LICENSE files are skipped; --all-files reads them)"
        echo(f"tradecheck: no files matched {' '.join(paths)}{skipped}")
        return 2
    problem = _unknown_reference(opts.reference, opts.store)
    if problem:
        echo(problem)
        return 2
    for flag, name in (("--output", output), ("--baseline", opts.baseline if update_baseline else None)):
        problem = _unwritable(name)
        if problem:
            echo(f"tradecheck: {flag} {name}: {problem}")
            return 2
    if opts.published not in (None, "mtime", "dateline"):
        from .read import is_date

        if not is_date(opts.published):
            echo(f"tradecheck: --published {opts.published!r} is not a date in YYYY-MM-DD form (or mtime)")
            return 2
    done = set()
    if resume:
        if not output:
            echo("tradecheck: --resume needs --output FILE (the JSON Lines of an earlier run)")
            return 2
        try:
            done = _resume(output)
        except _Refused as e:
            echo(f"tradecheck: {e}")
            return 2
        files = [f for f in files if f not in done]
    many = len(files) > 1 or output is not None
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(files) >= 8 else 1
    most = MAX_JOBS_PER_CORE * (os.cpu_count() or 1)
    if jobs > most:
        echo(f"tradecheck: --jobs {jobs}: at most {most} on this machine ({MAX_JOBS_PER_CORE} per core)")
        return 2
    jobs = max(1, min(jobs, len(files)))  # no more workers than documents
    stream_json = fmt == "json" and many
    try:
        sink = open(output, "a", encoding="utf-8") if output else None
    except OSError as e:
        echo(f"tradecheck: --output {output}: cannot write ({e.strerror})")
        return 2
    progress = _Progress(len(files)) if (many and sys.stderr.isatty()) else None
    t0 = time.perf_counter()

    def on_report(r):
        if stream_json:
            (sink or sys.stdout).write(r.line + "\n")
            (sink or sys.stdout).flush()
        if progress:
            progress.step()
    try:
        # streamed, each result is written as it comes, and only its summary kept after
        reports = batch.run(files, opts, jobs=jobs, engine=engine, scheduler=scheduler, on_report=on_report,
                            keep=not stream_json or update_baseline, lines=stream_json)
    except (ConfigError, BaselineError) as e:
        echo(f"tradecheck: {e}")
        return 2
    except OSError as e:  # writing the results: a full disk, a file gone read-only
        echo(f"tradecheck: {output or 'output'}: cannot write ({e.strerror or e})")
        return 2
    except Exception as e:  # an internal error: one line, unless asked for the traceback
        if debug:
            raise
        echo(f"tradecheck: internal error: {type(e).__name__}: {e} (run with --debug for details)")
        return 2
    finally:
        if sink:
            sink.close()
        if progress:
            progress.close()
    for r in reports:
        if r.error:
            echo(f"tradecheck: {r.error}")
        elif not r.data["summary"]["claims"] and not opts.quiet:
            echo(f"tradecheck: {r.path if r.path != '-' else '<stdin>'}: no claims found")
    if many and not opts.quiet:
        took = time.perf_counter() - t0
        claims = sum(r.data["summary"]["claims"] for r in reports if r.data)
        bad = sum(r.data["summary"].get("inconsistent", 0) for r in reports if r.data)
        echo(f"tradecheck: {len(reports)} documents ({len(done)} skipped as done), {claims} claims, "
             f"{bad} inconsistent findings, {sum(len(r.failing) for r in reports)} failing, "
             f"{sum(1 for r in reports if r.error)} unreadable, in {took:.1f} s")
    try:
        if stream_json:
            pass  # already written, one line per document as each was ready
        elif output:
            with open(output, "a", encoding="utf-8") as out:
                render(fmt, reports, out, verify=opts.verify, quiet=opts.quiet, verbose=verbose)
        else:
            render(fmt, reports, sys.stdout, verify=opts.verify, quiet=opts.quiet, verbose=verbose,
                   color=fmt == "table" and use_color(color, sys.stdout))
    except BrokenPipeError:
        # the reader left early (`| head`): not an error of ours. Point stdout at devnull
        # so Python's own flush at exit does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as e:
        echo(f"tradecheck: {output or 'output'}: cannot write ({e.strerror or e})")
        return 2
    except Exception as e:  # an internal error: one line, unless asked for the traceback
        if debug:
            raise
        echo(f"tradecheck: internal error while reporting: {type(e).__name__}: {e}")
        return 2
    if update_baseline and opts.baseline:
        from .baseline import save

        try:
            save(opts.baseline, batch.baseline_entries(reports))
        except (BaselineError, OSError) as e:
            echo(f"tradecheck: {e if isinstance(e, BaselineError) else f'{opts.baseline}: cannot write ({e.strerror})'}")
            return 2
        echo(f"tradecheck: baseline written to {opts.baseline}")
        return 2 if any(r.error for r in reports) else 0
    return batch.exit_status(reports) if opts.verify else (2 if any(r.error for r in reports) else 0)


def _unknown_reference(reference: str | None, store: str | None) -> str | None:
    """The one-line error for a --reference that names nothing there is, else None."""
    if not reference:
        return None
    if reference.lower().endswith((".csv", ".parquet")):
        from pathlib import Path

        return None if Path(reference).is_file() else f"tradecheck: --reference {reference}: no such file"
    from .reference.schema import ReferenceDataError
    from .reference.store import UnknownSource, check_reference

    try:
        check_reference(reference, store)
    except UnknownSource as e:
        return f"tradecheck: --reference: {e}"
    except ReferenceDataError:
        return None  # a store that cannot be read: each document says so
    return None


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


def echo(message: str) -> None:
    """A line on stderr: typer.echo(message, err=True) when typer is loaded (the command
    line of cli.py, its tests' runner); else what it does with the plain stderr that
    `fast_verify` runs with: ANSI codes stripped off a non-terminal, flushed."""
    typer = sys.modules.get("typer")
    if typer is not None:
        typer.echo(message, err=True)
        return
    out = message + "\n"
    if not sys.stderr.isatty():
        out = _ANSI.sub("", out)
    sys.stderr.write(out)
    sys.stderr.flush()


# as click strips them off what it writes to a file or a pipe
_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def fast_verify(argv: list[str]) -> int | None:
    """The exit status of `tradecheck verify PATH... [--format F] [--reference R] [--jobs N]
    [--output FILE]` (or their short forms) run without typer, as cli.verify runs it with
    the other options at their defaults; None for any other command line (another command
    or option, an option given twice or as --opt=value, a value click would refuse or read
    otherwise, completion, a stderr click would wrap), which cli.py then parses as usual."""
    if len(argv) < 2 or argv[0] != "verify" or os.environ.get("_TRADECHECK_COMPLETE") or not _plain_stderr():
        return None
    paths: list[str] = []
    values: dict[str, str] = {}
    args = iter(argv[1:])
    for arg in args:
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        name = _OPTIONS.get(arg)
        value = next(args, None)
        if name is None or name in values or value is None or value.startswith("-"):
            return None
        values[name] = value
    fmt = values.get("format", Format.table.value)
    jobs = values.get("jobs")
    if not paths or fmt not in {f.value for f in Format} or (jobs is not None and not _count(jobs)):
        return None
    from .batch import Options
    from .check.catalogue import check_ids

    opts = Options(verify=True, reference=values.get("reference"), store=os.environ.get("TRADECHECK_STORE") or None,
                   disable=check_ids(()))
    try:
        return _run(paths, fmt, opts, False, jobs=None if jobs is None else int(jobs), output=values.get("output"))
    except KeyboardInterrupt:  # as typer's main: the status alone
        return 130
    except EOFError:
        echo("")
        echo("tradecheck: interrupted")
        return 130
    except OSError as e:  # a closed pipe, as typer's main handles it
        import errno

        if e.errno != errno.EPIPE:
            raise
        try:
            from typer._click.utils import PacifyFlushWrapper
        except ImportError:
            from click.utils import PacifyFlushWrapper
        sys.stdout, sys.stderr = PacifyFlushWrapper(sys.stdout), PacifyFlushWrapper(sys.stderr)
        return 1


# the options fast_verify reads (each taking a value), by the names cli.verify gives them
_OPTIONS = {"--format": "format", "-f": "format", "--reference": "reference", "--jobs": "jobs", "-j": "jobs",
            "--output": "output", "-o": "output"}


def _count(value: str) -> bool:
    """Whether `value` is a number of jobs that click would take as it stands (digits, at
    least 1); anything else, valid or not, is left to click."""
    return value.isascii() and value.isdigit() and int(value) >= 1


def _plain_stderr() -> bool:
    """Whether click would write to sys.stderr as it is (a text file of an encoding that is
    not ASCII), so that `echo` prints what typer.echo would."""
    import codecs
    import io

    stream = sys.stderr
    if type(stream) is not io.TextIOWrapper or not stream.encoding or not stream.errors:
        return False
    try:
        return codecs.lookup(stream.encoding).name != "ascii"
    except LookupError:
        return False
