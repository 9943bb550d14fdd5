"""A sub-national unit's trade with the rest of its own country, told apart from its trade
with other countries ("Ontario's total exports of goods and services reached C$460.2
billion. International exports accounted for C$312.4 billion, while interprovincial exports
— sales to customers in other provinces and territories — totalled C$147.8 billion").

A figure whose own words say it crosses no national border (vocab/within_country_cues.csv,
"within") has the unit's country as its partner: the rest of that country, never a part of
the unit's flow with the world. One whose words say it goes abroad ("abroad") is with the
world. In a text that gives both, a unit's figure whose words say neither ("total exports")
may hold both, so that its partner is a guess. A share whose whole is named as the
within-country flow ("38.1% of the province's interprovincial exports") is of that flow.
Runs after link/units.py has made each unit the reporter of its own figures."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract import table_rows
from ..model import Claim

# the measures that have a partner (a balance too: "an interprovincial trade surplus")
_FLOWS = ("exports", "imports", "trade_total", "balance")


def flows_within_the_country(text: str, sents: list, claims: list[Claim]) -> None:
    """Give each sub-national unit's figure the side of the border its own words name."""
    units = vocab.subnational()
    if not any(c.reporter in units for c in claims if c.reporter):
        return  # (no unit's figure: most texts; checked first, cheap)
    if not any(m.lastgroup == "within" for m in _cue_re().finditer(text)) and not _rest_of_own_country(text, claims, units):
        return  # (a text that never names trade within a country: "the International Trade City",
        # "traders supplying Africa and the rest of the Gulf")
    spans = {s.index: (s.start, s.end) for s in sents}
    said: dict[int, str] = {}  # sentence -> the side its last figure's words named
    for k, c in enumerate(claims):
        country = units.get(c.reporter or "")
        if country is None or c.measure not in _FLOWS:
            continue
        if c.kind == "share" and _share_within_of_whole_outside(text, claims, k, spans.get(c.sentence), country):
            said[c.sentence] = "within"
            continue
        if c.kind == "share" and _whole_within(text, c.end, country):
            # "38.1% of the province's interprovincial exports": of the flow within
            c.extra["_whole_partner"] = country
        if c.partner is None and _both_sides(c.extra.get("partner_group") or "", country):
            # "Total exports (international plus rest of UK)": a group of partners (no code of
            # its own) that is all its sales outside itself
            c.partner = vocab.unit_outside(c.reporter)
            del c.extra["partner_group"]
            c.how["pair"], c.basis["pair"] = "abroad-and-within", "text"
            continue
        if c.partner not in ("WLD", country):
            continue  # (a named partner: "The United States bought", "Quebec ..., buying")
        # (a table cell's own words are its column's header, before its row's other cells)
        side = _side_named(text, claims, k, spans.get(c.sentence), country) \
            or _column_side(text, c.start, c.end, country) or said.get(c.sentence)
        if side == "within":
            c.partner = country
            c.how["pair"], c.basis["pair"] = "within-country", "text"
        elif side == "abroad":
            c.partner = "WLD"
            c.how["pair"], c.basis["pair"] = "abroad", "text"
        else:
            c.basis["pair"] = "guess"  # (all its sales, or only those abroad: the words do not say)
        if side:
            said[c.sentence] = side


def _rest_of_own_country(text: str, claims: list[Claim], units: dict[str, str]) -> bool:
    """Whether the text names the rest of the country of a unit whose figures it gives ("to the
    rest of the UK" in a text on Scotland)."""
    countries = {units[c.reporter] for c in claims if c.reporter in units}
    return any(_names_country(m["name"], country) for m in _REST_OF.finditer(text) for country in countries)


def country_words_inside_cues(text: str, countries: list) -> list:
    """"sold $86bn to the other Canadian provinces": the country's adjective inside a
    within-country cue only says whose other provinces they are; it names no reporter or
    partner of its own (the unit's flow with the rest of its country is read from the cue)."""
    if "other" not in text or not any(c.attrs.get("kind") == "demonym" and "-" not in (c.attrs.get("iso") or "-") for c in countries):
        return countries  # (cheap: most texts have no country adjective between "other" and a unit's noun)
    spans = [m.span() for m in _cue_re().finditer(text) if m.lastgroup == "within" and " " in m.group(0)]
    if not spans:
        return countries
    return [c for c in countries if not (c.attrs.get("kind") == "demonym" and any(a < c.start and c.end < b for a, b in spans))]


def _side_named(text: str, claims: list[Claim], k: int, span: tuple[int, int] | None, country: str) -> str | None:
    """The side the figure's own words name: those before it in its clause first (back to the
    figure before it in the sentence), else those after it up to the clause's end."""
    if span is None:
        return None
    c = claims[k]
    before_start = max([span[0]] + [x.end for x in claims[:k] if x.sentence == c.sentence and x.end <= c.start])
    after_end = min([span[1]] + [x.start for x in claims[k + 1:] if x.sentence == c.sentence and x.start >= c.end])
    after = text[c.end:after_end]
    after = after[:m.start()] if (m := _CLAUSE_END.search(after)) else after
    if _whole_of_share_before(text, claims, k, before_start):
        after = ""  # ("60.5% of its total exports of £84.6bn went to the rest of the UK": the share went)
    for words in (text[before_start:c.start], after):
        side = _side_in(words, country)
        if side:
            return side
    return None


def _whole_of_share_before(text: str, claims: list[Claim], k: int, before_start: int) -> bool:
    """Whether the figure is the whole a share right before it is of ("60.5 per cent of
    Scotland's total exports of £84.6 billion went to the rest of the UK"): the words after
    such a whole say where the share went, not the whole."""
    before = claims[k - 1] if k else None
    return before is not None and before.kind == "share" and before.end == before_start \
        and before.sentence == claims[k].sentence and bool(_SHARE_WHOLE_BETWEEN.fullmatch(text, before.end, claims[k].start))


def _share_within_of_whole_outside(text: str, claims: list[Claim], k: int, span: tuple[int, int] | None, country: str) -> bool:
    """"60.5 per cent of Scotland's total exports of £84.6 billion went to the rest of the UK":
    a share whose whole's figure follows it, the words after that whole saying the share went
    to the rest of the unit's country, is of the unit's flow within; its whole, whose own words
    name no side, holds that flow and so is all the unit's sales outside itself
    (vocab.unit_outside), not those abroad. Reads both figures; True if it did."""
    share = claims[k]
    if k + 1 >= len(claims) or span is None or share.partner not in ("WLD", country, None):
        return False
    whole = claims[k + 1]
    if whole.kind != "amount" or whole.reporter != share.reporter or whole.measure != share.measure \
            or not _whole_of_share_before(text, claims, k + 1, share.end):
        return False
    after_end = min([span[1]] + [x.start for x in claims[k + 2:] if x.sentence == whole.sentence and x.start >= whole.end])
    after = text[whole.end:after_end]
    after = after[:m.start()] if (m := _CLAUSE_END.search(after)) else after
    if _side_in(after, country) != "within" or _side_in(text[share.end:whole.start], country):
        return False
    outside = vocab.unit_outside(share.reporter)
    share.partner, share.extra["_whole_partner"] = country, outside
    share.how["pair"], share.basis["pair"] = "within-country", "text"
    whole.partner = outside
    whole.how["pair"], whole.basis["pair"] = "abroad-and-within", "text"
    return True


def _side_in(words: str, country: str) -> str | None:
    """The side named last in `words`."""
    found = [(m.start(), m.lastgroup) for m in _cue_re().finditer(words)]
    found += [(m.start(), "within") for m in _REST_OF.finditer(words) if _names_country(m["name"], country)]
    return max(found)[1] if found else None


def _both_sides(words: str, country: str) -> bool:
    """Whether a composite partner's words ("international plus rest of UK") name both sides of
    the unit's border: its sales abroad and those to the rest of its own country."""
    sides = {m.lastgroup for m in _cue_re().finditer(words)}
    if any(_names_country(m["name"], country) for m in _REST_OF.finditer(words)):
        sides.add("within")
    return sides == {"within", "abroad"}


def _column_side(text: str, start: int, end: int, country: str) -> str | None:
    """The side named by the words standing right over a table cell's figure in the header
    lines above its table's rows ("Interprovincial   International" over "exports   exports"
    over "Manitoba |21.5 |18.9"): a column headed "Interprovincial exports" holds each row's
    unit's sales to the rest of its country, one headed "International exports" its sales
    abroad."""
    line_start, _ = table_rows.line_at(text, start)
    if text.find("|", line_start, start) < 0:
        return None  # (a cell of a table has a pipe before it in its row: cheap)
    a, b = start - line_start, end - line_start
    top = line_start
    while top > 0:  # (up past the table's rows, to the lines of words over them)
        above, above_end = table_rows.line_at(text, top - 1)
        if not table_rows.is_row(text, above, above_end):
            break
        top = above
    words = []
    for _ in range(_MAX_HEADER_LINES):
        if top == 0:
            break
        above, above_end = table_rows.line_at(text, top - 1)
        line = text[above:above_end].replace("|", " ")
        if not line.strip() or _SENTENCE_END.search(line):
            break
        words[:0] = [w.group(0) for w in _HEADER_CELL.finditer(line) if w.start() < b and a < w.end()]
        top = above
    return _side_in(" ".join(words), country) if words else None


# the header lines read over a table's column, and a cell of one (words parted by single spaces)
_MAX_HEADER_LINES = 3
_HEADER_CELL = re.compile(r"\S+(?: \S+)*")
# a line of prose, no header: a sentence ends in it
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


def _whole_within(text: str, end: int, country: str) -> bool:
    """"... of the province's interprovincial exports": the share's whole named right after
    it is the within-country flow."""
    m = _WHOLE_AFTER.match(text, end)
    return bool(m) and _side_in(m.group(0), country) == "within"


def _names_country(name: str, country: str) -> bool:
    """"the rest of Canada": the name is the unit's own country's."""
    # (the name may run on into a capitalised word after it: "the rest of Canada In 2019")
    known = vocab.countries().get(name) or vocab.countries().get(name.split()[0])
    return bool(known) and known[0] == country


@functools.cache
def _cue_re() -> re.Pattern:
    groups = []
    for kind, phrases in sorted(vocab.within_country_cues().items()):
        words = [p for p in phrases if " " not in p]
        spans = [p for p in phrases if " " in p]
        alts = []
        if words:
            # (an adjective stands alone; "Interstate 35" is a road)
            alts.append(rf"\b(?:{vocab.alternation(words, ignore_case=True)})\b(?!\s+\d)")
        if spans:
            # (a noun phrase after a preposition: "to other provinces", not "than other states";
            # a capitalised adjective of the country may stand between its words: "to the other
            # Canadian provinces", "with other US states")
            phrase = vocab.alternation(spans, ignore_case=True, space=r"\s+(?:(?-i:[A-Z][\w-]+)\s+)?")
            alts.append(rf"\b(?:to|from|with|in|into|across|for)\s+(?:the\s+)?(?:{phrase})\b")
        groups.append(rf"(?P<{kind}>{'|'.join(alts)})")
    return re.compile("|".join(groups), re.I)


# "goes to the rest of Canada", "Exports to the rest of the UK", "(international plus rest of
# UK)": the name is checked against the unit's country ("the" before a short name, "the UK")
_REST_OF = re.compile(r"\b(?:to|from|with|in|into|across|for|plus|and)\s+(?:the\s+)?rest\s+of\s+(?:the\s+)?"
                      r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
# the end of a figure's clause after it ("and" joins clauses, not "goods and services", the one
# object of "sold $88.6B of goods and services to other states")
_CLAUSE_END = re.compile(r"[,;:—–(]|\s-\s|\b(?:while|whereas|but|and(?!\s+services\b))\b")
# the words between a share and the figure of its whole: " of Scotland's total exports of "
_SHARE_WHOLE_BETWEEN = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:exports|imports|trade|sales|shipments|purchases)"
                                  r"\s+(?:of|worth|totalling|totaling|valued\s+at)\s+(?:some\s+|about\s+|around\s+)?", re.I)
# the whole a share names right after it: "of" and a few words
_WHOLE_AFTER = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:exports|imports|trade|sales|shipments|purchases)\b", re.I)
