"""The catalogue of checks: every check's id, title and description, and the message
templates its findings are written from.

A check's module decides whether figures hold together and names the message that says
so (a *variant*, such as `sum`'s "balance") with the words and figures that fill it; the
sentence itself is written here, once, as a `str.format` template with named fields. A
variant has a failing template and a passing one, unless its relation can only fail or only
pass: a share above 100% never holds, and what the other figures imply for an unstated
level is said only when they allow it.

The ids are what JSON, SARIF, `disable` and inline suppressions name: they never change.
"""
from __future__ import annotations

import enum
import string
from dataclasses import dataclass
from typing import Iterable, Mapping


class Status(enum.StrEnum):
    """A finding's verdict (a `str`, so JSON carries the plain value)."""
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    UNVERIFIABLE = "unverifiable"


class Severity(enum.StrEnum):
    """How much a finding matters: by default only errors fail a run."""
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class MessageError(ValueError):
    """A message asked of the catalogue that it cannot write: an unknown check or variant,
    or fields that are not the template's."""


class UnknownCheck(ValueError):
    """A check id named by a user (`disable`, `--disable`) that is not in the catalogue."""


@dataclass(frozen=True)
class Message:
    """A variant's templates: `fail` for a finding whose claims do not hold together
    (inconsistent, or unverifiable), `passed` for a consistent one."""
    fail: str | None = None
    passed: str | None = None


@dataclass(frozen=True)
class Example:
    """A short text on which the check fails, and what it then says (`tradecheck explain`).
    The test of the catalogue verifies each text and finds exactly this message, and this
    suggestion where there is one, so an example cannot drift from what the check does."""
    text: str
    message: str
    suggestion: tuple[str, str] | None = None  # the figure as written, and what it would have to say


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    description: str
    messages: dict[str, Message]  # variant -> its templates
    example: Example | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "description": self.description,
                "messages": {name: {"fail": m.fail, "pass": m.passed} for name, m in self.messages.items()},
                **({"example": {"text": self.example.text, "message": self.example.message,
                                "suggestion": list(self.example.suggestion) if self.example.suggestion else None}}
                   if self.example else {})}


@dataclass(frozen=True)
class Explanation:
    """What a check says about one relation: the message variant and the fields that fill
    it, and beside them the figure the relation implies and the figure stated, where both
    are known."""
    variant: str
    fields: dict[str, str]
    expected: float | None = None
    observed: float | None = None


# A change (ratio's multiples, percent_change's percentages) relates two levels of one
# flow; these messages are the same for both checks.
_LEVELS = {
    "level_not_stated": Message(
        fail='"{text}" ({period} against {base_period}) implies {side} figure that the other stated figures do not allow'),
    "puts_earlier": Message(
        fail='"{text}" ({period} against {base_period}) puts {quantity} at {implied} ({level} / {factors}), '
             'but the other figures put it at {others}'),
    "puts_later": Message(
        fail='"{text}" ({period} against {base_period}) puts {quantity} at {implied} ({level} x {factors}), '
             'but the other figures put it at {others}'),
    "needs_ratio": Message(
        fail='"{text}" ({period} against {base_period}) needs a ratio of {factors} between {quantity} and the '
             'earlier figure, but the other figures put them at {later} and {earlier}'),
}
# A relation with one side not stated, when the other figures leave room for it.
_IMPLIED = {
    "implied_between": Message(
        passed='"{text}" implies {quantity} between {low} and {high}, which the other figures allow (consistent)'),
    "implied_at_least": Message(
        passed='"{text}" implies {quantity} at least {low}, which the other figures allow (consistent)'),
}

_CHECKS = (
    Check(
        "ratio", "Multiples and shares",
        'A multiple ("three times higher", "halved") is the later figure divided by the earlier one, and a '
        'share ("40% of its exports") is the part divided by the whole: each must match the figures it relates, '
        'allowing for the rounding of every figure. Growth rates compared by a multiple ("more than double the '
        '6% growth a year earlier") are checked the same way, and so is a rate ("$2.2bn every day", "$610 per '
        'household", "$3,000 a tonne"): the level it divides over the days of its period, or over the count of '
        'households or tonnes the text states.',
        {
            "multiple": Message(
                fail='{new} ({new_period}) / {old} ({old_period}) = {ratio}, stated as "{text}" (x{factor}, {bound})',
                passed='{new} ({new_period}) / {old} ({old_period}) = {ratio}, matching "{text}" (x{factor}, {bound}) '
                       '(consistent)'),
            "flow_multiple": Message(
                fail='{new_measure} {new} / {old_measure} {old} = {ratio}, stated as "{text}" (x{factor}, {bound})',
                passed='{new_measure} {new} / {old_measure} {old} = {ratio}, matching "{text}" (x{factor}, {bound}) '
                       '(consistent)'),
            "share": Message(
                fail="{part} / {whole} = {share}, stated as {text} ({bound})",
                passed="{part} / {whole} = {share}, matching {text} ({bound}) (consistent)"),
            "gdp_shares": Message(
                fail="{a_measure} {a} / {b_measure} {b} = {ratio}, but as shares of one GDP {a_text} / {b_text} = {shares}",
                passed="{a_measure} {a} / {b_measure} {b} = {ratio}, matching {a_text} / {b_text} of one GDP = {shares} "
                       "(consistent)"),
            "share_not_stated": Message(fail='the share "{text}" does not fit the stated part and whole'),
            "share_implies_whole": Message(
                fail='"{text}" of {part} puts {whole} at {implied}, which the other figures do not allow'),
            "parts_share": Message(
                fail="the parts together, {parts} = {sum}, are {share} of {whole}, stated as {text} ({bound})",
                passed="the parts together, {parts} = {sum}, are {share} of {whole}, matching {text} ({bound}) "
                       "(consistent)"),
            "mirror_gap_share": Message(
                fail='the gap {gap} is {ratio} of {owner}\'s count {whole}, stated as "{text}"',
                passed='the gap {gap} is {ratio} of {owner}\'s count {whole}, matching "{text}" (consistent)'),
            "per_day": Message(
                fail='{whole} over {days} days = {rate} a day, stated as "{text}" ({bound})',
                passed='{whole} over {days} days = {rate} a day, matching "{text}" ({bound}) (consistent)'),
            "per_time": Message(
                fail='{whole} over {count} {units} = {rate} a {unit}, stated as "{text}" ({bound})',
                passed='{whole} over {count} {units} = {rate} a {unit}, matching "{text}" ({bound}) (consistent)'),
            "per_thing": Message(
                fail='{whole} / {count} = {rate} per {unit}, stated as "{text}" ({bound})',
                passed='{whole} / {count} = {rate} per {unit}, matching "{text}" ({bound}) (consistent)'),
            "rate_multiple": Message(
                fail='"{rate}" is {times} times "{earlier}", not "{words}" (x{factor}, {bound}) says',
                passed='"{rate}" is {times} times "{earlier}", as "{words}" (x{factor}, {bound}) says (consistent)'),
            **_LEVELS, **_IMPLIED,
        },
        Example("Vietnam's exports to the US were $97.0bn in 2023, or 40% of its total exports of $355.5bn.",
                "$97bn / $355.5bn = 27.3%, stated as 40% (eq)", ("40%", "27.3%"))),
    Check(
        "percent_change", "Changes",
        'A change ("up 35%", "fell by a fifth", "an increase of $810mn") must match the two levels it '
        'compares, within the rounding of all three figures. Words of direction ("narrowed", "widened") must '
        "agree with the way the figures moved, and a total's change must lie between the changes of its parts. "
        "A change of a quantity (tonnes, containers) given with both its levels in one sentence must fit them too.",
        {
            "points_revision": Message(
                fail='{new} - {old} = {difference} percentage points, stated as "{text}"',
                passed='{new} - {old} = {difference} percentage points, matching "{text}" (consistent)'),
            "change": Message(
                fail='{new} ({new_period}) / {old} ({old_period}) = {ratio}, a change of {change}, stated as '
                     '"{text}" ({stated_change}, {bound})',
                passed='{new} ({new_period}) / {old} ({old_period}) = {ratio}, a change of {change}, matching '
                       '"{text}" ({stated_change}, {bound}) (consistent)'),
            "yearly_change": Message(
                fail='{new} ({new_period}) / {old} ({old_period}) = {ratio} over {years} years, an average yearly '
                     'change of {change}, stated as "{text}" ({stated_change} a year, {bound})',
                passed='{new} ({new_period}) / {old} ({old_period}) = {ratio} over {years} years, an average yearly '
                       'change of {change}, matching "{text}" ({stated_change} a year, {bound}) (consistent)'),
            "opposite_signs": Message(
                fail='"{text}" ({period} against {base_period}) relates {new} to {old}, balances of opposite signs, so no '
                     'change between them can be checked'),
            "direction": Message(fail='"{word}" from {old} to {new}: the words say the figure got {moved}'),
            "comparison": Message(
                fail='{figure} ({period}) is said to be "{word}" {other} ({other_period}), but it is not',
                passed='{figure} ({period}) is "{word}" {other} ({other_period}), as the words say (consistent)'),
            "absolute": Message(
                fail="{new} - {old} = {difference}, stated as a change of {text}",
                passed="{new} - {old} = {difference}, matching the stated change of {text} (consistent)"),
            "absolute_not_stated": Message(fail='the change "{text}" does not fit the stated levels'),
            "restated": Message(
                fail='"{text}" from the {which} level {level} is a change of {implied}, stated as {amount}'),
            "quantity_change": Message(fail='{new} against {old} is a change of {change}, stated as "{text}" ({stated_change})'),
            "tied": Message(
                fail='trade changed by "{whole_text}" ({whole_change}) between {base_period} and {period}, but a '
                     "total changes by a weighted average of its parts' changes, so with exports \"{exports_text}\" "
                     '({exports_change}) and imports "{imports_text}" ({imports_change}) it must lie between '
                     "{low} and {high}"),
            **_LEVELS, **_IMPLIED,
        },
        Example("Serbia's trade with China rose 35% in 2023 to $6.3bn, from $5.8bn in 2022.",
                '$6.3bn (2023) / $5.8bn (2022) = 1.09, a change of +8.6%, stated as "35%" (+35.0%, eq)', ("35%", "8.6%"))),
    Check(
        "sum", "Totals and balances",
        "Trade is exports plus imports, and a balance is exports minus imports, for one pair of countries, "
        "period, product and currency. Goods and services add up to their whole, both sides' exports add up to "
        "the pair's trade, a balance stated from the partner's figures is its imports less its exports, and the "
        "periods a text gives that fill a longer one it gives (two quarters and their half year) add up to it; "
        "in a market-size table, the market is local production plus imports less exports.",
        {
            "total": Message(
                fail="exports {exports} + imports {imports} = {sum}, but the total is stated as {stated}",
                passed="exports {exports} + imports {imports} = {sum}, matching the stated {stated} (consistent)"),
            "total_not_stated": Message(fail="exports {exports} + imports {imports} = {sum}"),
            "total_implies": Message(fail="{known} put {missing} at {value}"),
            "total_negative_flow": Message(
                fail="{known} cannot both hold: total = exports + imports would need a negative flow"),
            "balance": Message(
                fail="exports {exports} - imports {imports} = {difference}, but the balance is stated as {stated}",
                passed="exports {exports} - imports {imports} = {difference}, matching the stated {stated} "
                       "(consistent)"),
            "balance_not_stated": Message(fail="exports {exports} - imports {imports} = {difference}"),
            "market_size": Message(
                fail="production {production} + imports {imports} - exports {exports} = {size}, but the market size is "
                     "stated as {stated}"),
            "balance_implies": Message(fail="{known} put {missing} at {value}"),
            "balance_negative_flow": Message(
                fail="{known} cannot both hold: balance = exports - imports would need a negative flow"),
            "parts": Message(
                fail="{parts} = {sum}, but the whole is stated as {stated}",
                passed="{parts} = {sum}, matching the stated {stated} (consistent)"),
            "parts_not_stated": Message(fail="the parts do not add up to the whole"),
            "balance_less_parts": Message(
                fail="{terms} = {value}, but the balance {scope} is stated as {stated}",
                passed="{terms} = {value}, matching the stated balance {scope} {stated} (consistent)"),
            "balance_less_parts_bound": Message(
                fail="{terms} = {value}, {limit} the balance {scope} can be with {unsaid} unsaid, but it is "
                     "stated as {stated}",
                passed="{terms} = {value}, {limit} the balance {scope} can be with {unsaid} unsaid, which allows the "
                       "stated {stated} (consistent)"),
            "yearly_average": Message(
                fail='the total {total} over {years} years is {average} a year, but the average is stated as "{text}"',
                passed='the total {total} over {years} years is {average} a year, matching the stated average "{text}" '
                       "(consistent)"),
            "mirror_balance": Message(
                fail="the partner's imports {imports} - its exports {exports} = {difference}, but the balance is "
                     "stated as {stated}",
                passed="the partner's imports {imports} - its exports {exports} = {difference}, matching the stated "
                       "{stated} (consistent)"),
            "mirror_balance_not_stated": Message(
                fail="the partner's imports {imports} - its exports {exports} = {difference}"),
            "mirror_flows_not_stated": Message(fail="the balance does not fit the partner's flows"),
            "exports_each_way": Message(
                fail="exports {exports} - the partner's exports to the reporter {partner_exports} = {difference}, but "
                     "the balance is stated as {stated}",
                passed="exports {exports} - the partner's exports to the reporter {partner_exports} = {difference}, "
                       "matching the stated {stated} (consistent)"),
            "two_sides": Message(
                fail="{flow} of each side {one} + {other} = {sum}, but the total is stated as {stated}",
                passed="{flow} of each side {one} + {other} = {sum}, matching the stated {stated} (consistent)"),
            "two_sides_total_not_stated": Message(fail="{flow} of each side {one} + {other} = {sum}"),
            "two_sides_not_stated": Message(fail="the two sides' flows do not add up to the stated trade"),
            # (check/attainment.py reports only a failure, as check/other_money.py does: goals are
            # money of no flow, outside the system whose checks show their arithmetic when it holds)
            "mirror_gap": Message(
                fail="{exporter}'s count of its exports {exports} against {importer}'s count of its imports {imports} "
                     "differ by {difference}, but the gap is stated as {stated}",
                passed="{exporter}'s count of its exports {exports} against {importer}'s count of its imports {imports} "
                       "differ by {difference}, matching the stated gap {stated} (consistent)"),
            "revision_size": Message(
                fail="the revised {new} and the earlier estimate {old} differ by {difference}, but the revision is stated as {stated}",
                passed="the revised {new} and the earlier estimate {old} differ by {difference}, matching the stated revision {stated} (consistent)"),
            "price_gap": Message(
                fail="the prices {one} and {other} differ by {difference}, but the gap is stated as {stated}",
                passed="the prices {one} and {other} differ by {difference}, matching the stated gap {stated} (consistent)"),
            "goal_excess": Message(
                fail="{actual} - the goal {target} = {difference}, but the excess is stated as {text}"),
            "goal_shortfall": Message(
                fail="the goal {target} - {actual} = {difference}, but the shortfall is stated as {text}"),
        },
        Example("In 2023 Uzbek exports to Turkey were $1.3bn and imports from Turkey $2.1bn, a deficit of $1.8bn.",
                "exports $1.3bn - imports $2.1bn = -$800mn, but the balance is stated as -$1.8bn", ("$1.8bn", "$0.8bn"))),
    Check(
        "bound", "Parts within wholes",
        "No part is larger than its whole: one product's or one partner's flow stays within the whole flow, "
        "parts listed together stay within it together, a share is at most 100% (and so are the shares "
        "different partners take of one whole, added up), a country's trade with a bloc's members stays within "
        "its trade with the bloc, and so does what the members export to the rest of the bloc, and a flow over part of a period stays within the flow over the "
        "whole period.",
        {
            "part": Message(
                fail="the part {part} exceeds the whole {whole}",
                passed="the part {part} is within the whole {whole} (consistent)"),
            "parts": Message(
                fail="the parts {parts} = {sum} exceed the whole {whole}",
                passed="the parts {parts} = {sum} are within the whole {whole} (consistent)"),
            "part_not_stated": Message(fail="a part exceeds its whole"),
            "share_above_whole": Message(fail='a share of {share} ("{text}") is more than the whole'),
            "shares_of_one_whole": Message(
                fail="the shares {shares} of {reporter}'s {flow} in {period} add up to {total}, more than the whole"),
            "shares_with_rest": Message(
                fail='the shares {shares} name every part, the rest ("{rest}") included, yet add up to {total}, not 100%'),
            "shares_together": Message(
                fail='the shares {shares} add up to {total}, not the "{text}" they are said to take together'),
            "period_part": Message(
                fail="{part} for {part_period} is more than {whole} for the whole of {whole_period}, which contains it",
                passed="{part} for {part_period} is within {whole} for the whole of {whole_period}, which contains it "
                       "(consistent)"),
        },
        Example("Chile's exports to China were $38.4bn in 2023; copper made up 120% of them.",
                'a share of 120% ("120%") is more than the whole')),
    Check(
        "duplicate", "Restated figures",
        "One quantity stated twice must agree once each figure's rounding is allowed for. A figure restated "
        "in another currency must agree at the period's average exchange rate, within a few per cent, and a "
        "text that converts several figures must convert them all at the one rate its writer used.",
        {
            "restatements": Message(
                fail="{quantity} is given as {figures}: the figures do not agree even allowing for rounding"),
            "shares": Message(
                fail="the share of {part} in {whole} is given as {figures}: the shares do not agree even allowing "
                     "for rounding"),
            "period_rate": Message(
                fail="{figure} at the period's average rate ({rate} USD per {currency}) is about {converted}, "
                     "but the text gives {stated}",
                passed="{figure} at the period's average rate ({rate} USD per {currency}) is about {converted}, "
                       "and the text gives {stated} (consistent)"),
            "day_rate": Message(
                fail="{figure} at the period's average rate ({rate} USD per {currency}) is about {converted}, "
                     "but the text gives {stated}, further than the rate of the day it was converted at may stray",
                passed="{figure} at the period's average rate ({rate} USD per {currency}) is about {converted}, "
                       "and the text gives {stated}: a conversion in brackets is at the rate of the day the text "
                       "was written, which may stray from the period's average (consistent)"),
            "stated_rate": Message(
                fail="{figure} at the rate the text states ({rate} USD per {currency}) is about {converted}, "
                     "but the text gives {stated}",
                passed="{figure} at the rate the text states ({rate} USD per {currency}) is about {converted}, "
                       "and the text gives {stated} (consistent)"),
            "writer_rate": Message(
                fail='"{conversion}" for "{figure}" converts at {rate} {to_currency} per {from_currency}, but the '
                     "text's {others} other conversions all use (about {writer})",
                passed='"{conversion}" for "{figure}" converts at {rate} {to_currency} per {from_currency}, as the '
                       "text's {others} other conversions do (about {writer}) (consistent)"),
        },
        Example("Kenya's exports to Uganda were $612mn in 2022. The $712mn of exports to Uganda in 2022 made it "
                "Kenya's largest market.",
                'KEN exports to UGA in 2022 is given as $612mn ("$612mn"), $712mn ("$712mn"): the figures do not agree '
                "even allowing for rounding", ("$612mn", "$712mn"))),
    Check(
        "record", "Records",
        'A figure called a record ("a record high", "an all-time high") must be above every figure the text '
        "gives for an earlier period of the same length of the same quantity.",
        {
            "record": Message(fail='"{word}" for {figure} ({period}), but the text gives {earlier} for {earlier_period}'),
            "record_not_stated": Message(fail='"{word}" is contradicted by a higher figure for an earlier period'),
        },
        Example("Trade between Brazil and Argentina hit a record $28bn in 2023, down 7% from $30bn in 2022.",
                '"record" for $28bn (2023), but the text gives $30bn for 2022')),
    Check(
        "reference", "Reference data",
        "Every trade figure is compared with reference data: the reporter's own figure, and the partner's "
        "mirror figure less the CIF/FOB margin, allowing for the figure's rounding and for revisions. A "
        "deviation is an error when the reference is an exact official figure its sources agree on, a warning "
        "otherwise. A record is compared with the reference history of earlier years.",
        {
            "value": Message(
                fail="{text} ({what}) is {deviation} from the nearest reference figure, {reference} ({how}, "
                     "{sources}), beyond the tolerance of rounding plus {revision} for revisions{caveat}; "
                     "reference: {listing}",
                passed="{text} ({what}) matches {how} figure {reference} from {sources} ({deviation}); "
                       "reference: {listing}"),
            # a reference of zero (a pair with no recorded trade) has no percentage to be off by
            "zero_reference": Message(
                fail="{text} ({what}) differs from the nearest reference figure, {reference} ({how}, {sources}), "
                     "beyond the tolerance of rounding plus {revision} for revisions{caveat}; reference: {listing}",
                passed="{text} ({what}) matches {how} figure {reference} from {sources}; reference: {listing}"),
            "not_checked": Message(fail="{text}: not checked against reference data: {why}"),
            "no_reference": Message(fail="{text}: no reference figure for {what} in {store}"),
            "record": Message(
                fail='"{word}" for {text} ({what}), but {sources} gives {reference} for {year}',
                passed='"{word}" for {text}: above every earlier year in the reference (highest: {reference} in '
                       '{year}, {sources})'),
            "no_history": Message(fail='"{word}" for {text}: no reference history for {what}'),
        },
        Example("Exports from Belarus to Iran were $50mn in 2019.",
                "$50mn (BLR exports to IRN, 2019) is +55.8% from the nearest reference figure, $32.09mn (reporter, "
                "IMF DOTS), beyond the tolerance of rounding plus 3% for revisions; reference: IMF DOTS $32.09mn "
                "(reporter)")),
    Check(
        "suppression", "Suppressions",
        "An inline suppression (<!-- tradecheck: ignore ratio -- reason -->) silences the named checks for the "
        "next paragraph; it must give its reason after '--', so that an editor sees why a figure was let through.",
        {
            "no_reason": Message(fail="a suppression without a reason: add one after '--'"),
        },
        Example("<!-- tradecheck: ignore ratio -->\n\nTrade between Belarus and Iran was $100mn in 2022.",
                "a suppression without a reason: add one after '--'")),
)

CHECKS: dict[str, Check] = {c.id: c for c in _CHECKS}

# Phrases any check's finding may carry, added to its message by the orchestrator.
NOTES: dict[str, str] = {
    "guessed": 'the {attribute} of "{text}" was not stated near it',
    "too_far_apart": "the figures are too far apart to be two statements of one quantity, so they are probably "
                     "about different things",
    "one_sentence": "two different figures in one sentence were read as the same quantity",
    "revision": "one of the figures is an estimate another release revised",
    "one_change": "the two levels of one change were read as figures of one period",
    "currency_unstated": '"{text}" names no currency, and the text gives that flow in {currencies}, which change by '
                         "different percentages as the exchange rate moves",
    "scope_unsure": 'whether "{text}" leaves out {what}, as a figure before it in the sentence does, is not said',
    "product_unsure": 'whether "{text}" is of {what} alone or of all goods, the text does not say',
    "services_unsure": 'whether "{text}" is of goods alone or of goods and services, the text does not say',
    "volume_unsure": 'whether "{text}" is a change of the value or of the volume shipped, the text does not say',
    "not_flagged": " (not flagged as an error: {reasons})",
    "reading": ' (not flagged as an error: consistent if "{text}" is {why})',
    "also": "; this also involves {others}",
    "scale_slip": '; "{text}" fits the other figures as {fits}: a slip of {written} for {meant}?',
    "thousandfold": "; they differ by a factor of a thousand: a slip between million and billion in one of them",
    "forecasts": "forecasts: {message}",
    "sources_disagree": " (the reference sources disagree with each other)",
    "approximate_reference": " (the reference figures are approximate)",
}


def check_ids(ids: Iterable[str]) -> tuple[str, ...]:
    """`ids` as a tuple, when each is a check of the catalogue; else UnknownCheck, naming
    the first that is not and the ones there are."""
    ids = tuple(ids)
    for i in ids:
        if i not in CHECKS:
            raise UnknownCheck(f"unknown check {i!r} (known: {', '.join(CHECKS)})")
    return ids


def fields_of(template: str) -> set[str]:
    """The named fields of a template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _fill(what: str, template: str, fields: Mapping[str, object]) -> str:
    wanted = fields_of(template)
    missing, unused = wanted - set(fields), set(fields) - wanted
    if missing or unused:
        problems = ([f"missing {', '.join(sorted(missing))}"] if missing else []) + \
                   ([f"not in the template: {', '.join(sorted(unused))}"] if unused else [])
        raise MessageError(f"{what}: fields do not fit the template ({'; '.join(problems)}): {template!r}")
    return template.format_map(fields)


def render(check: str, variant: str, passed: bool, fields: Mapping[str, object]) -> str:
    """The message of `check`'s `variant`, passing or failing, filled from `fields`, which
    must be exactly the template's fields."""
    if check not in CHECKS:
        raise MessageError(f"unknown check {check!r}; the catalogue has {', '.join(CHECKS)}")
    message = CHECKS[check].messages.get(variant)
    if message is None:
        raise MessageError(f"check {check!r} has no message {variant!r}; it has {', '.join(CHECKS[check].messages)}")
    template = message.passed if passed else message.fail
    if template is None:
        raise MessageError(f"{check}/{variant} has no {'passing' if passed else 'failing'} message")
    return _fill(f"{check}/{variant}", template, fields)


def note(name: str, fields: Mapping[str, object] | None = None) -> str:
    """One of the NOTES, filled from `fields`."""
    if name not in NOTES:
        raise MessageError(f"no note {name!r}; the catalogue has {', '.join(NOTES)}")
    return _fill(f"note {name}", NOTES[name], fields or {})
