"""Finding numbers: every money amount, percentage, multiple, fraction, period, country,
flow word and product group in a text, with its span (stage 'extract' of the design).

`find_mentions` is the stage in one call; the modules beside it find one kind each."""
from __future__ import annotations

import functools
import re


def find_mentions(text: str) -> dict[str, list]:
    """Every mention in `text`, by kind ("amount", "percent", "period", "multiple",
    "fraction", "country", "flow", "commodity"), plus "decimal_comma": whether the text
    writes "4,77 billion", and "stated_rates": the exchange rates it states ("(1 euro =
    $1.1293)", USD per unit by currency code). Kinds are found in that order, and a span already read as one
    kind is not read again as a later one ("$5.2bn in 2023": the 5.2 is not a year)."""
    from . import acronyms, mentions as scan, selfcorrect, series_gaps
    from .keywords import Index
    from .periods import find_periods

    index = Index(text)  # where every word list's words start, found in one pass
    dc = scan.document_uses_decimal_comma(text)
    # countries first: a weak currency sign ("N95") is money only where its country is named
    all_countries = scan.find_countries(text, index)
    from .header_units import without_unit_lines
    # ("Unit: 100 million yuan" over a table: the cells' unit, no figure)
    rates: dict[str, float] = {}
    amounts = without_unit_lines(text, _figures(scan.find_amounts(text, dc, index, all_countries, rates)))
    taken = bytearray(len(text))

    def free(items):
        return [it for it in items if taken.find(1, it.start, it.end) < 0]

    def take(items):
        for it in items:
            taken[it.start:it.end] = b"\x01" * (it.end - it.start)

    # "eight of every ten dollars": a share in words, before "ten dollars" is read as money
    ratios = scan.find_ratios(text)
    take(ratios)
    amounts = free(amounts)
    take(amounts)
    # "2.2 billion dollars - eh, sorry, 2.4 billion": the figure taken back stays read (its
    # span is no other kind) but is no figure; the bare one given instead is
    amounts, corrected = selfcorrect.withdraw(text, amounts, amounts, dc)
    corrected = free(corrected)
    take(corrected)
    amounts = sorted(amounts + corrected, key=lambda a: a.start)
    # bare numbers in lines under a header that names their unit ("NOK billion")
    from .chart_labels import find_chart_figures
    from .header_units import find_header_figures, find_table_figures
    # (and a chart's data labels under a title that names their unit: extract/chart_labels.py)
    headed = _figures(free(find_header_figures(text, dc) + find_table_figures(text, dc) + find_chart_figures(text, dc)))
    take(headed)
    amounts = sorted(amounts + [h for h in headed if h.kind == "amount"], key=lambda a: a.start)
    percents = _figures(free(scan.find_percents(text, index)))
    take(percents)
    percents, corrected = selfcorrect.withdraw(text, percents, amounts + percents, dc)
    corrected = free(corrected)
    take(corrected)
    percents += corrected
    percents = sorted(percents + [h for h in headed if h.kind == "percent"], key=lambda a: a.start)
    periods = free(find_periods(text, index))
    take(periods)
    multiples = _figures(free(_comparative_cut_at_period(scan.find_multiples(text, index), taken)))
    take(multiples)
    fractions = sorted(ratios + free(scan.find_fractions(text, index)), key=lambda f: f.start)
    take(fractions)
    # "U.S. dollars", "Canadian dollar terms", "US$": a currency, not a country (looked for
    # in the ten characters after the name)
    countries = [c for c in free(all_countries) if not _CURRENCY_AFTER.match(text, c.end, c.end + 10)]
    # "the fair opened with Norway as partner country": an event's guest, no trade partner
    if " as " in text and ("countr" in text or "guest" in text):
        countries = [c for c in countries if not _event_guest_role_re().match(text, c.end, c.end + 40)]
    # "the Eurasian Economic Commission (EEC)": an acronym the text coins for a body of its
    # own names no place, there or later (a bracket starts the test: cheap when none)
    if "(" in text:
        coined = acronyms.names_coined_for_others(text, countries)
        if coined:
            countries = [c for c in countries if c.text not in coined]
    take(countries)
    # acronyms the text defines for its products ("Non-oil domestic exports (NODX)"): the
    # definition is one product phrase, and each later "NODX" names that product and flow
    defs = acronyms.find_definitions(text)
    named = free(acronyms.definition_mentions(text, defs))
    take(named)
    flows = free(scan.find_flows(text, index))
    commodities = _not_in_a_recording_basis(text, free(scan.find_commodities(text, index)))
    take(commodities)
    used, used_flows = acronyms.uses(text, defs)
    used = free(used)
    # ("Foreign trade turnover (FTT) reached ... Of the FTT, Iran - $2bn": an acronym the
    # text defines for a flow alone names that flow wherever it stands)
    flow_acronyms = free(acronyms.flow_uses(text)) if "(" in text else []
    flows = sorted(flows + [f for f in used_flows if any(u.start == f.start for u in used)] + flow_acronyms
                   + acronyms.definition_flows([d for d in defs if any(x.start == d.start for x in named)]), key=lambda f: f.start)
    flows = series_gaps.bare_gaps_of_other(flows)  # ("the gap" after "the trade finance gap": that gap)
    commodities = sorted(named + commodities + used, key=lambda x: x.start)
    return {"amount": amounts, "percent": percents, "period": periods, "multiple": multiples,
            "fraction": fractions, "country": countries, "flow": flows, "commodity": commodities,
            "decimal_comma": dc, "stated_rates": rates}


def _not_in_a_recording_basis(text: str, commodities: list) -> list:
    """"According to the general trade system (GTS), exports were": a product word inside the
    name of a recording basis (vocab/recording_bases.csv) names the series, no product."""
    if not commodities:
        return commodities
    spans = [(x.start(), x.end()) for x in _recording_basis_re().finditer(text)]
    if not spans:
        return commodities
    return [c for c in commodities if not any(a <= c.start and c.end <= b for a, b in spans)]


def _recording_basis_re() -> re.Pattern:
    from .. import vocab
    global _BASIS_RE
    if _BASIS_RE is None:
        words = vocab.alternation([r["phrase"] for r in vocab.table("recording_bases")], ignore_case=True, space=r"[\s-]+")
        _BASIS_RE = re.compile(rf"\b(?:{words})\b", re.I)
    return _BASIS_RE


_BASIS_RE: re.Pattern | None = None


# Past this a number is not a figure: no trade in any currency comes near it, and the
# arithmetic on it (a scale, a tolerance, a sum) would overflow to infinity.
LARGEST = 1e30


def _figures(found: list) -> list:
    """The mentions whose numbers are numbers: "$" and five thousand nines is not one."""
    def ok(v):
        return v is None or abs(v) <= LARGEST  # False for inf and NaN too
    return [m for m in found if ok(m.value) and ok(m.attrs.get("hi"))]


def _comparative_cut_at_period(found: list, taken: bytearray) -> list:
    """"grew 1.6 times over the past five years": a comparative read after "N times" ("over")
    that is the first word of a period already read is the period's, not the multiple's; the
    multiple ends before it ("1.6 times", of the same direction)."""
    from dataclasses import replace

    out = []
    for m in found:
        cmp = m.attrs.get("cmp")
        if cmp and taken.find(1, m.start, m.end) >= 0:
            cut = m.text.rfind(cmp)
            if cut > 0 and taken.find(1, m.start, m.start + cut) < 0 and taken[m.start + cut]:
                text = m.text[:cut].rstrip()
                m = replace(m, end=m.start + len(text), text=text, attrs={**m.attrs, "cmp": None})
        out.append(m)
    return out


# "U.S. dollars", "Canadian dollar terms": a country name before a currency word
# ... and "US$" glued to its sign where no amount follows it ("(US$ million)" in a table's
# caption, "US$ -11,319 million")
@functools.cache
def _event_guest_role_re() -> re.Pattern:
    from .. import vocab
    words = vocab.alternation(vocab.event_guest_roles(), ignore_case=True, space=r"\s+")
    return re.compile(r"\s+as\s+(?:(?:the|this\s+year's|its)\s+)?(?:" + words + r")\b", re.I)


_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|cents?|yuan|rupees?|pounds?)\b|\$", re.I)
