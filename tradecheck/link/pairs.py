"""The reporter and partner of a claim: roles of the countries near it ("Belarusian exports to
Iran", "imports from China", "X's share of Y's trade"), else the discourse pair."""
from __future__ import annotations

import collections
import functools
import re

from .. import vocab
from ..extract.keywords import fold  # (lower case with the letters re.I takes for ASCII ones: exact prefilters)
from ..extract.mentions import ALL_BUT_PREFIX, Mention, find_countries
from ..model import Claim
from . import topic
from .context import DocContext, State, city_dash_dateline_end
from .cues import origin_of_purchases as _origin_of_purchases
from .cues import caption_of, HEDGE, BUY, PREP_BEFORE_COUNTRY, RANKED_WITH, SELL, SHARE_WORD, TOTAL_CUE, WHOLE_FIGURE_IN, share_restates, holds_any, longest_words, change_before_re
from .rank_scope import ranks_scope
from .rules import Decision, rule
from .site import Site
from .dating import in_table_row, table_header_span
from ..extract import table_rows
from .ranked_traders import ranked_trader
from .buyer_of_owned_flow import buyer_of_owned_flow, owner_before_whole
from .pair_rows import involved_place
from .ranked_peers import ranked_after
from .counted_places import counted_places
from .ports import route_aside_re
from .earning_firms import earning_firms
from .headline_clauses import headline_first_clause
from .lead_product import restated_as_share_of_the_total
from .partner_columns import partner_column


def _role(text: str, c: Mention) -> str:
    """'P' for a country after a preposition ("to Iran", "with China"), 'R' otherwise."""
    if text.startswith("-", c.end) and _BOUND_FOR.match(text, c.end):
        return "P"  # "Kenya-bound cargo": where the goods go, not who sells them
    if c.attrs.get("home_relative"):
        return "P"  # "goods south of the border": a place where they go, as "to" names it
    pre = text[max(0, c.start - 14):c.start]
    if _flow_owner_of().search(text, max(0, c.start - 40), c.start):
        return "R"  # "the largest export group of Uzbekistan": whose exports they are
    if ALL_BUT_PREFIX.search(pre):
        return "P"  # "non-EU imports", "to extra-EU countries": the others, never the reporter
    # ("to neighbouring Iraq": the preposition may stand past an adjective the 14 characters
    # do not reach, so the preposition is looked for over a wider stretch)
    pre = text[max(0, c.start - 30):c.start]
    if PREP_BEFORE_COUNTRY.search(pre):
        if re.search(r"\bbetween\s+(?:the\s+)?$", pre, re.I):
            return "R"
        if pre.rstrip().lower().endswith(("with", "with the")) and _WITH_EXPORTER.match(text, c.end):
            return "R"  # "..., with U.S. exports of $76.6 billion": "with" governs the exports, the place sells them
        if re.search(r"\band\s+(?:the\s+)?$", pre, re.I) and not re.search(r"[A-Z][\w.'’-]*\s+and\s+(?:the\s+)?$", text[max(0, c.start - 40):c.start]):
            return "R"  # "..., and Qatar sixth with $2.4bn": the next in a list, not a pair "X and Y"
        return "P"
    return "R"


# "-bound" right after a place: the goods are headed there (a destination, the partner)
_BOUND_FOR = re.compile(r"-bound\b", re.I)


# a place's exports right after it, a word or two of what is sold between ("U.S. goods exports")
_WITH_EXPORTER = re.compile(r"[ \t]+(?:(?!to\b|from\b|with\b|of\b)[a-z-]+[ \t]+){0,2}?exports\b")


def own_place(text: str, c: Mention) -> bool:
    """"Goods worth €90 billion were exported from Austria", "imported into Chile": the goods
    leave (or enter) the place named, so it reports the flow (vocab/own_place_phrases.csv);
    "imports from Chile" names the partner."""
    pre = text[max(0, c.start - 30):c.start]
    if "from" not in pre and "into" not in pre and "out of" not in pre:
        return False
    return _own_place_re().search(pre) is not None


@functools.cache
def _own_place_re() -> re.Pattern:
    words = vocab.alternation(vocab.own_place_phrases(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.I)


@functools.cache
def _flow_owner_of() -> re.Pattern:
    nouns = vocab.alternation(vocab.flow_owner_nouns(), ignore_case=True)
    return re.compile(rf"\b(?:export|import)\s+(?:{nouns})\s+of\s+(?:the\s+)?\Z", re.I)


def share_whole_country(text, m, sent):
    after = text[m.end:min(sent.end, m.end + 50)]
    mm = re.match(r"^\s*(?:,\s*)?of\s+(?:the\s+)?(?:total\s+|overall\s+|all\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Federation)\s+of\s+(?:the\s+)?)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s\b|\s+(?:total\s+|goods\s+|merchandise\s+)?(?:exports|imports|trade|sales|purchases)\b)", after)
    if mm and _is_country(mm["c"]):
        return mm["c"]
    if mm and mm["c"] in vocab.compass_short_names() and after[:mm.start("c")].rstrip().endswith("the"):
        # "76% of the North's shipments": a compass word a text uses for a country whose name
        # it heads (extract/mentions.py reads "the North's" as that country where the text names it)
        return "the " + mm["c"]
    # "31.7% of everything Australia exported", "a sixth of what Kenya sold abroad"
    mm = re.match(r"^\s*(?:,\s*)?of\s+(?:everything|all(?:\s+that)?|what)\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:exported|imported|sold|bought|shipped|exports|imports|sells|buys)\b", after)
    if mm and _is_country(mm["c"]):
        return mm["c"]
    return None


# "of Ghana's exports to the Netherlands": the whole's own flow word, then its partner
_WHOLE_FLOW_TO = re.compile(r"(?:['’]s?)?\s+(?:total\s+|goods\s+|merchandise\s+)?(?:exports|imports|trade|sales|purchases|shipments)\s+(?:to|from|with)\s+(?:the\s+)?$", re.I)


def _whole_owner_partner(text: str, owner: Mention, countries: list) -> Mention | None:
    """"72.6% of Ghana's exports to the Netherlands": the place the whole's flow goes to (or
    comes from) is its partner, so the share is of the pair's flow, not of the owner's
    trade with whatever partner the text was on."""
    x = next((x for x in countries if owner.end <= x.start < owner.end + 40), None)
    if x is None or not x.attrs.get("iso") or not _WHOLE_FLOW_TO.fullmatch(text, owner.end, x.start):
        return None
    return x


def _is_country(name: str) -> bool:
    """A name as the whole of a share names it: "Brazil." (a full stop after) or "U.S."
    (the stop its own)."""
    countries = vocab.countries()
    # (a bloc too, "58% of ASEAN's imports": a group that owns its trade as a country does)
    return any(countries.get(n, (None,))[0] or _is_bloc(countries.get(n)) for n in (name.rstrip("."), name))


def _is_bloc(row) -> bool:
    """A group of countries.csv that is a bloc of members (vocab/blocs.csv), not a region."""
    if not row or row[1] != "group":
        return False
    return ("group:" + (row[2] or "")) in vocab.bloc_members()


def _goods_of_previous(text: str, x: Mention, prev_end: int) -> bool:
    """"it bought only $13.8bn of American goods, leaving a surplus of $83.2bn": a demonym
    in "of <demonym> goods" right after the figure before says where that figure's goods
    came from; it names no side of the next figure."""
    return x.attrs["kind"] == "demonym" and _OF_BEFORE.fullmatch(text, prev_end, x.start) is not None \
        and _goods_noun_after_re().match(text, x.end) is not None


_OF_BEFORE = re.compile(r"\s+(?:worth\s+)?of\s+(?:the\s+)?")


@functools.cache
def _goods_noun_after_re() -> re.Pattern:
    return re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{vocab.alternation(vocab.goods_nouns(), ignore_case=True)})\b", re.I)


@functools.cache
def _cause_words() -> tuple[str, ...]:
    return tuple(w.lower() + " " for w in vocab.cause_clause_openers())


@functools.cache
def _cause_clause_re() -> re.Pattern:
    # a clause of cause after a figure ("fell 10% last year as weak demand from smelters in
    # China hit sales", "because buyers in India held back", "amid weak demand from China";
    # vocab/cause_clause_openers.csv): its places are the cause's, not the flow's ("as well
    # as", "such as", "as much as" open none)
    words = vocab.alternation(vocab.cause_clause_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<!such )(?<!same )\b(?:{words})\s+(?!well\b|much\b|many\b|of\b|part\b|a\s+share\b|a\s+percentage\b|against\b)")
# the first "as" of a comparison right before ("three times as much as it sold to Japan")
_AS_COMPARED = re.compile(r"\bas\s+[\w-]+\s+$", re.I)


def _cause_clause(text: str, start: int, end: int) -> bool:
    """Whether a clause of cause opens between `start` and `end` (not the second "as" of a
    comparison)."""
    gap = text[start:end]
    if not any(w in gap for w in _cause_words()):
        return False  # (cheap: no opener's word)
    return any(not _AS_COMPARED.search(text, max(0, m.start() - 20), m.start()) for m in _cause_clause_re().finditer(text, start, end))


@functools.cache
def _rival_after_figure() -> re.Pattern:
    """"giving Germany a share of 32.2 percent - far ahead of Slovakia and Poland": a place
    ranked against the figure's own right after it (vocab/rank_against_cues.csv; not
    "against", which also names a partner: "a deficit of $2bn against China") is a rival,
    no side of the figure's flow."""
    cues = vocab.alternation([c for c in vocab.rank_against_cues() if c != "against"], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:(?:far|well|just|comfortably|narrowly|slightly|way)\s+)?(?:{cues})\s+(?:the\s+)?$", re.I)


@functools.cache
def _calendar_noun_re() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("calendar_nouns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{words})\b", re.I)


def names_a_calendar(text: str, x: Mention) -> bool:
    """Whether a country's adjective only names the calendar that dates a figure ("up 9
    percent in Kenyan fiscal year 2024/25": whose year, not who trades; vocab/calendar_nouns.csv)."""
    return x.attrs.get("kind") == "demonym" and _calendar_noun_re().match(text, x.end) is not None


def _named(s: Site) -> tuple[list, Mention | None, bool]:
    """The places the figure's clause names, each with its role ('R' the subject, 'P' after
    a preposition), the owner of a share's whole, and whether a national-total cue is near."""
    if "pair_named" in s.extra:
        return s.extra["pair_named"]
    text, sent, m, countries, state, ctx = s.text, s.sent, s.m, s.ms["country"], s.state, s.ctx
    prev_end, kind = s.prev_end, s.kind
    clause_start = max(sent.start, prev_end) if prev_end > sent.start else sent.start
    first_start = clause_start
    # "Hyundai Motor revenue hits record on U.S. demand; car exports top $70 bln": a place
    # before a semicolon is the other clause's
    own_start = max(clause_start, text.rfind(";", clause_start, m.start) + 1)
    # ("Mexico overtook China as the largest supplier: ..., the U.S. imported US$ 475.6
    # billion from Mexico": after a colon, a place with its verb right before the figure
    # and a partner after a preposition open the figure's own clause; not "With China it
    # was the other way round: Germany sold goods worth €97.3bn to the world's second-largest
    # economy", where the partner stays the one before the colon)
    colon = text.rfind(":", own_start, m.start)
    if colon >= 0 and any(colon < x.start < m.start and _subject_verb(text, x, m) for x in countries) \
            and any(colon < x.start < min(sent.end, m.end + 45) and x.attrs.get("iso") not in (None, "WLD") and _role(text, x) == "P"
                    for x in countries):
        own_start = colon + 1
    clause_start = own_start
    share_of = None
    for so in _SHARE_OF.finditer(text[clause_start:m.start]):
        share_of = clause_start + so.end()
    if share_of is not None and kind == "amount":
        clause_start = share_of
    # "exported £358.6 billion to the EU out of total exports of £859.6 billion": the whole
    # the part was taken out of names its own places, not the part's
    out_of = None
    for so in _OUT_OF_TOTAL.finditer(text[clause_start:m.start]):
        out_of = clause_start + so.start()
    clause_start = out_of if out_of is not None else clause_start
    # "Excluding trade with Botswana, Eswatini, Lesotho and Namibia, exports reached ...":
    # places left out are no side of the flow
    excl = _LEFT_OUT.search(text[sent.start:m.start])
    left_out: list[Mention] = []
    if excl:
        end = sent.start + excl.end()
        listed = [x for x in countries if end <= x.start < m.start]
        # ("excluding mainland China": one word may qualify the place)
        if listed and (listed[0].start - end < 3 or _ONE_WORD.fullmatch(text, end, listed[0].start)):
            left_out = _list_around(text, countries, listed[0])
            end = left_out[-1].end  # past the whole list
            if not excl.group(0).lower().startswith(_EVERYONE_BUT):
                left_out = []  # ("including Iran": counted in, a side of the flow as any other)
        comma = text.find(",", end, m.start)
        if comma >= 0:
            clause_start = max(clause_start, comma + 1)
    near = [x for x in countries if clause_start <= x.start < m.start]
    # A country right after the figure ("$1.92 bln to Germany") or in a share's whole
    # ("30% of Brazil's exports") also counts.
    # ("€161.4 billion (about $174.5 billion) were exported to the US": the figure restated
    # in another currency in brackets stands between it and its verb, no words of its own)
    restated = _RESTATED_IN_BRACKETS.match(text, m.end, sent.end)
    tail_start = restated.end() if restated else m.end
    tail = [x for x in countries if tail_start <= x.start < tail_start + 45
            and (not re.search(r"[;,]|\b(?:while|and)\b", _GOODS_AND_SERVICES.sub("goods", text[tail_start:x.start]))
                 and not _cause_clause(text, tail_start, x.start)
                 or _RESTATING_SHARE.fullmatch(text, tail_start, x.start)
                 or _PRODUCT_BEFORE_PLACE.fullmatch(text, tail_start, x.start)
                 or re.fullmatch(r",\s+(?:was|were|is|are)\s+with\s+(?:the\s+)?", text[tail_start:x.start]))
            and not _rival_after_figure().search(text, tail_start, x.start)]
    tail += _after_dash_aside(text, sent, m, countries)
    tail += _place_phrases(s, m.end, min(sent.end, m.end + 45))
    whole_owner = None
    if kind == "share":
        wo = share_whole_country(text, m, sent)
        if wo:
            for x in countries:
                if m.end <= x.start < m.end + 50 and (x.text == wo or wo.startswith(x.text) or x.text.startswith(wo + "'") or x.text.startswith(wo + "’")):
                    # "38.7 percent of all Chinese imports": where they come from, not who buys
                    whole_owner = None if (x.attrs["kind"] == "demonym" and _origin_before_imports(text, x, ctx)) else x
                    break
    whole_partner = None
    if whole_owner is not None:
        # ("48% of Germany's exports to the Central Asian country": the region phrase stands
        # for the partner named before, as if named)
        after_owner = _regional_anaphors(s, whole_owner.end, min(sent.end, whole_owner.end + 70)) if " the " in text[whole_owner.end:whole_owner.end + 40] else []
        whole_partner = _whole_owner_partner(text, whole_owner, sorted(countries + after_owner, key=lambda x: x.start))
    if not near:
        # Earlier in the sentence, before the previous number, still sets the pair when
        # the clause itself names none.
        # ("Russia's share of total foreign trade turnover of $45.6bn": the place before
        # "share of" owns the share, not the whole after it)
        whole_start = share_of if share_of is not None and kind == "amount" else own_start
        near = [x for x in countries if max(out_of or whole_start, whole_start) <= x.start < m.start]
        if near and prev_end > sent.start:
            near = [x for x in near if x.start >= prev_end] or []
        if left_out:
            # "Excluding Japan, shipments fell 5% to $2.1bn": the places left out are no side
            # of the flow; the figure is the reporter's flow to everyone else (a group without
            # a code of its own), never the flow to the place left out
            near = [x for x in near if x not in left_out] or left_out
    # "Shipments to the United States, which buys about three-quarters of everything Canada
    # sells abroad, reached $54.1-billion": places in an aside are no side of the figure
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(text, sent.start, m.start)]
    asides += [(a.start(), a.end()) for a in _mostly_aside().finditer(text, sent.start, m.start)]
    asides += [(a.start(), a.end()) for a in _participle_aside().finditer(text, sent.start, m.start)]
    asides += [(a.start(), a.end()) for a in route_aside_re().finditer(text, sent.start, m.start)]
    asides += [a for a in _event_clause(text, sent) if a[1] <= m.start]
    asides += _closed_dash_asides(text, sent, m.start, countries)
    viewpoint = _viewpoint_opener().match(text, sent.start, m.start) if text.find(" from ", sent.start, m.start) != -1 else None
    if viewpoint:
        asides.append((viewpoint.start(), viewpoint.end()))
    if ", as " in text[prev_end:m.start] or ", because " in text[prev_end:m.start] or ", while " in text[prev_end:m.start]:
        asides += [(a.start(), a.end()) for a in _cause_aside().finditer(text, max(sent.start, prev_end), m.start)]
    if asides and not any(a <= m.start < b for a, b in asides):
        near = [x for x in near if not any(a <= x.start < b for a, b in asides)]
        if not near:  # the place before the aside, the clause's own
            near = [x for x in countries if sent.start <= x.start < m.start and not any(a <= x.start < b for a, b in asides)][-1:]
    near = [x for x in near if not _agency_by(text, x) and not _deal_counterparty(text, x, m) and not _release_place(text, x)]
    near, composite = _without_composition_places(text, near, clause_start, m.start)
    if composite:
        s.extra["_composite_partner"] = composite
    if near and prev_end > sent.start:
        near = [x for x in near if not _goods_of_previous(text, x, prev_end)]
    near = _without_appositive_places(text, near)
    near = _without_enumerations(text, countries, near)
    near = _without_rival(text, near)
    near = _after_contrast(text, near, clause_start, m.start)
    near = _after_new_subject(text, near, clause_start, m)
    near = _without_subject_before_flow_clause(s, near, clause_start)
    near = _without_contrast_foil(text, sent, countries, near)
    near = _without_body_names(text, countries, near)
    near = _without_dateline_place(text, sent, near, ctx)
    if near and prev_end > sent.start and any(_role(text, x) == "P" for x in tail):
        # "£77.9 billion came from the EU and £66.8 billion from non-EU countries": the place
        # before the "and" went with the figure before it; this one names its own after it
        seps = list(_NEXT_ITEM.finditer(text, prev_end, m.start))
        if seps:
            near = [x for x in near if x.start >= seps[-1].end()]
    regional = _regional_anaphors(s, clause_start, m.start) + _owned_neighbours(s, clause_start, m.start)
    # ("the Caribbean country" is one country of the pair, not also the region its words name;
    # "Argentina's Mercosur neighbour" neither Argentina nor the bloc)
    near = [x for x in near if not any(r.start <= x.start and x.end <= r.end for r in regional)]
    pronouns = _place_pronouns(s, clause_start, m.start)
    if not pronouns and not near and own_start > first_start and _flow_pronoun_re().search(text, own_start, m.start):
        # "exports there have climbed steadily; in 2018 they rose by 11.7%": the pronoun after
        # the semicolon is the flow of the clause before, to the place its "there" stands for
        pronouns = _place_pronouns(s, first_start, own_start)
    near = near + regional + pronouns
    if s.respective_place is not None:
        # a list read "respectively": of its places, only this figure's one
        listed = _list_around(text, countries, s.respective_place, respective_list_gap())
        near = [x for x in countries if sent.start <= x.start < m.start and (x not in listed or x is s.respective_place)]
        if len(listed) < 2 or _place_role(text, listed[0], ctx) == "P":
            # partners named one by one, each with its own flows ("exports to China ...,
            # while exports to the US ..., leaving a deficit of X and a surplus of Y
            # respectively"), or a list of partners after another partner's figure
            # ("Shipments to the US came in at $10bn, while exports to A and B were $7bn and
            # $3bn respectively"): of the partners, only this figure's one; the reporter stays
            near = [x for x in near if x is s.respective_place or _place_role(text, x, ctx) != "P"]
    near = [x for x in near if not names_a_calendar(text, x)]
    if len(near) > 1:
        # ("Germany was the largest EU market at €4.9bn": the bloc names where Germany ranks,
        # no side of the figure; see rank_scope.py)
        near = [x for x in near if not ranks_scope(text, x)]
    near.sort(key=lambda x: x.start)
    named: list[tuple[str, str, Mention]] = []
    for x in near + ([whole_owner, whole_partner] if whole_owner else [x for x in tail if _place_role(text, x, ctx) == "P" or _owns_flow_after(text, m, x) or own_place(text, x)]):
        if x is None:
            continue
        iso = x.attrs["iso"]
        key = iso or ("group:" + x.attrs["label"])
        group = _group_with_member(text, x, countries) if iso and " other " in text[x.end:x.end + 20] else None  # (checked first: cheap)
        if group is not None:
            # "with the Soviet Union and the other Communist countries": the place is one of
            # the group named with it, and together they are the group, one side
            x, iso = group, group.attrs["iso"]
            key = iso or ("group:" + x.attrs["label"])
        listed = _closed_list(text, _list_around(text, countries, x)) if iso and x in countries else [x]
        if len(listed) >= 2 and x in listed and x is not s.respective_place and all(y.attrs["iso"] for y in listed) \
                and (_listed_as_one_side(text, listed) or _line_label_of_partners(s, listed)):
            # "exported €55.7bn of goods to Argentina, Brazil, Paraguay and Uruguay": the
            # places together are one side, the bloc they make up when they are its members
            # (not a list read "respectively": each figure is its own place's)
            key = _group_of(frozenset(y.attrs["iso"] for y in listed))
        if x.attrs["kind"] in ("anaphor", "group") and re.search(r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?$", text[max(0, x.start - 16):x.start], re.I):
            if x.attrs["kind"] == "anaphor":
                continue  # "imports from outside the bloc": the rest of the world, not the bloc
            key = "group:other than " + x.attrs["label"]  # "trade outside ASEAN": the others
        if _RANKED_IN_REGION.search(text, max(0, x.start - 70), x.start):
            continue  # "China's largest trading partner in Central Asia": where the rank holds, no side
        if (iso or x.attrs["kind"] == "group") and iso != "WLD" and group is None and _OTHER_BEFORE.search(text, max(0, x.start - 12), x.start):
            # "the rest went to other EU countries": the group's members but those named
            # (none named: "Nigeria's exports to other African countries" are its exports
            # to the group it belongs to)
            others = _others_of(s, x, iso or x.attrs["label"])
            if others is not None:
                key = "group:" + others
        elif (iso and iso != "WLD" or x.attrs["kind"] == "group") and (_ALL_BUT.search(text, max(0, x.start - 40), x.start)
                                                                      or _flow_outside(text, x, s.ms["flow"])):
            # "the deficit with countries other than the United States", "countries outside
            # the EAEU": everyone else, a group without a code of its own
            key = "group:other than " + (iso or x.attrs["label"])
        elif x in left_out and iso not in (None, "WLD"):
            key = "group:other than " + "+".join(dict.fromkeys(y.attrs["iso"] for y in left_out if y.attrs.get("iso")))
        key = _complement_of_bloc(s, x, key)
        if x.attrs["kind"] == "group" and x.attrs["possessive"] and _ONE_OF_REGION.match(text, x.end):
            # "Southeast Asia's largest economy": a country of the pair that lies there
            x = _region_member(s, x)
            if x is None:
                continue
            iso, key = x.attrs["iso"], x.attrs["iso"]
        if x.attrs["kind"] == "anaphor" and x.attrs["label"] in ("former", "latter"):
            x = _former_or_latter(s, x)
            if x is None or x.attrs["iso"] in (None, "WLD"):
                continue
            key = x.attrs["iso"]
        elif x.attrs["kind"] == "anaphor":
            main = ctx.main_partner or ""
            if x.attrs["label"] == "partner":
                # "the neighbouring country", "the Asian giant": the partner the text is about
                key = main if main and main != "WLD" else (state.partner if state.partner not in (None, "WLD") else None)
                if key is None:
                    continue
                owner = _its_owner_in_sentence(s, x)
                if owner is not None and owner.attrs["iso"] == key:
                    # "Uzbekistan's imports from Turkmenistan ..., while its exports to the
                    # neighbouring country": "its" is the sentence's owner, so the neighbour
                    # is the other country of the pair, and the owner reports
                    if state.reporter in (None, "WLD", key) or any(k == key for k, _, _ in named):
                        continue
                    named.append((key, "R", owner))
                    key = state.reporter
            elif x.attrs["label"] == "pair":
                # "Bilateral trade between the two countries": the reporter's trade with the
                # other country the text is about; or with the one its own clause named first
                # ("Laos ranked third, with trade between the two neighbours reaching")
                this = _pair_anaphor_partner(named, state)
                key = state.reporter if this is not None else _other_of_the_pair(state)
                if key is None:
                    continue
                if this is not None:
                    named[:] = [(k, "P" if k == this else r, y) for k, r, y in named]
            elif x.attrs["label"] == "region":
                # "a surplus ... with the region" after "Exports to CEFTA countries": the group
                # named last, not the text's main one
                key = _last_group(s, x)
                if key is None and _FLOW_TO_ANAPHOR.search(text, max(0, x.start - 8), x.start):
                    # ("total exports of 5.1 billion to the region" with no group named: a
                    # region all the same, a larger whole than the one partner the text is
                    # on, so never a second figure of that partner's flow)
                    key = "group:the region"
                if key is None:
                    continue
            elif x.attrs["label"] == "partners":
                # "EU exports to preferential partners were worth €779 billion ..., giving the
                # EU a surplus of €97 billion with these partners": the partners named before,
                # not the reporter named between
                key = _last_partner(s, x, complement=True)
                if key is None or (x.start < m.start and prev_end > sent.start
                                   and re.fullmatch(r"\s+(?:with|to|from)\s+", text[prev_end:x.start])):
                    continue  # (right after the figure before: that figure's partners)
            # "the bloc": the group the text is talking about
            elif main.startswith("group:") or main == "EUU":
                key = main
            elif state.partner and (state.partner.startswith("group:") or state.partner == "EUU"):
                key = state.partner
            elif state.last_bloc:
                key = state.last_bloc  # the bloc the text named last ("exports within Mercosur")
            else:
                continue
        elif x.attrs["kind"] == "demonym" and _qualifies_agent(text, x):
            continue  # "Chinese customs", "mines run by Chinese investors": no side of the flow
        if _names_origin(text, x):
            continue  # "Re-exports of Chinese-mainland origin": which goods, no side of the flow
        dup = next((i for i, (k, _, _) in enumerate(named) if k == key), None)
        if dup is not None:
            if named[dup][1] == "P" and _unit_possessive(text, x):
                # ("the statistics of Guangdong Branch of Customs ..., the import and export of
                # Guangdong province's foreign trade": the place named again as the owner reports)
                named[dup] = (key, "R", x)
            continue
        role = "R" if x is whole_owner else _place_role(text, x, ctx)
        if role == "P" and _names_exported_goods(text, x):
            role = "R"  # "Exports of Havana cigars": the place the goods are named for ships them
        if x.attrs["kind"] == "anaphor" and x.attrs["label"] == "pair":
            # ("between the two countries": the reporter's trade with the other one)
            role = "P" if key != state.reporter else "R"
        if x is s.respective_place and x is not whole_owner:
            # ("Trade with Uzbekistan, Kyrgyzstan ... respectively": each place has the role
            # of the list, which its first place shows)
            role = _place_role(text, _list_around(text, countries, x)[0], ctx)
        if named and named[-1][1] == "P" and not x.attrs["possessive"] and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", text[named[-1][2].end:x.start]) \
                and not _subject_verb(text, x, s.m):
            # "to mainland China, Hong Kong and Macao": one list, one role (not "With the
            # United States, Malaysia sold": a place with its verb after a fronted partner is
            # the clause's subject)
            role = "P"
        named.append((key, role, x))
    window = text[max(clause_start, m.start - 60):m.start]
    for x in near:
        if x.attrs.get("kind") == "name" and x.text.lower().startswith("the ") and x.start >= m.start - 60:
            # "the Middle Eastern country's exports": a country named, not "the country's" total
            a = max(0, x.start - (m.start - len(window)))
            window = window[:a] + " " * (x.end - x.start) + window[a + (x.end - x.start):]
    total_cue = bool(TOTAL_CUE.search(window + " " + s.after[:30]))
    if not total_cue and s.flow is not None and clause_start <= s.flow.start < m.start:
        # "Pakistan's overall exports to other countries registered an increase of": the
        # word that makes the flow a national total sits right before it
        cue = TOTAL_CUE.search(text, max(clause_start, s.flow.start - 25), s.flow.end)
        total_cue = bool(cue) and not any(x.start <= cue.start() < x.end for x in near if x.text.lower().startswith("the "))
    s.extra["pair_named"] = (named, whole_owner, total_cue)
    return s.extra["pair_named"]


# "$1.7 billion in Ugandan export declarations": "in", then the place that owns the figure's flow
@functools.cache
def _in_owner() -> re.Pattern:
    # ("outpacing the 2.4 percent growth in Norway's overall trade": a noun of the change may
    # stand between the rate and its "in"; vocab/rate_owner_nouns.csv)
    nouns = vocab.alternation([r["word"] for r in vocab.table("rate_owner_nouns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:(?:{nouns})\s+)?in\s+(?:total\s+|overall\s+|annual\s+)?", re.I)


# "- $427.2 billion: U.S. goods imports from China": a figure that opens its line (perhaps
# after a bullet), its colon, then the description it labels
_FIGURE_FIRST_LABEL = re.compile(r":\s+(?:the\s+)?")
_LINE_OPENER = re.compile(r"[ \t]*(?:[-*•–·]\s*)?")


def _owns_flow_after(text: str, m: Mention, x: Mention) -> bool:
    """"against $1.7 billion in Ugandan export declarations": a demonym or possessive right
    after the figure's "in", before the flow word its figure is of, owns that flow: it reports.
    So does the place that qualifies the flow word of the description after a line's opening
    figure and its colon, as it would in "U.S. goods imports from China: $427.2 billion"."""
    if text.startswith(":", m.end) and x.start - m.end < 12 and _FIGURE_FIRST_LABEL.fullmatch(text, m.end, x.start) \
            and _LINE_OPENER.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start) and flow_owner(text, x):
        return True
    return (x.attrs["kind"] == "demonym" or bool(x.attrs["possessive"])) and x.start - m.end < 40 \
        and _in_owner().fullmatch(text, m.end, x.start) is not None and flow_owner(text, x)


@functools.cache
def _share_of_total_after_re() -> re.Pattern:
    # ", accounting for 49.5% of total Swiss exports", ", or 18.6 per cent of all exports": a share cue (vocab/share_cues.csv),
    # the share, then the reporter's total flow (perhaps named by its demonym or possessive)
    cues = vocab.alternation(vocab.share_cues()["before"], ignore_case=True, space=r"\s+")
    return re.compile(rf",?\s+(?:{cues})\s+{HEDGE}\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?"
                      r"(?:(?:country|nation)['’]s\s+|[A-Z][\w-]*(?:['’]s)?\s+)?(?:total|overall|all)\s+(?:[A-Z][\w-]*\s+)?(?:exports|imports)\b", re.I)


def _share_of_total_after(after: str) -> bool:
    """"..., accounting for 49.5% of total Swiss exports": a figure that the words right
    after it make a share of the reporter's total flow is a part of that whole, so with
    everyone, not with a partner the discourse carried from paragraphs before."""
    return _share_of_total_after_re().match(after) is not None


def _sold_abroad_after(after: str) -> bool:
    """"Of the R2.02 trillion of goods the country sold abroad in 2023": a figure that a
    relative clause makes everything a place sold abroad is its national total."""
    head = after[:70]
    return ("abroad" in head or "overseas" in head) and _SOLD_ABROAD.match(head) is not None


_SOLD_ABROAD = re.compile(r"\s+(?:(?:worth\s+)?of\s+(?:[a-z-]+\s+){0,2})?(?:that\s+|which\s+)?(?:the\s+(?:country|nation)|it|they|[A-Z][\w.-]*)"
                          r"\s+(?:sold|exported|shipped|sells|exports|ships)\s+(?:abroad|overseas)\b")


# (compiled once: _named runs for every figure)
_SHARE_OF = re.compile(r"\bshare\s+of\b", re.I)
_OUT_OF_TOTAL = re.compile(r"\bout\s+of\s+(?:a\s+|the\s+|its\s+|their\s+)?(?:total|overall|all)\b", re.I)
# (not "counting", "including": what follows them is inside the figure)
_ONE_WORD = re.compile(r"[a-z]+\s+")
_EVERYONE_BUT = ("excluding", "except", "other", "apart", "not counting", "without")
_LEFT_OUT = re.compile(r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|not\s+counting|without|counting|including)\s+(?:trade\s+with\s+)?(?:the\s+)?", re.I)


@functools.cache
def _overtaken_re() -> re.Pattern:
    cues = vocab.alternation(vocab.overtake_verbs(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+)?$", re.I)


@functools.cache
def _overtake_firsts() -> tuple[str, ...]:
    """The first word of every overtake verb, folded: any match of _overtaken_re holds one."""
    return tuple({fold(w.split()[0]) for w in vocab.overtake_verbs()})


def _may_overtake(words: str) -> bool:
    """False where no overtake verb can be in `words` (a check before the search, which
    tries every position: cheap)."""
    folded = fold(words)
    for k in _overtake_firsts():
        if k in folded:
            return True
    return False


def _without_rival(text: str, near: list[Mention]) -> list[Mention]:
    """"Mexico overtook China in 2023 as the main trading partner of the United States, with
    bilateral trade of $798.8bn": the place overtaken is a rival, not the partner, where two
    other places make the pair."""
    rivals = [x for x in near if _may_overtake(text[max(0, x.start - 30):x.start])
              and _overtaken_re().search(text, max(0, x.start - 30), x.start)]
    rest = [x for x in near if x not in rivals]
    if rivals and len(rest) == 1 and all(_overtaken_as_ranked_re().match(text, x.end) for x in rivals):
        # "The United States overtook China as the top destination, taking $127.8 billion":
        # the ranking names what the place is (a buyer, a supplier, vocab/rank_nouns.csv) to
        # the reporter in hand; the rival is no side, and the place alone no reporter with it
        return rest
    return rest if rivals and len({x.attrs.get("iso") for x in rest}) >= 2 else near


@functools.cache
def _overtaken_as_ranked_re() -> re.Pattern:
    """After the rival: "as the top single destination", "in 2023 as the largest supplier"."""
    nouns = vocab.alternation(list(vocab.rank_nouns()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:in\s+(?:19|20)\d\d\s+)?as\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b", re.I)


def _agency_by(text: str, x: Mention) -> bool:
    """"Exports of dual-use items flagged by the US Treasury": a place before a government
    body's noun (vocab/agency_nouns.csv) after "by" names the agent, no side of the flow."""
    before = text[max(0, x.start - 8):x.start]
    # ("by" in the words before: checked first, cheap)
    return "by" in before and bool(re.search(r"\bby\s+(?:the\s+)?$", before)) and bool(_agency_after_re().match(text, x.end))


def _release_place(text: str, x: Mention) -> bool:
    """"The Bank's Summary of Economic and Financial Data, released in Accra, showed that
    exports ...", "Releasing the monthly bulletin in Lusaka today, the Director said": a
    capital after a participle of release or speech (vocab/release_place_verbs.csv), perhaps
    its object, and "in" is where the document came out or the figures were said, no side of
    the flow."""
    # (only a capital, a seat of government and its offices; "in" checked first: cheap)
    return x.attrs["kind"] == "capital" and "in" in text[max(0, x.start - 8):x.start] \
        and _release_place_re().search(text, max(0, x.start - 60), x.start) is not None


@functools.cache
def _release_place_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.release_place_verbs(), ignore_case=True, space=r"\s+")
    # (the object a determiner opens and up to four words more: "the monthly bulletin")
    obj = r"(?:(?:the|a|an|its|his|her|their|this|these)\s+(?:[\w'’-]+\s+){1,4}?)?"
    return re.compile(rf"\b(?:{verbs})\s+{obj}in\s+$", re.I)


def _deal_counterparty(text: str, x: Mention, m: Mention) -> bool:
    """"driven by the Ras El-Hekma deal with the United Arab Emirates, pushing the overall
    balance of payments to a surplus of $4.5 billion": the counterparty of a deal
    (vocab/deal_nouns.csv), in a clause the figure's is apart from, is no side of the flow."""
    # (the comma checked first: cheap)
    if "," in text[x.end:m.start] and _deal_with_re().search(text, max(0, x.start - 40), x.start):
        return True
    # "Poland deals lift Korea's arms exports to record $17.3bn", "thanks to Polish orders":
    # a place that names a deal's side is its cause, not the flow's partner (but "Poland
    # deals worth $5bn": the deal's own figure)
    deal = _deal_after_re().match(text, x.end, m.start)
    return deal is not None and not _DEALS_OWN_FIGURE.fullmatch(text, deal.end(), m.start)


# what stands between a deal and its own figure: "deals worth", "orders of"
_DEALS_OWN_FIGURE = re.compile(r"\s+(?:(?:were\s+|was\s+)?worth|of|valued\s+at|totalling|totaling)?\s*(?:about\s+|some\s+|nearly\s+|around\s+)?")


@functools.cache
def _deal_after_re() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("deal_nouns")], ignore_case=True)
    return re.compile(rf"\s+(?:arms\s+|defen[cs]e\s+|military\s+)?(?:{nouns})\b", re.I)


@functools.cache
def _deal_with_re() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("deal_nouns")], ignore_case=True)
    return re.compile(rf"\b(?:{nouns})\s+with\s+(?:the\s+)?$", re.I)


@functools.cache
def _agency_after_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.agency_nouns(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{nouns})\b", re.I)


def _without_body_names(text: str, countries: list[Mention], near: list[Mention]) -> list[Mention]:
    """"at the meeting of the Iran-Kazakhstan joint economic commission, he said that Iran's
    exports to Kazakhstan reached": a hyphenated pair that names a body is no side of the
    figure when the clause names places of its own besides (else it is the best guess)."""
    body = [x for x in near if _in_body_name(text, countries, x)]
    rest = [x for x in near if x not in body]
    return rest if body and rest else near


def _without_dateline_place(text: str, sent, near: list[Mention], ctx) -> list[Mention]:
    """"Luxembourg, 15 November 2024 - The first estimate for euro area exports": the place
    of a dateline is where the release was filed; when the sentence after it names a subject
    of its own, that one reports, not the city (a statistics office's seat)."""
    dl = topic._DATELINE.match(text, sent.start, sent.end)
    # ("NEW YORK - U.S. imports from France rose": a city in capitals and a dash, no date;
    # a city that shares its name with its state must not report for the state)
    dl_end = dl.end() if dl is not None else city_dash_dateline_end(text, sent.start, sent.end)
    if dl_end is None:
        return near
    filed = [x for x in near if x.start < dl_end]
    if filed and any(x.start >= dl_end and _place_role(text, x, ctx) == "R" for x in near):
        return [x for x in near if x not in filed]
    if filed and ctx.main_reporter and all(x.attrs.get("iso") not in (ctx.main_reporter, ctx.main_partner) for x in filed) \
            and any(x.start >= dl_end for x in near):
        # ("Luxembourg, 16 May 2024 - In March 2024, extra-EU exports to China fell": the
        # seat of the office of a text about another pair, which the places after it name)
        return [x for x in near if x not in filed]
    return near


def _in_body_name(text: str, countries: list[Mention], x: Mention) -> bool:
    # (a hyphen with at most a space each side: the gap's length checked first, cheap)
    pair = [y for y in countries if y is not x and ((0 < y.start - x.end <= 3 and _HYPHEN_GAP.fullmatch(text, x.end, y.start))
                                                    or (0 < x.start - y.end <= 3 and _HYPHEN_GAP.fullmatch(text, y.end, x.start)))]
    if not pair:
        return False
    return bool(_body_after_re().match(text, max(x.end, pair[0].end)))


_HYPHEN_GAP = re.compile(r"\s?[-–]\s?")


@functools.cache
def _body_after_re() -> re.Pattern:
    """What follows a pair that names a body: up to three words, then the body's noun
    (vocab/body_nouns.csv)."""
    nouns = vocab.alternation(vocab.body_nouns(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b", re.I)


# ", but", "; while": a clause set against the one before it, with a subject of its own
_CONTRAST = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\s+", re.I)


def _after_contrast(text: str, near: list[Mention], start: int, end: int) -> list[Mention]:
    """"China still SA's biggest supplier, but Africa buys a quarter of exports": places
    before a contrasting clause that names its own are the other clause's, not the figure's."""
    cuts = list(_CONTRAST.finditer(text, start, end))
    if not cuts:
        return near
    own = [x for x in near if x.start >= cuts[-1].end()]
    return own if own else near


# ", and " opening a clause of its own: "the EU is our biggest market, and the Netherlands
# alone bought £48bn of our goods"
_AND_CLAUSE = re.compile(r",\s+and\s+", re.I)


def _after_new_subject(text: str, near: list[Mention], start: int, m: Mention) -> list[Mention]:
    """"The EU is still our biggest market, and the Netherlands alone bought £48bn of British
    exports": a place right after ", and" as the subject of the figure's verb opens a clause
    of its own; the places before it are the other clause's."""
    if len(near) < 2 or ", and " not in text[start:m.start]:
        return near
    for cut in reversed(list(_AND_CLAUSE.finditer(text, start, m.start))):
        subject = next((x for x in near if x.start >= cut.end() and re.fullmatch(r"(?:the\s+)?", text[cut.end():x.start], re.I)), None)
        if subject is not None and _verb_follows(text, subject, m):
            return [x for x in near if x.start >= cut.end()]
    return near


# a conjunction opening a clause whose subject is a bare flow noun, at most two words before
# it: "as exports grow", "while total shipments rose" (not a possessive that points back to
# the place before: "Kocaeli climbed to second place as its exports rose 16.0 percent"; nor
# "as a whole", which closes the place's own phrase: "Across the UK as a whole exports slipped")
_FLOW_CLAUSE_OPENER = re.compile(r"\s(?:as|while|whereas)\s+(?!a\s+whole\b)(?:(?!(?:its|their|his|her|our)\b)[a-z]+\s+){0,2}$")


@functools.cache
def _flow_nouns() -> frozenset[str]:
    """The nouns of a flow ("exports", "shipments"), lower case."""
    return frozenset(vocab.flow_nouns_of_verbs())


def _without_subject_before_flow_clause(s: Site, near: list[Mention], start: int) -> list[Mention]:
    """"US remains top buyer as exports grow 5.7% in nine months", "Africa cushions SA as
    trade deficit widens to R68.8bn": a place that is the subject of the clause before "as"
    ("while") is that clause's; the figure's clause, opened by a flow or balance noun that
    names no place, is about the reporter's own flow (a place after a preposition,
    "Sales to Japan fell as shipments dropped 5%", still names the flow's partner)."""
    if not near or not any(w in s.text[start:s.m.start] for w in (" as ", " while ", " whereas ")):
        return near  # (cheap: most clauses join no second one)
    # (a flow noun, not a verb: "the European Union as a whole took $22.61 billion" is one
    # clause; or a balance's noun: "Africa cushions SA as trade deficit widens to R68.8bn")
    flow = next((f for f in s.ms["flow"] if start <= f.start < s.m.start
                 and (f.text.lower() in _flow_nouns() or f.attrs.get("measure") == "balance")
                 and _FLOW_CLAUSE_OPENER.search(s.text, max(start, f.start - 30), f.start)), None)
    if flow is None or any(flow.start <= x.start < s.m.start for x in s.ms["country"]):
        return near
    kept = [x for x in near if x.start > flow.start or _role(s.text, x) == "P" or x.attrs.get("possessive")]
    if not kept:
        s.extra["_own_flow_clause"] = True  # (read by own_flow_after_partner_clause)
    return kept


@functools.cache
def _contrast_opener() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("contrast_openers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"[\"“‘']?(?:(?:but|and|yet)\s+)?(?:{words})\s+(?P<foil>[^,;:\d$€£¥%]{{2,40}}),", re.I)


def _without_contrast_foil(text: str, sent, countries: list[Mention], near: list[Mention]) -> list[Mention]:
    """"Unlike with China, Germany sold far more than it bought: exports to the US reached
    €157.9 billion": the place of a contrasting opener (vocab/contrast_openers.csv) is the
    foil, no side of the figures, when the sentence names another partner for them."""
    if not near or near[0].start - sent.start > 60:
        return near
    mm = _contrast_opener().match(text, sent.start, sent.end)
    if mm is None:
        return near
    a, b = mm.span("foil")
    foil = [x for x in near if a <= x.start < b]
    if not foil:
        return near
    isos = {x.attrs.get("iso") for x in foil}
    other = any(x.start >= mm.end() and x.attrs.get("iso") not in isos and _role(text, x) == "P"
                for x in countries if x.start < sent.end)
    return [x for x in near if x not in foil] if other else near


# (a thousands separator is no comma of the clause: ", which employs 100,000 people in Vietnam,")
# (a list's commas inside it too: "which reflect the activities of firms such as Google,
# Microsoft and Meta with headquarters in Dublin,")
_ASIDE = re.compile(r",\s+(?:which|who)\s+(?:[^,;]|(?<=\d),(?=\d{3}\b)|,(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:,|\s+(?:and|or)\s))){3,150},")


@functools.cache
def _participle_aside() -> re.Pattern:
    # "Motor cars, almost all of them re-exported to Central Asia and Armenia, were the top
    # export commodity at": a participle's aside on where the goods went, no side of the
    # figure (only quantifiers before it, vocab/aside_quantifiers.csv, and no figure in it)
    words = vocab.alternation([r["word"] for r in vocab.table("aside_quantifiers")], ignore_case=True)
    return re.compile(rf",\s+(?:(?:{words})\s+){{0,4}}[a-z-]+ed\s+(?:to|from|into)\s+[^,;\d$€£¥]{{2,80}},", re.I)


@functools.cache
def _viewpoint_opener() -> re.Pattern:
    # "Seen from Buenos Aires, Argentina ended 2021 with a surplus of": a participle of
    # vocab/viewpoint_participles.csv opening the sentence, up to its comma; the place in it is
    # where the figure is seen from (a switch of viewpoint), no side of it
    words = vocab.alternation(vocab.viewpoint_participles(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words})\s+[^,;\d$€£¥]{{2,60}},", re.I)


@functools.cache
def _cause_aside() -> re.Pattern:
    # "fell 7.4% to $120.3 billion ..., as Beijing's retaliatory duties hit soybeans, leaving a
    # record deficit of $419.2 billion": a clause a conjunction opens between two figures
    # (vocab/clause_openers.csv), closed by a participle that goes on with the main clause,
    # names a cause; its places are no side of the figure after it
    words = vocab.alternation([r["word"] for r in vocab.table("clause_openers")], ignore_case=True)
    return re.compile(rf",\s+(?:{words})\s+[^,;\d$€£¥]{{3,120}},(?=\s+[a-z]+ing\b)", re.I)


@functools.cache
def _event_opener() -> re.Pattern:
    # "Since Poland joined the European Union on 1 May 2004, its exports have risen": a
    # clause at the sentence's start that dates it by an event (vocab/event_openers.csv); the
    # places in it are no side of the flows after it, where it names no figure and no flow
    # (and one that says where someone spoke, vocab/speech_openers.csv: "Briefing journalists
    # in Nairobi, the minister said ...")
    words = vocab.alternation([r["word"] for name in ("event_openers", "speech_openers") for r in vocab.table(name)], ignore_case=True)
    # (after a dateline's dash, "WARSAW, 1 May (PAP) - Since ...", the sentence's own start)
    return re.compile(rf"(?:[^\n.]{{0,80}}?\s[-–—]\s+)?[\"“‘']?(?:{words})\s+(?P<clause>[^,;$€£¥%]{{3,100}}),", re.I)


def _event_clause(text: str, sent) -> list[tuple[int, int]]:
    mm = _event_opener().match(text, sent.start, sent.end)
    if mm is None or re.search(r"\d[\d.,]*\s*(?:bn|billion|million|mn|trillion|per\s*cent|percent)\b", mm["clause"], re.I):
        return []
    words = mm["clause"].lower()
    if any(re.search(rf"\b{re.escape(f)}\b", words) for f in vocab.flows()):
        return []
    return [(mm.start("clause"), mm.end())]


@functools.cache
def _mostly_aside() -> re.Pattern:
    # ", mostly to the United States,": where most of the flow went, an aside (vocab/mostly_cues.csv)
    # (", mostly garments from Bangladesh and Cambodia,": which goods, and where they came from)
    # (", mainly dried and ground products to Peru and Chile,": goods named by a few words
    # with their qualifiers, up to five words before the place)
    cue = vocab.alternation(vocab.mostly_cues(), ignore_case=True)
    return re.compile(rf",\s+(?:{cue})\s+(?:[a-z][\w-]*\s+){{0,5}}?(?:to|from|in|for)\s+[^,;]{{2,60}},", re.I)
def _mostly_after(s: Site) -> bool:
    """Whether the figure's clause goes on to say where most of its flow went or came from
    (", mostly to Kazakhstan", "during the year, mainly from China"; vocab/mostly_cues.csv)."""
    after = s.text[s.m.end:min(s.sent.end, s.m.end + 60)]
    return "," in after and _mostly_after_re().match(after) is not None


# another sum of money later in the sentence (then the figure is not the one broken down)
_AMOUNT_AHEAD = re.compile(r"[$€£¥]\s?\d|\d\s*(?:trillion|billion|million|bn|mn|tn)\b", re.I)


def _part_named_next(s: Site, key: str) -> bool:
    """Whether the next sentence opens by breaking the figure down (vocab/breakdown_openers.csv,
    breakdown_cues.csv: "Of that, €9.7 billion came from China") and names another place: the
    figure, the last of its sentence, is the whole the place's part is of, its flow with
    everyone, not with the partner the discourse had in hand."""
    if s.sent.end >= len(s.text) or _AMOUNT_AHEAD.search(s.text, s.m.end, s.sent.end):
        return False
    nxt = _breakdown_opener_re().match(s.text, s.sent.end)
    if nxt is None:
        return False
    stop = re.compile(r"[.!?](?:\s|$)|\n").search(s.text, nxt.end())
    return any(x.attrs.get("iso") not in (None, "WLD", key) and not x.attrs.get("possessive")
               for x in find_countries(s.text[nxt.end():stop.start() if stop else len(s.text)]))


@functools.cache
def _breakdown_opener_re() -> re.Pattern:
    words = vocab.alternation(vocab.breakdown_cues() + [r["phrase"] for r in vocab.table("breakdown_openers")], ignore_case=True, space=r"\s+")
    # (a list's next item too: "- Of that, ...")
    return re.compile(rf"[\s\-•*–]*(?:{words})\s*,", re.I)


@functools.cache
def _mostly_after_re() -> re.Pattern:
    cue = vocab.alternation(vocab.mostly_cues(), ignore_case=True)
    return re.compile(rf"(?:\s+(?:[\w-]+\s+){{0,4}}?[\w-]+)?\s*,\s+(?:{cue})\s+(?:to|from)\s+", re.I)


# an aside between dashes: "the rest – €5.9bn, or 59.0 percent of the total – went to"
_DASH = re.compile(r"\s[–—]\s|\s--\s")


# what comes before a dateline's dash: "VIENNA", "BRUSSELS, Feb 20 (Reuters)", "VIENNA, May 15, 2024"
_DATELINE_BEFORE = re.compile(r"\s*[A-ZÀ-Þ][^a-z\n]*?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\([^)]*\))?\s*")


def _closed_dash_asides(text: str, sent, end: int, countries: list[Mention]) -> list[tuple[int, int]]:
    """"Re-exports – goods of foreign origin shipped on from Latvia – accounted for €312
    million": an aside between two dashes, closed before the figure, says what the subject
    is; the places it names are no side of the figure's flow. (Not a list of places alone,
    "The remaining states – Rwanda, Burundi and South Sudan – together exported": those are
    the subject.)"""
    dashes = [d for d in _DASH.finditer(text, sent.start, end) if not _DATELINE_BEFORE.fullmatch(text, sent.start, d.start())]
    out = []
    for a, b in zip(dashes[::2], dashes[1::2]):
        words = list(text[a.end():b.start()])
        for x in countries:
            if a.end() <= x.start and x.end <= b.start():
                words[x.start - a.end():x.end - a.end()] = " " * (x.end - x.start)
        if not re.fullmatch(r"[\s,]*(?:(?:and|or|the)\b[\s,]*)*", "".join(words)):
            out.append((a.start(), b.end()))
    return out


def _after_dash_aside(text: str, sent, m: Mention, countries: list[Mention]) -> list[Mention]:
    """"Exports to Germany were €4.1bn; the rest – €5.9bn, or 59.0 percent of the total –
    went to other EU countries": the figures of an aside between dashes belong to what the
    clause says after it, so the places a few words after its closing dash are theirs."""
    opening = [d for d in _DASH.finditer(text, sent.start, m.start) if not _DATELINE_BEFORE.fullmatch(text, sent.start, d.start())]
    if len(opening) % 2 != 1:  # (inside an aside: an odd number of dashes before the figure)
        return []
    closing = _DASH.search(text, m.end, sent.end)
    if closing is None or re.search(r"[;]", text[m.end:closing.start()]):
        return []
    return [x for x in countries if closing.end() <= x.start < closing.end() + 45
            and not re.search(r"[;,]|\b(?:while|and)\b", text[closing.end():x.start])]


def _closed_list(text: str, listed: list[Mention]) -> list[Mention]:
    """A list up to its member after "and" ("Botswana, Eswatini, Lesotho and Namibia, South
    African exports ...": the comma after Namibia ends the list)."""
    for k in range(1, len(listed)):
        if re.fullmatch(r"\s*,?\s*(?:and|or)\s+(?:the\s+)?", text[listed[k - 1].end:listed[k].start]):
            return listed[:k + 1]
    return listed


def _group_of(isos: frozenset[str]) -> str:
    """The bloc whose members are exactly `isos`, else a group of them without a code."""
    for bloc, members in vocab.bloc_members().items():
        if members == isos:
            return bloc
    return "group:" + "+".join(sorted(isos))


def _without_enumerations(text: str, countries: list[Mention], near: list[Mention]) -> list[Mention]:
    """"the top five destinations were Malaysia, Cameroun, Italy, Ghana and the Netherlands,
    and the commodity re-exported most was ... at N13.67 billion": three or more places in
    one list are an enumeration, not the two sides of a figure after it (unless a preposition
    makes the list one side: "shipped to mainland China, Hong Kong and Macao goods worth")."""
    out, seen = [], set()
    for x in near:
        if id(x) in seen:
            continue
        listed = _list_around(text, countries, x, _LOOSE_LIST_GAP)
        # (the list's length checked before the words before it: cheap)
        if len(listed) >= 3 and not _governed_list(text, listed) and not _named_together(text, listed):
            seen.update(id(y) for y in listed)
            continue
        out.append(x)
    return out


def _governed_list(text: str, listed: list[Mention]) -> bool:
    return bool(re.search(r"\b(?:to|from|with|into|between|and)\s+(?:the\s+)?(?:[a-z]+\s+)?$", text[max(0, listed[0].start - 25):listed[0].start], re.I))


# "to Argentina, Brazil and Uruguay"; of two places, a flow's own preposition, perhaps with
# an adjective ("Exports to mainland China and Hong Kong"), never "between" (the two sides)
_LIST_AS_SIDE_BEFORE = re.compile(r"\b(?:to|from|with|into|between)\s+(?:the\s+)?$", re.I)
_PAIR_AS_SIDE_BEFORE = re.compile(r"\b(?:to|from|into)\s+(?:the\s+)?(?:[a-z]+\s+)?$")


def _listed_as_one_side(text: str, listed: list[Mention]) -> bool:
    """Whether a list of places is one side of a figure, their group: three or more after a
    preposition or with a joint word after them; two only after a flow's preposition
    ("exports to China and Hong Kong totaled": the reporter named before sells to both; "The
    other members - Rwanda and Burundi - together exported" are the sellers, read as such
    elsewhere)."""
    if len(listed) == 2:
        if not re.search(r"\band\b", text[listed[0].end:listed[1].start]) or any(y.attrs["possessive"] for y in listed):
            return False  # ("Imports from Poland, Ukraine's main supplier": an apposition, no list)
        return bool(_PAIR_AS_SIDE_BEFORE.search(text, max(0, listed[0].start - 25), listed[0].start))
    return _named_together(text, listed) or bool(_LIST_AS_SIDE_BEFORE.search(text, max(0, listed[0].start - 25), listed[0].start))


def _line_label_of_partners(s: Site, listed: list[Mention]) -> bool:
    """"China and Hong Kong: US$185.77 billion (38.7%)" in a list of a reporter's
    destinations: two places joined by "and" labelling a line, before its colon, are one item
    of the list, the reporter's partners together, when the text's reporter is neither (not
    the two sides of the figure)."""
    text = s.text
    if len(listed) != 2 or not text.startswith(":", listed[-1].end) or "and" not in text[listed[0].end:listed[1].start]:
        return False
    if not _LINE_OPENER.fullmatch(text, text.rfind("\n", 0, listed[0].start) + 1, listed[0].start):
        return False
    rep = s.state.reporter or s.ctx.main_reporter
    return rep not in (None, "WLD") and all(y.attrs["iso"] != rep and not y.attrs["possessive"] for y in listed)


def _named_together(text: str, listed: list[Mention]) -> bool:
    """"Tanzania, Rwanda and Burundi together accounted for the remaining US$ 139.8 million":
    places a joint word (vocab/joint_cues.csv) follows are one side of the figure, their group."""
    return bool(_joint_after().match(text, listed[-1].end))


@functools.cache
def _joint_after() -> re.Pattern:
    cue = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    # (or closing a dash aside: "The remaining partner states – Rwanda, ... and the DR Congo –
    # together exported")
    return re.compile(rf"\s*[,–—]?\s+(?:{cue})\b", re.I)


@functools.cache
def _joint_before() -> re.Pattern:
    """A joint word (vocab/joint_cues.csv) opening the clause before its list of places:
    "Taken together, ", "Combined, the "."""
    cue = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:(?:taken|put|added|considered)\s+)?(?:{cue})\s*,\s*(?:the\s+)?", re.I)


@functools.cache
def _part_verb_re() -> re.Pattern:
    """A verb that takes a part of a flow (vocab/partner_part_verbs.csv, "accounting for"
    and its finite forms), then perhaps a hedge, up to the figure."""
    verbs = set(vocab.partner_part_verbs()) | {"accounted for", "account for", "absorbed", "received", "made up", "represented", "bought"}
    words = vocab.alternation(sorted(verbs), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{words})\s+{HEDGE}$", re.I)


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
# a list that may hold names the gazetteer does not know ("Malaysia, Cameroun, Italy")
_LOOSE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,\s*){0,2}(?:and\s+)?|and\s+)(?:the\s+)?")


@functools.cache
def respective_list_gap() -> re.Pattern:
    """Between two places of a list read "respectively": a comma or "and", perhaps after a
    noun for the places of a group ("exports to ASEAN countries and Europe were $7bn and $3bn
    respectively", vocab/counted_partner_nouns.csv)."""
    nouns = vocab.alternation(vocab.counted_partner_nouns(), ignore_case=True)
    return re.compile(rf"(?:\s+(?:{nouns})\b)?" + _LIST_GAP.pattern, re.I)


def _list_around(text: str, places: list[Mention], x: Mention, gap: re.Pattern = _LIST_GAP) -> list[Mention]:
    """The list of places joined by commas and "and" that `x` belongs to."""
    i = places.index(x)
    lo = hi = i
    while lo > 0 and gap.fullmatch(text, places[lo - 1].end, places[lo].start):
        lo -= 1
    while hi + 1 < len(places) and gap.fullmatch(text, places[hi].end, places[hi + 1].start):
        hi += 1
        if "and" in text[places[hi - 1].end:places[hi].start]:
            break  # "A, B, C and D": the list ends with the place after "and"
    return places[lo:hi + 1]


# "of Chinese-mainland origin", "of US origin": a place that says where goods were made
_ORIGIN_AFTER = re.compile(r"(?:-[a-z]+|\s+[a-z]+)?\s+origin\b")


def _names_origin(text: str, x: Mention) -> bool:
    return bool(_ORIGIN_AFTER.match(text, x.end)) and bool(re.search(r"\bof\s+(?:the\s+)?$", text[max(0, x.start - 8):x.start]))


# "exports of ", "sales of the ": a flow out, then "of" the goods, right before a place
_EXPORTS_OF = re.compile(r"\b(?:exports?|shipments|sales)\s+of\s+(?:the\s+)?$", re.I)
# words that may follow a place after "exports of" and are no goods: a list, a route, a time
_NOT_GOODS_WORDS = frozenset(("and", "or", "to", "from", "in", "into", "the", "last", "this", "next", "year",
                              "month", "quarter", "also", "alone", "both", "each", "all", "which", "that"))


@functools.cache
def _goods_then_verb_re() -> re.Pattern:
    """One or two lower-case words, then a verb of a level or a change (vocab/level_verbs.csv,
    changes.csv): the goods' noun before the flow's verb ("cigars brought in", "tea rose")."""
    verbs = vocab.alternation(sorted(set(vocab.changes()) | vocab.level_verbs()), ignore_case=True)
    return re.compile(rf"\s+(?P<goods>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:{verbs})\b")


def _names_exported_goods(text: str, x: Mention) -> bool:
    """"Exports of Havana cigars brought in $150 million", "exports of Kenya tea rose": a
    place's name (not a demonym, read as the owner anyway) used as a word of the goods, between
    "exports of" and the goods' noun before the flow's verb, says where the goods come from:
    the exporter, not a buyer ("exports of Brazil rose", "exports of China to the US": no goods)."""
    if x.attrs["kind"] == "demonym" or x.attrs.get("possessive") or not _EXPORTS_OF.search(text, max(0, x.start - 30), x.start):
        return False
    goods = _goods_then_verb_re().match(text, x.end)
    return goods is not None and not any(w in _NOT_GOODS_WORDS or w in vocab.months() or w in vocab.not_products()
                                         for w in goods["goods"].split())


def _qualifies_agent(text: str, x: Mention) -> bool:
    nxt = re.match(r"\s+([A-Za-z]+)", text[x.end:x.end + 20])
    return bool(nxt) and nxt.group(1).lower() in vocab.agent_nouns()


_INSTITUTION = re.compile(r"\s+(?:National|Bureau|Statistics|Statistical|Revenue|Central|Federal|Customs|Chamber|Institute|Office|Council|Authority|Agency|Department|Ministry|Export|Investment|Trade\s+(?:Promotion|Development))\b")


# the capitalised words after a place, up to four (joined by "of", "and", "for", "&")
_CAPITALISED_AFTER = re.compile(r"(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w&'-]*){1,4}")


def _heads_a_name(text: str, x: Mention) -> bool:
    """"according to the Japan Automobile Manufacturers Association", "the Kenya Private
    Sector Alliance Chamber": a place that opens a run of capitalised words ending in a noun
    that heads an institution's name (vocab/name_heads.csv) names the body, whose figures
    are its country's: the reporter, even after a preposition."""
    if x.end + 1 >= len(text) or not text[x.end + 1:x.end + 2].isupper():
        return False  # (cheap: no capitalised word right after)
    mo = _CAPITALISED_AFTER.match(text, x.end)
    if mo is None:
        return False
    heads = vocab.name_heads()
    return any(w in heads for w in re.findall(r"[A-Z][\w&'-]*", mo.group(0)))


@functools.cache
def _name_head_of_re() -> re.Pattern:
    """A noun that heads an institution's name (vocab/name_heads.csv), written with its
    capital, maybe a few capitalised words after it, then "of" (and "the") right before a
    place: "Investment Center of the ", "Central Bank of "."""
    heads = vocab.alternation(vocab.name_heads(), space=r"\s+")
    return re.compile(rf"\b(?:{heads})(?:\s+(?:(?:and|for|&)\s+)?[A-Z][\w&'-]*){{0,3}}\s+of\s+(?:the\s+)?$")


def _ends_a_name(text: str, x: Mention) -> bool:
    """"The Export and Investment Center of the Dominican Republic reported that the
    country's exports ...", "the Central Bank of Nigeria said": a place after "of" that ends
    an institution's name is the country the body speaks for, the reporter of its figures,
    not a partner the "of" would make it."""
    if " of" not in text[max(0, x.start - 8):x.start]:
        return False  # (cheap: no "of" right before the place)
    return _name_head_of_re().search(text, max(0, x.start - 70), x.start) is not None


def two_together(text: str, places: list[Mention], before: int | None = None) -> tuple[Mention, Mention] | None:
    """The last two places named together ("Kazakhstan and Turkmenistan") among `places`
    (those ending before `before`), for a "the former" or "the latter" after them."""
    named = [y for y in places if y.attrs["kind"] != "anaphor" and (before is None or y.end <= before)]
    for a, b in zip(named[-2::-1], named[::-1]):
        if re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[a.end:b.start]):
            return a, b
    return None


# "its" owning a flow word after a place that opened the sentence
_ITS_FLOW = re.compile(r"\bits\s+(?:[a-z-]+\s+){0,2}?(?:exports|imports|shipments|purchases|supplies|sales)\b", re.I)


def _its_owner_in_sentence(s: Site, x: Mention) -> Mention | None:
    """The place that owns a flow at the start of the sentence ("Uzbekistan's imports ...")
    when "its" then owns the flow before `x` ("while its exports to the neighbouring
    country"): what the pronoun stands for; None otherwise."""
    if "its " not in s.text[s.sent.start:x.start]:
        return None
    first = next((y for y in s.ms["country"] if s.sent.start <= y.start < x.start), None)
    if first is None or not first.attrs.get("possessive") or not first.attrs.get("iso") or first.attrs["iso"] == "WLD" \
            or first.attrs.get("kind") in ("anaphor", "group", "demonym") or s.text[s.sent.start:first.start].strip(" -*•\n"):
        return None
    return first if _ITS_FLOW.search(s.text, first.end, x.start) else None


def _pair_anaphor_partner(named: list, state) -> str | None:
    """The country "the two countries" pairs with the reporter when the clause itself named
    one before it ("Vietnam ranked second, with trade between the two neighbours reaching
    $5.4 billion"): that one, not the partner the text carries from before. None when the
    clause named no country but the reporter."""
    rep = state.reporter
    if rep is None or rep == "WLD":
        return None
    return next((k for k, _, _ in named if k and k not in ("WLD", rep) and not k.startswith("group:")), None)


def _other_of_the_pair(state) -> str | None:
    """The country "the two countries" pairs with the reporter: the partner the text is on,
    else the country it has named most (the later on a tie), when the partner it carries is
    the world ("The Netherlands was Ghana's fourth largest trading partner, after China,
    Switzerland and the United States ... between the two countries")."""
    rep = state.reporter
    if rep is None:
        return None
    if state.partner not in (None, "WLD", rep):
        return state.partner
    counts = collections.Counter(iso for iso in state.named_places if iso != rep)
    if not counts:
        return None
    top = max(counts.values())
    return next(iso for iso in reversed(state.named_places) if iso != rep and counts[iso] == top)


def _former_or_latter(s: Site, x: Mention) -> Mention | None:
    """The place "the former" or "the latter" stands for: of the last two places named
    together before it, in its sentence or earlier ("Trade with Kazakhstan and Turkmenistan
    reached ... The former grew 2.1 times"); None when no two were."""
    two = two_together(s.text, s.ms["country"], x.start) or s.state.last_two
    if two is None:
        return None
    return two[0] if x.attrs["label"] == "former" else two[1]


def _place_role(text: str, x: Mention, ctx) -> str:
    """'R' for the reporter's side, 'P' for the partner's: after a preposition ("to Iran")
    a place is the partner, unless it is the exporter ("exports from Iran"); a possessive or
    a demonym reports, unless it names where purchases come from ("Chinese imports"); a
    country in an institution's name ("the Kenya National Bureau of Statistics") is the
    country whose statistics they are."""
    if x.attrs.get("pronoun"):
        return "P"  # "exports there": to the place named before
    role = _role(text, x)
    if _INSTITUTION.match(text, x.end) or opens_as_locative(text, x) or _source_after().match(text, x.end) \
            or _heads_a_name(text, x) or (role == "P" and _ends_a_name(text, x)):
        return "R"
    owner = _owner_after_of().search(text, max(0, x.start - 60), x.start) if role == "P" and x.attrs["kind"] != "demonym" else None
    if owner and not ((owner["for"] or "").strip().lower() == "in" and x.attrs["kind"] not in ("name", "short")):
        return "R"  # "the foreign trade turnover of Latvia", "the main export partners of Latvia"
    if role == "P" and (_exporter_after_from(text, x) or _importer_after_into(text, x) or own_place(text, x)):
        role = "R"
    if role == "P" and _owner_before_flow(text, x):
        role = "R"
    if x.attrs["possessive"] or x.attrs["kind"] == "demonym" or _group_modifies_flow(text, x):
        role = "R"
    if x.attrs["kind"] == "demonym" and (_origin_of_purchases(text, x) or _origin_before_imports(text, x, ctx)
                                         or _market_named_by_demonym(text, x)):
        role = "P"
    return role


@functools.cache
def _source_after() -> re.Pattern:
    """"According to U.S. Census Bureau data", "Kenyan customs data show": a place right
    before a statistical source's name (vocab/sources.csv) is the country whose statistics
    they are, the reporter, even after a preposition."""
    names = [w for w in vocab.sources() if w not in ("data from", "according to")]
    alt = vocab.alternation(names, ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{alt})\b", re.I)


@functools.cache
def _unit_possessive_re() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("unit_nouns")], ignore_case=True)
    return re.compile(rf"\s+(?:{nouns})['’]s?(?![\w])", re.I)


def _unit_possessive(text: str, x: Mention) -> bool:
    """"the import and export of Guangdong province's foreign trade": a sub-national unit's
    name, its unit noun (vocab/unit_nouns.csv) and a possessive after it owns the flow, as
    "Guangdong's" does."""
    return "-" in (x.attrs.get("iso") or "") and bool(_unit_possessive_re().match(text, x.end))


# "to the ", "from the ": a preposition and an article right before a demonym
_PREP_THE = re.compile(r"\b(?:to|from|into|with)\s+the\s+$", re.I)


@functools.cache
def _partner_noun_after_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.partner_nouns(), ignore_case=True)
    return re.compile(rf"\s+(?:{nouns})\b", re.I)


def _market_named_by_demonym(text: str, x: Mention) -> bool:
    """"exports to the Chinese market reached US$ 104,3 billion": a demonym between a
    preposition with its article and a noun for a partner (vocab/partner_nouns.csv:
    market, destination) names where the goods go or come from, not who reports."""
    return bool(_PREP_THE.search(text, max(0, x.start - 12), x.start)) and bool(_partner_noun_after_re().match(text, x.end))


def opens_as_locative(text: str, x: Mention) -> bool:
    """"In China, exports rose 2.9%", "Across the UK as a whole exports slipped": a place
    after a preposition of place that opens the sentence (past a dateline;
    vocab/locative_openers.csv), set off by a comma or taken as a whole, is where the figures
    are recorded: the reporter, not a partner."""
    return bool(_locative_opening_re().search(text, max(0, x.start - 30), x.start)) and bool(_LOCATIVE_CLOSE.match(text, x.end))


@functools.cache
def _locative_opening_re() -> re.Pattern:
    """"In ", "Across the " opening a sentence, a line or the text after a dateline's dash."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("locative_openers")])
    return re.compile(rf"(?:^|\n\s*|(?<=[.!?])\s+|\s[-–—]+\s+)(?:{words})\s+(?:the\s+)?$")


# what closes the opening place's phrase: its comma, or "as a whole" (no comma needed)
_LOCATIVE_CLOSE = re.compile(r"\s*,|\s+as\s+a\s+whole\b")


def _owner_before_flow(text: str, x: Mention) -> bool:
    """"the value of EU agri-food exports", "the top destination for EU exports": after "of"
    or "for", a place that qualifies the flow word right after it (what is traded may stand
    between) owns the flow, as "EU exports" does; not the world ("along with the general
    slowdown of world trade": the setting of another's figure)."""
    if x.attrs.get("iso") == "WLD" or not re.search(r"\b(?:of|for)\s+(?:the\s+)?$", text[max(0, x.start - 8):x.start], re.I):
        return False
    return bool(_flow_after_owner().match(text, x.end))


_TO_OR_FROM = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?")


def _demonym_flow_to_place(s: Site, x: Mention) -> bool:
    """"Indian exports to Oman", "Kenyan imports from Egypt": a demonym, then a flow word,
    then "to"/"from" another named place. (Not "Chinese imports" alone: in a text on
    another country that is its imports from China.)"""
    if x.attrs.get("kind") != "demonym" or not x.attrs.get("iso"):
        return False
    flow = _flow_after_owner().match(s.text, x.end)
    to = _TO_OR_FROM.match(s.text, flow.end()) if flow else None
    return to is not None and any(y.start == to.end() and y.attrs.get("iso") not in (None, "WLD", x.attrs["iso"]) for y in s.ms["country"])


def flow_owner(text: str, x: Mention) -> bool:
    """"U.S. agricultural exports", "India's rice exports": a place that qualifies the flow
    word right after it (what is traded may stand between) owns the flow."""
    return bool(_flow_after_owner().match(text, x.end))


@functools.cache
def _flow_after_owner() -> re.Pattern:
    """Up to two lower-case words (what is traded) and a flow word (vocab/flows.csv, money
    that is a trade flow)."""
    flow = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure != "other"], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{flow})\b")


def _group_modifies_flow(text: str, x: Mention) -> bool:
    """A group's name used as a modifier of its own flow, as a demonym is ("46% of LDC
    merchandise exports", "G7 exports"): the group reports."""
    # ("extra-EU imports", "non-EU imports": the others, where the goods come from)
    return x.attrs["kind"] == "group" and not x.attrs["iso"] and not x.attrs["label"].startswith("other than") \
        and not ALL_BUT_PREFIX.search(text, max(0, x.start - 6), x.start) and bool(_flow_after_modifier().match(text, x.end))


@functools.cache
def _flow_after_modifier() -> re.Pattern:
    flow = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure in ("exports", "imports", "trade_total")],
                             ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:\s+(?:total|overall|merchandise|goods|combined))*\s+(?:{flow})\b", re.I)


@functools.cache
def _owner_after_of() -> re.Pattern:
    """A flow word (vocab/flows.csv, money that is a trade flow), with the partners of it, and
    "of" right before a place: the place is the flow's owner ("total exports of goods of the
    Republic of Serbia": what is traded and the state's formal name may stand between)."""
    flow = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure != "other"], ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(vocab.partner_nouns(), ignore_case=True)
    # ("the fastest growing export markets for Kenya", "import markets in Kenya": after the
    # partners' noun, "for" and "in" as well; the caller keeps "in" to countries)
    return re.compile(rf"\b(?:{flow})(?:\s+of\s+(?:goods|merchandise|goods\s+and\s+services))?(?:\s+(?:{nouns})(?P<for>\s+for|\s+in)?)?"
                      r"(?(for)|\s+of)\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Federation)\s+of\s+(?:the\s+)?)?$", re.I)


def from_its_exporter(s: Site) -> bool:
    """"Exports from India rose to $35.6 billion" in a text about the UAE's trade: the place
    after "from" exported them, so for the reporter they are imports. Turns the claim round
    and says whether it did."""
    c = s.claim
    if c.measure != "exports" or c.how.get("pair") != "named-partner":
        return False
    named, _, _ = _named(s)
    if len(named) != 1:
        return False
    key, role, x = named[0]
    if role != "R" or not _exporter_after_from(s.text, x) or c.partner != key or c.reporter == key:
        return False
    if c.reporter is None and not c.extra.get("reporter_group"):
        return False
    if c.reporter is None or (c.reporter not in s.ctx.country_order and s.ctx.main_partner in (None, "WLD")):
        # ("PARIS - ... Among the major economies, exports from China grew 2.9%": a reporter
        # no place of the text names, the dateline's, or a group ("G20 exports rose 0.6%"),
        # has no trade with the exporter to turn round; the place's own exports)
        c.extra.pop("reporter_group", None)
        c.reporter, c.partner = key, "WLD"
        return False
    c.measure = "imports"
    return True


def _exporter_after_from(text: str, x: Mention) -> bool:
    """"exports from Iran", "shipments from Brazil": the country after "from" is the
    exporter when the flow is exports."""
    return bool(re.search(r"\b(?:exports?|shipments|deliveries|supplies|sales)\s+(?:of\s+[\w\s-]{1,30}?\s+)?from\s+(?:the\s+)?$",
                          text[max(0, x.start - 50):x.start], re.I))


def _importer_after_into(text: str, x: Mention) -> bool:
    """"Goods imports into New Zealand", "imports to Estonia": the country after "into" (or
    "to" after imports themselves) is the importer."""
    return bool(re.search(r"\b(?:(?:imports?|shipments|deliveries|purchases)\s+(?:of\s+[\w\s-]{1,30}?\s+)?into|imports?\s+(?:of\s+[\w\s-]{1,30}?\s+)?to)\s+(?:the\s+)?$",
                          text[max(0, x.start - 50):x.start], re.I))


def _origin_before_imports(text: str, x: Mention, ctx) -> bool:
    """"Chinese imports slid 9.6%" in an article about another country's trade: imports of
    Chinese goods (China's own imports would be "China's imports")."""
    return (ctx.main_reporter not in (None, x.attrs["iso"])
            and bool(re.match(r"\s+(?:goods\s+|merchandise\s+)?imports\b", text[x.end:x.end + 30], re.I)))


_REGIONAL = re.compile(r"\bthe\s+(?P<adj>(?:[A-Z][a-z]+\s+){1,2}?)(?:country|nation|state|republic|kingdom|economy|neighbou?r)(?P<pos>['’]s)?\b")


# "Southeast Asia's largest economy", "Africa's top oil producer": one country of the region
_ONE_OF_REGION = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:economy|country|nation|exporter|importer|producer|"
                            r"supplier|power|state)\b", re.I)


def _region_member(s: Site, x: Mention) -> Mention | None:
    """The country of the article's pair (or of the discourse) that lies in the region `x`
    names, as a mention of that country; None when there is not exactly one."""
    label = x.attrs["label"]
    regions = vocab.regions()
    members = next((regions[a.lower()] for a in (label + "n", label + "an", label[:-1] + "ean", label + "ern", label)
                    if a.lower() in regions), None)
    candidates = [k for k in (s.state.reporter, s.state.partner, s.ctx.main_reporter, s.ctx.main_partner) if k and len(k) == 3 and k != "WLD"]
    hit = [k for k in dict.fromkeys(candidates) if members and k in members]
    if len(hit) != 1:
        return None
    return Mention("country", x.start, x.end, x.text, attrs={"iso": hit[0], "kind": "name", "label": x.text, "possessive": True})


def _regional_anaphors(s: Site, start: int, end: int) -> list[Mention]:
    """"the Middle Eastern country's exports": the country of the article's pair (or of the
    discourse) that lies in that region, as if named."""
    out = []
    candidates = [k for k in (s.state.reporter, s.state.partner, s.ctx.main_reporter, s.ctx.main_partner) if k and len(k) == 3 and k != "WLD"]
    for mm in _REGIONAL.finditer(s.text, start, end):
        members = vocab.regions().get(mm["adj"].strip().lower())
        hit = [k for k in dict.fromkeys(candidates) if members and k in members]
        if len(hit) == 1:
            out.append(Mention("country", mm.start(), mm.end(), mm.group(0), attrs={
                "iso": hit[0], "kind": "name", "label": mm.group(0), "possessive": bool(mm["pos"])}))
    return out


# "Sales to Argentina's Mercosur neighbour", "Peru's Andean neighbour": a country's neighbour
# (in the bloc or region named, where one is) is the other country of the discourse
_OWNED_NEIGHBOUR = re.compile(r"['’]s\s+(?:(?P<adj>[A-Z][\w-]+)\s+)?neighbou?r\b(?!s)")


def _owned_neighbours(s: Site, start: int, end: int) -> list[Mention]:
    out = []
    for mm in _OWNED_NEIGHBOUR.finditer(s.text, start, end):
        owner = next((x for x in s.ms["country"] if x.start < mm.start() <= x.end and x.attrs.get("iso") not in (None, "WLD")), None)
        if owner is None:
            continue
        adj = (mm["adj"] or "").lower()
        members = vocab.regions().get(adj) or next((v for k, v in vocab.bloc_members().items() if k.lower() == "group:" + adj), None)
        candidates = [k for k in (s.state.last_place, s.state.partner, s.ctx.main_partner, s.state.reporter, s.ctx.main_reporter)
                      if k and len(k) == 3 and k not in ("WLD", owner.attrs["iso"])]
        hit = [k for k in dict.fromkeys(candidates) if members is None or k in members]
        if hit:
            out.append(Mention("country", owner.start, mm.end(), s.text[owner.start:mm.end()], attrs={
                "iso": hit[0], "kind": "name", "label": mm.group(0), "possessive": False}))
    return out


@functools.cache
def _place_pronoun_re() -> re.Pattern:
    # (the words that stand for a place after a figure do so after a flow word too:
    # "Shipments north of the border totaled $4 billion", to the neighbour named before)
    words = vocab.alternation(vocab.place_pronouns() + vocab.place_phrases(), ignore_case=True, space=r"\s+")
    # ("exports to our northern neighbour": a neighbour noun after a possessive, one word of
    # its own between at most, vocab/neighbour_nouns.csv)
    nouns = vocab.alternation(vocab.neighbour_nouns(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+({words}|(?:to|from|with)\s+(?:our|its|their|the\s+country['’]s)\s+(?:[a-z]+\s+)?(?:{nouns}))\b", re.I)


@functools.cache
def _flow_pronoun_re() -> re.Pattern:
    words = vocab.alternation(vocab.flow_pronouns(), ignore_case=True)
    return re.compile(rf"\b(?:{words})\b", re.I)


def _place_pronouns(s: Site, start: int, end: int) -> list[Mention]:
    """"Rwanda proved a bright spot. Exports there rose to $180 million": a word after a
    flow word that stands for the place named before on the partner's side, in the
    sentence or earlier, as if named there (a partner)."""
    out = []
    for f in s.ms["flow"]:
        mm = _place_pronoun_re().match(s.text, f.end) if start <= f.start and f.end < end else None
        if mm is None or mm.end() > end:
            continue
        if "neighb" in mm.group(1).lower() and any(s.sent.start <= x.start < mm.start() for x in s.ms["country"]):
            # (which of the places named in its own sentence is the neighbour, the words do not
            # say: "Imports from Poland, its main supplier after China, widened the deficit with
            # its western neighbour"; after a sentence on one place, it is that place)
            continue
        iso = last_place([x for x in s.ms["country"] if x.end <= mm.start()], s.state) or s.state.last_place
        if iso is not None:
            out.append(_standing_for(mm, iso))
    return out


@functools.cache
def _place_phrase_re() -> re.Pattern:
    words = vocab.alternation(vocab.place_phrases(), ignore_case=True, space=r"\s+")
    # ("$2 billion, and there was ...": "there" before a verb of being is no place)
    return re.compile(rf"\b({words})\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|remains?|appears?)\b)", re.I)


def _place_phrases(s: Site, start: int, end: int) -> list[Mention]:
    """"sold $354.4 billion of goods north of the border" (vocab/place_phrases.csv): words
    after a figure, in its clause, that stand for the place named before on the partner's side."""
    mm = _place_phrase_re().search(s.text, start, end)
    if mm is None or re.search(r"[;,]|\b(?:while|and|but)\b", s.text[start:mm.start()]):
        return []
    iso = last_place([x for x in s.ms["country"] if x.end <= start], s.state) or s.state.last_place
    if iso is None:
        return []
    return [_standing_for(mm, iso)]


def _standing_for(mm: re.Match, iso: str) -> Mention:
    """The words of group 1 of `mm` as a mention of the place `iso` they stand for."""
    return Mention("country", mm.start(1), mm.end(1), mm.group(1), attrs={
        "iso": iso, "kind": "name", "label": mm.group(1), "possessive": False, "pronoun": True})


def last_place(places: list[Mention], state: State) -> str | None:
    """The last of `places` on the partner's side: a country that is not the discourse's
    reporter, named as a place (not "Kenyan sellers")."""
    for x in reversed(places):
        iso = x.attrs.get("iso")
        if iso not in (None, "WLD", state.reporter) and x.attrs.get("kind") not in ("demonym", "anaphor", "group"):
            return iso
    return None


def _ev(x: Mention) -> tuple[int, int]:
    return (x.start, x.end)


@functools.cache
def _world_total() -> re.Pattern:
    words = sorted(vocab.world_cues(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b", re.I)


@functools.cache
def _world_keys() -> tuple[str, ...]:
    """One word any match of _world_total holds (see cues.longest_words)."""
    return longest_words(vocab.world_cues())


@rule("pair", "world-total", "text")
def world_total(s: Site):
    """"Iron ore sold internationally by exporting countries was worth $94.9bn": the world's
    trade, no country's."""
    start = max(s.sent.start, s.prev_end)
    # (the clause's places checked before the world's words: cheap)
    if not any(start <= x.start < s.m.start and x.attrs.get("iso") != "WLD" for x in s.ms["country"]):
        # (the cues' words checked first, cheap: most clauses name no world total)
        world = _world_total().search(s.text, start, s.m.start) if holds_any(s.text[start:s.m.start], _world_keys()) else None
        if world is None:
            return None
        if s.kind == "share" and s.prev is not None and s.prev.kind == "share" \
                and _OF_THE.fullmatch(s.text, s.prev.end, world.start()) and not _world_total().search(s.text, world.end(), s.m.start):
            # ("accounted for 30.6 per cent of world exports, up from 28.9 per cent": the world
            # is the whole of both shares, not whose share the second is; it is the first's)
            p = s.prev
            groups = {k: p.extra[k] for k in ("partner_group", "reporter_group") if k in p.extra}
            return Decision((p.reporter, p.partner, groups), (p.start, p.end), p.basis.get("pair"))
        # (not "Kazakhstan's trade shrank along with world trade, falling by 7.4 percent")
        return Decision(("WLD", "WLD"))
    return None


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)


_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-•*–])[ \t]*")
_ITEM_GAP = re.compile(rf"\s*[-–—:,]\s*{HEDGE}")
# "- United States: 42% (34%), +19%": the item's other percentages after its first, nothing else
_ITEM_FIGURES = re.compile(r"\s*[-–—:,]\s*(?:[-+−]?\d[\d.,]*\s*%\s*\)?\s*[,;]?\s*\(?\s*[-+−]?)+")


# "  France ........ 104 million euros": a table row set out with a dotted leader (four dots
# or more, no ellipsis) between its label and its one figure; a list item without a bullet
_DOTTED_LEADER = re.compile(r"[ \t\xa0]*\.{4,}[ \t\xa0]*")
_DOTTED_ROW_LINE = re.compile(r"[ \t\xa0]*[^\s.][^\n.]*?[ \t\xa0]*\.{4,}[ \t\xa0]*\S")


def _is_list_line(line: str) -> bool:
    """Whether a line is an item of a list: a bullet or number first, or a dotted-leader row."""
    return bool(_LIST_ITEM.match(line) or ("...." in line and _DOTTED_ROW_LINE.match(line)))


def _list_item_place(s: Site) -> Mention | None:
    """The country a list item begins with ("15. Mauritania - $620.2 million"), if the
    number is that item's first figure."""
    line = s.text.rfind("\n", 0, s.m.start) + 1
    head = _LIST_ITEM.match(s.text, line)
    if head is None and "...." in s.text[line:s.m.start]:  # (cheap test first)
        # "  France ....... 104 million euros": the row's label is the place, the leader
        # runs right up to the figure
        # (the leader's dots end a "sentence": the label is read on its own line)
        x = next(iter(find_countries(s.text[line:s.m.start])), None)
        if x is None or s.text[line:line + x.start].strip() or not _DOTTED_LEADER.fullmatch(s.text, line + x.end, s.m.start):
            return None
        return Mention(x.kind, line + x.start, line + x.end, x.text, x.value, x.unit, x.attrs)
    if head is None:
        return None
    x = next((x for x in s.ms["country"] if x.start == head.end()), None)
    if x is None or not (_ITEM_GAP.fullmatch(s.text, x.end, s.m.start) or (s.kind != "amount" and _ITEM_FIGURES.fullmatch(s.text, x.end, s.m.start))):
        return None
    return x


def _list_intro_line(text: str, at: int) -> tuple[int, int] | None:
    """Where the line that introduces the list `at` stands in begins and ends: the first
    line above that is no list item."""
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _is_list_line(line):
            return start, end
        end = start - 1
    return None


def _list_role(text: str, at: int) -> str | None:
    """What the listed countries are, from the line that introduces the list."""
    intro = _list_intro_line(text, at)
    if intro is None:
        return None
    low = text[intro[0]:intro[1]].lower()
    hits = [role for phrase, role in vocab.list_cues().items() if re.search(rf"\b{re.escape(phrase)}\b", low)]
    if len(set(hits)) != 1:
        return None
    return hits[0]


@rule("pair", "list-item", "text")
def list_item(s: Site):
    """"These 15 countries shipped the most iron ore: ... 15. Mauritania - $620.2 million":
    each item's country reports its flow (with the world, or the text's partner), or is a
    partner of the country the text is about, as the line that introduces the list says."""
    if s.kind not in ("amount", "share", "percent_change"):
        return None
    x = _list_item_place(s)
    if x is None and s.kind == "amount" and (d := _world_item(s)) is not None:
        return d
    if x is None and (d := _joint_label_partners(s)) is not None:
        return d
    if x is None:
        x = _labelled_line_place(s)
    if x is None or not x.attrs.get("iso"):
        return None
    return _as_listed(s, x, _list_role(s.text, s.m.start))


# between the places of a list line's label that names them together: "China and Hong Kong"
_JOINED_PLACES = re.compile(r"\s*(?:,|,?\s*(?:and|&))\s*(?:the\s+)?", re.I)
_LABEL_COLON = re.compile(r"[ \t]*:")


def _joint_label_partners(s: Site) -> Decision | None:
    """"Russia imported $8bn of the goods ... - China and Hong Kong: $6bn": a list line
    whose label, before its colon, is places joined by "and", under a text on one country's
    flow, names one group of that country's partners (their sum), not a reporter and its
    partner."""
    if s.kind != "amount" or s.claim.measure not in ("exports", "imports"):
        return None
    line = s.text.rfind("\n", 0, s.m.start) + 1
    head = _LIST_ITEM.match(s.text, line)
    if head is None or ":" not in s.text[head.end():s.m.start]:
        return None  # (cheap: no label's colon before the figure)
    places = [x for x in s.ms["country"] if head.end() <= x.start < s.m.start]
    if len(places) < 2 or places[0].start != head.end() or any(not x.attrs.get("iso") or x.attrs["iso"] == "WLD" for x in places):
        return None
    if not all(_JOINED_PLACES.fullmatch(s.text, a.end, b.start) for a, b in zip(places, places[1:])):
        return None
    joints = s.text[places[0].end:places[-1].start].lower()
    if not _LABEL_COLON.match(s.text, places[-1].end) or ("and" not in joints and "&" not in joints):
        return None  # (a list of places is no group: "and" joins them into one)
    reporter = s.state.reporter
    isos = frozenset(x.attrs["iso"] for x in places)
    if reporter in (None, "WLD") or reporter in isos or len(isos) < 2:
        return None  # (no one country's flow the line is a part of: the pair is not known)
    return Decision((reporter, _group_of(isos)), (places[0].start, places[-1].end))


def _labelled_line_place(s: Site) -> Mention | None:
    """"* Chile: exports set to double, from $4bn in 2023 to $8bn by 2030": a list line
    whose label is a place and its colon, then words of its own; every figure of the line
    whose words name no other place is the labelled place's, as the first is."""
    line = s.text.rfind("\n", 0, s.m.start) + 1
    head = _LIST_ITEM.match(s.text, line)
    if head is None or ":" not in s.text[head.end():s.m.start]:
        return None  # (cheap: no label's colon before the figure)
    x = next((x for x in s.ms["country"] if x.start == head.end()), None)
    if x is None or not re.match(r"[ \t]*:", s.text[x.end:x.end + 3]):
        return None
    if any(x.end < y.start < s.m.start for y in s.ms["country"]):
        return None  # ("- Peru: up 4%, while exports to Chile fell"): the clause's own place
    return x


# a list item's label in words before its figure: "- World: 24,010 (100.0%)"
_ITEM_LABEL = re.compile(r"(?P<label>[A-Za-z][A-Za-z ]{2,24}?)\s*[-–—:]\s*")


def _world_item(s: Site) -> Decision | None:
    """"- World: 24,010" closing a list of exporters: the world's own flow, a label the
    place names (matched as written) leave out in title case (vocab/countries.csv)."""
    line = s.text.rfind("\n", 0, s.m.start) + 1
    head = _LIST_ITEM.match(s.text, line)
    label = _ITEM_LABEL.match(s.text, head.end()) if head else None
    if label is None or label.end() != s.m.start or _list_role(s.text, s.m.start) != "R":
        return None
    if vocab.countries().get(label["label"].lower(), (None,))[0] != "WLD":
        return None
    return Decision(("WLD", "WLD"), label.span("label"))


def _as_listed(s: Site, x: Mention, role: str | None) -> Decision | None:
    """The pair of a place in a list whose cue gives the listed places' role: each reports
    with the world ('R': "the largest exporters - ..."), or each is the reporter's partner
    ('P': "exports to ..."), or each reports its trade with the rest of the bloc the text
    is on ('B': "intra-bloc exports by country"; the bloc named last, unknown where none is)."""
    if role == "R":
        market = _listed_traders_market(s.text, s.m.start, x.attrs["iso"])
        if market and s.kind == "share":
            s.claim.extra["_whole_reporter"] = "WLD"  # ("71% of the total": of all the market's imports of the flow)
        return Decision((x.attrs["iso"], market or "WLD"), _ev(x))
    if role == "B":
        bloc = _last_group(s, x)
        return Decision((x.attrs["iso"], bloc), _ev(x), "text" if bloc else "guess")
    if role == "P":
        rep = s.state.reporter if s.state.reporter != x.attrs["iso"] else None
        return Decision((rep, x.attrs["iso"]), _ev(x), "text" if rep else "guess")
    return None


# the place a ranked list of traders sells to, right after its cue: "Top exporters to New Zealand, 2022:"
_TO_MARKET = re.compile(r"\s+(?:to|into)\s+(?:the\s+)?$", re.I)


def _listed_traders_market(text: str, at: int, iso: str) -> str | None:
    """"Top exporters to New Zealand, 2022:" over "- Fiji: NZ$231.8m": each listed exporter's
    flow to the one place the introducing line names after "to", not to the world (a ranking
    of that market's suppliers, which its total bounds)."""
    intro = _list_intro_line(text, at)
    if intro is None or " to " not in text[intro[0]:intro[1]]:  # (cheap test first)
        return None
    places = [y for y in find_countries(text[intro[0]:intro[1]]) if y.attrs.get("iso") not in (None, "WLD", iso)]
    if len(places) != 1 or not _TO_MARKET.search(text, intro[0], intro[0] + places[0].start):
        return None
    return places[0].attrs["iso"]


# "France, Russia, China (5.8%) and Germany (5.6%)": places in a list, each with its share in
# brackets after it
_BRACKET_LIST_GAP = re.compile(r"\s*(?:\([^()\n]{0,16}\))?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _list_cue_role(before: str) -> str | None:
    """What the places a list after `before` are (vocab/list_cues.csv), where its words say
    one thing only: "the five largest exporters - the United States, ..." (R)."""
    low = before.lower()
    hits = {role for phrase, role in vocab.list_cues().items() if phrase in low and re.search(rf"\b{re.escape(phrase)}\b", low)}
    return next(iter(hits)) if len(hits) == 1 else None


@rule("pair", "listed-bracket-share", "text")
def listed_bracket_share(s: Site):
    """"the five largest exporters - the United States, France, Russia, China (5.8%) and
    Germany (5.6%) -": a share in brackets right after a place of a list is that place's, on
    the side the words before the list give it (each exporter's own flow with the world; a
    partner of the text's country after "markets", "suppliers")."""
    if s.kind != "share" or "(" not in s.text[max(s.sent.start, s.m.start - 3):s.m.start]:
        return None
    x = next((x for x in s.ms["country"] if s.sent.start <= x.start < s.m.start and x.attrs.get("iso")
              and _OPEN_BRACKET.fullmatch(s.text, x.end, s.m.start)), None)
    if x is None:
        return None
    listed = _list_around(s.text, s.ms["country"], x, _BRACKET_LIST_GAP)
    if len(listed) < 2:
        return None
    role = _list_cue_role(s.text[s.sent.start:listed[0].start])
    if role is None:
        # "Korea's share of Vietnam's total trade was 12.4 per cent — more than the combined
        # share of Japan (6.1 per cent) and Thailand (3.0 per cent)": places set
        # beside a partner's share take its side, each its own share of the same whole
        first = share_of_discourse(s) if _SHARE_SET_AGAINST.search(s.text, s.sent.start, listed[0].start) else None
        if first is not None and first.value[0] and first.value[1] != x.attrs["iso"] and first.value[0] != x.attrs["iso"]:
            return Decision((first.value[0], x.attrs["iso"]), _ev(x))
    return _as_listed(s, x, role)


# "— more than the combined share of", ", ahead of the share of": a list of places whose shares
# are set against the share given before
_SHARE_SET_AGAINST = re.compile(r"\b(?:more|less|higher|lower|larger|smaller|bigger|above|below|ahead\s+of|behind)\b"
                                r"(?:\s+than)?\s+(?:the|their)\s+(?:[a-z-]+\s+)?shares?\s+of\s+(?:the\s+)?$", re.I)


@functools.cache
def _share_of_world() -> tuple[re.Pattern, re.Pattern]:
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(vocab.world_cues(), key=len, reverse=True))
    # (or the world's with its figure: "1.1% of the world's USD 24.0 trillion")
    # ("0.75% of a world total of $1.31 trillion": the article a whole stated with its figure takes)
    after = re.compile(rf"\s*(?:share\s+)?of\s+(?:the\s+|an?\s+(?=(?:{words})\s+of\b))?(?:(?:{words})\b|world['’]s\s+(?:total\s+)?(?=[^\s\w]|[A-Z]{{2,3}}\b|US\$|\d))", re.I)
    before = re.compile(rf"\bshare\s+of\s+(?:the\s+)?(?:{words})\b(?:[^.;]|\.(?=\d))*$", re.I)
    return after, before


def of_the_world(text: str, sent, m) -> bool:
    """Whether a share is of the world's flow: "China's share of world exports rose to 14.2
    percent", "14.2 percent of global exports", "a 14.2 percent share of the world total"
    (vocab/world_cues.csv)."""
    after, before = _share_of_world()
    return bool(after.match(text, m.end, sent.end) or before.search(text, sent.start, m.start))


# a line of a place and its percentage alone: "Europe 37.3%", "North America 13.1%"
_LABEL_PERCENT_LINE = re.compile(r"[ \t]*[A-Z][^\n\d:%|]{1,60}?[ \t]+\d[\d.,]*[ \t]*%[ \t]*")


def labelled_share_line(text: str, m) -> bool:
    """Whether a percentage ends a line that is a label and the percentage alone, in a run
    of such lines under a line that says they are shares and ends with a colon ("The
    regional shares were:", then "Asia 41.2%", "Europe 35.3%")."""
    line = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    end = len(text) if end < 0 else end
    if text[m.end:end].strip() or not _LABEL_PERCENT_LINE.fullmatch(text, line, end):
        return False
    while line > 0:
        start = text.rfind("\n", 0, line - 1) + 1
        above = text[start:line - 1]
        if above.strip() and not _LABEL_PERCENT_LINE.fullmatch(above):
            return above.rstrip().endswith(":") and bool(SHARE_WORD.search(above))
        line = start
    return False


@rule("pair", "share-line", "text")
def share_line(s: Site):
    """"Europe 35.3%" under "The regional shares were:": the line's place's share, of its
    own flow with the world."""
    if s.kind != "share" or not labelled_share_line(s.text, s.m):
        return None
    line = s.text.rfind("\n", 0, s.m.start) + 1
    line += len(s.text[line:s.m.start]) - len(s.text[line:s.m.start].lstrip())
    x = next((x for x in s.ms["country"] if x.start == line and x.attrs.get("iso") != "WLD"), None)
    if x is None:
        return None
    return Decision((x.attrs["iso"] or "group:" + x.attrs["label"], "WLD"), _ev(x))


def listed_share_of_world(text: str, m) -> bool:
    """Whether a share is on a list item under a line that says the list's shares are of
    the world's flow ("Table: Leading exporters, 2023 (US$ billion, share of world exports)"
    then "- Germany: 1,688 (7.0%)")."""
    line = text.rfind("\n", 0, m.start) + 1
    if not _LIST_ITEM.match(text, line):
        return False
    end = line - 1
    while end > 0:  # the first line above the list's items
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip() and not _LIST_ITEM.match(text, start, end):
            return bool(_share_of_world()[1].search(text[start:end]))
        end = start - 1
    return False


@rule("pair", "share-of-world", "text")
def share_of_world(s: Site):
    """"China's share of world exports rose to 14.2 percent", "China accounted for 14.2
    percent of world exports": the share's country trades with the world, whose own flow is
    the whole (not the world's trade with China)."""
    if s.kind != "share" or not of_the_world(s.text, s.sent, s.m):
        return None
    # (a country group too: "G20 exports accounted for US$ 18.97 trillion, or 79% of the world total")
    places = [x for x in s.ms["country"] if s.sent.start <= x.start < s.m.start and x.attrs.get("iso") != "WLD"
              and (x.attrs.get("iso") or (x.attrs.get("kind") == "group" and not x.attrs["label"].startswith("other than")))]
    # the possessive of "China's share", else the subject of "China accounted for"
    owner = next((x for x in places if x.attrs.get("possessive")), None) or next((x for x in places if _role(s.text, x) == "R"), None)
    if owner is not None:
        return Decision((owner.attrs["iso"] or "group:" + owner.attrs["label"], "WLD"), _ev(owner))
    counted = "the " in s.text[s.sent.start:s.m.start].lower() and _counted_traders_re().search(s.text, s.sent.start, s.m.start)
    if counted:
        # ("The top five merchandise exporters accounted for 36.4% of world exports": several
        # places' share together, not the share of the country the text was on)
        return Decision(("group:" + counted.group(0).lower(), "WLD"), counted.span())
    p = s.prev
    if p is not None and p.kind == "amount" and p.partner == "WLD" and p.measure == s.claim.measure and p.reporter != "WLD" \
            and (p.reporter or p.extra.get("reporter_group")):
        # "The region's shipments rose 6% to $9.3 trillion, giving it 38.8% of world
        # exports": no owner named in the share's clause; the sentence's own flow with the
        # world before it is the owner's (a region's too, which the discourse keeps no track of)
        return Decision((p.reporter or "group:" + p.extra["reporter_group"], "WLD"), None, "context")
    if p is not None and p.kind == "amount" and (p.reporter, p.partner) == ("WLD", "WLD") and p.measure == s.claim.measure \
            and p.end > s.sent.start and _RESTATES_AS_SHARE.search(s.gap or ""):
        # "World exports of software reached $1trn, equivalent to 14% of world services
        # exports": the share restates the world's own flow of a kind, a part of the world's
        # whole; no country the text was on owns it
        return Decision(("WLD", "WLD"), None, "context")
    if p is not None and p.kind == "amount" and p.end > s.sent.start and p.measure != s.claim.measure and _RESTATES_AS_SHARE.search(s.gap or "") \
            and p.basis.get("pair") != "text":
        # "Digital services reached $3.8trn, or more than half of global services exports"
        # after figures of other flows: the amount restated is no flow the words tie to a
        # country, so whose share it is would be a guess from the discourse
        return Decision((s.state.reporter or s.ctx.main_reporter, "WLD"), None, "guess")
    rep = s.state.reporter if s.state.reporter not in (None, "WLD") else None
    if rep is None and s.ctx.main_reporter not in (None, "WLD") and _world_level_before(s):
        # "Their share of world commercial services exports, which reached US$7.5 trillion,
        # remained at 0.55 per cent": the world's level in between names no owner of the
        # share; the text's subject owns it
        rep = s.ctx.main_reporter
    return Decision((rep, "WLD"), None, "context" if rep else "guess")


# the gap between an amount and the share that restates it ("$969bn in 2022, equivalent to about")
_RESTATES_AS_SHARE = re.compile(r",\s*(?:equivalent\s+to|or|representing|accounting\s+for|making\s+up)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)


def _world_level_before(s: Site) -> bool:
    """Whether the figure before the share in its sentence is the world's own level."""
    return s.prev is not None and s.prev.reporter == "WLD" and s.prev.partner == "WLD"


@functools.cache
def _counted_traders_re() -> re.Pattern:
    """"the top five merchandise exporters", "the 10 largest importers": places counted by
    their role (the one-word role nouns of vocab/list_cues.csv)."""
    nouns = [w for w, role in vocab.list_cues().items() if role == "R" and " " not in w]
    counts = vocab.alternation([w for w, v in vocab.number_words().items() if v == int(v) and v >= 2], ignore_case=True)
    return re.compile(rf"\bthe\s+(?:[\w-]+\s+)?(?:\d{{1,2}}|{counts})\s+(?:[\w-]+\s+){{0,3}}?(?:{vocab.alternation(nouns, ignore_case=True)})\b", re.I)


@rule("pair", "share-to-place", "text")
def share_to_place(s: Site):
    """"82% of those exports to Brazil, 9% to Uruguay and 9% to Paraguay": a share with
    its place right after it goes to that place, from the country the text is about."""
    if s.kind != "share":
        return None
    mm = re.match(r"\s+(?:to|from|for|with|in)\s+(?:the\s+)?", s.text[s.m.end:s.m.end + 20])
    if mm is None:
        return None
    x = next((x for x in s.ms["country"] if x.start == s.m.end + mm.end() and x.attrs.get("iso")), None)
    if x is None or x.attrs["iso"] == s.state.reporter:
        return None
    rep = s.state.reporter if s.state.reporter not in (None, "WLD") else None
    return Decision((rep, x.attrs["iso"]), _ev(x), "text" if rep else "guess")


@rule("pair", "share-of-partial-whole", "text")
def share_of_partial_whole(s: Site):
    """"Exports to ECOWAS, which accounted for N372.6 billion, made up 56.1 per cent of the
    exports to Africa", "Uganda bought Kenyan goods worth Sh127.4 billion, ..., accounting
    for 43.4 percent of exports to the bloc": the whole is one partner's flow (the place
    after the whole's flow word), not the flow with everyone; the part is the figure the
    clause is about, the one before the share, when it is with another partner."""
    if s.kind != "share":
        return None
    whole = _partial_whole(s)
    if whole is None:
        return None
    p = s.prev
    groups = {k: p.extra[k] for k in ("partner_group", "reporter_group") if p is not None and k in p.extra}
    part = (p.partner or ("group:" + groups["partner_group"] if "partner_group" in groups else None)) if p is not None else None
    subject = _share_subject_place(s, whole[0]) if p is not None and p.kind == "amount" and p.reporter else None
    if subject is not None:
        # "Exports to Africa as a whole reached $2.1bn, meaning the ECOWAS sub-region
        # accounted for 68.1% of the country's exports to the continent": the share's clause
        # names its own part, a partner within the whole's, the subject of the share's verb
        # (a 3-tuple's groups are set as given: a group's name goes in partner_group)
        own = {"partner_group": subject[6:]} if subject.startswith("group:") else {}
        reporter_group = {"reporter_group": groups["reporter_group"]} if "reporter_group" in groups else {}
        return Decision((p.reporter, None if own else subject, {**reporter_group, **own, "_whole_partner": whole[0]}), whole[1], "text")
    if p is not None and p.kind == "amount" and part == whole[0] and not (p.commodity or p.scope):
        # "Goods entering the US duty-free ... were worth R42.7 billion, or 27.3% of exports
        # to the US": a part of that very flow the words name no product for; the whole is
        # still that partner's flow, never the one with everyone
        return Decision((p.reporter, p.partner, {**groups, "_whole_partner": whole[0]}), whole[1], "text")
    if p is not None and p.kind == "amount" and part in (None, "WLD") and p.reporter and p.basis.get("pair") != "text" \
            and p.sentence == s.sent.index and _SHARE_RESTATES.fullmatch(s.gap or ""):
        # "In 2023 soybeans accounted for $38.9bn, or 37.3% of shipments to China": the
        # figure the share restates named no partner of its own (the discourse's world), so
        # the whole's partner is both's: soybeans to China, 37.3% of all goods to China
        return Decision((p.reporter, whole[0], groups), whole[1], "text")
    if (p is None or p.sentence != s.sent.index) and s.state.reporter not in (None, whole[0]) and _of_reporter_epithet(s, None):
        # "The partial suspension ... covers about one-fifth of the Kingdom's exports to the
        # bloc, or roughly EUR 1 billion": the country's flow with the place is the whole,
        # and the part, no figure before it, is not a flow with that place (unchecked)
        return Decision((s.state.reporter, whole[0], {**groups, "_whole_partner": whole[0]}), whole[1], "text")
    if p is None or p.kind != "amount" or part in (None, "WLD", whole[0]):
        # ("a hefty 63.9% of all exports to China" after mineral products' R120.4bn, "about
        # 40 per cent of imports from Mexico" of a product: a part of that very flow, which
        # the rules below read)
        return None
    return Decision((p.reporter, p.partner, {**groups, "_whole_partner": whole[0]}), whole[1], "text")


# between a share and the flow word of its whole, and between that and the whole's partner
_OF_FLOW = re.compile(r"\s+of\s+(?:(?:the|its|their|all|total|overall)\s+)*", re.I)
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?$", re.I)
_OWNER_TO_FLOW = re.compile(r"(?:['’]s\b|(?<=s)['’](?!\w))?\s+(?:(?:total|overall)\s+)?", re.I)


@functools.cache
def _reporter_epithet_owner() -> re.Pattern:
    """"of the Kingdom's", "of the country's total": a whole owned by the text's own country."""
    epithets = vocab.alternation([r["word"] for r in vocab.table("reporter_epithets")], ignore_case=True)
    return re.compile(rf"\s+of\s+the\s+(?:{epithets}){POSSESSIVE}\s+(?:(?:total|overall)\s+)?", re.I)


def _of_reporter_epithet(s: Site, f) -> bool:
    """Whether a share's whole is the flow of the text's own country named by an epithet
    ("one-fifth of the Kingdom's exports to the bloc", vocab/reporter_epithets.csv); `f`,
    the whole's flow word (None: the first one after the share)."""
    f = f or next((f for f in s.ms["flow"] if s.m.end < f.start < s.m.end + 40), None)
    return f is not None and _reporter_epithet_owner().fullmatch(s.text, s.m.end, f.start) is not None


def _of_own_flow(s: Site, f) -> bool:
    """Whether a share's whole is named with the reporter as its owner ("83% of SA's exports
    to Africa", the figure before being South Africa's): the owner is the reporter the
    figure before is of, so the whole is its flow with the partner after."""
    p = s.prev
    if p is None or p.reporter is None:
        return False
    x = next((x for x in s.ms["country"] if s.m.end < x.start < f.start), None)
    return x is not None and x.attrs.get("iso") == p.reporter and x.attrs.get("possessive") and bool(_OF_OWNER.fullmatch(s.text, s.m.end, x.start)) \
        and bool(_OWNER_TO_FLOW.fullmatch(s.text, x.end, f.start))
_FLOW_TO = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+)?(?:(?:other|fellow|member)\s+)?", re.I)


# a flow's partner preposition right before a place ("exports to the region", "trade with the region")
_FLOW_TO_ANAPHOR = re.compile(r"\b(?:to|from|with)\s+$", re.I)


def _last_group(s: Site, x: Mention) -> str | None:
    """The group (or the EU) named last before `x`: in its sentence, else the discourse's
    partner when it is one, else the last bloc, else the last group any sentence before
    named ("Asia extended its lead ... The region's shipments rose"). Never a complement
    ("non-EU countries")."""
    before = [y.attrs["iso"] or "group:" + y.attrs["label"] for y in s.ms["country"]
              if s.sent.start <= y.start < x.start and y.attrs.get("kind") != "anaphor"
              and (y.attrs.get("iso") == "EUU" or (y.attrs.get("kind") == "group" and not y.attrs.get("iso")))]
    for key in before[::-1] + [s.state.partner, s.state.last_bloc, s.state.last_group]:
        if key and (key.startswith("group:") or key == "EUU") and not _is_complement(key):
            return key
    return None


def _is_complement(key: str) -> bool:
    return key.startswith("group:other than") or key.removeprefix("group:") in vocab.complement_groups()


def _complement_of_bloc(s: Site, x: Mention, key: str) -> str:
    """"Exports to third countries" after the EU's figures: every partner but the EU (the
    group named last), as "non-EU" reads; the group itself where no bloc is named. "Goods
    exports to the rest of the world" after exports to the EU: every partner but the one
    named before; the world where that is none, or the reporter ("the bloc's trade with the
    rest of the world")."""
    of = vocab.complement_groups().get(x.attrs.get("label")) if x.attrs.get("kind") == "group" else None
    if of == "bloc" and not x.attrs.get("iso"):
        bloc = _sibling_bullet_group(s.text, x.start) or _last_group(s, x)
        return "group:other than " + bloc.removeprefix("group:") if bloc else key
    if of == "partner":
        other = _last_partner(s, x, past_world_total=True)
        return "group:other than " + other.removeprefix("group:") if other else key
    if of is None and x.attrs.get("kind") == "group" and _REST_OF_BEFORE.search(s.text, max(0, x.start - 16), x.start):
        # "Exports to the rest of the EAC" after exports to Uganda: the group's members but
        # the partner named before (the group itself where none is)
        other = _last_partner(s, x)
        group = x.attrs.get("iso") or x.attrs["label"]
        # (not the group itself: "exports to Africa ... exports to the rest of Africa" is
        # the same partner, the reporter being the one left out; nor where the text says the
        # rest holds that partner: "sales to Kenya ... Sales to the rest of Africa, including
        # the EAC, were ...": the reporter is what is left out)
        if other and (other.removeprefix("group:") == group or _rest_includes(s, x, other)):
            return key
        if _taken_as_a_whole_after().match(s.text, x.end):
            # "Exports to the rest of Africa as a whole reached $2.1bn, so ECOWAS took 68%":
            # the group taken whole, the partner named before in it (the reporter left out)
            return key
        return f"group:{group} other than {other.removeprefix('group:')}" if other else key
    return key


@functools.cache
def _taken_as_a_whole_after() -> re.Pattern:
    """" as a whole" right after a place (vocab/collective_cues.csv, the cues with "as"): the
    place taken all together."""
    whole = vocab.alternation([w for w in vocab.collective_cues() if w.lower().startswith("as ")],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{whole})\b", re.I)


_INCLUDING_AFTER = re.compile(r"\s*,?\s*(?:including|incl\.)\s+(?:the\s+)?", re.I)


def _rest_includes(s: Site, x: Mention, other: str) -> bool:
    """Whether "the rest of <x>" is followed by ", including <group>" where that group is
    (or holds) `other`, the partner named before (vocab/blocs.csv, region_members.csv)."""
    m = _INCLUDING_AFTER.match(s.text, x.end)
    if m is None:
        return False
    y = next((y for y in s.ms["country"] if y.start == m.end()), None)
    key = _place_key(y) if y is not None else None
    if key is None:
        return False
    members = vocab.bloc_members().get(key) or vocab.region_members().get(key) or frozenset()
    return key == other or other in members


_REST_OF_BEFORE = re.compile(r"\brest\s+of\s+(?:the\s+)?$", re.I)
_BULLET = re.compile(r"([ \t]*)[-*\u2022\u2013]\s+")


def _sibling_bullet_group(text: str, at: int) -> str | None:
    """The group a complement opening a list item is the rest of: the one the item before it
    at the same depth names, past the nested items under that one ("- EU: 58% / - of which
    euro area: 37% / - Third countries: 42%" leaves out the EU, not the euro area). None when
    the complement opens no item, or no sibling names a group."""
    line = text.rfind("\n", 0, at) + 1
    m = _BULLET.match(text, line)
    if m is None or m.end() != at:
        return None
    depth = len(m.group(1))
    while line > 0:
        line = text.rfind("\n", 0, line - 1) + 1
        b = _BULLET.match(text, line)
        if b is None:
            return None
        if len(b.group(1)) < depth:
            return None
        if len(b.group(1)) == depth:
            end = text.find("\n", line)
            for y in find_countries(text[line:end if end >= 0 else len(text)]):
                key = y.attrs.get("iso") or ("group:" + y.attrs["label"] if y.attrs.get("label") else None)
                if key and y.attrs.get("kind") != "anaphor" and (key == "EUU" or (
                        y.attrs.get("kind") == "group" and not y.attrs.get("iso"))) and not _is_complement(key):
                    return key
            return None
    return None


def _last_partner(s: Site, x: Mention, past_world_total: bool = False, complement: bool = False) -> str | None:
    """The partner named before `x` that "the rest of the world" leaves out: the last place
    after a preposition earlier in its sentence, else the discourse's partner; None when it
    is the world or a reporting side (the sentence's subject or the discourse's reporter).
    With `past_world_total`, a discourse partner that is the world (a total given since the
    place was named) gives way to the place the sentence right before named last on the
    partner's side: "Overall exports rose 17.5%, so half went to the US. Exports to the rest of
    the world fell 16.7%" leave out the US, not nothing. With `complement`, a partner that is
    itself everyone but a place counts too ("Exports to countries other than the United
    States were unchanged, while imports from these countries fell 1.5%")."""
    before = [y for y in s.ms["country"] if s.sent.start <= y.start < x.start and y.attrs.get("kind") != "anaphor"]
    if complement and before and before[-1].attrs.get("iso") not in (None, "WLD") \
            and _ALL_BUT.search(s.text, max(0, before[-1].start - 40), before[-1].start):
        # ("to countries other than the United States ... from these countries": everyone
        # else, as the pair reader reads the place itself)
        return "group:other than " + before[-1].attrs["iso"]
    # (a partner after "to", "from", "with": not "the estimate for euro area exports")
    ps = [_place_key(y) for y in before if flow_partner_before(s.text, y)]
    rs = {_place_key(y) for y in before} - set(ps)
    key = ps[-1] if ps else s.state.partner
    if past_world_total and not before and key == "WLD" and s.state.last_partner_sentence == s.sent.index - 1:
        key = s.state.last_partner_place
    if key in (None, "WLD") or key in rs or key == s.state.reporter or (_is_complement(key) and not complement):
        return None
    return key


# (the inside of a bloc too: "exports to intra-EU countries ... imports from those countries")
_FLOW_PARTNER_BEFORE = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?(?:intra-)?$", re.I)


def flow_partner_before(text: str, y: Mention) -> bool:
    """Whether the place `y` follows "to", "from" or "with": a partner of a flow."""
    return _FLOW_PARTNER_BEFORE.search(text, max(0, y.start - 18), y.start) is not None


def _place_key(y: Mention) -> str | None:
    return y.attrs.get("iso") or ("group:" + y.attrs["label"] if y.attrs.get("label") else None)


@functools.cache
def _share_verb_after_place_re() -> re.Pattern:
    """The words from a place to the share it is the subject of: at most two words of its
    own ("sub-region", "bloc"), a share verb (vocab/share_cues.csv), a hedge ("the ECOWAS
    sub-region accounted for 68.1%")."""
    verbs = vocab.alternation([c for c in vocab.share_cues()["before"] if c[:1].isalpha() and c.lower() not in ("or", "share of")],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:\s+[a-z][\w-]*){{0,2}}\s+(?:{verbs})\s+{HEDGE}", re.I)


def _share_subject(s: Site) -> Mention | None:
    """The place (a country or a group) that is the subject of the share's verb, in the
    share's own clause after the figure before it ("the ECOWAS sub-region accounted for
    68.1%"). None otherwise."""
    start = max(s.sent.start, s.prev_end)
    return next((x for x in s.ms["country"]
                 if start <= x.start < s.m.start and x.attrs.get("kind") not in ("anaphor", "demonym") and not x.attrs.get("possessive")
                 and _share_verb_after_place_re().fullmatch(s.text, x.end, s.m.start) and _role(s.text, x) != "P"), None)


def _share_subject_place(s: Site, whole: str) -> str | None:
    """The share's subject place when it is another than the whole's partner: the share's
    part. None otherwise."""
    x = _share_subject(s)
    key = _place_key(x) if x is not None else None
    return key if key not in (None, "WLD", whole) else None


def _partial_whole(s: Site) -> tuple[str, tuple[int, int]] | None:
    """The partner of a share's whole named right after it ("of the exports to Africa"),
    and where it is named."""
    text = s.text
    f = next((f for f in s.ms["flow"] if s.m.end < f.start < s.m.end + 40), None)
    if f is not None and f.attrs["measure"] == "trade_total" and "-" in text[s.m.end:f.start].replace("–", "-"):
        paired = _paired_whole(s, f)
        if paired is not None:
            return paired
    if f is None or f.attrs["measure"] not in ("exports", "imports", "trade_total") \
            or (_OF_FLOW.fullmatch(text, s.m.end, f.start) is None and not _of_own_flow(s, f)
                and not _of_reporter_epithet(s, f)):
        return None
    x = next((x for x in s.ms["country"] if f.end < x.start < f.end + 20), None)
    if x is None or _FLOW_TO.fullmatch(text, f.end, x.start) is None:
        return None
    if x.attrs.get("kind") == "anaphor":
        if x.attrs.get("label") in ("partner", "former", "latter"):
            return None
        if x.attrs.get("label") == "region":
            key = _last_group(s, x)
            subject = _share_subject(s) if key is not None else None
            if subject is not None and _place_key(subject) == key:
                # "Exports to Africa reached $2.1bn, meaning ECOWAS accounted for 68.1% of
                # the country's exports to the continent": the region is not the share's own
                # part, but the group named before it
                key = _last_group(s, subject)
            return (key, (x.start, x.end)) if key not in (None, "WLD") else None
        main = s.ctx.main_partner or ""
        key = main if main.startswith("group:") or main == "EUU" else s.state.last_bloc
        if key is None and s.state.partner and (s.state.partner.startswith("group:") or s.state.partner == "EUU"):
            key = s.state.partner
    else:
        key = x.attrs.get("iso") or ("group:" + x.attrs["label"] if x.attrs.get("label") else None)
        key = _complement_of_bloc(s, x, key) if key else key
    if key in (None, "WLD"):
        return None
    return key, (x.start, x.end)


def _paired_whole(s: Site, f: Mention) -> tuple[str, tuple[int, int]] | None:
    """"Japan stayed Korea's top partner in Asia, with trade of $80bn, or 30% of Korea-Asia
    trade": the whole is the trade of the pair the hyphen joins, one side of which is the
    part's reporter; its other side is the whole's partner (not the reporter's trade with
    everyone, nor the part's own pair). None when neither side is the reporter."""
    xs = [x for x in s.ms["country"] if s.m.end < x.start < f.start]
    p = s.prev
    if len(xs) != 2 or p is None or p.kind != "amount" or not p.reporter:
        return None
    a, b = xs
    if _OF_FLOW.fullmatch(s.text, s.m.end, a.start) is None or _HYPHEN_GAP.fullmatch(s.text, a.end, b.start) is None \
            or not s.text[b.end:f.start].isspace():
        return None
    keys = [x.attrs.get("iso") or ("group:" + x.attrs["label"] if x.attrs.get("kind") == "group" else None) for x in xs]
    if p.reporter not in keys or None in keys or keys[0] == keys[1]:
        return None
    other = xs[1 - keys.index(p.reporter)]
    return keys[1 - keys.index(p.reporter)], (other.start, other.end)


# a name's possessive: "Egypt's", and "Belarus'" for a name ending in s
POSSESSIVE = r"(?:['’]s\b|(?<=s)['’](?!\w))"


# "of all log exports", "of all its dairy exports": the whole flow of the product, with every partner
_ALL_OF_A_FLOW = re.compile(r"\bof\s+all\s+(?:its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:exports|imports|shipments|sales)\b")


# what joins a whole's figure to the partner of its own flow: " in exports to the "
_WHOLE_OWN_PARTNER = re.compile(r"\s+(?:in|of|worth\s+of)\s+(?:total\s+|goods\s+)?(?:exports|imports|shipments|sales)\s+(?:to|from)\s+(?:the\s+)?")


def whole_with_own_partner(s: Site) -> str | None:
    """The partner a share's whole names right after its figure ("nearly 80 per cent of its
    $151.2 billion in exports to the U.S."): the whole is all goods of that flow to that
    partner, whatever product the part was. None when it names none."""
    if not s.whole_after_of:
        return None
    place = next((x for x in s.ms["country"] if s.m.end < x.start <= s.m.end + 50 and _WHOLE_OWN_PARTNER.fullmatch(s.text, s.m.end, x.start)), None)
    iso = place.attrs.get("iso") if place is not None else None
    return iso if iso not in (None, "WLD") else None


def whole_of_goods_between_pair(s: Site) -> bool:
    """Whether a share's whole is all the goods a clause after its figure says one place sold
    another ("92 percent of the $45 billion worth of goods Kenya exported to Pakistan"): a
    noun of goods in general (vocab/goods_nouns.csv), so the whole is no one product's."""
    if not s.whole_after_of or _whole_relative_pair(s) is None:
        return False
    m = _WORTH_OF_NOUN.match(s.text, s.m.end)
    return m is not None and m["n"].lower() in vocab.goods_nouns()


# the noun of what a figure is worth right after it: " worth of goods", " of goods"
_WORTH_OF_NOUN = re.compile(r"\s+(?:worth\s+)?of\s+(?P<n>[a-z]+)\b")


def _group_of_internal_trade(share) -> str | None:
    """The group whose trade among its own members a share is of ("intra-African exports ...
    or only 16.6 per cent of the continent's total exports of US$416.3 billion": the whole is
    the group's trade with the world), as "group:<label>"; None for any other share."""
    group = share.extra.get("reporter_group")
    return "group:" + group if group and share.extra.get("partner_group") == group else None


# (compiled once: a literal pattern of the reading below, tried per claim)
_SHARE_WHOLE_OWNER_RE = re.compile(rf"\bof\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?|world){POSSESSIVE}")


@rule("pair", "share-whole-owner", "text")
def share_whole_owner(s: Site):
    """"7.5% of Egypt's non-oil exports, which totalled $9.6 billion": the whole is the
    owner's trade with the world."""
    if not s.whole_of_share:
        return None
    p = s.prev
    gap = s.gap
    # (or the world's: "only 1.1% of the world's USD 24.0 trillion")
    owner = _SHARE_WHOLE_OWNER_RE.search(gap)
    named = vocab.countries().get(owner["c"]) if owner else None
    # ("of Africa's total trade of $1.29 trillion": a group owns it as a country does)
    owner_iso = (named[0] or ("group:" + named[2] if named[1] == "group" else None)) if named else None
    rep = owner_iso or p.reporter or _group_of_internal_trade(p)
    # (a share whose product is the whole's own, "41.6 percent of total non-oil exports of
    # US$19.12 billion", is some partners' part of the product's trade with everyone)
    par = "WLD" if (p.commodity is None or owner_iso or p.how.get("commodity") == "share-whole-product") else p.partner
    if s.whole_after_of and not p.extra.get("_whole_has_commodity"):
        # "£272.2bn out of £534bn" after imports from the EU: one partner's part of the
        # trade with everyone (a product's part of the reporter's whole flow is with
        # everyone too); but the parts a share adds up ("Together the two categories made
        # up 59.8 percent of the R8.7 billion total exports" to China) are that pair's
        par = p.partner if p.extra.get("_whole") == "several parts" else "WLD"
    if not owner_iso and any(s.prev_end <= x.start < s.m.start and _place_role(s.text, x, s.ctx) == "P" for x in s.ms["country"]):
        par = p.partner  # "38.7 percent of all Chinese imports, which totalled R31.5bn": those imports
    elif not owner_iso and _ALL_OF_A_FLOW.search(gap or ""):
        par = "WLD"  # "Log exports to China were $651 million, 84 percent of all log exports ($775 million)": with everyone
    par = whole_with_own_partner(s) or par  # "of its $151.2 billion in exports to the U.S."
    if owner_iso and gap and (" to " in gap or " from " in gap):
        # "27.6 percent of Egypt's total exports to the EU, which reached $11.6 billion": the
        # owner's flow with the place its own words name, not with the world
        par = _owner_flow_partner(s, owner) or par
    bought = _whole_relative_pair(s)
    if bought is not None:
        return Decision(bought, None, "text")
    return Decision((rep, par), None, "text" if owner_iso else "context")


# a reduced relative clause after a whole's figure whose subject is a pronoun for its owner:
# " of goods the country sold to the ", " that it bought from "
_WHOLE_OWNER_PRONOUN_CLAUSE = re.compile(r"\s+(?:of\s+(?:[a-z-]+\s+){1,2}?)?(?:that\s+|which\s+)?(?:the\s+(?:country|nation)|it|they)\s+"
                                         r"(?:had\s+|has\s+)?(?P<v>\w+)\s+(?:from|to)\s+(?:the\s+)?")


# from an owner's possessive to the place of its flow: " total exports to the "
_OWNER_FLOW_TO = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:exports|imports|shipments|sales)\s+(?:to|from)\s+(?:the\s+)?")


def _owner_flow_partner(s: Site, owner: re.Match) -> str | None:
    """The place named right after the owner's flow in a share's whole before its figure
    ("of Egypt's total exports to the EU, which reached"), when it is the last place before
    the figure."""
    start = s.prev_end + owner.end()
    # ("of Germany's exports to the Central Asian country, which reached": the partner named
    # before, by its region)
    places = s.ms["country"] + (_regional_anaphors(s, start, s.m.start) if " the " in s.text[start:s.m.start] else [])
    place = next((x for x in places if start < x.start < s.m.start and _OWNER_FLOW_TO.fullmatch(s.text, start, x.start)), None)
    if place is None or any(place.end < x.start < s.m.start for x in s.ms["country"]):
        return None
    key = place.attrs.get("iso")
    return key if key not in (None, "WLD") else None


def _whole_relative_pair(s: Site) -> tuple[str, str] | None:
    """"39.2% of the $475.3 billion the United States bought from Mexico": a relative clause
    after the whole's figure names who bought (or sold) and from (or to) whom: that pair's
    flow, not the trade with the world."""
    if not s.whole_after_of:
        return None
    after = [x for x in s.ms["country"] if s.m.end < x.start <= s.m.end + 80 and x.attrs.get("iso")]
    if len(after) == 1 and s.prev is not None and s.prev.reporter not in (None, "WLD", after[0].attrs["iso"]):
        # "7.8 per cent of the $103bn of goods the country sold to the EU": the one who sold
        # is the owner the part's own figure is of, said by a pronoun
        link = _WHOLE_OWNER_PRONOUN_CLAUSE.fullmatch(s.text, s.m.end, after[0].start)
        if link is not None and (BUY.match(link["v"]) or SELL.match(link["v"])):
            return s.prev.reporter, after[0].attrs["iso"]
    if len(after) < 2:
        return None
    who, whom = after[0], after[1]
    # (also a reduced clause after the figure's noun: "the $536 billion of goods the United
    # States imported from China", "the $45 billion worth of goods Kenya exported to Pakistan")
    verb = re.fullmatch(r"\s+(?:worth\s+)?(?:of\s+(?:[a-z-]+\s+){1,2}?)?(?:that\s+|which\s+)?(?:the\s+)?", s.text[s.m.end:who.start])
    link = re.fullmatch(r"\s+(?:had\s+|has\s+)?(?P<v>\w+)\s+(?:from|to)\s+(?:the\s+)?", s.text[who.end:whom.start])
    if verb is None or link is None:
        return None
    if BUY.match(link["v"]) or SELL.match(link["v"]):
        return who.attrs["iso"], whom.attrs["iso"]
    # "the United States imported from China": the flow verb's subject reports that flow;
    # the other flow of the two is the other side's
    measure = vocab.flows().get(link["v"].lower(), (None,))[0]
    if measure not in ("exports", "imports") or not link["v"].lower().endswith("ed"):
        return None
    return (who.attrs["iso"], whom.attrs["iso"]) if measure == s.claim.measure else (whom.attrs["iso"], who.attrs["iso"])


@functools.cache
def _whole_before_re() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The words of a country's whole trade before its figure: the cue before the flow word
    ("foreign trade turnover", "total turnover"), the owner before the cue, and the words
    that join the flow to the figure."""
    cue = vocab.alternation(vocab.whole_scope_cues(), ignore_case=True, space=r"\s+")
    # (the cue may end in the flow word: "foreign trade turnover")
    before_flow = re.compile(rf"\b(?:{cue})\b(?:\s+[a-z]+){{0,2}}$", re.I)
    owner = re.compile(rf"(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?){POSSESSIVE}\s+(?:{cue})\b(?:\s+[a-z]+){{0,2}}$"
                       rf"|\bshare\s+(?:in|of)\s+(?:the\s+)?(?P<s>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?){POSSESSIVE}\s+(?:{cue})\b", re.I)
    joint = re.compile(rf"\s*(?:,\s*which\s+(?:totall?ed|amounted\s+to|stood\s+at|reached|was)|of|worth|totall?ing|amounting\s+to)\s+{HEDGE}", re.I)
    return before_flow, owner, joint


# "the total foreign trade turnover of Uzbekistan ($47.7 billion)": the owner after the flow
# word, the whole's figure in brackets after it
_OWNER_THEN_BRACKET = re.compile(rf"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s*\(\s*{HEDGE}")


@functools.cache
def _reporter_epithet_owner_re() -> re.Pattern:
    """"the republic's total foreign trade turnover", "the country's overall exports": the
    whole trade of the country the text reports on, named by an epithet
    (vocab/reporter_epithets.csv)."""
    cue = vocab.alternation(vocab.whole_scope_cues(), ignore_case=True, space=r"\s+")
    epithets = vocab.alternation([r["word"] for r in vocab.table("reporter_epithets")], ignore_case=True)
    return re.compile(rf"\bthe\s+(?:{epithets}){POSSESSIVE}\s+(?:{cue})\b", re.I)


@rule("pair", "whole-named-before", "text")
def whole_named_before(s: Site):
    """"Uzbekistan's share in Kazakhstan's foreign trade turnover, which totalled $139.8
    billion", "Iran's share in Armenia's foreign trade turnover ... was 4.6%, with total
    turnover of $7,470.2 million": a figure joined right after a country's whole trade (its
    owner named before it, or as the whole of a share earlier in the sentence) is that
    country's trade with the world, not with the partner of the sentence."""
    if s.kind != "amount":
        return None
    before_flow, owner_re, joint = _whole_before_re()
    start = max(s.sent.start, s.prev_end)
    f = next((f for f in reversed(s.ms["flow"]) if start <= f.start and f.end <= s.m.start), None)
    if f is None or f.attrs["measure"] not in ("exports", "imports", "trade_total"):
        return None
    after = _OWNER_THEN_BRACKET.fullmatch(s.text, f.end, s.m.start) if "(" in s.text[f.end:s.m.start] else None
    if after is None and not joint.fullmatch(s.text, f.end, s.m.start):
        return None
    cue = before_flow.search(s.text, max(s.sent.start, f.start - 30), f.end)
    if cue is None:
        return None
    own = owner_re.search(s.text[max(s.sent.start, cue.start() - 40):f.end]) or next(
        (mm for mm in owner_re.finditer(s.text, s.sent.start, f.end) if mm["s"]), None)
    name = after["c"] if after else (own["c"] or own["s"]) if own else None
    iso = vocab.countries().get(name.rstrip("."), (None,))[0] if name else None
    if iso is None and after is None and _reporter_epithet_owner_re().search(s.text, max(s.sent.start, cue.start() - 40), f.end):
        iso = s.state.reporter  # ("the republic's total ...": the country the text reports on)
    if iso in (None, "WLD"):
        return None
    return Decision((iso, "WLD"), (f.start, s.m.start))


@functools.cache
def _country_area_res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(an area named in the sentence at all; an area right before the figure's bracket; a
    flow "from" it before the figure, in its clause; "for the" area right after the figure)."""
    areas = vocab.alternation(vocab.country_areas())
    area = rf"the\s+(?P<a>(?-i:{areas}))(?![\w-])(?!\s+(?-i:[A-Z]))"
    # (exports only: "imports from the East" names where they came from, a partner)
    flows = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure == "exports"], ignore_case=True, space=r"\s+")
    return (re.compile(rf"\bthe\s+(?-i:{areas})(?![\w-])"),
            re.compile(rf"\b{area}\s*\(\s*$", re.I),
            re.compile(rf"\b(?:{flows})\s+from\s+{area}(?:(?![,;(]).)*$", re.I),
            re.compile(rf"\s*for\s+{area}", re.I))


@rule("pair", "country-area", "text")
def country_area(s: Site):
    """"exports rose for the South-West (+3.1%)", "Exports from the North fell by 7.0%",
    "sales abroad grew 1.2% for the Centre": a part of the country named by where
    it lies (vocab/country_areas.csv) as the figure's owner: the area's own flow, not the
    country's (a group of its own, which no other figure is of)."""
    named, bracket, source, after = _country_area_res()
    if not named.search(s.text, s.sent.start, s.sent.end):
        return None  # (cheap: most sentences name no such area)
    start = max(s.sent.start, s.prev_end)
    mo = bracket.search(s.text, start, s.m.start) or source.search(s.text, start, s.m.start) or after.match(s.text, s.m.end, s.sent.end)
    if mo is None:
        return None
    country = s.state.reporter if s.state.reporter and not s.state.reporter.startswith("group:") else None
    label = f"{mo['a']} of {country}" if country else mo["a"]
    return Decision(("group:" + label, None), (mo.start("a"), mo.end("a")))


@rule("pair", "same-as-previous", "context")
def same_as_previous(s: Site):
    """A figure that continues or restates the one before it is about the same pair."""
    p = s.prev
    # ("stood at $3.9bn in 2023 as against $3.7bn in 2022": the level set against the one
    # before it, naming no place of its own, is the same quantity earlier; against_level_cues.csv)
    against = s.kind == "amount" and p is not None and p.kind == "amount" and p.sentence == s.claim.sentence \
        and _may_set_against(s.gap) and _set_against(s.gap) and not any(p.end <= x.start < s.m.end + 30 for x in s.ms["country"])
    if (s.restated or s.continued or against or _change_of_level_before(s)) and p is not None and s.respective_place is None \
            and share_whole_country(s.text, s.m, s.sent) is None:
        if _new_flow_and_place_between(s, p):
            return None
        groups = {k: p.extra[k] for k in ("partner_group", "reporter_group") if k in p.extra}
        return Decision((p.reporter, p.partner, groups), (p.start, p.end), p.basis.get("pair"))
    if _past_a_share_aside(s):
        reporter, partner, groups = p.extra["_restated_pair"]
        return Decision((reporter, partner, dict(groups)), (p.start, p.end), p.basis.get("pair"))
    return None


# from a level to its change: perhaps the level's period, a comma, then "up", "down" or a
# change noun ("HK$272.1 billion in the first seven months of 2021, up 27.3%")
_LEVEL_THEN_CHANGE = re.compile(rf"(?:\s+(?:in|during|for|over)\s+[^,;:()$€£¥]{{1,60}}?)?\s*,\s+"
                                rf"(?:(?:up|down)\s+(?:by\s+)?|an?\s+(?:increase|rise|gain|decrease|drop|fall|decline)\s+of\s+){HEDGE}", re.I)


def _change_of_level_before(s: Site) -> bool:
    """"Hong Kong's total exports to ASEAN reached HK$272.1 billion in the first seven months
    of 2021, up 27.3% from HK$213.7 billion": a change set right after a level of its
    sentence, past only that level's period, is that level's change, so of its pair (the
    earlier level after "from" then follows the change)."""
    p = s.prev
    if s.kind not in ("percent_change", "multiple") or p is None or p.kind != "amount" or p.sentence != s.claim.sentence:
        return False
    # ("," checked first: cheap)
    return "," in (s.gap or "") and _LEVEL_THEN_CHANGE.fullmatch(s.gap) is not None \
        and not any(p.end <= x.start < s.m.start for x in s.ms["country"])


def _past_a_share_aside(s: Site) -> bool:
    """"Exports to the EU came to $3.86 billion, or 30.3% of total exports, compared to $3.27
    billion", "amounting to $4.28 billion, representing 33.6% of total non-oil exports, an
    increase of 9.5%": past a share that restates the figure before it, a level set against
    that figure (vocab/against_level_cues.csv) or its change is the figure's own, not of the
    share's whole (which names no place)."""
    p = s.prev
    if p is None or p.kind != "share" or "_restated_pair" not in p.extra or p.sentence != s.claim.sentence:
        return False  # (cheap: most figures follow no restating share)
    mm = _AFTER_SHARE_WHOLE.fullmatch(s.gap)
    if mm is None or any(p.end <= x.start < s.m.start for x in s.ms["country"]):
        return False
    rest = mm["rest"]
    if s.kind == "amount":
        return _against_cue_re().fullmatch(rest) is not None
    return s.kind == "percent_change" and change_before_re().search(rest) is not None


# from a share to the next figure: its whole's words, a comma, then the words before the figure
_AFTER_SHARE_WHOLE = re.compile(r"\s+of\s+[^,;:.$€£¥\d]{1,60},\s+(?P<rest>[^,;:.$€£¥\d]{0,40})")


@functools.cache
def _against_cue_re() -> re.Pattern:
    cues = vocab.alternation(vocab.against_level_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{cues})\s+{HEDGE}", re.I)


def _may_set_against(gap: str | None) -> bool:
    """False where no cue of vocab/against_level_cues.csv can be in `gap` (cheap)."""
    return bool(gap) and ("against" in gap or "compar" in gap or "vs" in gap or "versus" in gap)


def _set_against(gap: str) -> bool:
    from .claims import _against_level_re

    return _against_level_re().match(gap) is not None


def _new_flow_and_place_between(s: Site, p) -> bool:
    """"imports from Vietnam rose from $49bn to $137bn, up 180%, and imports from Mexico from
    $346bn to $506bn": a flow word and then a place other than the figure before's, between it
    and this figure, open a clause of their own (its verb left out): the figure is of that
    place, not a continuation of the one before."""
    flows = [f for f in s.ms["flow"] if p.end <= f.start and f.end <= s.m.start]
    if not flows:
        return False
    return any(flows[0].end <= x.start and x.end <= s.m.start and x.attrs.get("iso") not in (None, "WLD", p.reporter, p.partner)
               for x in s.ms["country"])


@rule("pair", "elided-flow-verb", "text")
def elided_flow_verb(s: Site):
    """"Euro area exports to the rest of the world reached EUR 2.9 trn and imports EUR 2.6 trn,
    giving a surplus of EUR 0.3 trn": the next flow with its verb left out, and the balance
    the two leave, are of the pair the first figure was read with, when the words between
    name no place."""
    p = s.prev
    if s.kind != "amount" or p is None:
        return None
    gap_start = _end_of_bracketed_share(s.text, p) if p.kind == "share" else p.end
    if gap_start is None or p.kind not in ("amount", "share") or p.basis.get("pair") != "text" \
            or not (p.reporter or p.extra.get("reporter_group")):
        return None
    if not _ELIDED_FLOW_GAP.fullmatch(s.text, gap_start, s.m.start) or any(p.end <= x.start < s.m.start for x in s.ms["country"]):
        return None
    groups = {k: p.extra[k] for k in ("partner_group", "reporter_group") if k in p.extra}
    return Decision((p.reporter, p.partner, groups), (p.start, p.end))


def _end_of_bracketed_share(text: str, share: Claim) -> int | None:
    """"export amounted to EUR 190.9 million (41.0% of total exports) and import to": where the
    bracket ends that holds a share stated right after the level before it (the share is read
    with that level's pair, same-as-previous), so the next flow may be read past it."""
    if share.how.get("pair") != "same-as-previous" or not _OPENS_BRACKET_BEFORE.search(text, max(0, share.start - 3), share.start):
        return None
    close = _BRACKET_REST.match(text, share.end)
    return close.end() if close else None


# the "(" right before a share in a bracket, and the rest of that bracket after it
_OPENS_BRACKET_BEFORE = re.compile(r"\(\s*$")
_BRACKET_REST = re.compile(r"[^()\d]{0,40}\)")


# " and imports ", " and import to ", ", giving a surplus of ", " and leaving a deficit of ":
# between a figure and the next, a flow word alone (its verb elided) or a balance the two
# figures leave
_ELIDED_FLOW_GAP = re.compile(r"\s+and\s+(?:exports?|imports?)\s+(?:of\s+|at\s+|to\s+)?"
                              r"|,?\s+(?:and\s+)?(?:giving|leaving|resulting\s+in|for)\s+an?\s+(?:trade\s+)?(?:surplus|deficit)\s+of\s+", re.I)


# "..., while China's slipped to", "... and China's 13.5%": a place's possessive with no noun
# after it (its verb perhaps elided too), starting the next clause (the noun, "share", is the
# one before)
_ELIDED_SHARE = re.compile(rf"(?:[,;]|\b(?:while|whereas|and|but))\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+(?:[a-z]+\s+){{0,3}}?{HEDGE}$")


# ", which bought", ", who supplied": a relative clause about the place right before it
_RELATIVE = re.compile(r",\s+(?:(?P<prep>to|from|with)\s+)?(?:which|who|whom)\s+")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;.\d]{3,100},\s+(?:[a-z]+\s+){0,4}")
# what ends a relative clause before a figure: a comma that separates words (not the comma
# of "1,234"), a semicolon, a dash
_CLAUSE_END = re.compile(r",(?!\d)|;|\s[-–—]\s")


# ", whose shipments": a possessive relative pronoun before a flow noun, the clause's flow
# its antecedent's own
_WHOSE = re.compile(r",\s+whose\s+(?=(?:[a-z-]+\s+)?(?:exports|imports|shipments|sales)\s)")


def _whose_antecedent(s: Site) -> Mention | None:
    """The place a "whose" clause holding the figure is about ("after China, whose
    shipments fell 11%"), if the figure is a change of that clause's flow."""
    if s.kind != "percent_change" or ", whose " not in s.text[s.sent.start:s.m.start]:
        return None  # (cheap: the words first)
    found = None
    for rel in _WHOSE.finditer(s.text, s.sent.start, s.m.start):
        found = rel
    if found is None or _CLAUSE_END.search(s.text, found.end(), s.m.start):
        return None
    return next((x for x in s.ms["country"] if x.end == found.start() and x.attrs.get("iso") not in (None, "WLD")), None)


def relative_antecedent(s: Site) -> Mention | None:
    """The place a relative clause holding the figure is about ("with Canada, which bought
    $266.8 billion of US goods, ..."), if the figure is in one."""
    found = None
    for rel in _RELATIVE.finditer(s.text, s.sent.start, s.m.start):
        found = rel
    if found is None or _CLAUSE_END.search(s.text, found.end(), s.m.start):
        return None
    return next((x for x in s.ms["country"] if x.end == found.start() and x.attrs.get("iso") not in (None, "WLD")), None)


# "Kazakhstan's foreign trade turnover, which totalled": a place's own noun phrase, then a
# relative clause that gives its figure
_OWNED_THEN_WHICH = re.compile(rf"(?P<np>[a-z][\w\s-]{{0,40}}?),\s+which\s+(?:[a-z]+\s+){{0,2}}?{HEDGE}$")


# (compiled once, not formatted and looked up for every figure)
_OWN_AFTER_PLACE = re.compile(rf"(?:{POSSESSIVE})?\s+")
_ENDS_POSSESSIVE = re.compile(rf"{POSSESSIVE}$")


def _total_owner(s: Site) -> Mention | None:
    """"Uzbekistan's share in Kazakhstan's foreign trade turnover, which totalled $139.8
    billion": a relative clause about a place's whole trade (a total's words, cues.TOTAL_CUE)
    gives that place's trade with the world, whatever other place the sentence names."""
    x = next((x for x in reversed(s.ms["country"]) if s.sent.start <= x.end < s.m.start), None)
    if x is None or x.attrs.get("iso") in (None, "WLD") or s.claim.measure == "other":
        return None
    # (the place's mention may hold its "'s" already)
    own = _OWN_AFTER_PLACE.match(s.text[x.end:s.m.start])
    if own is None:
        return None
    # ("Russia's share in total Latvian exports, which amounted to": the place as an
    # adjective after a share's total owns the whole as its possessive does; not "overall US
    # goods imports, which totalled", where the figure is the sentence's own)
    total_before = _TOTAL_BEFORE_ADJECTIVE.search(s.text, max(s.sent.start, x.start - 40), x.start)
    if not (_ENDS_POSSESSIVE.search(s.text[x.start:x.end]) or own.group(0).strip() or total_before):
        return None
    rest = _OWNED_THEN_WHICH.fullmatch(s.text, x.end + own.end(), s.m.start)
    return x if rest is not None and (total_before or TOTAL_CUE.search(rest["np"])) else None


# "the total foreign trade of goods of Belarus, which made": a whole's noun phrase, "of" and
# its owner, then the relative clause that gives the whole's figure
_WHOLE_OF_PLACE = re.compile(r"(?P<np>\b(?:[\w-]+\s+){1,6}?)of\s+(?:the\s+)?$", re.I)
_WHICH_GIVES = re.compile(rf",\s+which\s+(?:[a-z]+\s+){{0,2}}?{HEDGE}$")


def _whole_of_owner(s: Site) -> Mention | None:
    """"its share in the total foreign trade of goods of Belarus, which made $43,3 bln, was
    58,4%": a place named after "of" at the end of a whole's noun phrase (a total's words,
    cues.TOTAL_CUE), the relative clause right after it giving the figure: that place's
    trade with the world, the denominator of the share, not trade with the partner."""
    x = next((x for x in reversed(s.ms["country"]) if s.sent.start <= x.end < s.m.start), None)
    if x is None or x.attrs.get("iso") in (None, "WLD") or s.claim.measure == "other" \
            or not _WHICH_GIVES.fullmatch(s.text, x.end, s.m.start):
        return None
    np = _WHOLE_OF_PLACE.search(s.text, max(s.sent.start, x.start - 60), x.start)
    return x if np is not None and TOTAL_CUE.search(np["np"]) else None


# "share in total Latvian exports": a share's total right before a place named as an adjective
_TOTAL_BEFORE_ADJECTIVE = re.compile(r"\bshares?\s+(?:in|of)\s+(?:the\s+)?(?:total|overall|all)\s+$", re.I)


# "ahead of Antwerp, where rough trade stood at": a capitalised name, then its "where" clause
_WHERE_CLAUSE = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s+where\s+")


@rule("pair", "where-clause-city", "text")
def where_clause_city(s: Site):
    """"Dubai overtook Antwerp, where rough trade stood at $22.3 billion": the figure of a
    "where" clause after a city's name (vocab/cities.csv) is that city's own trade, with
    everyone; not the country's, nor the side the text is about. The city keeps its name
    (a side of its own, no country's code), so its figures meet no other place's."""
    if ", where " not in s.text[max(s.sent.start, s.m.start - 100):s.m.start]:
        return None  # (cheap: the words first)
    found = None
    for w in _WHERE_CLAUSE.finditer(s.text, max(s.sent.start, s.m.start - 140), s.m.start):
        found = w
    if found is None or _CLAUSE_END.search(s.text, found.end(), s.m.start) \
            or any(found.start() <= x.start < s.m.start for x in s.ms["country"]):
        return None  # (a place the reader knows, or one in the clause: the other rules)
    name = found["name"]
    if name.upper() not in vocab.cities():
        return None
    return Decision((None, "WLD", {"reporter_group": name}), (found.start("name"), found.end("name")))


@rule("pair", "relative-clause", "text")
def relative_clause(s: Site):
    """"US trade with Mexico reached $523.9 billion, with Canada, which bought $266.8
    billion of US goods, still the larger market": the figure of a relative clause is about
    the place the clause is about, as one side, with a place the clause names or the
    discourse's side as the other. (The clause does not change the pair of the main one:
    see claims.py.)"""
    owner = _total_owner(s) or _whole_of_owner(s)
    if owner is not None:
        return Decision((owner.attrs["iso"], "WLD"), _ev(owner))
    whose = _whose_antecedent(s)
    if whose is not None:
        # "Kenya trails only India, whose shipments rose 8%": the place before "whose" owns
        # the clause's flow; its partner is one the clause names, or the discourse's partner
        # if that is not the reporter the text is about (else the world)
        key = whose.attrs["iso"]
        end = _CLAUSE_END.search(s.text, s.m.end, s.sent.end)
        inside = [y.attrs["iso"] for y in s.ms["country"] if whose.end < y.start < (end.start() if end else s.sent.end)
                  and y.attrs.get("iso") not in (None, "WLD", key)]
        partner = s.state.partner if s.state.partner not in (None, key, s.state.reporter) else "WLD"
        return Decision((key, inside[0] if inside else partner), _ev(whose))
    x = relative_antecedent(s)
    if x is None:
        return None
    key, state = _antecedent_key(s, x), s.state
    end = _CLAUSE_END.search(s.text, s.m.end, s.sent.end)
    rel = _RELATIVE.search(s.text, x.end, x.end + 12)
    inside = [y for y in s.ms["country"] if x.end < y.start < (end.start() if end else s.sent.end)
              and y.attrs.get("iso") not in (None, "WLD", key)]
    if inside:
        other = inside[0].attrs["iso"]
    else:
        other = next((k for k in (state.reporter, state.partner, s.ctx.main_reporter) if k not in (None, "WLD", key)), None)
    flow = s.flow
    reports = flow is not None and flow.attrs["measure"] in ("exports", "imports") and flow.start < s.m.start \
        and not (BUY.match(flow.text) or SELL.match(flow.text)) and _RELATIVE_VERB.fullmatch(s.text, x.end, flow.start)
    if rel is not None and rel["prep"] and other is not None:
        # "Sweden, to which Denmark exported", "China, from which it imported": the place
        # the clause goes to or comes from is the partner
        return Decision((other, key), _ev(x))
    if reports or (key in (s.ctx.main_reporter, state.reporter) and not inside):
        # "the United States, which imported $294.2 billion from Mexico": its own flow
        return Decision((key, other), _ev(x))
    # ("Canada, which bought $266.8 billion of US goods": the other side's flow, read from
    # the side that buys or sells by `perspective`)
    return Decision((other, key), _ev(x))


def _antecedent_key(s: Site, x: Mention) -> str:
    """The side a relative clause is about: its antecedent's place, or the group of places it
    closes after a preposition ("those to China and Hong Kong, which slipped 1.2%": the two
    together, one partner)."""
    places = [y for y in s.ms["country"] if y.attrs.get("iso") not in (None, "WLD")]
    listed = _list_around(s.text, places, x) if x in places else [x]
    governed = re.search(r"\b(?:to|from|with|into)\s+(?:the\s+)?$", s.text[max(s.sent.start, listed[0].start - 12):listed[0].start])
    isos = frozenset(y.attrs["iso"] for y in listed)
    if len(isos) < 2 or not governed or "and" not in s.text[listed[-2].end:x.start]:
        return x.attrs["iso"]
    return _group_of(isos)


# ", which exported", ", which also imported": a relative pronoun and the clause's verb
_RELATIVE_VERB = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+ly\s+|also\s+|still\s+|in\s+turn\s+|had\s+|has\s+)?")


# "of goods exports", "of its exports", "of the UK's exports": a share whose whole is exports
_OF_EXPORTS = re.compile(r"\s+of\s+(?:(?:the|its|their|our)\s+)?(?:[\w'’-]+\s+){0,2}?exports\b", re.I)


# (compiled once: a literal pattern of the reading below, tried per claim)
_BUYER_OF_SHARE_RE = re.compile(rf"\s+(?P<v>[a-z]+)\s+{HEDGE}$")


@rule("pair", "buyer-of-share", "text")
def buyer_of_share(s: Site):
    """"The EU bought 41% of goods exports": a place that buys a share of exports is the
    partner, the exports those of the country the text is about."""
    if s.kind != "share" or not _OF_EXPORTS.match(s.after):
        return None
    verb = _BUYER_OF_SHARE_RE.search(s.text[s.sent.start:s.m.start])
    if verb is None or not BUY.match(verb["v"]):
        return None
    at = s.sent.start + verb.start()
    x = next((x for x in s.ms["country"] if x.end == at and x.attrs.get("iso") and not x.attrs.get("possessive")), None)
    if x is None or x.attrs["iso"] == s.state.reporter:
        return None
    rep = s.state.reporter if s.state.reporter not in (None, "WLD") else None
    return Decision((rep, x.attrs["iso"]), _ev(x), "text" if rep else "guess")


# ", about C$594 billion, to the United States": the share restated in money, then the place
_RESTATED_THEN_PLACE = re.compile(r"\s*,[^,;]{0,12}?\d[^,;]{0,30},\s*to\s+(?:the\s+)?", re.I)


@rule("pair", "share-then-place", "text")
def share_then_place(s: Site):
    """"Canada sent 77% of its goods exports, about C$594 billion, to the United States":
    the place the share goes to comes after the share and the money it makes."""
    if s.kind != "share":
        return None
    whole = _OF_EXPORTS.match(s.after)
    to = _RESTATED_THEN_PLACE.match(s.after, whole.end()) if whole else None
    if to is None:
        return None
    x = next((x for x in s.ms["country"] if x.start == s.m.end + to.end() and x.attrs.get("iso")), None)
    if x is None or x.attrs["iso"] == s.state.reporter:
        return None
    rep = s.state.reporter if s.state.reporter not in (None, "WLD") else None
    return Decision((rep, x.attrs["iso"]), _ev(x), "text" if rep else "guess")


_CAPTION_SHARE_OF = re.compile(r"\s+share\s+of\b", re.I)


@rule("pair", "caption-share", "text")
def caption_share(s: Site):
    """"30.7%: China's share of Brazilian exports, worth US$ 104.3 billion": on a caption
    line the description after the figure's colon names the share's part (the partner) and
    its whole's owner (the reporter), for the share and the money it is worth."""
    if s.kind not in ("share", "amount"):
        return None
    cap = caption_of(s.text, s.m)
    if cap is None or "share" not in s.text[cap[0]:cap[1]]:
        return None
    places = [x for x in s.ms["country"] if cap[0] <= x.start < cap[1] and x.attrs.get("iso") not in (None, "WLD")]
    part = next((x for x in places if x.attrs.get("possessive") and _CAPTION_SHARE_OF.match(s.text, x.end)), None)
    if part is None:
        return None
    whole = next((x for x in places if x.start > part.end and x.attrs["iso"] != part.attrs["iso"]), None)
    rep = whole.attrs["iso"] if whole is not None else s.state.reporter
    if rep in (None, "WLD", part.attrs["iso"]):
        return None
    return Decision((rep, part.attrs["iso"]), (part.start, (whole or part).end))


# "The share of Germany in the total foreign trade turnover of Uzbekistan", "the share of
# Germany in Uzbekistan's trade": the part's place after "share of", the whole's after "in"
_SHARE_OF_PLACE_IN = re.compile(r"\bshare\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+in\s+(?:the\s+)?"
                                r"(?:(?P<w1>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s|(?:[a-z-]+\s+){1,5}?of\s+(?:the\s+)?(?P<w2>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))")


def _share_of_place_in(s: Site):
    """(whole, part) from "the share of <part> in <whole>'s trade" before the figure."""
    sh = None
    for sh in _SHARE_OF_PLACE_IN.finditer(s.text, s.sent.start, s.m.start):
        pass
    if sh is None:
        return None
    table = vocab.countries()
    part, whole = table.get(sh["c"], (None,))[0], table.get(sh["w1"] or sh["w2"], (None,))[0]
    if part and whole and part != whole:
        return Decision((whole, part), sh.span())
    return None


@rule("pair", "share-of-country", "text")
def share_of_country(s: Site):
    """"China's share of Brazil's exports": the whole's country reports, the part's is the
    partner."""
    if s.kind != "share":
        return None
    if "share of" in s.text[s.sent.start:s.m.start].lower():
        found = _share_of_place_in(s)
        if found is not None:
            return found
    shares = list(re.finditer(r"(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+share\s+of\s+(?:the\s+)?(?:(?:total|overall)\s+)?(?P<w>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s|\s)",
                              s.text[s.sent.start:s.m.start]))
    sh = shares[-1] if shares else None
    if sh:
        table = vocab.countries()
        part, whole = table.get(sh["c"], (None,))[0], table.get(sh["w"], (None,))[0]
        # "Mexico's share of US goods imports rose to 15.4%, while China's slipped to
        # 13.9%": a later possessive with its noun left out is another part of that whole
        other = _ELIDED_SHARE.search(s.text, s.sent.start + sh.end(), s.m.start)
        if other and table.get(other["c"], (None,))[0] not in (None, whole):
            part = table[other["c"]][0]
        # "China's share of Japan's exports rose to 18.9%, while the U.S. share was 16.7%":
        # a later clause opening on a share with its own owner is that owner's
        later = _later_owned_share(s, s.sent.start + sh.end())
        if later and table.get(later[0], (None,))[0] not in (None, whole):
            part = table[later[0]][0]
        if part and whole and part != whole:
            return Decision((whole, part), (s.sent.start + sh.start(), s.sent.start + sh.end()))
    return None


# "while the U.S. share rose to", "and Japan's share to": a share a country owns, by a
# possessive or with the country's name as an attribute, opening a clause after a comma
_OWNED_SHARE_AFTER_COMMA = re.compile(r",\s+(?:(?:while|and|but|whereas)\s+)?(?:(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s|the\s+(?P<a>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))\s+share\b")


def _later_owned_share(s: Site, after: int) -> tuple[str, tuple[int, int]] | None:
    """(owner's name, span) of the last owned share opening a later clause of the sentence
    (from `after`) before the figure, when that clause holds no other figure."""
    if "share" not in s.text[after:s.m.start]:
        return None
    last = None
    for m in _OWNED_SHARE_AFTER_COMMA.finditer(s.text, after, s.m.start):
        last = m
    if last is None or re.search(r"\d", s.text[last.end():s.m.start]):
        return None
    grp = "c" if last["c"] else "a"
    return last[grp], (last.start(grp), last.end())


@rule("pair", "share-of-discourse", "context")
def share_of_discourse(s: Site):
    """"China's share rose to 20%": the part's country within the trade the text is about."""
    if s.kind == "amount":
        return _amount_of_elided_share(s)
    if s.kind != "share":
        return None
    sh = _OWNED_SHARE.search(s.text, s.sent.start, s.m.start)
    owner, span = (sh["c"], sh.span()) if sh else (None, None)
    # ("China's share fell to 19.7%, while the U.S. share rose to 18.3%": the later owner's)
    owner, span = _later_owned_share(s, span[1] if span else s.sent.start) or (owner, span)
    if owner and vocab.countries().get(owner, (None,))[0]:
        part = vocab.countries()[owner][0]
        # "Mexico's share was 14.8% and China's 13.5%": each possessive owns the share
        # right after it, the noun elided for the later one
        other = _ELIDED_SHARE.search(s.text, span[1], s.m.start)
        if other and vocab.countries().get(other["c"], (None,))[0]:
            part, span = vocab.countries()[other["c"]][0], other.span("c")
        rep = s.state.reporter if s.state.reporter != part else s.state.partner
        if vocab.country_of(part) != part:
            rep = vocab.country_of(part)  # "Alberta's share of national exports": of its country's (link/units.py)
        if rep and rep != part:
            return Decision((rep, part), span)
    # "The state's share in India's total merchandise exports ... stood at 4.7%": a unit
    # named by its noun (extract/mentions._unit_anaphors), of its country's flow
    x = next((x for x in s.ms["country"] if s.sent.start <= x.start < s.m.start and x.attrs.get("possessive")
              and vocab.country_of(x.attrs.get("iso")) not in (None, x.attrs.get("iso"))
              and re.match(r"\s+share\b", s.text[x.end:])), None)
    if x is not None:
        return Decision((vocab.country_of(x.attrs["iso"]), x.attrs["iso"]), (x.start, x.end))
    return None


# "China's share": a place owning a share
_OWNED_SHARE = re.compile(r"(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+share\b")


def _amount_of_elided_share(s: Site) -> Decision | None:
    """"Rwanda's share stood at 9.6 per cent, or $509 million, while Burundi's was $265
    million": a later place's possessive whose noun is elided owns a share too, and the amount
    after it is that place's part of the trade the text is about (as the share's figures are),
    not a flow between the two places."""
    if "share" not in s.text[s.sent.start:s.m.start]:
        return None  # (cheap test first)
    sh = _OWNED_SHARE.search(s.text, s.sent.start, s.m.start)
    other = _ELIDED_SHARE.search(s.text, sh.end(), s.m.start) if sh else None
    if other is None or not vocab.countries().get(sh["c"], (None,))[0] or not vocab.countries().get(other["c"], (None,))[0]:
        return None
    part = vocab.countries()[other["c"]][0]
    rep = s.state.reporter if s.state.reporter != part else s.state.partner
    return Decision((rep, part), other.span("c")) if rep and rep != part else None


# "Intra-Mercosur trade", "mutual trade among the countries of the EAEU", "trade among GCC
# states", "trade inside Mercosur", "trade in goods within the Andean Community" (not "trade
# in goods between the EU and Canada", a pair): the trade a group's members do with each other
_INTRA_BEFORE = re.compile(
    r"(?:\bintra-|\b(?:(?:trade|commerce|exchanges|turnover|exports|imports)\s+(?:among|amongst|between|within|inside)"
    r"|(?:trade|commerce)\s+in\s+(?:goods|merchandise|services)\s+(?:among|amongst|within|inside))\s+(?:the\s+)?"
    r"(?:(?:member\s+)?(?:countries|states|nations|members|economies)\s+of\s+(?:the\s+)?)?)$", re.I)


# "exports to intra-EU countries", "imports from Intra-Mercosur partners": the inside of a
# bloc named as where a flow went or came from
_TO_THE_INSIDE = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?intra-$", re.I)


@rule("pair", "intra-group", "text")
def intra_group(s: Site):
    """Trade inside a group ("Intra-Mercosur trade totalled US$ 41 billion"): the group on
    both sides."""
    start = max(s.sent.start, s.prev_end)
    for x in s.ms["country"]:
        # (a bloc with a code of its own too, "Intra-EU trade", in a text on the bloc's own
        # trade: a member's release gives its own trade with the bloc so)
        if not (start <= x.start < s.m.start) or (x.attrs.get("kind") != "group" and (
                x.attrs.get("iso") not in vocab.blocs() or s.ctx.main_reporter not in (None, x.attrs["iso"]))):
            continue
        key = x.attrs["iso"] or "group:" + x.attrs["label"]
        if key == "WLD" or _whole_of_share_before(s, x):
            continue
        if _INTRA_BEFORE.search(s.text[max(s.sent.start, x.start - 70):x.start]):
            if _TO_THE_INSIDE.search(s.text, max(s.sent.start, x.start - 16), x.start):
                # "exports to intra-EU countries reached ...": where a member's goods went,
                # the bloc's side of its split, no trade among the members
                return Decision((s.state.reporter, key), (x.start, x.end))
            return Decision((key, key), (x.start, x.end))
    return _intra_adjective(s, start) or _share_of_intra_after(s)


# "the 22.0 per cent share of intra-EU trade": a share whose whole, named after it, is
# a group's trade among its members
_SHARE_OF_INTRA_AFTER = re.compile(r"\s+share\s+of\s+(?:total\s+)?intra-", re.I)


def _share_of_intra_after(s: Site):
    """A share named after its figure as the share of a group's internal trade: that trade,
    the group on both sides."""
    if s.kind != "share":
        return None
    gap = _SHARE_OF_INTRA_AFTER.match(s.text, s.m.end, s.sent.end)
    x = next((x for x in s.ms["country"] if gap and x.start == gap.end()), None)
    if x is None or (x.attrs.get("kind") != "group" and x.attrs.get("iso") not in vocab.blocs()):
        return None
    key = x.attrs["iso"] or "group:" + x.attrs["label"]
    return Decision((key, key), (x.start, x.end)) if key != "WLD" else None


# "36 percent of intra-EAC exports, ahead of Uganda at $1.9 billion": the words from a share
# to the group that name the share's whole
_OF_WHOLE_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:total|overall)\s+)?(?:intra-)?", re.I)


def _whole_of_share_before(s: Site, x: Mention) -> bool:
    """Whether the group `x` names the whole of the share just before the figure, which
    tells nothing of the figure's own sides."""
    return s.prev is not None and s.prev.kind == "share" and s.prev_end <= x.start \
        and bool(_OF_WHOLE_GAP.fullmatch(s.text, s.prev_end, x.start))


@rule("pair", "intra-group-pronoun", "context")
def intra_group_pronoun(s: Site):
    """"Intra-African trade grew more slowly than the total. It rose 5.8% to $220 billion":
    an "it" for the sentence before's subject, a group's internal trade, is that trade (the
    group on both sides) while its clause names no place of its own."""
    group = s.state.topic_group
    start = max(s.sent.start, s.prev_end)
    if group is None or s.prev is not None or not topic.pronoun_subject(s.text, start, s.m.start):
        return None  # (the figures after the first in its clause go on with its pair)
    if any(s.sent.start <= x.start < s.m.start for x in s.ms["country"]):
        return None
    return Decision((group, group))


def _intra_adjective(s: Site, start: int):
    """"Intra-African trade rose 7.2 percent": the group the adjective names, on both sides;
    "Nigeria's total intra-African trade": that country's trade with the group."""
    mm = None
    for mm in re.finditer(r"\b(?i:intra)-(?P<adj>[A-Z][a-z]+)\b", s.text[start:s.m.start]):
        pass
    group = vocab.group_adjectives().get(mm["adj"]) if mm else None
    if group is None:
        return None
    key = "group:" + group
    ev = (start + mm.start(), start + mm.end())
    owner = re.search(r"(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+(?:(?:total|overall)\s+)?$", s.text[max(s.sent.start, start + mm.start() - 40):start + mm.start()])
    iso = vocab.countries().get(owner["c"], (None,))[0] if owner else None
    at = start + mm.start()
    # "South Africa, the largest intra-African trader, accounted for": the place the
    # appositive describes trades with the group
    # ("South Africa remained the largest intra-African trader at": or the place the
    # predicate ranks)
    iso = iso or next((x.attrs["iso"] for x in s.ms["country"] if x.attrs.get("iso") not in (None, "WLD") and x.end <= at
                       and (_APPOSITIVE_OPEN.fullmatch(s.text, x.end, at) or _ranked_as_open().fullmatch(s.text, x.end, at))), None)
    return Decision((iso, key) if iso else (key, key), ev)


def _without_appositive_places(text: str, near: list[Mention]) -> list[Mention]:
    """"Bangladesh, the largest LDC exporter, shipped": a place named in the appositive that
    describes another is no side of the figure."""
    spans = [(x.end, x.end + a.end()) for x in near for a in [_APPOSITIVE.match(text[x.end:x.end + 60])] if a]
    # ("Chip exports to China, including Hong Kong, made up half": a place counted into the
    # one before it is part of that side, no side of its own; vocab/inclusion_cues.csv)
    between = text[near[0].end:near[-1].start].lower() if len(near) > 1 else ""
    if "includ" in between or "count" in between:
        spans += [(x.end, a.end() + 1) for x in near for a in [_included_place().match(text, x.end)] if a]
    # "Hong Kong (SAR, China): $121 million", "Taiwan (Province of China)": a bracket of
    # words right after a place, naming the country it belongs to, says which place it is;
    # the bracketed country is no side of the figure
    if len(near) > 1:
        spans += [(x.end, a.end()) for x in near if text.startswith("(", x.end) or text.startswith(" (", x.end)
                  for a in [_PLACE_GLOSS.match(text, x.end, x.end + 50)] if a]
    return [y for y in near if not any(a <= y.start < b for a, b in spans)]


# a bracket of words (no figure) right after a place: "(SAR, China)", "(Province of China)"
# (not a flow's other side: "China (to the US)", "Mexico (vs Canada)")
_PLACE_GLOSS = re.compile(r"\s?\((?:(?!(?:to|from|with|into|and|or|vs|versus|against|than|over)\b)[A-Za-z.]+,?\s+){0,3}[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\)")


@functools.cache
def _included_place() -> re.Pattern:
    """The words right after a place that count another into it (", including ", "(incl. ")."""
    cue = vocab.alternation(vocab.inclusion_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*[,(]\s*(?:{cue})\s+(?:the\s+)?", re.I)


# an appositive right after a place, up to its closing comma (", the largest LDC exporter,")
# (its article perhaps after an adverb of time or manner: "Bolivia, traditionally the main
# supplier, exported")
# (an initialism's dots are no sentence's end: "New Brunswick, the Canadian province most
# dependent on U.S. buyers, shipped")
_APPOSITIVE = re.compile(r"^,\s+(?:[a-z]+ly\s+)?(?:the|a|an|its)\s+(?:[^,;.\d]|(?<=\b[A-Z])\.){1,50},(?=\s)")
# what opens an appositive between a place and the words that describe it ("South Africa, the largest ")
_APPOSITIVE_OPEN = re.compile(r",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}")


@functools.cache
def _ranked_as_open() -> re.Pattern:
    """What opens a predicate that ranks the place before it ("South Africa remained the
    largest "): a ranking verb, an article, up to three words."""
    verbs = vocab.alternation(vocab.rank_places("verb"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{verbs})\s+(?:again\s+|still\s+)?(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,3}}")


@functools.cache
def _each_re() -> tuple[re.Pattern, re.Pattern]:
    """"... 9% each" after the figure; "... each took 9%" between the places and it."""
    cue = vocab.alternation(vocab.distributive_cues(), ignore_case=True, space=r"\s+")
    return (re.compile(rf"\s+(?:{cue})\b", re.I),
            re.compile(rf"^\s+(?:{cue})\s+(?:[a-z]+\s+){{0,3}}?{HEDGE}$", re.I))


@rule("pair", "each-of-places", "text")
def each_of_places(s: Site):
    """"with Uruguay and Paraguay taking 9% each": one figure for each of two or more
    countries named together in the clause. The pair is the discourse's reporter with the
    first of them, and the claim keeps them all (`_each_partners`): the checks count the
    figure once for each."""
    if s.kind not in ("share", "amount"):
        return None
    after, before = _each_re()
    start = max(s.sent.start, s.prev_end)
    places = [x for x in s.ms["country"] if start <= x.start < s.m.start and x.attrs.get("iso")
              and x.attrs.get("kind") not in ("anaphor", "group")]
    # the last run of places joined by "and" or commas, right before the figure's words
    run: list[Mention] = []
    for x in places:
        if run and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", s.text[run[-1].end:x.start]):
            run.append(x)
        else:
            run = [x]
    if len(run) < 2 or len({x.attrs["iso"] for x in run}) != len(run):
        return None
    if not (after.match(s.text, s.m.end) or before.match(s.text[run[-1].end:s.m.start])):
        return None
    isos = [x.attrs["iso"] for x in run]
    rep = s.state.reporter
    if rep is None or rep in isos:
        return None
    s.claim.extra["_each_partners"] = isos
    return Decision((rep, isos[0]), (run[0].start, run[-1].end))


# the bracket closing the list's item before, then its comma; the bracket of the figure
_ITEM_BRACKET_BEFORE = re.compile(r"\s*\)\s*,\s*(?:and\s+)?(?:the\s+)?")
_ITEM_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+|nearly\s+)?")


@rule("pair", "places-sharing-a-bracket", "context")
def places_sharing_a_bracket(s: Site):
    """"the deficit was mainly with China (-$8.9 billion), Russia (-$4.1 billion), Chile and
    Peru (-$2.7 billion)": in a list of partners each given its figure in brackets, two or
    more places joined before one bracket share it, their joint figure or each one's (the
    text does not say which). The reporter stays the list's; the partner is left unknown,
    never one of the places reporting its trade with the other."""
    p = s.prev
    if s.kind != "amount" or p is None or p.kind != "amount" or p.end < s.sent.start \
            or p.partner in (None, "WLD") or not p.reporter or p.how.get("pair") != "named-partner":
        return None
    places = [x for x in s.ms["country"] if p.end <= x.start and x.end <= s.m.start]
    if len(places) < 2 or not all(x.attrs.get("iso") and x.attrs["iso"] != p.reporter for x in places) \
            or not _ITEM_BRACKET_BEFORE.fullmatch(s.text, p.end, places[0].start) \
            or not _ITEM_BRACKET_OPEN.fullmatch(s.text, places[-1].end, s.m.start) \
            or not all(_LIST_GAP.fullmatch(s.text, a.end, b.start) for a, b in zip(places, places[1:])):
        return None
    return Decision((p.reporter, None), (places[0].start, places[-1].end))


@functools.cache
def _glossed_group_re() -> re.Pattern:
    """"to CLMV markets (", "with its four neighbours - ": a preposition and a set of partners,
    by a name (an acronym, capitalised words) or by a noun of such a set (vocab/
    glossed_group_nouns.csv) after a few words, right before a bracket or a dash that opens
    the list of its members."""
    nouns = vocab.alternation([r["word"] for r in vocab.table("glossed_group_nouns")], ignore_case=True, space=r"\s+")
    owner = r"(?:the\s+|its\s+|their\s+|(?P<owner>[A-Z][\w.]*)['’]s\s+)?"
    name = r"(?P<name>(?-i:[A-Z][A-Za-z&-]*(?:\s+[A-Z][A-Za-z&-]*){0,2}))"
    return re.compile(rf"\b(?:to|from|with)\s+{owner}(?P<set>{name}(?:\s+(?:{nouns}))?|(?:[\w-]+\s+){{0,2}}?(?:{nouns}))"
                      rf"\s*(?P<open>\(|\s[-–—])\s*(?:the\s+)?$", re.I)


_GLOSS_DASH = re.compile(r"\s[-–—]\s")


@rule("pair", "glossed-group", "text")
def glossed_group(s: Site):
    """"Exports to CLMV markets (Cambodia, Laos, Myanmar and Vietnam) surged 21.4%", "trade
    with its four neighbours - Malaysia, Laos, Myanmar and Cambodia - came to $9bn": a set of
    partners named and then glossed with the list of its members is one partner, their group
    (a bloc whose members they are, else a group of its own); not the world, nor any one of
    them. The reporter is the clause's subject, else the discourse's."""
    start = max(s.sent.start, s.prev_end)
    places = [x for x in s.ms["country"] if start <= x.start and x.end <= s.m.start]
    if len(places) < 2 or ("(" not in s.text[start:s.m.start] and not _GLOSS_DASH.search(s.text, start, s.m.start)):
        return None  # (cheap: no list, or nothing to gloss it with)
    for k, first in enumerate(places):
        head = _glossed_group_re().search(s.text, max(start, first.start - 80), first.start)
        if head is None or any(head.start("set") <= x.start < head.end("set") and x.attrs.get("kind") != "anaphor" for x in places[:k]):
            continue  # (a known bloc's own name is read by the rules of blocs; "its neighbours" is glossed here)
        listed = [first]
        for x in places[k + 1:]:
            if not _LIST_GAP.fullmatch(s.text, listed[-1].end, x.start):
                break
            listed.append(x)
        close = r"\s*\)" if head["open"] == "(" else r"\s*[-–—]\s"
        if len(listed) < 2 or not re.match(close, s.text[listed[-1].end:s.m.start]) \
                or any(x.attrs.get("iso") in (None, "WLD") for x in listed):
            return None
        isos = frozenset(x.attrs["iso"] for x in listed)
        # ("with Thailand's four neighbours": the set's owner reports)
        owner = next((x.attrs.get("iso") for x in places[:k] if head["owner"] and x.start == head.start("owner")), None)
        named, _, _ = _named(s)
        rep = owner or next((iso for iso, role, _ in named if role == "R" and iso not in isos), None) or s.state.reporter
        if rep in (None, "WLD") or rep in isos:
            return None
        group = _group_of(isos)
        if group.startswith("group:") and head["name"]:
            group = "group:" + " ".join(head["name"].split())
        return Decision((rep, group), (head.start(), listed[-1].end))
    return None


@functools.cache
def _reporter_set_re() -> tuple[re.Pattern, re.Pattern]:
    rows = vocab.table("reporter_sets")
    sets = vocab.alternation([r["word"] for r in rows if r["role"] == "set"], ignore_case=True, space=r"\s+")
    ranks = vocab.alternation([r["word"] for r in rows if r["role"] == "rank"], ignore_case=True)
    return (re.compile(rf"\bamong\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){{0,3}}?(?:{sets})\s*,", re.I),
            re.compile(rf"\b(?:{ranks})\b", re.I))


# (compiled once: a literal pattern of the reading below, tried per claim)
_RANKED_REPORTERS_RE = re.compile(rf"\s*\(\s*{HEDGE}[+\-−–]?")


@rule("pair", "ranked-trader", "text")
def ranked_trader_pair(s: Site):
    """"Germany (EUR 703.0 bn) was by far the largest exporter to countries outside the EU,
    followed by Italy (EUR 290.0 bn)": each place ranked by its own flow, with the place the
    rank noun's preposition names (see ranked_traders.py)."""
    found = ranked_trader(s)
    if found is None:
        return None
    x, _, partner = found
    return Decision((x.attrs["iso"], partner), _ev(x))


@rule("pair", "counted-places", "text")
def counted_places_together(s: Site):
    """"Together, the top five states accounted for $61.0 billion": places counted by rank are
    one group, the figure their sum (see counted_places.py), not the whole the text is about;
    states and exporters report their own flow with the world, markets are the partners of
    the text's country."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    found = counted_places(s.text, max(s.sent.start, s.prev_end), s.m.start)
    if found is None and s.prev_end > s.sent.start and ")" in s.text[s.prev_end:s.m.start]:
        # ("The four largest markets - Mozambique (R7.23 billion), ..., Angola (R3.94
        # billion) - together took": the figures before are the places' own, in brackets in
        # the aside that names them; the subject opens the sentence, before them)
        found = counted_places(s.text, s.sent.start, s.m.start)
        found = found if found is not None and found[2][1] >= s.prev_end else None
    if found is None:
        return None
    words, role, span = found
    named = [x for x in s.ms["country"] if span[0] <= x.start and x.end <= span[1] and x.attrs.get("iso")
             and x.attrs["iso"] != "WLD" and x.attrs.get("kind") not in ("anaphor", "group", "demonym")]
    isos = frozenset(x.attrs["iso"] for x in named)
    if role in ("P", "L") and len(isos) >= 2:
        # "The three largest markets - the U.S., China and Hong Kong - together took CHF 9.1
        # billion": the aside names the places counted, their sum that of those partners
        # (not of the last figures given, which may rank a fourth)
        return Decision((None, _group_of(isos)), span)
    # (role L, "the five countries" just listed: a partner group link/listed_counts.py names)
    return Decision(("group:" + words, "WLD") if role == "R" else (None, "group:" + words), span)


@rule("pair", "ranked-reporters", "text")
def ranked_reporters(s: Site):
    """"Among the EU Member States, Germany recorded the largest surplus (€67.3 bn), followed
    by Ireland (€22.8 bn) ... France (-€21.2 bn) and Spain (-€9.7 bn) registered the largest
    deficits": a paragraph that ranks the members of a set of places by their own figures.
    Each figure is the place's own, named as the clause's subject or right before the
    figure's brackets, with the world (the places ranked are not partners of each other)."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    para = s.text.rfind("\n", 0, s.sent.start) + 1
    # (cheap first: the paragraph's word "among", the sentence's rank word)
    if "mong" not in s.text[para:s.m.start]:
        return None
    opener, rank = _reporter_set_re()
    found = opener.search(s.text, para, s.m.start)
    if found is None or not rank.search(s.text, s.sent.start, s.sent.end):
        return None
    start = max(s.sent.start, found.end(), s.prev_end)
    near = [x for x in s.ms["country"] if start <= x.start and x.end <= s.m.start]
    subject = _ranked_subject_beside_partners(s, start, near)
    if subject is not None:
        return Decision((subject.attrs["iso"], "WLD"), _ev(subject))
    if not near or not near[-1].attrs.get("iso") or near[-1].attrs["iso"] == "WLD" \
            or near[-1].attrs.get("kind") in ("anaphor", "group", "demonym") or near[-1].attrs.get("possessive"):
        return None
    x = near[-1]
    bracketed = _RANKED_REPORTERS_RE.fullmatch(s.text[x.end:s.m.start])
    subject = len(near) == 1 and re.fullmatch(r"[\s,]*(?:the\s+)?", s.text[start:x.start], re.I)
    if not (bracketed or subject):
        return None
    return Decision((x.attrs["iso"], "WLD"), _ev(x))


@rule("pair", "ranked-peer", "context")
def ranked_peer(s: Site):
    """"China alone exported $3.4 trillion. The United States came second, with exports of
    $2.0 trillion, followed by Germany with $1.7 trillion": after a place's own flow with the
    world, a place ranked after it with its figure is its peer, with its own flow with the
    world, not its partner (see ranked_peers.py)."""
    state = s.state
    rep = state.reporter
    if s.kind != "amount" or state.partner != "WLD" or rep in (None, "WLD") or rep.startswith("group:") \
            or state.measure not in ("exports", "imports") or s.claim.measure not in ("exports", "imports"):
        return None
    ranked = state.ranked_pair
    if ranked is not None and ranked[0] == rep and ranked[1] not in (None, "WLD"):
        return None  # (a ranking of the reporter's partners is going on)
    p = s.prev
    if p is not None and (p.reporter != rep or p.partner != "WLD" or p.extra.get("partner_group")):
        return None  # ("North America remained the largest market with $8.3 billion, followed by": a partner ranked first)
    x = ranked_after(s.text, s.sent.start, s.sent.end, max(s.sent.start, s.prev_end), s.m, s.ms["country"], p is not None)
    if x is None or x.attrs["iso"] == rep or vocab.subnational().get(x.attrs["iso"]) == rep:
        return None  # (a state of the reporter ranked after another: units.py reads it)
    return Decision((x.attrs["iso"], "WLD"), _ev(x))


def _ranked_subject_beside_partners(s: Site, start: int, near: list):
    """"Among the EU Member States, Ireland was by far the largest exporter of ICT services to
    non-EU countries, with €172.4 billion": the place that opens the clause is the ranked one;
    the places after it that a preposition governs ("to non-EU countries") are where the
    ranked flows go, the same for every member ranked, no side of a pair of members. Returns
    the subject, or None."""
    if len(near) < 2:
        return None
    first = near[0]
    if not first.attrs.get("iso") or first.attrs["iso"] == "WLD" or first.attrs.get("kind") in ("anaphor", "group", "demonym") \
            or first.attrs.get("possessive") or not re.fullmatch(r"[\s,]*(?:the\s+)?", s.text[start:first.start], re.I):
        return None
    governed = all(_PARTNERS_GOVERNED.search(s.text, max(first.end, x.start - 20), x.start) for x in near[1:])
    return first if governed and _RANKED_WITH_FIGURE.search(s.text, near[-1].end, s.m.start) else None


# "... to non-EU countries", "from outside the bloc": a preposition that makes the places after it the partners
_PARTNERS_GOVERNED = re.compile(r"\b(?:to|from|with|outside)\s+(?:the\s+)?(?:non-)?$", re.I)
# "..., with €172.4 billion", ", at $95 billion": the ranked place's figure after its rank
_RANKED_WITH_FIGURE = re.compile(rf"[^.;:$€£¥\d]{{0,40}},?\s+(?:at|with)\s+{HEDGE}$", re.I)


# "The UAE led with exports of $48 billion", "Saudi Arabia was second with", "followed by
# Bahrain with": a place ranked with its figure (the words from the place to the figure)
_RANKED_WITH = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?{RANKED_WITH}", re.I)
# "ahead of Uganda at $1.9 billion", "followed by Rwanda at $0.4 billion": a member ranked
# after the leader of a bloc's internal trade, its figure right after "at"
_MEMBER_AT = re.compile(rf"\s+at\s+{HEDGE}", re.I)


@rule("pair", "member-ranked", "text")
def member_ranked(s: Site):
    """"Trade among GCC states reached $91.3 billion. The UAE led with exports of $48 billion
    ... followed by Bahrain with 7.1 billion dollars": in a text on a bloc's internal trade,
    a member ranked with its figure reports it, and the rest of the bloc is the partner."""
    group = s.state.inside_bloc
    members = vocab.bloc_members().get(group or "")
    if not members or s.kind != "amount" or s.state.partner != group:
        return None
    start = max(s.sent.start, s.prev_end)
    near = [x for x in s.ms["country"] if start <= x.start < s.m.start]
    if not near or near[-1].attrs.get("iso") not in members:
        return None
    x = near[-1]
    if not (_RANKED_WITH.fullmatch(s.text, x.end, s.m.start) or _MEMBER_AT.fullmatch(s.text, x.end, s.m.start)):
        return None
    return Decision((x.attrs["iso"], group), _ev(x))


# a place given its rank: "ranked second", "came third", "followed by", "next"
_RANK_CUE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|next|followed\s+by|ranked|ranking|came|placed|trailed)\b", re.I)


@functools.cache
def _rival_re() -> re.Pattern:
    cues = vocab.alternation(vocab.rank_against_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"^[\s,]*(?:{cues})\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s?\s+{HEDGE}$", re.I)


@rule("pair", "ranked-against", "context")
def ranked_against(s: Site):
    """"with US purchases of Mexican goods reaching US$475.6 billion, ahead of China's
    US$427.2 billion": the rival's figure of the same flow; the rival takes the side of the
    place the sentence ranks (the side named first in it), the other side stays."""
    p = s.prev
    if s.kind != "amount" or p is None or p.kind != "amount" or p.measure not in ("exports", "imports", "trade_total"):
        return None  # (a balance's sign is read from its own words)
    mm = _rival_re().match(s.gap)
    rival = vocab.countries().get(mm["c"], (None,))[0] if mm else None
    if not rival or rival == "WLD" or rival in (p.reporter, p.partner) or None in (p.reporter, p.partner):
        return None
    named = [x.attrs.get("iso") for x in s.ms["country"] if s.sent.start <= x.start < p.start and x.attrs.get("iso") in (p.reporter, p.partner)]
    if not named:
        return None
    ev = (s.prev_end + mm.start("c"), s.prev_end + mm.end("c"))
    return Decision((rival, p.partner) if named[0] == p.reporter else (p.reporter, rival), ev)


@rule("pair", "partner-ranked", "context")
def partner_ranked(s: Site):
    """"The UAE was Iran's biggest neighbouring partner, with $21.9 billion of trade. Iraq
    ranked second with $10.4 billion, while Turkey came third with $9.1 billion": a place
    ranked with its figure after another takes that place's side of the pair; the article's
    own country keeps its side."""
    if s.kind != "amount" or s.state.inside_bloc:
        return None
    start = max(s.sent.start, s.prev_end)
    near = [x for x in s.ms["country"] if start <= x.start < s.m.start]
    if len(near) != 1 or not near[0].attrs.get("iso") or near[0].attrs.get("kind") == "demonym":
        return None
    x = near[0]
    iso, main = x.attrs["iso"], s.ctx.main_reporter
    if iso in (main, "WLD") or not _RANKED_WITH.fullmatch(s.text, x.end, s.m.start) \
            or not _RANK_CUE.search(s.text, s.sent.start, s.m.start):  # (", and Japan with ...": the ranking goes on)
        return None
    if s.claim.how.get("measure") == "ranked-by-the-text":
        # ("... the country's largest trading partner in the region. Mexico came second with
        # 110.0 billion dollars": the article's country's trade with the place ranked)
        return Decision((main, iso), _ev(x)) if main not in (None, "WLD") else None
    rep, par = s.state.reporter, s.state.partner
    ranked = s.state.ranked_pair
    if rep == main and par in (None, "WLD") and ranked is not None and ranked[0] == main and ranked[1] not in (None, "WLD", main):
        # ("The United Kingdom remained the top destination for EU exports, with EUR 48.8
        # billion ... The United States came second with": the discourse went back to the
        # country's total after the first ranked, the ranking goes on from it)
        par = ranked[1]
    # ("ASEAN remained China's largest trading partner ... The European Union came second":
    # the ranking goes on from a group named as such, not from "other than the EU")
    if rep == main and par not in (None, "WLD", main) and not par.startswith("group:other than"):
        return Decision((main, iso), _ev(x))
    if par == main and rep not in (None, "WLD", main) and not rep.startswith("group:"):
        return Decision((iso, main), _ev(x))
    if rep == main and par == "WLD" and main is not None and not x.attrs["possessive"]:
        # ("Georgia's external merchandise trade turnover ... amounted to $16.08 billion.
        # Türkiye ranked first with $2.01 billion": after the country's total with the
        # world, the places ranked are its partners)
        return Decision((main, iso), _ev(x))
    return None


@functools.cache
def _ranked_item_re() -> tuple[re.Pattern, re.Pattern]:
    """From the list's last figure to the next place (its figure's trailing "of ..." phrase,
    a comma or a bracket, then "followed by", "while", "and"), and from the place to its figure
    ("at", "followed with", a bracket, nothing)."""
    before = vocab.alternation(vocab.ranked_cues("before"), ignore_case=True, space=r"\s+")
    after = vocab.alternation(vocab.ranked_cues("after"), ignore_case=True, space=r"\s+")
    # (a word that ends the figure before: "It bought $2.9 billion worth, followed by Turkey")
    trail = vocab.alternation(vocab.ranked_cues("trail"), ignore_case=True, space=r"\s+")
    # (an aside on the figure before: "..., mainly meat and soybeans, followed by", "..., where
    # most of it is crushed, and")
    aside = vocab.alternation(vocab.ranked_cues("aside"), ignore_case=True, space=r"\s+")
    return (re.compile(rf"(?:\s+(?:{trail})\b)?(?P<trail>\s+(?:of|to|in|from|for)\s+[^,;()]{{0,50}}?)?(?:\s*,\s+(?:{aside})\b[^;()$€£¥]{{0,120}}?)?"
                       rf"(?:(?:\s*[,;)])+\s*|\s+)(?:(?:{before})\s+)?(?:the\s+)?", re.I),
            re.compile(rf"(?:\s*\(\s*|\s+(?:{after})\s+|\s+){HEDGE}", re.I))


@rule("pair", "ranked-item", "context")
def ranked_item(s: Site):
    """"Poland remained the largest buyer of Ukrainian goods with $2.3 billion, followed by
    Turkey ($1.2 billion) and Spain ($1.1 billion)", "Rwanda took Sh30.5 billion and Burundi
    Sh9.2 billion", "Russia shipped €6.3bn to the EU, China €4.1bn and India €3.0bn": the
    next place of a list, put beside its figure after the figure before, takes that figure's
    place in the pair; the other side and the flow stay (claims.py carries the flow). Places
    named together ("followed by Denmark and the US with NOK 11.6 billion") are one group."""
    p = s.prev
    # (a share first in the place's bracket too: "followed by Switzerland (10.1%, €31.7
    # billion)", the place's part of the same flow, its share then its money)
    if s.kind not in ("amount", "share") or p is None or p.kind not in ("amount", "share") \
            or p.measure not in ("exports", "imports", "trade_total") or None in (p.reporter, p.partner) or "WLD" in (p.reporter, p.partner):
        return None
    if s.respective_place is not None:
        return _ranked_respectively(s, p)
    near = [x for x in s.ms["country"] if s.prev_end <= x.start < s.m.start and x.attrs.get("iso")]
    if not near:
        return None
    x = near[-1]
    if x.attrs["possessive"] or x.attrs["kind"] in ("demonym", "anaphor") or x.attrs["iso"] == "WLD":
        return None
    if s.kind == "share" and not re.fullmatch(r"\s*\(\s*", s.text[x.end:s.m.start]):
        return None
    gap_before, gap_after = _ranked_item_re()
    listed = [y for y in _list_around(s.text, s.ms["country"], x) if y.start >= s.prev_end]
    before = gap_before.fullmatch(s.text, s.prev_end, listed[0].start)
    if not gap_after.fullmatch(s.text, x.end, s.m.start) or not before:
        return None
    isos = [y.attrs.get("iso") for y in listed]
    if None in isos or len(set(isos)) != len(isos):
        return None
    # ("representing 24.9 percent of Egypt's exports to the bloc, followed by Libya with $541
    # million": the flow named in the share's whole is the one the list ranks, no flow of the
    # place's own)
    whole = before.span("trail") if p.kind == "share" and before["trail"] and before["trail"].lstrip().startswith("of") else (0, 0)
    if any(s.prev_end <= f.start < listed[0].start and not whole[0] <= f.start < whole[1] for f in s.ms["flow"]):
        return None  # "... $14bn in 2023 and its imports from China $5bn": its own flow
    end = re.search(r"[,;]|$", s.text[s.m.end:s.sent.end]).start() + s.m.end
    if any(s.m.end <= f.start < end for f in s.ms["flow"]):
        return None  # "and the UAE ($21.3 billion) overtook China as the biggest source of imports": its own flow
    key = isos[0] if len(isos) == 1 else _group_of(frozenset(isos))
    main = s.ctx.main_reporter
    if (p.partner == main and p.reporter != main) or p.how.get("pair") == "pronoun-subject" or p.extra.get("_ranked_reporter"):
        # ("It bought $2.9 billion worth, followed by Turkey at $2.7 billion and Italy at":
        # the "it" that bought is the first of the list, the places after it take its side)
        pair = (key, p.partner)
        s.claim.extra["_ranked_reporter"] = True
    else:
        pair = (p.reporter, key)
    if key in pair[:1] and key == pair[1]:
        return None
    return Decision(pair, (listed[0].start, listed[-1].end))


def _ranked_respectively(s: Site, p: Claim):
    """"...; the United States and India followed with US$ 2.18 billion and US$ 1.71 billion
    respectively": the next places of a ranking, read "respectively", each take their own
    figure's place in the pair of the figure before (not the two together)."""
    x = s.respective_place
    listed = _list_around(s.text, s.ms["country"], x)
    isos = [y.attrs.get("iso") for y in listed]
    if len(listed) < 2 or x not in listed or None in isos or "WLD" in isos or any(y.attrs["possessive"] or y.attrs["kind"] in ("demonym", "anaphor") for y in listed):
        return None
    gap_before, gap_after = _ranked_item_re()
    to_figures = gap_after.match(s.text, listed[-1].end)
    if to_figures is None or to_figures.end() > s.m.start or any(to_figures.end() <= f.start < s.m.start for f in s.ms["flow"]):
        return None
    first = p.end <= listed[0].start
    if first and not gap_before.fullmatch(s.text, p.end, listed[0].start):
        return None
    if not first and p.how.get("pair") != "ranked-item":
        return None
    key = x.attrs["iso"]
    pair = (key, p.partner) if p.partner == s.ctx.main_reporter and p.reporter != s.ctx.main_reporter else (p.reporter, key)
    return Decision(pair, (x.start, x.end)) if pair[0] != pair[1] else None


@functools.cache
def _rank_cue_before_re() -> re.Pattern:
    cues = vocab.alternation(vocab.rank_against_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+)?$", re.I)


# (compiled once: a literal pattern of the reading below, tried per claim)
_BRACKETED_RIVAL_RE = re.compile(rf"\s*\(\s*{HEDGE}")


@rule("pair", "bracketed-rival", "context")
def bracketed_rival(s: Site):
    """"China was the EU's third-largest partner for exports of goods, after the United
    States (€502.3 billion)": a place ranked against the sentence's own, its figure in
    brackets, takes the ranked place's side of the discourse pair; the other side and the
    flow stay (as a rival's figure does, "ahead of China's US$427.2 billion")."""
    if s.kind != "amount":
        return None
    x = next((y for y in reversed(s.ms["country"]) if s.sent.start <= y.start and y.end <= s.m.start), None)
    if x is None or not x.attrs.get("iso") or x.attrs["iso"] == "WLD" or x.attrs["possessive"] or x.attrs["kind"] in ("demonym", "anaphor") \
            or not _BRACKETED_RIVAL_RE.fullmatch(s.text[x.end:s.m.start]) \
            or not _rank_cue_before_re().search(s.text, max(s.sent.start, x.start - 30), x.start):
        return None
    rep, par, rival = s.state.reporter, s.state.partner, x.attrs["iso"]
    if None in (rep, par) or "WLD" in (rep, par) or rival in (rep, par):
        return None
    before = [y for y in s.ms["country"] if s.sent.start <= y.start < x.start and y.attrs.get("iso") in (rep, par)]
    if not before:
        return None
    # ("Indonesia logged its biggest surplus with the United States, ... followed by India
    # ($1.23 billion)": the side named after a preposition is the one ranked, the subject
    # keeps its side; else the first named is ranked, "China was the EU's ... partner")
    after_prep = {y.attrs["iso"] for y in before if _role(s.text, y) == "P" and not y.attrs["possessive"]}
    ranked = next(iter(after_prep)) if len(after_prep) == 1 else before[0].attrs["iso"]
    return Decision((rival, par) if ranked == rep else (rep, rival), _ev(x))


@functools.cache
def _leads_re() -> re.Pattern:
    lead = vocab.alternation(vocab.ranked_cues("lead"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{lead})\s+(?:the\s+)?(?:(?:exports|imports|sales|purchases|shipments|supplies)\s+(?:at|with)\s+){HEDGE}", re.I)


@rule("pair", "leads-flow", "text")
def leads_flow(s: Site):
    """"China led imports at $5.0 billion" in a text on Ukraine's trade: the place that leads
    the text's own flow is the first of its partners, not the country whose flow it is."""
    if s.kind != "amount" or s.ctx.main_reporter in (None, "WLD"):
        return None
    start = max(s.sent.start, s.prev_end)
    near = [x for x in s.ms["country"] if start <= x.start < s.m.start]
    if len(near) != 1 or not near[0].attrs.get("iso") or near[0].attrs["possessive"] or near[0].attrs["kind"] == "demonym":
        return None
    x = near[0]
    if x.attrs["iso"] in (s.ctx.main_reporter, "WLD") or not _leads_re().fullmatch(s.text, x.end, s.m.start):
        return None
    return Decision((s.ctx.main_reporter, x.attrs["iso"]), _ev(x))


# "other EU countries", "the other Mercosur members": a group but the members named
_OTHER_BEFORE = re.compile(r"\bother\s+$", re.I)
# a partner ranked within a region: "the largest trading partner in Central Asia"
# (a rank's word before it: "Suppliers in Latin America" are there, a side of the flow)
_RANKED_IN_REGION = re.compile(r"\b(?:largest|biggest|main|top|leading|chief|principal|key|first|second|third|most\s+important)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:partner|market|supplier|destination|buyer|customer|source)s?\s+(?:in|among|within)\s+(?:the\s+)?$", re.I)


# "X and the other", "X and other": the place before it is one of the group named next
_AND_OTHER = re.compile(r"\s+and\s+(?:the\s+|all\s+)?other\s+", re.I)


def _group_with_member(text: str, x: Mention, countries: list[Mention]) -> Mention | None:
    """"trade with the Soviet Union and the other Communist countries", "exports to Germany
    and other EU members": the group named right after "and (the) other", which the place
    before it belongs to, so the two together are the whole group (not the group but the
    place, as "other EU countries" alone is); None where no group (or bloc) follows."""
    joined = _AND_OTHER.match(text, x.end)
    if joined is None:
        return None
    return next((y for y in countries if y.start == joined.end() and y.attrs.get("iso") != x.attrs.get("iso")
                 and (y.attrs.get("kind") == "group" or y.attrs.get("iso") in vocab.blocs())), None)


def _others_of(s: Site, x: Mention, group: str) -> str | None:
    """The label of a group but the places the sentence named before it ("EUU other than
    DEU"); None where it named none (then "other" leaves out only the reporter)."""
    named = [y.attrs["iso"] for y in s.ms["country"] if s.sent.start <= y.start < x.start
             and y.attrs.get("iso") not in (None, "WLD", group, s.state.reporter) and y.attrs.get("kind") != "demonym"]
    named = list(dict.fromkeys(named))
    return f"{group} other than {'+'.join(named)}" if named else None


# what starts the next item of a list of figures ("..., and", "; while")
_NEXT_ITEM = re.compile(r"[,;]|\b(?:and|while|whereas|versus|vs\.?)(?!\w)", re.I)
# "countries other than", "all partners except", "excluding": a place left out of a whole
def others_after_subject_flow(text: str, flow: Mention, end: int, places: list[Mention], bloc: str | None) -> str | None:
    """"Exports to countries outside the EU have fared better", "Trade with non-EU partners
    held up": the subject flow's partner right after it is every place but the one named,
    a group without a code of its own ("group:other than EUU"), which the figures after the
    sentence are with; None for any other partner. `bloc`: the bloc named last, which "third
    countries" are outside of."""
    x = next((x for x in places if flow.end < x.start < end), None)
    if x is None or x.start - flow.end > 60:
        return None
    iso, label = x.attrs.get("iso"), x.attrs.get("label") or ""
    if iso is None and label.startswith("other than ") and _TO_OTHERS.fullmatch(text, flow.end, x.start):
        return "group:" + label  # "to non-EU countries"
    if iso is None and x.attrs.get("kind") == "group" and vocab.complement_groups().get(label) == "bloc" and bloc \
            and _TO_PLACE.fullmatch(text, flow.end, x.start):
        return "group:other than " + bloc.removeprefix("group:")  # "to third countries"
    but = _ALL_BUT.search(text, flow.end, x.start) if iso not in (None, "WLD") else None
    if but is not None and but.end() == x.start and _TO_PLACE.fullmatch(text, flow.end, but.start()):
        return "group:other than " + iso  # "to countries outside the EU"
    return None


# from a flow word to the partner it goes to (or comes from)
_TO_PLACE = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+|all\s+)?", re.I)
_TO_OTHERS = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+|all\s+)?(?:non|extra)-", re.I)


# "Sales outside the European Union rose by 3.1%": a flow word, then "outside" the place
_OUTSIDE_BEFORE = re.compile(r"\s+(?:outside|beyond)(?:\s+of)?\s+(?:the\s+)?$", re.I)


def _flow_outside(text: str, x: Mention, flows: list[Mention]) -> bool:
    """Whether a flow word goes "outside" the place `x` right after it ("sales outside the
    EU", "exports beyond Europe"): every place but that one, as "countries outside" is."""
    if "outside" not in text[max(0, x.start - 16):x.start] and "beyond" not in text[max(0, x.start - 16):x.start]:
        return False  # (cheap: most places have no such word before them)
    return any(_OUTSIDE_BEFORE.fullmatch(text, f.end, x.start) for f in flows if x.start - 30 < f.end <= x.start)


_ALL_BUT = re.compile(r"\b(?:countries|partners|nations|economies|markets|destinations|world)\s+(?:other\s+than|except(?:\s+for)?|excluding|outside(?:\s+of)?|bar|besides|apart\s+from)\s+(?:the\s+)?$"
                      r"|\b(?:the\s+)?rest\s+of\s+the\s+world\s+(?:excluding|except|other\s+than|bar)\s+(?:the\s+)?$", re.I)


_HOLDS_SHARE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:held|holds|had|has|took|takes|accounted\s+for|accounts\s+for|made\s+up|makes\s+up|"
                          r"captured|commanded|claimed)\s+(?:an?\s+|the\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)*$", re.I)


@functools.cache
def _description_re() -> re.Pattern:
    """"with its southern neighbor", "to the Gulf state": a partner described, not named
    (with "the", only after a word that says which: "the country" alone is often the reporter;
    or capitalised as an epithet, "imports from the Kingdom", read only beside a reporter named;
    not "according to the Ministry of Knowledge Economy": the source, no partner)."""
    nouns = vocab.alternation(vocab.partner_descriptions(), ignore_case=True)
    return re.compile(rf"(?<![Aa]ccording )\b(?:with|to|from)\s+(?:(?:its|their)\s+(?:[\w-]+\s+){{0,3}}?|the\s+(?:[\w-]+\s+){{1,3}}?|(?P<epithet>the\s+(?-i:(?=[A-Z]))))(?:{nouns})\b"
                      r"(?!['’]s|-|\s+(?:and|or|countries|companies|firms|enterprises|budget|sector|level|agenc\w+|media)\b)", re.I)


@functools.cache
def _partners_named_before_re() -> re.Pattern:
    """"Exports to these five destinations together", "trade with those markets", "EU
    exports to the three partners": the partners a list before named (vocab/list_cues.csv,
    role P), taken together (counted after "the": a number of them, not one)."""
    nouns = vocab.alternation([w for w, role in vocab.list_cues().items() if role == "P"], ignore_case=True, space=r"\s+")
    counts = vocab.alternation([w for w, v in vocab.number_words().items() if 2 <= v <= 30 and v.is_integer()], ignore_case=True)
    return re.compile(rf"\b(?:to|from|with)\s+(?:(?:these|those)\s+(?:[\w-]+\s+){{0,2}}?|the\s+(?:{counts}|[2-9]|[12]\d)\s+(?:[\w-]+\s+)?)"
                      rf"(?:{nouns})\b", re.I)


@rule("pair", "partners-named-before", "text")
def partners_named_before(s: Site):
    """"Exports to these five destinations together increased by 4.17%": a group of the
    partners named before, not the world nor any one of them; the partner is left unknown,
    so nothing is checked against the reporter's total."""
    start = max(s.sent.start, s.prev_end)
    d = None
    for mm in _partners_named_before_re().finditer(s.text, start, s.m.start):
        d = mm
    if d is None or re.search(r"\d", s.text[d.end():s.m.start]) \
            or any(d.start() <= x.start < s.m.start for x in s.ms["country"]):
        return None
    named, _, _ = _named(s)
    rep = next((iso for iso, role, _ in named if role == "R"), None) or s.state.reporter
    return Decision((rep, None), (d.start(), d.end()), "text")


@rule("pair", "described-partner", "text")
def described_partner(s: Site):
    """"Mongolia's trade with its southern neighbor reached $15.1 billion": a partner the
    clause describes without naming is the one the text is about, where it names one; else
    unknown, never the world (a figure of one partner is no national total)."""
    start = max(s.sent.start, s.prev_end)
    d = None
    for mm in _description_re().finditer(s.text, start, s.m.start):
        d = mm
    if d is None or re.search(r"\d", s.text[d.end():s.m.start]):
        return None
    if any(x.start < d.end() and d.start() < x.end for x in s.ms["country"]):
        return None  # a place or an anaphor the vocabulary knows ("its neighbour", "the US economy")
    named, _, _ = _named(s)
    if any(role == "P" for _, role, _ in named) or len(named) > 1 or (d["epithet"] is not None and not named):
        return None  # ("exports from the Kingdom" with no other place: the Kingdom may well report)
    rep = named[0][0] if named else s.state.reporter
    # (as "the neighbouring country" is read: the partner the subject of the sentence before
    # was with, "Trade with Russia continued to fall. Exports to the eastern neighbour ...";
    # or the place that was that subject, "Brazil remained the main partner. Sales to the
    # neighbouring country ..."; else the text's partner, else the discourse's)
    one = [k for k in (_epithet_of(s, d), s.state.topic_partner, s.state.topic_place,
                       (s.ctx.main_partner if rep == s.ctx.main_reporter else None), s.state.partner)
           if k and k not in ("WLD", rep) and not k.startswith("group:")]
    return Decision((rep, one[0] if one else None), (d.start(), d.end()), "context")


def _epithet_of(s: Site, d: re.Match) -> str | None:
    """"Saudi Arabia topped the list ... followed by Turkey ... Egypt's imports from the
    Kingdom": a capitalised epithet stands for the last country of its form of state the text
    named (vocab/state_forms.csv), not for the last place named."""
    if d["epithet"] is None:
        return None
    form = vocab.state_forms().get(d.group().split()[-1].lower(), frozenset())
    here = [x.attrs.get("iso") for x in s.ms["country"] if s.sent.start <= x.start and x.end <= d.start()]
    before = [iso for iso in s.state.named_places + tuple(here) if iso in form]
    return before[-1] if before else None


@rule("pair", "places-together", "text")
def places_together(s: Site):
    """"Chile and Peru together accounted for $3.1bn, or 40%, of Bolivia's mineral imports":
    places named together as the subject (vocab/joint_cues.csv), the figure a part of another
    country's flow named after it, are one partner of that country, their group; not the two
    sides of the figure."""
    if s.kind != "amount" or s.claim.measure not in ("exports", "imports"):
        return None
    near = [x for x in s.ms["country"] if max(s.sent.start, s.prev_end) <= x.start and x.end <= s.m.start]
    if len(near) < 2:
        return None
    # (the clause's opening words checked first, cheap: a joint word there is a few words long)
    opened = near[0].start - max(s.sent.start, s.prev_end) <= 30 \
        and _joint_before().fullmatch(s.text, max(s.sent.start, s.prev_end), near[0].start) is not None
    if not (_joint_after().match(s.text, near[-1].end) or opened):
        return None
    listed = _list_around(s.text, near, near[-1])
    opened = opened and listed[0] is near[0]
    if len(listed) < 2 or any(x.attrs.get("possessive") or x.attrs.get("iso") in (None, "WLD") for x in listed):
        return None
    owner = _whole_owner_after(s)
    joint = _joint_after().match(s.text, listed[-1].end)  # (" together accounted for": the verb past the joint word)
    if owner is None and (opened or joint and restated_as_share_of_the_total(s.text, s.m.end, s.sent.end)) \
            and s.state.reporter not in (None, "WLD") and _part_verb_re().match(s.text, joint.end() if joint else listed[-1].end, s.m.start):
        # "Taken together, Burkina Faso and Mali accounted for $1.3 billion, or 8.7% of total
        # exports": the places named together, after a clause-opening joint word, take a part
        # of the flow of the country the text reports on, not one another's; so do places a
        # joint word follows whose figure is restated as a share of "the total" ("Japan and
        # Korea together took $9bn, or 40% of the total": of the flow the text is on)
        owner = s.state.reporter
    isos = {x.attrs["iso"] for x in listed}
    if owner is None or owner in isos or owner.startswith("group:") and isos <= vocab.bloc_members().get(owner, frozenset()):
        return None  # (no whole named after, or one the places are members of: their own flows)
    words = re.sub(r"\s+", " ", s.text[listed[0].start:listed[-1].end]).lower()
    return Decision((owner, "group:" + words), (listed[0].start, listed[-1].end))


# after the figure, in its clause: ", or 74%, of Russia's", " of Russia's": the whole's owner
_OWNER_AFTER = re.compile(rf"\s*(?:,\s*or\s+[^,;.]{{1,20}},\s*|\s*\([^()]{{1,20}}\)\s*)?\s*of\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?){POSSESSIVE}")


def _whole_owner_after(s: Site) -> str | None:
    found = _OWNER_AFTER.match(s.text, s.m.end, s.sent.end)
    named = vocab.countries().get(found["c"]) if found else None
    if not named:
        return None
    return named[0] or ("group:" + named[2] if named[1] == "group" else None)


@rule("pair", "two-named", "text")
def two_named(s: Site):
    """Two places named in the clause: the subject reports, the one after a preposition is
    the partner ("Belarusian exports to Iran"); of two subjects, the one the text is about."""
    named, whole_owner, _ = _named(s)
    if len(named) < 2:
        return None
    rs = [k for k, r, _ in named if r == "R"]
    ps = [k for k, r, _ in named if r == "P"]
    outside = _outside_trade_partner(s, named, rs)
    if outside is not None:
        return Decision(outside, (named[0][2].start, named[-1][2].end))
    holder = _balance_holder(s, named)
    if holder is not None:
        par = next((k for k, _, _ in named if k != holder[0]), None)
        return Decision((holder[0], par), (holder[1].start, holder[1].end))
    if s.kind == "share" and whole_owner is not None:
        rep = whole_owner.attrs["iso"]
        par = next((k for k, _, _ in named if k != rep), None)
        if rep == "WLD" and par is not None:
            # "The United States accounted for 42% of global arms exports": the place's own
            # flow with the world, as a share of the world's
            rep, par = par, "WLD"
    elif rs and ps:
        rep, par = rs[0], next((p for p in ps if p != rs[0]), None)
        subject = next(x for k, r, x in named if k == rs[0])
        if s.kind == "share" and par and par != "WLD" and _HOLDS_SHARE.match(s.text, subject.end, s.m.start):
            # "In Uzbekistan, too, China held a 21.3% share of trade turnover": the place
            # that holds the share is the part, the other the whole's owner (not the world:
            # "The United States accounted for 42% of global arms exports" is its own flow)
            rep, par = par, rep
        flow = s.flow
        if flow is not None and flow.start > s.m.end:
            # "... R12.2 billion came in from China": the place the verb after it names
            after_flow = next((k for k, r, x in named if r == "P" and 0 <= x.start - flow.end <= 12 and k != rep), None)
            par = after_flow or par
        elif flow is not None and flow.end <= s.m.start and len(ps) > 1:
            # "According to cross-border surveys, Kenya's exports to Uganda were": of two
            # partners, the one the flow word's own preposition names is where the flow goes
            own = next((k for k, r, x in named if r == "P" and k != rep and _FLOW_PREPOSITION.fullmatch(s.text, flow.end, x.start)), None)
            par = own or par
        if par is None:
            par = next((k for k, _, _ in named if k != rep), None)
    elif len(rs) >= 2:
        owner = next((k for k, r, x in named if r == "R" and _owner_before_flow(s.text, x)), None)
        if owner is None:
            # "Russia's trade with its EAEU partners": the place whose possessive qualifies
            # the flow word owns the flow, whatever the text was about before
            owner = next((k for k, r, x in named if r == "R" and x.attrs.get("possessive") and flow_owner(s.text, x)), None)
        if owner is None:
            # "Indian exports to Oman" in an Omani paper: a demonym before the flow word, its
            # partner after "to"/"from", owns the flow, whatever country the text is about
            owner = next((k for k, r, x in named if r == "R" and _demonym_flow_to_place(s, x)), None)
        if owner is not None:
            # "The United Kingdom was the top destination for EU exports": the place that
            # qualifies the flow word owns it, the other is where it goes
            rep, par = owner, next(k for k in rs if k != owner)
        elif s.state.reporter in rs:
            rep = s.state.reporter
            par = next(k for k in rs if k != rep)
        elif any(vocab.country_of(k) != k for k in rs):
            # "The United States remained Ontario's main destination": the province reports
            # its own trade (link/units.py), the foreign country is its partner
            rep = next(k for k in rs if vocab.country_of(k) != k)
            par = next(k for k in rs if k != rep)
        else:
            rep, par = rs[0], rs[1]
    else:
        keys = [k for k, _, _ in named]
        rep, par = keys[0], keys[1]
        # "imports from China to Kazakhstan", "shipments from Brazil to China": the flow's
        # direction sets who reports
        src = next((k for k, _, x in named if re.search(r"\bfrom\s+(?:the\s+)?$", s.text[max(0, x.start - 12):x.start], re.I)), None)
        dst = next((k for k, _, x in named if re.search(r"\b(?:to|into)\s+(?:the\s+)?$", s.text[max(0, x.start - 12):x.start], re.I)), None)
        if src and dst and src != dst:
            rep, par = (dst, src) if s.claim.measure == "imports" else (src, dst)
    return Decision((rep, par), (named[0][2].start, named[-1][2].end))


_EXTRA_PREFIX = re.compile(r"\bextra-$", re.I)


@functools.cache
def _signed_for_re() -> re.Pattern:
    """A balance's sign word and "for" right before a place: "was negative for "."""
    signs = vocab.alternation(vocab.balance_signs(), ignore_case=True)
    return re.compile(rf"\b(?:{signs})\s+for\s+(?:the\s+)?$", re.I)


def _balance_holder(s: Site, named) -> tuple[str, Mention] | None:
    """"the balance of trade with China was negative for Kazakhstan": the place a balance's
    sign is said "for" (vocab/balance_signs.csv) holds the balance, the other its partner,
    whichever of the two the clause named first."""
    if s.claim.measure != "balance" or " for " not in s.text[s.sent.start:s.m.start]:
        return None  # (cheap: most balances name no place after "for")
    return next(((k, x) for k, _, x in named if x.start < s.m.start
                 and _signed_for_re().search(s.text, max(s.sent.start, x.start - 30), x.start)), None)
# what stands between a flow word and the partner it names ("exports to ", "imports from the ")
_FLOW_PREPOSITION = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+)?", re.I)


def _outside_trade_partner(s: Site, named, rs) -> tuple[str, str] | None:
    """"The United States was the main partner, accounting for 32% of extra-EU services
    exports": a bloc's "extra-" trade is the bloc's own with the world outside it, so the
    bloc reports and the one country named outside it is its partner, not the reporter."""
    extra = [x for _, r, x in named if r == "P" and _EXTRA_PREFIX.search(s.text, max(0, x.start - 6), x.start)]
    if len(extra) != 1 or len(rs) != 1 or len(named) != 2:
        return None
    bloc = extra[0].attrs["label"].removeprefix("other than ")
    place = next(x for _, r, x in named if r == "R")
    if bloc not in vocab.blocs() and "group:" + bloc not in vocab.bloc_members():
        return None
    key = bloc if bloc == "EUU" else "group:" + bloc
    if rs[0] == key:
        # ("EU27 extra-EU exports amounted to ...": the bloc named twice, its own trade with
        # every place outside it, which is its trade with the world)
        return key, "WLD"
    # ("Germany's extra-EU exports", "German extra-EU exports": a member's own trade outside
    # the bloc, which the member reports)
    if rs[0] in vocab.bloc_members().get(key, ()) or place.attrs.get("possessive") or place.attrs.get("kind") == "demonym":
        return None
    return key, rs[0]


@rule("pair", "share-whole-named", "text")
def share_whole_named(s: Site):
    """"30% of Brazil's exports": the whole's owner reports."""
    named, whole_owner, _ = _named(s)
    if len(named) != 1 or s.kind != "share" or named[0][2] is not whole_owner:
        return None
    key = named[0][0]
    if _whole_is_national_total(s, whole_owner):
        # ("Tea makes up about 20% of Kenya's merchandise exports" after a figure of Kenya's tea
        # to one partner: the whole is the owner's trade with everyone, so the part is too; the
        # partner the discourse was on is no side of it)
        return Decision((key, "WLD"), _ev(whole_owner), "text")
    par = s.state.partner if s.state.partner != key else None
    group = _group_restated_as_share(s, key) if par in (None, "WLD") else None
    if group is not None:
        return Decision((key, group), _ev(whole_owner), "text")
    # (a partner carried from the discourse state is the context's, never the text's)
    return Decision((key, "WLD" if (par is None and _named(s)[2]) else par), _ev(whole_owner), "context")


def _whole_is_national_total(s: Site, owner) -> bool:
    """"20% of Kenya's merchandise exports", "a third of total Kenyan exports": a total cue
    (cues.TOTAL_CUE) between the share and the whole's flow word makes the whole the owner's
    trade with the world."""
    figure = _WHOLE_FIGURE_AFTER_OWNER.match(s.text, owner.end)  # ("Alberta's $120.9-billion in total merchandise exports")
    end = min(s.sent.end, (figure.end() if figure else owner.end) + 40)
    flow = _WHOLE_FLOW_WORD.search(s.text, owner.end, end)
    if flow is None or _restates_previous_figure(s):
        return False
    # (not "the country's exports": an owner named again, no total cue of the whole)
    return any(not c.group(0).lower().startswith(("the ", "country", "nation")) for c in TOTAL_CUE.finditer(s.text, s.m.end, flow.end()))


def _restates_previous_figure(s: Site) -> bool:
    """"Exports to Pakistan reached $600 million, or 20% of Kenya's total exports", "...
    totalled $620 million. That is 24% of Kenya's total exports": the share's part is a figure
    given before it (in its sentence, or taken up by "That"/"This"), whose partner it keeps."""
    p = s.prev
    if p is not None and p.end >= s.sent.start:
        return not _own_product_subject_between(s, p.end)
    return _ANAPHOR_OPENER.match(s.text, s.sent.start, s.m.start) is not None


def _own_product_subject_between(s: Site, start: int) -> bool:
    """"The province accounted for 81.4 per cent of Canada's crude exports, and crude made up
    57.0 per cent of Alberta's total exports": a product right after ", and" (or ";") opens a
    clause of its own whose subject is the share's part; the figure before is the other
    clause's."""
    gap = s.text[start:s.m.start]
    if ", and " not in gap and ";" not in gap:
        return False  # (cheap: most shares restate the figure right before them)
    cuts = [c.end() for c in _AND_OR_SEMICOLON_CLAUSE.finditer(s.text, start, s.m.start)]
    return any(re.fullmatch(r"(?:the\s+)?", s.text[cut:x.start], re.I) for cut in cuts for x in s.ms["commodity"] if cut <= x.start < s.m.start)


# ", and " or ";" opening a clause of its own
_AND_OR_SEMICOLON_CLAUSE = re.compile(r",\s+and\s+|;\s+", re.I)


# a sentence opening on a word that takes up the figure before: "That is", "This was"
_ANAPHOR_OPENER = re.compile(r"\s*(?:That|This|It|These|Those|Such|Which)\b")


# the whole's own figure right after its owner ("Alberta's $120.9-billion in total exports")
_WHOLE_FIGURE_AFTER_OWNER = re.compile(rf"(?:['’]s)?\s+{WHOLE_FIGURE_IN}")
# the whole's flow word after its owner ("Kenya's merchandise exports")
_WHOLE_FLOW_WORD = re.compile(r"\b(?:exports|imports|trade|shipments|sales|purchases)\b", re.I)


def _group_restated_as_share(s: Site, key: str) -> str | None:
    """"Exports to ASEAN amounted to RM470.6 billion, 28.8% of Malaysia's total exports", "Chile
    and Peru together accounted for $3.1bn, or 40%, of Bolivia's imports": the share that
    restates, right after it, a figure with a group of partners (one without a code of its
    own, which the discourse does not carry) is with that group, as after a country's name;
    None otherwise."""
    p = s.prev
    if p is None or p.kind != "amount" or p.end < s.sent.start or not p.extra.get("partner_group") \
            or p.how.get("pair") not in ("named-partner", "places-together") or p.reporter != key or not _SHARE_RESTATES.fullmatch(s.gap or ""):
        return None
    return "group:" + p.extra["partner_group"]


# from a figure to the share restating it: ", ", ", or ", " (", ", i.e. "
_SHARE_RESTATES = re.compile(r"\s*[,(]\s*(?:or\s+|i\.e\.,?\s*|that\s+is\s+|about\s+|some\s+|nearly\s+|almost\s+)?")


_SPACE = re.compile(r"\s+")
_COMMA_AND = re.compile(r",\s+(?:and\s+)?(?:the\s+)?")


@rule("pair", "gapped-subject", "text")
def gapped_subject(s: Site):
    """"EU trade in goods surplus €56.0 bn, euro area €20.5 bn": a bare place right before a
    figure, after the comma that follows a figure its subject reported, stands where that
    subject stood, the rest of the clause left out: it reports the same flow, with the same
    partner."""
    p = s.prev
    if s.kind != "amount" or p is None or p.kind != "amount" or p.how.get("pair") != "named-reporter" \
            or p.end < s.sent.start or "," not in s.text[p.end:s.m.start]:
        return None
    x = next((x for x in s.ms["country"] if p.end <= x.start and x.end <= s.m.start
              and _SPACE.fullmatch(s.text, x.end, s.m.start)), None)
    if x is None or x.attrs.get("possessive") or x.attrs.get("pronoun") or not _COMMA_AND.fullmatch(s.text, p.end, x.start):
        return None
    key = x.attrs.get("iso") or "group:" + x.attrs["label"]
    own = p.reporter or ("group:" + p.extra["reporter_group"] if p.extra.get("reporter_group") else None)
    if key in (own, "WLD") or key.startswith("group:other than"):
        return None
    partner = p.partner or ("group:" + p.extra["partner_group"] if p.extra.get("partner_group") else None)
    return Decision((key, partner), _ev(x))


@rule("pair", "named-reporter", "text")
def named_reporter(s: Site):
    """One place named as the subject ("Kazakhstan's exports", "Nigerian imports",
    "Kazakhstan ran a deficit"): it reports; the partner is the world for a national total,
    else the other side of the discourse pair."""
    named, _, total_cue = _named(s)
    if len(named) != 1:
        return None
    key, role, x = named[0]
    state = s.state
    # ("Globally, Mongolia's exports rose 10%": its exports to everyone; "For all markets,
    # U.S. beef exports totaled $4.6 billion" after figures of one partner, too)
    total_cue = total_cue or bool(_world_opener_re().match(s.text, s.sent.start, s.m.start)) \
        or bool(_whole_country_opener_re().match(s.text, s.sent.start, s.m.start))
    if not (role == "R" and (x.attrs["possessive"] or x.attrs["kind"] in ("demonym",) or key == state.reporter
                             or _subject_verb(s.text, x, s.m) or opens_as_locative(s.text, x) or _owner_before_colon(s.text, x, s.flow)
                             or own_place(s.text, x) or _total_owner_of_flow(s.text, x, s.flow) or _names_exporter(s.text, x, s.flow)
                             or _names_exported_goods(s.text, x)
                             or _earns_the_figure(s.text, x, s.m.start)
                             or _opens_as_balance_owner(s.text, s.sent.start, x, s.flow))):
        return None
    flow = s.flow
    basis = None
    two_way = re.search(r"\b(?:two-way|bilateral)\b", s.text[max(s.sent.start, s.m.start - 60):s.m.start], re.I)
    mirror = next((c for c in (s.prev, s.last_relation) if c is not None and c.partner == key and c.reporter not in (None, key)
                   and c.measure in ("exports", "imports")), None)
    if two_way and not total_cue and state.partner not in (None, key, "WLD"):
        par = state.partner  # "two-way trade of $23.1 billion": with the partner in hand
    elif mirror is not None and not total_cue:
        # "Russia's exports to Iran grew 2.7 times, and Iran's exports went up 6.3 percent":
        # the other side's flow, said in the same breath, is with the same partner
        par = mirror.reporter
    elif total_cue or (flow is not None and _flow_right_after_possessive(s.text, x, flow)
                       and (state.reporter != key or key.startswith("group:"))
                       and (state.partner in (None, key) or _next_unit_reporting(key, state.reporter))):
        # ("The continent's exports reached" after intra-African trade: a group's own flow
        # is with the world; its trade within itself says so, "intra-African")
        par = "WLD"
    elif opens_as_locative(s.text, x) and state.reporter != key:
        par = "WLD"  # "In the United States, exports fell": the place's own trade, no partner named
    elif flow is not None and _flow_right_after_possessive(s.text, x, flow) and _partner_takes_part_after(s, key):
        # "Peru's zinc exports came to $3.1bn, with India taking $0.9bn": the partner takes a
        # part of the figure, which is the flow to everyone
        par = "WLD"
    elif key != state.partner and (_mostly_after(s) or _part_named_next(s, key)):
        # "Georgia re-exported cars worth $2.1 billion during the year, mostly to Kazakhstan
        # and Armenia": where most of it went follows; the figure is the flow to everyone
        par = "WLD"
    elif key == state.partner:
        par = state.reporter
    else:
        par = state.partner if state.partner and state.partner != key else ("WLD" if total_cue else None)
        basis = "context"
    if total_cue and par is None:
        par = "WLD"
    if _labels_its_row(s.text, x) and not (x.attrs["possessive"] or x.attrs["kind"] == "demonym"):
        # "Japan   410.5   450.2" under "Market": a row's label says nothing of who reports
        # (the markets of one exporter, or the exporters themselves); only the text's own
        # reporter made it one, so the pair is a guess
        basis = "guess"
    if key == state.reporter and not (x.attrs["possessive"] or x.attrs["kind"] == "demonym") and _ranked_as_partner(s.text, x):
        # "The United States remained the industry's largest market at $971m" where only the
        # text's guessed reporter made the place report: a market ranked is a partner of the
        # reporter, so who reports is a guess (the place contradicts it)
        basis = "guess"
    return Decision((key, par), _ev(x), basis)


@functools.cache
def _ranked_as_partner_re() -> re.Pattern:
    """Right after a place, its rank among the reporter's partners: " remained the industry's
    largest market", " is the top buyer" (vocab/rank_places.csv's verbs and adjectives,
    vocab/rank_noun_flows.csv's nouns)."""
    verb = vocab.alternation(vocab.rank_places("verb"), ignore_case=True, space=r"\s+")
    adjective = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(list(vocab.rank_noun_flows()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{verb})\s+(?:also\s+|still\s+|again\s+)?(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?"
                      rf"(?:{adjective})\s+(?:[\w-]+\s+)?(?:{nouns})s?\b", re.I)


def _ranked_as_partner(text: str, x: Mention) -> bool:
    """Whether the place `x` is given a rank among the reporter's partners (a market, a
    buyer, a supplier) right after it."""
    return _ranked_as_partner_re().match(text, x.end) is not None


# "Total U.S. goods trade", "overall Kenyan exports": a total word, then the place, then the
# flow word after no more than its modifiers
_TOTAL_BEFORE_PLACE = re.compile(r"\b(?:total|overall)\s+\Z", re.I)
_MODIFIERS_TO_FLOW = re.compile(r"\s+(?:[a-z-]+\s+){0,2}")


def _total_owner_of_flow(text: str, x: Mention, flow: Mention | None) -> bool:
    """"Total U.S. goods trade was about $5.3 trillion" after figures of U.S. trade with one
    partner: a place between a total word and its flow owns that flow (it reports, with
    everyone), the partner in hand has no part in it."""
    return flow is not None and 0 < flow.start - x.end < 30 and _TOTAL_BEFORE_PLACE.search(text, max(0, x.start - 10), x.start) is not None \
        and _MODIFIERS_TO_FLOW.fullmatch(text, x.end, flow.start) is not None


def _owner_before_colon(text: str, x: Mention, flow: Mention | None) -> bool:
    """"The small island states stayed minor traders: their exports came to $40 billion": the
    place is the subject before a colon, and "their" ("its") after it owns the flow."""
    return flow is not None and x.end < flow.start and ":" in text[x.end:flow.start] \
        and _OWNER_BEFORE_COLON.fullmatch(text, x.end, flow.start) is not None


# the rest of the subject's clause, its colon, then its possessive pronoun and the flow's modifiers
_OWNER_BEFORE_COLON = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+[^.;:()\d]{1,80}:\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}?", re.I)


def _next_unit_reporting(key: str, reporter: str | None) -> bool:
    """"The neighbouring province's exports go almost entirely to Iraq, while Y's exports
    reached $620 million": a sub-national unit (vocab/subnational.csv) named as the owner of
    its flow after another unit's figures reports its own flow with the world; the partner
    named for the unit before is not carried over to it."""
    units = vocab.subnational()
    return key in units and reporter in units and reporter != key


@functools.cache
def _partner_takes_part_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.partner_part_verbs(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:alone\s+|itself\s+)?(?:{verbs})\b", re.I)


def _partner_takes_part_after(s: Site, key: str) -> bool:
    """Whether the figure's sentence goes on, after it, to give another place a part of it
    ("..., with China taking $26bn", "..., with the EU accounting for 40%"; the verbs in
    vocab/partner_part_verbs.csv): the figure is then the whole the part is of."""
    for x in s.ms["country"]:
        if x.start < s.m.end or x.start >= s.sent.end:
            continue
        iso = x.attrs.get("iso")
        if iso in (None, "WLD", key) or x.attrs.get("possessive"):
            continue
        if re.search(r",\s*with\s+(?:the\s+)?$", s.text[max(s.m.end, x.start - 12):x.start], re.I) \
                and _partner_takes_part_re().match(s.text, x.end):
            return True
    return False


def _labels_its_row(text: str, x: Mention) -> bool:
    """Whether the place `x` is the first cell of a table's row."""
    line_start = text.rfind("\n", 0, x.start) + 1
    # (after a rank cell too: "1 | China | 38.2")
    return not re.sub(r"^\W*\(?\d{1,3}[.)]?", "", text[line_start:x.start]).strip(" |\t") and in_table_row(text, x.start)


# "Brazil: 10.9% of its 256 billion", "Argentina: 24.0% of 84 billion": a place labelling a
# line, then a share of an amount given right after it (perhaps the place's own: "its")
_LINE_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]*$")
_OF_OWN_AMOUNT = re.compile(r"\s+of\s+(?:its\s+)?[^\s\d]{0,4}\s?\d")


def _labels_own_share(s: Site, x: Mention) -> bool:
    """Whether the place `x` labels the line of the share, whose whole follows it as a
    figure: the place's own flow, which the share is a part of."""
    line_start = s.text.rfind("\n", 0, x.start) + 1
    return (not s.text[line_start:x.start].strip(" \t-*•") and _LINE_LABEL_AFTER.fullmatch(s.text, x.end, s.m.start) is not None
            and _OF_OWN_AMOUNT.match(s.text, s.m.end) is not None)


@rule("pair", "named-partner", "text")
def named_partner(s: Site):
    """One place named after a preposition ("exports to China"), or another country than the
    one the text is about: the partner of the discourse's reporter."""
    named, _, total_cue = _named(s)
    if len(named) != 1:
        return None
    key, role, x = named[0]
    if role == "R" and s.kind == "share" and _labels_own_share(s, x):
        # "Brazil: 10.9% of its 256 billion dollars in exports went to Mercosur partners": the
        # line's label owns the whole the share is of, and reports; where the share went is
        # said past it, unread
        return Decision((key, None), _ev(x))
    if role == "R" and key == s.ctx.main_reporter and s.state.reporter not in (None, key) and not x.attrs["possessive"] \
            and not any(y.attrs.get("iso") not in (key, "WLD") for y in s.ms["country"] if s.sent.start <= y.start < s.sent.end) \
            and not (key in s.state.partnered and key not in s.state.reported):
        # "China's goods exports were eight times India's. And India still imports far more":
        # the text's own country as the subject again, after a sentence about another
        # (not a place every figure so far had as the partner: "US imports from Mexico were
        # $476bn ... Mexico was up almost 5%" is those imports again)
        return Decision((key, s.ctx.main_partner or "WLD"), _ev(x), "context")
    rep = s.state.reporter if s.state.reporter != key else s.state.partner
    if key == s.state.reporter and key.startswith("group:") and _OTHER_BEFORE.search(s.text, max(0, x.start - 12), x.start):
        rep = key  # "exports ... went to other developing economies": the group's trade within itself
    par = key
    if total_cue and par is None:
        par = "WLD"
    if _labels_its_row(s.text, x) and role != "P" and not x.attrs["possessive"] \
            and rep == s.ctx.main_reporter and rep and not rep.startswith("group:") and rep not in s.state.named_places:
        # "Europe   8,270   34.5" under "Region", no country named yet: a row's label says
        # nothing of who reports (an exporter's markets, or the exporters themselves); only
        # the reporter the text was guessed to be about made it a partner, so the pair is a
        # guess (a reporter the text has named, "Austria's exports ... Breakdown:", stays, as
        # does a group whose internal trade the text is on, "Intra-SADC exports by Member State")
        return Decision((rep, par), _ev(x), "guess")
    # ("exports there": the place was named before, not here)
    return Decision((rep, par), _ev(x), "text" if role == "P" and not x.attrs.get("pronoun") else "context")


def _without_composition_places(text: str, near: list[Mention], start: int, until: int) -> tuple[list[Mention], str | None]:
    """"Total exports (international plus rest of UK) were £65.7 billion": a place named in an
    aside that says what the figure is made of (vocab/composition_cues.csv) names one of its
    parts, no side of the whole figure. The places left, and the aside's words (the partner
    the figure is of: everything the aside adds up) where one was so named."""
    if "(" not in text[start:until]:
        return near, None  # (cheap: no bracket to be in)
    from .commodities import in_composition  # (not at the top: commodities imports this module's kin)

    parts = [x for x in near if in_composition(text, start, x.start, until)]
    if not parts:
        return near, None
    opening = text.rfind("(", start, parts[0].start)
    closing = text.find(")", parts[0].start, until)
    return [x for x in near if x not in parts], " ".join(text[opening + 1:closing].split())


@rule("pair", "composite-whole", "text")
def composite_whole(s: Site):
    """"Total exports (international plus rest of UK) were £65.7 billion": a whole whose
    bracket says what it is made of, a place among it, is the flow to all of that together,
    a partner of its own (never the world, nor the place alone)."""
    if s.kind != "amount" or "(" not in s.text[s.sent.start:s.m.start]:
        return None  # (cheap: no bracket before the figure)
    _named(s)
    composite = s.extra.get("_composite_partner")
    if composite is None:
        return None
    return Decision((s.state.reporter, "group:" + composite), None)


# " and supplying ", "(62.8% of total exports) and taking ": a second participle of the
# same subject, no subject or place of its own, right before the figure
_SHARED_SUBJECT = re.compile(r"[^;:\d]*?\s(?:and|while)\s+(?:also\s+)?[a-z]{3,}ing\s+(?:(?:about|some|around|nearly|almost|over)\s+)?$")


@rule("pair", "shared-subject", "context")
def shared_subject(s: Site):
    """"The EU remained Ukraine's main market, taking USD 12.5 billion of goods and
    supplying USD 16.1 billion of imports": a coordinated participle shares the subject of
    the one before it, so its figure is about the same pair as the figure before it."""
    p = s.prev
    if p is None or p.basis.get("pair") != "text" or p.partner in (None, "WLD") or p.reporter is None:
        return None
    if not _SHARED_SUBJECT.fullmatch(s.text, p.end, s.m.start):
        return None
    if any(p.end <= x.start < s.m.start for x in s.ms["country"]):
        return None
    return Decision((p.reporter, p.partner), (p.start, s.m.start))


@rule("pair", "pronoun-subject", "context")
def pronoun_subject(s: Site):
    """"The EU bought goods worth €49.0 billion from Russia in 2023 ... It sold €38.5
    billion": an "it" that buys or sells stands for the place the sentence before was
    about (the one that did something), else for the text's own country; not for the last
    place named."""
    named, _, _ = _named(s)
    flow = s.flow
    if named or flow is None or flow.attrs["measure"] not in ("exports", "imports"):
        return None
    start = max(s.sent.start, s.prev_end)
    it = topic.pronoun_subject(s.text, start, s.m.start)
    if it is None:
        return None
    rest_start = s.m.start - len(it["rest"])
    if not (rest_start <= flow.start < s.m.start) or not re.fullmatch(r"(?:[a-z]+\s+)?", s.text[rest_start:flow.start]):
        return None  # (the flow word is the verb after "it", "it also sold"; not "It said imports fell")
    same = _same_sentence_trader(s)
    if same is not None:
        return Decision(same)
    state = s.state
    ref = state.topic_place or s.ctx.main_reporter
    if ref is None:
        return None
    several = _several_described_partners_re().match(s.text, s.m.end, s.sent.end)
    if several:
        # "It shipped goods worth $2.44 billion to partner states, made up of:": several
        # partners the clause describes without naming, a group of their own; no one partner
        # of the discourse
        return Decision((ref, None, {"partner_group": several["group"].lower()}))
    other = next((k for k in (state.partner, state.reporter, s.ctx.main_partner) if k not in (None, ref)), None)
    return Decision((ref, other))


@functools.cache
def _several_described_partners_re() -> re.Pattern:
    """"to partner states", "to its neighbours", "from member countries": a flow's partners
    described in the plural (vocab/partner_descriptions.csv), several places unnamed."""
    plural = vocab.alternation([w[:-1] + "ies" if w.endswith("y") and w[-2] not in "aeiou" else w + "s"
                                for w in vocab.partner_descriptions()], ignore_case=True)
    return re.compile(rf"\s+(?:to|from|with)\s+(?:its\s+|their\s+|the\s+|fellow\s+|other\s+)?(?P<group>(?:[a-z-]+\s+)?(?:{plural}))\b", re.I)


def _same_sentence_trader(s: Site) -> tuple | None:
    """"Vietnamese exports to the United States reached $97.0bn, while it bought only $13.8bn
    of American goods": an "it" after a flow its own sentence gave already, with both sides
    named, stands for that flow's reporter (the place that did something in this sentence),
    trading with the same partner; not for the last sentence's topic."""
    p = s.prev
    if p is None or p.kind != "amount" or p.start < s.sent.start or p.measure not in ("exports", "imports") \
            or None in (p.reporter, p.partner) or "WLD" in (p.reporter, p.partner) or p.how.get("pair") not in _NAMED_PAIR_HOWS:
        return None
    return (p.reporter, p.partner)


# how a pair is read when the text names both sides of it in the figure's clause
_NAMED_PAIR_HOWS = frozenset({"two-named", "named-reporter", "named-partner"})


@rule("pair", "value-of-subject", "context")
def value_of_subject(s: Site):
    """"Imports from Russia continued to decline. Their value was EUR 598 million": "Their
    value" is the money of the sentence before's subject, with the partner named with it."""
    partner = s.state.topic_partner
    if partner is None or s.kind != "amount" or not topic.value_subject(s.text, max(s.sent.start, s.prev_end), s.m.start):
        return None
    reporter = s.state.reporter or s.ctx.main_reporter
    return None if reporter in (None, partner) else Decision((reporter, partner))


@rule("pair", "share-of-subject", "context")
def share_of_subject(s: Site):
    """"The US took medicines worth $8.72 billion ... Its share in total pharma exports rose
    to 31.3%": "Its share" is the share of the place the sentence before was about, when that
    place is the partner the text is on (a buyer or a supplier): the reporter's flow with it
    within the reporter's total. (An "Its" that stands for the reporter itself is left to
    the other rules: a share of a wider whole, such as world exports.)"""
    place = s.state.topic_place
    if s.kind != "share" or place is None or place != s.state.partner \
            or not topic.share_subject(s.text, max(s.sent.start, s.prev_end), s.m.start):
        return None
    reporter = s.state.reporter or s.ctx.main_reporter
    return None if reporter in (None, place) else Decision((reporter, place))


# "Russia's share of total foreign trade turnover of $45.6bn": the amount is the whole a
# partner's share is of, the reporter's trade with everyone
_SHARE_OF_TOTAL = re.compile(r"\bshare\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total|overall)\b", re.I)


@rule("pair", "row-label", "text")
def row_label(s: Site):
    """"Asia   13,120   9,460   +3,660": the cells of a table row after its first all have
    the place or group the row is labelled with, which the first cell was read with (a group
    without a code, "EC" or "Other Europe", as much as a country; it does not become the
    discourse's partner, so the row itself must carry it)."""
    p = s.prev
    if p is None or s.text.find("\n", p.end, s.m.start) >= 0 or "|" not in s.text[p.end:s.m.start]:
        return None
    if p.how.get("pair") in ("total-row", "row-label") and p.basis.get("pair") == "text" and _in_total_row(s):
        # ("| Total | 5,327.3 | 5,481.7 | 2.9 |": every cell of a total row after its first,
        # its change as much as its levels, is the total's; not the country the text is about)
        group = p.extra.get("partner_group") if p.partner is None else None  # (a total row of a titled bloc)
        return Decision((p.reporter, p.partner, {"partner_group": group} if group else {}), (p.start, p.end), "text")
    if p.how.get("pair") not in ("named-partner", "row-label") or not p.extra.get("partner_group"):
        return None  # (a country's row needs no help: the discourse keeps the country)
    if not in_table_row(s.text, s.m.start):
        return None
    return Decision((p.reporter, "group:" + p.extra["partner_group"]), (p.start, p.end))


@rule("pair", "total-row", "text")
def total_row(s: Site):
    """"| Total | 9.9 |" under "| Chile | 4.1 |" and "| Peru | 5.8 |": a table's total row
    (its label a total's, vocab/table_row_labels.csv) under rows labelled with places is
    the whole of those places together, not the last row's place nor the world; the
    partner is left unknown, as for "these partners" (no code stands for the group)."""
    if s.kind != "amount" or "|" not in s.text[s.sent.start:s.m.start] or not in_table_row(s.text, s.m.start):
        return None
    start, end = table_rows.line_at(s.text, s.m.start)
    a, b = table_rows.label_cell(s.text, start, end)
    if " ".join(s.text[a:b].split()).lower() not in _total_row_labels() or start == 0 or find_countries(s.text[a:b]):
        return None  # (a "World" row is the world's: named-partner reads it)
    above, above_end = table_rows.line_at(s.text, start - 1)
    if not table_rows.is_row(s.text, above, above_end):
        return None
    x, y = table_rows.label_cell(s.text, above, above_end)
    if not any(c.attrs.get("iso") not in (None, "WLD") for c in find_countries(s.text[x:y])):
        return None
    rep = s.state.reporter or s.ctx.main_reporter
    group = _title_group(s.text, above, rep)
    if group is not None:
        # ("Exports to EAC partner states" over the table: its total is the bloc's, the
        # rows its members; so the lead's change of the bloc's exports meets the total)
        return Decision((rep, "group:" + group.attrs["label"]), (group.start, group.end), "text")
    return Decision((rep, None), (a, b), "text")


def _title_group(text: str, row: int, reporter: str | None) -> Mention | None:
    """The one group (a bloc or region, no code of its own) named in the title line right above
    a table (blank lines between allowed; the title no row and no sentence), any other place
    in it the reporter: "Exports to EAC partner states (KSh billion)". None when the title
    names no group, two, or another country: then whose total it is stays unknown."""
    found = _table_title(text, row)
    if found is None:
        return None
    above, title = found
    places = find_countries(title)
    groups = [x for x in places if x.attrs.get("kind") == "group" and x.attrs.get("iso") is None]
    if len(groups) != 1 or any(x.attrs.get("iso") not in (None, reporter) for x in places):
        return None
    g = groups[0]
    return Mention(g.kind, above + g.start, above + g.end, g.text, g.value, g.unit, g.attrs)


def _table_title(text: str, row: int, longest: int = 90) -> tuple[int, str] | None:
    """The title line right above the table holding the row at `row` (blank lines between
    allowed; the title no row and no sentence, `longest` characters at most), with where it
    starts; None without one."""
    start = row
    while start > 0:
        above, above_end = table_rows.line_at(text, start - 1)
        if not table_rows.is_row(text, above, above_end):
            break
        start = above
    while start > 0:
        above, above_end = table_rows.line_at(text, start - 1)
        if text[above:above_end].strip():
            break
        start = above
    if start == 0:
        return None
    above, above_end = table_rows.line_at(text, start - 1)
    title = text[above:above_end]
    if table_rows.is_row(text, above, above_end) or len(title) > longest or title.rstrip().endswith((".", "!", "?")):
        return None
    return above, title


# the words right before the partner a table's title names ("Merchandise trade with the United States")
_TITLE_PARTNER_BEFORE = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?$", re.I)


@rule("pair", "table-title-partner", "text")
def table_title_partner(s: Site):
    """"Table: Merchandise trade with the United States, balance of payments basis" over
    "September |45.71 |37.84 |7.87": the cells of a table whose rows name no place are the
    trade with the one partner its title names after "with", "to" or "from", of the reporter
    the text is on; not the reporter's trade with the world. A title naming no such partner,
    or two, leaves the cells to the discourse."""
    if "|" not in s.text[s.sent.start:s.m.start] or not in_table_row(s.text, s.m.start):
        return None
    start, end = table_rows.line_at(s.text, s.m.start)
    a, b = table_rows.label_cell(s.text, start, end)
    if find_countries(s.text[a:b]):
        return None  # (a row of a place: row-label and named-partner read it)
    found = _table_title(s.text, start, longest=160)
    if found is None:
        return None
    at, title = found
    named = [x for x in find_countries(title) if x.attrs.get("iso") not in (None, "WLD")]
    rep = s.state.reporter or s.ctx.main_reporter
    if len(named) != 1 or rep is None or named[0].attrs["iso"] == rep \
            or not _TITLE_PARTNER_BEFORE.search(title, 0, named[0].start):
        return None
    x = named[0]
    return Decision((rep, x.attrs["iso"]), (at + x.start, at + x.end), "text")


def _in_total_row(s: Site) -> bool:
    """Whether the figure is in a table row whose label is a total's ("| Total | 9.9 |")."""
    if not in_table_row(s.text, s.m.start):
        return False
    start, end = table_rows.line_at(s.text, s.m.start)
    a, b = table_rows.label_cell(s.text, start, end)
    return " ".join(s.text[a:b].split()).lower() in _total_row_labels()


@functools.cache
def _total_row_labels() -> frozenset[str]:
    return frozenset(r["phrase"].lower() for r in vocab.table("table_row_labels") if r["kind"] == "total")


@rule("pair", "reporter-row", "text")
def reporter_row(s: Site):
    """"Taiwan | $49.8 bln | +34.9% | $41.3 bln" under "Economy | Exports | y/y | Imports": a
    table whose first column is headed as the reporting economies (vocab/reporter_columns.csv)
    gives in each row the labelled country's own trade with the world, not a partner of the
    country the text named last."""
    if "|" not in s.text[s.sent.start:s.m.start] or not in_table_row(s.text, s.m.start):
        return None
    start, end = table_rows.line_at(s.text, s.m.start)
    first = table_rows.label_cell(s.text, start, end)
    head = table_header_span(s.text, first[0])
    if head is None:
        return None
    label = " ".join(s.text[head[0]:head[1]].split()).lower()
    if label not in _reporter_columns() and not (label in _place_columns() and _ranks_traders(s.text, start)):
        return None
    x = next((x for x in s.ms["country"] if first[0] <= x.start < first[1] and x.attrs.get("iso") not in (None, "WLD")), None)
    return Decision((x.attrs["iso"], "WLD"), _ev(x)) if x is not None else None


@rule("pair", "member-row-of-intra-table", "text")
def member_row_of_intra_table(s: Site):
    """"INTRA-EAC EXPORTS BY PARTNER STATE ($ million)" over "Tanzania | 661.9 | 612.4" and
    "Total | 3,284.1 | 3,128.4": a table whose title names the trade inside a bloc lists each
    member's own flow with the bloc, one row a member (not a partner of the country the text
    named last), and its total row the bloc's trade among its members."""
    if "|" not in s.text[s.sent.start:s.m.start] or not in_table_row(s.text, s.m.start):
        return None
    start, end = table_rows.line_at(s.text, s.m.start)
    found = _table_title(s.text, start, longest=160)
    if found is None or "intra-" not in found[1].lower():
        return None  # (cheap: the title must name the inside of a group)
    at, title = found
    bloc = next((x for x in find_countries(title) if x.attrs.get("kind") == "group" and title[:x.start].lower().endswith("intra-")), None)
    key = "group:" + bloc.attrs["label"] if bloc is not None else None
    members = vocab.bloc_members().get(key, frozenset()) if key else frozenset()
    if not members:
        return None
    a, b = table_rows.label_cell(s.text, start, end)
    x = next((x for x in s.ms["country"] if a <= x.start < b and x.attrs.get("iso")), None)
    if x is not None:
        return Decision((x.attrs["iso"], key), _ev(x)) if x.attrs["iso"] in members else None
    if _in_total_row(s):
        return Decision((key, key), (at + bloc.start, at + bloc.end))
    return None


@functools.cache
def _reporter_columns() -> frozenset[str]:
    return frozenset(r["header"].lower() for r in vocab.table("reporter_columns"))


@functools.cache
def _place_columns() -> frozenset[str]:
    return frozenset(r["header"].lower() for r in vocab.table("place_columns"))


@functools.cache
def _traders_title_re() -> re.Pattern:
    words = vocab.alternation(sorted(_reporter_columns()), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


def _ranks_traders(text: str, row: int) -> bool:
    """Whether the title over the table of the row at `row` calls its rows traders and names
    no place ("Top 5 goods exporters, 2023" over "| 1 | China | 3,380 |"): a table headed by
    a bare "Country" then lists each country's own flow with the world, not the partners of
    the country named last. A title naming a place ("Kenya's top markets") says nothing so."""
    found = _table_title(text, row)
    if found is None or not _traders_title_re().search(found[1]):
        return False
    # (a currency's sign is no place: "(US$ billions)")
    return not any(x.attrs.get("iso") not in (None, "WLD") and not found[1].startswith("$", x.end)
                   for x in find_countries(found[1]))


@rule("pair", "share-of-the-figure-before", "text")
def share_of_the_figure_before(s: Site):
    """"Latin America was the second market with exports of $2.1 billion, accounting for 21
    per cent of the total": a share tied to the money right before it in its sentence ("or",
    a bracket, "accounting for": see cues.share_restates) restates that money as a part
    of the total; it is of that figure's pair, a group of places too, which the discourse
    would not carry."""
    p = s.prev
    if s.kind != "share" or p is None or p.kind != "amount" or p.start < s.sent.start or p.measure != s.claim.measure \
            or not share_restates(s.text, p.end, s.m.start, s.m.end):
        return None
    groups = {k: p.extra[k] for k in ("partner_group", "reporter_group") if k in p.extra}
    return Decision((p.reporter, p.partner, groups), (p.start, p.end), p.basis.get("pair"))


@rule("pair", "levels-compared", "context")
def levels_compared(s: Site):
    """"The bloc's exports fell from $90 billion in 2014 to $70 billion in 2018, a drop of
    22%": a change right after the two levels it compares, its clause naming no place, is
    of their pair (not the country the text carries)."""
    if s.kind not in ("multiple", "percent_change") or s.prev is None or s.prev.kind != "amount":
        return None
    from .dating import _levels  # (dating reads pairs' helpers: imported when used)
    lv = _levels(s)
    if lv is None or any(x.kind != "amount" or x.measure != s.claim.measure for x in lv):
        return None
    new, old = lv
    groups = {k: new.extra[k] for k in ("partner_group", "reporter_group") if k in new.extra}
    if (new.reporter, new.partner) != (old.reporter, old.partner) \
            or groups != {k: old.extra[k] for k in ("partner_group", "reporter_group") if k in old.extra} \
            or not (new.reporter or groups.get("reporter_group")) \
            or any(s.prev.end <= x.start < s.m.start for x in s.ms["country"]):
        return None
    return Decision((new.reporter, new.partner, groups), (new.start, new.end), new.basis.get("pair"))


# "Total soybean export revenue was $53 billion": a product's total flow, no place named in
# its own words, is that product's trade with everyone (not the partner of the sentence
# before); a product or two between "total" and the flow word, perhaps a noun of the money
# (or "overall", a product written in capitals: "Overall ICT exports hit a record $199.7
# billion" after figures of exports to one partner)
_TOTAL_PRODUCT_FLOW = re.compile(r"\b(?:[Tt]otal|[Oo]verall)\s+(?:[a-z][a-z-]+\s+|[A-Z]{2,5}\s+){1,2}?(?:exports?|imports?)(?:\s+(?:revenue|revenues|earnings|receipts|value|bill))?\s+(?:was|were|reached|stood|came|totall?ed|amounted|rose|fell|hit)\b")


@rule("pair", "own-flow-after-partner-clause", "context")
def own_flow_after_partner_clause(s: Site):
    """"US remains top buyer as exports grow 5.7% in nine months": the figure's clause, a
    bare flow noun after "as", turns from the place the clause before was about to the
    reporter's own flow, with everyone; not the partner the text goes on to speak of."""
    _named(s)
    rep = s.state.reporter or s.ctx.main_reporter
    if not s.extra.get("_own_flow_clause") or rep in (None, "WLD"):
        return None
    return Decision((rep, "WLD"))


@rule("pair", "discourse", "context")
def discourse(s: Site):
    """No place named in the clause: the pair the text is talking about ("its exports to
    the world" for a national total named as such)."""
    state = s.state
    rep, par = state.reporter, state.partner
    basis = state.pair_how if state.pair_how != "text" else "context"
    _, _, total_cue = _named(s)
    group_share = _share_of_the_group_flow_before(s)
    if group_share is not None:
        return group_share  # (its "of total exports" names the share's whole, not its part)
    carried = _other_flow_with_the_group_before(s) or _change_of_the_group_figure_before(s) or _labelled_line_figure_before(s)
    if carried is not None and not total_cue:
        return carried
    if total_cue and rep and not re.search(r"\b(?:two-way|bilateral)\b", s.text[s.sent.start:s.m.start], re.I):
        window = s.text[max(s.sent.start, s.m.start - 90):s.m.start]
        # ("so the total foreign trade turnover was": a country's whole trade, not the last
        # partner's; "total trade" alone may be the pair's two flows added; "total real goods
        # exports": in real terms, still the whole; "giving an overall goods trade deficit",
        # after imports from a group, is the balance with everyone, as below)
        if (re.search(r"\b(?:total|overall)\s+(?:(?:real\s+|nominal\s+)?(?:merchandise\s+|goods\s+)?(?:exports|imports)|(?:foreign|external)\s+trade)\b", window, re.I)
                or _TOTAL_PRODUCT_FLOW.search(window)
                or _OVERALL_BALANCE.search(window)
                or re.search(r"\b(?:country|nation)['’]s\s+(?:[\w-]+\s+){0,2}?(?:trade|exports|imports|surplus|deficit|balance)\b", window, re.I)
                or (s.kind == "amount" and _SHARE_OF_TOTAL.search(window))) \
                and state.partner not in ("WLD", None) and state.partner not in _header_places(s):
            par = "WLD"  # "the country's trade surplus": with the world
            if state.partner == s.ctx.main_reporter:
                # ("Iraq took place among the top 5 countries in the exports of Türkiye. Total
                # exports of the country were ...": the discourse's partner is the country
                # the text reports on, so the national total is its own)
                rep = state.partner
    elif rep and state.partner not in ("WLD", None) and _OVERALL_BALANCE.search(s.text, max(s.sent.start, s.prev_end), s.m.start):
        par = "WLD"  # "Yet the overall goods deficit was still $1.06 trillion": with everyone
    elif rep and state.partner not in ("WLD", None) and _headline_balance_of_no_place(s):
        # "Exports to US drop 18.6% in August" over "Trade surplus rises to US$ 6.14 billion
        # despite new US tariffs": a headline line's balance is the country's with everyone
        par = "WLD"
    elif rep and state.partner not in ("WLD", None) and s.kind == "amount" and _sold_abroad_after(s.after):
        par = "WLD"  # "the R2.02 trillion of goods the country sold abroad": with everyone
    elif rep and _speaker_country_speaks(s):
        par = "WLD"  # '"Tea earned us Sh180 billion," said the minister': her country's, with everyone
    elif rep and state.partner not in ("WLD", None) and s.kind == "amount" and ("total" in s.after[:80] or " all " in s.after[:80]) \
            and _share_of_total_after(s.after):
        par = "WLD"  # "Its exports reached CHF139.8bn, accounting for 49.5% of total Swiss exports": a part of the whole, with everyone
    if rep and state.partner not in ("WLD", None) and _whole_country_opener_re().match(s.text, s.sent.start, s.m.start):
        par, basis = "WLD", "text"  # "For the country as a whole, exports rose 17%": with everyone
    elif rep and state.partner not in ("WLD", None) and "as a whole" in s.text[max(s.sent.start, s.prev_end):s.m.start] \
            and _whole_subject_re().search(s.text, max(s.sent.start, s.prev_end), s.m.start):
        par, basis = "WLD", "text"  # "The textile industry as a whole exported $9bn": with everyone
    elif state.partner != "WLD" and _world_opener_re().match(s.text, s.sent.start, s.m.start):
        par, basis = "WLD", "guess"  # "Globally, merchandise trade fell 5%": whose, it does not say
    elif rep and par in (None, "WLD") and "ilateral" in s.text[s.sent.start:s.m.start] \
            and _BILATERAL_BEFORE.search(s.text, max(s.sent.start, s.m.start - 60), s.m.start):
        # "Chile signed a deal with Peru in 2006. Bilateral trade reached $4.1 billion in 2020":
        # trade between two countries is never with the world; the other is the last place
        # named (or the text's partner), and a guess when there is none (not "two-way trade",
        # which a port or a country alone also has: "The district handled $300 billion in
        # two-way trade")
        other = next((k for k in (state.last_place, s.ctx.main_partner) if k not in (None, "WLD", rep)), None)
        par, basis = (other, "context") if other else (par, "guess")
    elif rep and par in (None, "WLD") and s.m.start - s.sent.start < 80 \
            and _two_way_subject_re().match(s.text, s.sent.start, s.m.start):
        # "Two-way goods trade reached $12 billion", no owner before it, after a sentence
        # naming the two countries: their trade with each other, not one side's with the world
        # (a port's "handled $300 billion in two-way trade" has an owner, so is left alone)
        other = state.last_place if state.last_place and len(state.last_place) == 3 and state.last_place not in ("WLD", rep) else None
        if other:
            par, basis = other, "context"
    if par in (None, "WLD") and "ilateral" in s.after[:60]:  # (cheap first)
        pair = _bilateral_label_pair(s)
        if pair is not None:
            (rep, par), basis = pair, "context"
    return Decision((rep, par), None, basis)


# a place right after a word that makes it a flow's other side ("with China", "to the US")
_PARTNER_PREPOSITION = re.compile(r"\b(?:with|to|from|against|and)\s+(?:the\s+)?$", re.I)


def _headline_balance_of_no_place(s: Site) -> bool:
    """Whether the figure is the first of a headline line after the first, a balance, on a
    line that names no place before it nor any as the balance's other side ("despite new US
    tariffs" names a place, but as no partner). A headline ends on no full stop: a sentence
    that does ("That means a deficit of EUR 6.5 billion.") is the body's, whatever the text's
    lack of a dateline makes of where its body starts."""
    if not s.state.headline_line or s.claim.measure != "balance" or s.prev is not None or s.kind != "amount":
        return False
    if s.text[s.sent.start:s.sent.end].rstrip().endswith((".", "!", "?")):
        return False  # (a sentence of running text, ending on its stop, is no headline line)
    for x in s.ms["country"]:
        if x.start < s.m.start or _PARTNER_PREPOSITION.search(s.text, max(s.sent.start, x.start - 16), x.start):
            return False
    return True


def _bilateral_label_pair(s: Site) -> tuple[str, str] | None:
    """"- $147.8 billion: U.S. goods exports to China" then "- $279.4 billion: the bilateral
    goods deficit": a line's opening figure labelled, after its colon, as the balance (or
    trade) between two sides names no place, so it is between the two the last figure named
    both of (a list without a lead figure starts each item afresh, which would lose them)."""
    pair = s.state.named_pair
    if pair is None or "WLD" in pair:
        return None
    if not (text := s.text).startswith(":", s.m.end) or not _LINE_OPENER.fullmatch(text, text.rfind("\n", 0, s.m.start) + 1, s.m.start):
        return None
    line_end = text.find("\n", s.m.end)
    line_end = len(text) if line_end < 0 else line_end
    if not _BILATERAL_BEFORE.search(text, s.m.end, line_end) or any(s.m.end <= x.start < line_end for x in s.ms["country"]):
        return None
    return pair


@functools.cache
def _two_way_subject_re() -> re.Pattern:
    """"Two-way trade climbed to": the sentence opens with the two sides' trade
    (vocab/bilateral_cues.csv), no owner named before it."""
    cues = vocab.alternation(vocab.bilateral_cues(), ignore_case=True)
    return re.compile(rf"(?:the\s+)?(?:{cues})\s+(?:goods\s+|merchandise\s+)?(?:trade|commerce)\b", re.I)


# ("a bilateral deficit of $419.2 billion": the balance between the two, as their trade is)
_BILATERAL_BEFORE = re.compile(r"\bbilateral\s+(?:goods\s+|merchandise\s+)?(?:trade|commerce|(?:trade\s+)?(?:deficit|surplus|balance|gap|imbalance))\b", re.I)


# "..., while imports came to": the other flow, in the same sentence, no place between
_OTHER_FLOW_GAP = re.compile(r"[^.;\d$€£¥]{0,60}?,?\s*(?:while|whereas|and)\s+(?:its\s+|their\s+|the\s+)?(?:imports|exports)\s+(?:[a-z]+\s+){0,3}", re.I)


def _other_flow_with_the_group_before(s: Site) -> Decision | None:
    """"Exports to the other Mercosur members totalled $9.1 billion, while imports came to
    $7.4 billion": the other flow, said in the same sentence with no place of its own, is with
    the group the flow before was with (a group without a code, which the discourse's pair
    does not keep)."""
    p = s.prev
    if p is None or p.kind != "amount" or p.partner is not None or not p.extra.get("partner_group") \
            or p.measure not in ("exports", "imports") or s.claim.measure not in ("exports", "imports") or s.claim.measure == p.measure:
        return None
    if p.reporter is None or p.reporter != s.state.reporter or p.extra["partner_group"].startswith("other than"):
        return None
    if any(p.end <= x.start < s.m.start for x in s.ms["country"]) or not _OTHER_FLOW_GAP.fullmatch(s.gap):
        return None
    return Decision((p.reporter, None, {"partner_group": p.extra["partner_group"]}), None, "context")


def _labelled_line_figure_before(s: Site) -> Decision | None:
    """"Europe: exports R19.44bn, imports R32.86bn, deficit R13.42bn": on a line opened by a
    place and its colon, a figure after the first, no other place between, is of the pair the
    label gave the first (a group without a code too, which the discourse's pair does not
    keep)."""
    p = s.prev
    line = s.text.rfind("\n", 0, s.m.start) + 1
    if p is None or p.kind != "amount" or p.reporter is None \
            or (p.how.get("pair") != "named-partner" and p.extra.get("_labelled_line") != line):
        return None  # (the first figure's pair is the label's; the next ones carry it on)
    x = _line_label_place(s, line)
    if x is None or line > p.start or x.end > p.start or not _LABEL_COLON.match(s.text, x.end):
        return None
    if any(x.end <= y.start < s.m.start for y in s.ms["country"]):
        return None  # ("Europe: exports R19bn, with Germany taking R5bn": the clause's own place)
    group = {"partner_group": p.extra["partner_group"]} if p.extra.get("partner_group") else {}
    return Decision((p.reporter, p.partner, {**group, "_labelled_line": line}), _ev(x), "context")


def _line_label_place(s: Site, line: int) -> Mention | None:
    """The place that opens the line starting at `line`, after a list mark if any."""
    head = _LIST_ITEM.match(s.text, line)
    at = head.end() if head else line
    return next((x for x in s.ms["country"] if x.start == at), None)


# "(18.0%), up ": a change's own words after a comma, right after the figure it changes
_CHANGE_AFTER_FIGURE_GAP = re.compile(r"\)?\s*,\s*(?:[a-z]+\s+){1,2}(?:by\s+)?")


def _change_of_the_group_figure_before(s: Site) -> Decision | None:
    """"ASEAN: US$86.29 billion (18.0%), up 18.0%": a change after a comma right after the
    level (or its share) of a flow with a group without a code, no place between, is that
    group's flow's change (the discourse's pair does not keep the group)."""
    p = s.prev
    if s.kind != "percent_change" or p is None or p.kind not in ("amount", "share") or p.partner is not None \
            or not p.extra.get("partner_group") or p.measure != s.claim.measure:
        return None
    if p.reporter is None or p.reporter != s.state.reporter or p.extra["partner_group"].startswith("other than"):
        return None
    if any(p.end <= x.start < s.m.start for x in s.ms["country"]) or not _CHANGE_AFTER_FIGURE_GAP.fullmatch(s.gap):
        return None
    return Decision((p.reporter, None, {"partner_group": p.extra["partner_group"]}), (p.start, p.end), "context")


@functools.cache
def _coordinated_share_verb_re() -> re.Pattern:
    """", and accounted for ", " and made up ": the share verbs of vocab/share_cues.csv
    (those said before the figure) as the second verb of one subject, right before it."""
    verbs = vocab.alternation([w for w in vocab.share_cues()["before"] if " " in w or w.endswith(("ed", "ing", "s"))],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"[^.;:\d%$€£¥]{{0,30}}?\s(?:and|while)\s+(?:also\s+)?(?:{verbs})\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+)?", re.I)


def _share_of_the_group_flow_before(s: Site) -> Decision | None:
    """"Exports to the CIS countries decreased by 22.9% and accounted for 7.6% of total
    exports": a share after a second verb of the same subject ("and accounted for"), no
    place between, is of the flow the figure before was of, with a group without a code
    (which the discourse's pair does not keep: it would give the share the last coded
    partner)."""
    p = s.prev
    if s.kind != "share" or p is None or p.partner is not None or not p.extra.get("partner_group") \
            or p.measure != s.claim.measure or p.kind not in ("amount", "percent_change"):
        return None
    if p.reporter is None or p.reporter != s.state.reporter or p.extra["partner_group"].startswith("other than"):
        return None
    if any(p.end <= x.start < s.m.start for x in s.ms["country"]) or not _coordinated_share_verb_re().fullmatch(s.gap):
        return None
    return Decision((p.reporter, None, {"partner_group": p.extra["partner_group"]}), (p.start, p.end), "context")


@functools.cache
def _opener_re(table: str) -> re.Pattern:
    """A sentence's opening words from a vocab table of openers, then their comma; after a
    list's bullet too ("- Overall, exports grew 6%": the bullet is no word of the sentence)."""
    words = vocab.alternation([r["phrase"] for r in vocab.table(table)], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:[-*•–]\s+)?(?:{words})\s*,", re.I)


@functools.cache
def _whole_subject_re() -> re.Pattern:
    """A subject taken as a whole (vocab/whole_subjects.csv): "the industry as a whole"."""
    nouns = vocab.alternation([r["noun"] for r in vocab.table("whole_subjects")], ignore_case=True)
    return re.compile(rf"\b(?:{nouns})\s+as\s+a\s+whole\b", re.I)


def _world_opener_re() -> re.Pattern:
    """Openers that turn a sentence to trade with the whole world (vocab/world_openers.csv)."""
    return _opener_re("world_openers")


def _whole_country_opener_re() -> re.Pattern:
    """Openers that turn a sentence to the reporter's trade with the world
    (vocab/whole_country_openers.csv)."""
    return _opener_re("whole_country_openers")


def _header_places(s: Site) -> tuple:
    """The places the header line above a row of figures names ("Australia's trade with
    Vietnam (A$m):" then "Total exports: 16,505": the heading's pair's total, not the
    world's; extract/header_units.py)."""
    span = s.m.attrs.get("header_span")
    return _places_in(s.text[span[0]:span[1]]) if span else ()


@functools.lru_cache(maxsize=64)
def _places_in(line: str) -> tuple:
    from ..extract import find_mentions

    return tuple(x.attrs.get("iso") for x in find_mentions(line)["country"])


@functools.cache
def _speaker_pronoun_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("speaker_pronouns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


def _speaker_country_speaks(s: Site) -> bool:
    """A quoted figure whose clause says "we", "us" or "our" and names no place ('"Tea
    earned us Sh180 billion, which is about 18 per cent of our total exports," she said'):
    the speaker talks of her country as a whole, not of the partner the text around the
    quote is about (vocab/speaker_pronouns.csv). Only for exports or imports: "our trade
    turnover topped $50 billion", said to the partner, is the two countries' trade."""
    from .claims import _quoted

    if s.claim.measure not in ("exports", "imports") or not _quoted(s.text, s.m.start) or any(s.sent.start <= x.start < s.sent.end and x.attrs.get("iso") != "WLD" for x in s.ms["country"]):
        return False
    before = _speaker_pronoun_re().search(s.text, max(s.sent.start, s.prev_end), s.m.start)
    # (a share's whole after it: "18 per cent of our total exports")
    of_ours = s.kind == "share" and re.match(rf"\s+of\s+{_speaker_pronoun_re().pattern}", s.text[s.m.end:s.sent.end], re.I)
    return bool(before or of_ours)


# "the overall goods deficit", "the total trade surplus": the balance with everyone, after a
# partner's ("the deficit with China ... $279 billion")
_OVERALL_BALANCE = re.compile(r"\b(?:overall|total)\s+(?:merchandise\s+|goods\s+|trade\s+)*(?:deficit|surplus|balance)\b", re.I)


PAIR_RULES = (reporter_row, member_row_of_intra_table, partner_column, involved_place, caption_share, world_total, list_item, share_line, listed_bracket_share, share_of_world, share_of_partial_whole, share_to_place, buyer_of_owned_flow, owner_before_whole, buyer_of_share, share_then_place, share_whole_owner, whole_named_before, ranked_trader_pair, counted_places_together, ranked_reporters, ranked_peer, ranked_against, country_area, same_as_previous, elided_flow_verb, where_clause_city, relative_clause, intra_group, intra_group_pronoun, share_of_country, share_of_discourse, each_of_places, places_sharing_a_bracket, glossed_group, member_ranked, partner_ranked, ranked_item, bracketed_rival, leads_flow, partners_named_before, described_partner, places_together, two_named,
              share_whole_named, gapped_subject, earning_firms, composite_whole, named_reporter, named_partner, shared_subject, pronoun_subject, value_of_subject, share_of_subject, row_label, share_of_the_figure_before, total_row, table_title_partner, headline_first_clause, levels_compared, own_flow_after_partner_clause, discourse)


def complete(s: Site, rep, par, basis: str) -> tuple[str | None, str | None, str]:
    """A pair a rule left half open takes the other side from the discourse."""
    state = s.state
    if rep is None:
        rep = state.reporter if state.reporter != par else state.partner
        basis = "context"
    if par is None:
        par = state.partner if state.partner != rep else None
        basis = "context" if par else "guess"
    return rep, par, basis


@functools.cache
def _balance_verb_re() -> re.Pattern:
    """"with India posting a trade surplus of", "Kenya ran a deficit of": the verb's subject,
    right before the balance figure."""
    verbs = vocab.alternation(vocab.balance_verbs(), space=r"\s+")
    return re.compile(rf"(?<![\w'’])(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:{verbs})\s+an?\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:surplus|deficit)\s+(?:of\s+)?{HEDGE}$")


# right after a balance figure, the side it favours owns the surplus: "$174 million in
# Turkey's favour", "in favour of Qatar", "(was) tilted towards Kenya"
_FAVOURED_AFTER = re.compile(r"\s+(?:in\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s?\s+favou?r\b"
                             r"|(?:,\s*)?\s*(?:(?:was|is|being)\s+)?(?:in\s+favou?r\s+of|tilted\s+(?:in\s+favou?r\s+of|towards?))\s+(?:the\s+)?"
                             r"(?P<c2>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))")


# after a balance: its owner, then a balance compared with it (", compared with a surplus of")
_COMPARED_BALANCE_AFTER_OWNER = re.compile(
    r"\s+for\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?),?\s+(?:compared\s+(?:with|to)|against|versus|from)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:surplus|deficit|balance)\s+(?:of\s+)?(?:about\s+|some\s+|nearly\s+)?$")


def balance_owner(s: Site, rep, par):
    """"a deficit of $2bn for Kenya", "a surplus in favour of China of R179bn": the country
    named beside the balance owns it."""
    if s.claim.measure != "balance" or s.kind != "amount":
        return rep, par, False
    owner = re.match(r"^\s+for\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", s.after) or (
        _FAVOURED_AFTER.match(s.after) if ("favo" in s.after or "tilted" in s.after) else None) or re.search(
        r"\b(?:in\s+(?:the\s+)?favou?r\s+of|tilted\s+towards?)\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[^.;$€£¥\d]{0,20}$", s.before) or re.search(
        # "the positive balance for Russia amounted to $27 billion", "giving Mexico a surplus of";
        # "the positive balance of trade for Belarus was", "- negative balance for Armenia:",
        # "the trade balance was positive for Belarus at": a few lowercase words between (none
        # that would name a partner: "the balance with Iran for ...")
        r"\b(?:balance|surplus|deficit)\s+(?:(?!(?:with|to|from|against|and|in)\b)[a-z]+\s+){0,2}?(?:for|of)\s+(?:the\s+)?"
        r"(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:\s*[:–—]|\s+-)?\s+(?:[\w-]+\s+){0,3}$"
        r"|\b(?:giving|leaving|left|gave|handing|handed)\s+(?:the\s+)?(?P<c2>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:with\s+)?an?\s+(?:[\w-]+\s+){0,2}?(?:surplus|deficit)\s+(?:of\s+)?(?:about\s+|some\s+|nearly\s+)?$",
        s.before)
    name = (owner["c"] if owner and owner.groupdict().get("c") else owner["c2"] if owner else None)
    if name is None and s.prev is not None and s.prev.measure == "balance":
        # "a deficit of US$ 760 million for Brazil, compared with a surplus of US$ 4.66
        # billion in 2018": the owner named after a balance owns the balance it is compared with
        compared = _COMPARED_BALANCE_AFTER_OWNER.match(s.text, s.prev_end, s.m.start)
        name = compared["c"] if compared else None
    if name is None:
        posting = _balance_verb_re().search(s.before)
        name = posting["c"] if posting else None
    iso = vocab.countries().get(name.rstrip("."), (None,))[0] if name else None
    if iso and iso not in ("WLD",):
        if par == iso:
            return iso, rep, True
        if rep != iso:
            return iso, par, True
    return rep, par, False


# a third-person pronoun as a verb's subject, right before it: "They sold", "it bought"
_OTHER_SIDE_SUBJECT = re.compile(r"\b(?:they|it)\s+(?:have\s+|has\s+|had\s+)?$", re.I)


# (compiled once: a literal pattern of the reading below, tried per claim)
_SOLD_TO_THE_SPEAKER_RE = re.compile(rf"\s+(?:goods\s+)?(?:worth\s+)?{HEDGE}", re.I)


def _sold_to_the_speaker(text: str, sent, flow: Mention, m) -> bool:
    """"They sold us 4.5 billion", "it bought 38.2 billion dollars of our products": the
    other side buys or sells, and a first-person word for the speaker's country (vocab/
    speaker_pronouns.csv) is the verb's object, right after it or in "of our ..." after the
    figure; so the figure is the speaker's flow the other way round."""
    if not _OTHER_SIDE_SUBJECT.search(text, max(sent.start, flow.start - 20), flow.start) or flow.end > m.start:
        return False
    between = text[flow.end:m.start]
    if re.fullmatch(rf"\s+(?:to\s+|from\s+)?{_speaker_pronoun_re().pattern}\s+(?:goods\s+)?(?:worth\s+)?{HEDGE}", between, re.I):
        return True
    return bool(_SOLD_TO_THE_SPEAKER_RE.fullmatch(between)
                and re.match(rf"\s+(?:worth\s+)?of\s+{_speaker_pronoun_re().pattern}\b", text[m.end:sent.end], re.I))


@functools.cache
def _goods_of_re() -> re.Pattern:
    """" of Peruvian goods", " worth of Kenyan products": after a figure, the goods it is of
    named by the place they come from (vocab/goods_nouns.csv)."""
    goods = vocab.alternation(sorted(vocab.goods_nouns() | {"exports"}), ignore_case=True)
    return re.compile(rf"\s+(?:worth\s+)?of\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:{goods})\b")


def _goods_of(text: str, sent, m, places: list[Mention]) -> str | None:
    """The place whose goods the figure is of ("$22.6bn of Peruvian goods": Peru), else None."""
    if " of " not in text[m.end:m.end + 12]:
        return None  # (cheap test first)
    found = _goods_of_re().match(text, m.end, sent.end) or _product_of_re().match(text, m.end, sent.end)
    if found is None:
        return None
    x = next((x for x in places if x.start == found.start("place")), None)
    return x.attrs.get("iso") if x is not None and x.attrs.get("kind") == "demonym" else None


# " worth of Thai durian": after a figure, a demonym and the lowercase words of what was
# traded, the noun phrase ending at a stop or a preposition
_PRODUCT_OF = re.compile(r"\s+(?:worth\s+)?of\s+(?P<place>[A-Z][\w-]*)\s+(?P<product>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s*[,.;)]|\s+(?:to|from|in|during|last|this)\b)")


def _product_of_re() -> re.Pattern:
    return _PRODUCT_OF


# the verb of an import whose object may be another place's goods ("imported $Xbn worth of Thai durian")
_IMPORT_VERB = re.compile(r"^(?:imported|importing)$", re.I)


def perspective(text, sent, m, c: Claim, flow, state: State, ctx: DocContext, places: list[Mention] = ()) -> str | None:
    """A partner as the subject of "bought"/"supplied" in an article about another country:
    the figure is that country's exports to (imports from) the partner. Returns what it
    changed: "pair" (and the measure), "measure", or None."""
    if flow is None or c.measure not in ("exports", "imports"):
        return
    word = text[flow.start:flow.end]
    imported = _IMPORT_VERB.match(word) is not None
    if not (BUY.match(word) or SELL.match(word) or imported):
        return
    if c.measure == "imports" and c.reporter and c.partner not in (None, c.reporter) and (BUY.match(word) or imported) \
            and _goods_of(text, sent, m, places) == c.reporter:
        # "China ... took $22.6bn of Peruvian goods", "China ... imported 106.9 billion baht
        # worth of Thai durian" (Peru and China the pair): the goods taken are the
        # reporter's own, so the figure is its exports to the buyer, whoever the verb's subject is
        c.measure = "exports"
        return "measure"
    if imported:
        return  # (an import verb is read from the importer's side everywhere else)
    if _sold_to_the_speaker(text, sent, flow, m):
        # "They sold us 4.5 billion", "it bought 38.2 billion dollars of our products": the
        # other side's verb, the speaker's country its object; the pair stays the text's
        c.measure = "exports" if BUY.match(word) else "imports"
        return "measure"
    # (the noun of the figure's own clause: no other figure between them)
    owner = _owner_of_agent(text, flow, places) if not re.search(r"\d", text[flow.end:m.start]) else None
    if owner is not None and owner in (c.reporter, c.partner):
        # "The main buyers of Ukrainian products were Poland (USD 3.1 billion)": a buyer of
        # the reporter's goods takes its exports; a supplier of them, its imports
        buys = bool(BUY.match(word))
        c.measure = ("exports" if buys else "imports") if owner == c.reporter else ("imports" if buys else "exports")
        return "measure"
    main = ctx.main_reporter
    # the subject may be a group without a code ("Asia took R61.8 billion")
    subject = c.reporter or (f"group:{c.extra['reporter_group']}" if c.extra.get("reporter_group") else None)
    # ("Vietnamese shipments to the EU", "32.1% of shipments": a noun the reporter's own flow
    # names as well; only a place right before it ships them)
    # ("Russia was the biggest supplier, with shipments worth $2.63 billion": a subject said to
    # supply does ship them)
    own_noun = word.lower() in ("shipments", "deliveries") and not any(
        SELL.match(w) and re.fullmatch(r"\w+ers?", w) for w in re.findall(r"\w+", text[max(0, flow.start - 80):flow.start]))
    if subject and not _own_unit(c.partner, c.reporter) and _partner_is_subject(text, flow, c, places, adjacent_only=own_noun):
        # read from the reporter's side already, but the verb is the partner's ("with
        # Vietnamese processors buying $1.9 billion worth" of Cambodia's goods)
        c.measure = "exports" if BUY.match(word) else "imports"
        return "measure"
    if own_noun:
        return
    if not main or not subject or subject == main or c.partner not in (None, main, "WLD", state.partner):
        return
    if main.startswith("group:"):
        return  # ("Bangladesh, the largest LDC exporter, shipped" in a text on a group: a country's own flow)
    if vocab.country_of(subject) == main:
        return  # ("Mato Grosso shipped ... worth US$ 17.9 billion" in a text on Brazil: the state's own sale abroad)
    if vocab.country_of(main) == subject != main:
        # ("with the state shipping $218bn of goods" in a text on a state: its country, the
        # reporter of the clause before, is no partner of its own state, and the verb's
        # subject is the state itself; its sale abroad)
        return
    direction = re.search(r"\b(?:from|to)\s+(?:the\s+)?[A-Z]", text[flow.end:m.start])
    if (direction and not _names_main_at(places, flow.end + direction.end() - 1, main, word)) or _direction_after(text, m):
        return  # "China bought $X from Pakistan", "the US sold $X to the Asian giant" name their own direction
    # ("China bought 45% of everything the state sold abroad": a verb after the share is the
    # one of its whole, whose subject is the text's reporter: its sales are its exports)
    whole_verb = c.kind == "share" and flow.start > m.end
    c.measure = "exports" if BUY.match(word) or (whole_verb and SELL.match(word)) else "imports"
    c.extra.pop("reporter_group", None)
    c.reporter, c.partner = _code(main, c), _code(subject, c, partner=True)
    return "pair"


def _names_main_at(places, at: int, main: str, word: str) -> bool:
    """"The most important buyer of goods from NRW was the Netherlands at EUR 23.5 billion":
    the place an agent's goods come from (or go to) is the text's own reporter, so the figure
    is still its flow with the agent, read from its side. Only an agent noun ("buyer",
    "customer"): "Purchases from China" names the direction of the purchases themselves, and
    the text's reporter may be a guess."""
    return bool(re.fullmatch(r"\w+(?:er|or)s?", word)) and any(x.start == at and x.attrs.get("iso") == main for x in places)


def _own_unit(partner: str | None, reporter: str | None) -> bool:
    """"Konya-based firms shipped $3bn of goods abroad, 2% of Türkiye's total exports": a
    sub-national unit of the reporter's own country as the subject of the verb sells its own
    goods abroad (link/units.py makes it the reporter), no partner selling to the country."""
    return bool(partner) and partner != reporter and "-" in partner and vocab.country_of(partner) == reporter


# ", or 55%," after a figure: the same figure as a share, an aside that leaves the place
# after it the figure's own ("USD 6.3 trillion, or 55%, went to other developing economies")
# ("£294 billion of these exports, about 43%, went to the EU": the flow the figure is part
# of may come first, and a share with "about" restates it without an "or")
_RESTATING_SHARE = re.compile(r"(?:\s+of\s+(?:these\s+|those\s+|the\s+|its\s+|their\s+)?(?:imports|exports|shipments))?"
                              r",\s+(?:or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?|(?:about|some|nearly|almost|around|roughly)\s+)\d[\d.]*\s*(?:%|percent|per\s+cent),"
                              r"\s+(?:went|go|goes|going|came|come|comes|coming|was\s+shipped|were\s+shipped)\s+(?:to|from)\s+(?:the\s+)?(?:other\s+)?"
                              r"(?:\d+\s+)?(?:(?-i:[a-z]+)\s+)?", re.I)  # (one lowercase word may qualify the place: "mainland China")
# (the count of a group's members may come before it: "went to the 15 EU member states")


# a bracket right after a figure that holds only another amount: "(about $174.5 billion)",
# "(US$1.2 bn)", "(RM4.1bn)"
_RESTATED_IN_BRACKETS = re.compile(r"\s*\(\s*(?:about|around|roughly|some|nearly|almost|approx\.?|approximately|or|equivalent\s+to)?\s*"
                                   r"[^()\d\s]{0,4}\s?\d[\d.,]*\s*(?:[a-z]{1,8}\b)?\s*(?:[A-Z]{3})?\s*\)")


# ("£358 billion of goods and services to the EU": one noun phrase, no second conjunct)
_GOODS_AND_SERVICES = re.compile(r"\bgoods\s+and\s+services\b", re.I)

# ("$11.9 billion worth of solar cells and modules from Cambodia": the goods bought, one
# noun phrase of lowercase words, joined by "and", then the preposition of the place)
_PRODUCT_BEFORE_PLACE = re.compile(r"\s+(?:worth\s+)?of\s+(?:[a-z][a-z-]*\s+){1,5}?(?:and|or)\s+(?:[a-z][a-z-]*\s+){1,3}?"
                                   r"(?:from|to|into)\s+(?:the\s+)?")



def _direction_after(text: str, m) -> bool:
    """Whether the figure of a buy/sell verb is followed at once by the side it goes to or
    comes from ("sold $147.8bn to the Asian giant", "bought $427.2bn from it"): the verb's
    subject is then its reporter, not a partner of the article's country (also past what was
    sold: "sold $9.4 billion worth of goods and services to the kingdom")."""
    return bool(re.match(r"(?:\s+(?:worth|of|in)\s+(?:[a-z]+\s+)?goods(?:\s+and\s+services)?)?\s+(?:to|from)\s+(?:the\s+[A-Z]|[A-Z]|it\b|them\b)", text[m.end:m.end + 60]))


def _verb_before(text: str, start: int, end: int) -> str | None:
    """The last buy/sell verb in text[start:end]."""
    verbs = [v for v in re.finditer(r"\b\w+\b", text[start:end]) if BUY.match(v.group()) or SELL.match(v.group())]
    return verbs[-1].group() if verbs else None


def coordinated_verb(s: Site, p: Claim | None) -> bool:
    """A buy/sell verb joined by "and" to the one of the figure before ("the US sold $147.8bn
    to China and bought $427.2bn from it", "it bought SAR 105.8bn of Saudi goods and shipped
    SAR 44.3bn to the Kingdom") has that verb's subject: the same pair, and the flow its own
    verb names, turned round where the earlier figure was read from the subject's partner's
    side. Sets the claim's pair and measure; returns whether it did."""
    text, flow, c = s.text, s.flow, s.claim
    if p is None or flow is None or p.kind != "amount" or p.measure not in ("exports", "imports") or flow.start < p.end:
        return False
    word = text[flow.start:flow.end]
    if not (BUY.match(word) or SELL.match(word)) or re.fullmatch(r"\w+ers?", word):
        return False
    if not _COORDINATED_GAP.fullmatch(text, p.end, flow.start):
        return False
    before = _verb_before(text, max(s.sent.start, p.start - 60), p.start)
    if before is None:
        return False
    subject_reports = p.measure == ("exports" if SELL.match(before) else "imports")
    own = "exports" if SELL.match(word) else "imports"
    c.measure = own if subject_reports else ("imports" if own == "exports" else "exports")
    c.reporter, c.partner = p.reporter, p.partner
    for key in ("reporter_group", "partner_group"):
        if p.extra.get(key):
            c.extra[key] = p.extra[key]
    return True


# from the first verb's figure to "and" and the second verb: no other figure, but a year may
# date the first ("bought $427.2bn of Chinese goods in 2023 and sold")
_COORDINATED_GAP = re.compile(r"(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?,?\s+and\s+")


# the end of a bracketed share: ")" right after it, or after its "of the total"
_SHARE_BRACKET_CLOSES = re.compile(r"(?:\s+of\s+(?:the\s+)?total)?\)")


def gapped_verb(s: Site, p: Claim | None) -> bool:
    """A list that names its buy/sell verb once ("Mexico bought $29.3 billion of California
    goods, Canada $20.6 billion and China $16.9 billion"): a place and a figure after a comma
    or "and", with no flow word of their own, stand in the first item's clause, the verb left
    out. Where that item was read from its subject's partner side (the buyer is the partner),
    each place listed is a partner of the same reporter and flow. Sets the claim's pair and
    measure; returns whether it did."""
    text, c, flow = s.text, s.claim, s.flow
    # (the first item's figure, or its share in brackets right after it: "bought US$ 36.9
    # billion (10.9%) and Argentina, US$ 16.7 billion")
    # (or "(29.5% of the total)": the share's own words before its bracket closes)
    how = p.extra.get("_restated_how") if p is not None and p.kind == "share" and _SHARE_BRACKET_CLOSES.match(text, p.end) else \
        p.how.get("measure") if p is not None and p.kind == "amount" else None
    if how not in ("perspective-verb", "gapped-verb") or p.end > s.m.start \
            or p.end < s.sent.start or (flow is not None and flow.start >= p.end):
        return False
    # (the place, then the figure, maybe after a comma that stands for the verb left out)
    place = next((x for x in s.ms["country"] if p.end <= x.start and x.end <= s.m.start
                  and (re.fullmatch(r",?\s+", text[x.end:s.m.start]) or _echoed_preposition(text, s.sent.start, p.start, x.end, s.m.start))), None)
    if place is None or place.attrs.get("iso") in (None, "WLD", p.reporter) or place.attrs.get("possessive"):
        return False
    if not re.search(r"(?:,|\band)\s+$", text[p.end:place.start]) or re.search(r"[.;:\d]", text[p.end:place.start]):
        return False
    c.measure, c.reporter, c.partner = p.measure, p.reporter, place.attrs["iso"]
    return True


# a place's figure after the preposition the list's first figure had ("Argentina for ")
_PREPOSITION_BEFORE_FIGURE = re.compile(r"\s+(?P<word>[a-z]{2,5})\s+")


def _echoed_preposition(text: str, first_start: int, first_end: int, place_end: int, figure_start: int) -> bool:
    """"Brazil bought Bolivian products for US$ 3,806 million and Argentina for US$ 2,577
    million": between a listed place and its figure, the one small word (a preposition) the
    first item set right before its own figure, in text[first_start:first_end]; the verb
    left out, the rest of the item said again."""
    gap = _PREPOSITION_BEFORE_FIGURE.fullmatch(text, place_end, figure_start)
    return gap is not None and re.search(rf"\b{gap['word']}\s+(?:about\s+|some\s+)?\D{{0,4}}\d", text[first_start:first_end]) is not None


def parallel_verb(s: Site, p: Claim | None) -> bool:
    """A second clause with a subject and a buy/sell verb of its own, of the same kind as the
    first's ("Mexico ... took $28.1 billion over the 11 months, while Canada took $26.3
    billion"): the new subject stands where the first one stood, a partner where the first
    was read as the partner, the reporter where it reported; the flow is the same. Sets the
    claim's pair and measure; returns whether it did."""
    text, c, flow = s.text, s.claim, s.flow
    if p is None or flow is None or p.kind != "amount" or p.measure not in ("exports", "imports") or flow.start < p.end \
            or p.end < s.sent.start:
        return False
    word = text[flow.start:flow.end]
    before = _verb_before(text, max(s.sent.start, p.start - 60), p.start)
    if before is None or re.fullmatch(r"\w+ers?", word) or not ((BUY.match(word) and BUY.match(before)) or (SELL.match(word) and SELL.match(before))):
        return False
    new = next((x for x in s.ms["country"] if p.end <= x.start < flow.start and re.fullmatch(r"\s+", text[x.end:flow.start])), None)
    if new is None or new.attrs.get("iso") in (None, "WLD") or new.attrs.get("possessive") \
            or not re.fullmatch(r"[^.;:$€£¥]{0,60}?,?\s+(?:while|whereas|and)\s+", text[p.end:new.start]):
        return False
    first = next((x for x in s.ms["country"] if s.sent.start <= x.start < p.start and not x.attrs.get("possessive")
                  and x.attrs.get("iso") in (p.reporter, p.partner) and not PREP_BEFORE_COUNTRY.search(text[max(0, x.start - 14):x.start])), None)
    if first is None:
        return False
    iso = new.attrs["iso"]
    if first.attrs["iso"] == p.partner and iso != p.reporter:
        c.reporter, c.partner = p.reporter, iso
    elif first.attrs["iso"] == p.reporter and iso != p.partner:
        c.reporter, c.partner = iso, p.partner
    else:
        return False
    c.measure = p.measure
    return True


def _owner_of_agent(text: str, flow, places: list[Mention]) -> str | None:
    """The country whose goods a buyer or supplier noun is said of: "buyers of Ukrainian
    products", "the largest buyer of Kenya's tea", "Ukraine's main suppliers"."""
    word = text[flow.start:flow.end]
    if not re.fullmatch(r"\w+ers?", word, re.I):
        return None  # (a verb, "bought", names no owner)
    of = re.match(r"\s+of\s+(?:the\s+)?", text[flow.end:flow.end + 20])
    for x in places:
        if not x.attrs.get("iso") or x.attrs["iso"] == "WLD":
            continue
        if of and x.start == flow.end + of.end() and (x.attrs["kind"] == "demonym" or x.attrs["possessive"]):
            return x.attrs["iso"]
        if x.attrs["possessive"] and 0 <= flow.start - x.end <= 30 and re.fullmatch(r"['’]s(?:\s+[a-z-]+){0,2}\s+", text[x.end:flow.start]):
            return x.attrs["iso"]
    return None


@functools.cache
def _collective_subject_re() -> re.Pattern:
    """Capitalised words right before a flow verb, perhaps taken together ("Africa as a
    whole took": vocab/collective_cues.csv)."""
    cue = vocab.alternation(vocab.collective_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+(?:(?:{cue})\s+)?$")


# the end of a clause before a verb: a full stop or semicolon, but not the dot of an initialism
# ("U.S.") nor of a rank's "No." ("Brazil, the country's No. 3 market, bought"), or "while"
_SUBJECT_CLAUSE_END = re.compile(r"(?<![A-Z])(?<!\b[Nn]o)[.;]\s|\b(?:while|whereas)\b(?!\s+\Z)")


def _partner_is_subject(text: str, flow, c: Claim, places: list[Mention], adjacent_only: bool = False) -> bool:
    """Whether the claim's partner is the subject of the verb: named just before it ("Asia
    took", "China bought"), or the last place of the sentence named before it in its clause,
    not after a preposition nor as a possessive ("The United States, the largest market,
    bought", "with Vietnamese processors buying", "China remained the largest buyer")."""
    ante = next((x for x in places if _RELATIVE.fullmatch(text, x.end, flow.start)), None)
    # ("India, which relies on Australian coking coal, bought": the place before the aside;
    # "Indonesia, which stepped up imports ..., became the largest buyer": its predicate's noun)
    ante = ante or next((x for x in places if _RELATIVE_ASIDE.fullmatch(text, x.end, flow.start)), None)
    if ante is not None:
        # "Canada, which bought": the place the relative pronoun stands for
        return ante.attrs.get("iso") is not None and ante.attrs["iso"] == c.partner
    # ("Africa as a whole took": the place, taken together)
    words = _collective_subject_re().search(text[max(0, flow.start - 40):flow.start])
    # (the longest run of those words that names a place: "told BusinessDay. Africa took")
    names = words.group(1).split() if words else []
    entry = next((e for k in range(len(names)) for e in [vocab.countries().get(" ".join(names[k:]))] if e is not None), None)
    if entry is not None:
        iso, kind, label = entry
        return bool(iso and _is_the_partner(iso, c)) or (not iso and label == c.extra.get("partner_group"))
    if adjacent_only:
        return False
    start = max(0, flow.start - 80)
    # (not "while" right before the verb: "The EU ranked third, buying $38.5 billion of
    # Vietnamese goods while selling it $11.2 billion", a participle without a subject of
    # its own shares the clause's)
    ends = [e.end() for e in _SUBJECT_CLAUSE_END.finditer(text[start:flow.start])]
    start += ends[-1] if ends else 0  # its own clause ("U.S." is no end)
    last = None
    # ("New Brunswick, the Canadian province most dependent on U.S. buyers, shipped": a place
    # in the appositive that describes the subject is not it)
    before = [x for x in places if start <= x.start < flow.start]
    described = set(map(id, before)) - set(map(id, _without_appositive_places(text, before))) if len(before) > 1 else set()
    for x in places:
        if id(x) in described:
            continue
        # (a group with no code of its own as the subject too: "The Southern African
        # Development Community (SADC) took R40bn", "The SADC bloc took")
        group = x.attrs.get("kind") == "group" and not x.attrs.get("iso") and not str(x.attrs.get("label")).startswith("other than")
        if not start <= x.start < flow.start or (x.attrs.get("iso") in (None, "WLD") and not group) or x.attrs.get("possessive"):
            continue  # ("Vietnam's biggest export market": a modifier, not the subject)
        # an object ("for Bangladeshi goods", "to China", "The EU, the leading market outside
        # Africa, took") is no subject, unless the verb follows it at once ("with Vietnamese
        # processors buying")
        if re.search(r"\b(?:to|from|with|into|in|for|of|than|and|by|outside|beyond)\s+(?:the\s+)?$", text[start:x.start]) \
                and not (re.search(r"\bwith\s+$", text[start:x.start]) and re.fullmatch(r"(?:\s+[a-z]+){0,2}\s*", text[x.end:flow.start])):
            continue
        verb = re.search(r"(\w+)\s+$", text[start:x.start])
        if verb and (BUY.match(verb.group(1)) or SELL.match(verb.group(1))):
            continue  # "Brazil had sold Argentina $16.7bn and bought $12bn": the verb's object
        last = x.attrs["iso"] or f"group:{x.attrs.get('label')}"
    if last is not None and last.startswith("group:"):
        return c.partner is None and last[6:] == c.extra.get("partner_group")
    return last is not None and _is_the_partner(last, c)


def _is_the_partner(iso: str, c: Claim) -> bool:
    """Whether the place `iso` is the claim's partner, or one of the places it is taken
    together ("The Netherlands, Germany and France together took RM56.19 billion": the places
    listed as the subject are the partner, the group "DEU+FRA+NLD")."""
    if iso == c.partner:
        return True
    listed = _LISTED_GROUP.fullmatch(c.extra.get("partner_group") or "") if c.partner is None else None
    return listed is not None and iso in listed.group().split("+")


# a partner that is several places taken together: "DEU+FRA+NLD"
_LISTED_GROUP = re.compile(r"[A-Z]{3}(?:\+[A-Z]{3})+")


def _code(key: str | None, c: Claim, partner: bool = False) -> str | None:
    if key is None:
        return None
    if key.startswith("group:"):
        c.extra["partner_group" if partner else "reporter_group"] = key[6:]
        return None
    return key


# ", sixth,", ", second-largest,": a place's rank set off between it and its verb
_RANK_ASIDE = re.compile(r"^,\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last)(?:[\s-][a-z]+)?,(?=\s)")


_DASH_APPOSITIVE = re.compile(r"^(?P<w>\s+[a-z]+)?\s+[-–—]\s+[^-–—;.]{1,60}?\s+[-–—](?=\s)")


def _subject_verb(text, x: Mention, m: Mention) -> bool:
    """'Kazakhstan ran a deficit', 'Nigeria imported goods': a bare country as the subject
    (an appositive may stand between: "Bangladesh, the largest LDC exporter, shipped")."""
    return _verb_follows(text, x, m) and PREP_BEFORE_COUNTRY.search(text[max(0, x.start - 14):x.start]) is None


@functools.cache
def _closes_with_balance_re() -> re.Pattern:
    # "Argentina ended 2021 with a surplus of": a verb of vocab/period_close_verbs.csv, the
    # period it closes (a few words), then "with" and the balance the place closed it with
    verbs = vocab.alternation(vocab.period_close_verbs(), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s+(?:{verbs})\s+(?:[\w-]+\s+){{1,3}}?with\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:surplus|deficit)\b")


def _verb_follows(text, x: Mention, m: Mention) -> bool:
    """Whether the words from the place to the figure are its verb (past an appositive)."""
    gap = _APPOSITIVE.sub("", text[x.end:m.start], count=1)
    if " with " in gap and _closes_with_balance_re().match(gap):  # (its word checked first: cheap)
        return True  # "Argentina ended 2021 with a surplus of": it closed the period with its balance
    # ("the Netherlands alone - a country of 18 million people - bought": an aside between dashes)
    gap = _DASH_APPOSITIVE.sub(r"\g<w>", gap, count=1)
    if gap[:1] == ",":
        gap = _RANK_ASIDE.sub("", gap, count=1)  # "Italy, sixth, increased its exports"
    return bool(re.match(r"^\s+(?:\w+\s+){0,2}?(?:re-)?(?:ran|runs|posted|posts|recorded|records|reported|had|has|registered|imported|imports|exported|exports|bought|sold|shipped|earned|spent|paid)\b"
                         r"|^\s+(?:was\s+|came\s+|ranked\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|led)\s+with\b"
                         # "Italy, sixth, increased its exports by 86%": a verb whose object is its own flow
                         # ("Transition economies saw their export earnings rise": its flow's noun)
                         r"|^\s+[a-z]+\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:exports?|imports?)\b", gap))


def owns_flow(text, x: Mention, flow: Mention) -> bool:
    """A country named right before its flow word, as its owner: "India's exports", "the
    U.S. deficit", "Brazilian goods exports"."""
    gap = text[x.end:flow.start]
    if _SECOND_OF_PAIR.search(text, max(0, x.start - 30), x.start):
        return False  # ("INDIA–UAE TRADE": the pair's flow, the first named reports it)
    return 0 <= flow.start - x.end < 25 and bool(re.fullmatch(r"(?:['’]s)?(?:\s+(?:total|overall|merchandise|goods|non-oil|trade|monthly|annual))*\s+", gap, re.I))


# a place joined to the one before by a dash, "India–" of "India–UAE trade"
_SECOND_OF_PAIR = re.compile(r"[A-Za-z.]\s?[-–]\s?$")


# between a place and the exports it names: a word or two of what is sold ("U.S. goods
# exports"), no preposition
_EXPORTER_GAP = re.compile(r"[ \t]+(?:(?!to\b|from\b|with\b|of\b)[a-z-]+[ \t]+){0,2}")


def _names_exporter(text: str, x: Mention, flow: Mention | None) -> bool:
    """"with U.S. exports of $76.6 billion": a place right before "exports" sells them
    (whereas "Chinese imports" may be goods from China), whichever pair the text was on."""
    return flow is not None and flow.attrs["measure"] == "exports" and flow.text.lower().startswith("export") and x.end < flow.start \
        and not x.attrs.get("pronoun") and _EXPORTER_GAP.fullmatch(text, x.end, flow.start) is not None


def _earns_the_figure(text: str, x: Mention, figure_start: int) -> bool:
    """"The shipments earned Kenya Sh41.6 billion": a place between a verb of earning
    (vocab/earner_verbs.csv) and the money it earned is the earner, the exporter."""
    if figure_start < x.end or x.attrs.get("pronoun"):
        return False
    return _EARNED_BY_GAP.fullmatch(text, x.end, figure_start) is not None and _earner_verb_re().search(text, max(0, x.start - 20), x.start) is not None


_EARNED_BY_GAP = re.compile(rf"\s+{HEDGE}")


@functools.cache
def _earner_verb_re() -> re.Pattern:
    verbs = vocab.alternation([r["word"] for r in vocab.table("earner_verbs")], ignore_case=True)
    return re.compile(rf"\b(?:{verbs})\s+(?:the\s+)?$", re.I)


def _opens_as_balance_owner(text: str, start: int, x: Mention, flow: Mention | None) -> bool:
    """"The US merchandise trade deficit widened to": a place right before a balance, opening
    its sentence, is the one whose balance it is (not the partner of the country the text was
    on; "China's surplus with the US" names the partner after a preposition)."""
    return flow is not None and flow.attrs["measure"] == "balance" and x.end < flow.start and not x.attrs.get("pronoun") \
        and _EXPORTER_GAP.fullmatch(text, x.end, flow.start) is not None \
        and re.fullmatch(r"[^\w]*(?:the\s+)?", text[start:x.start], re.I) is not None


def _flow_right_after_possessive(text, x: Mention, flow: Mention) -> bool:
    return x.attrs["possessive"] and 0 <= flow.start - x.end < 40 and not re.search(r"\b(?:with|to|from)\b", text[x.end:flow.start])
