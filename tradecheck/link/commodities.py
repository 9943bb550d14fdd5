"""Product groups and scopes: the part of a flow a figure is about ("potash", "non-oil",
"excluding energy and gold"), so a part is never checked as a whole."""
from __future__ import annotations

import functools
import re

from ..model import Claim
from .cues import HEDGE, PART_SUBJECT
from ..extract.mentions import find_countries as scan_countries
from .measures import in_apposition, names_country_or_flow


def commodity_for(text, sent, m, commodities, prev_end, ctx, c: Claim) -> tuple[str | None, str]:
    """The product group the clause names for the figure, and the name of the reading that
    found it."""
    start = max(sent.start, prev_end)
    if _WHICH_ASIDE.match(text, sent.start, m.start):
        start = sent.start  # "Non-oil and gas exports, which made up 94.4 percent of ..., stood at": the subject
    # "... as lower coal prices offset booming shipments of steel, while imports from China
    # rose to $62.2bn": a product named before the clause's "while" belongs to the other clause
    turn = None
    for turn in re.finditer(r",\s*(?:while|whereas|but)\b|;", text[start:m.start], re.I):
        pass
    if turn is not None:
        start += turn.end()
    clause = text[start:m.start]
    item = _LABELLED_ITEM.match(text, sent.start, m.start)
    if item and c.kind == "amount" and _names_a_product(item["np"]):
        return canonical_label(item["np"]), "list-item-label"  # "- Bedwear: $2.71 billion"
    with_services = _WITH_SERVICES.match(text, sent.start, m.start)
    if with_services and c.kind == "amount":
        # "Including services, estimated at $3.15 billion, total exports reached $15.06
        # billion": the figure in the aside is of services, the one after it of both
        if with_services["aside"] is not None and with_services.end() == m.start:
            return "services", "with-services"
        return "goods and services", "with-services"
    if re.search(r"\bgoods\s+and\s+services\b", clause, re.I):
        # explicit: kept apart from unlabelled figures, which are often goods alone
        return ("goods and services" if ctx.has_services else None), "goods-and-services"
    if re.search(r"\b(?:the\s+same|these|those)\s+(?:two\s+|three\s+)?(?:products|goods|items|commodities|category|categories)\b", clause, re.I):
        return "the same products", "same-products"  # resolved to the previous part by the caller
    # "At ₦8,535.61 billion, Q3/2023 crude oil exports were ...": the subject after the comma
    at = re.match(rf"\s*At\s+{HEDGE}$", text[sent.start:m.start])
    if at and c.kind == "amount":
        subj = re.match(r"^\s*,\s*(?P<np>[^,;.]{3,60}?)\s+(?:were|was|are|is|rose|fell|grew|came|stood|remained)\b", text[m.end:sent.end])
        if subj:
            part = next((x for x in commodities if m.end < x.start < m.end + 2 + len(subj.group(0))), None)
            if part is not None:
                return canonical_label(part.text), "at-figure-subject"
    those = re.search(r"\b(?:those|that)\s+of\s+(?P<np>[a-z][a-z\s-]{1,50}?)\s*$", clause)
    if those and c.kind in ("percent_change", "amount") and not names_country_or_flow(those["np"]):
        return canonical_label(those["np"]), "those-of"  # "and those of organic chemicals 35.9 percent"
    quoted = _QUOTED_PART.search(text[sent.start:m.start])
    if quoted and c.kind == "amount" and not names_country_or_flow(quoted["name"]):
        return canonical_label(quoted["name"]), "quoted-part"
    named = _named_part(text[sent.start:m.start])
    if named and c.kind == "amount":
        return named, "named-part"
    # (after a ", while" the clause starts with a space; "Foreign-invested enterprises, including
    # crude oil exporters, accounted for": the subject without its aside)
    subj = PART_SUBJECT.search(_SUBJECT_ASIDE.sub("", clause.lstrip()))
    if subj and c.kind in ("amount", "share") and re.fullmatch(r"(?:the|this|that)\s+(?:sector|industry|segment|category|item|product|group)", subj["np"].strip(), re.I):
        # "The sector accounted for 84.08 per cent": the part named before
        return "the same products", "same-products"
    if subj and c.kind in ("amount", "share"):
        np = re.sub(r"^(?:the|its|their)\s+", "", subj["np"].strip(), flags=re.I)
        from .. import vocab

        label = canonical_label(np)  # "footwear imports" -> "footwear"
        if _VERB_FIRST.match(np):
            label = None  # "buying goods worth $70.4 billion": a verb, no product
        if label and not names_country_or_flow(label) and not scan_countries(np) and not any(w in vocab.not_products() for w in label.split()) and not re.match(r"^(?:(?:when|while|and|but|as)\s+)?(?:it|this|that|these|they|which|the\s+\w+\s+products)$", np, re.I):
            return label, "part-subject"
    after = text[m.end:min(sent.end, m.end + 40)]
    # "R1.6 billion of iron and steel": the product after the figure
    of_product = re.match(r"^\s+(?:worth\s+)?of\s+(?P<c>[A-Za-z](?:(?!\s(?:the|a|an|its|their)\s)[\w\s&-]){2,40}?)(?=\s*[,.;)]|\s+(?:and|were|was|from|to|in|last|this|during|over|the|a|an|its|their|came|went|arrived|headed|originated)\b)", after)
    if of_product and c.kind == "amount" and any(x.start == m.end + of_product.start("c") for x in commodities) \
            and not names_country_or_flow(of_product["c"]):
        return canonical_label(of_product["c"]), "of-product"
    # "about a quarter of US imports of electrical machinery": the share's whole is of that product
    share_of = re.match(r"\s+of\s+(?:[\w.'’-]+\s+){0,3}?(?:exports|imports|shipments|sales|purchases)\s+of\s+", after) if c.kind == "share" else None
    if share_of:
        x = next((x for x in commodities if x.start >= m.end + share_of.end()
                  and re.fullmatch(r"(?:[a-z-]+\s+){0,2}", text[m.end + share_of.end():x.start])), None)
        if x is not None and not names_country_or_flow(x.text):
            return canonical_label(x.text), "share-of-product"
    of_the = re.match(r"^\s+of\s+the\s+(?P<c>[\w-]+)\s+(?:figure|total|bill|sales|exports|imports)\b", after)
    if of_the and c.kind == "amount":
        return of_the["c"].lower(), "of-the-figure"
    # "earned Sh180.6 billion from tea exports"
    # (not "on the back of higher gold imports": a cause, not the figure's product)
    from_x = re.match(r"^\s+(?:from|in|on)\s+(?!the\s|a\s|an\s|higher\s|lower\s)(?P<c>[a-z][a-z\s-]{1,30}?)\s+(?:exports|imports|sales|shipments|purchases)\b", after)
    if from_x and c.kind == "amount" and not names_country_or_flow(from_x["c"]) and from_x["c"] not in ("total", "merchandise", "its", "their", "the"):
        return canonical_label(from_x["c"]), "from-product-flow"
    # ("A$117.6 billion of goods, leaving a surplus of ...": that product was the figure before's)
    cands = [x for x in commodities if start <= x.start < m.start and not _IN_A_NAME.search(text, max(0, x.start - 60), x.start)
             and not (prev_end > sent.start and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[prev_end:x.start]))
             and not in_apposition(text, start, x.start, m.start)
             and (not re.search(r"\b(?:mostly|mainly|chiefly|largely|primarily|predominantly|(?:almost\s+)?entirely|including|led\s+by|such\s+as|driven\s+by|helped\s+by|dominated\s+by)\b[^.;]*$", text[start:x.start], re.I)
                  or re.fullmatch(r"[\w\s-]{0,30}?\s(?:worth|at|of|with|totalling|totaling)\s+(?:about\s+|some\s+|around\s+)?", text[x.end:m.start]))]
    in_scope = re.match(r"^\s+(?:surplus\s+|deficit\s+)?in\s+(?P<c>goods|services)\b", text[m.end:m.end + 30], re.I)
    if in_scope and ctx.has_services:
        return in_scope["c"].lower(), "in-goods-or-services"
    flow_of = re.search(r"\b(?:exports|imports|shipments|sales|purchases|deliveries)\s+of\s+(?P<np>(?!goods\b|services\b)[a-z][a-z\s-]{2,40}?)(?=\s+(?:alone\s+)?(?:rose|fell|grew|more|were|was|reached|came|totalled|totaled|amounted|climbed|jumped|dropped|increased|decreased|declined|at|to|worth|of|doubled|tripled|halved|surged)\b)", clause)
    if flow_of and not names_country_or_flow(flow_of["np"]) and (not cands or cands[0].start >= start + flow_of.start("np")):
        return canonical_label(flow_of["np"]), "flow-of-product"
    lead = _LEADING_PRODUCT.match(text, sent.start, m.start)
    if not cands and lead and c.kind in ("amount", "share") and not names_country_or_flow(lead["np"]) \
            and not any(lead.end() <= x.start < m.start for x in commodities) \
            and not scan_countries(lead["np"]) and not _VERB_FIRST.match(lead["np"]):
        from .. import vocab

        label = canonical_label(lead["np"])
        if label and not any(w in vocab.not_products() for w in label.split()):
            return label, "leading-product"  # "Raw cashew nuts dominated Cambodian shipments, with ... $1.9 billion"
    if not cands:
        subject = _change_subject(clause)
        if subject and c.kind in ("percent_change", "multiple", "amount"):
            return subject, "subject-of-change"
        return None, "none"
    # The earliest product word of the clause names the part ("Copper and copper concentrate ...").
    x = cands[0]
    label = x.text.lower()
    excl = re.search(r"\b(?:excluding|excl\.|other\s+than|except|ex-)\s*$", text[max(start, x.start - 14):x.start], re.I)
    if canonical_label(label) == "goods" and not ctx.has_services:
        return None, "goods-alone"  # "merchandise exports" where services are never given apart
    # "non-oil trade" and "oil" in "oil import bill" both name scopes; keep the longest phrase
    seg = text[x.start:m.start]
    # (not past a verb or a new noun phrase: "Gold remained the dominant export" is gold, "goods
    # the country sold abroad" goods)
    mm = re.match(r"(?:(?!\b(?:from|to|with|in|for|which|that|the|a|an|its|their|remained|remains|is|are|was|were|became|stayed|stood|stands|continued)\b)[\w\s-]){0,40}?(?=\s+(?:accounted|made|exports?|imports?|shipments|sales|rose|fell|were|was|brought|reached|at|worth|totalled|totaled|amounted|came|earned|of)\b)", seg)
    if mm and len(mm.group(0)) > len(label):
        label = mm.group(0).strip().lower()
    return ("excluding " if excl else "") + canonical_label(label), "product-word"


# "spices rose 34 per cent", "Industrial exports rose 5.9 per cent", "fisheries exports were
# up 42 per cent": the subject of the change, at the start of its clause
_CHANGE_SUBJECT = re.compile(
    r"(?:^|[.;:,]\s*|\b(?:while|and|but|whereas|though|however)\s+)"
    r"(?!(?:while|and|but|whereas|though|however|as|with|when)\b)(?P<np>[A-Za-z][\w'’&-]*(?:\s+(?:and\s+)?[\w'’&-]+){0,4}?)"
    r"\s+(?:(?:exports?|imports?|shipments|sales|earnings|revenues?)\s+)?(?:(?:also|however|though|alone|,)\s+)*"
    r"(?:(?P<be>were|was|are|is|have|has|had)\s+)?(?P<v>\w+)\s+(?:by\s+)?(?:(?:about|almost|nearly|some|around|more\s+than|roughly|over|just)\s+)*$")


# "Raw cashew nuts dominated Cambodian shipments", "Garments topped the list of exports": the
# product a sentence opens with, leading a flow
_LEADING_PRODUCT = re.compile(r"\s*(?P<np>[A-Z][a-z][\w'’&-]*(?:\s+(?:and\s+)?[a-z][\w'’&-]*){0,4}?)\s+(?:dominated|led|topped|headed)\s+"
                              r"(?:the\s+)?(?:list\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:shipments|exports|imports|sales|purchases|export\s+basket|(?:exporting\s+|export\s+)?(?:sectors|products|items|commodities))\b")


# a subject, an aside about it, and its verb: "Non-oil and gas exports, which made up 94.4
# percent of total exports, stood at"
# (not "Adding crude oil sales, which ..., total exports were": no subject, a new one after)
_WHICH_ASIDE = re.compile(r"\s*(?![A-Z][a-z]+ing\b|(?:With|Including|Excluding|Besides|Apart|Beyond|After|Before|As|Of|In)\b)[^,]{3,80},\s+which\s+[^,]{3,120},"
                          r"\s+(?:(?!total|overall|combined)[a-z]+\s+){0,2}?(?:stood|were|was|reached|totall?ed|amounted|came|rose|fell|grew)\b[^,]*$")


# a product word in an institution's name ("the Ministry of Trade, Industry and Energy",
# "the Energy Department") is no product of the figure
_IN_A_NAME = re.compile(r"\b(?:Ministry|Department|Minister|Secretary|Agency|Bureau|Commission|Council|Office|Authority|Institute|Association|Chamber)"
                        r"\s+(?:of\s+|for\s+)?(?:(?:the\s+)?[A-Z][\w&'’-]*,?\s+(?:and\s+)?)*$")


# a phrase that starts with a verb of trading names no product ("buying goods worth")
_VERB_FIRST = re.compile(r"(?:buying|bought|selling|sold|shipping|shipped|importing|imported|exporting|exported|earning|purchasing|purchased)\b", re.I)


# "El Paso ($70.94 billion)", "Laredo, with $210.57 billion": a figure in brackets (or "with")
# right after a name that is no country names a part: a port, a company, a region
_NAMED_PART = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|by|including|followed\s+by|then)\s+)(?:the\s+)?(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|de|del|la|in|on|and))*?)"
    rf"\s*(?:\(\s*|,\s+with\s+){HEDGE}$")


# "'Vessels and other floating structures for breaking up' at N13.67 billion": a product
# named in quotes (a tariff heading's own words), its value right after
_QUOTED_PART = re.compile(
    r"(?:^|(?<=[\s(]))['‘\"“](?P<name>[A-Za-z][^'‘’\"“”]{2,150}?)['’\"”]"
    rf"(?:,?\s+(?:at|worth|valued\s+at)|\s*\(\s*(?:worth|valued\s+at)?)\s*{HEDGE}$")


# "The leading export was gasoline, at $24.48 billion, followed by motor vehicle parts at
# $15.68 billion": a product named in a list, its value after "at" or "worth"
_LISTED_PART = re.compile(
    r"\b(?:was|were|by|and|including|then|[,;:])\s+(?P<name>(?!(?:followed|by|was|were|and|at|worth|with)\b)[a-z][\w'’-]*(?:\s+(?:[a-z][\w'’-]*|of|for|and|in|from|with|a|\([\w\s]+\))){0,10}?)"
    rf"(?:,?\s+(?:at|worth|valued\s+at)|\s*\(\s*(?:worth|valued\s+at)?)\s*{HEDGE}$")


# a sentence that lists products: "The leading U.S. export to Mexico was ...", "followed by"
_LISTING = re.compile(r"\bfollowed\s+by\b|\bahead\s+of\b|\brankings?\b|\branked\b|\b(?:leading|largest|biggest|top|main|principal|chief)\s+(?:[\w.-]+\s+){0,2}?(?:exports?|imports?|items?|products?|purchases|goods|commodit(?:y|ies))\b", re.I)


def _named_part(before: str) -> str | None:
    from .. import vocab
    from ..extract import mentions as scan

    mm = _NAMED_PART.search(before)
    if not mm:
        listed = _LISTED_PART.search(before)
        words = [w for w in listed["name"].lower().split() if w not in ("of", "for", "and")] if listed else []
        if (listed and _LISTING.search(before) and not names_country_or_flow(listed["name"]) and not _VERB_FIRST.match(listed["name"])
                and not any(w in vocab.not_products() or w in vocab.changes() for w in words)):
            return canonical_label(listed["name"])
        return None
    name = mm["name"].strip()
    first = name.split()[0].lower().rstrip(".")
    if (scan.find_countries(name) or first in vocab.months() or first in vocab.not_products()
            or re.search(r"\d", name) or len(name) < 3):
        return None
    return "part: " + name


def _change_subject(clause: str) -> str | None:
    from .. import vocab

    mm = _CHANGE_SUBJECT.search(clause)
    if not mm:
        return None
    verb = mm["v"].lower()
    if not (verb in vocab.changes() and verb not in ("up", "down") or mm["be"] and verb in ("up", "down", "higher", "lower")):
        return None
    np = mm["np"].strip()
    words = np.lower().replace("’", "'").split()
    if not words or any(w in vocab.not_products() or w in vocab.changes() for w in words if w not in ("and",)):
        return None
    if names_country_or_flow(np):
        return None
    return canonical_label(np)


# a line of a list that names its figure ("- Bedwear: $2.71 billion, down 17.6 percent")
_LABELLED_ITEM = re.compile(r"\s*(?:[-•*–]\s*)?(?P<np>[A-Z][A-Za-z&'’ -]{1,40}?)\s*:\s*(?:about\s+|some\s+)?$")


def _names_a_product(np: str) -> bool:
    """Whether a list item's label can be a product: no place, flow or month ("Germany:",
    "Exports:", "March:" label other things)."""
    from .. import vocab

    words = np.lower().split()
    return not (names_country_or_flow(np) or scan_countries(np) or any(w in vocab.months() for w in words)
                or any(w in vocab.not_products() for w in words))


# a sentence that opens by adding services to the goods ("Including services, estimated at")
_WITH_SERVICES = re.compile(r"\s*(?:Including|With|Adding)\s+(?:the\s+)?services(?:\s+(?:exports|imports|trade|included))?\s*,"
                            r"(?P<aside>\s*(?:estimated|valued|put|worth)\s+at\s+(?:about\s+|some\s+|around\s+)?)?")
_SUBJECT_ASIDE = re.compile(r",\s+(?:including|excluding|mostly|mainly|chiefly|such\s+as|led\s+by|among\s+them)\s+[^,;]{1,60},", re.I)


def canonical_label(label: str) -> str:
    """A commodity label without the flow words around it: "non-oil trade" -> "non-oil"."""
    label = label.strip().strip(",;:").strip()
    from .. import vocab

    if label.lower() in vocab.commodity_labels():  # "service exports" is services
        return vocab.commodity_labels()[label.lower()]
    # (all of them: "oil trade deficit" is oil)
    label = re.sub(r"(?:(?:\s+foreign)?\s+(?:trade|exports?|imports?|shipments|sales|purchases|alone|together|deficit|surplus|balance|gap))+$", "", label.strip().lower())
    label = re.sub(r"^(?:the|its|their)\s+", "", label)
    known = vocab.commodity_labels()
    bare = re.sub(r"\s+(?:goods|products)$", "", label)
    if bare != label and label not in _phrases() and bare in _phrases():
        label = bare  # "non-oil goods" is the non-oil scope ("oil products" stays a product of its own)
    return known.get(label, label)


@functools.cache
def _phrases() -> frozenset[str]:
    from .. import vocab

    return frozenset(w.lower() for w in vocab.commodities())
