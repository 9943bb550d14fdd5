"""A company or a sector as the subject of a figure ("with Toyota Motor shipping $30 billion",
"Samsung Vietnam's exports reached", "The foreign-invested sector, including Samsung, ...,
exported", "Sun Pharma, the country's biggest drug maker, said its US sales were"): the figure
is a part of the country's flow, never the flow itself, and a company's sales or revenue are
its turnover, no trade flow at all. Words: vocab/company_words.csv."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract.mentions import find_countries

# a run of capitalised words, a name ("Hyundai Motor Group", "HD Korea Shipbuilding & Offshore")
_NAME = r"[A-Z][\w.-]*(?:\s+(?:&\s+)?[A-Z][\w.-]*){0,4}?"
# words before a name that make it no subject: "orders from Hyundai Motor", "sold to Toyota"
_NOT_SUBJECT = re.compile(r"\b(?:of|from|to|by|for|than|at|in|on|into|against|including|like|as)\s+$", re.I)
# a determiner or pronoun opening a sentence, capitalised but no name ("The", "Its")
# (nor a preposition fronting a phrase: "On the external sector, the trade balance recorded")
_NO_NAME = re.compile(r"(?:The|A|An|Its|Their|His|Her|This|That|These|Those|Total|Overall|All|Both|Each|In|On|At|For|From|By|With|Across|Within|Among|And|But|While)$")


@functools.cache
def _suffixed() -> re.Pattern:
    """A name that ends in a company word: "Toyota Motor", "Hyundai Motor Co.", "SK Group"."""
    suffix = vocab.alternation(vocab.company_words("suffix"))
    # (a name never opens on a capitalised determiner: in "The Acme Group, the biggest maker,
    # said its sales fell" the name is "Acme Group", found past the "The")
    return re.compile(rf"(?<![\w'’])(?!{_NO_NAME.pattern[:-1]}\s)(?P<name>{_NAME}(?:\s+(?:{suffix}))+)(?![\w'’-])")


@functools.cache
def _possessive() -> re.Pattern:
    """A name's own flow or turnover: "Samsung Vietnam's exports", "Honda's exports from Japan"."""
    return re.compile(rf"(?<![\w'’])(?P<name>{_NAME})['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:exports|shipments|sales|revenues?|turnover)\b"
                      r"(?:\s+from\s+(?P<origin>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))?")


@functools.cache
def _described() -> re.Pattern:
    """A name described as a company in an aside: "Sun Pharma, the country's biggest drug
    maker by revenue, said", "SK hynix, the world's second-largest memory chipmaker, said"."""
    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    # a compound on a maker's head ("the world's biggest toymaker": vocab kind "compound_head"),
    # a company in an aside though no noun of its own, unless a person's ("lawmaker", kind
    # "not_compound"); "The" before the name is no part of it ("The Acme Group, the ...")
    heads = vocab.alternation(vocab.company_words("compound_head"), ignore_case=True)
    nots = vocab.alternation(vocab.company_words("not_compound"), ignore_case=True)
    return re.compile(rf"^\s*(?:The\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[\w.&-]+){{0,3}}?),\s+(?:the|a|an|its)\s+[^,;.]{{0,60}}?"
                      rf"\b(?:{noun}|(?!(?:{nots})\b)[a-z]+(?:{heads}))\b[^,;.]{{0,30}},")


@functools.cache
def _arm_of_a_name() -> re.Pattern:
    """A name that says its own arms traded: "Samsung, which employs 100,000 people there,
    said its local units shipped" (the arm nouns: vocab/company_words.csv, kind "arm"): the
    company's figure, a part of the country's flow."""
    arms = vocab.alternation(vocab.company_words("arm"), ignore_case=True)
    return re.compile(rf"^\s*(?P<name>{_NAME})(?:,[^;]{{0,150}}?,)?\s+(?:said|says|reported|announced)\s+(?:that\s+)?"
                      rf"(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{arms})\b")


@functools.cache
def _name_owns_turnover() -> re.Pattern:
    """A name whose own turnover the clause runs on to: "Acme Mining said last week its rough
    stone sales" (a time word or two and "that" allowed between), "Acme Flowers reported a
    turnover of", "Acme has posted record revenue of"."""
    return re.compile(rf"^\s*(?P<name>{_NAME})(?:,[^;]{{0,150}}?,)?\s+"
                      r"(?:(?:said|says|reported|announced)\s+(?:(?:last|this|on|in)\s+[\w-]+\s+|(?-i:[A-Z][a-z]+day)\s+)?(?:that\s+)?(?:its|their)"
                      r"|(?:(?:has|have|had)\s+)?(?:reported|reports|posted|posts|booked|recorded|achieved|announced)\s+(?:(?:a|an|its|their)\s+)?)"
                      r"\s*(?:[\w-]+\s+){0,3}$")


@functools.cache
def _company_noun_owns_turnover() -> re.Pattern:
    """A name after a company noun that describes it (vocab/company_words.csv, kind "noun"),
    reporting its turnover: "State forest company Latvijas valsts meži reported turnover of",
    "The dairy cooperative Arla posted sales of" (the name may go on in lower case, as names
    in some languages do; the noun says it is a company's name, not a place's)."""
    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{noun})\s+(?P<name>(?-i:[A-Z])[\w.-]*(?:\s+(?:&\s+)?[\w.-]+){{0,3}}?)\s+"
                      r"(?:(?:has|have|had)\s+)?(?:reported|reports|posted|posts|booked|recorded|achieved|announced)\s+(?:(?:a|an|its|their)\s+)?"
                      r"\s*(?:[\w-]+\s+){0,3}$", re.I)


# emoji, pictographs, arrows and bullets (with their joiners and variation selectors) and the
# spaces after them, opening a social post's line
_LEADING_MARKS = re.compile(r"^\s*(?:[\u2022\u2190-\u2bff\u2600-\u27bf\ufe0f\u200d\U0001f000-\U0001faff]\s*)+")
_JOINED_CLAUSE = re.compile(r"^\s*,?\s*(?:and|while|whereas|but)\s+")


def turnover_owner(text: str, start: int, end: int) -> str | None:
    """The name that owns the sales or revenue whose words start at `end`: "Acme Mining said
    its rough stone sales rose to $6.6 billion", "Acme Flowers reported a turnover of €4.9
    billion" (the name, lower-cased). None for no name, a country's ("Ruritania said its
    sales": the flow rules read a place's) or a statistics office's ("Statistics Ruritania
    reported a turnover of": the country's trade it counts)."""
    clause = text[start:end]
    if " its " not in clause and " their " not in clause and "report" not in clause \
            and not any(w in clause for w in (" posted ", " posts ", " booked ", " recorded ", " achieved ", " announced ")):
        return None  # (cheap)
    # ("AALSMEER, 7 March 2024 - Acme Flowers reported": the subject after the dateline's dash)
    # ("Acme Mining reported revenue of $2bn, and Acme Potash posted sales of $1bn": the
    # second name, after the joining word, owns its own sales as much as the first)
    clause = _JOINED_CLAUSE.sub("", re.sub(r"^.*\s[-–—]+\s+", "", clause))
    mm = _name_owns_turnover().match(clause) or _company_noun_owns_turnover().match(clause)
    if mm is None or not _is_name(mm["name"]) or find_countries(mm["name"]):
        return None
    name = " ".join(mm["name"].split())
    if name in vocab.official_sources():
        return None
    return name.lower()


@functools.cache
def _noun_subject() -> re.Pattern:
    """A subject headed by a company or sector noun, with a word that says which: "The
    foreign-invested sector", "the country's largest carmaker" ("The sector" alone points
    back to a product named before, which the product rules read)."""
    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    # (or after "in which" or "and", a whole's parts by sector: "imports were $45bn, in which
    # the private sector reached $16bn and the FDI sector reached $29bn")
    # ("The foreign direct investment (FDI) sector": its acronym in brackets before the noun)
    return re.compile(rf"^\s*(?:,?\s*(?:in|of)\s+which\s+|and\s+)?(?:The|the)\s+(?P<np>(?:[\w-]+\s+){{1,3}}?(?:\([A-Z]{{2,6}}\)\s+)?(?:{noun}))(?=\s*[,(]|\s+[a-z])(?!\s+(?:of|in)\b)")


@functools.cache
def _possessive_noun_subject() -> re.Pattern:
    """A company noun in the possessive opening the clause, the company the text is on: "The
    company's overseas sales", "the carmaker's revenue" (what it owns is its own, no
    country's)."""
    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<np>(?:[\w-]+\s+){{0,2}}?(?:{noun}))['’]s\s")


@functools.cache
def _plural_possessive_subject() -> re.Pattern:
    """A kind of firm in the plural possessive, with no determiner, opening the clause or
    after a reporting verb: "private enterprises' foreign trade rose", "He said state-owned
    firms' exports fell" (a slice of the country's flow by who trades, never its total)."""
    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:^\s*|\b(?:said|says|added|noted|that)\s+)(?P<np>(?!(?:the|its|their|these|those|all)\b)[\w-]+(?:\s+[\w-]+)?\s+(?:{noun}))['’]\s", re.I)


@functools.cache
def _running_subject() -> re.Pattern:
    """A company or sector as the subject of "with ... running a deficit of" ("a surplus of
    $28.9 billion, with the domestic sector running a deficit of $13.9 billion"): the part of
    the balance the clause gives."""
    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\bwith\s+the\s+(?P<np>(?:[\w-]+\s+){{1,3}}?(?:{noun}))\s+(?:running|posting|recording|registering|booking|logging)\s+"
                      rf"(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:of\s+)?\Z", re.I)


@functools.cache
def _company_expecting() -> re.Pattern:
    """"Acme's guidance points to lower vaccine revenue, with the company expecting about $3
    billion in sales": the company named before, taken up by "the" and a company noun, as the
    subject of "with ... expecting" (or reporting): its own figures, in the clause's sales."""
    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\bwith\s+the\s+(?P<np>{noun})\s+(?:expecting|forecasting|projecting|predicting|reporting|posting|booking)\b"
                      r"[^.;]*\Z", re.I)


@functools.cache
def _bare_noun_subject() -> re.Pattern:
    """A subject with no determiner, headed by a company noun with a word that says which
    kind: "Private enterprises imported and exported", "State-owned firms exported" (a slice
    of the flow by who trades, never the flow itself); or the name such a noun describes
    ("Drone maker Baykar accounted for": one firm, a part of the flow too)."""
    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    # (the name only where a verb of a part follows: "Pump maker Weber said sales rose" has
    # the firm as the text's own subject, the whole of its sales)
    return re.compile(rf"^\s*(?P<np>[A-Z][\w-]*(?:\s+[\w-]+){{0,2}}?\s+(?:{noun})"
                      rf"(?:\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,2}}(?=\s+(?:alone\s+)?(?:accounted|accounts?|made|makes?|contributed|represented)\b))?)"
                      rf"(?=\s*,|\s+[a-z])(?!\s+(?:of|in)\b)")


@functools.cache
def _firm_breakdown_opener() -> re.Pattern:
    """"By enterprise type, " opening a clause (vocab/firm_breakdown_openers.csv): the subject
    after it, lowercased past the comma ("private enterprises imported"), is a kind of firm as
    much as one that opens the sentence."""
    words = vocab.alternation(vocab.firm_breakdown_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words}),\s*", re.I)


@functools.cache
def _adverbial_opener() -> re.Pattern:
    """A sentence adverbial of a few words and its comma ("By contrast, ", "Meanwhile, ")."""
    words = vocab.alternation(vocab.subject_openers())
    return re.compile(rf"\s*(?:{words})(?:\s+[a-z]+){{0,2}},\s*")


def _is_name(name: str) -> bool:
    """A proper name that opens with no place ("Samsung Vietnam", not "Hong Kong") and no
    capitalised determiner ("The")."""
    return not _NO_NAME.match(name.split()[0]) and not any(x.start == 0 for x in find_countries(name))


def _known_company(text: str, name: str) -> bool:
    """A possessive name is a company's where it is a company's arm in a country ("Samsung
    Vietnam's exports") or the text names it as a company elsewhere ("Honda Motor", "Honda,
    the carmaker"): a bare name might be a state or a province ("Texas's exports")."""
    words = name.split()
    arm = len(words) > 1 and any(x.start > 0 and x.end == len(name) for x in find_countries(name))
    return arm or words[0] in _companies_named(text)


def _from_a_country(mm: re.Match) -> bool:
    """"Honda's exports from Japan": the country is where the flow leaves, so the name before
    it is one who exports from there, not the place."""
    return bool(mm["origin"]) and any(x.start == 0 for x in find_countries(mm["origin"]))


@functools.lru_cache(maxsize=8)
def _companies_named(text: str) -> frozenset[str]:
    """First words of the names the text gives a company word or a company description."""
    firsts = {mm["name"].split()[0] for mm in _suffixed().finditer(text) if _is_name(mm["name"])}
    for line in re.split(r"(?<=[.!?])\s+|\n+", text):
        described = _described().match(line)
        if described and _is_name(described["name"]):
            firsts.add(described["name"].split()[0])
    return frozenset(firsts)


@functools.cache
def _suffixes() -> tuple[str, ...]:
    return tuple(vocab.company_words("suffix"))


def _has_suffix(clause: str) -> bool:
    """Whether a company word _suffixed() ends a name with (case as written) is in `clause`."""
    for w in _suffixes():  # (a plain loop: cheaper than any() over a generator)
        if w in clause:
            return True
    return False


def company_subject(text: str, start: int, end: int) -> str | None:
    """The company or sector that is the subject of the clause text[start:end] (the words
    before a figure), as a label, or None."""
    turn = None
    for turn in re.finditer(r";|,\s*(?:while|whereas|but)\b", text[start:end], re.I):
        pass  # ("Hyundai Motor revenue hits record; car exports top $70 bln": another clause)
    clause = text[start + (turn.end() if turn else 0):end]
    if clause[:3].lstrip()[:1] > "\u2000":  # (cheap: most clauses open on a letter)
        # "🏭 Private enterprises imported": a post's emoji or bullet before the subject is
        # no word of it; the patterns below want the subject to open the clause
        clause = _LEADING_MARKS.sub("", clause)
    found = []
    for mm in _suffixed().finditer(clause) if _has_suffix(clause) else ():  # (checked first: cheap)
        if _is_name(mm["name"]) and not _NOT_SUBJECT.search(clause, 0, mm.start()) and not _in_body_name(clause, mm.start()):
            found.append((mm.start(), mm["name"]))
    for mm in _possessive().finditer(clause) if "'s" in clause or "’s" in clause else ():  # (checked first: cheap)
        if _is_name(mm["name"]) and not _NOT_SUBJECT.search(clause, 0, mm.start()) and (_known_company(text, mm["name"]) or _from_a_country(mm)):
            found.append((mm.start(), mm["name"]))
    # (the name's comma and the aside's: checked first, cheap)
    described = _described().match(clause) if clause.count(",") >= 2 else None
    if described and _is_name(described["name"]):
        found.append((described.start("name"), described["name"]))
    arm = _arm_of_a_name().match(clause) if " its " in clause or " their " in clause else None  # (checked first: cheap)
    if arm and _is_name(arm["name"]):
        found.append((arm.start("name"), arm["name"]))
    noun = _noun_subject().match(clause)
    if noun and not find_countries(noun["np"]):
        found.append((noun.start("np"), noun["np"]))
    owner = _possessive_noun_subject().match(clause) if "'s " in clause or "’s " in clause else None  # (checked first: cheap)
    if owner and not find_countries(owner["np"]):
        found.append((owner.start("np"), owner["np"]))
    plural = _plural_possessive_subject().search(clause) if "s' " in clause or "s’ " in clause else None  # (checked first: cheap)
    if plural and not find_countries(plural["np"]):
        found.append((plural.start("np"), plural["np"]))
    running = _running_subject().search(clause) if " with " in clause else None
    if running and not find_countries(running["np"]):
        found.append((running.start("np"), running["np"]))
    expecting = _company_expecting().search(clause) if " with the " in clause else None
    if expecting:
        found.append((expecting.start("np"), expecting["np"]))
    opener = _firm_breakdown_opener().match(clause) if "y " in clause[:6] else None  # (checked first: cheap)
    if opener is None and "," in clause[:40]:
        # "By contrast, domestic firms exported": an opening adverbial (vocab/subject_openers.csv)
        # before the subject, as a breakdown's opener
        opener = _adverbial_opener().match(clause)
    bare = _bare_noun_subject().match(clause) if opener is None else None
    if opener:
        # "By enterprise type, private enterprises imported and exported": the subject past
        # the opener, as if it opened the sentence
        rest = clause[opener.end():]
        bare = _bare_noun_subject().match(rest[:1].upper() + rest[1:])
    if bare and not _NO_NAME.match(bare["np"].split()[0]) and not find_countries(bare["np"]):
        found.append((bare.start("np"), bare["np"]))
    if not found and ", and " in clause:
        # "Samsung alone shipped $55bn, about 15.5% of the total, and foreign-invested
        # companies as a whole account for around 70%": a clause of its own after ", and"
        # with a company or sector as its subject
        joined = _bare_noun_subject().match(clause[clause.rfind(", and ") + 6:].capitalize())
        if joined and not _NO_NAME.match(joined["np"].split()[0]) and not find_countries(joined["np"]):
            found.append((0, joined["np"]))
    if not found:
        return None
    name = max(found)[1]
    return " ".join(name.split()).rstrip(".").lower()


@functools.cache
def _body_name_before() -> re.Pattern:
    # "Ministry of Energy and ", "Department of Trade and ": the head of a public body's
    # name (vocab/institution_heads.csv), "of", and capitalised words joined by "and"/"of"
    heads = vocab.alternation(vocab.institution_heads())
    return re.compile(rf"\b{heads}\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|of|&)\s+)?){{0,5}}$")


def _in_body_name(clause: str, pos: int) -> bool:
    """"Data from the Ministry of Energy and Energy Industries show that ammonia exports
    were": whether the name at `pos` continues a public body's name begun before it, which
    names the source of the figure, no company that is its subject."""
    return _body_name_before().search(clause, max(0, pos - 80), pos) is not None


def turnover_word(words: str) -> bool:
    """A company's sales or revenue (vocab/company_words.csv, kind "turnover"): no trade flow.
    The head of a flow phrase counts ("overseas sales"), unless the phrase names the flow
    itself ("export turnover", "import sales": a slice of the country's trade)."""
    parts = words.lower().split()
    if not parts or parts[-1] not in vocab.company_words("turnover"):
        return False
    return len(parts) == 1 or not any(w.startswith(("export", "import")) for w in parts[:-1])


# a share's whole that is its owner's own turnover: "of its sales", "of their system revenue"
@functools.cache
def _of_its_turnover() -> re.Pattern:
    turnover = vocab.alternation(vocab.company_words("turnover"), ignore_case=True)
    return re.compile(rf"^\s*of\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{turnover})\b", re.I)


@functools.cache
def _opening_name() -> re.Pattern:
    """The name opening a sentence and what follows it: "Acme Tools, the biggest toolmaker,
    said", "Ruritania made up"."""
    return re.compile(r"\s*(?:The\s+)?(?P<name>[A-Z][\w.-]*(?:\s+(?:&\s+)?[A-Z][\w.-]*){0,4})(?![\w'’])")


@functools.cache
def _aside_with_company_noun() -> re.Pattern:
    """An aside right after a name that calls it a company: ", Ruritania's largest equipment
    maker,", ", the only maker of ... ," (vocab/company_words.csv, kind "noun")."""
    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    return re.compile(rf",\s+[^;.]{{0,150}}?\b(?:{noun})\b", re.I)


# from a place opening the clause to the share: "China made up ", "China accounted for about "
_SUBJECT_TO_SHARE = re.compile(r"\s+(?:[\w-]+\s+){1,3}")


def _company_opens(text: str, start: int, end: int) -> str:
    """"company" when a company's name opens text[start:end], "place" for a place's name,
    "" for neither."""
    mm = _opening_name().match(text, start, end)
    if mm is None:
        return ""
    name = mm["name"]
    places = find_countries(name)
    if any(x.start == 0 and x.end == len(name) for x in places):
        return "place"
    # ("Tokyo Electron": a name that opens on a place's may still be a firm's, when called one)
    if places or _NO_NAME.match(name.split()[0]):
        return "company" if _aside_with_company_noun().match(text, mm.end(), end) else ""
    if name.split()[0] in _companies_named(text) or _aside_with_company_noun().match(text, mm.end(), end):
        return "company"
    return ""


def share_of_firms_turnover(text: str, sent_start: int, m_start: int, after: str) -> bool:
    """"Acme Tools, Ruritania's largest equipment maker, said China accounted for 44% of its
    sales", "Acme Litho, the biggest chipmaker, reported sales of €9 billion. China made up 29%
    of its system sales": a share of "its" (or "their") sales or revenue whose owner, the
    subject named before, is a company is a share of the firm's turnover, no trade flow. The
    owner is the name opening the sentence; where a place opens it as the share's own subject,
    "its" points back to the sentence before. (A country's "its oil sales abroad": a place
    opens the clause, no company.)"""
    if "its " not in after[:12] and "their " not in after[:14]:
        return False  # (cheap)
    if not _of_its_turnover().match(after):
        return False
    here = _company_opens(text, sent_start, m_start)
    if here == "company":
        return True
    if here != "place":
        return False
    mm = _opening_name().match(text, sent_start, m_start)
    if not _SUBJECT_TO_SHARE.fullmatch(text, mm.end(), m_start):
        return False
    # (the sentence before, in the same paragraph)
    window_start = max(0, sent_start - 400)
    before = text[window_start:sent_start]
    stripped = before.rstrip()
    if not stripped.endswith((".", "!", "?")) or "\n" in before[len(stripped):]:
        return False  # (a new paragraph: "its" points back no further)
    ends = [e.end() for e in _SENTENCE_END.finditer(stripped, 0, len(stripped) - 1)]
    if not ends and window_start > 0:
        return False  # (a sentence longer than the window)
    return _company_opens(text, window_start + (ends[-1] if ends else 0), sent_start) == "company"


# where a sentence ends: its stop (and a closing quote) before a capital, or a line break
_SENTENCE_END = re.compile(r"[.!?][\"'’”]?\s+(?=[A-Z\"“])|\n\s*")
