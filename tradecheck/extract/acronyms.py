"""Acronyms a text defines for its products: "Non-oil domestic exports (NODX) dipped ...
NODX came in at S$14.2 billion". The text says once, in brackets after a product phrase,
what its acronym stands for; every later "NODX" names that product (and that flow), which no
word list can know, since each article coins its own."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .mentions import Mention

# "(NODX)", "(E&E)", "(GFT)": capitals, maybe an ampersand, in brackets
# ("integrated circuits (ICs)": a plural "s" after the capitals is the plural's, and the
# later "IC exports" uses the acronym in the singular)
# ("(ICT/AV)": two acronyms joined by a slash are one, for the goods of both)
_BRACKETED = re.compile(r"\(\s*(?P<a>[A-Z](?:[A-Z]|[&/](?=[A-Z])){1,7})s?\s*\)")
# how far back a long form may start: its own clause (a full stop, a colon, a bracket or a
# line ends the search; commas do not, "garments, footwear and travel goods (GFT)")
_CLAUSE_BACK = re.compile(r"[^.;:()\[\]\n\"“”]{1,120}$")


def _clause_back(text: str, end: int) -> re.Match | None:
    """`_CLAUSE_BACK.search(text, 0, end)`, looked for only where it can start: a match
    holds 120 characters at most and ends at `end` (or right before a newline there), so
    it starts no more than 121 before it; from the text's start the search would try every
    position of the text for each bracket."""
    return _CLAUSE_BACK.search(text, max(0, end - 121), end)


@dataclass
class Definition:
    acronym: str
    start: int  # where the product phrase starts
    end: int  # where it ends: the bracket's end, or past the noun it sits in ("Electrical and electronic (E&E) products")
    label: str  # the product phrase as read without the bracket: "Non-oil domestic exports"
    flow: Mention | None  # the flow the phrase ends in ("exports"), which the acronym names too


def long_form_start(acronym: str, before: str) -> int | None:
    """Where in `before` the words the acronym abbreviates start, found the way of Schwartz
    and Hearst (2003): the acronym's letters, last first, each found further back, the first
    at a word's start; None when they are not all there within a few words."""
    # (a letter after an ampersand starts a word too: "E&E" is "Electrical and electronic")
    letters = [(ch, k == 0 or not acronym[k - 1].isalnum()) for k, ch in enumerate(acronym.lower()) if ch.isalnum()]
    low = before.lower()
    i = len(low) - 1
    for k in range(len(letters) - 1, -1, -1):
        ch, initial = letters[k]
        while i >= 0 and (low[i] != ch or (initial and i > 0 and low[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
    start = i + 1
    words = len(before[start:].split())
    return start if words <= min(len(letters) + 5, 2 * len(letters)) else None


def find_definitions(text: str) -> list[Definition]:
    """The acronyms `text` defines for a product or a product's flow: the phrase before the
    bracket, written in lower case past its first word (a capitalised run is a name: "the
    General Department of Customs and Excise (GDCE)"), that ends in a product or flow word,
    or runs on through the bracket into one ("Electrical and electronic (E&E) products")."""
    from .mentions import find_commodities, find_countries, find_flows

    out: list[Definition] = []
    for b in _BRACKETED.finditer(text):
        acronym = b["a"]
        if find_commodities(acronym) or find_flows(acronym) or find_countries(acronym):
            continue  # a word the vocabulary already knows ("LNG", "GDP", "UAE") keeps its meaning
        clause = _clause_back(text, b.start())
        if clause is None:
            continue
        before = text[clause.start():b.start()].rstrip()
        at = long_form_start(acronym, before)
        if at is None:
            continue
        start = clause.start() + at
        phrase = text[start:clause.start() + len(before)]
        if any(w[:1].isupper() for w in re.findall(r"[\w&'’-]+", phrase)[1:]) or find_countries(phrase):
            continue
        # the phrase read on past the bracket: "Electrical and electronic products"
        after = re.match(r"\s*[\w&'’-]+(?:\s+[\w&'’-]+){0,2}", text[b.end():])
        joined = phrase + (" " + after.group(0).strip() if after else "")
        spanning = [x for x in find_commodities(joined) if x.start < len(phrase) < x.end]
        if spanning:
            x = spanning[0]
            lead = len(after.group(0)) - len(after.group(0).lstrip())
            end = b.end() + lead + x.end - len(phrase) - 1
            out.append(Definition(acronym, start, end, joined[:x.end], None))
            continue
        flows = [f for f in find_flows(phrase) if f.end == len(phrase) and f.attrs["measure"] in ("exports", "imports")]
        products = [x for x in find_commodities(phrase) if x.end == len(phrase)]
        goods = _goods_noun_after_bracket(text, b.end()) if not flows and not products else None
        if goods is not None:
            # "information, communications and audio-video (ICT/AV) products": the words
            # before the bracket and the goods noun after it are one product group, which
            # no word list need know (the text names it)
            out.append(Definition(acronym, start, goods.end(), f"{phrase} {goods['noun'].lower()}", None))
            continue
        if not flows and not products and after is not None and _flow_after_bracket(after.group(0)):
            # "electrical and electronic (E&E) exports": the words before the bracket name the
            # goods of the flow word after it, as they would with no bracket between (named as
            # the product group the words make with "products", where the vocabulary has one,
            # so that "E&E products" later is the same goods)
            grouped = phrase + " products"
            known = any(x.start == 0 and x.end == len(grouped) for x in find_commodities(grouped))
            out.append(Definition(acronym, start, b.end(), grouped if known else phrase, None))
            continue
        if flows or products:
            flow = flows[0] if flows else None
            out.append(Definition(acronym, start, b.end(), phrase, flow))
    return out


_NOUN_AFTER_BRACKET = re.compile(r"\s*(?P<noun>[a-z]+)\b")


def _goods_noun_after_bracket(text: str, end: int) -> re.Match | None:
    """The noun for goods in general (vocab/goods_nouns.csv: "products", "goods") right after
    an acronym's bracket, if that is what follows it."""
    from .. import vocab

    m = _NOUN_AFTER_BRACKET.match(text, end)
    return m if m is not None and m["noun"] in vocab.goods_nouns() else None


def _flow_after_bracket(after: str) -> bool:
    """Whether the words after an acronym's bracket open with a flow of goods ("exports
    reached", "shipments rose"), which makes the phrase before the bracket their goods."""
    from .mentions import find_flows

    first = after.split(None, 1)[0] if after.strip() else ""
    return any(f.start == 0 and f.attrs["measure"] in ("exports", "imports") for f in find_flows(first))


def flow_uses(text: str) -> list[Mention]:
    """A flow mention at each later use of an acronym the text defines for a flow alone, no
    product in its words ("Foreign trade turnover (FTT) reached $8bn in May ... Of
    the FTT, Iran - $2bn"): "FTT" names that flow, as the
    phrase's flow word would. (A phrase with a product in it is find_definitions' to read.)"""
    from .mentions import find_commodities, find_countries, find_flows

    out: list[Mention] = []
    for b in _BRACKETED.finditer(text):
        acronym = b["a"]
        clause = _clause_back(text, b.start())
        if clause is None or find_flows(acronym) or find_commodities(acronym) or find_countries(acronym):
            continue
        before = text[clause.start():b.start()].rstrip()
        at = long_form_start(acronym, before)
        if at is None:
            continue
        phrase = before[at:]
        if any(w[:1].isupper() for w in re.findall(r"[\w&'’-]+", phrase)[1:]) or find_countries(phrase) or find_commodities(phrase):
            continue
        flows = [f for f in find_flows(phrase) if f.end == len(phrase)]
        if not flows:
            continue
        for u in re.finditer(rf"(?<![\w&-]){re.escape(acronym)}(?![\w&-])", text):
            if u.start() != b.start("a"):
                out.append(Mention("flow", u.start(), u.end(), u.group(0), None, None, dict(flows[0].attrs, acronym=acronym)))
    return out


def definition_mentions(text: str, defs: list[Definition]) -> list[Mention]:
    """A product mention for each definition, over its phrase and bracket (the phrase's own
    product words inside it give way to it: "Non-oil re-exports (NORX)" is one product)."""
    return [Mention("commodity", d.start, d.end, d.label, attrs={"acronym": d.acronym}) for d in defs]


def definition_flows(defs: list[Definition]) -> list[Mention]:
    """The flow each definition's phrase ends in, at its place in the text: "Non-oil domestic
    exports (NODX) declined 20.7%" is a change of exports, though the product mention over the
    phrase takes its flow word (else the flow would be carried from the sentence before)."""
    return [Mention("flow", d.start + d.flow.start, d.start + d.flow.end, d.flow.text, None, None, dict(d.flow.attrs, acronym=d.acronym))
            for d in defs if d.flow is not None]


def uses(text: str, defs: list[Definition]) -> tuple[list[Mention], list[Mention]]:
    """Every other place an acronym stands (before its definition too, as in a headline): a
    product mention that reads as the phrase it stands for, and a flow mention where that
    phrase ends in a flow word ("NODX" is exports)."""
    products, flows = [], []
    for d in {d.acronym: d for d in reversed(defs)}.values():  # (the first definition of each)
        for u in re.finditer(rf"(?<![\w&-]){re.escape(d.acronym)}s?(?![\w&-])", text):
            if any(e.start <= u.start() < e.end for e in defs):
                continue
            products.append(Mention("commodity", u.start(), u.end(), d.label, attrs={"acronym": d.acronym}))
            if d.flow is not None:
                flows.append(Mention("flow", u.start(), u.end(), u.group(0), None, None, dict(d.flow.attrs, acronym=d.acronym)))
    return products, flows


# a name's words: capitalised, but for the small words inside a name ("of", "and", "for")
_NAME_WORDS = re.compile(r"(?:[A-Z][\w&'’-]*|of|and|for|the|on|in|de|du|la)(?:\s+(?:[A-Z][\w&'’-]*|of|and|for|the|on|in|de|du|la))*")


def names_coined_for_others(text: str, countries: list[Mention]) -> set[str]:
    """Acronyms a text defines for a name of its own that the vocabulary reads as a place:
    "the Eurasian Economic Commission (EEC)" is a body, not the European Economic Community,
    and so is every later "EEC" of the text. The bracket must follow the capitalised name
    its letters spell (Schwartz and Hearst, as above), and that name must not itself name
    the place the acronym would ("the European Union (EU)" keeps its meaning)."""
    from .mentions import find_countries

    at = {c.start: c for c in countries}
    out: set[str] = set()
    for b in _BRACKETED.finditer(text):
        c = at.get(b.start("a"))
        if c is None or c.end != b.end("a"):
            continue
        clause = _clause_back(text, b.start())
        if clause is None:
            continue
        before = text[clause.start():b.start()].rstrip()
        start = long_form_start(b["a"], before)
        if start is None:
            continue
        phrase = before[start:]
        if not _NAME_WORDS.fullmatch(phrase) or not phrase[:1].isupper():
            continue
        key = c.attrs.get("iso") or c.attrs.get("label")
        if any((x.attrs.get("iso") or x.attrs.get("label")) == key for x in find_countries(phrase)):
            continue
        out.add(b["a"])
    return out
