"""The command line: parses options, calls the library, renders, sets the exit status.
Library errors become one-line messages with exit status 2; no tracebacks unless --debug."""
from __future__ import annotations

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


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


FORMAT_OPTION = typer.Option(Format.table, "--format", "-f", help="Output format: table, json or csv.")
PUBLISHED_OPTION = typer.Option(None, "--published", help="Publication date YYYY-MM-DD (else read from a dateline).")
ENCODING_OPTION = typer.Option(None, "--encoding", help="Text encoding of the input (default: UTF-8, or UTF-16 with a BOM).")
DEBUG_OPTION = typer.Option(False, "--debug", help="Show a traceback on internal errors.")


def _run(path: str, fmt: Format, published: str | None, encoding: str | None, debug: bool, verify: bool) -> int:
    from .read import InputError, read_document
    from .report import FORMATS

    try:
        doc = read_document(path, published=published, encoding=encoding)
    except InputError as e:
        typer.echo(f"tradecheck: {e}", err=True)
        return 2
    try:
        from .api import Result, extract, verify as verify_doc

        if verify:
            result = verify_doc(doc)
        else:
            result = Result(doc, extract(doc), [])
        data = result.to_dict()
    except Exception as e:  # an internal error: one line, unless asked for the traceback
        if debug:
            raise
        typer.echo(f"tradecheck: internal error on {path}: {type(e).__name__}: {e} (run with --debug for details)", err=True)
        return 2
    if not data["claims"]:
        typer.echo(f"tradecheck: {doc.path}: no claims found", err=True)
    FORMATS[fmt.value](data, verify, sys.stdout)
    return 1 if verify and result.failed() else 0


@app.command()
def extract(
    path: str = typer.Argument(..., help="Article file (UTF-8 text or Markdown), or - for stdin."),
    fmt: Format = FORMAT_OPTION, published: str = PUBLISHED_OPTION,
    encoding: str = ENCODING_OPTION, debug: bool = DEBUG_OPTION,
):
    """List every numeric trade claim in an article.

    Example: tradecheck extract article.txt --format json
    """
    raise typer.Exit(_run(path, fmt, published, encoding, debug, verify=False))


@app.command()
def verify(
    path: str = typer.Argument(..., help="Article file (UTF-8 text or Markdown), or - for stdin."),
    fmt: Format = FORMAT_OPTION, published: str = PUBLISHED_OPTION,
    encoding: str = ENCODING_OPTION, debug: bool = DEBUG_OPTION,
):
    """Extract the claims and check them against each other.

    Exit status: 0 when no finding is an error, 1 when at least one is, 2 for unreadable input.

    Example: tradecheck verify article.txt --published 2023-08-01
    """
    raise typer.Exit(_run(path, fmt, published, encoding, debug, verify=True))


def main() -> None:
    app()
