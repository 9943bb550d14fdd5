"""The records that flow between stages: a Document, the Claims found in it, the Findings
about them. Plain dataclasses, so the command line never needs pandas; `tables.py` turns
them into validated DataFrames for the Python API."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .check.catalogue import Severity, Status

# The contract's columns, in order, for every claim kind (absent fields are None).
CLAIM_FIELDS = (
    "id", "kind", "start", "end", "text", "value", "currency", "value_usd", "factor",
    "bound", "low", "high", "period", "base_period", "measure", "reporter", "partner",
    "commodity",
)
FINDING_FIELDS = (
    "id", "check", "status", "severity", "claims", "spans", "expected", "observed", "message",
)


@dataclass
class Document:
    text: str  # what is read: the file, or for Markdown and HTML the file with markup masked
    path: str = "-"
    published: str | None = None  # ISO date
    published_source: str | None = None  # "option", "config", "dateline", "mtime" or None
    raw: str | None = None  # the file as written, where markup was masked
    kind: str = "text"  # text | markdown | html

    @property
    def source(self) -> str:
        """The text as written, which offsets, lines and columns refer to."""
        return self.raw if self.raw is not None else self.text

    def to_dict(self) -> dict:
        d = {"path": self.path, "published": self.published, "chars": len(self.text)}
        if self.published is None:
            d["published_note"] = (
                "no publication date given or found in a dateline: relative periods "
                "such as 'last year' are left unresolved"
            )
        return d


# scopes that name a series of the whole flow rather than a part of it ("seasonally adjusted"):
# two series of one flow are two quantities, neither a part of the other
# ("real terms": in chained or constant dollars; "outside the totals": a product the text
# says its totals leave out, "gold is not included in the foreign trade turnover figures")
OUTSIDE_TOTALS = "outside the totals"
# ("each of several": one figure for each of several things, no single quantity)
EACH_OF_SEVERAL = "each of several"
# ("unrecorded": informal trade a text puts beside the recorded flow, "30-40 per cent of formal
# trade", which the recorded figures leave out)
UNRECORDED = "unrecorded"
# ("trend": a release's smoothed series, "in trend terms", beside its adjusted and original ones)
SERIES_SCOPES = ("seasonally adjusted", "not seasonally adjusted", "trend", "real terms", OUTSIDE_TOTALS, EACH_OF_SEVERAL, UNRECORDED)
# the first word of a port's scope ("through the port of Laredo", link/ports.py): the trade
# through one port, border crossing or customs district, a series beside the national totals
# (its partners are a guess, and its ranked peers together may pass the pair's total)
PORT_SCOPE = "through"
# the series of a flow's yearly average over a span of years ("averaged US$69.1 billion a
# year in 2015-2017"; link/rates.py, yearly_averages_of_spans)
YEARLY_AVERAGE = "yearly average"
# the series of a flow's average per day ("the daily average of exports was US$ 663.8
# million, a decrease of 13.9% compared with the daily average of January 2014"; link/stated_per.py)
DAILY_AVERAGE = "daily average"


def is_series_scope(scope: str | None) -> bool:
    """A scope that names a series of the whole flow: an adjustment, or a wider total that
    counts a part in ("including precious metals") beside plain figures that may leave it out."""
    return scope in SERIES_SCOPES or bool(scope and (scope.startswith(("including ", PORT_SCOPE + " ")) or scope in flow_series()))


@functools.cache
def flow_series() -> frozenset[str]:
    """The series adjectives name before a flow word ("achieved exports": "achieved";
    vocab/flow_series_adjectives.csv)."""
    from . import vocab

    return frozenset(w.lower() for w in vocab.flow_series_adjectives())


NO_CURRENCY_CODE = "XXX"


@dataclass
class Claim:
    id: str
    kind: str  # amount | multiple | percent_change | share
    start: int
    end: int
    text: str
    bound: str = "eq"
    value: float | None = None
    currency: str | None = None
    value_usd: float | None = None
    factor: float | None = None
    low: float | None = None
    high: float | None = None
    period: str | None = None
    base_period: str | None = None
    measure: str | None = None
    reporter: str | None = None
    partner: str | None = None
    commodity: str | None = None
    # The statistical scope of a whole-flow figure where the text names one ("goods and
    # services"): not a product group, so `commodity` stays null, but checks keep such a
    # total apart from unlabelled figures, which are often goods alone.
    scope: str | None = None
    # Other plausible readings the words leave room for (link/readings.py): each a dict of the
    # fields it changes and `why`. A conflict that one of them resolves is no error.
    readings: list[dict] = field(default_factory=list)
    # Extensions the contract allows ("fields may be added").
    extra: dict[str, Any] = field(default_factory=dict)
    # How each attribute was decided: field -> the name of the link rule that decided it
    # (link/rules.py), which the JSON gives as `attribution`.
    how: dict[str, str] = field(default_factory=dict)
    # What each decision rests on: field -> "text" (words in the claim's own sentence),
    # "context" (carried from earlier sentences) or "guess" (a default). Checks abstain on
    # guesses.
    basis: dict[str, str] = field(default_factory=dict)
    # Native-currency interval, used by the checks (same currency compares exactly).
    native_low: float | None = None
    native_high: float | None = None
    sentence: int = -1
    paragraph: int = -1

    def to_dict(self) -> dict:
        d: dict[str, Any] = {}
        for name in CLAIM_FIELDS:
            v = getattr(self, name)
            if self.kind != "amount" and name in ("value", "currency", "value_usd", "low", "high"):
                if v is None and name != "currency":
                    continue
                if name == "currency" and v is None:
                    continue
            if self.kind == "amount" and name in ("factor", "base_period"):
                continue
            if self.kind == "amount" and name == "currency" and v is None:
                # the contract promises an ISO 4217 code: "XXX" is its code for "no
                # currency"; value_usd_note says the text leaves the currency unsaid
                v = NO_CURRENCY_CODE
            d[name] = v
        d.update(contract_sides(self))
        if self.scope:
            d["scope"] = self.scope
        if self.readings:
            d["readings"] = [dict(r) for r in self.readings]
        d.update({k: v for k, v in self.extra.items() if not k.startswith("_")})
        if self.how:
            d["attribution"] = dict(self.how)
        return d


def contract_sides(c: "Claim") -> dict[str, Any]:
    """The contract's reporter and partner are ISO 3166-1 alpha-3 codes: a sub-national unit
    ("AE-DU", Dubai) the link read as a side is no country, so the side is unknown (null)
    there and the unit goes in `reporter_unit` / `partner_unit`."""
    out: dict[str, Any] = {}
    for side in ("reporter", "partner"):
        code = getattr(c, side)
        if code and "-" in code:
            out[side], out[f"{side}_unit"] = None, code
    return out


@dataclass
class Finding:
    id: str
    check: str  # an id of the catalogue (check/catalogue.py)
    status: Status
    severity: Severity
    claims: list[str]
    spans: list[tuple[int, int]]
    message: str
    expected: float | None = None
    observed: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {
            "id": self.id, "check": self.check, "status": str(self.status),
            "severity": str(self.severity), "claims": list(self.claims),
            "spans": [list(s) for s in self.spans],
            "expected": self.expected, "observed": self.observed, "message": self.message,
        }
        d.update({k: v for k, v in self.extra.items() if not k.startswith("_")})
        return d
