"""Configuration: `[tool.tradecheck]` in pyproject.toml, or a .tradecheck.toml, found by
walking up from each checked file. Command-line options win over the file.

    [tool.tradecheck]
    fail-on = "error"        # error | warning | never
    published = "dateline"   # dateline | mtime | YYYY-MM-DD: how to date a draft
    revision = 0.03          # allowance for revisions against reference data
    reference = "all"        # all | none | a source name | a canonical CSV/Parquet file
    disable = ["record"]     # check ids not to report (`tradecheck checks` lists them)
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path

FAIL_LEVELS = ("error", "warning", "never")


class ConfigError(Exception):
    """A configuration file with a bad key or value: the message names both."""


@dataclass(frozen=True)
class Config:
    fail_on: str = "error"
    published: str = "dateline"
    revision: float = 0.03
    reference: str = "all"
    disable: tuple[str, ...] = ()
    path: str | None = None  # the file it came from
    set_keys: frozenset = field(default_factory=frozenset)


def _check(path: Path, key: str, value):
    where = f"{path}: [tool.tradecheck] {key}" if path.name == "pyproject.toml" else f"{path}: {key}"
    if key == "fail-on":
        if value not in FAIL_LEVELS:
            raise ConfigError(f"{where} = {value!r}: expected one of {', '.join(FAIL_LEVELS)}")
        return "fail_on", value
    if key == "published":
        from .read import is_date

        if value not in ("dateline", "mtime") and not (isinstance(value, (str, dt.date)) and is_date(str(value))):
            raise ConfigError(f"{where} = {value!r}: expected dateline, mtime or a date YYYY-MM-DD")
        return "published", str(value)
    if key == "revision":
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
            raise ConfigError(f"{where} = {value!r}: expected a number from 0 to 1")
        return "revision", float(value)
    if key == "reference":
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where} = {value!r}: expected a source name, all, none or a file")
        if value.lower().endswith((".csv", ".parquet")):
            # a file named in a configuration file is found beside it
            file = path.parent / value
            if not file.is_file():
                raise ConfigError(f"{where} = {value!r}: no such file ({file})")
            return "reference", str(file)
        return "reference", value
    if key == "disable":
        from .check.catalogue import UnknownCheck, check_ids  # only here: the checks load with it

        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where} = {value!r}: expected a list of check ids")
        try:
            return "disable", check_ids(value)
        except UnknownCheck as e:
            raise ConfigError(f"{where} = {value!r}: {e}") from None
    raise ConfigError(f"{where}: unknown key (known: fail-on, published, revision, reference, disable)")


def load(path: Path) -> Config:
    import tomllib

    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read ({e.strerror})") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: tool = {tool!r}: [tool] must be a table")
        table = tool.get("tradecheck")
    else:
        table = data
    if table is None:
        return Config()
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.tradecheck] must be a table")
    values = dict(_check(path, k, v) for k, v in table.items())
    return Config(**values, path=str(path), set_keys=frozenset(values))


@functools.cache
def for_dir(folder: str) -> Config:
    """The configuration that applies to files in `folder`: the nearest .tradecheck.toml or
    pyproject.toml with a [tool.tradecheck] table, walking up."""
    d = Path(folder).resolve()
    for cand in [d, *d.parents]:
        dot = cand / ".tradecheck.toml"
        if _is_file(dot):
            return load(dot)
        py = cand / "pyproject.toml"
        if _is_file(py):
            cfg = load(py)
            if cfg.path is not None and cfg.set_keys:
                return cfg
    return Config()


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a folder that cannot be entered holds no configuration we can read
        return False


def for_file(path: str) -> Config:
    """The configuration that applies to `path`; stdin and URLs take the working folder's."""
    from .paths import URL

    local = path != "-" and not URL.match(path)
    return for_dir(str(Path(path).parent if local else Path.cwd()))
