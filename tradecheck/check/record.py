"""`record`: "a record high" is contradicted by a higher figure for another period of the
same quantity in the text (and, with reference data, by history)."""
from __future__ import annotations

import functools
import re

from .. import periods as P
from ..link.cues import LIST_MARKER, quantity_next_re
from ..model import Claim
from .catalogue import Explanation
from .format import money
from .system import Group, Model, key_of, stated

RECORD = re.compile(r"\b(?:record(?![\s-]+low)|all-time\s+high|highest\s+(?:ever|level|on\s+record)|an?\s+(?:new\s+)?high)\b", re.I)


@functools.cache
def _denied_record_re() -> re.Pattern:
    """"not a record", "never a record high": the record word denied (the words of
    vocab/refutation_cues.csv, place "before", then an article)."""
    from .. import vocab
    words = vocab.alternation(vocab.refutation_cues("before"), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-]){words}\s+(?:an?\s+|the\s+)?(?:new\s+)?$", re.I)


def marked(text: str, sentences, claims: list[Claim]) -> dict[str, str]:
    """Claim id -> the record wording, for amounts the text calls a record. A sentence that
    says "reached a record high" without a figure hands the word to the next figure."""
    out: dict[str, str] = {}
    pending: tuple[str, str | None] | None = None  # the word, and the flow it is said of
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    for s in sentences:
        body = text[s.start:s.end]
        m = _record_word(body)
        amounts = [c for c in by_sentence.get(s.index, []) if c.kind == "amount" and c.measure in ("exports", "imports", "trade_total", "balance")]
        if m:
            after = [c for c in amounts if c.start >= s.start + m.start()]
            target = after[0] if after else None
            if _denied_record_re().search(body, 0, m.start()):
                pending = None  # ("even that was not a record: it was £1.2 billion smaller": no record claimed)
            elif quantity_next_re().match(body, m.end()):
                pending = None  # ("rose to a record 518 million tonnes": the tonnage's, no figure's after it)
            elif _price_next_re().match(body, m.end()):
                pending = None  # ("Lower exports in May, record price for lamb": the price's, no flow's)
            elif _share_next_re().match(body, m.end()):
                pending = None  # ("Imports take a record share": the share's, no level's beside it)
            elif target is not None and target.start - (s.start + m.end()) < 40:
                out[target.id] = m.group(0)
                pending = None
            elif _of_other_money(by_sentence.get(s.index, []), s.start + m.end()):
                pending = None  # ("will push to achieve a record-high $700 billion": the goal's, no flow's)
            elif _of_a_refuted_figure(by_sentence.get(s.index, []), s.start + m.end()):
                pending = None  # ("did not hit a record $500 billion": the claimant's record)
            elif not amounts and _of_a_count_before(body, m):
                pending = None  # ("Airbus delivered 863 aircraft last year, a company record": the count's)
            elif not amounts and _of_a_quantity(body, m):
                pending = None  # ("exported 52,306 tonnes ..., a record high": the tonnage's)
            elif not amounts and _record_of_another_subject(body[:m.start()]):
                pending = None  # ("Acme revenue falls, but tray returns hit record": the returns')
            elif not amounts and _on_a_bullet_line(text, s.start):
                # ("• 5th record year in a row" under "• Exports: $9bn"): a bullet is one item of
                # its own; its record is said of the line above, never of a later line's figure
                pending = None
            elif not amounts:
                flow = _flow_of_record(body[:m.start()])
                if flow is None:
                    # ("posted a record trade surplus for June": the flow the record word
                    # itself qualifies; the next sentence's exports do not take it)
                    flow = _flow_right_after(body[m.end():m.end() + 40])
                product = _product_of_record(body[:m.start()]) or _product_after_record(body[m.end():])
                pending = (m.group(0), flow, _with_partner(body[:m.start()]), product, _months_named(body)) \
                    if flow is not False else None
            continue
        if pending and amounts:
            word, flow, bilateral, product, span = pending
            # ("Taiwan's exports to U.S. hit record in 2023" over "Taiwan's exports fell 9.8
            # percent to US$432.48 billion": a record with one partner is no world figure's;
            # "basmati earnings at record" over "earnings from rice stood at": nor is one
            # product's record the figure of another)
            target = next((c for c in amounts if (flow is None or c.measure == flow) and not (bilateral and c.partner == "WLD")
                           and (product is None or c.commodity == product)
                           # ("Never before has salmon fetched so much in the first half of
                           # the year" over June's figure: a record of a half-year is no month's)
                           and (span is None or _months_of(c) in (None, span))), None)
            if target is not None:
                out[target.id] = word
            pending = None
    return out


# a line of a list or a slide's bullet: "- ", "• ", "2. ", or an arrow or triangle ("▲ Beef")
_BULLET_LINE = re.compile(rf"[ \t]*(?:{LIST_MARKER}|[▲▼►→➔])[ \t]")


def _on_a_bullet_line(text: str, start: int) -> bool:
    """Whether the sentence starting at `start` opens a bulleted line."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _BULLET_LINE.match(text, line_start) is not None


@functools.cache
def _price_next_re() -> re.Pattern:
    """A price noun right after a record word ("record price for cod", "a record high price";
    vocab/price_nouns.csv): the record is the price's, no trade value's."""
    from .. import vocab

    return re.compile(rf"\s+(?:high\s+)?(?:{vocab.alternation(vocab.price_nouns(), ignore_case=True)})\b", re.I)


@functools.cache
def _share_next_re() -> re.Pattern:
    """A share noun right after a record word ("a record share", "record-high share";
    vocab/share_nouns.csv): the record is of a share, which the money level beside it (of
    another series, often the whole) neither makes nor breaks."""
    from .. import vocab

    nouns = vocab.alternation([r["word"] for r in vocab.table("share_nouns")], ignore_case=True)
    return re.compile(rf"[\s-]+(?:high[\s-]+)?(?:{nouns})\b", re.I)


def _months_named(body: str) -> int | None:
    """How many months the period a figureless record sentence names spans ("the first half
    of the year": 6, "in 2023": 12); None when it names none, or periods of different lengths."""
    from ..extract.periods import find_periods

    spans = set()
    for pm in find_periods(body):
        if pm.kind == "months" and pm.args.get("m1") and pm.args.get("m2"):
            spans.add(pm.args["m2"] - pm.args["m1"] + 1)
        elif pm.period is not None:
            spans.add(P.months(pm.period))
        else:
            return None  # (a period of a length not read here: no constraint)
    return spans.pop() if len(spans) == 1 else None


def _months_of(c: Claim) -> int | None:
    per = P.parse(c.period)
    return P.months(per) if per is not None else None


def _of_other_money(claims: list[Claim], at: int) -> bool:
    """Whether the record word ending at `at` is said of money right after it that is no
    flow (a goal, a forecast: "aims for a record $90 billion in exports"): the word is that
    figure's, not one for the next sentence's figure to take."""
    return any(c.kind == "amount" and c.measure not in ("exports", "imports", "trade_total", "balance")
               and 0 <= c.start - at < 40 for c in claims)


def _record_word(body: str) -> re.Match | None:
    """The first record word of a sentence that is said of the period in hand, not of earlier
    ones ("After two record years, exports fell to €16bn": those years were the record, and
    the figure is lower; vocab/earlier_record_cues.csv)."""
    for m in RECORD.finditer(body):
        if _earlier_periods_after_re().match(body, m.end()) and _earlier_opener_re().search(body, max(0, m.start() - 60), m.start()):
            continue
        # ("kept revenue close to the previous year's record": the record is that earlier
        # period's, and the figure at hand falls short of it; vocab/earlier_period_possessives.csv,
        # vocab/earlier_record_cues.csv role "short")
        head = body[max(0, m.start() - 40):m.start()].replace("’", "'")
        if ("'" in head and _owned_record_re().search(head)) or _short_of_record_re().search(head):
            continue
        # ("as urea prices eased from the record highs of 2022": a peak that something moved
        # off, no record of the period in hand; "fell to $5bn from a record $7bn" keeps its
        # figure, which is that earlier record)
        if "from" in head and _moved_off_record_re().search(head) and not _FIGURE_NEXT.match(body, m.end()):
            continue
        # ("Current account deficit shrinks 79% on record remittances": a record named as the
        # cause, right after a cause word with no figure of its own, is the cause's, not the
        # figure's the sentence is about; vocab/cause_cues.csv, vocab/cause_clause_openers.csv)
        if _cause_right_before_re().search(head) and not _FIGURE_NEXT.match(body, m.end()):
            continue
        if _is_the_verb(body, m):
            continue
        return m
    return None


# what follows "record" the verb: an article or a figure ("to record $3.32bn", "to record a
# surplus"); the adjective takes its noun ("to record levels")
_VERB_OBJECT_NEXT = re.compile(r"\s+(?:(?:a|an|the)\s|[A-Z]{1,3}\$|[$€£¥]|[A-Z]{3}\s?\d|\d)")


def _is_the_verb(body: str, m: re.Match) -> bool:
    """Whether the record word is the verb "to record" ("exports decreased by 9.8% to record
    $3.32bn": they came to that figure), which claims no record: a word of
    vocab/record_verb_leads.csv right before it and an article or figure right after."""
    if m.group(0).lower() != "record" or not _VERB_OBJECT_NEXT.match(body, m.end()):
        return False
    lead = _record_verb_lead_re().search(body, max(0, m.start() - 12), m.start())
    if lead is None:
        return False
    # ("Uzbekistan's trade with Turkey climbs to record $3.4bn": a verb of change right before
    # "to" moves the figure to a record, the headline's dropped article; vocab/changes.csv)
    before = body[max(0, lead.start() - 20):lead.start()].split()
    return not (lead.group(0).lower().startswith("to") and before and before[-1].lower() in _change_verbs())


@functools.cache
def _change_verbs() -> frozenset[str]:
    from .. import vocab

    return frozenset(w.lower() for w in vocab.changes())


@functools.cache
def _record_verb_lead_re() -> re.Pattern:
    from .. import vocab

    return re.compile(rf"(?<![\w-])(?:{vocab.alternation([r['word'] for r in vocab.table('record_verb_leads')], ignore_case=True)})\s+$", re.I)


@functools.cache
def _cause_right_before_re() -> re.Pattern:
    """A cause word right before a record word, a determiner at most between ("on record
    remittances", "amid a record harvest", "thanks to record demand")."""
    from .. import vocab

    words = vocab.alternation(vocab.cause_cues() + vocab.cause_clause_openers() + ["on"], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:(?:a|an|the)\s+)?$", re.I)


@functools.cache
def _owned_record_re() -> re.Pattern:
    """An earlier period in the possessive right before a record word ("the previous year's
    record", "last month's all-time high")."""
    from .. import vocab

    owners = vocab.alternation([r["phrase"] for r in vocab.table("earlier_period_possessives") if not r["phrase"].startswith("the same")],
                               ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{owners})\s+(?:[\w-]+\s+)?$", re.I)


_FIGURE_NEXT = re.compile(r"[\s-]+(?:high\s+|level\s+|of\s+)?(?:an?\s+)?(?:[A-Z]{1,3}\$|[$€£¥]|[A-Z]{3}\s?\d|\d)")


@functools.cache
def _moved_off_record_re() -> re.Pattern:
    """A verb that moves something off a record, then "from" ("retreated from the record
    highs", "eased from its record"; vocab/earlier_record_cues.csv role "away")."""
    from .. import vocab

    words = vocab.alternation(vocab.earlier_record_cues("away"), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{words})\s+from\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?$", re.I)


@functools.cache
def _short_of_record_re() -> re.Pattern:
    """Words that put a figure short of a record ("close to a record", "just shy of the
    record"): the figure is no record."""
    from .. import vocab

    words = vocab.alternation(vocab.earlier_record_cues("short"), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?$", re.I)


@functools.cache
def _earlier_opener_re() -> re.Pattern:
    from .. import vocab

    openers = vocab.alternation(vocab.earlier_record_cues("opener"), ignore_case=True, space=r"\s+")
    # (a few words between: "after two consecutive record years", "following a record")
    return re.compile(rf"(?<![\w-])(?:{openers})\s+(?:[\w-]+\s+){{0,3}}$", re.I)


@functools.cache
def _earlier_periods_after_re() -> re.Pattern:
    from .. import vocab

    return re.compile(rf"\s+(?:{vocab.alternation(vocab.earlier_record_cues('period'), ignore_case=True)})\b", re.I)


# ", a company record" right after a count the sentence gives ("delivered 863 aircraft"); a
# year is no count
_APPOSITIVE_RECORD = re.compile(r",\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
_COUNT = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*\b")


def _of_a_count_before(body: str, m: re.Match) -> bool:
    """Whether a record word set in apposition after a count in a sentence with no money
    figure is that count's ("Airbus delivered 863 aircraft last year, a company record"), so
    no money figure after it holds the record."""
    head = body[:m.start()]
    return _APPOSITIVE_RECORD.search(head) is not None and _COUNT.search(head) is not None


def _of_a_refuted_figure(claims: list[Claim], end: int) -> bool:
    """Whether the figure right after a record word is one the text refutes (a fact
    check's "did not hit a record $500 billion"): the record is the claimant's, said of
    no figure of the text's own, so it passes to none."""
    return any(c.kind == "amount" and c.extra.get("refuted") and 0 <= c.start - end < 40 for c in claims)


@functools.cache
def _quantity_re() -> re.Pattern:
    """A figure of a physical quantity ("52,306 tonnes", "1.2 million barrels")."""
    from .. import vocab

    units = vocab.alternation(vocab.physical_units(), ignore_case=True)
    return re.compile(rf"\d\s*(?:(?:thousand|million|billion|mn|bn|m)\s+)?(?:metric\s+)?(?:{units})\b", re.I)


def _of_a_quantity(body: str, m: re.Match) -> bool:
    """Whether a record in a sentence with no money figure is a physical quantity's: the
    sentence states one before it ("exported 52,306 tonnes of rare earths in 2023, ..., a
    record high for annual shipments"), or a volume's word follows it ("hit record volume"),
    so no money figure after it is the record (vocab/physical_units.csv); or a volume is the
    word's subject ("volumes hit record")."""
    from .. import vocab
    from ..link.cues import VOLUME

    stated_before = _quantity_re().search(body[:m.start()])
    # ("volumes hit record", "shipment volumes reached a record", "gas flows via the new
    # pipeline hit record"): a volume is its subject, a route or place between it and the verb
    subject = re.search(rf"(?:{VOLUME.pattern})(?:\s+[\w-]+){{1,3}}?\s+(?:an?\s+|the\s+)?$", body[:m.start()], re.I)
    return bool(stated_before or subject or VOLUME.match(body, m.end() + len(body[m.end():]) - len(body[m.end():].lstrip())))


@functools.cache
def _other_subject_re() -> re.Pattern:
    """A clause after a contrast ("but", "while", "whereas", a semicolon) with a subject of
    its own (not a pronoun), then a verb of vocab/record_verbs.csv, right before a record
    word ("..., but SunGold returns hit "; "but hit a" has its subject left out)."""
    from .. import vocab

    verbs = vocab.alternation(vocab.record_verbs(), ignore_case=True)
    return re.compile(r"(?:[;,]\s*|\s)(?:but|while|whereas|yet|even\s+as)\s+(?!(?:it|they|this|that|these|those|the\s+figure|the\s+total)\s)"
                      rf"(?P<subj>[\w'’&-]+(?:\s+[\w'’&-]+){{0,3}}?)\s+(?:{verbs})\s+(?:an?\s+|the\s+)?(?:new\s+|fresh\s+)?$", re.I)


def _record_of_another_subject(before: str) -> bool:
    """Whether a figureless sentence's record word is said of a subject of its own after a
    contrast, one that names no flow ("Acme revenue falls, but tray returns hit record"): so
    it is no figure's record of the flow named before the turn, nor the next sentence's."""
    if " but " not in before and " while " not in before and " whereas " not in before and " yet " not in before \
            and " even as " not in before:
        return False  # (cheap)
    mm = _other_subject_re().search(before)
    if mm is None:
        return False
    from ..extract.mentions import find_flows

    own = [f for f in find_flows(mm["subj"]) if f.attrs["measure"] != "other"]
    if not own:
        return True
    # "Coal earnings slide even as shipments hit record": two words of one flow set against
    # each other (the money earned, the goods shipped), the record the second's; which of
    # the next sentence's figures is that one the headline does not say, so it hands the word
    # to none ("Exports fall while imports hit record" stays: another flow, its own figure)
    turned = [f for f in find_flows(before[:mm.start()]) if f.attrs["measure"] != "other"]
    return any(f.attrs["measure"] == own[-1].attrs["measure"] and f.text.lower() != own[-1].text.lower() for f in turned)


def _flow_of_record(before: str) -> str | None | bool:
    """The flow a record is said of, from the last flow word before it ("as exports ...
    climbed to an all-time high": exports); None when none is named; False when it is a
    product's ("exports of soybeans and civilian aircraft"), which no total's figure is."""
    from ..extract.mentions import find_flows

    words = [f for f in find_flows(before) if f.attrs["measure"] != "other"]
    if not words:
        return None
    w = words[-1]
    if re.match(r"\s+of\s+(?!goods\b|services\b|the\s+country\b)[a-z]", before[w.end:], re.I):
        return False
    return w.attrs["measure"]


# a record word's own noun: "record trade surplus", "record-high monthly exports"
_RIGHT_AFTER = re.compile(r"[\s-]+(?:(?:high|monthly|quarterly|annual|yearly)[\s-]+)?(?:trade\s+|goods\s+|merchandise\s+)?$", re.I)


def _flow_right_after(after: str) -> str | None | bool:
    """The flow the record word qualifies when its noun follows it ("a record trade
    surplus": balance); None when no flow word follows at once; False for a product's
    flow ("record exports of soybeans"), as `_flow_of_record`."""
    from ..extract.mentions import find_flows

    words = [f for f in find_flows(after) if f.attrs["measure"] != "other"]
    if not words or not _RIGHT_AFTER.match(after[:words[0].start]):
        return None
    w = words[0]
    if re.match(r"\s+of\s+(?!goods\b|services\b|the\s+country\b)[a-z]", after[w.end:], re.I):
        return False
    return w.attrs["measure"]


# the words right before a record's flow word, back to the start of its clause ("; basmati
# earnings at record": "basmati")
_BEFORE_FLOW_WORD = re.compile(r"(?:^|[;:,.]\s*|\b(?:as|while|and|but|whereas)\s+)(?P<np>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}?)\s*$")


def _product_of_record(before: str) -> str | None:
    """The product a record's flow word is said of, named right before it in its clause
    ("as non-basmati curbs bite; basmati earnings at record", "coffee exports hit a record"):
    only that product's figure may hold the record. None when the words before the flow
    word name no product (a place, "total", nothing)."""
    from ..extract.mentions import find_flows
    from ..link.commodities import unknown_product

    words = [f for f in find_flows(before) if f.attrs["measure"] != "other"]
    if not words:
        return None
    np = _BEFORE_FLOW_WORD.search(before, 0, words[-1].start)
    return unknown_product(np["np"]) if np else None


# a record word's own noun, then "of" and what it counts: "record amounts of gold"
_NOUN_OF_AFTER = re.compile(r"[\s-]+(?:[a-z]+\s+)?[a-z]+\s+of\s+", re.I)


def _product_after_record(after: str) -> str | None:
    """The product a record word's own noun counts, named right after its "of" ("dealers flew
    record amounts of gold to London"): only that product's figure may hold the record, no
    total the next sentence gives. None when no product follows."""
    from ..extract.mentions import find_commodities
    from ..link.commodities import unknown_product

    m = _NOUN_OF_AFTER.match(after)
    if m is None:
        return None
    first = next((p for p in find_commodities(after[m.end():m.end() + 40]) if p.start == 0), None)
    return unknown_product(first.text) if first is not None else None


def _with_partner(before: str) -> bool:
    """Whether the flow a record is said of has a partner named after it ("exports to U.S.
    hit record", "trade with China reached a record")."""
    return bool(re.search(r"\b(?:exports?|imports?|trade|shipments|sales)\s+(?:to|with|from)\s+(?:the\s+)?[A-Z]", before))


def add(model: Model, claims: list[Claim], records: dict[str, str]) -> None:
    by_id = {c.id: c for c in claims}
    # the same quantity at other periods, found by the key without its period (a scan of
    # every quantity per record would grow with the square of a long text)
    periods: dict = {}
    for other, j in model.vars.items():
        periods.setdefault(other._replace(period=""), []).append((other, j))
    for cid, word in records.items():
        c = by_id.get(cid)
        if c is None:
            continue  # (a part of the text rebuilt alone, to try another reading)
        key = key_of(c)
        if key is None or key not in model.vars:
            continue
        per = P.parse(key.period)
        if per is None:
            continue
        length = per[1] - per[0]
        i = model.vars[key]
        for other, j in periods.get(key._replace(period=""), []):
            if other == key:
                continue
            op = P.parse(other.period)
            if op is None or op[1] - op[0] != length or op[0] >= per[0]:
                continue
            # a record deficit is the most negative balance
            row = ({i: 1.0, j: -1.0}, 0.0, None) if (c.value or 0) >= 0 else ({i: 1.0, j: -1.0}, None, 0.0)
            model.add(Group("record", [c.id], [row],
                            explain=_explain(c, word, i, j)))


def _explain(c: Claim, word: str, i: int, j: int):
    def explain(model: Model) -> Explanation:
        a, b = stated(model, i), stated(model, j)
        if a is None or b is None:
            return Explanation("record_not_stated", {"word": word})
        fields = {"word": word, "figure": money(a.value, a.currency), "period": a.period,
                  "earlier": money(b.value, b.currency), "earlier_period": b.period}
        return Explanation("record", fields)
    return explain
