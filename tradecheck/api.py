"""The Python API: `extract_claims` and `verify_text`, the same calls the CLI makes."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .model import Claim, Document, Finding
from .read import make_document

if TYPE_CHECKING:
    import pandas as pd


def _pipeline(doc: Document) -> tuple[list[Claim], list]:
    from .link.claims import link
    from .link.sentences import split
    from .normalise.claims import normalise

    claims = link(doc)
    normalise(claims, doc.published)
    if doc.raw is not None:
        for c in claims:  # the words as written, markup and all
            c.text = doc.raw[c.start:c.end]
    return claims, split(doc.text)


def extract(doc: Document) -> list[Claim]:
    return _pipeline(doc)[0]


def verify(doc: Document, reference: str | None = "all", store_dir: str | None = None,
           revision: float | None = None) -> "Result":
    """Check a document. `reference`: "all" (the shipped default plus the store), a source
    name ("IMF DOTS", "published", "UN Comtrade"), a canonical CSV/Parquet file, or None
    for internal consistency only."""
    from .check import run_checks

    claims, sentences = _pipeline(doc)
    store = None
    if reference and reference.lower() != "none":
        from .reference.store import Store

        store = Store(store_dir, only=None if reference == "all" else reference)
    findings = run_checks(doc, claims, sentences, store, revision=revision)
    return Result(doc, claims, findings, sentences, reference=reference, store_dir=store_dir)


@dataclass
class Result:
    """A verified document: `.claims` and `.findings` as DataFrames, `.to_dict()` as the
    JSON contract of `tradecheck verify --format json`."""
    document: Document
    claim_list: list[Claim]
    finding_list: list[Finding]
    sentences: list = field(default_factory=list)  # where each sentence is, for quoting findings
    reference: str | None = None  # the reference data it was checked against, which its chart shows
    store_dir: str | None = None

    @property
    def claims(self) -> "pd.DataFrame":
        """One row per claim: the contract's columns, then `document`, `line`, `column`,
        `period_start`, `period_end` and the rule behind each attribute."""
        from .tables import claims_frame

        return claims_frame(self.claim_list, self.document.path, self.document.source)

    @property
    def findings(self) -> "pd.DataFrame":
        """One row per finding, with its `document`, `line` and `column`, `reason` and
        `suggestion`."""
        from .tables import findings_frame

        return findings_frame(self.finding_list, self.document.path, self.document.source)

    @property
    def finding_claims(self) -> "pd.DataFrame":
        """One row per claim of each finding (`document`, `finding`, `claim`, `position`,
        `check`, `status`), to join findings with claims:

        >>> r = verify_text("Trade between Belarus and Iran was $100mn in 2022, up 50% from $33mn in 2021.",
        ...                 reference="none")
        >>> joined = r.finding_claims.merge(r.claims, left_on=["document", "claim"], right_on=["document", "id"])
        >>> joined[joined["position"] == 0][["finding", "text"]].values.tolist()
        [['f1', '50%']]
        """
        from .tables import finding_claims_frame

        return finding_claims_frame(self.finding_list, self.document.path)

    def summary(self) -> dict:
        counts = {"claims": len(self.claim_list), "consistent": 0, "inconsistent": 0, "unverifiable": 0}
        for f in self.finding_list:
            counts[f.status] = counts.get(f.status, 0) + 1
        counts["failing"] = sum(1 for f in self.finding_list if f.status == "inconsistent" and f.severity == "error")
        counts["suppressed"] = 0
        return counts

    def failed(self, fail_on: str = "error") -> bool:
        levels = {"error": ("error",), "warning": ("error", "warning"), "never": ()}[fail_on]
        return any(f.status in ("inconsistent", "unverifiable") and f.severity in levels
                   and (f.status == "inconsistent" or fail_on == "warning")
                   for f in self.finding_list)

    def plot(self, path: str | None = None):
        """A matplotlib Figure of the document's trade claims against the reference data,
        a panel per pair of countries (those that cannot hold in red); written to `path`
        (.png, .svg or .pdf) when given. Raises ValueError when there is nothing to plot."""
        from .reference.store import Store
        from .track.plot import figure_for_article

        only = None if self.reference in (None, "all", "none") else self.reference
        fig = figure_for_article(Store(self.store_dir, only=only), self)
        if path is not None:
            fig.savefig(path)
        return fig

    def _repr_html_(self) -> str:
        from .display import article_html

        return article_html(self)

    def __repr__(self) -> str:
        from .display import article_text

        return article_text(self)

    def readable(self):
        """(claims, findings) as DataFrames whose money reads as money, for display.

        >>> r = verify_text("Trade between Belarus and Iran was $100mn in 2022.", reference="none")
        >>> r.readable()[0].loc[0, "value_usd"]
        '$100mn'
        """
        from .display import readable

        return readable(self.claims), readable(self.findings)

    def to_dict(self) -> dict:
        from .markup import locate

        data = {
            "document": self.document.to_dict(),
            "claims": [c.to_dict() for c in self.claim_list],
            "findings": [f.to_dict() for f in self.finding_list],
            "summary": self.summary(),
        }
        locate(data, self.document.source)
        return data


def extract_claims(text: str, published: str | None = None) -> "pd.DataFrame":
    """The claims of `text` as a pandas DataFrame (one row per claim, the contract's columns).

    >>> df = extract_claims("In 2022, exports from Belarus to Iran exceeded $81mn.")
    >>> df.loc[0, ["text", "bound", "measure", "reporter", "partner", "period"]].tolist()
    ['$81mn', 'gt', 'exports', 'BLR', 'IRN', '2022']
    >>> float(df.loc[0, "value_usd"])
    81000000.0
    """
    from .tables import claims_frame

    doc = make_document(text, published=published)
    return claims_frame(extract(doc), doc.path, doc.source)


def verify_file(path: str, published: str | None = None, reference: str | None = "all",
                store: str | None = None) -> Result:
    """Read and check a file (.txt, .md or .html, read as `tradecheck verify` reads it).

    >>> from tradecheck import example
    >>> r = verify_file(example("uzbekistan-turkey-2023-draft.md"), reference="none")
    >>> f = r.findings.loc[0]
    >>> f["check"], f["status"], int(f["line"]), f["suggestion"]
    ('sum', 'inconsistent', 5, '$0.8bn')
    """
    from .read import read_document

    return verify(read_document(str(path), published=published), reference=reference, store_dir=store)


def verify_text(text: str, published: str | None = None, reference: str | None = "all") -> Result:
    """Extract and check every claim in `text`.

    >>> r = verify_text("Trade between Belarus and Iran was $100mn in 2022, more than "
    ...                 "three times higher than in 2021 ($33mn).")
    >>> r.findings.loc[0, ["check", "status"]].tolist()
    ['ratio', 'consistent']
    """
    return verify(make_document(text, published=published), reference=reference)
