"""Sub-national units (vocab/subnational.csv: a state, province, Land) as the reporters of
their own figures.

A country does not trade with its own states: where the pair rules read a unit as the partner
of the country it lies in ("São Paulo was the leading exporting state, with sales abroad of
US$ 72.1 billion" under Brazil's lead, "Gujarat accounted for 33% of India's exports"), the
figure is the unit's own flow with the world. A share read that way is the unit's part of
the country's flow ("representing 21.2% of the national total"), unless its own words say it
is of the unit's ("53.4% of the state's exports")."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim


def units_report_their_own(text: str, claims: list[Claim]) -> None:
    """Make each figure read as a country's trade with its own unit the unit's trade with the
    world, and tie a unit's share to the whole its words name (its own, or its country's)."""
    _shares_of_the_unit_around(text, claims)
    units = vocab.subnational()
    # (a text on trade between units, "Ontario sold C$147.8 billion to other provinces", gives
    # units as partners of each other: there none is read as the next one reporting)
    between_units = any(c.how.get("pair") == "within-country" for c in claims)
    swapped = prev = None
    for prev, c in zip([None] + claims, claims):
        if not between_units and c.partner and c.reporter and _sibling_units(c.reporter, c.partner) \
                and c.basis.get("pair") == "context" and _unit_named_in_clause(text, prev, c, c.reporter) \
                and not _unit_named_in_clause(text, None, c, c.partner):
            # "Wallonia exported goods worth €38.6 billion and the Brussels-Capital Region
            # €10.9 billion" after figures of Flanders: the unit the figure's own clause names
            # reports; the other unit, named nowhere in its sentence, was only carried from the
            # text before, no partner ("Saskatchewan bought C$10bn of Manitoba goods, or 25%"
            # names both, and keeps them)
            c.partner = "WLD"
            c.how["pair"] = "unit-reports"
            continue
        if not between_units and c.partner and c.reporter and c.kind in ("amount", "share") and _sibling_units(c.reporter, c.partner) \
                and (c.basis.get("pair") == "context" or _ranked_with_before(text, c.start) or (swapped is not None and swapped is prev)) \
                and (c.how.get("pair") in ("named-partner", "partner-ranked", "ranked-item") or (
                    c.how.get("pair") == "same-as-previous" and swapped is not None and swapped.reporter == c.partner)):
            # "Catalonia ... shipped 98.6 billion euros. Madrid followed with 54.3 billion euros
            # (14.0% of the total)": a unit named beside the discourse's unit of the same
            # country is the next one reporting, not its partner; so is one ranked after it
            # ("..., followed by the province of X with $1.4 billion")
            c.reporter, c.partner = c.partner, "WLD"
            c.how["pair"] = "unit-reports"
            if c.kind == "share" and not c.commodity and c.extra.get("_whole") == "the total":
                c.extra["_whole_reporter"] = units[c.reporter]
            swapped = c
            continue
        if c.reporter and c.partner and c.kind == "amount" and _sibling_units(c.reporter, c.partner) \
                and _row_labelled_by(text, c.start, c.partner):
            # "Ontario |147.3 |245.6" in a table of provinces: the unit a row's label names
            # reports each of the row's figures, never the partner of the unit the text
            # was on (a text on trade between units, "interprovincial exports", too)
            c.reporter, c.partner = c.partner, "WLD"
            c.how["pair"] = "unit-reports"
            continue
        if c.reporter and c.partner and _lies_in(c.reporter, c.partner):
            # "Chihuahua's exports reached US$ 71,840.5 million" under "Chihuahua remains
            # Mexico's top exporting state": the country is where the unit lies, no partner
            c.partner = "WLD"
            c.how["pair"] = "unit-reports"
            continue
        if not c.partner or not c.reporter or not _lies_in(c.partner, c.reporter):
            continue
        country, unit = c.reporter, c.partner
        c.reporter, c.partner = unit, "WLD"
        c.how["pair"] = "unit-reports"
        if c.kind == "share" and not _of_units_own(text, c, unit):
            c.extra["_whole_reporter"] = country
    _unit_carried_by_discourse(claims)
    _share_of_country_after_units_figure(claims)
    for c, after in zip(claims, claims[1:] + [None]):
        country = units.get(c.reporter)
        if c.kind == "share" and country and not c.extra.get("_whole_reporter") and _national_re().match(text, c.end):
            # "The province's foreign trade accounted for 19.9 percent of the national total
            # of 41.76 trillion yuan": of the country's flow, and the total after it is that
            c.extra["_whole_reporter"] = country
            if vocab.country_of(c.partner) == country:
                # ("ranked third ..., behind Guangdong and Jiangsu, but second by exports, which
                # made up 15.2% of the national total": the country's trade is with the world,
                # so its part is the unit's with the world, not with a rival unit named before)
                c.partner = "WLD"
                c.how["pair"] = "unit-reports"
            if after is not None and after.how.get("pair") == "share-whole-owner" and after.reporter == c.reporter:
                after.reporter = country
    _counted_units_share_of_country(text, claims)


# the pair readings that take the reporter from the discourse, naming none of their own
_CARRIED_PAIRS = ("discourse", "named-partner")
# ... and those that name a reporter without changing the text's subject (a share's whole)
_ASIDE_PAIRS = ("share-whole-owner", "same-as-previous")


def _unit_carried_by_discourse(claims: list[Claim]) -> None:
    """"Guangdong's foreign trade reached 8.3 trillion yuan. Exports came to 5.4 trillion
    yuan": the discourse's reporter was read before the unit was made its own figure's
    reporter, so a figure that names no reporter after a unit's figure was given the unit's
    country; it is the unit's, as is the partner's figure ("Trade with ASEAN totalled"). A
    figure naming a reporter of its own ends the unit's run."""
    units = vocab.subnational()
    unit = at = None  # the unit whose figures the text gives, while no other reporter is named; its sentence
    moved = False  # whether the claim before was moved to the unit
    seen: set[str] = set()
    for c in claims:
        pair = c.how.get("pair")
        if c.reporter in units:
            unit, moved, at = c.reporter, False, c.sentence
            seen.add(c.reporter)
            if len(seen) > 1:
                return  # (units ranked one after another: which one a bare figure is of is a guess)
            continue
        if unit is None or c.sentence is None or at is None or c.sentence - at > 1:
            continue  # (only the sentence after the unit's figure goes on with it: later ones may turn to the country)
        if c.reporter == units[unit] and c.basis.get("pair") in ("context", "text") and (
                (pair == "discourse" and c.partner == "WLD") or (pair == "named-partner" and c.partner != units[unit])
                or (pair == "same-as-previous" and moved)):
            c.reporter = unit
            c.how["pair"] = "unit-discourse"
            moved = True
            continue
        moved = False
        if pair not in _CARRIED_PAIRS + _ASIDE_PAIRS:
            unit = None


def _counted_units_share_of_country(text: str, claims: list[Claim]) -> None:
    """"Maharashtra came second ... Together, the top three states accounted for $150 billion,
    or 48% of the national total": the share of a group of units counted by rank (a
    reporter group, link/counted_places.py) "of the national ..." is their part of the flow
    of the country the units named before it lie in."""
    units = vocab.subnational()
    country = None  # the country of the last unit's figure before
    for c in claims:
        if c.reporter in units:
            country = units[c.reporter]
        elif c.kind == "share" and country and c.extra.get("reporter_group") and c.partner == "WLD" \
                and not c.extra.get("_whole_reporter") and _national_re().match(text, c.end):
            c.extra["_whole_reporter"] = country


def _share_of_country_after_units_figure(claims: list[Claim]) -> None:
    """"Firms based in the province shipped $3bn abroad, up 4% from a year earlier and 15% of
    the country's total exports": a share whose whole names the unit's country, said of the
    unit's own figure before it in the sentence, is the unit's part of the country's flow
    (the whole's owner is not the part's reporter)."""
    units = vocab.subnational()
    last: Claim | None = None  # the last amount of a unit before, in the sentence
    for c in claims:
        if c.kind == "amount":
            last = c if c.reporter in units else None
            continue
        if last is None or last.sentence != c.sentence:
            continue
        if c.kind == "share" and c.how.get("pair") == "share-whole-named" and c.reporter == units[last.reporter] \
                and c.partner == last.partner and c.measure == last.measure:
            c.reporter = last.reporter
            c.extra["_whole_reporter"] = units[last.reporter]
            c.how["pair"] = "unit-reports"


def members_report_their_own(claims: list[Claim]) -> None:
    """"EU exports to Kyrgyzstan reached €2.41 billion ... Germany accounted for €1.39 billion
    of last year's total, or 58 percent": a member of the bloc whose flow the text gives,
    named as a subject (not after a preposition), is no partner of its own bloc: it reports
    its part of the bloc's flow with the bloc's partner, and a share of it is of the bloc's
    flow (vocab/blocs.csv lists the members)."""
    members = vocab.bloc_members()
    last: Claim | None = None  # the last figure of a bloc's flow with a partner outside it
    for c in claims:
        bloc = c.reporter
        inside = members.get(bloc or "", ())
        if c.partner in inside and last is not None and last.reporter == bloc and c.how.get("pair") in ("named-partner", "same-as-previous") \
                and c.basis.get("pair") == "context" and c.measure in ("exports", "imports", "trade_total") \
                and c.kind in ("amount", "share"):
            c.reporter, c.partner = c.partner, last.partner
            c.how["pair"] = "member-reports"
            if c.kind == "share":
                c.extra["_whole_reporter"] = bloc
            continue
        if c.kind == "amount" and bloc in members and c.partner not in (None, "WLD") and c.partner not in inside:
            last = c


# "..., narrowly ahead of Veneto with EUR 82.1 billion": a place ranked beside the one before,
# its own figure after "with" (the place is the one reporting, never a partner)
_RANKED_WITH = re.compile(r"\b(?:ahead\s+of|behind|followed\s+by|before|after)\s+(?:the\s+)?"
                          r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+with\s+(?:about\s+|around\s+|some\s+)?$")


def _ranked_with_before(text: str, start: int) -> bool:
    """Whether a ranked place's "with" stands right before the figure at `start`."""
    if "with" not in text[max(0, start - 15):start]:
        return False  # (cheap: most figures have no "with" right before them)
    return _RANKED_WITH.search(text, max(0, start - 80), start) is not None


def _row_labelled_by(text: str, pos: int, place: str) -> bool:
    """Whether the figure at `pos` stands in a table row whose label cell names `place`."""
    from ..extract import table_rows
    from ..extract.mentions import find_countries

    start, end = table_rows.line_at(text, pos)
    if text.find("|", start, pos) < 0:
        return False  # (a cell of a table has a pipe before it in its row: cheap)
    a, b = table_rows.label_cell(text, start, end)
    return any(x.attrs.get("iso") == place for x in find_countries(text[a:b]))


def _unit_named_in_clause(text: str, prev: Claim | None, c: Claim, unit: str) -> bool:
    """Whether the unit's name stands before the figure in its own clause: back to the
    figure `prev` before it in its sentence, or (`prev` None) to the sentence's start."""
    start = max(0, c.start - 150)
    if prev is not None and prev.sentence == c.sentence:
        start = max(start, prev.end)
    stops = list(_SENTENCE_STOP.finditer(text, start, c.start))
    if stops:
        start = stops[-1].end()
    names = tuple(n for n, code in vocab.subnational_codes().items() if code == unit)
    return bool(names) and _unit_name_re(names).search(text, start, c.start) is not None


# the end of a sentence before a figure's clause
_SENTENCE_STOP = re.compile(r"[.!?]\s+(?=[A-Z])")


@functools.cache
def _unit_name_re(names: tuple[str, ...]) -> re.Pattern:
    alt = vocab.alternation(names, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


def _sibling_units(a: str, b: str) -> bool:
    """Whether two places are distinct units of one country."""
    units = vocab.subnational()
    return a != b and a in units and units.get(a) == units.get(b)


def _lies_in(unit: str, place: str) -> bool:
    """Whether a unit lies in a place: its country, or the province a city is in."""
    return vocab.subnational().get(unit) == place or vocab.unit_within().get(unit) == place


def _shares_of_the_unit_around(text: str, claims: list[Claim]) -> None:
    """"The city ... accounted for half of Guangdong province's 2.14 trillion yuan in foreign
    trade": a city's share named as of the province it lies in is of the province's flow with
    the world, and the money after it, in the share's sentence, is that flow."""
    outer = vocab.unit_within()
    for c, after in zip(claims, claims[1:] + [None]):
        if c.kind != "share" or outer.get(c.reporter or "") != c.partner or not _of_units_own(text, c, c.partner) \
                or re.match(r"\s*(?:of|in)\s+its\b", text[c.end:]):
            continue  # ("of its trade": the city's own)
        province = c.partner
        c.partner = "WLD"
        c.extra["_whole_reporter"] = province
        c.how["pair"] = "unit-reports"
        if after is not None and after.kind == "amount" and after.sentence == c.sentence \
                and (after.reporter, after.partner) == (c.reporter, province):
            after.reporter, after.partner = province, "WLD"
            after.how["pair"] = "share-whole-owner"


def _of_units_own(text: str, c: Claim, unit: str) -> bool:
    """"53.4% of the state's exports", "of its exports", "of Ontario's exports": the words
    after the share name the unit (or the unit's noun) as the owner of the whole."""
    names = [n for n, code in vocab.subnational_codes().items() if code == unit]
    return _own_whole_re(tuple(names)).match(text, c.end) is not None


@functools.cache
def _own_whole_re(names: tuple[str, ...]) -> re.Pattern:
    nouns = vocab.alternation(vocab.unit_nouns(), space=r"\s+")
    named = vocab.alternation(names, space=r"\s+") if names else None
    owners = rf"the\s+(?:{nouns})|its" + (f"|{named}" if named else "")
    return re.compile(rf"\s*(?:of|in)\s+(?:{owners})(?:['’]s)?\s", re.I)


@functools.cache
def _national_re() -> re.Pattern:
    cues = vocab.alternation(vocab.national_cues(), space=r"\s+")
    return re.compile(rf"\s*(?:of|in)\s+(?:the\s+)?(?:{cues})(?![\w-])", re.I)


def units_country_and_peers(text: str, sents: list, claims: list[Claim]) -> None:
    """In a sub-national unit's text, the figures its words give to someone else: the whole
    country's ("Nationally, merchandise exports declined 1.5%": vocab/national_openers.csv
    before the sentence's comma) and another unit's of the same country, named right before
    the figure's bracket ("growth was highest in Manitoba (+9.2%)": that unit's own change,
    not the text's unit's)."""
    units = vocab.subnational()
    if not any(c.reporter in units for c in claims):
        return
    starts = {s.index: s.start for s in sents}
    prev_end: dict[int, int] = {}  # sentence -> the end of the last figure of it seen
    for c in claims:
        country = units.get(c.reporter or "")
        if country is None or c.measure in (None, "other") or c.partner not in ("WLD", None):
            continue
        start = starts.get(c.sentence)
        if start is not None and _national_opener_re().match(text, start, c.start):
            unit = _unit_subject_of_share(text, claims, c, max(start, prev_end.get(c.sentence, start)))
            if unit is not None and units.get(unit) == country:
                # "Nationally, exports totalled $593bn, meaning Chihuahua produced 12.5% of
                # the total and Coahuila 9.7%": a unit named as a share's subject after the
                # country's figure has its part of the country's flow
                c.reporter, c.partner = unit, "WLD"
                c.extra["_whole_reporter"] = country
                c.how["pair"] = "unit-share-of-country"
            else:
                c.reporter, c.partner = country, "WLD"
                c.how["pair"] = "national-opener"
            prev_end[c.sentence] = c.end
            continue
        prev_end[c.sentence] = c.end
        peer = _peer_before_bracket(text, c.start)
        if peer and peer != c.reporter and units.get(peer) == country:
            c.reporter, c.partner = peer, "WLD"
            c.how["pair"] = "unit-in-brackets"


def _unit_subject_of_share(text: str, claims: list[Claim], c: Claim, start: int) -> str | None:
    """The unit named last in the words from the figure before a share (`start`) up to it,
    as its subject ("meaning Chihuahua produced 12.5%", "and Coahuila 9.7%"); none when a
    preposition of a flow's other side stands before it ("exports to Texas")."""
    if c.kind != "share":
        return None
    found = None
    for m in _unit_names_re().finditer(text, start, c.start):
        found = m
    if found is None or _SIDE_BEFORE.search(text, max(0, found.start() - 12), found.start()):
        return None
    return vocab.subnational_codes().get(found.group(0))


@functools.cache
def _unit_names_re() -> re.Pattern:
    names = vocab.alternation(list(vocab.subnational_codes()), space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")


@functools.cache
def _national_opener_re() -> re.Pattern:
    words = vocab.alternation(vocab.national_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words})\s*,", re.I)


# a unit's name, then the bracket the figure opens ("in Alberta (-18.6%"), after no preposition
# of a flow's other side ("exports to Alberta (+4%)" are a partner's)
_BRACKET_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,3})\s*\(\s*[-+−–]?$")
_SIDE_BEFORE = re.compile(r"\b(?:to|from|into|with)\s+(?:the\s+)?$", re.I)


def _peer_before_bracket(text: str, start: int) -> str | None:
    """The unit named right before the bracket a figure opens, if any."""
    if "(" not in text[max(0, start - 3):start]:
        return None  # (cheap: most figures stand in no bracket)
    m = _BRACKET_BEFORE.search(text, max(0, start - 60), start)
    if m is None or _SIDE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    return vocab.subnational_codes().get(m["name"])


def figures_of_an_unnamed_unit(text: str, sents: list, claims: list[Claim]) -> None:
    """"Among the regions, Umbria was the leading exporter with shipments of €2bn": after an
    opener that ranks a country's sub-national units (vocab/unit_plurals.csv), a figure read
    as the country's is one unit's, of a unit the vocabulary does not know. Whose it is,
    then, is not known: it is left with no reporter, and no check reads it as the country's."""
    if "mong" not in text:
        return
    starts = {s.index: s.start for s in sents}
    for c in claims:
        start = starts.get(c.sentence)
        if start is None or c.reporter is None or "-" in c.reporter or c.measure in (None, "other") \
                or c.kind not in ("amount", "share", "percent_change"):
            continue
        m = _unit_ranking_re().search(text, start, c.start)
        if m is None:
            continue
        c.reporter = None
        c.extra.pop("reporter_group", None)
        c.how["pair"], c.basis["pair"] = "unnamed-unit", "text"


@functools.cache
def _unit_ranking_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.unit_plurals(), space=r"\s+")
    # ("Among the regions, ...", "Among Italy's provinces ...", "Among Italian regions, ...")
    return re.compile(rf"\b[Aa]mong\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+)?(?i:{nouns})\b")
