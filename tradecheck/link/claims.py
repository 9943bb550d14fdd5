"""From mentions to claims: walk the sentences keeping the discourse state (the pair, measure
and period the text is talking about) and decide, for every number, what it is about.

Each attribute records how it was decided (`Claim.how`): "text" when read in the claim's
own sentence, "context" when carried from earlier sentences, "guess" when defaulted. The
checks abstain on guesses."""
from __future__ import annotations

import collections
import functools
import re

from .. import vocab
from ..extract import find_mentions
from ..extract import table_rows
from ..extract.acronyms import find_definitions
from ..extract.adjustment_marks import find_marks
from .. import periods as P
from ..extract.mentions import Mention, find_commodities
from ..extract.money import default_currency
from ..extract.keywords import fold
from ..model import EACH_OF_SEVERAL, OUTSIDE_TOTALS, SERIES_SCOPES, UNRECORDED, Claim, Document, flow_series, is_series_scope
from . import sources, topic
from .sentences import Sentence, split
from .companies import company_subject
from .company_reports import figures_of_the_company
from .ports import decide_port
from .group_lists import group_carried_past_list, list_as_group, of_list_span
from .bare_subjects import bare_subject_product, sister_subject_product
from .demonstrative_products import product_the_sentence_opened_on
from .elliptic_products import form_said_short, product_said_short
from ..extract.mentions import find_countries
from .share_of_named_goods import goods_the_share_is_of
from .commodities import (THE_SECTORS_FLOW, opener_with_examples, canonical_label, commodity_for, flow_of_the_part_before, product_of_figureless_sentence_before, excluded_part, exclusion_label, included_part, product_of_list_lead,
                          pronoun_product, products_named_alone, subject_product, unknown_product, GOODS_BOUGHT_AFTER)
from .context import TIMESTAMP, DocContext, State, body_start, doc_context, first_period, lists_sources
from .demand_places import buyer_places
from .cues import (OR_BY,
    HEDGE,
    RANKED_WITH,
    ABS_CHANGE_BEFORE, BARE_CHANGE_BEFORE, BY_YEAR, CHANGE_IN_BRACKET, CHANGE_NOUN_AFTER, CONTINUE_CHANGE, OF_GOODS_THEN_CHANGE, continue_which_re,
    CONTINUE_FROM, CONTINUE_TO, CONTINUE_WHEN, DIRECTION_TO, EARLIER_IN_BRACKET, FX_AFTER, GOAL_AFTER, RESTATE, VERSUS_BRACKET,
    SHARE_AFTER, SHARE_WORD, SKIP_PERCENT, TERMS, UNIT_PRICE_AFTER, bare_label_placed, currency_label_re, VOLUME, WHICH_WHOLE, OF_THE_WHOLE, volume_change_re,
    change_before_re, dates_an_aside, index_after_re, measures_a_quantity, changes_a_moneyless_quantity, measures_pounds_of_weight, share_of_an_elided_count, shares_quantities, names_event, names_publication, names_the_issue, qual_re,
)
from .cues import BUY, LIST_MARKER, SELL, TOTAL_CUE, WHOLE_FIGURE_IN, holds_any, longest_words, partner_then_change, restate_past_source_re, share_restates, raising_verbs
from .series_totals import named_totals
from .partners_reports import shares_of_the_partners_reports
from .price_bands import price_band_items
from .trader_share_wholes import trader_shares_of_the_texts_product
from .breakdowns import (part_after_an_anaphoric_opener, part_after_a_named_whole_opener, part_after_its_whole_opener, parts_of_the_group_before, parts_within_an_opened_group,
                         parts_take_the_pair_of_the_total_before, rest_after_named_parts, rest_as_the_subject,
                         rest_listed_after_a_named_part)
from .service_rows import parts_of_a_services_total
from .sub_periods import figures_of_sub_periods
from .product_complements import products_of_shares_of_a_flow
from .colon_list_parts import members_listed_after_a_colon, places_counted_before_a_colon, parts_dated_after_a_colon, parts_listed_after_a_colon_cue, parts_listed_inline_after_a_colon_cue
from .dating import note_named_period, opens_a_figures_clause, dates_a_bracketed_level
from .dating import BASE_RULES, base_after, in_aligned_years_header, in_table_row, table_header_row, EARLIER_LEVEL_BEFORE, _year_earlier, EARLIER_LEVEL_RULES, PERIOD_RULES, change_between_base, default_base, learn_gap, compared_figure, in_dateline
from .channels import channel_of_the_whole_text, is_channel
from .ranked_group import is_ranked_count, is_ranked_subject, leading_parts
from .bracketed_places import places_together_share
from .list_item_pairs import unnamed_items_among_one_pair
from .listed_counts import counts_of_listed_places
from .regime_rests import rests_outside_a_regime
from .residuals import rest_of_listed_members, rest_of_listed_partners, rest_row_of_a_table
from .remainders import remainder_of_partners, parts_beside_an_unquantified_rest
from .origins import origins_are_no_destinations
from .confirmed_answers import answers_take_the_question
from .industry_bodies import product_of_industry_body
from .title_periods import main_period_from_title
from .era_years import gregorian_era_years
from .cause_asides import dates_a_cause_subject, in_cause_aside
from .material_heads import one_product_with_and_without_its_head
from .value_after_volume import value_change_after_volume, value_change_named_before
from .measures import MEASURE_RULES, column_basis, listed_partner_before, OTHER_RULES, of_company_turnover, names_country_or_flow, _change_word_re, refuted_amounts, refuted_figure, refuted_quotes
from .account_net_flows import account_net_flow
from .buyer_of_owned_flow import owned_flow_measure, owned_product, owned_whole_pair
from .pairs import PAIR_RULES, respective_list_gap, _cause_clause, _code, _place_role, balance_owner, opens_as_locative, flow_owner, complete, coordinated_verb, gapped_verb, parallel_verb, whole_with_own_partner, whole_of_goods_between_pair, from_its_exporter, flow_partner_before, last_place, of_the_world, listed_share_of_world, labelled_share_line, others_after_subject_flow, owns_flow, perspective, two_together, names_a_calendar
from .preferences import scheme_parts
from .stated_per import rate_of
from .rates import cumulative_totals, names_yearly_rate, yearly_averages_of_spans, yearly_rate_names, yearly_rates
from .readings import alternatives
from .rules import decide
from .scope_turns import whole_ends_the_headline_scope
from .restated_levels import bare_repeats_take_the_product
from .lone_repeats import lone_repeats_take_the_earlier_period
from .change_between_levels import changes_between_their_levels, changes_of_the_levels_before
from .named_before_figure import parts_counted_in
from .market_notes import flows_of_one_product, partner_rows_of_a_product_row, parts_alone_of_the_total
from .listed_members import members_add_up_to_their_group
from .added_totals import totals_along_with_the_figure_before, totals_with_the_topic_added
from .additive_items import added_items_are_no_wholes
from .currency_parts import figures_in_two_currencies_add
from .figure_breakdowns import bullets_under_a_figure, covered_goods, lines_under_a_total_line, parts_closed_by_other, parts_of_the_lead, places_under_a_breakdown_line
from .product_participles import figures_of_a_product_verb
from .left_out_places import named_as_left_out
from .summary_items import summary_items_of_goods
from .slide_titles import is_slide_title, title_product
from .unsaid_list_product import list_items_of_an_unsaid_product
from .volume_or_value import changes_of_volume_or_value
from .lead_product import _less_a_part, note_lead_flow, product_of_partner_share, product_of_the_sector
from .flow_sides import product_of_the_side
from .flow_parts import names_a_part_of_the_flow
from .list_periods import is_bullet, note_list_period
from .bracket_rates import names_a_rate, rate_beside_a_rate
from .indented_parts import parts_indented_under_a_line
from .row_labels import parts_of_a_rows_total, products_of_place_tables, totals_of_product_rows
from .national_accounts import national_accounts_flows
from .product_asides import elided_sub_product
from .acronym_items import acronym_item_series
from .belligerents import without_belligerents
from .language_notes import without_language_names
from .list_labels import figure_first_label_at, label_after_figure, label_noun_phrase, list_item_label
from .goods_kinds import is_a_kind, names_every_kind
from .quantity_value import product_of_quantity_in_clause_before, product_of_the_quantity_before, product_of_volumes_in_clause_before
from .share_nouns import WHOLE_OF_A_SHARE, bare_shares_of_the_whole_before, shares_named_by_noun
from .listed_share_totals import totals_a_share_before_named
from .component_shares_of_trade import shares_of_the_trade_being_broken_down
from .list_total_shares import shares_of_the_listed_total
from .listed_bare_shares import carry_a_named_product_whole_down_a_list, carry_the_total_along_a_list
from .topic_totals import totals_of_the_texts_goods
from .with_part_shares import shares_of_the_product_total_a_part_is_given_with, shares_of_the_world_total_a_partner_part_is_given_with
from .series import REAL_TERMS, real_series
from .site import Site
from .ranked_destination import shares_of_the_ranked_owners_flow
from .exports_each_way import balances_of_exports_each_way
from .mirror_columns import partners_count_their_own
from .units import figures_of_an_unnamed_unit, members_report_their_own, units_country_and_peers, units_report_their_own
from .class_wholes import shares_of_the_class_before
from .parts_within_kinds import parts_filed_under_a_class, parts_within_a_named_kind
from .leader_parts import leaders_within_their_group, parts_under_two_sectors, shares_of_the_group_a_leader_tops
from .within_country import country_words_inside_cues, flows_within_the_country
from .flow_gaps import gaps_between_the_flows, mirror_gaps
from .values import amount_value, currency_word, relation_value
from .made_up import made_up_spans
from .chart_titles import read_under_title
from .balance_products import one_product_label_variants, products_of_balances
from .cause_items import cause_item_before
from .cut_off_turns import completes_cut_off_sentence, cut_off_sentence
from .headline_products import headline_figures_the_body_restates, headline_owner_word_products, mark_bare_flows
from .sector_subjects import flows_of_product_makers, listed_goods_of_the_sector
from .producer_scales import flows_by_producer_scale
from .sector_and_whole_balances import sector_balance_after_its_flows, whole_balance_beside_the_sectors
from .balance_sides import SIDE_OF_BALANCE, product_of_the_balance_before


def link(doc: Document) -> list[Claim]:
    text = doc.text
    found = find_mentions(text)
    agencies = _agency_spans(text)
    found["country"] = [c for c in found["country"] if not _in_masthead(text, c.start) and not any(a <= c.start < b for a, b in agencies)]
    found["commodity"] = channel_of_the_whole_text(found["commodity"], canonical_label)
    found["country"] = country_words_inside_cues(text, found["country"])
    found["country"] = without_belligerents(text, found["country"])  # ("Russia's war in Ukraine": no side of a flow)
    found["country"] = without_language_names(text, found["country"])  # ("translated from French": no place)
    sents = split(text)
    ctx = doc_context(doc, found, sents)
    ctx.refuted = refuted_amounts(text, found["amount"])
    ctx.series_note = _noted_adjustment(text)
    ctx.refuted_quotes = refuted_quotes(text)
    ctx.made_up = made_up_spans(text, sents)
    gregorian_era_years(found["period"], ctx)  # (before any period is resolved)
    _quarters_of_the_fiscal_year(found["period"], ctx)
    # (a percent is echoed too: "Less than 40% of UK exports go to the EU? Not quite"; and a
    # fraction: "exports have grown by a third" ... "by about a fifth, not by a third")
    ctx.quoted_claims = frozenset((kind, m.value, m.attrs.get("token")) for kind in ("amount", "percent", "fraction")
                                  for m in found[kind] if any(a <= m.start < b for a, b in ctx.refuted_quotes))
    claims: list[Claim] = []
    state = State(reporter=ctx.main_reporter, partner=ctx.main_partner,
                  pair_how="context" if ctx.main_reporter else "guess")
    by_sentence = _bucket(found, sents)
    # The headline and standfirst come before the body's first period: read them with the
    # body's main period (a restatement of the body) rather than none.
    ctx.main_period = first_period(by_sentence, sents, ctx, text)
    state.title_dated = main_period_from_title(by_sentence, sents, ctx, text)
    body = body_start(text, sents, doc)
    para = -1
    titled_period = None  # the period named by the title of the slide the walk is on
    titled_product = None  # and the product it names
    for sent in sents:
        opens = sent.paragraph != para
        if opens:
            para = sent.paragraph
            _carry_aside(state, by_sentence[sent.index]["period"], para, ctx)
            # (not a paragraph that opens on "the figure" the one before gave: still its pair)
            if ctx.main_partner == "WLD" and sent.index > body and state.asked_partner != sent.index - 1 \
                    and not _under_colon_lead(text, sent.start) and not topic.opens_on_figure(text, sent.start, sent.end):
                state.reporter, state.partner = state.section_reporter or ctx.main_reporter, ctx.main_partner
        if sent.index == body or (opens and ctx.headline_pair_only and 0 < sent.index < body):
            # Headline and standfirst may name other partners; the body starts afresh (and so
            # does a lead before it, when the headline alone named a partner: see
            # DocContext.headline_pair_only).
            state.reporter, state.partner = ctx.main_reporter, ctx.main_partner
            # (but the lines under a slide's title that named a year stay of that year)
            state.period = titled_period or ctx.main_period
        if opens:
            # (after the body's fresh start: a label may open the body's first paragraph)
            _section_label(by_sentence[sent.index], state, text, sent)
            if sent.index > body and sent.index > 0:
                _heading_subject(by_sentence[sent.index - 1], sents[sent.index - 1], state, text)
                _heading_product(by_sentence[sent.index - 1], sents[sent.index - 1], state, text, ctx, sent.paragraph)
                _heading_over_a_block(by_sentence[sent.index - 1], sents[sent.index - 1], state, text)
                _heading_back_to_the_month(by_sentence[sent.index - 1], sents[sent.index - 1], state, text, ctx)
        if titled_product and opens and not is_slide_title(text, sent):
            # (each line under the title is a paragraph of its own: the title heads them all)
            state.section_product = (sent.paragraph, titled_product)
        before = len(claims)
        state.headline_line = 0 < sent.index < body and sent.paragraph > 0
        _fiscal_year_of_owner(text, by_sentence[sent.index], ctx)
        _link_sentence(text, sent, by_sentence[sent.index], ctx, state, claims)
        if is_slide_title(text, sent):
            # a new slide: the period its title names (none: the one the text was on) heads it,
            # and so does the product it names
            titled_period = state.period if by_sentence[sent.index]["period"] else None
            titled_product = title_product(text, sent, by_sentence[sent.index]["commodity"])
            titled_product = canonical_label(titled_product) if titled_product else None
        if sent.index < body:
            for c in claims[before:]:
                c.extra["_headline"] = True
                if sent.paragraph > 0:
                    # (a paragraph under the title: a standfirst or, in a text with no
                    # dateline, the lead itself, written as a sentence with its figures rounded)
                    c.extra["_under_title"] = True
    figures_of_the_company(text, sents, claims)  # (first: a company's figures are no flow the passes below relate)
    scheme_parts(text, sents, claims, found["country"])  # (first: trade under a preference scheme is a part, which the passes below keep)
    _headline_changes_of_quantities(text, sents[body:], by_sentence, claims, sents[:body])
    _headline_months_of_the_lead(text, sents, claims, ctx)
    _headline_of_a_text_that_moves_on(claims, ctx)
    _headline_measure_of_its_restatement(claims)
    _headline_base_of_its_restatement(claims)
    _estimates_of_a_revision(text, claims)
    _changes_from_the_first_estimate(text, sents, claims)
    _parts_after_a_colon(text, claims)
    parts_indented_under_a_line(text, claims)
    _revised_month_before(text, claims, state)
    _monthly_release(claims, state)
    _quarterly_release(claims, state)
    _stated_footing(claims, state)
    _from_levels_of_moves(text, claims, state)
    _footing_unsaid(text, claims)
    figures_of_a_product_verb(text, claims)  # (before: a figure the verb makes re-exports does not leave them out)
    _separate_reexports(text, claims)
    _shares_of_exports_without_reexports(text, claims)
    _whole_restated_to_break_down(text, claims)
    _whole_split_with_its_complement(text, sents, claims)
    parts_take_the_pair_of_the_total_before(text, sents, claims)
    price_band_items(text, claims)
    named_totals(text, sents, claims)  # (before the inclusive totals: a named total's scope is its own)
    _inclusive_totals(claims)
    parts_counted_in(text, sents, claims)
    list_items_of_an_unsaid_product(text, claims)
    changes_of_volume_or_value(text, sents, claims)
    partner_rows_of_a_product_row(text, claims)
    parts_alone_of_the_total(text, claims)
    flows_of_one_product(text, claims)
    totals_of_product_rows(text, claims)
    products_of_place_tables(text, claims)
    parts_of_a_rows_total(text, claims)
    _outside_the_totals(text, sents, claims)
    _comparisons(text, claims)
    _change_since_dated_by_levels_after(text, claims)
    _levels_of_partners_compared(text, claims)
    _two_flows_together(text, claims)
    _joined_goods_together(text, claims)
    _joined_goods_then_each(text, claims)
    shares_named_by_noun(text, claims)  # (before the sums: a share's whole is no part of them)
    bare_shares_of_the_whole_before(text, claims)
    _amounts_of_several_parts(text, claims)
    totals_along_with_the_figure_before(text, sents, claims)
    _running_total_of_kinds(claims)
    _running_total_of_two_products(text, claims)
    _running_total_with_the_product_added(text, claims)
    _running_total_of_a_named_group(text, claims)
    _share_of_compound_subject(text, claims)
    _parts_of_shares(text, claims)
    places_together_share(text, claims, _set)
    _share_of_several_shares(text, claims)
    _share_of_named_places(text, claims)
    _product_keeps_its_flow(claims)
    gaps_between_the_flows(text, claims)
    _gap_of_flows(text, claims)
    _dated_by_its_share(text, claims)
    _changes_of_goods_go_on(text, claims)
    _flows_after_a_goods_balance(text, claims)
    _other_flow_after_goods(text, claims)
    _flow_goes_on_as_goods(text, claims)
    _share_of_that(text, claims)
    _part_of_a_share_of_a_named_whole(text, claims)
    _share_of_a_part_of_that(text, claims)
    _share_after_a_part_of_that(text, claims)
    _units_part_of_that(text, claims)
    shares_of_the_class_before(text, claims)
    _part_of_the_whole_its_share_names(text, claims)
    _bare_share_of_an_unsaid_whole(text, claims)
    _share_of_the_total_before(text, claims)
    _partner_share_of_a_product_total_before(text, claims)
    _share_of_the_total_of_the_lead(text, claims)
    trader_shares_of_the_texts_product(text, claims)  # "The private sector contributed 60% of the exports"
    _share_of_the_total_a_part_was_given_with(text, claims)
    shares_of_the_product_total_a_part_is_given_with(text, claims)
    shares_of_the_world_total_a_partner_part_is_given_with(text, claims)
    shares_of_the_ranked_owners_flow(text, claims)
    parts_of_a_services_total(text, claims)
    products_of_shares_of_a_flow(text, claims)  # "About half of the exports to India was electricity"
    _share_of_a_subseries_total(text, claims)
    totals_a_share_before_named(text, claims)
    shares_of_the_listed_total(text, claims)
    carry_the_total_along_a_list(text, claims)
    carry_a_named_product_whole_down_a_list(text, claims)
    shares_of_the_trade_being_broken_down(text, claims)
    totals_of_the_texts_goods(text, claims)
    _basis_goes_on_in_paragraph(text, claims)
    _changes_at_their_levels_valuation(claims)
    acronym_item_series(text, claims)  # "- Foreign Military Sales (FMS): $80.9bn": a series of its own
    _change_of_scoped_levels(claims)
    _other_side_of_a_service(text, claims)
    parts_within_a_named_kind(text, sents, claims, _set)  # "Within financial services, fees ... came to"
    parts_filed_under_a_class(text, sents, claims)  # "Aluminium, which is included in industrial products, made up"
    leaders_within_their_group(text, claims)  # "food exports stood at $7.2bn, led by rice, which fetched $3.9bn"
    shares_of_the_group_a_leader_tops(text, sents, claims)  # "Chemicals topped non-oil exports at $5.9bn, or 24% of the total"
    parts_under_two_sectors(sents, claims)  # "fishing ($214m)" under traditional, "fishing products ($171m)" under non-traditional
    yearly_rates(text, claims)
    cumulative_totals(text, claims, sents)
    yearly_averages_of_spans(claims)  # (after the totals over a span: an average of one is checked against it)
    if not any(c.commodity == "services" or c.scope == "goods and services" for c in claims):
        for c in claims:
            if c.commodity == "goods":
                c.commodity = None
                if ctx.has_services:
                    c.extra["_goods_named"] = True  # (see _goods_beside_the_whole)
    _goods_and_services_as_the_whole(claims)
    _goods_and_services_go_on(claims)
    _flows_split_into_goods_and_services(claims)
    if ctx.product_scope and any(c.extra.get("_whole_of_trade") for c in claims):
        # the body states the whole trade: the product the headline named is one part of
        # it, not the scope of every figure
        ctx.scope = None
        for c in claims:
            c.extra.pop("_scoped", None)
    _headline_labels(claims, ctx)
    _one_product_two_names(claims)
    one_product_with_and_without_its_head(claims)  # "cathode materials" and "cathode"
    flows_of_product_makers(text, sents, claims, _set)
    listed_goods_of_the_sector(claims, _set)
    flows_by_producer_scale(text, sents, claims)  # "Gold exports by small-scale miners ...": small-scale gold
    whole_balance_beside_the_sectors(text, sents, claims)  # "the sector's surplus ..., while the overall deficit"
    sector_balance_after_its_flows(text, sents, claims)  # "its sales ..., its imports ..., so that the sector obtained a surplus of"
    products_of_balances(text, sents, claims, _set)  # (after the labels of the flows are settled)
    headline_owner_word_products(text, sents, claims, _set)
    headline_figures_the_body_restates(text, sents, claims, _set)
    one_product_label_variants(claims, ctx)
    _goods_beside_the_whole(claims, ctx.has_services)
    national_accounts_flows(text, claims, sents)
    if ctx.has_services:
        summary_items_of_goods(text, claims)
    whole_ends_the_headline_scope(claims)
    bare_repeats_take_the_product(text, sents, claims)
    lone_repeats_take_the_earlier_period(text, sents, claims)  # "Sorry, ... A$155 billion."
    changes_between_their_levels(text, claims)
    changes_of_the_levels_before(text, claims)
    parts_of_the_group_before(text, sents, claims)
    parts_within_an_opened_group(text, sents, claims)  # "Within non-oil exports, manufacturing shipments reached"
    parts_listed_after_a_colon_cue(text, claims)
    rest_listed_after_a_named_part(text, sents, claims)  # "Other sectors contributed as follows:"
    parts_listed_inline_after_a_colon_cue(text, claims)
    parts_dated_after_a_colon(text, claims)
    members_listed_after_a_colon(text, claims)  # "canola seed, oil and meal together reached $4.9 billion: seed ..., oil ..."
    places_counted_before_a_colon(text, claims)  # "with the four neighbouring countries amounted to 981.0 billion baht:" over four bullets
    covered_goods(text, sents, claims)
    bullets_under_a_figure(text, sents, claims)
    lines_under_a_total_line(text, claims)  # "- Total: $14.6 billion" over "- Crude oil: ...", ..., "- Everything else: ..."
    parts_closed_by_other(text, claims)  # "cars Dh 26.42 billion, ..., and other automotive components Dh 3.32 billion"
    places_under_a_breakdown_line(text, claims)
    parts_of_the_lead(text, sents, claims)
    members_add_up_to_their_group(text, sents, claims)
    counts_of_listed_places(claims)  # "In all, the five countries accounted for N3.72tn"
    rests_outside_a_regime(text, claims)  # "National exports: ..." beside "Free zone exports: ..."
    unnamed_items_among_one_pair(text, claims)  # "- Total two-way trade: ..." over "- US imports from Mexico: ..."
    rest_of_listed_partners(text, {x.index: x.start for x in sents}, claims)
    rest_of_listed_members(text, {x.index: x.start for x in sents}, claims)
    rest_row_of_a_table(text, claims)
    remainder_of_partners(text, sents, claims)
    parts_beside_an_unquantified_rest(text, sents, claims)
    origins_are_no_destinations(text, sents, claims)
    units_report_their_own(text, claims)
    units_country_and_peers(text, sents, claims)
    figures_of_an_unnamed_unit(text, sents, claims)
    members_report_their_own(claims)
    partners_count_their_own(text, claims)
    mirror_gaps(text, claims)
    shares_of_the_partners_reports(text, claims)
    flows_within_the_country(text, sents, claims)
    _unrecorded_is_no_product(claims)
    added_items_are_no_wholes(text, sents, claims)
    figures_in_two_currencies_add(text, claims)  # "$40 million and 25 million euros": two parts
    balances_of_exports_each_way(claims, text)
    _corrected_figures(text, sents, claims)
    answers_take_the_question(text, sents, claims)  # "Q: ... about R32bn? / A: That's right, R31.9bn."
    figures_of_sub_periods(text, sents, claims)  # "in its sixth sales cycle of the year": no year's figure
    if not ctx.scope:
        mark_bare_flows(text, sents, found["commodity"], claims)
        totals_with_the_topic_added(text, sents, claims)
    rates = found["stated_rates"]
    for c in claims:
        c.extra["_main_partner"] = ctx.main_partner
        if rates and c.kind == "amount" and c.currency in rates:
            c.extra["_stated_usd_rate"] = rates[c.currency]  # "(1 euro = $1.1293)": the writer's rate
        if ctx.main_members:
            c.extra["_main_members"] = list(ctx.main_members)
        if ctx.scope:
            c.extra["_article_scope"] = ctx.scope  # the whole a part of this text's figures belongs to
    sources.assign(text, sents, claims, body_paragraph=sents[body].paragraph if sents else 0)
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    return claims


# what stands between a whole and its part "of which": the whole's products and period
_OF_WHICH_PART = re.compile(r"[^.;]{0,80}?,\s*of\s+which\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|almost\s+)?")
# ", of which China took": a part named by its taker (partner words and a verb, no figure)
_OF_WHICH_TAKER_PART = re.compile(r"[^.;]{0,80}?,\s*of\s+which\s+(?P<taker>[^.;,\d]{2,40}?)\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|almost\s+)?")


def _headline_of_a_text_that_moves_on(claims: list[Claim], ctx: DocContext) -> None:
    """"How China came to buy a third of what Australia sells" over a body that opens on 2000
    and moves on to 2022: a headline figure that names no period was read in the lead's first
    one, but it may as well be about where the text ends up, so its period is a guess."""
    main = ctx.main_period
    if main is None:
        return
    later = any(not c.extra.get("_headline") and c.basis.get("period") in ("text", "context") and c.period and c.measure != "other"
                and c.extra.get("source") != "forecast" and (per := P.parse(c.period)) is not None
                and P.months(per) == P.months(main) and per[0] > main[1] for c in claims)
    if not later:
        return
    for c in claims:
        if c.extra.get("_headline") and c.kind in ("amount", "share") and c.basis.get("period") != "text" and c.period == P.fmt(main):
            c.basis["period"] = "guess"


def _headline_months_of_the_lead(text: str, sents: list, claims: list[Claim], ctx) -> None:
    """"Iran's non-oil exports rise 10.4% in 8 months": a headline's run of months that
    names no year is the lead's run of as many months (the first eight months of an Iranian
    year, April-November), not the calendar year's first months."""
    main = ctx.main_period
    if main is None:
        return
    for c in claims:
        per = P.parse(c.period)
        # (only a run counted from January, as "in 8 months" is read: "1HFY23" named its own)
        if not c.extra.get("_headline") or per is None or per == main or P.months(per) != P.months(main) \
                or P.months(per) >= 12 or per[0] % 12 != 0 \
                or _names_month_or_year(text[sents[c.sentence].start:sents[c.sentence].end]):
            continue
        step = main[0] - per[0]
        if step % 12 == 0:
            # ("$23.6 billion in the first ten months of the year, up 32.6% from $17.8
            # billion in the same period last year": the same months of another year, a base)
            continue
        c.period = P.fmt(main)
        base = P.parse(c.base_period)
        if base is not None:
            c.base_period = P.fmt(P.shift(base, step))


def _names_month_or_year(words: str) -> bool:
    """Whether the words name a year or a month ("in October", "2024"): a run of months they
    date themselves."""
    months = vocab.months()
    return bool(re.search(r"\b(?:19|20)\d\d\b", words)) or any(w in months for w in re.findall(r"[a-z]+", words.lower()))


def _headline_changes_of_quantities(text: str, body: list, by_sentence: dict, claims: list[Claim], lead: list = ()) -> None:
    """"Coal exports more than double in 2023" over a body that gives the doubling of the
    tonnes ("69.6 million tonnes of coal in 2023, 2.2 times more than the 31.7 million
    tonnes") and a smaller rise of the revenue: a headline's change that a change of a
    physical quantity in the body bears out is that quantity's, not the money's (or at
    best either's), so no value check may use it."""
    changes = [c for c in claims if c.extra.get("_headline") and c.kind in ("multiple", "percent_change") and c.factor]
    titles = [c for c in claims if c.kind == "percent_change" and c.factor and _on_a_title_line(text, c.start)]
    if not changes and not titles:
        return
    factors = [(sent.index, f) for sent in body for m in by_sentence[sent.index]["multiple"] + by_sentence[sent.index]["percent"]
               if _of_a_quantity(text, sent, m, sent.start) for f in _quantity_factors(m)]
    # (and a standfirst's, under the title: "Car exports slip 4.1%" over "Car exports dropped
    # 4.1% last year to 1.14 million units" says the units' fall too)
    factors += [(sent.index, f) for sent in lead for m in by_sentence[sent.index]["multiple"] + by_sentence[sent.index]["percent"]
                if not _on_a_title_line(text, sent.start) and _of_a_quantity(text, sent, m, sent.start) for f in _quantity_factors(m)]
    dropped = [c for c in changes if any(at != c.sentence and _factor_agrees(c, f) for at, f in factors)]
    # A title line's change that a later sentence restates as a volume noun's ("Exports up by
    # 2.1 percent in July" over "the volume of exports was 2.1 percent higher than in July
    # 2023"): the quantity's, wherever the body is taken to start.
    volumes = [(m.start, f) for sent in body for m in by_sentence[sent.index]["percent"]
               if m.start > sent.start and _volume_subject(text[max(sent.start, m.start - 50):m.start])
               for f in _quantity_factors(m)]
    dropped += [c for c in titles if any(at > c.end and _factor_agrees(c, f) for at, f in volumes)]
    claims[:] = [c for c in claims if c not in dropped]


def _on_a_title_line(text: str, pos: int) -> bool:
    """Whether a figure stands on a line of its own that ends with no stop (a title or
    headline: "Exports of goods up by 2.1 percent in July")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    return 0 < len(line) <= 120 and line[-1] not in ".!?:;,"


def _quantity_factors(m: Mention) -> list[float]:
    """The later quantity over the earlier a change of a quantity may mean, its direction
    unread: "2.2 times more" (2.2, or 3.2 read literally), "up 20.3 percent" (1.203, 0.797)."""
    if m.kind == "multiple":
        return [m.value, m.value + 1] if m.attrs.get("cmp") == "more" else [m.value]
    return [1 + m.value, 1 - m.value]


def _factor_agrees(c: Claim, f: float) -> bool:
    """Whether a later-over-earlier factor `f` is within what claim `c` states: past its
    bound ("more than double"), or near its figure (a word like "double" loosely, a written
    figure to its rounding)."""
    if c.bound in ("gt", "ge"):
        return f >= c.factor
    if c.bound in ("lt", "le"):
        return f <= c.factor
    slack = 0.15 * c.factor if c.kind == "multiple" else 0.0051
    return abs(f - c.factor) <= slack


# "was higher than the $4.11 billion of the same period last year", "remained below the
# $5.15 billion surplus of June": a figure compared with an earlier level it names
_COMPARED = re.compile(r"\b(?:was|were|is|are|remained|stayed|stood|came\s+in|ran|held)\s+(?:still\s+|well\s+|slightly\s+|far\s+)?"
                       r"(?P<w>(?P<up>higher|greater|larger|bigger|more|above|over)|(?P<down>lower|smaller|less|below|under))"
                       r"(?:\s+than)?\s+(?:the|that\s+of|those\s+of)?\s*$", re.I)


def _inclusive_totals(claims: list[Claim]) -> None:
    """"Including precious metals, exports totalled CHF 379.6bn": where the text gives the
    figures without that part as "excluding precious metals" and a figure of the part itself
    ("diamond exports accounted for $6.8 billion"), the figure counting it in is their whole
    flow; elsewhere the plain figures may leave it out unsaid (a release's "business cycle
    total", "The trade in goods deficit narrowed to £18.2 billion" beside a total "excluding
    precious metals"), and the wider total is a series of its own, set against none."""
    for c in claims:
        what = c.extra.pop("_included", None)
        if what is None or c.scope is not None or c.commodity is not None:
            continue
        words = set(re.findall(r"[a-z]+", what.lower()))
        excluded = any(x and x.startswith("excluding ") and words & set(re.findall(r"[a-z]+", x.lower()))
                       for o in claims for x in (o.commodity, o.scope))
        # (the part's own figure: without it, no whole of the figures without it is stated)
        part = any(o.commodity and not o.commodity.startswith("excluding ") and _shares_a_stem(words, o.commodity)
                   for o in claims)
        if not (excluded and part):
            c.scope = "including " + what.lower()


def _shares_a_stem(words: set[str], label: str) -> bool:
    """Whether a product label has a word of `words`, singular or plural ("diamond
    exports" beside "including diamonds")."""
    stems = {w.rstrip("s") for w in words if len(w) > 3}
    return any(w.rstrip("s") in stems for w in re.findall(r"[a-z]+", label.lower()))


def _outside_the_totals(text: str, sents, claims: list[Claim]) -> None:
    """"the country exported gold worth $6.2 billion; gold is not included in the foreign
    trade turnover figures", "Gold exports, which are not included in the ... turnover
    figures, amounted to $5.8 billion", a list item "* Non-leather footwear (not counted in
    the sector total): $418.9 million": a product the sentence says the totals leave out is
    no part of them. Its figures are a series of their own (scope "outside the totals"),
    set against no whole."""
    cue = _outside_totals_re()
    for c in claims:
        if not c.commodity or c.scope is not None or c.commodity in ("goods", "services"):
            continue
        sent = sents[c.sentence]
        found = cue.search(text, sent.start, sent.end)
        # (the product is what the words are said of: named just before them, or the
        # subject of the "which are not included" clause they open)
        if found and re.search(rf"\b{re.escape(c.commodity)}\b", text[max(sent.start, found.start() - 40):found.start()], re.I):
            c.scope = OUTSIDE_TOTALS
    _counted_apart(text, sents, claims)


def _counted_apart(text: str, sents, claims: list[Claim]) -> None:
    """"Services, which are counted separately, tell a different story: exports of services
    were estimated at $341.1 billion": a part the text says it counts apart (services too)
    is no part of the unlabelled figures beside it, which are the rest (merchandise); its
    figures in that sentence are a series of their own, set against no whole."""
    cue = _counted_apart_re()
    for c in claims:
        if not c.commodity or c.scope is not None or c.commodity == "goods":
            continue
        sent = sents[c.sentence]
        found = cue.search(text, sent.start, sent.end)
        if found and re.search(rf"\b{re.escape(c.commodity)}\b", text[max(sent.start, found.start() - 40):found.start()], re.I):
            c.scope = OUTSIDE_TOTALS


@functools.cache
def _counted_apart_re() -> re.Pattern:
    apart = vocab.alternation(vocab.outside_total_cues("apart"), ignore_case=True, space=r"\s+")
    beside = vocab.alternation(vocab.outside_total_cues("beside"), ignore_case=True, space=r"\s+")
    whole = vocab.alternation(vocab.outside_total_cues("whole"), ignore_case=True, space=r"\s+")
    # ("in services, separate from the goods figures": the totals it is set apart from named)
    return re.compile(rf"\b(?:is|are|was|were|being)\s+(?:{apart})\b|,\s*(?:{beside})\s+[^.;,]{{0,40}}?\b(?:{whole})\b", re.I)


@functools.cache
def _outside_totals_re() -> re.Pattern:
    verb = vocab.alternation(vocab.outside_total_cues("verb"), ignore_case=True, space=r"\s+")
    whole = vocab.alternation(vocab.outside_total_cues("whole"), ignore_case=True, space=r"\s+")
    # (or opening a bracket after the product: "Non-leather footwear (not counted in the sector
    # total): $418.9 million")
    return re.compile(rf"(?:\b(?:is|are|was|were|being)\s+|\(\s*)(?:{verb})\s+(?:in|from)\s+[^.;()]{{0,60}}?\b(?:{whole})\b", re.I)


# words that make a flow the whole of it ("Total export earnings", "Overall exports")
_WHOLE_BEFORE = re.compile(r"\b(?:total|overall|combined)\b", re.I)


# a research note's masthead or byline, among its first lines: names set apart by " | ",
# the last ending in the date ("ING THINK | Asia-Pacific | Taipei, 8 November 2024")
_MASTHEAD = re.compile(r"(?m)^[^\n|]{2,60}(?:\s\|\s[^\n|]{2,60})*\s\|\s[^\n|]{0,40}?\b(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},)\s+(?:19|20)\d\d[ \t]*$")


def _in_masthead(text: str, pos: int) -> bool:
    """Whether `pos` lies on a masthead or byline line near the top: a house's region ("Asia
    Economics") or the author's city ("Nomura | Hong Kong") is no side of any flow."""
    if pos > 600:
        return False
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line_end = len(text) if end < 0 else end
    return _MASTHEAD.fullmatch(text, start, line_end) is not None or _BYLINE.fullmatch(text, start, line_end) is not None


@functools.cache
def _agency_re() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(vocab.promotion_agencies())})(?!\w)")


@functools.cache
def _agency_keys() -> tuple[str, ...]:
    return longest_words(vocab.promotion_agencies())


def _agency_spans(text: str) -> list[tuple[int, int]]:
    """Where an export-promotion agency is named ("Fiche marché Business France", "the US
    Commercial Service in Riyadh"): the country in its name publishes the note, it is no side
    of the market's figures (vocab/promotion_agencies.csv)."""
    if not holds_any(text, _agency_keys()):
        return []
    return [m.span() for m in _agency_re().finditer(text)]


# a byline alone on its line: "By Justine Irish D. Tabile, Reporter" (a demonym inside a
# person's name names no country); no figure, no full stop at its end (not a sentence "By
# value, exports to China rose 4%.")
_BYLINE = re.compile(r"[ \t]*By\s+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,5}(?:,[ \t]*[^\n\d]{1,60})?(?<![.!?])[ \t]*")


def _changes_of_goods_go_on(text: str, claims: list[Claim]) -> None:
    """"India's merchandise exports in FY2023-24 were $437.1 billion ... Exports fell 3.1% from
    $451.1 billion": a change that opens the next sentence with no product of its own, of a
    flow the sentence before gave for goods only, is the goods' change (with the level it
    continues from), where the text gives no unlabelled level of that flow and period: else
    it would be set against goods and services, which the text never spoke of."""
    def key(c):
        return c.measure, c.reporter, c.partner, c.period

    bare = {key(c) for c in claims if c.kind == "amount" and c.commodity is None and not c.scope}
    for k, c in enumerate(claims):
        # (a multiple too: "Exports have thus grown 16-fold, a compound annual rate of 9.7%")
        if c.kind not in ("percent_change", "multiple") or c.commodity or c.scope or c.how.get("commodity") != "none" \
                or c.measure not in ("exports", "imports", "balance", "trade_total") or key(c) in bare \
                or (k and claims[k - 1].sentence == c.sentence):
            continue
        if not any(g.sentence == c.sentence - 1 and g.commodity == "goods" and key(g) == key(c) for g in claims[:k]):
            continue
        if _WHOLE_BEFORE.search(text[text.rfind(". ", 0, c.start) + 1:c.start]):
            continue  # ("Total export earnings rose 5%": the whole, goods and services together)
        # (and the same flow's change restated right after it: "16-fold, a compound annual rate of 9.7%")
        for x in [c] + [x for x in claims[k + 1:k + 2] if x.sentence == c.sentence and (x.how.get("commodity") == "same-as-previous" or (
                x.kind in ("percent_change", "multiple") and not x.commodity and not x.scope and x.how.get("commodity") == "none" and key(x) == key(c)))]:
            x.commodity = "goods"
            _set(x, "commodity", "goods-change-goes-on", "context")


def _flows_after_a_goods_balance(text: str, claims: list[Claim]) -> None:
    """"India's merchandise trade deficit widened to US$29.7bn in August. Exports fell 9.3% y/y
    to US$34.7bn, while imports rose 3.3% y/y to US$66.4bn": the flows that open the sentence
    right after a balance said to be of goods, naming no product, scope or total of their
    own, are the goods' flows that balance is of (in a text that gives services apart: else
    goods are dropped as the whole anyway); not where the text gives the pair's flow of goods
    elsewhere."""
    goods = {(c.measure, c.reporter, c.partner, c.period) for c in claims if c.commodity == "goods" and c.kind == "amount"}
    for b in claims:
        if b.kind != "amount" or b.measure != "balance" or b.commodity != "goods" or b.basis.get("commodity") != "text" \
                or b.extra.get("_headline"):
            continue
        nxt = [c for c in claims if c.sentence == b.sentence + 1]
        if not nxt or nxt[0].how.get("commodity") != "none" or _WHOLE_BEFORE.search(text[text.rfind(". ", 0, nxt[0].start) + 1:nxt[0].start]):
            continue
        for c in nxt:
            k = (c.measure, c.reporter, c.partner, c.period)
            if c.commodity or c.scope or c.measure not in ("exports", "imports") or (c.kind == "amount" and k in goods) \
                    or (c.reporter, c.partner, c.period) != (b.reporter, b.partner, b.period) \
                    or c.how.get("commodity") not in ("none", "same-as-previous"):
                break
            c.commodity = "goods"
            _set(c, "commodity", "flows-of-a-goods-balance", "context")


def _other_flow_after_goods(text: str, claims: list[Claim]) -> None:
    """"EU exports of goods to South Korea ... to €66.7 billion in 2023. Imports from Korea grew
    more slowly and reached €64.1 billion in 2023, turning the deficit into a surplus of €2.6
    billion": the other flow opening the sentence right after a flow said to be of goods, of
    the same pair and period and naming no product, scope or total of its own, is the goods'
    flow too, and so is the balance its sentence then gives of them; not where the text gives
    an unlabelled level of that flow elsewhere (then it may be the whole). A change opening the
    sentence with its level right after ("Merchandise exports fell 9% to $34.7 billion. Imports
    rose 3% to $64.4 billion") is read so with that level; not where services are named
    between the goods figure and it."""
    def key(c, measure=None):
        return measure or c.measure, c.reporter, c.partner, c.period

    other = {"exports": "imports", "imports": "exports"}
    bare = collections.Counter(key(c) for c in claims if c.kind == "amount" and c.commodity is None and not c.scope)
    # (not goods that are one part of a bare figure of their sentence, "exports: A$32.1bn, of
    # which services A$10.6bn and goods A$21.5bn": the other flow after it is as bare)
    split = {(key(c), c.sentence) for c in claims if c.kind == "amount" and c.commodity is None and not c.scope}
    goods = {key(c): c.sentence for c in claims if c.kind == "amount" and c.commodity == "goods" and c.measure in other
             and not c.extra.get("_headline") and c.basis.get("commodity") in ("text", "context") and (key(c), c.sentence) not in split}
    for k, c in enumerate(claims):
        level = _level_of_change(claims, k)
        if c.kind not in ("amount", "percent_change") or (c.kind == "percent_change" and level is None) \
                or c.measure not in other or c.commodity or c.scope or c.how.get("commodity") != "none" \
                or (k and claims[k - 1].sentence == c.sentence) or goods.get(key(c, other[c.measure])) != c.sentence - 1 \
                or bare[key(level or c)] > 1:
            continue
        if _WHOLE_BEFORE.search(text[text.rfind(". ", 0, c.start) + 1:c.start]):
            continue
        # (no services named between the goods figure and this one: "... of goods. Services
        # exports rose 4%" then a bare flow may be of services, or the whole)
        g = max((x.end for x in claims[:k] if x.commodity == "goods" and key(x) == key(c, other[c.measure])), default=c.start)
        if "servic" in text[g:c.start].lower():
            continue
        for x in (c, level) if level is not None else (c,):
            x.commodity = "goods"
            _set(x, "commodity", "other-flow-of-goods", "context")
        for b in claims[k + 1:]:
            if b.sentence != c.sentence:
                break
            if b.kind == "amount" and b.measure == "balance" and b.commodity is None and not b.scope \
                    and (b.reporter, b.partner, b.period) == (c.reporter, c.partner, c.period) \
                    and bare[key(b)] == 1:
                b.commodity = "goods"
                _set(b, "commodity", "other-flow-of-goods", "context")


def _level_of_change(claims: list[Claim], k: int) -> Claim | None:
    """The level a change opening its sentence goes to, given right after it with no product
    of its own ("Imports rose 3.3% to $64.4 billion"): the two are one flow's figures, so a
    product or scope read for the one is the other's too."""
    c = claims[k]
    if c.kind != "percent_change" or k + 1 >= len(claims):
        return None
    x = claims[k + 1]
    if x.kind == "amount" and x.sentence == c.sentence and x.how.get("commodity") == "same-as-previous" and not x.commodity \
            and not x.scope and (x.measure, x.reporter, x.partner, x.period) == (c.measure, c.reporter, c.partner, c.period):
        return x
    return None


def _flow_goes_on_as_goods(text: str, claims: list[Claim]) -> None:
    """"India's merchandise exports rose 9% to $36.1 billion in May ... In May last year,
    exports stood at $33.1 billion ... Services exports were estimated at $30.2 billion":
    where the body's first figure of a flow is said to be of goods and services are given
    apart by name, the later figures of that flow and pair that name no product, scope or
    total of their own go on as goods (else the bare figure would be read as goods and
    services together, with the services beside it a part of it). Not where the text gives
    the flow of goods and services by name, nor for a period it gives a goods figure of
    too (goods beside the whole decides), nor after "total" or "overall"; and not past a
    bare figure of the flow left unlabelled so ("Ireland exported €210 billion of goods and
    €337 billion of services, making €547 billion in total. That is up 3% on the €531 billion
    exported in 2022": the figures after the total are of the total)."""
    if not any(c.commodity == "services" for c in claims):
        return  # (no services apart: goods are read as the whole anyway)
    def key(c):
        return c.measure, c.reporter, c.partner

    leads: dict = {}  # (measure, pair) -> whether the body's first figure of it is of goods
    ended = set()  # the (measure, pair)s a bare figure left unlabelled has ended
    whole = {key(c) for c in claims if c.scope == "goods and services"}
    goods = {(key(c), c.period) for c in claims if c.commodity == "goods" and c.kind == "amount"}
    def title(c):  # (a lead paragraph read as a standfirst is a headline too, but no title)
        return c.extra.get("_headline") and c.paragraph == 0

    for k, c in enumerate(claims):
        if title(c) or c.measure not in ("exports", "imports") or c.kind not in ("amount", "percent_change"):
            continue
        lead = leads.setdefault(key(c), c.commodity == "goods" and not c.scope and c.basis.get("commodity") == "text")
        if not lead or c.commodity or c.scope or key(c) in ended:
            continue
        how = c.how.get("commodity")
        if key(c) in whole or (key(c), c.period) in goods or (
                not (how == "same-as-previous" and k and claims[k - 1].sentence == c.sentence
                     and claims[k - 1].how.get("commodity") == "goods-lead-goes-on")
                and (how != "none" or _WHOLE_BEFORE.search(text, text.rfind(". ", 0, c.start) + 1, c.start))):
            ended.add(key(c))
            continue
        c.commodity = "goods"
        _set(c, "commodity", "goods-lead-goes-on", "context")
    # ("Exports jump 9% to $36.1 bn in May" over that lead: the headline's bare figure restates
    # the body's goods figure, so it is no whole of goods and services either)
    body = [c for c in claims if c.commodity == "goods" and not title(c) and leads.get(key(c))]
    for h in claims:
        if title(h) and not h.commodity and not h.scope and leads.get(key(h)) \
                and any(_restates(h, b) for b in body if (b.kind, key(b), b.period) == (h.kind, key(h), h.period)):
            h.commodity = "goods"
            _set(h, "commodity", "goods-lead-goes-on", "context")


def _restates(a: Claim, b: Claim) -> bool:
    """Whether two figures of one kind are one figure, the one maybe rounded (within 1%)."""
    if a.kind == "amount":
        return a.currency == b.currency and a.value is not None and b.value is not None and abs(a.value - b.value) <= 0.01 * abs(b.value)
    return a.factor is not None and b.factor is not None and abs(a.factor - b.factor) <= 0.005


@functools.cache
def _of_that_re() -> re.Pattern:
    words = vocab.alternation(vocab.share_anaphors(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+of\s+(?:{words})\b(?!\s+(?:year|month|quarter|period|country|countries|product|sector)\b)", re.I)


def _part_of_a_share_of_a_named_whole(text: str, claims: list[Claim]) -> None:
    """"covers about one-fifth of the Kingdom's exports to the bloc, or roughly EUR 1 billion":
    the share's whole is the country's flow with the place (link/pairs.share_of_partial_whole
    keys the share with it), and the figure restating the share is its part, a piece of that
    flow the words do not name, not the flow itself: other money, left unchecked."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.how.get("pair") != "share-of-partial-whole" \
                or share.extra.get("_whole_partner") != share.partner:
            continue
        for x in _restating(text, claims, k):
            if x.kind == "amount":
                x.measure = "other"
                _set(x, "measure", "part-of-named-whole", "text")


def _level_not_its_base(claims: list[Claim], whole: Claim | None) -> Claim | None:
    """"Total exports rose nine percent, to 67.5 billion dollars, from 62.0 billion dollars.
    Mining is about 61 percent of that": "that" after a level and the earlier level the change
    was measured from is the level (the one before it in its sentence), not that base."""
    if whole is None or whole.how.get("period") != "from-level-base":
        return whole
    level = next((c for c in reversed(claims) if c.kind == "amount" and c.end <= whole.start and c.sentence == whole.sentence
                  and c.measure == whole.measure and c.commodity == whole.commodity), None)
    return level or whole


def _share_of_that(text: str, claims: list[Claim]) -> None:
    """"The covered goods accounted for about €45bn of extra-EU imports, roughly 1.5% of the
    bloc's €3.0tn total. Iron and steel made up well over half of that, at €26.8bn": a share
    "of that" (vocab/share_anaphors.csv) is of the last flow figure stated before it that was
    not itself the whole of a share; its pair, period and product are that figure's."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.measure not in FLOW_MEASURES or not _of_that_re().match(text, share.end):
            continue
        nearest = next((c for c in reversed(claims[:k]) if c.kind == "amount"), None)
        if nearest is not None and nearest.measure not in FLOW_MEASURES and nearest.measure:
            # ("Tax receipts reached €23.8 billion, with around half of that paid by ten
            # firms": "that" is the figure just before, no flow, so the share is no flow's)
            share.measure = nearest.measure
            _set(share, "measure", "share-of-that", "text")
            continue
        whole = next((c for c in reversed(claims[:k]) if c.kind == "amount" and c.measure in FLOW_MEASURES
                      and c.how.get("measure") != "whole-of-share" and not c.extra.get("_whole_of")), None)
        whole = _whole_broken_down(text, claims[:k], _level_not_its_base(claims[:k], whole))
        if whole is not None and whole.measure != share.measure and share.how.get("measure") == "discourse":
            # ("Russia accounted for 91.8% of it": no flow word of its own, the whole's)
            for x in [share] + _restating(text, claims, k):
                x.measure = whole.measure
                _set(x, "measure", "share-of-that", whole.basis.get("measure", "context"))
        if whole is not None and whole.measure == share.measure and whole.commodity and share.commodity is None \
                and share.partner not in (None, "WLD", whole.partner) and share.how.get("pair") == "named-partner":
            # ("Copper exports were $40bn; China takes over half of it, about $21bn": a place
            # named with no product of its own takes its part of the figure's product, and
            # the figure restating the share is that part, not the place's every export)
            for x in [share] + _restating(text, claims, k):
                if x.commodity is None and x.partner == share.partner:
                    x.commodity = whole.commodity
                    _set(x, "commodity", "share-of-that", whole.basis.get("commodity", "context"))
            share.reporter, share.period = whole.reporter, whole.period
            share.extra["_whole_partner"] = _partner_key(whole)
            continue
        if whole is None or whole.measure != share.measure or whole.commodity == share.commodity:
            continue
        share.reporter, share.period = whole.reporter, whole.period
        share.extra["_whole_partner"] = _partner_key(whole)
        if whole.commodity:
            share.extra["_whole_commodity"] = whole.commodity
        elif whole.scope and not is_series_scope(whole.scope):
            # ("Total exports of goods and services were £872.2 billion, and services made
            # up 54.0% of that": of the whole in its scope, not of the bare flow)
            share.extra["_whole_commodity"] = whole.scope
        else:
            share.extra["_whole_commodity_none"] = True


@functools.cache
def _part_of_that_re() -> re.Pattern:
    """" of this amount, or ", " of that (": between a part named as a piece of the figure
    before (vocab/share_anaphors.csv) and the bare share that restates it."""
    words = vocab.alternation(vocab.share_anaphors(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+of\s+(?:{words})\s*(?:,\s*(?:or\s+)?|\(\s*)(?:{HEDGE})?", re.I)


# how far back the whole of "of this amount" may stand: the claims of the sentence before
_PART_OF_THAT_BACK = 6


def _share_of_a_part_of_that(text: str, claims: list[Claim]) -> None:
    """"Russia's trade with its EAEU partners came to $50.2 billion. Belarus accounted for
    $33.1 billion of this amount, or 65.9%": the bare share restating a part "of this amount"
    is of that amount, the last flow figure before the part, whose pair may be with a group
    the part's partner belongs to (not the reporter's trade with everyone)."""
    for k, share in enumerate(claims):
        if k < 2 or share.kind != "share" or share.measure not in FLOW_MEASURES or share.extra.get("_whole_partner"):
            continue
        part = claims[k - 1]
        if part.kind != "amount" or part.sentence != share.sentence or not _part_of_that_re().fullmatch(text, part.end, share.start):
            continue
        # (the year-before level the sentence before compares with, "compared with $17.8bn a
        # year earlier", is not what "of that" points at: the figure of the part's own period is)
        whole = next((c for c in reversed(claims[max(0, k - 1 - _PART_OF_THAT_BACK):k - 1]) if c.kind == "amount"
                      and c.measure in FLOW_MEASURES and c.sentence < part.sentence
                      and (c.period == part.period or not part.period)), None)
        key = _partner_key(whole) if whole is not None else None
        if whole is not None and key == "WLD" and whole.commodity and part.commodity is None and share.commodity is None \
                and part.partner == share.partner not in (None, "WLD") and whole.measure == part.measure == share.measure \
                and whole.reporter == part.reporter == share.reporter and whole.period == share.period:
            # ("Peru sold $30bn of gold abroad. Switzerland took $12bn of that, or 40 per
            # cent": the buyer's part of that figure is of its product, and so is the share
            # restating it, not the buyer's part of every export)
            for x in (part, share):
                x.commodity = whole.commodity
                _set(x, "commodity", "part-of-that", "context")
            share.extra["_whole_partner"] = key
            continue
        if whole is None or whole.measure != share.measure or whole.reporter != share.reporter or whole.period != share.period \
                or key in (None, "WLD", share.partner) or whole.commodity != share.commodity:
            continue
        share.extra["_whole_partner"] = key


@functools.cache
def _part_then_share_re() -> re.Pattern:
    """" of that went to the United States, a share of ": a part named as a piece of the
    figure before (vocab/share_anaphors.csv), the clause saying where it went (no figure),
    then the share restating the part."""
    words = vocab.alternation(vocab.share_anaphors(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+of\s+(?:{words})\s+[^\d;:.()]{{1,80}}?,\s*(?:or\s+|a\s+share\s+of\s+)(?:{HEDGE})?", re.I)


def _share_after_a_part_of_that(text: str, claims: list[Claim]) -> None:
    """"Goods exports came to $80bn, and $60bn of that went to Japan, a share of 75 per
    cent": the share restating a part "of that" is of that figure, the last flow figure
    before the part (in its sentence or the one before), here the reporter's goods exports
    to everyone. Without this the share of a product's figure with one partner is read as
    of all that partner's trade, a whole the text never gives."""
    for k, share in enumerate(claims):
        if k < 2 or share.kind != "share" or share.measure not in FLOW_MEASURES or share.extra.get("_whole_partner") \
                or share.extra.get("_whole_commodity") or share.partner in (None, "WLD"):
            continue
        part = claims[k - 1]
        if part.kind != "amount" or part.sentence != share.sentence or part.partner != share.partner \
                or part.measure != share.measure or part.commodity != share.commodity \
                or not _part_then_share_re().fullmatch(text, part.end, share.start):
            continue
        whole = next((c for c in reversed(claims[max(0, k - 1 - _PART_OF_THAT_BACK):k - 1]) if c.kind == "amount"
                      and c.measure in FLOW_MEASURES and part.sentence - 1 <= c.sentence <= part.sentence), None)
        key = _partner_key(whole) if whole is not None else None
        if whole is None or whole.measure != share.measure or whole.reporter != share.reporter or whole.period != share.period \
                or key in (None, share.partner) or whole.commodity != share.commodity:
            continue
        share.extra["_whole_partner"] = key


def _units_part_of_that(text: str, claims: list[Claim]) -> None:
    """"Spain exported €4.0 billion of olive oil to Italy in 2023. Andalusia shipped €2.6
    billion of that, or 65 per cent": a sub-national unit's figure "of that" (vocab/
    share_anaphors.csv) is its part of the last flow figure before, its country's with the
    same partner in the same period: the part is of that figure's product, and the bare share
    restating it is of that figure (its reporter and product), not of the unit's own exports."""
    units = None
    for k, share in enumerate(claims):
        if k < 2 or share.kind != "share" or share.measure not in ("exports", "imports") \
                or share.extra.get("_whole_reporter") or share.extra.get("_whole_commodity"):
            continue
        part = claims[k - 1]
        if part.kind != "amount" or part.sentence != share.sentence or part.commodity is not None:
            continue
        units = vocab.subnational() if units is None else units
        if part.reporter not in units or not _part_of_that_re().fullmatch(text, part.end, share.start):
            continue  # (the unit first: cheap)
        # (the last of the flow and period: "..., down from $14.6 billion in 2022" is no whole)
        whole = next((c for c in reversed(claims[max(0, k - 1 - _PART_OF_THAT_BACK):k - 1]) if c.kind == "amount"
                      and c.measure == part.measure and c.period == part.period and c.sentence < part.sentence), None)
        if whole is None or whole.partner != part.partner \
                or whole.reporter != units[part.reporter] or not whole.commodity or share.partner != part.partner:
            continue
        part.commodity = share.commodity = whole.commodity
        _set(part, "commodity", "part-of-that", "context")
        _set(share, "commodity", "part-of-that", "context")
        share.extra["_whole_reporter"] = whole.reporter
        share.extra["_whole_commodity"] = whole.commodity


# ", which is 72.6% of", ", or 52.4% of", " (18.7 percent of": a share right after an amount
# that says what part of a whole the amount is
_SHARE_OF_THE_AMOUNT = re.compile(r"\s*(?:,\s*(?:which\s+(?:is|was|makes?|made|represents|represented)\s+(?:up\s+)?|or\s+|i\.e\.\s+)|\(\s*)"
                                  r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?", re.I)


@functools.cache
def _broken_down_re() -> re.Pattern:
    words = vocab.alternation(vocab.breakdown_cues() + vocab.inclusion_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*,?\s*(?:{words})\b", re.I)


def _whole_broken_down(text: str, before: list[Claim], last: Claim | None) -> Claim | None:
    """"Mutual trade amounted to $13,112.5 million, including exports of $4,621.7 million and
    imports of $8,490.8 million. Russia accounted for 91.8% of it": when the figures before
    "it" are a whole and then its parts ("including", "of which"), "it" is the whole the
    sentence is about, not the last part named."""
    if last is None:
        return None
    same = [c for c in before if c.sentence == last.sentence]
    head = next((c for c in same if c.kind == "amount" and c.measure in FLOW_MEASURES), None)
    if head is None or head is last:
        return last
    nxt = same[same.index(head) + 1]
    return head if _broken_down_re().match(text, head.end) and nxt.start > head.end else last


# "US$3.57 billion (18.7 percent)", "$3.57bn, or 18.7%": a share restating the amount before
# it, and no "of ..." after it to say what whole
_BARE_SHARE_GAP = re.compile(r"\s*(?:\(|,\s*or\s+|,\s*)\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?")
_WHOLE_SAID_AFTER = re.compile(r"\s*(?:\)\s*)?(?:of|in|out\s+of)\b", re.I)


def _bare_share_of_an_unsaid_whole(text: str, claims: list[Claim]) -> None:
    """"Total non-oil exports of US$19.12 billion ... Exports to the ASEAN region reached
    US$3.57 billion (18.7 percent)", total exports of US$19.31 billion given as well: a share
    in brackets that names no whole, after the text gave the flow's whole for one product
    (non-oil) as well as for all goods, is of one of them, which the words do not say; the
    whole read for it is a guess, so a conflict it makes is unverifiable."""
    for k, (c, x) in enumerate(zip(claims, claims[1:]), 1):
        if x.kind != "share" or c.kind != "amount" or c.commodity is not None or c.measure not in FLOW_MEASURES \
                or x.sentence != c.sentence or not _BARE_SHARE_GAP.fullmatch(text, c.end, x.start) \
                or _WHOLE_SAID_AFTER.match(text, x.end):
            continue
        if any(w.kind == "amount" and w.commodity and (w.extra.get("_whole_of") or w.how.get("measure") == "whole-of-share") and w.measure == c.measure
               and w.reporter == c.reporter and w.period == c.period for w in claims[:k - 1]):
            x.basis["measure"] = "guess"


def _part_of_the_whole_its_share_names(text: str, claims: list[Claim]) -> None:
    """"Cocoa accounted for €820 million, which is 72.6% of Ghana's exports to the
    Netherlands": the amount is the part of the whole its share names, so where the
    amount's own words named no pair (the discourse's, last set by "Dutch exports to
    Ghana"), it takes the pair and flow of that whole."""
    for c, x in zip(claims, claims[1:]):
        if c.kind != "amount" or x.kind != "share" or x.sentence != c.sentence or c.basis.get("pair") == "text" \
                or x.basis.get("pair") != "text" or x.how.get("pair") not in ("two-named", "share-whole-named", "share-of-partial-whole") \
                or x.extra.get("_whole_partner") \
                or x.measure not in FLOW_MEASURES or c.measure not in FLOW_MEASURES or x.reporter is None:
            continue
        if not _SHARE_OF_THE_AMOUNT.fullmatch(text, c.end, x.start):
            continue
        if c.how.get("measure") == "perspective-verb" and c.how.get("pair") == "named-partner":
            continue  # ("The SADC bloc took R40bn, or 80% of SA's exports to Africa": the subject's part of that whole)
        c.reporter, c.partner, c.measure = x.reporter, x.partner, x.measure
        for key in ("reporter_group", "partner_group"):
            c.extra.pop(key, None)
            if x.extra.get(key):
                c.extra[key] = x.extra[key]
        _set(c, "pair", "whole-of-its-share", "text")
        _set(c, "measure", "whole-of-its-share", "text")


def _goods_and_services_as_the_whole(claims: list[Claim]) -> None:
    """"Exports of goods and services rose 0.3% to $211.2 billion ... Imports slipped to
    $257.4 billion": where neither is given apart for the pair, goods and services are the
    pair's whole flow (the goods deficit with China beside them is another pair's)."""
    apart = {(c.reporter, c.partner) for c in claims if c.commodity in ("goods", "services")}
    for c in claims:
        if c.scope == "goods and services" and (c.reporter, c.partner) not in apart:
            c.scope = None


def _goods_and_services_go_on(claims: list[Claim]) -> None:
    """"Belarus' foreign trade in goods and services totaled $53.6 billion, which is 104.1% of
    the level of the same period last year ... Exports amounted to $27.1 billion, imports
    $26.5 billion ... Foreign trade in goods amounted to $45.9 billion": in a text that gives
    goods and services apart, the figures after one of goods and services that name no
    product are of goods and services too, until a figure names goods or services (or another
    product, pair or scope). Not in a text that gave a bare figure of the pair before ("the
    U.S. trade deficit hit almost $1 trillion ... the deficit on goods and services grew
    12.2%, reaching $948.1 billion"): there the bare figures are its whole, whatever a
    sentence calls it."""
    carried: Claim | None = None
    bare: set = set()  # the pairs a figure with no product or scope was given for
    for c in claims:
        if c.extra.get("_headline") or (c.measure == "other" and not c.extra.get("change_of")):
            continue
        if carried is None and c.commodity is None and c.scope is None and not c.extra.get("change_of"):
            # (a bare change, "- total trade up £2.9 billion in a year" among a release's
            # highlights, names no scope of the levels: the body's scope goes on as it says)
            bare.add((c.reporter, c.partner))
        if (c.scope == "goods and services" and c.commodity is None and c.basis.get("commodity") == "text"
                and (c.reporter, c.partner) not in bare):
            carried = c
        elif carried is None:
            continue
        elif c.scope == carried.scope and c.commodity is None and (c.reporter, c.partner) == (carried.reporter, carried.partner):
            continue  # (already of the same total: "..., an increase of 8.4%" read so in its clause)
        elif c.commodity is not None or c.scope is not None or (c.reporter, c.partner) != (carried.reporter, carried.partner):
            carried = None
        else:
            c.scope = carried.scope
            _set(c, "commodity", "goods-and-services-go-on", "context")


def _flows_split_into_goods_and_services(claims: list[Claim]) -> None:
    """"Two-way goods and services trade was A$50.3 billion. - Exports: A$32.1 billion, of
    which services A$10.6 billion and goods A$21.5 billion - Imports: A$18.2 billion": in a
    text that gives the pair's total of goods and services, a bare flow its own sentence splits
    into services and goods is a flow of goods and services too, and so is the other flow,
    bare, in the next sentence (the two make up the total)."""
    def key(c):
        return c.measure, c.reporter, c.partner, c.period

    whole = {(c.reporter, c.partner) for c in claims if c.scope == "goods and services" and c.commodity is None}
    if not whole:
        return  # (cheap: most texts give no total of goods and services)
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.commodity or c.scope or c.measure not in ("exports", "imports") \
                or (c.reporter, c.partner) not in whole:
            continue
        parts = {x.commodity for x in claims[k + 1:] if x.sentence == c.sentence and x.kind == "amount" and key(x) == key(c)}
        if not {"goods", "services"} <= parts:
            continue
        c.scope = "goods and services"
        _set(c, "commodity", "split-into-goods-and-services", "text")
        other = next((x for x in claims[k + 1:] if x.sentence > c.sentence), None)
        if other is not None and other.sentence == c.sentence + 1 and other.kind == "amount" and not other.commodity \
                and not other.scope and other.measure in ("exports", "imports") and other.measure != c.measure \
                and (other.reporter, other.partner, other.period) == (c.reporter, c.partner, c.period):
            other.scope = "goods and services"
            _set(other, "commodity", "split-into-goods-and-services", "context")


# how near two figures must be to be one restated ("N2.74trn" over "N2.74 trillion")
_SAME_FIGURE = 0.001


def _headline_measure_of_its_restatement(claims: list[Claim]) -> None:
    """"Customs generates N2.74trn in H1 2024" over "The Nigeria Customs Service generated
    N2.74 trillion in revenue": a figure that no flow word came before (read as trade for want
    of one; a headline's, mostly) is what a later sentence that names it says the same figure
    is."""
    read = [c for c in claims if c.kind == "amount" and c.value and c.how.get("measure") != "default-trade"]
    for c in claims:
        if c.kind != "amount" or c.how.get("measure") != "default-trade" or not c.value:
            continue
        # (a later sentence, whether the lead counts as the standfirst or the body)
        same = next((b for b in read if b.sentence > c.sentence and b.currency == c.currency
                     and abs(b.value - c.value) <= _SAME_FIGURE * abs(c.value)), None)
        if same is not None:
            c.measure = same.measure
            _set(c, "measure", "restated-in-body", "text")


def _headline_base_of_its_restatement(claims: list[Claim]) -> None:
    """"Imports Fall 12.47% in September 2023" over "This value fell 12.47% month on month
    (mom) from US$ 19.81 billion in August 2023": a headline change whose base was only the
    year-before default is the change the body restates with its base named (the same figure,
    flow, pair, product and period), so it takes that base."""
    # (a later sentence, whether the lead counts as the standfirst or the body)
    body = [c for c in claims if c.kind == "percent_change" and c.base_period and c.how.get("base_period") != "base-year-before"]
    for c in claims:
        if c.kind != "percent_change" or not c.extra.get("_headline") or c.how.get("base_period") != "base-year-before":
            continue
        same = [b for b in body if b.sentence > c.sentence and b.factor == c.factor
                and (b.measure, b.reporter, b.partner, b.commodity, b.period) == (c.measure, c.reporter, c.partner, c.commodity, c.period)]
        if len({b.base_period for b in same}) == 1:  # (restated with two bases: no telling which)
            c.base_period = same[0].base_period
            _set(c, "base_period", "restated-in-body", "text")


def _one_product_two_names(claims: list[Claim]) -> None:
    """"Auto exports totaled $5.74 billion ... The US accounted for 45.5 percent of total car
    exports": a text that names one product under two everyday labels (vocab/
    product_synonyms.csv) speaks of one quantity; its figures take the label it used first."""
    from .. import vocab

    synonyms = vocab.product_synonyms()
    first: dict[str, str] = {}
    for c in claims:
        if c.commodity in synonyms and c.commodity not in first:
            first[c.commodity] = first.get(synonyms[c.commodity], c.commodity)
    for c in claims:
        if c.commodity in first and first[c.commodity] != c.commodity:
            c.commodity = first[c.commodity]


def _headline_labels(claims: list[Claim], ctx) -> None:
    """"Textile exports up 5%" over "textile and clothing exports rose 5% to $16.5 billion":
    a headline's shorter name for the product group the body names is the same goods (one
    set of HS codes in vocab/commodities.csv), one quantity under the body's name, not a
    whole and its part."""
    from .. import vocab

    body = [c for c in claims if not c.extra.get("_headline") and c.commodity]
    for short in {c.commodity for c in claims if c.extra.get("_headline") and c.commodity}:
        words = set(short.split())
        fuller = next((b.commodity for b in body if b.commodity != short and vocab.same_goods(short, b.commodity)
                       and words <= set(b.commodity.split())), None)
        if fuller is None:
            fuller = _the_one_kind_the_body_names(short, body)
        if fuller is None:
            continue
        for c in claims:
            if c.commodity == short and (c.extra.get("_headline") or c.how.get("commodity") == "article-scope"):
                c.commodity = fuller
        if ctx.scope == short:
            ctx.scope = fuller


def _the_one_kind_the_body_names(short: str, body: list[Claim]) -> str | None:
    """"Iraq's oil exports for October generate $7.06 billion" over "the total quantity of
    crude oil exports ... with revenues reaching $7.06 billion": a headline's word for goods
    known as no one set (vocab/commodities.csv, no HS code: "oil" may be crude or edible)
    is the one kind of it the body names ("crude oil"), where the body names no other goods
    with that word ("oil products") and never the bare word."""
    from .. import vocab

    if short in vocab.hs_codes():
        return None
    words = set(short.split())
    kinds = {b.commodity for b in body if words <= set(b.commodity.split())}
    if len(kinds) != 1:
        return None  # (the bare word in the body too, or two kinds: "crude oil" and "oil products")
    kind = next(iter(kinds))
    return kind if kind != short and kind.endswith(" " + short) and kind in vocab.hs_codes() else None


def _goods_beside_the_whole(claims: list[Claim], services_named: bool) -> None:
    """"Imports rose 2.1% to $345.4 billion. Goods imports surged 2.6% to $281.8 billion.":
    where a text names goods for one figure and gives another of the same flow, pair and
    period with no product at all, larger (in the same currency), the unlabelled one is
    goods and services and the one said to be goods a part of it (a headline's
    figure, often rounded or out of date, decides nothing). A balance of goods may lie
    either side of the whole's: where the text speaks of services too (`services_named`),
    a body's goods balance apart from the unlabelled one tells them apart."""
    flows = ("exports", "imports", "balance", "trade_total")

    def key(c):
        return c.reporter, c.partner, c.measure, c.period

    named = [c for c in claims if c.extra.get("_goods_named") and c.commodity is None and not c.scope and c.measure in flows]
    values = {}
    for c in named:
        if c.kind == "amount" and c.value is not None:
            values.setdefault(key(c), []).append((c.currency, c.value, bool(c.extra.get("_headline"))))
    apart = set()
    for c in claims:
        k = key(c)
        if (c.kind == "amount" and c.value is not None and c.commodity is None and not c.scope and k in values
                and not c.extra.get("_goods_named") and not c.extra.get("_headline")
                and all(cur == c.currency and _goods_apart_from(c.measure, v, c.value, services_named and not headline)
                        for cur, v, headline in values[k])):
            apart.add(k)
            if c.measure == "balance" and services_named:
                # the whole's balance, on goods and services: not the goods exports less imports
                c.scope = "goods and services"
    # (with the figures its sentence ties to it: "widened to €21.5 billion in 2023 from €16.1 billion",
    # and its change: "the goods deficit narrowing by $10.7 billion to $91.8 billion")
    sentences = {(c.sentence, c.measure) for c in named if key(c) in apart}
    # (a goods balance apart from the whole's: every figure the text says is of goods for that
    # pair, the exports and imports the goods balance is made of and the changes, is goods)
    pairs = {(r, p) for r, p, measure, _ in apart if measure == "balance"} if services_named else set()
    changes = [c for c in claims if c.extra.get("_goods_named") and c.commodity is None and not c.scope
               and c.measure == "other" and c.extra.get("change_of") in flows]
    # ("exports of covered goods fell to €1.9bn in 2023 from €3.4bn in 2021, a drop of 44%":
    # the change its sentence dates by those two levels is of their goods too, even where
    # its own words do not say goods)
    changes += [c for c in claims if c.kind == "percent_change" and c.commodity is None and not c.scope
                and c.measure in flows and c.how.get("period") == "change-of-levels"
                and (c.sentence, c.measure) in sentences]
    for c in named + changes:
        if (c.sentence, c.extra.get("change_of") or c.measure) in sentences or (c.reporter, c.partner) in pairs:
            c.commodity = "goods"
            _set(c, "commodity", "goods-beside-the-whole", "text")


def _goods_apart_from(measure: str, goods: float, whole: float, either_side: bool) -> bool:
    """Whether a figure said to be of goods cannot be the unlabelled one of the same flow: a
    flow of goods is smaller than goods and services together. A goods balance may lie either
    side of the whole's ("the goods deficit narrowed to $91.8 billion", the deficit on goods
    and services $79.4 billion, services in surplus): where the text speaks of services and
    the goods figure is the body's (`either_side`), any gap beyond rounding tells them apart."""
    if measure == "balance" and either_side:
        return abs(goods - whole) > 0.01 * max(abs(goods), abs(whole))
    return abs(goods) < 0.99 * abs(whole)


def _dated_by_its_share(text: str, claims: list[Claim]) -> None:
    """"receipts of $3.87 billion, or 57.5 percent of the total export value for the month":
    a figure the discourse dated, restated as a share that its own words date, is of that
    period too."""
    for a, b in zip(claims, claims[1:]):
        if (a.kind == "amount" and b.kind == "share" and b.sentence == a.sentence
                and re.fullmatch(r"\s*(?:,\s*(?:or\s+)?|\(\s*)", text[a.end:b.start]) and a.basis.get("period") == "context"
                and b.basis.get("period") == "text" and b.period and b.period != a.period):
            a.period = b.period
            _set(a, "period", "dated-by-its-share", "text")


# words that make a balance more than the gap of the flows just given
_WIDER_BALANCE = re.compile(r"\b(?:total|overall|combined|including|goods\s+and\s+services|current[\s-]account)\b", re.I)


def _gap_of_flows(text: str, claims: list[Claim]) -> None:
    """A surplus or deficit that names no product, stated in the paragraph that has just
    given the same pair's exports and imports for its period, both of one product group, is
    the gap between them ("goods exports came to $437.06bn ..., while imports dropped 5.41%
    to $677.24bn. The annual deficit narrowed by $24.72bn to $240.18bn."): of that group too.
    Not where its words make it wider ("the overall deficit", "including services")."""
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.measure != "balance" or c.commodity is not None or c.scope or c.extra.get("_headline"):
            continue
        lead = text[max(0, c.start - 120):c.start]
        lead = lead[lead.rfind(".") + 1:]  # (the words of its own sentence before it)
        if _WIDER_BALANCE.search(lead):
            continue
        nearest: dict[str, Claim] = {}
        for p in reversed(claims[:k]):
            if p.paragraph != c.paragraph:
                break
            if (p.kind == "amount" and p.measure in ("exports", "imports") and p.measure not in nearest
                    and (p.reporter, p.partner, p.period) == (c.reporter, c.partner, c.period)):
                nearest[p.measure] = p
        if len(nearest) == 2 and nearest["exports"].commodity and \
                nearest["exports"].commodity == nearest["imports"].commodity:
            c.commodity = nearest["exports"].commodity
            _set(c, "commodity", "gap-of-flows", "context")
            for x in reversed(claims[:k]):  # its change before it ("narrowed by $24.72bn to ...")
                if x.sentence != c.sentence:
                    break
                if (x.extra.get("change_of") == "balance" and x.commodity is None
                        and (x.reporter, x.partner, x.period) == (c.reporter, c.partner, c.period)):
                    x.commodity = c.commodity
                    _set(x, "commodity", "gap-of-flows", "context")


# "Together the two categories made up", "Between them, the 15 accounted for", "both",
# "Combined, U.S. trade with its two neighbors", "Together, the region's three main buyers
# took" (a possessive between the article and the count): how many parts a share of several
# takes; a rank word may stand before the count ("Together, the top three states accounted
# for": vocab/rank_places.csv's adjectives)
_COUNT_POSSESSIVE = r"(?:[\w-]+(?:['’]s|s['’])\s+)?"


@functools.cache
def _parts_count_re() -> re.Pattern:
    # (a ranking word, "the top three", or a group's epithet, vocab/count_epithets.csv: "the big three")
    rank = vocab.alternation([w for w in vocab.rank_places("adjective") if " " not in w]
                             + [r["word"] for r in vocab.table("count_epithets")], ignore_case=True)
    return re.compile(rf"\b(?:(?:the|these|those|all|its|their)\s+{_COUNT_POSSESSIVE}(?:(?:{rank})\s+)?(?P<n>[a-z]+|\d{{1,2}})\b|(?P<both>both)\b)(?:\s+[\w'’-]+){{0,5}}\s*$", re.I)


@functools.cache
def _joint_cue() -> re.Pattern:
    cue = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cue})\b", re.I)


@functools.cache
def _counted_whole() -> re.Pattern:
    """"taking the two metals' total to $8.7 billion": the whole (vocab/whole_scope_cues.csv)
    of a counted group, in the possessive, is as joint as "together"."""
    whole = vocab.alternation(vocab.whole_scope_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:the|these|those|their)\s+(?:[a-z]+|\d{{1,2}})\s+[\w-]+(?:s['’]|['’]s)\s+(?:{whole})\b", re.I)


def _amounts_of_several_parts(text: str, claims: list[Claim]) -> None:
    """An amount that several parts take together, when the text says how many ("Together,
    the three commodities accounted for US$9,979.7 million", "The three markets together
    accounted for Sh110.8 billion"): not the whole flow, nor the last part named, but the sum
    of the last that many figures of its flow before it, a group of their partners or
    products. The figures restating it in its clause ("or 80.1 per cent") are of the group too."""
    for k, c in enumerate(claims):
        if c.kind == "amount" and c.measure == "trade_total" and _two_way_parts(text, claims, k):
            continue
        if c.kind != "amount" or c.measure in (None, "other") or c.extra.get("_parts") \
                or (c.extra.get("partner_group") and c.how.get("pair") not in ("discourse", "counted-places")):
            continue  # (a group named by its places is read where the pair is; one the text is on is no reading of it)
        before = _clause_before(text, c.start)
        joint = bool(_joint_cue().search(before)) or _counted_back(before)
        if not joint and not (("'" in before or "’" in before) and _counted_whole().search(before)) \
                and not _counted_subject_sums().fullmatch(before):
            continue
        n = _parts_count(before)
        if n is None and _joint_aside().search(before):
            n = _figures_before_in_sentence(claims, k)
        if n is None and _joint_after_bracketed_parts().search(before):
            n = _bracketed_figures_before(text, claims, k)
        if n is None:
            n = _listed_items_before(text, c.start)
        if n is None and _sum_of_sentence_before().match(before):
            n = _figures_in_sentence_before(claims, k)
        if c.measure == "balance" and (n is None or n < 2):
            continue  # (a balance is read as several partners' only where the text counts them)
        if (n is None or n < 2) and not joint:
            continue
        if n is None or n < 2:
            _unknown_sides_of_sum(text, c, before, _restating(text, claims, k), claims[:k])
            continue
        parts = _last_parts(claims[:k], c, n)
        side = _partners_side(before) if parts is None else None
        if side is not None and side != c.measure:
            # "Together, the three countries took EUR 2 337,0 million": the partners'
            # verb, their buying the reporter's exports
            parts = _last_parts(claims[:k], c, n, side)
        group = None if parts is None or _parts_ambiguous(claims, parts, c) else _group_of_parts(c, parts)
        if group is None and not joint:
            continue  # (a counted whole whose parts are not the figures before it says no more than before)
        if group is None:
            _unknown_sides_of_sum(text, c, before, _restating(text, claims, k), claims[:k])
            continue
        if parts[0].measure != c.measure:
            # (the figures restating the sum took its flow from it: they follow it)
            for x in [c] + [x for x in _restating(text, claims, k) if x.measure == c.measure]:
                x.measure = parts[0].measure
                _set(x, "measure", "parts-together", "context")
        # (the partner the text was on, which the parts are of)
        whole = ("group:" + c.extra["partner_group"] if c.extra.get("partner_group") else c.partner) \
            if c.how.get("pair") == "discourse" else None
        for x in [c] + _restating(text, claims, k):
            if x.kind == "share" and whole not in (None, "WLD") and not x.extra.get("_whole_partner") and _whole_named_after(text, x, whole):
                x.extra["_whole_partner"] = whole  # "..., or 85,2% of total exports to CEFTA"
            if x.kind == "share" and x.extra.get("_whole") == "several parts":
                x.extra["_parts"] = parts  # (its part is the parts' sum, as the amount's)
            x.partner, x.commodity = group["partner"], group["commodity"]
            if x.scope == "an unnamed part":
                # ("..., or 43,5% of the total trade deficit": read before as a part no words
                # named, it is the counted places' part, of their flow with the world)
                x.scope = None
                x.extra.pop("_whole_commodity_none", None)
            if group.get("partner_group"):
                x.extra["partner_group"] = group["partner_group"]
            if "reporter" in group:
                x.reporter = group["reporter"]
                if group.get("reporter_group"):
                    x.extra["reporter_group"] = group["reporter_group"]
            _set(x, "pair", "parts-together", "context")
            _set(x, "commodity", "parts-together", "context")
        c.extra["_parts"] = parts


@functools.cache
def _counted_subject_sums() -> re.Pattern:
    """"Crude oil imports rose to 13.36 trillion yen, LNG to 8.14 trillion yen and coal to
    7.81 trillion yen. The three fuels totaled 29.31 trillion yen": a clause that opens on a
    definite count of things (two or more) and a verb of summing them (vocab/colon_total_cues.csv,
    "sum verb") right before the figure points back to that many figures given before it,
    as a joint word would; only where those are found is the figure read as their sum."""
    verbs = vocab.alternation([r["phrase"] for r in vocab.table("colon_total_cues") if r["role"] == "sum verb"],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:the|these|those)\s+(?:[a-z]+|\d{{1,2}})\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:{verbs})\s+{HEDGE}", re.I)


# "The deficit with these four countries alone amounts to": a demonstrative and a count
# point back to the places or goods just listed, all of them at once
_COUNTED_BACK = re.compile(r"\b(?:these|those)\s+(?:[a-z]+|\d{1,2})\s+[a-z-]+\b", re.I)


def _counted_back(before: str) -> bool:
    """Whether the clause before a figure counts the parts given before it with "these" or
    "those" ("with these four countries alone"): as joint as "together" (the count itself
    must be a number, see `_parts_count`)."""
    return ("these " in before.lower() or "those " in before.lower()) and (_parts_count(before) or 0) >= 2 \
        and _COUNTED_BACK.search(before) is not None


def _two_flows_together(text: str, claims: list[Claim]) -> None:
    """"Intra-EAC exports were US$6.6 billion and intra-EAC imports US$5.7 billion, the two
    together making up the US$12.3 billion total", "exports of $4.1bn and imports of $2.0bn,
    together $6.1bn": a figure the text gives as the two flows it has just named taken
    together (a joint word, vocab/joint_cues.csv, with "the two" or "both", or alone after
    them) is their pair's trade, the sum of the two (so a bloc's internal trade is read as
    its members' exports plus imports only where the text adds them up)."""
    for k, c in enumerate(claims):
        if c.kind != "amount" or k < 2 or c.extra.get("_parts"):
            continue
        before = _clause_before(text, c.start)
        if not _joint_cue().search(before) or _parts_count(before) not in (None, 2):
            continue
        earlier = [p for p in claims[:k] if p.sentence == c.sentence and p.kind == "amount"]
        if len(earlier) != 2 or {p.measure for p in earlier} != {"exports", "imports"}:
            continue
        x, m = earlier
        sides = ("reporter", "partner", "commodity", "period", "currency")
        if any(getattr(x, f) != getattr(m, f) for f in sides) \
                or any(x.extra.get(g) != m.extra.get(g) for g in ("reporter_group", "partner_group")):
            continue
        for f in sides:
            setattr(c, f, getattr(x, f))
        for g in ("reporter_group", "partner_group"):
            c.extra.pop(g, None)
            if x.extra.get(g):
                c.extra[g] = x.extra[g]
        c.measure = "trade_total"
        for f in ("measure", "pair", "commodity"):
            _set(c, f, "two-flows-together", "text")
        c.extra["_parts"] = earlier


def _two_joined_goods(c: Claim) -> list[str] | None:
    """The head words of a money figure's two goods joined by "and" ("solar cells and
    modules" -> cells, modules), or None when it is no such figure."""
    if c.kind != "amount" or c.extra.get("_parts") or " and " not in (c.commodity or "") or c.value is None:
        return None
    members = [w.split()[-1] for w in re.split(r"\s+and\s+|,\s*", c.commodity.lower()) if w.split()]
    return members if len(members) == 2 and len(set(members)) == 2 else None


def _joined_goods_together(text: str, claims: list[Claim]) -> None:
    """"Imports of solar cells reached $2.8bn and of solar modules $1.9bn ... Combined imports
    of cells and modules came to $4.7bn": a figure of goods joined by "and", said together
    (a joint word, vocab/joint_cues.csv, in its clause), is the sum of the last figure the
    text gave of each of them (each named by the same head word: "cells", "solar cells"), of
    the same flow, pair, period and currency."""
    for k, c in enumerate(claims):
        members = _two_joined_goods(c) if k >= 2 else None
        if members is None or not _joint_cue().search(_clause_before(text, c.start)):
            continue
        key = (c.measure, c.reporter, c.partner, c.period, c.currency)
        parts = []
        for head in members:
            p = next((p for p in reversed(claims[:k]) if p.kind == "amount" and p.commodity and p.value is not None
                      and (p.measure, p.reporter, p.partner, p.period, p.currency) == key
                      and p.commodity.lower().split()[-1] == head), None)
            if p is None or p.value >= c.value:
                break
            parts.append(p)
        else:
            c.extra["_parts"] = parts


def _joined_goods_then_each(text: str, claims: list[Claim]) -> None:
    """"Exports of cameras and lenses reached $9.0bn. Cameras alone brought in $6.5bn, while
    lenses, filters and tripods earned $2.5bn": a figure of two goods joined by "and", then in
    the sentences right after one figure of the same flow, pair, period and currency per good,
    each the subject its clause opens with (the last may be a list the good leads), in the
    order named, is the sum of those figures."""
    for k, c in enumerate(claims):
        members = _two_joined_goods(c)
        if members is None:
            continue
        key = (c.measure, c.reporter, c.partner, c.period, c.currency)
        later = [p for p in claims[k + 1:] if p.kind == "amount" and p.start - c.end < 400]
        same = [p for p in later if p.value is not None and (p.measure, p.reporter, p.partner, p.period, p.currency) == key]
        if len(same) != 2 or not all(p.value < c.value for p in same):
            continue  # (exactly one figure a good, none else of the whole's reading)
        if all(_opens_with_good(text, p.start, head) for p, head in zip(same, members)):
            c.extra["_parts"] = same
            for p in same:
                if p.basis.get("measure") == "guess":
                    # ("Cameras alone brought in $6.5bn": the good of the whole named as its
                    # subject, the figure is of the whole's flow, no guess left)
                    _set(p, "measure", "part-of-joined-goods", "context")


# the clause a figure's subject opens: after "while", "whereas" or a sentence's start
_CLAUSE_OPENER = re.compile(r"(?:^|[.;\n]\s*|,?\s+(?:while|whereas)\s+)", re.I)


def _opens_with_good(text: str, pos: int, head: str) -> bool:
    """Whether the clause before `pos` opens with the good `head` (either number: "handbag",
    "handbags")."""
    before = _clause_before(text, pos)
    starts = [m.end() for m in _CLAUSE_OPENER.finditer(before)]
    piece = before[starts[-1]:] if starts else before
    stem = head[:-1] if head.endswith("s") else head
    return re.match(rf"\s*{re.escape(stem)}s?\b", piece, re.I) is not None


def _two_way_parts(text: str, claims: list[Claim], k: int) -> bool:
    """"South Africa ... imports worth US$1.84 billion. It also bought US$312 million ...
    Mozambique supplied US$420 million and bought US$54 million, while Zambia ... / Trade with
    the three SADC neighbours together came to US$2.96 billion": the trade that n partners
    the text counts take together is the sum of the last n partners' exports and imports
    before it, one of each a partner (the group is the partners', not the bloc they belong
    to). True when so read."""
    c = claims[k]
    before = _clause_before(text, c.start)
    if not _joint_cue().search(before) or not _counted_partners(before):
        return False  # (the cheap cue first)
    n = _parts_count(_COUNTED.search(before).group(0))
    flows = [p for p in reversed(claims[:k]) if p.kind == "amount" and p.measure in ("exports", "imports")
             and p.value and p.period == c.period and not p.extra.get("_parts")][:2 * n]
    partners = {p.partner for p in flows}
    if len(flows) < 2 * n or len(partners) != n or len({(p.partner, p.measure) for p in flows}) != 2 * n \
            or len({p.reporter for p in flows}) != 1 or c.reporter not in (None, flows[0].reporter):
        return False
    group = _group_of_parts(c, [p for p in flows if p.measure == "exports"])
    if group is None or len({p.commodity for p in flows}) != 1:
        return False
    c.reporter, c.partner, c.commodity = flows[0].reporter, group["partner"], group["commodity"]
    c.extra.pop("partner_group", None)
    if group.get("partner_group"):
        c.extra["partner_group"] = group["partner_group"]
    _set(c, "pair", "parts-together", "context")
    _set(c, "commodity", "parts-together", "context")
    c.extra["_parts"] = list(reversed(flows))
    return True


def _running_total_of_kinds(claims: list[Claim]) -> None:
    """"Chile's bottled wine exports fell ... to US$ 1,052 million ... Bulk wine exports added
    US$ 243 million, bringing total wine exports to US$ 1,295 million": the total a kind of a
    product brings that product to is the sum of it and the other kind given before (each a
    qualified form of the total's product, of the same flow and period)."""
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.how.get("commodity") != "running-total-of-product" or k == 0 or c.extra.get("_parts"):
            continue

        def kind_of(x: Claim) -> bool:
            return x.kind == "amount" and (x.measure, x.reporter, x.partner, x.period, x.currency) == (c.measure, c.reporter, c.partner, c.period, c.currency) \
                and bool(x.commodity) and x.commodity.endswith(" " + c.commodity) and not x.extra.get("_headline")
        added = claims[k - 1]
        if added.sentence != c.sentence or not kind_of(added):
            continue
        other = next((x for x in reversed(claims[:k - 1]) if kind_of(x) and x.commodity != added.commodity), None)
        if other is not None:
            c.extra["_parts"] = [other, added]


def _running_total_of_two_products(text: str, claims: list[Claim]) -> None:
    """"Knitwear exports were $1.5 billion ... Yarn and fibre exports totaled $900 million,
    bringing combined yarn and knitwear exports to $2.4 billion": the total a raise verb's
    -ing form brings two products joined by "and" to is the sum of the figure just added
    (its sentence's, of one of the two) and the last figure before of the other (of the same
    flow, pair, period and currency)."""
    for k, c in enumerate(claims):
        if c.kind != "amount" or k == 0 or c.extra.get("_parts") or not c.commodity or c.commodity.count(" and ") != 1:
            continue
        if not _combined_total_re().search(text, max(0, c.start - 90), c.start):
            continue

        def same_flow(x: Claim) -> bool:
            return x.kind == "amount" and bool(x.commodity) \
                and (x.measure, x.reporter, x.partner, x.period, x.currency) == (c.measure, c.reporter, c.partner, c.period, c.currency)
        added = claims[k - 1]
        if added.sentence != c.sentence or not same_flow(added) or added.commodity == c.commodity:
            continue
        sides = c.commodity.split(" and ")
        named = [x for x in sides if re.search(rf"\b{re.escape(x)}\b", added.commodity)]
        if len(named) != 1:
            continue
        other_side = sides[1 - sides.index(named[0])]
        other = next((x for x in reversed(claims[:k - 1]) if same_flow(x) and x.commodity == other_side), None)
        if other is not None:
            c.extra["_parts"] = [other, added]


def _running_total_with_the_product_added(text: str, claims: list[Claim]) -> None:
    """"Footwear exports fell to $20bn. Bags brought in $4bn, taking the sector's combined
    export earnings to $24bn": the total a raise verb's -ing form takes the flow to, right
    after the figure of a product added, is a wider whole (that figure plus the last one of
    the same flow before it), not a restatement of the earlier figure: a series including
    the added product, whose parts are the two figures."""
    for k, c in enumerate(claims):
        if c.kind != "amount" or k < 2 or c.extra.get("_parts") or c.commodity or c.scope:
            continue
        if not _combined_flow_total_re().search(text, max(0, c.start - 90), c.start):
            continue

        def same_flow(x: Claim) -> bool:
            return x.kind == "amount" and not x.extra.get("_parts") \
                and (x.measure, x.reporter, x.partner, x.period, x.currency) == (c.measure, c.reporter, c.partner, c.period, c.currency)
        # (the product's figure of the same period in the sentence: "from $4.45bn a year
        # earlier" between them is its earlier level)
        added = next((x for x in reversed(claims[:k]) if x.sentence == c.sentence and same_flow(x)), None)
        if added is None or not added.commodity:
            continue
        other = next((x for x in reversed(claims[:k]) if same_flow(x) and x.sentence < c.sentence), None)
        if other is None or other.commodity == added.commodity:
            continue
        c.scope = "including " + added.commodity  # (a wider whole: no second statement of `other`)
        c.extra["_parts"] = [other, added]


def _running_total_of_a_named_group(text: str, claims: list[Claim]) -> None:
    """"Makers also shipped helmets and pads, bringing total sporting goods exports to
    $900m": the total a raise verb's -ing form takes a flow of a named product group to is
    that group's flow (a whole of the products the sentence lists), not a flow of the last
    product named before it."""
    for c in claims:
        if c.kind != "amount" or c.extra.get("_parts") or c.scope or " total " not in text[max(0, c.start - 90):c.start]:
            continue  # (cheap: the cue needs the word "total")
        m = _named_group_total_re().search(text, max(0, c.start - 90), c.start)
        if m is None or names_country_or_flow(m["np"]):
            continue
        label = canonical_label(m["np"])
        if label in ("goods", "merchandise", "services") or any(w in vocab.not_products() for w in m["np"].lower().split()):
            continue  # ("taking total merchandise exports to": the whole flow, no group of products)
        c.commodity = label
        _set(c, "commodity", "named-running-total", "text")


@functools.cache
def _named_group_total_re() -> re.Pattern:
    # ", taking total sporting goods exports to": the -ing raise verb, "total", the group's
    # words, the flow word, then "to"
    verbs = raising_verbs()
    return re.compile(rf",\s+(?:{verbs})\s+(?:the\s+)?total\s+(?P<np>[a-z][a-z\s-]{{2,40}}?)\s+(?:exports|imports|shipments|sales)"
                      rf"\s+to\s+{HEDGE}$", re.I)


@functools.cache
def _combined_flow_total_re() -> re.Pattern:
    # ", taking the sector's combined export earnings to": the -ing raise verb, an owner, a
    # word that makes the flow a whole of several, a few words of the flow, then "to"
    verbs = raising_verbs()
    return re.compile(rf",\s+(?:{verbs})\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s?\s+)?(?:combined|joint|total)\s+"
                      rf"(?:[a-z-]+\s+){{1,3}}?to\s+{HEDGE}$", re.I)


@functools.cache
def _combined_total_re() -> re.Pattern:
    # ", bringing combined textile and apparel exports to": the -ing raise verb, a word that
    # makes the flow a whole of two, then two products and the flow word
    verbs = raising_verbs()
    return re.compile(rf",\s+(?:{verbs})\s+(?:the\s+)?(?:combined|joint|total)\s+[a-z][\w\s'’-]{{1,50}}?\s+and\s+[a-z][\w\s'’-]{{1,40}}?"
                      rf"\s+(?:exports|imports|shipments|sales)\s+to\s+{HEDGE}$", re.I)


@functools.cache
def _second_predicate() -> re.Pattern:
    """"... were $104.3bn, nearly three times ..., and made up roughly 31% of": a share cue
    right after "and", with no subject of its own between them."""
    cues = vocab.alternation([c for c in vocab.share_cues()["before"] if c[:1].isalpha()], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:,\s*|\s)and\s+(?:{cues})\s+{HEDGE}$", re.I)


def _share_of_compound_subject(text: str, claims: list[Claim]) -> None:
    """"Brazil's exports to China, $104.3 billion, were nearly three times its exports to the
    United States ($36.9 billion) and made up roughly 31% of its total exports": a share in
    a second predicate joined by "and" has the sentence's subject for its part (the flow of
    the sentence's first figure), not the place the first predicate compared it with last."""
    for k, c in enumerate(claims):
        if c.kind != "share" or c.how.get("pair") != "discourse" or not _second_predicate().search(text, max(0, c.start - 60), c.start):
            continue
        first = next((x for x in claims[:k] if x.sentence == c.sentence), None)
        if first is None or first.kind != "amount" or first.measure != c.measure or first.basis.get("pair") != "text" \
                or (first.reporter, first.partner) == (c.reporter, c.partner):
            continue
        c.reporter, c.partner = first.reporter, first.partner
        _set(c, "pair", "compound-predicate", "text")


# "the two groups' exports", "the three blocs' trade": counted sides that own the flow
_COUNTED_OWNERS = re.compile(r"\b(?:the|these|those|all)\s+(?:[a-z]+|\d{1,2})\s+(?:groups|blocs|regions|economies)['’]\s+(?:[\w-]+\s+){0,4}$", re.I)


def _unknown_sides_of_sum(text: str, c: Claim, before: str, restating: list[Claim], earlier: list[Claim]) -> None:
    """"Together, the two groups' exports amounted to USD 24.4 trillion": a sum of counted
    groups the text's figures do not give part by part is no group's own flow; a pair
    guessed from the discourse would set it against one of them, so it has none."""
    if _counted_partners(before) and c.reporter and c.partner is not None:
        # "Combined, U.S. trade with its two neighbors came to $1.571 trillion", its parts
        # not found one by one: the reporter's, with a group, not with the last partner named
        c.partner = None
        c.extra.pop("partner_group", None)
        _set(c, "pair", "sum-of-counted-partners", "context")
        return
    owners = _COUNTED_OWNERS.search(text[max(0, c.start - 80):c.start])
    # ("the two groups' exports": the counted groups own the flow, they are no products)
    products = None if owners else _counted_products(before)
    # ("The three commodities together earned", some of its parts before a wider whole:
    # still no whole flow, whatever products the text gave figures for before)
    # ("Together these four commodities accounted for F$588.5 million" read as "domestic
    # exports": a flow less a part, "excluding re-exports", is still a whole the listed
    # products are parts of; only products within that scope count as its parts given before)
    scope = c.commodity if _less_a_part(c.commodity) else None
    if products and (c.commodity is None or scope) and (not any(p.kind == "amount" and p.commodity and p.measure == c.measure
                                                                and p.period == c.period and (scope is None or p.commodity != scope and scope in p.commodity)
                                                                for p in earlier)
                                                        or _parts_past_a_wider_whole(earlier, c)):
        # "The four groups together were worth US$ 99.7 billion", the groups listed without
        # amounts: a part of the flow made of several products, not the whole flow (which
        # the text gave before, so reading it as that would make two figures of one); where
        # some product's amount was given, the parts may be among the figures, misread
        for x in [c] + [x for x in restating if x.commodity is None or x.commodity == scope]:  # ("or 52.4% of ...": of the same products)
            x.commodity = products
            _set(x, "commodity", "sum-of-counted-products", "context")
            if x.extra.get("_whole") == "several parts":
                del x.extra["_whole"]  # (its part is the amount, the products' sum the text gives)
        return
    if c.how.get("pair") != "discourse" or not owners:
        return
    c.reporter = c.partner = None
    c.extra.pop("reporter_group", None)
    c.extra.pop("partner_group", None)
    _set(c, "pair", "sum-of-counted-groups", "context")


def _parts_past_a_wider_whole(earlier: list[Claim], c: Claim) -> bool:
    """Whether a figure of a wider whole (see `_last_parts`) stands between `c` and the
    product figures of its flow and period before it."""
    wider = next((k for k in range(len(earlier) - 1, -1, -1) if earlier[k].extra.get(WHOLE_OF_A_SHARE)), None)
    return wider is not None and any(p.kind == "amount" and p.commodity and p.measure == c.measure and p.period == c.period
                                     for p in earlier[:wider])


@functools.cache
def _product_nouns() -> frozenset[str]:
    """Nouns that count products: goods in general (vocab/goods_nouns.csv: "items",
    "products") and a product's group (vocab/group_heads.csv: "groups", "categories")."""
    return frozenset(_singular(w) for w in vocab.goods_nouns() | vocab.group_heads())


def _counted_products(before: str) -> str | None:
    """The words that count two or more products ("the four groups", "these three items"),
    as the clause says them, if it does."""
    mm = re.search(r"\b(?:the|these|those|all|its|their)\s+(?P<n>[a-z]+|\d{1,2})\s+(?P<noun>[a-z-]+)\b", before, re.I)
    if mm is None or (_parts_count(mm.group(0)) or 0) < 2 or _singular(mm["noun"]) not in _product_nouns():
        return None
    return f"{mm['n']} {mm['noun']}".lower()


# a count and the words it counts ("the three SADC neighbours")
_COUNTED = re.compile(rf"\b(?:the|these|those|all|its|their)\s+{_COUNT_POSSESSIVE}(?:[a-z]+|\d{{1,2}})\s+(?P<words>[a-z-]+(?:\s+[a-z]+)?)", re.I)


def _counted_partners(before: str) -> bool:
    """Whether the clause counts two or more partners ("its two neighbors", "the three
    countries") by a noun that describes partners."""
    mm = _COUNTED.search(before)
    return mm is not None and (_parts_count(mm.group(0)) or 0) >= 2 \
        and any(_singular(w) in _partner_nouns() for w in mm["words"].split())


@functools.cache
def _joint_aside() -> re.Pattern:
    """", a combined $10.13 billion", ", together $4.2bn": the figure of the parts just given,
    in an aside after them; or a clause whose subject they are, its verb of one or two words
    after the cue (", together came to ISK 523.0 billion"; not "together with", which adds
    another)."""
    cue = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"[,;–—]\s*(?:(?:a|an|the)\s+)?(?:{cue})\s+(?:(?!with\b)[a-z]+\s+(?:[a-z]+\s+)?)??"
                      rf"(?:(?:total|sum)\s+(?:of\s+)?)?{HEDGE}$", re.I)


@functools.cache
def _joint_after_bracketed_parts() -> re.Pattern:
    """"iron ore ($124.3b), ... and thermal coal ($65.8b) – together accounted for": the joint
    cue right after the bracket of the last part listed, then the verb, one or two words,
    before the figure: the parts' figures before it in the sentence, all of them together."""
    cue = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\)\s*(?:[,–—]\s*)?(?:{cue})\s+(?:[a-z]+\s+){{1,2}}?{HEDGE}$", re.I)


def _bracketed_figures_before(text: str, claims: list[Claim], k: int) -> int | None:
    """How many amounts of claims[k]'s flow and period stand right before it in its sentence,
    each alone in its bracket ("iron ore ($124.3b), liquefied natural gas ($91.9b)"): the
    listed parts, not a figure of the sentence before the list."""
    n = 0
    for p in reversed(_amounts_before_in_sentence(claims, k)):
        if not (text[max(0, p.start - 3):p.start].rstrip().endswith("(") and text[p.end:p.end + 3].lstrip().startswith(")")):
            break
        n += 1
    return n or None


def _amounts_before_in_sentence(claims: list[Claim], k: int) -> list[Claim]:
    """The amounts of claims[k]'s flow and period before it in its sentence (no sum of parts)."""
    c = claims[k]
    return [p for p in claims[:k] if p.sentence == c.sentence and p.kind == "amount"
            and p.measure == c.measure and p.period == c.period and not p.extra.get("_parts")]


# a line of a list: "- Coffee: US$842.6 million", "2. Bananas ..."
_LIST_LINE = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+\S")


def _under_colon_lead(text: str, pos: int) -> bool:
    """Whether the line at `pos` is an item of a list whose lead line ends with its colon
    ("Imports of U.S. fruit reached $90 million. By kind:" then "- Apples: $40 million"):
    each item is a part of the lead line's figure, with the lead's pair, not a new paragraph's
    fresh start (blank lines between the items are allowed)."""
    if not _LIST_LINE.match(text, pos):
        return False
    end = pos - 1
    for _ in range(40):
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        if not _LIST_LINE.match(text, start):
            # (a lead with no figure of its own, "Highlights from the report:", gives no
            # figure the items are parts of: each item stands alone)
            return text[end - 1] == ":" and any(ch.isdigit() for ch in text[start:end])
        end = start - 1
    return False


@functools.cache
def _list_subject() -> re.Pattern:
    """"Together they accounted for", "Combined, these made up", "They together took": a
    clause opening its line whose subject is the items of the list just above it."""
    cue = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:(?:{cue}),?\s+(?:they|these|those)|(?:they|these|those)\s+(?:{cue}))\b", re.I)


def _listed_items_before(text: str, pos: int) -> int | None:
    """How many lines the list just above the line of `pos` has, when that line opens with
    the list's items as its subject ("- Apparel: US$1,012.5 million ... - Sugar: US$520.4
    million / Together they accounted for US$3,769.5 million"): the parts the joint figure
    takes are the list's figures (at least two lines; blank lines between them are allowed)."""
    start = text.rfind("\n", 0, pos) + 1
    if not _list_subject().match(text[start:pos]):
        return None
    n, end = 0, start - 1
    while end > 0 and n <= 40:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if line.strip():
            if not _LIST_LINE.match(line):
                break
            n += 1
        end = line_start - 1
    return n if 2 <= n <= 40 else None


@functools.cache
def _sum_of_sentence_before() -> re.Pattern:
    """"Together that is $126.5 billion", "Combined, this comes to": a sentence whose subject
    is what the sentence before it listed (a demonstrative, with a joint word): its figure is
    the sum of that sentence's figures, a part of any whole, not a restatement of the whole."""
    cue = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:taken\s+)?(?:{cue}),?\s+(?:that|this)(?:['’]s|\s+(?:is|was|comes?\s+to|came\s+to|makes?|made|"
                      rf"adds?\s+up\s+to|added\s+up\s+to|totals?|totall?ed))\s+{HEDGE}$", re.I)


def _figures_in_sentence_before(claims: list[Claim], k: int) -> int | None:
    """How many amounts of claims[k]'s flow and period the sentence just before its own has."""
    c = claims[k]
    n = sum(1 for p in claims[:k] if p.sentence == c.sentence - 1 and p.kind == "amount"
            and p.measure == c.measure and p.period == c.period and not p.extra.get("_parts"))
    return n or None


def _figures_before_in_sentence(claims: list[Claim], k: int) -> int | None:
    """How many amounts of claims[k]'s flow and period come before it in its sentence."""
    return len(_amounts_before_in_sentence(claims, k)) or None


# the dots of an initialism ("U.S.", "U.K."), which end no clause
_INITIALISM_DOT = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")


def _clause_before(text: str, pos: int) -> str:
    window = text[max(0, pos - 80):pos]
    cut = max((i for i, ch in enumerate(window) if ch in ".;\n" and not (ch == "." and _INITIALISM_DOT.search(window, 0, i + 1))), default=-1)
    return window[cut + 1:] if cut >= 0 else window


def _parts_ambiguous(claims: list[Claim], parts: list[Claim], c: Claim) -> bool:
    """Whether another figure of the text is read with a part's very pair, flow, product and
    period but another value ("exports to CEFTA countries" read as to Serbia, beside the
    exports to Serbia): which of them the sum takes would be a guess. (`c`, the sum, still
    has the pair it is read with before its parts are found.)"""
    def key(x: Claim) -> tuple:
        return x.measure, x.reporter, x.partner, x.commodity, x.period, x.currency
    keys = {key(p): p.value for p in parts}
    # (the whole of a share is no rival reading of a part: "Gujarat shipped $140 billion, or
    # 31% of the country's exports of $450 billion", read with Gujarat's pair till units.py)
    return any(q.kind == "amount" and q is not c and q not in parts and q.value and key(q) in keys
               and q.how.get("measure") != "whole-of-share"
               and abs(q.value - keys[key(q)]) > 0.01 * abs(keys[key(q)]) for q in claims)


def _whole_named_after(text: str, x: Claim, key: str) -> bool:
    """Whether the whole after share `x` ("of total exports to CEFTA") names the partner `key`
    (a code or a group)."""
    names = [key[6:]] if key.startswith("group:") else [n for n, v in vocab.countries().items() if v[0] == key]
    if not names:
        return False
    name = vocab.alternation(names, ignore_case=True, space=r"\s+")
    return re.match(rf"\s+of\s+[^.;,]{{0,40}}?\b(?:to|from|with)\s+(?:the\s+)?(?:{name})\b", text[x.end:x.end + 90], re.I) is not None


def _partners_side(before: str) -> str | None:
    """"the three countries took", "the two markets bought": the reporter's flow that a
    buying or selling verb of partners counted together stands for (their buying is its
    exports), or None where the counted are no partners or no such verb follows them."""
    mm = re.search(r"\b(?P<noun>[a-z]+)\s+(?:together\s+|jointly\s+|combined\s+)?(?P<verb>[a-z]+)\s*$", before, re.I)
    if mm is None or not (_singular(mm["noun"]) in _partner_nouns() or _bare_count(before[:mm.end("noun")])):
        # ("Together those three took 61.9 billion dollars": counted with no noun, those that
        # buy or sell are the partners just named)
        return None
    return "exports" if BUY.match(mm["verb"]) else "imports" if SELL.match(mm["verb"]) else None


def _bare_count(before: str) -> bool:
    """Whether `before` ends on a count with no noun after it ("those three", "all four")."""
    mm = re.search(r"\b(?:the|these|those|all)\s+(?:[a-z]+|\d{1,2})$", before, re.I)
    return mm is not None and (_parts_count(mm.group(0)) or 0) >= 2


def _singular(noun: str) -> str:
    noun = noun.lower()
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun


@functools.cache
def _partner_nouns() -> frozenset[str]:
    """Nouns that name trading partners: those describing one (vocab/partner_descriptions.csv)
    and those a text ranks places as (vocab/rank_nouns.csv: "markets", "destinations")."""
    return frozenset(vocab.partner_descriptions()) | frozenset(w.split()[-1] for w in vocab.rank_nouns())


def _last_parts(before: list[Claim], c: Claim, n: int, measure: str | None = None) -> list[Claim] | None:
    """The last `n` figures of `c`'s flow (or `measure`) and period before it, each another
    product or place."""
    parts: list[Claim] = []
    measure = measure or c.measure
    for k in range(len(before) - 1, -1, -1):
        p = before[k]
        if (p.extra.get(WHOLE_OF_A_SHARE) or p.how.get("measure") == "whole-of-share") and _whole_of_the_part_before(before, k, measure):
            continue
        if p.extra.get(WHOLE_OF_A_SHARE):
            # ("Coal's share of ... export earnings, which totalled A$415 billion": the figure
            # of a wider whole ends the run of parts; those before it are another list's)
            break
        if p.kind == "amount" and p.measure == measure and p.value and p.period == c.period \
                and not _restated_headline(p, c) and not p.extra.get("_parts"):
            parts.append(p)
            if len(parts) == n:
                break
    # (regions without a code of their own, "Europe", "North America", differ by their label)
    if len(parts) < n or len({(p.reporter, p.partner, p.extra.get("partner_group"), p.commodity) for p in parts}) < n:
        return None
    return list(reversed(parts))


def _whole_of_the_part_before(before: list[Claim], k: int, measure: str) -> bool:
    """"Gujarat shipped goods worth $145.9 billion, or 33.4% of the country's exports of $437.1
    billion. Maharashtra came second with $72.4 billion": a wider whole given as the whole of
    the first part's share, in its sentence (part, share, whole), ends no run of parts: the
    part before it is the first of the list."""
    w = before[k]
    if k < 2 or before[k - 1].kind != "share" or before[k - 1].sentence != w.sentence:
        return False
    # ("Tuscany sold EUR 60bn abroad, up 10% from EUR 54.5bn a year earlier. The region alone
    # supplied 10% of national exports, which totalled EUR 600bn": the part may close the
    # sentence before, the figures of its change (another period) between)
    for j in range(k - 2, -1, -1):
        p = before[j]
        if p.sentence < w.sentence - 1:
            return False
        if p.kind != "amount" or (p.measure == measure and p.period != w.period):
            continue
        return p.measure == measure and p.period == w.period
    return False


def _restated_headline(p: Claim, c: Claim) -> bool:
    """Whether `p` is a headline figure the body restates, no part of a sum in the body: one
    in the title, or any before the body for a sum before it too. (A lead paragraph read as a
    standfirst, "BRUSSELS — EU exports to Kyrgyzstan reached €2.1bn", may be the only place
    the body's sum has its parts.)"""
    return bool(p.extra.get("_headline")) and (p.paragraph == 0 or bool(c.extra.get("_headline")))


def _group_of_parts(c: Claim, parts: list[Claim]) -> dict | None:
    """The pair and product of the sum of `parts`: one reporter's flow with several partners
    (of one product, where any is named), or several products of one pair."""
    reporters = {p.reporter for p in parts}
    partners = {p.partner for p in parts}
    products = {p.commodity for p in parts} - {None}
    units = _units_of_one_country(parts)
    if units is not None and len(products) <= 1:
        # ("Maharashtra came second with $72.4 billion ... Together, the top three states
        # accounted for": states read here as partners of their country or of the state
        # before, which link/units.py makes each the reporter of its flow with the world;
        # their sum is theirs together)
        return {"reporter": None, "reporter_group": "+".join(sorted(units)), "partner": "WLD",
                "commodity": next(iter(products), None)}
    if partners == {"WLD"} and len(reporters) == len(parts) and None not in reporters and "WLD" not in reporters \
            and len(products) <= 1 and not any(p.extra.get("reporter_group") for p in parts):
        # "1. United States - $655 billion ... 5. Germany - $246 billion. Together, the five
        # sold $1,891 billion": several places' flows with the world, theirs together
        from .pairs import _group_of

        key = _group_of(frozenset(reporters))
        grouped = key.startswith("group:")
        return {"reporter": None if grouped else key, "reporter_group": key[6:] if grouped else None,
                "partner": "WLD", "commodity": next(iter(products), None)}
    if len(reporters) != 1 or None in reporters:
        return None
    regions = [p.extra.get("partner_group") for p in parts]
    if all(regions) and None in partners and len(set(regions)) == len(parts) and len(products) <= 1:
        # "Europe ... contributing £251m, while North America generated £203m. Together, these
        # two regions accounted for £454m": the reporter's flow with the regions together
        return {"partner": None, "partner_group": " + ".join(regions), "commodity": next(iter(products), None)}
    if any(regions):
        return None
    if len(partners) == len(parts) and None not in partners and "WLD" not in partners and len(products) <= 1:
        from .pairs import _group_of

        key = _group_of(frozenset(partners))
        grouped = key.startswith("group:")
        return {"partner": None if grouped else key, "partner_group": key[6:] if grouped else None,
                "commodity": next(iter(products), None)}
    if len(partners) == 1 and len(products) == len(parts):
        # (a part without a product beside products may be the whole itself)
        return {"partner": next(iter(partners)), "commodity": " + ".join(p.commodity for p in parts)}
    return None


def _units_of_one_country(parts: list[Claim]) -> set[str] | None:
    """The units of one country (vocab/subnational.csv) whose flows with the world `parts`
    are, one each, read as the unit's own or as the partner of its country or of a sibling
    unit (before link/units.py sets them right); else None."""
    units = vocab.subnational()
    out = set()
    for p in parts:
        if p.reporter in units and p.partner == "WLD":
            out.add(p.reporter)
        elif p.partner in units and (units[p.partner] == p.reporter or units.get(p.reporter or "") == units[p.partner]):
            out.add(p.partner)
        else:
            return None
    return out if len(out) == len(parts) and len({units[u] for u in out}) == 1 else None


# a relative clause after a figure's words ("..., which rose", "..., whose value"): on the
# last noun named, not on the figure before it
_WHOLES_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|whose)\b", re.I)


def _restating(text: str, claims: list[Claim], k: int) -> list[Claim]:
    """The claims right after claims[k] in its sentence that restate it ("or 80.1 per cent",
    "or 42.9% of total US goods imports": a share of it, whatever pair its whole named)."""
    out, end = [], claims[k].end
    for x in claims[k + 1:]:
        if x.sentence != claims[k].sentence:
            break
        if out and _WHOLES_RELATIVE_CLAUSE.search(text, end, x.start):
            # ("or 22.6 per cent of national exports, which rose by 36.6 per cent to JD8.4
            # billion": the relative clause is on the whole the share named, its figures
            # the whole's, none a restating of the parts' sum)
            break
        if x.how.get("pair") != "same-as-previous" and not (x.kind == "share" and share_restates(text, end, x.start, x.end)) \
                and not (x.kind == "percent_change" and out and _change_noun_after_levels().fullmatch(text, end, x.start)):
            break
        out.append(x)
        end = x.end
    return out


@functools.cache
def _change_noun_after_levels() -> re.Pattern:
    """", compared with RM20.63 billion a year ago, an increase of 58.5 per cent": the change
    between the figure and the earlier level restating it, named by a noun of change
    (vocab/change_nouns.csv) in apposition, no subject of its own."""
    nouns = vocab.alternation(list(vocab.change_nouns()), ignore_case=True)
    return re.compile(rf"(?:\s+(?:a\s+)?(?:year|month|quarter)\s+(?:ago|earlier))?,\s+(?:an?\s+)(?:{nouns})\s+of\s+(?:about\s+|some\s+|nearly\s+)?", re.I)


def _parts_of_shares(text: str, claims: list[Claim]) -> None:
    """A share that several parts take together, when the text says how many ("Together the
    two categories made up 59.8 percent of the R8.7 billion total exports"): its part is the
    sum of the last that many figures of its flow before it, each a different product or
    place."""
    for k, c in enumerate(claims):
        if c.kind != "share" or c.extra.get("_whole") != "several parts" or c.measure == "other":
            continue
        n = _parts_count(text[max(0, c.start - 60):c.start])
        if n is None and _joint_share_aside().search(text, max(0, c.start - 60), c.start):
            n = _part_amounts_before_in_sentence(claims, k)
        if n is None:
            n = _listed_items_before(text, c.start)
        if n is None or n < 2:
            continue
        if is_ranked_count(text[max(0, c.start - 60):c.start]):
            # "Together the three leading exporters accounted for 29.3%" after a table of five:
            # the top of the ranking, not its last rows (unread when no ranking is given)
            ranked = leading_parts([p for p in claims[:k] if _of_a_ranking(p, c)], n)
            if ranked is not None:
                c.extra["_parts"] = ranked
            continue
        parts: list[Claim] = []
        for p in reversed(claims[:k]):
            if p.kind == "amount" and p.measure == c.measure and p.value and p.period == c.period and not p.extra.get("_headline") \
                    and not p.extra.get("_parts"):  # (the parts' sum stated before the share is no part)
                parts.append(p)
                if len(parts) == n:
                    break
        keys = {(p.reporter, p.partner, p.commodity) for p in parts}
        if len(parts) == n and len(keys) == n:
            c.extra["_parts"] = list(reversed(parts))


def _of_a_ranking(p: Claim, c: Claim) -> bool:
    """Whether `p` may be a place ranked in the group `c` is of: a figure of its flow, period
    and product, of one place (the world's total heads no ranking of places)."""
    return p.kind == "amount" and p.measure == c.measure and bool(p.value) and p.period == c.period \
        and p.commodity == c.commodity and not p.extra.get("_headline") and not p.extra.get("_parts") \
        and not (p.reporter == "WLD" and p.partner == "WLD")


@functools.cache
def _joint_share_aside() -> re.Pattern:
    """", together making up 77.4 percent", "; combined, they accounted for": a share of the
    figures just given, in an aside after them that does not count them."""
    cue = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"[,;–—]\s*(?:{cue}),?\s+(?:they\s+)?(?:[a-z]+\s+){{0,2}}?(?:{HEDGE})?$", re.I)


def _part_amounts_before_in_sentence(claims: list[Claim], k: int) -> int | None:
    """How many amounts of claims[k]'s flow and period come before it in its sentence, when
    each is a part (of a product or a partner, not the whole flow) and there are at least two."""
    parts = _amounts_before_in_sentence(claims, k)
    if len(parts) < 2 or any(p.commodity is None and p.partner in (None, "WLD") for p in parts):
        return None
    return len(parts)


# "Together, the five largest exporters - ... - accounted for", "The five accounted for",
# "Together the three supplied": a clause whose subject counts the places before it
_COUNTED_SUBJECT = re.compile(r"(?:^|[.;\n]\s*)(?:(?:together|combined|altogether),?\s+)?(?:the|these|those|all)\s+(?P<n>[a-z]+|\d{1,2})\b"
                              r"(?P<rest>[^.;\n\d]{0,40}(?:\s[-–—]\s(?:[^.;\n]|\.(?=\d)){0,120}?\s[-–—]\s)?[^.;\n\d]{0,40})$", re.I)


def _share_of_several_shares(text: str, claims: list[Claim]) -> None:
    """A share several places take together, after each one's share of the same flow:
    "The United States accounted for 39% of Ukraine's arms imports, followed by Germany with
    14% and Poland with 13%. Together the three supplied 66%": the sum of the last that many
    shares of its flow and period, each of another place; not any one place's share."""
    for k, c in enumerate(claims):
        if c.kind != "share" or c.factor is None or k < 2:
            continue
        window = text[max(0, c.start - 200):c.start]
        mm = _COUNTED_SUBJECT.search(window)
        if mm is None:
            continue
        n = _parts_count(f"the {mm['n']}")
        if n is None or n < 2:
            continue
        parts = _shares_before(claims[:k], c, n)
        if parts is None:
            continue
        reporters, partners = {p.reporter for p in parts}, {p.partner for p in parts}
        if len(reporters) == n and len(partners) == 1:
            c.reporter, c.partner = None, next(iter(partners))
        elif len(partners) == n and len(reporters) == 1:
            c.reporter, c.partner = next(iter(reporters)), None
        else:
            continue
        # (a group of places, none of them: the pair is left open, the sum checked alone;
        # of the parts' product, not the counted subject: "The five accounted for")
        c.commodity = next(iter({p.commodity for p in parts} - {None}), None)
        _set(c, "pair", "shares-together", "context")
        _set(c, "commodity", "shares-together", "context")
        c.extra["_share_parts"] = parts


def _share_of_named_places(text: str, claims: list[Claim]) -> None:
    """"Europe and Asia together thus supplied 76.5%" after each one's line ("Asia 41.2%",
    "Europe 35.3%"): the share the places named take together is the sum of their shares."""
    for k, c in enumerate(claims):
        if c.kind != "share" or c.factor is None or k < 2 or c.extra.get("_share_parts"):
            continue
        opening = max(text.rfind("\n", 0, c.start), text.rfind(". ", 0, c.start)) + 1
        before = text[opening:c.start]
        cue = _joint_cue().search(before)
        if cue is None:
            continue
        named = {}
        for p in claims[:k]:
            place = p.extra.get("reporter_group") or p.reporter
            if p.kind == "share" and p.how.get("pair") == "share-line" and p.period == c.period and place \
                    and re.search(rf"(?<!\w){re.escape(place)}(?!\w)", before[:cue.start()]):
                named.setdefault(place, p)
        if len(named) >= 2:
            c.extra["_share_parts"] = list(named.values())


def _shares_before(before: list[Claim], c: Claim, n: int) -> list[Claim] | None:
    """The last `n` shares before `c` of one period and flow (`c`'s, or the partners' own
    side where its verb is theirs: "the three supplied"), each of another place."""
    parts: list[Claim] = []
    for p in reversed(before):
        if p.kind == "share" and p.factor is not None and p.period == c.period and not p.extra.get("_share_parts") \
                and p.measure not in (None, "other", "balance") and p.reporter and p.partner:
            parts.append(p)
            if len(parts) == n:
                break
    if len(parts) < n or len({p.measure for p in parts}) != 1 or len({p.commodity for p in parts} - {None}) > 1:
        return None
    if len({(p.reporter, p.partner) for p in parts}) < n:
        return None
    return list(reversed(parts))


# "Together, the three partners in the bloc bought": the counted parts, then the group they are in
_PARTS_COUNT_IN_GROUP = re.compile(r"\b(?:the|these|those|all|its|their)\s+(?P<n>[a-z]+|\d{1,2})\s+[\w'’-]+\s+(?:in|of|within)\s+the\s+[\w'’-]+"
                                   r"(?:\s+[\w'’-]+){0,2}\s*$", re.I)


# "the two countries thus account for a deficit of": the balance the figure is, named
# before it, is no word of the count's clause
_BALANCE_NOUN_BEFORE = re.compile(r"\s+(?:an?\s+)?(?:trade\s+)?(?:deficit|surplus)\s+of\s*$", re.I)


def _parts_count(before: str) -> int | None:
    if "deficit" in before or "surplus" in before:
        before = _BALANCE_NOUN_BEFORE.sub("", before)
    n = _count_of(_parts_count_re().search(before))
    if n is None and " the " in before:
        n = _count_of(_PARTS_COUNT_IN_GROUP.search(before))
    return n


def _count_of(mm: re.Match | None) -> int | None:
    if not mm:
        return None
    if mm.groupdict().get("both"):
        return 2
    word = mm["n"].lower()
    if word.isdigit():
        return int(word)
    value = vocab.number_words().get(word)
    return int(value) if value is not None and value == int(value) and word not in ("a", "an", "one") else None


def _comparisons(text: str, claims: list[Claim]) -> None:
    """A level the text compares the figure it is talking about with ("July's surplus was
    higher than the $4.11 billion of July 2021"): the figure compared is the latest earlier
    figure of the same flow and pair at another period that is itself no such level."""
    objects: set[str] = set()
    for k, b in enumerate(claims):
        if b.kind != "amount" or b.measure == "other" or b.period is None:
            continue
        window = text[max(0, b.start - 60):b.start]
        cut = max(window.rfind("."), window.rfind(";"))
        mm = _COMPARED.search(window[cut + 1:] if cut >= 0 else window)
        if mm is None or _hedge_taken(mm, b):
            continue
        a = next((x for x in reversed(claims[:k]) if x.kind == "amount" and x.measure == b.measure and x.period
                  and x.period != b.period and (x.reporter, x.partner) == (b.reporter, b.partner)
                  and id(x) not in objects and b.sentence - x.sentence <= 2), None)
        if a is None:
            continue
        objects.add(id(b))
        at = b.start - len(window) + (cut + 1 if cut >= 0 else 0) + mm.start("w")
        a.extra.setdefault("_compared", []).append((1 if mm["up"] else -1, b, [at, at + len(mm["w"])], mm["w"]))


def _hedge_taken(mm: re.Match, b: Claim) -> bool:
    """"The widest quarterly deficit on record was more than £25 billion": where the words
    are a qualifier the figure took as its own bound (vocab/qualifiers.csv), they bound the
    figure, not compare an earlier one with it."""
    if b.bound == "eq":
        return False
    words = " ".join(mm.group(0)[mm.start("w") - mm.start():].split()).lower()
    return vocab.qualifiers().get(words) == b.bound


# ", compared with $77.5 billion in 2016": the earlier level set beside the later one
_COMPARED_WITH_LEVEL = re.compile(rf"\s*,?\s*(?:compared\s+(?:with|to)|against|versus|up\s+from|down\s+from|from)\s+{HEDGE}(?:the\s+)?$", re.I)


def _change_since_dated_by_levels_after(text: str, claims: list[Claim]) -> None:
    """""Since CETA came into force, two-way merchandise trade between Canada and the EU has
    increased by 65%," the Minister said. In 2023, it reached $127.9 billion, compared with
    $77.5 billion in 2016": a change since an event, with no base of its own, is the change
    between the two levels of its flow the next sentence dates (the later at its period,
    the earlier its base), not a change on the year before."""
    for k, rel in enumerate(claims):
        if rel.kind not in ("percent_change", "multiple") or rel.basis.get("base_period") not in ("guess", None) \
                or not re.search(r"\bsince\b", text[max(0, rel.start - 160):rel.start], re.I) \
                or not _since_in_sentence(text, rel):
            continue
        nxt = [c for c in claims[k + 1:] if c.sentence == rel.sentence + 1 and c.kind == "amount"][:2]
        if len(nxt) < 2:
            continue
        new, old = nxt
        if not all(c.measure == rel.measure and {c.reporter, c.partner} == {rel.reporter, rel.partner}
                   and c.period and c.basis.get("period") == "text" for c in nxt):
            continue
        if new.period == old.period or (rel.basis.get("period") == "text" and rel.period != new.period) \
                or not _COMPARED_WITH_LEVEL.fullmatch(text[new.end:old.start]):
            continue
        rel.period, rel.base_period = new.period, old.period
        _set(rel, "period", "change-of-levels", "context")
        _set(rel, "base_period", "levels-base", "context")


def _since_in_sentence(text: str, rel: Claim) -> bool:
    """Whether "since" comes before the change in its own sentence (no full stop between)."""
    before = text[max(0, rel.start - 160):rel.start]
    at = max(m.start() for m in re.finditer(r"\bsince\b", before, re.I))
    return not re.search(r"[.!?](?:\s|$)", before[at:])


def _levels_of_partners_compared(text: str, claims: list[Claim]) -> None:
    """"Exports to China reached A$219 billion. That is nearly three times as much as it
    sold to Japan (A$46 billion)", "exports to the US rose to €158bn, while those to China
    fell to €97bn. American sales were now 63% larger than those to China": one partner's
    flow against another's in the same period. The flow compared with is the named
    partner's (its level given right after, or stated before); the flow compared is the one
    other partner's level of the same flow, reporter and period stated just before. Read
    (`_flow_multiple`, checked in check/ratio.py) only where each side is one stated level."""
    for k, c in enumerate(claims):
        if c.kind not in ("multiple", "percent_change") or c.how.get("measure") != "two-quantities-compared":
            continue
        if c.extra.get("_flow_multiple") or not c.partner or c.partner == "WLD" or not c.period:
            continue
        old = _level_named_after(text, c, claims[k + 1:]) or _one(
            [a for a in claims[:k] if _level_near(a, c) and a.partner == c.partner])
        if old is None:
            continue
        new = _one([a for a in claims[:k] if _level_near(a, c) and a.partner not in (old.partner, "WLD")
                    and (a.reporter, a.measure, a.currency) == (old.reporter, old.measure, old.currency)])
        if new is None:
            continue
        c.reporter, c.partner = new.reporter, new.partner
        c.extra["_flow_multiple"] = {"measure": new.measure, "of": old.measure, "of_partner": old.partner,
                                     "spans": [[new.start, new.end], [old.start, old.end]]}


def _bracketed_rates_follow_their_list(text: str, claims: list[Claim]) -> None:
    """"exports and imports changed by +3.7% and -2.2%, respectively (-4.1% and +1.9% in May
    2024)": the rates in a bracket of an earlier period's own changes (dated by the rule
    "earlier-own-rate") go, in order, with the rates of the list right before the bracket:
    the n-th is of the n-th one's flow and product."""
    k = 0
    while k < len(claims):
        c = claims[k]
        if c.kind != "percent_change" or c.how.get("period") != "earlier-own-rate" or k == 0:
            k += 1
            continue
        opened = text.rfind("(", claims[k - 1].end, c.start)
        if opened < 0:
            k += 1
            continue
        run = [c]
        while k + len(run) < len(claims):
            d = claims[k + len(run)]
            if d.kind != "percent_change" or d.how.get("period") != "earlier-own-rate" \
                    or not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[run[-1].end:d.start]):
                break
            run.append(d)
        outer = claims[k - len(run):k]
        k += len(run)
        # (the list's rates may each follow their own flow: "exports rose 5.2% and imports
        # fell 0.4% (+0.6% and +2.8%, in the same order, in May)")
        if len(run) < 2 or len(outer) != len(run) or any(o.kind != "percent_change" or o.how.get("period") == "earlier-own-rate" for o in outer):
            continue
        for o, r in zip(outer, run):
            r.measure, r.commodity = o.measure, o.commodity
            _set(r, "measure", "bracket-follows-list", "text")
            _set(r, "commodity", "bracket-follows-list", "text")


def _level_near(a: Claim, c: Claim) -> bool:
    """A stated level of a flow, of the comparison's period, in its sentence or the one before."""
    return (a.kind == "amount" and a.measure in ("exports", "imports") and a.period == c.period
            and a.partner and not a.commodity and 0 <= c.sentence - a.sentence <= 1)


def _level_named_after(text: str, c: Claim, after: list[Claim]) -> Claim | None:
    """"as it sold to Japan (A$46 billion)": the level right after the comparison, in its
    clause with no other figure between, of the partner the comparison names."""
    a = next((x for x in after if x.sentence == c.sentence), None)
    if a is None or not _level_near(a, c):
        return None
    gap = text[c.end:a.start]
    if a.partner != c.partner and not re.fullmatch(r"\s+the\s+", gap):
        # (the level as the multiple's own object, "roughly 2.4 times the US$ 15.4bn shipped to
        # the United States", is of the partner it names, whatever pair the multiple took)
        return None
    return a if len(gap) <= 60 and not re.search(r"[\d;]", gap) else None


def _one(levels: list[Claim]) -> Claim | None:
    """The level, where the candidates are one (restatements of the same figure count once)."""
    values = {(a.value, a.currency, a.partner) for a in levels}
    return levels[-1] if len(values) == 1 else None


# (compiled once: a literal pattern of the reading below, tried per claim)
_BASES_FROM_LEVELS_RE = re.compile(rf"\s*(?:(?:(?:more|less|higher|lower|larger|smaller|bigger|above|below|up|down)\s*)?(?:than|from|against|on|over|compared\s+(?:with|to))|above|below)\s+(?:the\s+)?{HEDGE}", re.I)


def _bases_from_levels(text: str, claims: list[Claim]) -> None:
    """"5.8% higher than the R130.6 billion of February 2022": a change the text gives no
    base for compares with the period of the earlier level it names."""
    for rel, level in zip(claims, claims[1:]):
        if rel.kind not in ("percent_change", "multiple") or rel.basis.get("base_period") == "text":
            continue
        if level.kind != "amount" or not level.period or level.basis.get("period") != "text" or level.period == rel.period:
            continue
        if _BASES_FROM_LEVELS_RE.fullmatch(text[rel.end:level.start]):
            rel.base_period = level.period
            rel.how["base_period"], rel.basis["base_period"] = "base-of-level", "text"
            _pair_of_compared_level(rel, level)
            like = _like_the_base(P.parse(rel.period), P.parse(level.period), rel, "text")
            if like is not None:
                rel.period = P.fmt(like)
                rel.how["period"], rel.basis["period"] = "like-the-base", "context"
    _levels_at(text, claims)


# (compiled once: a literal pattern of the reading below, tried per claim)
_CHANGE_THEN_ITS_LEVELS_RE = re.compile(rf"\s*,?\s*from\s+{HEDGE}", re.I)


def _change_then_its_levels(text: str, claims: list[Claim]) -> None:
    """"Exports ... increased by 4.17%, from USD 158,473.2 million in 2022-23 to USD 165,089.0
    million in 2023-24": a change followed by the two levels it compares, each dated in its
    own words, is of the later level's period against the earlier's (not of the period the
    discourse was on)."""
    for rel, old, new in zip(claims, claims[1:], claims[2:]):
        if rel.kind not in ("percent_change", "multiple") or new.extra.get("_later_of") is not old \
                or rel.basis.get("period") == "text" or rel.measure != old.measure or new.measure != old.measure:
            continue
        if not (old.period and new.period and old.period != new.period
                and old.basis.get("period") == new.basis.get("period") == "text"):
            continue
        if not _CHANGE_THEN_ITS_LEVELS_RE.fullmatch(text[rel.end:old.start]):
            continue
        rel.period, rel.base_period = new.period, old.period
        rel.how["period"], rel.basis["period"] = "change-of-levels", "text"
        rel.how["base_period"], rel.basis["base_period"] = "levels-base", "text"


def _pairs_of_named_base_levels(claims: list[Claim]) -> None:
    """"an increase of 2.2% compared with January 2023 (€221.2 bn)": the level of the base
    period a change names is of the change's pair (a group's too)."""
    for rel, level in zip(claims, claims[1:]):
        if level.kind == "amount" and level.how.get("period") == "named-base-level" \
                and rel.kind in ("percent_change", "multiple") and level.period == rel.base_period:
            _pair_of_compared_level(rel, level)


def _pair_of_compared_level(rel: Claim, level: Claim) -> None:
    """"exported USD 13.0 trillion, 3% more than the USD 12.6 trillion they shipped in
    2023": the level a change is measured from is of the change's own pair, where the level
    had only the discourse's."""
    if level.how.get("pair") != "discourse" or rel.measure != level.measure or not (rel.reporter or rel.extra.get("reporter_group")):
        return
    level.reporter, level.partner = rel.reporter, rel.partner
    for key in ("reporter_group", "partner_group"):
        level.extra.pop(key, None)
        if rel.extra.get(key):
            level.extra[key] = rel.extra[key]
    _set(level, "pair", "level-of-change", "context")


# (compiled once: a literal pattern of the reading below, tried per claim)
_LEVELS_AT_RE = re.compile(rf"\b[Aa]t\s+{HEDGE}$")


def _levels_at(text: str, claims: list[Claim]) -> None:
    """"At R154.3 billion, export flows were 7.95% above February 2022's": the figure the
    change starts from ("at ...") is the change's later level, at the change's period."""
    for level, rel in zip(claims, claims[1:]):
        if level.kind != "amount" or rel.kind not in ("percent_change", "multiple") or level.measure != rel.measure:
            continue
        if level.basis.get("period") == "text" or rel.how.get("period") != "like-the-base" or level.period == rel.period:
            continue
        if _LEVELS_AT_RE.search(text[max(0, level.start - 20):level.start]) \
                and not re.search(r"\d", text[level.end:rel.start]) and len(text[level.end:rel.start].split()) <= 6:
            level.period = rel.period
            level.how["period"], level.basis["period"] = "level-of-change", rel.basis["period"]


@functools.cache
def _rate_multiple_re() -> re.Pattern:
    quals = vocab.alternation(vocab.qualifiers(), ignore_case=True, space=r"\s+")
    words = vocab.alternation(vocab.multiples(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:(?P<q>{quals})\s+)?(?P<w>{words})\s+(?:that\s+of\s+|of\s+)?(?:the\s+)?$", re.I)


_OF_OWNER_TOTAL = re.compile(r"\s*of\s+the\s+")


def _shares_of_owner_total(text: str, places: list, claims: list[Claim], first: int) -> None:
    """"... Ireland recorded a surplus of EUR 3.4 billion. Pharmaceuticals, which account for
    roughly 60% of the Irish total, amounted to EUR 3.1 billion": a product's share of one
    side's total is a part of that side's own flow the text gave before (no part of the
    balance the discourse carried), and so is the product's amount after it."""
    for share in claims[first:]:
        of = _OF_OWNER_TOTAL.match(text, share.end)
        if share.kind != "share" or share.measure not in ("balance", "trade_total") or share.how.get("measure") != "discourse" \
                or not share.commodity or of is None:
            continue
        owner = next((x.attrs.get("iso") for x in places if x.start == of.end() and re.match(r"\s+total\b", text[x.end:x.end + 8])), None)
        flow = next((c for c in reversed(claims[:claims.index(share)]) if c.kind == "amount" and c.reporter == owner
                     and c.period == share.period and c.measure in ("exports", "imports") and not c.commodity and not c.scope), None) if owner else None
        if flow is None:
            continue
        old = share.measure
        for c in [share] + [c for c in claims[claims.index(share) + 1:] if c.sentence == share.sentence and c.kind == "amount"
                            and c.commodity == share.commodity and c.measure == old and c.how.get("measure") == "discourse"]:
            c.measure, c.reporter, c.partner = flow.measure, flow.reporter, flow.partner
            _set(c, "measure", "of-owner-total", "text")


def _rate_multiples(text: str, claims: list[Claim]) -> None:
    """"jumped 15 per cent ..., more than double the 6.18 per cent growth recorded a year
    earlier": two changes compared by a multiple. The later change keeps the comparison
    (`_rate_multiple`) for the check stage."""
    for k, b in enumerate(claims):
        a = next((x for x in reversed(claims[:k]) if x.kind == "percent_change"), None)
        if a is None or b.kind != "percent_change" or a.sentence != b.sentence:
            continue
        mm = _rate_multiple_re().search(text, max(a.end, b.start - 60), b.start)
        if mm is None or mm.end() != b.start:
            continue
        factor = vocab.multiples().get(re.sub(r"\s+", " ", mm["w"].lower()))
        if factor is None:
            continue
        bound = vocab.qualifiers().get(re.sub(r"\s+", " ", mm["q"].lower()), "eq") if mm["q"] else "eq"
        b.extra["_rate_multiple"] = {"of": a, "factor": factor, "bound": bound, "words": text[mm.start():mm.end("w")]}
        b.extra["_words_span"] = [mm.start(), mm.end("w")]


# "of intra-EAC exports", "of total intra-ASEAN imports": a share's whole, a bloc's internal flow
_OF_INTRA_FLOW = re.compile(r"^\s*of\s+(?:the\s+)?(?:(?:total|overall)\s+)?intra-(?P<at>)[\w&.-]+\s+(?P<flow>[a-z]+)", re.I)


@functools.cache
def _of_group_internal_flow() -> re.Pattern:
    """"of the continent's internal trade", "of its intra-regional exports": a share's whole,
    the internal flow of a group named by a noun for it (vocab/group_whole_nouns.csv), not by
    its name as "intra-EAC" names it."""
    noun = vocab.alternation(vocab.group_whole_nouns(), ignore_case=True)
    words = vocab.alternation(vocab.internal_flow_words(), ignore_case=True)
    return re.compile(rf"^\s*of\s+(?:the\s+(?:{noun})['’]s|its)\s+(?:(?:total|overall)\s+)?(?:{words})\s+(?P<flow>[a-z]+)", re.I)


def _after_whole_of_share(s) -> int:
    """Where the words of a figure's own clause start: after the figure before it, and after
    the whole that figure names when it is a share ("40 percent of intra-EAC exports, ahead of
    Uganda at $2.0 billion": "intra-EAC" is the share's whole, no scope of Uganda's figure)."""
    start = max(s.sent.start, s.prev_end)
    whole = _OF_INTRA_FLOW.match(s.text[start:s.m.start]) if s.prev is not None and s.prev.kind == "share" else None
    return start + whole.end() if whole else start


def _shares_of_ranked_members(claims: list[Claim]) -> None:
    """"Saudi Arabia was second with exports of 23.8 billion dollars, or 26 percent": a share
    restating a member's figure in a ranking of a bloc's internal trade is of that trade,
    as "53 percent of the Gulf total" says in full. So is one in a list of each member's
    trade with the rest of its bloc ("- Chile: $4bn (31%)" under "Intra-bloc exports by
    member:"): of the bloc's internal trade."""
    for prev, share in zip(claims, claims[1:]):
        if (share.kind == "share" and prev.kind == "amount" and prev.how.get("pair") == "member-ranked"
                and share.how.get("pair") == "same-as-previous") or _member_row_share(prev, share):
            # (of the whole the leader's share named in the sentence: "Kenya ..., or 36 percent of
            # intra-EAC exports, ahead of Uganda at $1.9 billion (29 percent)")
            leader = next((x for x in reversed(claims[:claims.index(share)]) if x.kind == "share"
                           and x.sentence == share.sentence and x.extra.get("_of_group_total")), None)
            share.extra.setdefault("_of_group_total", leader.extra["_of_group_total"] if leader else True)


def _member_row_share(prev: Claim, share: Claim) -> bool:
    """A share after its row's amount in a list of members' trade with their bloc (each row
    a member as reporter, the bloc as partner: link/pairs.py `list_item`)."""
    return (share.kind == "share" and prev.kind == "amount" and prev.how.get("pair") == share.how.get("pair") == "list-item"
            and share.sentence == prev.sentence and prev.reporter is not None and share.reporter == prev.reporter
            and prev.partner is None and prev.extra.get("partner_group") and prev.extra["partner_group"] == share.extra.get("partner_group")
            and prev.reporter in vocab.bloc_members().get("group:" + prev.extra["partner_group"], ()))


# "seasonally adjusted", "calendar and seasonally adjusted"; and the raw series: "non-adjusted",
# "unadjusted", "not seasonally adjusted", "raw data", "before (seasonal) adjustment" ("In raw
# terms, before adjustment, the deficit was")
_ADJUSTED = re.compile(r"\b(?P<not>non-|un|not\s+(?:seasonally\s+)?|before\s+(?:seasonal\s+)?)?(?:(?:seasonally|calendar)(?:\s+and\s+(?:seasonally|calendar))?[\s-])?adjust(?:ed|ment)\b"
                       r"|\b(?P<raw>raw\s+(?:data|figures|terms|numbers))\b", re.I)


def _fronted_adjustment(text: str, pos: int) -> str | None:
    """"Calendar and seasonally adjusted, goods worth €135.0 billion were exported ... The
    foreign trade balance therefore showed": a label that opens the paragraph, a clause of
    its own, names the series of every figure in it (to the end of its line)."""
    start = text.rfind("\n", 0, pos) + 1
    clause = text[start:start + 60].split(",", 1)[0]
    if start == pos or "adjust" not in clause.lower() or len(clause) > 50 or re.search(r"\d", clause):
        return None  # (the sentence's own label is read already)
    return adjustment(clause)


# a list's item: a bullet; or a line opening on a short label and its colon ("Exports: 6,870.2
# billion yen", a release's block of key figures)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*\u2022]\s|[A-Z][A-Za-z ]{1,30}:[ \t]+\S)")


def _list_heading_adjustment(text: str, pos: int) -> str | None:
    """"Foreign trade, March 2024 (calendar and seasonally adjusted)" on a line of its own
    over the list "- Exports: EUR 135.0 billion, +0.9% on the previous month", or
    "[Seasonally adjusted]" over "Exports: 6,870.2 billion yen" and "Imports: ...": a heading
    with no full stop right above a list names the series of every item in it."""
    line = text.rfind("\n", 0, pos) + 1
    if not _LIST_ITEM.match(text, line):
        return None
    while line > 0:
        line = text.rfind("\n", 0, line - 1) + 1
        if not _LIST_ITEM.match(text, line):
            break
    head = text[line:text.find("\n", line)].strip()
    if not head or len(head) > 100 or head[-1] in ".!?;" or _LIST_ITEM.match(head):
        return None
    return adjustment(head)


def _table_adjustment(text: str, pos: int) -> str | None:
    """"Seasonally adjusted figures, however, painted a less gloomy picture:" over the table
    "| Seasonally adjusted | Aug 2023 | Jul 2023 | m-o-m |": a table's header label cell, or
    else the line that introduces the table (ending on a colon), names the series of every
    figure in the table's body."""
    header = table_header_row(text, pos)
    if header is None:
        return None
    label = adjustment(text[slice(*table_rows.label_cell(text, *header))])
    if label is not None:
        return label
    # (the last line with words above the header, past blank ones)
    lead = text[max(0, header[0] - 300):header[0]].rstrip().rsplit("\n", 1)[-1]
    return adjustment(lead) if lead.endswith(":") else None


@functools.cache
def _series_note_re() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("series_note_subjects")], ignore_case=True)
    return re.compile(rf"\b(?:the|all(?:\s+the)?)\s+(?:{nouns})\s+(?:are|were|have\s+been)\s+(?:all\s+)?"
                      r"(?P<adj>(?:seasonally|calendar)(?:\s+and\s+(?:seasonally|calendar))?\s+adjusted)\b", re.I)


def _noted_adjustment(text: str) -> str | None:
    """"Note: The figures are seasonally adjusted and in current prices": a note that every
    figure of the release is of one series names the series of each figure whose sentence
    names none (vocab/series_note_subjects.csv), where some sentence does name it
    ("Seasonally adjusted exports rose ... Imports were"): the figures labelled and the
    figures left bare are one series. (Where none does, no figure is told apart by it.)"""
    if "adjusted" not in text:
        return None
    note = _series_note_re().search(text)
    if note is None:
        return None
    series = adjustment(note["adj"])
    labelled = any(a.group(0) and adjustment(a.group(0)) == series for a in _ADJUSTED.finditer(text)
                   if not note.start() <= a.start() < note.end())
    return series if labelled else None


_ADJUSTMENT_SERIES = ("seasonally adjusted", "not seasonally adjusted", "trend")
# a level the sentence gives as what it had been: "In May, the value had been", "exports had
# amounted to", "had stood at"
_HAD_BEEN = re.compile(r"\bhad\s+(?:been|amounted|totall?ed|stood|reached|come|run)\b", re.I)


def _earlier_level_series(s: Site) -> str | None:
    """"Exports fell by 1.8% on the previous month to €56.0bn in seasonally adjusted terms.
    In May, the value had been €57.0bn" (or "That's up from ..."): an earlier level restated
    right after the sentence that compared with it, in the same paragraph and naming no series
    of its own, is of that sentence's series (the comparison is the adjusted one)."""
    series = s.state.series
    # (or the sentence itself: "exports had amounted to €133.8bn and imports to €121.4bn")
    if series is None or series[0] != s.sent.paragraph or series[1] not in (s.sent.index - 1, s.sent.index) or s.kind != "amount":
        return None
    if "had" in s.text[s.sent.start:s.m.start] and _HAD_BEEN.search(s.text, s.sent.start, s.m.start):
        return series[2]  # ("had" checked first: cheap)
    # ("Achieved exports ... came in at USD 32.9 bn ... That's up from USD 32.0 bn": the level
    # the figure before rose from, its subject an anaphor of that figure)
    if _UP_FROM_BEFORE.search(s.before) and topic.figure_subject(s.text, s.sent.start, s.m.start):
        return series[2]
    return None


# an earlier level right after "up from", "down from"
_UP_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+$", re.I)


@functools.cache
def _series_terms() -> tuple[dict[str, str], re.Pattern]:
    """The release words for a series (vocab/series_terms.csv): "original terms", "trend
    terms"; each phrase's series, and a pattern finding any of them."""
    rows = {r["phrase"].lower(): r["series"] for r in vocab.table("series_terms")}
    words = vocab.alternation(list(rows), ignore_case=True, space=r"\s+")
    return rows, re.compile(rf"\b(?:{words})\b", re.I)


def _named_series_term(words: str, folded: str) -> tuple[int, int, str] | None:
    """The last release phrase for a series in `words` ("In original terms, the balance
    was", "Adjusted for seasonal swings, the deficit stood at"): where it starts and ends and
    its series; None where none is named."""
    if "original" not in folded and "trend" not in folded and "seasonal" not in folded:
        return None  # (cheap test first)
    rows, pattern = _series_terms()
    found = list(pattern.finditer(words))
    if not found:
        return None
    return found[-1].start(), found[-1].end(), rows[re.sub(r"\s+", " ", found[-1].group(0).lower())]


def adjustment(words: str) -> str | None:
    """The series the last adjustment label in `words` names: "seasonally adjusted", or
    "not seasonally adjusted" for the raw figures (also "in original terms"), "trend";
    None where none is named."""
    marks = find_marks(words)  # "EXPORTS -1.7% M/M SA", "Adj. trade balance": a flash's short marks
    folded = fold(words)
    term = _named_series_term(words, folded)
    if term is not None:
        # (a phrase of the release's series after any adjustment word or mark: that phrase;
        # the phrase's own "Adjusted" is no label after it)
        label = _ADJUSTED.search(words, term[1]) if "adjust" in folded or "raw" in folded else None
        if label is None and not (marks and marks[-1][0] > term[0]):
            return term[2]
    if "adjust" not in folded and "raw" not in folded:
        return marks[-1][2] if marks else None  # (checked first: the pattern needs one of them, and its search is slow)
    found = list(_ADJUSTED.finditer(words))
    if not found:
        return marks[-1][2] if marks else None
    last = found[-1]
    if marks and marks[-1][0] > last.start():
        return marks[-1][2]
    if last["not"] or last["raw"]:
        return "not seasonally adjusted"
    return "seasonally adjusted" if re.search(r"seasonal|calendar", last.group(0), re.I) else None


# ", and domestic firms for": the next part of a list whose verb is left out
_ELIDED_PART_TO = re.compile(r"\s+and\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:to|at)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$")
@functools.cache
def _elided_balance_part_re() -> re.Pattern:
    """"... and the FDI sector a surplus of": a next company or sector (a noun of
    vocab/company_words.csv) and its balance (vocab/flows.csv), the verb left out."""
    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    bal = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure == "balance"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+and\s+(?:the\s+)?(?P<np>[\w-]+(?:\s+[\w-]+){{0,2}}?\s+(?:{noun}))\s+(?:a|an)\s+(?:{bal})\s+of\s+(?P<for>)", re.I)


# (", or Rs 14,650 crore": "or" restates the figure before, it names no next part)
_ELIDED_PART = re.compile(r"[^,;]*(?:,?\s+(?:and|while|whereas)\s+|,\s+(?P<comma>))(?!or\s)(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?P<for>for\s+)?(?:about\s+|some\s+|around\s+|close\s+to\s+|nearly\s+|almost\s+)?$")

# what follows an item of a list that goes on: ", " or " and " and the next item's word
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)[a-z]")

# ", and lamb exports A$0.8 billion": the next product's flow in a list whose verb is left out
_GAPPED_FLOW_PART = re.compile(r"[^,;.]*,?\s+(?:and|while|whereas)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:exports|imports|shipments|sales)\s+"
                               r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$")


# a partner ranked among others ("ranked first with", "was the main destination", "the
# biggest source of imports")
_RANKS_A_PARTNER = re.compile(r"\b(?:ranked|came|was|remained|stayed|became|is)\s+(?:also\s+|again\s+|still\s+)?(?:the\s+)?"
                              r"(?:first|second|third|top|largest|biggest|main|leading|chief|principal)\b", re.I)
_RANK_WORDS = ("first", "second", "third", "top", "largest", "biggest", "main", "leading", "chief", "principal")


# a period's possessive and the noun phrase it owns: "'s draft budget"
_POSSESSED_NOUN = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+")


def _dates_other_money(text: str, pm, flows: list) -> bool:
    """"the import bill was equivalent to some LL11,800 billion, more than the total spending
    approved in this year's draft budget": a period in the possessive that owns a noun of
    other money (a budget, revenue; no trade flow) dates that money, not the figures the
    text goes on to give ("this year's exports" would)."""
    if not text.startswith(("'s", "’s"), pm.end):
        return False  # (cheap: no possessive right after the period)
    mo = _POSSESSED_NOUN.match(text, pm.end)
    inside = [f for f in flows if pm.end <= f.start < mo.end()] if mo else []
    return bool(inside) and all(f.attrs["measure"] == "other" for f in inside)


def _one_flow_of(claims: list[Claim]) -> str | None:
    """The one flow (exports or imports) every figure of a sentence is of, or None."""
    measures = {c.measure for c in claims}
    return next(iter(measures)) if len(measures) == 1 and measures <= {"exports", "imports"} else None


def _ranks_a_partner(text: str, start: int, end: int) -> re.Match | None:
    """_RANKS_A_PARTNER in text[start:end] (its rank words checked first: cheap)."""
    return _RANKS_A_PARTNER.search(text, start, end) if holds_any(text[start:end], _RANK_WORDS) else None

# "ASEAN remained China's largest trading partner": a place ranked among the partners of the
# country named as their possessor
_RANKED_AS_PARTNER = re.compile(r"\b(?:ranked|came|was|remained|stayed|became|is)\s+(?:also\s+|again\s+|still\s+)?"
                                r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+(?:[\w-]+\s+)?(?:largest|biggest|main|leading|top|second|third)\s+"
                                r"(?:[\w-]+\s+)?partner\b")


def _ranked_together(text: str, a: Mention, b: Mention) -> bool:
    """"France and Italy are the largest buyers of Spanish wine": two places listed as one
    subject ranked together are partners side by side of the reporter, not a pair that trades
    with each other (vocab/rank_places.csv's verbs and adjectives)."""
    return bool(re.fullmatch(r"(?:,\s*|\s+and\s+)(?:the\s+)?", text[a.end:b.start])) and bool(_co_ranked_re().match(text, b.end))


@functools.cache
def _co_ranked_re() -> re.Pattern:
    verb = vocab.alternation(["are", "were", "remain", "remained", "rank", "ranked", "have been"], ignore_case=True, space=r"\s+")
    adjective = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{verb})\s+(?:also\s+|still\s+|again\s+)?(?:the|its|their|[A-Z][\w.]*['’]s)\s+(?:two\s+)?(?:{adjective})\b", re.I)


# "Latvia was second.", "Germany came third": a sentence that only ranks a place
_RANKED_PLACE = re.compile(r"\s*(?:The\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*\s+(?:ranked|came|was|remained|stayed)\s+(?:again\s+|also\s+)?"
                           r"(?:second|third|fourth|fifth|next)\.?\s*")


def _breakdown_levels(text: str, sent: Sentence, claims: list[Claim]) -> None:
    """How deep in its sentence's breakdowns each figure stands: "Oil exports were $2.31bn
    and non-oil exports $52.31bn; within the latter, manufactured goods $49.87bn": the
    manufactures are a part of a part, never added up with the parts beside it."""
    cues = [c.end() for c in _breakdown_cues_in(text, sent.start, sent.end)]
    # ("..., led by copper at US$ 25.3 billion": the leading parts, a level down too)
    cues += [c.end() for c in _leader_cues_in(text, sent.start, sent.end)]
    for c in claims:
        level = sum(1 for end in cues if end <= c.start)
        if level:
            c.extra["_breakdown"] = level


# "USD 4.41 billion for copper": "for" and the product right after a part's figure, up to the
# next part's "and", a comma or the clause's end
_FOR_PRODUCT_AFTER = re.compile(r"\s+for\s+(?:the\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s*(?:,|;|\.|$|\s+and\b))")


def _products_named_after_parts(text: str, claims: list[Claim]) -> None:
    """"Export receipts from copper and cobalt reached USD 5.69 billion, of which USD 4.41
    billion for copper and USD 1.28 billion for cobalt": past a breakdown cue, a part's
    product may follow its figure after "for" (a product the vocabulary may not know, not a
    place or a flow); that product is the part's (not the one named before the figure, which
    is the last part's or the whole's)."""
    for c in claims:
        if c.kind != "amount" or not c.extra.get("_breakdown"):
            continue
        mm = _FOR_PRODUCT_AFTER.match(text, c.end)
        product = unknown_product(mm["np"]) if mm else None
        if product:
            c.commodity = product
            c.basis["commodity"] = "text"
            c.how["commodity"] = "product-for-part"


def _whole_before_named_part(text: str, sent: Sentence, places: list, claims: list[Claim]) -> None:
    """"Czech exports reached CZK 4 589,3 bn in 2023, of which exports to EU Member States
    accounted for CZK 3 753,0 bn": the partner named after "of which" is the part's, so the
    whole, which names no partner of its own, cannot be with it too: it is the reporter's
    trade with the world."""
    for cue in _breakdown_cues_in(text, sent.start, sent.end):
        before = [c for c in claims if c.end <= cue.start()]
        part = next((c for c in claims if c.start >= cue.end() and c.kind == "amount"), None)
        if not before or part is None:
            continue
        whole = before[-1]
        key = _partner_key(part)
        if whole.kind != "amount" or whole.measure != part.measure or whole.reporter is None or key in (None, "WLD") \
                or _partner_key(whole) != key or not re.fullmatch(r"[^;]{0,25}", text[whole.end:cue.start()]):
            continue
        own = max([sent.start] + [c.end for c in before[:-1]])
        if any(_place_key(x) == key for x in places if own <= x.start < whole.start):
            continue  # the whole's own clause names it ("exports to the EU ..., of which")
        if not any(_place_key(x) == key for x in places if cue.end() <= x.start < part.end + 45):
            continue  # the part's partner too came from the discourse: nothing says they differ
        whole.partner = "WLD"
        whole.extra.pop("partner_group", None)
        whole.basis["pair"] = "text"


def _share_of_the_whole_before_a_breakdown(text: str, sent: Sentence, claims: list[Claim]) -> None:
    """"NODX reached S$14.4bn, of which electronics accounted for S$3.6bn (25.0%)": a share
    restating a part after "of which" (vocab/breakdown_cues.csv) is of the whole before the
    cue, a named subtotal (NODX) with its own product, not of the whole flow."""
    for cue in _breakdown_cues_in(text, sent.start, sent.end):
        before = [c for c in claims if c.end <= cue.start()]
        after = [c for c in claims if c.start >= cue.end()]
        if not before or len(after) < 2:
            continue
        whole, part, share = before[-1], after[0], after[1]
        if whole.kind != "amount" or part.kind != "amount" or share.kind != "share" or not whole.commodity \
                or share.how.get("measure") != "restates-previous" or whole.commodity == part.commodity \
                or (whole.measure, whole.reporter, whole.partner, whole.period) != (share.measure, share.reporter, share.partner, share.period) \
                or not re.fullmatch(r"[^;]{0,25}", text[whole.end:cue.start()]):
            continue
        share.extra.setdefault("_whole_commodity", whole.commodity)


def _unnamed_parts(text: str, claims: list[Claim]) -> None:
    """"Goods entering the US duty-free ... were worth R42.7 billion, or 27.3% of exports to
    the US": the amount the share restates is a part of the partner's flow the words name
    no product for, not that flow itself; a scope of its own keeps it from being read as
    the whole."""
    for part, share in zip(claims, claims[1:]):
        if share.kind != "share" or share.how.get("pair") != "share-of-partial-whole" or part.kind != "amount" \
                or part.commodity or part.scope or share.extra.get("_whole_partner") != _partner_key(part) \
                or not re.fullmatch(r"\s*,?\s*(?:or|and|representing|accounting\s+for|making\s+up)\s+", text[part.end:share.start]):
            continue
        part.scope = "an unnamed part"


# "... of goods the United States imported from China in 2018 — roughly $360 billion", "...
# of its $100bn exports, or about $30bn": money after a dash or "or" at the end of a whole's clause
# (a fiscal year "2021-22" and a citation marker "[23]" in the clause are no figures)
_RESTATED_AFTER_WHOLE = re.compile(rf"(?:[^.;:!?\d$€£¥]|(?<!\d)(?:19|20)\d\d(?:[-–/]\d\d(?!\d))?(?!\d)|\[\d{{1,3}}\]){{0,120}}?"
                                   rf"(?:\s*[–—]\s*|\s+-\s+|,\s+or\s+){HEDGE}")


def _share_restated_after_its_whole(text: str, claims: list[Claim]) -> None:
    """"they covered about two-thirds of the $536 billion of goods the United States imported
    from China in 2018 — roughly $360 billion": money after the whole of a fraction, set off
    at the end of the whole's clause, restates the fraction; it is a part of the whole's flow
    the words name no product for (a scope of its own keeps it from being read as the whole),
    and the fraction is of that part over the whole figure."""
    for share, whole, part in zip(claims, claims[1:], claims[2:]):
        if share.kind != "share" or whole.kind != "amount" or part.kind != "amount" or share.how.get("pair") != "share-of-figure" and whole.how.get("pair") != "share-whole-owner" \
                or not whole.extra.get("_whole_of_part") or part.sentence != whole.sentence \
                or (part.measure, part.reporter, part.partner, part.period) != (whole.measure, whole.reporter, whole.partner, whole.period) \
                or part.commodity or part.scope or whole.commodity or whole.scope or part.value is None or whole.value is None \
                or not part.value < whole.value or not _RESTATED_AFTER_WHOLE.fullmatch(text, whole.end, part.start):
            continue
        part.scope = share.scope = "an unnamed part"
        share.extra["_whole_commodity_none"] = True


def _part_restated_as_share_of_the_total(text: str, before: list[Claim], claims: list[Claim]) -> None:
    """"Huu Nghi international border gate alone handled $3.48 billion, or 60 percent of the
    total" after the pair's trade of $5.8 billion: money restated as a share of the total,
    read with the key of a larger figure the text gave before, is a part of it the words name
    no product for, not that figure restated (a scope of its own keeps the two apart). The
    money may name its whole first ("The Pudong New Area handled 2.51 trillion yuan of the
    city's trade, or 59.6% of the total"); where a company or sector is its subject ("Private
    companies handled 4.35 trillion yuan of the province's trade, accounting for 57.0% of the
    total"), the share is that company's part too."""
    for part, share in zip(claims, claims[1:]):
        gap = _SHARE_OF_THE_TOTAL_GAP.fullmatch(text, part.end, share.start) if share.start >= part.end else None
        if share.kind == "share" and part.kind == "amount" and part.sentence == share.sentence and share.factor is not None \
                and 0 < share.factor < 1 and share.start >= part.end and _of_the_whole_flow(text, share) \
                and not part.scope and part.partner in (None, "WLD") and part.commodity == share.commodity \
                and _SENT_SOMEWHERE_UNNAMED_GAP.fullmatch(text, part.end, share.start):
            # ("shipped €2bn of toys across the northern border, about 30% of the total": sent
            # to a place the sentence names no country for, so a partner's part of the total,
            # never the flow to the world it would otherwise be read as; the product goes to
            # the share's whole, as for a part restated after its share below)
            _as_unnamed_part(part, share)
            continue
        if gap is not None and gap["or"] and share.kind == "share" and part.kind == "amount" and part.commodity \
                and share.commodity == part.commodity and not part.scope and not share.scope and share.factor is not None \
                and 0 < share.factor < 1 and part.sentence == share.sentence and part.partner in (None, "WLD") \
                and part.value is not None and _of_the_whole_flow(text, share) \
                and any(w.kind == "amount" and _same_flow(w, part) and w.commodity == part.commodity and not w.scope
                        and w.value is not None and w.value > part.value for w in before):
            # ("Avocado exports reached $3.7bn ... Shipments north were worth $2.9bn, or 79% of
            # the total": the product carried to the money from the whole before it; a share of
            # the total below the whole makes it a part of that whole, never the whole restated)
            _as_unnamed_part(part, share)
            continue
        if share.kind != "share" or part.kind != "amount" or not _of_the_whole_flow(text, share) \
                or share.commodity or share.scope or part.value is None \
                or share.factor is None or not 0 < share.factor < 1 or part.sentence != share.sentence or gap is None:
            continue
        if part.commodity and not part.scope and part.how.get("commodity") == "company-subject" and part.measure == share.measure:
            share.commodity = part.commodity
            continue
        if part.commodity or part.scope or not gap["or"]:
            continue  # (", accounting for": the share of the figure itself, whatever it is part of)
        if any(w.kind == "amount" and _same_flow(w, part) and not w.commodity
               and not w.scope and w.value is not None and w.value > part.value for w in before):
            part.scope = share.scope = "an unnamed part"
            share.extra["_whole_commodity_none"] = True
            share.extra.pop("_whole", None)


# "71% of the total, or BD712 million": money set off by "or" right after a share of the total;
# "70% of the total value exported from the Kingdom, amounting to BD 202 million": after the
# rest of the total's words (no figure, no clause break), by a word of vocab/share_part_leads.csv
@functools.cache
def _part_after_share_of_total_re() -> re.Pattern:
    leads = vocab.alternation(vocab.share_part_leads(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:\s+(?:value|amount)\s+[a-z]+(?:\s+(?:from|by|to)\s+[^\d.;:,()]{{1,40}}?)?)?\s*,\s*(?:{leads})\s+{HEDGE}", re.I)


_OF_THE_TOTAL = re.compile(r"\s+of\s+(?:the\s+)?total\b")


def _part_restated_after_share_of_the_total(text: str, before: list[Claim], claims: list[Claim]) -> None:
    """"The top 10 markets accounted for 71% of the total, or BD712 million" after the flow's
    BD1,002 million: money set off by "or" right after a share of the total restates the
    share's part, not the total. Where the reading gave that money the key of a larger
    figure the text gave before (the words name no product of the part), it is a part of it
    the words name no product for (a scope of its own keeps the two apart), and the share is
    of that part over the whole flow."""
    for share, part in zip(claims, claims[1:]):
        if share.kind != "share" or part.kind != "amount" or part.value is None or share.factor is None \
                or not 0 < share.factor < 1 or part.sentence != share.sentence or part.scope or share.scope \
                or part.commodity != share.commodity or share.extra.get("_whole") != "the total":
            continue
        of_total = _OF_THE_TOTAL.match(text, share.end)
        if of_total is None or not _part_after_share_of_total_re().fullmatch(text, of_total.end(), part.start):
            continue
        if any(w.kind == "amount" and _same_flow(w, part) and w.commodity == part.commodity and not w.scope
               and w.value is not None and w.value > part.value for w in before + claims[:claims.index(share)]):
            _as_unnamed_part(part, share)


def _as_unnamed_part(part: Claim, share: Claim) -> None:
    """Make `part` and its `share` a part of the whole flow the words name no product for:
    the part's product, if any, goes to the share's whole (the whole is of that product)."""
    label = part.commodity
    part.commodity = share.commodity = None
    part.extra.pop("_part_commodity", None)
    part.scope = share.scope = "an unnamed part"
    share.extra.pop("_whole", None)
    if label:
        share.extra["_whole_commodity"] = label
    else:
        share.extra["_whole_commodity_none"] = True


def _of_the_whole_flow(text: str, share: Claim) -> bool:
    """"or 60 percent of the total", "or 81.9% of Yiwu's exports": a share of the whole flow,
    named by no more than its owner."""
    return share.extra.get("_whole") == "the total" or bool(_OF_OWNERS_FLOW.match(text, share.end))


# "of Yiwu's exports", "of the province's total exports", "of its imports"
_OF_OWNERS_FLOW = re.compile(r"\s+of\s+(?:the\s+[\w-]+['’]s|its|their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+(?:total\s+)?(?:exports|imports|trade)\b(?!\s+(?:of|to|from|with)\b)")


# ", or 60 percent of the total", "of the province's trade, accounting for 57.0% of the
# total": the words between a part's money and its share of the total (the part's own whole
# named first, a verb of a share, or "or" and the words that restate as it does: "US$ 224,1
# million, that is, 61,8% of the total", "i.e.")
_SHARE_OF_THE_TOTAL_GAP = re.compile(r"(?:\s+of\s+(?:the\s+[\w-]+['’]s|its|their)\s+(?:[\w-]+\s+){0,2}?(?:trade|exports|imports|shipments))?"
                                     r"\s*,\s*(?:(?P<or>or|that\s+is,|i\.e\.,?)|accounting\s+for|representing|making\s+up)\s+"
                                     r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?", re.I)


# "across the western border, about 35% of": a phrase of where the money went, in lower-case
# words (no country named), between a part's money and its share of the total
_SENT_SOMEWHERE_UNNAMED_GAP = re.compile(r"\s+(?:across|to|into)\s+(?:the|that|this)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
                                         r"\s*,\s*(?:(?:or|representing)\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?")


def _same_flow(a: Claim, b: Claim) -> bool:
    """Whether two figures are read as one flow of one pair, period and currency (a trade
    total's pair has no direction)."""
    pair = (lambda c: tuple(sorted((str(c.reporter), str(c.partner)))) if c.measure == "trade_total" else (c.reporter, c.partner))
    return (a.measure, a.period, a.currency) == (b.measure, b.period, b.currency) and pair(a) == pair(b)


def _unrecorded_restated(text: str, claims: list[Claim]) -> None:
    """"... are estimated at 30-40 per cent of formal trade, or $3.3-4.4 billion": money set off
    by "or" right after a share of the recorded trade restates its part, the unrecorded trade,
    not the recorded flow the share is of."""
    for share, part in zip(claims, claims[1:]):
        if share.kind == "share" and part.kind == "amount" and share.extra.get("_whole") == RECORDED_WHOLE \
                and part.sentence == share.sentence and part.scope is None and _RESTATED_AFTER_WHOLE.fullmatch(text, share.end, part.start):
            part.scope = UNRECORDED


def _partner_key(c: Claim) -> str | None:
    return c.partner or ("group:" + c.extra["partner_group"] if c.extra.get("partner_group") else None)


def _place_key(x) -> str | None:
    return x.attrs.get("iso") or ("group:" + x.attrs["label"] if x.attrs.get("label") else None)


@functools.cache
def _breakdown_words() -> str:
    # the words that break a figure down ("of which", "Of this"; vocab/breakdown_cues.csv),
    # which several readings below look for in their own places
    return vocab.alternation(vocab.breakdown_cues(), ignore_case=True, space=r"\s+")


@functools.cache
def _breakdown_re() -> re.Pattern:
    words = _breakdown_words()
    return re.compile(rf"\b{words}\b", re.I)


def _part_of_a_breakdown(text: str, start: int, p: Claim) -> bool:
    """Whether the figure before is a part its clause opens with a breakdown cue ("exports
    were £187.1 billion, of which services accounted for £124.1 billion"): a sub-item, whose
    product the next clause ("while imports ... stood at") does not share."""
    cue = None
    for cue in _breakdown_cues_in(text, start, p.start):
        pass
    return cue is not None and not re.search(r"[;]|\b(?:while|whereas|but)\b", text[cue.end():p.start])


@functools.cache
def _leader_re() -> re.Pattern:
    words = vocab.alternation(vocab.leader_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b{words}\b", re.I)


@functools.cache
def _cue_keys(name: str) -> tuple[str, ...]:
    """One word any match of the vocab list `name`'s cues holds (see cues.longest_words)."""
    return longest_words(getattr(vocab, name)())


def _breakdown_cues_in(text: str, start: int, end: int):
    """_breakdown_re's matches in text[start:end] (its words checked first: cheap)."""
    return _breakdown_re().finditer(text, start, end) if holds_any(text[start:end], _cue_keys("breakdown_cues")) else ()


def _leader_cues_in(text: str, start: int, end: int):
    """_leader_re's matches in text[start:end] (its words checked first: cheap)."""
    return _leader_re().finditer(text, start, end) if holds_any(text[start:end], _cue_keys("leader_cues")) else ()


# (compiled once: a literal pattern of the reading below, tried per claim)
_SHARES_OF_FIGURES_RE = re.compile(rf"\s+(?:(?:by\s+value|in\s+value|by\s+volume)\s+)?of\s+(?:the\s+|its\s+|a\s+total\s+of\s+)?{HEDGE}")


def _shares_of_figures(text: str, claims: list[Claim]) -> None:
    """"Crude oil made up two-thirds by value of the $37.27 billion of goods India bought from
    Russia": a share of a figure the sentence gives is a share of that figure's flow."""
    for share, whole in zip(claims, claims[1:]):
        if share.kind != "share" or whole.kind != "amount":
            continue
        if not _SHARES_OF_FIGURES_RE.fullmatch(text[share.end:whole.start]):
            continue
        if whole.measure == "other":
            if whole.extra.get("change_of"):
                _share_of_a_change(share, whole)
            continue
        share.measure, share.period = whole.measure, whole.period
        fields = ("measure", "period")
        if not (whole.extra.get("_whole_of_part") and share.partner not in (None, "WLD") and share.how.get("pair") != "discourse"):
            # (not "$505.5bn of goods from China, 21.6% of its $2,342.9bn": the share is
            # still China's, of a whole with everyone; but a share whose pair the discourse
            # only carried is of the figure's)
            share.reporter, share.partner = whole.reporter, whole.partner
            fields += ("pair",)
        for field in fields:
            share.how[field], share.basis[field] = "share-of-figure", whole.basis.get(field, "context")
        whole.extra.setdefault("_whole_of", share.id or share.start)
    _shares_of_the_total(text, claims)


def _share_of_a_change(share: Claim, change: Claim) -> None:
    """"accounting for about 41% of the $800 billion increase": a share of a change is the
    part's change over the whole's change, no share of a level; no check of levels reads it."""
    share.measure, share.period = "other", change.period
    share.how["measure"], share.basis["measure"] = "share-of-a-change", change.basis.get("measure", "context")


def _shares_of_the_total(text: str, claims: list[Claim]) -> None:
    """"the U.S. trade deficit hit almost $1 trillion, and trade with China accounted for more
    than a third of the total": "the total" at the end of the clause is the figure the
    sentence gave before, and a place named for the share is its part."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.extra.get("_whole") != "the total" or share.commodity:
            continue
        if not re.match(r"^\s*of\s+the\s+total\s*(?:[.;,)]|$)", text[share.end:share.end + 30], re.I):
            continue
        whole = next((c for c in reversed(claims[:k]) if c.kind == "amount" and c.sentence == share.sentence), None)
        if whole is None or whole.measure == "other" or share.partner in (None, whole.partner) \
                or share.how.get("pair") not in ("named-partner", "two-named"):
            continue
        share.measure, share.period, share.reporter = whole.measure, whole.period, whole.reporter
        fields = ("measure", "period")
        if whole.commodity:
            # "total non-oil exports were $53bn, meaning Iraq accounted for 19% of the total":
            # the place's part is of the whole's product, and the whole that product's flow
            # with the figure's partner (not the place's flow of every product)
            share.commodity, fields = whole.commodity, fields + ("commodity",)
            share.extra["_whole_partner"] = whole.partner
        for field in fields:
            share.how[field], share.basis[field] = "share-of-figure", whole.basis.get(field, "context")
        share.extra.pop("_whole", None)
    _total_of_a_part_before(text, claims)
    _total_of_the_shares_before(text, claims)
    _flow_shares_of_trade(text, claims)


def _partner_share_of_a_product_total_before(text: str, claims: list[Claim]) -> None:
    """"Toy exports were $400 million ... Germany took $300 million worth, or 75 per cent of
    the total": a partner's money restated as its share of "the total", where the sentence
    names no product, is of the total the text last gave of that flow to the world before it
    (the words point back); where that total is of a product, the partner's money and share
    are of that product too, not of every product (a total of all goods given later is no
    whole "the total" can point back to)."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.extra.get("_whole") != "the total" or share.commodity or share.scope or k == 0 \
                or share.partner in (None, "WLD") or share.factor is None or not 0 < share.factor < 1:
            continue
        part = claims[k - 1]
        if part.kind != "amount" or part.sentence != share.sentence or part.commodity or part.scope or part.value is None \
                or (part.measure, part.reporter, part.partner, part.period) != (share.measure, share.reporter, share.partner, share.period) \
                or not re.match(r"^\s*of\s+the\s+total\s*(?:[.;,)]|$)", text[share.end:share.end + 30], re.I) \
                or TOTAL_CUE.search(_clause_before(text, part.start)):
            continue  # ("Overall, shipments to Canada came to": the clause names the whole trade)
        wholes = [c for c in claims[:k - 1] if c.kind == "amount" and c.partner == "WLD" and not c.scope
                  and (c.measure, c.reporter, c.period, c.currency) == (part.measure, part.reporter, part.period, part.currency)]
        whole = wholes[-1] if wholes else None
        if whole is None or not whole.commodity or whole.value is None or not part.value < whole.value \
                or any(c.commodity != whole.commodity for c in wholes):
            continue  # (totals of other products before, or of all goods: which one "the total" is, unsure)
        for c in (part, share, *_ranked_after(claims, k, text)):
            c.commodity = whole.commodity
            c.how["commodity"], c.basis["commodity"] = "share-of-figure", whole.basis.get("commodity", "context")
            if c.kind == "share":
                c.extra["_whole_partner"] = whole.partner


def _ranked_after(claims: list[Claim], k: int, text: str) -> list[Claim]:
    """The partners ranked after the share at `k` in its sentence, each with its money and the
    share restating it ("China was the main destination, with US$437mn or 64% of the total,
    followed by the US with US$102mn (15%) and Japan with US$68mn (10%)"), or in the sentence
    right after ("Hong Kong came a distant second with 2.1 billion baht (1.9%)"): parts of the
    same total, so of its product too. Figures that read a product of their own end them."""
    share, out = claims[k], []
    for c in claims[k + 1:]:
        if c.sentence not in (share.sentence, share.sentence + 1) or c.commodity or c.scope \
                or (c.measure, c.reporter, c.period) != (share.measure, share.reporter, share.period):
            break
        ranked = c.kind == "amount" and (c.how.get("measure") == "ranked-after" or _ranked_next_sentence(text, share, c))
        restated = c.kind == "share" and bool(out) and out[-1].kind == "amount" and c.how.get("commodity") == "same-as-previous"
        if not (ranked or restated):
            break
        out.append(c)
    return out


def _ranked_next_sentence(text: str, share: Claim, c: Claim) -> bool:
    """Whether `c`, the first figure of the sentence after the share's, is another partner's,
    the sentence ranking it after the first ("Hong Kong came a distant second with")."""
    if c.sentence != share.sentence + 1 or c.how.get("pair") != "named-partner" or c.partner in (None, "WLD", share.partner):
        return False
    opening = text[max(share.end, c.start - 80):c.start]
    opening = re.split(r"[.!?]\s", opening)[-1]
    return not re.search(r"\d", opening) and _RANKED_AFTER_FIRST.search(opening) is not None


def _total_of_a_part_before(text: str, claims: list[Claim]) -> None:
    """"Total services exports were $127.9 billion, meaning education made up 37 per cent of
    the total": "the total" after a figure of another product in the share's sentence is that
    figure (services), not the whole flow; the share's product is a part of it."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.extra.get("_whole") != "the total" or not share.commodity:
            continue
        if not re.match(r"^\s*of\s+the\s+total\s*(?:[.;,)]|$)", text[share.end:share.end + 30], re.I):
            continue
        whole = next((c for c in reversed(claims[:k]) if c.kind == "amount" and c.sentence == share.sentence), None)
        if whole is None or not whole.commodity or whole.commodity == share.commodity or whole.measure != share.measure \
                or (whole.reporter, whole.partner, whole.period) != (share.reporter, share.partner, share.period):
            continue
        share.extra["_whole_commodity"] = whole.commodity


def _share_of_the_total_of_the_lead(text: str, claims: list[Claim]) -> None:
    """A product's share "of the total" said right after its own figure, where the text's
    lead gave a wider product's total (below): of that product's flow."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.extra.get("_whole") != "the total" or not share.commodity \
                or share.extra.get("_whole_commodity") or not k:
            continue
        part = claims[k - 1]
        if part.kind != "amount" or part.sentence != share.sentence or part.commodity != share.commodity \
                or not re.match(r"^\s*of\s+the\s+total\s*(?:[.;,)]|$)", text[share.end:share.end + 30], re.I):
            continue
        whole = _product_total_of_the_lead(claims[:k], share)
        if whole is not None:
            share.extra["_whole_commodity"] = whole.commodity


# "Copper's share of the total": a share named before its figure, of "the total"
_SHARE_OF_THE_TOTAL_BEFORE = re.compile(r"\b(?:share|portion|proportion)\s+of\s+the\s+total\b(?![^.;]*\bof\b)", re.I)


def _share_of_the_total_a_part_was_given_with(text: str, claims: list[Claim]) -> None:
    """"Peru's metal exports reached $30bn, with copper sales rising to $19bn ... Copper's
    share of the total was 63%": a product's share of "the total", where the text gave that
    product's figure in the clause "with" of a wider product's total (the sentence ties them:
    the product is part of that flow), is of the wider product's total, not of the whole flow."""
    for k, share in enumerate(claims):
        if share.kind != "share" or not share.commodity or share.extra.get("_whole_commodity") or share.extra.get("_part_commodity") \
                or share.extra.get("_whole") or share.how.get("commodity") == "share-whole-product":
            continue
        sent_start = max(text.rfind(".", 0, share.start), text.rfind("\n", 0, share.start)) + 1
        if text.find("of the total", sent_start, share.start) == -1 or not _SHARE_OF_THE_TOTAL_BEFORE.search(text, sent_start, share.start):
            continue  # (the plain words checked first: cheap)
        key = (share.measure, share.reporter, share.partner, share.period)
        # (the product's figures before, the last first: the one given "with" a wider total)
        parts = [c for c in reversed(claims[:k]) if c.kind == "amount" and c.commodity == share.commodity and c.value is not None
                 and (c.measure, c.reporter, c.partner, c.period) == key and c.sentence < share.sentence]
        whole = next((c for part in parts for c in claims if c.sentence == part.sentence and c.kind == "amount" and c.end <= part.start
                      and (c.measure, c.reporter, c.partner, c.period) == key and c.commodity not in (None, share.commodity)
                      and c.value is not None and c.currency == part.currency and c.value > part.value
                      and re.search(r",\s+with\s", text[c.end:part.start])), None)
        if whole is not None:
            share.extra["_whole_commodity"] = whole.commodity


def _product_total_of_the_lead(before: list[Claim], share: Claim) -> Claim | None:
    """"Exports of wood and wood products rose to $9bn ... Furniture was the biggest
    contributor at $4bn, or 44 per cent of the total": a product's share of "the total", said
    of its own figure, in a text whose first figure of the flow is a wider product's and which
    states no figure of the whole flow before it, is of that product's total (not of all the
    exports, which the text never gives). Its figure must be the larger."""
    same = [c for c in before if c.kind == "amount" and not c.extra.get("_headline") and c.measure == share.measure
            and (c.reporter, c.partner, c.period) == (share.reporter, share.partner, share.period)]
    if not same or any(c.commodity is None for c in same):
        return None
    lead, part = same[0], same[-1]
    # (the body's first flow figure, not itself a part said to be a share of a total: "Building
    # materials topped the list at $10bn, or 28 percent of the total" is one part of several)
    first = next((c for c in before if c.kind == "amount" and not c.extra.get("_headline") and c.measure != "other"), None)
    if first is not lead or any(c.kind == "share" and c.sentence == lead.sentence for c in before):
        return None
    if lead.sentence == share.sentence or lead.commodity in (None, share.commodity) or part.commodity != share.commodity \
            or any(c.commodity == share.commodity for c in same[:-1]) \
            or lead.value is None or part.value is None or lead.currency != part.currency:
        return None
    if lead.value <= part.value and part.how.get("measure") != "leads-the-trade":
        # (unless the part's words make it one of that flow: "Frozen chicken dominated the
        # trade at $210m", link/measures.py; then a part larger than the lead is an error)
        return None
    return lead


@functools.cache
def _other_side_re() -> tuple[dict[str, str], re.Pattern]:
    # the nouns of a service's two flows (vocab/service_flows.csv) and the clause that names
    # the other one after a figure: ", while receipts were "
    nouns = {n: measure for n, measure in vocab.service_flow_nouns().items() if measure in ("exports", "imports")}
    words = vocab.alternation(nouns, ignore_case=True)
    return nouns, re.compile(rf"[^;.]*?,\s*(?:while|whereas|and|but)\s+(?:the\s+)?(?P<n>{words})\s+"
                             r"(?:were|was|stood\s+at|reached|totall?ed|came\s+to|amounted\s+to)\s+", re.I)


@functools.cache
def _next_sentence_side_re() -> re.Pattern:
    # a sentence that opens on a bare flow noun of a service and its verb: "Payments came to "
    nouns = {n for n, measure in vocab.service_flow_nouns().items() if measure in ("exports", "imports")}
    words = vocab.alternation(nouns, ignore_case=True)
    return re.compile(rf"[^;.]*?[.]\s+(?P<n>{words})\s+(?:(?:were|was)(?:\s+[a-z]+\s+at)?|stood\s+at|reached|totall?ed|came\s+to|amounted\s+to)\s+", re.I)


def _other_side_of_a_service(text: str, claims: list[Claim]) -> None:
    """"Payments for digital services ... reached 9.3 trillion yen, while receipts were 3.8
    trillion yen": a bare "receipts" or "payments" (vocab/service_flows.csv) in the clause after
    a kind of service's flow is the other flow of that service; so is one opening the next
    sentence ("... rose to 6 trillion yen. Payments came to 4 trillion yen"), since in
    balance-of-payments prose receipts and payments alone are the credits and debits of the
    account the text just named (not "debt payments": the noun must stand bare)."""
    nouns, other_side = _other_side_re()
    for p, c in zip(claims, claims[1:]):
        if p.kind != "amount" or c.kind != "amount" or p.measure not in ("exports", "imports") \
                or not (p.commodity or "").endswith(" services") or c.commodity not in (None, p.commodity):
            continue
        if p.sentence == c.sentence:
            mm = other_side.fullmatch(text, p.end, c.start)
        elif c.sentence == p.sentence + 1 and c.start - p.end < 200 and (text[p.end:c.start].count(".") == 1):
            mm = _next_sentence_side_re().fullmatch(text, p.end, c.start)
        else:
            continue
        if mm is None or nouns[mm["n"].lower()] == p.measure:
            continue
        c.measure, c.commodity = nouns[mm["n"].lower()], p.commodity
        if c.value is not None and c.value < 0:
            # (a flow is never negative: a sign taken from a balance word later in the
            # sentence, "so that the net outflow was", belongs to that balance)
            c.value = -c.value
        _set(c, "measure", "other-side-of-service", "text")
        _set(c, "commodity", "other-side-of-service", "text")


# a sentence that opens on the whole the text just gave ("Of the total, computer services made up")
_OF_THE_TOTAL_OPENER = re.compile(r"\s*Of\s+(?:the\s+total|this|that|these|this\s+total|that\s+total)\s*,", re.I)
# "Computer services formed the bulk of the total at $138.6 billion, or 83.8 per cent", "Crude
# made up most of the total, at": the part's own clause says it is of the total given before
_OF_THE_TOTAL_IN_CLAUSE = re.compile(r"\bof\s+(?:the|this|that)\s+total\b[^.;:\d]{0,12}$", re.I)


def _share_of_the_total_before(text: str, claims: list[Claim]) -> None:
    """"India's software services exports stood at US$ 193.3 billion ... Of the total,
    computer services made up US$ 168.4 billion, or 87.1 per cent": the share restating a part
    after "Of the total" is of the product of the figure the text gave last (software
    services), not of the whole flow."""
    for k, share in enumerate(claims):
        part = claims[k - 1] if k else None
        if share.kind != "share" or part is None or part.kind != "amount" or part.sentence != share.sentence \
                or share.how.get("measure") != "restates-previous" \
                or not (part.how.get("commodity") == "part-after-whole" or part.basis.get("commodity") == "text" and part.commodity):
            continue
        first = k - 1  # (the sentence's first figure: a walk back over its own, not over the text's)
        while first > 0 and claims[first - 1].sentence == share.sentence:
            first -= 1
        start = claims[first].start
        sent_start = text.rfind(".", 0, start) + 1
        opened = part.how.get("commodity") == "part-after-whole" and _OF_THE_TOTAL_OPENER.match(text, sent_start)
        if not opened and not (part.start == start and part.basis.get("commodity") == "text" and part.commodity
                               and _OF_THE_TOTAL_IN_CLAUSE.search(text, sent_start, part.start)):
            continue
        # (the last level of the same flow and period: not the earlier year it was compared with)
        whole = next((c for c in reversed(claims[:k - 1]) if c.kind == "amount" and c.sentence < share.sentence
                      and (c.measure, c.reporter, c.partner, c.period) == (share.measure, share.reporter, share.partner, share.period)
                      and (opened or c.currency == part.currency)), None)
        if whole is not None and whole.commodity not in (None, part.commodity):
            share.extra["_whole_commodity"] = whole.commodity


# the flows a share can be of (not a balance, nor money of another kind)
FLOW_MEASURES = ("exports", "imports", "trade_total")

# between two figures of a gapped list: a comma or "and", then the next item's words (at most
# four, lower case, no figure, no verb of their own: "lithium-ion batteries"); perhaps an
# aside that counts a part in, and the "at" the list's verb took ("pulp exports were recorded
# at $3.6bn, paper at $4.0bn, and panels, including plywood, at $1.6bn")
@functools.cache
def _gapped_item_re() -> re.Pattern:
    counted_in = vocab.alternation(vocab.inclusion_cues(), space=r"\s+")
    # (the item may open on a product's acronym: "DRAM exports totaled $5.90bn and NAND flash $1.78bn",
    # or on a capitalised name of its kind before its noun: "cane sugar K1.27 billion, Portland
    # cement K1.05 billion"; a capitalised word alone is a name, a place or a firm, no item)
    # (the aside may list what the item counts in: ", including reptile skins, live animals and
    # plants, caviar and ornamental fish,"; the verb said once may take "for": "A accounted
    # for $3bn, B for $2bn and other goods, including ..., for $1bn")
    return re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<np>(?:[a-z][\w-]*|[A-Z]{2,}\b|[A-Z][a-z][\w-]*(?=\s+[a-z]))(?:\s+[a-z][\w-]*){0,3}?)"
                      rf"(?P<aside>,\s+(?:{counted_in})\s+(?:[^,;:.]{{1,40}},\s+){{0,5}}[^,;:.]{{1,40}},)?(?:\s+at|\s+for)?\s+")


@functools.cache
def _against_level_openers() -> tuple[str, ...]:
    """The words that set a figure beside the one before as its earlier level (vocab/
    against_level_cues.csv), each with the space after it, to test the start of a phrase."""
    return tuple(w.lower() + " " for w in vocab.against_level_cues())


def _gapped_list_item(gap: str, p: Claim | None) -> str | None:
    """The item of a figure in a list whose verb is said once ("A accounted for $3bn, B $2bn
    and C $1bn"), where the figure before it is an amount whose own product the text named:
    the words between, read as a product (None when they name a place, a flow or no product)."""
    if p is None or p.kind != "amount" or not p.commodity or p.basis.get("commodity") != "text" or len(gap) > 200:
        return None
    mm = _gapped_item_re().fullmatch(gap)
    if mm is not None and len(gap) - len(mm["aside"] or "") > 100:
        return None
    # (the item's words are few; an aside of what it counts in, "other goods, including
    # electrical gadgets and vehicle spares,", is no part of them)
    if mm is None or len(gap) - len(mm["aside"] or "") > 50 or any(w in vocab.level_verbs() or w in vocab.changes() for w in mm["np"].lower().split()):
        return None
    if (mm["np"].lower() + " ").startswith(_against_level_openers()):
        return None  # "reached $58.6bn, against $34.6bn in 2021": the same item's earlier level
    item = unknown_product(mm["np"])
    return item if item and item != p.commodity else None


def _share_of_a_subseries_total(text: str, claims: list[Claim]) -> None:
    """"Non-oil domestic exports (NODX) declined ... to S$12.9bn; electronics NODX of S$2.8bn
    made up 21.7% of the total": "the total" after a part named within a series the text
    defined an acronym for (a named subtotal of the flow: NODX) is that series' total, not
    the whole flow."""
    for k, share in enumerate(claims):
        part = claims[k - 1] if k else None
        if share.kind != "share" or part is None or share.extra.get("_whole") != "the total" or share.measure not in FLOW_MEASURES                 or part.kind != "amount" or part.sentence != share.sentence or not share.commodity or part.commodity != share.commodity                 or "_whole_commodity" in share.extra or "_whole_measure" in share.extra:
            continue  # (cheap tests first: the acronyms are read only for such a share)
        words = share.commodity.split()
        series = next((d for d in find_definitions(text) if d.flow is not None and d.acronym.lower() in words), None)
        if series is not None and len(words) > 1:
            share.extra["_whole_commodity"] = canonical_label(series.label)


def _total_of_the_shares_before(text: str, claims: list[Claim]) -> None:
    """"The share of non-oil exports in the country's non-oil trade rose to 18.4 percent,
    while re-exports accounted for 26.9 percent of the total": "the total" after a share of
    another flow in its sentence is that share's whole (the trade), not the part's own flow
    (the exports); the checks take it as that flow's total."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.extra.get("_whole") != "the total" or share.measure not in FLOW_MEASURES:
            continue
        before = next((c for c in reversed(claims[:k]) if c.kind == "share" and c.sentence == share.sentence), None)
        if before is not None and before.measure in FLOW_MEASURES and before.measure != share.measure \
                and not _share_of_another_trader(before, share) and not _parallel_shares(claims, k, before):
            share.extra["_whole_measure"] = before.measure


def _parallel_shares(claims: list[Claim], k: int, before: Claim) -> bool:
    """"exports to Asia reached $400mn (40% of total exports) and imports from Asia $450mn
    (30% of the total)": each share right after an amount of its own flow, the second in
    parallel with the first: "the total" is its own flow's, as "total exports" was the first's."""
    i = claims.index(before)
    return all(j > 0 and claims[j - 1].kind == "amount" and claims[j - 1].sentence == claims[j].sentence
               and claims[j - 1].measure == claims[j].measure for j in (i, k))


def _share_of_another_trader(before: Claim, share: Claim) -> bool:
    """"Exports to the United States, which buys roughly three quarters of Canada's goods,
    rose to C$48.0 billion, or 74.6% of the total": a share said of another trader (the
    partner, in a relative clause on it: its imports) names no whole for the reporter's own
    share after it, which stays of the reporter's flow."""
    return before.how.get("pair") == "relative-clause" or None not in (before.reporter, share.reporter) \
        and before.reporter != share.reporter


# "11.4% of the ten-month total", "of the 12-month total": a span of time, no product
_A_SPAN = re.compile(r"[\w-]+-(?:month|year|quarter|week|day)s?\s*$", re.I)


def _flow_shares_of_trade(text: str, claims: list[Claim]) -> None:
    """"Exports accounted for 28.0% of the turnover", "The share of exports in turnover was
    55.1%": one flow's share of the total trade (both flows): the part is that flow, the whole
    the trade. Only with the world: a partner's flow "of the turnover" may be of the pair's
    trade or of all, which the words do not tell; "of the bilateral total" tells (the pair's)."""
    for k, c in enumerate(claims):
        if c.kind == "share" and not c.extra.get("_whole_measure") and c.partner not in (None, "WLD") and not c.commodity \
                and c.measure in ("exports", "imports") and _bilateral_whole_re().match(text, c.end):
            # "Exports were about 60% of the bilateral total": of the pair's two-way trade
            c.extra["_whole_measure"] = "trade_total"
            continue
        if c.kind == "share" and not c.extra.get("_whole_measure") and c.measure == "trade_total" and _restates_a_flow_of_trade(text, claims, k):
            # "Non-oil exports reached Dh99.6 billion, accounting for 16.5 per cent of total
            # trade": the share is the amount's, of its flow and product, and the trade its whole
            prev = claims[k - 1]
            c.measure = prev.measure
            if prev.commodity != c.commodity:
                c.extra["_part_commodity"] = prev.commodity
            c.extra["_whole_measure"] = "trade_total"
            continue
        if c.kind != "share" or c.extra.get("_whole_measure") or c.partner not in (None, "WLD") or c.commodity:
            continue
        prev = claims[k - 1] if k and claims[k - 1].sentence == c.sentence else None
        own = _own_words(text, c, prev)
        res = _flow_share_res()
        named = res[0].search(own)  # "the share of exports in turnover was"
        if prev is not None and prev.kind == "amount" and prev.measure == "balance" and c.measure == "trade_total" \
                and res[3].fullmatch(own) and res[1].match(text, c.end):
            part = "balance"  # "The negative trade balance was USD 4,374.0 million, or 42.9% of turnover"
        elif named is not None:
            part = vocab.flows()[named["f"].lower()][0]
        elif c.measure == "trade_total" and res[1].match(text, c.end):  # "... 28.0% of the turnover"
            subject = res[2].search(own)
            part = vocab.flows()[subject["f"].lower()][0] if subject else None
        else:
            continue
        if part in ("exports", "imports", "balance"):
            c.measure = part
            c.extra["_whole_measure"] = "trade_total"


def _restates_a_flow_of_trade(text: str, claims: list[Claim], k: int) -> bool:
    """Whether the share `claims[k]`, read as of the trade, sits right after an amount of one
    flow of its pair and period in its sentence, joined to it as its apposition (", accounting
    for", ", or") and followed by "of (total) trade": the share restates that amount (a flow's
    part of the trade its text is on: its product may be the text's scope, "non-oil")."""
    c = claims[k]
    prev = claims[k - 1] if k else None
    if prev is None or prev.kind != "amount" or prev.sentence != c.sentence or prev.measure not in ("exports", "imports") \
            or (prev.reporter, prev.partner, prev.period) != (c.reporter, c.partner, c.period) or c.partner not in (None, "WLD"):
        return False
    if c.commodity and c.how.get("commodity") != "article-scope":
        return False  # (a share naming a product of its own is that product's)
    res = _flow_share_res()
    return res[3].fullmatch(text, prev.end, c.start) is not None and res[1].match(text, c.end) is not None


@functools.cache
def _bilateral_whole_re() -> re.Pattern:
    """"... of the bilateral total", "of two-way trade" right after a share: its whole is the
    two sides' trade with each other (vocab/bilateral_cues.csv)."""
    cues = vocab.alternation(vocab.bilateral_cues(), ignore_case=True)
    return re.compile(rf"\s*of\s+(?:the\s+|their\s+)?(?:{cues})\s+(?:goods\s+|merchandise\s+)?(?:total|trade|turnover|commerce)\b", re.I)


@functools.cache
def _flow_share_res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(the share of a flow in the trade, before the figure; "of the trade" after it; a flow
    as the clause's subject before it; the apposition restating the figure before, ", or"),
    from the flow words (vocab/flows.csv)."""
    flows = vocab.flows()
    trade = vocab.alternation([w for w, (m, _) in flows.items() if m == "trade_total"], ignore_case=True, space=r"\s+")
    one = vocab.alternation([w for w, (m, _) in flows.items() if m in ("exports", "imports")], ignore_case=True, space=r"\s+")
    whole = rf"(?:the\s+|its\s+|total\s+|overall\s+|external\s+|foreign\s+)*(?:{trade})"
    return (re.compile(rf"\bshare\s+of\s+(?P<f>{one})\s+in\s+{whole}\b[^\d%]{{0,30}}$", re.I),
            re.compile(rf"\s*of\s+{whole}\b", re.I),
            re.compile(rf"^\s*(?:the\s+|its\s+|total\s+)*(?P<f>{one})\s+(?:[a-z]+\s+){{0,3}}?$", re.I),
            re.compile(r"\s*(?:\(\s*|,\s*(?:or|i\.e\.|representing|accounting\s+for|equal\s+to|equivalent\s+to)\s+)", re.I))


# from an earlier level to a later one: "from $2.3 billion in May to $0.6 billion in June"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:a\s+(?:revised\s+)?|the\s+)?$", re.I)
# (a note on the earlier level in a bracket of words may follow its month: "from $54.0
# billion in July (revised) to $54.9 billion in August")
_TO_BETWEEN = re.compile(r"(?:\s+(?:in|for)\s+[A-Za-z]+)?(?:\s*\([A-Za-z][A-Za-z .-]{0,20}\))?,?\s+to\s+(?:a\s+|the\s+)?", re.I)


def _from_level_to_level(text: str, prev: Claim | None, c: Claim) -> bool:
    """Whether `c` is the later level of a move "from" the level `prev` to it, of one flow."""
    return (c.kind == "amount" and prev is not None and prev.kind == "amount" and prev.measure == c.measure
            and bool(c.period and prev.period) and _TO_BETWEEN.fullmatch(text, prev.end, c.start) is not None
            and _FROM_BEFORE.search(text, max(0, prev.start - 20), prev.start) is not None)


def _a_year_before_in_words(c: Claim) -> bool:
    """A change whose text names a base a year before its month ("Compared with March 2023,
    exports were down 3.0%"): the text compares with the year before as well."""
    per, base = P.parse(c.period), P.parse(c.base_period)
    return (c.kind in ("percent_change", "multiple") and c.basis.get("base_period") == "text"
            and per is not None and base is not None and per[0] == per[1] and base[0] == base[1] and per[0] - base[0] == 12)


def _revised_month_before(text: str, claims: list[Claim], state: State) -> None:
    """"The trade gap contracted 12.4% to $58.4 billion ... Data for August was revised to
    show the deficit at $63.1 billion": a text that gives the revised level of the month
    before its month, for the same quantity, is a monthly release, whose changes are on the
    month before (as when it says "from $63.1 billion in August")."""
    if state.month_gap or state.year_ago_said:
        return
    def key(c: Claim):
        per = P.parse(c.period) if c.kind == "amount" and c.measure not in (None, "other") else None
        return (c.measure, c.reporter, c.partner, c.commodity, per[0]) if per is not None and per[0] == per[1] else None
    revised = [c for c in claims if c.kind == "amount" and _revised_before(text, c)]
    if not revised:
        return
    stated = {key(c) for c in claims if c not in revised}
    for c in revised:
        k = key(c)
        if k is not None and k[:4] + (k[4] + 1,) in stated:
            state.month_gap = 1
            return


def _revised_before(text: str, c: Claim) -> bool:
    """Whether the clause before an amount says it was revised ("Data for August was revised
    to show the deficit at", vocab/revision_cues.csv)."""
    before = text[max(0, c.start - 80):c.start]
    before = before[max(before.rfind(". "), before.rfind(";")) + 1:]
    return _revision_word_re().search(before) is not None


def _revises_a_month_before(text: str, sent, lead, state: State) -> bool:
    """Whether a sentence on a month before the last month the text named says that month's
    figure was revised (vocab/revision_cues.csv)."""
    return lead is not None and lead[0] == lead[1] and state.last_month is not None \
        and lead[1] < state.last_month[1] and "revis" in text[sent.start:sent.end].lower() \
        and _revision_word_re().search(text, sent.start, sent.end) is not None


@functools.cache
def _revision_word_re() -> re.Pattern:
    words = vocab.alternation(vocab.revision_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


def _monthly_release(claims: list[Claim], state: State) -> None:
    """A text that compares a month with the month before (a monthly release: "from $59.9
    billion in December to $51.1 billion in January") does so for the monthly changes it
    gave before saying so, too; not one that also compares a month with the same month a
    year earlier ("23.6 per cent to RM154.45 billion from RM124.98 billion in March 2016",
    then "Month-on-month, exports jumped 19.6 per cent"), where each change says which."""
    if not state.month_gap:
        return
    if state.year_ago_said or any(_a_year_before_in_words(c) for c in claims):
        # ("Compared with March 2023, exports were down 3.0%" after "decreased 2.1% in March"):
        # both footings are said, so an unsaid one, month before or year before, is a guess
        for c in claims:
            if c.how.get("base_period") == "base-month-before":
                c.extra["_footing_unsaid"] = True
        return
    for c in claims:
        per = P.parse(c.period)
        if c.how.get("base_period") == "base-year-before" and per is not None and per[0] == per[1]:
            c.base_period = P.fmt(P.shift(per, -state.month_gap))
            c.how["base_period"], c.basis["base_period"] = "base-month-before", "context"
        if per is not None and per[0] == per[1] and c.extra.get("change_base") == P.fmt(P.shift(per, -12)):
            # "narrowed by $8.4bn, or 10.7%" before "Exports increased 2.0% m/m": the change
            # in money is on the month before too
            c.extra["change_base"] = P.fmt(P.shift(per, -state.month_gap))


@functools.cache
def _revision_re() -> re.Pattern:
    from .cues import revision_before_re
    return revision_before_re()


def _estimates_of_a_revision(text: str, claims: list[Claim]) -> None:
    """"from a downwardly revised A$6.41 billion in February", "the February figure was
    first reported at A$7.28 billion" (vocab/revision_cues.csv): one of two estimates of a
    quantity, which may differ without either being wrong."""
    for c in claims:
        if c.kind == "amount" and _revision_re().search(text, max(0, c.start - 40), c.start):
            c.extra["_revision"] = True


def _parts_after_a_colon(text: str, claims: list[Claim]) -> None:
    """"Within non-oil exports, manufacturing exports reached 49,902 million dollars:
    automotive products amounted to 16,415 million dollars and non-automotive manufactures to
    33,487 million dollars": a product's figure then a colon, and figures of other products of
    the same flow after it in the sentence, are that product broken down: each is within it
    (`_within`), not one more part of the whole flow beside it."""
    whole = None
    for c in claims:
        if c.kind != "amount":
            continue
        if whole is not None and c.sentence == whole.sentence and c.commodity and c.commodity != whole.commodity \
                and not c.extra.get("_within") and (c.measure, c.reporter, c.partner, c.period, c.currency) == \
                (whole.measure, whole.reporter, whole.partner, whole.period, whole.currency):
            c.extra["_within"] = whole.commodity
            continue
        whole = c if c.commodity and c.measure in ("exports", "imports") and _COLON_AFTER.match(text, c.end) else \
            (whole if whole is not None and c.sentence == whole.sentence else None)


_COLON_AFTER = re.compile(r"[ \t]*:\s")


def _changes_from_the_first_estimate(text: str, sents: list[Sentence], claims: list[Claim]) -> None:
    """"July's figure was revised to $62.9 billion from the $61.5 billion reported last month.
    Measured against that originally published number, the gap widened by $6.8 billion": a
    sentence that opens by naming the replaced estimate as what it compares with
    (vocab/compared_openers.csv, vintage_cues.csv, estimate_nouns.csv) gives a change from
    that estimate, not from the revised figure (`base_vintage`, read by check/percent_change.py)."""
    if not any(c.extra.get("vintage") == "first estimate" for c in claims):
        return
    for c in claims:
        if c.kind == "amount" and c.extra.get("change_of") and _from_first_estimate_re().match(text, sents[c.sentence].start, c.start):
            c.extra["base_vintage"] = "first estimate"


@functools.cache
def _from_first_estimate_re() -> re.Pattern:
    opener = vocab.alternation([r["phrase"] for r in vocab.table("compared_openers")], ignore_case=True, space=r"\s+")
    cue = vocab.alternation(vocab.vintage_cues(), ignore_case=True, space=r"[\s-]+")
    noun = vocab.alternation(vocab.estimate_nouns(), ignore_case=True)
    return re.compile(rf"\s*(?:{opener})\s+(?:that|the|this)\s+(?:{cue})\s+(?:{noun})\b", re.I)


def _quarterly_release(claims: list[Claim], state: State) -> None:
    """A text that compares a quarter with the quarter before ("Petroleum prices fell 19.5%
    from the March quarter", a Stats NZ or ABS release) does so for the quarters' changes it
    gave before saying so, too ("Export prices fell 1.1% in the June quarter"); in one that
    also compares a quarter with the same quarter a year earlier, a change that says neither
    is a guess either way."""
    if not state.quarter_gap:
        return
    def a_year_before(c: Claim) -> bool:
        per, base = P.parse(c.period), P.parse(c.base_period)
        return (c.kind in ("percent_change", "multiple") and c.basis.get("base_period") == "text"
                and per is not None and base is not None and P.months(per) == P.months(base) == 3 and per[0] - base[0] == 12)
    year_said = state.quarter_year_said or any(a_year_before(c) for c in claims)
    for c in claims:
        per = P.parse(c.period)
        if per is None or P.months(per) != 3:
            continue
        if year_said:
            if c.how.get("base_period") in ("base-quarter-before", "base-year-before"):
                c.extra["_footing_unsaid"] = True
            continue
        if c.how.get("base_period") == "base-year-before":
            c.base_period = P.fmt(P.shift(per, -3))
            c.how["base_period"], c.basis["base_period"] = "base-quarter-before", "context"
        if c.extra.get("change_base") == P.fmt(P.shift(per, -12)):
            c.extra["change_base"] = P.fmt(P.shift(per, -3))  # ("widened by $1.2b"): on the same footing


def _stated_footing(claims: list[Claim], state: State) -> None:
    """The footing a text states for all its changes, wherever it says so (an ONS bulletin
    says it at the end of its main points), holds for the changes before it too."""
    if state.footing is None:
        return
    back, length = state.footing
    for c in claims:
        per = P.parse(c.period)
        if c.how.get("base_period") == "base-year-before" and per is not None and P.months(per) == length:
            c.base_period = P.fmt(P.shift(per, -back))
            c.how["base_period"], c.basis["base_period"] = "stated-footing", "context"
        if per is not None and P.months(per) == length and c.extra.get("change_base") == P.fmt(P.shift(per, -12)):
            # "widened by £2.1 billion": a change in money, on the same footing
            c.extra["change_base"] = P.fmt(P.shift(per, -back))


def _from_levels_of_moves(text: str, claims: list[Claim], state: State) -> None:
    """"Exports of services rose from £118.4 billion to £121.4 billion, an increase of 2.5%":
    the earlier level of a move the text leaves undated is at the base of the change the
    sentence gives of that flow, or else a footing the text states, not the later level's
    period."""
    for earlier, later in zip(claims, claims[1:]):
        if (earlier.period != later.period or earlier.basis.get("period") == "text"
                or not _from_level_to_level(text, earlier, later)):
            continue
        change = next((c for c in claims if c.kind in ("percent_change", "multiple") and c.sentence == later.sentence
                       and c.start > later.end and c.measure == later.measure and c.base_period), None)
        per = P.parse(later.period)
        if change is not None:
            base = change.base_period
        elif state.footing is not None and per is not None and P.months(per) == state.footing[1]:
            base = P.fmt(P.shift(per, -state.footing[0]))
        else:
            continue
        earlier.period = base
        _set(earlier, "period", "from-level-of-move", "context")


def _says_seasonally_adjusted(text: str) -> bool:
    """Whether the text says some of its figures are seasonally adjusted."""
    if "easonal" not in text:
        return False  # (checked first: cheap)
    return any(not (a["not"] or a["raw"]) and "seasonal" in a.group(0).lower() for a in _ADJUSTED.finditer(text))


def _footing_unsaid(text: str, claims: list[Claim]) -> None:
    """A month's or a quarter's change with no base said ("exports decreased 2.1% in March"),
    in a text that also gives levels of the month or quarter before, may be on that period
    (US Census, ABS, Statistics Canada) as well as on the year before (the customs offices of
    Asia): the year-earlier default is a guess a check must not raise an error on, and so is
    the date of the earlier level it gives ("... to $11.24trn from $10.17trn"). So is a
    quarter's in a text that says its figures are seasonally adjusted (ABS, Stats NZ)."""
    levels = {c.period for c in claims if c.kind == "amount" and c.basis.get("period") == "text"}
    adjusted = _says_seasonally_adjusted(text)
    for c in claims:
        per = P.parse(c.period)
        if (c.kind not in ("percent_change", "multiple") or per is None or P.months(per) not in (1, 3)
                or c.how.get("base_period") != "base-year-before"):
            continue
        if P.fmt(P.shift(per, -P.months(per))) in levels or (adjusted and P.months(per) == 3):
            # ("The current account surplus narrowed to $12.3b, seasonally adjusted. Exports
            # rose 2.4% in the March quarter": a seasonally adjusted quarter is mostly set
            # against the quarter before, but the words do not say so)
            c.extra["_footing_unsaid"] = True
    for c in claims:
        rel = c.extra.pop("_level_of", None)
        if rel is not None and rel.extra.get("_footing_unsaid"):
            c.extra["_footing_unsaid"] = True


_INCLUDING_REEXPORTS = re.compile(r"\bincluding\s+re-?exports\b", re.I)
# "Exports and re-exports together amounted to": their sum, re-exports counted
_EXPORTS_AND_REEXPORTS = re.compile(r"\bexports\s+and\s+re-?exports\b(?![^.;]*\brespectively\b)", re.I)


@functools.cache
def _driven_by_reexports_re() -> re.Pattern:
    cues = vocab.alternation(vocab.cause_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s+(?:(?:strong|higher|rising|booming|surging|the)\s+)?re-?exports\b", re.I)


def _driven_by_reexports(text: str, c: Claim) -> bool:
    """Whether the figure's sentence says re-exports drove its flow: then the flow counts them
    (a cause named beside a figure is a part of it, no scope that leaves it out)."""
    start = max((mm.end() for mm in re.finditer(r"[.!?]\s", text[max(0, c.start - 300):c.start])), default=0) + max(0, c.start - 300)
    stop = re.search(r"[.!?](?:\s|$)", text[c.end:c.end + 300])
    sentence = text[start:c.end + (stop.start() if stop else 300)]
    return "re-export" in sentence.lower() and _driven_by_reexports_re().search(sentence) is not None  # (the word checked first: cheap)


def _leaves_out_reexports(label: str) -> bool:
    """Whether a scope's own words already leave re-exports out ("non-oil domestic": the
    exports vocab/commodities.csv reads as "excluding re-exports", "domestic exports")."""
    words = {phrase.split()[0] for phrase, canon in vocab.commodity_labels().items()
             if canon == "excluding re-exports" and phrase.endswith(" exports") and len(phrase.split()) == 2}
    return any(w in words for w in label.lower().split())


_TOTAL_EXPORTS = re.compile(r"\btotal\s+(?:[\w-]+\s+)?exports\b", re.I)
_FLOW_OR_WHICH = re.compile(r"\b(?:exports|re-exports|imports|of\s+which)\b", re.I)


# a share's whole right after it that is the whole of exports: "of total exports", "of all exports"
_OF_TOTAL_EXPORTS = re.compile(r"\s+of\s+(?:the\s+)?(?:total|overall|all)\s+(?:goods\s+|merchandise\s+)?exports\b", re.I)


# a share's whole named right after it ("57.5% of total exports", "18.9% of the total")
_WHOLE_NAMED_AFTER = re.compile(r"\s*(?:of|in)\s", re.I)


def _separate_reexports(text: str, claims: list[Claim]) -> None:
    """"Non-oil exports reached AED256.8 billion, re-exports AED385.3 billion": where
    re-exports are given on their own, the exports figure beside them leaves them out; not
    one its own words call the total ("total exports (national exports plus re-exports)
    rose to JD 6.15 billion, while re-exports were JD 520 million"), which counts them."""
    # (the paragraph, not only the sentence: "Non-oil exports reached Dh518 billion ...
    # Re-exports stood at Dh1.104 trillion, while imports reached Dh1.881 trillion")
    re_paragraphs = {c.paragraph for c in claims if c.commodity and "re-export" in c.commodity}
    if not re_paragraphs:
        return  # (checked first: with no re-exports named, no figure below is changed)
    # ("Non-oil exports jumped 44.7 per cent to AED369 billion.\n\nRe-exports stood at
    # AED480 billion": re-exports given in the paragraph after a scope of exports, such as
    # "non-oil", are a component beside it, unless the text says its exports count them; not
    # after the whole flow, "exports rose to $4.5bn.\n\nOf that, re-exports accounted for")
    next_to = set() if _INCLUDING_REEXPORTS.search(text) else {p - 1 for p in re_paragraphs}
    # ("Re-exports of cars totalled USD 611 million, about a fifth of total exports": re-exports
    # given in a sentence of their own as a share of the total are a part of it, so the
    # exports beside them count them; not "exports reached Dh268 billion and re-exports Dh661
    # billion", set side by side as two parts of the total)
    side_by_side = {c.sentence for c in claims if c.measure == "exports" and "re-export" not in (c.commodity or "")} \
        & {c.sentence for c in claims if c.commodity and "re-export" in c.commodity}
    side_by_side = {c.paragraph for c in claims if c.sentence in side_by_side}
    re_paragraphs -= {c.paragraph for c in claims if c.kind == "share" and c.commodity and "re-export" in c.commodity
                      and c.paragraph not in side_by_side and _OF_TOTAL_EXPORTS.match(text, c.end)}
    # ("Domestic exports amounted to $3.81 billion, while re-exports totalled $2.27 billion":
    # where both parts are named, a bare exports figure beside them is their whole)
    both_named = {c.paragraph for c in claims if c.commodity and c.commodity.startswith("excluding re-exports")}
    total = None  # the last figure called the total, which the figures continuing it are of too
    scoped_to: dict[str, str] = {}  # a scope ("non-oil") -> the same leaving re-exports out
    counting: set[int] = set()  # figures whose words say they count re-exports
    elsewhere: list[Claim] = []  # figures of a scope such as "non-oil" away from the re-exports
    for i, c in enumerate(claims):
        # (a product beside them may be one of the re-exports: only the whole flow, or a
        # scope of it such as "non-oil", leaves them out)
        prev = claims[i - 1] if i and claims[i - 1].sentence == c.sentence else None
        own = _own_words(text, c, prev)
        # ("Non-oil exports (including re-exports) grew 4% to $9bn from $8.6bn": the levels
        # after the change continue its subject, and count re-exports like it, until another
        # flow is named)
        if _INCLUDING_REEXPORTS.search(text[c.end:c.end + 40] + own) \
                or (prev is not None and id(prev) in counting and not _FLOW_OR_WHICH.search(own)) \
                or _EXPORTS_AND_REEXPORTS.search(own):
            counting.add(id(c))
            continue  # "non-oil exports (including re-exports)": they count them
        if _driven_by_reexports(text, c):
            continue  # "exports to Russia tripled to $3.4 billion ..., driven by re-exports": they count them
        if _TOTAL_EXPORTS.search(_past_share_whole(text, prev, own)) \
                or (prev is not None and prev is total and c.commodity is None
                    and not _FLOW_OR_WHICH.search(own)):
            total = c  # ("total exports ... reached JD 6.15 billion, up 2% from JD 6.03 billion")
            continue
        if _broken_down_after(text, c.end) or _composed_of_after(text, c.end):
            continue  # "exported goods worth EUR 28.4 billion. Of this, ... re-exports came to": the whole
        if c.extra.get("_whole_has_commodity"):
            continue  # "30.6 percent of non-oil exports": the product is the whole's, as named
        if c.commodity is None and c.paragraph in both_named:
            continue
        if c.commodity is None and c.scope and not is_series_scope(c.scope):
            # ("Excluding mineral products, exports decreased by 19.8 per cent": a flow less
            # a part of its own, keyed by that scope; which series of exports it leaves out
            # besides, the words do not say)
            continue
        scoped = bool(c.commodity and c.commodity.startswith("non-")) and not _leaves_out_reexports(c.commodity)
        if (c.paragraph in re_paragraphs or (scoped and c.paragraph in next_to)) \
                and c.measure == "exports" and (c.commodity is None or scoped) \
                and "re-export" not in (c.commodity or ""):  # ("Non-oil re-exports (NORX)": re-exports themselves)
            if c.commodity:
                scoped_to.setdefault(c.commodity, c.commodity + ", excluding re-exports")
            c.commodity = (c.commodity + ", " if c.commodity else "") + "excluding re-exports"
        elif scoped and c.measure == "exports":
            elsewhere.append(c)
    # ("| Non-oil exports | 140.6 |" over "| Re-exports | 253.1 |", then "Non-oil exports grew
    # by 12.4% from AED 125.1 billion" a paragraph away: a scope the text has once set beside
    # re-exports means the same all through it, unless the text says it counts them somewhere)
    if scoped_to and not _INCLUDING_REEXPORTS.search(text):
        for c in elsewhere:
            c.commodity = scoped_to.get(c.commodity, c.commodity)
    # ("non-oil exports of national origin ... BD1,002 million. The top 10 countries ...
    # accounted for 71% of the total, or BD712 million": the share of an unnamed part is of
    # the whole those figures make, which leaves re-exports out like them)
    for c in claims:
        whole = c.extra.get("_whole_commodity") if c.kind == "share" and c.scope == "an unnamed part" else None
        if whole in scoped_to and c.measure == "exports":
            c.extra["_whole_commodity"] = scoped_to[whole]
        elif c.kind == "share" and c.extra.get("_whole_has_commodity") and c.commodity in scoped_to and c.measure == "exports" \
                and (c.partner == "WLD" or c.how.get("commodity") == "block-heading") and c.paragraph not in re_paragraphs:
            # ("Non-oil exports 19.6, Re-exports 9.2 ... led by polymers, valued at AED 4.1
            # billion, or 20.9% of non-oil exports": the whole the share names is the scope as
            # the text gave it beside re-exports, leaving them out; so is a market's share on
            # a line under "Top destinations for Omani non-oil exports:", as its amount is)
            c.commodity = scoped_to[c.commodity]
    # ("Exports of national origin fell to BD 289 million. ... Aluminium alloys emerged as
    # the top product exported with BD 82 million (28%)": a product's share that names no
    # whole is of the whole the text gave, when that is only the one leaving re-exports out;
    # not where the text gives the whole with them too ("Exports reached $6.08 billion.
    # Domestic exports amounted to $3.81 billion ... Cars were the top export at $1.16
    # billion (19.1%)": of all exports)
    last: dict[tuple, Claim] = {}
    whole = {(c.measure, c.reporter, c.period) for c in claims
             if c.kind == "amount" and c.partner == "WLD" and not c.scope and c.commodity is None}
    for c in claims:
        key = (c.measure, c.reporter, c.period)
        if c.kind == "amount" and c.partner == "WLD" and not c.scope and c.commodity == "excluding re-exports" and key not in whole:
            last[key] = c
        elif c.kind == "share" and c.measure == "exports" and c.partner == "WLD" and c.commodity and not c.scope \
                and not c.commodity.startswith(("non-", "excluding")) and "re-export" not in c.commodity \
                and not any(k in c.extra for k in ("_whole", "_whole_commodity", "_whole_commodity_none", "_whole_has_commodity")) \
                and key in last and last[key].commodity == "excluding re-exports" and not _WHOLE_NAMED_AFTER.match(text, c.end):
            c.extra["_whole_commodity"] = "excluding re-exports"


@functools.cache
def _of_exports_without_reexports() -> re.Pattern:
    """"of national exports", "of the Kingdom's domestic exports": a share's whole named right
    after it by a phrase vocab/commodities.csv reads as exports leaving re-exports out."""
    phrases = [phrase for phrase, label in vocab.commodity_labels().items()
               if label == "excluding re-exports" and phrase.endswith(" exports")]
    names = vocab.alternation(phrases, ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*,?\s*of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+|its\s+|their\s+)?(?:{names})\b", re.I)


def _shares_of_exports_without_reexports(text: str, claims: list[Claim]) -> None:
    """"Gold alone represented 34.4% of national exports and 15.1% of total exports", "or 22.6
    per cent of the Kingdom's national exports": a share of a product whose whole its words name
    as the exports leaving re-exports out is of that whole (the figure the text gives of
    national exports), not of all exports. (The whole's adjective is no product: the share's
    own product, the part, stays.)"""
    if " exports" not in text:
        return  # (cheap: no whole of exports named)
    for c in claims:
        if c.kind != "share" or c.measure != "exports" or c.extra.get("_whole_commodity") \
                or not c.commodity or c.commodity.startswith("excluding ") or c.scope:
            continue  # (a partner's share, of no product, keeps its whole as read: of the world's flow)
        if _of_exports_without_reexports().match(text, c.end):
            c.extra["_whole_commodity"] = "excluding re-exports"


def _whole_restated_to_break_down(text: str, claims: list[Claim]) -> None:
    """"... between the UK and Peru was £1.9 billion ... Of this £1.9 billion, total UK exports
    to Peru amounted to £700 million": the amount after a breakdown cue that opens the
    sentence names the whole just given again (the same flow, pair, period and product), not
    a flow of the clause after it."""
    for i, c in enumerate(claims):
        if c.kind != "amount" or c.value is None or not _restated_whole_re().search(text[max(0, c.start - 40):c.start]) \
                or not re.match(r"\s*,", text[c.end:]):
            continue
        whole = next((p for p in reversed(claims[:i]) if p.kind == "amount" and p.sentence < c.sentence
                      and p.value == c.value and p.currency == c.currency and p.measure not in (None, "other")), None)
        if whole is None:
            continue
        for f in ("measure", "reporter", "partner", "period", "commodity"):
            setattr(c, f, getattr(whole, f))
        c.scope = whole.scope
        for f in ("measure", "pair", "period", "commodity"):
            c.how[f], c.basis[f] = "restated-whole", whole.basis.get(f, "context")


@functools.cache
def _restated_whole_re() -> re.Pattern:
    # (the cue opens its sentence, perhaps after a bullet: "- Of this £1.9 billion,")
    words = _breakdown_words()
    return re.compile(rf"(?:^|[.!?:]\s+|\n\s*(?:[-•*]\s+)?)(?:{words})\s+$", re.I)


def _broken_down_after(text: str, end: int) -> bool:
    """Whether the words after a figure, in its sentence or opening the next, break it down
    ("..., of which", ". Of this, goods of Lithuanian origin accounted for": it is the whole
    of the parts after it)."""
    return bool(_breakdown_next_re().match(text, end))


@functools.cache
def _breakdown_next_re() -> re.Pattern:
    words = _breakdown_words()
    return re.compile(rf"(?:[^.!?;\d\n]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,60}}?(?:[.!?;]\s+|,\s*)(?:{words})\b", re.I)


@functools.cache
def _composed_of_after_re() -> re.Pattern:
    words = vocab.alternation(vocab.composition_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:\([^()\n]{{0,40}}\)\s*)?,\s*(?:{words})\b", re.I)


# from one listed part's figure to the next's: ", solid minerals ", " and manufactured goods "
_NEXT_LIST_ITEM = re.compile(r"(?:,\s*|\s+and\s+)(?![^;:()\d]*\b(?:while|whereas|but|against|compared)\b)[^;:()\d]{0,40}")


@functools.cache
def _composed_of_within_re() -> re.Pattern:
    words = vocab.alternation(vocab.composition_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf",\s*(?:[a-z]+\s+){{0,6}}?(?:{words})\b", re.I)


def _composed_of_after(text: str, end: int) -> bool:
    """"Exports amounted to RO 2.108 billion, comprising non-oil exports of RO 1.264 billion
    and re-exports of RO 844 million": a figure whose own aside says what it is made of
    (vocab/composition_cues.csv) is the whole of the parts named in it, re-exports and all."""
    return bool(_composed_of_after_re().match(text, end))


_SENTENCE_STOP = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def _past_share_whole(text: str, prev: Claim | None, own: str) -> str:
    """A figure's own words less the whole of the share before it: in "LTL 25.9 billion, or
    63.6 per cent of total exports, and were 22.8 per cent lower", "of total exports" is the
    share's whole, and the change is still of the part the sentence opened with."""
    if prev is None or prev.kind != "share":
        return own
    whole = _OF_TOTAL_EXPORTS.match(text, prev.end)
    return own[whole.end() - prev.end:] if whole is not None else own


def _own_words(text: str, c: Claim, prev: Claim | None) -> str:
    """The words before a figure that are its own: from the figure before it in its sentence,
    else from the sentence's start (a full stop and a capital, not a decimal point)."""
    if prev is not None:
        return text[prev.end:c.start]
    window = text[max(0, c.start - 160):c.start]
    stop = None
    for stop in _SENTENCE_STOP.finditer(window):
        pass
    return window[stop.end():] if stop is not None else window


# ", with shipments to", ", with exports from": a "with" aside opened by a flow word
_WITH_FLOW = re.compile(r",\s+with\s+(?:[a-z]+\s+)?$")
_TO_PLACE = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?$")


# ") of Lao exports", "of the country's total exports": a share's whole that is the
# reporter's whole flow
_OF_THE_REPORTERS_FLOW = re.compile(r"\)?\s*of\s+(?:the\s+(?:country|nation)['’]s\s+|its\s+|all\s+|[A-Z][\w.]*(?:['’]s)?\s+)?"
                                    r"(?:total\s+)?(?:merchandise\s+|goods\s+)?(?:exports|imports)\b")


def _partner_takes_a_share(text: str, sent: Sentence, places: list, claims: list[Claim]) -> bool:
    """"Japan as a whole took $2.1 billion (31 percent) of Peruvian exports. Imports rose 9
    percent": a sentence whose subject is a partner taking its share of the reporter's whole
    flow says where part of that whole went; the sentences after it go on with the whole,
    not with that partner."""
    lead = sent.start + len(text[sent.start:sent.end]) - len(text[sent.start:sent.end].lstrip())
    first = next((x for x in places if x.start >= lead), None)
    if first is None or first.attrs.get("iso") in (None, "WLD") or not re.fullmatch(r"(?:The\s+)?", text[lead:first.start]):
        return False
    partners = {c.partner for c in claims if c.measure != "other" and c.partner}
    return partners == {first.attrs["iso"]} and any(
        c.kind == "share" and c.partner == first.attrs["iso"] and _OF_THE_REPORTERS_FLOW.match(text, c.end, sent.end) for c in claims)


# ", of which China supplied ": the whole just given, then the relative that opens its part
_OF_WHICH_PARTNER = re.compile(r"\s*,?\s*of\s+which\s+[^.;:\d]{0,60}$", re.I)


def _pair_of_the_whole_before_of_which(text: str, claims: list[Claim]) -> tuple | None:
    """"Imports rose to $5bn, of which Vietnam supplied $2bn, or 40%. That left a deficit of
    $3bn": a partner named inside an "of which" clause after a whole with the world has
    that part only; the sentences after go on with the whole's pair."""
    for whole, part in zip(claims, claims[1:]):
        if whole.kind == "amount" and whole.partner == "WLD" and whole.reporter and whole.measure in ("exports", "imports") \
                and part.partner not in (None, "WLD") and _OF_WHICH_PARTNER.match(text, whole.end, part.start):
            return whole.reporter, whole.partner
    return None


def _pair_before_with_aside(text: str, flows: list, places: list, claims: list[Claim]) -> tuple | None:
    """"Taiwan's exports rose 9.9% to US$475.0 billion, with shipments to the United States
    jumping 46.1% to US$111.4 billion. Imports grew 11.9%": the partner of a "with" aside
    is a part of the main clause's national total, and the next sentence goes on with the
    main clause's pair (the world), not the aside's. Returns that pair, None where the
    sentence has no such aside after a total with the world."""
    aside = next((f for f in flows if _WITH_FLOW.search(text, max(0, f.start - 20), f.start)
                  and any(_TO_PLACE.fullmatch(text, f.end, x.start) for x in places)), None)
    if aside is None:
        return None
    main = [c for c in claims if c.end <= aside.start and c.partner == "WLD" and c.reporter and c.measure in ("exports", "imports")]
    parted = [c for c in claims if c.start > aside.start and c.partner not in (None, "WLD")]
    return (main[-1].reporter, main[-1].partner) if main and parted else None


def _stamped_label(text: str, sent: Sentence, x) -> bool:
    """A place that follows a live blog entry's time stamp and ends with a colon or a dash
    ("12:05 SGT - Indonesia: ...")."""
    stamp = TIMESTAMP.match(text, sent.start, x.start)
    return stamp is not None and stamp.end() == x.start and bool(re.match(r"\s*(?::|[-–—]\s)", text[x.end:x.end + 3]))


def _heading_subject(ms: dict, head: Sentence, state: State, text: str) -> None:
    """"Euro area trade balance, seasonally adjusted" on a line of its own over a paragraph:
    a heading that opens with a place or group and names a flow, with no figure, makes that
    place's trade with the world what the paragraph under it is about."""
    line = text[head.start:head.end].strip()
    lead = head.start + len(text[head.start:head.end]) - len(text[head.start:head.end].lstrip())
    first = next((x for x in ms["country"] if x.start == lead), None)
    if not line or len(line) > 100 or line[-1] in ".!?:;" or ms["amount"] or ms["percent"] \
            or not (any(f.attrs["measure"] != "other" for f in ms["flow"]) or _place_alone(first, lead, line)):
        return
    if first is None or first.attrs.get("possessive") or first.attrs.get("kind") in ("anaphor", "demonym") \
            or any(x is not first for x in ms["country"]):
        return  # (not "EU trade in goods with China": a pair, which the lines under it give)
    key = first.attrs.get("iso") or ("group:" + first.attrs["label"] if first.attrs.get("label") else None)
    if key and key != "WLD":
        state.reporter, state.partner, state.pair_how = key, "WLD", "context"


def _heading_back_to_the_month(ms: dict, head: Sentence, state: State, text: str, ctx: DocContext) -> None:
    """"In the January-October period, exports reached $209.53 billion ..." then "- Automotive
    keeps top spot" on a line of its own over "The automotive industry was the leading sector
    with $3.52 billion ..., 15.4 percent of total exports", in a report on October: a heading
    that names no figure and no period opens a section of the report on its month again, not
    of the year so far the paragraph before it had looked at."""
    main, now = ctx.main_period, state.period
    if main is None or main[0] != main[1] or now is None or now == main or now[1] != main[1] or now[0] != main[0] - main[0] % 12:
        return  # (cheap tests first: the text carries the year so far up to the report's month)
    line = text[head.start:head.end].strip()
    if not line or len(line) > 100 or line[-1] in ".!?:;" or ms["amount"] or ms["percent"] or ms["period"] \
            or not _own_paragraph(text, head):
        return
    state.period = main


# a box's label before the product a heading names: "KEY FIGURES - ", "FACT BOX: "
_HEADING_LABEL = re.compile(r"[A-Z][A-Za-z ]{0,30}?\s*[-–—:]\s+")


def _heading_product(ms: dict, head: Sentence, state: State, text: str, ctx: DocContext, para: int) -> None:
    """"Advanced Technology Products (exhibit 16)" on a line of its own, after paragraphs on
    partners: a heading that is a product's name (vocab/commodities.csv), maybe with a
    bracket, and nothing else makes the paragraph under it about that product, traded with the world by
    the text's reporter (its figures with no product word of their own are the product's)."""
    line = text[head.start:head.end].strip()
    lead = head.start + len(text[head.start:head.end]) - len(text[head.start:head.end].lstrip())
    if not line or len(line) > 100 or line[-1] in ".!?:;" or ms["amount"] or ms["percent"] or ms["country"]:
        return
    # ("KEY FIGURES - LITHIUM CARBONATE EXPORTS": past a box's label and its dash, and with its
    # flow word after it, the product's name is the heading still)
    first = next((x for x in ms["commodity"] if x.start == lead or _HEADING_LABEL.fullmatch(text, lead, x.start)), None)
    end = head.start + len(text[head.start:head.end].rstrip())
    flow = next((f for f in ms["flow"] if first is not None and f.attrs["measure"] in ("exports", "imports")
                 and re.fullmatch(r"\s+", text[first.end:f.start])), None)
    if first is None or not _own_paragraph(text, head) \
            or not re.fullmatch(r"\s*(?:\([^()]*\))?\s*", text[(flow or first).end:end]):
        return  # (the product's name alone, or with a bracket: not "Non-oil re-exports increased")
    state.section_product = (para, canonical_label(first.attrs.get("label") or first.text))
    # (a table under the heading is a paragraph a row: the product reaches down its rows, to
    # the blank line after them; not a paragraph of prose, which the heading's paragraph rule reads)
    under = _BLANK_LINE.search(text, end)
    blank = _BLANK_LINE.search(text, under.end()) if under is not None else None
    stop = blank.start() if blank else len(text)
    if under is not None and text.find("|", under.end(), stop) != -1:
        state.block_product = (under.end(), stop, state.section_product[1])
    if ctx.main_reporter and ctx.main_partner == "WLD" and state.reporter == ctx.main_reporter:
        state.partner, state.pair_how = "WLD", "context"


def _heading_over_a_block(ms: dict, head: Sentence, state: State, text: str) -> None:
    """A factsheet's "Trade in services, 2022" over the lines "EU exports: €60.4 billion" /
    "EU imports: €38.1 billion", no blank line between: a heading that names a product's
    trade (a flow word and the product, maybe a year) and no figure makes the label lines
    under it, up to the next blank line, about that product (their flow words name none)."""
    line = text[head.start:head.end].strip()
    first = head.start + len(text[head.start:head.end].rstrip())
    if line.endswith(":") and len(line) <= 80 and not ms["amount"] and not ms["percent"] and len(ms["commodity"]) == 1 \
            and ms["flow"] and all(f.attrs["measure"] in ("exports", "imports") for f in ms["flow"]) \
            and (bullet := _PLACE_LABEL_LINE.match(text, first)) and find_countries(bullet["label"]):
        # "Main destinations for EU car exports (by value):" over "- United States: €47.7
        # billion (29.0%)": a list's heading that names one product's flow sets the product of
        # its bullets, and their shares are of that product's flow, not of all goods (the
        # heading's place is the reporter, the bullets' labels their partners; bullets
        # labelled with products, "Exports of leather goods by line:", keep their own); so
        # do its lines with no marker after a blank line ("Top destinations for Omani non-oil
        # exports:", a blank line, then "Saudi Arabia: RO179.4mn (12.9 per cent)")
        first = bullet.start("line") if bullet["line"] is not None else bullet.start("bulleted")
        blank = _BLANK_LINE.search(text, first)
        state.block_product = (first, blank.start() if blank else len(text),
                               canonical_label(ms["commodity"][0].attrs.get("label") or ms["commodity"][0].text), "places")
        return
    elif _bracketed_scope_over_flows(line, ms, text, first):
        pass
    elif not line or len(line) > 60 or line[-1] in ".!?:;" or ms["amount"] or ms["percent"] or ms["country"] \
            or len(ms["commodity"]) != 1 or not ms["flow"] or any(f.attrs["measure"] != "trade_total" for f in ms["flow"]):
        return
    if not _BLOCK_LABEL_LINE.match(text, first):
        return  # (the next line, no blank one between, a label and its figure)
    blank = _BLANK_LINE.search(text, first)  # (looked for in place: no copy of the rest of the text)
    state.block_product = (first, blank.start() if blank else len(text),
                           canonical_label(ms["commodity"][0].attrs.get("label") or ms["commodity"][0].text))


def _in_a_list_of_places(s: Site, label: str) -> bool:
    """Whether the figure is on a line of a list of places whose heading names the product
    `label` (see _heading_over_a_block)."""
    block = s.state.block_product
    return block is not None and len(block) > 3 and block[0] <= s.m.start < block[1] and block[2] == label


def _bracketed_scope_over_flows(line: str, ms: dict, text: str, first: int) -> bool:
    """Whether a list's heading says in brackets which product its bullets are of, the
    bullets labelled with flows: "Key figures at a glance (pharmaceutical products, 2016):"
    over "- Exports: EUR 79.2 bn (+5.4%)" and "- Imports: ...". The bracket, perhaps with
    the year, sets the scope of every figure listed (not the country's total trade)."""
    if not line.endswith(":") or len(line) > 80 or ms["amount"] or ms["percent"] or ms["country"] or len(ms["commodity"]) != 1:
        return False
    bracket = _SCOPE_BRACKET.search(line)
    product = ms["commodity"][0].text
    bullet = _BULLETED_LABEL_LINE.match(text, first)
    return bracket is not None and product in bracket["inside"] and bullet is not None \
        and bool(find_mentions(bullet["label"])["flow"])


# a heading's closing bracket, right before its colon: "(pharmaceutical products, 2016):"
_SCOPE_BRACKET = re.compile(r"\((?P<inside>[^()]{2,60})\)\s*:$")
_BULLETED_LABEL_LINE = re.compile(r"[ \t]*\n[ \t]*[-•*–][ \t]*(?P<label>[^\n:]{1,60}):[ \t]*\S")
# a list's first line under its heading: a bullet and its label right under it; or, after a
# blank line, a label with or without a bullet (the group "line" where it starts)
_PLACE_LABEL_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n(?P<line>)[ \t]*(?:[-•*–][ \t]*)?|(?P<bulleted>)[ \t]*[-•*–][ \t]*)"
                               r"(?P<label>[^\n:]{1,60}):[ \t]*\S")
_BLOCK_LABEL_LINE = re.compile(r"[ \t]*\n[ \t]*(?:[-•*–][ \t]*)?[^\n:]{1,60}:[ \t]*\S")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _own_paragraph(text: str, head: Sentence) -> bool:
    """Whether the line stands alone between blank lines (a heading, not a wrapped line)."""
    before = text[max(0, head.start - 4):head.start]
    return (head.start == 0 or re.search(r"\n[ \t]*\n[ \t]*$", before) is not None) \
        and re.match(r"[ \t]*\n[ \t]*\n", text[head.end:head.end + 4] if text[head.end - 1:head.end] != "\n" else text[head.end - 1:head.end + 4]) is not None


def _place_alone(first, lead: int, line: str) -> bool:
    """"Vietnam" on a line of its own over a paragraph, in a country-by-country roundup: a
    heading that is a place's name and nothing else, which the paragraph under it is about
    ("The country's trade surplus reached ...") though it names no flow."""
    return first is not None and first.end == lead + len(line)


def _product_of_the_flow_rows_above(text: str, pos: int) -> str | None:
    """"| Merchandise exports | 35.20 |", "| Merchandise imports | 54.00 |", then "| Trade
    deficit | 18.80 |": a balance row whose label names no product, under rows of the same
    table block whose labels give both flows of one product, is that product's balance
    (the block's rows are of one scope)."""
    from ..extract import mentions as scan, table_rows

    start, _ = table_rows.line_at(text, pos)
    flows, products = set(), set()
    while start > 0:
        above, end = table_rows.line_at(text, start - 1)
        if not table_rows.is_row(text, above, end):
            break
        a, b = table_rows.cells(text, above, end)[0]
        label = text[a:b]
        named = [f.attrs["measure"] for f in scan.find_flows(label)]
        if len(named) == 1 and named[0] in ("exports", "imports"):
            flows.add(named[0])
            products.add(tuple(canonical_label(x.text).lower() for x in scan.find_commodities(label)))
        start = above
    if flows != {"exports", "imports"} or len(products) != 1:
        return None
    (product,) = products
    return product[0] if len(product) == 1 and product[0] in ("goods", "services") else None


def _section_label(ms: dict, state: State, text: str, sent: Sentence) -> None:
    """"SOUTH KOREA - Exports rose 4.5% ...", "12:05 SGT - Indonesia: Statistics Indonesia
    says": a paragraph a factbox's label (extract/mentions.py reads it) or a live blog's
    entry label after its time stamp opens is about that place's own trade with the world,
    whatever the paragraph before was about."""
    # (not a sub-national place in capitals before a colon: "DUBAI: The UAE's non-oil
    # trade" is a dateline)
    places = ms["country"]
    label = next((x for x in places if x.attrs.get("iso") not in (None, "WLD") and "-" not in x.attrs["iso"]
                  and (x.attrs.get("section") or _stamped_label(text, sent, x))), None)
    if label is not None:
        state.reporter, state.partner, state.pair_how = label.attrs["iso"], "WLD", "context"
        # a label on a heading line of no figures ("INDONESIA - MAY TRADE (Statistics
        # Indonesia)") heads the paragraphs under it; one whose paragraph gives figures
        # ("SOUTH KOREA - Exports rose 4.5%") is about that paragraph and ends a section
        figures = ms["amount"] or ms["percent"] or ms["multiple"]
        state.section_reporter = label.attrs["iso"] if not figures else None


_FISCAL_KINDS = frozenset(("fy", "fy_rel", "fy_part", "fy_own_part", "fy_ended"))


def _quarters_of_the_fiscal_year(periods: list, ctx: DocContext) -> None:
    """"Exports rose to $29bn in April-June 2025, the first quarter of 2025-26 ... 28% of
    merchandise exports of $112bn in the first quarter": in a text that names a fiscal year of a
    country counting its quarters from the fiscal year's start (India's, from April), a
    quarter or half named without a year ("the first quarter", "Q1", "H1") is that part of
    the fiscal year in hand, not of the calendar year."""
    if not ctx.fiscal_quarters or ctx.fiscal_start in (None, 1):
        return
    parts = [pm for pm in periods if pm.kind == "months" and pm.args.get("year_part")]
    if not parts or not any(pm.kind in _FISCAL_KINDS or pm.kind == "same" and ("fy_start" in pm.args or "fy_end" in pm.args)
                            for pm in periods):
        return
    for pm in parts:
        pm.args["fiscal_part"] = ctx.fiscal_start


def _fiscal_year_of_owner(text: str, ms: dict, ctx: DocContext) -> None:
    """"U.S. agricultural exports to Indonesia totaled $3.1 billion in FY 2023", in a text
    whose own country keeps no fiscal year of its own: the fiscal year is that of the country
    whose flow it is (the United States', from October), not a guess from April."""
    if ctx.fiscal_start is not None:
        return
    fys = [pm for pm in ms["period"] if pm.kind in ("fy", "fy_part") and not pm.args.get("season")]
    if not fys:
        return
    owner = next((x.attrs["iso"] for x in ms["country"] if x.attrs.get("iso") in vocab.fiscal_years() and flow_owner(text, x)), None)
    if owner is None:
        return
    for pm in fys:
        prefix = "fy_" if pm.kind == "fy_part" else ""
        pm.args.setdefault(prefix + "fiscal_start", vocab.fiscal_years()[owner])
        pm.args.setdefault(prefix + "by_start", owner in vocab.fiscal_years_named_by_start())


def _bucket(found: dict, sents: list[Sentence]) -> dict[int, dict[str, list]]:
    # (the text-wide facts, "decimal_comma" and "stated_rates", are no mentions to place)
    out = {s.index: {k: [] for k, v in found.items() if isinstance(v, list)} for s in sents}
    starts = [s.start for s in sents]
    import bisect
    for kind, items in found.items():
        if not isinstance(items, list):
            continue
        for it in items:
            i = bisect.bisect_right(starts, it.start) - 1
            if i >= 0 and it.start < sents[i].end:
                out[sents[i].index][kind].append(it)
    return out


# "the goal is 7.5mn tonnes of transit trade through Kazakhstan by 2029": a goal's year, which
# the figures after it are not about
_GOAL_BEFORE = re.compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+)?$", re.I)

# how many months "the same quarter (of 2022)" and its kin span
_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6}


_COMPARES = re.compile(r"\bcompar(?:e|es|ed|ing|isons?)\b", re.I)


def _learn_footing(text: str, sent: Sentence, resolved: list, state: State) -> None:
    """"Figures in this bulletin ... compare the three months to June 2024 with the three
    months to March 2024": the footing of every change the text gives without one."""
    if not _COMPARES.search(text, sent.start, sent.end) or not resolved:
        return
    if len(resolved) == 1:
        # "Figures are seasonally adjusted; the comparison is with February 2024": the
        # earlier period alone, set against the one the text is about
        if state.period is None:
            return
        a, b = state.period, resolved[0][1]
    else:
        (_, a, _), (_, b, _) = resolved[0], resolved[1]
    if P.months(a) == P.months(b) and 0 < a[0] - b[0] <= 12:
        state.footing = (a[0] - b[0], P.months(a))


# The months of a rolling window a statistics office names by its last month ("the three
# months to February 2024"): its changes compare with the window just before.
_ROLLING_WINDOW = 3


def _learn_window_footing(resolved: list, state: State) -> None:
    """"The trade deficit widened by £2.1 billion to £9.6 billion in the three months to
    February 2024": a rolling quarter (ONS, ABS) is compared with the three months before
    it, not with a year earlier, unless the text states its footing (_learn_footing) or a
    change says its own base."""
    if state.footing is not None:
        return
    for pm, per, _ in resolved:
        if pm.kind == "fy_ended" and pm.args.get("counted") and pm.args.get("months") == _ROLLING_WINDOW \
                and not pm.base_cue and P.months(per) == _ROLLING_WINDOW:
            state.footing = (_ROLLING_WINDOW, _ROLLING_WINDOW)
            return


def _date_like_its_earlier_level(text: str, later: Claim, earlier: Claim, state: State) -> None:
    """"The goods deficit with China narrowed to $21.0 billion from $22.0 billion in May",
    after a paragraph on the first half: a level set against a month's is a month's, the
    month after by the text's step (a monthly release), not the half the text was on; one
    set against the year through September is the year through October."""
    if (later.how.get("period") != "discourse" or later.measure != earlier.measure or not earlier.period
            or earlier.basis.get("period") != "text"
            or not re.fullmatch(r",?\s+(?:(?:up|down)\s+)?from\s+(?:a\s+(?:revised\s+)?|the\s+)?", text[later.end:earlier.start])):
        return
    per, base = P.parse(later.period), P.parse(earlier.period)
    if per is None or base is None or P.months(per) == P.months(base):
        return
    rolling = P.months(base) == 12 and base[1] % 12 != 11  # ("in the year through September")
    if state.month_gap and (P.months(base) == 1 or rolling):
        later.period = P.fmt(P.shift(base, state.month_gap))
        _set(later, "period", "after-its-earlier-level", "context")
    else:
        _set(later, "period", later.how["period"], "guess")


def _rel_unit_months(pm: P.PeriodMention) -> int | None:
    """How many months the unit a relative period ends with spans ("the previous quarter": 3)."""
    words = (pm.args.get("w") or "").split()
    return _UNIT_MONTHS.get(words[-1]) if words else None


def _carry_aside(state: State, mentions: list, para: int, ctx: DocContext) -> None:
    """A digression into part of the main period ends with its paragraph, unless the next
    paragraph opens by comparing with periods of that part's length and names no period of
    its own ("Total imports likewise grew by 56.04 percent on the third quarter of 2023 and by
    163.08 percent on the same quarter of 2022", after a paragraph about the fourth quarter)."""
    if state.aside is None or state.aside[0] != para - 1:
        return
    if state.aside_paragraphs >= 2:
        # a digression that ran over several paragraphs may have become the subject
        state.lapsed = state.aside[1]
    if not mentions:
        return
    aside = state.aside[1]
    for pm in mentions:
        if pm.kind == "same":
            if _UNIT_MONTHS.get(pm.args.get("unit")) != P.months(aside):
                return
        elif pm.kind == "rel" and _rel_unit_months(pm) != P.months(aside):
            # "down 4.9% from the year before", after "In December alone, ...": a shift back
            # fits a period of any length, and says nothing of the digression's
            return
        elif not pm.base_cue:
            return
        else:
            per, _ = P.resolve(pm, ctx.published, aside, ctx.fiscal_start, ctx.fiscal_by_start)
            if per is None or P.months(per) != P.months(aside):
                return
    state.digress(para, aside)


# a dash that opens or closes an aside: " — ", " – ", " -- "
_ASIDE_DASH = re.compile(r"\s(?:—|–|--)\s")


def _in_dash_aside(text: str, sent, x) -> bool:
    """"Exports of high-priority items — a list of 50 product categories that Russia needs for
    its weapons — from the EU to Kyrgyzstan are expected to fall": a place between two dashes
    of its sentence describes something, and moves no pair the text is on."""
    if "—" not in text[sent.start:x.start] and "–" not in text[sent.start:x.start] and "--" not in text[sent.start:x.start]:
        return False  # (no dash before it: checked first, cheap)
    before = list(_ASIDE_DASH.finditer(text, sent.start, x.start))
    return len(before) % 2 == 1 and _ASIDE_DASH.search(text, x.end, sent.end) is not None


def _same_span_words(pm: P.PeriodMention) -> bool:
    """"over the same period", "over the same ten years": the time a sentence before ran over."""
    return pm.kind == "current" or (pm.kind == "rel" and pm.args.get("w", "").lower().startswith("over the same"))


# "in constant 2011-12 prices": the year whose prices a series is in, no period of its figures
_PRICE_BASE_AFTER = re.compile(r"\s+prices\b", re.I)


# periods that say which figures a sentence runs between, not how they are compared or
# when a goal falls
_SPAN_KINDS_LEFT_OUT = ("rel", "same", "current", "later")


def _learn_span(text: str, resolved: list, state: State) -> None:
    """The two ends a sentence's figures run between ("from $55.1bn in 2000 to $339.7bn in
    2023", "between 2003 and 2023"), for "over the same period" in a sentence after it: the
    first and last of its periods, when they are of one length. A sentence that names one
    period moves on from the span; one that names none (or only "the same period") keeps it."""
    if state.span_mention is not None:
        return
    named = [(pm, per) for pm, per, how in resolved
             if how == "text" and pm.kind not in _SPAN_KINDS_LEFT_OUT and not pm.args.get("target")
             and not _PRICE_BASE_AFTER.match(text, pm.end)]
    if not named:
        return
    ends = next((pm.args["span"] for pm, _ in named if "span" in pm.args), None)
    if ends is not None:
        state.span = (P.of_year(ends[0]), P.of_year(ends[1]))
        return
    pers = sorted({per for _, per in named})
    # (not when every period dates a level compared with: "SAR 286.4 billion, down 5.1% from
    # SAR 301.7 billion in Q4 2023 and up 3.7% from SAR 276.1 billion in Q3 2024" is of the
    # period in hand, and "fell to 72.8% from 76.5%" after it runs from that period's year-ago
    # to it, not from Q4 2023 to Q3 2024)
    if len(pers) >= 2 and len({P.months(per) for per in pers}) == 1 and pers[0][1] < pers[-1][0] \
            and not all(pm.base_cue for pm, _ in named):
        state.span = (pers[0], pers[-1])
    else:
        state.span = None


def _dates_what_follows(pm: P.PeriodMention, how: str) -> bool:
    """Whether a period the text names can date the sentences after it: one read from the
    text, or a crop's season ("in the 2022/23 season") whose months are a guess (periods.py).
    The guess stays one label: the market and share figures after it are of the same season,
    and are compared only with figures dated by the same guess, never with a calendar year."""
    return how == "text" or (how == "guess" and bool(pm.args.get("season")))


def _season_named(resolved: list, period: P.Period, sent: Sentence) -> tuple | None:
    """(period, sentence index) when the period the sentence moves the text to is a season
    guessed from its words, else None (see State.season)."""
    guessed = any(per == period and how == "guess" for _, per, how in resolved)
    return (period, sent.index) if guessed else None


def _link_sentence(text: str, sent: Sentence, ms: dict, ctx: DocContext, state: State,
                   claims: list[Claim]) -> None:
    # Periods first: each resolved against the one before it in the sentence (in a
    # digression, against the part of the main period it is about).
    current = state.period_in(sent.paragraph) or ctx.main_period
    resolved: list[tuple[P.PeriodMention, P.Period, str]] = []
    state.span_mention = None
    for pm in ms["period"]:
        if dates_an_aside(text, pm.start, pm.end, sent.start) or names_event(text, pm.start, pm.end):
            continue
        per, how = P.resolve(pm, ctx.published, state.last_month if pm.kind == "the_month" else current, ctx.fiscal_start, ctx.fiscal_by_start)
        if _same_span_words(pm) and state.span is not None and not any(not q.base_cue for q, _, _ in resolved):
            # "Imports grew 4.3 times over the same period", after a sentence that ran from
            # 2003 to 2023: the span, whose figures are of its last period (and its levels
            # "from" ... "to" of its two ends, see dating.span_ends)
            per, how = state.span[1], "text"
            state.span_mention = (pm.start, pm.end)
        decade = P.years_until_published(pm, ctx.published) if not pm.base_cue else None
        if decade is not None:
            # "trade in the last ten years was over SR1.79 trillion": the years themselves
            # (a change "over the past five years" still compares with their start)
            per, how = decade, "text"
        if per is None:
            continue
        resolved.append((pm, per, how))
        if not pm.base_cue and (pm.kind not in ("rel",) or decade is not None):
            current = per
    _learn_window_footing(resolved, state)
    _learn_span(text, resolved, state)
    numbers = sorted(ms["amount"] + ms["percent"] + ms["multiple"] + ms["fraction"], key=lambda m: m.start)
    pair_before = (state.reporter, state.partner)
    first_claim = len(claims)
    respectively = _respectively(text, sent, numbers, ms["flow"])
    respective_places = _respective_places(text, sent, numbers, ms["country"])
    used_as_base: set = set()
    prev_claim: Claim | None = None
    last_relation: Claim | None = None
    prev_end = sent.start
    quantities = False  # a change or share of a physical quantity was read in the sentence
    ranks_a_partner: bool | None = None  # the sentence ranks a partner (read when first needed)
    for m in numbers:
        if _of_a_quantity(text, sent, m, prev_end, ms["amount"]):
            quantities = True
            continue
        claim = _claim_for(text, sent, m, ms, resolved, ctx, state, prev_claim, prev_end, respectively, last_relation,
                           used_as_base, respective_places.get(m.start))
        if claim is None:
            # a number that is no claim (a tonnage, a GDP growth rate) ends no clause: the
            # places named before it still speak for the figures after it
            if m.kind == "amount" and not volume_change_re().search(text[max(sent.start, m.start - 60):m.start]):  # (kind checked first: cheap)
                prev_end = m.end
            continue
        prev_end = m.end
        if claim.kind in ("multiple", "percent_change"):
            last_relation = claim
            if claim.extra.get("index"):
                state.last_index = claim
            if claim.basis.get("base_period") == "text" and claim.period and claim.base_period and claim.scope not in SERIES_SCOPES:
                learn_gap(state, claim.period, claim.base_period, change=True)
        if (claim.kind == "percent_change" and prev_claim is not None and prev_claim.extra.get("change_of")
                and (claim.how.get("measure") == "restates-previous" or re.fullmatch(r"\s*,?\s*or\s+", text[prev_claim.end:claim.start]))
                and claim.base_period and claim.period == prev_claim.period):
            # "US$3.4 billion, or 7.4 percent, less than in the same period last year": the
            # change in money is over the same periods as the change in percent
            prev_claim.extra["change_base"] = claim.base_period
        if (claim.kind == "amount" and prev_claim is not None and prev_claim.extra.get("change_of")
                and re.search(r"\bfrom\b(?![^$€£¥\d]*\bto\b)", text[prev_claim.end:claim.start]) and claim.period and prev_claim.period):
            # (not "or 2.4 per cent, from April to May 2024 and amounted to": two months, no level)
            prev_claim.extra["change_base"] = claim.period
            if claim.extra.get("vintage") == "first estimate" and claim.period == prev_claim.period:
                # ("up $12.4 billion from the $242.8 billion reported in March": a change
                # from the earlier estimate of its own period, check/percent_change.py)
                prev_claim.extra["base_vintage"] = "first estimate"
            learn_gap(state, prev_claim.period, claim.period)
        elif (claim.kind == "amount" and prev_claim is not None and prev_claim.kind == "amount"
              and prev_claim.measure == claim.measure and claim.period and prev_claim.period
              and re.fullmatch(r"(?:\s+(?:in|for)\s+[A-Za-z]+)?,?\s+(?:(?:up|down)\s+)?from\s+(?:a\s+(?:revised\s+)?|the\s+)?", text[prev_claim.end:claim.start])):
            # "a trade surplus of $3.97-billion, up from a revised $2.22-billion in December",
            # "narrowed to NZ$1.54 billion in October from a revised NZ$2.14 billion in
            # September": a month set against the month before, as a monthly release does
            learn_gap(state, prev_claim.period, claim.period)
        elif _from_level_to_level(text, prev_claim, claim):
            # "narrowed from $2.3 billion in May to $0.6 billion in June": the same comparison,
            # the earlier level first
            learn_gap(state, claim.period, prev_claim.period)
        if claim.kind == "amount" and prev_claim is not None and prev_claim.kind == "amount":
            _date_like_its_earlier_level(text, prev_claim, claim, state)
        if claim.kind == "share" and prev_claim is not None and prev_claim.kind == "amount" \
                and share_restates(text, prev_claim.end, claim.start, claim.end):
            # ("$3.86 billion, or 30.3% of total exports, compared to $3.27 billion"): the
            # pair of the figure the share restates, for a level set against it past the
            # share's whole (link/pairs.py, same_as_previous)
            claim.extra["_restated_pair"] = (prev_claim.reporter, prev_claim.partner,
                                             {k: prev_claim.extra[k] for k in ("partner_group", "reporter_group") if k in prev_claim.extra})
            # (and how its flow was read: "The United States bought US$ 36.9 billion (10.9%) and
            # Argentina, US$ 16.7 billion": the list's next place, its verb left out, takes the
            # flow of the figure the share restates, link/pairs.py gapped_verb)
            claim.extra["_restated_how"] = prev_claim.how.get("measure")
        claims.append(claim)
        note_lead_flow(state, claim)
        prev_claim = claim
        # The claim becomes the context for what follows (a share's whole, or a figure for a
        # country the text compares with in passing, is a digression).
        if claim.measure != "other" and not claim.extra.get("_no_state") and not _in_passing(text, m, ms["country"]) \
                and not _share_of_everything_sold(text, claim, sent):
            # the group without a code the article is about ("ASEAN") is the subject as much
            # as a country is; a group named in passing ("demand from Asia") is not
            if ranks_a_partner is None:  # (once a sentence: it reads the sentence only)
                ranks_a_partner = bool(_ranks_a_partner(text, sent.start, sent.end) or _RANKED_AS_PARTNER.search(text, sent.start, sent.end))
            ranked = ranks_a_partner
            reporter = claim.reporter or _group_key(claim, "reporter_group", ctx) or _fronted_group(text, sent, ms, claim)
            partner = claim.partner or _group_key(claim, "partner_group", ctx, ranked) or _bloc_referred_back(sent, m, ms["country"], claim)
            if claim.measure == "trade_total" and partner is not None and partner == ctx.main_reporter and reporter != partner \
                    and reporter not in vocab.bloc_members().get(partner, ()):
                # (a member's trade with its own bloc, "Russia's trade with its EAEU partners",
                # is the member's: the figures after it are the member's with each partner)
                # ("while the US, whose trade with the UAE rose 8.9 per cent ... Trade with Saudi
                # Arabia": two-way trade has no side that reports; the text's own country goes on)
                reporter, partner = partner, reporter
            if reporter:
                state.reporter = reporter
                state.reported += (reporter,) if reporter not in state.reported else ()
            if claim.how.get("pair") == "two-named" and claim.basis.get("pair") == "text" and reporter and partner:
                state.named_pair = (reporter, partner)
            if partner:
                state.partner = partner
                state.partnered += (partner,) if partner not in state.partnered else ()
            elif claim.how.get("pair") in ("described-partner", "partners-named-before", "places-sharing-a-bracket"):
                state.partner = None  # "trade with its southern neighbor ..., up 12.4%": still that partner, not the world
            if claim.how.get("pair") == "intra-group":
                state.inside_bloc = partner
            elif state.inside_bloc != state.partner:
                state.inside_bloc = None
            state.measure = claim.measure
            # (a reporter only guessed from a table row's label stays a guess for the row's
            # other cells and the rows after it)
            guessed_row = claim.how.get("pair") == "named-reporter" and claim.basis.get("pair") == "guess"
            # (so does a bloc's "extra-" trade whose reporter the text never says: _decide_pair)
            guessed_bloc = claim.how.get("pair") == "named-partner" and claim.basis.get("pair") == "guess"
            state.pair_how = "guess" if guessed_row or guessed_bloc else "context"
            if claim.measure == "balance" and claim.kind == "amount" and claim.value:
                state.balance_sign = 1 if claim.value > 0 else -1
        elif (claim.extra.get("_refuted_balance") or claim.extra.get("_refuted_flow")) and claim.reporter and claim.partner:
            _state_after_refuted(claim, state)
        elif claim.extra.get("_forecast_of") in ("exports", "imports", "trade_total", "balance") and claim.reporter and claim.partner \
                and claim.basis.get("pair") in ("text", "context") and not _in_passing(text, m, ms["country"]):
            # "World trade is projected to fall to $30bn. Trade in goods is expected to shrink
            # to $22bn": a forecast of a flow the words give a pair to is the pair the text
            # goes on about (its measure stays the forecast's own)
            state.reporter, state.partner = claim.reporter, claim.partner
            state.pair_how = "context"
        elif claim.extra.get("_operand") and claim.reporter and claim.partner \
                and claim.how.get("pair") in ("named-partner", "two-named", "named-reporter"):
            # "The balance with Chile is $9.1bn minus $4.3bn, a surplus of $4.8bn": the first
            # term takes the place the sentence names; the outcome after it is the same pair's
            state.reporter, state.partner = claim.reporter, claim.partner
        elif claim.measure == "other" and claim.how.get("measure") == "flow-word" and claim.kind == "amount" \
                and not _UNIT_PRICE.match(text, claim.end):
            # "Saudi Arabia led the group with output of $793 billion. The UAE came second with
            # about 421 billion dollars": the money the text is on is still no trade
            state.measure = "other"
        if claim.commodity:
            state.commodity = claim.commodity
            state.products = tuple(x for x in state.products if x != claim.commodity) + (claim.commodity,)
            key, seen = state.sentence_products
            seen = seen if key == (sent.paragraph, sent.index) else ()
            state.sentence_products = ((sent.paragraph, sent.index), seen + (() if claim.commodity in seen else (claim.commodity,)))
        elif claim.extra.get("_whole_of_parts"):
            state.commodity = None  # "..., making £877.4 billion in total. That is up 2.2%": the whole
        state.whole_named = not claim.commodity and (bool(claim.extra.get("_whole_of_trade")) or state.whole_named)
        if not (claim.measure == "other" and (claim.how.get("measure") in ("not-a-flow", "earlier-level-of-other")
                                              or _UNIT_PRICE.match(text, claim.end))):
            # (a price with no flow word, "the average fell to US$ 2.35 per pound", leaves the
            # product the text is on as it was; so does the whole a product's share is of,
            # "steel exports fell to $5bn, 14% of that month's shipments of $38bn. Germany
            # was the largest market": still steel's)
            if not (claim.commodity is None and claim.how.get("measure") == "whole-of-share" and claim.kind == "amount"):
                by_list_item = claim.how.get("commodity") == "list-item-label"
                if by_list_item and not state.last_by_list_item:
                    state.list_whole = state.last_commodity  # the list's first bullet: what it splits
                state.last_commodity = claim.commodity
                # (a share of that part, "accounting for 71.5 per cent of the country's
                # exports", keeps it the trader's)
                state.last_by_trader = claim.how.get("commodity") in _SECTOR_RULES \
                    or claim.how.get("commodity") == "share-of-the-part" and state.last_by_trader
                state.last_by_list_item = by_list_item
        if claim.commodity or claim.scope:
            state.scope = claim.scope
        if claim.scope in _ADJUSTMENT_SERIES or claim.scope in flow_series():
            state.series = (sent.paragraph, sent.index, claim.scope)
    _shares_of_figures(text, claims[first_claim:])
    _unnamed_parts(text, claims[first_claim:])
    _share_restated_after_its_whole(text, claims[first_claim:])
    _unrecorded_restated(text, claims[first_claim:])
    _part_restated_as_share_of_the_total(text, claims[:first_claim], claims[first_claim:])
    _part_restated_after_share_of_the_total(text, claims[:first_claim], claims[first_claim:])
    part_after_its_whole_opener(text, sent.start, claims[first_claim:])
    if text.startswith("Of ", sent.start):  # (cheap: few sentences open on their whole)
        part_after_a_named_whole_opener(text, sent.start, claims[first_claim:])
    part_after_an_anaphoric_opener(text, sent.start, claims[:first_claim], claims[first_claim:])
    rest_after_named_parts(text, sent.start, claims[first_claim:], claims[:first_claim])
    rest_as_the_subject(text, sent.start, claims[first_claim:])
    _parallel_share_wholes(claims[first_claim:])
    _goods_sentence_unscoped(claims[first_claim:])
    _breakdown_levels(text, sent, claims[first_claim:])
    _products_named_after_parts(text, claims[first_claim:])
    _whole_before_named_part(text, sent, ms["country"], claims[first_claim:])
    _share_of_the_whole_before_a_breakdown(text, sent, claims[first_claim:])
    _shares_of_ranked_members(claims[first_claim:])
    _rate_multiples(text, claims[first_claim:])
    _bracketed_rates_follow_their_list(text, claims[first_claim:])
    _shares_of_owner_total(text, ms["country"], claims, first_claim)
    for x in ms["country"]:
        if x.attrs.get("kind") in ("group", "name", "short") and (x.attrs["iso"] or x.attrs["label"]) in vocab.blocs():
            state.last_bloc = x.attrs["iso"] or "group:" + x.attrs["label"]
        if x.attrs.get("kind") == "group" and not x.attrs.get("iso") and x.attrs.get("label"):
            state.last_group = "group:" + x.attrs["label"]  # "Asia ... The region's shipments"
    state.last_two = two_together(text, ms["country"]) or state.last_two
    state.named_places += tuple(x.attrs["iso"] for x in ms["country"] if x.attrs.get("iso") not in (None, "WLD"))
    _note_topic(text, sent, ms, claims[first_claim:], state)
    _respective_products(text, sent, claims[first_claim:])
    state.levels = None
    for c in reversed(claims[first_claim:]):
        if c.kind == "amount" and ("_earlier_of" in c.extra or "_later_of" in c.extra):
            state.levels = (c.extra["_earlier_of"], c) if "_earlier_of" in c.extra else (c, c.extra["_later_of"])
            break
    _bases_from_levels(text, claims[first_claim:])
    _pairs_of_named_base_levels(claims[first_claim:])
    _change_then_its_levels(text, claims[first_claim:])
    _coverage_of_the_series_left(claims[first_claim:])
    # A sentence that runs through several partners ("Germany ($1.92 bln), the UK ($1.27
    # bln) ...") is a list, not a change of subject: the pair goes back to what it was.
    partners = {c.partner for c in claims[first_claim:] if c.measure != "other" and c.partner}
    state.ranked_pair = None if claims[first_claim:] else state.ranked_pair
    if claims[first_claim:]:
        # ("Germany remained Slovenia's main trading partner, buying goods worth USD 2.55bn":
        # the flow the ranking was told in, for a "came second with" in the next sentence)
        ranks = partners and (_ranks_a_partner(text, sent.start, sent.end)
                              or "partner" in text[sent.start:sent.end] and _RANKED_AS_PARTNER.search(text, sent.start, sent.end))
        state.ranked_measure = _one_flow_of(claims[first_claim:]) if ranks else None
    if len(partners) >= 3 or (partners and _ranks_a_partner(text, sent.start, sent.end)
                              and pair_before[1] in (None, "WLD")):
        # (and one that ranks a partner, "On the import side, China also ranked first with
        # SR39.7 billion": the next sentence is about the country's trade again)
        state.ranked_pair = (state.reporter, state.partner)
        state.reporter, state.partner = pair_before
    if pair_before[1] in (None, "WLD") and _partner_takes_a_share(text, sent, ms["country"], claims[first_claim:]):
        state.reporter, state.partner = pair_before
    if pair_before[1] in (None, "WLD") and pair_before[0] and names_a_part_of_the_flow(text, claims[first_claim:]):
        # "£294 billion of these exports went to the EU": that part's partner, not the text's
        state.reporter, state.partner = pair_before
    whole_pair = _pair_of_the_whole_before_of_which(text, claims[first_claim:]) or owned_whole_pair(claims[first_claim:])
    if whole_pair is not None:
        state.reporter, state.partner = whole_pair
    main_pair = _pair_before_with_aside(text, ms["flow"], ms["country"], claims[first_claim:])
    if main_pair is not None:
        state.reporter, state.partner = main_pair
    # The sentence's lead period (not a comparison base) is what the next sentences are about.
    lead_pm, lead = next(((pm, per) for pm, per, how in resolved
                          if not pm.base_cue and _dates_what_follows(pm, how) and not pm.args.get("target") and pm.kind not in ("same",)
                          and (pm.start, pm.end) not in used_as_base and not _looks_back(pm, ctx)
                          and not names_publication(text, pm.start, pm.end) and not in_dateline(text, sent.start, pm, sent.end)
                          and not _dates_an_event_after_the_figures(text, pm, claims[first_claim:])
                          and not in_cause_aside(text, sent.start, pm.start, pm.end) and not _looked_into(text, pm)
                          and not _same_months_last_year(pm, per, state.period_in(sent.paragraph))
                          and not _dates_other_money(text, pm, ms["flow"]) and not dates_a_bracketed_level(text, pm)), (None, None))
    if lead is not None and state.period is not None and _in_bullet_label(text, lead_pm):
        # ("KEY FIGURES: MARCH 2025 ... * Exports, first quarter: HK$1,157.9 billion": a
        # period in one list line's label dates that line, not the prose after the list)
        lead = None
    if lead is not None and lead[0] < lead[1] and any(c.how.get("period") == "change-between" and P.parse(c.period) == (lead[1], lead[1])
                                                      for c in claims[first_claim:]):
        # ("From February 2024 to March 2024 the index rose by 0.4%. Cocoa cost twice as
        # much": the two ends of a change; the text goes on about the later month)
        lead = (lead[1], lead[1])
    # "in the financial year 2023-2024 reached $18.35 billion as of November 24": the year as
    # far as the cut-off is what the sentence is about
    lead = next((per for pm, per, how in resolved if pm.kind == "upto" and how == "text" and lead is not None
                 and per[0] == lead[0] and per[1] < lead[1]), lead)
    # A part of the article's main period (a month of the year) is a digression; the year to
    # date (January to November of "this year") is the main period as far as it has run.
    inside = lead is not None and (_part_of_main(lead, ctx.main_period) or _year_so_far_of_a_month(text, sent, lead, ctx.main_period))
    # the year so far in a report on a month, its words not saying so, after the month's
    # figures in its paragraph: an aside of that paragraph; so is a paragraph of one sentence
    # after the month's figures (in a longer paragraph of its own, the paragraphs after it
    # may go on with it: the text moves to it as before)
    inside = inside or (lead is not None and _from_january_to_the_month(lead, ctx.main_period)
                        and not any(per == lead and pm.kind == "fy_ended" for pm, per, _ in resolved)
                        and (_after_the_month_in_its_paragraph(sent, claims, first_claim, ctx.main_period)
                             or _one_sentence_paragraph_after_the_month(text, sent, claims, first_claim, ctx.main_period)))
    # "Over the past five years, cocoa exports have earned a cumulative US$10.5 billion": a
    # look back over years up to the main period is a digression too, not what the next
    # paragraph's figures are of
    inside = inside or (lead is not None and _years_back_to_main(lead, ctx.main_period))
    # "Exports rose to SFr10.52 billion in 2001 ... In the fourth quarter, however, exports
    # fell": a part of the year the text is on (not the main period's part) is a digression
    # too, so the next paragraph's figures are of the year again
    inside = inside or (lead is not None and _part_of_the_year_on(lead, state.period, ctx.main_period))
    # a sentence about a goal or a forecast ("a target of $60bn for the current year") does
    # not move the period of the figures after it
    realised = any(c.measure != "other" for c in claims[first_claim:]) \
        or (any(map(_realised_other, claims[first_claim:])) and all(c.measure == "other" for c in claims[:first_claim]))
    note_list_period(text, sent, lead, claims[first_claim:], state)
    note_named_period(text, resolved, state)
    if _revises_a_month_before(text, sent, lead, state):
        # "February was revised down, to €133.8bn": a look back at the month before the one
        # the text is on; the figures after it are still of that later month
        lead = None
    if lead is not None and lead[0] == lead[1] and (state.last_month is None or lead[1] >= state.last_month[1]):
        # (not a month looked back to: "The value was $23.10 billion in May last year ... a
        # deficit of $1.68 billion for the month" is the month of the report)
        state.last_month = lead
    # ("the first 12 months of the agreement, from May 2022 to April 2023 ... India's exports
    # rose 11.8 per cent in 2022-23, from $28.0 billion in 2021-22": a year of another
    # reckoning that overlaps the main one, with the flow's change from the year before it,
    # is no look back to an earlier year; the figures after it are of that year)
    if lead is not None and numbers and realised and not inside and (
            ctx.main_period is None or lead[1] >= ctx.main_period[1]
            or lead[1] - lead[0] != ctx.main_period[1] - ctx.main_period[0]
            or (ctx.main_period[0] <= lead[1] and lead[0] < ctx.main_period[0]
                and any(c.kind == "percent_change" and c.measure != "other" and c.base_period and c.period == P.fmt(lead)
                        for c in claims[first_claim:]))):
        state.period = lead
        state.lapsed = None
        state.season = _season_named(resolved, lead, sent)
        if state.aside is not None and state.aside[0] == sent.paragraph:
            # ("In the first five months, exports rose 2.7% ... Correction: ... misstated the
            # May trade surplus as $85.6 billion. It was $82.6 billion."): a sentence that
            # names the period the text is on ends the digression of its paragraph
            state.aside = None
    elif lead is not None and numbers and realised and inside:
        # a digression into a month of the year goes on to the end of its paragraph ("In
        # December, exports reached $3.6bn. Imports, meanwhile, rose to $3.8bn.")
        state.digress(sent.paragraph, lead)
    elif lead is not None and numbers and realised and state.title_dated and lead[1] < ctx.main_period[0]:
        # ("... FOR THE 2024 FINANCIAL YEAR" over "data for 2023 indicate a surplus of $2.9bn.
        # Total exports were $16.7bn": a title's year does not date the sentences that go
        # on in a paragraph its own earlier year dates; see title_periods)
        state.digress(sent.paragraph, lead)
    if quantities and len(claims) == first_claim:
        # A sentence of quantities alone still says which flow the text is on ("Shipments
        # totalled 98,500 tonnes, down 24.0% ... Their value, however, climbed 9.2%": the
        # value of those exports); its periods are those of the quantities' comparison
        # ("from 69.6 million tonnes a year ago"), so the period stays
        flows = [f for f in ms["flow"] if f.attrs["measure"] != "other"]
        if flows:
            state.measure = flows[-1].attrs["measure"]
    # A sentence that names a period but no number still moves the discourse on
    # ("In 2022, it amounted to ..." may come after "Last year, trade ... reached a record"),
    # as does one about trade whose numbers are none of money ("Shipments in September
    # totalled 98,500 tonnes, down 24.0%. Their value climbed 9.2%").
    if not numbers:
        _learn_footing(text, sent, resolved, state)
        _question_subject(text, sent, ms, state, ctx)
    if not numbers or (len(claims) == first_claim and any(f.attrs["measure"] != "other" for f in ms["flow"])):
        explicit = [c for c in ms["country"] if c.attrs["iso"] and c.attrs["iso"] != "WLD" and not _in_dash_aside(text, sent, c)]
        if len(explicit) >= 2 and text.find(" by ", sent.start, sent.end) != -1:
            # ("The sanctions imposed by the EU ... were reflected in trade": the place that
            # acted is no side of the trade)
            explicit = [c for c in explicit if not _agent_of_policy_act(text, sent.start, c)]
        if len(explicit) >= 2:
            # ("The figures exclude trade with Botswana, Lesotho and Namibia": places left out
            # of the figures are no side of them)
            left_out = named_as_left_out(text, sent.start, sent.end, explicit)
            explicit = [c for c in explicit if c.start not in left_out]
        if len(explicit) >= 2:
            # ("Italian leather exports slow as Chinese demand weakens": a place in a clause of
            # cause after the flow is why it moved, no side of it)
            explicit = [c for c in explicit if not _after_cause_of_flow(text, ms["flow"], c)]
            # ("... hit record on Japan, US demand": buyers behind the flow, no pair of their own)
            buyers = buyer_places(text, explicit)
            explicit = [c for c in explicit if c.start not in buyers]
        # (not places listed as where goods came from: "imports ... from Malaysia and Thailand")
        if len(explicit) >= 2 and ms["flow"] and not lists_sources(text, explicit[0], explicit[1]) \
                and not _ranked_together(text, explicit[0], explicit[1]):
            a, b = explicit[0].attrs["iso"], next((c.attrs["iso"] for c in explicit if c.attrs["iso"] != explicit[0].attrs["iso"]), None)
            # "Mexico accounted for the second-largest U.S. trade deficit": the country that
            # owns the flow word reports, the other is its partner
            owner = next((c.attrs["iso"] for c in explicit for f in ms["flow"] if owns_flow(text, c, f)), None)
            # "Finland was again Estonia's biggest trading partner": the possessor of the
            # partner ranked reports, the place ranked is its partner
            ranked = _RANKED_AS_PARTNER.search(text, sent.start, sent.end)
            owner = next((c.attrs["iso"] for c in explicit if ranked and ranked.start() <= c.start < ranked.end()), owner)
            if owner and b and owner in (a, b):
                a, b = owner, (b if owner == a else a)
            if b:
                state.reporter, state.partner = a, b
        elif len({c.attrs["iso"] for c in explicit}) == 1 and not numbers and state.reporter not in (None, explicit[0].attrs["iso"]) \
                and _RANKED_PLACE.fullmatch(text, sent.start, sent.end):
            # "Latvia was second.": the next partner of a ranking, which the figures after
            # it are with
            state.partner = explicit[0].attrs["iso"]
        elif len({c.attrs["iso"] for c in explicit}) <= 1 and not numbers:
            _partner_of_subject_flow(text, sent, ms, explicit[0].attrs["iso"] if explicit else None, state)
        for pm, per, how in resolved:
            if in_table_row(text, pm.start) or in_aligned_years_header(text, pm.start):
                # a table's column headers ("| Mar 2023 (US$ mn) | Mar 2024 (US$ mn) |", or
                # aligned by spaces: "        2021      2022   Change, %") date its
                # cells, not the prose after the table
                continue
            if _looks_back(pm, ctx) and (numbers or _COMPARED_BEFORE.search(text, max(sent.start, pm.start - 40), pm.start)):
                # ("98,500 tonnes, down 24.0% from 129,600 tonnes a year earlier"; "14.5
                # working days, compared with 14 a year earlier": the side compared with)
                continue
            if _dates_compared_figure(text, sent, pm, per, state.period or ctx.main_period):
                continue  # ("slightly below the 118 million tonnes shipped in 1973": the side compared with)
            if names_publication(text, pm.start, pm.end) or names_the_issue(text, pm.start, pm.end, per, ctx.published):
                continue  # ("the Economic Survey 2024 indicates": the survey's name; a report's cover date)
            if _names_a_footing(pm):
                continue  # ("much of the year-on-year jump": how a change was measured, no period to move to)
            if _quoted(text, pm.start):
                continue  # ('"... lifted values again this year," said the CEO', in January)
            if _names_a_change_said_before(text, pm, numbers):
                continue  # ("how much of the January fall reflected stockpiling": a change already told)
            if _dates_an_event_in_figureless_sentence(text, sent, pm, numbers):
                continue  # ("growth slowed after the buyer halted purchases in late May": the halt's date)
            if dates_a_cause_subject(text, pm.end, sent.end):
                continue  # ("High prices in the first half of the year were the main reason for the growth": the cause's)
            if _looked_into(text, pm):
                continue  # ("order books remained healthy going into 2022": a time looked ahead to)
            if _dates_other_money(text, pm, ms["flow"]):
                continue  # ("more than the spending approved in this year's draft budget": the budget's year)
            if _dates_a_saying(text, sent, pm, numbers):
                continue  # ("The ministry said last month that garments would slow": when it was said)
            if _dates_its_contrast_clause(text, sent, pm, ms):
                continue  # ("Coverage is 18.5%, while in the same period of 2018 it was 18.0%": that clause's figure only)
            if not pm.base_cue and _dates_what_follows(pm, how) and not pm.args.get("target") and not _goal_year(text, sent, pm, per, ctx):
                # a look back ("From July 2017 to December 2018, China headed the list")
                # is a digression; the text goes on about the period it was about
                now = state.period or ctx.main_period
                if numbers and (_part_of_main(per, ctx.main_period) or _year_to_main_month(per, ctx.main_period)):
                    # (a month's tonnage in a text about the year: a digression, as with money;
                    # so is "In the twelve months to June, the current account surplus was 0.2
                    # percent of GDP" in a text about June: the month's figures come back after)
                    state.digress(sent.paragraph, per)
                elif now is None or not (per[1] < now[0] and (P.months(per) > max(P.months(now), 3) or per[1] < now[0] - 12)):
                    state.period = per
                    state.lapsed = None
                    state.season = _season_named(resolved, per, sent)
                break
        flows = [f for f in ms["flow"] if f.attrs["measure"] != "other"]
        if flows and not numbers:
            # ("The figures exclude trade with Botswana": a flow left out of the figures is not theirs)
            left_out = named_as_left_out(text, sent.start, sent.end, flows)
            flows = [f for f in flows if f.start not in left_out]
        if _credit_line_re().match(text, sent.start):
            pass  # ("Source: Office for National Statistics – UK trade": a publication's name, no flow the text is on)
        elif flows:
            state.measure = _ranked_noun_flow(text, sent, flows[-1]) or flows[-1].attrs["measure"]
        elif _other_money_subject(text, sent, ms["flow"]):
            # (a sentence with no figure that turns to money of no flow, "Higher prices more
            # than offset lower volumes", is remembered with the measure it turned from: a
            # ranked partner right after it is still of the flow, measures.ranked_in_other_money)
            state.figureless_other = (sent.index, state.measure) if not numbers else None
            state.measure = "other"


@functools.cache
def _credit_line_re() -> re.Pattern:
    """A credit line's label and its colon at a sentence's start (vocab/credit_labels.csv)."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("credit_labels")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words})\s*:", re.I)


@functools.cache
def _policy_act_by_re() -> re.Pattern:
    """A participle of a policy act (vocab/policy_act_participles.csv) and "by", right
    before a place: "the sanctions imposed by (the)"."""
    words = vocab.alternation(vocab.policy_act_participles(), ignore_case=True)
    return re.compile(rf"\b(?:{words})\s+by\s+(?:the\s+)?$", re.I)


def _agent_of_policy_act(text: str, sent_start: int, c) -> bool:
    """Whether place `c` is named as the one that took a policy act ("The sanctions imposed
    by the EU and companies' decisions to withdraw from the Russian market were reflected in
    trade"): it acted on the trade, it is no side of it."""
    return _policy_act_by_re().search(text, max(sent_start, c.start - 40), c.start) is not None


def _after_cause_of_flow(text: str, flows: list, c) -> bool:
    """Whether place `c` stands in a clause of cause ("as", "because") opened after a trade
    flow word of its sentence before it."""
    first = next((f for f in flows if f.end <= c.start and f.attrs["measure"] != "other"), None)
    return first is not None and _cause_clause(text, first.end, c.start)


def _ranked_noun_flow(text: str, sent: Sentence, flow: Mention) -> str | None:
    """"Products were shipped to 82 countries. The main buyers were:": a flow word that is a
    noun ranking the partners ("the main buyers", "the largest suppliers") names their side
    of the trade; seen from the reporter the figures after it are of the flow the noun
    ranks by (vocab/rank_noun_flows.csv: a buyer takes the reporter's exports), not the
    flow the word means of its own (a buyer's imports)."""
    word = flow.text.lower()
    measure = vocab.rank_noun_flows().get(word) or (vocab.rank_noun_flows().get(word[:-1]) if word.endswith("s") else None)
    if measure is None or not _RANK_ADJECTIVE_BEFORE().search(text, max(sent.start, flow.start - 40), flow.start):
        return None
    return measure


@functools.cache
def _RANK_ADJECTIVE_BEFORE() -> re.Pattern:  # noqa: N802  ("the main", "its largest", "the top three")
    adjective = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:the|its|their)\s+(?:{adjective})(?:\s+(?:two|three|four|five|ten))?\s+$", re.I)


def _other_money_subject(text: str, sent: Sentence, flows: list[Mention]) -> bool:
    """"Diaspora remittances remain a key source of foreign exchange. Inflows totalled USD
    4,580 million": a sentence whose subject is money that is no trade flow (and that names
    no trade flow) turns the text from the trade balance it was on; a figure after it with
    no flow word of its own is of that money, not of the balance."""
    first = next((f for f in flows if sent.start <= f.start < sent.end), None)
    if first is None or first.attrs["measure"] != "other":
        return False
    return topic._noun_phrase(text[topic.opening_end(text, sent.start, sent.end):first.start])


def _realised_other(c: Claim) -> bool:
    """"Full-year revenue more than doubled, rising 102% to 66.19 trillion won": in a text on
    money that is no trade flow (a company's results: no flow among its figures so far), a
    dated level of it that is no goal or forecast moves the text on to its period, as a
    flow's would."""
    return c.kind == "amount" and c.measure == "other" and not c.extra.get("_forecast") \
        and c.basis.get("period") == "text" and c.how.get("period") != "target-year"


def _partner_of_subject_flow(text: str, sent: Sentence, ms: dict, place: str, state: State) -> None:
    """"Trade with Canada grew more slowly. It rose to $792.0 billion": a sentence with no
    figure whose subject is a flow with one place moves the text on to that partner."""
    flow, _, _ = topic.subject(text, sent.start, sent.end, ms["flow"], ms["country"])
    if flow is None or flow.attrs["measure"] == "other" or state.reporter is None:
        return
    # ("Exports to countries outside the EU fared better. They came to £166bn": the others)
    others = others_after_subject_flow(text, flow, sent.end, ms["country"], state.last_bloc)
    if others is not None:
        state.partner = others
    elif place is not None and state.reporter != place and topic.partner_of_subject(text, flow, sent.end, ms["country"]) == place:
        state.partner = place


# "By 2022, the picture was unrecognisable": a year opening the sentence after "By"
_BY_OPENING = re.compile(r"\s*by\s+", re.I)


def _goal_year(text: str, sent: Sentence, pm: P.PeriodMention, per: P.Period, ctx: DocContext) -> bool:
    """Whether "by" makes the period a goal's ("exports of $100bn by 2030"); not when "By
    2022," opens the sentence and the year was over when the text came out: the time the
    text has moved on to."""
    if not _GOAL_BEFORE.search(text, max(sent.start, pm.start - 40), pm.start):
        return False
    opening = _BY_OPENING.fullmatch(text, sent.start, pm.start) and re.match(r"\s*,", text[pm.end:pm.end + 3])
    return not (opening and ctx.published is not None and per[1] < ctx.published[0])


def _note_topic(text: str, sent: Sentence, ms: dict, claims: list[Claim], state: State) -> None:
    """What the sentence is about, for an "it" in the next one (topic.py)."""
    flow, place, state.topic_parallel = topic.subject(text, sent.start, sent.end, ms["flow"], ms["country"])
    state.topic_measure = flow.attrs["measure"] if flow is not None else None
    state.topic_sign = flow.attrs["sign"] if flow is not None else 0
    state.topic_place = place
    state.topic_partner = topic.partner_of_subject(text, flow, sent.end, ms["country"]) if flow is not None else None
    state.topic_product = subject_product(text, sent.start, sent.end, ms["commodity"])
    # (a sentence with no figure and no product as its subject may still name one product
    # phrase, which a "their sales" opening the next stands for)
    state.named_products = products_named_alone(text, ms["commodity"]) if not claims and state.topic_product is None else None
    state.topic_group = topic.intra_subject(text, sent.start, sent.end)
    state.topic_measures = tuple(dict.fromkeys(c.measure for c in claims if c.measure != "other"))
    state.last_place = last_place(ms["country"], state) or state.last_place
    # (only a place the flow went to or came from: not a dateline's "Luxembourg, 15 November")
    to_place = last_place([x for x in ms["country"] if flow_partner_before(text, x)], state)
    if to_place:
        state.last_partner_place, state.last_partner_sentence = to_place, sent.index


def _quoted(text: str, pos: int) -> bool:
    """Whether `pos` is inside a quotation in its paragraph: a speaker's "this year" is said
    when they spoke, and a quote with no figure moves no period the text is about."""
    para = text.rfind("\n", 0, pos) + 1
    before = text[para:pos]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


# "compared with 14 a year earlier", "than the year before": the words before the earlier side
# (a price per unit among them: "compared with R1 208/t the year before")
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|than|against|versus|from)\s+(?:[\w.,/-]+\s+){0,3}$", re.I)

# a comparison word, then a figure and a few words up to the period ("below the 118 million
# tonnes shipped in"): the period dates the figure compared with
_COMPARED_FIGURE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|against|versus|from|below|above)\s+(?:the\s+)?(?:about\s+|some\s+)?"
    r"\d[\d.,]*\s+(?:[\w.,-]+\s+){0,4}(?:in\s+)?$", re.I)


def _dates_compared_figure(text: str, sent: Sentence, pm: P.PeriodMention, per: P.Period, now: P.Period | None) -> bool:
    """"Deliveries were put at 116 million tonnes, slightly below the 118 million tonnes
    shipped in 1973": an earlier year dating only the figure compared with, which does not
    move the text to it (the next sentences stay on the period in hand)."""
    if now is None or not per[1] < now[0]:
        return False
    return bool(_COMPARED_FIGURE_BEFORE.search(text, max(sent.start, pm.start - 60), pm.start))


# the words that say how a change is measured ("year-on-year", "y/y", "quarter-over-quarter")
_FOOTING_WORD = re.compile(r"(?:year|month|quarter)[\s-](?:on|over)[\s-](?:year|month|quarter)|[ymq]/[ymq]|yoy|mom|qoq", re.I)


def _names_a_footing(pm: P.PeriodMention) -> bool:
    """"Analysts attributed much of the year-on-year jump to ...": a relative period that is
    only the footing of a change, which a sentence with no figure does not move the text to."""
    return pm.kind == "rel" and bool(_FOOTING_WORD.fullmatch(pm.args.get("w") or ""))


@functools.cache
def _event_clause_before_re() -> re.Pattern:
    """An event clause (vocab/event_openers.csv) with its own subject and verb, running up to
    a period: "before the new duties took effect in ", "after the port reopened in "."""
    words = vocab.alternation([r["word"] for r in vocab.table("event_openers")], ignore_case=True, space=r"\s+")
    # (the gap is inside one sentence, so a dot in it is an initialism's: "before U.S. duties")
    return re.compile(rf"\b(?:{words})\s+[^\d;:$€£¥%]*?[a-z]\s+[^\d;:$€£¥%]*$", re.I)


@functools.cache
def _dated_event_noun_re() -> re.Pattern:
    """A one-off event's noun (vocab/dated_event_nouns.csv), "of" what it befell and "in" or
    "on" right before a period: "the collapse of WOW air in ", "the lifting of the ban in early "."""
    nouns = vocab.alternation([r["word"] for r in vocab.table("dated_event_nouns")], ignore_case=True)
    return re.compile(rf"\b(?:{nouns})\s+of\s+[^\d,;:$€£¥%]{{1,50}}?\s+(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)


@functools.cache
def _event_opener_keys() -> tuple[str, ...]:
    return longest_words([r["word"] for r in vocab.table("event_openers")])


def _looked_into(text: str, pm: P.PeriodMention) -> bool:
    """"order books remained healthy going into 2022", "Stocks carried into 1999 were put at
    11.8 million kilos": a period after "into" is the start of a time the text looks ahead to,
    not the period the sentences after it are about."""
    return text.startswith("into", max(0, pm.start - 5)) and re.search(r"\binto\s+$", text[max(0, pm.start - 6):pm.start]) is not None


@functools.cache
def _change_noun_after_re() -> re.Pattern:
    nouns = vocab.alternation(list(vocab.change_nouns()), ignore_case=True)
    return re.compile(rf"(?:['’]s)?\s+(?:{nouns})\b", re.I)


def _names_a_change_said_before(text: str, pm: P.PeriodMention, numbers) -> bool:
    """"It was too early to judge how much of the January fall reflected stockpiling": in a
    sentence with no figure, a period that names a change by its date ("the January fall",
    "January's drop", vocab/change_nouns.csv) refers back to a change the text has told; the
    text does not move to that period (the next figures stay on the period in hand)."""
    return not numbers and _change_noun_after_re().match(text, pm.end) is not None


def _dates_an_event_in_figureless_sentence(text: str, sent: Sentence, pm: P.PeriodMention, numbers) -> bool:
    """"Growth slowed after the buyer halted purchases in late May": in a sentence with no
    figure, a period inside an event clause that opens after the main clause's words (with its
    own subject and verb) dates the event, not a period the next sentences are about (an
    opener at the sentence's start, "After the port reopened in June, ...", is left as before)."""
    if numbers:
        return False
    gap = text[sent.start:pm.start]
    if " of " in gap and _dated_event_noun_re().search(gap):
        return True  # ("The collapse of WOW air in March reduced imports": the collapse's date)
    if not holds_any(gap, _event_opener_keys()):
        return False  # (cheap: no opener word at all)
    m = _event_clause_before_re().search(gap)
    return m is not None and re.search(r"[a-z]\s+$", gap[:m.start()], re.I) is not None


def _dates_its_contrast_clause(text: str, sent: Sentence, pm: P.PeriodMention, ms: dict) -> bool:
    """"Coverage of imports by exports is 18.5%, while in the same period of 2018 it was
    18.0%": a period opening a clause that sets its own figure beside one stated before it in
    the sentence dates that clause only; the text goes on about the period it was about."""
    if "," not in text[sent.start:pm.start]:
        return False  # (cheap test first: the clause is opened by a comma and a conjunction)
    before = [x.end for k in ("amount", "percent") for x in ms.get(k, []) if sent.start <= x.end <= pm.start]
    return bool(before) and opens_a_figures_clause(text, max(before), pm, sent.end, ms)


def _dates_a_saying(text: str, sent: Sentence, pm: P.PeriodMention, numbers) -> bool:
    """"The ministry said last month that garments would slow": in a sentence with no figure,
    a period between a verb of saying (vocab/reporting_verbs.csv) and the "that" of what was
    said dates the saying, not a period the next sentences' figures are about (a reporter's
    question at a briefing recalls what was said before; the answer is about the briefing's
    period)."""
    if numbers:
        return False
    after = text[pm.end:min(sent.end, pm.end + 8)]
    if not re.match(r",?\s+that\b", after):
        return False
    return _reporting_verb_before_re().search(text, max(sent.start, pm.start - 30), pm.start) is not None


@functools.cache
def _reporting_verb_before_re() -> re.Pattern:
    verbs = vocab.alternation([r["word"] for r in vocab.table("reporting_verbs")], ignore_case=True)
    return re.compile(rf"\b(?:{verbs})\s+(?:(?:in|on|at|during|earlier|early|late)\s+)?$", re.I)


def _dates_an_event_after_the_figures(text: str, pm: P.PeriodMention, claims: list[Claim]) -> bool:
    """"Shipments to Canada came to $4.1 billion as buyers stocked up before the new duties
    took effect in June": a period in an event clause after every figure of the sentence
    dates the event, not the figures, so it is no period the next sentences are about."""
    if not claims or any(c.start >= pm.start for c in claims):
        return False
    gap = text[claims[-1].end:pm.start]
    if not holds_any(gap, _event_opener_keys()):
        return False  # (cheap: no opener word at all)
    return bool(_event_clause_before_re().search(gap))


def _looks_back(pm: P.PeriodMention, ctx: DocContext) -> bool:
    """"a year earlier", "the previous month": a period relative to the one in hand, which
    a sentence compares with rather than moves to (as is a month a year-back opener sets a
    year before: "A year earlier the May gap was ...")."""
    if pm.args.get("year_back"):
        return True
    return (pm.kind == "rel" and pm.args.get("w") not in ("last year", "this year", "last month", "this month")
            and P.years_until_published(pm, ctx.published) is None)


def _same_months_last_year(pm: P.PeriodMention, per: P.Period, now: P.Period | None) -> bool:
    """"Japan posted a deficit in August ... In August last year, Japan had a surplus of
    ¥691.7 billion": the months the text is on, named in the year before ("last year"), are
    a look back to compare with, as "a year earlier" is; the sentences after it are still
    of this year's months, not last year's."""
    return (now is not None and pm.kind == "fy_part" and pm.args.get("fy") == "fy_rel"
            and pm.args.get("fy_offset") == -1 and per == P.shift(now, -12))


def _year_so_far_of_a_month(text: str, sent: Sentence, per: P.Period, main: P.Period | None) -> bool:
    """"Year-to-date, the trade gap stood at $33.12 billion" in a report on a month: the year
    so far is a digression too, and the next paragraph is about the month again."""
    return (main is not None and main[0] == main[1] and per[0] < per[1] and per[0] <= main[0] <= per[1]
            and bool(_YEAR_SO_FAR.search(text, sent.start, sent.end) or _year_so_far_since().search(text, sent.start, sent.end)))


def _from_january_to_the_month(per: P.Period, main: P.Period | None) -> bool:
    """A span from January to the month a monthly report is on ("In the first quarter" in a
    report on March, "For 2M26" in one on February), whatever its words: the year so far (not
    the whole year a report on December sums up; nor, the caller sees to it, months counted
    back from their end, "the three months to March", a running span of a report on March)."""
    return main is not None and main[0] == main[1] and per[0] % 12 == 0 and per[0] < per[1] == main[1] and P.months(per) < 12


def _one_sentence_paragraph_after_the_month(text: str, sent: Sentence, claims: list[Claim], first_claim: int, main: P.Period) -> bool:
    """Whether `sent` is a paragraph of one sentence after paragraphs of figures of the month
    `main` ("It was the 12th month of growth. ... \n\nIn the first quarter, orders totaled
    US$156.42 billion, up 36.0 percent.\n\nOrders for electronic products rose ..."): the year
    so far said in passing, the paragraphs after it on the month again."""
    if not _own_paragraph(text, sent):
        return False
    month = P.fmt(main)
    return any(c.period == month and c.paragraph < sent.paragraph and not c.extra.get("_headline") for c in claims[:first_claim])


def _after_the_month_in_its_paragraph(sent: Sentence, claims: list[Claim], first_claim: int, main: P.Period) -> bool:
    """Whether a figure of an earlier sentence of `sent`'s paragraph is of the month `main`
    ("■ Imports grew 9.8% YoY to USD 26,118.9 million. For 2M26, exports rose 6.0%"): the
    year so far comes after the month's figures, an aside of that paragraph."""
    month = P.fmt(main)
    return any(c.paragraph == sent.paragraph and c.sentence < sent.index and c.period == month for c in claims[:first_claim])


@functools.cache
def _year_so_far_since() -> re.Pattern:
    """"Since the beginning of the year", "since January" (vocab/ytd_now_cues.csv)."""
    return re.compile(r"\b(?:" + vocab.alternation(vocab.ytd_now_cues(), ignore_case=True, space=r"\s+") + r")\b", re.I)


# words that say a period is the year so far
_YEAR_SO_FAR = re.compile(r"\b(?:year[\s-]to[\s-]date|so\s+far\s+this\s+year|for\s+the\s+year\s+so\s+far|cumulatively|in\s+the\s+year\s+to\s+date|for\s+the\s+first\s+\w+\s+months)\b", re.I)


def _years_back_to_main(per: P.Period, main: P.Period | None) -> bool:
    """A span of several years that ends with the article's main period (a year or less)."""
    return (main is not None and P.months(main) <= 12 and P.months(per) >= 24
            and per[0] < main[0] and per[1] == main[1])


def _coverage_of_the_series_left(claims: list[Claim]) -> None:
    """"Excluding energy and gold, exports were $21.10 billion and imports $22.90 billion,
    putting the coverage ratio on that basis at 92.1%": a ratio of exports covering imports
    after levels of the sentence that all leave the same part out is of that series too, not
    of the whole flows."""
    left = None
    for c in claims:
        if c.kind == "amount" and c.measure in ("exports", "imports", "balance"):
            series = c.commodity if c.commodity is not None else c.scope
            if not series or not series.startswith("excluding ") or left not in (None, series):
                return  # (a level of the whole, or of another series: the ratio's is unsure)
            left = series
        elif c.kind == "share" and c.extra.get("_coverage") and left and c.commodity is None and c.scope is None:
            c.scope = left


def _part_of_main(per: P.Period, main: P.Period | None) -> bool:
    """A part of the article's main period (a month of the year) other than the year to date
    (January to November of "this year", the main period as far as it has run)."""
    return (main is not None and per != main and main[0] <= per[0] and per[1] <= main[1]
            and not (per[0] == main[0] and per[1] - per[0] >= 2))


def _part_of_the_year_on(per: P.Period, now: P.Period | None, main: P.Period | None) -> bool:
    """Whether `per` is a part of the whole year `now` the text has moved to from its main
    period, a part holding no main period of the text (the month a report is on, with the
    year before it, is where the text goes back to: no digression)."""
    if now is None or now == main or P.months(now) != 12 or not _part_of_main(per, now):
        return False
    return main is None or not (per[0] <= main[0] and main[1] <= per[1])


def _year_to_main_month(per: P.Period, main: P.Period | None) -> bool:
    """The twelve months up to the article's main period when that is one month (a running
    year looked at beside the month: "in the twelve months to June" in a report on June)."""
    return main is not None and main[0] == main[1] and per[1] == main[1] and P.months(per) == 12


# "ahead of the European Union ($782.9 billion)", "followed by Malaysia ($190.2 billion)"
_COMPARED_WITH = re.compile(r"\b(?:ahead\s+of|behind|followed\s+by|after|than|compared\s+(?:with|to)|versus|vs\.?|like|"
                            r"such\s+as|including)\s+(?:the\s+)?$", re.I)


_OPENING_BRACKET = re.compile(r"\(\s*(?:about|around|some|roughly|nearly|almost)?\s*$")


# "a third - 32.6 per cent - of everything New Zealand sold abroad": a share (its exact
# figure in dashes between) of all a place sold
_OF_EVERYTHING_SOLD = re.compile(r"(?:\s*[–—-]\s*[^–—;]{1,30}?\s*[–—-])?\s*of\s+(?:everything|all(?:\s+that)?|what)\s+(?:the\s+)?"
                                 r"[\w.'’ -]{2,40}?\s+(?:sold|exported|shipped|sells)\b", re.I)


def _share_of_everything_sold(text: str, claim: Claim, sent: Sentence) -> bool:
    """"Overall goods exports were $7.18b, meaning China took a third of everything New
    Zealand sold abroad": the partner's share of the country's whole sales is a part in
    passing; the sentences after it go on with the whole ("Imports were $6.54b")."""
    return claim.kind == "share" and _OF_EVERYTHING_SOLD.match(text, claim.end, sent.end) is not None


def _in_passing(text: str, m: Mention, countries: list[Mention]) -> bool:
    """A figure in brackets right after a country the sentence compares with."""
    if _in_listed_partner_bracket(text, m):
        return True
    window = max(0, m.start - 20)
    if "(" not in text[window:m.start]:
        return False  # (checked first: cheap)
    opening = _OPENING_BRACKET.search(text[window:m.start])
    if not opening:
        return False
    bracket = window + opening.start()
    name = next((c for c in countries if c.end <= bracket and not text[c.end:bracket].strip()), None)
    return name is not None and bool(_COMPARED_WITH.search(text[max(0, name.start - 30):name.start]))


def _in_listed_partner_bracket(text: str, m: Mention) -> bool:
    """A figure in the bracket after a partner the sentence lists among its partners ("a
    recovery of demand from trading partners, including Russia ($397 million, or 14.5
    percent of the total)"): a part of the sentence's flow, which the next sentences do not
    go on with."""
    bracket = text.rfind("(", max(0, m.start - 60), m.start)
    if bracket < 0 or ")" in text[bracket:m.start]:
        return False  # (checked first: cheap)
    return listed_partner_before(text, max(0, bracket - 90), bracket + 1)


# a question that is only a flow and its partner ("Shipments to ASEAN?"), a thread's way of
# naming what the answer after it ("Up 10.6% to $83.5bn.") is about
_QUESTION_WORDS = 6


def _question_subject(text: str, sent: Sentence, ms: dict, state: State, ctx: DocContext) -> None:
    """A short question with no number that names one flow and one partner sets the pair
    and flow of the answer fragment after it (a group without a code included)."""
    words = text[sent.start:sent.end].strip()
    if not words.endswith("?"):
        return
    flows = [f for f in ms["flow"] if f.attrs["measure"] != "other"]
    if flows and not ms["commodity"] and state.commodity and not _asks_same_scope(text, sent, state):
        # "Q: What about services? A: £7.2 billion. Q: How much did it import? A: £22.7
        # billion": a question on a whole flow carries no product to its answer
        state.commodity = None
    elif len(flows) == 1 and len(ms["commodity"]) == 1:
        # "HOST: Merchandise exports for the fiscal year - what's the number? / SECRETARY: Four
        # hundred and thirty-seven billion dollars.": the question's product is the answer's
        state.commodity = canonical_label(ms["commodity"][0].attrs.get("label") or ms["commodity"][0].text)
    places = [x for x in ms["country"] if x.attrs.get("iso") != "WLD" and (x.attrs.get("iso") or x.attrs.get("label"))]
    if _part_question(text, sent, places, state, ctx) or _whole_question(text, sent, flows, places, state):
        return
    if state.commodity and not flows and not places and not ms["commodity"] and _product_question_re().match(text, sent.start):
        state.asked_product = (sent.index, state.commodity)
        return
    if len(words.split()) > _QUESTION_WORDS:
        return
    if _elliptical_question(text, sent, ms, flows, places, state, ctx):
        return
    if len(flows) != 1 or len(places) != 1 or _place_role(text, places[0], ctx) != "P":
        return
    x = places[0]
    state.partner = x.attrs.get("iso") or "group:" + x.attrs["label"]
    state.measure = flows[0].attrs["measure"]
    state.pair_how = "context"


@functools.cache
def _part_question_re() -> re.Pattern:
    words = vocab.alternation(vocab.part_questions(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


def _part_question(text: str, sent: Sentence, places: list, state: State, ctx: DocContext) -> bool:
    """"...exported $131 billion of iron ore. Business reporter, how much of that went to
    China? / REPORTER: About $116 billion, or 88 percent.": a question asking what part of the
    figure before went to one place (vocab/part_questions.csv) sets that place as the partner
    of the answer, the flow and reporter staying those of the figure."""
    if len(places) != 1 or not state.measure:
        return False
    asked = _part_question_re().search(text, sent.start, sent.end)
    x = places[0]
    if not asked or x.start < asked.end() or _place_role(text, x, ctx) != "P":
        return False
    state.partner, state.pair_how = x.attrs.get("iso") or "group:" + x.attrs["label"], "context"
    state.asked_partner = sent.index
    return True


def _this_product(text: str, start: int, pos: int) -> bool:
    """Whether the words from `start` to the figure at `pos` name the product the text is on
    by a general noun for goods (vocab/goods_nouns.csv, in the singular) after "this", "that"
    or "the same" ("a deficit in this one product", "trade in the same item")."""
    for mm in _THIS_PRODUCT.finditer(text, start, pos):
        if mm["w"].lower() + "s" in vocab.goods_nouns():
            return True
    return False


_THIS_PRODUCT = re.compile(r"\b(?:this|that|the\s+same)\s+(?:one\s+|single\s+)?(?P<w>[a-z]+)\b", re.I)


@functools.cache
def _product_question_re() -> re.Pattern:
    """"Iron and steel exports reached $27.8bn. Where does it go? Mostly to China, which
    took $17.4bn": a question on where the product the text is on goes, by a pronoun for
    it (vocab/product_questions.csv), at the opening of its sentence."""
    words = vocab.alternation(vocab.product_questions(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\W*(?:(?:and|so)\s*,?\s+)?(?:{words})\b[^.!?]{{0,30}}\?", re.I)


@functools.cache
def _whole_question_re() -> re.Pattern:
    words = vocab.alternation(vocab.whole_questions(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


def _whole_question(text: str, sent: Sentence, flows: list, places: list, state: State) -> bool:
    """"ANCHOR: Overall exports though were up? / GUEST: Up about four percent overall.": a
    question on one flow that asks of the whole of it (vocab/whole_questions.csv) and names no
    place turns the answer to the reporter's trade with the world, with no product."""
    if len(flows) != 1 or places or not _whole_question_re().search(text, sent.start, sent.end):
        return False
    state.partner, state.pair_how = "WLD", "context"
    state.measure, state.commodity = flows[0].attrs["measure"], None
    return True


def _asks_same_scope(text: str, sent: Sentence, state: State) -> bool:
    """"HOST: Merchandise exports ...? / ... / HOST: And imports?": an elliptical follow-up
    asks of the other flow within the same scope (goods or services), which its answer keeps."""
    if state.commodity not in ("goods", "services"):
        return False
    label = SPEAKER_LABEL.match(text, sent.start) if ":" in text[sent.start:sent.end] else None
    return bool(_ellipsis_opening().match(text, label.end() if label else sent.start))


@functools.cache
def _ellipsis_opening() -> re.Pattern:
    """The opening of an elliptical follow-up question ("And import?", "What about services?")."""
    words = vocab.alternation(vocab.question_ellipses(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{words})\b", re.I)


def _elliptical_question(text: str, sent: Sentence, ms: dict, flows: list, places: list, state: State, ctx: DocContext) -> bool:
    """"And import?", "And to Japan?", "What about services?": a follow-up that asks the
    question before of another flow, partner or product (one of each at most) sets them for the figure that opens
    the answer after it (which a flow word later in the answer does not take: "A: £22.7
    billion, so the UK had a deficit of £6.5 billion" is the imports)."""
    products = ms["commodity"]
    if len(flows) > 1 or len(places) > 1 or len(products) > 1 or not (flows or places or products):
        return False
    label = SPEAKER_LABEL.match(text, sent.start) if ":" in text[sent.start:sent.end] else None
    if not _ellipsis_opening().match(text, label.end() if label else sent.start):
        return False
    if places and _place_role(text, places[0], ctx) != "P":
        return False
    measure = flows[0].attrs["measure"] if flows else None
    partner = (places[0].attrs.get("iso") or "group:" + places[0].attrs["label"]) if places else None
    if partner:
        state.partner, state.pair_how = partner, "context"
    if measure:
        state.measure = measure
    if products:
        # "What about services?": the product of the answer's bare figure (answer-carried)
        state.commodity = products[0].attrs.get("label") or products[0].text.lower()
    state.question = (sent.index, measure, partner)
    return True


def _bloc_referred_back(sent: Sentence, m: Mention, countries: list[Mention], claim: Claim) -> str | None:
    """"Member states of ECOWAS remain the leading market. Exports to the community area
    amounted to 512,3 billion FCFA, i.e. 58,6% of total exports": a flow's partner named by a
    word that refers back to the bloc (vocab/countries.csv, kind anaphor: "the bloc", "the
    community area") is the bloc the text is talking about, so the figures after it in the
    same breath (the share restating it) are with that bloc too, as after a country's name."""
    if not claim.extra.get("partner_group") or claim.how.get("pair") != "named-partner":
        return None
    if any(x.attrs.get("kind") == "anaphor" and x.attrs.get("label") not in ("region", "partner", "partners", "pair", "former", "latter")
           and sent.start <= x.start < m.start for x in countries):
        return "group:" + claim.extra["partner_group"]
    return None


def _group_key(claim: Claim, field: str, ctx: DocContext, ranked: bool = False) -> str | None:
    """The discourse key of a claim's group without a code ("group:ASEAN"), if it is one
    of the article's main pair, or the partner its sentence ranks."""
    key = f"group:{claim.extra[field]}" if claim.extra.get(field) else None
    if key and claim.how.get("pair") == "intra-group":
        return key  # "trade among GCC states reached $91.3 billion": the bloc's own trade is the subject
    if key and ranked and claim.reporter == ctx.main_reporter and claim.how.get("pair") == "two-named" \
            and not key.startswith("group:other than"):
        # "ASEAN remained China's largest trading partner ..., with trade totaling": the
        # ranked group is the partner of what follows ("The European Union came second")
        return key
    if key and key.startswith("group:other than") and field == "partner_group" and claim.how.get("pair") == "named-partner" \
            and key != "group:other than " + str(claim.reporter):
        # "Goods exports to the rest of the world grew ..., a rise of 16.3%": every partner
        # but the one before, named as the flow's partner, is the subject now (not the frame
        # of a ranking, "Among non-CIS partners, China came first"; and the EU's own "extra-EU
        # imports" are its trade with everyone, which the discourse keeps as it was)
        return key
    if key and field == "reporter_group" and claim.partner == "WLD" and claim.how.get("pair") == "two-named" \
            and claim.basis.get("pair") == "text" and claim.measure in ("exports", "imports", "balance"):
        # "euro area (EA20) exports of goods to the rest of the world ... Imports from the rest
        # of the world stood at": a group named with its own flow with the world is what the
        # unlabelled flows after it are of, though the text also covers another whole
        return key
    return key if key in (ctx.main_reporter, ctx.main_partner) else None


def _extra_group_reports(s: Site) -> None:
    """"Extra-EU exports of goods to the United States reached €134.6 bn": the flows of the
    EU with places outside it, which the EU reports (not "non-EU exports", flows of the
    places outside it)."""
    c = s.claim
    label = c.extra.get("reporter_group") or ""
    if not label.startswith("other than ") or "xtra-" not in s.text[s.sent.start:s.m.start].lower():
        return
    named = label[len("other than "):]
    if not any(s.sent.start <= x.start < s.m.start and x.attrs.get("label") == label
               and s.text[max(0, x.start - 6):x.start].lower().endswith("extra-") for x in s.ms["country"]):
        return
    del c.extra["reporter_group"]
    c.reporter = _code(named if len(named) == 3 and named.isupper() else "group:" + named, c)
    if c.partner is None and not c.extra.get("partner_group"):
        c.partner = "WLD"


def _fronted_group(text: str, sent: Sentence, ms: dict, claim: Claim) -> str | None:
    """"In the euro area, the surplus was €20.5 bn, with exports of €264.2 bn": a group
    without a code that opens the sentence as where the figures are recorded is the
    subject of the rest of the sentence (and of what follows it), as a country would be."""
    label = claim.extra.get("reporter_group")
    if not label or claim.how.get("pair") != "named-reporter" or "In" not in text[sent.start:sent.start + 60]:
        return None
    x = next((x for x in ms["country"] if sent.start <= x.start < claim.start and x.attrs.get("label") == label
              and x.attrs.get("kind") == "group"), None)
    return f"group:{label}" if x is not None and opens_as_locative(text, x) else None


@functools.cache
def _respective_cue() -> re.Pattern:
    return re.compile(r"\b(?:" + vocab.alternation(vocab.respective_cues(), ignore_case=True, space=r"\s+") + r")\b", re.I)


def _respective_in(text: str, start: int, end: int) -> re.Match | None:
    """_respective_cue in text[start:end] (its words checked first: cheap)."""
    return _respective_cue().search(text, start, end) if holds_any(text[start:end], _cue_keys("respective_cues")) else None


# "Compared with 2022, ...", "Compared to the previous year, ...": a sentence that sets the
# figures just given against an earlier period
@functools.cache
def _pronoun_comparison() -> re.Pattern:
    """A sentence opening on a pronoun for the figure before and the words that set it beside
    an earlier level, up to that level ("That compares with ", vocab/pronoun_comparison_verbs.csv)."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("pronoun_comparison_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:that|this|it)\s+(?:{words})\s+(?:the\s+)?{HEDGE}", re.I)


_COMPARISON_OPENER = re.compile(r"\s*(?:Compared|Relative)\s+(?:with|to)\s+[^,;.]{2,40},", re.I)


def _respectively(text, sent, numbers, flows) -> dict[int, Mention]:
    """'exports and imports fell 0.67% and 5.98% respectively, to $41.68bn and $57.28bn':
    the n-th number of each kind goes with the n-th flow named before the first number."""
    cue = _respective_in(text, sent.start, sent.end) if numbers else None
    if cue is None:
        return {}
    first = numbers[0].start
    named = [f for f in flows if f.end <= first and f.attrs["measure"] != "other"]
    out = _zip_respective(text, sent, numbers, named)
    if not out:
        # "the deficit stood at $45.51 billion, with exports and imports amounting to $60.91
        # billion and $106.42 billion, respectively": the flows listed together last before
        # the cue, and the numbers between them and it
        listed = _listed_before(text, [f for f in flows if f.end <= cue.start() and f.attrs["measure"] != "other"])
        if len(listed) >= 2:
            out = _zip_respective(text, sent, [n for n in numbers if listed[-1].end <= n.start < cue.start()], listed)
    if not out:
        out = _respective_after_changes(text, sent, numbers, flows, cue)
    return out


def _respective_after_changes(text, sent, numbers, flows, cue) -> dict[int, Mention]:
    """"exports rose by 7.0% and imports by 2.1%, up from EUR 1,263 billion and EUR 1,167
    billion respectively": each flow has its own change, so they are not listed together;
    the amounts after the last flow, right before the cue, go with the flows in order."""
    named = [f for f in flows if f.end <= cue.start() and f.attrs["measure"] != "other"]
    amounts = [n for n in numbers if n.kind == "amount" and n.end <= cue.start()]
    if len(named) < 2 or not amounts:
        return {}
    if amounts[0].start < named[-1].end:
        return _respective_closing_run(text, sent, amounts, named, cue)
    return _zip_respective(text, sent, [n for n in amounts if n.start >= named[-1].end], named)


def _respective_closing_run(text, sent, amounts, named, cue) -> dict[int, Mention]:
    """"exports rose 7% to $13bn, while imports rose 9% to $24bn, against $12bn and $22bn,
    respectively, a year earlier": each flow has its own figures, and the amounts joined by
    "and" right before the cue, one for each flow named (each a different flow), go with
    the flows in order."""
    flows = {f.attrs["measure"] for f in named}
    if len(flows) != len(named):
        return {}
    run: list[Mention] = []
    for m in amounts:
        if run and not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[run[-1].end:m.start]):
            run = []
        run.append(m)
    if (len(run) != len(named) or run[0].start < named[-1].end
            or not re.fullmatch(r"[\s,]*", text[run[-1].end:cue.start()])):
        return {}
    return _zip_respective(text, sent, run, named)


def _listed_before(text: str, flows: list[Mention]) -> list[Mention]:
    """The last flows of `flows` joined by "and" or commas ("exports and imports")."""
    if not flows:
        return []
    listed = [flows[-1]]
    for f in reversed(flows[:-1]):
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[f.end:listed[0].start]):
            break
        listed.insert(0, f)
    return listed


# "imports of cars and of steel raw materials fell 35.3 percent and 16.7 percent
# respectively": two products of one flow, before the figures
@functools.cache
def _product_pair() -> re.Pattern:
    words = vocab.alternation(vocab.changes(), ignore_case=True)
    return re.compile(r"\b(?:exports|imports|shipments|sales|purchases)\s+of\s+(?P<a>[a-z][a-z\s-]{1,40}?)\s*,?\s+and\s+"
                      rf"(?:of\s+|those\s+of\s+)?(?P<b>[a-z][a-z\s-]{{1,40}}?)\s+(?:(?:were|was|have|had)\s+)?(?:{words})\b")


def _respective_products(text: str, sent: Sentence, claims: list[Claim]) -> None:
    """Two products named in a list before figures read "respectively": the first figure of
    each kind is about the first product, the second about the second."""
    if len(claims) < 2 or not _respective_in(text, sent.start, sent.end):
        return
    mm = _product_pair().search(text, sent.start, sent.end)
    if not mm or names_country_or_flow(mm["a"]) or names_country_or_flow(mm["b"]) or _names_a_flow(mm["b"]):
        return
    for kind in ("percent_change", "amount", "share"):
        group = [c for c in claims if c.kind == kind and c.measure != "other" and c.start > mm.end()]
        if len(group) == 2:
            for c, label in zip(group, (mm["a"], mm["b"])):
                c.commodity = canonical_label(label)
                _set(c, "commodity", "respectively", "text")


def _names_a_flow(np: str) -> bool:
    """"exports of goods and imports of goods both recorded increases": the second item is
    another flow, not a second product of the first."""
    from ..extract.mentions import find_flows
    return any(f.attrs["measure"] in ("exports", "imports", "trade_total") for f in find_flows(np))


def _respective_places(text, sent, numbers, places) -> dict[int, Mention]:
    """"China, India and Saudi Arabia ... with trade worth Dh57 billion, Dh46.2 billion and
    Dh32.5 billion in that order": the n-th figure is about the n-th place of the list."""
    cue = _respective_in(text, sent.start, sent.end) if numbers else None
    if cue is None:
        return {}
    # "took US$ 5.05 billion ...; the United States and India followed with US$ 2.18 billion
    # and US$ 1.71 billion respectively": the cue pairs the places and figures of its own
    # clause, after a semicolon
    clause = text.rfind(";", sent.start, cue.start()) + 1
    if clause > 0:
        numbers = [m for m in numbers if m.start >= clause]
        places = [x for x in places if x.start >= clause]
        if not numbers:
            return {}
    last = _place_list(text, [x for x in places if x.end <= numbers[0].start])
    if last:
        return _zip_respective(text, sent, numbers, last)
    # "Shipments to the United States came in at $10bn, or 24% of the total, while exports to
    # A and B were $7bn and $3bn, representing 17% and 8%, respectively": the list names its
    # own figures, those after it, no figure of the clause before
    later = _place_list(text, [x for x in places if x.end <= cue.start()])
    own = [m for m in numbers if later and later[-1].end <= m.start < cue.start()]
    if own:
        return _zip_respective(text, sent, own, later)
    return _respective_partners(text, sent, numbers, places)


def _place_list(text: str, places: list[Mention]) -> list[Mention]:
    """The last list of two places or more joined by commas and "and" among places."""
    run: list[Mention] = []
    last: list[Mention] = []
    for x in places:
        if run and respective_list_gap().fullmatch(text, run[-1].end, x.start):
            run.append(x)
        else:
            run = [x]
        if len(run) >= 2:
            last = list(run)
    return last


def _respective_partners(text, sent, numbers, places) -> dict[int, Mention]:
    """"exports to China were R251.3 billion and imports from China R389.6 billion, while
    exports to the US reached R187.4 billion against imports of R129.0 billion, leaving a
    deficit of R138.3 billion and a surplus of R58.4 billion respectively": the figures
    joined by "and" right before the cue go with the partners the sentence named, in order,
    one each (the owner's possessive, "South Africa's", names the reporter, no partner)."""
    cue = _respective_in(text, sent.start, sent.end)
    run: list[Mention] = []
    for m in numbers:
        if m.end > cue.start():
            break
        if run and not re.fullmatch(r"[^,;.\d]{0,30}?\band\b[^,;.\d]{0,30}", text[run[-1].end:m.start]):
            run = []
        run.append(m)
    if len(run) < 2 or not re.fullmatch(r"[^,;.\d]{0,20}", text[run[-1].end:cue.start()]):
        return {}
    partners: list[Mention] = []
    for x in places:
        iso = x.attrs.get("iso")
        if x.end > run[0].start or not iso or x.attrs.get("possessive") or any(y.attrs.get("iso") == iso for y in partners):
            continue
        partners.append(x)
    if len(partners) != len(run):
        return {}
    return dict(zip((m.start for m in run), partners))


def _zip_respective(text, sent, numbers, named) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    if len(named) < 2:
        return out
    for kind in ("amount", "percent"):
        group = [m for m in numbers if m.kind == kind and not re.search(r"\(\s*(?:about|around|some|roughly)?\s*$", text[max(sent.start, m.start - 12):m.start])]
        if len(group) == len(named):
            for m, f in zip(group, named):
                out[m.start] = f
    return out


def _first_of_pair(prev_claim: Claim | None, last_relation: Claim | None, text: str, sent: Sentence) -> Claim | None:
    """The change or share a second one of a pair follows: the figure before it, or, past
    that change's bracketed amount ("decreased by 5.6% (EUR 1.00 billion) and imports by
    8.6%"), the change itself."""
    if prev_claim is None:
        return None
    if prev_claim.kind in ("percent_change", "share"):
        return prev_claim
    if (prev_claim.kind == "amount" and prev_claim.extra.get("change_of") and last_relation is not None
            and last_relation.kind == "percent_change" and last_relation.sentence == sent.index
            and re.fullmatch(r"\s*\(\s*", text[last_relation.end:prev_claim.start])):
        return last_relation
    return None


def _spoken_start(text, sent, m: Mention) -> int:
    """Where the words before a figure end: at the figure, or, when a speaker gives it in
    place of one taken back ("Total exports rose eight - no, nine percent"), at the figure
    taken back, so the words before that ("rose") are the figure's own."""
    return _spoken_start_at(text, sent.start, m.start)


@functools.lru_cache(maxsize=256)
def _spoken_start_at(text: str, sent_start: int, start: int) -> int:
    """`_spoken_start` (cached: asked by `_claim_for` and again by `_kind_of` for the same
    figure; keyed on the text)."""
    from ..extract.selfcorrect import before_withdrawn

    withdrawn = before_withdrawn(text, sent_start, start)
    return start if withdrawn is None or withdrawn < start - 60 else withdrawn


# between a change in money and the same change in percent: "—or ", " (", ", or close to "
_CHANGE_AGAIN_GAP = re.compile(rf"[\s—–,()]*or\s*{HEDGE}|\s*\(\s*{HEDGE}", re.I)


# from a share (or its whole in brackets) to the same share in another year: ") but only ",
# ", and ", " while "
_SAME_SHARE_THEN = re.compile(r"\s*\)?\s*,?\s*(?:but|and|while|whereas|against|compared\s+with)\s+(?:only\s+|just\s+|still\s+|about\s+|nearly\s+|almost\s+)?", re.I)
# the share's own year right after it: " in 2022"
_OWN_YEAR_AFTER = re.compile(r"\s+(?:in|for)\s+(?:19|20)\d\d\b")


# between the first of a pair of changes and the second: ", and ", "and those of chemicals ",
# "and imports by ", "and imports – by " (a dash where the verb said once is left out)
_SECOND_OF_PAIR_GAP = re.compile(r"\)?\s*(?:,|and|or|,\s*and)\s*(?:(?:those|that)\s+of\s+[a-z][a-z\s-]{1,50}?\s+"
                                 r"|(?:[a-z][\w-]*\s+){1,3}?(?:[–—-]\s*)?by\s+)?")


def _claim_for(text, sent, m: Mention, ms, resolved, ctx: DocContext, state: State,
               prev_claim: Claim | None, prev_end: int, respectively, last_relation: Claim | None = None,
               used_as_base: set | None = None, respective_place: Mention | None = None) -> Claim | None:
    before = text[max(sent.start, m.start - 60):_spoken_start(text, sent, m)]
    after = text[m.end:min(sent.end, m.end + 80)]
    index = _index_words(text, sent, m, after, prev_end, last_relation, state.last_index)
    kind = "percent_change" if index else _kind_of(m, text, sent, before, after, prev_end)
    next_product = None
    ranked_share = False
    if index:
        paired_with = None  # (an index is its own relation, never the second of a pair)
    elif kind is None and _first_of_pair(prev_claim, last_relation, text, sent) is not None and m.kind in ("percent", "fraction") \
            and _SECOND_OF_PAIR_GAP.fullmatch(text, prev_end, m.start):
        # "exports and imports fell 0.67% and 5.98% respectively": the second of a pair;
        # "imports of meat rose 34.1 percent and those of chemicals 35.9 percent";
        # "exports increased by 1.2% and imports by 3.0%", "exports decreased by 5.6% (EUR
        # 1.00 billion) and imports by 8.6%", and with a dash for the verb said once
        # ("exports grew by 27.6 % (LVL 1.32 billion) and imports – by 28.5 %")
        paired_with = _first_of_pair(prev_claim, last_relation, text, sent)
        kind = paired_with.kind
    elif kind is None and m.kind == "percent" and (value_change_after_volume(text, sent.start, m.start, after)
                                                   or value_change_named_before(text, sent.start, m.start)):
        # "up 3.8% in volume and 31.7% in value": the value's change, the volume's before it
        # read as a quantity's (link/value_after_volume.py)
        kind = "percent_change"
        paired_with = None
    elif kind is None and m.kind == "percent" and last_relation is not None and last_relation.kind == "percent_change" \
            and last_relation.sentence == sent.index and re.search(r"[,\s]\s*and\s+$", text[prev_end:m.start]) \
            and _AGAINST_A_BASE.match(after):
        # "an increase of 3.2 percent over N21.90trn in Q4 2023 and 124.6 percent compared
        # with N10.06trn in Q1 2023": a second change of the same verb, against another base
        kind = "percent_change"
        paired_with = last_relation
    elif kind is None and prev_claim is not None and prev_claim.kind == "share" and m.kind == "percent" \
            and prev_claim.sentence == sent.index and re.match(r"^\s+(?:to|from|for|with|in)\s+(?:the\s+)?[A-Z]", after) \
            and re.fullmatch(r"[^.;$€£¥\d]*?(?:,\s*(?:and\s+)?|\s+and\s+)", text[prev_end:m.start]):
        # "82% of those exports to Brazil, 9% to Uruguay and 9% to Paraguay": the next
        # partner's share of the same whole
        kind = "share"
        paired_with = None
    elif kind is None and prev_claim is not None and prev_claim.kind == "share" and m.kind == "percent" \
            and prev_claim.sentence == sent.index and _next_place_with(text, prev_end, m, ms["country"]):
        # "followed by Germany with 14% and Poland with 13%", "Russia supplied 41% of them and
        # France 28%": the next place's share of the same whole
        kind = "share"
        paired_with = None
    elif kind is None and m.kind == "percent" and prev_claim is not None and prev_claim.sentence == sent.index \
            and (next_product := _next_product_share(text, sent, prev_end, m, ms["commodity"])):
        # "Wine made up 40% of exports ($2bn), and dairy products such as cheese 25% ($1.2bn)":
        # the next product's share of the same whole, the verb and the whole said once
        kind = "share"
        paired_with = None
    elif kind is None and m.kind == "percent" and _joint_cue().search(text, sent.start, m.start) \
            and _COUNTED_SUBJECT.search(text[sent.start:m.start]):
        # "Together the three supplied 66%": the share the places counted take together
        kind = "share"
        paired_with = None
    elif kind is None and m.kind == "percent" and _after_a_place(text, sent, m, ms["country"]):
        # "the United States (7.4%), Germany (7.4%)": each place's share of the list's whole
        kind = "share"
        paired_with = None
    elif kind is None and m.kind == "percent" and _after_a_ranked_noun(text, sent, m, ms["country"]):
        # "Switzerland was the EU's main partner (37.4%, €45.1 billion)": the ranked place's
        # share of the whole it is ranked in
        kind = "share"
        paired_with = None
        ranked_share = True
    elif kind is None and m.kind == "percent" and completes_cut_off_sentence(text, sent.start, m.start):
        # "So copper is -" / "GUEST: More than half." / "HOST: About 56 percent.": a turn
        # ending the sentence the speaker before left open, with what the subject is of the
        # whole just said (link/cut_off_turns.py)
        kind = "share"
        paired_with = None
    elif kind is None and m.kind == "percent" and prev_claim is not None and prev_claim.sentence == sent.index \
            and (prev_claim.kind == "share" or prev_claim.how.get("measure") == "whole-of-share") \
            and _SAME_SHARE_THEN.fullmatch(text, prev_end, m.start) and _OWN_YEAR_AFTER.match(after):
        # "The EU took 49.1% of UK goods exports in 2018 (out of a total of £338.5 billion) but
        # only 43.0% in 2022": the same share in another year, its verb and whole left out
        kind = "share"
        paired_with = None
    elif kind is None and prev_claim is not None and prev_claim.kind == "share" and m.kind == "percent" \
            and re.fullmatch(r"(?:[^.;$€£¥\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?[\s,]+(?:(?:down|up)\s+)?from\s+", text[prev_end:m.start]):
        # "covered 63.2% of imports in January, down from 83.0% a year earlier": the same
        # share, earlier
        kind = "share"
        paired_with = prev_claim
    else:
        paired_with = None
    if (kind in ("share", "percent_change") and prev_claim is not None
            and (prev_claim.extra.get("change_of") or prev_claim.extra.get("_change_of_other"))
            and _CHANGE_AGAIN_GAP.fullmatch(text, prev_end, m.start)):
        # "up $43.3 billion—or 18.9 percent—", "fell NZ$652 million (9.8 percent)": the change
        # again, in percent (hedged too: "shrank by $2bn, or close to 8%"); a price's change too
        # ("a gain of Rs. 114.25 or 28.7 per cent", price_changes.change_of_other_money)
        kind = "percent_change"
        paired_with = prev_claim
    if kind is None:
        return None
    c = Claim(id="", kind=kind, start=m.start, end=m.end, text=m.text, sentence=sent.index,
              paragraph=sent.paragraph)
    if index:
        c.extra.update(index)
    if ranked_share or (kind in ("share", "amount") and prev_claim is not None and prev_claim.extra.get(OF_RANKING)
                        and prev_claim.sentence == sent.index):
        # ("..., ahead of the United States (32.2%, €38.8 billion)": the next place's share of
        # the same ranking, past the money of the place before)
        c.extra[OF_RANKING] = True
    c.bound = _bound(before, m, after)
    if kind == "multiple" and c.bound == "approx" and (q := qual_re().search(before)) \
            and re.sub(r"\s+", " ", q["q"].lower()) in vocab.near_below_qualifiers():
        c.extra["near_below"] = True  # "nearly sevenfold": a bit under seven (normalise/claims.py)
    gap = text[prev_end:m.start] if prev_claim is not None else ""
    s = Site(text=text, sent=sent, m=m, kind=kind, ms=ms, resolved=resolved, ctx=ctx, state=state,
             prev=prev_claim, prev_end=prev_end, last_relation=last_relation, respectively=respectively,
             claim=c, before=before, after=after, gap=gap, respective_place=respective_place,
             used_as_base=used_as_base if used_as_base is not None else set())
    p = prev_claim
    # ("36.5 percent of the 3.64 billion USD that Ethiopia earned from the export of goods")
    s.whole_of_share = bool(p is not None and p.kind == "share" and kind == "amount"
                            and (WHICH_WHOLE.match(gap) or (re.fullmatch(r"\s*of\s+the\s+", gap)
                                                            and re.match(r"\s+(?:that|which)\s", after))))
    s.whole_after_of = bool(p is not None and p.kind in ("share", "amount") and kind == "amount" and p.measure != "other"
                            and not p.extra.get("change_of") and OF_THE_WHOLE.match(gap))
    s.whole_of_share = s.whole_of_share or s.whole_after_of
    if p is not None and p.extra.get("_whole") == "GDP":
        # "equivalent to 71 percent of GDP of US$ 31.8 billion": the whole is GDP, no flow
        # (the figure's own flow word, "GDP", reads it as no trade flow)
        s.whole_of_share = s.whole_after_of = False
    # "to USD 8.6 billion (USD 8.18 billion in 2023)": the earlier level, not the same figure again
    earlier = kind == "amount" and p is not None and bool(re.fullmatch(r"\s*\(\s*", gap)) and bool(EARLIER_IN_BRACKET.match(after))
    # "€156.2bn (2022: €193.3bn)": the same series at the period the bracket is labelled with
    labelled = kind == "amount" and p is not None and p.kind == "amount" and _labelled_bracket(text, resolved, p.end, m.start)
    versus = kind == "amount" and p is not None and p.kind == "amount" and bool(VERSUS_BRACKET.match(gap))
    # ("- Exports: 338.2 (371.9), -9.1" under a header dating the bracket: the earlier level)
    earlier = earlier or labelled or versus or bool(m.attrs.get("header_earlier"))
    s.continued = bool(p is not None and (p.measure != "other" or p.extra.get("_forecast_of") not in (None, "other")
                                          or (p.extra.get("change_of") and kind == "amount")) and p.kind != "share"
                       and ((kind == "amount" and (CONTINUE_TO.match(gap) or CONTINUE_FROM.match(gap) or CONTINUE_WHEN.match(gap) or earlier))
                            or (kind in ("percent_change", "multiple") and p.kind == "amount"
                                and (CONTINUE_CHANGE.match(gap) or CHANGE_IN_BRACKET.match(gap) or continue_which_re().match(gap) or _change_after_its_goods(gap) or partner_then_change(gap)
                                     or _describes_previous(text, gap, p, m, ms)))))
    s.restated = bool(p is not None and p.kind in ("amount", "share") and (RESTATE.match(gap or "x") is not None
                                                                        or p.kind == "share" and _SHARE_AT_AMOUNT.match(gap) is not None
                                                                        or kind == "share" and ", or " in gap and restate_past_source_re().match(gap) is not None)
                      and gap.strip() != "" and respective_place is None and not earlier and not s.whole_after_of)
    if not s.restated and p is not None and p.kind == "share" and kind == "amount" and _SHARE_THEN_COLON.match(gap) \
            and _OUT_OF_AFTER.match(after):
        # "accounted for 58% of the region's imports: $1,019 billion out of $1,757 billion":
        # the part the share is, in money, after the colon
        s.restated = True
    _decide_measure(s)
    if (labelled or versus or m.attrs.get("header_earlier")) and s.continued:
        c.extra["_earlier_of"] = p  # (the change after the bracket compares the two)
    _decide_period(s)
    _decide_pair(s)
    _decide_commodity(s)
    if next_product and c.commodity is None:
        c.commodity = next_product
        _set(c, "commodity", "next-product-share", "text")
    # (a chart's data label, or a captioned table's cell: what its title names and its row
    # does not, link/chart_titles.py)
    read_under_title(s, _set)
    decide_port(s)
    _values(s, paired_with)
    _link_levels(s)
    _valuation(s)
    _recording_basis(s)
    _vintage(s)
    _own_estimate(s)
    _withdrawn(s)
    _asked(s)
    c.readings = alternatives(s)
    return c


# "US$62.80 billion CIF", "measured FOB, ... they came to": how imports are valued (at the
# border, or with freight and insurance), which makes two figures of one flow
_VALUATION = re.compile(r"(?<![\w.])(?P<v>c\.?i\.?f\.?|f\.?o\.?b\.?|free\s+on\s+board|cost,?\s+insurance\s+and\s+freight)(?![\w])", re.I)


_VALUATION_AFTER = re.compile(r"[^,;.()]{0,12}")
# "with imports in FOB prices", "imports valued at CIF", "imports on an FOB basis": the valuation
# a balance later in the sentence takes its imports at
_IMPORTS_VALUED_AT = re.compile(rf"\bimports\s+(?:(?:valued|measured|expressed|calculated|taken)\s+)?(?:in|at|on)\s+(?:an?\s+)?"
                                rf"{_VALUATION.pattern}(?:\s+(?:prices|values|terms|basis))?", re.I)
_VALUATION_RIGHT_AFTER = re.compile(rf"\s+{_VALUATION.pattern}", re.I)
# a balance of exports valued FOB and imports valued CIF (its terms: check/sums.py)
FOB_CIF = "FOB/CIF"


# from a share to the amount it is, with no comma: "made up 55.4 percent of exports at US$3.54 billion"
_SHARE_AT_AMOUNT = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,4}?at\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
# a share's whole, then a colon: "58% of the region's imports: " (and the figure after it
# followed by "out of" its whole)
_SHARE_THEN_COLON = re.compile(r"\s+of\s+[^:;.()]{1,70}:\s*$")
_OUT_OF_AFTER = re.compile(r"\s+out\s+of\b", re.I)


def _basis_goes_on_in_paragraph(text: str, claims: list[Claim]) -> None:
    """"export earnings (BOP basis) rose ... to USD 33.64 billion, while import payments fell
    ... to USD 50.32 billion. The trade deficit thus narrowed to USD 18.68 billion": where the
    text names one recording basis only (vocab/recording_bases.csv), the flows of the
    sentences after it in its paragraph that name none are on that basis too."""
    bases = set(_recording_bases().values())
    named = list(dict.fromkeys(c.extra["valuation"] for c in claims if c.extra.get("valuation") in bases))
    if not named:
        return
    if len(named) > 1:
        _main_basis_and_the_other(claims, named, bases)
        return
    basis = named[0]
    if basis in _one_series_bases() and {b for b in _sentence_bases(text, 0, len(text))} == {basis}:
        # "Exports rose ... to CZK 404.6 billion, according to the preliminary data in the
        # national concept", the lead's balance naming none: a release's one series, said once
        for c in claims:
            if c.extra.get("valuation") == basis:
                del c.extra["valuation"]
        return
    since: dict[int, int] = {}  # paragraph -> the sentence that first named the basis
    for c in claims:
        if c.extra.get("valuation") == basis:
            since.setdefault(c.paragraph, c.sentence)
        elif (c.paragraph in since and c.sentence > since[c.paragraph] and "valuation" not in c.extra
              and c.kind in ("amount", "percent_change") and c.measure in ("exports", "imports", "balance", "trade_total")):
            c.extra["valuation"] = basis


def _main_basis_and_the_other(claims: list[Claim], named: list[str], bases: set[str]) -> None:
    """"According to the general trade system (GTS), exports were US$ 22 614 million ...
    In March, the foreign trade deficit decreased ... to US$ 6 291 million. ... According to
    the special trade system (STS), exports increased by 7.9% to US$ 20 418 million and
    imports amounted to US$ 25 112 million": where the text names two recording bases, the
    one it names first is its main series, which its figures that name none continue (they
    are one quantity); the other basis goes on, in the paragraph that names it only, to the
    flows of the sentences after it there, a series apart."""
    main = named[0]
    own: dict[int, set] = {}  # paragraph -> the bases its figures name
    for c in claims:
        if c.extra.get("valuation") in bases:
            own.setdefault(c.paragraph, set()).add(c.extra["valuation"])
    since: dict[int, int] = {}
    for c in claims:
        v = c.extra.get("valuation")
        if v == main:
            del c.extra["valuation"]
        elif v in bases:
            if own.get(c.paragraph) == {v}:
                since.setdefault(c.paragraph, c.sentence)
        elif (v is None and c.paragraph in since and c.sentence > since[c.paragraph]
              and c.kind in ("amount", "percent_change", "share") and c.measure in ("exports", "imports", "balance", "trade_total")):
            c.extra["valuation"] = next(iter(own[c.paragraph]))


def _change_of_scoped_levels(claims: list[Claim]) -> None:
    """"Exports to Japan (excluding oil) rose from $8.1 billion in 2015 to $12.3 billion in
    2023, an increase of 52%": a change that names no scope, between two levels of its
    sentence that share one (a bracket's "excluding oil" said once, after the flow word), is of
    that scope too, so it is checked against them."""
    for c in claims:
        if c.kind != "percent_change" or c.scope or c.commodity or not c.base_period \
                or c.measure not in ("exports", "imports", "trade_total", "balance"):
            continue
        ends = {}
        for a in claims:
            if a.kind == "amount" and a.sentence == c.sentence and a.start < c.start and a.measure == c.measure \
                    and (a.reporter, a.partner) == (c.reporter, c.partner) and a.period in (c.period, c.base_period) and not a.commodity:
                ends.setdefault(a.period, set()).add(a.scope)
        if len(ends) != 2 or any(len(v) != 1 for v in ends.values()):
            continue
        scopes = {next(iter(v)) for v in ends.values()}
        if len(scopes) == 1 and None not in scopes:
            c.scope = scopes.pop()
            _set(c, "commodity", "scope-of-its-levels", "text")


def _changes_at_their_levels_valuation(claims: list[Claim]) -> None:
    """"exports FOB amounted to 57 812,6 million euro and imports CIF amounted to 74 908,1
    million euro. ... exports increased by 1,4% and imports increased by 2,8%": a change that
    names no valuation is of its flow at the one valuation the text states that flow's levels
    at (never where the text states them at two, or leaves one unlabelled)."""
    _valuation_continued(claims)
    _balance_at_its_terms_valuation(claims)
    _terms_at_balance_valuation(claims)
    _change_at_its_sentence_levels_valuation(claims)
    levels: dict[tuple, set] = {}
    for c in claims:
        if c.kind == "amount" and c.measure in ("exports", "imports", "balance"):
            levels.setdefault((c.measure, c.reporter, c.partner), set()).add(c.extra.get("valuation"))
    for c in claims:
        if c.kind != "percent_change" or "valuation" in c.extra or c.measure not in ("exports", "imports", "balance"):
            continue
        vals = levels.get((c.measure, c.reporter, c.partner), set())
        if len(vals) == 1 and next(iter(vals)) in (FOB_CIF, "FOB", "CIF"):
            c.extra["valuation"] = next(iter(vals))


def _change_at_its_sentence_levels_valuation(claims: list[Claim]) -> None:
    """"reached US$6.2 million FOB in 2023, up 71% from US$4.1 million in 2022": a change
    whose sentence states both the levels it compares (its flow and pair, at its period and
    its base period) at one valuation is of them, whatever levels elsewhere (a summary box
    naming none) are at; else it would meet no level and go unchecked."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    for c in claims:
        if c.kind != "percent_change" or "valuation" in c.extra or not c.period or not c.base_period:
            continue
        ends = {q.period: q.extra.get("valuation") for q in by_sentence[c.sentence]
                if q.kind == "amount" and q.period in (c.period, c.base_period)
                and (q.measure, q.reporter, q.partner, q.commodity) == (c.measure, c.reporter, c.partner, c.commodity)}
        vals = set(ends.values())
        if len(ends) == 2 and len(vals) == 1 and next(iter(vals)) in (FOB_CIF, "FOB", "CIF"):
            c.extra["valuation"] = next(iter(vals))


def _balance_at_its_terms_valuation(claims: list[Claim]) -> None:
    """"Valuing imports FOB ... purchases abroad amounted to US$5.1 billion, against exports of
    US$4.0 billion FOB. The country thus posted a trade deficit of US$1.1 billion": a balance
    that names no valuation, after the exports and the imports of its pair and period were
    last given in its paragraph at one valuation, is at that valuation (their difference)."""
    last: dict[tuple, str | None] = {}  # (paragraph, measure, reporter, partner, period) -> the last level's valuation
    for c in claims:
        if c.kind != "amount":
            continue
        if c.measure in ("exports", "imports"):
            last[(c.paragraph, c.measure, c.reporter, c.partner, c.period)] = c.extra.get("valuation")
        elif c.measure == "balance" and "valuation" not in c.extra:
            x = last.get((c.paragraph, "exports", c.reporter, c.partner, c.period))
            m = last.get((c.paragraph, "imports", c.reporter, c.partner, c.period))
            if x is not None and x == m and x in ("FOB", "CIF"):
                c.extra["valuation"] = x


def _terms_at_balance_valuation(claims: list[Claim]) -> None:
    """"Exports were valued at £3,176m. and imports at £3,748m. ... On the figures as recorded,
    which value imports c.i.f. and exports f.o.b., the deficit was £572m": where the text's one
    balance of a pair and period is exports FOB less imports CIF, and its only levels of those
    exports and imports name no valuation, they are its terms, at those valuations. (Where any
    level or another balance of the pair names a valuation, the text tells series apart: left.)"""
    balances: dict[tuple, set] = {}
    levels: dict[tuple, list[Claim]] = {}
    for c in claims:
        if c.kind == "amount" and c.measure in ("exports", "imports", "balance"):
            key = (c.reporter, c.partner, c.period, c.commodity)
            if c.measure == "balance":
                balances.setdefault(key, set()).add(c.extra.get("valuation"))
            else:
                levels.setdefault(key + (c.measure,), []).append(c)
    for key, vals in balances.items():
        if vals != {FOB_CIF}:
            continue
        xs, ms = levels.get(key + ("exports",), []), levels.get(key + ("imports",), [])
        if not xs or not ms or any("valuation" in c.extra for c in xs + ms):
            continue
        for c in xs:
            c.extra["valuation"] = "FOB"
        for c in ms:
            c.extra["valuation"] = "CIF"


def _valuation_continued(claims: list[Claim]) -> None:
    """"The FOB/CIF trade deficit ... was 17 095,5 million euro, ..., when it stood at 15 845,1
    million euro": a level that continues the flow of an earlier one in its sentence is at
    that one's valuation."""
    for k, c in enumerate(claims):
        if c.kind != "amount" or "valuation" in c.extra or c.how.get("measure") != "continues-previous":
            continue
        p = None
        for j in range(k - 1, -1, -1):  # (back to the sentence's start only: claims are in text order)
            q = claims[j]
            if q.sentence != c.sentence:
                break
            if q.kind == "amount" and (q.measure, q.reporter, q.partner) == (c.measure, c.reporter, c.partner):
                p = q
                break
        if p is not None and p.extra.get("valuation") in (FOB_CIF, "FOB", "CIF"):
            c.extra["valuation"] = p.extra["valuation"]


def _valuation(s: Site) -> None:
    """The valuation a figure is stated at, where its clause names one: figures at
    different valuations are different quantities."""
    c, text = s.claim, s.text
    if c.kind != "amount" or c.measure not in ("exports", "imports", "balance", "trade_total"):
        return
    after = _VALUATION_AFTER.match(text[s.m.end:s.sent.end])
    found = list(_VALUATION.finditer(text, max(s.sent.start, s.prev_end), s.m.start))
    pos = s.prev_end
    while found and pos > s.sent.start and not text[pos:found[0].start()].strip(" \t(/"):
        # "goods worth N163.5 billion Free On Board (FOB) ..., made up of produce valued at
        # N72.8 billion": the words right after the figure before are its valuation
        pos = found.pop(0).end()
    found += list(_VALUATION.finditer(text, s.m.end, s.m.end + len(after.group(0)) + 1))
    if not found and (own := _VALUATION_RIGHT_AFTER.match(text, s.m.end)):
        found = [own]
    p = s.prev
    if not found and p is not None and p.kind == "amount" and p.extra.get("valuation") in ("FOB", "CIF") \
            and (p.extra.get("_valuation_of_whole") and _NEXT_LIST_ITEM.fullmatch(text, p.end, s.m.start)
                 or _composed_of_within_re().search(text, p.end, s.m.start)):
        # "goods worth N163.5 billion FOB passed through, made up of produce valued at N72.8
        # billion, minerals N39.6 billion and ...": the parts a figure is made of are at its valuation
        c.extra["valuation"] = p.extra["valuation"]
        c.extra["_valuation_of_whole"] = True
        return
    vals = ["CIF" if f["v"].lower().startswith(("c", "cost")) else "FOB" for f in found]
    if not vals and c.measure == "balance" and "mports" in text[s.sent.start:s.m.start]:
        imports_at = _IMPORTS_VALUED_AT.search(text, s.sent.start, s.m.start)
        if imports_at is not None:
            # "Calculated with imports in FOB prices, ..., the deficit was EUR 19,206.5 mln": the
            # balance of exports less imports at that valuation (exports are valued FOB), a
            # series apart from the FOB/CIF balance
            c.extra["valuation"] = "FOB" if imports_at["v"][:1].lower() in "f" else FOB_CIF
            return
    if c.measure == "balance" and set(vals) == {"FOB", "CIF"}:
        # "The FOB/CIF trade deficit": exports valued FOB less imports valued CIF (check/sums.py)
        c.extra["valuation"] = FOB_CIF
    elif vals:
        c.extra["valuation"] = vals[-1]


def _recording_basis(s: Site) -> None:
    """The basis a sentence's figures are recorded on (vocab/recording_bases.csv), where it
    names one only: figures on a customs basis and on a balance-of-payments basis are two
    series, like two valuations (a change too, so it keeps to its levels' series)."""
    column = column_basis(s.text, s.m.start) if in_table_row(s.text, s.m.start) else None
    found = frozenset([column]) if column else _sentence_bases(s.text, s.sent.start, s.sent.end)
    if not found and holds_any(s.text[s.sent.start:s.sent.end], _BASIS_NOUNS) and _BASIS_ANAPHOR.search(s.text, s.sent.start, s.sent.end):
        found = _basis_named_just_before(s.text, s.sent.start)
    if len(found) == 1 and "valuation" not in s.claim.extra:
        s.claim.extra["valuation"] = next(iter(found))


# "In that concept, the deficit is CZK 236 billion", "on this basis": the recording basis the
# sentence before named
_BASIS_ANAPHOR = re.compile(r"\b(?:that|this|the\s+latter|the\s+same)\s+(?:concept|basis|system|methodology|method)\b", re.I)
# (one of them is in any match of _BASIS_ANAPHOR: checked first, cheap)
_BASIS_NOUNS = ("concept", "basis", "system", "method")


def _basis_named_just_before(text: str, start: int) -> frozenset[str]:
    """The recording basis named last in the words of its paragraph just before `start`
    ("... in the national concept the picture differs. In that concept, ...")."""
    para = text.rfind("\n", 0, start) + 1
    last = None
    for x in _recording_basis_re().finditer(text, max(para, start - 400), start):
        last = x
    basis = _recording_bases().get(re.sub(r"[\s-]+", " ", last["b"]).lower()) if last else None
    return frozenset([basis]) if basis else frozenset()


@functools.lru_cache(maxsize=64)
def _sentence_bases(text: str, start: int, end: int) -> frozenset[str]:
    """The recording bases the sentence [start, end) names (once a sentence, not once a
    figure: keyed on the text, whose hash Python keeps)."""
    return frozenset(b for b in (_recording_bases().get(re.sub(r"[\s-]+", " ", x["b"]).lower())
                                 for x in _recording_basis_re().finditer(text, start, end)) if b)


@functools.cache
def _one_series_bases() -> frozenset[str]:
    """The bases that, named alone in a text, are its one series (recording_bases.csv, alone)."""
    return frozenset(r["basis"] for r in vocab.table("recording_bases") if r.get("alone") == "one_series")


@functools.cache
def _recording_bases() -> dict[str, str]:
    return {re.sub(r"[\s-]+", " ", r["phrase"]).lower(): r["basis"] for r in vocab.table("recording_bases")}


@functools.cache
def _recording_basis_re() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("recording_bases")], ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?P<b>{words})\b", re.I)


def _vintage(s: Site) -> None:
    """"the February figure was first reported at A$7.28 billion": an estimate since revised
    (vocab/vintage_cues.csv) is a quantity of its own, apart from the revised figure."""
    from .cues import replaced_estimate, replaced_then_revised, revised_to_from_re
    from .earlier_estimates import names_earlier_estimate, reported_base, superseded
    from .revision_sizes import replaced_after_size

    if s.claim.kind == "amount" and (_vintage_re().search(s.before)
                                     or (s.prev is not None and s.prev.kind == "amount" and revised_to_from_re().search(s.before))
                                     or replaced_estimate(s.text, s.sent.start, s.m.start, s.prev, s.gap)
                                     or replaced_then_revised(s.text, s.sent.start, s.m.start, s.after)
                                     or _vintage_after_re().match(s.after)):
        # ("was revised up to €0.6bn from €0.4bn": the replaced estimate after "from")
        s.claim.extra["vintage"] = "first estimate"
    elif s.claim.kind in ("amount", "percent_change") and _of_an_earlier_version(s.text, s.sent.start, s.m.start):
        s.claim.extra["vintage"] = "first estimate"
    elif s.claim.kind == "amount" and (names_earlier_estimate(s.text, s.before) or reported_base(s)):
        # ("The previous estimate of the April deficit was $68.9 billion": link/earlier_estimates.py)
        s.claim.extra["vintage"] = "first estimate"
    elif superseded(s):
        # ("released on 1 December as $8,804.70 million, has been revised to": link/earlier_estimates.superseded)
        s.claim.extra["vintage"] = "first estimate"
    elif s.claim.kind == "amount" and replaced_after_size(s.text, s.sent.start, s.m.start):
        # ("lowered the deficit by $8.2 billion, to $558.4 billion from $566.6 billion":
        # the estimate a revision's size moved away from, link/revision_sizes.py)
        s.claim.extra["vintage"] = "first estimate"


def _own_estimate(s: Site) -> None:
    """"In my note last spring I guessed $40bn": a figure the writer gives as an earlier
    estimate of their own (vocab/own_estimate_cues.csv) is of its own vintage, not a second
    statement of the published figure it came before."""
    if s.claim.kind in ("amount", "percent_change") and not s.claim.extra.get("vintage") \
            and any(e <= s.m.start and not _OWN_ESTIMATE_CLAUSE_END.search(s.text, e, s.m.start)
                    for e in _own_estimate_ends(s.text, s.sent.start, s.sent.end)):
        s.claim.extra["vintage"] = "earlier estimate"


# the end of the writer's estimate's clause: "I guessed $40bn, but it came in at $44bn"
_OWN_ESTIMATE_CLAUSE_END = re.compile(r"[;:]|\b(?:but|while|whereas|though|although|yet)\b", re.I)


@functools.lru_cache(maxsize=64)
def _own_estimate_ends(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where the sentence's own-estimate cues end (found once a sentence, not once a figure)."""
    words = text[start:end]
    if "I " not in words and "I'" not in words and "my " not in words and "My " not in words:
        return ()  # (cheap: every cue opens with "I" or "my")
    return tuple(x.end() for x in _own_estimate_re().finditer(text, start, end))


@functools.cache
def _own_estimate_re() -> re.Pattern:
    words = vocab.alternation(vocab.own_estimate_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


def _of_an_earlier_version(text: str, start: int, at: int) -> bool:
    """Whether the figure at `at` is one the piece gave when first published ("When we first
    published this article, the figures showed exports of $4.1bn, up 3%", vocab/
    earlier_version_openers.csv): the words before it in its clause of the sentence from `start`."""
    head = text[start:at].lower()
    if "first" not in head and "original" not in head:
        return False  # (cheap: every opener says "first" or "original")
    return any(";" not in text[x.end():at] for x in _earlier_version_re().finditer(text, start, at))


@functools.cache
def _earlier_version_re() -> re.Pattern:
    words = vocab.alternation(vocab.earlier_version_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


def _withdrawn(s: Site) -> None:
    """"An earlier version of this article misstated the May trade surplus as $85.6 billion":
    a figure a correction takes back (vocab/correction_cues.csv) is no statement of the text;
    kept apart as a vintage of its own, it is checked against nothing."""
    if s.claim.kind in ("amount", "percent_change") and (_withdrawn_by_cue(s.text, s.sent.start, s.sent.end, s.m.start)
                                                         or _corrected_next(s.text, s.sent.end, s.claim.kind)):
        s.claim.extra["vintage"] = "withdrawn"
    elif s.claim.kind in ("amount", "percent_change", "share", "multiple") \
            and any(a <= s.m.start < b for a, b in _withdrawn_answers(s.text)):
        s.claim.extra["vintage"] = "withdrawn"


@functools.lru_cache(maxsize=8)
def _withdrawn_answers(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each answer a written correction takes back: from a line that opens
    with a withdrawn label ("The answer previously given was:") to the next line that opens
    with a replacement label ("The correct answer should have been:", vocab/
    withdrawn_answer_labels.csv). Without the replacement label after it, nothing."""
    low = text[:20000].lower()
    if "answer" not in low or ("previously" not in low and "original" not in low and "given" not in low):
        return ()  # (cheap: every withdrawn label says "answer" and one of these)
    withdrawn, replacement = _withdrawn_answer_res()
    out = []
    for w in withdrawn.finditer(text):
        r = replacement.search(text, w.end())
        if r is not None and not any(a <= w.start() < b for a, b in out):
            out.append((w.end(), r.start()))
    return tuple(out)


@functools.cache
def _withdrawn_answer_res() -> tuple[re.Pattern, re.Pattern]:
    def label(place: str) -> re.Pattern:
        words = vocab.alternation(vocab.withdrawn_answer_labels(place), ignore_case=True, space=r"[^\S\n]+")
        return re.compile(rf"^[^\S\n]*(?:{words})[^\S\n]*(?::|$)", re.I | re.M)
    return label("withdrawn"), label("replacement")


def _corrected_next(text: str, end: int, kind: str) -> bool:
    """Whether the sentence after the one ending at `end` opens by giving the right figure
    for one this sentence stated ("A report said coffee exports rose by $71m. That should have
    said $17m.", vocab/corrected_openers.csv), a figure of `kind`'s sort (money, or a
    percentage): the sentence's figures of that sort are taken back."""
    head = text[end:end + 60].lower()
    if "should" not in head and "correct" not in head and "right" not in head:
        return False  # (cheap: most sentences are followed by no correction)
    m = _corrected_opener_re().match(text, end)
    if m is None:
        return False
    percent = _PERCENT_FIGURE.match(text, m.end()) is not None
    return percent == (kind == "percent_change")


# a percentage right after the words that give it ("That should have said 8.1%")
_PERCENT_FIGURE = re.compile(r"\s*(?:about\s+|some\s+)?[+-]?\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)", re.I)


# the fields a corrected figure takes from the one it replaces
_CORRECTED_FIELDS = ("measure", "reporter", "partner", "period", "base_period", "commodity", "scope")
# (and the attributions of their readings: reporter and partner are one, the pair)
_CORRECTED_HOW = ("measure", "pair", "period", "base_period", "commodity")


def _corrected_figures(text: str, sents, claims: list[Claim]) -> None:
    """"A report on 3 May said coffee exports fell by $71m in April. That should have said
    $17m.": the right figure, after the words that give it (vocab/corrected_openers.csv),
    is the withdrawn one's quantity (its flow, pair, period, product, and a change stays a
    change), so it is checked against the text's levels; the withdrawn one stays out of
    every check. Read only where the sentence before took back as many figures of the sort
    as the correction gives (which of several one figure replaces, the words do not say)."""
    for k, c in enumerate(claims):
        if c.kind not in ("amount", "percent_change") or c.extra.get("vintage") or c.sentence < 1 \
                or (k and claims[k - 1].sentence == c.sentence):
            continue  # (the sentence's first figure; its others are read with it below)
        start = sents[c.sentence].start
        head = text[start:c.start].lower()
        if "should" not in head and "correct" not in head and "right" not in head:
            continue  # (cheap: most sentences give no correction)
        m = _corrected_opener_re().match(text, start)
        if m is None or not re.fullmatch(r"[\s:]*(?:about\s+|some\s+)?", text[m.end():c.start]):
            continue
        given = [x for x in claims[k:] if x.sentence == c.sentence and x.kind == c.kind and not x.extra.get("vintage")]
        taken = [x for x in claims[:k] if x.sentence == c.sentence - 1 and x.kind == c.kind
                 and x.extra.get("vintage") == "withdrawn"]
        if not taken or len(given) != len(taken):
            continue
        for new, old in zip(given, taken):
            for f in _CORRECTED_FIELDS:
                setattr(new, f, getattr(old, f))
            for f in ("change_of", "change_sign", "change_base"):
                new.extra.pop(f, None)
                if f in old.extra:
                    new.extra[f] = old.extra[f]
            for f in _CORRECTED_HOW:
                if f in old.how:
                    # (what the withdrawn figure's reading rested on, the right one's rests on)
                    _set(new, f, "corrected-figure", old.basis.get(f, "context"))
            new.readings = [dict(r) for r in old.readings]


@functools.cache
def _corrected_opener_re() -> re.Pattern:
    words = vocab.alternation(vocab.corrected_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"[\s\"'”’)\]]*(?:{words})\b\s*:?", re.I)


def _asked(s: Site) -> None:
    """"the trade deficit with China crossed 100 billion dollars last year, didn't it?": a
    figure in a question is the asker's premise, not a statement of the text; kept apart as
    a vintage of its own, it is never set against the answer's figures."""
    if s.claim.kind in ("amount", "percent_change", "share", "multiple") and "?" in s.text[s.m.end:s.sent.end] \
            and _QUESTION_END.search(s.text, s.sent.start, s.sent.end) and not _affirmed(s):
        s.claim.extra.setdefault("vintage", "asked")


def _affirmed(s: Site) -> bool:
    """"HOST: So a surplus of, what, 124 billion? / GUEST: 124 billion, yes.": the next turn
    opens by affirming the asked figure (its number again, or an assent word alone, then
    nothing more), so the text states it (vocab/assent_cues.csv)."""
    if "\n" not in s.text[s.sent.end:s.sent.end + 3]:
        return False  # (only a new turn answers: the question ends its line; checked first, cheap)
    turn = _NEXT_LINE.match(s.text, s.sent.end)
    label = SPEAKER_LABEL.match(s.text, turn.end()) if turn else None
    if label is None:
        return False
    start = label.end()
    figure = re.escape(s.text[s.m.start:s.m.end])
    return bool(_assent_re(figure).match(s.text, start))


_NEXT_LINE = re.compile(r"[ \t]*\n\s*")


@functools.lru_cache(maxsize=64)
def _assent_re(figure: str) -> re.Pattern:
    cues = vocab.alternation(vocab.assent_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{figure}[\s,.;-]*)?(?:{cues})\b[\s,.!]*(?:$|\n)", re.I)


# (the sentence ends on its question mark, before any closing quote or bracket)
_QUESTION_END = re.compile(r"\?[\s\"'”’)\]]*$")


def _withdrawn_by_cue(text: str, start: int, end: int, at: int) -> bool:
    """Whether a correction cue stands before `at` in its clause of the sentence [start, end)
    (the whole clause, not the few words before the figure: "an earlier version of this
    article said the euro area's trade surplus was €17.3 bn" puts the cue far back; the
    clause stops at ";", so "...; it was €15.0 bn" is the text's own figure again)."""
    return any(e <= at and ";" not in text[e:at] for e in _correction_cue_ends(text, start, end))


@functools.lru_cache(maxsize=64)
def _correction_cue_ends(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where the sentence's correction cues end (found once a sentence, not once a figure)."""
    return tuple(x.end() for x in _correction_re().finditer(text, start, end))


@functools.cache
def _correction_re() -> re.Pattern:
    cues = vocab.alternation(vocab.correction_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\b", re.I)


@functools.cache
def _vintage_after_re() -> re.Pattern:
    # "revised from the deficit of $2.0 billion originally reported": the cue right after
    # the figure (vocab/vintage_cues.csv) makes it the estimate since replaced
    cues = vocab.alternation(vocab.vintage_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s+(?:{cues})\b", re.I)


@functools.cache
def _vintage_re() -> re.Pattern:
    # (what was put at the figure may stand between: "first put the March deficit at"; a cue
    # that ends in "from" needs no "at": "was revised down from $69.4 billion")
    cues = vocab.alternation(vocab.vintage_cues(), ignore_case=True, space=r"\s+")
    # (a "from" may name the estimate first: "was revised from the preliminary figure of
    # $61.2 billion", vocab/estimate_nouns.csv, or the quantity: "from the preliminary
    # deficit of R0.86 billion")
    noun = vocab.alternation(vocab.estimate_nouns(), ignore_case=True)
    # (or a year and what was put: "had projected 2025 exports at")
    return re.compile(rf"\b(?:{cues})(?:(?:\s+the\s+[^,;.$€£¥\d]{{1,40}}?|\s+(?:19|20)\d\d\s+[^,;.$€£¥\d]{{1,30}}?)?\s+(?:at|as|to\s+be)"
                      rf"|(?<=from)(?:\s+(?:the|an?|its)\s+(?:[\w-]+\s+){{0,2}}?(?:(?:{noun})s?|[\w-]+)\s+of)?)\s+{HEDGE}$", re.I)


def _labelled_bracket(text: str, resolved: list, start: int, end: int) -> bool:
    """Whether only a bracket opened with a period label ("(2022: ", "(Q2: ") stands
    between two figures (see extract.periods._bracket_labels)."""
    return any(pm.args.get("label") and start <= pm.start and pm.end <= end
               and re.fullmatch(r"\s*\(\s*", text[start:pm.start]) and re.fullmatch(r"\s*:\s*", text[pm.end:end])
               for pm, _, _ in resolved)


_TRADE_VOLUME = re.compile(r"\btrade\s+volumes?\b", re.I)
_MONEY_SIGN = re.compile(r"[$€£¥]|\b[A-Z]{3}\s*\d|\d[\d.,]*\s*(?:(?:million|billion|trillion|bn|mn|m)\s+)?(?:dollars|euros?|yuan|rupees?)\b", re.I)


def _volume_set_against_value(text: str, sent, m: Mention, clause_before: str, after: str) -> bool:
    """A change of "trade volume" is money as often as not ("the trade volume rose 20% to
    $5 billion"); it is the quantity when its clause gives it no money level and the
    sentence names the value apart ("World merchandise trade volume grew 2.9% in 2024, while
    the dollar value of world merchandise exports rose 2%", vocab/value_words.csv), or when
    the sentence opens on a volume cue ("In volume terms, exports rose 3.1%",
    vocab/volume_cues.csv)."""
    own = _own_clause_after(after)
    if _MONEY_SIGN.search(own):
        return False
    if _opened_on_volume(text, sent, m):
        return True
    if not _TRADE_VOLUME.search(clause_before):
        return False
    rest = text[sent.start:m.start - len(clause_before)] + after[len(own):] + text[m.end + len(after):sent.end]
    return bool(_value_word_re().search(rest))


def _own_clause_after(after: str) -> str:
    """The words after a figure up to the next clause ("in 2024, while ..." -> "in 2024")."""
    end = _clause_end_re().search(after)
    return after[:end.start()] if end else after


@functools.cache
def _clause_end_re() -> re.Pattern:
    openers = vocab.alternation(sorted(vocab.clause_openers()), ignore_case=True)
    return re.compile(rf"[;:]|,?\s+\b(?:{openers})\b", re.I)


@functools.cache
def _value_word_re() -> re.Pattern:
    return re.compile(rf"\b(?:{vocab.alternation(vocab.value_words(), ignore_case=True)})\b", re.I)


def _opened_on_volume(text: str, sent, m: Mention) -> bool:
    """Whether the figure's sentence opens on a volume cue or label that no value word
    follows before the figure ("In real (or volume) terms, exports increased 1.4%, while
    imports edged down 0.1%", "- Volumes: exports -0.8%, imports -1.3%"): every change of
    the sentence is a quantity's, not a money value's."""
    opener = _volume_opener_re().match(text, sent.start, m.start)
    return bool(opener) and not _value_word_re().search(text, opener.end(), m.start)


@functools.cache
def _volume_opener_re() -> re.Pattern:
    """A sentence (or a bullet) opened by a volume cue ("In volume terms, ...", "By weight,
    ...", vocab/volume_cues.csv) or a real-terms label (vocab/real_terms_labels.csv) before a
    comma or colon ("Volumes: exports -0.8%", "In real terms, ...")."""
    cues = vocab.alternation(vocab.volume_cues() + vocab.real_terms_labels(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:[-•*▪]\s+)?(?:{cues})\s*[,:]", re.I)


def _of_a_quantity(text: str, sent, m: Mention, prev_end: int, amounts: list | None = None) -> bool:
    """A percentage or multiple of a physical quantity, no relation between money figures:
    "83.7 million tonnes of coal, up 20.3 percent", "73.5 percent of the volume"; with the
    sentence's money figures `amounts` given, a share of an unnamed total in a sentence of
    quantities alone ("...; together the big three accounted for 86% of the national total")."""
    if m.kind == "amount":
        return False
    # ("shipped 1,962 million pounds of shrimp between January and September 2024, 3.2% more":
    # the quantity and its words may take more than 60 characters)
    before = text[max(prev_end, sent.start, m.start - 90):m.start]
    after = text[m.end:min(sent.end, m.end + 80)]
    if measures_a_quantity(before, after) or measures_pounds_of_weight(text, m.start, m.end, before, after):
        return True
    if m.kind == "percent" and amounts is not None and share_of_an_elided_count(
            text[sent.start:m.start], [(a.start, a.end) for a in amounts], sent.start):
        return True
    if amounts == [] and m.kind == "percent" and changes_a_moneyless_quantity(text[sent.start:m.start], after):
        return True
    return (amounts == [] and m.kind == "percent" and " total" in after  # (cheap conditions first)
            and shares_quantities(text[sent.start:m.start], after))



# ", but fell 14.0 percent": a contrast word right before a change word, the change's figure
# after it (and "by", a hedge)
_CONTRAST_THEN_VERB = re.compile(rf"[^;]*,\s*(?:but|while|whereas)\s+(?P<verb>[a-z]+)\s+(?:by\s+)?{HEDGE}$")


def _subject_left_out_after_contrast(gap: str) -> bool:
    """Whether the clause after a contrast word opens on its change word, its subject left
    out ("ICT exports rose 11.1 percent on-year to $126.5 billion in the first half, but fell
    14.0 percent"): the subject is the one before, its product too."""
    m = _CONTRAST_THEN_VERB.match(gap)
    return m is not None and m.group("verb").lower() in vocab.changes()


@functools.cache
def _running_total_re() -> re.Pattern:
    """"$1.9 billion in March ..., bringing first-quarter shipments to $5.6 billion": the
    flow a figure adds to, in a clause of a raise verb's -ing form (vocab/raise_to_cues.csv),
    is the same product's, over a longer period; not a total ("and re-exports to JD 520
    million, bringing total exports to JD 6.15 billion": the whole of all products)."""
    verbs = raising_verbs()
    return re.compile(rf",\s+(?:{verbs})\s+(?:the\s+|its\s+)?(?:(?!(?:total|overall|all)\b)[\w-]+\s+){{0,2}}?(?:exports|imports|shipments|sales)\s+to\s+{HEDGE}$", re.I)


def _change_after_its_goods(gap: str) -> bool:
    """"bought $33.7 billion of U.S. farm goods, down 11.5% from", "spent Nu 13.62 bn on
    importing fuel in 2022, up 62% from": the change of the figure whose goods (and their
    year) come between (not one of a flow the goods' words might name)."""
    goods = OF_GOODS_THEN_CHANGE.match(gap) or _bought_goods_then_change(gap)
    if not goods or re.search(r"\b(?:while|whereas|but|which|that|who)\b", goods.group(0), re.I):
        return False
    return CONTINUE_CHANGE.match(gap[goods.end():]) is not None


# the goods a gerund of buying names, up to the comma: words, no figure but a year ("fuel in 2022")
_GOODS_UP_TO_COMMA = re.compile(r"(?:[^,;:()$€£¥%\d]|(?<!\d)(?:19|20)\d\d(?!\d)){1,40}?(?=,)")


def _bought_goods_then_change(gap: str) -> re.Match | None:
    """The gerund of buying or selling and its goods at the start of `gap` ("on importing
    fuel in 2022"), the figure's own goods (link/commodities.py GOODS_BOUGHT_AFTER)."""
    gerund = GOODS_BOUGHT_AFTER.match(gap)
    return _GOODS_UP_TO_COMMA.match(gap, gerund.end()) if gerund else None


def _describes_previous(text: str, gap: str, p: Claim, m: Mention, ms) -> bool:
    """"a record of US$ 339 billion that year, 35% more than in 2020", "US$ 14 billion in 2021,
    the highest in seven years, 46% more than in 2020": a change that comes after a figure,
    with only words about that figure between, is the change of that figure."""
    if not gap.rstrip().endswith(",") or len(gap) > 70 or re.search(r"[;:$€£¥%]|\b(?:while|whereas|but|and)\b", gap):
        return False
    return not any(p.end <= x.start < m.start for x in ms["flow"] + ms["country"] + ms["commodity"])


def _set(c: Claim, field: str, rule: str, basis: str) -> None:
    c.how[field] = rule
    c.basis[field] = basis


def _whole_split_with_its_complement(text: str, sents: list, claims: list[Claim]) -> None:
    """"The UK exported £860.2 billion in 2025. Of that, £358.4 billion went to the EU and
    £501.8 billion to countries outside it": a sentence that opens by taking the figure before
    as a whole (vocab/split_openers.csv) and splits it into a partner's part and the part of
    every partner but that one is splitting the reporter's flow with the world; the whole,
    whose partner was only carried from earlier sentences, is with the world."""
    prev_amount: Claim | None = None
    for k, c in enumerate(claims):
        if c.kind != "amount":
            continue
        whole, prev_amount = prev_amount, c
        if whole is None or whole.sentence != c.sentence - 1 or whole.how.get("pair") in ("named-partner", "two-named"):
            continue
        if whole.partner in (None, "WLD"):
            continue
        if _split_opener_re().match(text, sents[c.sentence].start) is None:
            continue
        parts = []
        for p in claims[k:]:
            if p.sentence != c.sentence:
                break
            if p.kind == "amount":
                parts.append(p)
        rest = f"other than {whole.partner}"
        if not any(p.partner == whole.partner for p in parts) or not any(p.extra.get("partner_group") == rest for p in parts):
            continue
        if all(p.measure == whole.measure and p.reporter == whole.reporter and p.period == whole.period for p in parts):
            whole.partner = "WLD"


@functools.cache
def _split_opener_re() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("split_openers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*{words}\s*,", re.I)


def _state_after_refuted(claim: Claim, state) -> None:
    """"The senator said the trade deficit with China hit a record $500 billion. Official data
    show it was $295.4 billion": a figure the text refutes is no fact, but its words named the
    balance the text goes on about (its pair and its sign), which the next figure restates.
    So with a flow: "What was claimed: exports to Japan rose by a quarter. Our verdict:
    Incorrect. They rose by about a tenth" (the flow the claim named)."""
    state.reporter, state.partner = claim.reporter, claim.partner
    state.measure = claim.extra.get("_refuted_flow", "balance")
    if "_refuted_balance" in claim.extra:
        state.balance_sign = claim.extra["_refuted_balance"]
    state.pair_how = "context"


def _decide_measure(s: Site) -> None:
    c = s.claim
    (measure, flow, sign), name, basis, _ = decide(MEASURE_RULES, s)
    c.measure, s.flow, s.sign = measure, flow, sign
    _set(c, "measure", name, basis)
    if name == "both-flows":
        c.extra["_also_measures"] = [s.extra["also_flow"].attrs["measure"]]
    if name == "balance-contribution" and not c.scope:
        # ("net exports subtracted ¥7trn from output": the national accounts' balance, of goods
        # and services; so "Imports of goods and services were ¥129trn" is one of its terms)
        c.scope = "goods and services"
    if name == "restates-previous" and s.prev is not None and s.prev.extra.get("change_of"):
        # "up 40 million NZ dollars (27.27 million U.S. dollars)": the same change, converted
        for k in ("change_of", "change_sign", "change_base", "_magnitude_direction"):
            if k in s.prev.extra:
                c.extra[k] = s.prev.extra[k]
    if c.measure == "balance" and sign and flow is not None:
        # the word that gives the balance its sign is part of what the claim rests on
        c.extra["_sign_span"] = [flow.start, flow.end]
    refuted = refuted_figure(s)
    if refuted is not None:
        # (before the rate below: '"We are importing $600 billion a year"' is refuted whole)
        c.extra.update(refuted.value)
        if measure == "balance" and name == "flow-word" and sign:
            c.extra["_refuted_balance"] = sign  # (what the refuted figure spoke of: see _state_after_refuted)
        elif measure in ("exports", "imports", "trade_total") and name == "flow-word":
            c.extra["_refuted_flow"] = measure
        c.measure = "other"
        _set(c, "measure", refuted_figure.name, refuted_figure.basis)
    per, settled = rate_of(s, flow)
    if per is None and s.kind == "amount" and s.prev is not None and s.prev.extra.get("per") \
            and s.prev.sentence == c.sentence and _against_level_re().match(s.gap):
        # "exports averaged $560 million a month in 2023, compared with more than $610
        # million in 2022": the figure set against a rate is the same rate's earlier level
        per = s.prev.extra["per"]
    if per is not None:
        c.extra["per"] = per
    if settled:
        return
    for r in OTHER_RULES:
        d = r.fn(s)  # (not through r's __call__: a call more for each of some twenty rules a claim)
        if d is not None:
            c.extra.update(d.value)
            c.measure = "other"
            _set(c, "measure", r.name, d.basis or r.basis)
            break
    if c.measure == "balance" and s.sign:
        c.extra["_balance_sign"] = s.sign
    if s.kind == "amount":
        dv = DIRECTION_TO.search(s.before)
        if dv:
            w = dv["w"].lower()
            off = s.m.start - len(s.before) + dv.start("w")
            c.extra["_dir"] = (vocab.changes().get(w, 1), [off, off + len(dv["w"])], dv["w"])
        p = s.prev
        if "_dir" not in c.extra and s.restated and p is not None and "_dir" in p.extra:
            # "narrowed to 397.8 billion shillings (about 2.68 billion U.S. dollars) from 2.89
            # billion dollars": the restatement moved the same way
            c.extra["_dir"] = p.extra["_dir"]
        # the two levels of a change, for the change that may follow them
        if s.continued and p is not None and p.kind == "amount":
            if CONTINUE_FROM.match(s.gap):
                c.extra["_earlier_of"] = p
            elif CONTINUE_TO.match(s.gap):
                c.extra["_later_of"] = p
        if p is not None and p.kind == "amount" and "_earlier_of" not in c.extra and "_later_of" not in c.extra \
                and p.sentence == c.sentence and _against_level_re().match(s.gap):
            # "402,6 billion FCFA against 365,9 billion FCFA in February 2025, an increase of
            # 10,0%": the figure set against the one before is its earlier level (the change
            # after them dates its base by it, when the two periods differ)
            c.extra["_earlier_of"] = p


@functools.cache
def _against_level_re() -> re.Pattern:
    """The gap between two figures that sets the second against the first (vocab/
    against_level_cues.csv), perhaps after the first one's period ("in March 2025, against");
    no flow word or figure between, so "exports of X, against imports of Y" is no pair of levels.
    (The first figure may be the restatement closing a bracket: "were USD 9.1 billion (Rs
    75,600 crore), as compared to USD 8.7 billion in May 2022".)"""
    cues = vocab.alternation(vocab.against_level_cues(), ignore_case=True, space=r"\s+")
    # ("£176bn last year at 2019 prices, according to ONS data, against £194bn in 2019": the
    # first one's words, then an aside on where it comes from, up to a comma; no flow word,
    # clause word or figure but a year in them)
    words = r"(?:(?!\b(?:exports?|imports?|trade|surplus|deficit|balance|while|whereas|but|and)\b)[^$€£¥\d;:.%]|(?<!\d)(?:19|20)\d\d(?!\d)){0,160}?,"
    # ("US$ 610 million, as against 2.1 lakh tonnes valued at US$ 540 million": the
    # earlier quantity and "valued at" between the cue and the earlier value)
    units = vocab.physical_unit_pattern()
    quantity = rf"(?:\d[\d.,]*\s*(?:[a-z]+\s+)?{units},?\s+(?:worth|valued\s+at)\s+)?"
    # (a fiscal year too: "in 2022-23 as against")
    return re.compile(rf"^(?:\s+(?:in|for|during|over)\s+(?:[A-Za-z]+\s+){{0,3}}?(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?|{words})?\s*\)?\s*,?\s*(?:{cues})\s+{quantity}{HEDGE}$", re.I)


# ", according to the statistics bureau's balance of payments data, up 31% from": an aside on
# where a figure comes from; the place and flow words in it name the source, not a new flow
_SOURCE_ASIDE = re.compile(r",\s*according\s+to\s+[^,;.]{1,120},", re.I)


def _in_source_aside(gap: str, gap_start: int, x) -> bool:
    """Whether mention x lies inside an ", according to ...," aside of the gap (from gap_start)."""
    if "according" not in gap:
        return False
    return any(gap_start + a.start() <= x.start < gap_start + a.end() for a in _SOURCE_ASIDE.finditer(gap))


def _link_levels(s: Site) -> None:
    """Ties between a figure and the ones before it that need its value and currency: its
    restatement in another currency, and the earlier level a direction word compares with."""
    c, p = s.claim, s.prev
    if s.kind != "amount":
        return
    if s.restated and p is not None and p.kind == "amount":
        c.extra["_restates"] = p
        p.extra.setdefault("_restated_by", []).append(c)
    if s.continued and p is not None and p.kind == "amount" and CONTINUE_FROM.match(s.gap):
        # "narrowed to 779 million NZ dollars (531.04 million U.S. dollars) from a deficit
        # of 283 million NZ dollars": the earlier level of the figure in its currency
        q = p
        while q is not None and not ("_dir" in q.extra and "_dir_base" not in q.extra and q.currency == c.currency):
            q = q.extra.get("_restates")
        if q is not None:
            q.extra["_dir_base"] = c
            c.extra["_base_of"] = q
    if s.restated and p is not None and p.extra.get("_base_of") is not None:
        # "... (192.92 million U.S. dollars)": the earlier level again, beside the
        # restatement of the later one in the same currency
        for r in p.extra["_base_of"].extra.get("_restated_by", []):
            if r.currency == c.currency and "_dir" in r.extra and "_dir_base" not in r.extra:
                r.extra["_dir_base"] = c


def _mark_month_part(c: Claim, s: Site, evidence, basis, rule_name: str) -> None:
    """A figure dated by part of a month ("in the third week of May", "so far in May") is
    that part's, not the month's: the checks keep it apart from the month's figures
    (check/system.py reads `period_part` as a series). So is a figure dated by no words of
    its own to the period of the last one dated in words, when that one was of a part, and
    the earlier level of a comparison ("$39.8 billion in the Dec. 1-20 period, compared with
    $37.48 billion a year ago": the same days a year before)."""
    if rule_name == "comparison-year-before":
        ref = compared_figure(s)
        part = ref.extra.get("period_part") if ref is not None else None
        if part:
            c.extra["period_part"] = part
        return  # (a year back is a digression: the text's own part stays the one carried)
    if not evidence:
        carried = s.state.dated_part
        if carried is not None and carried[1] and c.period == carried[0]:
            c.extra["period_part"] = carried[1]
        return
    if s.prev is not None and (s.prev.start, s.prev.end) == tuple(evidence):
        part = s.prev.extra.get("period_part")  # ("fell 6.0 percent to US$34.3 billion": the change's)
        if part:
            c.extra["period_part"] = part
        return
    part = next((pm.args.get("part") for pm, _, _ in s.resolved if (pm.start, pm.end) == tuple(evidence)), None)
    if part:
        c.extra["period_part"] = part
    if basis == "text":
        s.state.dated_part = (c.period, part)


def _share_of_the_sentence_flow(s: Site, p: Claim | None) -> bool:
    """Whether a share read with the discourse's flow follows, in its sentence, a figure of the
    same pair whose flow a verb or flow word gave (no other flow word between)."""
    c = s.claim
    return (p is not None and c.how.get("measure") == "discourse" and p.sentence == c.sentence
            and p.measure in ("exports", "imports") and p.how.get("measure") in ("perspective-verb", "continues-previous", "flow-word")
            and (p.reporter, p.partner) == (c.reporter, c.partner) and c.partner not in (None, "WLD")
            and not any(p.end <= f.start < s.m.start for f in s.ms["flow"]))


def _share_of_a_turned_amount(s: Site, p: Claim | None) -> bool:
    """"China ... imported 106.9 billion baht worth of Thai durian, accounting for 96.7% of the
    total": a share after an amount whose flow word, read from the other side, the amount's
    goods turned (link/pairs.py `perspective`), with that same flow word and no other between,
    is of the amount's flow."""
    c, flow = s.claim, s.flow
    return (p is not None and p.kind == "amount" and p.sentence == c.sentence and p.how.get("measure") == "perspective-verb"
            and c.how.get("measure") == "flow-word" and flow is not None and flow.end <= p.start and p.measure != c.measure
            and (p.reporter, p.partner) == (c.reporter, c.partner)
            and not any(p.end <= f.start < s.m.start for f in s.ms["flow"]))


def _change_of_a_bought_amount(s: Site, p: Claim | None) -> bool:
    """A change set right after an amount (", a 7.6 percent drop") whose measure the buy/sell
    verb before that amount set from a partner's side."""
    flow = s.flow
    return (p is not None and p.kind == "amount" and p.how.get("measure") == "perspective-verb"
            and flow is not None and flow.end <= p.start and _bought_amount_then_change().fullmatch(s.gap or "") is not None)


@functools.cache
def _bought_amount_then_change() -> re.Pattern:
    """The words between a bought amount and its change: ", a ", or the rest of the clause
    and a change word ("took N1.91 trillion of Nigerian goods in Q2 2024, up 38.4 per cent")."""
    change = vocab.alternation(vocab.changes(), ignore_case=True)
    return re.compile(rf"(?:\s+[^,.;:]{{1,50}}?)?,\s+(?:an?\s+|(?:{change})\s+(?:by\s+)?)?", re.I)


@functools.cache
def _made_of_before_re() -> re.Pattern:
    # a word of what a figure is made of right before the first part ("The figure comprised ")
    words = vocab.alternation([w for w in vocab.composition_cues() if w != "plus"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:about\s+|some\s+|around\s+)?$", re.I)


# from one part dated by its period to the next: " in the first quarter and ", " in Q1, "
_NEXT_PART_GAP = re.compile(r"\s+(?:in|during|for)\s+(?:the\s+)?[^,;.:$€£¥\d]{1,30}?\d{0,4}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:about\s+|some\s+)?", re.I)


def _part_by_period(s: Site) -> bool:
    """Whether the amount is one of the parts a figure is said to be made of, each with its
    own period ("The figure comprised N1.52trn in the first quarter and N1.77trn in the
    second quarter"): the first right after the word of what it is made of
    (vocab/composition_cues.csv), the next right after the one before and its period."""
    p = s.prev
    if p is not None and p.extra.get("_period_part") and p.start >= s.sent.start:
        return _NEXT_PART_GAP.fullmatch(s.gap or "") is not None
    return _made_of_before_re().search(s.text, max(s.sent.start, s.prev_end, s.m.start - 40), s.m.start) is not None


def _decide_period(s: Site) -> None:
    c = s.claim
    per, name, basis, evidence = decide(PERIOD_RULES, s)
    if name in ("after-figure", "just-after-figure") and evidence and s.kind == "amount" \
            and EARLIER_LEVEL_BEFORE.search(s.text, max(s.sent.start, s.m.start - 40), s.m.start):
        # "against 26 bn in 2000": the date of an earlier level dates nothing else
        s.used_as_base.add(tuple(evidence))
    if (name in ("after-figure", "just-after-figure") and evidence and s.kind == "amount" and s.prev is not None
            and s.prev.kind in ("percent_change", "multiple")
            and re.fullmatch(r"\s+(?:(?:higher|lower|more|less)\s+)?(?:from|than|on|over|against)\s+(?:the\s+|a\s+)?(?:revised\s+)?", s.gap)):
        # "up 16.61 per cent from the N16.50tn recorded in Q2 2024 and 158.26 per cent higher
        # than ...": the date of the change's earlier level dates no later change
        s.used_as_base.add(tuple(evidence))
    if name in ("after-figure", "just-after-figure") and evidence and s.kind == "amount" and _part_by_period(s):
        # "The figure comprised N1.52trn in the first quarter and N1.77trn in the second
        # quarter, and represented 10.4 percent of ...": a part's own period dates nothing
        # else; the figure the parts make up (the half-year) stays what the text is on
        c.extra["_period_part"] = True
        s.used_as_base.add(tuple(evidence))
    if name in EARLIER_LEVEL_RULES and evidence:
        # the words that date an earlier level do not set the period the text is about
        c.extra["_earlier_evidence"] = evidence
        s.used_as_base.add(tuple(evidence))
    if name == "from-level-base":
        c.extra["_level_of"] = s.last_relation if s.last_relation is not None else s.prev  # (see _footing_unsaid)
    if name == "comparison-year-before" and s.prev is not None and s.prev.kind == "amount":
        c.extra.setdefault("_earlier_of", s.prev)  # "$3.5bn ..., against $5.0bn a year earlier"
    s.period = per
    c.period = P.fmt(per)
    _set(c, "period", name, basis)
    _twelve_months_to_the_month(s)
    _mark_month_part(c, s, evidence, basis, name)
    if c.how.get("measure") == "covered-by-a-measure" and basis == "context":
        # "tariffs on $250 billion in imports": the trade a policy covers is counted over
        # no period of the text's; the one in force would only be a guess
        c.period = None
        _set(c, "period", "undated-coverage", "context")
    if c.extra.get("comparison"):
        # "imports were 15 times exports", "3.7 times as much from China as from Vietnam":
        # two quantities of one period, no earlier time
        c.base_period = None
        _set(c, "base_period", "two-quantities-compared", "text")
    elif s.kind in ("multiple", "percent_change"):
        base, name, basis, _ = decide(BASE_RULES, s)
        c.base_period = P.fmt(base)
        _set(c, "base_period", name, basis)
        same = _same_months_of(per, base)
        if same is not None:
            base = same
            c.base_period = P.fmt(base)
            _set(c, "base_period", "same-months-of-year", basis)
        like = _like_the_base(per, base, c, basis)
        if like is not None:
            s.period = like
            c.period = P.fmt(like)
            _set(c, "period", "like-the-base", "context")
    if "change_of" in c.extra:
        c.extra["change_base"] = P.fmt(default_base(per, s.state)) if per else None
        if c.how.get("period") == "change-between":
            # ("increased from February to March by R14.7 billion": on February)
            c.extra["change_base"] = P.fmt(change_between_base(s).value)
        elif per and (than := base_after(s)) is not None:
            # ("the deficit was €310 million, €45 million less than in July": on July)
            c.extra["change_base"] = P.fmt(than.value)
        elif c.extra.get("_base_unsaid"):
            c.extra["change_base"] = None  # ("were £24.6 billion higher.": against a level not read)
        paired = c.extra.get("_paired_change")
        if paired is not None and paired.period:
            # "exports grew 10.7% (R14.9 billion)": the change in money is the percentage's
            c.period, c.extra["change_base"] = paired.period, paired.base_period
            _set(c, "period", "paired-change", paired.basis.get("period", "context"))


def _twelve_months_to_the_month(s: Site) -> None:
    """"In the first ten months of the year, exports reached $224.2 billion, while the
    annualized exports rose to $270.1 billion": an annualised or rolling figure is the twelve
    months ending in the month in hand, no part of the year so far (vocab/twelve_month_cues.csv)."""
    per = s.period
    if per is None or P.months(per) == 12:
        return
    if not _twelve_month_flow_re().search(s.text, s.prev_end, s.m.start):
        return
    s.period = (per[1] - 11, per[1])
    s.claim.period = P.fmt(s.period)
    _set(s.claim, "period", "twelve-months-to-month", s.claim.basis.get("period", "context"))


@functools.cache
def _twelve_month_flow_re() -> re.Pattern:
    cues = vocab.alternation(vocab.twelve_month_cues(), ignore_case=True, space=r"[\s-]+")
    flows = vocab.alternation(vocab.flows(), ignore_case=True, inline=True)
    return re.compile(rf"\b(?:{cues})\s+(?:[\w-]+\s+)?(?:{flows})(?![\w-])", re.I)


def _same_months_of(per, base):
    """"Imports dropped by 4.6 percent against 2019" said of the first half of 2020: the same
    months of 2019. A change set against a bare earlier year, for part of a later one,
    compares like with like."""
    if per is None or base is None or P.months(base) != 12 or base[0] % 12 != 0:
        return None
    if P.months(per) >= 12 or per[0] // 12 != per[1] // 12 or base[0] // 12 >= per[0] // 12:
        return None
    return P.shift(per, base[0] - (per[0] - per[0] % 12))


def _like_the_base(per, base, c: Claim, base_basis: str):
    """A change compares like with like: "7.95% above February 2022's R143.0 billion", in a
    paragraph about January-February 2023, is February 2023's change. When the period came
    from the discourse and the base, named in the text, is shorter, the period is the base's
    months moved on by whole years to the last that ends within it."""
    if per is None or base is None or c.basis.get("period") == "text" or base_basis == "guess":
        return None
    if P.months(base) >= P.months(per) or base[1] >= per[1]:
        return None
    like = base
    while P.shift(like, 12)[1] <= per[1]:
        like = P.shift(like, 12)
    if like == base:
        # no year later fits: a change on the period just before ("grew 10.7% from R139.4
        # billion in January", said of January-February) is about the part that ends it
        step = P.shift(base, P.months(base))
        like = step if step[1] == per[1] else base
    return like if like != base and P.contains(per, like) else None


@functools.lru_cache(maxsize=8)
def _places_named_alone(text: str) -> frozenset[str]:
    """The places a text names on their own, not only inside "intra-EU27" or "extra-EU": a
    bloc named so ("The EU recorded a surplus") is a place the text speaks of."""
    from ..extract import mentions as scan

    return frozenset(m.attrs["iso"] for m in scan.find_countries(text) if m.attrs.get("iso") and text[m.start - 1:m.start] != "-")


def _decide_pair(s: Site) -> None:
    c = s.claim
    value, name, basis, _ = decide(PAIR_RULES, s)
    rep, par = value[0], value[1]
    if len(value) > 2:  # the previous claim's pair, groups and all
        c.reporter, c.partner = rep, par
        c.extra.update(value[2])
    else:
        if name not in ("share-whole-owner", "world-total", "described-partner", "partners-named-before", "places-sharing-a-bracket", "total-row"):
            rep, par, basis = complete(s, rep, par, basis) if name not in ("share-of-country", "share-of-discourse") else (rep, par, basis)
            rep, par, moved = balance_owner(s, rep, par)
            if moved:
                name, basis = "balance-owner", "text"
        c.reporter, c.partner = _code(rep, c), _code(par, c, partner=True)
    _extra_group_reports(s)
    if c.reporter and c.extra.get("partner_group") == "other than " + c.reporter:
        # "Extra-EU exports" said of the EU: its trade with every place outside itself, which
        # is what its trade with the world means (as "the rest of the world" does)
        c.partner = "WLD"
        del c.extra["partner_group"]
        if s.ctx.main_reporter != c.reporter and not any(x.attrs.get("iso") == c.reporter for x in s.ms["country"]) \
                and c.reporter not in _places_named_alone(s.text):
            # ("Extra-EU27 trade amounted to ..." in a release that never names its country,
            # the bloc only carried from "intra-EU27 trade" before: whether the bloc or one of
            # its members reports is not said, so the pair is a guess; not where the text names
            # the bloc as a place of its own, "The EU recorded a surplus", under a dateline)
            basis = "guess"
    _set(c, "pair", name, basis)
    p = s.prev
    if name == "ranked-against":
        # the rival's figure is of the flow it is ranked against, whatever verb came before
        c.measure = p.measure
        _set(c, "measure", "ranked-against", "context")
    elif name in ("partner-ranked", "ranked-item") and p is not None and p.measure in ("exports", "imports", "trade_total") \
            and p.partner not in (None, "WLD") and not _ranked_with_own_flow(s):
        # "China remained the largest buyer ... with $5.25 billion, followed by the United
        # States with $2.02 billion": the places ranked after the first share its flow
        c.measure = p.measure
        _set(c, "measure", "ranked-after", "context")
    elif s.kind == "amount" and gapped_verb(s, s.prev):
        _set(c, "pair", "gapped-verb", "context")
        _set(c, "measure", "gapped-verb", "context")
    elif s.kind == "amount" and parallel_verb(s, s.prev):
        _set(c, "pair", "parallel-verb", "context")
        _set(c, "measure", "parallel-verb", "context")
    elif s.kind == "amount" and coordinated_verb(s, s.prev):
        _set(c, "pair", "coordinated-verb", "context")
        _set(c, "measure", "coordinated-verb", "context")
    elif s.kind == "amount" and c.how.get("pair") == "owner-before-whole":
        # ("of Peru's $13.7 billion in exports": the owner's own flow, the one named after
        # it, not the buying verb's)
        c.measure = owned_flow_measure(s) or c.measure
        _set(c, "measure", "owner-before-whole", "text")
    elif s.kind in ("amount", "share"):
        changed = perspective(s.text, s.sent, s.m, c, s.flow, s.state, s.ctx, s.ms["country"])
        if changed == "pair":
            _set(c, "pair", "perspective-verb", "context")
            _set(c, "measure", "perspective-verb", c.basis.get("measure", "text"))
        elif changed == "measure":
            _set(c, "measure", "perspective-verb", c.basis.get("measure", "text"))
    elif s.kind in ("percent_change", "multiple") and _change_of_a_bought_amount(s, p):
        # "Pakistan ... took 165.2 million kilos worth Sh67.3 billion, a 7.6 percent drop":
        # the change of the amount the buyer's verb gave, read from the same side
        c.measure, c.reporter, c.partner = p.measure, p.reporter, p.partner
        for key in ("reporter_group", "partner_group"):  # ("Africa as a whole took": the group too)
            c.extra.pop(key, None)
            if p.extra.get(key):
                c.extra[key] = p.extra[key]
        _set(c, "measure", "perspective-verb", p.basis.get("measure", "text"))
    if s.kind == "share" and _share_of_the_sentence_flow(s, p):
        # "China, which bought $33.7 billion of U.S. farm goods, ..., remained the top market
        # with an 18.9% share": a share with no flow word of its own, of the pair whose flow
        # the sentence's figures gave, is of that flow
        c.measure = p.measure
        _set(c, "measure", "sentence-flow", p.basis.get("measure", "text"))
    elif s.kind == "share" and _share_of_a_turned_amount(s, p):
        c.measure = p.measure
        _set(c, "measure", "perspective-verb", p.basis.get("measure", "text"))
    if c.how.get("measure") != "perspective-verb" and from_its_exporter(s):
        _set(c, "measure", "from-its-exporter", "text")
    if s.whole_of_share or name == "relative-clause":
        # (a relative clause about another place leaves the main clause's pair as it was)
        c.extra["_no_state"] = True
    if s.whole_after_of:
        c.extra["_whole_of_part"] = True


# "The average selling price was $79.0/b", "$132/t": a price per unit is no money the text
# is on, so the flow before it stays the discourse's ("Revenue was up 7.9%" next)
_UNIT_PRICE = re.compile(r"\s*(?:/\s*|per\s+)[a-z]", re.I)


def _ranked_with_own_flow(s: Site) -> bool:
    """"Saudi Arabia ranked fifth with total trade of $43.42 billion": the ranked place's
    figure names its own flow, whatever the place before it was ranked by."""
    return s.flow is not None and s.flow.start > s.prev_end \
        and re.search(r"\bwith\s+(?:[\w-]+\s+){0,2}$", s.text[s.sent.start:s.flow.start]) is not None


def _one_partners(c: Claim) -> bool:
    """A figure of one partner's trade (not the world's, nor a partner left unsaid)."""
    return c.partner not in (None, "WLD") and c.partner != c.reporter


_MUTUAL_TRADE = re.compile(r"\bmutual\s+trade\b", re.I)


def _mutual_in_bloc(s: Site) -> bool:
    """"Mutual trade of the union's members doubled": trade within a bloc; but "mutual trade
    between Kyrgyzstan and Kazakhstan" is two countries' trade with each other, checked as such."""
    c = s.claim
    clause = s.text[max(s.sent.start, s.prev_end):s.m.start]
    if "mutual" not in fold(clause) or not _MUTUAL_TRADE.search(clause):
        return False  # (the word checked first: cheap)
    blocs = {"WLD"} | {r["key"] for r in vocab.table("blocs")}
    two_countries = (c.reporter and c.partner and c.reporter != c.partner
                     and c.reporter not in blocs and c.partner not in blocs
                     and not c.extra.get("reporter_group") and not c.extra.get("partner_group"))
    return not two_countries


# right after a figure: it is a part of the figure before ("NOK 58.1 billion of this")
_OF_THE_FIGURE_BEFORE = re.compile(r"\s+of\s+(?:this|that|it)\b(?!\s+(?:year|month|quarter|week|period|total|figure)\b)", re.I)


# a multiple that sets the amount before it against the next: "worth €48.3 million, nearly
# double the €24.9 million earned in 2023"
_MULTIPLE_THE = re.compile(r"\s+(?:the|its|their)\s+(?:[a-z]+\s+)?", re.I)


def _compared_base_of_multiple(s: Site) -> bool:
    """Whether the amount is the level a multiple right before it ("double the") compares an
    amount earlier in the same sentence with: the multiple comes after that amount, with only
    its period, a comma and a hedge between."""
    p = s.prev
    if not _MULTIPLE_THE.fullmatch(s.gap) or p.sentence != s.claim.sentence:
        return False
    before = [a for a in s.ms.get("amount", []) if s.sent.start <= a.start and a.end <= p.start]
    return bool(before) and re.fullmatch(rf"[^.;%]{{0,60}}?,\s*{HEDGE}", s.text[before[-1].end:p.start], re.I) is not None \
        and any(s.sent.start <= x.start < before[-1].start for x in s.ms.get("commodity", []))  # (its product named in the sentence)


# after a verb of change, the product whose flow changed: "doubles electricity export
# revenue", "triples its chip exports"
_PRODUCT_AFTER_CHANGE = re.compile(r"\s+(?:its\s+|their\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:export|import)s?"
                                   r"(?:\s+(?:revenues?|earnings|receipts|value|sales|income|bill))?(?!\s*[-\w])", re.I)


def _product_after_change_verb(s: Site) -> str | None:
    """The product named right after a change stated as a verb ("doubles", "triples"), or None."""
    if not s.m.text[:1].isalpha() or not s.m.text.lower().endswith("s"):
        return None  # (a verb in the present: "doubles", "triples"; no "double the")
    mm = _PRODUCT_AFTER_CHANGE.match(s.text, s.m.end, s.sent.end)
    if mm is None or names_country_or_flow(mm["np"]):
        return None
    return unknown_product(mm["np"])


# between a multiple and the level it is of: " the 2021 figure of ", " its 2019 level of about "
_BASE_LEVEL_NAMED = re.compile(rf"\s+(?:the|its|their)\s+(?:19|20)\d\d\s+(?:figure|level|value|total|amount)\s+of\s+{HEDGE}", re.I)


def _own_product_after(s: Site, x) -> bool:
    """"exported A$136.9bn of iron ore in 2023-24, up 9.4% from A$125.1bn": the product right
    after the figure before is that figure's own (read as such), so it carries to the change
    and its base in the same clause rather than standing between them."""
    p = s.prev
    return (p.how.get("commodity") == "of-product" and x in s.ms["commodity"]
            and bool(re.fullmatch(r"\s+(?:worth\s+)?of\s+", s.text[s.prev_end:x.start])))


# "$1.0bn went to Brazil and $183mn to Argentina": after the figure before, its own partner;
# after this figure, a partner of its own in the same words
_OWN_PARTNER_LEAD = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:to|from)\s+(?:the\s+)?$")
_NEXT_PARTNER_LEAD = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:to|from)\s+")


def _split_by_partner(s: Site, x) -> bool:
    """"of which $1,031 million went to Brazil and $183 million to Argentina": a figure split
    by partner, the country between the figures the one before's own; the product carries."""
    if x in s.ms["country"] and _OF_WHICH_PLACE.fullmatch(s.text, s.prev_end, x.start) \
            and _PLACE_THEN_FIGURE.fullmatch(s.text, x.end, s.m.start):
        return True  # "CAD 1.4 billion, of which France CAD 310 million": the part from one partner
    return (x in s.ms["country"] and bool(_OWN_PARTNER_LEAD.fullmatch(s.text, s.prev_end, x.start))
            and bool(re.fullmatch(r"\s*,?\s*(?:and\s+)?", s.text[x.end:s.m.start]))
            and bool(_NEXT_PARTNER_LEAD.match(s.text, s.m.end))
            and any(0 <= y.start - s.m.end < 40 for y in s.ms["country"]))


# "..., of which France CAD 310 million", "of which the US: $2bn": a place right after "of
# which", then the figure
_OF_WHICH_PLACE = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s*,?\s*of\s+which\s+(?:the\s+)?", re.I)
_PLACE_THEN_FIGURE = re.compile(r"\s*:?\s*(?:about\s+|some\s+|nearly\s+|almost\s+)?")


_OF_THE_FIGURE_AFTER = re.compile(r"^\s+of\s+the\s+(?P<c>[a-z][\w-]*)\s+(?:figure|total)\b")
_INTRA_BLOC = re.compile(r"\b(?:within\s+the\s+(?:euro\s+area|EU|bloc|union|region|zone|grouping|community)|intra-[A-Za-z]+|intra\s+[A-Z]\w*|among\s+(?:the\s+)?(?:countries|members|member\s+states|states)\s+of|among\s+(?:the\s+)?[A-Z][\w-]+\s+(?:states|members|countries))\b", re.I)


# what may stand between a level and the change or base that runs on from it in one chain:
# a year, "up"/"down", "from" (no clause of its own, no other flow)
_LEVEL_CHAIN_GAP = re.compile(r"\s*(?:(?:in|for)\s+(?:the\s+)?[\w-]+(?:\s+\d{4})?\s*)?,?\s*(?:up|down|higher|lower|an?\s+(?:increase|rise|gain|drop|fall|decline)\s+of)?\s*(?:by\s+)?(?:from\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)


def _chained_to_bloc_level(s: Site) -> bool:
    """Whether the change or base level right after a figure within a bloc runs on from it
    in the same sentence ("reached $883bn, up 20.8% from $731bn")."""
    c, p = s.claim, s.prev
    if p is None or p.scope != "within the bloc" or c.kind not in ("amount", "percent_change") \
            or p.kind not in ("amount", "percent_change") or p.end <= s.sent.start:
        return False
    return _LEVEL_CHAIN_GAP.fullmatch(s.text, p.end, s.m.start) is not None


def _names_intra_bloc(clause: str) -> bool:
    """"within the euro area", "intra-EU", "among the countries of": trade among a bloc's members."""
    folded = fold(clause)
    if "within" not in folded and "intra" not in folded and "among" not in folded:
        return False  # (checked first: the pattern needs one of them)
    # (not the bloc as where a member's flow went: "exports to intra-EU countries" are the
    # member's exports to the bloc, the partner, no trade among the members)
    return any(not _TO_THE_INSIDE.search(clause, max(0, mo.start() - 12), mo.start()) for mo in _INTRA_BLOC.finditer(clause))


_TO_THE_INSIDE = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?$", re.I)


@functools.cache
def _partner_takes_part_re() -> re.Pattern:
    from .cues import HEDGE
    verbs = vocab.alternation(vocab.partner_part_verbs(), ignore_case=True, space=r"\s+")
    # (the place may be ranked on the way: "with China again the dominant buyer, taking")
    adjective = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(list(vocab.rank_noun_flows()), ignore_case=True, space=r"\s+")
    ranked = rf"(?:\s+(?:again\s+|still\s+|once\s+more\s+)?the\s+(?:{adjective})\s+(?:{nouns}),)?"
    return re.compile(rf",\s*with\s+(?:the\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}){ranked}\s+(?:alone\s+)?(?:{verbs})\s+{HEDGE}$")


# the subject of a sentence or clause that points back to the figure before: "That value
# was", "This is", ", while the value rose by" (after a clause on the volume of the same
# goods), a bare "Value increased by" after the sentence that gave it
# (after an opening phrase of time that ends on its year, no comma: "In the twelve months to
# March 2021 that had fallen to")
_CARRIED_SUBJECT = re.compile(r"(?:^[\"“‘']?|^\s*(?:In|By|Over|For)\s[^,.;:\d]{2,40}(?:19|20)\d\d\s+(?=th[ai][ts]\s+(?:has|had)\b)|,(?:\s*(?:while|whereas|and|but)\b)?)\s*(?:(?:that|this|the)\s+(?:value|figure|amount|total)|value|volumes?|this|that|it|they)"
                              r"\s+(?:was|were|is|are|has|had|rose|fell|grew|increased|decreased|declined|dropped)\b", re.I)


def _partner_takes_part_of_prev(s: Site) -> bool:
    """Whether the figure is a place's part of the product's figure right before it in the
    sentence, given in a clause that opens with "with" ("Peru's zinc exports came to
    $3.1bn, with India taking $0.9bn"; the verbs in vocab/partner_part_verbs.csv)."""
    p = s.prev
    if p is None or p.kind != "amount" or not p.commodity or p.start < s.sent.start or s.m.start - p.end > 120:
        return False
    mm = _partner_takes_part_re().search(s.text, p.end, s.m.start)
    if mm is None:
        return False
    return any(mm.start("place") <= x.start < mm.end("place") for x in s.ms["country"]) \
        and not any(p.end <= x.start < s.m.start for x in s.ms["commodity"])


def _restates_own_product(s: Site) -> bool:
    """Whether the figure restates or goes on from a figure before it in its sentence that
    named its product ("exports of iron ore and concentrates rose $15,578m (31%) to
    $74,652m"): that product is the figure's, not the shorter one of the heading above."""
    p = s.prev
    return (s.restated or s.continued) and p is not None and p.commodity is not None and p.start >= s.sent.start


# a clause of another place after a figure: ", while the European Union bought ", "and Japan took "
# (past the rest of the clause before: "or 63.9 per cent of the total, while ...")
_NEXT_PLACE_CLAUSE = re.compile(r"(?:\s+of\s+[^,;:.\d]{1,30})?,?\s+(?:while|whereas|and)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:also\s+)?[a-z]+\s+$")


def _next_partner_of_the_product(s: Site) -> bool:
    """Whether the figure's clause gives another partner's part of the same flow as the
    figure before in its sentence, which was of a product, with no product of its own: a
    place as its subject, then its verb, then the figure."""
    p, c = s.prev, s.claim
    if p is None or not p.commodity or p.measure != c.measure or c.partner in (None, "WLD", p.partner) or p.partner in (None, "WLD"):
        return False
    if not _NEXT_PLACE_CLAUSE.fullmatch(s.text, s.prev_end, s.m.start) or any(s.prev_end <= x.start < s.m.start for x in s.ms["commodity"]):
        return False
    return any(s.prev_end <= x.start < s.m.start and x.attrs.get("iso") == c.partner for x in s.ms["country"])


@functools.cache
def _of_the_flow_before() -> re.Pattern:
    """" worth of the shipments", " of these exports" right after a figure: a flow noun
    (vocab/flows.csv, exports or imports) after a definite or demonstrative article, pointing
    back to the flow the text was on."""
    nouns = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure in ("exports", "imports") and " " not in w],
                              ignore_case=True)
    return re.compile(rf"\s+(?:worth\s+)?of\s+(?:the|these|those|such)\s+(?:{nouns})\b(?!\s+(?:of|to|from|in)\b)", re.I)


def _share_of_the_product_before(s: Site, whole: str) -> bool:
    """Whether the share opens its sentence on "Its share" or "Their share" (vocab/
    share_nouns.csv) right after a sentence of one product, another than the whole the
    share's words name: the share is that product's."""
    (key, products) = s.state.sentence_products
    return key is not None and key[1] == s.sent.index - 1 and len(products) == 1 and products[0] != whole \
        and topic.share_subject(s.text, s.sent.start, s.m.start)


# a bare noun as a flow's modifier: "product exports", "the value of product exports"
_NOUN_FLOW = re.compile(r"(?:^|(?<=\s))(?:(?:the|its|their)\s+(?:value\s+of\s+)?)?(?P<w>[a-z]+)\s+(?:exports|imports|shipments)\b", re.I)


def _head_noun_of_product_before(s: Site) -> bool:
    """Whether the flow the clause names before the figure has as its modifier a bare noun of
    goods in the singular (vocab/goods_nouns.csv), the head noun of the product named last
    ("product exports" after "petroleum products"), and no product word of its own."""
    last_head = s.state.last_commodity.split()[-1].lower()
    if last_head not in vocab.goods_nouns():
        return False  # (cheap: the product named before must end in a noun of goods)
    return any(mm["w"].lower() + "s" == last_head for mm in _NOUN_FLOW.finditer(s.text, s.sent.start, s.m.start))


# the words of a change up to a bracket opened for its figure, with no figure, clause or
# bracket of their own: " of their sales abroad (", ", or almost a third ("
_UP_TO_ITS_BRACKET = re.compile(r"[^;:.()\d]{0,60}\(\s*")
# words that turn from a part to the whole: the bracket is then no restatement of the part
_WHOLE_WORDS = re.compile(r"\b(?:total|overall|all|whole|combined)\b", re.I)


def _change_restated_in_bracket(s: Site) -> bool:
    """Whether the change of `s` stands alone in a bracket right after the words of the
    change before it in its sentence, of the same flow ("lost almost a quarter of their
    sales abroad (-23.5%)"): the same change, told in figures."""
    c, p = s.claim, s.prev
    if c.kind != "percent_change" or p is None or p.kind != "percent_change" or p.measure != c.measure:
        return False
    if p.sentence != s.sent.index or not _UP_TO_ITS_BRACKET.fullmatch(s.gap) or not s.after.lstrip().startswith(")"):
        return False
    if _WHOLE_WORDS.search(s.gap):
        return False
    # (no place or product named between: "cars fell a fifth, and trucks (-12%)")
    return not any(s.prev_end <= x.start < s.m.start for x in s.ms["country"] + s.ms["commodity"])


# "for imported ", "on exported ": from a figure to the product its flow participle names
_FOR_PARTICIPLE = re.compile(r"\s+(?:for|on|of)\s+(?:imported|exported)\s+", re.I)


def _participle_product_after(s: Site):
    """The product named right after the figure and "for imported"/"on exported" ("paid EUR
    22.6 billion for imported energy"), or None."""
    gap = _FOR_PARTICIPLE.match(s.text, s.m.end)
    if gap is None:
        return None
    return next((x for x in s.ms["commodity"] if x.start == gap.end()), None)


def _product_of_figures_just_before(s: Site) -> bool:
    """Whether the figures right before a sentence were of the product the text is on: the
    last one, or those of the sentence just before ("EU exports of medicinal products reached
    €313.4bn, while imports stood at €120.6bn"); not past a sentence of figures of no product
    ("Diamonds brought in 0.34 trillion kwanzas. Imports stood at 3.12 trillion kwanzas, giving
    a surplus of 4.31 trillion": the whole trade's)."""
    seen_in, _ = s.state.sentence_products
    return s.state.last_commodity is not None or seen_in == (s.sent.paragraph, s.sent.index - 1)


def _decide_commodity(s: Site) -> None:
    c, p, text, ms, ctx = s.claim, s.prev, s.text, s.ms, s.ctx
    m, prev_end, gap = s.m, s.prev_end, s.gap
    label, name = commodity_for(text, s.sent, m, ms["commodity"], prev_end, ctx, c)
    label, name = _company_part(s, label, name)
    if c.kind == "share" and name == "none" and (open_span := cut_off_sentence(text, s.sent.start, m.start)):
        # "So copper is -" / "About 56 percent.": the product the open sentence is on
        # (the open sentence is a turn before, outside the figure's sentence's mentions)
        named = find_commodities(text[open_span[0]:open_span[1]])
        if len(named) == 1:
            label, name = canonical_label(named[0].text), "subject-of-cut-off-sentence"
    if c.kind == "share" and name == "none" and (owned := owned_product(s)) is not None:
        # "a third of New Zealand's whole milk powder": the product the owner's whole is of
        label, name = canonical_label(owned.text), "owners-product"
    if name == "of-product-list" and p is not None and p.start >= s.sent.start and list_as_group(label, p):
        # "a deficit ... in non-ferrous scrap trade, as it imported $1.3bn of copper, aluminium
        # and brass scrap": the list spells out the group the sentence set (link/group_lists.py)
        label, name = list_as_group(label, p), "list-of-group"
        c.extra["_list_span"] = of_list_span(text, m.end, s.sent.end)
    elif name == "product-word" and p is not None and (carried := group_carried_past_list(text, s)):
        label, name = carried, "group-past-list"  # "... and brass scrap while exporting $0.4bn": the group's
    if label is not None and c.kind == "amount" and name in _SUBJECT_PRODUCT_RULES and " of " in s.before[-40:] \
            and _whole_after_bulk_of(s):
        # "Multinational pharma and tech firms account for the bulk of a €339bn export total":
        # the figure is the whole the subject is most of, of no product of the subject's
        label, name = None, "whole-after-bulk-of"
    if c.kind in ("amount", "share") and name in ("none", "product-word", "list-lead") and c.measure in ("exports", "imports"):
        # "2. Auto parts and accessories – $6.5 billion": a list line's label before its dash
        # or colon is the item's product, the whole phrase (not "cars" of "Passenger cars")
        item = list_item_label(text, m.start)
        own = unknown_product(text[item[0]:item[1]]) if item else None
        if own and not any(item[0] <= x.start and x.end <= item[1] and x.end - x.start >= item[1] - item[0] - 1 for x in ms["commodity"]):
            label, name = own, "list-item-label"
    if c.kind == "amount" and name in ("none", "product-word", "list-lead") and (after := label_after_figure(text, m.start, m.end)):
        # "**C$7.9 billion** - canola seed": a figure-first line of a box of key figures; the
        # label after its dash or colon is its subject, the product it names the figure's
        own = unknown_product(label_noun_phrase(text[after[0]:after[1]])[1])
        if own:
            label, name = own, "figure-first-label"
    elif c.kind == "share" and name in ("none", "product-word") and (at := figure_first_label_at(text, m.start)):
        # "... - canola oil, about 35% of the total": a share in the label is the label's product's
        np, product = label_noun_phrase(text[at[0]:at[1]])
        own = unknown_product(product) if at[0] + len(np) < m.start else None
        if own:
            label, name = own, "figure-first-label"
    if is_a_kind(label) and names_every_kind(text, s.sent.start, m.start):
        # "exports of farm, mining and factory goods rose 4% to $2bn": every kind of goods
        # named at once is all goods, not the last kind's product
        label, name = None, "every-goods-kind"
    if c.kind == "share" and p is None and label is not None and _share_of_the_product_before(s, label):
        # "Re-exports jumped to SR112.4 billion. Their share of non-oil exports rose to 33.5
        # percent": "Their share" is of the one product the sentence before was on, within
        # the whole its words name
        c.extra["_whole_commodity"] = label
        label, name = s.state.sentence_products[1][0], "share-of-subject-product"
    if label is None and name == "none" and c.kind == "amount" and c.measure in ("exports", "imports") and "ported " in s.after[:16]:
        bought = _participle_product_after(s)
        if bought is not None:
            # "Hungary paid EUR 22.6 billion for imported energy": the goods the money bought
            label, name = canonical_label(bought.text), "participle-product-after"
    if label is None and name == "none" and c.kind == "amount" and p is None and s.state.commodity and c.measure in ("exports", "imports"):
        # "Wines held up well, with sales abroad of €11.9bn": after figures of a product, a
        # bare noun opening the sentence as its subject names the next part
        bare = bare_subject_product(text, s.sent.start, m.start)
        if bare:
            label, name = bare, "bare-subject"
    if label is None and name == "none" and c.kind == "amount" and p is not None and p.commodity and p.start >= s.sent.start \
            and c.measure in ("exports", "imports"):
        # "Cod exports were worth $2bn, up 5 per cent, while haddock rose to $0.9bn": the
        # subject of the clause after a product's figure is a sister product, not the whole
        sister = sister_subject_product(text, prev_end, m.start)
        if sister:
            label, name = sister, "sister-subject"
    if (label is None and name == "none" or name == "product-word") and c.kind in ("amount", "percent_change") \
            and c.measure in ("exports", "imports"):
        # "The Federation of the Swiss Watch Industry reported exports of CHF 2.3bn": the
        # body of one industry reports that product's flow (link/industry_bodies.py); a
        # product word read from inside the body's name ("Chilean Salmon Industry reported
        # exports" read as "salmon industry reported") is that body's product alone
        body = product_of_industry_body(text, s.sent.start, m.start)
        if body and (label is None or label.startswith(body + " ")):
            label, name = body, "industry-body"
    if label is None and name == "none" and c.kind == "amount" and _next_partner_of_the_product(s):
        # "The United States took US$ 1,797 million worth of garments, or 63.9 per cent of the
        # total, while the European Union bought US$ 808 million": the next buyer's clause
        # leaves the product out, the same as the first buyer's
        label, name = p.commodity, "next-partner-same-product"
    if label is None and name == "none" and c.kind == "amount" and s.state.commodity and s.state.last_commodity == s.state.commodity \
            and not s.state.whole_named and c.measure in ("exports", "imports") and _of_the_flow_before().match(s.after):
        # "China absorbed $4.16 billion worth of the shipments": "the shipments" point back to
        # the flow the last figure before was of, the product it was about, not all goods (not
        # after a figure of no product, a table's total row below rows of products)
        label, name = s.state.commodity, "flow-referred-back"
    if label is None and name == "none" and c.kind == "percent_change" and value_change_named_before(text, s.sent.start, m.start):
        # "India's exports of petroleum products rose 7 per cent to 67.86 mt ..., but softer
        # cracks kept the gain in value terms to just 3 per cent": the value's change of the
        # flow whose volume the sentence gave, of the one product it named
        named = {canonical_label(x.text) for x in ms["commodity"] if s.sent.start <= x.start < m.start}
        if len(named) == 1:
            label, name = named.pop(), "value-of-volume-product"
    if label is None and name == "none" and c.kind == "amount" and c.measure in ("exports", "imports") and s.state.last_commodity \
            and _head_noun_of_product_before(s):
        # "India's exports of petroleum products rose ... The value of product exports was
        # $62.69 billion": the bare head noun of the product named before, as the flow's
        # modifier, points back to that product
        label, name = s.state.last_commodity, "head-noun-referred-back"
    if label is None and name == "none" and c.kind in ("amount", "percent_change", "share"):
        described = _product_of_partner_aside(s)
        if described is not None:
            label, name = described, "partner-aside-product"
    sub = elided_sub_product(text[prev_end:m.start], label) \
        if name == "product-word" and p is not None and p.kind == "amount" and p.how.get("commodity") == "part-subject" else None
    if sub and c.kind == "amount":
        # "Metallurgical coal ... earned A$47.2 billion, and thermal coal, used in power
        # generation, A$25.3 billion": the next kind of the product, its verb left out
        label, name = sub, "elided-part"
    quantity = product_of_the_quantity_before(text, s.sent.start, m.start, any(s.sent.start <= x.start < m.start for x in ms["commodity"])) \
        if label is None and name == "none" and p is None and c.kind in ("amount", "percent_change") else None
    if label is None and name == "none" and not quantity and c.kind == "amount":
        quantity = product_of_volumes_in_clause_before(text, s.sent.start, m.start, any(s.sent.start <= x.start < m.start for x in ms["commodity"]))
    if label is None and name == "none" and not quantity and c.kind in ("amount", "percent_change"):
        quantity = product_of_quantity_in_clause_before(text, s.sent.start, m.start)
    if quantity:
        # "Indonesia shipped 311.6 million tonnes of coal abroad ... The export value, however,
        # fell 11.3 percent": the money of the quantity the sentence before gave
        label, name = quantity, "value-of-quantity-before"
    within = _OF_THE_FIGURE_AFTER.match(s.after)
    if within and label and name != "of-the-figure" and c.kind == "amount" and within["c"] != label:
        # "Education-related travel accounted for A$11.8 billion of the services figure": a
        # part of that part of the flow, not only of the whole flow
        c.extra["_within"] = within["c"].lower()
    elif label and c.kind == "amount" and _OF_THE_FIGURE_BEFORE.match(s.after) and s.state.last_commodity not in (None, label):
        # "Exports of crude oil, natural gas and condensates came to NOK 97.3 billion ...
        # Natural gas accounted for NOK 58.1 billion of this": a part of the part before
        c.extra["_within"] = s.state.last_commodity
    # ("Mexican avocado shipments to the United States reached $3.1 billion, and tomatoes
    # $2.8 billion": after a product that was the subject of its flow, too; and after a
    # company or sector subject, "Foreign-invested companies exported ..., and domestic firms")
    # (and after a part so read, the next of its list: "Knitwear fetched $X, bedwear $Y and denim $Z")
    elided = _ELIDED_PART.match(text, prev_end, m.start) if p is not None and p.how.get("commodity") in ("part-subject", "subject-of-flow", "company-subject", "elided-part") else None
    if elided and not elided["for"] and unknown_product(elided["np"]) is None:
        elided = None
    if elided and elided["comma"] is not None and not _LIST_GOES_ON.match(text, m.end):
        elided = None  # (after a bare comma, an item of a list that goes on: "X $a, Y $b and Z $c", not ", against $b in 2021")  # ("Knitwear brought in $4.4 billion and bedwear $2.7 billion": a product, not "and nearly")
    if elided is None and p is not None and p.kind == "amount" and p.commodity and p.how.get("commodity") in ("product-word", "part-subject"):
        # "Crude oil exports amounted to NOK 37.9 billion and condensates to NOK 1.3 billion":
        # the verb left out before its "to", the next product named
        elided = _ELIDED_PART_TO.match(text, prev_end, m.start)
        if elided and unknown_product(elided["np"]) is None:
            elided = None
    gapped = _GAPPED_FLOW_PART.match(text, prev_end, m.start) if p is not None and p.kind == "amount" and p.commodity else None
    if label is None and gapped and c.kind == "amount" and unknown_product(gapped["np"]):
        # "Beef exports to the US were A$4.2 billion and lamb exports A$0.8 billion": the
        # next product's flow, its verb left out
        label, name = unknown_product(gapped["np"]), "elided-part"
    if elided is None and label is None and c.kind == "amount" and c.measure == "balance" and p is not None \
            and p.measure == "balance" and p.how.get("commodity") == "company-subject":
        # "with the domestic sector running a deficit of $13.9 billion and the FDI sector a
        # surplus of $42.8 billion": the next sector's balance, its verb left out
        elided = _elided_balance_part_re().fullmatch(text, prev_end, m.start)
    if elided and c.kind == "amount" and name == "product-word" and p.commodity and elided["np"].split()[-1].lower() == p.commodity.split()[-1] \
            and any(elided.start("np") <= x.start and x.end <= elided.end("np") and x.end - x.start < elided.end("np") - elided.start("np")
                    for x in ms["commodity"]) and unknown_product(elided["np"]):
        # "Gold watches fetched $5bn, steel watches $3bn": the next item of a list of kinds of
        # one thing (the same head noun) is the whole noun phrase before its figure, not the
        # product word inside it ("steel")
        label, name = unknown_product(elided["np"]), "elided-part"
    if label is None and elided and c.kind == "amount":
        # "Foreign-invested companies accounted for $212.7 billion of exports, and domestic
        # firms for $88.6 billion": the verb left out, the next part named
        label, name = canonical_label(elided["np"]), "elided-part"
    if p is not None and p.kind == "amount" and c.kind == "amount" and p.how.get("commodity") in ("of-product", "of-product-list") \
            and p.start >= s.sent.start and _OF_WHICH_PART.fullmatch(text, p.end, m.start):
        # "imported $16.2 billion of handbags, luggage and travel goods in 2023, of which $6.9
        # billion ... came from China": a part of the whole before, of its products (the
        # product words between are the whole's, no part's)
        label, name = p.commodity, "part-of-which"
    elif label is None and p is not None and p.kind == "amount" and c.kind == "amount" and p.commodity \
            and p.how.get("commodity") in ("product-word", "subject-of-flow") and p.start >= s.sent.start \
            and (taker := _OF_WHICH_TAKER_PART.fullmatch(text, p.end, m.start)) \
            and not any(taker.start("taker") <= x.start < m.start for x in ms["commodity"]):
        # "dairy exports were NZ$9bn in the year, of which Japan took NZ$2bn": a part of the
        # whole by buyer or supplier, no product of its own named, so of the whole's products
        label, name = p.commodity, "part-of-which"
    elif p is not None and c.kind == "share" and p.how.get("commodity") == "part-of-which" and p.start >= s.sent.start:
        # ("..., of which $6.9 billion, or about 43 percent, came from China": the share of
        # the part is of the whole before it, products and all)
        c.extra["_whole_has_commodity"] = True
    if name == "list-tail":
        # "Pharma shipped $136bn ... drugs, vaccines and diagnostics made up 48.6% of all
        # exports": a list as a share's subject is the sector named before, not the list's
        # tail; with no sector before, the subject read as usual
        label, name = (s.state.commodity, "listed-sector") if s.state.commodity and c.kind == "share" else (label, "part-subject")
    if name == "same-products":
        # "its bill for the same products came to $843.1 million": the part named last
        label = s.state.commodity
        if s.state.last_by_list_item and not is_bullet(text, s.sent):
            # "- Fashion system: US$835 million ... The United States was the main destination
            # of these products": past the end of a list by product, the products are the whole
            # the list split (the part the figure before its first bullet was about), never its
            # last bullet's
            label = s.state.list_whole
        if label is None:
            # "Medical products (HS 30) stayed on top, though exports of these products fell":
            # no part carried yet, the product the sentence opened on (link/demonstrative_products.py)
            label = product_the_sentence_opened_on(text, s.sent.start, m.start, ms["commodity"], canonical_label) \
                or product_of_figureless_sentence_before(text, s.sent.start, s.state.topic_product)
        sectors_flow = label and THE_SECTORS_FLOW.search(text, s.sent.start, m.start)
        if sectors_flow and _whole_given_last(s):
            # "Overall gems and jewellery exports declined 9.5% to $39 billion ... In rupee
            # terms, the sector's exports grew 2.9%": the whole just given, not the part before it
            label = None
        elif sectors_flow:
            # "Wines rose to €12bn and spirits fell to €4bn ... the sector's surplus": the
            # sector is the group those parts make up, when the text named it
            label = _group_of_part(label, s.state.products)
        c.scope = c.scope or s.state.scope  # "such exports", after exports excluding diamonds: without them too
    elif label is None and (pronoun := pronoun_product(text, s.sent.start, m.start, ms["commodity"], s.state.topic_product,
                                                                 s.state.named_products)):
        label, name = pronoun, "pronoun-product"  # "Chips led the way. They rose 52.0 percent": chips
    elif (label is None and name == "none" or label in vocab.component_nouns()) and c.kind in ("amount", "percent_change") \
            and (short := product_said_short(text, s.sent.start, m.start, s.state.products)):
        label, name = short, "product-said-short"  # "Imports of parts fell", after "exports of auto parts rose"
    elif label is None and name == "none" and c.kind in ("amount", "percent_change", "share") \
            and (short := form_said_short(text, s.sent.start, m.start, s.state.products)):
        label, name = short, "form-said-short"  # "while polished trade reached", after "rough diamond trade"
    elif label is None and name == "none" and c.kind in ("amount", "percent_change") \
            and (form := _form_subject(s, s.state.commodity)) is not None:
        # "Rice shipments reached $11.1 billion ... - Basmati earned $4.79 billion": a form
        # of the product named last alone as the subject is that part of it, not the whole flow
        label, name = form, "form-subject"
    elif label is None and name == "none" and c.kind in ("amount", "share", "percent_change") \
            and (part := flow_of_the_part_before(text, s.sent.start, m.start, ms["flow"], ms["commodity"], s.state.topic_product)):
        label, name = part, "flow-of-part-before"  # "Coal made up most of that. Shipments to India were $9 billion": coal's
    elif label is None and name == "none" and s.state.section_product and s.state.section_product[0] == s.sent.paragraph \
            and not _restates_own_product(s):
        # "Advanced Technology Products" over "... and imports were $62.9 billion": the
        # product the heading over the paragraph names
        label, name = s.state.section_product[1], "section-heading"
    elif label is None and name == "none" and s.state.block_product and s.state.block_product[0] <= m.start < s.state.block_product[1]:
        # "Trade in services, 2022" over "- EU exports: €60.4 billion": the product the
        # heading over the block of label lines names
        label, name = s.state.block_product[2], "block-heading"
    elif name == "class-anaphor" and s.state.commodity:
        # "The metal accounted for 53.5%": copper, named before; "The complex, which accounted
        # for 23.4%": the last product the noun heads ("the soybean complex"), not a part since
        label = next((p for p in reversed(s.state.products) if p.split()[-1] == label.split()[-1] and p != label.split()[-1]), None) \
            or _lead_over_a_breakdown(s.state) or s.state.commodity
    elif label is None and s.state.commodity and _CARRIED_SUBJECT.search(text[s.sent.start:m.start]) \
            and not any(x.start < m.start for x in ms["commodity"]) and (c.measure in ("exports", "imports", "trade_total", "balance") or c.extra.get("change_of")) \
            and s.state.last_commodity is not None:
        # (not after a whole: "..., producing a deficit of $106bn. That was $3.5bn narrower":
        # the whole's, though a product was named before it)
        # "That value was also 85.10% higher", "This is ... an increase of NOK 20.9 billion",
        # "Volume was up 9% and value 12% from 2022, when shipments were worth $3 billion" (the
        # volume and value of the goods just named),
        # "Volume fell by 900 tonnes, while the value rose by NOK 1.2 billion" (a clause after a
        # volume's, on the value of the same goods),
        # a quote's '"They grew 4.3%, a record, thanks to autos"': the figure of the sentence
        # before, part and all (a product after the figure is a cause or a part, not the subject)
        label, name = s.state.commodity, "anaphor-carried"
    elif label is None and s.state.commodity and c.kind == "amount" and c.measure in ("exports", "imports", "trade_total", "balance") \
            and _pronoun_comparison().fullmatch(text, s.sent.start, m.start):
        # "Cocoa earnings came to $3.5 billion in 2025. That compares with $2.0 billion in
        # 2024": the earlier level the pronoun's figure is set beside, of its product
        label, name = s.state.commodity, "compared-carried"
    elif label is None and s.state.commodity and _bare_value_subject().search(text[s.sent.start:m.start]) \
            and not ms["commodity"] and c.measure in ("exports", "imports"):
        # "Sri Lanka's tea exports fetched Rs 35.2 billion. In dollar terms, earnings were US$
        # 112.3 million": money named by no product is that of the flow before (also where the
        # money word opens the sentence mid-line: "... from tea exports. Earnings rose 10%");
        # ("Methanol fared only slightly better. Earnings dropped to $1.05 billion": the
        # product a figureless sentence in between made its subject, not the one before it)
        label, name = product_of_figureless_sentence_before(text, s.sent.start, s.state.topic_product) or s.state.commodity, "anaphor-carried"
    elif label is None and s.state.commodity and c.kind == "share" and re.match(r"\s*(?:Their|Its)\s+share\b", text[s.sent.start:m.start]) \
            and not any(s.sent.start <= x.start < m.start for x in ms["commodity"] + ms["country"]):
        # "Textile and clothing exports rose 5% to $16.5 billion. Their share of total exports
        # ... was 60 percent": the share of the flow the sentence before was about
        label, name = s.state.commodity, "anaphor-carried"
    elif label is None and s.state.commodity and _COMPARISON_OPENER.match(text, s.sent.start) \
            and not any(s.sent.start <= x.start < m.start for x in ms["commodity"] + ms["country"]) \
            and c.measure in ("exports", "imports", "balance") and not _names_whole_scope(text, s.sent.start, m.start) \
            and not s.state.whole_named and _product_of_figures_just_before(s):
        # (not "Compared with 2024, when total exports reached $104.6 billion": the whole; nor
        # after figures the text called the whole, "The country's exports fell 18.4% ...
        # Compared with the same period last year, two-month exports rose 23.2%": theirs)
        # "EU exports of services reached EUR 1,351 billion ... Compared with 2022, exports
        # rose by 7.0%": a sentence that opens by setting the figures before against an
        # earlier period is about the same flows, of the same product; not past figures of
        # no product ("diamonds brought in 0.34 trillion kwanzas. Imports stood at 3.12
        # trillion kwanzas, giving a surplus of 4.31 trillion. Compared with the second
        # quarter, exports fell 6.7%": the whole flow's, as the figures just before)
        label, name = s.state.commodity, "compared-carried"
    elif label is None and s.state.commodity and c.kind == "percent_change" and m.start - s.sent.start < 40 \
            and _change_fragment().fullmatch(text, s.sent.start, m.start):
        # "Mining exports ... were 41.1 billion dollars, against 39.6 billion dollars in 2022.
        # So up 3.8 percent.": a fragment that gives only a change is of the figures before
        label, name = s.state.commodity, "fragment-carried"
    elif label is None and s.state.commodity and c.kind == "amount" and re.match(r"\s+of\s+(?:them|those|these)\b", s.after, re.I):
        # "Log exports ... slipped to $2.9 billion. China took $2.5 billion of them": a part
        # of the figure before, of its product
        label, name = s.state.commodity, "anaphor-carried"
    elif label is None and c.kind == "amount" and name == "none" and _partner_takes_part_of_prev(s):
        # "Peru's zinc exports came to $3.1bn, with India taking $0.9bn": the partner's part
        # of the figure before, of its product
        label, name = p.commodity, "partner-part-carried"
    elif label is None and s.state.commodity and c.kind == "amount" and c.how.get("measure") == "discourse" \
            and (_answer_opening(text, s.sent.start, m.start) or _answers_ellipsis(s)) \
            and not any(s.sent.start <= x.start < m.start for x in ms["commodity"] + ms["country"] + ms["flow"]):
        # "HOST: So garment exports hit fifty billion dollars? / ADVISER: Not quite - forty-six
        # billion dollars.": an answer that opens on a bare figure is about the question's flow
        label, name = s.state.commodity, "answer-carried"
    elif label is None and name == "none" and s.state.commodity and c.kind in ("amount", "share", "percent_change") \
            and ("this " in text[s.sent.start:m.start] or "same " in text[s.sent.start:m.start]) \
            and _this_product(text, s.sent.start, m.start) and not any(s.sent.start <= x.start < m.start for x in ms["commodity"]):
        # "EU exports of BEVs to China were EUR 1.9 billion. That leaves a bilateral deficit
        # in this one product of about EUR 9.6 billion": the product the text is on
        label, name = s.state.commodity, "this-product"
    elif label is None and name == "none" and c.kind == "amount" and s.state.asked_product is not None \
            and s.state.asked_product[0] == s.sent.index - 1 \
            and not any(s.sent.start <= x.start < m.start for x in ms["commodity"]):
        # "Iron and steel exports reached $27.8bn. Where does it go? Mostly to China, which
        # took $17.4bn": the answer is of the product the question asked about
        label, name = s.state.asked_product[1], "question-carried"
    elif label is None and s.state.commodity in ("goods", "services") and c.kind == "amount" and _answers_flow_asked(s):
        # "HOST: And imports? / SECRETARY: Imports were six hundred and ninety-seven billion
        # dollars": the answer names the flow asked, in the scope the questions kept
        label, name = s.state.commodity, "answer-carried"
    if label is None and c.kind == "amount" and _each_after().match(text, m.end) and "_each_partners" not in c.extra:
        # "Leather and jute are small, a billion dollars each": one figure for each of several
        # things, none of them the whole flow; kept out of the flow's checks
        c.scope = c.scope or EACH_OF_SEVERAL
    adjusted = adjustment(text[s.sent.start:m.start]) or adjustment(text[m.start:s.sent.end]) \
        or _fronted_adjustment(text, s.sent.start) or _list_heading_adjustment(text, s.sent.start) or _earlier_level_series(s) \
        or _table_adjustment(text, m.start)
    if not adjusted and c.scope is None and label not in ("goods and services", "services"):
        adjusted = s.ctx.series_note  # (the note's series: of figures that name no other scope)
    if adjusted == "not seasonally adjusted" and c.period and P.months(P.parse(c.period)) % 12 == 0:
        # "The numbers (Census basis, not seasonally adjusted): imports were $427bn last year.
        # The figure is down from $537bn in 2022": a whole year's raw figure is the year's
        # figure, in the same series as the bare ones beside it (no season to adjust for)
        adjusted = None
    if adjusted:
        c.scope = adjusted  # another series than the raw figures
    if real_series(text, s.sent.start, s.sent.end, m.start, m.end):
        c.scope = REAL_TERMS  # in chained or constant dollars: never set against nominal figures
    if c.scope is None and _unrecorded_flow(text, s):
        # "Informal imports ... stood at $9.8 million, resulting in an informal trade surplus
        # of $28.8 million": trade the statistics do not record, a series of its own beside the
        # recorded flow ("formal exports, which stood at $512.4 million")
        c.scope = UNRECORDED
    if c.scope is None and (series := _qualified_series(text, s)):
        # "Achieved exports ... came in at USD 32.9 bn, or 91.9% of the registered figure": a
        # series of the flow beside the registered one the text gives plainly
        c.scope = series
    # (a change in money of a balance too: "the current account deficit widened to $20.8
    # billion from $4.7 billion, an increase of $16.1 billion" is the account's change)
    # ("secondary income showed a net inflow of": the account whose net flow it is, first)
    net = account_net_flow(text, s.sent.start, m.start) if c.how.get("measure") == "account-net-flow" else None
    account = net[0] if net else _account_of(s) if c.measure == "balance" or c.extra.get("change_of") == "balance" else None
    if account is None and c.measure == "balance" and c.kind == "amount":
        account = _account_carried(s)
    if account:
        c.scope = account  # the current account's surplus: no trade balance
        if label and label.lower() in account:
            label = None  # (the account's own words: "the services, income and current transfer account")
    if c.how.get("pair") != "intra-group" and (_names_intra_bloc(text[_after_whole_of_share(s):m.start]) or _mutual_in_bloc(s)):
        c.scope = "within the bloc"  # trade among its members: not the bloc's trade with others
    elif c.scope is None and _chained_to_bloc_level(s):
        # "Trade among the members reached $883bn in 2022, up 20.8% from $731bn": the change
        # and its base in the level's own chain are of the same trade within the bloc (a later
        # figure of the members' trade with the world is no new level of this change)
        c.scope = "within the bloc"
    label, name = _excluded(s, label, name)
    included = included_part(text, s.sent, m) if label is None and c.scope is None else None
    if included and c.kind in ("amount", "percent_change", "multiple"):
        c.extra["_included"] = included  # a wider total, maybe (see _inclusive_totals)
    elif label and c.scope is None and c.kind == "amount" and (examples := opener_with_examples(text, s.sent, m)):
        # "Including fish and inputs such as fertiliser, total agri-plus exports were": goods
        # the other figures leave out, by an open list; a wider total, a series of its own
        c.scope = "including " + examples.lower()
    if label == "goods and services":
        # a total of goods and services: no product group, a scope the checks keep apart
        if c.scope in _ADJUSTMENT_SERIES:
            # ("In original terms, the balance on goods and services was": the series is
            # kept beside the scope, so the checks keep it apart from the adjusted figures)
            c.extra["_series"] = c.scope
        c.scope, label = label, None
    if label is None and (s.restated or s.continued) and p is not None and name != "goods-and-services":
        label, name = p.extra.get("_part_commodity") or p.commodity, "same-as-previous"
        c.scope = c.scope or p.scope
    # (past a refuted figure, the product its words named: "The goods deficit did exceed $300
    # billion in each of those years, but last year it fell to $279.4 billion": goods)
    p_goods = (p.commodity or p.extra.get("_claimed_commodity")) if p is not None else None
    # (not past a figure whose own words name both: "69.5% of services exports and 34.6% of
    # total exports of goods and services": the second whole is all the trade)
    if (label is None and p is not None and (p_goods in ("goods", "services") or is_channel(p.commodity)) and not account
            and c.scope != "goods and services"
            and c.measure in ("exports", "imports", "balance", "trade_total")
            and not any(prev_end <= x.start < m.start and not _own_of_previous(text, prev_end, x, p) for x in ms["commodity"])
            and not re.search(r"\b(?:total|overall|combined)\b", text[max(s.sent.start, prev_end):m.start], re.I)
            and not (c.kind == "amount" and _whole_tail().match(text, m.end))
            and not _part_of_a_breakdown(text, s.sent.start, p)):
        label, name = p_goods, "goods-or-services-carried"
    # (past a share's own whole: "or 18.9 percent of total exports, edging up 0.9 percent")
    whole = re.match(r"[\s,]*of\s+[^,;]{0,60},", gap) if p is not None and p.kind == "share" else None
    after_prev = prev_end + (whole.end() if whole else 0)
    running = _running_total_re().search(gap) if p is not None else None
    flows_until = prev_end + running.start() if running else m.start
    item = _gapped_list_item(gap, p) if label is None and c.kind == "amount" else None
    if item:
        # "Of the total, cars accounted for $4bn, tyres $2bn and machine parts $1bn": in a list
        # whose verb is said once, the words before each later figure name its own item (one
        # the vocabulary may not know), not the item before it again
        label, name = item, "gapped-list-item"
    if label is None and c.kind == "percent_change" and p is not None:
        # "..., driven by the construction segment (+34.5%)": the change of the part the
        # cause names, not of the flow before it (see cause_items.py)
        item = cause_item_before(text, s.sent.start, m.start)
        if item:
            label, name = item, "cause-item"
    if label is None and p is not None and p.commodity and _change_restated_in_bracket(s):
        # "Machinery and electronics lost almost a quarter of their sales abroad (-23.5%)":
        # the change before, in figures; the flow between is its own noun, no new subject
        label, name = p.extra.get("_part_commodity") or p.commodity, "same-flow-carried"
    if (label is None and p is not None and p.commodity and p.measure == c.measure
            and name != "whole-before-which"  # ("of total exports, which fell 8.0%": the whole's)
            # ("a services surplus of $2.6bn ... and net secondary income inflows of $3.3bn":
            # an account's balance is of that account, never of the product before it)
            and not account
            and (not re.search(r"[;]|\b(?:while|whereas|but)\b", gap) or _subject_left_out_after_contrast(gap))
            and not (c.kind == "amount" and _whole_tail().match(text, m.end))
            and not any(after_prev <= x.start < m.start and not _own_product_after(s, x) and not _split_by_partner(s, x)
                        and not names_a_calendar(text, x)  # (not "in Indian fiscal year 2024-25": whose calendar)
                        and not _in_source_aside(gap, prev_end, x)
                        for x in ms["country"] + ms["commodity"])
            and not any(after_prev <= x.start < flows_until and not _in_source_aside(gap, prev_end, x) for x in ms["flow"])):
        label, name = p.extra.get("_part_commodity") or p.commodity, "same-flow-carried"
        if c.kind == p.kind == "share" and "_whole_commodity" in p.extra:
            c.extra["_whole_commodity"] = p.extra["_whole_commodity"]  # ("rose to 33.5 percent from 30.4 percent": of the same whole)
    if (label is None and c.scope is None and p is not None and p.kind == "amount" and not p.commodity and _scope_goes_on(p.scope)
            and p.measure == c.measure and c.kind in ("amount", "percent_change")
            and not re.search(r"[;]|\b(?:while|whereas|but)\b", gap)
            and not any(prev_end <= x.start < m.start for x in ms["country"] + ms["commodity"] + ms["flow"])):
        # "exports of goods and services were $60bn, against $64bn a year earlier, a dip of
        # 6%": the level and the change set beside a total of goods and services, with no
        # flow, product or place of their own, are of that total too (not of the goods the
        # text gives apart); set against a level of it, not a change ("grew 12.2%, reaching
        # $948.1 billion" after a bare total is left to _goods_and_services_go_on). So for a
        # flow that leaves a part out: "exports outside hydrocarbons fell to $5.1bn, against
        # $7.1bn in 2022, a drop of 28%" (the earlier level and the change leave it out too)
        c.scope = p.scope
        name = "goods-and-services-go-on" if p.scope == "goods and services" else "exclusion-goes-on"
    if label is None and name == "none" and _sector_flows_go_on(s):
        # "Germany's car industry exported €120bn, against imports of €60bn, leaving a surplus
        # of €60bn": the sector the sentence opened with is the subject of its other flows too
        label, name = p.commodity, "sector-flows-carried"
    if label is None and name == "none" and p is not None and p.commodity and _change_in_money_of(s):
        # "border trade stood at $3.14 billion, down $680 million from $3.82 billion": the
        # change in money of the level just given, of its product or channel
        label, name = p.extra.get("_part_commodity") or p.commodity, "change-of-previous"
    if label is None and name == "none" and p is None and _change_of_last_product(s):
        # "Palm oil exports rose to $9bn in 2022 from $7bn. ... The $2bn increase in export
        # earnings": a change in money of the flow the last figures gave, of their product
        label, name = s.state.last_commodity, "change-of-last-product"
    if label is None and p is not None and p.commodity and c.kind == "amount" and p.kind == "amount" \
            and "\n" not in text[p.end:m.start] and in_table_row(text, m.start) \
            and not any(p.end <= x.start < m.start for x in ms["commodity"] + ms["country"]):
        # "| Chemicals (5) | 262.3 | 259.0 | 139.9 | 133.0 | 126.0": the row's product is every
        # cell's, whichever flow its column is of
        label, name = p.extra.get("_part_commodity") or p.commodity, "table-row-carried"
    if label is None and name == "none" and p is None and c.measure == "balance" and c.kind == "amount" \
            and in_table_row(text, m.start):
        label = _product_of_the_flow_rows_above(text, m.start)
        name = "table-rows-product" if label else name
    carried = _bare_flow_after_lead_product(s) if label is None and name == "none" else None
    if carried:
        label, name = carried, "lead-product-carried"
    if label is None and p is not None and p.commodity and c.kind == "amount" and _whole_tail().match(text, m.end):
        c.extra["_whole_of_parts"] = True  # (no part's product carries past it into the state)
    if label is None and name == "none" and c.kind == "amount" and p is not None and p.kind == "multiple" and not p.commodity \
            and s.state.commodity and _compared_base_of_multiple(s):
        # "exported electricity worth €48.3 million, nearly double the €24.9 million earned a
        # year earlier": the level the multiple sets the first figure against, of its product
        label, name = s.state.commodity, "base-of-multiple"
    if label is None and name == "none" and c.kind in ("multiple", "percent_change"):
        after_product = _product_after_change_verb(s)
        if after_product:
            # "Montenegro nearly doubles electricity export revenue": the product after the verb
            label, name = after_product, "product-after-change-verb"
    if label is None and c.kind == "amount" and p is not None and p.kind == "multiple" and p.commodity and _BASE_LEVEL_NAMED.fullmatch(gap):
        # "Microelectronics made up $2.6bn ..., double the 2021 figure of $1.3bn": the level
        # the multiple is of, the same product at the earlier year
        label, name = p.commodity, "base-of-multiple"
    if label is None and c.kind == "share" and p is not None and p.kind == "amount" and p.commodity and p.measure == c.measure \
            and _share_of_it().fullmatch(gap):
        # "The foreign-invested sector exported $290.2 billion worth of goods, making up 71.6%
        # of total export turnover": the share of the amount's part
        label, name = p.extra.get("_part_commodity") or p.commodity, "share-of-the-part"
    if s.whole_after_of and name == "from-product-flow":
        # "87 per cent of B.C.'s $5.7 billion in softwood lumber exports": the whole names
        # its own product right after its figure, so it is that product's flow
        name = "share-whole-own-product"
    elif s.whole_after_of and not p.extra.get("_whole_has_commodity"):
        # the same product from everyone ("€11.5bn of €31.1bn" of cars from China), or all
        # products of the pair when the part was one product, or when the whole names its
        # own partner ("80 per cent of its $151.2 billion in exports to the U.S.")
        label, name = (p.commodity if _one_partners(p) and not whole_with_own_partner(s) and not whole_of_goods_between_pair(s) else None), "share-whole"
    elif s.whole_of_share:
        if p.extra.get("_whole_has_commodity"):
            label, name = p.commodity, "share-whole"  # "7.5% of its non-oil exports, which totalled $9.6bn"
        elif p.commodity:
            label, name = None, "share-whole"
    if c.kind == "amount" and _whole_in_share_label(text, s.sent.start, m):
        label, name = None, "share-label-whole"  # "Copper share of total exports (US$94.9bn)": all exports
    elif c.kind == "share" and _share_label_cell(text, m) and _share_of_total_flow(text, s.sent.start, m.start):
        part = _share_label_part(text, m)
        if part:
            label, name = part, "share-label-part"  # "Copper share of total exports (...): 53.5%": copper's
    if label is None and name == "none" and c.measure != "other" and c.kind in ("amount", "share"):
        lead = product_of_list_lead(text, m, ms["country"], s.state.commodity)
        if lead:
            label, name = lead, "list-lead"  # "• China: US$26.6bn", under "Chile's copper exports: ..."
    if label is None and name == "none" and not ctx.scope and _other_flow_of_the_product(s):
        # "Exports of tiles amounted to EUR 6.8bn, while imports were EUR 1.5bn": the tiles' imports
        # (a text whose headline scopes it to a product gives its bare figures that one: below)
        label, name = s.prev.commodity, "other-flow-of-product"
    elif label is None and name == "none" and not ctx.scope and _imports_of_the_sector(s):
        label, name = s.state.last_commodity, "imports-of-the-sector"
    if label is None and name == "none" and (side := product_of_the_balance_before(text, c, s.prev, m.start)):
        label, name = side, SIDE_OF_BALANCE  # "a dairy deficit of £1.7bn, with imports of £3.4bn": dairy imports
    if label is None and _ranked_market_of_product(s):
        label, name = s.state.last_commodity, "ranked-market"  # "Watch exports rose ... The United States remained the largest market at"
    if label is None and name == "none" and c.kind in ("amount", "share") and c.how.get("measure") == "flow-side-opener":
        side = product_of_the_side(s)
        if side:
            # "Pharma exports reached €313bn, imports €121bn. ... On the import side,
            # Switzerland was the main partner (37.4%, €45.1bn)": the same product's imports
            label, name = side, "side-of-lead-product"
    if label is None and name == "none" and c.kind == "amount":
        sector = product_of_the_sector(s)
        if sector:
            # "Garment exports reached $40bn ... Imports of raw materials were $21.6bn, leaving
            # a trade surplus of $18.7bn for the sector": the balance of the text's product
            label, name = sector, "sector-of-lead"
            left_by = p is not None and c.measure == "balance" and p.kind == "amount" and p.measure in ("exports", "imports") \
                and p.partner == "WLD" and p.commodity not in (None, sector) and not p.extra.get("_within")
            if left_by and vocab.wider_goods(p.commodity, sector):
                # ("Chip imports ... Overall electronics imports stood at $89.8bn, leaving a
                # deficit of $60.7bn in the segment": the flow before holds the lead's goods, so
                # the segment the balance is left in is that flow's, the wider one)
                label = p.commodity
            elif left_by:
                # (the flow the balance is left by, of the sector's inputs, "raw materials": a
                # part of the sector's flow)
                p.extra["_within"] = sector
    if label is None and name == "none" and c.kind in ("amount", "share"):
        lead = product_of_partner_share(s)
        if lead:
            # "Car exports rose to ¥13trn. ... Shipments to Canada came to ¥1.3trn, or 10% of
            # the total": a partner's part of the product the text leads on ("China took 68% of
            # the total, or $4.2bn": its share first, as well)
            label, name = lead, "partner-share-of-lead"
    if label is None and _change_from_opener(s):
        label, name = s.state.last_commodity, "change-from-opener"  # "... fell 9.7% to $52.4bn. The drop from $58.0bn in 2022 ..."
    paired = c.extra.get("_paired_change")
    if label is None and paired is not None and paired.commodity:
        # "Exports of coal fell 7.4%, or A$480 million, to A$6.01 billion": the change in money
        # restates the percentage's, so it is of the same product
        label, name = paired.commodity, "paired-change"
    if label is None and c.how.get("pair") == "ranked-against" and p.commodity:
        label, name = p.commodity, "ranked-after"  # "..., ahead of Mexico's $17.8 billion": the same product
    if label is None and c.how.get("measure") == "ranked-after" and p is not None and p.commodity:
        label, name = p.commodity, "ranked-after"  # the first ranked place's product, for the rest
    if label is not None and p is not None and label == (p.extra.get("_part_commodity") or p.commodity) and p.extra.get("_within") \
            and name in ("same-as-previous", "same-flow-carried", "share-of-the-part"):
        c.extra["_within"] = p.extra["_within"]  # the company's figure restated: within the same flow
    if c.kind == "share" and label is not None and _in_a_list_of_places(s, label):
        # "Saudi Arabia: RO179.4mn (12.9 per cent)" under "Top destinations for Omani non-oil
        # exports:": a market's share of the product's flow with the world, which the
        # heading names, not of all goods sent to that market
        c.extra["_whole_has_commodity"] = True
    if label == ctx.scope and ctx.scope:
        c.extra["_scoped"] = True
    # (not a table row's "Q1 total" under a header: the total of the rows above it, of the
    # article's product as they are)
    whole_named = label is None and ctx.product_scope and not m.attrs.get("header") \
        and (_names_whole_scope(text, s.sent.start, m.start) or c.how.get("measure") == "whole-of-share" and _whole_flow_said_after(text, m.end, s.sent.end))
    if label is None and not whole_named and ctx.scope and c.measure != "other" and _counts_in_what_the_scope_leaves_out(text, s.sent, ctx.scope):
        whole_named = True  # ("imports from the UAE, including crude oil, climbed" in a text on non-oil trade)
    if whole_named:
        c.extra["_whole_of_trade"] = True
    if label is None and ctx.scope and c.measure != "other" and not whole_named \
            and not re.search(r"\btotal\s+(?:exports|imports|trade)\b", text[max(s.sent.start, prev_end):m.start], re.I):
        label, name = ctx.scope, "article-scope"
        c.extra["_scoped"] = True
    # ("Economists had expected a deficit of EUR 0.2 billion. ... The consensus had assumed a
    # goods surplus of EUR 0.3 billion": a forecast of a flow keeps the product its own words
    # name, so forecasts of two balances are not taken for two forecasts of one)
    foreseen = c.extra.get("_forecast") and c.extra.get("_forecast_of") not in (None, "other") \
        and label in ("goods", "services") and (name in ("product-word", "goods-alone") or name == "same-as-previous" and s.continued)
    # ("Trade in goods is expected to shrink by $2bn to $22bn": the level the foreseen change
    # goes to is of the goods the change is of)
    if c.measure == "other" and "change_of" not in c.extra and not foreseen:
        if c.extra.get("refuted") and label in ("goods", "services"):
            c.extra["_claimed_commodity"] = label  # (for the figures after it; see p_goods above)
        label, name = None, "not-a-flow"
    if label is None and (name == "goods-alone" or name == "same-as-previous" and p.extra.get("_goods_named")):
        c.extra["_goods_named"] = True  # "Goods imports surged 2.6% to $281.8 billion" (see _goods_beside_the_whole)
    if label is None and c.scope is None and c.how.get("measure") == "total-of-rows":
        # "Total: Nu 19.86B" under rows labelled by what no product names (power plants): the
        # total of those rows, a part of the flow of its own, not the flow's whole
        c.scope = TOTAL_OF_ROWS
    c.commodity = label
    _set(c, "commodity", name, "text" if name not in ("same-as-previous", "goods-or-services-carried", "same-flow-carried", "goods-and-services-go-on", "table-row-carried", "lead-product-carried", "answer-carried", "article-scope", "list-lead", "ranked-after", "ranked-market", "partner-share-of-lead", "side-of-lead-product", "sector-of-lead", "this-product", "question-carried", "change-of-last-product", "none") else ("guess" if name == "none" else "context"))
    if label and c.basis["commodity"] == "text" and name not in ("anaphor-carried", "same-products", "elided-part") \
            and label not in ("goods", "services") and c.how.get("pair") == "discourse" \
            and c.partner not in (None, "WLD", ctx.main_partner, ctx.main_reporter, c.reporter) and c.kind in ("amount", "share", "percent_change") \
            and not (name == "list-item-label" and _under_colon_lead(text, text.rfind("\n", 0, m.start) + 1)):
        # (an item under its list's lead "Imports from China were $90 million. By kind:" is
        # the lead's part, with its partner)
        # "Exports to China were NZ$1.5 billion. Dairy exports were NZ$1.9 billion.": a
        # partner of the sentence before (not the text's own) does not carry into one about a
        # product that names none; the flow with the world is as likely, and neither is read
        c.partner = "WLD"
        _set(c, "pair", "product-sentence-world", "guess")


def _whole_given_last(s: Site) -> bool:
    """Whether the last figure before this one was of a whole flow of the same measure (no
    part of it, by product or by partner), after a part was named: the sector a later "the
    sector's exports" means (not "shipments to the US rose ..., taking its share of the
    sector's exports to 16.1%": a partner's part, the sector still the product before it)."""
    st = s.state
    return st.commodity is not None and st.last_commodity is None and st.measure == s.claim.measure and st.partner == "WLD"


# the scope of a total row under rows whose labels name no product (link/measures.py total_of_rows)
TOTAL_OF_ROWS = "the total of the rows above"


def _lead_over_a_breakdown(state: State) -> str | None:
    """"Chile's copper exports rose to $4.15 billion ... Exports of refined copper cathodes
    brought in $2.46 billion, while shipments of concentrates were worth $1.69 billion. The
    metal accounted for 58.6 percent": right after a sentence that broke a flow down by
    product, a class noun ("the metal") points back to the product the text leads on, not to
    the last of its forms; None where the text leads on no one product or the breakdown's
    items include it."""
    lead = state.lead_flow[2] if state.lead_flow else None
    _, products = state.sentence_products
    return lead if lead and len(products) >= 2 and lead not in products else None


def _group_of_part(part: str, products: tuple[str, ...]) -> str:
    """The product named latest of those the text named whose goods hold every good of `part`
    (by their codes in vocab/commodities.csv, "energy" for "natural gas"; or by its words, "wines
    and spirits" for "spirits"), else `part`."""
    codes = vocab.hs_codes()
    mine = codes.get(part)
    for group in reversed(products):
        if group == part:
            continue
        theirs = codes.get(group)
        if mine and theirs and theirs != mine and all(any(c.startswith(g) for g in theirs) for c in mine):
            return group
        if part in re.split(r"\s*,\s*|\s+and\s+", group):
            return group  # ("wines and spirits" lists "spirits" among its members)
    return part


def _sector_flows_go_on(s: Site) -> bool:
    """Whether an amount naming no product goes on about the flows of the sector a figure
    before it in the sentence had as its subject ("The steel industry exported $5bn, against
    imports of $3bn"; or a sector's flow, "puts farm exports at $9bn, against imports of $7bn,
    a surplus of $2bn"): a flow with no place, product, whole or other clause's subject between."""
    c, p = s.claim, s.prev
    if p is None or c.kind != "amount" or p.kind != "amount" or not p.commodity or p.start < s.sent.start \
            or p.how.get("commodity") not in ("sector-subject", "sector-flow", "sector-flows-carried") \
            or c.measure not in ("exports", "imports", "balance", "trade_total"):
        return False
    if re.search(r"[;:]|\b(?:while|whereas|but|total|overall|combined)\b", s.gap, re.I):
        return False
    return not any(p.end <= x.start < s.m.start for x in s.ms["country"] + s.ms["commodity"])


def _bare_flow_after_lead_product(s: Site) -> str | None:
    """"Türkiye's defence and aerospace industry exports reached $5.5 billion in 2023 ...
    Exports rose 27% from $4.34 billion in 2022": a sentence that opens on the bare flow word,
    naming no product, place or whole, after a figure of the product the headline is about,
    goes on about that product (the text is about it): that product, else None."""
    c, st = s.claim, s.state
    product = st.last_commodity
    if c.kind not in ("amount", "percent_change") or c.measure not in ("exports", "imports") or s.prev is not None \
            or not product or st.measure != c.measure or st.reporter != c.reporter:
        return None
    opening = next((f for f in s.ms["flow"] if f.start < s.m.start), None)
    if opening is None or opening.attrs["measure"] != c.measure or s.text[s.sent.start:opening.start].strip() \
            or " " in opening.text.strip():
        return None
    if any(s.sent.start <= x.start < s.m.start for x in s.ms["commodity"] + s.ms["country"]) \
            or _names_whole_scope(s.text, s.sent.start, s.m.start) or VOLUME.search(s.text, s.sent.start, s.m.start):
        return None  # (nor "Export volumes rose ...": a quantity's change, which no level of money checks)
    headline = s.text[:s.text.find("\n")] if "\n" in s.text else ""
    return product if product.lower() in headline.lower() else None


@functools.cache
def _whole_tail() -> re.Pattern:
    """"£398.5 billion of goods and £478.9 billion of services, making £877.4 billion in
    total": words right after a figure that make it the parts' whole (vocab/whole_tails.csv),
    which carries neither part's product."""
    words = vocab.alternation(vocab.whole_tails(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+{words}\b", re.I)


def _own_of_previous(text: str, prev_end: int, x, p: Claim) -> bool:
    """"exported EUR 532.3 billion of goods ... and imported EUR 334.5 billion": the product
    right after the figure before ("of goods") is that figure's own, and it carries on; not
    from a part counted in ("imports came to A$125.0 billion, including A$117.6 billion of
    goods, leaving a surplus of": the surplus is of the whole, vocab/inclusion_cues.csv)."""
    if x.start - prev_end >= 12 or re.fullmatch(r"\s+of\s+", text[prev_end:x.start]) is None:
        return False
    return _included_before().search(text, max(0, p.start - 25), p.start) is None


@functools.cache
def _included_before() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("inclusion_cues")] + [r["phrase"] for r in vocab.table("breakdown_cues")],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:[\w-]+\s+){{0,2}}\Z", re.I)


# a list line's bullet and its label's words up to a place in it, no figure among them
_BULLET_LABEL_BEFORE = re.compile(r"[ \t]*[*\u2022\u2013-][ \t]+[^:\n\d$€£¥]{0,60}$")


def _in_bullet_label(text: str, pm) -> bool:
    """Whether the period is in the label of a bulleted line, before the colon that opens
    its figures ("* Exports, first quarter: HK$1,157.9 billion (+12.7%)")."""
    line_start = text.rfind("\n", 0, pm.start) + 1
    if text[line_start:line_start + 8].lstrip(" \t")[:1] not in ("*", "\u2022", "\u2013", "-"):
        return False  # (checked first: cheap)
    line_end = text.find("\n", pm.end)
    colon = text.find(":", pm.end, len(text) if line_end == -1 else line_end)
    return colon != -1 and not any(ch.isdigit() for ch in text[pm.end:colon]) \
        and _BULLET_LABEL_BEFORE.match(text, line_start, pm.start) is not None


# what the product rules may read in a clause whose subject is a company: none, or a word of
# the subject itself ("Hyundai Motor Group" read as a product, "Toyota Motor's car exports")
_COMPANY_OVERRIDES = ("none", "part-subject", "list-tail", "product-word", "subject-of-flow", "leading-product", "subject-of-change")


# the product rules that read a sector or a company, not a product
_SECTOR_RULES = ("company-subject", "named-sector-flow", "sector-subject", "sector-flow")
_TURN = re.compile(r";|,\s*(?:while|whereas|but)\b", re.I)


# (a dash may set the change off as a comma does: "against NOK 480bn the year before – a
# decline of NOK 104bn")
_CHANGE_AFTER_ASIDE = re.compile(r"(?:,|\band|\s[–—-])\s+(?:(?:up|down)\s+(?:by\s+)?|(?:an?\s+)?(?:increase|decrease|rise|drop|fall|decline)\s+of\s+)\Z", re.I)
_CHANGE_RIGHT_AFTER = re.compile(r"\s*,\s*(?:(?:up|down)\s+(?:by\s+)?|(?:an?\s+)?(?:increase|decrease|rise|drop|fall|decline)\s+of\s+)\Z", re.I)


def _change_of_last_product(s: Site) -> bool:
    """Whether the figure, the first of its sentence, is a change in money between two
    periods ("the $2bn increase in exports") of the flow the last figure was of, that figure
    of a product, with no product or place named before it in its sentence."""
    c, st = s.claim, s.state
    of, base = c.extra.get("change_of"), c.extra.get("change_base")
    if not (c.kind == "amount" and of and base and st.last_commodity and st.commodity == st.last_commodity and st.measure == of):
        return False
    return not any(s.sent.start <= x.start < s.m.start for x in s.ms["commodity"] + s.ms["country"])


def _change_in_money_of(s: Site) -> bool:
    """Whether the figure is a change in money set right after the level it changes (", down
    $680 million from"), that level an amount of the same flow."""
    c, p = s.claim, s.prev
    if not (c.kind == "amount" and c.how.get("measure") == "absolute-change" and p.kind == "amount" and p.sentence == c.sentence):
        return False
    if _CHANGE_RIGHT_AFTER.match(s.gap):
        return True
    # ("were worth NOK 122 billion in 2023, the council said, a record and an increase of NOK
    # 16 billion": the same, past the level's date and an aside that names no other place,
    # product or turn of the clause)
    return _CHANGE_AFTER_ASIDE.search(s.gap) is not None and not _TURN.search(s.gap) \
        and not any(p.end <= x.start < s.m.start and x.text[:1].islower() for x in s.ms["commodity"]) \
        and not any(p.end <= x.start < s.m.start and x.attrs.get("iso") != p.reporter for x in s.ms["country"])
    # (a capitalised product word is in a name, "the Seafood Council"; the reporter's own
    # name or demonym is no other place)


@functools.cache
def _partner_aside_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.partner_nouns(), ignore_case=True)
    return re.compile(rf",\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\s+(?:for|of)\s+(?P<np>[^,;()]{{1,50}}),", re.I)


def _product_of_partner_aside(s: Site) -> str | None:
    """"Exports to the US, the largest market for Korean cars, came to $2.61 billion": an aside
    after the partner that calls it a market (vocab/partner_nouns.csv) for a product names the
    product the flow is of."""
    if "," not in s.text[max(s.sent.start, s.prev_end):s.m.start]:
        return None  # (checked first: cheap)
    mm = _partner_aside_re().search(s.text, max(s.sent.start, s.prev_end), s.m.start)
    if mm is None or not any(f.attrs["measure"] in ("exports", "imports", "trade_total") for f in s.ms["flow"] if s.sent.start <= f.start < mm.start()):
        return None
    x = next((x for x in s.ms["commodity"] if mm.start("np") <= x.start and x.end <= mm.end("np")), None)
    if x is None or x.text.lower() in vocab.goods_nouns() or canonical_label(x.text) in ("goods", "merchandise"):
        return None  # ("the top destination for German goods": all goods, no product)
    return canonical_label(x.text)


# "saw their imports and exports rise": a possessive pronoun before a flow word
# (or the flow "with" which the clause goes on: "Baykar accounted for a third of the total,
# with exports of $1.8bn": the subject's own, its possessive left out)
_THEIR_FLOW = re.compile(r"\b(?:their|its)\s+(?:[a-z-]+\s+){0,3}?(?:exports|imports|trade|shipments|sales)\b"
                         rf"|,\s+with\s+(?:exports|imports|shipments|sales)\s+of\s+{HEDGE}$", re.I)


# a second verb of a flow with no subject of its own, or the balance the flows leave, right
# after a trader's figure (" and imported ", ", resulting in a deficit of ")
_SAME_TRADER_GOES_ON = re.compile(rf"\s+and\s+(?:also\s+)?(?:exported|imported|shipped|bought|sold)\s+(?:only\s+)?{HEDGE}"
                                  rf"|(?:\s+of\s+[a-z][\w\s'’-]{{0,40}}?)?,\s+(?:resulting\s+in|leaving\s+(?:it|them|the\s+sector)\s+with|giving\s+(?:it|them|the\s+sector))"
                                  rf"\s+an?\s+(?:trade\s+)?(?:deficit|surplus)\s+of\s+{HEDGE}", re.I)
def _trader_goes_on(p: Claim, gap: str) -> bool:
    """Whether the figure after a trader's (or after the share of it that restates it) is
    the same trader's: a second verb, or the balance its flows leave (_SAME_TRADER_GOES_ON)."""
    own = p.how.get("commodity") == "company-subject" or p.kind == "share" and p.how.get("commodity") in ("same-as-previous", "share-of-the-part")
    return own and _SAME_TRADER_GOES_ON.fullmatch(gap) is not None


# "Its imports reached": a possessive and a flow word opening a sentence
_ITS_FLOW_OPENS = re.compile(r"\s*(?:Its|Their)\s+(?:[a-z-]+\s+)?(?:exports|imports|shipments|purchases|sales)\b")


def _product_of_group(np: str) -> str | None:
    """"the chip sector", "the steel industry": a product's name before a word for its group
    (vocab/group_heads.csv) names the trade in that product, not a company; the product's
    label, else None."""
    words = np.split()
    if len(words) < 2 or words[-1] not in vocab.group_heads():
        return None
    head = " ".join(w for w in words[:-1] if w != "the")
    if f"{head} {words[-1]}".lower() in _commodity_phrases():
        # ("the petroleum group": a group a release names so, with goods of its own)
        return canonical_label(f"{head} {words[-1]}")
    label = canonical_label(head)
    if label in _commodity_phrases() or head in _commodity_phrases():
        return label
    return None


def _company_part(s: Site, label: str | None, name: str) -> tuple[str | None, str]:
    """"with Toyota Motor shipping $30 billion", "Samsung Vietnam's exports reached": a
    company (or a sector) as the subject makes the figure its part of the country's flow,
    labelled by its name, and within the product of the flow the sentence named before it
    ("Japan's car exports rose to $90 billion, with Toyota Motor shipping $30 billion")."""
    c, p = s.claim, s.prev
    if c.kind not in ("amount", "share", "percent_change") or c.measure == "other":
        return label, name
    if name not in _COMPANY_OVERRIDES and not (name == "of-product" and label in (None, "goods", "merchandise")):
        # (nor "shipped $55.7bn of goods": goods alone, no product)
        return label, name
    company = company_subject(s.text, max(s.sent.start, s.prev_end), s.m.start)
    if company is None:
        if label is None and p is not None and p.commodity and (p.how.get("commodity") == "company-subject" and _THEIR_FLOW.search(s.gap)
                                                                 or _trader_goes_on(p, s.gap)) and not _TURN.search(s.gap):
            # "Private enterprises, which contributed 57.2 percent of the country's foreign
            # trade, saw their imports and exports rise 7.2 percent": the subject's own flow;
            # so too a second verb of the same subject, or the balance its flows leave
            # ("domestic firms exported only $50.3 billion and imported $69.4 billion,
            # resulting in a deficit of $19.1 billion")
            return p.commodity, "company-subject"
        if label is None and p is None and s.state.last_by_trader and s.state.last_commodity \
                and _ITS_FLOW_OPENS.match(s.text, s.sent.start, s.m.start):
            # "The FDI sector exported $126.3 billion ... Its imports reached $103.9 billion":
            # a possessive opening the next sentence stands for the trader just named
            return s.state.last_commodity, "company-subject"
        return label, name
    product = _product_of_group(company)
    if product is not None:
        return product, "product-group-subject"
    if p is not None and p.commodity and p.measure == c.measure and p.reporter == c.reporter \
            and p.how.get("commodity") not in _SECTOR_RULES and not _TURN.search(s.gap) \
            and not re.search(rf",\s+and\s+{re.escape(company)}\b", s.gap):
        # (not past a turn: "..., while the foreign-invested sector earned" is a sibling of
        # the part before, not within it; nor a clause of its own opening on a class of
        # firms, ", and foreign-invested companies account for 70%")
        c.extra["_within"] = p.extra.get("_part_commodity") or p.commodity
    return company, "company-subject"


def _change_from_opener(s: Site) -> bool:
    """"Phone exports fell 9.7% to $52.4bn. The drop from $58.0bn in 2022 helped pull total
    exports down": a sentence opening on the change just given (a change noun,
    vocab/change_nouns.csv, then "from") gives its earlier level, of the product that change
    was of, not of the whole the rest of the sentence turns to."""
    c = s.claim
    if s.prev is not None or c.kind != "amount" or not s.state.last_commodity:
        return False
    return _change_from_opener_re().fullmatch(s.text, s.sent.start, s.m.start) is not None


@functools.cache
def _change_from_opener_re() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("change_nouns")], ignore_case=True)
    return re.compile(rf"\s*(?:the|this|that|its|their)\s+(?:{nouns})\s+from\s+(?:about\s+|some\s+)?", re.I)


# the product rules that read the clause's subject (or a product word in it)
_SUBJECT_PRODUCT_RULES = ("product-word", "company-subject", "product-group-subject", "part-subject", "list-tail", "subject-of-flow")


@functools.cache
def _bulk_of_re() -> re.Pattern:
    """"the bulk of a ", "most of the ": most of a whole (vocab/bulk_of_whole_cues.csv), then
    "of" and a determiner, right before the whole's figure."""
    words = vocab.alternation(vocab.bulk_of_whole_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+of\s+(?:a|an|the|its|their|this|that)\s+{HEDGE}$", re.I)


def _whole_after_bulk_of(s: Site) -> bool:
    """Whether the figure is a whole its subject is most of ("account for the bulk of a
    €339bn export total"), with no product named between those words and the figure's end
    ("most of the $52bn of soybean exports" keeps soybeans)."""
    mm = _bulk_of_re().search(s.text, max(s.sent.start, s.prev_end, s.m.start - 60), s.m.start)
    if mm is None:
        return False
    return not any(mm.start() <= x.start < s.m.end + 40 for x in s.ms["commodity"])


def _other_flow_of_the_product(s: Site) -> bool:
    """"Exports of ceramic tiles amounted to EUR 6.8 billion, while imports were EUR 1.5
    billion": a bare imports figure right after a product's exports in its sentence, no other
    product named between, is the same product's other flow (never the whole of imports:
    the product's exports and the whole imports would make no balance)."""
    c, p = s.claim, s.prev
    if c.kind != "amount" or c.measure != "imports" or p is None or p.kind != "amount" or p.measure != "exports" \
            or not p.commodity or p.how.get("commodity") not in ("flow-of-product", "subject-of-flow"):
        return False  # (the product the exports' own words name: "exports of tiles", "tile exports";
        # not a part after "of which", "exports were $5.3bn, of which crude oil $3.9bn, while imports")
    return not any(p.end <= x.start < s.m.start for x in s.ms["commodity"])


def _imports_of_the_sector(s: Site) -> bool:
    """"Poland's exports of agri-food products rose ... to EUR 11.4 bn. Imports grew faster,
    by 20.9 pct, to EUR 8.1 bn, but the sector's trade surplus widened to EUR 3.3 bn": bare
    imports opening the sentence after a product's exports, the sentence going on to call the
    balance the sector's, are that product's imports (no product or place named before them).
    The first figure only: the figures after it carry its product on."""
    c, state = s.claim, s.state
    if c.kind not in ("amount", "percent_change") or c.measure != "imports" or s.prev is not None or state.measure != "exports" \
            or not state.last_commodity or state.last_by_trader:
        return False
    if any(s.sent.start <= x.start < s.m.start for x in s.ms["commodity"] + s.ms["country"]):
        return False
    return THE_SECTORS_FLOW.search(s.text, s.m.end, s.sent.end) is not None


# "$2bn worth," with no "of" and goods after it: the worth of the goods the text is on
_BARE_WORTH = re.compile(r"\s+worth\b(?!\s+of\b)", re.I)


def _ranked_market_of_product(s: Site) -> bool:
    """"Watch exports rose 7.7% to a record CHF 26.7bn from CHF 24.8bn in 2022. The United
    States remained the largest market at CHF 4.4bn": a sentence that ranks a partner, with no
    flow or product word of its own, after a product's figure with the world, speaks of that
    product's market."""
    c, state = s.claim, s.state
    # (not after a company's or a sector's part: "foreign-invested firms account for 70%.
    # America was the biggest market": the market of all goods, not of those firms' sales)
    if s.prev is not None or not state.last_commodity or state.last_by_trader or state.partner not in (None, "WLD") \
            or c.kind != "amount" or c.how.get("pair") != "named-partner":
        return False
    # (not after a sentence that splits the flow by product: "Sandstone exports stood at $1bn
    # and marble at $0.8bn. The US was the largest buyer at $3bn": the last product is one part
    # among several, never the whole the partners' figures are parts of)
    if len(state.sentence_products[1]) > 1:
        return False
    # (nor after a bullet list by product: "* Other products: €102mn" ends the split; the
    # markets ranked after it are the whole flow's, not its last bullet's)
    if state.last_by_list_item:
        return False
    # (the flow from the discourse, or the same flow from the noun it ranks by: "market")
    # ("China remained the main buyer, with": the flow a buyer's noun gives, the same one;
    # "Japan stayed the top market, buying $2bn worth": the buyer's own verb, read from the
    # other side, is the same flow too, when a bare "worth" after the figure leaves its goods
    # to be understood as those just named)
    if not (c.how.get("measure") == "discourse"
            or (c.how.get("measure") in ("ranked-by-one-flow", "perspective-verb") and c.measure == state.measure)):
        return False
    ranked_by = c.how.get("measure") == "perspective-verb"
    aside = _place_which_aside(s.text, s.sent.start, s.m.start)
    if any(s.sent.start <= x.start < s.m.start and not (aside and aside[0] <= x.start < aside[1]) for x in s.ms["commodity"]) \
            or any(s.sent.start <= x.start < s.m.start and not (ranked_by and (x.text.lower() in vocab.rank_nouns() or (x is s.flow and _BARE_WORTH.match(s.text, s.m.end))))
                   and not (aside and aside[0] <= x.start < aside[1]) for x in s.ms["flow"]):
        return False
    return bool(_ranks_a_partner(s.text, s.sent.start, s.m.start))


# "came a distant second", "ranked third", "was next": a place ranked after the first one
_RANKED_AFTER_FIRST = re.compile(r"\b(?:came|ranked|was|placed|followed)\s+(?:(?:a\s+)?(?:distant|close)\s+)?(?:second|third|fourth|fifth|next)\b", re.I)


# "The Netherlands, which took most of the diesel, was the largest market": a place opening
# the sentence, a relative clause about it, then the main clause's verb
_PLACE_WHICH_ASIDE = re.compile(r"\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+which\s+[^;]*?,"
                                r"(?=\s+(?:was|were|is|are|remained|remains|became|stayed|ranked)\b)", re.I)


def _place_which_aside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a relative clause right after the place a sentence opens with: the
    products it names ("a hub for diesel and jet fuel") describe the place, they are no
    product of the figure the main clause gives."""
    if ", which " not in text[start:end]:
        return None  # (cheap: most sentences have none)
    mm = _PLACE_WHICH_ASIDE.match(text, start, end)
    return (mm.start(), mm.end()) if mm else None


@functools.cache
def _valuation_costs() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("valuation_costs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"^\W*(?:the\s+)?(?:{words})\b", re.I)


def _scope_goes_on(scope: str | None) -> bool:
    """Whether a bare figure's scope reaches the level and change set beside it with no words
    of their own: a total of goods and services, or a flow less a part ("excluding oil")."""
    return scope == "goods and services" or (scope or "").startswith("excluding ")


def _excluded(s: Site, label: str | None, name: str) -> tuple[str | None, str]:
    """A part the figure's words leave out ("exports (excluding diamonds) were"; "Excluding
    trade with Botswana, Eswatini, Lesotho and Namibia (BELN), exports ..."): a scope of the
    whole flow, another quantity than the flow itself. Where the product words already made
    the figure's commodity a scope ("excluding gold"), it takes all the aside leaves out
    ("excluding gold and diamonds"); a product named only as left out ("not counting
    diamonds") is no product of the figure."""
    c = s.claim
    # (a text whose every figure leaves oil out says so once, "not counting crude oil", and
    # its article scope stands for it)
    found = excluded_part(s.text, s.sent, s.prev_end, s.m, c)
    if found is None:
        return label, name
    what, sure = found
    if _valuation_costs().search(what):
        return label, name  # "without insurance and freight": valued FOB, no part of the goods left out
    if s.ctx.scope:
        return _less_another_part(label, name, what) if sure else (label, name)
    if not sure:
        if label is None:
            c.extra["_scope_unsure"] = what  # the opener of another clause: whether it reaches this figure is a guess
        return label, name
    products = exclusion_label(what)
    if products and label is not None and label.startswith("excluding "):
        return products, "excluded-in-aside"
    if label is not None and re.search(rf"\b{re.escape(label)}\b", what, re.I):
        label, name = None, "excluded-in-aside"  # "Excluding polished diamonds, exports fell 2%": no figure of diamonds
    elif label is not None:
        return _less_another_part(label, name, what)
    if label is None and c.kind in ("amount", "percent_change", "multiple") \
            and not str(c.extra.get("partner_group") or "").startswith("other than "):
        # (not where the pair already is everyone but the places left out: "Excluding Japan,
        # exports fell 4%" is the flow to the rest, link/pairs.py, no narrower scope besides)
        c.scope = "excluding " + what
    return label, name


def _less_another_part(label: str | None, name: str, what: str) -> tuple[str | None, str]:
    """"National non-oil exports, which exclude re-exports, reached": a product or scope that
    leaves another product out is less than its own figure elsewhere ("non-oil, excluding
    re-exports"); not an aside that restates the scope ("non-oil exports, excluding crude
    oil"), nor one that leaves out no product."""
    known = what.strip().lower() in {w.lower() for w in vocab.commodities()}
    products = exclusion_label(what) or ("excluding " + canonical_label(what) if known else None)  # ("re-exports", also a flow word)
    if not products or label is None or "excluding " in label \
            or re.search(rf"\b{re.escape(label.removeprefix('non-'))}\b", what, re.I):
        return label, name
    return f"{label}, {products}", "excluded-in-aside"


@functools.cache
def _whole_scope_re() -> re.Pattern:
    return re.compile(r"\b(?:" + vocab.alternation(vocab.whole_scope_cues(), ignore_case=True, space=r"\s+") + r")\b", re.I)


def _counts_in_what_the_scope_leaves_out(text: str, sent, scope: str) -> bool:
    """"India's exports to the UAE rose to $31.3 billion, while imports from the UAE,
    including crude oil, climbed to $53.2 billion" in a text whose scope is non-oil trade: a
    sentence that counts in what the scope leaves out (vocab/inclusion_cues.csv before it)
    gives the whole of the flows, not the scope's part."""
    if not scope.startswith("non-") or "includ" not in text[sent.start:sent.end].lower():  # (cheap: most have none)
        return False
    return _inclusion_of_re(scope[4:]).search(text, sent.start, sent.end) is not None


@functools.lru_cache(maxsize=64)
def _inclusion_of_re(left_out: str) -> re.Pattern:
    cues = vocab.alternation(vocab.inclusion_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s+(?:[\w-]+\s+){{0,2}}?{re.escape(left_out)}\b", re.I)


# where the clause after a figure ends: a comma, a semicolon, a dash or a bracket
_CLAUSE_END = re.compile(r"[,;()\u2013\u2014]|\s-\s")


def _whole_flow_said_after(text: str, end: int, sent_end: int) -> bool:
    """"Coffee accounted for 61.7 per cent of the 3,757.4 million Birr the country obtained
    from all exports": a share's whole whose own clause after it names the whole of the trade
    (vocab/whole_scope_cues.csv) is that whole, not the product the headline is about."""
    stop = _CLAUSE_END.search(text, end, sent_end)
    return _whole_scope_re().search(text, end, stop.start() if stop else sent_end) is not None


def _names_whole_scope(text: str, start: int, end: int) -> bool:
    """"Total merchandise exports for the year amounted to US$16.6 billion", "Merchandise
    imports were US$13.8 billion, resulting in a trade surplus of": a sentence that names the
    whole of the trade before its figure is about that, not the product the headline of a
    product's article summarised."""
    return any(not _total_referred_back(text, start, mm) for mm in _whole_scope_re().finditer(text, start, end))


# "about a third of the total, with the United States alone taking": "the total" after "of"
# and before no flow word of its own
_OF_THE_BEFORE = re.compile(r"\bof\s+the\s+$", re.I)
_FLOW_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:exports|imports|trade|shipments|sales)\b", re.I)


def _total_referred_back(text: str, start: int, mm: re.Match) -> bool:
    """Whether a whole-scope cue is only "the total" a share is of, which points back to the
    figure the text gave ("about a third of the total": of the sector's exports), not a turn
    to the whole of the country's trade."""
    return mm.group(0).lower() == "total" and bool(_OF_THE_BEFORE.search(text, max(start, mm.start() - 10), mm.start())) \
        and not _FLOW_NOUN_AFTER.match(text, mm.end())


def _account_of(s: Site) -> str | None:
    """The account of the balance of payments a balance figure is of (vocab/accounts.csv):
    the one the balance word governing it names ("the primary income surplus ... rose to
    35.53 trillion yen"), or the subject it is the predicate of ("The secondary income
    balance showed a deficit of 4.04 trillion yen")."""
    row = topic.account_row(s.text, s.m)
    if row:
        return row  # ("- primary income: -35.4" under a unit header: the row's account)
    words = [f for f in s.ms["flow"] if s.sent.start <= f.start and f.end <= s.m.start and f.attrs["measure"] == "balance"]
    if not words:
        return _account_short_form(_account_posting_balance_after(s) or _account_of_figure(s))
    last = words[-1]
    named = _account_re().search(s.text, max(s.sent.start, last.start - 25), last.start)
    if named is None and len(words) >= 2 and _PREDICATE.fullmatch(s.text, words[-2].end, last.start):
        named = _account_re().search(s.text, max(s.sent.start, words[-2].start - 25), words[-2].start)
    if named is None:
        # "The secondary income account showed a deficit of $0.11 billion": the account
        # named as the subject, the balance word its predicate's object
        named = _account_subject_re().search(s.text, max(s.sent.start, last.start - 160), last.start)
    if named is None:
        # "The shortfall on the services, income and current transfer account widened to": the
        # account after the balance word
        named = _account_after_re().match(s.text, last.end, s.m.start)
    if named is None and _BARE_BALANCE.search(s.text, max(s.sent.start, last.start - 5), last.start):
        named = _account_named_before(s.text, s.sent.start, last.start)
    return _account_short_form(named)


def _account_of_figure(s: Site) -> re.Match | None:
    """"With net errors and omissions of minus $1.4 billion": an account named right before
    "of" and its figure, no balance word there, is the account whose balance the figure is
    (not the trade balance the text was on)."""
    if " of " not in s.text[max(s.sent.start, s.m.start - 12):s.m.start]:
        return None  # (cheap: the pattern needs it)
    return _account_of_figure_re().search(s.text, max(s.sent.start, s.m.start - 80), s.m.start)


@functools.cache
def _account_of_figure_re() -> re.Pattern:
    accounts = vocab.alternation(vocab.accounts(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?P<a>{accounts})\s+of\s+(?:minus\s+|plus\s+)?$", re.I)


def _account_short_form(named: re.Match | None) -> str | None:
    """The account a match names, written in full ("BOP" is the balance of payments)."""
    if named is None:
        return None
    account = named["a"].lower().replace("-", " ")
    return vocab.account_short_forms().get(account, account)


# a balance word right after its figure, past one word at most: "US$4.36 Billion Surplus"
_BALANCE_WORD_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+)?(?:surplus|deficit|shortfall)\b", re.I)


def _account_posting_balance_after(s: Site) -> re.Match | None:
    """"BOP Posts US$4.36 Billion Surplus in 2009": a figure before its balance word, as
    headlines put it, is of the account that is the subject of the verb right before the
    figure (not the trade balance, which no word there names)."""
    if not _BALANCE_WORD_AFTER.match(s.text, s.m.end, s.sent.end):
        return None
    return _account_subject_re().search(s.text, max(s.sent.start, s.m.start - 160), s.m.start)


def _account_carried(s: Site) -> str | None:
    """"The current account showed a deficit of $2 billion in May. The deficit was $3 billion a
    year earlier": a sentence opening on a bare balance word ("The deficit") refers back to the
    balance of the figure before it (in an earlier sentence), so the account that balance was
    of (vocab/accounts.csv) is this one's too; not past a trade word, which makes it the trade
    balance again. (Else the bare figure becomes the whole of goods plus services.)"""
    if s.prev is not None or s.state.last_commodity is not None or s.state.measure not in (None, "balance") \
            or (s.state.scope or "").replace("-", " ") not in vocab.accounts():
        return None  # (state: what the figure before, in an earlier sentence, was of)
    opening = _OPENING_BARE_BALANCE.match(s.text, s.sent.start, s.m.start)
    if opening is None or _TRADE_BETWEEN.search(s.text, s.sent.start, s.m.start):
        return None
    return s.state.scope


# a sentence opening on a bare balance word: "The deficit was", "The surplus narrowed to"
_OPENING_BARE_BALANCE = re.compile(r"\W*the\s+(?:deficit|surplus|shortfall|gap)\b", re.I)
# a balance word with no qualifier of its own: "the deficit", "and the surplus", "compared
# with a surplus of"
_BARE_BALANCE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
# an account's words that name how figures are compiled, no balance: "balance-of-payments basis"
_NAMES_A_SERIES = re.compile(r"[\s-]+(?:basis|terms|statistics|data|figures|compilation)\b", re.I)
# what would make a bare balance word the trade one again: a trade word between
_TRADE_BETWEEN = re.compile(r"\b(?:trade|goods|merchandise|exports?|imports?)\b", re.I)


def _account_named_before(text: str, start: int, end: int) -> re.Match | None:
    """"the current account remained in surplus for the third month, and the deficit for
    the fiscal year to date narrowed to $0.5 billion": a bare "the deficit" after an account
    the sentence named, no trade word between, is that account's."""
    last = None
    for mm in _account_word_in_re().finditer(text, start, end):
        if not _NAMES_A_SERIES.match(text, mm.end()):
            last = mm  # (not "on a balance-of-payments basis": how trade is recorded, no account)
    if last is None or _TRADE_BETWEEN.search(text, last.end(), end):
        return None
    return last


@functools.cache
def _account_word_in_re() -> re.Pattern:
    accounts = vocab.alternation(vocab.accounts(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?P<a>{accounts})\b", re.I)


# the verb between a balance and what it showed: "balance showed a deficit", "was in surplus"
# a time between a balance and its verb: "The current account balance in June 2025 showed a
# surplus", "the primary income balance for the third quarter was a deficit"
_TIME_ADJUNCT = (r"(?:\s+(?:in|for|during|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:quarter|half)(?:\s+of)?"
                 r"|[A-Z][a-z]+\.?)?(?:\s*(?:19|20)\d\d)?)?")
_PREDICATE = re.compile(_TIME_ADJUNCT + r"\s+(?:showed|shows|posted|posts|logged|logs|recorded|records|registered|was|were|is|remained|stayed|swung\s+to|turned\s+to)"
                        r"\s+(?:(?:a|an|in)\s+)?(?:[a-z]+\s+)?", re.I)


@functools.cache
def _account_after_re() -> re.Pattern:
    # "deficit on the current account", "shortfall on the services, income and current transfer account"
    accounts = vocab.alternation(vocab.accounts(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\s+(?:on|in)\s+(?:the\s+)?(?P<a>{accounts})\b", re.I)


@functools.cache
def _account_subject_re() -> re.Pattern:
    # an account, perhaps its noun "account", and the verb before the balance word: "primary
    # income account posted a ", "current account posted a "
    accounts = vocab.alternation(vocab.accounts(), ignore_case=True, space=r"[\s-]+")
    # (or the object a verb drove to its balance: "pushing the overall balance of payments to a ")
    # (an aside may stand between the account and its verb: "The current account, which also
    # covers services and transfer payments, showed a ", "the current account (goods, services
    # and income) swung to a ")
    return re.compile(rf"\b(?P<a>{accounts})(?:[\s-]+account)?{_SUBJECT_ASIDE}(?:{_PREDICATE.pattern}|\s+(?:to|into)\s+(?:a|an)\s+)$", re.I)


# an aside between a subject and its verb: ", which ... ,", " -- the widest measure -- ", " (...)"
_SUBJECT_ASIDE = r"(?:\s*,[^,;.]{3,100},|\s+(?:--|—|–)[^-—–;.]{3,100}(?:--|—|–)|\s+\([^()]{3,100}\))?"


@functools.cache
def _account_re() -> re.Pattern:
    # an account right before the balance word: "current account ", "primary income "
    accounts = vocab.alternation(vocab.accounts(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?P<a>{accounts})[\s-]+$", re.I)


# the words from a change to the level it reached: "to", "at", "from", perhaps after an
# adverb of a few words ("year on year", "from a year earlier" is no adverb: it has "from")
_TO_LEVEL = re.compile(r"^\s*(?:(?!(?:to|at|from|and|while|but|in|of)\b)[A-Za-z/-]+\s+){0,3}?(?:to|at|from)\b", re.I)


def _goods_sentence_unscoped(claims: list[Claim]) -> None:
    """"China, the destination of 39.1% of Chilean exports, bought US$ 37,120 million of
    goods": a sentence that gives a pair's figure as goods in general speaks of the whole of
    that pair's trade, so the product an article's headline is about does not carry into the
    pair's other figures there."""
    pairs = {(c.reporter, c.partner) for c in claims if c.commodity == "goods" and c.basis.get("commodity") == "text"}
    for c in claims:
        if (c.reporter, c.partner) in pairs and c.how.get("commodity") == "article-scope":
            c.commodity = None
            c.extra.pop("_scoped", None)
            _set(c, "commodity", "goods-in-the-sentence", "text")


def _product_keeps_its_flow(claims: list[Claim]) -> None:
    """"Alberta, whose crude shipments make up nearly 80 per cent of its exports ..., buys only
    about $21.4 billion of American goods. Crude alone brought in $120.9 billion": a product
    as the subject with no flow word of its own is the flow it was last a part of for the
    same reporter, not the last flow the discourse named."""
    for i, c in enumerate(claims):
        if c.how.get("measure") != "discourse" or c.how.get("commodity") != "part-subject" or not c.commodity \
                or c.measure not in ("exports", "imports"):
            continue
        q = next((q for q in reversed(claims[:i]) if q.commodity == c.commodity and q.reporter == c.reporter
                  and q.measure in ("exports", "imports") and q.how.get("measure") != "discourse"), None)
        if q is not None and q.measure != c.measure and not _share_of_the_total_just_stated(c, claims[:i]):
            c.measure = q.measure
            _set(c, "measure", "product-flow", "context")


def _share_of_the_total_just_stated(c: Claim, before: list[Claim]) -> bool:
    """"Total exports of goods and services came to $824.9 billion. Services thus made up 47%
    of the total": a product's share "of the total" right after a sentence that states the
    whole of the discourse's flow is a share of that whole, whatever flow the product was
    last a part of (its imports, a paragraph before)."""
    return c.kind == "share" and c.extra.get("_whole") == "the total" and any(
        w.sentence == c.sentence - 1 and w.kind == "amount" and w.commodity is None and w.measure == c.measure
        and w.reporter == c.reporter for w in before)


def _parallel_share_wholes(claims: list[Claim]) -> None:
    """"Chemical products, which made up 24.1 percent of non-oil exports, ..., while plastics
    and rubber products ... accounted for 21.9 percent": a later share of a sentence that
    names no whole of its own is of the whole the first one named."""
    first = next((c for c in claims if c.kind == "share" and c.extra.get("_part_commodity")), None)
    if first is None:
        return
    for c in claims:
        if (c.kind == "share" and c.start > first.start and c.how.get("commodity") != "share-whole-product"
                and c.commodity not in (None, first.commodity) and not c.extra.get("_part_commodity")
                and (c.measure, c.reporter, c.partner, c.period) == (first.measure, first.reporter, first.partner, first.period)):
            c.extra.update(_part_commodity=c.commodity, _whole_has_commodity=True)
            c.commodity = first.commodity


# a subject, then a relative clause up to the share: "Chemical products, which made up "
# a single word opening the sentence as its subject, before its verb ("Basmati thus fetched")
# (a bullet's marker before it: "- Basmati earned $4.79 billion")
_ONE_WORD_SUBJECT = re.compile(r"\s*(?:[-•*–]\s+)?(?P<w>[A-Z][a-z-]+)\s+(?:thus\s+|alone\s+|also\s+)?[a-z]+(?:ed|s)\s")


def _form_subject(s: Site, whole: str | None) -> str | None:
    """The form of the whole's product a one-word subject names ("Basmati thus fetched ...
    of the total rice export earnings": basmati rice), or None."""
    mm = _ONE_WORD_SUBJECT.match(s.text, s.sent.start, s.m.start)
    forms = vocab.product_forms()
    if whole is None or mm is None or mm["w"].lower() not in forms:
        return None
    # (after a form of it was named, "basmati rice": of the product itself, no form of a form)
    words = whole.split()
    while len(words) > 1 and words[0].lower() in forms:
        words = words[1:]
    return f"{mm['w'].lower()} {' '.join(words)}"


def _goods_referred_back(s: Site) -> str | None:
    """The product of the figure before when the sentence opens on "the" or "these" and a
    noun of goods in general (vocab/goods_nouns.csv: "The products, which include ...",
    "These goods"), which names no product of its own but refers back; else None."""
    opening = _referring_goods_re().match(s.text, s.sent.start, s.m.start)
    return s.state.last_commodity if opening else None


@functools.cache
def _referring_goods_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.goods_nouns(), ignore_case=True)
    return re.compile(rf"\s*(?:The|These|Those|Such)\s+(?:{nouns})\b(?!\s+(?:of|from|to)\b)")


_WHICH_SUBJECT = re.compile(r"\s*(?P<np>[A-Z][\w\s&-]{2,50}?),\s+which\s+(?:(?:made|makes?)\s+up|accounts?\s+for|accounted\s+for|represent(?:s|ed)|constitut(?:es|ed)|form(?:s|ed))\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|roughly\s+)?$")
# or the sentence's own subject, its "chiefly X" aside left out, right before the share's verb:
# "Electronic products, chiefly semiconductors, comprised 56.6% of merchandise exports"
_ASIDE_SUBJECT = re.compile(r"\s*(?P<np>[A-Z][\w\s&-]{2,50}?),\s+(?:mostly|mainly|chiefly|largely|primarily|notably)\s+[^,;]{1,60},\s+"
                            r"(?:(?:made|makes?)\s+up|accounts?\s+for|accounted\s+for|represent(?:s|ed)|constitut(?:es|ed)|compris(?:es|ed))\s+"
                            r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|roughly\s+)?$")


# between an amount and the share it is of a whole: ", representing", "in March, accounting for",
# "worth of goods, making up" (goods in general: vocab/goods_nouns.csv)
@functools.cache
def _share_of_it() -> re.Pattern:
    # (compiled on first use, as the other patterns built from the vocabulary are)
    # ("$14.9 billion, which is 56.7% of services exports": a relative clause restating the
    # figure as a share, its verb "is" or a share verb of vocab/share_cues.csv)
    verbs = vocab.alternation(["is", "was"] + vocab.share_cues()["before"], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:\s+(?:worth\s+)?of\s+(?:{vocab.alternation(vocab.goods_nouns(), ignore_case=True)}))?"
                      r"(?:\s+(?:(?:in|for|during)\s+[\w\s-]{1,20}?|(?:last|this|that|the\s+same|the\s+previous)\s+(?:week|month|quarter|year)))?\s*,\s*(?:representing|accounting\s+for|making\s+up|equivalent\s+to|close\s+to|or"
                      rf"|which\s+(?:{verbs}))\s+(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)


# between a figure and "in X terms" that are its own: an adverb or two, no clause break, and
# no conjunction ("declined 5.39 per cent and in dollar terms fell 8.78 per cent": the terms
# after "and" open the next change's clause)
_RIGHT_AFTER = re.compile(r"\s*(?:(?!(?:and|while|but|whereas)\s)[\w-]+\s+){0,2}?$", re.I)


def _terms_of(s: Site, bare: bool = False) -> re.Match | None:
    """The "in X terms" a change is in: those right after it ("increased by 9.5% in ruble
    terms to 2.68 trillion rubles"), else the last in its own clause before it ("..., while in
    dollar terms it grew by 1.3%"), where they are no earlier figure's own; else the last
    before it in its sentence, which speaks for the changes after it ("In yuan terms, exports
    rose 5% and imports 3%"; "exports in PLN rose 1.2% and imports 3.0%; in EUR exports rose
    2.4% and imports 4.2%": the 4.2% is in euros); else the sentence's first. With `bare`
    (a change), a currency named bare after "in" counts as well ("in PLN", "in euros")."""
    text, sent, m = s.text, s.sent, s.m
    nxt = min((a.start for a in s.ms["amount"] + s.ms["percent"] if a.start >= m.end), default=sent.end)
    own = _first_terms(text, m.end, min(nxt, sent.end), bare)
    if own and _RIGHT_AFTER.match(text[m.end:own.start()]):
        return own
    respective = _respective_terms(s, bare)
    if respective is not None:
        return respective
    start = max(sent.start, s.prev_end)
    clause = [t for t in _all_terms(text, start, m.start, bare)
              if s.prev is None or not _RIGHT_AFTER.match(text[s.prev_end:t.start()])]
    if clause:
        return clause[-1]
    before = _all_terms(text, sent.start, m.start, bare)
    return before[-1] if before else _first_terms(text, sent.start, sent.end, bare)


# between two changes of a run read "respectively": "19.6% and 20.5%", "3%, 4% and 5%"
_RUN_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _respective_terms(s: Site, bare: bool) -> re.Match | None:
    """"exports increased by 24.2% in PLN and by 25.7% in EUR, while imports increased by
    19.6% and 20.5% respectively": the n-th change of a run closed by "respectively" is in
    the currency of the n-th label written right after an earlier change of the sentence.
    None where the sentence has no such run, or the labels are not one for each change."""
    text, sent, m = s.text, s.sent, s.m
    cue = _respective_in(text, m.end, sent.end)
    if cue is None:
        return None
    pcts = sorted((p for p in s.ms["percent"] if sent.start <= p.start and p.end <= cue.start()), key=lambda p: p.start)
    run: list[Mention] = []
    for p in pcts:
        if run and not _RUN_GAP.fullmatch(text, run[-1].end, p.start):
            run = []
        run.append(p)
    if m not in run or len(run) < 2 or not re.fullmatch(r"[\s,]*", text[run[-1].end:cue.start()]):
        return None
    labels = [t for t in _all_terms(text, sent.start, run[0].start, bare)
              if any(p.end <= t.start() and _RIGHT_AFTER.match(text[p.end:t.start()]) for p in pcts)]
    return labels[run.index(m)] if len(labels) == len(run) else None


def _all_terms(text: str, start: int, end: int, bare: bool) -> list[re.Match]:
    """The currency labels of text[start:end] in their order: "in X terms", "expressed in
    X", and with `bare` "in X" (cues.currency_label_re)."""
    found = list(TERMS.finditer(text, start, end))
    if bare:
        labels = [t for t in currency_label_re().finditer(text, start, end) if bare_label_placed(text, t.start(), start)]
        found = sorted(found + labels, key=lambda t: t.start())
    return found


def _first_terms(text: str, start: int, end: int, bare: bool) -> re.Match | None:
    found = _all_terms(text, start, end, bare)
    return found[0] if found else None


def terms_word(t: re.Match) -> str:
    """The currency word of a label _terms_of found ("yuan" of "in yuan terms")."""
    return t[t.lastgroup]


def _of_a_deficit(s: Site) -> bool:
    """Whether the balance a change in percent is said of is a deficit: by the words that
    named it, else by the balance given just before in the sentence."""
    if s.sign:
        return s.sign < 0
    p = s.prev
    return p is not None and p.kind == "amount" and p.measure == "balance" and p.sentence == s.claim.sentence \
        and (p.value or 0) < 0


def _turn_round(c: Claim) -> None:
    """A change read the other way: its factor, direction and bound turned round."""
    d = -c.extra.get("direction", 1)
    c.factor = 1 + d * abs(c.factor - 1)
    c.extra["direction"] = d
    c.bound = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(c.bound, c.bound)


def _values(s: Site, paired_with: Claim | None) -> None:
    c, m, text, sent, ms, ctx, kind = s.claim, s.m, s.text, s.sent, s.ms, s.ctx, s.kind
    before, after = s.before, s.after
    if kind == "amount":
        amount_value(c, m, ctx, s.sign, before)
        if _GDP_OF.search(before):
            c.extra["_gdp"] = True  # "its GDP of $27.4 trillion": the level shares of GDP are of (check/ratio)
        return
    if kind == "percent_change" and OR_BY.search(before):
        # "French exports to Iran shrank less sharply, from €2.0 billion to €1.0 billion, or
        # by 50 percent": the verb the percentage restates may stand further back than
        # the words before it, at the head of its clause
        clause = text[sent.start:m.start]
        before = clause[clause.rfind(";") + 1:]
    relation_value(c, m, before, after, kind)
    if c.extra.pop("_judged", None) and c.measure == "balance" and _of_a_deficit(s):
        # "a deficit of BD 92 million, against BD 110 million a year before, an improvement
        # of 16%": a deficit that improves shrinks (the check compares sizes)
        _turn_round(c)
    if paired_with is not None and kind == "percent_change" and ("direction" in paired_with.extra or "_magnitude_direction" in paired_with.extra):
        # the second of a pair of changes, or a change in percent beside the same change in
        # money: the size moved the same way (a deficit that grows by $43bn grows by 27.5%)
        d = paired_with.extra.get("direction", paired_with.extra.get("_magnitude_direction"))
        c.factor = 1 + d * m.value
        c.extra["direction"] = d
        if d < 0:
            c.bound = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(c.bound, c.bound)
    cur = _terms_of(s, bare=kind in ("percent_change", "multiple"))
    code = currency_word(terms_word(cur), ctx) if cur else None
    if code is None and kind in ("percent_change", "multiple"):
        # "rose 26.1% to a record $239.62 billion": the change is in that figure's currency
        # ("rose 6.1 percent year on year to 9.95 trillion yuan": an adverb may come between)
        nxt = [a for a in ms["amount"] if m.end <= a.start <= m.end + 40 and _TO_LEVEL.match(text[m.end:a.start] + " ")]
        if nxt:
            code = _currency_of(nxt[0], ctx)
    p = s.prev
    if code is None and kind in ("percent_change", "multiple") and p is not None and p.kind == "amount" \
            and p.sentence == c.sentence and (s.continued or s.restated) and p.measure == c.measure:
        # "Exports stood at 3.75 trillion yuan, up 10.3 percent": the change of that figure,
        # in its currency; after a conversion, in the currency the figure was first given in
        # ("rose to $474.7 million, or 177.2 billion drams, an increase of 23%")
        while "_restates" in p.extra:
            p = p.extra["_restates"]
        code = p.currency
    if code is None and kind in ("percent_change", "multiple"):
        code = _currency_in_sentence(text, ms["amount"], sent, m, ctx)
    if code:
        c.extra["currency"] = code
    if kind == "share" and re.match(r"^\s*of\s+the\s+total\b", after, re.I):
        c.extra["_whole"] = "the total"
    if kind == "share" and (_OF_GDP.match(after) or _of_gdp_named_before(text, sent.start, m.start, after)):
        c.extra["_whole"] = "GDP"  # (check/ratio ties two such shares of one year's GDP)
    if kind == "share" and of_company_turnover().match(after):
        c.extra["_whole"] = "turnover"  # "37 percent of the company's revenue": see check/ratio.py
    if kind == "share" and _of_recorded_trade(after) and not _restates_a_recorded_part(s, p):
        # "Informal flows ... are estimated at 30-40 per cent of formal trade": the part is trade
        # the recorded flow leaves out (a series of its own), the whole that recorded flow
        c.extra["_whole"] = RECORDED_WHOLE
        c.scope = UNRECORDED
    if kind == "share" and (_of_a_goal().match(after) or attainment_of(before)):
        c.extra["_whole"] = "a goal"  # "130 percent of its annual target": no flow, and may pass 100%
    if kind == "share" and (of_the_world(text, sent, m) or listed_share_of_world(text, m)):
        c.extra["_of_world"] = True  # "China's share of world exports": the whole is the world's flow
    total = (_OF_TOTAL_FLOW.match(after) or _share_of_total_flow(text, sent.start, m.start)) if kind == "share" else None
    origin = re.fullmatch(r"(?P<base>.+) of .+ origin", c.commodity or "") if kind == "share" else None
    if origin and re.match(rf"^\s*of\s+(?:all|total|the)\s+{re.escape(origin['base'])}\b", after, re.I):
        # "Re-exports of Chinese-mainland origin ... accounted for 58% of all re-exports": of
        # the flow the origin is a part of, not of all exports
        c.extra["_whole_commodity"] = origin["base"]
    elif total and c.commodity:
        # "a share of 60 percent of total exports": of the whole flow, not of the part the
        # text is about (its products, however it names them); "of all exports to China":
        # of the whole flow with that partner
        c.extra["_of_total_flow"] = "partner" if total["to"] else "world"
    elif total and total["to"]:
        # "... sold agri-food products worth EUR 2.9 bn to British customers, 22% of all exports
        # to the UK": of the whole flow with that partner, never the partner's part of the
        # reporter's total; its part is the figure it follows as an aside, of that product
        c.extra["_of_total_flow"] = "partner"
        part = _figure_the_aside_follows(s)
        if part is not None:
            c.commodity = part.commodity
            _set(c, "commodity", "share-of-the-part", "text")
    of_the = re.match(r"^\s*of\s+the\s+", after) if kind == "share" else None
    if of_the and any(x.start == m.end + of_the.end() and x.attrs.get("kind") == "group"
                      and re.match(r"\s+total\b", text[x.end:x.end + 8]) for x in ms["country"]):
        c.extra["_of_group_total"] = True  # "53 percent of the Gulf total": of the bloc's own trade
    intra = _OF_INTRA_FLOW.match(after) if kind == "share" else None
    named = next((x for x in ms["country"] if x.start == m.end + intra.end("at") and x.attrs.get("kind") == "group"), None) if intra else None
    if named is not None:
        # "36 percent of intra-EAC exports": of the bloc's internal flow of that name, whoever
        # the part's sides ("South Africa alone accounted for 65 percent of intra-SADC trade")
        c.extra["_of_group_total"] = vocab.flows().get(intra["flow"].lower(), (True,))[0]
        c.extra["_whole_group"] = named.attrs.get("label")
    lead = after[:80].lower() if kind == "share" else ""
    internal = _of_group_internal_flow().match(after) if "intern" in lead or "intra" in lead else None
    if internal and c.extra.get("reporter_group") and not c.extra.get("_of_group_total"):
        # "Southern Africa thus accounted for 44.6 percent of the continent's internal trade":
        # of the internal flow of the group the text is on (the figure's own reporter group)
        c.extra["_of_group_total"] = vocab.flows().get(internal["flow"].lower(), (True,))[0]
        c.extra["_whole_group"] = c.extra["reporter_group"]
    if kind == "share" and (re.search(r"\b(?:together|combined|jointly|between\s+them)\b", text[max(sent.start, m.start - 60):m.start], re.I)
                            or is_ranked_subject(text[max(sent.start, m.start - 60):m.start])) \
            and not (s.restated and s.prev is not None and s.prev.how.get("pair") in ("places-together", "counted-places")):
        # "Spain and France, which together accounted for 40%", "and the top five markets
        # took 72%" (a ranked group, link/ranked_group.py) (but "Chile and Peru together
        # accounted for $3.1bn, or 40%", "The top five markets together took $159bn, or 35% of
        # the total": the share of the amount it restates, the places' group)
        c.extra["_whole"] = "several parts"
    if kind == "share" and (_COVERAGE.search(text[max(sent.start, m.start - 60):m.start]) and SHARE_AFTER.match(after)
                            and re.match(r"^\s*of\s+(?:the\s+|its\s+|total\s+)*imports\b", after, re.I)
                            or _RATIO_NAMED.search(text, sent.start, m.start)
                            or paired_with is not None and paired_with.extra.get("_coverage")):
        # "Exports covered 63.2% of imports": the ratio of exports to imports, unless the
        # sentence defines it the other way round (see _coverage_numerator)
        c.extra["_coverage"] = (paired_with.extra["_coverage"] if paired_with is not None and paired_with.extra.get("_coverage")
                                else _coverage_numerator(text, sent.start, m.start))
        named = _RATIO_NAMED.search(text, sent.start, m.start) if "ratio" in text[sent.start:m.start] else None
        if named is not None and named["scope"] and c.extra["_coverage"] is True:
            # "the ratio of non-oil exports to imports": the scope word is the exports' alone;
            # the imports are the whole flow (the text's bare imports), not of that scope
            c.extra["_coverage_of_all_imports"] = True
    if kind == "share" and c.commodity is None and (named := goods_the_share_is_of(text, m.start, after, unknown_product)):
        # "Germany bought about 40% of the turbines, or $2bn": of the goods named before, not
        # of the whole flow (link/share_of_named_goods.py)
        c.commodity = named
        _set(c, "commodity", "share-of-named-goods", "text")
        c.extra["_whole_has_commodity"] = True
    if kind == "share":
        # ("77 percent of that chip total": of the chip exports the text just gave; "4.9% of
        # world commercial services exports": of the world's flow of that product; "half
        # the value of goods exports": the value of a flow is that flow)
        wc = _of_product_flow(after)
        if wc is None:
            wc = _of_product_earnings(after)
        company = c.commodity if c.how.get("commodity") == "company-subject" else None
        if company and not wc:
            # "Hyundai Motor Group ... accounted for about 70 percent of the country's car
            # exports": a company's share of its country's product
            wc = re.match(r"^\s*,?\s*of\s+the\s+[a-z]+['’]s\s+(?P<c>[a-z][a-z\s-]{1,30}?)\s+(?:exports|imports|sales|shipments)\b", after)
        if wc and not names_country_or_flow(wc["c"]) and (wc["c"].strip() not in ("goods", "merchandise", "total") or _goods_apart(wc["c"], ctx)) \
                and wc["c"].strip().lower() not in _border_side_words() \
                and not any(w in vocab.not_products() for w in wc["c"].lower().split()) and not _A_SPAN.search(wc["c"]) \
                and not (wc["c"][:1].isupper() and _acronym_whole(s) is not None):  # ("of GFT shipments": the text's own acronym, below)
            own = c.commodity if c.how.get("commodity") == "part-subject" else None
            c.commodity = _whole_label(wc)
            _set(c, "commodity", "share-whole-product", "text")
            c.extra["_whole_has_commodity"] = True
            p = s.prev
            if s.restated and p is not None and p.kind == "amount" and p.commodity is None and p.measure == c.measure:
                # "China took $3.4 billion, or 45 percent, of those whole milk powder exports":
                # the amount the share restates is a part of that product's flow too
                p.commodity = c.commodity
                _set(p, "commodity", "share-whole-product", "text")
            elif (s.restated or _share_of_it().fullmatch(s.gap or "")) and p is not None and p.kind == "amount" and p.commodity not in (None, c.commodity) \
                    and p.measure == c.measure and (p.reporter, p.partner) == (c.reporter, c.partner):
                # "re-exports reached SR7.2 billion, representing 30.6 percent of non-oil
                # exports": the amount's product, a part of the product the whole names
                c.extra["_part_commodity"] = p.commodity
            elif company and company != c.commodity:
                # "Hyundai Motor Group ... accounted for about 70 percent of the country's car
                # exports": the company's part of the product the whole names
                c.extra["_part_commodity"] = company
            elif p is None:
                subject = _WHICH_SUBJECT.match(s.text, s.sent.start, s.m.start) or _ASIDE_SUBJECT.match(s.text, s.sent.start, s.m.start)
                if subject and not names_country_or_flow(subject["np"]) and canonical_label(subject["np"].lower()) != c.commodity:
                    # "Chemical products, which made up 24.1 percent of non-oil exports, were
                    # worth SR17.7 billion": the subject is the part, the product after "of"
                    # the whole; the figure after it is the subject's
                    c.extra["_part_commodity"] = canonical_label(subject["np"].lower())
                elif (form := _form_subject(s, c.commodity)) is not None:
                    # "Basmati thus fetched 47.67 percent of the total rice export earnings":
                    # a form or grade of the whole's product alone as the subject is that
                    # part of it (vocab/product_forms.csv)
                    c.extra["_part_commodity"] = form
                elif (back := _goods_referred_back(s)) not in (None, c.commodity):
                    # "Exports of optical and scientific equipment rose to RM19.38 billion ...
                    # The products, which include ..., accounted for 4.4 per cent of manufactured
                    # exports": "the products" are those the figure before was of
                    c.extra["_part_commodity"] = back
                elif own not in (None, c.commodity):
                    # "Software exports accounted for 56.7 per cent of India's total services
                    # exports": the sentence's subject is the part, the product after "of" the whole
                    c.extra["_part_commodity"] = own
                elif _share_of_the_named_topic(s, c.commodity):
                    # "That made education Australia's largest services export, accounting for
                    # 32.5 per cent of total services exports": the product the text was on,
                    # named again in the sentence, is the part
                    c.extra["_part_commodity"] = s.state.last_commodity
        elif (acronym_whole := _acronym_whole(s)) is not None:
            # "Garments alone represented 71.7 percent of GFT shipments", "RM158.3 billion, or
            # 55.4 per cent of E&E exports": of the product the text's acronym stands for
            part = _part_of_acronym_whole(s, acronym_whole)
            c.commodity = acronym_whole
            _set(c, "commodity", "share-whole-product", "text")
            c.extra["_whole_has_commodity"] = True
            if part:
                c.extra["_part_commodity"] = part
            elif _restates_a_part_of_the_whole(s, acronym_whole):
                # "Presenting the 2013 NTE performance report, ... said processed products
                # dominated, accounting for US$2,089.7 million or 84.8 percent of total NTE
                # earnings": the money the share restates was given the whole's product by
                # the words around it, yet is a part of it the words name no product for
                _as_unnamed_part(s.prev, c)
        elif (flow_product := _whole_flow_product(after)) is not None and (
                c.commodity in (None, "goods", flow_product) or c.how.get("commodity") == "part-subject"
                or s.restated and s.prev is not None and s.prev.kind == "amount" and s.prev.commodity == c.commodity):
            # "China, with 62.7 billion euros, or 17.0 percent of all re-exports": a flow
            # word that names a product of its own is the whole's product; the amount the
            # share restates is a part of it too
            if c.commodity not in (None, "goods", flow_product):
                # ("Fuels accounted for $4.1m, or 60 per cent of re-exports": the subject's
                # product is the part, the series after "of" the whole, as "of domestic exports")
                c.extra["_part_commodity"] = c.commodity
            c.commodity = flow_product
            _set(c, "commodity", "share-whole-product", "text")
            c.extra["_whole_has_commodity"] = True
            p = s.prev
            if s.restated and p is not None and p.kind == "amount" and p.commodity in (None, "goods") and p.measure == c.measure:
                p.commodity = flow_product
                _set(p, "commodity", "share-whole-product", "text")
        elif (of_sector := _OF_PAST_RESTATED_SHARE.match(after)) and THE_SECTORS_FLOW.match(after, of_sector.end()):
            # "36.2 percent of the sector's exports", after a product within the sector: of
            # which part named before, the words do not say, unless the figure right before
            # is of a group that holds the part ("Pharmaceutical exports rose to €74.6bn,
            # meaning vaccines accounted for almost a third (32.6%) of the sector's foreign
            # sales": the sector is pharmaceuticals)
            sector = _sector_holding_the_part(s)
            if sector:
                c.extra["_part_commodity"] = c.commodity
                c.commodity = sector
                _set(c, "commodity", "share-of-sector-before", "text")
                c.extra["_whole_has_commodity"] = True
            else:
                c.extra["_whole"] = "a sector"


# what a text calls the place that owns a flow after "the" ("of the country's wine exports"):
# a country's nouns, and a sub-national unit's (vocab/unit_nouns.csv: "of the province's
# seafood shipments")
_OWNER_NOUNS = ("country", "nation", "state", "bloc", "region")


@functools.cache
def _border_side_words() -> frozenset[str]:
    """Words that say which side of its country's border a unit's flow crosses
    (vocab/within_country_cues.csv: "the province's interprovincial exports", "its
    international exports"): no product of a share's whole."""
    return frozenset(w.lower() for words in vocab.within_country_cues().values() for w in words)


@functools.cache
def _of_product_flow_re() -> re.Pattern:
    """"of the country's wine exports", "of total coffee sales", "of Chilean fruit shipments":
    the product (c) of the flow a share is of, after an owner or a demonym (dem, checked by
    the caller)."""
    owners = vocab.alternation(_OWNER_NOUNS + vocab.unit_nouns(), space=r"\s+")
    return re.compile(
        rf"^\s*,?\s*of\s+(?:the\s+value\s+of\s+)?(?:the\s+(?:{owners})['’]s|its|the|all|total|those|these|that|this|[A-Z]\w+['’]s"
        r"|(?:(?:all|total)\s+)?(?P<dem>[A-Z][a-z]+|[A-Z]{2,3})(?=\s))?\s*"
        # ("of Canada's $84.6-billion in crude exports": the whole's figure, then its product)
        rf"(?:{WHOLE_FIGURE_IN})?"
        r"(?:total\s+)?(?:(?:world|global)\s+(?=\S+\s+\S))?"
        r"(?!(?:its|the|all|total|their|these|those|that|this)\s)(?P<c>[a-z][a-z\s-]{1,30}?|[A-Z]{2,4}s?)\s+"
        r"(?:exports|imports|sales|shipments|purchases|total|(?:export|import)\s+(?:revenues?|earnings|receipts|value))\b")


def _of_product_flow(after: str) -> re.Match | None:
    """The product flow a share is "of", where one is named; a capitalised word before the
    product must be a demonym ("of Chilean fruit shipments": fruit, whose level the text may
    never give) or a country's short name in capitals, said as its owner ("of total UK
    services exports"), as no other such word can stand there."""
    wc = _of_product_flow_re().match(after)
    if wc is not None and wc["dem"] and vocab.countries().get(wc["dem"], (None, ""))[1] != ("short" if wc["dem"].isupper() else "demonym"):
        return None
    return wc


# "of", or past the share said again exactly in brackets: "almost a third (32.6%) of"
_OF_PAST_RESTATED_SHARE = re.compile(r"^\s*(?:\(\s*\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*\)\s*)?of\s+")


def _sector_holding_the_part(s: Site) -> str | None:
    """The product of the figure right before a share of "the sector's" flow, in its
    sentence and of its flow, when that product holds the share's part (vaccines within
    pharmaceuticals: vocab.wider_goods): the sector the words point back to."""
    p, c = s.prev, s.claim
    if p is None or p.kind != "amount" or p.sentence != c.sentence or p.measure != c.measure:
        return None
    return p.commodity if vocab.wider_goods(p.commodity, c.commodity) else None


# "of all re-exports", "of total re-exports": a share's whole named by one flow word
_OF_ONE_FLOW_WORD = re.compile(r"\s*,?\s*of\s+(?:(?:the|its|all|total)\s+)*(?P<w>[a-z][\w-]*)\b")


def _whole_flow_product(after: str) -> str | None:
    """The product a share's whole names by a flow word that is also a product group
    (vocab/flows.csv and vocab/commodities.csv both hold "re-exports")."""
    m = _OF_ONE_FLOW_WORD.match(after)
    if m is None:
        return None
    word = m["w"].lower()
    if word not in _commodity_phrases() or word not in vocab.flows():
        return None
    return canonical_label(word)


# "62 percent of flower earnings": a share of the money a product earned, its exports
_OF_PRODUCT_EARNINGS = re.compile(r"^\s*,?\s*of\s+(?:the\s+|its\s+)?(?P<c>[a-z][a-z-]{2,30})\s+(?:earnings|revenues?|receipts)\b")


def _of_product_earnings(after: str) -> re.Match | None:
    """"absorbing USD 141 million worth or 62 percent of flower earnings": a share of the
    earnings of a word the vocabulary knows as a product (vocab/commodities.csv, or its
    singular) is of that product's exports; any other word ("of total dollar earnings",
    "of foreign-exchange earnings") names no product, so the share stays of the whole flow."""
    if "earn" not in after[:60] and "rece" not in after[:60] and "reven" not in after[:60]:  # (cheap: most have none)
        return None
    mm = _OF_PRODUCT_EARNINGS.match(after)
    if mm is None:
        return None
    word = mm["c"].lower()
    return mm if word in _commodity_phrases() or word in vocab.commodity_singulars() else None


def _whole_label(wc: re.Match) -> str:
    """The label of a share's whole named by a modifier and its flow noun: the phrase's own
    where the vocabulary holds it whole ("of domestic exports", "of national exports": the
    exports without re-exports, vocab/commodities.csv), else the modifier's ("of car
    exports": cars)."""
    phrase = re.sub(r"\s+", " ", wc.group(0)[wc.start("c") - wc.start():].strip().lower())
    return canonical_label(phrase) if phrase in _commodity_phrases() else canonical_label(wc["c"])


@functools.cache
def _commodity_phrases() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.commodities())


@functools.cache
def _of_acronym_whole_re() -> re.Pattern:
    """"of GFT shipments", "of total E&E exports", "of total NTE earnings": a whole named by
    an acronym and its flow noun (vocab/acronym_whole_nouns.csv)."""
    nouns = vocab.alternation(vocab.acronym_whole_nouns())
    return re.compile(rf"\s*,?\s*of\s+(?:(?:the|its|all|total)\s+)*(?P<a>[A-Z][A-Z&/]{{1,7}})\s+(?:{nouns})\b")


def _acronym_whole(s: Site) -> str | None:
    """The product a share is of where its whole is an acronym the text defined ("of GFT
    shipments": garments, footwear and travel goods), else None."""
    mm = _of_acronym_whole_re().match(s.after)
    if mm is None:
        return None
    at = s.m.end + mm.start("a")
    x = next((x for x in s.ms["commodity"] if x.start == at and x.attrs.get("acronym") == mm["a"]), None)
    return canonical_label(x.text) if x is not None else None


def _restates_a_part_of_the_whole(s: Site, whole: str) -> bool:
    """Whether the share (less than the whole) restates the amount right before it, an amount
    read as of the whole's own product: then that amount is a part of the whole."""
    c, p = s.claim, s.prev
    # ("US$2,089.7 million or 84.8 percent": "or" with no comma restates too)
    return (s.restated or _OR_RESTATES.fullmatch(s.gap or "") is not None) and p is not None and p.kind == "amount" \
        and p.commodity == whole and p.measure == c.measure and not p.scope and c.factor is not None and 0 < c.factor < 1


_OR_RESTATES = re.compile(r"\s*,?\s*or\s+")


def _part_of_acronym_whole(s: Site, whole: str) -> str | None:
    """The part a share of an acronym's product is of: the product of the amount it restates
    ("RM158.3 billion, or 55.4 per cent of E&E exports"), else the product the share itself
    was read with ("Garments alone represented 71.7 percent"), else None (unread)."""
    c, p = s.claim, s.prev
    if p is not None and p.kind == "amount" and p.commodity not in (None, whole) and p.measure == c.measure \
            and (s.restated or _share_of_it().fullmatch(s.gap or "")):
        return p.commodity
    return c.commodity if c.commodity != whole else None


RECORDED_WHOLE = "recorded trade"
RECORDED_WHOLE = "recorded trade"


@functools.cache
def _unrecorded_before_flow_re() -> re.Pattern:
    """"informal", "informal cross-border", "informal trade" right before a flow word's end
    (vocab/unrecorded_adjectives.csv); a bullet's label and its colon too ("Informal trade
    balance: surplus of ...": the label names the series the flow word after it is of)."""
    words = vocab.alternation(vocab.unrecorded_adjectives(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})(?:\s+[\w-]+){{0,2}}?:?\s+$", re.I)


def _unrecorded_flow(text: str, s: Site) -> bool:
    """Whether the flow word the figure's measure was read from is named as unrecorded trade
    ("informal imports", "informal cross-border exports", "an informal trade surplus")."""
    f = s.flow
    if f is None or f.start < s.sent.start:
        return False
    head = text[max(s.sent.start, f.start - 40):f.start]
    return bool(head) and _unrecorded_before_flow_re().search(head) is not None


@functools.cache
def _series_before_flow_re() -> re.Pattern:
    """An adjective of vocab/flow_series_adjectives.csv right before a flow word ("Achieved
    exports", "achieved exports"), its word the group "series"."""
    words = vocab.alternation(vocab.flow_series_adjectives(), ignore_case=True)
    return re.compile(rf"\b(?P<series>{words})\s+$", re.I)


def _qualified_series(text: str, s: Site) -> str | None:
    """The series the flow word the figure's measure was read from names by an adjective
    before it ("achieved exports": "achieved"), else None."""
    f = s.flow
    if f is None or f.start < s.sent.start:
        return None
    m = _series_before_flow_re().search(text, max(s.sent.start, f.start - 20), f.start)
    return m["series"].lower() if m else None


@functools.cache
def _unrecorded_commodity_re() -> re.Pattern:
    words = vocab.alternation(vocab.unrecorded_adjectives(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{words})(?:\s+cross-border)?", re.I)


def _unrecorded_is_no_product(claims: list[Claim]) -> None:
    """"absorbing $29.7 million, or 76.9 per cent, of the informal exports. The rest went to:
    Uganda - $4.1 million": "informal" read where a product goes is no product but the
    unrecorded series the figure is of (a scope, as "informal imports" gets)."""
    for c in claims:
        if c.commodity and c.scope in (None, UNRECORDED) and _unrecorded_commodity_re().fullmatch(c.commodity):
            c.commodity, c.scope = None, UNRECORDED
        whole = c.extra.get("_whole_commodity")
        if c.kind == "share" and isinstance(whole, str) and _unrecorded_commodity_re().fullmatch(whole):
            c.extra.pop("_whole_commodity")


@functools.cache
def _recorded_whole_re() -> re.Pattern:
    words = vocab.alternation(vocab.recorded_wholes(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*of\s+(?:the\s+|its\s+|their\s+|total\s+|all\s+|[A-Z]\w+['’]s\s+)*(?:{words})\b", re.I)


@functools.cache
def _recorded_firsts() -> tuple[str, ...]:
    return tuple({w.split()[0].lower() for w in vocab.recorded_wholes()})


def _restates_a_recorded_part(s: Site, p: Claim | None) -> bool:
    """"Exports to Israel reached USD 640.8 million in 2012, constituting 81.9% of total
    registered exports": a share that restates the flow figure right before it (cues.share_restates)
    is that figure's part of the recorded whole, itself recorded; not trade the statistics
    leave out, as a share of "formal trade" with no figure of its own is."""
    return (p is not None and p.kind == "amount" and p.start >= s.sent.start and p.measure in ("exports", "imports")
            and p.scope != UNRECORDED and share_restates(s.text, p.end, s.m.start, s.m.end))


def _of_recorded_trade(after: str) -> bool:
    """Whether a share is "of formal trade", "of recorded exports" (vocab/recorded_wholes.csv)."""
    head = after[:60].lower()
    return "of" in head and any(w in head for w in _recorded_firsts()) and _recorded_whole_re().match(after) is not None


def _share_of_the_named_topic(s: Site, whole: str) -> bool:
    """Whether a share that opens a participle clause ("..., accounting for 32.5 per cent of")
    has for its part the product the figures before were about, named again in the sentence."""
    topic = s.state.last_commodity
    return topic not in (None, whole) and bool(re.search(r",\s+(?:accounting\s+for|making\s+up|representing)\s+$", s.before)) \
        and re.search(rf"\b{re.escape(topic)}\b", s.text[s.sent.start:s.m.start], re.I) is not None


def _goods_apart(whole: str, ctx: DocContext) -> bool:
    """"57.2 per cent of all goods exports" in a text that gives services apart: the whole is
    the goods exports, a part of the flow, not the flow of goods and services."""
    return ctx.has_services and canonical_label(whole.strip()) == "goods"


def _currency_of(a: Mention, ctx: DocContext) -> str | None:
    codes = a.attrs.get("codes") or []
    return ctx.currency_hint.get(a.attrs["token"]) or default_currency(a.attrs["token"], codes)


# "(roughly 14.8 billion euros)": a figure in brackets, a conversion or an aside
_IN_BRACKETS = re.compile(rf"\(\s*{HEDGE}$", re.I)


def _currency_in_sentence(text: str, amounts: list[Mention], sent, m: Mention, ctx: DocContext) -> str | None:
    """"exports reached PLN 749.6 bn, down 3.6 pct y/y ... Expressed in euro, exports
    amounted to EUR 173.5 bn and were 1.1 pct higher y/y": a change after figures of one
    currency in its sentence is a change in that currency (the same flow changes by another
    percentage in another currency as the exchange rate moves); so is one before them, where
    none comes before it ("Trade has more than doubled over the past decade: in 2013 it stood
    at $89.2 billion"). A conversion in brackets ("to 378.4 billion crowns (roughly 14.8
    billion euros)") is an aside. None where the figures are in several currencies or there
    are none."""
    inside = [a for a in amounts if sent.start <= a.start and a.end <= sent.end
              and not _IN_BRACKETS.search(text, max(sent.start, a.start - 20), a.start)]
    before = [a for a in inside if a.end <= m.start]
    codes = {_currency_of(a, ctx) for a in (before or inside)}
    return codes.pop() if len(codes) == 1 else None


# between a share and the next place's: ", followed by ", " and ", ", and " (no figure but a
# year, no clause end)
_NEXT_PLACE_GAP = re.compile(r"(?:[^.;$€£¥\d]|(?<!\d)(?:19|20)\d\d(?:[-/–]\d\d)?(?!\d)){0,60}?(?:,\s*(?:and\s+|followed\s+by\s+)?|\s+and\s+|\s+followed\s+by\s+)(?:the\s+)?")
_PLACE_WITH = re.compile(r"(?:\s+with)?\s+(?:a\s+share\s+of\s+)?")


def _next_place_with(text: str, prev_end: int, m: Mention, places) -> bool:
    """A percentage right after a place ("Germany with 14%", "France 28%") that follows a
    share in its sentence."""
    return any(_PLACE_WITH.fullmatch(text, x.end, m.start) and _NEXT_PLACE_GAP.fullmatch(text, prev_end, x.start)
               for x in places if prev_end <= x.start and x.end <= m.start)


# from the figure before to the next product's share: "), and dairy products such as cheese "
# (no figure, no clause mark, no verb of a clause's own in the product's words)
_NEXT_PRODUCT_GAP = re.compile(r"\)?,?\s+(?:and|while|whereas)\s+(?P<np>[A-Za-z][^\d%;:.()$€£¥]{1,80}?)\s+")
# a share given before in the sentence: "40% of", "40 percent of"
_SHARE_OF_BEFORE = re.compile(r"\d\s*(?:%|per\s?cent|percent)\s+of\s", re.I)


def _next_product_share(text: str, sent, prev_end: int, m: Mention, products) -> str | None:
    """A bare percentage right after a product's name (a product word of the vocabulary in
    it), after "and", in a sentence that gave a share "of" a whole before it: the product's
    label (its examples after "such as" left out), or None."""
    gap_text = text[prev_end:m.start]
    if " and " not in gap_text and " while " not in gap_text and " whereas " not in gap_text:
        return None  # (checked first, cheap)
    gap = _NEXT_PRODUCT_GAP.fullmatch(text, prev_end, m.start)
    if gap is None or not _SHARE_OF_BEFORE.search(text, sent.start, prev_end):
        return None
    if re.search(r"\b(?:of|to|from|with|in)\s*$", gap["np"], re.I) or not re.match(r"\s*(?:\(|[,;.]|$)", text[m.end:m.end + 3]):
        return None  # ("and exports to Chile in 2023 rose 5%": no bare product before it)
    if not any(gap.start("np") <= x.start and x.end <= gap.end("np") for x in products):
        return None
    return unknown_product(_EXAMPLES_AFTER.split(gap["np"], 1)[0])


# the examples a product's name is followed by: ", such as kiwifruit and apples"
_EXAMPLES_AFTER = re.compile(r",?\s+(?:such\s+as|including|like|notably|mainly|led\s+by)\s", re.I)


def _after_a_place(text: str, sent, m: Mention, places) -> bool:
    """A percentage in brackets right after a country's name: "Germany (7.4%)"."""
    if not re.search(r"\(\s*$", text[max(sent.start, m.start - 3):m.start]):
        return False
    return any(re.fullmatch(r"\s*\(\s*", text[x.end:m.start]) for x in places if sent.start <= x.end <= m.start)


@functools.cache
def _ranked_noun_bracket_re() -> re.Pattern:
    rank = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(set(vocab.partner_nouns()) | set(vocab.rank_nouns()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{rank})\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s*\(\s*$", re.I)


# a place's share of the flow it is ranked in ("main partner (37.4%)"): of the flow with everyone
OF_RANKING = "_of_ranking"


def _after_a_ranked_noun(text: str, sent, m: Mention, places) -> bool:
    """A percentage in brackets right after the rank a place named before it is given: "Chile
    was the largest supplier (41.2%, $3.1bn)"."""
    if not re.search(r"\(\s*$", text[max(sent.start, m.start - 3):m.start]):
        return False
    start = max(sent.start, m.start - 60)
    return bool(_ranked_noun_bracket_re().search(text, start, m.start)) and any(sent.start <= x.start < m.start - 10 for x in places)


# "or 32.0% of GDP": a share of the economy's output, a whole the text may not state
@functools.cache
def _of_a_goal() -> re.Pattern:
    """"of its annual target of $15.8 billion", "of the goal": a share of an amount aimed at
    (vocab/goal_nouns.csv), which a result may pass; the goal's amount may come before its
    noun ("101.9 percent of the P211.6-billion target")."""
    return re.compile(rf"^\s*of\s+(?:the|its|their|this|that)?\s*{_GOAL_FIGURE}(?:[\w'’-]+\s+){{0,2}}?"
                      rf"(?:{vocab.alternation(vocab.goal_nouns(), ignore_case=True)})\b", re.I)


@functools.cache
def _attainment_re() -> re.Pattern:
    words = [w for w, role in vocab.attainment_words().items() if role == "level"]
    alt = vocab.alternation(words, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{alt})\s+(?:rate\s+)?of\s+{HEDGE}$", re.I)


def attainment_of(before: str) -> bool:
    """Whether a percentage is a result over its goal, by the words right before it: "a
    performance of 105.2 percent" (vocab/attainment_words.csv, role "level")."""
    return " of " in before[-40:] and _attainment_re().search(before[-60:]) is not None


# a goal's amount before its noun: "P211.6-billion", "GH¢ 23.1 billion", "$5bn"
_GOAL_FIGURE = r"(?:\S{0,4}\s?\d[\d.,]*(?:-?\s?(?:billion|million|trillion|bn|mn|trn|tn)\b)?\s+)?"


# whose economy and which measure of it, between "of" and "GDP": "of Singapore's nominal
# gross domestic product", "of its annual GDP"
_GDP_OWNER = r"(?:(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|country|nation)['’]s\s+|its\s+|their\s+)?(?:(?:nominal|real|annual)\s+)?"
_OF_GDP = re.compile(rf"^\s*of\s+{_GDP_OWNER}(?:GDP|gross\s+domestic\s+product)\b", re.I)
_OF_GDP_BRACKET = re.compile(r"^\s*\(\s*of\s+(?:GDP|gross\s+domestic\s+product)\s*\)", re.I)
# "of it", "of that" closing a share: a whole the words before name
_OF_PRONOUN = re.compile(r"^\s*of\s+(?:it|that|this)\b(?!\s+[a-z])", re.I)
_GDP_WORD = re.compile(r"\b(?:GDP|gross\s+domestic\s+product)\b", re.I)
_LAST_FIGURE = re.compile(r"\d[^\d]*$")


def _of_gdp_named_before(text: str, sent_start: int, start: int, after: str) -> bool:
    """"The economy produced S$390 billion of GDP last year, so re-exports accounted for about
    2.4% of it": a share "of it" whose sentence names GDP after its last figure before the
    share is a share of that GDP, no share of a flow (of what part, a gross flow or the value
    it adds, the words may not say: check/ratio ties it to no flow)."""
    if not _OF_PRONOUN.match(after):
        return False
    before = text[sent_start:start]
    gdp = None
    for gdp in _GDP_WORD.finditer(before):
        pass
    if gdp is None:
        return False
    last = _LAST_FIGURE.search(before)
    # (the GDP named after the last figure before the share: "$40bn of GDP ..., 2.4% of it";
    # not "GDP grew ..., exports were $40bn, or 20% of it", where "it" is the figure)
    return last is not None and gdp.start() > last.start()


_GDP_OF = re.compile(rf"\b(?:GDP|gross\s+domestic\s+product)\s+(?:of|was|at|stood\s+at)\s+{HEDGE}$", re.I)
# a money figure's end (no year's), perhaps its year, then the words that restate it
_RESTATES_A_FIGURE = re.compile(rf"(?:\d(?<!\b(?:19|20)\d\d)|\b(?:billion|million|trillion|bn|mn|trn))\s*(?:(?:in|for)\s+(?:19|20)\d\d\s*)?"
                                rf"[,(]\s*(?:or\s+|equivalent\s+to\s+)?{HEDGE}$", re.I)



def _restates_a_figure(text: str, start: int) -> bool:
    """Whether a share of GDP restates the figure right before it ("totalled £859.6 billion,
    or 32.0% of GDP", "at £894.8 billion in 2023, equivalent to 33.3% of GDP"): only such a
    share ties to a stated flow; one alone ("the deficit is running at about 3% of GDP") is
    read as no claim, so its words decide nothing about the figures around it."""
    return _RESTATES_A_FIGURE.search(text, max(0, start - 60), start) is not None


# "60 percent of total exports", "of the country's total exports", "of all exports"; "its
# share of total exports ... was 60 percent"
_OF_TOTAL_FLOW = re.compile(r"^\s*of\s+(?:the\s+(?:country|nation)['’]s\s+|its\s+|their\s+|[A-Z][\w.]*['’]s\s+)?(?:total|all|overall)\s+"
                            r"(?:(?:goods|merchandise)\s+)?(?:exports|imports)\b(?P<to>\s+(?:to|from|with)\b)?", re.I)
_SHARE_OF_TOTAL_FLOW = re.compile(r"\bshare\s+of\s+(?:the\s+(?:country|nation)['’]s\s+|its\s+|their\s+|[A-Z][\w.]*['’]s\s+)?(?:total|all|overall)\s+"
                                  r"(?:(?:goods|merchandise)\s+)?(?:exports|imports)\b(?P<to>\s+(?:to|from|with)\b)?(?:[^.;%]|\.(?=\d))*$", re.I)



# the end of the words between a figure and a share set after it as an aside: a comma, no
# clause end before it ("EUR 2.9 bn to British customers last year, 22% of")
_ASIDE_AFTER_FIGURE = re.compile(rf"[^.;:]*,\s*(?:or\s+)?{HEDGE}")


def _figure_the_aside_follows(s: Site) -> Claim | None:
    """The product figure of the reporter's flow a share follows in its sentence as an aside
    after a comma ("sold furniture worth EUR 2.9 bn to British customers, 22% of ..."), if any."""
    p, c = s.prev, s.claim
    if p is None or p.kind != "amount" or not p.commodity or p.measure != c.measure or p.reporter != c.reporter:
        return None
    return p if _ASIDE_AFTER_FIGURE.fullmatch(s.gap or "") else None


def _share_of_total_flow(text: str, start: int, end: int) -> re.Match | None:
    """_SHARE_OF_TOTAL_FLOW in text[start:end] ("share" checked first: cheap; the pattern's
    tail tries every position)."""
    return _SHARE_OF_TOTAL_FLOW.search(text, start, end) if holds_any(text[start:end], ("share",)) else None


_COVERAGE = re.compile(r"\bexports?\s+(?:covered|cover|covering|paid\s+for)\s+(?:(?:about|around|nearly|only|just)\s+)?$", re.I)
# "the ratio of exports to imports, which TurkStat calls the coverage ratio, rose to 70.7%",
# "the ratio of exports covering imports fell to 66.1%", "the coverage of imports by exports
# was 53,2%": the same ratio, named ("the ratio of non-oil exports to imports": of a part of
# the exports, a scope word before them)
_RATIO_NAMED = re.compile(r"\b(?:ratio\s+of\s+(?:(?P<scope>[\w-]+)\s+)?exports\s+(?:to|covering)\s+imports|exports?[\s-]+(?:to[\s-]+)?imports?\s+(?:coverage\s+)?ratio"
                          r"|(?:import\s+)?coverage\s+(?:ratio|rate)|export[\s-]import\s+coverage"
                          r"|coverage\s+of\s+imports\s+(?:by|with)\s+exports"
                          # (and the names translated releases give it: vocab/coverage_ratio_names.csv)
                          r"|" + vocab.alternation(vocab.coverage_ratio_names(), ignore_case=True, space=r"[\s-]+") + r")\b", re.I)
# the same ratio named right before its figure, the verb left out ("and the coverage of
# imports by exports 85.6%")
_RATIO_GAPPED = re.compile(rf"(?:{_RATIO_NAMED.pattern})\s+{HEDGE}$", re.I)
# "The Spanish coverage rate, the ratio of imports from Morocco to exports to it": a ratio
# defined where it is named, its first flow over its second
_RATIO_DEFINED = re.compile(r"\bratio\s+of\s+(?:[\w'’-]+\s+){0,2}?(?P<num>exports?|imports?)\b[^.;%]{0,60}?"
                            r"\b(?:to|over)\s+(?:[\w'’-]+\s+){0,2}?(?P<den>exports?|imports?)\b", re.I)


def _coverage_numerator(text: str, start: int, end: int) -> str | bool:
    """The flow over the other in a coverage ratio: True (exports over imports, what the
    name means) unless the sentence before the figure defines it as imports over exports
    ("imports"), as some offices state their partner's rate."""
    defined = None
    for defined in _RATIO_DEFINED.finditer(text, start, end):
        pass
    if defined is not None and defined["num"].lower().startswith("import") and defined["den"].lower().startswith("export"):
        return "imports"
    return True


def _skip_percent(text: str, sent: Sentence, m: Mention) -> bool:
    """A word of another measure near the percentage ("inflation", "the tariff rate"): no
    trade claim, unless the word is the coverage ratio's own name ("The coverage rate of
    imports by exports stood at 60.1%")."""
    # (within the sentence both ways: "..., or 93.2%.\n\nTax revenues ..." opens another subject)
    lo, hi = max(sent.start, m.start - 40), min(sent.end, m.end + 40)
    named = [r.span() for r in _RATIO_NAMED.finditer(text, sent.start, hi)]
    named += yearly_rate_names(text, lo, m.start)  # ("a compound annual growth rate of 5%")
    named += [r.span() for r in _BY_A_MARGIN.finditer(text, max(sent.start, lo - 30), hi)]  # ("the largest market by a wide margin, taking")
    named += _producer_of_a_flows_share(text, sent, m)
    return any(not any(a <= w.start() and w.end() <= b for a, b in named) and not _said_of_money_between(text, w.end(), m.start)
               for w in SKIP_PERCENT.finditer(text, lo, hi))


def _said_of_money_between(text: str, end: int, start: int) -> bool:
    """Whether a money figure stands between a word of another measure ending at `end` and a
    percentage at `start` ("allocated at the preferential rate of 42,000 rials, made up 16% of
    the value of total imports"): the word is said of that figure, not of the percentage."""
    if end > start or not any(ch.isdigit() for ch in text[end:start]):
        return False  # (after the percentage, or no figure between: cheap)
    from ..extract.mentions import find_amounts

    return bool(find_amounts(text[end:start]))


# "produced 12% of the total": the verb of a share right before its figure (a hedge between)
_PRODUCED_BEFORE = re.compile(rf"\bproduced\s+{HEDGE}$", re.I)


def _producer_of_a_flows_share(text: str, sent: Sentence, m: Mention) -> list[tuple[int, int]]:
    """"Exports totalled $593bn, meaning one state produced 12% of the total": "produced" as
    the verb of a share of the flow the sentence gave before it (a flow word before the
    figure, "of" a flow or the total after) names no output: the share is of the trade."""
    if "produced" not in text[max(sent.start, m.start - 25):m.start]:
        return []  # (cheap: most percentages have no "produced" right before them)
    verb = _PRODUCED_BEFORE.search(text, max(sent.start, m.start - 25), m.start)
    if verb is None or not _of_a_flow(text[m.end:m.end + 60]) or _a_flow_word_re().search(text, sent.start, verb.start()) is None:
        return []
    return [verb.span()]


@functools.cache
def _a_flow_word_re() -> re.Pattern:
    """A word naming a trade flow (vocab/flows.csv, no "other" money)."""
    words = [w for w, (measure, _) in vocab.flows().items() if measure != "other"]
    flow = vocab.alternation(words, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{flow})\b", re.I)


# "by a wide margin", "by a narrow margin": how far one leads, no profit margin
_BY_A_MARGIN = re.compile(r"\bby\s+an?\s+(?:[\w-]+\s+){0,2}margin\b", re.I)


# Built from the vocabulary once, not for every number: building an alternation of a
# table walks every word of it.
@functools.cache
def _share_before_re() -> re.Pattern:
    cues = "|".join(map(re.escape, vocab.share_cues()["before"]))
    # (any hedges of vocab/hedges.csv between: "accounted for only 5%")
    hedges = vocab.alternation(vocab.hedges(), space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{cues})\s+(?:(?:{hedges}|a)\s+)*$", re.I)


@functools.cache
def _dash_after_amount_re() -> re.Pattern:
    """"$52.3bn — ": a dash right after a figure and its scale word."""
    scales = vocab.alternation(vocab.scales(), ignore_case=True)
    return re.compile(rf"\d[\d.,]*\s*(?:{scales})(?![A-Za-z])\s*[—–]\s*$", re.I)


_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


@functools.cache
def _paren_after_amount_re() -> re.Pattern:
    """"A$1,117m (", "$4.2 billion (": a bracket opened right after a figure and its scale
    word, written out or compact, as every word of the scales table (statistics offices
    write "A$41,784m" throughout); and a currency word written after them ("452,7 billion
    FCFA (", "3.1 billion euros (", the tokens of vocab/currencies.csv set after a figure)."""
    scales = vocab.alternation(vocab.scales(), ignore_case=True)
    after = vocab.alternation([r["token"] for r in vocab.currencies() if r["position"] in ("suffix", "both") and len(r["token"]) > 2],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"[\d.,]+\s*(?:(?:{scales})(?![A-Za-z]))?(?:\s+(?:{after})(?![A-Za-z]))?\s*\($", re.I)


_RANKED_SHARE = re.compile(
    rf"\b{RANKED_WITH}(?:[$€£¥]|US\$)?\s*[\d.,]+\s*(?:bn|mn|billion|million|trillion|trn|bln)"
    rf"(?:\s+(?:dollars|euros|pounds|riyals|dirhams))?,\s*{HEDGE}$", re.I)


# a name, then in brackets its figure and a comma: "Russia ($1.85 billion, "
_BRACKETED_RANK_SHARE = re.compile(
    rf"\b[A-Z][\w.'’-]*\s*\(\s*(?:[$€£¥]|US\$|[A-Z]{{3}}\s?)?\s*[\d.,]+\s*(?i:bn|mn|billion|million|trillion|trn|bln)"
    rf"(?i:\s+(?:dollars|euros|pounds|riyals|dirhams))?,\s*{HEDGE}$")


@functools.cache
def _change_at_re() -> re.Pattern:
    """"both recorded increases over a year earlier, at 14.8% and 12.1% respectively": the
    change named, then its size after "at"; or the change as a subject, its size after "was"
    ("In dollar terms, the decline was sharper at 14.7%", "the increase was 3.1%")."""
    words = vocab.alternation(vocab.changes(), ignore_case=True)
    subject = rf"\b(?:the|this|that|its|their)\s+(?P<w2>{words})\s+(?:was|is|came\s+to|stood\s+at)(?:\s+(?:even\s+|much\s+)?[a-z]+er)?(?:\s+at)?\s+"
    return re.compile(rf"(?:\b(?P<w1>{words})\b[^.;:\d%]{{0,60}},\s*at\s+|{subject}){HEDGE}$", re.I)


# the words that set a change against the level it is measured from
_AGAINST_A_BASE = re.compile(r"\s*(?:compared\s+(?:with|to)|against|over|versus|vs\.?|from|on)\s", re.I)


# An index is a ratio of two levels: one said with only the footing of the comparison
# ("(101.8% year-on-year)") is read as one from half the earlier level up; below that, a bare
# percentage beside "year-on-year" is more likely a change whose verb was left out.
INDEX_FOOTING_MIN = 0.5


def _index_words(text: str, sent, m: Mention, after: str, prev_end: int, last_relation: Claim | None,
                 last_index: Claim | None = None) -> dict | None:
    """A bare percentage that gives a level as a percentage of an earlier one, an index:
    "which is 104.1% of the level of the same period last year" (a change of +4.1%), "93.2%
    of the 2022 level" (-6.8%), "Exports amounted to $27.1 billion (101.8% year-on-year)",
    and, after such an index in brackets, the next bracketed percentage of its sentence
    ("imports $26.5 billion (106.6%)"). The claim's extra fields, or None."""
    if m.kind != "percent" or m.attrs.get("sign") or m.attrs.get("range"):
        return None
    clause_before = text[max(prev_end, sent.start, m.start - 50):m.start]
    if change_before_re().search(clause_before) or CHANGE_NOUN_AFTER.match(after):
        return None  # "rose 4.1% year-on-year": a change said as one
    bracketed = bool(_BRACKET_AFTER_AMOUNT.search(text, max(sent.start, m.start - 30), m.start))
    cue = index_after_re().match(after)
    if cue and cue["level"]:
        return {"index": True, "_index_end": m.end + cue.end(), "_index_bracketed": bracketed}
    if cue and m.value >= INDEX_FOOTING_MIN and not _share_before_re().search(clause_before) \
            and not re.search(r"\bshare\b", text[sent.start:m.start], re.I):
        return {"index": True, "_index_end": m.end + cue.end(), "_index_bracketed": bracketed}
    if (bracketed and re.match(r"\s*\)", after) and last_relation is not None and last_relation.sentence == sent.index
            and last_relation.extra.get("_index_bracketed")):
        # "Exports amounted to $27.1 billion (101.8% year-on-year), imports $26.5 billion
        # (106.6%)": the list goes on in the same terms
        return {"index": True, "_index_end": m.end, "_index_bracketed": True, "_index_like": last_relation}
    if _elided_index_after(text, sent, m, after, last_index):
        # "Exports amounted to $40.1 billion, or 104.3% of the level of the same period last
        # year. Imports came to $38.2 billion, or 102.9%.": the next flow in the same terms
        return {"index": True, "_index_end": m.end, "_index_bracketed": False, "_index_like": last_index}
    return None


# "$40.1 billion, or ": a percentage restating the money figure right before it
_OR_AFTER_AMOUNT = re.compile(r"(?:\d|\b(?:bn|mn|billion|million|trillion|trn|bln|mln))\s*,\s*(?:or|which\s+is|i\.e\.)\s+$", re.I)
# the percentage ends its clause: nothing of its own (no "of ...", no word of change) follows
_INDEX_CLAUSE_END = re.compile(r"\s*(?:[.;)]|,\s+(?:and|while|whereas|but)\b|$)", re.I)


def _elided_index_after(text: str, sent, m: Mention, after: str, last_index: Claim | None) -> bool:
    """A bare ", or N%" after a money figure, ending its clause, where the figure before in
    this sentence or the one before was an index said the same way (", or 104.3% of the level
    of ..."): the base is left out because it was just said, so N% is an index too, not a
    share of some whole."""
    if last_index is None or last_index.extra.get("_index_bracketed"):
        return False
    if last_index.sentence not in (sent.index, sent.index - 1) or m.value < INDEX_FOOTING_MIN:
        return False
    if not _INDEX_CLAUSE_END.match(after) or not _OR_AFTER_AMOUNT.search(text, max(sent.start, m.start - 30), m.start):
        return False
    return _OR_AFTER_AMOUNT.search(text, max(0, last_index.start - 30), last_index.start) is not None


# "$27.1 billion (": a percentage in brackets right after a money figure
_BRACKET_AFTER_AMOUNT = re.compile(r"(?:\d|\b(?:bn|mn|billion|million|trillion|trn|bln|mln))\s*\(\s*$", re.I)


_COMPARED_AFTER = re.compile(r"\s*(?:compared\s+(?:with|to)|over|against|on)\s+(?:the\s+|a\s+)?(?:[$€£¥]|[A-Z]{1,3}\$?\s?\d|\d|same\b|previous\b|(?:19|20)\d\d)", re.I)


_CHANGE_WORD = re.compile(r"\b(?:increase|rise|decline|decrease|drop|fall|growth|gain|jump|rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed)\b", re.I)


def _bracketed_rate(text: str, sent, m: Mention) -> bool:
    """Whether the percentage is a level's annual rate in brackets after it: its bracket names
    it so, or it is a bare one right after a level beside such a bracket (link/bracket_rates.py)."""
    if names_a_rate(text, m.start, m.end):
        return True
    return bool(_paren_after_amount_re().search(text, max(sent.start, m.start - 30), m.start)) \
        and _BRACKET_CLOSES.match(text, m.end) is not None and rate_beside_a_rate(text, sent.start, sent.end, m.start)


# the bracket closing right after a bare percentage: "(6.3%)"
_BRACKET_CLOSES = re.compile(r"\s*\)")


@functools.cache
def _duty_rate_res() -> tuple[re.Pattern, re.Pattern]:
    """A tariff's or a duty's noun right after a percentage ("a lower 7.8% rate", "a 25%
    tariff"), or before it ("duties of up to 37.6%"): vocab/coverage_cues.csv."""
    barrier = vocab.alternation(vocab.coverage_cues("barrier"), ignore_case=True, space=r"\s+")
    rate = vocab.alternation(vocab.coverage_cues("rate"), ignore_case=True, space=r"\s+")
    # (past the name of who levies it: "a lower 10% U.S. levy", "a 25% Chinese tariff")
    return (re.compile(rf"\s*(?:(?-i:[A-Z][\w.]*)\s+){{0,2}}(?:{barrier}|{rate})\b", re.I),
            re.compile(rf"\b(?:{barrier})\s+(?:of|at)\s+(?:[a-z]+\s+){{0,2}}$", re.I))


def _duty_rate(m: Mention, text: str, clause_before: str) -> bool:
    """Whether the percentage is the rate of a tariff or a duty, not a change in trade
    ("as provisional duties of up to 37.6% kicked in", "cars which face a lower 7.8% rate")."""
    after_re, before_re = _duty_rate_res()
    return bool(after_re.match(text, m.end) or before_re.search(clause_before))


@functools.cache
def _surpassed_by_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.difference_verbs(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{verbs})\s+(?:the\s+)?(?P<when>[\w\s/-]{{1,30}}?)['’]s\s+(?:[^.;:]|\.(?=\d)){{1,40}}?\s+by\s+{HEDGE}$", re.I)


def _surpassed_earlier_by(before: str) -> bool:
    """"surpassing the previous year's 3.52 billion USD by 3.4 percent": a percentage by which
    a figure passes an earlier period's own is its change on it (not a gap between two flows:
    the earlier figure is named by its period)."""
    m = _surpassed_by_re().search(before)
    if m is None:
        return False
    when = re.sub(r"\s+", " ", m["when"].strip().lower())
    return _year_earlier(when) or _year_earlier("the " + when) or re.fullmatch(r"(?:fy\s?)?(?:19|20)\d\d(?:/\d\d)?", when) is not None


@functools.cache
def _partners_line_re() -> re.Pattern:
    """A reference line that lists a flow's partners with their shares ("Exports - partners:
    Switzerland 38%, China 19%, ... (2021)"): its label, a flow word and a partners' noun
    (vocab/partner_nouns.csv), then places each with a percentage up to the figure."""
    flow = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure in ("exports", "imports")], ignore_case=True, inline=True)
    nouns = vocab.alternation(vocab.partner_nouns(), ignore_case=True, inline=True)
    item = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z][\w'’.-]*)*\s+\d[\d.]*\s*%"
    return re.compile(rf"(?:^|\n)\s*(?:{flow})\s*[-–—]\s*(?:{nouns})\s*:\s*(?:{item}\s*,\s*)*[A-Z][\w'’.-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z][\w'’.-]*)*\s+$")


def _on_a_partners_line(text: str, start: int) -> bool:
    """Whether _partners_line_re matches in the 400 characters before `start`. (Its line's
    start, the text's or a newline, and its label's colon checked first: cheap; most figures
    stand on no such line.)"""
    lo = max(0, start - 400)
    if (lo and text.find("\n", lo, start) < 0) or text.find(":", lo, start) < 0:
        return False
    return _partners_line_re().search(text, lo, start) is not None


_THAT_AFTER = re.compile(r"^\s*(?:that|the|its|their|what)\b", re.I)


@functools.cache
def _flow_after_re() -> re.Pattern:
    words = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure in ("exports", "imports")],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*(?:{words})\b", re.I)


def _flow_right_after(after: str) -> bool:
    """"imports were about 45 times exports", "purchases ran at three times sales": a bare
    "N times" right before a flow word is a multiple of that flow, not a count of times."""
    return bool(_flow_after_re().match(after))


# after a multiple: "the size of its economy", "Singapore's GDP", "that of the economy"
_MULTIPLE_OF_ECONOMY = re.compile(rf"^\s*(?:(?:the|its)\s+(?:size|value|level)\s+of\s+|that\s+of\s+)?(?:the\s+)?{_GDP_OWNER}"
                                  r"(?:GDP|gross\s+domestic\s+product|national\s+(?:income|output)|economy|economic\s+output)\b", re.I)
_OF_THE_ECONOMY_AFTER = re.compile(rf"^\s*(?:of\s+{_GDP_OWNER})?(?:GDP|gross\s+domestic\s+product|national\s+(?:income|output)|the\s+economy|economic\s+output)\b", re.I)
# "of Chile's 2.1% GDP growth", "of economic growth", "of the economy's growth last year":
# the economy's growth a contribution is a part of
_OF_GROWTH_AFTER = re.compile(r"^\s*of\s+(?:(?:the\s+)?(?:[A-Z][\w.]*|economy|country|nation)['’]s\s+)?(?:\d[\d.]*\s*(?:%|per\s*cent|percent)\s+)?"
                              r"(?:real\s+|annual\s+|overall\s+)?(?:GDP|gross\s+domestic\s+product|economic|output)\s+growth\b", re.I)
_SHARE_WORD = re.compile(r"\bshare\b", re.I)
# a relative clause opening after a noun: ", which climbed", ", that rose"
_RELATIVE_OPENER = re.compile(r",\s+(?:which|that)\s", re.I)


def _relative_clause_after_share(text: str, start: int, end: int) -> bool:
    """Whether a relative clause opens between the last "share" of `start`..`end` and the
    figure at `end`, and is still open there ("Their share of total exports, which climbed
    15.8% to CHF259.6 billion, reached 51.5%"): the figure is of the clause, about the noun
    after "share of" (the share's whole), no share itself."""
    last = None
    for last in _SHARE_WORD.finditer(text, start, end):
        pass
    if last is None:
        return False
    opener = _RELATIVE_OPENER.search(text, last.end(), end)
    # (still open at the figure: "..., which amounted to EUR 8.53 billion, fell to 4.3%" has
    # closed it, and the figure is the share's again)
    return opener is not None and text.find(",", opener.end(), end) < 0


@functools.cache
def _share_noun_of_re() -> re.Pattern:
    """"The percentage of oil exports from total exports decreased to 72.9%": a noun for a
    share itself (vocab/share_nouns.csv) before "of", as the subject the figure is the level of."""
    nouns = vocab.alternation([r["word"] for r in vocab.table("share_nouns")], ignore_case=True)
    return re.compile(rf"\b(?:{nouns})\s+of\b", re.I)


def _share_noun_of(text: str, start: int, end: int) -> re.Match | None:
    """`_share_noun_of_re` between `start` and `end`, but not a company's stock ("Shares of
    Acme Group fell 1.8% in early trading": the price of its shares moved, no share of a flow)."""
    found = _share_noun_of_re().search(text, start, end)
    if found is None or not found.group(0)[:1].isupper() or not found.group(0).lower().startswith("shares"):
        return found  # (cheap: a share noun opening its clause in capitals, plural, is rare)
    name = _STOCK_NAME.match(text, found.end(), end)
    if name is None or name.group(1) in vocab.countries() or name.group(1).split()[0] in vocab.countries():
        return found  # ("Shares of China and India in exports rose": places' shares of a flow)
    return None


# after "Shares of": the company's capitalised name, then the verb of its move
_STOCK_NAME = re.compile(r"\s+(?:the\s+)?([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})\s+(?:(?:were|was|have|had|closed|ended|traded)\s+)?"
                         r"(?:rose|fell|gained|lost|jumped|slipped|dropped|climbed|slid|tumbled|surged|soared|sank|plunged|edged|down|up|higher|lower)\b")


# (compiled once: a literal pattern of the reading below, tried per claim)
_KIND_OF_RE = re.compile(rf"\b(?:rose|fell|grew|climbed|slipped|dropped|shrank|increased|decreased|edged\s+\w+|was|is|reached|stood|to|at)\s+(?:to\s+|at\s+)?{HEDGE}$", re.I)


@functools.cache
def _other_money_re() -> re.Pattern:
    words = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure == "other"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


# a volume noun (vocab/volume_nouns.csv) right before a signed change, a word or two between
_VOLUME_LABEL = re.compile(rf"(?:{VOLUME.pattern})(?:\s+[a-z]+)?\s*:?\s*$", re.I)


def _volume_label_before(clause_before: str) -> bool:
    """Whether a signed change is labelled by the volume noun just before it ("volumes only
    -3%", "LNG volumes -4%"): the quantity's change, not the money value's."""
    return VOLUME.search(clause_before) is not None and _VOLUME_LABEL.search(clause_before) is not None


def _volume_subject(clause_before: str) -> bool:
    """Whether the change is said of a quantity ("Volumes rose 10 per cent"; "Measured in
    volume, exports grew by 6.4 percent"): a volume noun before it that no word of money
    with no volume (vocab/flows.csv, measure "other") follows ("Despite lower volumes, the
    authority's revenue rose 8.7%": the revenue's change; nor a flow's value after it:
    "Despite smaller volumes, shipment value rose 3%" is the value's change)."""
    last = None
    for last in VOLUME.finditer(clause_before):
        pass
    return last is not None and _other_money_re().search(clause_before, last.end()) is None \
        and _VALUE_AFTER_VOLUME.search(clause_before, last.end()) is None


# "..., export value rose", "the value of shipments": the money said after a volume noun
# ("Volume rose 9% and value 12%": a bare "value" opening the next coordinated part)
_VALUE_AFTER_VOLUME = re.compile(r"\b(?:export|import|shipment|trade)\s+values?\b|\b(?:and|while|but|whereas)\s+(?:the\s+|its\s+)?values?\b(?!\s+of\s+(?:the\s+)?(?:volume|quantity))|\bvalues?\s+of\s+(?:[\w-]+\s+){0,2}?(?:exports|imports|shipments|sales)\b", re.I)


# "the volume of exports rose 1.4%": a flow's volume as the change's subject, right before it
_VOLUME_OF_FLOW = re.compile(r"\bvolumes?\s+of\s+(?:goods\s+|merchandise\s+)?(?:exports|imports)\b[^,;%\d]{0,40}$", re.I)
# "the value of UK goods exports rose 5.7%", "export values", "in value terms"
_VALUE_OF_FLOW = re.compile(r"\bvalues?\s+of\s+(?:[\w-]+\s+){0,3}?(?:exports|imports)\b|\b(?:export|import)\s+values\b|\bin\s+value\s+terms\b", re.I)


def _volume_of_a_flow_beside_its_value(text: str, clause_before: str) -> bool:
    """Whether a change is said of "the volume of exports" in a text that gives the value of
    the flow apart ("The value of exports rose 5.7% ... Excluding precious metals, the volume
    of exports rose 1.4%"): the quantity's change. (Alone, "the volume of exports" is often
    the money: "the volume of exports reached $5 billion".)"""
    if "olume" not in clause_before:
        return False  # (checked first: cheap)
    return _VOLUME_OF_FLOW.search(clause_before) is not None and _VALUE_OF_FLOW.search(text) is not None


def _change_of_counted_subject(text: str, start: int, pos: int) -> bool:
    """"International visitor arrivals climbed to 2.09 million in 2023 from 1.48 million a
    year earlier, a jump of 41.2 per cent": a sentence whose subject is a counted quantity
    (vocab/volume_nouns.csv: arrivals, passengers, volumes) before any number, and that
    gives no money before the change, changes that count, not a value. (Not where a flow's
    value is the subject after the count: "Despite fewer units, export value rose 1.2%".)"""
    before = text[start:pos]
    first_digit = re.search(r"\d", before)
    subject = before[:first_digit.start()] if first_digit else before
    if not VOLUME.search(subject) or _other_money_re().search(subject) or _VALUE_AFTER_VOLUME.search(subject) \
            or _flow_or_value_re().search(before, len(subject)):
        return False  # (nor "..., and export values rose 8%": another subject, of money, after it)
    from ..extract.mentions import find_amounts

    return not find_amounts(before)


@functools.cache
def _flow_or_value_re() -> re.Pattern:
    """Any flow word (vocab/flows.csv) or word of money value (vocab/value_words.csv)."""
    words = vocab.alternation(list(vocab.flows()) + vocab.value_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


# "— more than the combined share of", ", below the share of": a comparison after a
# percentage with another share, so the percentage is a share too, not a change
_THAN_A_SHARE = re.compile(r"[\s,—–]*(?:more|less|higher|lower|larger|smaller|bigger|above|below)(?:\s+than)?\s+"
                           r"(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?share\b", re.I)


def _kind_of(m: Mention, text, sent, before: str, after: str, prev_end: int) -> str | None:
    if m.kind == "amount":
        return "amount"
    # (a figure given in place of one taken back: the words before that one, "rose eight - no,")
    stop = _spoken_start(text, sent, m)
    clause_before = text[max(prev_end, sent.start, m.start - 50):stop]
    if m.kind == "multiple":
        if "econom" in after[:40] or "GDP" in after[:40] or "domestic product" in after[:60]:
            if _MULTIPLE_OF_ECONOMY.match(after):
                # "trade worth more than twice the size of its economy": a ratio to the
                # economy's output, no change of a flow from an earlier period
                return None
        if m.attrs.get("word"):
            return "multiple"
        if m.attrs.get("times") and not m.attrs.get("cmp"):
            if not change_before_re().search(clause_before) and not _THAT_AFTER.match(after) and not _flow_right_after(after):
                return None
        return "multiple"
    # percentages and fractions: a change, a share, or neither
    if m.kind == "percent" and "(" in text[max(0, m.start - 30):m.start] and _bracketed_rate(text, sent, m):
        return "percent_change"  # "35,735.4 million dollars (annual rate: 5.1%)", "... (6.3%)" beside it
    if m.kind == "percent" and not m.attrs.get("sign") and _duty_rate(m, text, clause_before):
        return None
    if m.kind == "percent" and not m.attrs.get("sign") and _on_a_partners_line(text, m.start):
        return "share"  # "Exports - partners: Switzerland 38%, China 19% (2021)": each place's share
    if m.kind == "percent" and (_OF_GDP_BRACKET.match(after) or m.attrs.get("sign") and _OF_GDP.match(after)):
        # "Budget surplus (+) or deficit (-): -2.3% (of GDP)": a ratio to the economy's
        # output, signed or not, no change and no share of a flow
        return None
    if m.attrs.get("sign") and (_volume_label_before(clause_before) or _opened_on_volume(text, sent, m)):
        # "but volumes only -3%", "LNG volumes -4%", "Volumes: exports -0.8%, imports -1.3%":
        # a quantity's change, not a value's
        return None
    if m.attrs.get("sign"):
        return "percent_change"  # "+3.9%", "(-33.6%)": a signed percentage is a change
    if m.kind == "percent" and _change_column_row(text, m):
        return "percent_change"  # "Rough imports: $1.08B (3%)" under "... (y/y change)": a rise
    if m.kind == "percent" and "%" in text[m.end - 1:m.end + 1] and labelled_share_line(text, m):
        return "share"  # "The regional shares were:" then "Europe 35.3%": each line's place's share
    if m.kind == "percent" and _share_list_item(text, m):
        return "share"  # "Share of global arms exports: ... - United States: 42% (34%)"
    if m.kind == "percent" and attainment_of(clause_before):
        return "share"  # "representing a performance of 105.2 percent": the result over its goal
    share_before = _share_before_re().search(clause_before)
    change_before = change_before_re().search(clause_before) or _change_at_re().search(text, max(prev_end, sent.start), stop)
    change_after = CHANGE_NOUN_AFTER.match(after)
    if change_after and _THAN_A_SHARE.match(after):
        change_after = None  # "was 12.4 per cent — more than the combined share of ...": a share set against another
    of_after = SHARE_AFTER.match(after)
    if m.kind == "percent" and _OF_GDP.match(after) and _restates_a_figure(text, m.start):
        return "share"  # "£859.6 billion, or 32.0% of GDP": a share of a whole no flow is
    if m.kind == "percent" and _OF_THE_ECONOMY_AFTER.match(after):
        return None
    if m.kind in ("percent", "fraction") and "growth" in after[:60] and _OF_GROWTH_AFTER.match(after):
        # "net exports accounted for almost a third of Chile's 2.1% GDP growth": a
        # contribution to the economy's growth, no share of a trade flow
        return None
    share_to = ((_SHARE_WORD.search(text[sent.start:m.start]) or _RATIO_NAMED.search(text, sent.start, m.start)
                 or _share_noun_of(text, sent.start, m.start))
                and _KIND_OF_RE.search(clause_before))
    if share_to and change_before and _relative_clause_after_share(text, sent.start, m.start):
        share_to = None  # "Their share of total exports, which climbed 15.8%": the whole's change
    if not share_to and m.kind == "percent" and "coverage" in clause_before:
        # "..., so that the deficit reached EUR 3.65 billion and the coverage of imports by
        # exports 85.6%": the ratio named right before its figure, its verb left out
        share_to = _RATIO_GAPPED.search(clause_before)
    if (share_before or share_to) and not change_after:
        # "or 20.5 per cent more than the Dh414.6 billion": a comparison after the figure
        # makes it a change whatever came before
        if m.kind == "percent" and _skip_percent(text, sent, m):
            return None
        return "share"
    if (not change_before and m.kind == "percent" and _COMPARED_AFTER.match(after)
            and re.search(r"\band\s+$", clause_before) and _CHANGE_WORD.search(text, sent.start, m.start)):
        # "an increase of 3.2 percent over the N21.90trn recorded in Q4 2023 and 124.6
        # percent compared with the N10.06trn posted in Q1 2023": a second change, the
        # change word left out
        change_before = True
    if m.kind == "percent" and OR_BY.search(clause_before) and _change_word_re().search(text, sent.start, m.start):
        # "before falling to $0.9 billion in 2016, or by 35.7 percent": the change the verb
        # before said, again in percent
        change_before = True
    if m.kind == "percent" and not change_before and not change_after and _gapped_change(clause_before):
        change_before = True  # "Volume was up 9% and value 12%": the second change's verb left out
    if m.kind == "percent" and not change_before and _surpassed_earlier_by(text[sent.start:m.start]):
        change_before = True
    if m.kind == "percent" and not change_before and names_yearly_rate(text, max(prev_end, sent.start), m.start, m.end) \
            and not _skip_percent(text, sent, m):
        change_before = True  # "a compound annual growth rate of 5%", "a CAGR of 5%"
    if m.kind == "percent" and not change_before and not change_after and ("—" in after[:8] or "–" in after[:8]):
        change_after = _caption_change(text, m, after)
    if change_before and not change_after and m.kind == "percent" and SHARE_AFTER.match(after) \
            and _MOVED_TO_RE.search(clause_before):
        # "Shipments to China rose to 41% of total exports", "runs fell to about 52% of
        # capacity": the level the ratio moved to, no change by that much; a share when the
        # words after "of" name a trade flow, else no claim
        return "share" if _of_a_flow(after) else None
    if change_before or change_after:
        if _volume_subject(clause_before) or _volume_set_against_value(text, sent, m, clause_before, after) \
                or _change_of_counted_subject(text, sent.start, m.start) or _volume_of_a_flow_beside_its_value(text, clause_before):
            return None  # "Volumes rose 10 per cent": a quantity, not a value
        return "percent_change"
    paren_after_amount = _paren_after_amount_re().search(text, max(sent.start, m.start - 30), m.start)
    # "📱 Phones & parts: $52.3bn — 11.9%": a bare percentage after a dash, ending the line
    # the figure opens, is that figure's share of the whole
    paren_after_amount = paren_after_amount or (m.kind == "percent" and _dash_after_amount_re().search(text, max(sent.start, m.start - 30), m.start)
                                                and _LINE_END.match(text, m.end))
    # "followed by Bahrain with 7.1 billion dollars, 8 percent": in a ranking, the
    # percentage set beside the figure it ranks with is that figure's share
    ranked = (m.kind == "percent" and _RANKED_SHARE.search(text[max(sent.start, m.start - 70):m.start])
              and re.match(r"\s*(?:[.;]|,\s*(?:and|while|followed)\b|$)", after))
    # "followed by Russia ($1.85 billion, 11.5%)": the place's figure and its share, bracketed
    ranked = ranked or (m.kind == "percent" and _BRACKETED_RANK_SHARE.search(text, max(sent.start, m.start - 60), m.start)
                        and re.match(r"\s*\)", after))
    if share_before or of_after or paren_after_amount or ranked or SHARE_WORD.search(clause_before[-25:] + after[:20]) \
            or _share_label_cell(text, m):
        if m.kind == "percent" and _skip_percent(text, sent, m):
            return None
        return "share"
    return None


# a change verb's "to" right before a percentage, a hedge between ("fell to about 52%")
_MOVED_TO_RE = re.compile(rf"\bto\s+{HEDGE}$", re.I)


@functools.cache
def _of_a_flow_re() -> re.Pattern:
    """"of", at most four words, then a word naming a flow (vocab/flows.csv, no "other"
    money) or a total: "of total exports", "of the country's shipments"."""
    words = [w for w, (measure, _) in vocab.flows().items() if measure != "other"] + ["total"]
    flow = vocab.alternation(words, ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*,?\s*of\s+(?:[\w'’-]+\s+){{0,4}}?(?:{flow})\b", re.I)


def _of_a_flow(after: str) -> bool:
    """Whether the words after a percentage make it a share of a trade flow or a total."""
    return _of_a_flow_re().match(after) is not None


# "... up 9% and value 12%": a percentage, then "and" and a noun right before this one
# (the left-out verb's "by" may stay: "the volume decreased by 9 percent and the value by 10.9 percent")
_GAPPED_AFTER_PERCENT = re.compile(r"(?P<pct>\d[\d.,]*\s*(?:%|per\s?cent|percent))\s+(?:and|while|but|whereas)\s+(?:the\s+|its\s+)?[a-z][a-z-]*(?:\s+by)?\s*$", re.I)


def _gapped_change(clause_before: str) -> bool:
    """Whether a percentage is a second change whose verb is left out: "Volume was up 9% and
    value 12% from 2022" (the value's change, "up" said once for both)."""
    if " and " not in clause_before and " while " not in clause_before and " but " not in clause_before \
            and " whereas " not in clause_before:
        return False  # (checked first: cheap)
    gap = _GAPPED_AFTER_PERCENT.search(clause_before)
    return gap is not None and change_before_re().search(clause_before, 0, gap.start("pct")) is not None


# a caption line "**19%** — the growth in US imports from Vietnam": the figure opens its line
# (a bullet and emphasis aside), a dash, then what it is
_CAPTION_OPENING = re.compile(r"[ \t]*(?:[-•*·▪][ \t]+)?[*_]*")
_CAPTION_DASH = re.compile(r"[*_]*[ \t]*[—–][ \t]*(?:the|an?)\s+", re.I)


def _caption_change(text: str, m: Mention, after: str) -> bool:
    """Whether a percentage opens a caption line that calls it a change ("the growth in")."""
    dash = _CAPTION_DASH.match(after)
    if dash is None or not CHANGE_NOUN_AFTER.match(after[dash.end():]):
        return False
    return bool(_CAPTION_OPENING.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start))


# "- United States: 42% (34%)": a bulleted item's label and the unsigned percentages after it
_SHARE_ITEM = re.compile(r"[ \t]*[-•*–][ \t]*[^\d\n:%]{2,40}:[ \t]*(?:\d[\d.,]*\s*%\s*\(?\s*)*$")


def _share_list_item(text: str, m: Mention) -> bool:
    """Whether a percentage is on a bulleted item under a line that says the list gives
    shares ("Share of global arms exports in 2019-23 ...:")."""
    line = text.rfind("\n", 0, m.start) + 1
    if text[line:line + 8].lstrip()[:1] not in ("-", "•", "*", "–") or not _SHARE_ITEM.fullmatch(text, line, m.start):
        return False
    end = line - 1
    while end > 0:  # the first line above the list's items
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        if above.strip() and above.lstrip()[:1] not in ("-", "•", "*", "–"):
            return bool(SHARE_WORD.search(above))
        end = start - 1
    return False


# a block's row whose bracket after its level holds this percentage: "Rough imports: $1.08B ("
_BRACKET_ROW = re.compile(r"[ \t]*(?:[-•*–·▪][ \t]*)?[^\n:\d%()]{2,40}:[ \t]*[^\s(%]*\d[^\n(%]{0,20}\([ \t]*$")
_BRACKET_CLOSES_LINE = re.compile(r"[ \t]*\)[ \t]*(?:\n|$)")
_ROW_LINE = re.compile(r"[ \t]*(?:[-•*–·▪][ \t]*)?[^\n:\d%()]{2,40}:[^\n]*\d[^\n]*$")


@functools.cache
def _change_heading_re() -> re.Pattern:
    """A heading line whose bracket names a change column (vocab/change_columns.csv):
    "Antwerp diamond trade, March 2019 (y/y change)"."""
    words = vocab.alternation(vocab.change_column_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"[^\n]*\([^()\n]*(?<!\w)(?:{words})(?!\w)[^()\n]*\)[ \t]*:?[ \t]*$", re.I)


def _change_column_row(text: str, m: Mention) -> bool:
    """Whether an unsigned percentage in brackets after a labelled row's level ("Rough
    imports: $1.08B (3%)") sits in a block whose heading names its brackets as changes
    ("Antwerp diamond trade, March 2019 (y/y change)"): a summary block's change, not a
    share of anything (its falls are the ones signed, "-14%")."""
    if text[m.start - 1:m.start] != "(" and not text[max(0, m.start - 3):m.start].endswith(("( ", "(\t")):
        return False  # (checked first: cheap)
    if not _BRACKET_CLOSES_LINE.match(text, m.end):
        return False
    line = text.rfind("\n", 0, m.start) + 1
    if not _BRACKET_ROW.fullmatch(text, line, m.start):
        return False
    end = line - 1
    while end > 0:  # the first line above the block's rows: its heading
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        if not above.strip():
            return False
        if not _ROW_LINE.fullmatch(above):
            return _change_heading_re().fullmatch(above) is not None
        end = start - 1
    return False


# a labelled cell's value: "• Copper share of total exports (US$94.9bn): 53.5%", the label
# from the line's start (or a pipe) to the colon, with no other figure's colon between
_LABEL_CELL = re.compile(r"(?:^|\|)[ \t]*(?:[-•*–·▪][ \t]*)?(?P<label>[^\n|:]{2,80}?)[ \t]*:[ \t]*$", re.M)


def _share_label_cell(text: str, m: Mention) -> bool:
    """Whether a percentage is the value of a key-figures cell whose label names a share."""
    line = text.rfind("\n", 0, m.start) + 1
    cell = _LABEL_CELL.search(text, line, m.start)
    return cell is not None and bool(SHARE_WORD.search(cell["label"]))


# "Copper share of total exports (": a figure in this bracket is the share's whole
_SHARE_WHOLE_BRACKET = re.compile(r"\bshare\s+of\s+(?:(?:total|all|overall)\s+)(?:(?:goods|merchandise)\s+)?(?:exports|imports)\s*\(\s*$", re.I)


def _whole_in_share_label(text: str, sent_start: int, m: Mention) -> bool:
    """"• Copper share of total exports (US$94.9bn): 53.5%": the bracketed figure is the
    whole (all exports), not the product's."""
    return _SHARE_WHOLE_BRACKET.search(text, max(sent_start, m.start - 80), m.start) is not None


def _share_label_part(text: str, m: Mention) -> str | None:
    """The product a share label names before "share" ("Copper share of total exports"):
    the part the cell's percentage is the share of."""
    line = text.rfind("\n", 0, m.start) + 1
    cell = _LABEL_CELL.search(text, line, m.start)
    head = re.match(r"(?P<np>[A-Za-z][\w&'’ -]{1,40}?)['’]?s?\s+share\b", cell["label"]) if cell else None
    if head is None or names_country_or_flow(head["np"]) or unknown_product(head["np"]) is None:
        return None
    return canonical_label(head["np"])


# a rate of change right before a word ("grew 1.92 per cent over", "up 5% over")
_RATE_BEFORE_OVER = re.compile(r"\d\s*(?:%|per\s*cent|percent|pc)\s*(?:year[\s-]on[\s-]year\s*)?$", re.I)
# "a $900-billion-plus gap", "exports of $5bn+": a figure marked as a floor after it
_FLOOR_AFTER = re.compile(r"-plus\b|\+(?!\s*\d)", re.I)


def _bound(before: str, m: Mention, after: str = "") -> str:
    q = qual_re().search(before)
    if not q:
        return "ge" if after[:1] in ("-", "+") and _FLOOR_AFTER.match(after) else "eq"
    word = re.sub(r"\s+", " ", q["q"].lower())
    if vocab.qualifiers()[word] in ("gt", "lt") and re.search(r"\bthe\s*$", before[q.end("q"):], re.I) \
            and not re.match(r"\s+(?:\w+\s+)?(?:mark|level|threshold|ceiling|barrier|milestone|line)\b", after or ""):
        # "27% more than the $729 million of July", "far above the $28.7 billion": a figure
        # compared with, stated exactly
        return "eq"
    if word == "over" and re.search(r"\b(?:increase|rise|gain|growth|jump|decline|drop|fall|decrease|improvement)\s*$", before[:q.start()], re.I):
        # "a 34.0 per cent increase over N26.92 trillion in 2022": the level compared with
        return "eq"
    if word == "over" and _RATE_BEFORE_OVER.search(before, 0, q.start()):
        # "exports grew 1.92 per cent over USD 110.06 billion in Q1 of 2024-25": a rate of
        # change right before "over" measures against that level, no lower bound
        return "eq"
    if word == "up to":
        # "taking total earnings up to $12.5bn": where the figure went, not a ceiling
        verbs = re.findall(r"[a-z]+", before[max(0, q.start() - 50):q.start()].lower())
        if any(v in vocab.motion_verbs() for v in verbs[-6:]):
            return "eq"
    if word in vocab.estimate_qualifiers() and _significant_digits(m) >= OFFICIAL_ESTIMATE_DIGITS:
        # "estimated at US$ 1,442.87 million": an office's estimate, the statistic itself
        return "eq"
    if word in vocab.estimate_qualifiers() and "from" in after[:40] and _revised_from_after(after):
        # "now estimated at £170.4 billion, revised up from £168.0 billion": an estimate that
        # names the one it replaced is the office's revised statistic, not a rough figure
        return "eq"
    return vocab.qualifiers()[word]


def _revised_from_after(after: str) -> bool:
    from .cues import revised_from_gap_re
    return revised_from_gap_re().match(after) is not None


# Digits from which an estimate is an office's own figure rather than a rough one
# ("estimated at $1.4 billion" is rough; "US$ 1,442.87 million" is not)
OFFICIAL_ESTIMATE_DIGITS = 5


def _significant_digits(m: Mention) -> int:
    """How many significant digits a figure was written to ("1,442.87 million": 6)."""
    if not m.unit or not m.value:
        return 0
    return len(str(int(round(abs(m.value) / m.unit))))


# a transcript's speaker label opening its line ("ADVISER: ", "GUEST (economist): ", "A: ")
SPEAKER_LABEL = re.compile(r"(?m)^[A-ZÀ-Þ][A-ZÀ-Þ.' -]{0,40}(?:\([^)\n]{1,40}\))?:[ \t]+")


@functools.cache
def _change_fragment() -> re.Pattern:
    """The words before the figure of a sentence that gives only a change: an opener
    perhaps, the direction, perhaps "by" and a hedge ("So up ", "Down by about ")."""
    opener = vocab.alternation(vocab.change_fragments("opener"), ignore_case=True, space=r"\s+")
    direction = vocab.alternation(vocab.change_fragments("direction"), ignore_case=True, space=r"\s+")
    hedge = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:(?:{opener})[\s,]+)?(?:{direction})\s+(?:by\s+)?(?:(?:{hedge})\s+)?", re.I)


@functools.cache
def _answer_lead() -> re.Pattern:
    """What may come between an answer's label and its bare figure ("Not quite - ", "No,
    about "): the answer words of vocab/answer_leads.csv and hedges."""
    words = vocab.alternation(vocab.answer_leads() + vocab.hedges(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:(?:{words})[\s,.:;–—-]*){{0,3}}", re.I)


def _answer_opening(text: str, start: int, pos: int) -> bool:
    """Whether the sentence at `start` is a transcript answer opening on the figure at `pos`."""
    if ":" not in text[start:pos]:
        return False  # (the label's colon: checked first, cheap)
    label = SPEAKER_LABEL.match(text, start)
    return bool(label) and bool(_answer_lead().fullmatch(text, label.end(), pos))


def _answers_ellipsis(s: Site) -> bool:
    """Whether the figure opens, bare, the answer to an elliptical question just before
    ("And cars? / Just £0.9 billion.")."""
    q = s.state.question
    return q is not None and q[0] == s.sent.index - 1 and answer_lead_only(s.text, s.sent.start, s.m.start)


def _answers_flow_asked(s: Site) -> bool:
    """Whether the figure's sentence answers the elliptical question just before on the flow
    it asked of, naming no product or place of its own before the figure."""
    q = s.state.question
    return (q is not None and q[0] == s.sent.index - 1 and q[1] == s.claim.measure
            and not any(s.sent.start <= x.start < s.m.start for x in s.ms["commodity"] + s.ms["country"]))


def answer_lead_only(text: str, start: int, pos: int) -> bool:
    """Whether only a speaker label and answer words stand between the sentence at `start`
    and the figure at `pos` ("A: £22.7 billion", "About C$13.9 billion")."""
    if pos - start > 60:
        return False
    label = SPEAKER_LABEL.match(text, start) if ":" in text[start:pos] else None
    return bool(_answer_lead().fullmatch(text, label.end() if label else start, pos))


@functools.cache
def _each_after() -> re.Pattern:
    cue = vocab.alternation(vocab.distributive_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{cue})\b", re.I)


@functools.cache
def _bare_value_subject() -> re.Pattern:
    """A clause whose subject is a money word alone (vocab/value_words.csv), its verb, then
    the figure: "In dollar terms, earnings were US$ 112.3 million"."""
    from .. import vocab

    value = vocab.alternation({w.lower() for w in vocab.value_words()}, ignore_case=True)
    verbs = vocab.alternation(set(vocab.changes()) | vocab.level_verbs())
    return re.compile(rf"(?:^|,)\s*(?:the\s+)?{value}\s+(?:also\s+)?{verbs}\b(?:\s+(?:to|at|by|of))?\s+{HEDGE}$", re.I)
