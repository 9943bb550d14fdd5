"""The rest of a list of partners: "China took 4.77 trillion won, the United States 2.02
trillion won and Japan 0.53 trillion won. Other countries made up the remaining 0.64 trillion
won." The last figure is no partner's of its own, and not the partner of the item before it:
it is every partner but those the paragraph listed, taken together ("group:other than
CHN+USA+JPN"), so that the flow with the world is the listed parts plus this rest
(check/sums.py, add_partner_rest). Where the paragraph lists no partner of the same flow, the
rest is a group the text does not pin down, and its pair is left a guess (unverifiable)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .cues import LIST_MARKER, TOTAL_CUE
from ..extract.mentions import find_countries
from .list_labels import list_item_label


@functools.cache
def _residual_re() -> re.Pattern:
    phrases = vocab.alternation(vocab.residual_partners(), ignore_case=True, space=r"\s+")
    # ("other Asian markets", "the remaining ECOWAS countries": a region's or a bloc's name of
    # a word or two between the lead and the noun narrows the rest, still no partner named;
    # each lead with the nouns it takes, its region in a group of its own, `_region_words`)
    narrowed = []
    for i, lead in enumerate(residual_leads()):
        nouns = [p[len(lead) + 1:] for p in vocab.residual_partners() if p.lower().startswith(lead + " ")]
        lead_words = r"\s+".join(lead.split())
        noun_words = vocab.alternation(nouns, ignore_case=True, space=r"\s+")
        narrowed.append(rf"{lead_words}\s+(?P<mod{i}>(?:(?-i:[A-Z])[\w-]*\s+){{1,2}})(?:{noun_words})")
    return re.compile(rf"(?<![\w-])(?:{phrases}|{'|'.join(narrowed)})(?![\w-])", re.I)


@functools.cache
def residual_leads() -> tuple[str, ...]:
    """The words that open a rest a region's name may narrow ("other", "the remaining"):
    vocab/residual_leads.csv."""
    return tuple(r["phrase"] for r in vocab.table("residual_leads"))


def _region_words(rest: re.Match) -> str | None:
    """The region's or bloc's name a rest's words narrow it to ("Asian " in "other Asian
    markets"), or None for a rest of every partner."""
    return next((v for k, v in rest.groupdict().items() if k.startswith("mod") and v), None)


@functools.cache
def _rest_item_re() -> re.Pattern:
    # a list line's label for the rest (vocab/rest_item_partners.csv), the whole label
    phrases = vocab.alternation(vocab.rest_item_partners(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{phrases})", re.I)


@functools.cache
def rest_figure_re() -> re.Pattern:
    """"The balance of US$ 207 million went to ...": a word for the rest with its own figure
    right after "of" (vocab/remainder_cues.csv, figure), ending the clause before the figure."""
    words = vocab.alternation(rest_figure_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{words})\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?[^\s\d]{{0,4}}\s?$", re.I)


@functools.cache
def rest_figure_words() -> tuple[str, ...]:
    """The words for the rest of a whole that take its figure after "of" ("the balance")."""
    return tuple(r["phrase"] for r in vocab.table("remainder_cues") if r["role"] == "figure")


def _rest_item_label(text: str, pos: int) -> re.Match | None:
    """"- International markets: EUR 5.5bn": the rest of a list of markets, as the label of
    the list line whose figure starts at `pos`."""
    item = list_item_label(text, pos)
    return _rest_item_re().fullmatch(text, item[0], item[1]) if item else None


def _labels_its_line(text: str, pos: int, rest: str) -> bool:
    """Whether the rest's words are the whole label of the list line `pos` is on ("- Rest of
    the world: USD 825 million (12.3%)"), its figures the rest's."""
    item = _line_label(text, pos)
    return item is not None and " ".join(item["label"].split()).lower() == " ".join(rest.split()).lower()


def _line_label(text: str, pos: int) -> re.Match | None:
    """The marker and label of the list line `pos` is on, or None off a list."""
    return _LINE_LABEL.match(text, text.rfind("\n", 0, pos) + 1, pos)


# a list line's marker and its label up to the colon
_LINE_LABEL = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+(?P<label>[^:\n]{{2,60}}):")


# where a clause ends, looking back from a figure: a semicolon, or a comma before "while",
# "whereas", "but", "and"
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and)\b", re.I)


def _clause_before(text: str, sentence_start: int, start: int) -> str:
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence_start, start))
    return text[breaks[-1].end() if breaks else sentence_start:start]


def _is_place(partner: str | None) -> bool:
    return bool(partner) and partner != "WLD" and not partner.startswith("group:")


def _list_paragraphs(text: str, claims: list[Claim], c: Claim, rest: str) -> set[int]:
    """The paragraph of `c` and, where its figure is on a list's line the rest's words label
    ("- Rest of the world: USD 825 million"), those of the list's lines right before it: each
    line is a paragraph of its own, the list one breakdown. (A complement line of another
    kind, "- Third countries:", is read by the list's own rules.)"""
    out = {c.paragraph}
    if not _residual_re().fullmatch(" ".join(rest.split())) or not _labels_its_line(text, c.start, rest):
        return out
    on_lines = {p.paragraph for p in claims if p.start < c.start and _line_label(text, p.start) is not None}
    while c.paragraph - len(out) in on_lines:
        out.add(c.paragraph - len(out))
    return out


def _listed_figures(text: str, claims: list[Claim], c: Claim, rest: str) -> dict[str, list[Claim]]:
    """The partners earlier figures of the paragraph (or of the list) give the same flow to,
    in order, each with its figures: the same reporter, measure, period and product."""
    out: dict[str, list[Claim]] = {}
    paragraphs = _list_paragraphs(text, claims, c, rest)
    for p in claims:
        if p is c or p.paragraph not in paragraphs or p.start >= c.start or p.kind != "amount":
            continue
        if (p.reporter, p.measure, p.period) != (c.reporter, c.measure, c.period):
            continue
        if p.commodity != c.commodity and c.commodity is not None:
            # (a rest that names no product of its own follows the whole list, items that
            # named the product and those that did not: "imports of Australian LNG were ¥2.4
            # trillion ... Malaysia still supplied ¥1.0 trillion ... The remaining suppliers")
            continue
        if _is_place(p.partner) and p.partner != c.reporter:
            out.setdefault(p.partner, []).append(p)
    return out


def _product_of_all(figures: dict[str, list[Claim]]) -> str | None:
    """The one product every listed partner's figures are of, or None."""
    products = {p.commodity for ps in figures.values() for p in ps}
    return products.pop() if len(products) == 1 else None


def rest_of_listed_partners(text: str, sentence_starts: dict[int, int], claims: list[Claim]) -> None:
    """Give a figure whose clause names the rest of a list of partners (vocab/
    residual_partners.csv) the group of all partners but the listed ones."""
    items = _rest_item_re().search(text)
    low = text.lower()
    rest_figures = any(w in low for w in rest_figure_words())  # (cheap: "the balance of N went to ...")
    if not _residual_re().search(text) and not items and not rest_figures:
        return
    for c in claims:
        if c.kind not in ("amount", "share", "percent_change") or c.measure in (None, "other", "balance"):
            continue
        clause = _clause_before(text, sentence_starts.get(c.sentence, 0), c.start)
        rest = _residual_re().search(clause) or (_rest_item_label(text, c.start) if items and c.kind == "amount" else None)
        if rest is None and rest_figures and c.kind == "amount":
            # ("The balance of US$ 207 million went to Canada, Japan and other markets": the
            # rest of the partners listed, whatever places its verb goes on to name)
            rest = rest_figure_re().search(clause)
        if not rest or (TOTAL_CUE.search(clause) and not _labels_its_line(text, c.start, rest.group())):
            # ("Pakistan's overall exports to other countries": a whole flow, with everyone abroad;
            # but "- Rest of the world: USD 825 million" is a list's rest, its world no whole)
            continue
        if _rest_row_label(text, c.start):
            continue  # (a table's rest row: rest_row_of_a_table reads all its cells)
        if _region_words(rest):
            # ("exports to other Asian markets grew 21.7 percent": the rest within a region,
            # not the rest of the partners listed; a group of its own the text does not list.
            # One the place reader knows, "other African countries", "other EU countries", is
            # read as that place already)
            if find_countries(rest.group()):
                continue
            c.partner = "group:" + " ".join(rest.group().lower().split())
            c.how["pair"], c.basis["pair"] = "rest-within-region", "text"
            continue
        figures = _listed_figures(text, claims, c, rest.group())
        if figures:
            c.partner = "group:other than " + "+".join(figures)
            c.how["pair"], c.basis["pair"] = "rest-of-listed", "text"
            if c.commodity is None and _product_of_all(figures):
                # ("The United States took US$ 1,797 million worth of garments ..., while the
                # European Union bought US$ 808 million. The balance of US$ 207 million went
                # to Canada": the rest of the listed partners' product, as they were)
                c.commodity = _product_of_all(figures)
                c.how["commodity"], c.basis["commodity"] = "rest-of-listed", "context"
            if rest.re is rest_figure_re() and c.basis.get("measure") == "guess":
                # (the rest of a whole, "the balance of", is of the flow its listed parts are)
                c.how["measure"], c.basis["measure"] = "rest-of-listed", "context"
        else:
            c.basis["pair"] = "guess"  # some rest the text does not say the parts of


@functools.cache
def _member_rest_re() -> re.Pattern:
    phrases = vocab.alternation(vocab.member_rest_partners(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{phrases})(?![\w-])", re.I)


# how far back from a list's rest the bloc it is a breakdown of may be named (its heading,
# the sentence before the list)
_BLOC_WINDOW = 400


def rest_of_listed_members(text: str, sentence_starts: dict[int, int], claims: list[Claim]) -> None:
    """"Breakdown of exports to ECOWAS in 2024: - Ghana: 98,4 - Benin: 87,6 - Other member
    states: 113,0": a figure whose clause names the rest of a bloc's members (vocab/
    member_rest_partners.csv) is with the bloc named last before it, less the members the
    paragraph listed ("ECOWAS other than GHA+BEN"), so the listed members and this rest
    make up the flow with the bloc (check/sums.py, add_partner_rest). No bloc named before:
    a rest the text does not pin down, its pair left a guess."""
    low = text.lower()
    if not any(f"{lead} " in low for lead in residual_leads()) and not _member_rest_re().search(text):
        return  # (checked first: cheap)
    for i, c in enumerate(claims):
        if c.kind not in ("amount", "share", "percent_change") or c.measure in (None, "other", "balance"):
            continue
        clause = _clause_before(text, sentence_starts.get(c.sentence, 0), c.start)
        # (the bloc's rest by name only as the subject of the figure's own clause, no figure
        # between: "exports to other ECOWAS countries reached N1.12 trillion, of which Côte
        # d'Ivoire took N311.5 billion, Ghana N244.9 billion" lists its members)
        named_bloc = None if _member_rest_re().search(clause) or re.search(r"\d", clause) else _other_bloc_members(clause)
        by_name = named_bloc is not None
        if not _member_rest_re().search(clause) and not by_name:
            continue
        lo = max(0, c.start - _BLOC_WINDOW)
        # (named before the rest's own clause: "Other ECOWAS countries" names the bloc again)
        blocs = [x for x in find_countries(text[lo:c.start - len(clause) if by_name else c.start]) if x.attrs.get("kind") in ("group", "name", "short")
                 and (x.attrs.get("iso") or x.attrs.get("label")) in vocab.blocs()]
        if by_name and blocs and (blocs[-1].attrs.get("iso") or blocs[-1].attrs["label"]) != named_bloc:
            continue  # (the bloc named last is another than the rest's own)
        # the members listed since the bloc was named (a list's lines are paragraphs of their own)
        listed = _members_listed(claims, i, lo + blocs[-1].end) if blocs else []
        if not listed:
            if not by_name:
                c.basis["pair"] = "guess"
            # ("Exports to other European Union countries came to 70.5 billion euros", no
            # member listed: the bloc's rest as the place reader reads it, no guess)
            continue
        bloc = blocs[-1].attrs.get("iso") or blocs[-1].attrs["label"]
        c.partner = f"group:{bloc} other than " + "+".join(listed)
        c.extra.pop("partner_group", None)
        c.how["pair"], c.basis["pair"] = "rest-of-listed-members", "text"


def _other_bloc_members(clause: str) -> str | None:
    """The bloc the clause names the rest of the members of, by its name between "other" and
    the noun ("Other ECOWAS countries took the balance of N56.6 billion"), as "other member
    states" do once the bloc was named; else None."""
    rest = _residual_re().search(clause)
    if rest is None or not _region_words(rest):
        return None
    return next((x.attrs.get("iso") or x.attrs["label"] for x in find_countries(_region_words(rest))
                 if x.attrs.get("kind") in ("group", "name", "short") and (x.attrs.get("iso") or x.attrs.get("label")) in vocab.blocs()), None)


def _members_listed(claims: list[Claim], i: int, since: int) -> list[str]:
    """The places the figures from `since` up to claims[i] give claims[i]'s flow with (the
    same reporter, measure, period and product), in order."""
    c, out = claims[i], []
    for p in reversed(claims[:i]):
        if p.start < since:
            break
        if p.kind == "amount" and (p.reporter, p.measure, p.period, p.commodity) == (c.reporter, c.measure, c.period, c.commodity) \
                and _is_place(p.partner) and p.partner != c.reporter and p.partner not in out:
            out.append(p.partner)
    return out[::-1]


def _rest_row_label(text: str, pos: int, bare: bool = False) -> bool:
    """Whether `pos` stands in a table row labelled as the rest of the rows ("Rest of world
    | 5,630 | 3,020 | +2,610", "Others | ..."), or with `bare` by a rest label that names no
    partners ("Other": vocab/table_row_labels.csv, kind rest)."""
    from .dating import in_table_row
    from ..extract import table_rows

    if not in_table_row(text, pos):
        return False
    start, end = text.rfind("\n", 0, pos) + 1, len(text) if text.find("\n", pos) < 0 else text.find("\n", pos)
    row = table_rows.cells(text, start, end)
    label = text[start:row[0][1]] if row else ""
    label = label.strip(" |\t")
    if bare:
        return " ".join(label.lower().split()) in bare_rest_labels()
    return bool(label) and bool(_residual_re().fullmatch(label))


def _table_top(text: str, pos: int) -> int:
    """Where the block of table rows `pos` stands in starts."""
    from ..extract import table_rows

    start, _ = table_rows.line_at(text, pos)
    while start > 0:
        above, _ = table_rows.line_at(text, start - 1)
        if not table_rows.is_row(text, above, start - 1):
            break
        start = above
    return start


@functools.cache
def bare_rest_labels() -> frozenset[str]:
    return frozenset(r["phrase"].lower() for r in vocab.table("table_row_labels") if r["kind"] == "rest")


def rest_row_of_a_table(text: str, claims: list[Claim]) -> None:
    """"Rest of world   5,630   3,020   +2,610" under rows for "EC", "EFTA", "Asia": every
    cell of a table's rest row is the rest's, in each column (exports, imports, balance):
    the partners the rows above leave out, taken together (as rest_of_listed_partners reads
    the rest of a list of countries), or, where those rows are groups with no code, a rest
    the text does not pin down; never the world, which the total row is."""
    if "|" not in text or not _residual_re().search(text) and "other" not in text.lower():
        return  # (no table, or none with a rest row: checked first, cheap)
    for c in claims:
        if c.kind != "amount" or c.measure in (None, "other"):
            continue
        bare = not _rest_row_label(text, c.start)
        if bare and not _rest_row_label(text, c.start, bare=True):
            continue
        listed = [p.partner for p in claims if p.start < c.start and p.kind == "amount" and p.measure == c.measure
                  and p.period == c.period and p.reporter == c.reporter and _is_place(p.partner) and p.paragraph == c.paragraph]
        if bare:
            # "Other   7,065.1   8,041.6" under rows of countries: the rest of them, its label
            # no product (under rows of products, "Other" is the other products)
            top = _table_top(text, c.start)
            listed = [p.partner for p in claims if top <= p.start < c.start and p.kind == "amount" and p.measure == c.measure
                      and p.period == c.period and p.reporter == c.reporter and _is_place(p.partner)]
            # ("All other   508   563" reads no product at all: the rest of the countries too)
            if not listed or c.commodity is not None and c.how.get("commodity") != "table-row-label":
                continue
            c.commodity = None
            c.how["commodity"] = "rest-of-listed"
        if listed and _rows_unread_above(text, claims, c):
            listed = []  # (the rows read are not all the rows: the rest of them is not known)
        c.partner = "group:other than " + "+".join(dict.fromkeys(listed)) if listed else "group:rest of the table"
        c.extra.pop("partner_group", None)
        c.how["pair"], c.basis["pair"] = "rest-of-listed", "text" if listed else "guess"
    _changes_of_rest_rows(text, claims)


def _rows_unread_above(text: str, claims: list[Claim], c: Claim) -> bool:
    """Whether a row with a figure above the rest row `c` stands in (up to its table's top)
    gave no figure with a place ("| Latin America | 1.98 |", a region the place reader does
    not know, above "| European Union | 2.31 |" and "| Others | 4.41 |"): the places read
    are then not all the rows, and their rest is not every partner but them."""
    from ..extract import table_rows

    top, (row_start, _) = _table_top(text, c.start), table_rows.line_at(text, c.start)
    read = {table_rows.line_at(text, p.start)[0] for p in claims if top <= p.start < row_start and _is_place(p.partner)}
    pos = top
    while pos < row_start:
        start, end = table_rows.line_at(text, pos)
        label_end = table_rows.label_cell(text, start, end)[1]
        # (the block's first line is its header, "| Region | 2022 |", unless a figure was read in it)
        header = start == top and (_next_is_separator(text, end) or not any(start <= p.start < end for p in claims))
        if not header and not table_rows.is_separator(text, start, end) and re.search(r"\d", text[label_end:end]) \
                and start not in read:
            return True
        pos = end + 1
    return False


def _next_is_separator(text: str, end: int) -> bool:
    from ..extract import table_rows

    if end + 1 >= len(text):
        return False
    start, stop = table_rows.line_at(text, end + 1)
    return table_rows.is_separator(text, start, stop)


def _changes_of_rest_rows(text: str, claims: list[Claim]) -> None:
    """"All other   508   563   -9.8" under rows of countries: the change column's cell of a
    rest row is the change of that row's rest, as its amounts are, not of the world's flow
    (which the total row's "-4.1" is)."""
    rests = {}
    for c in claims:
        if c.how.get("pair") == "rest-of-listed" and c.kind == "amount":
            rests.setdefault(text.rfind("\n", 0, c.start), c)
    if not rests:
        return
    for c in claims:
        rest = rests.get(text.rfind("\n", 0, c.start)) if c.kind == "percent_change" else None
        if rest is not None and c.measure == rest.measure and c.reporter == rest.reporter and c.partner != rest.partner:
            c.partner, c.commodity = rest.partner, rest.commodity
            c.extra.pop("partner_group", None)
            c.how["pair"], c.basis["pair"] = "rest-of-listed", rest.basis["pair"]
