"""What a document and the discourse are about: the lead pair (from the headline's flow
phrase), the main period, the currency a "$" or "Rs" means, the body's first sentence,
and the State carried from sentence to sentence."""
from __future__ import annotations

from dataclasses import dataclass, field
import functools
import re

from .. import vocab
from .. import periods as P
from ..extract.mentions import Mention
from .cause_asides import in_cause_aside, in_cause_right_after
from .demand_places import buyer_places
from .earning_firms import earning_firms_country
from .restated_dollars import restated_bare_dollars
from .row_labels import in_body_row_label
from ..model import Document
from .cues import BUY, PREP_BEFORE_COUNTRY, dates_an_aside, origin_of_purchases, names_event, names_publication, names_the_issue
from .sentences import Sentence
from .visitor_origins import names_visitors_origin


@dataclass
class State:
    """What the text is talking about, carried from sentence to sentence."""
    reporter: str | None = None
    partner: str | None = None
    measure: str | None = None
    period: P.Period | None = None
    # the main period is named only by the title line (link/title_periods)
    title_dated: bool = False
    source: str | None = None
    pair_how: str = "guess"
    month_gap: int | None = None  # months between a single month and its explicit comparison
    year_ago_said: bool = False  # a month compared in words with the same month a year earlier
    # a quarter compared in words with the quarter before ("fell 19.5% from the March
    # quarter"), and with the same quarter a year earlier: the same for quarterly releases
    quarter_gap: bool = False
    quarter_year_said: bool = False
    # (months back, months long) of the comparison a text says all its changes make ("compare
    # the three months to June 2024 with the three months to March 2024")
    footing: tuple | None = None
    last_month: P.Period | None = None  # the last single month a sentence was about ("for the month")
    # the last period a sentence named as "a period" ("in the May 1-20 period"): what a later
    # "in the period" points back to (dating.py `_period_pointed_back_to`)
    named_period: tuple | None = None  # (period, the part of a month it is or None)
    commodity: str | None = None  # the last part a figure was about ("the same products")
    last_commodity: str | None = None  # the part the last figure was about, None for a whole flow
    # whether the figures since the last that named a product are of a flow the text called
    # the whole ("The country's exports fell 18.4%"), not the product named before them
    whole_named: bool = False
    last_by_trader: bool = False  # that part is who traded (a company, a sector), no product
    last_by_list_item: bool = False  # that part is one bullet of a list that splits a flow by product
    list_whole: str | None = None  # the part the last figure before that list's first bullet was about
    scope: str | None = None  # and the last scope ("such exports" after exports excluding diamonds)
    # (paragraph, sentence index, series) of the last sentence that gave a figure of an
    # adjusted or raw series, for the earlier level the next one restates ("In May, the
    # value had been 57.0 billion euros")
    series: tuple | None = None
    # the (new, old) levels the last sentence compared ("grew to $21.26bn in 2021-22 from
    # $11.93bn in 2014-15"), for a change the next sentence gives of them ("They rose 78.2%")
    levels: tuple | None = None
    # the (first, last) periods the last sentence that dated figures ran between ("from
    # $55.1bn in 2000 to $339.7bn in 2023", "between 2003 and 2023"), which "over the same
    # period" in a later one spans; and, while a sentence reads it, the mention that does
    span: tuple | None = None
    span_mention: tuple | None = None
    # (paragraph, period) of a digression into part of the main period, for the rest of
    # its paragraph
    aside: tuple | None = None
    # the part of the period a digression was about, once its paragraph is over and no
    # sentence has named a period since: what comes next may still be about it
    lapsed: P.Period | None = None
    aside_paragraphs: int = 0  # how many paragraphs in a row the digression has run
    # (period, sentence index) when the period carried is a crop's season whose months are a
    # guess ("in the 2022/23 season"): the figures it dates are of the season that sentence named
    season: tuple | None = None
    # a line of the headline or standfirst after the first: a summary of its own, which
    # carries no partner from the line before to an overall figure
    headline_line: bool = False
    last_bloc: str | None = None  # the trade bloc named last, for "the bloc" (vocab/blocs.csv)
    last_group: str | None = None  # the group or region named last, for "the region" ("group:Asia")
    last_two: tuple | None = None  # the last two places named together, for "the former", "the latter"
    named_pair: tuple | None = None  # (reporter, partner) of the last figure whose words named both (for "the bilateral deficit")
    # the bloc whose internal trade the text is on ("trade among GCC states"), while the
    # figures after it stay with that bloc: its members' ranked figures are theirs
    inside_bloc: str | None = None
    # the subject of the last sentence, which an "it" in the next stands for (topic.py):
    # the flow it was about, or the place that did something; and the flows its figures
    # measured, in order
    topic_measure: str | None = None
    topic_sign: int = 0  # a subject that is a deficit (-1) or a surplus (+1)
    balance_sign: int = 0  # the sign of the last balance stated (-1 a deficit, +1 a surplus)
    topic_place: str | None = None
    # the partner named with the subject flow ("Imports from Russia continued to decline"),
    # which "Their value" in the next sentence still has
    topic_partner: str | None = None
    # (paragraph, product) of a heading that names a product alone ("Advanced Technology
    # Products (exhibit 16)"), which the paragraph under it is about
    section_product: tuple | None = None
    # the country a section label on a line of its own names ("THAILAND (Commerce Ministry,
    # Jan.)" over "- Exports +13.6% y/y"): the paragraphs under it, to the next label, are
    # about its trade, not the text's main country's
    section_reporter: str | None = None
    # (first offset, end offset, product) of a block of label lines ("EU exports: €28.5
    # billion") right under a heading that names a product's trade ("Trade in services, 2022")
    block_product: tuple | None = None
    topic_product: str | None = None  # a product as the subject ("Chips led the way"), for a "they" next
    named_products: str | None = None  # the one product phrase a sentence with no figure named, for a "their sales" next
    # a group's internal trade as the subject ("Intra-African trade grew more slowly"), for an
    # "it" next: the group on both sides ("group:Africa")
    topic_group: str | None = None
    topic_parallel: bool = False  # two flows side by side as subjects: "it" may be either
    topic_measures: tuple = ()
    last_place: str | None = None  # the last place named on the partner's side, for "exports there"
    # the last place a flow went to or came from ("went to the US"), and the sentence naming it
    last_partner_place: str | None = None
    last_partner_sentence: int = -1
    named_places: tuple = ()  # every country named so far, in order, for an epithet ("the Kingdom")
    # (period, part) of the last figure the text dated in words: a figure the discourse dates
    # to that period is of the same part ("the first 20 days of May ... Imports fell 6.0 percent")
    dated_part: tuple | None = None
    # the pair of the last sentence that ranked a partner ("The UK remained the top
    # destination for EU exports"), which a "came second with" in the next goes on from
    ranked_pair: tuple | None = None
    # the one flow the last sentence, if it ranked a partner, gave all its figures in
    # ("Germany remained Slovenia's main trading partner, buying goods worth USD 2.55bn, or
    # 30.7% of all exports"), or None
    ranked_measure: str | None = None
    # the last index read (", or 104.3% of the level of ..."), for a bare ", or 102.9%" after
    # the next flow's figure in the sentence after it
    last_index: object = None
    # (sentence index, measure before) of a sentence with no figure that turned the text to
    # money of no flow ("Higher contract prices more than offset lower volumes")
    figureless_other: tuple | None = None
    products: tuple = ()  # the products figures were about, in order ("The complex": the last "... complex")
    # ((paragraph, sentence index), products) of the last sentence that gave a product's
    # figure, and the products its figures were about: two or more make it a breakdown by product
    sentence_products: tuple = (None, ())
    # (reporter, measure, product, period) of the text's first flow with the world, its product None for
    # all goods (link/lead_product.py)
    lead_flow: tuple | None = None
    # (sentence index, period) of the last bullet of a list, which the next bullet naming no
    # period goes on with (list_periods.py)
    list_period: tuple | None = None
    port_pairs: dict = field(default_factory=dict)  # a port's scope -> the pair named with it (ports.py)
    # a port's bare name -> its scope, once named with its noun ("Myawaddy" -> "through the
    # Myawaddy border gate"), for a later "via Myawaddy" (ports.py)
    port_names: dict = field(default_factory=dict)
    # (paragraph, reporter, partner) of the amounts read with no port scope (ports.py)
    unported: set = field(default_factory=set)
    # (sentence index, measure, partner) of the last elliptical question ("And imports?",
    # "And to Japan?"), which the bare figure opening the next sentence answers
    question: tuple | None = None
    # the sentence of a question that asked of a partner ("how much of that went to China?"),
    # whose answer, a new paragraph of talk, keeps that partner
    asked_partner: int = -1
    # (sentence index, product) of a question on where the product the text is on goes ("Where
    # does it go?"), whose answer in the next sentence is of that product
    asked_product: tuple | None = None
    # the places figures so far were read as reporting, and as the partner of
    reported: tuple = ()
    partnered: tuple = ()

    def digress(self, paragraph: int, period: P.Period) -> None:
        """A digression into `period` for the rest of `paragraph` (counting the paragraphs
        in a row it has run)."""
        if self.aside is not None and self.aside[1] == period and self.aside[0] in (paragraph, paragraph - 1):
            self.aside_paragraphs += self.aside[0] != paragraph
        else:
            self.aside_paragraphs = 1
        self.aside = (paragraph, period)
        self.lapsed = None

    def period_in(self, paragraph: int) -> P.Period | None:
        """The period the text is about in this paragraph: its digression, else the discourse's."""
        if self.aside is not None and self.aside[0] == paragraph:
            return self.aside[1]
        return self.period


@dataclass
class DocContext:
    published: P.Period | None
    main_reporter: str | None
    main_partner: str | None
    country_order: list[str]
    currency_hint: dict[str, str]
    fiscal_start: int | None
    # a single year's name is the year the fiscal year starts in (Japan's fiscal 2022), not ends
    fiscal_by_start: bool
    decimal_comma: bool
    has_services: bool
    main_period: P.Period | None = None
    scope: str | None = None  # "non-oil" when the article's statistics are non-oil trade
    # the scope is a product a headline names ("Gold exports rake in ..."): a summary, which
    # a body sentence naming the whole trade ("Total merchandise exports") is not about
    product_scope: bool = False
    groups: dict[str, str] = field(default_factory=dict)
    # (value, currency token) of the figures the text refutes ("not $600 billion"): a quoted
    # claim of the same figure is the one refuted (link/measures.refuted_figure)
    refuted: frozenset = frozenset()
    # (start, end) of the quoted claims a fact check rates false ('said that "..." ... We
    # rate this claim False'): every figure in them is the claimant's (link/measures.refuted_quotes)
    refuted_quotes: tuple = ()
    # (start, end) of each worked example with made-up figures ("Suppose a country exports
    # $500bn ... Step 1. ..."): every figure in one is an illustration (link/made_up.py)
    made_up: tuple = ()
    # (kind, value, currency token) of the figures in those quotations: an echo of one elsewhere
    # (the headline's "did not hit a record $500 billion") is the claimant's figure too
    quoted_claims: frozenset = frozenset()
    # the places of a main partner the lead names as a list of sources ("from China and
    # Vietnam"): each one's figure is a part of the flow with them all
    main_members: tuple = ()
    # the series a note says every figure is of ("The figures are seasonally adjusted")
    series_note: str | None = None
    # the fiscal year's country counts quarters from its start (vocab/fiscal_years.csv)
    fiscal_quarters: bool = False
    # the pair is named in the headline alone ("Swiss watch exports to U.S. recover" over
    # "Swiss watch exports rose 3.4% to 6.59 billion francs"): the lead after it starts afresh
    # on the main pair, the headline's partner is no partner of the lead's figures
    headline_pair_only: bool = False
    # bare "$" amounts (by start) that restate a figure marked in a local dollar ("$124 billion"
    # over "A$124.1 billion"): that dollar (restated_dollars.py)
    restated_dollars: dict = field(default_factory=dict)
    # the text gives all services' figure by a flow word ("Exports of services rose 4.5% to
    # $105.6 billion") beside a kind that only then names a part ("commercial services";
    # vocab/service_kinds.csv beside_all)
    gives_all_services: bool = False


# a dateline without a year: a place, a month and a day (or a day and a month: "MINSK, 7
# October (BelTA) -"), then the agency or a dash (or the agency between slashes after a full
# stop: "MOSCOW, January 14. /TASS/. Trade turnover ..."; or after a comma, in capitals, then a
# dash: "Tehran, July 30, IRNA - Iran exported ...")
_DATELINE = re.compile(r"[A-ZÀ-Þ][\w.'-]*(?:\s+[A-ZÀ-Þ][\w.'-]*){0,3},\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b"
                       r"|[0-3]?\d(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?)"
                       r"(?:,?\s+(?:19|20)\d\d)?\s*(?:\([A-Z][\w .&-]{1,30}\)|[-–—]|\.\s*/[A-Z][\w .&-]{1,30}/|,\s+[A-Z][A-Z&.]{1,10}\s+[-–—])")


# "8:31 a.m. ET - ", "03:12 GMT - ": a live blog's entry opens on the time it was posted; the
# first entry is the body's lead, not a standfirst
TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?\s*)?(?:[A-Z]{2,5}\s*)?[-–—|]\s")


def body_start(text: str, sents: list[Sentence], doc: Document) -> int:
    """The first sentence of the body: the one with the dateline or a live blog's time
    stamp, else the third paragraph."""
    for s in sents[:6]:
        if TIMESTAMP.match(text, s.start, s.end):
            return s.index
        if re.search(r"\b(?:19|20)\d\d\b", text[s.start:s.end]) and re.match(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'-]+,|^By\s", text[s.start:s.end]):
            return s.index
        if _DATELINE.match(text, s.start, s.end):  # "New Delhi, Nov 15 (PTI)", "KUALA LUMPUR, May 5 (Bernama) --"
            return s.index
        if _city_dash_dateline(text, s.start, s.end):  # "DUBLIN - The value of goods exports ..."
            return s.index
        if s.index > 0 and _city_colon_dateline(text, s.start, s.end):  # "New Delhi: India's exports ..."
            return s.index
    for s in sents:
        if s.paragraph >= 2:
            return s.index
    return 0


# "DUBLIN - ", "KUALA LUMPUR (Reuters) -- ": a wire's city in capitals and a dash, no date
_CITY_DASH = re.compile(r"([A-ZÀ-Þ][A-ZÀ-Þ.'-]+(?: [A-ZÀ-Þ.'-]+){0,2})(?:\s+\([^)\n]{1,30}\))?\s+(?:—|–|--?)\s")


def city_dash_dateline_end(text: str, start: int, end: int) -> int | None:
    """Where a wire's dateline of a known city and a dash that opens the sentence ends ("NEW
    YORK - U.S. imports ...": the city where the copy was filed), or None."""
    m = _CITY_DASH.match(text, start, end)
    return m.end() if m is not None and _city_dash_dateline(text, start, end) else None


# "New Delhi: ", "Karachi: ": a known city in title case and a colon opening the sentence
# (or a full stop, as papers in Spanish date theirs: "Guatemala City. Exports of ...")
_CITY_COLON = re.compile(r"([A-ZÀ-Þ][\w'-]*(?:\s+[A-ZÀ-Þ][\w'-]*){0,2})(?::\s|\.(?:\s+(?=[A-ZÀ-Þ])|$))")


def _city_colon_dateline(text: str, start: int, end: int) -> bool:
    """Whether a sentence after the headline opens on a known city and a colon, the way some
    papers date their copy: the body's lead, not a standfirst (a headline is the first
    sentence, so one opening "Mumbai: ..." stays a headline)."""
    m = _CITY_COLON.match(text, start, end)
    return m is not None and m.group(1).upper() in vocab.cities()


def _city_dash_dateline(text: str, start: int, end: int) -> bool:
    """Whether a sentence opens on a dateline of a known city (or country) and a dash: the
    body's lead, whatever paragraph it is in (a headline in capitals names no place alone)."""
    m = _CITY_DASH.match(text, start, end)
    if m is None:
        return False
    name = m.group(1).strip()
    return name.upper() in vocab.cities() or name.title() in vocab.countries()


def doc_context(doc: Document, found: dict, sents: list[Sentence]) -> DocContext:
    text = doc.text
    pub = None
    if doc.published:
        y, m = int(doc.published[:4]), int(doc.published[5:7])
        pub = (y * 12 + m - 1, y * 12 + m - 1)
    countries = found["country"]
    order: list[str] = []
    for c in countries:
        iso = c.attrs["iso"]
        if iso and iso not in order and iso != "WLD":
            order.append(iso)
    # The main pair: the first two places named in the first paragraphs (headline,
    # standfirst, lead). One country alone there means a national release: partner = world.
    lead_end = sents[min(len(sents), 4) - 1].end if sents else 0
    anaphors = [c for c in countries if c.attrs["kind"] == "anaphor"]
    countries = [c for c in countries if c.attrs["kind"] != "anaphor"]
    # ("K-pop album exports hit record on Japan, US demand": places named as the buyers behind
    # a flow are the reporter's partners, no pair of their own to carry to every figure)
    buyers = buyer_places(text, countries)
    if buyers:
        countries = [c for c in countries if c.start not in buyers]
    lead = [c for c in countries if c.start < lead_end and (c.attrs["iso"] or c.attrs["kind"] == "group")]
    main_r, main_p = _lead_pair(text, sents[:4], countries, found["flow"], anaphors)
    rivals = named_as_rivals(text, lead)  # (places named only as competitors: no partner of the lead)
    if main_r is None:
        # ("Export income earned by UK record labels rose": the firms' country reports)
        earner = earning_firms_country(text, sents[:4], countries, found["flow"])
        if earner is not None:
            main_r, main_p = earner, "WLD"
    headline_only = main_p not in (None, "WLD") and _headline_pair_only(text, sents, countries, found["flow"], main_r, body_start(text, sents, doc))
    if headline_only:
        main_p = "WLD"
    if main_r is not None and main_p == main_r:
        main_p = "WLD"  # a country does not trade with itself: its own total
    if main_r is not None and main_p not in (None, "WLD") and _only_a_rival(text, countries, main_p, lead_end):
        main_p = "WLD"  # "Zhejiang's H1 trade climbs 7.2%, exports second only to Guangdong": a rank, no pair
    dated = _dateline_country(text)
    filed = dated or place_date_line_country(text)
    bloc = _bloc_filed_from_a_member(text, sents[:4], countries, filed)
    if bloc is not None and main_r in (None, filed):
        # "GEORGETOWN, Guyana – Intra-regional trade remains a modest slice of the Caribbean
        # Community's commerce": the member is where the story was filed, the bloc reports
        main_r, main_p = bloc, "WLD"
    own = _lead_own_total(text, sents, countries, found["flow"]) if main_r is None else None
    if own is not None:
        main_r, main_p = own, "WLD"
    # a national release names its statistics office where a wire names its city
    city = dated or _official_source_country(text[:lead_end])
    if city and main_r is None:
        # ("Chennai, May 8: ... \"Our major markets, the EU and the US, saw weak demand\"":
        # the markets a speaker names are no reporter of the datelined release)
        lead = [c for c in lead if not _in_quotation(text, c.start)]
    owner = _owner_of_first_flow(text, sents[body_start(text, sents, doc):][:2], countries, found["flow"]) if main_r is None else None
    if owner is None and main_r is None:
        owner = _group_named_back(text, sents[body_start(text, sents, doc):][:2], countries, found["flow"])
    if owner is not None and owner != "WLD":
        # "GENEVA - Merchandise exports of the least developed countries reached": a group
        # owns the body's first flow; the city is where the institution sits, not who reports
        main_r, main_p = owner, "WLD"
    elif owner == "WLD":
        city = None  # "GENEVA - Global trade is set to reach": the world's, no country's
    # (a place that is a subject only past the first figures, "China accounted for Rs 1,932
    # crore", is a part of what the lead counted, no reporter of it)
    # (a prefix of the place's own, "exports to non-EU countries", stands between it and its
    # preposition; and the rest of the world outside a bloc, "non-EU countries", is where an
    # office's country trades, no reporter beside the office's)
    subjects = [c for c in lead if not PREP_BEFORE_COUNTRY.search(_NON_PREFIX.sub("", text[max(0, c.start - 18):c.start])) and _reporting(text, c)
                and not (city and c.attrs["kind"] == "group" and c.attrs.get("label", "").startswith("other than "))
                and not (c.attrs["iso"] in _sources_named(text, lead) and _after_first_figures(c, sents, found))]
    members: tuple = ()
    if main_r is None and city and not subjects and city not in [c.attrs["iso"] for c in lead]:
        # a national release ("COLOMBO - Merchandise exports were ..."), or one about a
        # partner ("LAGOS - Goods exported to China ..."): the lead names no reporting
        # country, the dateline does
        main_r = city
        # (not a place in an aside: "Log exports, which go mostly to China, slipped")
        # (nor a partner first named past the lead's first figures, "China remained the top
        # trading partner at the port": the figures before it are with everyone)
        # (nor a competitor, "harder to compete with Chinese and Korean yards": see named_as_rivals)
        main_p = next((_ckey(c) for c in lead if c.attrs["iso"] != city and c.start not in rivals
                       and not _IN_WHICH_ASIDE.search(text, max(0, c.start - 60), c.start)
                       and (_reporting(text, c) or not _after_first_figures(c, sents, found))), "WLD")
        # "imports of solar glass from China and Vietnam": the two sources together are the
        # partner, and each one's figure later is a part of that flow
        listed = _listed_partners(text, lead, main_p)
        if listed is not None:
            main_p, members = listed
    if main_r is not None:
        lead = []
    called: list[Mention] = []  # places said to be a partner before any reporter is named
    destinations = {c.start for c in lead if _product_destination(text, sents[:4], found["flow"], c)
                    or _product_sent_to_city(text, found["commodity"], c)}
    for c in lead:
        key = c.attrs["iso"] or c.attrs["label"]
        if main_r is None and c.attrs["iso"] and c.attrs["iso"] != "WLD":
            if owner == "WLD" and _after_first_figures(c, sents, found):
                continue  # (see the fallback below: a part of the world's the note is on)
            if not _reporting(text, c):
                if _called_partner_re().match(text, c.end) and not _after_first_figures(c, sents, found):
                    called.append(c)
                continue  # ("Exports to the USA were": where they went, no reporter)
            main_r = c.attrs["iso"]
            partner = next((x.attrs["iso"] for x in called if x.attrs["iso"] != main_r), None)
            if partner is not None:
                # "Mexico remains the biggest trading partner of the United States": the
                # place called a partner is the reporter's partner
                main_p = partner
                break
        elif main_r is not None and key != main_r and main_p is None and not _unit_of(key, main_r) and c.start not in rivals \
                and c.start not in destinations \
                and not _class_cue_re().search(text, max(0, c.start - 30), c.start) \
                and not names_visitors_origin(text, c) \
                and not (c.attrs["kind"] == "group" and _in_cause_after_figure(text, sents, c)) \
                and not _in_headline_cause(text, sents, found, c) and not _ranked_in_headline(text, sents, c) \
                and not _partner_of_a_flow_in_cause(text, sents, found, c):
            if _opens_enumeration(text, countries, c):
                # "surpluses ... with the Netherlands ($5.1), South and Central America ($4.4),
                # Hong Kong ($2.0) ...": three places or more in a list are the reporter's
                # partners one by one, each with its own figure; the text is on its trade
                # with the world
                main_p = "WLD"
                break
            if _after_first_figures(c, sents, found) and (c.attrs["iso"] or not any(
                    y.attrs["label"] == c.attrs["label"] and y.start < c.start for y in lead)):
                # "Japan logs trade deficit ... Exports rose 7.3 percent ... Exports to China
                # grew": the figures before any partner is named are the country's own (a
                # group's too: "Trade with the socialist countries came to" after the totals;
                # not a group the headline named already, "Gulf economy ranks 13th": the text
                # is on it)
                main_p = "WLD"
                break
            # a group without a code ("the 15 countries bordering it") is a partner too
            main_p = c.attrs["iso"] or ("group:" + c.attrs["label"] if c.attrs["kind"] == "group" else None)
            break
    if main_r is None and not any(c.attrs["iso"] for c in lead):
        # "Intra-Mercosur trade climbs 20.5% to record 54.1bn dollars": a headline opening on a
        # bloc's trade within itself, in a lead that names no country, is on the bloc
        bloc = _intra_bloc_headline(text, sents, countries)
        if bloc is not None:
            main_r, main_p = bloc, "WLD"
    if main_r is None and owner != "WLD" and not any(c.attrs["iso"] for c in lead):
        # "International Trade in Goods, November 2025 ... Partner $m / China 13,206" closed by
        # "Note: ... the ABS publishes goods data monthly": a release whose lead names no
        # country is the statistics office's country's, wherever the text names that office
        # (vocab/official_sources.csv); the places of its tables are its partners
        agency = _official_source_country(text)
        if agency is not None:
            main_r, main_p = agency, "WLD"
    guessed_r = None  # a reporter taken only as the first country named anywhere
    if main_r is None and order and owner != "WLD":
        # (not when the body opens on the world's trade, "The global trade finance gap rose to
        # $2.5 trillion ... including $2.2 billion in Bangladesh": a country named later is a
        # part of the world's, no reporter of the text)
        # (not a bloc first named past the first figures as the inside of a split, "Intra-EU
        # trade" heading a release that never names its own country: the figures before it
        # are a member's, whose trade the bloc splits in two, within it and outside it)
        # (nor a place a speaker names in passing, '"The pandemic and the war in Ukraine have
        # hit small firms," said the bank': a quotation's aside reports nothing)
        guessed_r = main_r = _first_reporting(text, [c for c in countries if not (_INSIDE_OF_A_SPLIT.search(text, max(0, c.start - 6), c.start)
                                                                      and _after_first_figures(c, sents, found))
                                         and not _in_quotation(text, c.start)])
    if main_r is None and not lead and main_p is None and not any(a.start < lead_end for a in anaphors) \
            and (_national_release(text, found, lead_end) or _placeless_release(text, found, countries, anaphors)):
        # "Exports of goods came to 4,200 million euros and imports to 5,100 million euros,
        # which left a trade balance deficit of": a statistics office's release
        # that never names its own country, whose lead names no place at all (not even "the
        # region"), is about that one country's trade with the world; its figures are one
        # reporter's, unnamed, and are checked against each other as such
        main_r, main_p = UNNAMED_REPORTER, "WLD"
    if main_p is None and main_r is not None:
        others = [c for c in lead if c.attrs["iso"] not in (None, main_r) and not _unit_of(c.attrs["iso"], main_r) and c.start not in destinations
                  and not names_visitors_origin(text, c) and c.start not in rivals and not _in_headline_cause(text, sents, found, c)
                  and not _ranked_in_headline(text, sents, c) and not _partner_of_a_flow_in_cause(text, sents, found, c)]
        main_p = others[0].attrs["iso"] if others else "WLD"
    # ("BAC NINH - The province posted ... Exports were $25.7 billion": a province's story,
    # whose bare figures are its own, not its country's)
    unit = _unit_of_the_story(text, countries, main_r, main_p, lead_end)
    if unit is not None:
        main_r, main_p = unit, "WLD"
    home = _home_of_the_money(found, order)
    if home is not None and main_p in (None, "WLD") and (main_r is None or _only_a_destination(text, countries, main_r)):
        # "China monthly ... Exports to China: NZ$1,512m": no reporter named, the money is one
        # country's own currency, that country reports; the place named is its partner
        main_r, main_p = home, main_r or "WLD"
    elif guessed_r is not None and main_r == guessed_r and main_p in (None, "WLD") \
            and all(_after_first_figures(c, sents, found) for c in countries if c.attrs["iso"] == main_r):
        # "Iron ore earnings came in at A$133 billion ... Around A$106 billion goes to China.
        # Japan and Korea make up most of the rest": a country first named past the first
        # figures, as one of the buyers, does not report them; where every figure is in one
        # unnamed country's own money (dollar prices beside it are any trader's), that
        # country reports
        own = _home_of_the_money(found, order, beside_vehicle=True)
        if own is not None:
            main_r, main_p = own, "WLD"
    hint = _currency_hints(text, order, main_r, int(doc.published[:4]) if doc.published else None)
    restated = restated_bare_dollars(found["amount"]) if "$" not in hint else {}
    fiscal, by_start, quarters = None, False, False
    # a fiscal year is the reporting country's: the dateline's city names it best
    # (a wire report from a third country's city follows the pair's own fiscal year)
    # (any country named only when the text's own is unknown: a Thai release naming Myanmar
    # among its border partners keeps the calendar year)
    for iso in ([city] if city in (main_r, main_p) else []) + [main_r, main_p, city] + (order if main_r is None else []):
        if iso in vocab.fiscal_years():
            fiscal = vocab.fiscal_years()[iso]
            by_start = iso in vocab.fiscal_years_named_by_start()
            quarters = iso in vocab.fiscal_years_counting_quarters()
            break
    stated = stated_fiscal_start(text)
    if stated is not None and stated != fiscal:
        # "in the fiscal year ended 30 September 2023": the text says when its fiscal year
        # ends (a company's own, say), where its country keeps none: a single year then names
        # the fiscal year ending in it ("fiscal 2023" to September 2023). Where the country
        # keeps another ("the Trade Office's fiscal year that ended June 30" in a US text,
        # beside the federal "fiscal 2021"), which one a bare "fiscal 2021" means is unsaid:
        # a guess
        fiscal, by_start, quarters = (stated, False, False) if fiscal is None else (None, False, False)
    lead_text = text[:lead_end]
    cue = _NON_OIL_CUE.search(lead_text)
    if cue and _non_oil_beside_oil(lead_text, sents):
        cue = None  # the whole split in two, oil and the rest: non-oil trade is one part
    scope = "non-oil" if cue else None
    if scope and sents and _names_an_account(text[sents[0].start:sents[0].end]):
        scope = None  # a balance-of-payments report: its non-oil trade is one part, not its scope
    product = None if scope else _product_scope(text, sents, found)
    return DocContext(published=pub, main_reporter=main_r, main_partner=main_p, country_order=order,
                      currency_hint=hint, restated_dollars=restated, fiscal_start=fiscal, fiscal_by_start=by_start, decimal_comma=found["decimal_comma"],
                      has_services=_names_services_apart(text), scope=scope or product,
                      product_scope=product is not None, main_members=members if main_p and main_p.startswith("group:") else (),
                      fiscal_quarters=quarters, headline_pair_only=headline_only,
                      gives_all_services=_gives_all_services(text))


@functools.cache
def _fiscal_end_re() -> re.Pattern:
    """"the fiscal year ended 30 September 2023", "fiscal year 2023 (ended 30 September
    2023)", "Fiscal Year Ended March 31, 2024", "the financial year ending June 30": the month
    a text's fiscal year ends in."""
    mon = vocab.alternation(list(vocab.months()), ignore_case=True)
    return re.compile(rf"\b(?:financial|fiscal)\s+year\s+(?:(?:19|20)\d\d(?:\s?[-/–]\s?(?:19|20)?\d\d)?\s*)?(?:\(\s*|,\s*)?"
                      rf"(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?P<m>{mon})\b", re.I)


def stated_fiscal_start(text: str) -> int | None:
    """The first month of the fiscal year the text says ends in a given month (the month
    after it; January for a year ending in December), when it names one such month only."""
    if not any(w in text for w in ("iscal", "inancial", "ISCAL", "INANCIAL")):
        return None  # (cheap: most texts name no fiscal year)
    ends = {vocab.months()[m["m"].lower()] for m in _fiscal_end_re().finditer(text)}
    return ends.pop() % 12 + 1 if len(ends) == 1 else None


# what stands between two places of one list: a comma or "and", after the figure in brackets
# the first may carry ("the Netherlands ($5.1), Hong Kong ($2.0)")
_ENUMERATION_GAP = re.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def _opens_enumeration(text: str, countries: list[Mention], c: Mention) -> bool:
    """Whether `c` is the first of three places or more in one list."""
    i = next((k for k, x in enumerate(countries) if x is c), None)
    if i is None or i + 2 >= len(countries):
        return False
    return all(_ENUMERATION_GAP.fullmatch(text, countries[k].end, countries[k + 1].start) for k in (i, i + 1))


def _only_a_rival(text: str, countries: list[Mention], key: str, lead_end: int) -> bool:
    """Whether the opening names a place only as a rival the reporter is ranked against
    ("second only to Guangdong", "behind Jiangsu"; vocab/rank_against_cues.csv), never as
    the side it trades with."""
    named = [c for c in countries if c.start < lead_end and (c.attrs["iso"] or c.attrs["kind"] == "group") and _ckey(c) == key]
    return bool(named) and all(_rival_cue_re().search(text, max(0, c.start - 30), c.start) for c in named)


# what joins a rival to the next place of its list ("Chinese and South Korean yards")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?")


def named_as_rivals(text: str, lead: list[Mention]) -> set[int]:
    """The starts of the places the opening names only as rivals or competitors (a cue of
    _rival_cue_re right before, or a list joined to such a place): no partner of the lead."""
    out: set[int] = set()
    prev = None
    for c in lead:
        if _rival_cue_re().search(text, max(0, c.start - 30), c.start) \
                or (prev is not None and prev.start in out and _LIST_JOIN.fullmatch(text, prev.end, c.start)):
            out.add(c.start)
        prev = c
    return out


@functools.cache
def _rival_cue_re() -> re.Pattern:
    # (a competitor of the reporter's firms is a rival too: "harder to compete with Chinese
    # yards", vocab/competitor_cues.csv)
    cues = vocab.alternation(vocab.rank_against_cues() + [r["phrase"] for r in vocab.table("competitor_cues")],
                             ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+)?$", re.I)


@functools.cache
def _class_cue_re() -> re.Pattern:
    """"than almost any country in Europe": a place named as the class a country is compared
    within (vocab/comparison_class_cues.csv), no partner of its trade."""
    cues = vocab.alternation(vocab.comparison_class_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+)?$", re.I)


def _unit_of_the_story(text: str, countries: list[Mention], main_r: str | None, main_p: str | None, lead_end: int) -> str | None:
    """"Bac Ninh leads the country in exports ... The province accounted for 22.9 per cent of
    Vietnam's total export value": a lead that names one sub-national unit first, and its
    country only as the owner of a whole after a preposition ("of Vietnam's total", "30% of
    Malaysia's exports"), is the unit's story; its bare figures ("Export turnover was $25.7
    billion") are the unit's, not the country's. None where the lead names any other place
    (a partner) or the country as a subject, or where the text names a second unit of the
    country ("Maharashtra came second ... the top three states accounted for 59.4% of the
    country's exports": a ranking of units, whose bare figures may be the country's)."""
    if main_r is None or main_p not in (None, "WLD") or main_r in vocab.subnational():
        return None
    units = vocab.subnational()
    named = [c for c in countries if c.start < lead_end and c.attrs["iso"] not in (None, "WLD")]
    if not named or units.get(named[0].attrs["iso"]) != main_r:
        return None
    unit = named[0].attrs["iso"]
    if any(units.get(c.attrs["iso"] or "") == main_r and c.attrs["iso"] != unit for c in countries):
        return None
    for c in named:
        iso = c.attrs["iso"]
        if iso == unit:
            continue
        if iso != main_r or not PREP_BEFORE_COUNTRY.search(text, max(0, c.start - 24), c.start):
            return None
    return unit


def _unit_of(key: str | None, country: str) -> bool:
    """Whether a place is a state or province of the country ("mills in Illinois, Ohio and
    South Carolina" under a U.S. lead): a country does not trade with its own units, so none
    is its partner (link/units.py reads a unit's own figures)."""
    return key is not None and vocab.subnational().get(key) == country


@functools.cache
def _group_anaphor_re() -> tuple[re.Pattern, re.Pattern]:
    """"the group's" (vocab/group_anaphors.csv) after a flow and "of", "from" or "by"
    ("exports from the group's 45 members"), and before it ("The group's exports")."""
    noun = vocab.alternation(vocab.group_anaphors(), ignore_case=True)
    return (re.compile(rf"\s+(?:of|from|by)\s+the\s+(?:{noun})['’]s?\s", re.I),
            re.compile(rf"\bthe\s+(?:{noun})['’]s\s+(?:[\w-]+\s+){{0,2}}\Z", re.I))


def _gives_a_figure(text: str, s: Sentence) -> bool:
    """Whether a sentence of the body's opening gives a figure: one that gives none ("GENEVA -
    The landlocked countries remain far from their trade goals") owns no flow the figures
    after it are of."""
    return re.search(r"\d", text[s.start:s.end]) is not None


def _group_named_back(text: str, sents: list[Sentence], countries: list[Mention], flows: list[Mention]) -> str | None:
    """The country group named before ("The least developed countries (LDCs) remain ...")
    that the body's first flow refers back to by a noun ("Merchandise exports from the
    group's 45 members reached $262 billion"), as "group:<label>"; None when the first flow
    names no group that way or no group without a code comes before it."""
    after, before = _group_anaphor_re()
    for s in sents:
        if not _gives_a_figure(text, s):
            continue
        f = next((f for f in flows if s.start <= f.start < s.end and f.attrs["measure"] in ("exports", "imports", "trade_total")), None)
        if f is None:
            continue
        if not (after.match(text, f.end) or before.search(text, max(s.start, f.start - 60), f.start)):
            return None
        group = [c for c in countries if c.end <= f.start and c.attrs["kind"] == "group" and not c.attrs["iso"]
                 and not c.attrs["label"].startswith("other than")]
        return "group:" + group[-1].attrs["label"] if group else None
    return None


# a dateline's place before its dash: "GEORGETOWN, Guyana – ", "NAIROBI, Kenya, 3 May (Reuters) – "
_DATELINE_PLACE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'-]+,\s+[^\n.()–—]{2,40}?\s*(?:\([^)\n]{1,30}\)\s*)?(?:[-–—]+|:)\s")


def _bloc_filed_from_a_member(text: str, sents: list[Sentence], countries: list[Mention], city: str | None) -> str | None:
    """The bloc a text is about when it is filed from one of the bloc's members and names
    the member only in its dateline ("GEORGETOWN, Guyana – Intra-regional trade remains a
    modest slice of the Caribbean Community's commerce"): the bloc named in the headline or
    lead whose members include the dateline's country (vocab/blocs.csv), as its key. None when
    the lead names the member beyond its dateline ("Guyana's exports to CARICOM rose"): then
    the member reports. `city`: the dateline's country."""
    if city is None or not sents:
        return None
    dateline = next((m for s in sents for m in [_DATELINE_PLACE.match(text, s.start, s.end)] if m), None)
    # (or a line of its own under the title: "Dakar, September 2022")
    in_dateline = (lambda c: (dateline is not None and dateline.start() <= c.start < dateline.end()) or on_place_date_line(text, c.start))
    # (up to the lead's first figure: a member ranked after the bloc's figures, "Trinidad and
    # Tobago ... accounted for US$1.6 billion", is a part of them, no reporter)
    past = dateline.end() if dateline else 0
    lead_end = next((s.end for s in sents if re.search(r"\d", text[max(s.start, past):s.end])), sents[-1].end)
    if any(c.attrs["iso"] == city and c.start < lead_end and not in_dateline(c) for c in countries):
        return None
    members = vocab.bloc_members()
    for c in countries:
        if c.start >= lead_end or c.attrs["kind"] != "group" or c.attrs["iso"]:
            continue
        key = "group:" + c.attrs["label"]
        if city in members.get(key, ()):
            return key
    return None


# what may stand between a group and the flow it owns: "Developing economies' merchandise exports"
_GROUP_FLOW_GAP = re.compile(r"(?:['’]s?)?(?:\s+(?:total|overall|merchandise|goods|services|commercial|combined|annual))*\s+", re.I)


def _owner_of_first_flow(text: str, sents: list[Sentence], countries: list[Mention], flows: list[Mention]) -> str | None:
    """Who owns the first flow of the body's opening, where that is a group without a code
    of its own (a country group: "the least developed countries", "Developing economies",
    "the Group of Seven"), as "group:<label>", or the world ("Global trade"), as "WLD": the
    group before the flow as its subject ("Developing economies' merchandise exports") or
    after it behind "of" ("Merchandise exports of the LDCs"). None for anyone else."""
    for s in sents:
        if not _gives_a_figure(text, s):
            continue
        groups = [c for c in countries if s.start <= c.start < s.end and c.attrs["kind"] == "group" and not c.attrs["iso"]
                  and not c.attrs["label"].startswith("other than") and not _after_an_owner(text, c, countries)]
        if any(f.attrs["measure"] == "other" and _world_right_before(text, f, countries) for f in flows
               if s.start <= f.start < s.end and not any(g.start < f.start for g in groups)):
            # "The global trade finance gap rose to $2.5 trillion": money that is no flow,
            # the world's by the word before it; the note is on the world
            return "WLD"
        for f in (f for f in flows if s.start <= f.start < s.end and f.attrs["measure"] in ("exports", "imports", "trade_total")):
            for c in groups:
                if (c.end <= f.start and _GROUP_FLOW_GAP.fullmatch(text, c.end, f.start)) \
                        or (f.end <= c.start and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[f.end:c.start])):
                    return "group:" + c.attrs["label"]
            return "WLD" if _world_flow_re().search(text, max(s.start, f.start - 40), f.end) else None
    return None


def _world_right_before(text: str, f: Mention, countries: list[Mention]) -> bool:
    """Whether the word right before a flow names the world ("global", "world")."""
    return any(c.attrs["iso"] == "WLD" and c.end < f.start and text[c.end:f.start].isspace() and f.start - c.end < 3
               for c in countries)


def _after_an_owner(text: str, group: Mention, countries: list[Mention]) -> bool:
    """"Rwanda's informal cross-border exports": a group word after a country's possessive
    says where the country's flow goes, it owns no flow of its own."""
    return any(c.attrs["iso"] and c.attrs["possessive"] and c.end <= group.start
               and re.fullmatch(r"(?:['’]s?)?(?:\s+[a-z-]+){0,2}\s+", text[c.end:group.start]) for c in countries)


@functools.cache
def _world_flow_re() -> re.Pattern:
    """A flow the words before it make the world's ("Global trade", "world merchandise
    exports"; vocab/world_cues.csv), ending where the flow word ends."""
    words = vocab.alternation(vocab.world_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})$", re.I)


def _home_of_the_money(found: dict, named: list[str], beside_vehicle: bool = False) -> str | None:
    """The one country whose own currency every amount is written in ("NZ$1,512m": each
    sign names that currency alone), if the text never names that country; with
    `beside_vehicle`, amounts in a currency any country trades in ("US$95 a tonne") are
    passed over."""
    codes = {tuple(a.attrs.get("codes") or ()) for a in found["amount"]}
    if beside_vehicle:
        codes = {c for c in codes if not (len(c) == 1 and c[0] in vocab.vehicle_currencies())}
    if len(codes) != 1:
        return None
    (code,) = codes
    if len(code) != 1 or code[0] in vocab.vehicle_currencies():
        return None  # ("USD 11.4 trillion" in an UNCTAD text: no country's own money)
    homes = [iso for iso, cur in vocab.country_currency().items() if cur == code[0] and len(iso) == 3]
    return homes[0] if len(homes) == 1 and homes[0] not in named else None


def _only_a_destination(text: str, countries: list[Mention], iso: str) -> bool:
    """Whether the place is named in the body only as where goods go or come from
    ("Exports to China"), never as a subject (a heading, "China monthly", is no subject)."""
    body = [c for c in countries if c.attrs["iso"] == iso and "\n" in text[:c.start].strip()]
    return bool(body) and all(_DESTINATION_BEFORE.search(text, max(0, c.start - 20), c.start)
                              or re.search(r"\b(?:from|with)\s+(?:the\s+)?$", text[max(0, c.start - 20):c.start], re.I) for c in body)


_LIST_JOIN = re.compile(r"(?:,\s*|\s+and\s+)(?:the\s+)?\Z", re.I)


def _listed_partners(text: str, lead: list[Mention], first: str) -> tuple[str, tuple] | None:
    """A group key and its members for the partner a lead names as a list of sources ("from
    China and Vietnam", "from China, Vietnam"), or None where the first partner stands alone."""
    for a, b in zip(lead, lead[1:]):
        if a.attrs["iso"] == first and b.attrs["iso"] and b.attrs["iso"] != first \
                and _LIST_JOIN.search(text, a.end, b.start) and _named_as_source(text, a) and _named_as_source(text, b):
            return f"group:{a.attrs['label']} and {b.attrs['label']}".lower(), (a.attrs["iso"], b.attrs["iso"])
    return None


def lists_sources(text: str, a: Mention, b: Mention) -> bool:
    """"imports of clear float glass from Malaysia and Thailand": two places listed after a
    preposition of where goods came from or went, no pair that trades with each other."""
    return bool(_LIST_JOIN.search(text, a.end, b.start)) and not _reporting(text, b) \
        and re.search(r"\b(?:to|into|from)\s+(?:the\s+)?\Z", text[max(0, a.start - 12):a.start], re.I) is not None


def _sources_named(text: str, lead: list[Mention]) -> set[str]:
    """The places the lead names as where goods came from or went to."""
    return {c.attrs["iso"] for c in lead if c.attrs["iso"] and _named_as_source(text, c)}


# "non-oil trade", "excluding oil": a lead that frames the text as about trade without oil
_NON_OIL_CUE = re.compile(r"\bnon-oil\s+(?:foreign\s+)?trade\b|\b(?:not\s+counting|excluding|except(?:\s+for)?|apart\s+from|other\s+than)\s+(?:crude\s+)?oil\b", re.I)


def _in_cause_after_figure(text: str, sents: list[Sentence], c: Mention) -> bool:
    """Whether the place stands in a clause of cause after a figure ("US$58.3 million last
    year, ..., as premium brands found more shelf space in Europe"): where the cause played
    out, no partner of the figures. (Asked of regions only: a country there may still be the
    text's partner, read on by rules of its own.)"""
    sent = next((s for s in sents if s.start <= c.start < s.end), None)
    return sent is not None and in_cause_aside(text, sent.start, c.start, c.end)


def _in_headline_cause(text: str, sents: list[Sentence], found: dict, c: Mention) -> bool:
    """Whether the place stands in the headline's clause of cause right after its figure, as
    the partner of the flow it names ("UK pharma trade deficit widens to £2.8bn as EU imports
    climb"): one flow's partner, not the pair of the figures the text gives (its rows and
    paragraphs name their own partners). (Not a place that names no flow there, "exports fall
    5.9% as EU tariff threat returns": the text may well be on its trade with it.)"""
    head = sents[0] if sents else None
    if head is None or head.paragraph != 0 or not head.start <= c.start < head.end:
        return False
    if not any(f.start > c.end and not text[c.end:f.start].strip() and f.attrs["measure"] in ("exports", "imports", "trade_total")
               for f in found["flow"]):
        return False
    ends = [m.end for m in found["amount"] + found["percent"] if head.start <= m.start and m.end <= c.start]
    return bool(ends) and in_cause_right_after(text, max(ends), c.start)


# a place right after a flow word and its preposition: "shipments to the United States"
_PLACE_OF_FLOW_GAP = re.compile(r"\s+(?:to|from|with|into)\s+(?:the\s+)?", re.I)


@functools.cache
def _cause_clause_to_place_re() -> re.Pattern:
    """A comma, a cause clause's opener (vocab/cause_clause_openers.csv) and its words up to
    a place, with no figure or comma between."""
    words = vocab.alternation(vocab.cause_clause_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf",\s+(?:{words})\s+[^\d;:,$€£¥%()]*$", re.I)


def _partner_of_a_flow_in_cause(text: str, sents: list[Sentence], found: dict, c: Mention) -> bool:
    """"Japan posted a trade deficit of ¥324.0 billion in August, the first shortfall in seven
    months, as the cost of crude oil imports ballooned and shipments to the United States
    slumped": a place named as the partner of a flow ("shipments to the United States") in a
    clause of cause after the sentence's figure is that one flow's partner, why the figure
    moved; the figures the text gives are not of its trade with that place (the paragraphs
    that turn to it name it again)."""
    sent = next((s for s in sents if s.start <= c.start < s.end), None)
    if sent is None or not any(k in text[sent.start:c.start] for k in (" as ", " amid ", " because ", " by ")):
        return False  # (cheap: no cause clause's opener before the place)
    ends = [m.end for m in found["amount"] + found["percent"] if sent.start <= m.start and m.end <= c.start]
    if not ends or not _cause_clause_to_place_re().search(text, min(ends), c.start):
        return False
    flows = [f for f in found["flow"] if f.attrs["measure"] in ("exports", "imports", "trade_total")]
    return any(f.end <= c.start and _PLACE_OF_FLOW_GAP.fullmatch(text, f.end, c.start) for f in flows) \
        or any(f.start >= c.end and not text[c.end:f.start].strip() for f in flows)


def _after_first_figures(c: Mention, sents: list[Sentence], found: dict) -> bool:
    """Whether the place is first named in a sentence after the first one with a figure in
    it: a partner named later does not carry back to the figures before it."""
    figures = [m.start for m in found["amount"] + found["percent"]]
    if not figures:
        return False
    first = next((s for s in sents if s.start <= min(figures) < s.end), None)
    return first is not None and c.start >= first.end


# "Exports to the USA", "€2,205m went to Belgium", "imports from China": a place named as
# where goods went or came from (not "exports from Pakistan", the exporter)
# (also the next place of a list after the preposition, "solar glass from China, Vietnam",
# "imports from China and Vietnam"; not after "exports from China", whose exporter reports)
_DESTINATION_BEFORE = re.compile(r"\b(?:to|into|imports\s+from)\s+(?:the\s+)?$|"
                                 r"\b(?:to|into|(?<!export)(?<!exports)(?<!exported)(?<!shipments)(?<!sales)\s+from)\s+(?:the\s+)?"
                                 r"(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*))?(?:,\s*|\s+and\s+)(?:the\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


def _named_as_source(text: str, c: Mention) -> bool:
    """A place named as where goods came from or went to ("solar glass from China"), which
    may still read as an exporter elsewhere ("exports from Pakistan")."""
    return not c.attrs["possessive"] and (not _reporting(text, c) or _FROM_BEFORE.search(text, max(0, c.start - 10), c.start) is not None)


# the reporter of a national release that never names its own country (a group key: the
# checks compare its figures with each other, and with no reference data)
UNNAMED_REPORTER = "group:unnamed reporter"


def _national_release(text: str, found: dict, lead_end: int) -> bool:
    """Whether the lead gives figures of the exports, the imports and the balance they leave,
    as a national release's does (not a minister's export goal beside energy imports)."""
    if not found["amount"] or not any(m.start < lead_end for m in found["amount"] + found["percent"]):
        return False
    # (to the end of the paragraph of its first money figure, which may follow the changes:
    # "Exports increased by 3.7% ... Exports of goods amounted to ... a trade balance deficit of")
    first = min(m.start for m in found["amount"])
    end = text.find("\n\n", first)
    end = max(lead_end, len(text) if end < 0 else end)
    return {"exports", "imports", "balance"} <= {f.attrs["measure"] for f in found["flow"] if f.start < end}


def _placeless_release(text: str, found: dict, countries: list[Mention], anaphors: list[Mention]) -> bool:
    """"In June the trade balance registered a surplus of US$97.3 million ...\n\n* Exports in
    June: US$34,170.8mn": a text that names no place at all, not even in passing, whose first
    money figure's paragraph and the one after it give the exports, the imports and the
    balance, is on one reporter's trade, as a national release's lead is (`_national_release`,
    whose lead here runs on into the paragraph after). Its first money figure is written out
    with its currency, as prose gives it (a table's bare cell under a unit heading opening the
    text is no lead)."""
    if countries or anaphors or not found["amount"]:
        return False
    first = min(found["amount"], key=lambda m: m.start)
    if not re.search(r"[^\d\s.,+-]", first.text):
        return False
    end = text.find("\n\n", first.start)
    after = text.find("\n\n", end + 2) if end >= 0 else -1
    return _national_release(text, found, len(text) if end < 0 or after < 0 else after)


# "Intra-EU trade", "exports to intra-EU countries": the bloc named as the inside of a split
_INSIDE_OF_A_SPLIT = re.compile(r"\bintra-$", re.I)


def _intra_bloc_headline(text: str, sents: list[Sentence], countries: list[Mention]) -> str | None:
    """The key of the bloc whose trade within itself the headline opens on ("Intra-Mercosur
    trade climbs"), or None."""
    if not sents:
        return None
    head = sents[0]
    first = next((c for c in countries if head.start <= c.start < head.end), None)
    if first is None or first.attrs["kind"] != "group" or first.attrs["iso"] \
            or not _INSIDE_OF_A_SPLIT.fullmatch(text, head.start, first.start):
        return None
    return "group:" + first.attrs["label"]


def _first_reporting(text: str, countries: list[Mention]) -> str | None:
    """The first country named that is not a flow's destination or origin: a release that
    never names its own country ("Exports to the USA were €8,512m") has no reporter to
    guess, rather than the first partner it names. Nor a table row's label ("| USA | 971 |"
    under "| Market | 2024 (£m) |"): that row's place, whose figures a reporter's table lists
    one by one, no reporter of the whole text."""
    return next((c.attrs["iso"] for c in countries if c.attrs["iso"] and c.attrs["iso"] != "WLD" and _reporting(text, c)
                 and not in_body_row_label(text, c.start)), None)


def _reporting(text: str, c: Mention) -> bool:
    """Whether a place can be the reporter: not named as where goods went or came from, nor
    said to be a partner ("China remained the top trading partner at the port")."""
    if c.attrs["possessive"]:
        return True
    if c.attrs["kind"] == "demonym" and origin_of_purchases(text, c):
        return False  # ("purchases of Chinese electronics": where bought goods come from)
    return _reporting_at(text, c.start, c.end)


@functools.lru_cache(maxsize=1024)
def _reporting_at(text: str, start: int, end: int) -> bool:
    """`_reporting` of the place at [start, end) (cached: a place is asked about four times
    over on average, by the lead and by each figure near it; keyed on the text)."""
    return not _DESTINATION_BEFORE.search(text, max(0, start - 45), start) and not _called_partner_re().match(text, end) \
        and not _flow_with_re().search(text, max(0, start - 40), start) and not _overtaken_partner(text, start, end) \
        and not _LISTED_SOURCE_BEFORE.search(text, max(0, start - 160), start) \
        and not (_FROM_BEFORE_PLACE.search(text, max(0, start - 30), start) and _LIST_GOES_ON.match(text, end)) \
        and not _located_works(text, start) and not _owner_compound_re().match(text, end) \
        and not _listed_market_re().search(text, max(0, start - 160), start)


@functools.cache
def _owner_compound_re() -> re.Pattern:
    """"Chinese-owned companies": a place joined to a word of ownership (vocab/
    owner_compounds.csv) names who owns or backs a thing, no reporter of the text's figures."""
    words = vocab.alternation([r["word"] for r in vocab.table("owner_compounds")], ignore_case=True)
    return re.compile(rf"-(?:{words})\b", re.I)


def _located_works(text: str, start: int) -> bool:
    """"Its plant in Rayong, Thailand, began production": the place a works stands in
    (vocab/facility_nouns.csv) is where a firm makes goods, no reporter of the text's
    figures (a city named before the country: "in Pune, India")."""
    before = text[max(0, start - 60):start]
    return " in " in before and _located_works_re().search(before) is not None


@functools.cache
def _located_works_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.facility_nouns(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{nouns})\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?,\s+)?$", re.I)


# "Imports of Steel Strapping from Brazil, India, Thailand, and the Republic of Türkiye"
# (the place's title before its name, "the Republic of", is part of the item), "wire rod
# originating in China, Egypt and Vietnam", "probe of aluminium wheels from Mexico, Korea and
# Thailand": each place of a list of where goods come from is a source, a partner of
# whoever imports them, not the reporter. A place alone after "from" is one only after
# "imports of ..." ("shipments of beef from Brazil": Brazil's own exports, maybe), or where
# it opens a list (`_FROM_BEFORE_PLACE` then `_LIST_GOES_ON`); not after an exporting word
# ("exports from China and India rose": the places that export report).
_FROM_BEFORE_PLACE = re.compile(r"(?<!export)(?<!exports)(?<!exported)(?<!shipments)(?<!sales)\s+from\s+(?:the\s+)?$", re.I)
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?-i:[A-Z])")
_NAME = r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w.'’-]*){0,3}"
_ITEM = rf"(?:the\s+)?{_NAME}(?:,\s*(?:and\s+)?|\s+and\s+)"
_TITLE = r"(?:the\s+)?(?:(?-i:[A-Z])\w*\s+of\s+(?:the\s+)?)?"
_LISTED_SOURCE_BEFORE = re.compile(
    rf"(?:\bimports\s+(?:of\s+(?:[\w-]+\s+){{1,6}}?)?from\s+|\boriginating\s+(?:in|from)\s+)(?:{_ITEM}){{0,8}}{_TITLE}$"
    rf"|(?<!export)(?<!exports)(?<!exported)(?<!shipments)(?<!sales)\s+from\s+(?:{_ITEM}){{1,8}}{_TITLE}$", re.I)


@functools.cache
def _listed_market_re() -> re.Pattern:
    """"demand in key markets like the US, Hong Kong and the": a noun for partners
    (vocab/partner_nouns.csv), a cue that lists some of them (vocab/listed_partner_cues.csv)
    and the places of that list up to this one: each is a market of the reporter, no reporter."""
    nouns = vocab.alternation(vocab.partner_nouns(), ignore_case=True, space=r"\s+")
    cues = vocab.alternation([r["phrase"] for r in vocab.table("listed_partner_cues")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{nouns})\s*,?\s+(?:{cues})\s+(?:{_ITEM}){{0,8}}{_TITLE}$", re.I)


@functools.cache
def _flow_with_re() -> re.Pattern:
    """"RI surplus with US widens as deficit with China persists": a place right after a flow
    word's "with" (vocab/flows.csv) is the side the flow is with, no reporter."""
    flow = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure != "other"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{flow})\s+with\s+(?:the\s+)?\Z", re.I)


def _ranked_in_headline(text: str, sents: list[Sentence], c: Mention) -> bool:
    """"PH banana export earnings dip 3.1% in H1; China still top buyer": a place the headline
    ranks among the partners (vocab/rank_nouns.csv) is the largest one, a detail of the story,
    not the partner of every figure the text gives."""
    head = sents[0] if sents else None
    if head is None or head.paragraph != 0 or not head.start <= c.start < head.end:
        return False
    return _headline_rank_re().match(text, c.end, head.end) is not None


@functools.cache
def _headline_rank_re() -> re.Pattern:
    # "China still top buyer", "Japan remains biggest market": a headline's ranking, its verb
    # and article often left out, a word or more (the rank) before the noun
    # ("China still in first place": or a rank and its noun, vocab/rank_places.csv)
    nouns = vocab.alternation(vocab.rank_nouns(), ignore_case=True, space=r"\s+")
    rank = vocab.alternation(vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    place = vocab.alternation(vocab.rank_places("noun"), ignore_case=True, space=r"\s+")
    return re.compile(r"\s+(?:(?:still|now|again|remains|remained|is|stays|becomes|became)\s+){0,2}"
                      rf"(?:(?:(?:the|its)\s+)?(?:[\w-]+\s+){{1,3}}?(?:{nouns})s?"
                      rf"|(?:in|at)\s+(?:the\s+)?(?:{rank})\s+(?:{place}))\b", re.I)


@functools.cache
def _called_partner_re() -> re.Pattern:
    """"China remained the top trading partner", "Mexico is its largest supplier": a place the
    sentence says is a partner in a ranking (vocab/rank_nouns.csv), no reporter."""
    nouns = vocab.alternation(vocab.rank_nouns(), ignore_case=True, space=r"\s+")
    # ("India overtook France to become the largest market", "Mexico surpassed China as the
    # top trading partner": one that overtakes another in a ranking of partners is a partner)
    overtake = vocab.alternation(vocab.overtake_verbs(), ignore_case=True, space=r"\s+")
    rival = r"(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}(?:\s+(?:in\s+)?(?:19|20)\d\d)?,?\s+(?:to\s+become|as)"
    # ("India was again the largest market", "China is still its top supplier": an adverb
    # that ties the clause to what came before, vocab/sentence_adverbs.csv, may stand between)
    adverb = vocab.alternation(vocab.sentence_adverbs(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:remained|remains|was|is|became|becomes|stayed|stays|has\s+been|had\s+been|(?:{overtake})\s+{rival})"
                      rf"(?:\s+(?:{adverb}))?\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})s?\b", re.I)


@functools.cache
def _overtaken_partner_re() -> tuple[re.Pattern, re.Pattern]:
    """"overtook " right before a place, and " to become the largest market" right after it:
    the rival a partner overtook in a ranking of partners is a partner too, no reporter."""
    nouns = vocab.alternation(vocab.rank_nouns(), ignore_case=True, space=r"\s+")
    overtake = vocab.alternation(vocab.overtake_verbs(), ignore_case=True, space=r"\s+")
    return (re.compile(rf"\b(?:{overtake})\s+(?:the\s+)?$", re.I),
            re.compile(rf"(?:\s+(?:in\s+)?(?:19|20)\d\d)?,?\s+(?:to\s+become|as)\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})s?\b", re.I))


def _overtaken_partner(text: str, start: int, end: int) -> bool:
    before, after = _overtaken_partner_re()
    return before.search(text, max(0, start - 24), start) is not None and after.match(text, end) is not None


# "Record first half for Norwegian seafood exports": the product's flow closing a headline,
# after a preposition (a demonym before it is the reporter's)
# "French aerospace surplus climbs to €28.6bn", "Brazil's chemicals deficit hits record": a
# product's balance at the headline's start, past its owner's name or demonym (a capital word)
# (or after a kicker and its colon: "Chemicals: Brazil's chemical trade gap hits record")
_HEADLINE_PRODUCT_BALANCE = re.compile(r"(?:\s*|[^:\n]{1,40}:\s+)(?:[A-Z][\w.]*(?:['’]s?)?\s+)?(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)??)\s+(?:trade\s+)?(?:surplus|deficit|gap)\b")
_HEADLINE_PRODUCT_AFTER = re.compile(r"\b(?:for|of|in)\s+(?:[A-Z][a-z]+\s+)?(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:exports|imports|shipments)\s*$")


# a dateline alone on its line ("TROMSO, 4 July 2024"): not yet the body
_DATELINE_ONLY = re.compile(r"\s*[A-Z][A-Z .'-]+,\s+[\w ,]{4,30}?\d{4}\s*")
# a line that only credits the text, before its body: "Daily Mirror, Colombo", "The
# Express Tribune, KARACHI", "Star Business Report" (a few capitalised words, no figure,
# no full stop)
_CREDIT_LINE = re.compile(r"\s*[A-Z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,4}(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*")


def _credit_line(text: str, sent: Sentence) -> bool:
    """Whether a sentence is a credit line (_CREDIT_LINE) standing on a line of its own."""
    own_line = text[sent.end:sent.end + 2].lstrip(" ")[:1] in ("\n", "")
    return own_line and _CREDIT_LINE.fullmatch(text, sent.start, sent.end) is not None


def _non_oil_beside_oil(lead: str, sents: list[Sentence]) -> bool:
    """"The oil trade balance showed a deficit of $1.88 billion, while non-oil trade posted a
    surplus of $0.83 billion": where the sentence that names non-oil trade names the oil part
    too (vocab/complement_parts.csv), the lead splits the whole in two; the article is about
    the whole, not about non-oil trade alone."""
    non_oil, oil = _non_oil_and_oil_re()
    return any(non_oil.search(lead, s.start, s.end) and oil.search(lead, s.start, s.end) for s in sents if s.start < len(lead))


@functools.cache
def _non_oil_and_oil_re() -> tuple[re.Pattern, re.Pattern]:
    oil = vocab.alternation(["oil"] + vocab.complement_parts().get("non-oil", []), ignore_case=True, space=r"\s+")
    return (re.compile(r"\bnon-oil\s+(?:foreign\s+)?trade\b", re.I), re.compile(rf"(?<!non-)\b(?:{oil})\b", re.I))


def _names_an_account(headline: str) -> bool:
    """"Egypt's current account deficit widens to $20.8bn": a headline about an account of
    the balance of payments (vocab/accounts.csv) other than trade."""
    return bool(_account_word_re().search(headline))


@functools.cache
def _account_word_re() -> re.Pattern:
    accounts = vocab.alternation(vocab.accounts(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?:{accounts})\b", re.I)


def _product_scope(text: str, sents: list[Sentence], found: dict) -> str | None:
    """An article about one product's trade ("Iron ore exports, country by country"): the
    headline is that product's flow and nothing wider, and the body's first sentence names
    the product again. Its figures are about that product unless they say otherwise."""
    if len(sents) < 2:
        return None
    head = text[sents[0].start:sents[0].end]
    # (or the flow's word before its measure: "Tea export volumes edge up, rupee earnings slip")
    from .commodities import canonical_label

    mm = re.match(r"\s*(?P<p>[A-Za-z][\w\s-]{1,30}?)\s+(?:exports|imports|trade|shipments|sales|export|import)\b", head, re.I) \
        or _HEADLINE_PRODUCT_AFTER.search(head)
    balance = _HEADLINE_PRODUCT_BALANCE.match(head)
    if not (mm or balance) or re.search(r"\b(?:total|overall|foreign\s+trade|of\s+[A-Z]\w*['’]s)\b", head, re.I):
        return None
    product = mm["p"].strip().lower() if mm else ""
    if not any(c.text.lower() == product and c.start < sents[0].end for c in found.get("commodity", [])):
        # ("EU chemical trade surplus narrows", "French aerospace surplus climbs": a product's
        # balance, past its owner's name; not goods, the whole's)
        mm = balance
        product = mm["p"].strip().lower() if mm else ""
        if not product or canonical_label(product) in ("goods", "services") or not any(c.text.lower() == product and c.start < sents[0].end for c in found.get("commodity", [])):
            return None
    if _headline_names_a_whole_balance(sents[0], found, mm.end() + sents[0].start):
        return None
    if _headline_names_another_product(text, sents[0], found, mm.end() + sents[0].start, product):
        return None
    first = next((x for x in sents[1:] if not _DATELINE_ONLY.fullmatch(text[x.start:x.end])
                  and not _credit_line(text, x)), sents[1])
    body = text[first.start:first.end].lower()
    if product not in body:
        return None
    # (as the figures' labels are: "textile" is textiles; a cased word as written: "IT")
    return canonical_label(mm["p"].strip() if mm["p"].strip() in vocab.cased_commodities() else product)


def _headline_names_another_product(text: str, head: Sentence, found: dict, after: int, product: str) -> bool:
    """Whether the headline, past the product's flow, names a second product ("Gold imports
    plunge as quota bites, energy bill climbs"): the article is about both and more, so
    neither is the scope of the figures that name none (exports, the gap)."""
    from .commodities import _price_after, canonical_label

    own = canonical_label(product)
    # (not a product's price or cost, the setting of the news: "EU chemical surplus narrows
    # as energy costs bite"; vocab/price_nouns.csv)
    return any(after <= c.start < head.end and canonical_label(c.text.lower()) != own and not _price_after().match(text, c.end, head.end)
               for c in found.get("commodity", []))


def _headline_names_a_whole_balance(head: Sentence, found: dict, after: int) -> bool:
    """Whether the headline, past the product's flow, also names a balance no product word
    qualifies, or a place's own exports or imports ("Log exports slide as Solomon Islands trade gap widens", "Rice exports surge,
    trade deficit narrows"): the article is about the whole trade as well, so the product is
    not the scope of its figures (imports and the deficit are of all goods)."""
    products = [c for c in found.get("commodity", []) if after <= c.start < head.end]
    places = [p for p in found.get("country", []) if after <= p.start < head.end]
    for f in found.get("flow", []):
        if not (after <= f.start < head.end) or any(c.end <= f.start for c in products):
            continue
        if f.attrs.get("measure") == "balance":
            return True
        if f.attrs.get("measure") in ("exports", "imports") and any(0 <= f.start - p.end <= 3 for p in places):
            # ("Copper shipments push Chilean exports to record": the product drives a
            # place's whole flow, which the article is about too)
            return True
    return False


# "non-" before a place's name: part of the name ("non-EU countries"), not the words before it
_NON_PREFIX = re.compile(r"\bnon-$", re.I)


# a relative clause open before a place: ", which go mostly to "
_IN_WHICH_ASIDE = re.compile(r",\s+which\s+[^,.;]*$")


def _official_source_country(lead: str) -> str | None:
    """The country whose statistics office or trade ministry the lead names
    (vocab/official_sources.csv): "according to figures released by Stats NZ today"."""
    for phrase, iso in vocab.official_sources().items():
        if re.search(rf"(?<![A-Za-z]){re.escape(phrase)}(?![A-Za-z])", lead, 0 if phrase.isupper() else re.I):
            return iso
    # ("RAJYA SABHA / STARRED QUESTION NO. 40 / ... Export of tea during 2023-24 was ...": a
    # question to a country's government, the house named, answered with its own trade;
    # vocab/legislatures.csv)
    for phrase, iso in vocab.legislatures().items():
        if re.search(rf"(?<![^\W\d_]){re.escape(phrase)}(?![^\W\d_])", lead, re.I):
            return iso
    return None


_DATELINE_HEAD = re.compile(r"(?m)^(?:By [^\n]*?\n)?([A-ZÀ-Þ][A-ZÀ-Þ.'-]+(?: [A-ZÀ-Þ.'-]+)*)(?:,|:\s|\s+(?:—|–|--?)\s|\s+\()")
# a line opened by a label in capitals and a colon: a title or a speaker ("HOST: ...")
_LABEL_LINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.' -]*(?:\([^)\n]{1,40}\))?:\s")


def _in_quotation(text: str, pos: int) -> bool:
    """Whether `pos` is inside a quotation within its paragraph."""
    span = text[text.rfind("\n\n", 0, pos) + 1:pos]
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


def _dateline_country(text: str) -> str | None:
    """The country of the dateline's city ("COLOMBO, December 8, 2017 -")."""
    # (or "WELLINGTON — ...", "WELLINGTON (Bloomberg) -- ...", "KARACHI: ...")
    for dl in _DATELINE_HEAD.finditer(text, 0, 1500):
        name = dl.group(1).strip()
        # (a sub-national city, "DUBAI", dates the text by its country)
        iso = (_state_after_city(text, dl.end(), name) or vocab.country_of(vocab.countries().get(name.title(), (None,))[0])
               or vocab.cities().get(name.upper()))
        if iso is not None or not _LABEL_LINE.match(text, dl.start()):
            return iso
        # (a transcript's title or a speaker's label, "RADIO TRANSCRIPT: ...", "HOST: ...",
        # is not the dateline: the place may come on a line after it, "KIGALI, Sept 14")
    # ("Mumbai, April 18: Gross exports of gems ...": a city in title case, then its date and a colon)
    dl = _TITLE_DATELINE.search(text, 0, 1500)
    return vocab.cities().get(dl.group(1).upper()) if dl else None


# a line of its own that holds only a place and a date, under a report's title ("Dakar,
# September 2022", "Accra, 3 March 2021"): where the report was issued, a dateline
_PLACE_DATE_LINE = re.compile(r"(?m)^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),[ \t]+(?:[0-3]?\d[ \t]+)?"
                              r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:[ \t]+[0-3]?\d,?)?[ \t]+(?:19|20)\d\d[ \t]*$")


def place_date_line_country(text: str) -> str | None:
    """The country of the city of such a line ("Dakar, September 2022" under "BCEAO – Report
    on ..."), read only to tell a bloc's report filed from a member (see
    _bloc_filed_from_a_member): elsewhere the places of the lead decide as before."""
    pl = _PLACE_DATE_LINE.search(text, 0, 600)
    return vocab.cities().get(pl.group(1).upper()) if pl is not None else None


def on_place_date_line(text: str, pos: int) -> bool:
    """Whether `pos` lies in the place of such a dateline line near the top: the city is
    where the report was issued, as a dateline's is."""
    if pos > 600:
        return False
    start = text.rfind("\n", 0, pos) + 1
    m = _PLACE_DATE_LINE.match(text, start)
    return m is not None and start <= pos < m.end(1)


# the state or province after a dateline's city and its comma, up to the dateline's end
# ("SAN PEDRO, Calif. (JOC) -", "WINDSOR, Ontario -", "PORTLAND, Ore., March 3 -")
_STATE_AFTER_CITY = re.compile(r"\s*(?P<state>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*(?=[,(:]|\s(?:—|–|--?)\s)")


def _state_after_city(text: str, at: int, city: str) -> str | None:
    """The country of the state a dateline names after its city, where it names one (a city's
    name is often shared across countries; its state's abbreviation is not): an abbreviation
    of vocab/state_abbreviations.csv, or, for a city the vocabulary does not place, a name of
    vocab/countries.csv (which holds the states of vocab/subnational.csv). A known city keeps
    its country against a full name ("ATLANTA, Georgia" is no dateline in Georgia)."""
    if text[at - 1:at] != ",":
        return None
    m = _STATE_AFTER_CITY.match(text, at, at + 40)
    if not m:
        return None
    iso = vocab.state_abbreviations().get(m["state"])
    if iso or city.upper() in vocab.cities() or city.title() in vocab.countries():
        return iso
    return vocab.country_of(vocab.countries().get(m["state"], (None,))[0])


_TITLE_DATELINE = re.compile(r"(?m)^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d"
                             r"|[0-3]?\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+(?:19|20)\d\d)?\s*:\s")


# a comparative right after a flow's verb: "supplies more", "buys less", "sells even more"
_COMPARED_AFTER_FLOW = re.compile(r"\s+(?:even\s+|still\s+|far\s+|much\s+)?(?:more|less|fewer)\b(?!\s+than\s+\d)", re.I)


# the gap between two places of a list: ", ", " and ", ", and ", past capitalised items the
# vocabulary may not know as places (", Ivorian and ")
_LISTED_PLACES_GAP = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*)*\s*(?:,\s*and|,|and|or|,\s*or)\s+")


@functools.cache
def _flow_verb_cause_re() -> re.Pattern:
    """From a flow word to the next: its verb, a cause clause's opener (vocab/
    cause_clause_openers.csv) and at most two words ("fall as trade", "slow amid weaker
    trade")."""
    words = vocab.alternation(vocab.cause_clause_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+[a-z]+\s+(?:{words})\s+(?:[\w-]+\s+){{0,2}}", re.I)


def _lead_pair(text: str, sents: list[Sentence], countries: list[Mention], flows: list[Mention],
               anaphors: list[Mention] = ()):
    """The pair the article is about, from the way the headline and lead name a flow:
    "X's trade with Y", "X-Y trade", "trade between X and Y", "X's exports to Y". A lead
    whose flows name one country only ("India's trade deficit narrows") is a national
    release: the partner is the world."""
    reporter_only = None
    reporter_partner = None
    reporter_first_sentence = False
    reporter_para_figure = float("inf")  # the paragraph of the reporter's own first figure
    for s in sents:
        cs = [c for c in countries if s.start <= c.start < s.end and (c.attrs["iso"] or c.attrs["kind"] == "group")]
        for c in cs:
            if not c.attrs["iso"]:
                c.attrs["key"] = "group:" + c.attrs["label"]
        for f in (f for f in flows if s.start <= f.start < s.end and f.attrs["measure"] != "other"):
            if in_cause_aside(text, s.start, f.start, f.end):
                # "... fell 12%, to $880 million, as the trade spat between A and B cooled
                # prices": a flow in the cause clause after a figure is the cause's, and its
                # places no pair of the text
                continue
            if any(g.end <= f.start and _flow_verb_cause_re().fullmatch(text, g.end, f.start) for g in flows if s.start <= g.start):
                # "Welsh exports fall as trade with Europe slows": a flow in the clause of cause
                # right after another flow and its verb (a headline needs no comma nor figure)
                # is why that one moved, and its place no pair of the text
                continue
            if _COMPARED_AFTER_FLOW.match(text, f.end) and not re.search(r"\d", text[s.start:s.end]):
                # "Only Germany supplies more to the Czech market": a place ranked above the
                # partner the lead is on, in a remark with no figure, is no pair of the text
                continue
            before = [c for c in cs if f.start - 45 <= c.end <= f.start]
            if len(before) >= 2 and _LISTED_PLACES_GAP.fullmatch(text, before[-2].end, before[-1].start) \
                    and before[-1].attrs["kind"] == "demonym":
                # "filled by Thai, Ivorian and Vietnamese supplies": a list of origins before a
                # flow names several sellers, none the one country the text reports on
                continue
            # (not past the flow's verb and a clause of cause: "exports fall as trade with Europe slows")
            after = [c for c in cs if f.end <= c.start <= f.end + 40 and _PARTNER_AFTER.match(text[f.end:c.start])
                     and not _flow_verb_cause_re().match(text, f.end, c.start)]
            pair_before = [c for c in before if c.attrs["possessive"] or c.attrs["kind"] == "demonym"
                           or re.match(r"^\s*(?:-|–)\s*$", text[c.end:c.end + 2]) or text[c.end:f.start].strip() in ("", "-", "–")]
            seller = _seller_of_the_share_taken(text, s, f, cs) if pair_before else None
            if seller is not None:
                # "China took close to a third of everything New Zealand sold abroad": the
                # taker is the buyer, a partner; the place whose sales it took reports
                if "-" in _ckey(seller) and reporter_only in (None, _ckey(seller)) and any(_FIGURE.search(text, x.start, x.end) for x in sents if x.paragraph < s.paragraph):
                    # (a sub-national seller after a paragraph of figures, its own total: the buyer's share is
                    # a part in passing, the text is about the seller's trade with the world)
                    return _ckey(seller), "WLD"
                return _ckey(seller), _ckey(pair_before[-1])
            if len(before) >= 2 and re.fullmatch(r"\s*[-–]\s*", text[before[-2].end:before[-1].start]) \
                    and _ckey(before[-2]) != _ckey(before[-1]):
                # ("Brasília – Brazilian agribusiness exports": a dateline's dash, one country)
                return _ckey(before[-2]), _ckey(before[-1])
            # "Mutual trade between Kazakhstan and Uzbekistan amounted to": the pair, in order
            # (not trade a preposition makes the topic of something else: "the dispute over
            # trade between the United States and China")
            between = (bool(after) and re.fullmatch(r"\s+between\s+(?:the\s+)?", text[f.end:after[0].start], re.I)
                       and not re.search(r"\b(?:over|on|about|in|into|for|against|from|to|with)\s+(?:[\w-]+\s+){0,2}$", text[max(s.start, f.start - 30):f.start], re.I))
            if after and not pair_before and not between and re.search(r"\b(?:the|its)\s+(?:country|nation|kingdom|republic)['’]s\s+(?:[\w-]+\s+){0,2}$", text[max(s.start, f.start - 40):f.start], re.I):
                # "Iran's customs office reported that the country's trade with ...": the
                # country named earlier in the sentence
                earlier = [c for c in cs if c.end <= f.start and c.attrs["iso"] and c.attrs["iso"] != "WLD"]
                if earlier:
                    pair_before = [earlier[0]]
            if after and (pair_before or between):
                rep = _ckey(pair_before[-1]) if pair_before else _ckey(after[0])
                par = next((_ckey(c) for c in after if _ckey(c) != rep), None)
                if par and par.startswith("group:") and _share_of_flow(text, s, f, before) and _figure_before(text, sents, s):
                    # "... exports were US$284.6 billion. 57.4% of Thai exports went to Asian
                    # countries": a region's share of the total stated before, no pair of its own
                    continue
                if par and not rep.startswith("group:"):
                    if reporter_only == rep and s is not sents[0] and (reporter_first_sentence or reporter_para_figure < s.paragraph):
                        # the first sentence is about the country's total ("the U.S. deficit
                        # tumbled"); a partner named later is a detail (as is one named only in
                        # a paragraph after the one that gave the country's own figures)
                        return rep, "WLD"
                    return rep, par
            if pair_before and reporter_only is None and not after and pair_before[-1].attrs["iso"] \
                    and not (s is sents[0] and _in_headline_side_clause(text, s, flows, pair_before[-1])):
                reporter_only = pair_before[-1].attrs["iso"]
                # a national figure in the first sentence ("the U.S. deficit in trade tumbled
                # nearly 15 percent"), not a headline's phrase ("top US supplier")
                # ("Iran's non-oil trade with neighbours rises 11.2%": a flow with partners,
                # named without a country's name, is no national figure)
                with_others = any(f.end <= a.start <= f.end + 40 and _PARTNER_AFTER.match(text[f.end:a.start]) for a in anaphors)
                reporter_first_sentence = s is sents[0] and bool(re.search(r"\d", text[f.end:s.end])) and not with_others
                if re.search(r"\d", text[f.end:s.end]) and not with_others:
                    reporter_para_figure = s.paragraph
                # "China was still Pakistan's biggest trading partner ..., even though
                # bilateral trade fell": another country in the same sentence is the partner
                other = next((c for c in cs if c.attrs["iso"] and c.attrs["iso"] not in (reporter_only, "WLD")), None)
                reporter_partner = other.attrs["iso"] if other is not None and re.search(r"\b(?:bilateral|two-way)\b", text[s.start:s.end], re.I) else None
    if reporter_only and reporter_only != "WLD":
        return reporter_only, reporter_partner or "WLD"
    return None, None


# a figure in a sentence: a digit after a currency sign or before a scale word
_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent|percent|bn|billion|million|mn|trillion)\b|[$€£¥]\s?\d")
# "... of everything New Zealand sold", "... of all that Kenya exported": the whole a taker's
# share is of, then the place that sold it
_OF_WHAT_WAS_SOLD = re.compile(r"[^;]{0,80}?\bof\s+(?:everything|all(?:\s+that)?|what)\s+(?:the\s+)?\Z", re.I)
_SOLD_AFTER = re.compile(r"\s+(?:sold|exported|shipped|sells)\b", re.I)


def _seller_of_the_share_taken(text: str, s: Sentence, f: Mention, cs: list[Mention]) -> Mention | None:
    """The place whose sales a buying verb's share is of ("China took close to a third - 32.6
    per cent - of everything New Zealand sold abroad": New Zealand), else None."""
    if not BUY.match(text[f.start:f.end]):
        return None
    for c in cs:
        if c.start > f.end and c.attrs["iso"] not in (None, "WLD") and _OF_WHAT_WAS_SOLD.match(text[f.end:c.start]) \
                and _SOLD_AFTER.match(text, c.end):
            return c
    return None


def _in_headline_side_clause(text: str, head: Sentence, flows: list[Mention], c: Mention) -> bool:
    """"Trade deficit through April runs 11% ahead ... even as the China gap shrinks": a place
    owning a flow in a clause a conjunction opens (vocab/clause_openers.csv), after the
    headline's own flow of no one, is a detail set beside the headline's subject, no reporter;
    the lead says whose the flow is."""
    line = text[head.start:head.end].rstrip()
    if not line or line[-1] in ".!?" or not re.match(r"[ \t]*\n", text[head.start + len(line):head.start + len(line) + 3]):
        return False  # (a headline is a line of its own with no full stop: not a lead's sentence)
    first = next((f for f in flows if head.start <= f.start < c.start and f.attrs["measure"] != "other"), None)
    # ("Coffee earnings slip 12% as Europe buys less": after the headline's own figure,
    # where no flow word of its own comes first)
    figure = re.search(r"\d", text[head.start:c.start]) if first is None else None
    if first is None and figure is None:
        return False
    between = text[first.end:c.start] if first is not None else text[head.start + figure.end():c.start]
    return _headline_opener_re().search(between) is not None


# "<product> exports to", "exports of <product> to": a product's flow and its preposition at
# the end of the text before a place (not "its exports to", "total exports to")
_PRODUCT_FLOW_TO = re.compile(r"(?:(?<![\w-])(?P<word>[a-z][\w-]*)\s+(?:exports?|imports?|shipments|sales)\s+"
                              r"|\b(?:exports?|imports?|shipments|sales)\s+of\s+(?:[a-z][\w-]*\s+){1,3})"
                              r"(?:to|from)\s+(?:the\s+)?\Z")
_NO_PRODUCT_WORDS = frozenset({"its", "their", "his", "her", "the", "total", "overall", "all", "goods", "merchandise", "combined", "but", "while", "as", "and"})


# between a product and the city it goes to: "gold to London", "Gold rush to London"
_PRODUCT_TO_CITY_GAP = re.compile(r"\s+(?:[a-z]+\s+)?(?:to|into)\s+(?:the\s+)?")


def _product_sent_to_city(text: str, commodities: list[Mention], c: Mention) -> bool:
    """"Gold rush to London props up trade surplus", "dealers flew record amounts of gold to
    London": a city a product is sent to names the market where that product went, a detail
    of one product's flow, not the country the text's totals are traded with."""
    if c.attrs["kind"] != "capital" or not re.search(r"\b(?:to|into)\s+(?:the\s+)?$", text[max(0, c.start - 10):c.start]):
        return False
    return any(_PRODUCT_TO_CITY_GAP.fullmatch(text, p.end, c.start) for p in commodities if c.start - 30 <= p.end <= c.start)


def _product_destination(text: str, sents: list[Sentence], flows: list[Mention], c: Mention) -> bool:
    """"Japan logs trade deficit in Jan. but chip tool exports to China surge" over "Japan
    posted a trade deficit of 1.76 trillion yen, but exports of chipmaking equipment to China
    more than doubled": a place the headline or lead names after a conjunction that follows
    the sentence's own subject (a headline's flow, `_in_headline_side_clause`, or a lead's
    figure), as where one product's flow goes, is that product's destination, a detail beside
    the country's overall trade, not the story's partner."""
    s = next((x for x in sents if x.start <= c.start < x.end), None)
    if s is None:
        return False
    m = _PRODUCT_FLOW_TO.search(text, max(s.start, c.start - 60), c.start)
    if m is None or (m["word"] or "") in _NO_PRODUCT_WORDS or (m["word"] is None and _NO_PRODUCT_WORDS & set(m[0].split()[2:-1])):
        return False
    if s is sents[0] and _in_headline_side_clause(text, s, flows, c):
        return True
    figure = None
    for figure in re.finditer(r"\d", text[s.start:m.start()]):
        pass  # (the last figure before the product's clause)
    return figure is not None and _headline_opener_re().search(text, s.start + figure.end(), m.start()) is not None


@functools.cache
def _headline_opener_re() -> re.Pattern:
    # (a subordinating word, not "and": "Exports rise and imports fall" joins two equals)
    return re.compile(r"\b(?:" + vocab.alternation(sorted(vocab.clause_openers() - {"and"}), ignore_case=True, space=r"\s+") + r")\s", re.I)


def _share_of_flow(text: str, s: Sentence, f: Mention, before: list[Mention]) -> bool:
    """Whether the flow is the whole of a share just before it ("57.4% of Thai exports")."""
    start = before[0].start if before else f.start
    return re.search(r"\d\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+|its\s+)?$", text[max(s.start, start - 30):start], re.I) is not None


def _figure_before(text: str, sents: list[Sentence], s: Sentence) -> bool:
    """Whether a sentence of the lead before `s` gives a figure (the total a share is of)."""
    return any(re.search(r"\d", text[x.start:x.end]) for x in sents if x.end <= s.start)


@functools.cache
def _partner_words() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.partner_nouns())


def _headline_pair_only(text: str, sents: list[Sentence], countries: list[Mention], flows: list[Mention],
                        reporter: str | None, body: int) -> bool:
    """"Taiwan's exports to U.S. hit record in 2023" over "Taiwan's exports fell 9.8 percent
    to US$432.48 billion": a headline is a summary; when the pair is named in it alone and
    the lead gives the reporter's own flow with no partner, the text is about the reporter's
    trade with the world, and the partner is one detail of it."""
    if len(sents) < 2 or body < 1 or sents[0].paragraph != 0:
        return False
    head = sents[0]
    if not any(head.start <= f.start < head.end for f in flows):
        return False
    lead = next((s for s in sents if s.paragraph > head.paragraph), None)
    if lead is None:
        return False
    if _source_line(text, sents, lead, flows):
        # ("Yle News, 27 February 2026" on a line of its own: the body's lead is after it)
        lead = next((s for s in sents if s.paragraph > lead.paragraph), None)
        if lead is None:
            return False
    if any(f.start < lead.start and f.start >= head.end for f in flows):
        return False  # (a standfirst between them may name the pair again)
    cs = [c for c in countries if lead.start <= c.start < lead.end and c.attrs["iso"]]
    # ("Swiss watch exports rose 3.4%": a demonym owns its flow as a possessive does, so long as
    # the lead names no other place, "Croatian exporters sold goods worth ... to CEFTA countries")
    others = any(lead.start <= c.start < lead.end and c.attrs["iso"] != reporter for c in countries)
    for f in (f for f in flows if lead.start <= f.start < lead.end and f.attrs["measure"] in ("exports", "imports", "trade_total", "balance")):
        if f.text.split()[-1].lower() in _partner_words():
            # ("China was Germany's largest trading partner": the lead names the pair)
            return False
        # (or the place as the subject of the flow's verb: "Finland exported goods worth")
        owner = [c for c in cs if c.attrs["iso"] == reporter and 0 <= f.start - c.end <= 25
                 and ((c.attrs["possessive"] or c.attrs["kind"] == "demonym" and not others)
                      and re.fullmatch(r"(?:['’]s)?(?:\s+[a-z-]+){0,2}\s+", text[c.end:f.start])
                      or not c.attrs["possessive"] and re.fullmatch(r"\s+", text[c.end:f.start]) and f.text.lower().endswith("ed"))]
        # (any partner after the flow, a place or not: "trade with the 10 members of ASEAN")
        partner = re.match(r"[^\d.;,]{0,70}?\b(?:to|with|from|between)\s", text[f.end:lead.end])
        if partner is not None and _CLAUSE_OF_ITS_OWN.search(partner.group(0)):
            partner = None  # ("deficit widened in September as exports to the United States dropped": another flow's)
        if owner and not partner:
            return bool(re.search(r"\d", text[f.end:lead.end])) or _figures_next_name_no_place(text, sents, lead, countries)
    return False


def _source_line(text: str, sents: list[Sentence], s: Sentence, flows: list[Mention]) -> bool:
    """Whether `s` is a short paragraph of its own that names no flow: a source and date
    line between a headline and the body."""
    alone = not any(t.paragraph == s.paragraph and t is not s for t in sents)
    return alone and s.end - s.start <= 60 and not any(s.start <= f.start < s.end for f in flows)


# "... widened in September as exports to the United States dropped": a clause of its own,
# on another flow, between the lead's flow and the partner after it
_CLAUSE_OF_ITS_OWN = re.compile(r"\b(?:as|while|after|because|since)\s+(?:[\w-]+\s+){0,3}?(?:exports|imports|shipments|sales|purchases)\b", re.I)


def _figures_next_name_no_place(text: str, sents: list[Sentence], lead: Sentence, countries: list[Mention]) -> bool:
    """"China's exports grew faster than forecast in November as ... sales to the US" then
    "Exports rose 5.8% ... to $326.4 billion": a lead that gives the reporter's own flow in
    words, whose figures the sentence after it gives naming no place, is as much about the
    reporter's own trade as one that gives them itself."""
    after = next((s for s in sents if s.start >= lead.end), None)
    return after is not None and bool(re.search(r"\d", text[after.start:after.end])) \
        and not any(after.start <= c.start < after.end for c in countries)


# a dateline before the lead's first words: "BERLIN, 27 December 2023 (dpa) - "
_DATELINE_OPENING = re.compile(r"\s*[A-ZÀ-Þ][A-ZÀ-Þ .'-]+,\s+[^\n.()]{4,40}?\s*(?:\([^)\n]{1,30}\)\s*)?(?:[-–—]+|:)\s*")


def _lead_own_total(text: str, sents: list[Sentence], countries: list[Mention], flows: list[Mention]) -> str | None:
    """"China Still No. 1 for U.S. Farm Goods", "Mexico Tops China as Leading Buyer of U.S.
    Crops" over "U.S. agricultural exports slipped to $178.7 billion ...": a headline that names
    no pair ("X's trade with Y"; called only when none was found) but a partner, one of the
    reporter's markets ranked, says nothing of the pair; a lead that opens with a country's own
    flow, a figure after it and no partner, is about that country's trade with the world."""
    if len(sents) < 2 or sents[0].paragraph != 0:
        return None
    head = sents[0]
    lead = next((x for x in sents if x.paragraph > head.paragraph), None)
    if lead is None:
        return None
    first = next((c for c in countries if lead.start <= c.start < lead.end), None)
    # (a dateline may open the lead: "BERLIN, 27 December 2023 (dpa) - Germany approved")
    if first is None or not first.attrs["iso"] or first.attrs["iso"] == "WLD" \
            or (text[lead.start:first.start].strip() and not _DATELINE_OPENING.fullmatch(text, lead.start, first.start)):
        return None
    f = next((f for f in flows if first.end <= f.start < lead.end), None)
    if f is None or f.attrs["measure"] not in ("exports", "imports", "trade_total", "balance") \
            or not re.fullmatch(r"(?:['’]s)?(?:\s+[a-z-]+){0,2}\s+", text[first.end:f.start]):
        return None
    clause = re.split(r"[,;]", text[f.end:lead.end])[0]
    if re.search(r"\b(?:to|with|from|between)\s", clause) and not re.search(r"\b(?:to|from)\s+(?:a\s+|an\s+)?[$€£¥]?\d", clause):
        return None  # ("U.S. exports to Canada fell": a partner after the flow)
    return first.attrs["iso"] if re.search(r"\d", clause) else None


# the words between a flow and its partner: "trade with", "exports to the"
_PARTNER_AFTER = re.compile(r"^[\s\w]*?\b(?:with|to|from|between|and)\s+(?:the\s+|its\s+|their\s+)?(?:\d+\s+)?$", re.I)


def _ckey(c: Mention) -> str:
    return c.attrs["iso"] or "group:" + c.attrs["label"]


_DOLLARS_NOTE = re.compile(r"\b(?:figures|amounts|values|numbers)\s+(?:are\s+)?in\s+(?P<d>[A-Z][a-z]+)\s+dollars\b")


def _currency_hints(text: str, order: list[str], main: str | None, year: int | None = None) -> dict[str, str]:
    """For each ambiguous currency sign (normalised token), the code this article means:
    that of the first country it is about whose currency is a candidate (in a text of
    `year` or before, also the currency the country has since given up: "francs" in a
    Paris story of 1998 are French)."""
    hints: dict[str, str] = {}
    cc = vocab.country_currency()
    note = _DOLLARS_NOTE.search(text) if "dollars" in text else None  # (the literal checked first: cheap)
    if note:
        iso = vocab.countries().get(note["d"], (None,))[0]
        if iso and cc.get(iso):
            for k in ("$", "dollars", "dollar"):
                hints[k] = cc[iso]
    local = None if note else _local_dollar(text, main, order)
    if local:
        for k in ("$", "dollars", "dollar"):
            hints[k] = local
    ranked = ([main] if main else []) + order
    # each country's currencies once, in the order of the countries (not once a token and
    # country); a country with none can give no token its code
    nationals = [n for n in (_national_currencies(iso, year) for iso in ranked) if n]
    for key, codes in _ambiguous_tokens():
        if key in hints:
            continue
        own = next((code for n in nationals for code in n if code in codes), None)
        if own:
            hints[key] = own
    return hints


@functools.cache
def _ambiguous_tokens() -> tuple[tuple[str, list[str]], ...]:
    """(token, codes) of each currency token with more than one code, in the table's order;
    not "$" (the US dollar unless a note says otherwise)."""
    from ..extract.money import _tokens

    return tuple((key, entry["codes"]) for key, entry in _tokens().items()
                 if len(entry["codes"]) >= 2 and key not in ("$", "dollars", "dollar"))


def _national_currencies(iso: str, year: int | None) -> list[str]:
    """The currency of a country, and the one it gave up when a text of `year` (or of no
    known year) may still name it."""
    out = [vocab.country_currency()[iso]] if iso in vocab.country_currency() else []
    former = vocab.former_currencies().get(iso)
    if former and (year is None or year <= former[1]):
        out.append(former[0])
    return out


def _first_place_country(text: str, order: list[str]) -> str | None:
    """The country of the first place the text names (a province stands in its country)."""
    return vocab.country_of(order[0]) if order else None


def _local_dollar(text: str, main: str | None, order: list[str] = ()) -> str | None:
    """The currency a bare "$" means in a text of a country whose own currency is "the
    dollar" (Australia, Canada, New Zealand): the text is about that country and names its
    statistics office or trade ministry (or is its release: "The Daily"), is datelined there
    ("SYDNEY, Sept 12 -": local wires print their own dollar bare, where Reuters writes "A$")
    or marks its own dollar ("A$"), and does not mark both dollars ("A$" and "US$"), which
    would leave a bare "$" to the US dollar."""
    from ..extract.money import _tokens

    if _sections_of_countries(text) > 1:
        return None  # a roundup of several countries' releases: a bare "$" is no one's own dollar
    dated = _dateline_country(text)
    if dated and dated == _first_place_country(text, order) and main != dated:
        # "TORONTO — Ontario shipped $229.6 billion in goods to the U.S.": a local paper's
        # story about its own country's places, whatever country the lead pairs it with
        main = dated
    code = vocab.country_currency().get(main or "")
    if not code or code not in _tokens()["$"]["codes"]:
        return None  # (Statistics Norway's release is no reason to read "$" as kroner)
    names = [p for p, iso in vocab.official_sources().items() if iso == main]
    marked = [e["token"] for e in _tokens().values() if e["codes"] == [code]]
    # (a dateline or a marked sign only where the currency is called "dollars": "$" in a text
    # from Mexico City is still the US dollar, not the peso)
    dollar = code in _tokens()["dollars"]["codes"]
    if dated == main and dollar and not any(re.search(rf"(?<![A-Za-z]){re.escape(t)}(?![A-Za-z])", text, re.I) for t in marked) \
            and not _US_DOLLAR_MARKED.search(text):
        # a story filed from a city of a country whose currency is called the dollar, about
        # that country, prints its own dollar bare; one that writes "C$" anywhere keeps the
        # bare "$" for another dollar unless it restates (below)
        return code
    if main in vocab.subnational() and dollar and order and order[0] == main \
            and not any(re.search(rf"(?<![A-Za-z]){re.escape(t)}\s?\d|\d(?:[^\S\n]*(?:thousand|million|billion|trillion|bn|mn))?[^\S\n]*{re.escape(t)}(?![A-Za-z])", text, re.I)
                        for t in marked):
        # "NSW exports of goods reached $143.7B": a text about a province or state that
        # names it first is its own release or its local press, which print the country's
        # dollar bare (a wire writing about it from abroad marks its amounts: "C$1.2 billion",
        # "2 billion Australian dollars"; "the Canadian dollar averaged 73.9 U.S. cents" is
        # the exchange rate, no amount)
        return code
    if not any(re.search(rf"(?<![A-Za-z]){re.escape(p)}(?![A-Za-z])", text, 0 if p.isupper() else re.I) for p in names) \
            and not any(iso == main and re.search(rf"(?m)^{re.escape(t)}\b", text) for t, iso in vocab.release_titles().items()) \
            and not (dollar and dated == main) \
            and not (dollar and _marked_dollar_written(code).search(text)):
        return None
    # a local amount restated in bare dollars in brackets: "A$42 billion ($27.5 billion)"
    restated = "|".join(rf"(?<![A-Za-z]){re.escape(t)}\s?\d[\d.,]*\s*[a-z]*\s*\(\s*(?:about\s+|around\s+|some\s+)?\$\s?\d"
                        for t in marked)
    if any(re.search(rf"(?<![A-Za-z]){re.escape(t)}(?![A-Za-z])", text, re.I) for t in marked) \
            and (_US_DOLLAR_MARKED.search(text) or (restated and re.search(restated, text, re.I))):
        # ("A$1.5 billion (US$1 billion)", "A$42 billion ($27.5 billion)": the US dollar is
        # there beside the local one; a release in "A$" alone means its own dollar by "$")
        return None
    return code


@functools.cache
def _marked_dollar_written(code: str) -> re.Pattern:
    """A sign that marks the dollar `code` alone, written on an amount ("C$1.2 billion") or
    as the unit of a table column ("HK$ million", "(A$m)"): the text writes its country's own
    dollar, so where it writes the same dollar bare ("$397.3 billion" in the release's
    words above its "HK$ million" table) that is the one it means."""
    from ..extract.money import _tokens

    marked = [e["token"] for e in _tokens().values() if e["codes"] == [code]]
    scales = vocab.alternation(vocab.scales(), ignore_case=True)
    return re.compile(rf"(?<![A-Za-z]){vocab.alternation(marked)}(?:\s?\d|[^\S\n]?(?i:{scales})(?![A-Za-z]))")


def _sections_of_countries(text: str) -> int:
    """How many countries the section labels of a roundup name ("SINGAPORE (Enterprise
    Singapore, Jan.)" ... "THAILAND (Commerce Ministry, Jan.)"): each section is another
    country's release, so a bare "$" in it is the wire's US dollar, not the first one's."""
    from ..extract.mentions import section_labels

    countries = vocab.countries()
    named = {countries.get(text[a:b].title(), countries.get(text[a:b], (None,)))[0] for a, b in section_labels(text)}
    return len(named - {None, "WLD"})


_US_DOLLAR_MARKED = re.compile(r"\bUS\s?\$|\bU\.S\.\s?\$|\bUSD\b|\b(?:US|U\.S\.|American)\s+dollars?\b")


@functools.cache
def _outlook_after() -> re.Pattern:
    nouns = vocab.alternation(vocab.outlook_nouns(), ignore_case=True)
    return re.compile(rf"[\s-]+(?:{nouns})\b", re.I)


# a money figure, then "in" or "for" right before the year: "$44 billion in 2024"
_MONEY_THEN_YEAR = re.compile(r"(?:[$€£¥]\s?\d|\d\s*(?:bn|billion|mn|million|trillion)\b)[^;]{0,30}?\s(?:in|for)\s+$", re.I)


def _dates_a_goal(text: str, pm, start: int) -> bool:
    """Whether a period dates a goal or a forecast its clause gives before it ("VITAS eyes
    $44 billion in 2024", "targets $50bn for 2025"): the year a figure is aimed at, not the
    one the text reports on."""
    from .cues import future_keys, future_re, holds_any

    clause_start = max(start, text.rfind(";", start, pm.start) + 1)
    clause = text[clause_start:pm.start]
    cue = future_re().search(clause) if holds_any(clause, future_keys()) else None
    return cue is not None and _MONEY_THEN_YEAR.search(clause, cue.end()) is not None


def first_period(by_sentence, sents, ctx, text: str = "") -> P.Period | None:
    found = _lead_periods(by_sentence, sents, ctx, text)
    first = next(found, None)
    if first is None:
        return None
    pm, per, at = first
    year = _whole_year_joined_after(text, pm, per, at, found)
    if year is not None:
        return year
    if pm.kind == "months" and pm.args.get("ordinal"):
        # "Iran's non-oil exports rise 10.4% in 8 months" over "in the first eight months of
        # the current Iranian calendar year 1403": a headline's count of months from a year
        # it leaves unnamed is the lead's, where the lead names the year they are of
        later = next((p for _, p, i in found if i <= at + _LEAD_REACH and P.months(p) == P.months(per)), None)
        return later or per
    return per


_LEAD_REACH = 2  # sentences after the headline's period in which the lead may date it

# what joins a month to the whole year named right after it: "and", maybe a word or two
# naming that year ("December 2015 and annual 2015", "March and full-year 2023")
_AND_THE_YEAR = re.compile(r"\s*,?\s+and\s+(?:(?:the\s+)?[a-z]+(?:[\s-][a-z]+)?\s+)?\Z", re.I)


def _whole_year_joined_after(text: str, pm, per, at: int, found) -> P.Period | None:
    """"Issue 15-12: December 2015 and annual 2015": a month the text's first dated line
    joins by "and" to the whole year it falls in covers both; the text is on the year, the
    month a part of it (its paragraph a digression), so the paragraphs after the month's
    are of the year again, not of the month."""
    if not text or P.months(per) != 1 or " and " not in text[pm.end:pm.end + 40]:
        return None  # (cheap test first: most first periods are joined to nothing)
    nxt = next(found, None)
    if nxt is None or nxt[2] != at or nxt[0].base_cue:
        return None
    year = nxt[1]
    if P.months(year) != 12 or not (year[0] <= per[0] <= year[1]) or not _AND_THE_YEAR.match(text, pm.end, nxt[0].start):
        return None
    return year


def _lead_periods(by_sentence, sents, ctx, text: str):
    """(mention, period, sentence index) of each period the text states as its own, in order."""
    for s in sents:
        for pm in by_sentence[s.index]["period"]:
            if pm.base_cue or pm.args.get("target"):
                continue  # (nor a goal's year: "could boost EU exports ... by about half by 2032")
            if text and dates_an_aside(text, pm.start, pm.end, s.start):
                continue  # (nor the year of a relative clause: "Russia, which had been ... before 2022, fell to")
            if text and _in_dateline(text, s, pm):
                continue  # (nor a dateline's month, when the copy was filed: "Seoul, January 2025 -- ... exports reached $10.2 billion in 2024")
            if text and (names_publication(text, pm.start, pm.end) or names_event(text, pm.start, pm.end)):
                continue  # (nor a publication's issue: "Newsletter, April 2024" over "2023 was another strong year"; nor an event's name)
            if text and _dates_a_goal(text, pm, s.start):
                continue  # (nor the year a goal is set for: "VITAS eyes $44 billion in 2024")
            if text and _outlook_after().match(text, pm.end):
                continue  # (nor the year of an outlook: "Chile copper exports and 2024 outlook")
            if text and _bound_before().search(text, max(0, pm.start - 12), pm.start):
                continue  # (nor a bound of a time looked back to: "below the peak seen before 2010")
            per, how = P.resolve(pm, ctx.published, None, ctx.fiscal_start, ctx.fiscal_by_start)
            if text and names_the_issue(text, pm.start, pm.end, per, ctx.published):
                continue  # (nor a report's cover date: "OCTOBER 2022" under its title)
            if per is not None and how == "text":
                yield pm, per, s.index


@functools.cache
def _bound_before() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("period_bound_words")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?\Z", re.I)


def _in_dateline(text: str, s, pm) -> bool:
    """Whether the period is a dateline's at the sentence's head: the date the copy was filed,
    not the period the text is about (an annual report filed in January is on the year before)."""
    from .dating import in_dateline  # (dating imports this module: read when first asked)
    return in_dateline(text, s.start, pm, s.end)


# all services named by a flow word right on them: "Exports of services", "deficit in services",
# "the services trade deficit", "Canada's services exports" (no kind's word before "services")
_ALL_SERVICES_FLOW = re.compile(r"\b(?:exports|imports|receipts|payments|trade|deficit|surplus|balance)\s+(?:of|in|on|for)\s+services\b"
                                r"|(?:^|[.!?:]\s+|\b(?:the|total|overall|its|their|\w+['’]s)\s+)services\s+(?:trade\s+)?"
                                r"(?:exports|imports|receipts|payments|trade|deficit|surplus|balance)\b", re.I | re.M)


def _gives_all_services(text: str) -> bool:
    """Whether a text that names a kind of services only a text giving all services' figure
    makes a part ("commercial services", vocab/service_kinds.csv beside_all) gives that figure
    by a flow word ("Exports of services rose 4.5% to $105.6 billion"): a balance-of-payments
    release splitting services, not the WTO's "commercial services", all services trade."""
    low = text.lower()
    # (the kind's words checked first, cheap: most texts name none of them)
    if not any(f"{kind} services" in low for kind in vocab.service_kinds_beside_all()):
        return False
    return bool(_ALL_SERVICES_FLOW.search(text))


def _names_services_apart(text: str) -> bool:
    """Whether the text gives services apart from goods. "Exports of goods and services"
    alone is one total, not a split: its figures carry no goods or services label."""
    rest = re.sub(r"\bgoods\s+(?:and|&)\s+services\b", " ", text, flags=re.I)
    if re.search(r"\bservices\b|\bservice\s+(?:exports|imports|trade|sector|surplus|deficit|receipts)\b", rest, re.I):
        return True
    # goods set against goods and services ("the deficit on goods and services ...; the goods
    # gap"; "merchandise exports fell ...; exports of goods and services together came to")
    return len(rest) < len(text) and bool(re.search(r"\b(?:goods|merchandise)\s+(?:exports|imports|trade|deficit|surplus|gap|balance|shipments)\b|\b(?:exports|imports|trade|deficit|surplus)\s+(?:of|in)\s+(?:U\.?S\.?\s+|American\s+)?goods\b", rest, re.I))
