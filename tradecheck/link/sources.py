"""Which statistical source a figure comes from. An article that quotes two sources for
the same flow ("Chinese customs put it at X; Russian data show Y") gives two sets of
figures, and their difference is not an error: every claim carries its source, and the
checks compare only figures of one source."""
from __future__ import annotations

import bisect
import functools
import re

from .. import vocab
from ..model import Claim
from .cues import holds_any, longest_words


_KINDS = (r"(?:official\s+|preliminary\s+|provisional\s+|final\s+)?(?:customs(?:\s+(?:data|figures|service|statistics))?"
          r"|statistics(?:\s+(?:agency|office|bureau|service))?|figures|data|numbers"
          r"|(?:trade|economy|commerce|finance)\s+ministry|central\s+bank|media|press|officials|ambassador|embassy)\b")


@functools.cache
def _source_re() -> re.Pattern:
    # the agencies' names ignore case by themselves, first letters plain (see vocab.alternation)
    agencies = vocab.alternation(vocab.sources(), ignore_case=True, inline=True)
    return re.compile(
        rf"\b(?P<c>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:['’]s)?\s+{_KINDS}"
        r"|\b(?i:data|figures|statistics|numbers)\s+from\s+(?:the\s+)?(?P<f>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)"
        rf"|(?P<agency>{agencies})\b")


# One word every match of _source_re holds: of _KINDS (its second branch's too), or of an
# agency's name (kept with _KINDS: a word added there is added here)
_KIND_WORDS = ("customs", "statistics", "figures", "data", "numbers", "ministry", "bank", "media", "press", "officials",
               "ambassador", "embassy")


@functools.cache
def _source_keys() -> tuple[str, ...]:
    return tuple(sorted(set(_KIND_WORDS) | set(longest_words(vocab.sources()))))


def _sources_in(text: str, start: int, end: int):
    """_source_re's matches in text[start:end] (its words checked first: cheap); not the
    "Customs" of a customs union's name ("the Southern African Customs Union (SACU)"), a
    bloc of countries and no source of figures."""
    if not holds_any(text[start:end], _source_keys()):
        return ()
    return (m for m in _source_re().finditer(text, start, end) if not _UNION_AFTER.match(text, m.end()))


_UNION_AFTER = re.compile(r"\s+union\b", re.I)


@functools.cache
def _agency_re() -> str:
    return rf"(?i:{vocab.alternation(vocab.sources(), ignore_case=True)})"


def _label(text: str, m: re.Match, countries) -> str | None:
    """A country code when the source names its country ("Chinese customs", "Figures from
    Beijing", "Russian data"), else the agency's name in lower case."""
    for name in (m["c"], m["f"]):
        if name:
            for cand in (name, name.split()[0], name.split()[-1]):
                iso = countries.get(cand, (None,))[0] or _office_country(cand)
                if iso and iso != "WLD":
                    return iso
            # "US Census Bureau data": the country may stand just before the agency
            pre = re.search(r"([A-Z][\w.-]*)['’]?s?\s+(?:own\s+)?$", text[max(0, m.start() - 24):m.start()])
            if pre and countries.get(pre.group(1), (None,))[0] not in (None, "WLD"):
                return countries[pre.group(1)][0]
            agency = re.search(_agency_re(), m.group(0))
            if agency:
                return agency.group(0).lower()
            return name.lower() if m["f"] else None
    agency = m["agency"].lower()
    if agency in ("according to", "data from"):
        return None
    # "The Federal Customs Service": an office's full name that vocab/official_sources.csv
    # knows is that country's statistics, not the generic "customs" another country's
    # office in the article ("the General Administration of Customs") was called
    office = _office_country(_proper_name(text, m.start(), m.end()))
    if office:
        return office
    # "the Islamic Republic of Iran Customs Administration": the country's own agency, as
    # "Iran's customs office" is
    pre = re.search(r"([A-Z][\w.-]*)['’]?s?\s+(?:own\s+)?$", text[max(0, m.start() - 24):m.start()])
    if pre and countries.get(pre.group(1), (None,))[0] not in (None, "WLD"):
        return countries[pre.group(1)][0]
    return agency


def _office_country(name: str) -> str | None:
    """The country whose statistics office a name is ("Geostat's figures", "ArmStat data":
    vocab/official_sources.csv): two offices' figures for one pair are two sources."""
    offices = {phrase.lower(): iso for phrase, iso in vocab.official_sources().items()}
    return offices.get(name.lower())


def _proper_name(text: str, start: int, end: int) -> str:
    """The capitalised name an agency's word stands in ("Customs" in "the Federal Customs
    Service", "the General Administration of Customs")."""
    left = re.search(r"(?:[A-Z][\w-]*\s+(?:(?:of|and|for)\s+)?)*$", text[max(0, start - 80):start])
    right = re.match(r"(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w-]*)*", text[end:end + 80])
    name = (left.group(0) + text[start:end] + right.group(0)).strip()
    return re.sub(r"^The\s+", "", name)


def _clause_source(placed: list[tuple[int, str]] | None, c: Claim) -> str | None:
    """Of two countries' sources in a sentence, the one named last before the figure."""
    if not placed:
        return None
    before = [lab for at, lab in placed if at < c.start]
    return before[-1] if before else None


# "$15.2bn by Kazakh count and $15.0bn by China's": the count a figure is, right after it
_COUNT_AFTER = re.compile(r"\s+by\s+(?:the\s+)?(?P<c>[A-Z][\w-]+)(?:(?:['’]s)?\s+(?:own\s+)?(?:count|reckoning|tally|figures|data|numbers|statistics)\b"
                          r"|['’]s(?=\s*[,.;)]|\s+and\b|\s*$))")


def _count_after(text: str, c: Claim, countries) -> str | None:
    m = _COUNT_AFTER.match(text, c.end)
    if m is None:
        return None
    iso = countries.get(m["c"], (None,))[0]
    return iso if iso and iso != "WLD" else None


def countries_counting(text: str, start: int, end: int) -> set[str]:
    """The countries whose statistics the words from `start` to `end` quote ("China's
    customs recorded ..., while Kazakhstan's statistics bureau reported ...")."""
    countries = vocab.countries()
    labels = (_label(text, m, countries) for m in _sources_in(text, start, end))
    found = {lab for lab in labels if lab and _is_country(lab)}
    # ("China reported exports of ... worth $4.9bn, while Russian customs recorded imports":
    # a country that reports or records a flow counts it itself)
    for m in _COUNTRY_REPORTS.finditer(text, start, end):
        iso = countries.get(m["c"], (None,))[0]
        if iso and iso != "WLD":
            found.add(iso)
    return found


_COUNTRY_REPORTS = re.compile(r"\b(?P<c>[A-Z][\w-]+)\s+(?:reported|recorded|declared|registered)\s+(?:exports|imports|shipments)\b")


def _home_office(labels: list[str], claims: list[Claim]) -> str | None:
    """"data from the federal statistics office showed ... preliminary figures from Destatis
    showed": a statistics office named by no country, in a text whose one country's office is
    named (vocab/official_sources.csv) and is the country most of its figures report, is that
    office (one source, not two); None where another country's office or several are named."""
    countries = [lab for lab in labels if _is_country(lab)]
    if len(countries) != 1 or not any(not _is_country(lab) and "statistic" in lab for lab in labels) \
            or countries[0] not in vocab.official_sources().values():
        return None
    reporters = [c.reporter for c in claims if c.measure != "other" and c.reporter]
    if not reporters or max(set(reporters), key=reporters.count) != countries[0]:
        return None
    return countries[0]


def _is_country(label: str) -> bool:
    """Whether a source's label is a country's code ("CHN") rather than an agency's name."""
    return len(label) == 3 and label.isupper()


def assign(text: str, sentences, claims: list[Claim], body_paragraph: int = 2) -> None:
    """Label every flow claim with its source when the article quotes more than one."""
    countries = vocab.countries()
    per_sentence: dict[int, str] = {}
    alias: dict[str, str] = {}
    within: dict[int, list[tuple[int, str]]] = {}
    own = {id(c): lab for c in claims if (lab := _count_after(text, c, countries))}
    flow_sentences = {c.sentence for c in claims if c.measure != "other"}
    any_claim = {c.sentence for c in claims}
    para_of = {s.index: s.paragraph for s in sentences}
    sorted_claims = sorted(any_claim)
    for s in sentences:
        # A source counts where it dates figures, or where it opens a set of figures
        # without one of its own ("Ugandan figures differ. Exports to Kenya were ...").
        if s.index not in flow_sentences and s.index in any_claim:
            continue
        # A figureless sentence dates the figures right after it only where they are of flows,
        # in its paragraph or the next ("US Census Bureau data showed. / US imports from Mexico
        # rose ..."); not where the next figures are of something else, or far on ("Poland
        # has become Germany's fifth-largest partner, Destatis data showed." before a quote and
        # an investment's cost: the article's own source's figures come back after it).
        if s.index not in any_claim:
            k = bisect.bisect_right(sorted_claims, s.index)
            after = sorted_claims[k] if k < len(sorted_claims) else None
            if after is None or after not in flow_sentences or para_of[after] > s.paragraph + 1:
                continue
        placed = [(m.start(), lab) for m in _sources_in(text, s.start, s.end) if (lab := _label(text, m, countries))]
        found = [lab for _, lab in placed]
        if found:
            first = alias.get(found[0], found[0])
            per_sentence[s.index] = first
            # "the Foreign Trade Secretariat (Secex)": names in one sentence are one source
            for other in found[1:]:
                if other not in alias and isinstance(other, str) and not other.isupper():
                    alias.setdefault(other, first)
            countries_here = [(at, lab) for at, lab in placed if _is_country(lab)]
            if len({lab for _, lab in countries_here}) > 1:
                # "China's customs recorded exports of $24.7bn, while Kazakhstan's statistics
                # bureau reported imports of $15.6bn": two countries' sources, each its clause's
                within[s.index] = countries_here
    within_labels = [lab for placed in within.values() for _, lab in placed]
    labels = list(dict.fromkeys([*per_sentence.values(), *within_labels, *own.values()]))
    home = _home_office(labels, claims)
    if home is not None:
        per_sentence = {i: home if not _is_country(lab) and "statistic" in lab else lab
                        for i, lab in per_sentence.items()}
        labels = list(dict.fromkeys([*per_sentence.values(), *within_labels, *own.values()]))
    if len(labels) < 2 or not any(_is_country(lab) for lab in labels):
        # (agencies that no country names apart, "Commerce Department data" and "the Census
        # Bureau said", are one country's statistics: the article's own, one source)
        return
    # The article's own source is the first one its body names (the headline and
    # standfirst may quote the second source first).
    first_body = min((s.paragraph for s in sentences if s.index in per_sentence and s.paragraph >= body_paragraph), default=None)
    body_labels = [per_sentence[s.index] for s in sentences if s.index in per_sentence and s.paragraph == first_body]
    primary = body_labels[0] if body_labels else labels[0]
    current, para = primary, -1
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    for s in sentences:
        if s.paragraph != para:
            para = s.paragraph
            current = primary
        if s.index in per_sentence:
            current = per_sentence[s.index]
        for c in by_sentence.get(s.index, []):
            if c.measure != "other" or c.extra.get("change_of"):
                c.extra["source"] = own.get(id(c)) or _clause_source(within.get(s.index), c) or current
