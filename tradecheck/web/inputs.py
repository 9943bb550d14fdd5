"""The API's requests, checked before any work is done: every problem becomes a BadRequest
with an HTTP status, a stable code and a message that names the field and what to send.

    >>> parse(b'{"text": "Exports rose 5%.", "published": "2024-02-30"}', VERIFY_FIELDS, 1000)
    Traceback (most recent call last):
    ...
    tradecheck.web.inputs.BadRequest: published '2024-02-30' is not a date (YYYY-MM-DD): day is out of range for month
"""
from __future__ import annotations

import datetime as dt
import json
import re

from ..report import FORMATS

KINDS = ("text", "markdown", "html")
VERIFY_FIELDS = ("text", "published", "reference", "name", "kind", "format")
EXTRACT_FIELDS = ("text", "published", "name", "kind", "format")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO3 = re.compile(r"[A-Za-z]{3}")


class BadRequest(Exception):
    """A request the API refuses: `status` (4xx), `code` (stable, for programs), the
    message (for people) and the field it is about."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None):
        super().__init__(message)
        self.status, self.code, self.field = status, code, field

    def to_dict(self) -> dict:
        d = {"error": str(self), "code": self.code}
        if self.field:
            d["field"] = self.field
        return d


def body_limit(max_bytes: int) -> int:
    """The largest body worth reading for a text of `max_bytes`: JSON may escape each
    character as \\uXXXX (six bytes)."""
    return 6 * max_bytes + 64 * 1024


def parse(body: bytes, allowed: tuple[str, ...], max_bytes: int) -> dict:
    """The request's fields, checked; absent and null fields are left out."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BadRequest(400, "not_json", f"the body is not JSON ({e}); send an object such as "
                         '{"text": "..."} with Content-Type: application/json') from None
    except RecursionError:
        raise BadRequest(400, "not_json", "the body is JSON nested too deeply") from None
    if not isinstance(data, dict):
        raise BadRequest(400, "not_an_object", f"the body is a JSON {type(data).__name__}, not an object "
                         'such as {"text": "..."}')
    extra = sorted(set(data) - set(allowed))
    if extra:
        raise BadRequest(422, "unknown_field", f"unknown field {extra[0]!r}; known: {', '.join(allowed)}", extra[0])
    fields = {k: v for k, v in data.items() if v is not None}
    if "text" not in fields:
        raise BadRequest(422, "missing_text", 'the field "text" is missing: send the draft as {"text": "..."}', "text")
    text = fields["text"]
    if not isinstance(text, str):
        raise BadRequest(422, "bad_text", f'"text" must be a string, not {_type(text)}', "text")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as e:
        raise BadRequest(422, "bad_text", f'"text" is not valid Unicode (an unpaired surrogate at character {e.start})',
                         "text") from None
    if size > max_bytes:
        raise BadRequest(413, "too_large", f'"text" is {size} bytes, over the limit of {max_bytes} bytes '
                         "(the server's --max-bytes)", "text")
    if "\x00" in text:
        raise BadRequest(422, "binary_text", f'"text" looks like a binary file (NUL character at {text.index(chr(0))}), '
                         "not a draft", "text")
    if "published" in fields:
        fields["published"] = date(fields["published"])
    for key in ("reference", "name", "kind", "format"):
        if key in fields and not isinstance(fields[key], str):
            raise BadRequest(422, f"bad_{key}", f'"{key}" must be a string, not {_type(fields[key])}', key)
    if "reference" in fields:
        fields["reference"] = reference(fields["reference"])
    if "name" in fields:
        fields["name"] = name(fields["name"])
        if not fields["name"]:
            del fields["name"]
    if "kind" in fields and fields["kind"] not in KINDS:
        raise BadRequest(422, "bad_kind", f'kind {fields["kind"]!r}: one of {", ".join(KINDS)}', "kind")
    if "format" in fields and fields["format"] not in FORMATS:
        raise BadRequest(422, "bad_format", f'format {fields["format"]!r}: one of {", ".join(FORMATS)}', "format")
    return fields


def date(value) -> str:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise BadRequest(422, "bad_date", f"published {value!r} is not a date in YYYY-MM-DD form", "published")
    try:
        dt.date.fromisoformat(value)
    except ValueError as e:
        raise BadRequest(422, "bad_date", f"published {value!r} is not a date (YYYY-MM-DD): {e}", "published") from None
    return value


def reference(value: str) -> str:
    value = value.strip()
    if not value or len(value) > 200:
        raise BadRequest(422, "unknown_reference", "reference must be all, none or a source name", "reference")
    return value


def name(value: str) -> str:
    """The draft's file name, without any folders and control characters: it names the
    document in the results and, by its suffix, says how to read it (.md, .html)."""
    base = re.split(r"[\\/]", value)[-1]
    return "".join(ch for ch in base if ch.isprintable())[:200]


def pair_query(params) -> tuple[str, str, str, str | None]:
    """a, b, measure, reference from the query string of /api/series."""
    a, b = params.get("a", ""), params.get("b", "")
    for key, v in (("a", a), ("b", b)):
        if not _ISO3.fullmatch(v):
            raise BadRequest(422, "bad_country", f"{key} {v!r}: an ISO3 country code such as UZB", key)
    measure = params.get("measure") or "trade_total"
    from .jobs import MEASURES

    if measure not in MEASURES:
        raise BadRequest(422, "bad_measure", f"measure {measure!r}: one of {', '.join(MEASURES)}", "measure")
    ref = params.get("reference")
    return a.upper(), b.upper(), measure, reference(ref) if ref is not None else None


def _type(v) -> str:
    return {dict: "an object", list: "a list", bool: "true or false", int: "a number", float: "a number"}.get(
        type(v), type(v).__name__)
