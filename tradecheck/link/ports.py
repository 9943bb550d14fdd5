"""Figures of a port, a customs district, a border crossing or an airport (vocab/port_nouns.csv):
"The port of Laredo handled $319.6 billion in trade in 2023, ahead of Chicago ($262.1 billion)",
"Cargo value through the port fell 12.0% to $258.3 billion". Such a figure is the place's, not
the national pair's: it gets a scope of its own ("through the port of Laredo"), a series that
the checks keep apart from the country's totals (model.is_series_scope)."""

from __future__ import annotations

import functools
import re
from typing import Callable

from .. import vocab
from ..model import PORT_SCOPE
from .cues import holds_any
from .site import Site

_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}"
# port_scope's patterns, compiled once
_OF_THE_WHOLE = re.compile(r"\bof\s+(?:the|its|their)\s*$")
_BRACKET_AFTER_NAME = re.compile(rf"\b(?P<n>{_NAME})\s*\(\s*$")
_CLAUSE_BREAK = re.compile(r"[;]|\b(?:while|whereas|but)\b")
# a relative clause set off by commas between a subject and its verb ("Mozambique, through
# whose Beira port much of the country's fuel arrives, supplied"): the place it names is the
# subject's description, not where the figure's goods passed
_RELATIVE_ASIDE = re.compile(r",\s+(?:(?:through|via|in|from|to|by|with|at|into)\s+)?(?:which|whose|where)\b[^,;\d]*,")


@functools.cache
def route_aside_re() -> re.Pattern:
    """A participle's aside on the way the subject's goods travel, set off by commas between
    the subject and its verb ("Crude oil, exported since last year through the pipeline to
    the port of Cotonou, brought in"; "Cars, almost all of them re-exported to Armenia,
    were"): it describes the product, so the places, port and route it names are no side and
    no scope of the figure (a few words may stand between the participle and its preposition;
    only quantifiers, vocab/aside_quantifiers.csv, before the participle; no figure in it)."""
    words = vocab.alternation([r["word"] for r in vocab.table("aside_quantifiers")], ignore_case=True)
    return re.compile(rf",\s+(?:(?:{words})\s+){{0,4}}[a-z-]+ed\s+(?:[a-z]+\s+){{0,3}}?(?:to|from|into|through|via)\s+"
                      rf"[^,;\d$€£¥]{{2,80}},(?=\s+[a-z])", re.I)


@functools.cache
def _nouns() -> str:
    return vocab.alternation([r["noun"] for r in vocab.table("port_nouns")], ignore_case=True, space=r"\s+")


@functools.cache
def _noun_keys() -> tuple[str, ...]:
    """The longest word of every port noun, in lower case: any match of a noun holds its own."""
    return tuple({max(r["noun"].lower().split(), key=len) for r in vocab.table("port_nouns")})


def _may_name_a_port(words: str) -> bool:
    """False where no port noun can be in `words` (then none of the patterns below matches)."""
    return holds_any(words, _noun_keys())


@functools.cache
def _named_re() -> re.Pattern:
    # "the port of Laredo", "the Port of Los Angeles", "Laredo port", "the Texas district"
    # ("The Houston Customs District handled": the article opening the sentence is no part
    # of a name whose noun is capitalised with it; "The Minhang district" stays no port)
    n = _nouns()
    return re.compile(rf"\b(?i:(?:the\s+)?(?P<na>{n}))\s+of\s+(?P<a>{_NAME})"
                      rf"|\b(?:the\s+|The\s+(?=(?:[A-Z][\w.'-]*\s+){{1,3}}[A-Z]))?(?P<b>{_NAME})\s+(?i:(?P<nb>{n}))\b")


@functools.cache
def _anaphor_re() -> re.Pattern:
    # "through the port", "at the port", "on that route": the place named before
    # (or the subject opening the sentence: "The crossing handled 40.6% of")
    return re.compile(rf"(?:\b(?:through|at|via|on|in|from|into)\s+|^\s*)(?:the|that|this|its)\s+(?:{_nouns()})\b(?!\s+of\s+[A-Z])", re.I)


@functools.cache
def _described_re() -> re.Pattern:
    # "Ningbo, the province's largest port city, contributed": a name the sentence's subject
    # describes as a port in an aside
    return re.compile(rf"^\s*(?P<name>{_NAME}),\s+(?:the|a|an|its)\s+[^,;.]{{0,60}}?\b(?:{_nouns()})\b[^,;.]{{0,30}},")


def _described_port(clause: str) -> str | None:
    """The port a clause's subject is described as in an aside, as a scope label; None where
    the name is a country's or a unit's (their own figures, not a port's)."""
    m = _described_re().match(clause)
    if m is None or m["name"].split()[0] in ("The", "That", "This", "Its") or vocab.countries().get(m["name"]) is not None:
        return None
    return _label(m["name"])


def _label(name: str) -> str:
    return f"{PORT_SCOPE} {name}"


def _named_label(m: re.Match) -> str:
    """"The Port of Los Angeles" and "the port of Los Angeles" are one port: the article and
    the noun in lower case, the name as written."""
    noun = re.sub(r"\s+", " ", m["na"] or m["nb"]).lower()
    return _label(f"the {noun} of {m['a']}" if m["a"] else f"the {m['b']} {noun}")


def _named_port(clause: str, before: str | Callable[[], str] = "") -> str | None:
    """The port a clause names, as a scope label; None when it names none (a country's own
    name before a port noun, "Port of Spain", is no port here: the country list has it). A
    state or province before the noun ("the Texas district") says where the port lies: the
    port named last before (in `before`, or what it returns: built only when needed), if any,
    is that one."""
    if not _may_name_a_port(clause):
        return None  # (checked first: cheap)
    found = None
    for m in _named_re().finditer(clause):
        name = m["a"] or m["b"]
        if name.split()[0].lower() in ("the", "that", "this", "its"):
            continue
        known = vocab.countries().get(name)
        if known is None or (m["b"] and known[0] and "-" in known[0]):
            found = m
    if found is None:
        return None
    known = vocab.countries().get(found["b"] or "")
    if known is not None:
        before = before() if callable(before) else before
        return _named_port(before + clause[:found.start()]) or _named_label(found)
    return _named_label(found)


def _before(text: str, start: int) -> str:
    """The text before a clause, less its bracketed peers ("Chicago ($262.1 billion)")."""
    return re.sub(r"\([^()]*\)", "", text[:start])


def _parallel(s: Site, own: str) -> bool:
    """"Exports through the Texas district reached $133.4 billion, while imports were $188.2
    billion": a second flow in a "while" clause naming no place and no whole of its own is
    the same port's."""
    c, p = s.claim, s.prev
    if p is None or c.kind != "amount" or not re.search(r",\s*(?:while|whereas)\b", s.gap or ""):
        return False
    return not any(s.prev_end <= x.start < s.m.start for x in s.ms["country"]) and not _whole_re().search(own)


@functools.cache
def _whole_re() -> re.Pattern:
    """Words that make a flow a country's whole ("total", "foreign trade turnover")."""
    whole = vocab.alternation(vocab.whole_scope_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{whole})\b", re.I)


def port_scope(s: Site) -> str | None:
    """The port scope of a Site's figure: named in its clause, said of the port named before
    ("through the port", "The crossing handled"), carried from the figure before it in a "to
    X from Y" run or a "while" clause, or a place ranked beside the port in brackets ("ahead of
    Chicago ($262.1 billion)")."""
    c, p, text = s.claim, s.prev, s.text
    if c.scope is not None or s.whole_after_of or s.whole_of_share or (c.commodity or "").startswith("part: "):
        return None
    after_port = p is not None and (p.scope or "").startswith(PORT_SCOPE)
    # (a share set off by a comma and a word or two after the port's figure, "$186.2 billion
    # ..., equal to 39.2% of", is the port's part of a whole)
    appended = c.kind == "share" and re.fullmatch(r"\s*,\s*(?:[a-z]+\s+){0,2}", s.gap or "") is not None
    carried = after_port and (s.continued or s.restated or appended)
    clause = text[s.sent.start:s.m.start]
    if "wh" in clause and "," in clause:  # (cheap first)
        clause = _RELATIVE_ASIDE.sub(lambda a: " " * len(a.group(0)), clause)
    if "ed " in clause and clause.count(",") >= 2:  # (cheap first)
        clause = route_aside_re().sub(lambda a: " " * len(a.group(0)), clause)
    if "of" in clause and _OF_THE_WHOLE.search(clause):  # ("of" checked first: cheap)
        return None  # "39.2% of the $475.3 billion the United States bought": the national whole
    bracket = _BRACKET_AFTER_NAME.search(clause) if after_port and "(" in clause else None  # (checked first: cheap)
    if bracket and after_port and (vocab.countries().get(bracket["n"]) or (None,))[0] is not None:
        # ("Top export markets: Canada ($1.1 billion), Mexico ($540 million)" for a district:
        # a country ranked in brackets after the port's figure is its next partner, the port's)
        return p.scope
    if bracket and after_port:
        return _label(bracket["n"])  # a place ranked beside the port, its figure in brackets
    if carried:
        return p.scope
    lead = _list_lead_port(text, s.m.start)
    if lead:
        return lead
    start = max(s.sent.start, s.prev_end) if p is not None and not after_port else s.sent.start
    own = text[start:s.m.start]
    if "wh" in own and "," in own:
        own = _RELATIVE_ASIDE.sub(lambda a: " " * len(a.group(0)), own)
    if "ed " in own and own.count(",") >= 2:
        own = route_aside_re().sub(lambda a: " " * len(a.group(0)), own)
    if _CLAUSE_BREAK.search(own):
        own = _CLAUSE_BREAK.split(own)[-1]
    # (no port noun before the figure in its sentence: no port named, described or pointed
    # back to; checked first, cheap)
    nouned = _may_name_a_port(clause)
    # (the text before, rid of its brackets, is needed only after a state's name: built lazily)
    named = (_named_port(own, lambda: _before(text, start)) or _described_port(clause)) if nouned else None
    if named:
        return named
    by_name = _port_by_its_name(own, s.state.port_names) if s.state.port_names else None
    if by_name:
        return by_name
    if nouned and _anaphor_re().search(own):
        # (the port named last before, in words)
        return _named_port(_before(text, start)) or _unnamed_port(s)
    if after_port and _parallel(s, own):
        return p.scope
    return None


# a bare bracket around a share right after its figure: "1,416 (20.1 percent)"
_BARE_BRACKET = re.compile(r"\s*\(\s*")
_BRACKET_END = re.compile(r"\s*\)")


# a bulleted line's mark, at the line's start
_BULLET = re.compile(r"[ \t]*[•*·▪‣–-][ \t]")


def _list_lead_port(text: str, at: int) -> str | None:
    """"Key findings for the district:" over bulleted lines ("• Top export markets: Canada
    ($1.1 billion)"): a figure in a bulleted list is of the port or district its lead line,
    the line ending in a colon above the bullets, names or points back to (the one named
    before), not the whole trade of the place the text is about."""
    line_start = text.rfind("\n", 0, at) + 1
    if not _BULLET.match(text, line_start):
        return None  # (most figures stand in no bulleted line: cheap)
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _BULLET.match(line):
            break
        end = start - 1
    else:
        return None
    if not line.rstrip().endswith(":") or not _may_name_a_port(line):
        return None
    named = _named_port(line, lambda: _before(text, start))
    if named:
        return named
    return _named_port(_before(text, start)) if _lead_anaphor_re().search(line) else None


@functools.cache
def _lead_anaphor_re() -> re.Pattern:
    return re.compile(rf"\b(?:the|that|this|its)\s+(?:{_nouns()})\b(?!\s+of\s+[A-Z])", re.I)


def _unnamed_port(s: Site) -> str | None:
    """"Imports from Uganda through the post reached KSh 9bn ... while Kenya's surplus at the
    crossing widened to KSh 29bn": a place pointed back to that no name before was read as
    (so the figures before it of the pair, in its paragraph, were read with no port scope) is
    theirs: it gets none either, or the one crossing's balance is kept apart from its flows.
    With no such figure, the place is one of its own."""
    c = s.claim
    if (s.sent.paragraph, c.reporter, c.partner) in s.state.unported:
        return None
    return _label("the port")


# a bare name after "via" or "through", or opening the clause as its subject
_BARE_NAME = re.compile(rf"(?:\b(?:through|via)\s+|^\s*)(?P<n>{_NAME})(?![\w.'-])")


def _port_by_its_name(own: str, names: dict) -> str | None:
    """"Trade through the Myawaddy border gate fell to US$612.4 million ... Exports via
    Myawaddy totaled $198.1 million", "Myawaddy accounted for 21.2 percent of": a port named
    before with its noun, then by its bare name after "via" or "through" or as the subject, is
    the same port (`names`: each port's bare name to its scope)."""
    for m in _BARE_NAME.finditer(own):
        scope = names.get(m["n"])
        if scope:
            return scope
    return None


@functools.cache
def _label_name_re() -> re.Pattern:
    # the name in a port's scope label, as _named_label writes it
    n = _nouns()
    return re.compile(rf"{PORT_SCOPE} the (?:(?i:{n}) of (?P<a>.+)|(?P<b>.+?) (?i:{n}))")


def _remember_name(state, scope: str) -> None:
    """Keep the bare name of a port named with its noun ("the Myawaddy border gate"), for a
    later figure that calls it by that name alone; a country's name is never a port's."""
    m = _label_name_re().fullmatch(scope)
    name = m and (m["a"] or m["b"])
    if name and name not in state.port_names and vocab.countries().get(name) is None:
        state.port_names[name] = scope


def decide_port(s: Site) -> None:
    """Give a port's figure its port scope."""
    scope = port_scope(s)
    c = s.claim
    p = s.prev
    if c.kind == "share" and p is not None and p.kind == "amount" and (p.scope or "").startswith(PORT_SCOPE + " ") \
            and (scope or c.scope) == p.scope \
            and _BARE_BRACKET.fullmatch(s.text, p.end, s.m.start) and _BRACKET_END.match(s.text, s.m.end):
        # ("Imports by port of entry (KD million): - Shuaiba Port: 1,416 (20.1 percent)": a
        # port's share bracketed bare after its figure is of the country's flow, check/ratio.py)
        c.extra["_port_of_country"] = True
    if scope is None:
        if c.kind == "amount" and c.scope is None and c.reporter and c.partner:
            s.state.unported.add((s.sent.paragraph, c.reporter, c.partner))
        return
    c.scope = scope
    c.how["port"] = "port-scope"
    _remember_name(s.state, scope)
    if c.basis.get("pair") == "text" and c.reporter and c.partner:
        s.state.port_pairs[scope] = (c.reporter, c.partner)
    elif c.how.get("pair") == "discourse" and scope in s.state.port_pairs:
        # ("Trade through the port of Laredo with Mexico ... Exports through the Texas
        # district reached"): the port's later figures are with the partner named for it
        c.reporter, c.partner = s.state.port_pairs[scope]
        c.how["pair"] = "port-pair"
