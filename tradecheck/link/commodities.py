"""Product groups and scopes: the part of a flow a figure is about ("potash", "non-oil",
"excluding energy and gold"), so a part is never checked as a whole."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .carried_goods import mode_of_carried_goods
from .bullet_parts import bullet_category
from ..model import Claim
from .product_forms import form_before, made_goods_after
from .service_rows import service_row_kind
from .sector_relatives import sector_of_relative_clause
from .earning_firms import in_earning_agent
from .cues import BULLET_SIGN, caption_of, HEDGE, PART_SUBJECT, PART_SUBJECT_WORDS, holds_any, longest_words, raising_verbs
from .cause_asides import cause_after_figure_before
from ..extract.mentions import find_commodities, find_countries as scan_countries, find_flows
from ..extract.keywords import fold  # (lower case with the letters re.I takes for ASCII ones: exact prefilters)
from .measures import in_apposition, names_country_or_flow
from .topic import opening_end
from .ranked_part import ranked_part_product
from .product_baskets import basket_before_place, counted_basket, quoted_basket
from .product_asides import before_participle_tail, without_participle_asides
from .row_labels import dotted_row_label, row_label, spaced_row_label
from .named_before_figure import noun_before_at_aside, noun_before_bracket, noun_of_at_item, noun_of_gapped_item
from .quantity_items import quantity_item_label
from .list_labels import EVERY_KIND_BRACKET
from .group_lists import balance_group
from .traded_objects import goods_a_place_traded, goods_before_whose, goods_before_which, goods_of_flow_with_place


# "the Democratic Republic of Congo, whose purchases of Ugandan sugar, cement and dairy
# products reached US$ 371.6 million": a relative clause that describes a partner by what it
# buys (a flow noun and "of", perhaps a demonym), and a list of goods after it
_DESCRIBED_BUYER = re.compile(r",\s+(?:whose|which|where)\s+(?:[\w-]+\s+){0,2}?(?:purchases|imports|exports|sales|shipments)\s+of\s+(?:[A-Z][\w-]+\s+)?$")
_GOODS_LIST = re.compile(r"[a-z][\w\s-]*?,\s*[a-z][\w\s-]*?,?\s+and\s+[a-z][\w\s-]*")


def _goods_a_partner_buys(text: str, start: int, first: int, end: int) -> bool:
    """Whether the products before a figure are a list of what a partner described in a
    relative clause buys: goods named to describe the partner, whose figure is its whole
    trade (the share after it is of the whole flow), not the sum of the goods listed."""
    return bool(_DESCRIBED_BUYER.search(text, start, first)) and bool(_GOODS_LIST.match(text, first, end))


# a gerund of buying or selling right after a figure: the goods it names are that figure's
GOODS_BOUGHT_AFTER = re.compile(r"\s+(?:on\s+|in\s+)?(?:importing|exporting|buying|purchasing|shipping|selling)\s", re.I)


@functools.cache
def _price_after() -> re.Pattern:
    """A price noun right after a product word ("gas prices"; vocab/price_nouns.csv): the
    product is what the price is of, the setting of a flow's money figure ("a year of high gas
    prices, exports reached $80bn"), not that figure's product."""
    words = vocab.alternation(vocab.price_nouns(), ignore_case=True)
    return re.compile(rf"\s+(?:{words})\b", re.I)


# a clause opening on a list's bullet sign ("- Manufacturing accounted for ...")
_BULLET_OPENS = re.compile(rf"\s*{BULLET_SIGN}\s")


def commodity_for(text, sent, m, commodities, prev_end, ctx, c: Claim) -> tuple[str | None, str]:
    """The product group the clause names for the figure, and the name of the reading that
    found it."""
    start = max(sent.start, prev_end)
    # (read once: tested twice; its "which" checked first, cheap)
    which_aside = _WHICH_ASIDE.match(text, sent.start, m.start) if text.find("which", sent.start, m.start) != -1 else None
    if which_aside:
        start = sent.start  # "Non-oil and gas exports, which made up 94.4 percent of ..., stood at": the subject
    # "... as lower coal prices offset booming shipments of steel, while imports from China
    # rose to $62.2bn": a product named before the clause's "while" belongs to the other clause
    turn = None
    for t in _TURN.finditer(text, start, m.start):
        if not _subject_goes_on(text, t):
            turn = t
    if turn is not None:
        start = turn.end()
    # "EU slaps duties on Chinese EVs as trade gap stays near €300 billion": a product named
    # before an "as" that opens a clause on a flow belongs to the clause before
    as_flow = _as_flow_clause().search(text, start, m.start) if text.find(" as ", start, m.start) != -1 else None
    if as_flow is not None:
        start = as_flow.end()
    # "Net services rose, with software exports of about US$37bn": a ", with" clause that
    # names its own flow right before the figure is that flow's; the product the clause
    # before named is not its (a kind the vocabulary lacks is no cue to take the earlier one)
    with_flow = _with_flow_clause().search(text, start, m.start) if text.find(", with ", start, m.start) != -1 else None
    if with_flow is not None and not scan_countries(with_flow["np"]):
        start = with_flow.end()  # (not "with Thai exports of": a reporter's whole flow, no product)
    # "..., with small-lot consignments making up the remaining ¥73.8 billion": the last part
    # of a breakdown, named as the subject of its ", with" clause, is that part's
    with_rest = _with_rest_part_clause().search(text, start, m.start) \
        if c.kind == "amount" and text.find(", with ", start, m.start) != -1 else None
    if with_rest is not None and unknown_product(with_rest["np"]):
        return unknown_product(with_rest["np"]), "with-clause-rest"
    clause = _without_adverb_asides(text[start:m.start])
    if start == sent.start and which_aside:
        # "Pulp, which makes up about a third of forest industry exports, was exported for":
        # the subject's figure, not the whole its aside names
        clause = _without_which_aside(clause)
    # "Chips made up 30% of total exports, which rose 5.2% to $80bn": a relative clause on the
    # whole the clause before named (vocab/whole_scope_cues.csv) is the whole's change, no part's
    if c.kind in ("percent_change", "multiple") and text.find("which", start, m.start) != -1 \
            and _whole_then_which().search(text, start, m.start):
        return None, "whole-before-which"
    part_of_which = _part_after_share_of_which(text, m.end) if c.kind == "share" and text.find("which", m.end, m.end + 12) != -1 else None
    if part_of_which:
        return part_of_which, "part-after-share-of-which"  # "EUR 8.7 billion, about two thirds of which was crude oil"
    service_row = service_row_kind(text, m.start) if c.kind == "amount" and "|" in text[sent.start:m.start] else None
    if service_row:
        return service_row, "service-table-row"  # "Transport | 98.4" under "SERVICES EXPORTS BY CATEGORY"
    caption = _caption_product(text, m, commodities) if c.kind in ("amount", "share", "percent_change") else None
    if caption:
        return caption, "caption-description"
    row = row_label(text, m.start) if c.kind in ("amount", "share", "percent_change") and "|" in text[sent.start:m.start] else None
    if row and _months_label(row):
        row = None  # ("Jan-Jun | 195,136.3" under the month rows: the months' row, no product)
    if row and unknown_product(row):
        return unknown_product(row), "table-row-label"  # "Cotton yarn | 598 | 740 | -19.2%"
    # (the leader's dots end a "sentence": the label stands before the figure's sentence, on its line)
    dotted = dotted_row_label(text, m.start) if c.kind == "amount" and "...." in text else None  # (cheap test first)
    if dotted and unknown_product(dotted):
        return unknown_product(dotted), "table-row-label"  # "Machinery ........ EUR 33.5 billion"
    spaced = spaced_row_label(text, m.start) if c.kind == "amount" else None
    if spaced and unknown_product(spaced):
        return unknown_product(spaced), "table-row-label"  # "  Telecom, computer and information   HK$21.3 billion"
    if spaced and _own_row_category(spaced):
        # "  Charges for the use of IP      HK$5.2 billion": a row of its own category, in
        # words the vocabulary does not take for a product; still that row's, never the whole
        return canonical_label(spaced), "table-row-label"
    # (a change too: "higher purchases of raw materials and intermediate products (+11.1%)")
    bracketed = noun_before_bracket(text, start, m) if c.kind in ("amount", "percent_change") and text.rfind("(", start, m.start) != -1 else None
    if bracketed and c.kind == "percent_change" and not any(w in vocab.goods_nouns() for w in bracketed.lower().split()):
        bracketed = None  # (a change's bracket names goods by their noun: not "a third less (-33.6%)")
    if bracketed and unknown_product(bracketed):
        return unknown_product(bracketed), "product-before-bracket"  # "Including engines (21,800 million baht)"
    aside = noun_before_at_aside(text, start, m) if c.kind == "amount" and (text.find(" at ", start, m.start) != -1 or text.find(" with ", start, m.start) != -1) else None
    if aside and unknown_product(aside):
        return unknown_product(aside), "subject-before-at-aside"  # "Champagne, at EUR4.1bn, generated"
    gapped = noun_of_gapped_item(text, sent.start, prev_end, m) if c.kind == "amount" else None
    if gapped and unknown_product(gapped):
        return unknown_product(gapped), "gapped-list-item"  # "wines accounted for EUR11.4bn and spirits for EUR4.4bn"
    at_item = noun_of_at_item(text, sent, start, m) if c.kind == "amount" and " at " in text[max(start, m.start - 12):m.start] else None
    if at_item and _item_label(at_item):
        return _item_label(at_item), "listed-item-at-figure"  # "travel at ISK 376.1 billion and passenger transport at ..."
    owned = _value_of_named_product(text, sent, start, m, commodities) if c.kind in ("amount", "percent_change") else None
    if owned:
        return owned, "value-of-named-product"
    opened = _flow_of_the_opening_product(text, sent, m)
    if opened:
        return opened, "flow-of-opening-product"
    within = _OF_THE_WHOLE_OPENER.match(text, sent.start, m.start) if c.kind == "amount" else None
    if within and unknown_product(within["np"]):
        return unknown_product(within["np"]), "part-after-whole"  # "Of the RMG earnings, knitwear fetched $10.88 billion"
    if within and _product_by_modifier(within["np"]):
        # "Of the total garment earnings, woven items brought in": a kind of the whole, by its
        # modifier before a word for goods in general, as in "woven items rose"
        return _product_by_modifier(within["np"]), "part-after-whole"
    inside = _flow_after_whole_opener().match(text, sent.start, m.start) if c.kind in ("amount", "percent_change", "multiple") else None
    part = inside and (inside["np"] or inside["np_after"])
    if part and unknown_product(part):
        return unknown_product(part), "part-after-whole"  # "Within non-oil sales, automotive exports came to"
    labelled = text.find(":", sent.start, m.start) != -1  # (both patterns below need the label's colon: cheap)
    item = _LABELLED_ITEM.match(text, sent.start, m.start) if c.kind == "amount" and labelled else None  # (kind checked first: cheap)
    if item and c.kind == "amount" and _names_a_product(item["np"]):
        return canonical_label(item["np"]), "list-item-label"  # "- Bedwear: $2.71 billion"
    flows = _LABELLED_FLOWS.match(text, sent.start, m.start) if c.kind == "amount" and labelled else None
    if flows and _names_a_product(flows["np"]):
        return canonical_label(flows["np"]), "list-item-label"  # "- Rough diamonds: imports $7.2bn, exports $8.0bn"
    headed = _goods_headed_label_re().search(text, sent.start, m.start) if c.kind == "amount" and labelled else None
    if headed and unknown_product(headed["np"]):
        # "By product: ICT & audio-video products $28.9bn": after a label's colon, a noun
        # phrase headed by a goods noun right before the figure names the product it is of
        return unknown_product(headed["np"]), "goods-noun-label"
    filed = _subject_filed_under(text, sent, m) if c.kind == "amount" and "," in text[sent.start:m.start] else None
    if filed:
        return filed, "subject-filed-under"  # "Tourism receipts, counted under services exports, rose to $9bn"
    bulleted = _bullet_product_flow(text, m, commodities) if c.kind == "amount" else None
    if bulleted:
        return bulleted, "bullet-product-flow"  # "* Marine products exports were USD 7.8 billion;"
    category = bullet_category(text, m.start) if c.kind == "amount" else None
    if category and (unknown_product(category) or _bullet_category_label(category)):
        # "- Higher education was the largest component at £19.3bn": a part of the total above
        return unknown_product(category) or _bullet_category_label(category), "bullet-category"
    quantity_item = quantity_item_label(text, sent.start, m.start) if c.kind == "amount" and labelled else None
    if quantity_item and _names_a_product(quantity_item):
        return canonical_label(quantity_item), "list-item-label"  # "- Basmati: 52.4 lakh tonnes, worth Rs 48,390 crore"
    item_share = _LABELLED_ITEM_SHARE.match(text, sent.start, m.start) if c.kind == "share" and labelled else None
    if item_share and _names_a_product(item_share["np"]):
        return canonical_label(item_share["np"]), "list-item-label"  # the item's share: "(24.6% of total exports)"
    with_services = _WITH_SERVICES.match(text, sent.start, m.start) if c.kind == "amount" else None
    if with_services and c.kind == "amount":
        # "Including services, estimated at $3.15 billion, total exports reached $15.06
        # billion": the figure in the aside is of services, the one after it of both
        if with_services["aside"] is not None and with_services.end() == m.start:
            return "services", "with-services"
        return "goods and services", "with-services"
    after_label = _scope_after_part(text, sent, m) if c.kind == "amount" and ctx.has_services else None
    if after_label:
        # "of which A$19.8 billion was goods trade and A$4.5 billion services": each part of a
        # breakdown is labelled after its figure, not by the scope the whole named before
        return after_label, "scope-after-part"
    if _names_goods_and_services_last(clause):
        # explicit: kept apart from unlabelled figures, which are often goods alone
        return ("goods and services" if ctx.has_services else None), "goods-and-services"
    if holds_any(clause, _SAME_PRODUCTS_WORDS) and _SAME_PRODUCTS.search(clause):  # (words checked first: cheap)
        # ("In shekel terms, such exports came to NIS 222.7 billion": those just named)
        return "the same products", "same-products"  # resolved to the previous part by the caller
    if holds_any(clause, _SECTOR_WORDS) and THE_SECTORS_FLOW.search(_without_which_aside(clause)):  # (words checked first: cheap)
        # "the sector's trade surplus reached" (not in an aside on the subject: "Non-traditional
        # products, which represent almost all of the sector's shipments, added": a part's)
        return "the same products", "same-products"
    sector_back = _sector_named_before(text, sent, m, commodities) if c.kind == "amount" and holds_any(clause, _SECTOR_WORDS) else None
    if sector_back:
        return sector_back, "sector-named-before"
    of_sector = sector_of_relative_clause(text, sent.start, m.start) if c.kind == "amount" else None
    if of_sector and _sector_label(of_sector):
        # "Flowers remain the backbone of the horticulture sector, which earned a total of
        # KSh 157.6 billion": the sector's money, not the subject's
        return _sector_label(of_sector), "sector-of-relative-clause"
    named_sector = _named_sector_flow(clause) if c.kind in ("amount", "percent_change", "share") else None
    if named_sector and c.kind in ("amount", "percent_change", "share"):
        return named_sector, "named-sector-flow"
    sector = (_sector_after(text, sent, m) or _sector_subject(_subject_aside().sub("", clause)) or _sector_opener(text, sent, m)) \
        if c.kind in ("amount", "percent_change", "multiple", "share") else None
    if sector and c.kind in ("amount", "percent_change", "multiple", "share"):
        return sector, "sector-subject"
    kind_of_services = _services_sector_subject(clause) if "sector" in clause and "service" in clause else None  # (words first: cheap)
    if kind_of_services and c.kind in ("amount", "percent_change", "multiple", "share"):
        return kind_of_services, "services-sector-subject"
    served = _service_flow_kind(clause) if c.kind in ("amount", "percent_change", "multiple") else None
    if served is None and (c.kind == "percent_change" or c.kind == "amount" and _BASE_LEVEL_BEFORE.search(clause)):
        # ("travel receipts were $4bn in 2023, according to central bank data, up 9% from $3.7bn":
        # the sentence's kind of service still owns its change and base level when no other flow
        # comes between; not a part after "of which", a figure of its own)
        served = _service_flow_kind(text[sent.start:m.start])
    if served and c.kind in ("amount", "percent_change", "multiple"):
        return served, "service-flow-kind"
    category = _services_category_subject(clause) if c.kind == "amount" and ctx.has_services else None
    if category:
        # "Charges for the use of intellectual property were $128.4 billion": a category of
        # services as the clause's subject, a part of the services flow, not the total
        return category, "services-category-subject"
    earned = _earnings_from(text[sent.start:m.start]) if c.kind in ("amount", "percent_change", "multiple") else None
    if earned and c.kind in ("amount", "percent_change", "multiple"):
        return earned, "earnings-from-product"
    # "At ₦8,535.61 billion, Q3/2023 crude oil exports were ...": the subject after the comma
    at = _AT_FIGURE.match(text, sent.start, m.start) if c.kind == "amount" else None
    if at:
        subj = _AT_FIGURE_SUBJECT.match(text[m.end:sent.end])
        if subj:
            part = next((x for x in commodities if m.end < x.start < m.end + 2 + len(subj.group(0))), None)
            if part is not None:
                return canonical_label(part.text), "at-figure-subject"
    those = _THOSE_OF.search(clause) if c.kind in ("percent_change", "amount") and ("those" in clause or "that" in clause) else None
    if those and c.kind in ("percent_change", "amount") and not names_country_or_flow(those["np"]):
        return canonical_label(those["np"]), "those-of"  # "and those of organic chemicals 35.9 percent"
    quoted = _quoted_part(text[sent.start:m.start]) if c.kind == "amount" else None
    if quoted and c.kind == "amount" and not names_country_or_flow(quoted["name"]):
        return canonical_label(quoted["name"]), "quoted-part"
    market = _market_for_product().search(text, sent.start, m.start) \
        if c.kind == "amount" and holds_any(text[sent.start:m.start], _market_nouns()) else None  # (nouns checked first: cheap)
    if market and unknown_product(market["np"]):
        return unknown_product(market["np"]), "market-for-product"  # "the largest single market for salmon at NOK 7.9 billion"
    market = _market_of_goods().search(text, sent.start, m.start) \
        if c.kind == "amount" and market is None and holds_any(text[sent.start:m.start], _market_nouns()) else None
    if market and unknown_product(_without_origin_adjective(market["np"])):
        # "Japan was the main destination of Chilean forestry products, with purchases of": that sector's
        return unknown_product(_without_origin_adjective(market["np"])), "market-for-product"
    role = _product_in_a_role_with_flow().match(text, sent.start, m.start) \
        if c.kind == "amount" and " with " in text[sent.start:m.start] else None  # (cheap: the cue's word first)
    if role and unknown_product(role["np"]) and not names_country_or_flow(role["np"]):
        # "Footwear remained the backbone of the sector with exports of $2.9bn": the
        # product the sentence opens on, in a role, and its flow "with" which it goes on
        return unknown_product(role["np"]), "product-in-a-role"
    named = _named_part(text[sent.start:m.start]) if c.kind == "amount" else None
    if named and c.kind == "amount":
        return named, "named-part"
    leader = _leader_valued_at().search(clause) if c.kind == "amount" and " by " in clause else None  # (checked first: cheap)
    # ("Non-oil exports were led by polymers of ethylene in primary forms, valued at AED 4.1
    # billion": the leader's own value, not the flow's it leads; a tariff heading's name by
    # its head noun, before its "of")
    led = (unknown_product(leader["np"]) or unknown_product(re.split(r"\s+(?:of|in|for)\s+", leader["np"])[0])) if leader else None
    if led:
        return led, "leader-valued-at"
    ranked = _ranked_product_at().search(clause) if c.kind == "amount" and holds_any(clause, _rank_keys()) else None  # (words checked first: cheap)
    if ranked and ranked["aside"] and any(start + ranked.start("np") <= x.start < start + ranked.end("np") for x in commodities):
        ranked = None  # (past an aside, a product the vocabulary knows is read by its own word, as before)
    if ranked and unknown_product(ranked["np"]):
        return unknown_product(ranked["np"]), "ranked-product"
    # ("Blueberries came second with US$1.384 billion" after the leading product's figure)
    placed = _product_ranked_by_ordinal().search(clause) if c.kind == "amount" and " with " in clause else None
    if placed and not scan_countries(placed["np"]) and unknown_product(placed["np"]) \
            and (_aside_calls_it_goods(placed["aside"]) or _ranked_product_before(text, sent)):
        return unknown_product(placed["np"]), "ranked-product"
    earner = _product_that_earned_a_place(clause) if c.kind == "amount" else None
    if earner and c.kind == "amount":
        return earner, "product-earned-place"
    ranked_part = ranked_part_product(clause) if c.kind == "amount" else None
    if ranked_part and unknown_product(ranked_part):
        return unknown_product(ranked_part), "ranked-part"  # "The biggest chunk is travel - $14.9 billion"
    # (after a ", while" the clause starts with a space; "Foreign-invested enterprises, including
    # crude oil exporters, accounted for": the subject without its aside)
    # (its verb checked first, cheap: the asides taken out end in a comma, the verb and the
    # hedge after it have none, so the verb stands in the clause as written)
    # ("Metallurgical coal, used in steelmaking, earned": the subject past its participle aside)
    # ("non-basmati varieties made up 5.27 million tonnes worth Rs 7,410 crore": the subject
    # past the tonnage its verb gives before the value)
    subj = PART_SUBJECT.search(_DASH_ASIDE.sub("", _LIST_DASH_ASIDE.sub("", _subject_aside().sub("", _LISTED_SUBJECT_ASIDE.sub("", without_participle_asides(_without_which_aside(_WHICH_SHARE.sub(" ", _without_part_quantity(clause.lstrip()))))))))) \
        if c.kind in ("amount", "share") and holds_any(clause, PART_SUBJECT_WORDS) else None
    if subj and _BULLET_OPENS.match(clause) and (any(start <= x.start < m.start for x in commodities)
                                                  or subj["np"].strip().lower() in vocab.product_forms()):
        # ("- Fresh grapes earned $1.5 billion", "- Basmati earned $4.5 billion": a bullet's
        # subject the vocabulary reads as a product, or as a form of the product named before,
        # is read by those rules, which keep its whole name)
        subj = None
    if subj is None and c.kind == "share" and _SHARE_OF_THE_FLOW.match(text, m.end):
        # "Industrial products were 50.8% of all exports": a share said with a bare copula,
        # of the whole flow its words name, is the subject's (the part)
        subj = _COPULA_SHARE_SUBJECT.search(clause.lstrip())
    if subj and subj["np"].strip().lower() in vocab.sentence_adverbs():
        # ("Energy exports reached $19.42 billion ..., and now make up 29.8%": the second verb
        # keeps the sentence's subject; an adverb before it is no product)
        subj = None
    if subj and c.kind != "amount" and "represent" in subj.group(0)[subj.end("np") - subj.start():].lower():
        # ("Hydrocarbons represented $20.6bn of exports": a money part; a share "represented"
        # is read by the share rules, which know its whole)
        subj = None
    if subj and c.kind in ("amount", "share") and _THE_SECTOR.fullmatch(subj["np"].strip()):
        # "The sector accounted for 84.08 per cent": the part named before
        return "the same products", "same-products"
    if subj and c.kind in ("amount", "share") and _class_anaphor(subj["np"]):
        # "Chile's copper exports totalled ... The metal accounted for 53.5%": the product
        # named before, by its class (that class when none was)
        return canonical_label(subj["np"]), "class-anaphor"
    if subj and c.kind in ("amount", "share"):
        # ("HONIARA - Round log exports earned": the subject after the dateline's dash)
        np = re.sub(r"^.*\s[-–—]\s+", "", _with_bullet_head(subj))
        np = _EXAMPLES_OF_SUBJECT.sub("", np)  # "vegetables such as French beans and snow peas fetched": vegetables
        np = _without_speaker(np)  # "the controller said goods worth": goods
        bare = _trailing_adverb().sub("", _without_clause_opener(_without_breakdown_cue(np)))
        np = re.sub(r"^(?:the|its|their)\s+", "", _without_clause_opener(_without_breakdown_cue(np)), flags=re.I)
        np = _trailing_adverb().sub("", np)  # "Salmon thus made up": the subject without its adverb
        np = _product_past_its_owner(np)  # "Malaysia's palm oil accounted for": palm oil
        label = canonical_label(np)  # "footwear imports" -> "footwear"
        named = _acronym_subject(np, commodities)
        if named:
            return named, "acronym-subject"
        verb = _verb_first_re().match(np)
        if verb:
            # "buying goods worth $70.4 billion": a verb, no product; but "taking watches
            # worth SFr1.93 billion": the product it traded, named after it
            label = _product_after_verb(np[verb.end():])
        if label and not names_country_or_flow(label) and not scan_countries(np) and not any(_no_product_word(w) for w in label.split()) \
                and not _names_a_unit(np) and not _the_unit(bare) and not re.match(r"^(?:(?:when|while|and|but|as)\s+)?(?:it|this|that|these|they|which|the\s+\w+\s+products)$", np, re.I):
            if c.kind == "share" and " and " in np and _LIST_BEFORE.search(subj.string, 0, subj.start("np")):
                # "medicines, active ingredients, vaccines and diagnostics made up 48.6%": the
                # subject is the whole list, not its tail (claims.py: the sector named before)
                return label, "list-tail"
            return label, "part-subject"
    after = text[m.end:min(sent.end, m.end + 40)]
    if c.kind == "amount" and _OF_GOODS_AND_SERVICES.match(after):
        return "goods and services", "of-goods-and-services"  # "taking A$93.1 billion of goods and services": both
    # "R1.6 billion of iron and steel": the product after the figure
    in_product = _IN_PRODUCT.match(after) if c.kind == "amount" else None
    if in_product and any(x.start == m.end + in_product.start("c") and x.end == m.end + in_product.end("c") for x in commodities) \
            and canonical_label(in_product["c"]) not in ("goods", "services"):
        return canonical_label(in_product["c"]), "in-product"  # "including SAT 2.1 million in re-exports"
    in_class = _goods_class_in(text, m, in_product, commodities) if in_product and c.kind == "amount" else None
    if in_class:
        return in_class, "in-goods-class"  # "a deficit of $33 billion in capital goods, while": that class's
    listed = _of_product_list(text, sent, m, commodities) if c.kind == "amount" else None
    if listed:
        return listed, "of-product-list"
    of_product = _OF_PRODUCT.match(after) if c.kind == "amount" else None
    if of_product and c.kind == "amount" and any(x.start == m.end + of_product.start("c") for x in commodities) \
            and (not names_country_or_flow(of_product["c"]) or _a_flow_that_is_a_part(of_product["c"], m.end + of_product.start("c"), commodities)):
        # ("shipped €6.8bn of goods there": goods, to the place named before)
        words = _before_place_phrase(_before_place_pronoun(of_product["c"]))
        product = canonical_label(before_participle_tail(_before_abroad_word(words)))
        if product not in ("goods", "merchandise") or _before_abroad_word(words) == words:
            return product, "of-product"
        # ("sold £20.1bn of goods abroad": the words say only that the goods left the country;
        # whose goods they are, a sector's or everyone's, the subject says, read below)
    origin_of = _without_origin_adjective(of_product["c"]) if of_product and c.kind == "amount" and " " in of_product["c"].strip() else None
    if origin_of and origin_of != of_product["c"].strip() and any(x.text.lower() == origin_of.lower() for x in commodities) \
            and not names_country_or_flow(origin_of) and canonical_label(origin_of) not in ("goods", "services"):
        # "buying €1.3 billion of Dutch cheese": the product past the adjective of where it is
        # from (the product alone, that place being the reporter; not "of Egyptian goods",
        # all the flow, which the text's scope reads)
        return canonical_label(origin_of), "of-product"
    unknown_of = _unknown_product_after(text, m, of_product, commodities) if of_product and c.measure in ("exports", "imports") else None
    if unknown_of:
        # "shipped $15 billion of smartphones": goods named after the figure are its own,
        # whether or not the vocabulary knows them (a part of the flow, never the whole)
        return unknown_of, "of-unknown-product"
    made_of = _figure_is_product_re().match(text, m.end, sent.end) if c.kind == "amount" else None
    if made_of and any(x.start == made_of.end() for x in commodities):
        x = next(x for x in commodities if x.start == made_of.end())
        if canonical_label(x.text) not in ("goods", "services"):
            return canonical_label(x.text), "figure-is-product"  # "EUR 369.8 billion (55.9 percent) consisted of re-exports"
    kind_of = _kind_the_figure_is(text, sent, m, made_of, commodities) if c.kind == "amount" else None
    if kind_of:
        # "Of this amount, US$1,694 million corresponded to refined copper (cathodes) and
        # US$2,178 million to copper concentrates": a kind of a known product, the verb said
        # once for the list
        return kind_of, "figure-is-product"
    bought = GOODS_BOUGHT_AFTER.match(text, m.end, sent.end) if c.kind == "amount" else None
    if bought and any(x.start == bought.end() for x in commodities):
        # "spent $4.1bn importing machinery and parts": the goods the gerund right after the
        # figure names are what the figure bought or sold, its own product
        label = canonical_label(next(x for x in commodities if x.start == bought.end()).text)
        if label not in ("goods", "services"):
            return label, "bought-after-figure"
    earned_after = _EARNED_FROM_AFTER.match(after) if c.kind == "amount" else None
    if earned_after and unknown_product(earned_after["np"]):
        # "almost twice the Sh180.6 billion the country earned from tea exports": the product
        # a relative clause after the figure says it was earned from
        return unknown_product(earned_after["np"]), "earned-from-after"
    # "£5.6 billion of Scotch whisky exports": a part of the flow, named before its flow word
    # (a product the vocabulary need not know)
    # (not "took US$ 5.05 billion of the exports": an article alone names no product)
    # "Kenya supplied $520 million of the apparel": a part of the product named before, the
    # article pointing back to it (only a product the vocabulary knows, so never "of the total")
    of_the_product = _OF_THE_PRODUCT.match(after) if c.kind == "amount" else None
    if of_the_product and any(x.start == m.end + of_the_product.start("c") and x.end == m.end + of_the_product.end("c") for x in commodities) \
            and canonical_label(of_the_product["c"]) not in ("goods", "services") and not names_country_or_flow(of_the_product["c"]):
        return canonical_label(of_the_product["c"]), "of-the-product"
    of_flow = _OF_FLOW.match(after) if c.kind == "amount" else None
    if of_flow and c.kind == "amount" and unknown_product(of_flow["np"]):
        return unknown_product(of_flow["np"]), "of-product-flow"
    if c.kind in ("percent_change", "multiple") and _change_in_whole().match(after):
        return None, "change-in-whole"  # "re-exports drive 14.8% rise in total exports": the whole, not its driver
    change_in = _change_in_product(text, m, after, commodities)
    if change_in and c.kind in ("percent_change", "multiple"):
        return change_in, "change-in-product"
    flow_in = _product_of_changed_flow(text, m, sent.end, commodities) if c.kind in ("percent_change", "multiple") else None
    if flow_in:
        return flow_in, "change-in-product-flow"
    noun_of = _product_after_change_of(text, sent, m, after, commodities) if c.kind == "percent_change" else None
    if noun_of:
        return noun_of, "change-in-product"
    # "about a quarter of US imports of electrical machinery": the share's whole is of that product
    share_of = _SHARE_OF.match(after) if c.kind == "share" else None
    if share_of:
        x = next((x for x in commodities if x.start >= m.end + share_of.end()
                  and re.fullmatch(r"(?:[a-z-]+\s+){0,2}", text[m.end + share_of.end():x.start])), None)
        if x is not None and canonical_label(x.text) in ("goods", "services") and _GOODS_AND_SERVICES.match(text, x.start) \
                or x is not None and canonical_label(x.text) == "services" and _SERVICES_AND_GOODS.match(text, x.start):
            # ("48% of the country's total exports of goods and services": of both, the whole
            # flow, not of goods alone)
            return ("goods and services" if ctx.has_services else None), "share-of-product"
        if x is not None and not names_country_or_flow(x.text):
            return canonical_label(x.text), "share-of-product"
    of_the = _OF_THE.match(after) if c.kind == "amount" else None
    if of_the and c.kind == "amount":
        return of_the["c"].lower(), "of-the-figure"
    earned = _earned_from_product(text, sent, m, after, commodities)
    if earned and c.kind == "amount":
        return earned, "earned-from-product"
    if c.kind == "amount" and "from th" in after and _FROM_THE_SECTOR.match(after) and _EARNED.search(text, sent.start, m.start):
        # "the country earned $524 million from the segment": the part named before, as
        # "The sector accounted for" is (resolved to the previous part by the caller)
        return "the same products", "same-products"
    # "earned Sh180.6 billion from tea exports"
    # (not "on the back of higher gold imports": a cause, not the figure's product)
    # ("earned $1.1 billion (about Shs4.2 trillion) from tea exports": past the figure's own
    # bracketed equivalent)
    aside = _FIGURE_ASIDE.match(text, m.end, sent.end) if c.kind == "amount" else None
    from_x = _FROM_FLOW.match(text[aside.end():min(sent.end, aside.end() + 40)] if aside else after) if c.kind == "amount" else None
    if from_x and c.kind == "amount" and not names_country_or_flow(from_x["c"]) and from_x["c"] not in ("total", "merchandise", "its", "their", "the") \
            and not any(w in vocab.not_products() for w in from_x["c"].split()) \
            and not (c.measure == "balance" and from_x.group(0).split()[0] == "on"):  # "in total goods imports"
        # (not "the deficit widened to $29 billion on gold imports": "on" one side's flow after a
        # balance says why it moved; the balance is of all the trade, not of that product)
        return canonical_label(from_x["c"]), "from-product-flow"
    driver = _driver_with_its_own_level().search(text, sent.start, m.start) \
        if c.kind == "amount" and ", which " in text[sent.start:m.start] else None  # (cheap: the relative clause first)
    if driver and unknown_product(driver["np"]):
        # "The growth was again driven by bottled wine, which accounted for US$714.3 million":
        # the level a relative clause gives the driver is the driver's own, whether or not the
        # vocabulary knows its goods
        return unknown_product(driver["np"]), "driver-own-level"
    # ("A$117.6 billion of goods, leaving a surplus of ...": that product was the figure before's)
    # ("spent US$25.6 billion importing cotton, fibres and fabrics, leaving a surplus of": the
    # goods the figure before bought, up to the comma that opens this figure's clause)
    bought_end = text.rfind(",", prev_end, m.start) if prev_end > sent.start and GOODS_BOUGHT_AFTER.match(text, prev_end) else -1
    cands = [x for x in commodities if start <= x.start < m.start and not _in_a_name(text, x)
             and not (x.text[:1].isupper() and _body_named_by().match(text, x.end))
             and not x.start < bought_end
             and not (prev_end > sent.start and re.fullmatch(r"\s+of\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?", text[prev_end:x.start]))
             # (nor "$17.1 billion worth of goods, up 6.9% from": goods in general as the noun of
             # what the figure before is worth, no product of the figures after it)
             and not (prev_end > sent.start and re.fullmatch(r"\s+worth\s+of\s+", text[prev_end:x.start]) and canonical_label(x.text.lower()) == "goods")
             # (an aside or a cause after the figure before names goods whose own figure a
             # relative clause may give: "..., mainly due to lower shipments of coffee, which
             # dropped 5.3% to US$822 million")
             and (_WHICH_THEN_LEVEL.fullmatch(text, x.end, m.start)
                  or not in_apposition(text, start, x.start, m.start) and not in_composition(text, start, x.start, m.start)
                  and not x.start < _aside_on_figure_before_end(text, start, prev_end, m.start)
                  and not cause_after_figure_before(text, prev_end, x.start, m.start))
             and not _drives_a_flow_to().match(text, x.end, m.start)
             and not (x.text[:2].lower() == "re" and joined_to_exports(text, x, sent.end))
             and not (c.kind == "amount" and c.measure != "other" and _price_after().match(text, x.end))
             # (a colon ends the cue's reach: "almost entirely due to energy: the energy deficit")
             and (not re.search(r"\b(?:mostly|mainly|chiefly|largely|primarily|predominantly|(?:almost\s+)?entirely|including|led\s+by|such\s+as|driven\s+by|helped\s+by|dominated\s+by|reflecting)\b[^.;:]*$", text[start:x.start], re.I)
                  # ("driven mainly by energy (+11.6%)": the driver's own figure, bracketed after it;
                  # "led by wine (up $40m)": its change, the bracket opening on its direction)
                  or _DRIVER_BRACKET.fullmatch(text, x.end, m.start)
                  or re.fullmatch(r"[\w\s-]{0,30}?\s(?:worth|at|of|with|totalling|totaling)\s+(?:about\s+|some\s+|around\s+)?"
                                  # ("led by chips, which jumped 40.4%": the leader's own figure)
                                  # ("mainly due to lower exports of petroleum gases (LNG and propane), which
                                  # fell to": the rest of the product's words and its bracketed list first)
                                  r"|[A-Za-z\s-]{0,50}?(?:\s*\([^()$\d]{0,80}\))?,\s*which\s+(?:[a-z]+\s+){1,2}(?:by\s+)?"
                                  # ("mainly by coffee, the main export product, whose sales reached")
                                  # (or its sector: "led by the automotive sector, whose exports jumped")
                                  r"|(?:\s+(?:sector|industry))?(?:,[^,;$\d]{0,40})?,\s*whose\s+(?:sales|exports|shipments|earnings)\s+(?:[a-z]+\s+){1,2}", text[x.end:m.start]))]
    balance_in = _balance_in_product(text, m, sent, commodities, c.measure == "balance") if c.kind == "amount" else None
    if balance_in:
        return balance_in, "balance-in-product"
    segment = _segment_with_balance(text, sent, m) if c.kind == "amount" else None
    if segment:
        return segment, "segment-with-balance"
    by_kind = _balance_of_kind_subject(text, sent, m) if c.kind == "amount" else None
    if by_kind:
        return by_kind, "balance-of-kind-subject"
    in_scope = _IN_SCOPE.match(text[m.end:m.end + 30])
    if in_scope and ctx.has_services:
        return in_scope["c"].lower(), "in-goods-or-services"
    # ("Shipments of animal and vegetable fats and oils, mostly crude palm oil (CPO) and its
    # derivatives, rose to": the product before its aside)
    unaside = _subject_aside().sub(lambda a: " " * len(a.group(0)), clause)
    if "–" in unaside or "—" in unaside:  # (cheap: most clauses hold no dash)
        unaside = _excluding_dash_aside().sub(lambda a: " " * len(a.group(0)), unaside)
    if "(" in unaside:  # (cheap: most clauses hold no bracket)
        unaside = _code_bracket_re().sub(lambda a: " " * len(a.group(0)), unaside)
        unaside = _gloss_bracket_re().sub(lambda a: " " * len(a.group(0)), unaside)
    regime = _FLOW_UNDER_REGIME.search(unaside) if c.kind in ("amount", "percent_change", "share") else None
    if regime and not names_country_or_flow(regime["np"]):
        return canonical_label(regime["np"]), "flow-under-regime"  # "Exports under the maquila regime ... amounted to"
    regime = _FLOW_UNDER_REGIME.search(clause) if regime and "(" in clause else None
    if regime and regime["alias"] and not names_country_or_flow(regime["alias"]):
        # ("Exports under the totally exporting (offshore) regime": named by a flow word, the
        # regime goes by the other name in its brackets)
        return canonical_label(regime["alias"]), "flow-under-regime"
    # "Exports of turbines, pumps, machinery and spare parts reached": a list the flow is of,
    # its first items unknown to the vocabulary and a known one later ("machinery"), is the
    # whole list's, not the later item's alone
    listed = _flow_of_comma_list().search(unaside) if cands and ", " in unaside else None
    if listed and start + listed.start("np") < cands[0].start and all(x.end <= start + listed.end("np") for x in cands if x.start < m.start) \
            and unknown_product(listed["np"]):
        return unknown_product(listed["np"]), "flow-of-listed-goods"
    flow_of = _FLOW_OF.search(unaside)
    # ("Shipments of the metal earned": the anaphor at a sentence's start, before any verb)
    anaphor_of = flow_of if flow_of and _class_anaphor(flow_of["np"]) else (_flow_of_class_anaphor(unaside) if " of th" in unaside or " in th" in unaside else None)
    if anaphor_of:
        flow_of = anaphor_of
        # "Gold made up 78% of exports, as shipments of the precious metal reached $4bn": the
        # product named before it in the sentence, not the class the words name
        named = [x for x in commodities if sent.start <= x.start < start + flow_of.start("np")]
        if named:
            return canonical_label(named[-1].attrs.get("label") or named[-1].text.lower()), "flow-of-anaphor"
        # ("Copper still dominates. Shipments of the metal earned $50.8bn": the product the
        # sentence just before names last; none there, the class itself, a part all the same)
        before = _product_of_sentence_before(text, sent)
        return before or canonical_label(flow_of["np"].split(" and ")[0]), "flow-of-anaphor"
    if flow_of and not names_country_or_flow(flow_of["np"]) and not _generic_anaphor(flow_of["np"]) \
            and not _opens_on_owner(flow_of["np"]) and (not cands or cands[0].start >= start + flow_of.start("np")):
        return canonical_label(flow_of["np"]), "flow-of-product"
    # "Exports of Scotch whisky rose to £5.6 billion": the same at a sentence's start, or with
    # a name in the product's words; only a phrase that names no place, flow, period or whole
    named_of = _flow_of_named().search(unaside)
    if named_of and not cands and unknown_product(named_of["np"]):
        return unknown_product(named_of["np"]), "flow-of-product"
    # "Exports of metals, minerals and chemical products totalled $4 billion": a listed
    # product group, its commas inside it, headed by a goods noun (vocab/goods_nouns.csv), is a
    # part of the flow even when the vocabulary does not know it (never all goods)
    listed_of = _flow_of_listed_goods().search(unaside) if not cands and ", " in unaside else None
    if listed_of and unknown_product(listed_of["np"]):
        return unknown_product(listed_of["np"]), "flow-of-listed-goods"
    # "Shipments of drones and other "dual-use" parts to Iran were worth", "exports to Syria of
    # 30 items on the EU's control list rose to": a basket of products, a part of the pair's flow
    if c.kind in ("amount", "percent_change", "multiple") and " of " in unaside:
        basket = basket_before_place(unaside)
        if basket and not cands and unknown_product(basket):
            return unknown_product(basket), "product-basket"
        counted = counted_basket(unaside)
        if counted:
            return counted, "counted-basket"
        quoted = quoted_basket(unaside)
        if quoted and all(start + quoted[1] <= x.start < start + quoted[2] for x in cands) and unknown_product(quoted[0]):
            return unknown_product(quoted[0]), "quoted-basket"
    group = _listed_group(clause)
    if group:
        return group, "listed-group"
    which = _product_which_amounted(text[start:m.start], start, commodities)
    if which and c.kind == "amount":
        return which, "product-which-amounted"
    lead = _LEADING_PRODUCT.match(text, sent.start, m.start) or _ranked_product().match(text, sent.start, m.start)
    # ("the list of exported goods": the flow it leads, no product of the figure)
    # (a product word inside the leader's own words is part of its name: "Cocoa beans led")
    if lead and not [x for x in cands if not (lead.start("np") <= x.start and x.end <= lead.end("np") or lead.end("np") <= x.start < lead.end())] and c.kind in ("amount", "share") and not names_country_or_flow(lead["np"]) \
            and not any(lead.end() <= x.start < m.start for x in commodities) \
            and not _next_ranked_between(text, lead.end(), m.start) \
            and not scan_countries(lead["np"]) and not _verb_first_re().match(lead["np"]):
        label = canonical_label(lead["np"])
        if label and not any(w in vocab.not_products() for w in label.split()):
            return label, "leading-product"  # "Raw cashew nuts dominated Cambodian shipments, with ... $1.9 billion"
    if not cands:
        own = unknown_product(with_flow["np"]) if with_flow is not None and start == with_flow.end() else None
        if own:
            return own, "with-clause-flow"  # "..., with software exports of about US$37bn"
        shipped = _quantity_of_product().search(clause) if c.kind == "amount" else None
        if shipped and unknown_product(shipped["np"]):
            return unknown_product(shipped["np"]), "quantity-of-product"  # "1.9 million tonnes of citrus ..., worth $880 million"
        earned_by = _value_after_quantity(clause) if c.kind == "amount" else None
        if earned_by:
            return earned_by, "value-after-quantity"  # "Shipments of frozen shrimp ... stood at 716,004 tonnes, earning US$ 4.88 billion"
        total_of = _running_total_of_product(clause) if c.kind == "amount" else None
        if total_of:
            return total_of, "running-total-of-product"  # "..., bringing total wine exports to US$ 1,295 million"
        channel = _channel_named_before(text, sent, clause, commodities) if " the " in clause or " this " in clause else None
        if channel and c.kind in ("amount", "percent_change", "share"):
            return channel, "channel-anaphor"
        opening = _product_the_sentence_opened(text, sent, m, commodities)
        if opening and c.kind in ("amount", "percent_change", "multiple", "share"):
            return opening, "sentence-opening-product"
        of_total = _product_of_the_whole_opener(text, sent, m, commodities) if c.kind in ("amount", "percent_change", "share") else None
        if of_total:
            return of_total, "product-whole-opener"
        rest = _residual_group_subject(clause) if c.kind in ("amount", "percent_change") else None
        if rest:
            return rest, "residual-group"  # "the group of other sectors rose 26.0% to US$358.7 million"
        sector = _sector_of_flow(clause)
        if sector and c.kind in ("amount", "percent_change", "multiple"):
            return sector, "sector-flow"
        # (past an aside: "Avocado shipments, mostly to the United States, reached")
        subject = _subject_of_flow().search(unaside) if c.kind == "amount" else None
        # ("Spice exports touched an all-time high of": a verb of vocab/record_verbs.csv before the record word)
        subject_np = _np_past_a_place_name(subject) if subject else None
        if subject and (_states_a_level(subject["v"]) or subject["rec"] and subject["v"].lower() in vocab.record_verbs()) \
                and subject_np and unknown_product(subject_np):
            return unknown_product(subject_np), "subject-of-flow"  # "Scotch whisky exports rose to £5.6 billion"
        # ("Shawl exports also picked up, reaching $1.5 billion": the level after a comma)
        reached = _subject_then_reaching().search(unaside) if c.kind == "amount" and "," in unaside else None
        if reached and unknown_product(reached["np"]):
            return unknown_product(reached["np"]), "subject-of-flow"
        traded = goods_before_which(clause) if c.kind in ("amount", "share") else None
        if traded and unknown_product(traded):
            return unknown_product(traded), "traded-object"  # "a jump in imports of solar cells, which reached $2.8 billion"
        owner = goods_before_whose(clause) if c.kind in ("amount", "percent_change") else None
        if owner and unknown_product(owner):
            return unknown_product(owner), "goods-before-whose"  # "primary products, whose sales abroad shrank 34.9 percent"
        placed = goods_of_flow_with_place(clause) if c.kind in ("amount", "share") else None
        if placed and unknown_product(placed):
            return unknown_product(placed), "flow-of-product"  # "Imports of natural graphite from China accounted for"
        sold = goods_a_place_traded(clause) if c.kind == "amount" else None
        if sold and scan_countries(sold[0]) and unknown_product(sold[1]):
            return unknown_product(sold[1]), "place-traded-goods"  # "Chile exported fresh cherries worth $2.3 billion"
        labelled = _label_of_flow().search(unaside) if c.kind == "amount" and ":" in unaside else None
        if labelled and unknown_product(labelled["np"]):
            return unknown_product(labelled["np"]), "label-of-flow"  # "- Canadian wine imports, 2023: CAD 3.1 billion"
        # (after a ", while" the clause starts with a space: "while woven items rose 10.9 percent")
        # ("SANTIAGO, Jan 25 - Chile's bottled wine exports fell": the subject past the dateline)
        opened = opening_end(text, start, m.start) - start if start == sent.start else 0
        headline = _headline(text)
        subject = _change_subject(clause[opened:].lstrip() if clause.startswith(text[start:start + opened]) else clause.lstrip(), headline)
        if subject is None and unaside != clause:
            # ("Leather footwear, the largest single item, slipped 13.2 per cent": past the aside)
            subject = _change_subject(unaside[opened:].lstrip() if clause.startswith(text[start:start + opened]) else unaside.lstrip(), headline)
        if subject is None and ("—" in unaside or "–" in unaside or " - " in unaside):
            # ("mineral products — mostly refined fuel — rose 21.4%": past a dash aside that
            # says what the subject holds, as past one between commas)
            undashed = _DASH_ASIDE.sub(lambda a: " " * len(a.group(0)), unaside)
            subject = _change_subject(undashed[opened:].lstrip() if clause.startswith(text[start:start + opened]) else undashed.lstrip(), headline) \
                if undashed != unaside else None
        if subject and c.kind in ("percent_change", "multiple", "amount"):
            return subject, "subject-of-change"
        own_verb = _VERB_MULTIPLE_SUBJECT.search(unaside) if c.kind == "multiple" and c.text[:1].isalpha() else None
        if own_verb and unknown_product(own_verb["np"]):
            return unknown_product(own_verb["np"]), "subject-of-change"
        changed = noun_before_bracket(text, start, m, change=True) if c.kind == "amount" and "(" in clause else None
        if changed and unknown_product(changed):
            # "led by widgets (up $40m)": a change bracketed after a group the vocabulary does
            # not know is that group's, a part, never the whole flow's
            return unknown_product(changed), "product-before-change-bracket"
        if ctx.has_services and c.kind in ("amount", "percent_change") and _joint_flow_of(clause):
            return "goods and services", "joint-flow"
        grouped = balance_group(text, m.end, sent.end, c)
        if grouped:
            return grouped, "balance-in-group-trade"  # "a deficit of $0.9bn in non-ferrous scrap trade"
        valued = _product_valued_after(text, sent) if c.kind in ("amount", "percent_change", "multiple") else None
        if valued:
            return valued, "value-of-product-before"
        return None, "none"
    if _goods_a_partner_buys(text, start, cands[0].start, m.start):
        return None, "goods-of-a-described-partner"
    with_part = _with_known_part_changed(clause) if c.kind == "percent_change" and len(cands) > 1 else None
    if with_part:
        return with_part, "with-part-changed"
    # ("Textiles remain small compared with the country's car exports, which totalled": the
    # figure is the product compared with, named after the cue, not the subject's)
    while len(cands) > 1 and _COMPARED_WITH.search(text, cands[0].end, cands[1].start):
        cands = cands[1:]
    # ("The most important export goods were motor vehicles and parts, at 39.8 billion
    # euros": goods in general as the subject, the products after the copula say which)
    if len(cands) > 1 and canonical_label(cands[0].text.lower()) == "goods" \
            and _goods_complement_tie().fullmatch(text, cands[0].end, cands[1].start):
        cands = cands[1:]
    # ("the first non-oil export product, ahead of banana, which generated USD 3,481 million":
    # the figure of a relative clause is of the product it follows, not of the clause's first)
    if len(cands) > 1 and ", which" in text[cands[-1].end:m.start] and _WHICH_THEN_LEVEL.fullmatch(text, cands[-1].end, m.start):
        cands = cands[-1:]
    if len(cands) > 1 and "of" in text[cands[-1].end:m.start] and _flow_named_by_last(text, cands, m.start):
        cands = cands[-1:]
    # The earliest product word of the clause names the part ("Copper and copper concentrate ...").
    x = cands[0]
    label = x.text if x.text in vocab.cased_commodities() else x.text.lower()  # ("IT" keeps its case: see canonical_label)
    paired = _UNKNOWN_AND_BEFORE.search(text, max(start, x.start - 30), x.start) if text.startswith("and ", x.start - 4) else None
    if paired and _FLOW_NOUN_AFTER.match(text, x.end) and unknown_product(paired["a"]) and not scan_countries(paired["a"]):
        # "Portuguese wine and cheese exports slip": the two goods together, the first one the
        # vocabulary does not know, the flow word after both (not the known second alone)
        return f"{paired['a'].lower()} and {canonical_label(label)}", "product-word"
    modified = _modified_acronym(text[start:x.start], x)
    if modified:
        return modified, "modified-acronym"
    excl = _exclusion_before().search(text, max(start, x.start - 24), x.start)
    cls = _goods_class(text[start:x.start]) if canonical_label(label) == "goods" else None
    if cls:
        return cls, "goods-class"
    kind = _services_kind(text[start:x.start], ctx.gives_all_services) if canonical_label(label) == "services" else None
    paired_kind = _paired_services_kind(text[start:x.start]) if kind else None
    if paired_kind:
        # "insurance and pension services": one category a statistical release names by two
        # kinds joined, a sibling of the other kinds (never the whole of "financial services")
        return paired_kind, "services-kind"
    if kind and _KINDS_LISTED.search(text, start, x.start):
        # "with transport, business management and financial services making up more than
        # two-thirds of the total": several kinds together, none of them alone (a share of
        # them is of no one quantity the text gives)
        return (None if c.kind == "share" else "several kinds of services"), "service-kinds-listed"
    if kind:
        return kind, "services-kind"
    carried = mode_of_carried_goods(text, x.end, m.start) if canonical_label(label) == "goods" else None
    if carried:
        return carried, "goods-carried-by"  # "goods carried by the ... Railway Express": trade by one mode
    if canonical_label(label) == "goods" and not ctx.has_services:
        return None, "goods-alone"  # "merchandise exports" where services are never given apart
    # "non-oil trade" and "oil" in "oil import bill" both name scopes; keep the longest phrase
    seg = text[x.start:m.start]
    # (not past a verb or a new noun phrase: "Gold remained the dominant export" is gold, "goods
    # the country sold abroad" goods)
    mm = _longer_phrase().match(seg)
    if mm and len(mm.group(0)) > len(label):
        # (in the text's case: canonical_label lowers it, but reads a cased word first, "IT")
        longer = mm.group(0).strip().split()
        # ("the goods trade deficit broadly unchanged at": a phrase that runs on past the
        # balance's words, its product ends where they begin; "non-oil foreign trade" is
        # read whole, as before)
        cut = next((k for k, w in enumerate(longer) if k and w.lower() in _BALANCE_WORDS and k + 1 < len(longer)
                    and longer[-1].lower() not in _BALANCE_WORDS), None)
        longer = longer[:cut] if cut is not None else longer
        while len(longer) > 1 and (longer[-1].lower() in vocab.value_words() or longer[-1].lower() in vocab.level_verbs()
                                   or longer[-1].lower() in vocab.sentence_adverbs() or longer[-1].lower() in _CLAUSE_JOINS
                                   or longer[-1].lower() in _share_nouns()):
            # ("Re-exports thus made up": the product, not the adverb before its verb)
            # "Garment receipts grew", "the soybean complex generated export revenue": the
            # product, not the money it brought nor the verb that says so; "tonnes of coffee
            # and earned $3.27 billion": the "and" opens the verb's clause, no part of the product;
            # "Energy share of exports: 73.6%": the share noun names the figure, the product is
            # energy (vocab/share_nouns.csv)
            longer.pop()
        label = max(label, " ".join(longer), key=len)
    listed = _excluded_list(text, start, x.start, m.start)
    if listed:
        return listed, "product-word"
    group = _product_list(seg, x, commodities) or _two_coded_products(text, x, commodities, m.start)
    if group and not excl:
        return group, "product-list"
    joined = _JOINED_BEFORE.search(text, max(start, x.start - 30), x.start)
    if joined and not excl:
        # "BEV + hybrid imports were €13.5bn": the two kinds added together, not the last alone
        return f"{joined['w'].lower()} + {canonical_label(label)}", "joined-products"
    negated = _NEGATED_KIND.search(text, start, x.start)
    if negated and not excl and not scan_countries(negated["word"]):
        # "Non-basmati rice exports ... fell to": the complement of a kind of the product, a
        # product of its own (never the product as a whole, nor the kind the text gave before);
        # "non-EU rice" is rice from elsewhere, a partner's complement
        return f"{negated['word'].lower()} {canonical_label(label)}", "product-word"
    if not excl and _OTHER_OPENS.fullmatch(text, start, x.start) and not canonical_label(label).startswith("other "):
        # "Other mining exports, which include lithium carbonate and iron ore, fell 22.1%": a
        # subject opening on "Other" is the rest of the product beside the parts the text
        # gave, a row of its own ("Other mining"), never the product as a whole
        return f"other {canonical_label(label)}", "product-word"
    kind_word = _KIND_BEFORE.search(text, max(start, x.start - 30), x.start) if "non-" in text and not excl else None
    if kind_word and re.search(rf"(?<![\w-])non-{re.escape(kind_word['word'])}\s+(?:{re.escape(text[x.start:x.end])}|exports|imports)\b", text, re.I):
        # "Exports of jasmine rice were $4bn ... non-jasmine rice accounted for $3bn": the
        # text names the kind's complement, so the kind is a part of the product, not all of it
        # ("Traditional non-oil exports: USD 6,915 million" beside "Non-traditional exports:
        # USD 4,897 million": the complement named of the flow, a sub-series of the product)
        return f"{kind_word['word'].lower()} {canonical_label(label)}", "product-word"
    origin = _ORIGIN_QUALIFIER.match(text, x.end)
    if origin and not excl:
        # "Re-exports of Chinese-mainland origin": a part of the flow the word names
        return f"{canonical_label(label)} of {origin['o'].lower()} origin", "product-of-origin"
    made = made_goods_after(text, x.end) if not excl and " " not in label else None
    if made and c.kind in ("amount", "percent_change", "share"):
        # "Cotton yarn, fabrics and made-ups fared better, with exports up 6%": goods made of
        # the material, a product of their own, never the material itself
        return f"{canonical_label(label)} {made}", "made-goods"
    form = form_before(text, start, x.start) if not excl else None
    if form and not canonical_label(label).startswith(form + " "):
        # "Polished lab-grown diamond exports fell": a form of the product, a product of its own
        return f"{form} {canonical_label(label)}", "product-form"
    return ("excluding " if excl else "") + canonical_label(label), "product-word"


# the bracket that holds a driver's own figure, perhaps after its direction: " (", " (up "
# "exports and " right before "re-exports": the two named as one sum
_EXPORTS_AND_BEFORE = re.compile(r"\bexports\s+and\s+$", re.I)


def joined_to_exports(text: str, x, sent_end: int) -> bool:
    """Whether re-exports are named after "exports and" as one sum with them ("Exports and
    re-exports together came to $9bn", "non-oil exports and re-exports combined ($4bn)"): the
    figure is the whole exports, re-exports counted, not the re-exports; not "exports and
    re-exports rose 4% and 6% respectively", each its own."""
    return bool(_EXPORTS_AND_BEFORE.search(text, max(0, x.start - 14), x.start)) \
        and "respectively" not in text[x.end:sent_end]


# (or set after it by a comma: "The fall was led by cheese, down $40m, as prices eased": the
# leader's own change, its direction right after the comma)
# (after the driver's sector noun too: "driven by the olive oil sector (+81.4%)")
_DRIVER_BRACKET = re.compile(r"(?:\s+(?:sector|industry))?(?:\s*\(\s*(?:(?:up|down)\s+)?|\s*,\s*(?:up|down)\s+(?:by\s+)?)", re.I)


# "Argentina took $1.1bn, where most of the soybeans are crushed, and Uruguay $0.1bn": an aside
# on the figure before (vocab/ranked_cues.csv, aside), whose products are not the next figure's
@functools.cache
def _aside_on_figure_before_re() -> re.Pattern:
    aside = vocab.alternation(vocab.ranked_cues("aside"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*,\s+(?:{aside})\b[^,;()]{{0,120}},", re.I)


def _aside_on_figure_before_end(text: str, start: int, prev_end: int, end: int) -> int:
    """Where an aside on the figure just before ends, when the clause opens with one (-1 otherwise)."""
    if start != prev_end or text.find(",", start, end) == -1:
        return -1
    mm = _aside_on_figure_before_re().match(text, start, end)
    return mm.end() if mm else -1


def _a_flow_that_is_a_part(words: str, start: int, commodities) -> bool:
    """Whether the words after "of" are, whole, a product group that is also a flow word
    ("VT 512 million of re-exports"): a part of the exports, not a place or a flow of its
    own (never "goods" or "services", which are scopes)."""
    return canonical_label(words) not in ("goods", "services") \
        and any(x.start == start and x.end == start + len(words) for x in commodities)


@functools.cache
def _leader_valued_at() -> re.Pattern:
    """"led by polymers of ethylene in primary forms, valued at ": a leader (vocab/leader_cues.csv)
    named by words the vocabulary need not know, then its value right before the figure."""
    leads = vocab.alternation(vocab.leader_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{leads})\s+(?P<np>[^,;:()\d$€£¥]{{3,80}}?),?\s+(?:valued\s+at|worth|at|with|totall?ing|amounting\s+to)\s+{HEDGE}$", re.I)


# the patterns of commodity_for's readings, compiled once (not looked up in re's cache per call)
@functools.cache
def _as_flow_clause() -> re.Pattern:
    """" as trade gap stays", " as exports to China fell": "as" opening a clause whose subject
    is a trade flow (vocab/flows.csv, no money of other kinds)."""
    # (or a value word that stands for a flow, vocab/value_words.csv: "as garment receipts
    # top" opens a clause on the receipts as much as "as garment exports top" does)
    flows = [w for w, (measure, _) in vocab.flows().items() if measure != "other"]
    flows += [r["word"] for r in vocab.table("value_words") if r["flow"]]
    words = vocab.alternation(flows, ignore_case=True, space=r"\s+")
    # (not "as a whole" (vocab/collective_cues.csv): "Brazil's soybean exports as a whole
    # earned" takes the subject together, it opens no clause)
    whole = vocab.alternation([w[3:] for w in vocab.collective_cues() if w.lower().startswith("as ")], ignore_case=True, space=r"\s+")
    # (nor "as" before a rank (vocab/rank_places.csv, adjective): "Aluminium alloys emerged as
    # the top product exported, with $82 million" names what the subject is, no clause; so
    # after a place's possessive: "kept its lead as the country's top exporting sector")
    rank = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    # (up to three words before the flow: "as key non-oil domestic exports (NODX) fell")
    return re.compile(rf"\bas\s+(?!(?:{whole})\b)(?!(?:(?:the|its|their)\s+)?(?:[\w-]+['’]s\s+)?(?:{rank})\b)"
                      rf"(?=(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{words})\b)", re.I)


@functools.cache
def _with_flow_clause() -> re.Pattern:
    """", with software exports of about ": ", with" opening a clause whose own noun phrase
    and trade flow (vocab/flows.csv) lead to the figure right after; not "with its exports
    of", which keeps the product before (nor a bare "with exports of")."""
    words = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure != "other"], ignore_case=True, space=r"\s+")
    return re.compile(rf",\s*with\s+(?=(?!(?:its|their|such|these|those|the\s+same)\b)(?P<np>(?:[\w'’-]+\s+){{1,3}}?)(?:{words})"
                      r"\s+(?:of|at|worth|totall?ing)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?$)", re.I)


@functools.cache
def _with_rest_part_clause() -> re.Pattern:
    """", with small-lot consignments making up the remaining ": ", with", the part's noun
    phrase, a verb of a part (vocab/remainder_cues.csv, part_verb) and a word for the rest of
    a whole (vocab/quantity_part_ties.csv, rest) right before the figure."""
    verbs = vocab.alternation([r["phrase"] for r in vocab.table("remainder_cues") if r["role"] == "part_verb"], ignore_case=True, space=r"\s+")
    rest = vocab.alternation([r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "rest"], ignore_case=True, space=r"\s+")
    return re.compile(rf",\s*with\s+(?P<np>(?!(?:the|its|their|all|other|others)\b)[\w'’-]+(?:\s+[\w'’&-]+){{0,3}}?)\s+(?:{verbs})"
                      rf"\s+(?:{rest})(?:\s+of)?\s+{HEDGE}$", re.I)


_TURN = re.compile(r",\s*(?:while|whereas|but)\b|;", re.I)
# the word after a turn's "but"
_NEXT_WORD = re.compile(r"\s+(\w+)")


def _subject_goes_on(text: str, turn: re.Match) -> bool:
    """Whether a ", but" goes straight on to a verb of change, with no subject of its own
    ("Crude oil imports fell 1.6 percent in volume, but rose 11.4 percent in value to 14,189.3
    billion yen"): the clause after it is still on the product named before it."""
    if not turn.group().lower().endswith("but"):
        return False
    word = _NEXT_WORD.match(text, turn.end())
    return word is not None and word[1].lower() in vocab.changes()
_SAME_PRODUCTS = re.compile(r"\b(?:the\s+same|these|those|such)\s+(?:two\s+|three\s+)?(?:products|goods|services|items|commodities|category|categories)\b"
                            r"|\bsuch\s+(?:exports|imports|shipments|sales|purchases)\b"
                            # ("Textiles and garments led the surge. Exports of the item to the US
                            # reached $953 million": one product, said by a noun of goods alone)
                            r"|\b(?:the\s+same|this|that)\s+(?:product|item|commodity)\b"
                            r"|\b(?:exports|imports|shipments|sales)\s+of\s+the\s+(?:product|item|commodity)\b(?!\s+(?:of|for)\b)", re.I)
# a word each branch of _SAME_PRODUCTS has; a noun THE_SECTORS_FLOW needs (lower case)
_SAME_PRODUCTS_WORDS = ("same", "these", "those", "such", "product", "item", "commodit")
_SECTOR_WORDS = ("sector", "industry", "segment", "category")
# "their value", "its value": a possessive pronoun before a value word (vocab/value_words.csv)
@functools.cache
def _pronoun_value_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("value_words")], ignore_case=True)
    return re.compile(rf"\b(?:their|its)\s+(?:{words})\b", re.I)


# "Pork exports reached 261,600 tonnes, while export value climbed 5%": a bare value word
# (vocab/value_words.csv), at most a flow word before it, opening the clause after a turn
@functools.cache
def _bare_value_after_turn_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("value_words")], ignore_case=True)
    return re.compile(rf",\s*(?:while|whereas|and)\s+(?:the\s+)?(?:(?:export|import)s?\s+)?(?:{words})\b", re.I)


def _value_of_named_product(text: str, sent, start: int, m, commodities) -> str | None:
    """"wheat export volumes rose 1.5 times, while their value grew by only 27%": the value
    a possessive pronoun owns is the product the sentence named before it, in its own clause
    no product of its own (so too a bare "export value" opening the clause after the turn:
    "beef exports reached 90,000 tonnes, while export value rose 4%")."""
    clause = text[start:m.start]
    # (the pronoun or the value word checked first, cheap)
    if "their" not in clause and "its" not in clause:
        own = _bare_value_after_turn_re().search(text, sent.start, m.start) if "value" in clause else None
        if own is None or own.start() < start - 12 or any(own.end() <= x.start < m.start for x in commodities):
            return None
        named = [x for x in commodities if sent.start <= x.start < own.start()]
        return canonical_label(named[-1].text) if named else None
    own = _pronoun_value_re().search(text, start, m.start)
    if own is None or any(own.end() <= x.start < m.start for x in commodities):
        return None
    named = [x for x in commodities if sent.start <= x.start < own.start()]
    return canonical_label(named[-1].text) if named else None


# a caption's description that names a flow: "soybean exports, the top product"
_CAPTION_FLOW = re.compile(r"\s*(?:the\s+)?(?P<np>[^,;:]{2,40}?)\s+(?:exports|imports|shipments|sales)\b", re.I)


def _caption_product(text: str, m, commodities) -> str | None:
    """"US$ 53.3 billion: soybean exports, the top product": a caption line's description
    after the figure's colon names the product, as the words before a figure do."""
    if not text.startswith(":", m.end):  # (cheap: the caption's colon right after its figure)
        return None
    cap = caption_of(text, m)
    if cap is None:
        return None
    flow = _CAPTION_FLOW.match(text, cap[0], cap[1])
    if flow is None:
        return None
    part = next((x for x in commodities if flow.start("np") <= x.start < flow.end("np")), None)
    return canonical_label(part.text) if part is not None else None


_AT_FIGURE = re.compile(rf"\s*At\s+{HEDGE}$")
_AT_FIGURE_SUBJECT = re.compile(r"^\s*,\s*(?P<np>[^,;.]{3,60}?)\s+(?:were|was|are|is|rose|fell|grew|came|stood|remained)\b")
_THOSE_OF = re.compile(r"\b(?:those|that)\s+of\s+(?P<np>[a-z][a-z\s-]{1,50}?)\s*$")
# "earned $524 million from the segment": what the figure was earned from, named before
_FROM_THE_SECTOR = re.compile(r"\s*from\s+(?:the|this|that)\s+(?:sector|industry|segment|category)\b", re.I)
_THE_SECTOR = re.compile(r"(?:the|this|that)\s+(?:sector|industry|segment|category|item|product|group)", re.I)


# a bullet's marker and the words up to an "and" that opens the subject found after it:
# "- Electronics and " before "phones made up nearly a third of exports"
_BULLET_HEAD = re.compile(r"[-–•*]\s+(?P<head>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?)\s+and\s+")


def _with_bullet_head(subj: re.Match) -> str:
    """The subject a part's verb has, whole where a bullet opens on two products joined by
    "and" ("- Electronics and phones made up nearly a third": electronics and phones, not
    phones alone, as the subject search starts at the "and"). Only the "and" of the bullet's
    own subject: the marker starts nothing else, so a bullet's one-word subject is read as
    it was."""
    np = subj["np"].strip()
    head = _BULLET_HEAD.fullmatch(subj.string, 0, subj.start("np"))
    return f"{head['head']} and {np}" if head else np

def _unknown_product_after(text: str, m, of_product: re.Match, commodities) -> str | None:
    """The label of goods the vocabulary does not know named right after a figure ("$15
    billion of smartphones"), where they are the whole of what is named there: not the first
    of a list ("of solar cells and modules"), and not a short name of goods the text named
    before ("of parts" after "auto parts"), which the text's own product carries."""
    np = of_product["c"].strip()
    if _POINTS_BACK.match(np) or _ENDS_IN_PREPOSITION.search(np):
        return None  # ("$2.5 billion of them", "of the red metal": goods named before; "of inputs under")
    label = unknown_product(np)
    if label is None or any(m.end <= x.start < m.end + of_product.end() for x in commodities):
        return None
    words = re.split(r"[\s/-]+", label)
    if any(w in vocab.months() for w in words):
        return None  # ("the $9.93 billion of January-February last year": a period's)
    if any(w in vocab.activity_nouns() for w in words):
        return None  # ("did $13bn of business")
    if label.lower() in vocab.goods_nouns():
        return None  # ("shipped $9bn worth of product": goods in general, whatever the subject ships)
    if re.match(r"\s+and\s", text[m.end + of_product.end():m.end + of_product.end() + 5]):
        return None
    head = label.split()[-1]
    before = text[max(0, m.start - _NAMED_BEFORE_WINDOW):m.start]
    if " " in label and re.search(rf"\b{re.escape(label)}\b", before, re.I):
        return label  # ("of synthetic resins" after "exports of synthetic resins": the same goods, named in full again)
    if _named_alone_before(before, label):
        # ("of wine" after "New Zealand wine exports reached": the same goods, named alone as
        # a flow's product before, past a place's name or at a clause's start; not a
        # modifier's "auto parts", nor "Fresh durian exports")
        return label
    if re.search(rf"{re.escape(head)}\b", before, re.I):
        return None  # ("of parts" after "auto parts", "of raw beans" after "soybeans")
    return label


_CLAUSE_START_OR_OF = re.compile(r"(?:[^\w\s-]|\b(?i:of|in))\s*$")


def _named_alone_before(before: str, label: str) -> bool:
    """Whether `before` names `label` alone as a flow's product ("New Zealand wine exports",
    "Wine exports", "exports of wine"): right after a place's name, a clause's start or "of".
    (The label varies, so its pattern is built here, searched once.)"""
    for m in re.finditer(rf"(?<![\w-])(?i:{re.escape(label)})\s+(?i:exports|imports|shipments|sales)\b", before):
        head = before[max(0, m.start() - 30):m.start()]
        if not head.strip() or _CLAUSE_START_OR_OF.search(head):
            return True
        if any(x.end == len(head.rstrip()) for x in scan_countries(head.rstrip())):
            return True
    return False


_NAMED_BEFORE_WINDOW = 3000  # (characters looked back for goods named before: a bound, so work stays linear)


# a noun phrase that points back ("them", "the red metal", "those goods") or runs on into a
# phrase the pattern cut ("inputs under the temporary import programme")
_POINTS_BACK = re.compile(r"(?:them|it|this|that|these|those|the|such|which|whom)\b", re.I)
_ENDS_IN_PREPOSITION = re.compile(r"\s(?:under|for|at|by|with|into|on|via|through|across|within|outside|against|as|per|than)$", re.I)


# (a spaced dash ends the product too: "buying €1.3 billion of cheese – 27% of the total")
_OF_PRODUCT = re.compile(r"^\s+(?:worth\s+)?of\s+(?P<c>[A-Za-z](?:(?!\s(?:the|a|an|its|their)\s)[\w\s&-]){2,40}?)(?=\s*[,.;)]|\s+[–—]\s|\s+(?:and|but|were|was|from|to|in|last|this|during|over|the|a|an|its|their|came|went|arrived|headed|originated|out\s+of)\b)")
_OF_FLOW = re.compile(r"^\s+(?:worth\s+)?of\s+(?!(?:the|an?)\s+(?:exports|imports|shipments|sales)\b)(?P<np>[A-Za-z][\w'’&-]*(?:\s+(?:and\s+)?[\w'’&-]+){0,3}?)\s+(?:exports|imports|shipments|sales)\b")
_SHARE_OF = re.compile(r"\s+of\s+(?:[\w.'’-]+\s+){0,3}?(?:exports|imports|shipments|sales|purchases)\s+of\s+")
_OF_THE_PRODUCT = re.compile(r"^\s+of\s+the\s+(?P<c>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s*[,.;)])")
_OF_THE = re.compile(r"^\s+of\s+the\s+(?P<c>[\w-]+)\s+(?:figure|total|bill|sales|exports|imports)\b")
_FIGURE_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
_FROM_FLOW = re.compile(r"^\s+(?:from|in|on)\s+(?!the\s|a\s|an\s|higher\s|lower\s)(?P<c>[a-z][a-z\s-]{1,30}?)\s+(?:exports|imports|sales|shipments|purchases)\b")


@functools.cache
def _balance_in_product_re() -> re.Pattern:
    """A balance's noun right after its figure and the trade it is in: "a $1.69 billion deficit
    in oil and gas trade", "a £2bn surplus on fuel trade" (the nouns: vocab/flows.csv)."""
    nouns = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure == "balance" and " " not in w], ignore_case=True)
    return re.compile(rf"\s+(?:{nouns})\s+(?:in|on)\s+(?:the\s+)?(?P<c>[A-Za-z][\w\s&-]{{1,40}}?)\s+(?:trade|account)\b", re.I)


# right after a balance's figure, the account of a product it is in ("a deficit of $74bn in
# the gold account"): that product's balance (the words must be products the vocabulary knows)
_IN_PRODUCT_ACCOUNT = re.compile(r"[^\S\n]+(?:in|on)[^\S\n]+(?:the|its|their)[^\S\n]+(?P<c>[a-z][\w\s&-]{1,40}?)[^\S\n]+account\b")
# right after a balance's figure, "in" and the goods ("a surplus of $5bn in tiles")
_BALANCE_IN_GOODS = re.compile(r"[^\S\n]+in[^\S\n]+(?=[a-z])")


@functools.cache
def _balance_noun_in_re() -> re.Pattern:
    """Right after a balance's figure, its noun and "in" before the goods: "a $5.4 billion
    surplus in non-oil and gas goods", "a $4.5 billion deficit in oil and gas" (the nouns:
    vocab/flows.csv)."""
    nouns = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure == "balance" and " " not in w], ignore_case=True)
    return re.compile(rf"[^\S\n]+(?:{nouns})[^\S\n]+in[^\S\n]+(?=[a-z])", re.I)


def _products_run(text: str, pos: int, end: int, commodities) -> int | None:
    """Where the products the vocabulary knows, named one after another from `pos` and joined
    by "and" or "&" ("non-oil and gas goods", "oil and gas"), end; None where none opens at
    `pos`."""
    run = None
    for x in sorted((x for x in commodities if pos <= x.start < end), key=lambda x: x.start):
        if not re.fullmatch(r"\s*(?:(?:and|&)\s+)?", text[run if run is not None else pos:x.start]) \
                or run is None and x.start != pos:
            break
        run = x.end
    return run


def _balance_in_product(text: str, m, sent, commodities, balance: bool = False) -> str | None:
    """The product whose trade a balance is said to be in, after its figure, where the words
    are products the vocabulary knows, perhaps joined by "and" ("oil and gas"); not goods or
    services, read as scopes. A balance's figure its noun came before (`balance`) may be
    followed by "in" and the goods alone: "a trade surplus of EUR 5.4 billion in ceramic tiles
    with the rest of the world", a product the vocabulary need not know (lower-case words to
    the end of the noun phrase, so never a period, a place or a flow)."""
    found = _balance_in_product_re().match(text, m.end, sent.end)
    if found is None and balance and " account" in text[m.end:m.end + 60]:
        found = _IN_PRODUCT_ACCOUNT.match(text, m.end, sent.end)
    noun_in = _balance_noun_in_re().match(text, m.end, sent.end) if found is None and balance else None
    if noun_in is not None and (run := _products_run(text, noun_in.end(), sent.end, commodities)):
        label = unknown_product(text[noun_in.end():run].lower())
        return label if label not in (None, "goods", "services") else None
    if found is None:
        bare = _BALANCE_IN_GOODS.match(text, m.end, sent.end) if balance else None
        label = _unknown_product_phrase(text, bare.end(), sent.end) if bare else None
        return label if label not in ("goods", "services") else None
    at = found.start("c")
    named = [x for x in commodities if at <= x.start and x.end <= found.end("c")]
    rest = found["c"]  # (the words no product covers: only "and" or "&" may be left)
    for x in sorted(named, key=lambda x: -x.start):
        rest = rest[:x.start - at] + rest[x.end - at:]
    if not named or min(x.start for x in named) != at or not re.fullmatch(r"(?:\s|and\b|&)*", rest):
        return None
    label = canonical_label(found["c"].lower())
    return None if label in ("goods", "services") else label


@functools.cache
def _segment_with_balance_re() -> re.Pattern:
    """A group of goods or a sector named just before ", with a surplus of" its figure:
    "helped by the processed-food products, with a surplus of $2.1 billion" (the heads:
    vocab/goods_nouns.csv and the sector words of _SECTOR_WORDS; the balance nouns:
    vocab/flows.csv)."""
    nouns = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure == "balance"], ignore_case=True, space=r"\s+")
    heads = vocab.alternation(sorted(vocab.goods_nouns() | set(_SECTOR_WORDS) | {w + "s" for w in _SECTOR_WORDS}), ignore_case=True)
    return re.compile(rf"\b(?:by|from|in|to)\s+the\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}?)\s+(?:{heads})\s*,\s*"
                      rf"with\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:{nouns})\s+(?:of\s+)?(?:{HEDGE})?\Z", re.I)


@functools.cache
def _balance_of_kind_subject_re() -> re.Pattern:
    """"By type, industrial designs such as logos posted a deficit of": after an opener that
    breaks the figures down by kind (vocab/breakdown_dimensions.csv), the subject (its
    examples aside) that posts a balance (vocab/flows.csv) is the kind that balance is of."""
    dims = vocab.alternation(vocab.breakdown_dimensions(), ignore_case=True)
    nouns = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure == "balance"], ignore_case=True, space=r"\s+")
    # (the verbs whose subject owns a balance, vocab/balance_verbs.csv, and "showed")
    verbs = vocab.alternation(vocab.balance_verbs() + ["showed"], ignore_case=True)
    return re.compile(rf"\s*By\s+(?:{dims})\s*,\s+(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,4}}?)"
                      rf"(?:\s+such\s+as\s+[^,;$\d]{{1,60}}?|\s*\([^()]{{1,60}}\))?\s+"
                      rf"(?:{verbs})\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:{nouns})\s+of\s+(?:{HEDGE})?\Z", re.I)


def _balance_of_kind_subject(text: str, sent, m) -> str | None:
    """The kind a balance is of when its sentence breaks the account down by kind ("By type,
    trademarks posted a surplus of $1bn"): that kind's balance, not the whole account's."""
    if not text.startswith("By ", sent.start) and not text[sent.start:sent.start + 8].lstrip().startswith("By "):
        return None  # (cheap: the opener starts the sentence)
    found = _balance_of_kind_subject_re().match(text, sent.start, m.start)
    return unknown_product(found["np"]) if found else None


def _segment_with_balance(text: str, sent, m) -> str | None:
    """The goods group (or sector) a balance is credited to by name just before its figure
    ("the surplus was supported by the non-oil commodities, with a surplus of $4 billion"):
    that group's balance, not the whole trade's."""
    if text.find("with", sent.start, m.start) == -1:
        return None  # (cheap: the pattern needs it)
    found = _segment_with_balance_re().search(text, sent.start, m.start)
    return unknown_product(found["np"]) if found else None


# ("a surplus in goods"; "We exported $72.1 billion of goods (dairy, meat)" in a text that gives
# services apart: the figure is the goods')
# ("a surplus of £48.3 billion on services": "on" as "in")
_IN_SCOPE = re.compile(r"^\s+(?:surplus\s+|deficit\s+)?(?:in|of|on)\s+(?P<c>goods|services)\b", re.I)
@functools.cache
def _code_bracket_re() -> re.Pattern:
    """A product's code in brackets ("barley (HS 1003)", vocab/code_systems.csv): blanked, so
    the product stands next to its verb."""
    systems = vocab.alternation([r["word"] for r in vocab.table("code_systems")], space=r"\s+")
    return re.compile(rf"\(\s*(?:{systems})\s*[\d.,/\s-]{{1,24}}\)")


@functools.cache
def _gloss_bracket_re() -> re.Pattern:
    """Another name of a product in brackets after it, in lower-case words alone ("Exports of
    medical devices (precision and medical equipment) amounted to"): blanked, so the product
    stands next to its verb. (Not a bracket that counts a part in or leaves one out,
    vocab/inclusion_cues.csv and exclusion_cues.csv: "(excluding gold)" qualifies the flow.)"""
    cues = vocab.alternation(vocab.inclusion_cues() + vocab.exclusion_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<=[a-z])\s+\((?!\s*(?:{cues})\b)[a-z][a-z ,&'’-]{{2,50}}\)")


# ("Export of flowers and plants grows to €5.6 billion": a headline's flow, singular and at
# its start, its verb in the present tense; the product is the body's "exports of flowers and
# plants", not the "flowers" the words hold; a verb of level, "stood at", ends the product)
_FLOW_OF = re.compile(r"\b(?:exports|imports|[Ee]xport|[Ii]mport|shipments|sales|purchases|deliveries)"
                      r"\s+of\s+(?P<np>(?!goods\b|services\b)[a-z][a-z\s-]{2,40}?)(?=\s+(?:alone\s+)?(?:rose|fell|grew|more|were|was|stood|stand|stands|reached|came|totalled|totaled|amounted|climbed|jumped|dropped|increased|decreased|declined|at|to|worth|of|doubled|tripled|halved|surged"
                      r"|soared|plunged|slumped|tumbled|grows|rises|falls|climbs|jumps|hits|tops|reaches|doubles|soars|remained|remains|stayed)\b)")
# "Shipments of the metal and its concentrates", "exports of the red metal": a flow of a
# definite class noun of two words or one (checked against vocab/class_anaphors.csv),
# whatever verb follows
_FLOW_OF_ANAPHOR = tuple(re.compile(r"\b(?:exports|imports|shipments|sales|deliveries)\s+of\s+(?P<np>(?:the|this|that)\s+[a-z]+" + two +
                                    r"(?:\s+and\s+(?:its|their)\s+[a-z]+s)?)\b", re.I) for two in (r"\s[a-z]+", ""))


# "Shipments in this category reached $7bn": a flow "in" a definite class whole (checked
# against vocab/class_wholes.csv) points back to the product group named before, a part
_FLOW_IN_CLASS = re.compile(r"\b(?:exports|imports|re-exports|shipments|sales|deliveries)\s+in\s+(?P<np>(?:this|that|the)\s+[a-z]+(?:\s[a-z]+)?)\b", re.I)


def _flow_of_class_anaphor(clause: str):
    """The match of a flow of a definite class noun in a clause ("shipments of the metal",
    "shipments in this category"), or None."""
    for rx in _FLOW_OF_ANAPHOR:
        mm = rx.search(clause)
        if mm and _class_anaphor(mm["np"]):
            return mm
    if " in th" in clause:
        for mm in _FLOW_IN_CLASS.finditer(clause):
            words = mm["np"].lower().split(None, 1)[1]
            # (the shortest reading first: "in this category reached" is "category")
            if words.split()[0] in vocab.class_wholes() or words in vocab.class_wholes():
                return mm
    return None


@functools.cache
def _longer_phrase() -> re.Pattern:
    """A product's phrase read on from its product word up to its flow or verb: not past a
    preposition, a verb (an auxiliary too: "Iron ore did most of the heavy lifting" is iron
    ore), an article, nor a period said in words (vocab/relative_periods.csv: "capital
    equipment last year reached" is capital equipment)."""
    periods = vocab.alternation([r["phrase"] for r in vocab.table("relative_periods")], space=r"\s+")
    return re.compile(r"(?:(?!\b(?:from|to|with|in|for|which|that|the|a|an|its|their|remained|remains|is|are|was|were|became|stayed|stood|stands|continued|did|does|do|has|have|had|will|would"
                      rf"|{periods})\b)[\w\s-]){{0,40}}?"
                      r"(?=\s+(?:accounted|made|represented|represents|exports?|imports?|shipments|sales|rose|fell|were|was|brought|reached|at|worth|totalled|totaled|amounted|came|earned|of|stood|grew|increased|decreased|declined|dropped|slipped|climbed|jumped|surged)\b)")


@functools.cache
def _share_nouns() -> frozenset[str]:
    """Nouns for a share itself (vocab/share_nouns.csv), lower case."""
    return frozenset(r["word"].lower() for r in vocab.table("share_nouns"))


# a conjunction a product's phrase never ends on: before the verb it joins a clause ("shipped
# 1.56 million tonnes of coffee and earned"), not a second product
_CLAUSE_JOINS = frozenset(("and", "or"))

# words that name a balance or trade itself, never part of a product's name
_BALANCE_WORDS = frozenset(("trade", "deficit", "surplus", "balance", "gap"))

# "Exports under the maquila regime, which ..., amounted to": the flow of a customs regime (free
# zones, maquila, drawback), a part of the whole flow named by the regime's word
# (its other name in brackets before the noun: "Exports under the totally exporting (offshore)
# regime amounted to")
_FLOW_UNDER_REGIME = re.compile(r"\b(?:[Ee]xports|[Ii]mports|[Ss]hipments|[Ss]ales)\s+under\s+(?:the\s+|its\s+|their\s+)?(?!(?:the|its|their|this|that|a|an|same)\b)(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                                r"(?:\s*\((?P<alias>[a-z][a-z -]{1,30})\))?\s+(?:regime|scheme|programme|program)\b")

# a "non-" word just before a product word: "non-basmati rice", "non-GM soybeans"
_NEGATED_KIND = re.compile(r"\b(?P<word>non-[A-Za-z]+)\s+$", re.I)
# the words from a sentence's start to its subject's product word when the subject opens on
# "Other" ("Other mining exports fell")
_OTHER_OPENS = re.compile(r"\s*Other\s+")


# a word just before a product word, a kind of it ("basmati rice") when the text names its
# complement ("non-basmati rice")
_KIND_BEFORE = re.compile(r"(?<![\w-])(?P<word>[A-Za-z]+)\s+$")


# "re-exports of Chinese-mainland origin", "re-exports of goods of China origin": the goods
# of one origin, a part of the flow; "Manufactures of agricultural origin (MOA)" and
# "manufactures of industrial origin (MOI)": an origin named by a kind in lower case is as
# much a product of its own (two such rows are two products, never one stated twice)
_ORIGIN_QUALIFIER = re.compile(r"\s+of\s+(?:[a-z]+\s+of\s+)?(?!(?:the|a|an|its|their|same|whatever|any|other)\s)"
                               r"(?P<o>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+origin\b")


# "crude oil, natural gas and condensates came to": products listed with commas and a last
# "and", up to the verb of their figure (no clause word inside)
_PRODUCT_LIST = re.compile(r"(?P<list>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})+,?\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                           r"(?=\s+(?:exports\s+|imports\s+|shipments\s+|sales\s+)?(?:accounted|made|rose|fell|were|was|brought|reached|totalled|totaled|amounted|came|earned|stood|grew|increased|decreased|declined|dropped|climbed|jumped|surged)\b)", re.I)


def _subject_filed_under(text: str, sent, m) -> str | None:
    """"Tourism receipts, counted under services exports, rose to $9 billion": a subject whose
    aside files it under a wider class (vocab/filed_under_cues.csv) gives the figure after
    the aside as its own, a part of that class; a money word ending the subject ("receipts",
    "revenues") names the flow's value, no product."""
    line = max(sent.start, text.rfind("\n", 0, m.start) + 1)
    mo = _filed_under_re().match(text, line, m.start)
    if mo is None:
        return None
    np = mo["np"].strip()
    words = np.split()
    if len(words) > 1 and words[-1].lower() in _value_words():
        np = " ".join(words[:-1])
    return unknown_product(np)


@functools.cache
def _filed_under_re() -> re.Pattern:
    # (a bullet may open the line; the subject, the aside between commas, then a verb or two)
    cues = vocab.alternation([r["phrase"] for r in vocab.table("filed_under_cues")], ignore_case=True, space=r"\s+")
    return re.compile(rf"[ \t]*(?:[-•*–▪]\s+)?(?P<np>[A-Z][\w&'’ -]{{1,40}}?),\s+(?:{cues})\s+[^,;.\d]{{1,50}},\s+(?:[a-z]+\s+){{1,3}}{HEDGE}$", re.I)


# words that make a bullet's category the whole, not a part of it ("- Total exports were")
_WHOLE_CATEGORY = re.compile(r"\b(?:total|overall|all|combined|aggregate|net|gross|trade|balance|surplus|deficit)\b", re.I)


def _bullet_category_label(category: str) -> str | None:
    """A bullet's category where unknown_product declines it for a word that only ranks or
    sorts it ("Higher education", "Other education"): still a category under the total above,
    when it names no place, flow or whole."""
    if _WHOLE_CATEGORY.search(category) or names_country_or_flow(category) or scan_countries(category):
        return None
    if _FLOW_OF_ALL_GOODS.match(category.strip()):
        return None  # "- Imports of goods totalled ...": the flow of all goods, the whole itself
    return canonical_label(category)


# a bullet's category that is only a flow of goods at large, no kind of goods named
_FLOW_OF_ALL_GOODS = re.compile(r"(?:(?:exports|imports|shipments)\s+of\s+)?(?:goods|merchandise)$", re.I)


def _bullet_product_flow(text: str, m, commodities) -> str | None:
    """"* Marine products exports were USD 7.8 billion;": a bullet item that opens with a
    noun phrase right before its flow word, then a verb or two and the figure, is that
    product's flow, whether or not the vocabulary knows the product (a list of highlights
    under a total, each item a part of it). A product the vocabulary knows is left to the
    readings that know it."""
    line = text.rfind("\n", 0, m.start) + 1
    item = _BULLET_PRODUCT_FLOW.match(text, line, m.start)
    if item is None or any(item.start("np") <= x.start < item.end("np") for x in commodities):
        return None
    return unknown_product(item["np"])


# a bullet, a capitalised noun phrase, the flow word (an aside in brackets may follow it),
# then up to three lower-case words and the figure: "* Spices exports were USD "; the place
# they went to or came from may follow the flow word ("- Cheese exports to Japan hit a record")
_BULLET_PRODUCT_FLOW = re.compile(rf"[ \t]*[-•*–▪]\s+(?P<np>[A-Z][A-Za-z&'’ -]{{1,40}}?)\s+(?:exports|imports|shipments)"
                                  r"(?:\s+(?:to|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
                                  rf"(?:\s+\([^()\n]{{1,60}}\))?\s+(?:[a-z]+\s+){{1,3}}{HEDGE}$")


@functools.cache
def _goods_headed_label_re() -> re.Pattern:
    """A noun phrase after a colon headed by a goods noun (vocab/goods_nouns.csv), right
    before the figure: "By product: ICT & audio-video products $28.9bn"."""
    nouns = vocab.alternation(vocab.goods_nouns(), ignore_case=True)
    return re.compile(rf":\s*(?P<np>[A-Z][\w&'’/ -]{{1,40}}?\s+(?:{nouns}))\s+$")


# a word joined to a product word by a plus sign ("BEV + hybrid imports")
_JOINED_BEFORE = re.compile(r"(?<![\w+])(?P<w>[A-Za-z][\w-]*)\s*\+\s*$")


# an unknown noun joined by "and" right before a product word, and a flow noun right after it
_UNKNOWN_AND_BEFORE = re.compile(r"(?<![\w-])(?P<a>[a-z][a-z-]{2,})\s+and\s+$")
_FLOW_NOUN_AFTER = re.compile(r"\s+(?:exports?|imports?|shipments)\b", re.I)


def _product_list(seg: str, x, commodities) -> str | None:
    """The group a list of products names when the figure is the list's together ("Exports
    of crude oil, natural gas and condensates came to NOK 97.3 billion": all three, not crude
    oil alone): each item a product, none a place, flow or clause word."""
    mm = _PRODUCT_LIST.match(seg)
    if not mm:
        return _two_products_together(seg, commodities)
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", mm["list"])
    if len(items) < 3 or any(re.search(r"\b(?:which|that|while|whereas|but|from|to|with|in|for|the|its|their)\b", i, re.I) for i in items):
        return None
    if not all(unknown_product(i) or any(y.text.lower() == i.lower() for y in commodities) for i in items):
        return None
    return re.sub(r"\s+", " ", mm["list"].lower())


def _two_coded_products(text: str, x, commodities, end: int) -> str | None:
    """"imports of crude oil and fuel products in January-August 2005 reached US$11.24
    billion": two product groups joined by "and", each known as its own set of HS codes
    (vocab/commodities.csv) and sharing none, with no flow word after the second, are one
    figure of the two together, not of the first alone ("respectively" splits them)."""
    second = next((y for y in commodities if y.start > x.start), None)
    if second is None or second.end > end or not _PRODUCTS_JOINED.fullmatch(text, x.end, second.start) \
            or _FLOW_NOUN_AFTER.match(text, second.end) or _PRODUCTS_JOINED.match(text, second.end) \
            or text.startswith(",", second.end) or "respectively" in text[second.end:end + 40]:
        return None
    a, b = canonical_label(x.text.lower()), canonical_label(second.text.lower())
    if not vocab.different_goods(a, b):
        return None
    return f"{a} and {b}"


def _two_products_together(seg: str, commodities) -> str | None:
    """"export receipts from ammonia and methanol together falling to": two products the
    text adds up in so many words (vocab/joint_cues.csv), the figure theirs, not the first's."""
    if " and " not in seg:
        return None
    mm = _two_products_together_re().match(seg)
    if not mm or not all(any(y.text.lower() == i.lower() for y in commodities) for i in (mm["a"], mm["b"])):
        return None
    return f"{mm['a'].lower()} and {mm['b'].lower()}"


@functools.cache
def _two_products_together_re() -> re.Pattern:
    joint = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?P<a>[a-z][\w-]*)\s+and\s+(?P<b>[a-z][\w-]*)\s+{joint}\b", re.I)


# "A$93.1 billion of goods and services" (not "of goods" alone, a product); also a balance
# "of ISK 88.3 billion on goods and services trade" and "$5bn in goods and services", where
# the scope's first word alone would read as goods
_OF_GOODS_AND_SERVICES = re.compile(r"\s+(?:worth\s+)?(?:of|on|in)\s+goods\s+(?:and|&)\s+services\b", re.I)


# a figure that opens a part of a breakdown ("of which", "and", a comma before it)
_PART_OPENER = re.compile(rf"(?:\bof\s+(?:which|this|that|these)|\band|,)\s+{HEDGE}$", re.I)
# the scope named right after the figure, as its noun ("A$4.5 billion services") or its
# predicate ("A$19.8 billion was goods trade"), up to the end of the part
_SCOPE_AFTER = re.compile(r"\s+(?:(?:was|were|is|are)\s+(?:in\s+)?)?(?P<c>goods\s+and\s+services|goods|services)"
                          r"(?:\s+(?:trade|exports|imports))?(?=\s*[,.;)]|\s+and\b)", re.I)


def _scope_after_part(text: str, sent, m) -> str | None:
    """The scope a part of a breakdown names after its figure ("Two-way trade in goods and
    services reached A$24.3 billion, of which A$19.8 billion was goods trade and A$4.5
    billion services"): only for a figure that opens its part."""
    if not _PART_OPENER.search(text, sent.start, m.start):
        return None
    after = _SCOPE_AFTER.match(text, m.end, sent.end)
    return after["c"].lower() if after else None


# ("goods & services": the ampersand for "and")
_SCOPE_WORD = re.compile(r"\b(?:goods\s+(?:and|&)\s+services|goods|services)\b", re.I)
_GOODS_AND_SERVICES = re.compile(r"goods\s+(?:and|&)\s+services", re.I)
_SERVICES_AND_GOODS = re.compile(r"services\s+(?:and|&)\s+goods\b", re.I)


@functools.cache
def _joint_flow_re() -> re.Pattern:
    cues = vocab.alternation(vocab.joint_scope_cues(), ignore_case=True)
    return re.compile(rf"\b(?:{cues})\s+(?:exports|imports)\b(?!\s+(?:of|in)\b)", re.I)


def _joint_flow_of(clause: str) -> bool:
    """"Barthwal said overall exports, at USD 778 billion, were close to": a flow named only by
    a word that takes all its kinds together (vocab/joint_scope_cues.csv), in a text that gives
    services apart from goods, is goods and services together, the sum of both, not the
    merchandise flow (the caller checks the text and that no product is named)."""
    folded = fold(clause)
    if not any(w in folded for w in vocab.joint_scope_cues()):
        return False  # (checked first: cheap)
    return _joint_flow_re().search(clause) is not None


def _names_goods_and_services_last(clause: str) -> bool:
    """"goods and services" is the clause's scope unless a scope named later, nearer the
    figure, narrows it ("The decrease in the goods and services deficit reflected a decrease
    in the goods deficit of $0.3 billion": goods)."""
    folded = fold(clause)
    if "goods" not in folded and "services" not in folded:
        return False  # (checked first: cheap)
    last = None
    for last in _SCOPE_WORD.finditer(clause):
        pass
    return last is not None and _GOODS_AND_SERVICES.fullmatch(last.group(0)) is not None


# what may stand before the product a sentence opens with
_OPENING_SUBJECT = re.compile(r"\s*(?:(?:The|the)\s+)?$")
# a product the vocabulary need not know, opening the sentence before its flow word ("Wool
# exports fell"; not before any verb: "Demand led the increase:" names no product)
_OPENING_NP = re.compile(r"\s*(?:The\s+)?(?P<np>[A-Z][a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){0,3}?)\s+(?i:exports|imports|shipments|sales)\b")


# the subject a clause opens with that stands for the sentence's opening product: a possessive
# before a word for its money (vocab/value_words.csv: "while their value climbed 12.5%")
@functools.cache
def _possessive_value() -> re.Pattern:
    value = vocab.alternation({w.lower() for w in vocab.value_words()}, ignore_case=True)
    return re.compile(rf"(?:,\s*(?:while|whereas|but|and)\s+|;\s*|,\s*)(?:its|their)\s+(?:{value})\b(?P<rest>[^,;:]*)$", re.I)


def _opening_subject(text: str, sent, m, commodities) -> tuple[str, int] | None:
    """The product a sentence opens with as its subject, and where its words end: a product
    the vocabulary knows ("Copper led"), or one it need not ("Wool exports fell"), with no
    other product named on the way to the figure."""
    named = [x for x in commodities if sent.start <= x.start < m.start]
    if named:
        x = named[0]
        if len(named) > 1 or not _OPENING_SUBJECT.fullmatch(text[sent.start:x.start]) or names_country_or_flow(x.text) \
                or canonical_label(x.text) in vocab.goods_nouns() or canonical_label(x.text) == "goods":
            return None  # another product named on the way, or goods in general
        return canonical_label(x.text), x.end
    mm = _OPENING_NP.match(text, sent.start, m.start)
    label = unknown_product(mm["np"]) if mm else None
    return (label, mm.end("np")) if label else None


def _product_of_the_whole_opener(text: str, sent, m, commodities) -> str | None:
    """"Of the processing trade total, exports stood at X and imports at Y": a breakdown
    opener (vocab/breakdown_openers.csv) with a product inside it scopes every figure of the
    sentence to that product."""
    mo = _whole_opener_with_product_re().match(text, sent.start, m.start)
    if mo is None:
        return None
    x = next((x for x in commodities if mo.start("np") <= x.start and x.end <= mo.end("np")), None)
    if x is None:
        return None  # no product inside the opener ("Of the total,"): the items after it are the parts
    part = _part_named_after_whole_opener(text, sent.start, mo.end(), m.start, commodities)
    if part:
        return part  # ("Of the electronics total, semiconductors contributed $1.51 billion, up 39.8 percent from $1.08 billion")
    return canonical_label(x.text)


# the start of a sentence's first figure: its digit, or the currency written before it ("$1.51",
# "USD 1.51", "US$1.51")
_FIRST_FIGURE = re.compile(r"(?:[A-Z]{0,3}[$€£¥]\s?|[A-Z]{3}\s)?\d")


def _part_named_after_whole_opener(text: str, start: int, opener_end: int, end: int, commodities) -> str | None:
    """"Of the electronics total, semiconductors contributed $1.51 billion, up 39.8 percent
    from $1.08 billion": where the opener is followed by a part the clause is about (a
    product the subject of the sentence's first figure), every figure after it is that part's,
    its change and its earlier level too, not the whole's the opener named (up to another
    product named past the first figure: "..., lithium-ion batteries 457.4 billion yuan")."""
    first = _FIRST_FIGURE.search(text, opener_end, end)
    if first is None or any(first.start() < x.start < end for x in commodities):
        return None
    within = _OF_THE_WHOLE_OPENER.match(text, start, first.start())
    if within is None:
        return None
    return unknown_product(within["np"]) or _product_by_modifier(within["np"])


@functools.cache
def _whole_opener_with_product_re() -> re.Pattern:
    # "of the total" -> "of the <product words> total", before its comma (the opener's last
    # word is its noun; the product stands before it)
    rows = [r["phrase"].split() for r in vocab.table("breakdown_openers")]
    heads = vocab.alternation(sorted({" ".join(w[:-1]) for w in rows if len(w) >= 2}), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(sorted({w[-1] for w in rows if len(w) >= 2}), ignore_case=True)
    return re.compile(rf"\s*(?:{heads})\s+(?P<np>[\w\s-]{{1,40}}?)\s+(?:{nouns})\s*,", re.I)


def _product_the_sentence_opened(text: str, sent, m, commodities) -> str | None:
    """The product a sentence opens with, for a figure whose own clause names none but speaks
    of it: "Copper led the increase: shipments in the first half rose 8.4% ..., while their
    value climbed 12.5%" (a lead-in clause with no figure before a colon sets the subject of
    what follows), "Log exports fell 4 percent by volume ..., while their value dropped 9
    percent" (a possessive before the money of the clause before stands for its product)."""
    before = text[sent.start:m.start]
    if ":" not in before and not holds_any(before, ("its", "their")):
        return None  # (checked first: cheap; neither a lead-in's colon nor a possessive can follow)
    opening = _opening_subject(text, sent, m, commodities)
    if opening is None:
        return None
    label, end = opening
    rest = text[end:m.start]
    colon = re.match(r"[^:.;\d]*:", rest)  # the lead-in: the product's clause, no figure in it
    return label if colon or _possessive_value().search(rest) else None


# "while non-electronic NODX fell": a word before an acronym the text defined, opening the
# clause's subject
_MODIFIER_BEFORE = re.compile(r"(?:^\s*|[,;:]\s*|\b(?:while|whereas|and|but)\s+)(?P<mod>[A-Za-z][\w-]*)\s+$")


# "through the channel", "via this platform": a definite noun after a preposition of the way
_CHANNEL_ANAPHOR = re.compile(r"\b(?:through|via|on|over|using)\s+(?:the|this|that|these|those)\s+(?P<w>[a-z]+)\b", re.I)


def _channel_named_before(text: str, sent, clause: str, commodities) -> str | None:
    """"Cross-border e-commerce continued to boom. Imports and exports through the channel
    jumped 28.4 percent to 68.9 billion yuan": a noun of a channel made definite
    (vocab/channel_anaphors.csv) points back to the channel of trade (vocab/trade_channels.csv)
    the sentence before named; none named there, no reading."""
    mm = _CHANNEL_ANAPHOR.search(clause)
    if mm is None or mm["w"].lower() not in vocab.channel_anaphors():
        return None
    from .channels import is_channel

    # (only the sentence just before: past it, the way is anyone's guess)
    window = text[max(0, sent.start - 400):sent.start].rstrip()
    ends = list(re.finditer(r"[.!?]\s|\n", window))
    before = find_commodities(window[ends[-1].end():] if ends else window)
    if not before:
        return None
    label = canonical_label(before[-1].attrs.get("label") or before[-1].text.lower())
    return label if is_channel(label) else None


@functools.cache
def _value_opener_re() -> re.Pattern:
    """"In value terms, exports", "By value, they" opening a sentence (vocab/value_cues.csv)."""
    cues = vocab.alternation(vocab.value_cues(), ignore_case=True, space=r"\s+")
    # (its subject a bare flow: "In value terms, goods exports", "chip imports" name their own)
    return re.compile(rf"\s*(?:{cues})\s*,\s+(?:(?:the|their|its)\s+)?(?:exports|imports|shipments|sales|they)\b", re.I)


def _product_valued_after(text: str, sent) -> str | None:
    """"Georgia exported 24,000 tonnes of walnuts worth $90m. In value terms, exports were 8%
    lower than in 2016": a sentence that opens with a value cue and names no product goes on
    with the goods the sentence before measured (its one product; none or several, no reading)."""
    if not text.startswith(("In ", "By ", "in ", "by "), sent.start) or not _value_opener_re().match(text, sent.start):
        return None  # (cheap test first)
    window = text[max(0, sent.start - 400):sent.start].rstrip()
    ends = list(re.finditer(r"[.!?]\s|\n", window))
    prev = window[ends[-1].end():] if ends else window
    before = find_commodities(prev)
    labels = {canonical_label(x.attrs.get("label") or x.text.lower()) for x in before}
    if not labels:
        # ("24,000 tonnes of walnuts": a quantity of goods the vocabulary need not know)
        labels = {unknown_product(mm["np"]) for mm in _quantity_of_goods().finditer(prev)} - {None}
    return labels.pop() if len(labels) == 1 else None


@functools.cache
def _quantity_of_goods() -> re.Pattern:
    """"24,000 tonnes of walnuts": a quantity of a product (the words after "of", up to a
    preposition, a bracket or a comma)."""
    units = vocab.physical_unit_pattern()
    stop = r"(?:in|during|for|over|last|this|to|from|worth|valued|at|with|by|abroad|overseas|and|or)\b"
    np = rf"(?P<np>(?!{stop})[a-z][\w'’-]*(?:\s+(?!{stop})[a-z][\w'’-]*){{0,3}})"
    return re.compile(rf"\d[\d.,]*\s*(?:million|billion|thousand|mln|bln|mn|bn|m)?\s*{units}\s+of\s+{np}(?=[\s,(])", re.I)


def _product_of_sentence_before(text: str, sent) -> str | None:
    """The product the sentence just before names last (for an anaphor: "the metal")."""
    window = text[max(0, sent.start - 400):sent.start].rstrip()
    ends = list(re.finditer(r"[.!?]\s|\n", window))
    before = find_commodities(window[ends[-1].end():] if ends else window)
    return canonical_label(before[-1].attrs.get("label") or before[-1].text.lower()) if before else None


def _opens_on_owner(np: str) -> bool:
    """"total exports of the country added up to": a flow's "of" phrase opening on a word that
    names no product (vocab/not_products.csv: "country", "nation") is the flow's owner, not
    its goods. (Not "sales of which": the relative pronoun stands for the goods named before.)"""
    words = re.sub(r"^(?:the|this|that)\s+", "", np.strip(), flags=re.I).lower().split()
    return bool(words) and words[0] in vocab.not_products() and words[0] != "which"


def _class_anaphor(np: str) -> bool:
    """"The metal", "this crop": a singular class of goods (vocab/class_anaphors.csv) made
    definite, which points back to a product rather than naming the class."""
    # (an epithet of two words too: "the precious metal")
    # ("the metal and its concentrates": the product with its own forms is still the product)
    mm = re.fullmatch(r"(?:the|this|that)\s+(?P<w>[a-z]+(?:\s[a-z]+)?)(?:\s+and\s+(?:its|their)\s+[a-z]+s)?", np.strip(), re.I)
    return bool(mm) and mm["w"].lower() in vocab.class_anaphors()


def _generic_anaphor(np: str) -> bool:
    """"imports of the product rose" in a text on one product: a general noun for goods
    (vocab/goods_nouns.csv, in the singular) made definite points back to the text's product;
    it names no group of its own."""
    mm = re.fullmatch(r"(?:the|this|that)\s+(?P<w>[a-z]+)", np.strip(), re.I)
    return bool(mm) and mm["w"].lower() + "s" in vocab.goods_nouns()


def _is_acronym_use(x) -> bool:
    """A product mention that is a defined acronym used on its own ("NODX came in at"), not
    the phrase that defines it."""
    return bool(x.attrs.get("acronym")) and x.end - x.start == len(x.attrs["acronym"])


def _modified_acronym(before: str, x) -> str | None:
    """A part of an acronym's product that a word before it names ("non-electronic NODX"),
    labelled as the text writes it, as a product word before it is ("Electronics NODX")."""
    if not _is_acronym_use(x):
        return None
    mm = _MODIFIER_BEFORE.search(before)
    if not mm:
        return None
    mod = mm["mod"].lower()
    if mod in vocab.not_products() or mod in vocab.clause_openers() or mod in vocab.subject_modifiers() or scan_countries(mm["mod"]) \
            or mod in _lead_prepositions():  # ("Within ICT/AV, exports of servers": no part of it, a leading phrase)
        return None
    return f"{mod} {x.attrs['acronym'].lower()}"


@functools.cache
def _lead_prepositions() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.lead_prepositions())


def _acronym_subject(np: str, commodities) -> str | None:
    """The product of a subject that is a defined acronym, alone or before a word for its
    group ("The GFT sector accounted for": garments, footwear and travel goods)."""
    words = np.split()
    if not words:
        return None
    x = next((x for x in commodities if _is_acronym_use(x) and x.attrs["acronym"] == words[0]), None)
    if x is None or any(w.lower() not in vocab.group_heads() | vocab.goods_nouns() for w in words[1:]):
        return None
    return canonical_label(x.text)


def _excluded_list(text: str, start: int, pos: int, end: int) -> str | None:
    """"excluding crude oil and natural gas and ... and oil platforms" for a list a cue
    leaves out, with the product word at `pos` in it ("exports excluding crude oil, natural
    gas, condensate, ships and oil platforms, came to"): every item belongs to the exclusion,
    which a list closes with its "and" item; None where no "and" closes a list of products
    (a comma that ends the aside) or the word is past it."""
    cue = None
    for cue in _exclusion_anywhere().finditer(text, start, pos):
        pass
    if cue is None:
        return None
    items = []
    # (a spaced dash opens an aside that ends the list: "excluding energy and gold - a measure
    # economists watch - stood at")
    for item in re.finditer(r"[^,]+", re.split(r"[;.()]|\s[-–—]\s", text[cue.end():end], maxsplit=1)[0]):
        items.append(item.group(0).strip())
        closing = re.search(r"\s(?:and|or)\s", item.group(0))
        if closing and len(item.group(0)[closing.end():].split()) > 4:
            # "Strip out copper and the picture changes": the "and" opens a
            # clause, not the list's last item; what is left out ends before it
            items[-1] = item.group(0)[:closing.start()].strip()
            return exclusion_label(", ".join(items)) if pos < cue.end() + item.start() + closing.start() else None
        if closing:
            return exclusion_label(", ".join(items).replace(" or ", " and ")) if pos < cue.end() + item.end() else None
    return None


@functools.cache
def _exclusion_anywhere() -> re.Pattern:
    return re.compile(rf"(?<![\w-]){_exclusion()}\s+", re.I)


def _without_adverb_asides(clause: str) -> str:
    """The clause with its ", meanwhile," asides blanked out (vocab/sentence_adverbs.csv), the
    same length so that places in it still match places in the text."""
    return _adverb_aside_re().sub(lambda a: " " * len(a.group(0)), clause)


@functools.cache
def _trailing_adverb() -> re.Pattern:
    """A sentence adverb between a subject and its verb ("Salmon thus made up")."""
    words = vocab.alternation(vocab.sentence_adverbs(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<=\w)\s+(?:{words})$", re.I)


@functools.cache
def _adverb_aside_re() -> re.Pattern:
    words = vocab.alternation(vocab.sentence_adverbs(), ignore_case=True, space=r"\s+")
    return re.compile(rf",\s*(?:{words})\s*,", re.I)


@functools.cache
def _exclusion() -> str:
    """A word that leaves a part out (vocab/exclusion_cues.csv), as a regex fragment."""
    return vocab.alternation(vocab.exclusion_cues(), ignore_case=True, space=r"\s+")


@functools.cache
def _exclusion_before() -> re.Pattern:
    return re.compile(rf"(?<![\w-]){_exclusion()}\s*$", re.I)


# what an aside leaves out: no figure, no clause past it, and not the period after it
_LEFT_OUT = r"(?P<what>[^,;.()\d$€£¥–—]{2,60}?)"
_LEFT_OUT_END = re.compile(r"\s+(?:in|during|for|over|last|this|from|to|worth|valued|at)\b.*$|\s+$", re.I | re.S)


@functools.cache
def _exclusion_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    cue = _exclusion()
    # "Excluding diamonds, exports were ...": the sentence's opener
    opener = re.compile(rf"\s*{cue}\s*(?P<what>[^,;.]{{3,80}}(?:\([^)]*\))?)\s*,", re.I)
    # "exports, excluding diamonds, were", "exports (not counting diamonds) were", "exports –
    # excluding diamonds – were": an aside between the subject and its figure (also one that
    # restates the scope first: "exports, i.e. goods other than oil and gas, were";
    # vocab/restating_leads.csv)
    lead = vocab.alternation(vocab.restating_leads(), ignore_case=True, space=r"\s+")
    goods = vocab.alternation(sorted(vocab.goods_nouns()), ignore_case=True)
    aside = re.compile(rf"(?:,\s*(?:(?:{lead})\s*,?\s*(?:(?:all\s+)?(?:{goods})\s+)?)?{cue}\s*(?P<a>[^,;.]{{2,60}}),(?=[^,;]*$)|\(\s*{cue}\s*(?P<b>[^()]{{2,60}})\)(?=[^;()]*$)"
                       rf"|[–—]\s*{cue}\s*(?P<c>[^–—;]{{2,60}}?)\s*[–—](?=[^;–—]*$))", re.I)
    # "exports were $1.2 billion in 2023, excluding diamonds": right after the figure
    after = re.compile(rf"(?:\s+(?:in|during|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*[,(]?\s*{cue}\s*{_LEFT_OUT}(?=\s*[,;.)]|\s*$|\s+(?:in|during|for|and|while|but)\b)", re.I)
    return opener, aside, after


@functools.cache
def _after_flow_exclusion() -> re.Pattern:
    """"exports outside hydrocarbons totalled", "imports other than fuel rose": the part left
    out sits between the flow noun and its verb, no comma or bracket around it (a few words,
    no figure; vocab/exclusion_cues.csv and after_flow_exclusion_cues.csv)."""
    cue = vocab.alternation(vocab.exclusion_cues() + vocab.after_flow_exclusion_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:exports|imports|sales|shipments)\s+(?:{cue})\s+(?P<what>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){{0,2}}?)"
                      rf"\s+(?:\w+ed|was|were|rose|fell|grew|stood|came|hit|made|amounted)\b(?=[^,;.]*$)", re.I)


@functools.cache
def _passive_exclusion_opener() -> re.Pattern:
    """"When energy and gold are excluded, exports amounted to": a clause opening the
    sentence that says what is left out with a participle after it
    (vocab/passive_exclusion_cues.csv), as "Excluding energy and gold," does."""
    done = vocab.alternation(vocab.passive_exclusion_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:when|if|once|with)\s+(?P<what>[^,;.\d]{{3,60}}?)\s+(?:is|are)\s+(?:{done})\s*,", re.I)


@functools.cache
def _exclusion_keys() -> tuple[str, ...]:
    """The longest word of every exclusion cue, in lower case: each cue's match holds its own."""
    cues = vocab.exclusion_cues() + vocab.after_flow_exclusion_cues() + vocab.passive_exclusion_cues()
    return tuple({max(w.lower().split(), key=len) for w in cues})


def _may_name_an_exclusion(words: str) -> bool:
    return holds_any(words, _exclusion_keys())


def excluded_part(text: str, sent, prev_end: int, m, c: Claim) -> tuple[str, bool] | None:
    """What an aside leaves out of the figure ("Exports, excluding diamonds, were $1.2
    billion", "exports (not counting diamonds) were", and after an amount, not a share whose
    whole it may qualify, "were $1.2 billion, excluding gold"), and whether it surely does:
    a sentence's opener ("Excluding diamonds, exports were $1.2 billion; imports were $7.9
    billion") reaches past its own clause only as a guess."""
    if not _may_name_an_exclusion(text[sent.start:sent.end]):
        return None  # (checked first: cheap; no cue word in the sentence, so no aside, opener or tail)
    opener, aside, after = _exclusion_patterns()
    found = aside.search(text, max(sent.start, prev_end), m.start)
    if found:
        return _left_out(found["a"] or found["b"] or found["c"]), True
    found = after.match(text, m.end, sent.end) if c.kind == "amount" else None
    if found:
        return _left_out(found["what"]), True
    found = _after_flow_exclusion().search(text, max(sent.start, prev_end), m.start)
    if found:
        return found["what"].strip(), True
    found = opener.match(text, sent.start, m.start) or _passive_exclusion_opener().match(text, sent.start, m.start)
    if found:
        # (a clause of its own after a semicolon or a "while" may be the whole flow)
        sure = not re.search(r";|,\s*(?:while|whereas|but)\b", text[found.end():m.start], re.I)
        return found["what"].strip(), sure
    return None


@functools.cache
def _inclusion_opener() -> re.Pattern:
    cue = vocab.alternation(vocab.inclusion_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{cue})\s+(?P<what>[^,;.\d]{{3,60}}),", re.I)


def included_part(text: str, sent, m) -> str | None:
    """What a sentence's opener counts in ("Including precious metals, exports totalled CHF
    379.6bn": precious metals), where the figure is in the opener's own clause and what it
    counts in is products (not "Counting trade with Botswana, ...": a pair's scope)."""
    found = _inclusion_opener().match(text, sent.start, m.start)
    if found is None and text.find(":", sent.start, sent.start + 32) > 0:
        # (after a label that heads the paragraph: "Gold: Including precious metals and works
        # of art, exports amounted to ... and imports to ...")
        label = _PARAGRAPH_LABEL.match(text, sent.start, m.start)
        found = _inclusion_opener().match(text, label.end(), m.start) if label else None
    if found is None or re.search(r";|,\s*(?:while|whereas|but)\b", text[found.end():m.start], re.I):
        return None
    return found["what"].strip() if exclusion_label(found["what"]) else None


def opener_with_examples(text: str, sent, m) -> str | None:
    """What a sentence's opener counts in where it gives the goods by examples ("Including fish
    and farm inputs such as fertiliser, total agri-plus exports reached"): an open list, so the
    figure after it is a wider total than the text's others, not one of their parts. Only with
    "such as": a closed list ("Including precious metals, exports") is read by included_part."""
    if " such as " not in text[sent.start:m.start]:
        return None
    found = _inclusion_opener_with_examples().match(text, sent.start, m.start)
    return found["what"].strip() if found else None


@functools.cache
def _inclusion_opener_with_examples() -> re.Pattern:
    # (a list by examples runs longer than a closed one: up to 120 characters, "such as" in it)
    cue = vocab.alternation(vocab.inclusion_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{cue})\s+(?P<what>[^,;.\d]{{3,80}}\s+such\s+as\s+[^,;.\d]{{3,60}}),", re.I)


# a word or two and a colon that head a paragraph ("Gold: ", "Services trade: ")
_PARAGRAPH_LABEL = re.compile(r"[A-Z][\w-]*(?: [\w-]+)?:\s+")


def _left_out(what: str) -> str:
    return _LEFT_OUT_END.sub("", what.strip()).strip()


def exclusion_label(what: str) -> str | None:
    """"excluding gold and diamonds" for what an aside leaves out, when all of it is
    products (known or not); None when it names a place or trade with one ("excluding trade
    with Botswana"), a scope of another kind."""
    items = [w.strip() for w in re.split(r",|\band\b", what) if w.strip()]
    labels = [unknown_product(w) for w in items]
    if not items or None in labels:
        return None
    return "excluding " + " and ".join(labels)


@functools.cache
def _composition() -> re.Pattern:
    cues = vocab.alternation(vocab.composition_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-]){cues}(?![\w-])", re.I)


def in_composition(text: str, start: int, pos: int, until: int) -> bool:
    """Is `pos` in an aside that says what the figure is made of, closed before the figure
    at `until`: "total exports (national exports plus re-exports) reached", "total exports,
    comprising national exports and re-exports, reached" (vocab/composition_cues.csv)."""
    opening = text.rfind("(", start, pos)
    if opening != -1 and ")" not in text[opening:pos]:
        closing = text.find(")", pos, until)
        return closing != -1 and bool(_composition().search(text, opening + 1, closing))
    last = None
    for last in re.finditer(r",\s*", text[start:pos]):
        pass
    if last is None:
        return False
    cue = _composition().match(text, start + last.end())
    return cue is not None and "," not in text[start + last.end():pos] and "," in text[pos:until]


# "the sector's trade surplus", "the industry's exports": the flow of the part named before
THE_SECTORS_FLOW = re.compile(r"\b(?:the|this|that)\s+(?:sector|industry|segment|category)['’]s\s+(?:[\w-]+\s+)?"
                               r"(?:exports|imports|shipments|sales|trade|surplus|deficit|balance)\b(?!\s+of\s)", re.I)


# "taking total rubber sector earnings to", "the apparel industry's exports were": the flow (or
# its money, vocab/value_words.csv) of a sector named by its product; the words before
# "sector" back to a determiner or "total" (vocab/not_products.csv) name it
@functools.cache
def _named_sector() -> re.Pattern:
    value = vocab.alternation({w.lower() for w in vocab.value_words()}, ignore_case=True)
    return re.compile(r"(?P<np>(?:[A-Za-z][\w'’&-]*\s+){1,3}?)(?:sector|industry)(?:['’]s)?\s+(?:export\s+)?"
                      rf"(?:exports|imports|shipments|sales|{value})\b(?![^,;]*\b(?:exports|imports|shipments|sales|{value})\b)", re.I)


# "The foreign-invested (FDI) sector, including crude oil, exported $290.2 billion", "while
# the domestic sector imported ...": a sector (a name before a word of vocab/group_heads.csv)
# as the subject of a flow verb is the scope of the figure, not the country's whole flow
@functools.cache
def _sector_subject_re() -> re.Pattern:
    heads = vocab.alternation(vocab.group_heads(), ignore_case=True)
    # ("In 2019, France's aircraft industry exported": the sector past its owner's possessive,
    # the place the reporter)
    return re.compile(rf"(?:^|[,;:]\s*|\b(?:while|whereas|and|but)\s+)(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s?\s+)?"
                      rf"(?P<np>[A-Za-z][\w'’&-]*(?:\s+(?:\([A-Z]{{2,6}}\)|[\w'’&-]+)){{0,3}}?)"
                      rf"\s+(?:{heads})\s+(?P<verb>[a-z]+ed)\s+(?:goods\s+)?(?:worth\s+)?{HEDGE}$", re.I)


# "In the domestic economic sector, exports rose 21.2%": a clause opened by the sector it is on
@functools.cache
def _sector_opener_re() -> re.Pattern:
    heads = vocab.alternation(vocab.group_heads(), ignore_case=True)
    return re.compile(rf"\s*(?:In|Within|For|Among)\s+the\s+(?P<np>[A-Za-z][\w'’&-]*(?:\s+(?:\([A-Z]{{2,6}}\)|[\w'’&-]+)){{0,3}}?)\s+(?:{heads}),\s+[^,;:]*$")


# "faster than the 12.7% growth of the FDI sector": the change of a sector named right after it
@functools.cache
def _sector_after_re() -> re.Pattern:
    heads = vocab.alternation(vocab.group_heads(), ignore_case=True)
    change = vocab.alternation(vocab.changes(), ignore_case=True)
    return re.compile(rf"\s+(?:{change})\s+(?:of|in|for)\s+the\s+(?P<np>[A-Za-z][\w'’&-]*(?:\s+(?:\([A-Z]{{2,6}}\)|[\w'’&-]+)){{0,3}}?)\s+(?:{heads})\b")


def _sector_after(text: str, sent, m) -> str | None:
    mm = _sector_after_re().match(text, m.end, sent.end)
    return _sector_label(mm["np"]) if mm else None


@functools.cache
def _group_heads() -> tuple[str, ...]:
    return tuple(vocab.group_heads())


def _sector_subject(clause: str) -> str | None:
    if not holds_any(clause, _group_heads()):
        return None  # (checked first: cheap; the pattern needs a group head)
    mm = _sector_subject_re().search(clause)
    if not mm or not any(f.attrs["measure"] in ("exports", "imports") for f in find_flows(mm["verb"])):
        return None
    return _sector_label(mm["np"])


def _sector_opener(text: str, sent, m) -> str | None:
    mm = _sector_opener_re().match(text, sent.start, m.start)
    return _sector_label(mm["np"]) if mm else None


def _sector_label(np: str) -> str | None:
    """"foreign-invested (FDI)" -> "foreign-invested sector": the sector's words without its
    acronym, when they name no place, no trade flow and no whole ("the export sector", "the
    country's", "total")."""
    words = re.sub(r"\s*\([^)]*\)", "", np).split()
    if not words or scan_countries(np) or any(w.lower() in vocab.not_products() for w in words) \
            or any(f.attrs["measure"] != "other" for f in find_flows(" ".join(words))):
        return None
    return " ".join(words).lower() + " sector"


def _named_sector_flow(clause: str) -> str | None:
    folded = fold(clause)
    if "sector" not in folded and "industry" not in folded:
        return None  # (checked first: the pattern needs one of them)
    mm = None
    for mm in _named_sector().finditer(clause):
        pass
    if mm is None:
        return None
    words = mm["np"].split()
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in vocab.not_products() or w.lower() in ("the", "a", "an")), default=0)
    np = " ".join(words[cut:]) if cut else words[-1]
    if np.isupper() and re.search(r"['’]s\s", mm.group(0)):
        # ("the FDI sector's exports": a sector known by an acronym that alone names other
        # money, its own flows the sector's)
        return _sector_label(np) or unknown_product(np)
    return unknown_product(np)


# "the Sh180.6 billion the country earned from tea exports", "$2bn that it made from coffee
# sales": a relative clause right after a figure whose verb says what product brought it in
_EARNED_FROM_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+[a-z]+|it|they|[A-Z][\w.]*)\s+(?:earned|made|got|received|brought\s+in|raked\s+in)"
                                r"\s+from\s+(?:its\s+|their\s+|the\s+)?(?P<np>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){0,2}?)\s+(?:exports|sales|shipments)\b")


# "Earnings from rubber-based products were US$ 86.3 million": the money a subject says the
# product brought in (vocab/value_words.csv), its verb, then the figure
@functools.cache
def _earnings_from_subject() -> re.Pattern:
    value = vocab.alternation({w.lower() for w in vocab.value_words()}, ignore_case=True)
    verbs = vocab.alternation(set(vocab.changes()) | vocab.level_verbs())
    # ("Earnings from tourism were estimated at US$ 626 million": an office's estimate of its level)
    estimate = vocab.alternation(vocab.estimate_qualifiers(), ignore_case=True, space=r"\s+")
    # ("Kenya's earnings from tourism rose 31.5 per cent to Sh352.5 billion": the owner before
    # them, and the change on the way to the level)
    owner = r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s?\s+)?"
    change = r"(?:\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent))?"
    # ("Earnings from tourism are estimated at US$ 2,068.0 million for 2023": the present tense
    # of an estimate, which no past level verb gives)
    present_estimate = rf"(?:is|are)\s+(?:{estimate})"
    return re.compile(rf"(?:^\s*|[;:,]\s*|\b(?:while|and|but|whereas)\s+){owner}(?:export\s+)?{value}\s+from\s+(?:the\s+)?(?:(?:exports?|sales?|shipments)\s+of\s+)?"
                      rf"(?P<np>[A-Za-z][\w'’&-]*(?:\s+(?:and\s+)?[\w'’&-]+){{0,3}}?)\s+(?:(?:also|alone)\s+)?"
                      # ("Earnings from tourism more than doubled to US dollars 2.07 billion": a
                      # multiple of the change, and the multiple itself, right after the subject)
                      rf"(?:(?:more\s+than|nearly|almost)\s+)?(?:(?:{verbs}\b{change}(?:\s+(?:to|at|by|of)|\s+(?:{estimate}))?|{present_estimate})\s+{HEDGE})?$", re.I)


def _earnings_from(before: str) -> str | None:
    mm = _earnings_from_subject().search(before) if "from" in before.lower() else None  # (checked first: cheap)
    # (the label the other readings give the same words: "rubber-based products")
    return canonical_label(mm["np"]) if mm and unknown_product(mm["np"]) else None


# "Exports of Scotch whisky rose to", "Imports of Japanese cars were": a flow of a named
# product, which may open the sentence or carry a capital (checked by unknown_product), and
# a verb that gives the flow's level (vocab/changes.csv, vocab/level_verbs.csv)
@functools.cache
def _flow_of_named() -> re.Pattern:
    verbs = vocab.alternation(set(vocab.changes()) | vocab.level_verbs())
    # ("Purchases of inputs rose 10.5 percent": purchases are imports, vocab/flows.csv)
    # ("Imports of Chilean wine of all types grew": the product before words that count all
    # its kinds, vocab/every_kind_qualifiers.csv)
    every_kind = vocab.alternation(vocab.every_kind_qualifiers(), space=r"\s+")
    return re.compile(
        r"\b(?:[Ee]xports|[Ii]mports|[Ss]hipments|[Ss]ales|[Pp]urchases)\s+of\s+(?P<np>[A-Za-z][\w'’&-]*(?:\s+(?:and\s+)?[\w'’&-]+){0,3}?)"
        rf"(?:\s+(?:{every_kind}))?"
        # ("Exports of phosphates [more than doubled]": a figure that is its own verb, after
        # its hedge)
        rf"(?:\s+(?:(?:also|alone)\s+)?{verbs}\b|\s+{HEDGE}$)")


@functools.cache
def _flow_of_comma_list() -> re.Pattern:
    """"Exports of aircraft, engines, equipment and space systems reached": lower-case items
    of one or two words, listed with commas and a last "and", then a verb of level or change."""
    verbs = vocab.alternation(set(vocab.changes()) | vocab.level_verbs())
    word = r"[a-z][\w'’-]*"
    return re.compile(
        rf"\b(?:[Ee]xports|[Ii]mports|[Ss]hipments|[Ss]ales)\s+of\s+(?P<np>{word}(?:\s+{word})?(?:,\s+{word}(?:\s+{word})?){{1,4}},?"
        rf"\s+and\s+{word}(?:\s+{word})?)\s+(?:(?:also|alone)\s+)?(?:{verbs})\b")


@functools.cache
def _flow_of_listed_goods() -> re.Pattern:
    """"Exports of metals, minerals and chemical products rose": lower-case words listed with
    commas and a last "and", then a goods noun as the head, then a verb of level or change."""
    verbs = vocab.alternation(set(vocab.changes()) | vocab.level_verbs())
    heads = vocab.alternation(vocab.goods_nouns())
    word = r"[a-z][\w'’-]*"
    return re.compile(
        rf"\b(?:[Ee]xports|[Ii]mports|[Ss]hipments|[Ss]ales)\s+of\s+(?P<np>{word}(?:\s+{word})?(?:,\s+{word}(?:\s+{word})?){{1,3}},?"
        rf"\s+and\s+{word}(?:\s+{word})?\s+(?:{heads}))\s+(?:(?:also|alone)\s+)?(?:{verbs})\b")


# "Scotch whisky exports rose to £5.6 billion", "while whisky sales to India were £0.2
# billion", "Brazilian Agribusiness Exports Hit Record US$166.55 Billion": the noun phrase that
# leads the flow word at its clause's start (not a word that opens the clause, vocab/
# clause_openers.csv, or one that is no noun, vocab/not_products.csv), the verb that gives the
# flow's level, and the figure
@functools.cache
def _subject_of_flow() -> re.Pattern:
    opener = vocab.alternation(vocab.clause_openers() | vocab.not_products(), ignore_case=True)
    units = vocab.physical_unit_pattern()
    # ("Avocado shipments ... reached 712,400 tonnes worth US$ 2,034 million": the quantity, then its worth)
    quantity = rf"(?:\s+\d[\d.,]*\s*(?:million|billion|thousand|mln|bln|mn|bn|m)?\s*{units},?\s+(?:worth|valued\s+at))?"
    # ("International education exports were worth A$47.8 billion": its level after "worth";
    # "pulp exports were recorded at $3.6 billion": after a participle of vocab/level_participles.csv)
    participles = vocab.alternation(vocab.level_participles(), ignore_case=True)
    steady = vocab.alternation([r["word"] for r in vocab.table("steady_levels")], ignore_case=True)
    return re.compile(
        # ("TOKYO, Feb 10 – Japan's sake exports reached": the subject past a dateline's dash)
        rf"(?:^\s*|[;:]\s*|,\s*|\s[–—-]\s+|\b{opener}\s+)"
        # ("Total B.C. forest product exports were": past a place abbreviated with dots, the
        # owner whose flow it is, read as the reporter elsewhere; the product comes after it)
        r"(?:(?:[A-Z]\.){2,3}(?:['’]s)?\s+)?"
        rf"(?!{opener}\s)(?P<np>[A-Za-z][\w'’&-]*(?:\s+(?:and\s+)?[\w'’&-]+){{0,3}}?)\s+(?i:exports|imports|shipments|sales)"
        # ("Durian exports via the province hit $1.1 billion": the way they went, between)
        # ("cherry exports to mainland China were valued at $2 billion": a lower-case word of
        # the place's name before it, and the level after "valued at")
        r"(?:\s+(?:to|from)\s+(?:the\s+)?(?-i:(?:[a-z]+\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})|\s+(?:abroad|overseas)|\s+(?:via|through)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
        # ("Module imports were broadly flat at $163 million": a level held, vocab/steady_levels.csv)
        # ("Capelin exports fell from ISK 17.8 billion in 2018 to ISK 1.2 billion": the level
        # moved from, the same product's)
        # ("Overall ICT exports in 2013 hit a record US$169.4 billion": its year, before the verb)
        r"(?:\s+in\s+(?:19|20)\d\d)?"
        rf"\s+(?:(?:also|alone)\s+)?(?P<v>[a-z]+)(?:\s+in\s+(?:19|20)\d\d)?(?:\s+(?:{participles})(?=\s+at\b)|\s+(?:[a-z]+ly\s+)?(?:{steady})(?=\s+at\b))?(?:\s+(?i:to|at|by|of|worth|from))?"
        r"(?P<rec>\s+(?i:a\s+|an\s+)?(?i:record|all-time\s+high|new\s+high|high)(?:\s+of)?)?" + quantity + r"\s+" + HEDGE + r"$", re.I)


def _np_past_a_place_name(subject: re.Match) -> str:
    """"wine" in "New Zealand wine exports reached": the subject's words past a place's name
    that an opener word ("New", "South", "United": vocab/not_products.csv) began, before the
    words matched; not the rest of that name ("Zealand wine")."""
    start = subject.start("np")
    if start == 0 or not subject.string[start - 1].isspace():
        return subject["np"]
    head = subject.string[max(0, start - 20):subject.end("np")]
    offset = max(0, start - 20)
    across = next((x for x in scan_countries(head) if offset + x.start < start < offset + x.end), None)
    return subject.string[offset + across.end:subject.end("np")].strip() if across is not None else subject["np"]


@functools.cache
def _subject_then_reaching() -> re.Pattern:
    """"Nepal's shawl exports also picked up, reaching $1.5 billion": a flow's subject, a few
    words of its move, then the level an -ing form of vocab/reaching_participles.csv gives
    after a comma: the noun phrase before the flow word is the figure's product (an owner's
    name before it is dropped by unknown_product)."""
    opener = vocab.alternation(vocab.clause_openers() | vocab.not_products(), ignore_case=True)
    reaching = vocab.alternation([r["word"] for r in vocab.table("reaching_participles")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:^\s*|[;:]\s*|\b{opener}\s+)(?!{opener}\s)(?P<np>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){{0,3}}?)\s+(?i:exports|imports|shipments|sales)"
                      rf"(?:\s+[a-z]+){{1,4}},\s+(?:{reaching})\s+" + HEDGE + r"$", re.I)


@functools.cache
def _label_of_flow() -> re.Pattern:
    """A key figure's label, a flow of a product then its year and a colon ("- Canadian wine
    imports, 2023: CAD 3.1 billion"): the product is the figure's, as the subject's of a
    sentence is ("Canadian wine imports were CAD 3.1 billion")."""
    opener = vocab.alternation(vocab.clause_openers() | vocab.not_products(), ignore_case=True)
    return re.compile(
        rf"^\s*(?:[-•*–·▪]\s*)?(?!{opener}\s)(?P<np>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){{0,3}}?)\s+(?i:exports|imports)"
        r"(?:,?\s+(?:in\s+)?(?:19|20)\d\d|\s+\((?:19|20)\d\d\))?\s*:\s*" + HEDGE + r"$", re.I)


# "$16.2 billion of handbags, luggage and travel goods in 2023": a list of products after "of"
_OF_LIST = re.compile(r"\s+(?:worth\s+)?of\s+(?P<list>[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)+,?\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                      r"(?=\s*[,.;)]|\s+(?:in|from|to|during|last|this|were|was|while|whereas)\b)")


def _of_product_list(text: str, sent, m, commodities) -> str | None:
    """"imported $16.2 billion of handbags, luggage and travel goods": the figure is of the
    list's products together, not of the first alone (each item a product, none a place or
    a flow word)."""
    mm = _OF_LIST.match(text, m.end, min(sent.end, m.end + 90))
    if mm is None:
        return None
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", mm["list"])
    if len(items) < 3 or not any(x.start == mm.start("list") for x in commodities):
        return None
    start = mm.start("list")
    if not all(any(x.text.lower() == i.lower() for x in commodities if start <= x.start < mm.end("list")) or unknown_product(i)
               for i in items) or any(names_country_or_flow(i) for i in items):
        return None
    shared = _pieces_of_one_product(items)
    return shared or re.sub(r"\s+", " ", mm["list"].lower())


def _pieces_of_one_product(items: list[str]) -> str | None:
    """"battery cells, modules and parts": a first item naming a product's piece, then bare
    nouns of its other pieces (vocab/component_nouns.csv) that share its product word; the
    list is that product as a whole ("batteries"), when the first item's label is a known
    product other than its piece noun. None otherwise."""
    pieces = vocab.component_nouns()
    first = items[0].split()
    if len(first) != 2 or first[1].lower() not in pieces or not all(i.strip().lower() in pieces for i in items[1:]):
        return None
    label = canonical_label(items[0])
    return label if label != items[0].lower() and label in _phrases() else None


def _before_place_pronoun(words: str) -> str:
    """"goods" in "€6.8bn of goods there": the product's words before a word that stands for
    the place named before (vocab/place_pronouns.csv)."""
    last = words.split()
    return " ".join(last[:-1]) if len(last) > 1 and last[-1].lower() in vocab.place_pronouns() else words


def _before_abroad_word(words: str) -> str:
    """"goods" in "sold £20.1bn of goods abroad": the product's words before an adverb that
    says the flow crosses the border (vocab/within_country_cues.csv, "abroad"), which is no
    word of the product."""
    cut = _abroad_word_re().search(words)
    return words[:cut.start()] if cut else words


@functools.cache
def _abroad_word_re() -> re.Pattern:
    words = vocab.alternation([w for w in vocab.within_country_cues().get("abroad", []) if " " not in w], ignore_case=True)
    return re.compile(rf"\s+(?:{words})\b", re.I)


def _before_place_phrase(words: str) -> str:
    """"goods north of" in "$354.4 billion of goods north of the border": the product's
    words before a phrase that stands for a place (vocab/place_phrases.csv)."""
    for phrase in vocab.place_phrases():
        first = phrase.split()[0]
        cut = re.search(rf"\s+{re.escape(first)}\b", words, re.I)
        if cut and phrase.lower().startswith(re.sub(r"\s+", " ", words[cut.start():].strip().lower())):
            return words[:cut.start()]
    return words


def _states_a_level(verb: str) -> bool:
    """A verb that gives a flow's level or its move to one ("were", "reached", "rose"), or
    a headline's present tense of one ("Sake exports reach record ¥47.5bn", "hits")."""
    verb = verb.lower()
    bases = vocab.level_verb_bases()
    return verb in vocab.changes() or verb in vocab.level_verbs() or verb in bases \
        or verb.endswith("s") and (verb[:-1] in bases or verb.endswith("es") and verb[:-2] in bases)


@functools.cache
def _hedges() -> frozenset[str]:
    return frozenset(h.lower() for h in vocab.hedges())


@functools.cache
def _value_words() -> frozenset[str]:
    return frozenset(vocab.value_words())


def _without_owner(np: str) -> str:
    """The product's words after the place that owns them: "Kenyan flower", "Britain's whisky"."""
    owner = next((x for x in scan_countries(np) if x.start == 0), None)
    if owner is not None:
        np = re.sub(r"^['’]s?\s*", "", np[owner.end:]).strip()
    return np


_POSSESSIVE_OWNER = re.compile(r"(?:['’]s?)?\s+")  # (a place's mention may hold its "'s")


@functools.cache
def _group_possessive() -> re.Pattern:
    # "continent's ", "the region's ": the group a text is on, in the possessive
    # (vocab/group_whole_nouns.csv)
    noun = vocab.alternation(vocab.group_whole_nouns(), ignore_case=True)
    return re.compile(rf"(?:the\s+)?(?:{noun})['’]s?\s+", re.I)


def _product_past_its_owner(np: str) -> str:
    """"Malaysia's palm oil", "Indonesia's coal": a part subject opened by the possessive of
    the place whose goods it names is that product; the place is the figure's reporter,
    read apart. Only a possessive owner at the start, with a product word after it, is
    dropped ("Malaysia's exports" stays, and is no product)."""
    group = _group_possessive().match(np)
    if group is not None:
        # "the continent's merchandise exports were worth": the group the text is on owns
        # the flow, as a place's possessive does (its own pair is read apart)
        return np[group.end():]
    owner = next((x for x in scan_countries(np) if x.start == 0), None)
    if owner is None:
        return np
    mm = _POSSESSIVE_OWNER.match(np, owner.end)
    rest = np[mm.end():] if mm else ""
    if not rest or not re.search(r"['’]", np[:mm.end()]) or names_country_or_flow(rest) or scan_countries(rest):
        return np
    return rest


@functools.cache
def _scope_prefix() -> re.Pattern:
    # "intra-EU", "extra-regional": a prefix that makes the word name where a flow runs
    # (vocab/flow_scope_prefixes.csv), never what is traded
    return re.compile(rf"(?:{vocab.alternation(vocab.flow_scope_prefixes(), ignore_case=True)})\w", re.I)


# a name with a number that qualifies a product ("COVID-19 test kits", "H1N1 vaccines"):
# letters and digits run together or hyphenated, never a bare number or a year
_DESIGNATION = re.compile(r"(?:[A-Za-z]{2,}-?\d{1,3}|[A-Z]\d[A-Z]\d)(?![\w-])")


def _designated_product(np: str) -> bool:
    """Whether the digits in `np` are only in designations before its last word ("COVID-19
    diagnostic kits": the kits, qualified by the disease's name), so the phrase may still
    name a product."""
    words = np.split()
    return len(words) > 1 and not re.search(r"\d", words[-1]) \
        and all(_DESIGNATION.fullmatch(w) for w in words[:-1] if re.search(r"\d", w))


def _months_label(label: str) -> bool:
    """Whether a table row's label is a range of months alone ("Jan-Jun", "April–June")."""
    parts = re.split(r"\s*[-–]\s*", label.strip().lower())
    return len(parts) == 2 and all(p.rstrip(".") in vocab.months() for p in parts)


def _names_a_mode(word: str) -> bool:
    """Whether `word` is a mode of transport or a carrier of one (vocab/carrier_modes.csv:
    "air", "sea", "rail"), not a place or an agent ("followed by Cambodia")."""
    modes = vocab.carrier_modes()
    return word.lower() in modes or word.lower() in modes.values()


# "passenger transport by air": a product and the mode it goes by, one word
_BY_MODE_TAIL = re.compile(r"(?P<head>.+?)\s+(?P<tail>by\s+[a-z]+)$", re.I)


def _item_label(np: str) -> str | None:
    """The label of a list item's noun phrase, a product the vocabulary need not know, kept
    with a one-word "by" tail that names the mode it goes by ("passenger transport by air":
    a part of passenger transport, a sister of "by sea"; never "followed by Cambodia")."""
    by_mode = _BY_MODE_TAIL.fullmatch(np.strip())
    if by_mode and _names_a_mode(by_mode["tail"].split()[-1]) and unknown_product(by_mode["head"]):
        return f"{unknown_product(by_mode['head'])} {by_mode['tail'].lower()}"
    return unknown_product(np)


def unknown_product(np: str) -> str | None:
    """The label of a noun phrase beside a flow word ("Scotch whisky" in "exports of Scotch
    whisky rose"), when nothing in it names a place, a flow, a period or a whole flow: then it
    names a part of the flow, a product the vocabulary need not know. None otherwise."""
    np = np.strip()
    if _generic_anaphor(np):
        return None  # ("imports of the product rose": the text's own product)
    owned = _without_owner(np)
    if owned != np:
        # ("Australia's international education exports": past the owner, a word of
        # vocab/not_products.csv before the product is its scope, as at a sentence's start
        # in _subject_of_flow: "International education exports")
        words = owned.split()
        while len(words) > 1 and words[0].lower() in vocab.not_products():
            words.pop(0)
        owned = " ".join(words)
    np = owned
    if _scope_prefix().match(np):
        return None  # ("Intra-African exports amounted to": the flow's scope, within a group, no product)
    if not np or (re.search(r"\d", np) and not _designated_product(np)) or _verb_first_re().match(np) or names_country_or_flow(np) or scan_countries(np) \
            or re.sub(r"\s+", " ", np.lower()) in _hedges():
        return None
    label = canonical_label(np)
    words = re.findall(r"[\w'’-]+", label)
    if not words or (len(words) == 1 and words[0] in vocab.goods_nouns()) \
            or any(w in vocab.not_products() or w in vocab.months() or w in vocab.changes() for w in words) \
            or any(re.sub(r"['’]s$", "", w) in vocab.months() for w in words):  # ("October's imports": a month's)
        return None  # ("Chinese products": goods in general, from a place)
    if words[-1] in vocab.clause_openers():
        return None  # ("in the month and imports reached": the end of one clause, a conjunction, no product)
    if words[-1] in _port_nouns():
        return None  # ("- Shuaiba Port: 1,416": a port's figure, link/ports.py, no product's)
    if len(words) == 2 and words[0] in vocab.goods_nouns() and words[1] in _value_words():
        return None  # ("and goods worth €113.7 billion were imported": goods in general, then their value)
    if label in vocab.hs_codes():
        return label  # ("petroleum products": a group of its own, known by its codes, not the petroleum a headline names)
    # "agribusiness products" is the agribusiness the headline names
    return " ".join(words[:-1]) if words[-1] in vocab.goods_nouns() else label


# "spices rose 34 per cent", "Industrial exports rose 5.9 per cent", "fisheries exports were
# up 42 per cent": the subject of the change, at the start of its clause (a list's bullet
# may open the line: "- Tea earnings rose 12 per cent")
_CHANGE_SUBJECT = re.compile(
    r"(?:^(?:[-•*–▪]\s+)?|[.;:,]\s*|\b(?:while|and|but|whereas|though|however)\s+)"
    r"(?!(?:while|and|but|whereas|though|however|as|with|when)\b)(?P<np>[A-Za-z][\w'’&-]*(?:\s+(?:and\s+)?[\w'’&-]+){0,4}?)"
    r"\s+(?:(?:exports?|imports?|shipments|sales|earnings|revenues?)\s+)?(?:(?:also|however|though|alone|,)\s+)*"
    r"(?:(?P<be>were|was|are|is|have|has|had)\s+)?(?P<v>\w+)(?P<particle>\s+(?:up|down|higher|lower))?\s+(?:by\s+)?(?:(?:about|almost|nearly|some|around|more\s+than|roughly|over|just)\s+)*$")


# "Raw cashew nuts dominated Cambodian shipments", "Garments topped the list of exports",
# "Building materials topped the list of exported goods": the product a sentence opens with,
# leading a flow
# ("Avocados once again led the list with $1.1bn": a bare list, its figure after "with";
# "Frozen chicken dominated the trade at $210m": the flow the text is on, link/measures.py)
@functools.cache
def _next_ranked_re() -> re.Pattern:
    # the phrases of vocab/ranked_cues.csv that move a ranked list on to its next place and
    # can mean nothing else ("followed by", "trailed by"; not the bare "and", "then", "while")
    words = [w for w in vocab.ranked_cues("before") if " " in w]
    alternation = vocab.alternation(words, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{alternation})\b", re.I)


def _next_ranked_between(text: str, start: int, end: int) -> bool:
    """"Chemical products led ... with SAR51.4 billion, ..., followed by plastics and rubber
    products at SAR39.8 billion (24.4%)": a figure after "followed by" is the next place's,
    not the leader's."""
    return bool(_next_ranked_re().search(text, start, end))


_LEADING_PRODUCT = re.compile(r"\s*(?P<np>[A-Z][a-z][\w'’&-]*(?:\s+(?:and\s+)?[a-z][\w'’&-]*){0,4}?)\s+(?:(?:once\s+)?again\s+|also\s+|still\s+)?(?:dominated|led|topped|headed|(?:continued|continues|continue)\s+to\s+(?:dominate|lead|top|head))\s+"
                              r"(?:the\s+)?(?:list\s+of\s+)?(?P<group>(?:[\w-]+\s+){0,2}?)(?:shipments|exports|imports|sales|purchases|export\s+basket|(?:exporting\s+|export\s+)?(?:sectors|products|items|commodities|goods)"
                              r"|(?<=the\s)list(?=\s*,?\s+with\s)|(?<=the\s)trade(?=\s*,?\s+(?:at|with)\s))\b")


def group_the_leader_tops(text: str, start: int, end: int) -> str | None:
    """The label of the group a product leads, in a sentence (from `start`) that opens on the
    leader before a figure (up to `end`): "non-oil" in "Chemicals topped non-oil exports at";
    None where the words name no group between the verb and the flow ("topped exports")."""
    lead = _LEADING_PRODUCT.match(text, start, end)
    if lead is None or not lead["group"].strip():
        return None
    return canonical_label(lead["group"])


# "vegetables such as French beans and snow peas": examples of the subject, no part of its name
_EXAMPLES_OF_SUBJECT = re.compile(r"\s+such\s+as\s+.*$", re.I | re.S)

# "Poland ... was the largest single market for salmon at NOK 7.9 billion": a partner ranked
# by one product's flow (vocab/rank_nouns.csv), its figure of that product
@functools.cache
def _market_nouns() -> tuple[str, ...]:
    """The longest word of each noun _market_for_product() ranks by, in lower case."""
    return tuple({max(n.lower().split(), key=len) for n, measure in vocab.rank_nouns().items() if not measure})


@functools.cache
def _product_in_a_role_with_flow() -> re.Pattern:
    """A sentence opening on a product that "remained the backbone of the sector with exports
    of": a copula, the role (no figure, no clause break), then the flow after "with"."""
    return re.compile(rf"\s*(?P<np>[A-Z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){{0,3}}?)\s+(?:remained|remains|was|is|stayed|became)\s+"
                      rf"(?:the|a|an|its)\s+[^,;.:\d$€£¥]{{1,60}}?,?\s+with\s+(?:exports|imports|shipments|sales)\s+of\s+{HEDGE}$")


@functools.cache
def _market_for_product() -> re.Pattern:
    nouns = vocab.alternation([n for n, measure in vocab.rank_nouns().items() if not measure], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{nouns})s?\s+for\s+(?P<np>[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){{0,3}}?)\s*,?\s+(?:at|with)\s+{HEDGE}$", re.I)


# "Japan was the main destination of Chilean forestry products, with purchases of": the
# goods (vocab/goods_nouns.csv) a place is ranked a market of, named before the figure
@functools.cache
def _market_of_goods() -> re.Pattern:
    nouns = vocab.alternation([n for n, measure in vocab.rank_nouns().items() if not measure], ignore_case=True, space=r"\s+")
    goods = vocab.alternation(vocab.goods_nouns(), ignore_case=True)
    return re.compile(rf"\b(?:{nouns})s?\s+of\s+(?:the\s+)?(?P<np>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}?)\s+(?:{goods})\s*,?\s+"
                      rf"with\s+(?:(?:purchases|imports|sales|shipments|exports)\s+of\s+)?{HEDGE}$", re.I)


def _without_origin_adjective(np: str) -> str:
    """"Chilean forestry" -> "forestry": the goods without the place they come from."""
    first, _, rest = np.strip().partition(" ")
    return rest if rest and scan_countries(first) else np


# "Sea transport remained the largest service export, with receipts of": the product a
# sentence opens with, ranked first among the flow's products (vocab/rank_places.csv; not a
# partner: "the largest export market")
@functools.cache
def _ranked_product() -> re.Pattern:
    verb = vocab.alternation(vocab.rank_places("verb"), ignore_case=True, space=r"\s+")
    rank = vocab.alternation(vocab.rank_places("adjective") + vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?P<np>[A-Z][a-z][\w'’&-]*(?:\s+(?:and\s+)?[a-z][\w'’&-]*){{0,4}}?)\s+(?:also\s+|again\s+|still\s+)?(?:{verb})\s+(?:the\s+)?"
                      rf"(?:(?:{rank})\s+)+(?:[a-z][\w-]*\s+){{0,2}}?(?:exports?|imports?)(?=\s*[,;:(]|\s+(?:with|at|worth)\b)")


# "International education earned Australia a record $47.8 billion": a product that earned a
# place its figure is a part of that place's exports (the place is the reporter, not the product;
# the clause may open after a dateline's dash)
_EARNED_PLACE = re.compile(rf"(?:^|[.;:,]\s*|\s[-–—]\s+)(?P<np>[A-Za-z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){{0,3}}?)\s+(?:earned|earns|brought|brings)\s+"
                           rf"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})\s+(?:a\s+|an\s+)?(?:record\s+|all-time\s+high\s+of\s+)?{HEDGE}$")


def _product_that_earned_a_place(clause: str) -> str | None:
    mm = _EARNED_PLACE.search(clause) if "earn" in clause or "br" in clause else None  # (checked first: cheap)
    if mm is None or not scan_countries(mm["place"]):
        return None
    # ("International education": what earned the place is the product, its scope word aside)
    words = _without_clause_opener(mm["np"]).split()
    while len(words) > 1 and words[0].lower() in vocab.not_products():
        words.pop(0)
    return unknown_product(" ".join(words))


def _without_clause_opener(np: str) -> str:
    """The noun phrase without a word that opens a clause before it ("meaning education made up
    37 per cent": education; vocab/clause_openers.csv)."""
    first, _, rest = np.partition(" ")
    return rest.strip() if rest and first.lower() in vocab.clause_openers() else np


@functools.cache
def _speaker_re() -> re.Pattern:
    verbs = vocab.alternation([r["word"] for r in vocab.table("reporting_verbs")], ignore_case=True)
    return re.compile(rf"^.*\b(?:{verbs})\s+(?:that\s+)?", re.I)


def _without_speaker(np: str) -> str:
    """The noun phrase without the speaker and the verb that reports it ("the controller said
    goods worth N16bn passed": goods; vocab/reporting_verbs.csv)."""
    return _speaker_re().sub("", np) if " " in np else np


@functools.cache
def _breakdown_cue_re() -> re.Pattern:
    return re.compile(rf"^(?:{vocab.alternation(vocab.breakdown_cues(), ignore_case=True, space=r'[ ]+')})\s+", re.I)


def _without_breakdown_cue(np: str) -> str:
    """The part's noun phrase without the cue that opens the breakdown before it ("€22.9
    billion, of which sea transport accounted for", "Of these, cloud services made up":
    sea transport, cloud services; vocab/breakdown_cues.csv)."""
    return _breakdown_cue_re().sub("", np)


# "The complex, which accounted for 23.4% of": the figure in the aside is the subject's
# (its own year between: "Cotton, which in 1991 made up over 60% of exports")
# two or more items of a list before a subject that ends it ("medicines, active
# ingredients, "): words only, each closed by a comma
_LIST_BEFORE = re.compile(r"(?:\b[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2},\s+){2,}$")
@functools.cache
def _part_quantity_then_value() -> re.Pattern:
    """A part's verb (vocab/quantity_part_ties.csv, verb) and the quantity it gives, right
    before "worth" or "valued at" the value of that quantity: "made up 5.27 million tonnes "
    of "non-basmati varieties made up 5.27 million tonnes worth Rs 7,410 crore"."""
    verbs = vocab.alternation([r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "verb"],
                              ignore_case=True, space=r"\s+")
    scales = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"\s(?:{verbs})\s+(?:about\s+|some\s+|nearly\s+|around\s+)?\d[\d.,]*\s*(?:(?:{scales})\s+)?"
                      rf"(?:{vocab.physical_unit_pattern()})\s+(?=(?:worth|valued\s+at)\s)", re.I)


def _without_part_quantity(clause: str) -> str:
    """The clause with a part's quantity before its value taken out, so the value's words
    read "non-basmati varieties worth Rs 7,410 crore" (its words checked first: cheap)."""
    if "worth" not in clause and "valued" not in clause:
        return clause
    return _part_quantity_then_value().sub(" ", clause)


_WHICH_SHARE = re.compile(rf",\s+which\s+(?:(?:in|by)\s+(?:19|20)\d\d\s+)?(?=(?:accounted\s+for|made\s+up)\s+{HEDGE}$)")


# "Iron ore pushes China trade to record $320bn", "Coal lifted exports to": a product that
# moves a flow (its object, vocab/motion_verbs.csv) to the figure drives it; the figure is the
# flow's, not the product's ("Iron ore exports rose to": no object, the product's own); so does
# one that helps another reach it ("The energy account helped Argentina post a surplus of")
@functools.cache
def _drives_a_flow_to() -> re.Pattern:
    verb = vocab.alternation(vocab.motion_verbs(), ignore_case=True)
    drive = vocab.alternation(vocab.driver_verbs(), ignore_case=True)
    helps = vocab.alternation(vocab.helper_verbs(), ignore_case=True)
    return re.compile(rf"[\w\s'’-]{{0,30}}?\b{verb}\s+(?:(?!to\b)[\w'’-]+\s+){{0,4}}?"
                      rf"(?:trade|exports|imports|surplus|deficit|earnings|shipments|sales|total|bill)\s+(?:up\s+)?to\s+"
                      rf"(?:a\s+|an\s+)?(?:record\s+|new\s+high\s+of\s+|all-time\s+high\s+of\s+)?{HEDGE}$"
                      # ("LNG drives record $40bn export year": a verb of vocab/driver_verbs.csv
                      # whose object is the figure itself, past no flow word of the product's own)
                      rf"|(?:\s+(?!exports\b|imports\b|shipments\b|sales\b)[\w'’-]+){{0,2}}?\s+{drive}\s+(?:a\s+|an\s+)?(?:record\s+)?{HEDGE}$"
                      # ("The energy account helped Argentina post a record overall trade surplus
                      # of": a verb of vocab/helper_verbs.csv, its object, then the verb the
                      # object reaches the figure by, words alone up to it)
                      rf"|(?:\s+(?!exports\b|imports\b|shipments\b|sales\b)[\w'’-]+){{0,2}}?\s+{helps}\s+(?:[\w'’-]+\s+){{2,10}}?{HEDGE}$", re.I)


# "Coconut cream was the top domestic export at SAT 3.4 million": a product ranked first among
# the flow's items, at the figure: the figure is that product's (the ranking words are those
# that rank partners, vocab/rank_places.csv)
@functools.cache
def _ranked_product_at() -> re.Pattern:
    rank = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    # ("Building materials were the leading export sector, at": a group noun after the flow
    # word names the same ranked product; a comma may stand before its "at")
    heads = vocab.alternation(vocab.group_heads(), ignore_case=True)
    # ("Rice, most of it grown in the delta, was the country's top export at": the subject
    # past an aside between commas)
    # ("a deputy statistician said gold remained the country's leading export commodity,
    # earning": the subject after a speaker's verb, vocab/reporting_verbs.csv; its figure after
    # a participle of earning as after "at")
    said = vocab.alternation([r["word"] for r in vocab.table("reporting_verbs")], ignore_case=True)
    # ("The ICT/BPM sector was the largest contributor at": a noun for one part of a whole,
    # vocab/part_nouns.csv, ranks the subject among the flow's parts as "export" does; a
    # slash may join two names of one sector)
    parts = vocab.alternation(vocab.part_nouns(), ignore_case=True)
    return re.compile(rf"(?:^\s*|[;:,]\s*|\s[-–—]\s+|\b(?:while|and|but)\s+|\b(?:{said})\s+(?:that\s+)?)(?P<np>[A-Za-z][\w'’&/-]*(?:\s+(?!(?:{said})\b)[\w'’&/-]+){{0,3}}?)"
                      r"(?P<aside>,[^,;:\d]{3,80},)?\s+"
                      # ("The automotive industry, however, kept its lead as the country's top
                      # exporting sector with": a verb of keeping its place and "as")
                      r"(?:was|were|is|are|remained|stayed|became|(?:kept|held|retained|maintained)\s+(?:its|their)\s+(?:lead|place|position|rank)\s+as)\s+(?:again\s+|also\s+|still\s+)?"
                      # ("Soymeal remained the country's top export product at": its country's;
                      # "Rice remained the province's top export", "... Ohio's top export": a place's)
                      r"(?:the\s+|its\s+|their\s+|the\s+[a-z]+['’]s\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?"
                      rf"(?:single\s+)?(?:{rank})\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:exports?|exporting|imports?|products?|commodit(?:y|ies)|(?:{parts})s?)(?:\s+(?:{heads}))?,?\s+(?:at|with|worth|earning|fetching|bringing\s+in)\s+{HEDGE}$", re.I)


@functools.cache
def _product_ranked_by_ordinal() -> re.Pattern:
    # a subject opening its sentence, a verb of rank and a rank (vocab/rank_places.csv), then
    # "with" and the figure: "Blueberries came second with"; perhaps an aside that describes
    # the subject between them, opened by an article or a possessive, perhaps after an adverb
    # of vocab/aside_adverbs.csv ("Phosphates, traditionally the country's first export, came
    # second with": the aside's words are no part of the subject's name)
    verb = vocab.alternation(vocab.rank_places("verb"), ignore_case=True, space=r"\s+")
    rank = vocab.alternation(vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    adverbs = vocab.alternation([r["word"] for r in vocab.table("aside_adverbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*(?P<np>[A-Z][a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){{0,3}}?)"
                      rf"(?P<aside>,\s+(?:(?:{adverbs})\s+)?(?:the|its|a|an)\s[^,;:\d]{{3,80}},)?"
                      rf"\s+(?:{verb})\s+(?:{rank}),?\s+with\s+{HEDGE}$")


@functools.cache
def _share_of_which_re() -> re.Pattern:
    """Right after a share: "of which", a tie of vocab/goods_complement_ties.csv ("was",
    "were", "included") and the goods up to the clause's end ("two thirds of which was crude
    oil, natural gas and other energy products.")."""
    ties = vocab.alternation(vocab.goods_complement_ties(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+of\s+which\s+(?:{ties})\s+(?:mainly\s+|mostly\s+|largely\s+)?(?P<np>[a-z][^.;:()\d]{{1,80}}?)\s*(?:[.;:(]|$)")


def _part_after_share_of_which(text: str, end: int) -> str | None:
    """The goods a share is of, when "of which" follows it: "Imports from Russia amounted to
    EUR 8.7 billion, about two thirds of which was crude oil and gas": the share is that of
    the goods named after "was" in the figure before (a part whose level the text does not
    give), never the figure's own share of a wider whole. None when no product is named."""
    found = _share_of_which_re().match(text, end)
    if found is None or not unknown_product(found["np"]):
        return None
    return canonical_label(found["np"])


@functools.cache
def _goods_words() -> frozenset[str]:
    """Nouns that call a thing goods: vocab/goods_nouns.csv's and the one-word flow nouns of
    exports or imports (vocab/flows.csv: "export", "imports")."""
    flows = {p for p, (measure, _) in vocab.flows().items() if measure in ("exports", "imports") and " " not in p}
    return frozenset(vocab.goods_nouns()) | frozenset(flows)


def _aside_calls_it_goods(aside: str | None) -> bool:
    """Whether an aside on a ranked subject ends on a noun that calls it goods ("Phosphates,
    traditionally the country's first export, came second with"): the subject is a product
    ranked among products, not a place ("Germany, the main export market," ends on a market)."""
    if not aside:
        return False
    last = re.findall(r"[\w'’-]+", aside)
    return bool(last) and last[-1].lower() in _goods_words()


def _ranked_product_before(text: str, sent) -> bool:
    """Whether the sentence before ranked a product first ("Fresh table grapes became the
    leading agricultural export product, with") or opened on a product the vocabulary knows
    ("Beer was once again the star product: ... Avocados came second with"): a rank after it
    is of products, not places."""
    before = text[max(0, sent.start - 300):sent.start]
    return _ranked_product_at_any().search(before) is not None or _opens_on_known_product(before)


def _opens_on_known_product(window: str) -> bool:
    """Whether the last sentence of `window` opens on a product word of vocab/commodities.csv."""
    ends = list(re.finditer(r"[.!?]\s|\n", window.rstrip()))
    last = window[ends[-1].end():] if ends else window
    opening = len(last) - len(last.lstrip())
    return any(x.start == opening for x in find_commodities(last[:80]))


@functools.cache
def _ranked_product_at_any() -> re.Pattern:
    # a rank adjective before a product noun and its figure's "with" or "at"
    rank = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{rank})\s+(?:[\w-]+\s+){{0,2}}?(?:exports?|items?|products?|earners?|commodit(?:y|ies)),?\s+(?:at|with)\b", re.I)


@functools.cache
def _rank_keys() -> tuple[str, ...]:
    """One word any match of _ranked_product_at holds: its rank adjective's (see cues.longest_words)."""
    return longest_words(vocab.rank_places("adjective"))


# "SAT 2.1 million in re-exports": the product named right after the figure (one the
# vocabulary knows; "in goods" and "in services" are read by the scope rule)
_IN_PRODUCT = re.compile(r"^\s+in\s+(?P<c>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s*[,.;)]|\s+(?:and|from|to|in|last|this|during|over)\b)")


# a subject, an aside about it, and its verb: "Non-oil and gas exports, which made up 94.4
# percent of total exports, stood at"
# (not "Adding crude oil sales, which ..., total exports were": no subject, a new one after)
_WHICH_ASIDE = re.compile(r"\s*(?![A-Z][a-z]+ing\b|(?:With|Including|Excluding|Besides|Apart|Beyond|After|Before|As|Of|In)\b)[^,]{3,80},\s+which\s+[^,]{3,120},"
                          r"\s+(?:(?!total|overall|combined)[a-z]+\s+){0,2}?(?:stood|were|was|reached|totall?ed|amounted|came|rose|fell|grew|accounted)\b[^,]*$")


# a product word in an institution's name ("the Ministry of Trade, Industry and Energy",
# "the Energy Department") is no product of the figure
_IN_A_NAME = re.compile(r"\b(?:Ministry|Department|Minister|Secretary|Agency|Bureau|Commission|Council|Office|Authority|Institute|Association|Chamber)"
                        r"\s+(?:of\s+|for\s+)?(?:(?:the\s+)?[A-Z][\w&'’-]*,?\s+(?:and\s+)?)*$")


def _in_a_name(text: str, x) -> bool:
    """Whether the product word x stands inside an institution's name. A name's fields go on
    past a comma only in capitals ("the Ministry of Trade, Industry and Energy"): a word in
    lower case after the comma opens the clause after the name ("According to the General
    Authority for Statistics, re-exports jumped"), the product of its figure."""
    if x.text[:1].islower() and text[max(0, x.start - 3):x.start].rstrip().endswith(","):
        return False
    return _IN_A_NAME.search(text, max(0, x.start - 60), x.start) is not None


# "according to the Mining Secretariat, with lithium shipments rising": a capitalised product
# word that leads a public body's name (vocab/institution_heads.csv) is that body's field, no
# product of the figure (checked only for a word with a capital: cheap)
@functools.cache
def _body_named_by() -> re.Pattern:
    heads = vocab.alternation(vocab.institution_heads())
    return re.compile(rf"(?:\s+(?:and\s+)?[A-Z][\w&'’-]*){{0,3}}?\s+(?:{heads})\b")


# "Lithium accounts for 16.8% of mining exports as sector hits US$4.06 billion": a bare
# "sector" (or "the sector") that opens the clause after "as" or "while" points back to the
# product the sentence named before it, the last one (a headline drops its article)
_SECTOR_AFTER_AS = re.compile(rf"\b(?:as|while|and)\s+(?:the\s+|this\s+)?(?:sector|industry)\s+(?:[a-z]+\s+){{1,2}}?{HEDGE}$", re.I)


def _sector_named_before(text: str, sent, m, commodities) -> str | None:
    mm = _SECTOR_AFTER_AS.search(text, sent.start, m.start)
    if mm is None:
        return None
    named = [x for x in commodities if sent.start <= x.start and x.end <= mm.start()]
    return canonical_label(named[-1].text) if named else None


# a phrase that starts with a verb of trading is no product's name ("buying goods worth"); the
# words after the verb may name one ("taking watches worth": _product_after_verb)
@functools.cache
def _verb_first_re() -> re.Pattern:
    """A verb of vocab/trading_verbs_before_goods.csv at the start of some words ("buying
    goods worth"), with the space after it."""
    words = vocab.alternation([r["word"] for r in vocab.table("trading_verbs_before_goods")], ignore_case=True)
    return re.compile(rf"(?:{words})\b\s*", re.I)


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


def _quoted_part(before: str) -> re.Match | None:
    if "'" not in before and '"' not in before and "‘" not in before and "“" not in before:
        return None  # (checked first: cheap; no opening quote)
    return _QUOTED_PART.search(before)


# "The leading export was gasoline, at $24.48 billion, followed by motor vehicle parts at
# $15.68 billion": a product named in a list, its value after "at" or "worth" (or "with":
# "followed by soybean oil with US$ 4,320 million")
_LISTED_PART = re.compile(
    r"\b(?:was|were|by|and|including|then|[,;:])\s+(?P<name>(?!(?:followed|by|was|were|and|at|worth|with)\b)[a-z][\w'’-]*(?:\s+(?:[a-z][\w'’-]*|of|for|and|in|from|with|a|\([\w\s]+\))){0,10}?)"
    rf"(?:,?\s+(?:at|worth|valued\s+at|with)|\s*\(\s*(?:worth|valued\s+at)?)\s*{HEDGE}$")


# a sentence that lists products: "The leading U.S. export to Mexico was ...", "followed by"
_LISTING = re.compile(r"\bfollowed\s+by\b|\bahead\s+of\b|\brankings?\b|\branked\b|\b(?:leading|largest|biggest|top|main|principal|chief)\s+(?:[\w.-]+\s+){0,2}?(?:exports?|imports?|items?|products?|purchases|goods|commodit(?:y|ies))\b", re.I)


# a word each of _LISTING's branches has
_LISTING_WORDS = ("followed", "ahead", "rank", "leading", "largest", "biggest", "top", "main", "principal", "chief")


def _product_after_verb(words: str) -> str | None:
    """The product the words after a trading verb name ("watches" in "taking watches"), or
    None where they name none of the vocabulary's or only goods in general."""
    named = find_commodities(words)
    if len(named) != 1 or named[0].start > 0:
        return None
    label = canonical_label(named[0].text)
    return label if label not in ("goods", "services", "merchandise") else None


def _named_part(before: str) -> str | None:
    # (checked first: cheap; the pattern ends in "(" or ", with")
    mm = _NAMED_PART.search(before) if "(" in before or ("with" in before and "," in before) else None
    if not mm:
        if not holds_any(before, _LISTING_WORDS):
            return None  # (checked first: no listing, so no listed part)
        listed = _LISTED_PART.search(before)
        words = [w for w in listed["name"].lower().split() if w not in ("of", "for", "and")] if listed else []
        if (listed and _LISTING.search(before) and not names_country_or_flow(listed["name"]) and not _verb_first_re().match(listed["name"])
                and not any(w in vocab.not_products() or w in vocab.changes() for w in words)):
            return canonical_label(listed["name"])
        return None
    name = mm["name"].strip()
    first = name.split()[0].lower().rstrip(".")
    if (scan_countries(name) or first in vocab.months() or first in vocab.not_products()
            or re.search(r"\d", name) or len(name) < 3):
        return None
    return "part: " + name


# "Non-rural goods exports", "capital goods rose", "Intermediate and other merchandise goods
# imports": the word before "goods" in its noun phrase names a class of them
_GOODS_CLASS = re.compile(r"(?:^|(?<=[\s(]))(?P<cls>(?:[Nn]on-)?[A-Za-z]+)(?P<other>\s+and\s+other)?\s+$")


@functools.cache
def _figure_is_product_re() -> re.Pattern:
    """A figure, perhaps its bracketed share, then a verb that makes it a product
    (vocab/figure_is_product_verbs.csv): the product starts where the match ends."""
    verbs = vocab.alternation([r["phrase"] for r in vocab.table("figure_is_product_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:\([^()]{{0,30}}\)\s*)?(?:{verbs})\s+", re.I)


# the noun phrase of a product after the verb that makes a figure that product: up to a
# bracket, a comma, "and" or the sentence's end
_PRODUCT_PHRASE = re.compile(r"(?P<np>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s*(?:[(,;.]|$)|\s+and\s)")
# the verb said once for a list: "and US$2,178 million to copper concentrates"
_ELIDED_TO = re.compile(r"\s+to\s+")


@functools.cache
def _driver_with_its_own_level() -> re.Pattern:
    """A cause (vocab/cause_cues.csv) and its noun phrase, then ", which" and a verb of money
    right before the figure: "driven by bottled wine, which accounted for "."""
    cues = vocab.alternation(vocab.cause_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}?),\s*which\s+"
                      r"(?:accounted\s+for|brought\s+in|earned|reached|totall?ed|amounted\s+to|came\s+to)\s+$", re.I)


def _kind_the_figure_is(text: str, sent, m, made_of: re.Match | None, commodities) -> str | None:
    """The product a figure is by a verb of vocab/figure_is_product_verbs.csv after it ("US$1,694
    million corresponded to refined copper"), or by " to" alone when such a verb came before it
    in its sentence, said once for the list ("and US$2,178 million to copper concentrates"):
    the whole noun phrase, when it holds a product the vocabulary knows (a kind of it)."""
    if made_of is None:
        elided = _ELIDED_TO.match(text, m.end, sent.end)
        if elided is None or not _figure_is_product_re().search(text, sent.start, m.start):
            return None
        at = elided.end()
    else:
        at = made_of.end()
    phrase = _PRODUCT_PHRASE.match(text, at, sent.end)
    if phrase is None or not any(at <= x.start and x.end <= phrase.end() for x in commodities):
        return None
    label = unknown_product(phrase["np"])
    return label if label not in (None, "goods", "services") else None


def _goods_class_in(text: str, m, in_product: re.Match, commodities) -> str | None:
    """The class of goods an amount is "in" right after it ("$33 billion in intermediate
    goods"): the words after "in" end in "goods" and a class word stands before it."""
    at, end = m.end + in_product.start("c"), m.end + in_product.end("c")
    goods = next((x for x in commodities if at < x.start and x.end == end and canonical_label(x.text) == "goods"), None)
    return _goods_class(text[at:goods.start]) if goods is not None else None


def _goods_class(before: str) -> str | None:
    """The class of goods a modifier right before "goods" names: a part of the goods flow
    ("non-rural goods", "consumption goods"), or None for "total goods", "Australian goods"."""
    mm = _GOODS_CLASS.search(before)
    if not mm:
        return None
    word = mm["cls"].lower()
    if not (word in vocab.goods_classes() or word.startswith("non-") and not scan_countries(mm["cls"])):
        return None
    return word + (" and other" if mm["other"] else "") + " goods"


# "software services", "IT-enabled services", "digital services": the word right before
# "services" in its noun phrase
# (or opening a quotation: '"Computer services continue to dominate')
_SERVICES_KIND = re.compile(r"(?:^|(?<=[\s(\"“‘]))(?P<kind>[A-Za-z][\w-]*)\s+$")


# "transport, business management and financial services": kinds listed before "services"
_KINDS_LISTED = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Za-z][\w-]*\s+$")


# "insurance and pension services", "maintenance and repair services": two kinds of services
# (vocab/service_kinds.csv) joined by "and" alone, no comma list, right before "services"
_PAIRED_KINDS = re.compile(r"(?:^|(?<=[\s(\"“‘]))(?P<a>[A-Za-z][\w-]*)\s+and\s+(?P<b>[A-Za-z][\w-]*)\s+$")


def _own_row_category(label: str) -> bool:
    """Whether a spaced table row's label names a category of its own: words, several of
    them, naming no place, flow, total or remainder (a partner's row or a total row is none)."""
    from .residuals import bare_rest_labels

    low = label.lower()
    return len(low.split()) > 2 and not re.search(r"\d", low) and not names_country_or_flow(label) and not scan_countries(label) \
        and not re.match(r"(?:total|all|other|rest)\b", low) and low not in bare_rest_labels()


def _paired_services_kind(before: str) -> str | None:
    """The one category two known kinds joined by "and" name ("insurance and pension
    services"), or None when either word is not a kind of services or a list precedes them."""
    if " and " not in before:
        return None
    mm = _PAIRED_KINDS.search(before)
    if not mm or re.search(r",\s*$", before[:mm.start()]):
        return None
    kinds = vocab.service_kinds()
    a, b = mm["a"].lower(), mm["b"].lower()
    if a not in kinds or b not in kinds:
        return None
    return f"{a} and {b} services"


def _services_kind(before: str, gives_all: bool = False) -> str | None:
    """The kind of services a modifier right before "services" names (vocab/service_kinds.csv):
    a part of the services flow ("software services exports"), or None for "total services".
    `gives_all`: the text gives all services' figure too, so a word naming a kind only then
    ("Exports of commercial services" beside "Exports of services") names one."""
    mm = _SERVICES_KIND.search(before)
    word = mm["kind"].lower() if mm else ""
    if word not in vocab.service_kinds() and not (gives_all and word in vocab.service_kinds_beside_all()):
        return None
    return word + " services"


@functools.cache
def _service_flow_re() -> re.Pattern:
    kinds = vocab.alternation(vocab.service_kinds_alone(), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(vocab.service_flow_nouns(), ignore_case=True, space=r"\s+")
    # ("Travel (tourism) receipts increased to": past a bracketed gloss of the kind)
    return re.compile(rf"(?<![\w-])(?P<kind>{kinds})['’]?(?:\s+services)?['’]?(?:\s+\([^()]{{1,30}}\))?\s+(?P<noun>{nouns})\b(?P<rest>[^;]*)$", re.I)


# "Travel was the hardest-hit services sector, with receipts falling 63%": the subject is one
# sector of the services named after the copula, and the figure that sector's, not all services'
_SERVICES_SECTOR_SUBJECT = re.compile(r"^[^\w]*(?P<np>[A-Za-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){0,2}?)\s+(?:was|is|were|are|remained|became)\s+"
                                      r"(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?services?\s+(?:sectors?|segments?|categor(?:y|ies)|industr(?:y|ies))\b", re.I)


def _services_sector_subject(clause: str) -> str | None:
    """The sector of services a clause's subject is said to be ("Travel was the hardest-hit
    services sector"), as "travel services"; None when the subject names a place or a flow."""
    mm = _SERVICES_SECTOR_SUBJECT.match(clause)
    if mm is None or names_country_or_flow(mm["np"]):
        return None
    np = mm["np"].strip().lower()
    return np if np.endswith("services") else np + " services"


@functools.cache
def _services_category_re() -> re.Pattern:
    names = vocab.alternation(vocab.services_categories(), ignore_case=True, space=r"\s+")
    # the category opens the clause ("the" may stand first), a copula or level verb then the
    # figure, with no flow word or clause break between (words of the table: vocab/services_categories.csv)
    return re.compile(rf"^\W*(?:the\s+)?(?P<cat>{names})\s+(?:were|was|are|is|totall?ed|reached|came\s+to|stood\s+at|amounted\s+to)\s+{HEDGE}$", re.I)


def _services_category_subject(clause: str) -> str | None:
    """The category of services a clause names as its subject right before the figure
    ("Charges for the use of intellectual property were"), as "<kind> services"; else None."""
    mm = _services_category_re().search(clause)
    if mm is None:
        return None
    kind = vocab.services_categories()[re.sub(r"\s+", " ", mm["cat"].lower())]
    return kind if kind.endswith("services") else kind + " services"


def _service_flow_kind(clause: str) -> str | None:
    """"inbound tourism brought travel receipts of", "a travel surplus of", "Japan's 'digital
    deficit' widens to": the kind of service whose flow the clause names last, before its
    figure, by the kind's word alone (vocab/service_flows.csv), as "travel services"."""
    # (the words checked first, cheap: most clauses name no kind of service)
    mm = _service_flow_re().search(clause) if holds_any(clause, _service_kind_keys()) else None
    if mm is not None:
        kind, own = mm["kind"].lower(), vocab.service_flow_nouns().get(re.sub(r"\s+", " ", mm["noun"].lower()))
    else:  # ("revenues from international travel reached": vocab/service_flow_phrases.csv)
        mm = _service_flow_phrase_re().search(clause) if holds_any(clause, _service_phrase_keys()) else None
        if mm is None:
            return None
        phrase = re.sub(r"\s+", " ", mm["phrase"].lower())
        kind, own = vocab.service_flow_phrases()[phrase], vocab.flows()[phrase][0]
    if re.search(r",\s*(?:while|whereas|but)\b", mm["rest"], re.I):
        return None
    # ("the travel balance showed a surplus of": a later flow word of the kind's own measure
    # restates its flow, one of another measure names the flow the figure is of)
    if any(vocab.flows().get(re.sub(r"\s+", " ", later[0].lower()), ("",))[0] != own for later in _later_flow_re().finditer(mm["rest"])):
        return None
    return kind + " services"


# the words before a change's base level: "up 9% from ", "compared with the "
_BASE_LEVEL_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to))\s+(?:the\s+)?$", re.I)


@functools.cache
def _service_flow_phrase_re() -> re.Pattern:
    phrases = vocab.alternation(vocab.service_flow_phrases(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?P<phrase>{phrases})\b(?P<rest>[^;]*)$", re.I)


@functools.cache
def _service_kind_keys() -> tuple[str, ...]:
    """One word any match of _service_flow_re holds: its kind's (see cues.longest_words)."""
    return longest_words(vocab.service_kinds_alone())


@functools.cache
def _service_phrase_keys() -> tuple[str, ...]:
    """One word any match of _service_flow_phrase_re holds (see cues.longest_words)."""
    return longest_words(vocab.service_flow_phrases())


@functools.cache
def _later_flow_re() -> re.Pattern:
    """A flow word of its own (vocab/flows.csv) after a kind of service's flow: "Record travel
    receipts lift Greece's services surplus to €28.3bn", "Tourism receipts pushed the current
    account surplus to": the figure is of that later flow, the kind's flow its cause."""
    words = [w for w, (measure, _) in vocab.flows().items() if measure != "other"]
    alts = vocab.alternation(words, ignore_case=True, space=r"\s+")
    # ("according to balance of payments data": the account a source keeps, no flow)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])(?!\s+of\s+payments\b)", re.I)


# "Traditional exports, mostly minerals, reached", "agricultural, forestry and fishing exports
# US$ 1,021 million", "with other exports making up the remaining": sector words (vocab/
# sector_words.csv, or a "non-" word), joined by commas or "and", before the clause's last flow
# word name a part of that flow (a later flow word, "of total exports", is the whole's)
@functools.cache
def _sector_flow() -> re.Pattern:
    word = rf"(?:{vocab.alternation(vocab.sector_words(), ignore_case=True)}|non-[a-z]+)"
    # ("Non-traditional agricultural shipments": a sector word may qualify the next one, the
    # two naming one sector, a part of the second's)
    word = rf"{word}(?:\s+{word})?"
    # (or glued to the flow word by a hyphen: "non-traditional agro-exports", vocab/flows.csv)
    return re.compile(rf"(?<![\w'’-])(?P<np>{word}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){word})*)(?:\s+|-)(?:exports|imports|shipments|sales)\b"
                      r"(?!.*\b(?:exports|imports|shipments|sales|trade)\b)", re.I | re.S)


# "Non-traditional products, which represent almost all of the sector's shipments, added": a
# sector word before "products" as the clause's subject names the sector's part of the flow
# (not one item of a list: "mainly rice, beans, fishery products and corn"); so does one before
# "industry" or "sector", or alone before its verb, maybe after a short opener ("By sector,
# manufacturing remained the largest exporter, with", "The extractive industry ... exported")
@functools.cache
def _sector_products_subject() -> re.Pattern:
    word = rf"(?:{vocab.alternation(vocab.sector_words(), ignore_case=True)}|non-[a-z]+)"
    return re.compile(rf"\s*(?:[a-z]+(?:\s+[a-z]+)?\s*,\s*)?(?:the\s+)?(?P<np>{word}(?:\s+{word})?)"
                      rf"(?:\s+(?:products|industry|sector)\b|(?={_OPENING_VERB}|\s+exported\b))"
                      r"(?!.*\b(?:exports|imports|shipments|sales|trade)\b)", re.I | re.S)


# "The services surplus offset part of the merchandise trade deficit of $245bn": the figure
# hangs on the last product's own flow phrase, in a noun phrase of its own past the subject's
# verb, so the figure is that product's, not the clause subject's
_FLOW_OF_FIGURE = re.compile(r"\s+(?:trade\s+)?(?:deficit|surplus|balance|gap|exports|imports)\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I)
_NEW_NOUN_PHRASE = re.compile(r"\s(?:the|a|an|its|their)\s", re.I)


def _flow_named_by_last(text: str, cands: list, figure_start: int) -> bool:
    """Whether the figure is the flow of the clause's last product word, in a noun phrase of
    its own after the first (not one of a list of products sharing a flow word)."""
    last = cands[-1]
    between = text[cands[0].end:last.start]
    return bool(_FLOW_OF_FIGURE.match(text[last.end:figure_start])) and bool(_NEW_NOUN_PHRASE.search(between)) \
        and "," not in between and " and " not in between


# a comparison between two products of a clause: the figure after it is the second's
# a relative clause right after a product, its verb before the figure (", which generated")
_WHICH_THEN_LEVEL = re.compile(rf",\s+which\s+(?:[a-z]+\s+){{1,3}}?{HEDGE}", re.I)
_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|unlike)\b", re.I)


@functools.cache
def _goods_complement_tie() -> re.Pattern:
    """The words between "goods" as a subject and the products it is said to be ("were",
    "included"; vocab/goods_complement_ties.csv), then a "mainly" or the like and at most two
    words the vocabulary's product leaves out ("were motor vehicles and parts")."""
    ties = vocab.alternation(vocab.goods_complement_ties(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{ties})\s+(?:(?:mainly|mostly|chiefly|largely)\s+)?(?:the\s+)?(?:[a-z-]+\s+){{0,2}}", re.I)

# a sector's flow after one of these is a cause or a comparison, not the figure's subject
# ("boosted by agricultural exports, rose to", "more than industrial exports")
_CAUSE_BEFORE = re.compile(r"\b(?:by|of|from|on|in|to|than|for|despite|amid|after)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+er\s+|strong\s+|weak\s+)?$", re.I)


# "Of the RMG earnings, knitwear fetched $10.88 billion": the opener names the whole, the
# subject after it a part of it (one the vocabulary need not know), the figure that part's
_OF_THE_WHOLE_OPENER = re.compile(rf"\s*Of\s+(?:the|its|their|this|these|those|that|all)\s+[^,;.]{{2,60}},\s+"
                                  rf"(?P<np>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){{0,3}}?)\s+[a-z]+(?:\s+(?:in|up|for|at|to))?\s+{HEDGE}$")


# "Within non-oil sales, automotive exports came to $15.6 billion": an opener naming the whole
# (vocab/part_openers.csv), then the flow of the part the clause is on
@functools.cache
def _flow_after_whole_opener() -> re.Pattern:
    openers = vocab.alternation([r["phrase"] for r in vocab.table("part_openers")], ignore_case=True, space=r"\s+")
    # (a list's bullet may open the line: "- Within non-oil exports, manufacturing exports")
    # (or the part after its flow: "Within ICT/AV, exports of servers and parts more than
    # doubled to $6.17 billion")
    flows = "exports|imports|shipments|sales|purchases"
    return re.compile(rf"\s*(?:[-–•*]\s+)?(?:{openers})\s+(?:the\s+)?[^,;.]{{2,60}},\s+"
                      rf"(?:(?P<np>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){{0,3}}?)\s+(?:{flows})"
                      rf"|(?:{flows})\s+of\s+(?P<np_after>[a-z][\w'’&-]*(?:\s+(?:and|or)\s+[\w'’&-]+|\s+(?!(?:and|or)\b)[\w'’&-]+){{0,3}}?))"
                      rf"\s+(?!(?:and|or)\s)(?:[a-z]+\s+){{1,3}}?(?:in|up|to|at|by)?\s*{HEDGE}$", re.I)


@functools.cache
def _quantity_of_product() -> re.Pattern:
    """"shipped a record 1.9 million tonnes of citrus in the fiscal year, worth some": a
    quantity of a product, then the money it was worth, which is that product's (a product
    the vocabulary need not know: the words after "of", up to a preposition or a comma; a
    year may stand between: "108,600 tonnes of frozen raspberries in 2023, worth")."""
    units = vocab.physical_unit_pattern()
    stop = r"(?:in|during|for|over|last|this|to|from|worth|valued|at|with|by|abroad|overseas|and|or)\b"
    np = rf"(?P<np>(?!{stop})[a-z][\w'’-]*(?:\s+(?!{stop})[a-z][\w'’-]*){{0,3}})"
    return re.compile(rf"\d[\d.,]*\s*(?:million|billion|thousand|mln|bln|mn|bn|m)?\s*{units}\s+of\s+{np}(?=[\s,])"
                      rf"(?:[^.;:$€£¥\d]|\b(?:19|20)\d\d\b){{0,60}}?,?\s+(?:worth|valued\s+at)\s+{HEDGE}$", re.I)


@functools.cache
def _value_after_words() -> list[str]:
    """The words that give a quantity's money after it (vocab/value_verbs.csv, "worth",
    "valued at")."""
    return [r["word"] for r in vocab.table("value_verbs")] + ["worth", "valued at"]


@functools.cache
def _value_after_keys() -> tuple[str, ...]:
    return longest_words(_value_after_words())  # (the pattern's exact prefilter)


@functools.cache
def _value_after_quantity_re() -> re.Pattern:
    units = vocab.physical_unit_pattern()
    verbs = vocab.alternation(_value_after_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\d[\d.,]*\s*(?:million|billion|thousand|lakh|mln|bln|mn|bn|m)?\s*{units},?\s+(?:{verbs})\s+{HEDGE}$", re.I)


# "Shipments of frozen shrimp during the period stood at": the product of a flow's subject, up
# to the words that date, place or state its level
_QUANTITY_SUBJECT = re.compile(r"\b(?:exports|imports|shipments|sales|deliveries)\s+of\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
                               r"(?=\s+(?:during|in|for|over|to|from|stood|were|was|reached|totalled|totaled|amounted|came|rose|grew|increased|fell|declined|hit)\b)", re.I)


# "Dried fig shipments totalled 65,500 tonnes, bringing in": the same with the product named
# before the flow noun, at the clause's start (a place's or an owner's name is no product:
# unknown_product drops it)
_QUANTITY_SUBJECT_BEFORE = re.compile(r"^\s*(?:(?:while|whereas|and|but)\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+(?:exports|imports|shipments|sales|deliveries)"
                                      r"(?=\s+(?:during|in|for|over|to|from|stood|were|was|reached|totalled|totaled|amounted|came|rose|grew|increased|fell|declined|hit)\b)", re.I)


def _value_after_quantity(clause: str) -> str | None:
    """The product of the money a participle or "worth" gives right after a quantity: "Shipments
    of frozen shrimp during the period stood at 7,16,004 tonnes, earning US$ 4.88 billion" is
    the value of those shipments, not of the whole flow."""
    if not holds_any(clause[-40:], _value_after_keys()):
        return None  # (checked first: cheap)
    qty = _value_after_quantity_re().search(clause)
    if qty is None:
        return None
    subj = _QUANTITY_SUBJECT.search(clause, 0, qty.start()) or _QUANTITY_SUBJECT_BEFORE.search(clause, 0, qty.start())
    return unknown_product(subj["np"]) if subj else None


@functools.cache
def _running_total_of_product_re() -> re.Pattern:
    verbs = raising_verbs()
    return re.compile(rf",\s+(?:{verbs})\s+(?:the\s+)?total\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}}?)\s+(?:exports|imports|shipments|sales)\s+to\s+{HEDGE}$", re.I)


def _running_total_of_product(clause: str) -> str | None:
    """"Bulk wine exports added US$ 243 million, bringing total wine exports to US$ 1,295
    million": the total a raise verb's -ing form brings a product's flow to is of that
    product (all its kinds), not of all goods."""
    if "total" not in clause:
        return None  # (checked first: cheap)
    mm = _running_total_of_product_re().search(clause)
    return unknown_product(mm["np"]) if mm else None


@functools.cache
def _rank_noun_of_re() -> re.Pattern:
    nouns = vocab.alternation(sorted(vocab.rank_nouns()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{nouns})\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)


def _ranked_by_sector_flow(before: str) -> bool:
    """Whether the sector's flow is what a partner is ranked by: "Brazil was the main
    destination of registered exports, with": the figure is that sector's, to the partner."""
    return bool(_rank_noun_of_re().search(before))


@functools.cache
def _residual_group_subject_re() -> re.Pattern:
    # (a group's collective noun may stand before its name: "the group of other sectors",
    # vocab/listed_group_nouns.csv; the rest's head: a word for goods or for a sector)
    collective = vocab.alternation(sorted(_listed_group_nouns()[1]), ignore_case=True)
    heads = vocab.alternation(sorted(vocab.goods_nouns() | vocab.group_heads() | {h + "s" for h in vocab.group_heads()}), ignore_case=True)
    return re.compile(rf"^\s*(?:(?:while|whereas|and|but)\s+)?(?:the\s+)?(?:(?:{collective})\s+of\s+(?:the\s+)?)?"
                      rf"(?P<np>(?:other|remaining)\s+(?:{heads})|rest(?:\s+of\s+the\s+(?:{heads}))?)\s+(?P<v>[a-z]+)\b[^,;:]*$", re.I)


def _residual_group_subject(clause: str) -> str | None:
    """"while the group of other sectors rose 26.0% to", "The group of other sectors closed at",
    "the rest reached": a clause whose subject is the rest of a breakdown (other goods, other
    sectors, the rest) and whose verb states a level or a change names that residual part, never
    the whole it is the rest of."""
    if "other" not in clause.lower() and "rest" not in clause.lower():
        return None  # (checked first: cheap)
    mm = _residual_group_subject_re().match(clause)
    if not mm or mm["v"].lower() not in _level_or_change_verbs():
        return None
    return canonical_label(mm["np"])


@functools.cache
def _level_or_change_verbs() -> frozenset[str]:
    """Verbs that state a level, a change or a period's close (vocab/level_verbs.csv,
    changes.csv, period_close_verbs.csv: "reached", "rose", "closed at")."""
    return vocab.level_verbs() | frozenset(vocab.changes()) | frozenset(vocab.period_close_verbs())


def _sector_of_flow(clause: str) -> str | None:
    clause = _without_which_aside(clause)
    mm = _sector_flow().search(clause) or _sector_products_subject().match(clause)
    if not mm or (_CAUSE_BEFORE.search(clause, 0, mm.start()) and not _ranked_by_sector_flow(clause[:mm.start()])) \
            or scan_countries(mm["np"]):
        return None
    words = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", mm["np"].lower())
    return canonical_label(", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0])


# "led by a 9.4% jump in energy products": a change named by its noun, then what changed
_CHANGE_IN = re.compile(r"^\s+(?P<w>[a-z]+)\s+in\s+(?:the\s+)?(?:value\s+of\s+)?(?P<c>[A-Za-z][\w\s&-]{1,40}?)"
                        r"(?=\s*[,.;)]|\s*$|\s+(?:and|while|whereas|but|to|from|in|at|as|was|were|over|on|amid)\b)")


@functools.cache
def _whole_then_which() -> re.Pattern:
    """A whole flow, then a relative clause on it that runs to the figure: "of total exports,
    which fell" (ends at the figure's place)."""
    whole = vocab.alternation(vocab.whole_scope_cues(), ignore_case=True, space=r"\s+")
    # ("the country's overall shipments abroad, which fell": where they went may follow the flow)
    return re.compile(rf"\b(?:{whole})\s+(?:exports|imports|trade|shipments)(?:\s+(?:abroad|overseas))?,?\s+which\s+[a-z]+\s+(?:by\s+)?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.I)


@functools.cache
def _change_in_whole() -> re.Pattern:
    """A change noun whose flow is a whole ("rise in total exports", vocab/whole_scope_cues.csv)."""
    whole = vocab.alternation(vocab.whole_scope_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+[a-z]+\s+in\s+(?:the\s+|its\s+)?(?:{whole})\s+(?:exports|imports|trade|shipments)\b", re.I)


def _change_in_product(text: str, m, after: str, commodities) -> str | None:
    """The product a percentage's change noun names after "in", where a product word starts it."""
    mm = _CHANGE_IN.match(after)
    if not mm or mm["w"] not in vocab.changes() or names_country_or_flow(mm["c"]):
        return None
    if not any(x.start == m.end + mm.start("c") for x in commodities):
        return None
    return canonical_label(mm["c"])


# "a 20.4% decline in exports of textiles and garments", "a 40.5% increase in the value of
# exports of coal": the change noun's flow, its product after "of"
_CHANGE_IN_OF = re.compile(r"\s+(?P<w>[a-z]+)\s+in\s+(?:the\s+)?(?:value\s+of\s+)?")
# "a rise of 4.8% in non-oil exports", "the growth of 52.4% in the manufactures group": the
# change noun and its "of" before the percentage (a sign in brackets or a hedge between, "a
# decrease of (-)3.1%", "a fall of about 3%"), "in" and the product after it
_CHANGE_NOUN_OF = re.compile(r"\b(?P<w>[a-z]+)\s+of\s+(?:\(-\)\s*)?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$")
_IN_THE = re.compile(r"\s+in\s+(?:the\s+)?")
# ("the 19.7% fall in exports of the fuels and extractive industries group": a group the
# vocabulary knows may follow its article)
_CHANGE_IN_FLOW_OF = re.compile(r"\s+(?P<w>[a-z]+)\s+in\s+(?:the\s+)?(?:value\s+of\s+)?(?:exports|imports|shipments|sales)\s+of\s+(?P<the>the\s+)?")


def _unknown_product_phrase(text: str, pos: int, end: int) -> str | None:
    """The words of a product the vocabulary need not know, after "exports of": up to four
    lower-case words, then the end of the noun phrase (punctuation, the sentence's end, or a
    word of _product_stops); None where the phrase runs on."""
    kept = []
    for w in re.finditer(r"[\w'’-]+|\S", text[pos:end]):
        t = w.group(0)
        if t.lower() in _product_stops() or not t[0].isalnum():
            break
        if len(kept) == 4 or not t[0].islower():
            return None
        kept.append(t)
    return unknown_product(" ".join(kept)) if kept else None


@functools.cache
def _change_in_flow_before() -> re.Pattern:
    """A product word's flow noun right after it ("tea earnings", "coal exports", "gold export
    receipts"; vocab/flows.csv exports and imports, vocab/value_words.csv)."""
    words = [w for w, (measure, _) in vocab.flows().items() if measure in ("exports", "imports") and " " not in w] + vocab.value_words()
    flows = vocab.alternation(sorted(set(words)), ignore_case=True)
    return re.compile(rf"\s+(?:(?:export|import)\s+)?(?:{flows})\b", re.I)


@functools.cache
def _product_stops() -> frozenset[str]:
    """Words that end a product's noun phrase after "exports of": a conjunction that opens a
    clause, a change or level verb, a preposition or a relative pronoun."""
    return vocab.clause_openers() | frozenset(vocab.changes()) | vocab.level_verbs() \
        | frozenset(("to", "from", "in", "at", "on", "over", "for", "with", "during", "following", "which", "that",
                     "offset", "offsetting", "compared", "than", "the", "a", "an"))


def _product_of_changed_flow(text: str, m, end: int, commodities) -> str | None:
    """The product of the flow a percentage's change noun names after "in": "an 8.8% increase
    in tea earnings", "a 25.8% decline in petroleum exports", "a 40.5% increase in the value
    of coal exports", "a 16.6% increase in exports of medical devices". A part of the flow,
    never its total (which the sentence often gives as well)."""
    tail = text[m.end:min(end, m.end + 120)]
    if " in " not in tail[:30]:  # (checked first: cheap)
        return None
    noun_before = _CHANGE_NOUN_OF.search(text, max(0, m.start - 30), m.start)
    if noun_before and noun_before["w"] in vocab.changes() and (in_flow := _IN_THE.match(tail)):
        # "a rise of 4.8% in non-oil exports and a fall of 8.6% in oil exports": the change
        # noun before the percentage, the product of its flow after it (not the product the
        # clause named before, the last item's)
        pos = m.end + in_flow.end()
        x = max((x for x in commodities if x.start == pos), key=lambda x: x.end, default=None)
        if x is not None and _change_in_flow_before().match(text, x.end) and not names_country_or_flow(x.text):
            label = canonical_label(x.text)
            return None if label in ("goods", "services") else label
    of = _CHANGE_IN_FLOW_OF.match(tail)
    if of and of["w"] in vocab.changes():
        pos = m.end + of.end()
        x = max((x for x in commodities if x.start == pos), key=lambda x: x.end, default=None)
        if x is not None:
            label = canonical_label(x.text)
            return None if label in ("goods", "services") else label
        return None if of["the"] else _unknown_product_phrase(text, pos, min(end, pos + 60))
    mm = _CHANGE_IN_OF.match(tail)
    if not mm or mm["w"] not in vocab.changes():
        return None
    pos = m.end + mm.end()
    x = max((x for x in commodities if x.start == pos), key=lambda x: x.end, default=None)
    if x is None or not _change_in_flow_before().match(text, x.end):
        return None
    label = canonical_label(x.text)
    return None if label in ("goods", "services") or names_country_or_flow(x.text) else label


def _product_after_change_of(text: str, sent, m, after: str, commodities) -> str | None:
    """The product a change noun's percentage is of when the noun stands before it and the
    product after it ("the growth of 52.4% in the manufactures group": manufactures), a part of
    the flow, never its whole (the vocabulary must know the product)."""
    inside = _IN_THE.match(after)
    if inside is None:  # (checked first: cheap)
        return None
    noun = _CHANGE_NOUN_OF.search(text, max(sent.start, m.start - 40), m.start)
    if noun is None or noun["w"] not in vocab.changes():
        return None
    x = max((x for x in commodities if x.start == m.end + inside.end()), key=lambda x: x.end, default=None)
    if x is None:
        # ("the fall of 11,3% in traditional exports": a sector's flow, vocab/sector_words.csv)
        sector = _sector_flow().match(after, inside.end())
        return _sector_of_flow(sector.group(0)) if sector else None
    if names_country_or_flow(x.text):
        return None
    label = canonical_label(x.text)
    return None if label in ("goods", "services") else label


# "Its exports fell $1.1 billion", "Butter was a bright spot, with exports up $310 million":
# the flow of a product the sentence (or the one before) opens with
# (the whole sentence, unless another flow is named: "Its exports fell $1.1 billion, a 12.6
# percent fall, to $7.6 billion")
_ITS_FLOW = re.compile(r"\s*(?:Its|Their)\s+(?:exports|imports|shipments|sales|export\s+(?:earnings|receipts|value))\b(?:(?!\b(?:exports|imports|trade|while|whereas|but)\b)[^;])*$")
_WITH_FLOW = re.compile(r"(?P<np>\s*[A-Z][^,;:]{2,80}?),\s+with\s+(?:its\s+|their\s+)?(?:exports|imports|shipments|sales)\b[^,;:]*$")
# ("The chemical and pharmaceutical industry remains the engine": a product's industry,
# the product's flow; its group head word, vocab/group_heads.csv, read apart)
_OPENING_VERB = r"\s+(?:was|were|is|are|remained|remains|stayed|stays|became|proved|has\s+been|have\s+been)\b"
_OPENING_PRODUCT = re.compile(r"\s*(?P<np>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)" + _OPENING_VERB)
_OPENING_INDUSTRY = re.compile(r"\s*(?:The\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)\s+(?P<head>[a-z]+)" + _OPENING_VERB)


def _flow_of_the_opening_product(text: str, sent, m) -> str | None:
    before = text[sent.start:m.start]
    if _ITS_FLOW.match(before):
        prev = re.search(r"(?:^|[.!?]\s+)(?P<s>[^.!?]{3,300}[.!?])\s*$", text[max(0, sent.start - 300):sent.start])
        return _opening_product(prev["s"]) if prev else None
    with_flow = _WITH_FLOW.match(before)
    return _opening_product(with_flow["np"]) if with_flow else None


def _opening_product(sentence: str) -> str | None:
    """The product a sentence opens with as its subject ("Whole milk powder was the biggest
    drag"), or the industry of one ("The chemical and pharmaceutical industry remains the
    engine"), where the subject ends in a product word and names no place or flow."""
    found = None
    for mm in (_OPENING_PRODUCT.match(sentence), _OPENING_INDUSTRY.match(sentence)):
        if mm is None or mm.re is _OPENING_INDUSTRY and mm["head"] not in _group_heads():
            continue  # (only a group's head after the product: "the wine industry", not "the wine trade")
        if names_country_or_flow(mm["np"]) or scan_countries(mm["np"]):
            return None
        found = found if found is not None else find_commodities(sentence)
        if any(x.end == mm.end("np") for x in found):
            return canonical_label(mm["np"])
    return None


# "had earned $3.34 billion from coffee": an earning verb, the figure, then the product
_EARNED = re.compile(rf"\b(?:earned|earns|earn|earning|fetched|generated|brought\s+in|raked\s+in)\s+{HEDGE}$", re.I)
@functools.cache
def _from_product() -> re.Pattern:
    """The product after "from" right past an earned figure: "from tea", "from the sale of
    gold", "from the export of cocoa beans" (the activities: vocab/earning_activities.csv);
    two products joined by "and" before the activity are one product of both ("from oil and
    gas sales")."""
    activities = vocab.alternation(vocab.earning_activities())
    return re.compile(rf"^\s+from\s+(?:(?P<c2>[A-Za-z][\w-]*\s+and\s+[A-Za-z][\w-]*)\s+(?:{activities})\b"
                      rf"|(?:the\s+(?:{activities})\s+of\s+)?(?P<c>[A-Za-z][\w\s&-]{{1,40}}?)"
                      r"(?=\s*[,.;)]|\s*$|\s+(?:in|during|last|this|over|and|the|a|to|at|as|while|between|so|up|down)\b))")


# "from engineering services", "from technical and engineering services": the kinds before
# "services" (read by _services_kind)
_FROM_SERVICE_KINDS = re.compile(r"^\s+from\s+(?P<kinds>[A-Za-z][\w-]*(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Za-z][\w-]*)*\s+)services\b")


_EARNED_CUES = ("earn", "fetched", "generated", "brought", "raked")


def _earned_from_product(text: str, sent, m, after: str, commodities) -> str | None:
    if not holds_any(text[sent.start:m.start], _EARNED_CUES) or not _EARNED.search(text, sent.start, m.start):
        return None  # (the cue word checked first: the pattern's search tries every position)
    kinds = _FROM_SERVICE_KINDS.match(after)
    if kinds:
        # "earned $1.9 billion from technical and engineering services": kinds of services,
        # a part of the services flow (not the goods figures nor every service)
        kind = _services_kind(kinds["kinds"])
        if kind:
            return "several kinds of services" if _KINDS_LISTED.search(kinds["kinds"]) else kind
    mm = _from_product().match(after)
    group = "c2" if mm and mm["c2"] else "c"
    named = next((x for x in commodities if x.start == m.end + mm.start(group)), None) if mm else None
    if named is None or names_country_or_flow(mm[group]):
        return None
    if group == "c2":
        return canonical_label(mm[group])  # ("from oil and gas sales": both products)
    rest = _AND_GOODS_NOUN.match(text, m.end + mm.end("c"))  # (in the text: `after` is cut short)
    if rest and rest["n"].lower() in vocab.goods_nouns():
        # "from the export of cocoa beans and products": the product's raw form and the goods
        # made of it are the whole product, as its word alone names it
        return canonical_label(named.text)
    return canonical_label(mm["c"])


# the last item of a list after a product, a bare noun of goods in general: " and products"
_AND_GOODS_NOUN = re.compile(r"\s+and\s+(?P<n>[A-Za-z]+)\b")


# "lower exports of petroleum gases and other gaseous hydrocarbons (LNG, condensates, ...),
# which amounted to QR13.1bn": the product group the relative clause is about
_WHICH_AMOUNTED = re.compile(rf"\s*(?:\([^()]*\))?,\s+which\s+(?:amounted\s+to|totall?ed|reached|stood\s+at|came\s+to|(?:was|were)\s+(?:worth|valued\s+at))\s+{HEDGE}$", re.I)


def _product_which_amounted(before: str, offset: int, commodities) -> str | None:
    mm = _WHICH_AMOUNTED.search(before)
    if not mm:
        return None
    head = before[:mm.start()]
    # the noun phrase from the first product word of the last stretch without a verb or clause break
    stretch = re.search(r"[^,;:]{0,80}$", head)
    inside = [x for x in commodities if offset + stretch.start() <= x.start < offset + len(head)]
    if not inside:
        return None
    np = before[inside[0].start - offset:len(head)]
    if re.search(r"\b(?:was|were|is|are|rose|fell|grew|to|from|with|in)\b", np, re.I) or names_country_or_flow(np):
        return None
    return canonical_label(np)


# 'Exports of the "new three" products - electric vehicles, lithium-ion batteries and solar
# cells - totaled': the group the list in the aside spells out, not its first item
@functools.cache
def _listed_group_re() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("listed_group_nouns")], ignore_case=True)
    return re.compile(rf"(?P<np>[\"“'‘]?[\w-]+(?:\s+[\w-]+){{0,3}}?[\"”'’]?\s+(?P<noun>{nouns}))"
                      r"(?:\s+-\s+|\s*[–—]\s*|\s*\(\s*)(?P<list>[^()–—]{3,150}?(?:,|\band\b)[^()–—]{3,150}?)(?:\s+-\s+|\s*[–—]\s*|\s*\)\s*)[^()–—]{0,40}$")


@functools.cache
def _listed_group_nouns() -> tuple[tuple[str, ...], frozenset[str]]:
    rows = vocab.table("listed_group_nouns")
    return tuple(r["word"] for r in rows), frozenset(r["word"] for r in rows if r["collective"] == "yes")


# (before the group's own noun: the words that open the phrase, not the group's name)
_GROUP_NAME_OPENER = re.compile(r"^(?:.*?\b(?:by|of|from|and|while|but|as|for|to|with)\s+)?(?:the\s+)?", re.I)


def _listed_group(clause: str) -> str | None:
    nouns, collective = _listed_group_nouns()
    if not any(w in clause for w in nouns) or not any(d in clause for d in "-–—("):
        return None  # (checked first: the pattern needs a group noun and a dash or bracket)
    mm = _listed_group_re().search(clause)
    if not mm:
        return None
    np = re.sub(r"[\"“”'‘’]", "", mm["np"])
    if mm["noun"].lower() in collective:
        # "the traditional group — oil, coal and coffee —": the group's name, without the noun
        np = _GROUP_NAME_OPENER.sub("", np[:len(np) - len(mm["noun"])].strip())
        if not np:
            return None
    np = re.sub(r"^(?:of|the)\s+", "", np)
    if names_country_or_flow(np):
        # "earnings from the cocoa complex - beans, butter and powder -": the group after
        # the flow's words, not the flow (nor its first listed kind)
        np = _GROUP_NAME_OPENER.sub("", np)
    return None if not np or names_country_or_flow(np) else canonical_label(np)


def listed_group_items(clause: str) -> list[str]:
    """The products of the list a group's aside spells out, as labels ('the "new three"
    products - electric vehicles, lithium-ion batteries and solar cells -': electric
    vehicles, batteries, solar cells); none where the clause names no such group."""
    if _listed_group(clause) is None:
        return []
    items = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", _listed_group_re().search(clause)["list"].strip())
    return [canonical_label(x.lower()) for x in items if x]


def _names_a_unit(np: str) -> bool:
    """"The state shipped goods worth $40.0 billion": a subject opened by what a text calls a
    sub-national unit (vocab/unit_nouns.csv) is that unit, no product; "state" alone stays a
    word a sector may be named by ("the state sector")."""
    words = np.lower().split()
    return len(words) > 1 and words[0] in vocab.unit_nouns()


def _the_unit(np: str) -> bool:
    """"The province still contributed about 30% of the country's exports": "the" and a unit's
    noun alone (vocab/unit_nouns.csv) as the subject is the unit named before, no product
    ("state" without "the" may name a sector: "state enterprises")."""
    words = np.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in vocab.unit_nouns()


def _no_product_word(word: str) -> bool:
    """A word of a subject that names no product (vocab/not_products.csv), or a month's
    possessive ("October's exports thus made up 11.4%": when, not what), or an "intra-" word
    ("Intra-African trade accounted for 14.9%": trade among a group's members, a pair), or
    a span of months ("two-month exports rose 23.2%": when, not what)."""
    return word in vocab.not_products() or re.sub(r"['’]s$", "", word) in vocab.months() or word.startswith("intra-") \
        or _n_month_word(word)


def _n_month_word(word: str) -> bool:
    """"two-month", "11-month", "nine-month": a count of months as one hyphened adjective."""
    if not word.endswith("-month"):  # (checked first: cheap)
        return False
    count = word[:-len("-month")]
    return count.isdigit() or count in vocab.number_words()


# the words _CHANGE_SUBJECT lets stand after its verb ("by" and its hedges), and the verbs it
# takes after a form of "be" besides the changes
_AFTER_THE_CHANGE = frozenset({"by", "about", "almost", "nearly", "some", "around", "more", "than", "roughly", "over", "just"})
_BE_CHANGES = frozenset({"up", "down", "higher", "lower"})


def _ends_in_a_change(clause: str) -> bool:
    """Whether a change verb (or "up", "down", ...) is among the clause's last words, past only
    "by" and hedges: where _CHANGE_SUBJECT's verb alone can stand."""
    changes = vocab.changes()
    for w in reversed(clause.split()):
        low = w.lower()
        if low in changes or low in _BE_CHANGES:
            return True
        if low not in _AFTER_THE_CHANGE:
            return False
    return False


# "Sake exports have roughly [doubled] since 2019": a multiple that is its own verb, after
# the flow's subject, perhaps an auxiliary and a hedge; the noun phrase before the flow word
# names the product (the figure's verb is not in the clause, so _CHANGE_SUBJECT cannot stand)
_VERB_MULTIPLE_SUBJECT = re.compile(r"(?:^\s*|[.;:,]\s*|\s[–—-]\s+)(?P<np>[A-Za-z][\w'’&-]*(?:\s+(?:and\s+)?[\w'’&-]+){0,3}?)\s+(?i:exports|imports|shipments|sales)"
                                    r"\s+(?:(?:have|has|had|also|nearly|almost|roughly|about|more\s+than)\s+)*$")


def _headline(text: str) -> str:
    """The text's first line, its headline."""
    end = text.find("\n")
    return text if end < 0 else text[:end]


def _change_subject(clause: str, headline: str = "") -> str | None:
    if not _ends_in_a_change(clause):
        return None  # (checked first: cheap; the search tries every position)
    mm = _CHANGE_SUBJECT.search(clause)
    if not mm:
        return _with_part_changed(clause)
    verb = mm["v"].lower()
    # (a verb with its particle moves the figure too: "edged up", "ticked down")
    if not (verb in vocab.changes() and verb not in ("up", "down") or mm["be"] and verb in ("up", "down", "higher", "lower")
            or mm["particle"] and not mm["be"] and verb.isalpha() and verb not in ("up", "down")):
        return None
    if in_earning_agent(clause[:mm.start("np")]):
        return None  # ("income earned by UK labels and artists rose": who earned it, no product)
    if mm.start("np") and any(x.start < mm.start("np") < x.end for x in scan_countries(clause)):
        # ("Trade with the Andes and Pacific Alliance states rose 4%": words picked up after an
        # "and" inside a place's name are the end of that name, no product)
        return None
    return _change_subject_label(mm["np"], headline)


# "exports increased by 7.2%, with coconut-based products up 30.7%": a part of the flow and
# its own change, in a "with" clause after the whole's
_WITH_PART_CHANGED = re.compile(r"(?:^|,)\s*with\s+(?P<np>[a-z][\w'’&-]*(?:\s+(?:and\s+)?[\w'’&-]+){0,3}?)\s+(?:up|down|higher|lower)\s+"
                                r"(?:by\s+)?(?:(?:about|almost|nearly|some|around|more\s+than|roughly|over|just)\s+)*$")


def _with_known_part_changed(clause: str) -> str | None:
    """"Textile exports grew, with knitwear up 28%": a product the vocabulary knows, named
    alone as the subject of a "with" clause right before the change, is the part that
    changed, not the whole named before the "with"."""
    if ", with " not in clause:  # (checked first: cheap)
        return None
    mm = _WITH_PART_CHANGED.search(clause)
    if mm is None or re.sub(r"\s+", " ", mm["np"]).lower() not in _phrases():
        return None
    return canonical_label(mm["np"])


def _with_part_changed(clause: str) -> str | None:
    """The part a "with" clause changes, where its words end in a word for goods in general
    ("with coconut-based products up 30.7%": coconut-based): the modifier names the product.
    (Not "with exports up 5%", "with prices up 5%": no goods word.)"""
    if "with" not in clause:  # (checked first: cheap)
        return None
    mm = _WITH_PART_CHANGED.search(clause)
    if not mm or mm["np"].lower().split()[-1] not in vocab.goods_nouns() or len(mm["np"].split()) < 2:
        return None
    return _change_subject_label(mm["np"])


def _change_subject_label(subject: str, headline: str = "") -> str | None:
    """The product a change's subject names, if any."""
    np = _without_owner(subject.strip())  # "Chile's bottled wine exports fell": the product, past its owner
    # ("Japanese sake exports edged up" in a text on all food exports: after a demonym, which
    # owns nothing but names the goods' country, one word is the goods, a part of the text's
    # whole; the words checked below still drop a kind of flow. Not where the headline names
    # that word, "Australian wine exports jumped" under "... lifts Australian wine exports":
    # then the word is the text's own product, which its figures are about unsaid)
    one_word_ok = np != subject.strip() and len(np.split()) == 1 and _owned_by_demonym(subject.strip()) \
        and not re.search(rf"(?<![\w-]){re.escape(np)}(?![\w-])", headline, re.I)
    if np != subject.strip() and (re.search(r"\d", np) or len(np.split()) < 2 and not one_word_ok):
        # ("Vietnam's 10-month exports fall": a period; "Uganda's informal exports rise": one
        # word after a place is as often a kind of the flow as a product, and a product of one
        # word the vocabulary mostly knows)
        return None
    if _ARTICLE_BEFORE.fullmatch(np.lower() + " "):
        return None  # ("In terms of value, the exports rose by": the flow's own article, no product)
    words = np.lower().replace("’", "'").split()
    if len(words) > 1 and words[-1] in vocab.goods_nouns():
        return _product_by_modifier(np)
    if not words or any(_no_product_word(w) or w in vocab.changes() for w in words if w not in ("and",)):
        return None
    if names_country_or_flow(np):
        return None
    return canonical_label(np)


def _product_by_modifier(np: str) -> str | None:
    """"woven items rose 10.9 percent": a modifier before a word for goods in general (which
    alone names no product, "the items") names the product the modifier's phrase is; None
    where the phrase is no such pair, or its modifier names no product."""
    words = np.lower().replace("’", "'").split()
    if len(words) < 2 or words[-1] not in vocab.goods_nouns():
        return None
    modifier = " ".join(words[:-1])
    if any(w in vocab.not_products() or w in vocab.changes() for w in words[:-1]) or names_country_or_flow(modifier) or scan_countries(modifier):
        return None
    return _known_by_modifier(modifier)


def _owned_by_demonym(np: str) -> bool:
    """Whether the noun phrase opens with a demonym ("Japanese sake"), not a name ("Uganda's")."""
    return any(x.start == 0 and x.attrs.get("kind") == "demonym" for x in scan_countries(np))


def _known_by_modifier(modifier: str) -> str:
    """The one product phrase of vocab/commodities.csv that starts with `modifier` ("woven" is
    "woven garments"), else the modifier's own label."""
    known = {canonical_label(p) for p in _phrases() if p.lower().startswith(modifier + " ")}
    return known.pop() if len(known) == 1 else canonical_label(modifier)


# a line of a list that names its figure ("- Bedwear: $2.71 billion, down 17.6 percent")
# (an aside may qualify the label: "• Other commercial services, including goods-related
# services: US$13.3 billion" is the first words' item; vocab/inclusion_cues.csv, exclusion_cues.csv)
# (or in brackets, where it may also say the item is left out of the totals: "* Non-leather
# footwear (not counted in the sector total): $418.9 million", vocab/outside_total_cues.csv,
# kind verb; link/claims.py then sets it apart from them)
_ITEM_ASIDE = ("(?:\\s*,\\s*(?:" + vocab.alternation(vocab.inclusion_cues() + vocab.exclusion_cues(), ignore_case=True, space=r"\s+")
               + ")\\s+[^:\\n,]{1,60}|\\s*\\((?:"
               + vocab.alternation(vocab.inclusion_cues() + vocab.exclusion_cues() + vocab.outside_total_cues("verb"), ignore_case=True, space=r"\s+")
               + ")\\s+[^:\\n()]{1,60}\\))?")
# (the label may give another name in brackets: "- Cellulose (pulp): US$ 196 million" is cellulose;
# not a list of its members, "Traditional (coffee and sugar):", which leaves the label a group apart)
# (nor a bracket of examples, their commas between: "- Co-products (hides, skins, tallow):"
# is co-products, the bracket only says what they hold)
_ITEM_ALIAS = r"(?:\s*\((?:(?![^)]*\band\b)[A-Za-z'’ -]{1,30}|[A-Za-z'’ -]{1,30}(?:,\s*[A-Za-z'’ -]{1,30}){2,})\))?"
# (the item's flow may be named after its colon: "- Aeronautics and space: surplus of €23.5
# billion" is that item's surplus; the flow nouns of vocab/flows.csv that name a trade flow)
_ITEM_FLOW = ("(?:(?:an?\\s+)?(?:" + vocab.alternation([w for w, (measure, _) in vocab.flows().items()
                                                       if measure in ("exports", "imports", "balance", "trade_total") and w.isalpha()],
                                                      ignore_case=True, inline=True) + ")\\s+of\\s+)?")
# "- Rough diamonds: imports $7.2 billion, exports $8.0 billion": a label, its colon, then a
# flow word before each figure, the figures apart by commas; each figure is the label's
_ITEM_FLOW_WORD = vocab.alternation([w for w, (measure, _) in vocab.flows().items()
                                     if measure in ("exports", "imports", "balance", "trade_total") and w.isalpha()],
                                    ignore_case=True, inline=True)
# (a label may end in a comma and the words for a class's rest, "* Pumps, other: exports $4.1
# billion" or "- Fabrics, n.e.s.: $2.3 billion" (vocab/residual_label_tails.csv): still one item
# of the list, so its figure is a part beside the others, not an unread whole above them)
_RESIDUAL_TAIL = (r"(?:,\s*(?:" + vocab.alternation(vocab.residual_label_tails(), ignore_case=True, space=r"\s+", inline=True)
                  + r")(?=\s*:))?")
_LABELLED_FLOWS = re.compile(r"\s*(?:[-•*–]\s*)?(?P<np>[A-Z][A-Za-z&'’ -]{1,40}?" + _RESIDUAL_TAIL + r")\s*:\s*"
                             rf"(?:(?:{_ITEM_FLOW_WORD})\s+[^,;:\n()]{{1,30}}?,\s+(?:and\s+)?){{0,3}}(?:{_ITEM_FLOW_WORD})\s+" + HEDGE + "$")
# (a label may open with the period its figure is of: "FY19 RMG: $34.13bn", "2019 Coffee:")
_ITEM_PERIOD = r"(?:(?:FY|CY)\s?\d{2}(?:\d{2})?(?:[-/]\d{2,4})?|(?:19|20)\d{2}(?:[-/]\d{2,4})?)\s+"
# (a label may list its goods with commas up to an "and": "Rubber, paper and other products:
# $0.42 bln"; not a comma before an aside, "Others, including foreign currency:")
_COMMA_LIST_TAIL = r"(?:(?:,\s+[a-z][A-Za-z'’-]*(?:\s+[a-z][A-Za-z'’-]*){0,3})+,?\s+(?:and|&)\s+[A-Za-z&'’ -]{1,40}?)?"
_LABELLED_ITEM = re.compile(r"\s*(?:[-•*–]\s*)?(?:" + _ITEM_PERIOD + r")?(?P<np>[A-Z][A-Za-z&'’ -]{1,40}?" + _COMMA_LIST_TAIL + _RESIDUAL_TAIL + ")" + _ITEM_ALIAS + _ITEM_ASIDE + r"\s*:\s*" + _ITEM_FLOW
                            + r"(?:about\s+|some\s+)?$")
# the share in brackets after a labelled item's figure ("1. Copper ores: $23.4 billion (24.6% of total exports)")
# (its label may be qualified by every kind of it: "- Footwear (leather and non-leather): 2,265 (48.3%)")
_LABELLED_ITEM_SHARE = re.compile(r"\s*(?:[-•*–]\s*)?(?P<np>[A-Z][A-Za-z&'’ -]{1,40}?)" + rf"(?:\s*{EVERY_KIND_BRACKET})?" + _ITEM_ASIDE
                                  + r"\s*:\s*(?:about\s+|some\s+)?[^()\n:]{0,8}\d[^()\n:]{0,24}\(\s*$")


# a bullet line of a list ("• China: US$26.6bn (52.4%)"), and the place it opens with
_BULLET = re.compile(rf"[ \t]*{BULLET_SIGN}[ \t]*")
_PLACE_ITEM_GAP = re.compile(r"\s*[:–—-]\s*(?:about\s+|some\s+)?")


def product_of_list_lead(text: str, m, countries, carried: str | None) -> str | None:
    """"Chile's copper exports: US$50.8bn / • China: US$26.6bn (52.4%) / • Japan: US$5.3bn":
    a bullet that names only a partner breaks down the figure its list's lead (or heading)
    gave, so it keeps that lead's product, the one the text carries, when the lead names it.
    (A lead that names none leaves the bullets with none.)"""
    if not carried:
        return None
    line = text.rfind("\n", 0, m.start) + 1
    head = _BULLET.match(text, line)
    if head is None:
        return None
    x = next((x for x in countries if x.start == head.end()), None)
    if x is None or not _PLACE_ITEM_GAP.fullmatch(text, x.end, m.start):
        return None
    lead = _list_lead(text, line)
    if lead is None or not re.search(rf"\b{re.escape(carried)}\b", lead, re.I):
        return None
    return carried


def _list_lead(text: str, item_start: int) -> str | None:
    """The line a bulleted list hangs from: the nearest line above that is no bullet."""
    end = item_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _BULLET.match(line):
            return line
        end = start - 1
    return None


def _names_a_product(np: str) -> bool:
    """Whether a list item's label can be a product: no place, flow or month ("Germany:",
    "Exports:", "March:" label other things)."""
    words = np.lower().split()
    if words and words[-1] in vocab.speaker_labels():
        return False  # "SECRETARY: Four hundred and thirty-seven billion dollars.": a speaker's turn
    if len(words) > 1 and words[-1] in _port_nouns():
        return False  # "- Shuaiba Port: 1,416": a port's figure (link/ports.py), no product's
    return not (names_country_or_flow(np) or scan_countries(np) or any(w in vocab.months() for w in words)
                or any(w in vocab.not_products() for w in words))


@functools.cache
def _port_nouns() -> frozenset[str]:
    """The one-word nouns of vocab/port_nouns.csv ("port", "airport")."""
    return frozenset(r["noun"].lower() for r in vocab.table("port_nouns") if " " not in r["noun"])


# a sentence that opens by adding services to the goods ("Including services, estimated at";
# "Combining merchandise and services, Canada's total trade deficit with the world was",
# "Goods and services combined, ...": the opener scopes its own sentence's figures only)
_WITH_SERVICES = re.compile(r"\s*(?:(?:Including|With|Adding)\s+(?:the\s+)?services(?:\s+(?:exports|imports|trade|included))?"
                            r"|(?:Combining|Taking)\s+(?:goods|merchandise)\s+(?:and|&)\s+services(?:\s+together)?"
                            r"|(?:Goods|Merchandise)\s+(?:and|&)\s+services\s+(?:combined|together))\s*,"
                            # ("Including services, where the surplus was GBP13.3bn, the total ...": the
                            # where-clause's figure is of services too)
                            r"(?P<aside>\s*(?:estimated|valued|put|worth)\s+at\s+(?:about\s+|some\s+|around\s+)?"
                            r"|\s*where\s+(?:the\s+|its\s+)?(?:surplus|deficit|balance|exports|imports|trade)\s+"
                            r"(?:was|were|stood\s+at|came\s+to|reached|totalled|totaled|amounted\s+to)\s+(?:about\s+|some\s+|around\s+|a\s+)?"
                            # ("Including services, where Britain ran a surplus of 15.6 billion pounds,":
                            # the country named as the clause's subject)
                            r"|\s*where\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:ran|had|posted|recorded|ran\s+up)\s+a\s+(?:surplus|deficit)\s+of\s+(?:about\s+|some\s+|around\s+)?)?")
# "Industrial products were " before a share: the subject of a share said with a bare copula
# (a pronoun, a flow or a place as the subject is no part: see the checks on PART_SUBJECT's)
_COPULA_SHARE_SUBJECT = re.compile(rf"(?:^|[.;:,(]\s*|\b(?:while|and|but)\s+)(?!(?:and|but|while|which|that|it|they|this|these|who|there|its|their)\s)"
                                   rf"(?P<np>[A-Za-z][\w\s'-]{{2,60}}?)\s+(?:were|was|are|is)\s+{HEDGE}$", re.I)
# " of all exports", " of total imports", " of the total" after a share: the whole flow
_SHARE_OF_THE_FLOW = re.compile(r"\s*of\s+(?:(?:(?:all|total|overall)\s+)?(?:(?:goods|merchandise)\s+)?(?:exports|imports)|the\s+total)\b", re.I)


@functools.cache
def _subject_aside() -> re.Pattern:
    roles = vocab.alternation([r["word"] for r in vocab.table("subject_role_nouns")], ignore_case=True)
    return re.compile(r",\s+(?:including|excluding|mostly|mainly|chiefly|such\s+as|led\s+by|among\s+them)\s+[^,;]{1,60},"
                      # a participle and its manner adverb on how the figure is counted:
                      # "Imports of tennis rackets, counted separately, rose to"
                      r"|,\s+[a-z]+ed\s+[a-z]+ly\s*,"
                      # an apposition that ranks the subject or says its role (vocab/subject_role_nouns.csv):
                      # ", the second-largest category,", ", the country's biggest export earner,",
                      # ", the country's other major farm export,", ", the backbone of the island's economy,"
                      rf"|,\s+(?:the|its|their|[A-Z]\w+['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{roles})(?:\s+of\s+[^,;\d]{{1,40}})?\s*,", re.I)
# a list of what the subject holds, its items parted by commas up to its "and", between the
# subject and the verb of its figure: "Coconut products, including copra, coconut oil and
# desiccated coconut, earned" (the subject is the product; read only for a part's subject, as
# the list may also follow a flow's words, "exports of total palm products, including ...")
_LISTED_SUBJECT_ASIDE = re.compile(r",\s+(?:including|excluding|mostly|mainly|chiefly|such\s+as|led\s+by|among\s+them)\s+"
                                   r"(?:[^,;]{1,40},\s+){1,5}[^,;]{1,40}?\s(?:and|or)\s[^,;]{1,40},")
# an aside between dashes that describes the part subject: "domestic exports - goods produced
# here - made up $412 million" (the part is the subject before it, not the aside), or that
# says what the subject has long been ("Machine tools - long the backbone of the region's
# export trade - made up $3 billion")
# "Pelagic species – mackerel, herring and blue whiting – brought in": a list of members
# between dashes (lower-case words, commas, "and", no figure) names the group before it; the
# subject is the group, read past its list
_LIST_DASH_ASIDE = re.compile(r"\s[-–—]\s+[a-z][\w'-]*(?:\s[\w'-]+){0,3}(?:,\s+[a-z][\w'-]*(?:\s[\w'-]+){0,3}){1,8}\s[-–—](?=\s)")
_DASH_ASIDE = re.compile(r"\s[-–—]\s+[a-z][^-–—,;:\d]{0,60}?\s[-–—](?=\s)")


@functools.cache
def _excluding_dash_aside() -> re.Pattern:
    """"mainland exports – exports excluding crude oil, natural gas and ships – amounted to":
    a definition between dashes that leaves parts out (vocab/exclusion_cues.csv); the flow
    before it is the part that is left, named by the words before the flow word."""
    return re.compile(rf"\s[–—]\s(?:[^–—;\d]{{0,40}}?\s)?(?:{_exclusion()})\s[^–—;\d]{{1,160}}?\s[–—](?=\s)", re.I)


# "Horticultural exports, which include cut flowers, fruits and vegetables, brought in": a
# short subject opening the clause, then a relative clause about it (commas and all) up to
# the clause's last comma
_WHICH_AFTER_SUBJECT = re.compile(r"^(?P<subj>\s*[A-Z][\w'’&-]*(?:\s+(?:and\s+)?[\w'’&-]+){0,4}),\s+which\s+[^;]*,(?=[^,;]*$)")


def _without_which_aside(clause: str) -> str:
    """The clause with a non-restrictive relative clause after its subject taken out, so that
    the subject meets its verb; unchanged when what comes before "which" has a verb of its
    own ("Tea remained the leading earner, which ...": no subject alone)."""
    mm = _WHICH_AFTER_SUBJECT.match(clause)
    if not mm:
        return clause
    words = {w.lower() for w in mm["subj"].split()}
    if words & (vocab.level_verbs() | set(vocab.changes())) or re.search(r"\b(?:remained|remains|is|are|was|were|became|stayed|has|have|had)\b", mm["subj"], re.I):
        return clause
    return mm["subj"] + clause[mm.end():]


_FLOW_WORDS_AFTER = re.compile(r"(?:(?:\s+foreign)?\s+(?:trade|exports?|imports?|shipments|inflows|outflows|sales|purchases|alone|together|deficit|surplus|balance|gap))+$")
_ARTICLE_BEFORE = re.compile(r"^(?:the|its|their)\s+")
_GOODS_WORD_AFTER = re.compile(r"\s+(?:goods|products)$")


def canonical_label(label: str) -> str:
    """A commodity label without the flow words around it: "non-oil trade" -> "non-oil"."""
    label = label.strip().strip(",;:").strip()
    cased = vocab.cased_commodities()
    if label in cased:  # "IT": as written only (the pronoun "it" is none)
        return cased[label]
    if label.lower() in vocab.commodity_labels():  # "service exports" is services
        return vocab.commodity_labels()[label.lower()]
    # (all of them: "oil trade deficit" is oil)
    low = _FLOW_WORDS_AFTER.sub("", label.lower())
    article = _ARTICLE_BEFORE.match(low)
    if len(label) == len(label.lower()) and label[article.end() if article else 0:len(low)] in cased:
        return cased[label[article.end() if article else 0:len(low)]]  # ("IT exports", in the text's case)
    label = _ARTICLE_BEFORE.sub("", low)
    label = vocab.commodity_singulars().get(label, label)  # "log exports" are logs
    known = vocab.commodity_labels()
    bare = _GOODS_WORD_AFTER.sub("", label)
    if bare != label and label not in _phrases() and bare in _phrases():
        label = bare  # "non-oil goods" is the non-oil scope ("oil products" stays a product of its own)
    if " and " in label:
        # "cars and car parts" is "cars and parts": the second item's modifier repeats the
        # first item, said once or twice
        label = _REPEATED_HEAD.sub(r"\g<h>\g<pl> and \g<t>", label)
    return known.get(label, label)


# "shoes and shoe parts", "cars and car parts": a two-item list whose second item is the first
# (in the singular) as a modifier
_REPEATED_HEAD = re.compile(r"^(?P<h>[a-z]{3,})(?P<pl>s|es)\s+and\s+(?P=h)\s+(?P<t>[a-z]+)$")


@functools.cache
def _phrases() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.commodities())


# a pronoun for products named before, as a clause's subject: "They rose", "their exports
# edged up", "Its shipments fetched" (the verb and its adverbs after it, up to the figure)
# (or the flow's value named by its noun: "Its import value nearly tripled to EUR 13.4 billion")
_PRODUCT_PRONOUN = re.compile(r"\s*(?:[Tt]hey|(?:[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?(?:exports|imports|shipments|sales|(?:import|export)\s+(?:value|bill)))\s+(?:[a-z]+\s+){1,3}")


def subject_product(text: str, start: int, end: int, commodities) -> str | None:
    """The product that opens the clause between `start` and `end` as its subject, a verb
    after it ("Chips led the way", "Cars came next"), None where the clause opens otherwise."""
    start = opening_end(text, start, end)
    x = next((x for x in commodities if start <= x.start < end), None)
    if x is None:
        return None
    # ("Whole milk powder (WMP) did the heavy lifting": its abbreviation in brackets between;
    # "Ramyeon (instant noodles) was the star": a gloss of the product in lower case)
    if re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[start:x.start]) \
            and re.match(r"(?:\s*\((?:[A-Z][A-Za-z]{1,8}|[a-z][a-z -]{2,30})\))?\s+[a-z]+", text[x.end:end]):
        return canonical_label(x.text)
    # ("Immunological products, which include vaccines, were the standout": an aside set off
    # by commas between the product and its verb; the products the aside names are not it)
    if re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[start:x.start]) and _ASIDE_THEN_VERB.match(text, x.end, end) \
            and text.startswith(",", x.end):
        return canonical_label(x.text)
    return _modified_subject_product(text, start, end, x) or _named_subject_product(text, start, end, x, commodities)


# one word of the product's own name before it, opening the sentence ("Refined soybean oil")
_NAME_WORD_BEFORE = re.compile(r"\s*(?:[Tt]he\s+)?[A-Z][a-z]+\s+$")


def _named_subject_product(text: str, start: int, end: int, x, commodities) -> str | None:
    """The product that opens the clause as its subject under a fuller name than the
    vocabulary's, one word before it and any product words right after it ("Refined soybean
    oil, which had emerged as the top export, continued to slide"), labelled by that name; not
    where the words name a place or a flow ("Chinese steel", "Export steel")."""
    if not _NAME_WORD_BEFORE.fullmatch(text, start, x.start):
        return None
    run_end = x.end
    for y in (y for y in commodities if y.start >= x.end):  # (the product words right after it: "soybean" then "oil")
        if not text[run_end:y.start].isspace():
            break
        run_end = y.end
    if not _ASIDE_THEN_VERB.match(text, run_end, end):
        return None
    return unknown_product(text[start:run_end])


# "Eco-friendly vehicles, including electric vehicles and hybrids, remained a bright spot": a
# product with a hyphened modifier before it, an aside after it set off by commas, then a verb
_MODIFIED_SUBJECT = re.compile(r"\s*(?:[Tt]he\s+)?(?P<mod>[A-Za-z][a-z]+(?:-[a-z]+)+)\s+$")
_ASIDE_THEN_VERB = re.compile(r"(?:\s*,[^,;:.]{1,80},)?\s+[a-z]+")


def _modified_subject_product(text: str, start: int, end: int, x) -> str | None:
    """The product, with its modifier, that opens the clause as its subject after a hyphened
    modifier ("Eco-friendly vehicles, including ..., remained"): a kind of the product, labelled
    with the modifier (a part of the product, not all of it)."""
    mm = _MODIFIED_SUBJECT.fullmatch(text, start, x.start)
    if mm is None or not _ASIDE_THEN_VERB.match(text, x.end, end):
        return None
    mod = mm["mod"].lower()
    if mod in vocab.not_products() or scan_countries(mm["mod"]) or any(f.attrs["measure"] != "other" for f in find_flows(mod)):
        return None
    return canonical_label(f"{mod} {x.text}")


def flow_of_the_part_before(text: str, sent_start: int, m_start: int, flows, commodities, topic_product: str | None) -> str | None:
    """"Coal made up most of that. Shipments to India were worth $9 billion": after a sentence
    with no figure whose subject is a product said to be a part of the figure before it, or
    singled out ("Cheese has been the star performer. Exports rose 40%"; it
    ends on a breakdown cue, vocab/breakdown_cues.csv "of this", or "of" and a share anaphor,
    vocab/share_anaphors.csv "of that"), a sentence that opens on a bare flow noun, no product
    before its figure, goes on about that product's flow, not the whole's."""
    if topic_product is None or any(sent_start <= x.start < m_start for x in commodities):
        return None
    opening = next((f for f in flows if sent_start <= f.start < m_start), None)
    if opening is None or opening.attrs.get("measure") not in ("exports", "imports") \
            or not (re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[sent_start:opening.start])
                    or _trader_subject_re().fullmatch(text, sent_start, opening.start)):
        return None
    last = _figureless_sentence_before(text, sent_start)
    if last is None or not (_part_of_figure_before_re().search(last) or _standout_re().search(last)):
        return None
    return topic_product


@functools.cache
def _trader_subject_re() -> re.Pattern:
    """"Exporters shipped", "Importers bought": traders named by the flow they make
    (vocab/agent_flows.csv) as the whole subject, before their flow verb; what they shipped is
    the product the text is on."""
    nouns = vocab.alternation([w for w in vocab.agent_flows() if w.endswith("s")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:[Tt]he\s+)?(?:{nouns})\s+", re.I)


@functools.cache
def _standout_re() -> re.Pattern:
    """The end of a sentence that singles out its subject, a product, as the one the text goes
    on about ("Cheese has been the star performer.", "Kiwifruit led the way."; vocab/standout_cues.csv)."""
    alt = vocab.alternation([r["phrase"] for r in vocab.table("standout_cues")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{alt})(?:\s+(?:so\s+far|this\s+year|again))?\s*[.!?]\s*$", re.I)


# the last sentence of a stretch of text, up to its full stop
_LAST_SENTENCE = re.compile(r"[^.!?]*[.!?]\s*$")


def _figureless_sentence_before(text: str, sent_start: int) -> str | None:
    """The sentence right before `sent_start` in its paragraph, where it gives no figure."""
    back = text.rfind("\n", 0, sent_start)
    last = _LAST_SENTENCE.search(text[max(back + 1, sent_start - 200):sent_start])
    return None if last is None or any(ch.isdigit() for ch in last.group(0)) else last.group(0)


@functools.cache
def _part_of_figure_before_re() -> re.Pattern:
    """The end of a sentence that makes its subject a part of the figure before ("accounted
    for the bulk of this.", "made up most of that.")."""
    words = [w for w in vocab.breakdown_cues() if w.lower().startswith("of ")]
    words += ["of " + r["phrase"] for r in vocab.table("share_anaphors")]
    alt = vocab.alternation(words, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b{alt}\s*[.!?]\s*$", re.I)


def product_of_figureless_sentence_before(text: str, sent_start: int, topic_product: str | None) -> str | None:
    """"Methanol fared only slightly better. Earnings dropped to $1.05 billion": the product
    the sentence right before made its subject, where that sentence gave no figure of its own
    (a sentence with figures leaves its product as the one in hand anyway)."""
    if topic_product is None or _figureless_sentence_before(text, sent_start) is None:
        return None
    return topic_product


def pronoun_product(text: str, sent_start: int, m_start: int, commodities, topic_product: str | None,
                    named_before: str | None = None) -> str | None:
    """"Chips led the way. They rose 52.0 percent", "Cars came next; their exports edged up
    1.8 percent": a pronoun subject stands for the product that was the subject of the
    clause before (the one before a semicolon, else the sentence before's); where that
    sentence had no product as its subject and gave no figure, for the one product phrase it
    named (`named_before`, see products_named_alone: "... due to the fall in prices of
    fertilizers and ammonia. Their sales dropped by 45.5%")."""
    # (a colon ends the subject's clause as a semicolon does: "X was the standout: their
    # exports jumped")
    semi = max(text.rfind(";", sent_start, m_start), text.rfind(":", sent_start, m_start))
    clause = semi + 1 if semi >= 0 else sent_start
    if not _PRODUCT_PRONOUN.fullmatch(text, clause, m_start):
        return None
    return subject_product(text, sent_start, semi, commodities) if semi >= 0 else topic_product or named_before


# what joins two products into one phrase ("fertilizers and ammonia"), and what opens an
# aside describing the phrase right after it (", the first non-oil export product")
_PRODUCTS_JOINED = re.compile(r"\s+(?:and|&)\s+")
_DESCRIBING_ASIDE = re.compile(r",\s+(?:the|an?|its|their)\s+")


def products_named_alone(text: str, commodities) -> str | None:
    """The one product phrase a sentence names (`commodities`: its product mentions): the first
    product and those joined to it by "and" ("fertilizers and ammonia"), where every other
    product word is in an aside describing it right after (", the first non-oil export
    product"); None where the sentence names products apart, so a pronoun for one of them
    would be a guess."""
    if not commodities:
        return None
    first, end, k = commodities[0], commodities[0].end, 1
    while k < len(commodities) and _PRODUCTS_JOINED.fullmatch(text, end, commodities[k].start):
        end, k = commodities[k].end, k + 1
    if k < len(commodities) and not _DESCRIBING_ASIDE.match(text, end):
        return None
    return canonical_label(text[first.start:end])
