"""A company's own report: an earnings release, an annual report, an earnings-call transcript
("Acme Tools AG: sales up 8% in fiscal 2023 ... EBIT reached €95 million ... a dividend of
€1.20 per share"). Its sales, orders, backlog and exports are the company's, so none is its
country's trade: "Exports accounted for 70 per cent of sales, or €600 million", "Germany:
€210 million" in its list of sales by region, "Our order book stood at $2 billion". Only a
flow whose country is named in its own sentence stays the country's, the national figure
such reports quote for context ("Swiss watch exports rose by 5% to CHF 25 billion").

A text is a company's report when its lead names a company (a name ending in a company word,
vocab/company_words.csv) and it prints two words of a company's accounts or more
(vocab/company_accounts.csv). A lead whose company bears no such word ("Okada Machine Tool said
...") is still a company's when the text calls its subject "the company" and prints three
account words or more: a country's trade story quoting a firm rarely prints that many."""
from __future__ import annotations

import bisect
import functools
import re

from .. import vocab
from ..extract.mentions import find_countries
from ..model import Claim
from .companies import _has_suffix, _is_name, _suffixed, turnover_word

_FLOWS = ("exports", "imports", "trade_total", "balance")
# the lead: the headline, the dateline and the first paragraph's opening (a results
# release may put its title and the listing before the company's name)
_LEAD_LINES = 6
_LEAD_CHARS = 700
# account words a text must print to be a company's report when its company is named with no
# company word, only called "the company"
_UNSUFFIXED_ACCOUNTS = 3


@functools.cache
def _accounts_re() -> re.Pattern:
    words = vocab.alternation(vocab.company_accounts(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I)


@functools.lru_cache(maxsize=8)
def company_report(text: str) -> bool:
    """Whether `text` is a company's own report (see the module's doc)."""
    lines = [x for x in text.split("\n", 20)[:20] if x.strip()][:_LEAD_LINES]
    lead = "\n".join(lines)[:_LEAD_CHARS]
    if _has_suffix(lead) and any(_is_name(mm["name"]) for mm in _suffixed().finditer(lead)):
        need = 2
    elif "the company" in text.lower():
        need = _UNSUFFIXED_ACCOUNTS  # (a company known only as "the company": more proof)
    else:
        return False
    seen = set()
    for mm in _accounts_re().finditer(text):
        seen.add(" ".join(mm.group(0).lower().replace("-", " ").split()))
        if len(seen) >= need:
            return True
    return False


def turnover_of_the_company(text: str, flow_words: str) -> bool:
    """"Sales in Asia rose 9%", "net sales were $4.9 billion" in a company's report: sales or
    revenue with no owner named are the company's turnover (vocab/company_words.csv, kind
    "turnover"), no trade flow."""
    return turnover_word(flow_words) and company_report(text)


# measure rules that read a figure's flow off no words of its own: the text's running flow,
# a guess
_UNSAID = ("context", "guess")
# measure rules that carry the flow of the figure before (then its fate is theirs)
_CARRIED = ("continues-previous", "restates-previous")


def figures_of_the_company(text: str, sents, claims: list[Claim]) -> None:
    """In a company's report, read as the company's (measure "other") each flow figure whose
    sentence names no country that reports it: a figure of the running flow ("Germany: €210
    million" under "Sales by region"), or a flow word with no country ("Exports accounted
    for 70 per cent of sales"). A figure that carries the one before it goes with it."""
    if not claims or not company_report(text):
        return
    starts = [x.start for x in sents]
    turned: set[int] = set()
    for k, c in enumerate(claims):
        if c.measure not in _FLOWS:
            continue
        how = c.how.get("measure")
        if how in _CARRIED:
            prev = claims[k - 1] if k else None
            if prev is None or id(prev) not in turned:
                continue
        elif c.basis.get("measure") not in _UNSAID and _reporter_named(text, sents, starts, c):
            continue
        c.measure = "other"
        c.how["measure"] = "company-report"
        c.basis["measure"] = "context"
        turned.add(id(c))


def _reporter_named(text: str, sents, starts: list[int], c: Claim) -> bool:
    """Whether the claim's sentence names the country it reads as reporting ("German machine
    tool exports totalled €7.9 billion")."""
    if not c.reporter:
        return False
    i = bisect.bisect_right(starts, c.start) - 1
    if i < 0:
        return False
    sent = sents[i]
    return any(x.attrs.get("iso") == c.reporter for x in find_countries(text[sent.start:sent.end]))
