"""The domain vocabulary, read from the CSV tables beside this file.

Every word tradecheck understands (currency signs, scale words, qualifiers, flow words,
period words, country aliases) is a row in one of these tables, so adding a word is a
data change. Code elsewhere asks this module for the tables and the regex alternations
compiled from them; nothing else opens the files.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

HERE = Path(__file__).parent


def table(name: str) -> list[dict[str, str]]:
    """Rows of `name.csv` as dicts; lines starting with '#' are comments."""
    import csv  # (the command line reads the tables from its cache: see vocab_cache.py)

    with open(HERE / f"{name}.csv", encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return [dict(row) for row in csv.DictReader(lines)]


def alternation(words, *, ignore_case: bool = False, space: str | None = None, inline: bool = False) -> str:
    """A regex matching any of `words` (literally), the longest first so "lakh crore" beats
    "lakh". Written as a trie: "ton", "tonne", "tonnes" become `ton(?:ne(?:s)?)?`. The
    regex engine then tries one branch per next character instead of every word at every
    position, which is most of the scanning time with hundreds of words.

    `ignore_case`: the caller compiles with re.I, so words that differ only in case are one
    (and keep the longest-first order). `inline`: with `ignore_case`, a pattern that ignores
    case by itself, its first letter written in both cases (`u(?i:sd)|U(?i:sd)`): the engine
    rejects a branch on a plain first letter without entering it, which it cannot do under
    re.I. `space`: what a space in a word stands for, as a regex (say `\\s+`)."""
    end = ""  # the key marking that a word ends at this node
    root: dict = {}
    for w in set(words):
        if not w:
            continue
        if ignore_case:
            # letter by letter, those whose lower case is one letter ("İ" is two); in ASCII
            # that is the whole word lowered at once
            w = w.lower() if w.isascii() else "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in w)
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[end] = {}

    escaped: dict[str, str] = {}

    def char(ch: str) -> str:
        e = escaped.get(ch)
        if e is None:
            e = escaped[ch] = space if (ch == " " and space is not None) else re.escape(ch)
        return e

    def emit(node: dict) -> str:
        # A run of characters where no word ends and nothing branches is written out in a
        # loop rather than a call per character: most of a vocabulary trie is such runs,
        # and the command line builds these patterns on every start.
        run = []
        while len(node) == 1 and end not in node:
            ((ch, node),) = node.items()
            run.append(char(ch))
        head = "".join(run)
        branches = [char(ch) + emit(child) for ch, child in sorted(node.items()) if ch != end]
        if not branches:
            return head
        body = "|".join(branches)
        if end in node:  # a word ends here: try the longer ones first, then stop
            return f"{head}(?:{body})?"
        return head + (body if len(branches) == 1 else f"(?:{body})")

    if not (ignore_case and inline):
        return f"(?:{emit(root)})"
    branches = []
    for ch, child in sorted(root.items()):
        rest = emit(child)
        rest = f"(?i:{rest})" if rest else ""
        for variant in dict.fromkeys((ch, ch.upper()) if len(ch.upper()) == 1 else (ch,)):
            branches.append(char(variant) + rest)
    return f"(?:{'|'.join(branches)})"


# In a phrase of a cue table, " ... " stands for a few words between its parts: "wants ...
# to" reads "wants trade with Belarus to", "of the ... level" reads "of the 2022 level".
GAP = " ... "
GAP_WORDS = 4


def phrases(words, *, ignore_case: bool = False, space: str = r"\s+") -> str:
    """A regex matching any of `words`, as `alternation` does, where " ... " in a phrase
    stands for one to GAP_WORDS words with no punctuation between (the fewest that fit)."""
    words = sorted(set(words))
    plain = [w for w in words if GAP not in w]
    gap = rf"(?:\s+[^\s,;:.()]+){{1,{GAP_WORDS}}}?\s+"
    branches = [gap.join(alternation([part], ignore_case=ignore_case, space=space) for part in w.split(GAP))
                for w in words if GAP in w]
    if plain:
        branches.append(alternation(plain, ignore_case=ignore_case, space=space))
    return f"(?:{'|'.join(branches)})"


@functools.cache
def scales() -> dict[str, float]:
    return {r["word"].lower(): float(r["multiplier"]) for r in table("scales")}


@functools.cache
def dot_grouped_scales() -> frozenset[str]:
    """Scale words of languages that group thousands by dots ("7.035 millones")."""
    return frozenset(r["word"].lower() for r in table("dot_grouped_scales"))


@functools.cache
def currencies() -> list[dict]:
    rows = []
    for r in table("currencies"):
        rows.append({"token": r["token"], "position": r["position"], "codes": r["codes"].split("|")})
    return rows


@functools.cache
def country_currency() -> dict[str, str]:
    out = {r["iso3"]: r["currency"] for r in table("country_currency")}
    # (a sub-national unit counts in its country's money)
    out.update({code: out[iso] for code, iso in subnational().items() if iso in out})
    return out


@functools.cache
def former_currencies() -> dict[str, tuple[str, int]]:
    """iso3 -> (a currency the country has given up, the last year it was in use)."""
    return {r["iso3"]: (r["currency"], int(r["until"])) for r in table("former_currencies")}


@functools.cache
def qualifiers() -> dict[str, str]:
    return {r["phrase"].lower(): r["bound"] for r in table("qualifiers")}


@functools.cache
def near_below_qualifiers() -> frozenset[str]:
    """Qualifiers that put a multiple just below its figure ("nearly sevenfold")."""
    return frozenset(r["phrase"].lower() for r in table("near_below_qualifiers"))


@functools.cache
def estimate_qualifiers() -> frozenset[str]:
    """Qualifiers that call a figure an estimate, which is exact when written to many digits."""
    return frozenset(r["phrase"].lower() for r in table("estimate_qualifiers"))


@functools.cache
def multiples() -> dict[str, float]:
    return {r["word"].lower(): float(r["factor"]) for r in table("multiples")}


@functools.cache
def position_comparatives() -> dict[str, int]:
    """"below" (-1), "above" (+1) after a percentage, before the level compared with
    (position_comparatives.csv)."""
    return {r["word"]: int(r["direction"]) for r in table("position_comparatives")}


@functools.cache
def multiple_comparatives() -> dict[str, int]:
    """Comparatives after "N times" and their direction ("times higher" +1, "times less" -1)."""
    return {r["word"].lower(): int(r["direction"]) for r in table("multiple_comparatives")}


@functools.cache
def multiples_needing_cue() -> frozenset[str]:
    """Multiple words that count only beside a cue ("to double", "twice as large as")."""
    return frozenset(r["word"].lower() for r in table("multiples") if (r.get("needs") or "") == "cue")


@functools.cache
def number_words() -> dict[str, float]:
    return {r["word"].lower(): float(r["value"]) for r in table("numbers")}


@functools.cache
def percent_signs() -> dict[str, bool]:
    """How a percentage is written after its number -> whether its case matters."""
    return {r["sign"]: "exact" in (r.get("flags") or "") for r in table("percent_signs")}


@functools.cache
def fractions() -> dict[str, float]:
    return {r["phrase"].lower(): float(r["value"]) for r in table("fractions")}


@functools.cache
def flows() -> dict[str, tuple[str, int]]:
    out = {}
    for r in table("service_flows"):  # ("travel receipts": a kind of service's flow)
        for kind in (service_kinds() if "{kind} services" in r["phrase"] else service_kinds_alone()):
            out[r["phrase"].replace("{kind}", kind)] = (r["measure"], int(r["sign"]) if r["sign"] else 0)
    for r in table("service_flow_phrases"):  # ("revenues from international travel")
        out[r["phrase"]] = (r["measure"], int(r["sign"]) if r["sign"] else 0)
    for r in table("flows"):
        out[r["phrase"]] = (r["measure"], int(r["sign"]) if r["sign"] else 0)
    return out


@functools.cache
def service_flow_phrases() -> dict[str, str]:
    """Phrases naming one kind of service's flow by other words than "{kind} receipts"
    ("revenues from international travel") -> that kind (vocab/service_flow_phrases.csv)."""
    return {r["phrase"].lower(): r["kind"] for r in table("service_flow_phrases")}


@functools.cache
def balance_prefixes() -> list[str]:
    """Words that make the flow noun after them a balance ("net gold imports"; vocab/
    balance_prefixes.csv)."""
    return [r["word"].lower() for r in table("balance_prefixes")]


@functools.cache
def service_flow_nouns() -> dict[str, str]:
    """The nouns that after a kind of service name its flow -> the measure ("receipts" in
    "travel receipts" -> exports)."""
    return {re.sub(r"^\{kind\}\s+(?:services\s+)?", "", r["phrase"]): r["measure"] for r in table("service_flows")
            if r["phrase"].startswith("{kind} ")}


@functools.cache
def bilateral_cues() -> list[str]:
    """Words that make a trade total the two sides' trade with each other ("two-way",
    "bilateral"), not one side's with the world."""
    return [r["phrase"] for r in table("bilateral_cues")]


@functools.cache
def joint_flow_cues() -> list[str]:
    """Words that make "imports and exports" after them their sum, the total trade."""
    return [r["phrase"] for r in table("joint_flow_cues")]


@functools.cache
def joint_flow_nouns() -> list[str]:
    """Nouns that with "of" may stand between such a word and "imports and exports" ("the
    total value of imports and exports")."""
    return [r["noun"] for r in table("joint_flow_nouns")]


@functools.cache
def unrecorded_adjectives() -> list[str]:
    """Adjectives that make the flow word after them trade the statistics do not record
    ("informal imports"; unrecorded_adjectives.csv)."""
    return [r["word"] for r in table("unrecorded_adjectives")]


@functools.cache
def demonym_varieties() -> list[str]:
    """Products named by a demonym and a noun ("French beans"): the demonym names no place
    (demonym_varieties.csv)."""
    return [r["phrase"] for r in table("demonym_varieties")]


@functools.cache
def flow_series_adjectives() -> list[str]:
    """Adjectives that make the flow word after them a series of its own beside the plain
    flow ("achieved exports"; flow_series_adjectives.csv)."""
    return [r["word"] for r in table("flow_series_adjectives")]


@functools.cache
def recorded_wholes() -> list[str]:
    """Wholes that make a share of them a measure beside recorded trade ("30-40 per cent of
    formal trade": the part is unrecorded trade; recorded_wholes.csv)."""
    return [r["phrase"] for r in table("recorded_wholes")]


@functools.cache
def real_terms_cues() -> dict[str, str]:
    """Words that put a figure in real terms or back in nominal ones -> "real" or "nominal"
    (real_terms_cues.csv)."""
    return {r["phrase"]: r["series"] for r in table("real_terms_cues")}


@functools.cache
def real_terms_labels() -> list[str]:
    """Words that label the bracketed figure right after them as a real change ("(real:
    +2.6%)", real_terms_labels.csv)."""
    return [r["phrase"] for r in table("real_terms_labels")]


@functools.cache
def correction_cues() -> list[str]:
    """Words of a correction note that withdraw the figures after them (correction_cues.csv)."""
    return [r["phrase"] for r in table("correction_cues")]


@functools.cache
def then_cues() -> list[str]:
    """Words after a figure that point back to the time named before it ("then", "at the
    time"; then_cues.csv)."""
    return [r["phrase"] for r in table("then_cues")]


@functools.cache
def own_estimate_cues() -> list[str]:
    """Words by which a writer gives an earlier estimate of their own ("I guessed", "my
    previous post put"; own_estimate_cues.csv)."""
    return [r["phrase"] for r in table("own_estimate_cues")]


@functools.cache
def withdrawn_answer_labels(place: str) -> list[str]:
    """The labels of a written correction to an answer: the one before the answer taken
    back (place "withdrawn") and the one before the answer given instead ("replacement";
    withdrawn_answer_labels.csv)."""
    return [r["phrase"] for r in table("withdrawn_answer_labels") if r["place"] == place]


@functools.cache
def corrected_openers() -> list[str]:
    """Words that open a sentence giving the right figure for one the sentence before
    stated, which they take back (corrected_openers.csv)."""
    return [r["phrase"] for r in table("corrected_openers")]


@functools.cache
def earlier_version_openers() -> list[str]:
    """Words that set a sentence's figures at the time an earlier version of the piece came
    out (earlier_version_openers.csv)."""
    return [r["phrase"] for r in table("earlier_version_openers")]


@functools.cache
def vintage_cues() -> list[str]:
    """Words that make the figure after them an earlier estimate, since revised."""
    return [r["phrase"] for r in table("vintage_cues")]


@functools.cache
def accounts() -> list[str]:
    """Balance-of-payments accounts other than trade: "current account", "primary income"."""
    return [r["phrase"] for r in table("accounts")]


@functools.cache
def account_short_forms() -> dict[str, str]:
    """An account's abbreviation, lower case -> the account it stands for (accounts.csv's
    short_for: "bop" -> "balance of payments")."""
    return {r["phrase"].lower(): r["short_for"] for r in table("accounts") if r.get("short_for")}


@functools.cache
def accounts_beside_trade() -> dict[str, str]:
    """Accounts that the trade balance in goods completes (accounts.csv's beside_trade), as
    figures are scoped ("services, income and current transfer account" -> "current account")."""
    return {r["phrase"].lower().replace("-", " "): r["beside_trade"] for r in table("accounts") if r.get("beside_trade")}


@functools.cache
def account_net_flows() -> dict[str, int]:
    """Net flows that are a balance-of-payments account's balance beside its name, with the
    balance's sign (account_net_flows.csv): "net outflow" -> -1, "net receipts" -> 1."""
    return {r["phrase"].lower(): int(r["sign"]) for r in table("account_net_flows")}


@functools.cache
def account_parts() -> dict[str, tuple[str, ...]]:
    """Balance-of-payments accounts and the accounts whose balances add up to them
    (account_parts.csv): "current account" -> goods, services, primary and secondary income."""
    parts: dict[str, list[str]] = {}
    for r in table("account_parts"):
        parts.setdefault(r["whole"], []).append(r["part"])
    return {w: tuple(ps) for w, ps in parts.items()}


@functools.cache
def sign_words() -> dict[str, int]:
    """Words that say the sign of the amount after them ("minus £31.4 billion")."""
    return {r["word"].lower(): int(r["sign"]) for r in table("sign_words")}


@functools.cache
def balance_signs() -> dict[str, int]:
    """Adjectives that sign a balance they qualify ("negative" -1, "positive" +1)."""
    return {r["word"]: int(r["sign"]) for r in table("balance_signs")}


@functools.cache
def name_heads() -> frozenset[str]:
    """Nouns that make a run of capitalised words a name ("Ministry", "Organization")."""
    return frozenset(r["word"] for r in table("name_heads"))


@functools.cache
def leader_cues() -> list[str]:
    """Words that name the parts leading the figure before them ("led by")."""
    return [r["phrase"] for r in table("leader_cues")]


@functools.cache
def unit_modifiers() -> list[str]:
    """Words for a kind of the thing a unit counts, between a number and its unit ("3.1
    million light vehicles"): unit_modifiers.csv."""
    return [r["word"] for r in table("unit_modifiers")]


@functools.cache
def numbered_period_nouns() -> list[str]:
    """Nouns a number follows to name a day or week of a season ("by day 60"), no level:
    numbered_period_nouns.csv."""
    return [r["word"] for r in table("numbered_period_nouns")]


@functools.cache
def time_back_words() -> list[str]:
    """Words after "a year" that make it a time back ("a year ago"), no rate: time_back_words.csv."""
    return [r["word"] for r in table("time_back_words")]


@functools.cache
def whole_count_units() -> frozenset[str]:
    """Units (as vocab/unit_spellings.csv spells them alike) counting whole things one by one,
    whose earlier level a change may give as a bare figure: whole_count_units.csv."""
    return frozenset(r["word"].lower() for r in table("whole_count_units"))


@functools.cache
def counted_unit_names() -> frozenset[str]:
    """Units counting things one by one that name one count once a change ties them
    ("cars" ... "vehicles"), lower case: counted_unit_names.csv."""
    return frozenset(r["word"].lower() for r in table("counted_unit_names"))


@functools.cache
def package_weights() -> list[str]:
    """Units of weight that say how much one package counted holds ("60-kg bags"):
    package_weights.csv."""
    return [r["word"] for r in table("package_weights")]


@functools.cache
def breakdown_dimensions() -> list[str]:
    """Nouns after a sentence's opening "By" that break the product figure before it down by
    a kind of its own ("By material, gold watches ..."): breakdown_dimensions.csv."""
    return [r["word"] for r in table("breakdown_dimensions")]


@functools.cache
def firm_breakdown_openers() -> list[str]:
    """Words opening a sentence that breaks the flow down by the kind of firm trading ("By
    enterprise type, private enterprises ..."): firm_breakdown_openers.csv."""
    return [r["phrase"] for r in table("firm_breakdown_openers")]


@functools.cache
def goods_kinds() -> dict[str, str]:
    """The broad kinds of goods that together make up all goods, each with the kind it is
    ("mining" is mineral): goods_kinds.csv."""
    return {r["word"].lower(): r["kind"] for r in table("goods_kinds")}


@functools.cache
def breakdown_cues() -> list[str]:
    """Words that open a breakdown of the figure before them ("of which", "within the latter")."""
    return [r["phrase"] for r in table("breakdown_cues")]


@functools.cache
def net_flow_labels() -> dict[str, str]:
    """The labels of gross inflows, outflows and their net, by role (net_flow_labels.csv)."""
    return {r["phrase"].lower(): r["role"] for r in table("net_flow_labels")}


@functools.cache
def changes() -> dict[str, int]:
    return {r["word"].lower(): int(r["direction"]) for r in table("changes")}


@functools.cache
def judged_changes() -> frozenset[str]:
    """Change words that judge the change better or worse ("improved", "deterioration"):
    of a balance, on its signed value, so a deficit that improves shrinks (changes.csv, judged)."""
    return frozenset(r["word"].lower() for r in table("changes") if r.get("judged") == "1")


@functools.cache
def point_revision_nouns() -> list[str]:
    """Nouns of a rate's revision a size in percentage points follows ("The upgrade of 1.5
    percentage points"; point_revision_nouns.csv)."""
    return [r["word"] for r in table("point_revision_nouns")]


@functools.cache
def change_amount_verbs() -> list[str]:
    """Words that set a change noun, as the subject, equal to the money figure after them
    ("The increase amounts to NOK 2.9bn"): change_amount_verbs.csv."""
    return [r["phrase"].lower() for r in table("change_amount_verbs")]


@functools.cache
def change_nouns() -> dict[str, int]:
    """Nouns of a change a money figure stands before ("the $800 billion increase"), word ->
    direction (change_nouns.csv)."""
    return {r["word"].lower(): int(r["direction"]) for r in table("change_nouns")}


@functools.cache
def project_verbs() -> list[str]:
    """Verbs whose object is a project ("announced a €30 million expansion"): a change noun
    after a figure so placed is the project's cost, no change (project_verbs.csv)."""
    return [r["word"] for r in table("project_verbs")]


@functools.cache
def share_cues() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"before": [], "after": []}
    for r in table("share_cues"):
        out[r["where"]].append(r["phrase"].lower())
    return out


@functools.cache
def crop_seasons() -> dict[tuple[str, str], int]:
    """(crop, iso3 or "") -> the month (1-12) its marketing year or season ends in."""
    return {(r["crop"].lower(), r["iso3"]): int(r["end_month"]) for r in table("crop_seasons")}


@functools.cache
def season_years() -> list[str]:
    """Names of a crop's twelve-month season ("crop year", "marketing year", "season")."""
    return [r["phrase"] for r in table("season_years") if not r.get("before_year")]


@functools.cache
def season_abbreviations() -> list[str]:
    """Abbreviations that name a season right before its year pair ("MY 2024/25")."""
    return [r["phrase"] for r in table("season_years") if r.get("before_year")]


@functools.cache
def average_cues() -> dict[str, str]:
    """Words before a flow that make its figure an average per month or year
    (average_cues.csv), phrase -> the period it is per."""
    return {r["phrase"]: r["per"] for r in table("average_cues")}


@functools.cache
def agent_flows() -> dict[str, str]:
    """Nouns for a place by the flow it makes ("the largest exporter"; agent_flows.csv),
    phrase -> that flow."""
    return {r["phrase"]: r["measure"] for r in table("agent_flows")}


@functools.cache
def periodic_flow_words() -> dict[str, str]:
    """Words before a flow word naming the period it is counted over ("Monthly exports"),
    word -> that period (periodic_flow_words.csv)."""
    return {r["phrase"].lower(): r["per"] for r in table("periodic_flow_words")}


@functools.cache
def affiliate_delivery_modes() -> list[str]:
    """Words for services delivered through affiliates abroad ("commercial presence", "mode
    3"; affiliate_delivery_modes.csv)."""
    return [r["phrase"] for r in table("affiliate_delivery_modes")]


@functools.cache
def rate_openers() -> dict[str, str]:
    """Words before a figure that state it per period ("On a monthly basis, ... brought in
    $538 million"; rate_openers.csv), phrase -> the period it is per."""
    return {r["phrase"]: r["per"] for r in table("rate_openers")}


@functools.cache
def ratio_cues() -> list[str]:
    """Words that make "eight of every ten dollars" a share (ratio_cues.csv)."""
    return [r["phrase"] for r in table("ratio_cues")]


@functools.cache
def mostly_cues() -> list[str]:
    """Words opening an aside on where most of a flow went ("mostly to") (mostly_cues.csv)."""
    return [r["word"] for r in table("mostly_cues")]


@functools.cache
def column_cues() -> list[str]:
    """Words of a header line that make its percentage column a change (column_cues.csv)."""
    return [r["phrase"] for r in table("column_cues")]


@functools.cache
def change_column_words() -> list[str]:
    """Words of a table column's header that make its figures changes ("y/y", "% chg", "+/-";
    change_columns.csv)."""
    return [r["word"] for r in table("change_columns")]


@functools.cache
def place_phrases() -> list[str]:
    """Words after a figure that stand for the partner named before (place_phrases.csv)."""
    return [r["phrase"] for r in table("place_phrases")]


@functools.cache
def ytd_cues() -> list[str]:
    """Words before a month that make a figure the year's up to its end ("by the end of
    September", "at end-September")."""
    return [r["phrase"] for r in table("ytd_cues")]


@functools.cache
def ytd_now_cues() -> list[str]:
    """Words that make a figure the year's so far, January to the month in hand ("since the
    beginning of the year", "since January") (ytd_now_cues.csv)."""
    return [r["phrase"] for r in table("ytd_now_cues")]


@functools.cache
def month_parts() -> dict[str, str]:
    """Stretches shorter than a month ("week", "working days") and the part of the month
    a figure over them is ("week", "to date")."""
    return {r["phrase"].lower(): r["part"] for r in table("month_parts")}


@functools.cache
def months() -> dict[str, int]:
    return {r["word"].lower(): int(r["month"]) for r in table("months")}


@functools.cache
def release_titles() -> dict[str, str]:
    """The title a statistics office sets atop its releases -> the office's country."""
    return {r["title"]: r["iso3"] for r in table("release_titles")}


@functools.cache
def official_sources() -> dict[str, str]:
    """Statistics offices and trade ministries -> their country (whose release it is, and
    whose dollar a bare "$" is where the country's currency is a dollar)."""
    return {r["phrase"]: r["iso3"] for r in table("official_sources")}


@functools.cache
def legislatures() -> dict[str, str]:
    """A country's house of parliament -> the country (legislatures.csv)."""
    return {r["phrase"]: r["iso3"] for r in table("legislatures")}


@functools.cache
def sources() -> list[str]:
    return [r["phrase"].lower() for r in table("sources")]


@functools.cache
def _iso_countries() -> tuple[dict, ...]:
    """ISO 3166-1 from pycountry's own data file. Importing pycountry costs more than the
    rest of a one-file check's start-up (it loads importlib.metadata for its version), so
    the file is read directly where pycountry keeps it, and through pycountry otherwise.
    Read once (`countries` and `shared_unit_names` both walk it; no caller changes it)."""
    import importlib.util
    import json

    spec = importlib.util.find_spec("pycountry")
    if spec is None:  # pycountry is a dependency; the alias table alone still works
        return ()
    for folder in spec.submodule_search_locations or []:
        path = Path(folder) / "databases" / "iso3166-1.json"
        try:
            with open(path, encoding="utf-8") as f:
                return tuple(json.load(f)["3166-1"])
        except (OSError, ValueError, KeyError):
            continue
    import pycountry

    return tuple({"alpha_3": c.alpha_3, "name": c.name, **({"common_name": c.common_name} if hasattr(c, "common_name") else {})}
                 for c in pycountry.countries)


@functools.cache
def countries() -> dict[str, tuple[str | None, str, str]]:
    """alias -> (iso3 or None, kind, label). pycountry's names first, then capitals, our
    aliases on top."""
    out: dict[str, tuple[str | None, str, str]] = {}
    for c in _iso_countries():
        for name in dict.fromkeys((c["name"], c.get("common_name", c["name"]))):
            if "," not in name and "(" not in name:
                out[name] = (c["alpha_3"], "name", name)
    for r in table("capitals"):
        # "Trade between Baku and Ashgabat": a capital stands for its country (a country's
        # own name, "Singapore", stays a name)
        out.setdefault(r["capital"], (r["iso3"], "capital", r["capital"]))
    for r in table("countries"):
        iso = r["iso3"] or None
        kind, _, label = r["kind"].partition(":")
        # "group:ASEAN" names the canonical label of a group's other names
        out[r["alias"]] = (iso, kind, label or r["alias"])
    for adjective, group in group_adjectives().items():
        # "Exports to Asian markets fell 14.6 percent": a region's adjective before a noun of
        # places a flow goes to (vocab/counted_partner_nouns.csv) names the region; alone
        # ("the Asian financial crisis") it names no place
        for noun in counted_partner_nouns():
            out.setdefault(f"{adjective} {noun}", (None, "group", group))
        # "a surplus ... in its trade with the Europeans": the region's people stand for the
        # bloc or region the text is on, as "the bloc" does
        out.setdefault(f"the {adjective}s", (None, "anaphor", f"the {adjective}s"))
    for name, code in subnational_codes().items():
        # "Dubai's non-oil foreign trade": the emirate reports, under a code of its own (a
        # name a country's capital as well stands for that unit when it trades)
        if name not in shared_unit_names():
            out[name] = (code, "name", name)
    return out


@functools.cache
def shared_unit_names() -> dict[str, str]:
    """A sub-national unit's name that is a country's name or capital too ("Georgia",
    "Ankara") -> the unit's code: the name stays the country's unless the text names the unit
    (vocab/unit_cues.csv)."""
    names = {c["name"] for c in _iso_countries()} | {c.get("common_name", "") for c in _iso_countries()}
    names |= {r["alias"] for r in table("countries") if r["kind"].partition(":")[0] == "name"}
    # (a capital too: "Ankara" stands for its country, "the capital Ankara" among provinces
    # ranked for the unit)
    names |= {r["capital"] for r in table("capitals")} | {r["alias"] for r in table("countries") if r["kind"] == "capital"}
    return {name: code for name, code in subnational_codes().items() if name in names}


@functools.cache
def unit_cues() -> dict[str, list[tuple[str, str]]]:
    """side ("before", "noun") -> (phrase, country) naming a unit that shares a country's name."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in table("unit_cues"):
        out.setdefault(r["side"], []).append((r["phrase"], r["country"]))
    return out


@functools.cache
def subnational() -> dict[str, str]:
    """ISO 3166-2 code of a trading unit inside a country -> the iso3 of that country."""
    return {r["code"]: r["country"] for r in table("subnational")}


@functools.cache
def country_areas() -> list[str]:
    """Names of a part of one country by where it lies ("North-West", "Islands"):
    country_areas.csv."""
    return [r["name"] for r in table("country_areas")]


@functools.cache
def unit_within() -> dict[str, str]:
    """Code of a city that reports its own trade -> the code of the unit it lies in
    (subnational.csv's within: Yiwu in Zhejiang)."""
    return {r["code"]: r["within"] for r in table("subnational") if r.get("within")}


@functools.cache
def subnational_codes() -> dict[str, str]:
    """A sub-national trading unit's name -> its ISO 3166-2 code."""
    return {r["name"]: r["code"] for r in table("subnational")}


@functools.cache
def within_country_cues() -> dict[str, list[str]]:
    """kind ("within", "abroad") -> phrases that say a sub-national unit's flow is with the
    rest of its own country or with other countries (within_country_cues.csv)."""
    out: dict[str, list[str]] = {}
    for r in table("within_country_cues"):
        out.setdefault(r["kind"], []).append(r["phrase"])
    return out


def within_country(reporter: str | None, partner: str | None) -> bool:
    """Whether a flow is a sub-national unit's with its own country or with another unit of
    that country (Ontario's sales to other provinces, to Quebec): no part of its trade with
    the world."""
    country = subnational().get(reporter or "")
    return country is not None and partner is not None and country_of(partner) == country


def unit_outside(reporter: str | None) -> str | None:
    """The partner key of a sub-national unit's flow with everywhere outside itself, the rest of
    its own country and other countries together ("Total exports (international plus rest of
    UK)"): the whole its flow with the world and its flow within its country make up; None
    for a reporter that is no such unit."""
    country = subnational().get(reporter or "")
    return f"group:abroad and rest of {country}" if country else None


def country_of(code: str | None) -> str | None:
    """The country a code stands in: itself, or the one a sub-national unit lies in."""
    return subnational().get(code, code) if code else code


@functools.cache
def cities() -> dict[str, str]:
    """CITY (upper case) -> iso3: the country of a dateline's city (from GeoNames, see
    data/vocab/build_cities.py). Read only for a dateline."""
    return {r["city"]: r["iso3"] for r in table("cities")}


@functools.cache
def state_abbreviations() -> dict[str, str]:
    """A state's or province's abbreviation in a dateline ("Calif.", "Ont.") -> the iso3 of
    its country: state_abbreviations.csv."""
    return {r["abbreviation"]: r["country"] for r in table("state_abbreviations")}


@functools.cache
def commodities() -> list[str]:
    return [r["phrase"] for r in table("commodities")]


@functools.cache
def commodity_singulars() -> dict[str, str]:
    """A product phrase's singular form (lower case) -> the phrase: "log" -> "logs",
    "cherry" -> "cherries". A noun before another is singular ("Log exports slipped"), so the
    extractor reads these before a flow word only. Derived, not listed: the last word's
    plural "s", "ies" or "es" after "ch", "sh", "x" taken off (not from "gas", "citrus", "electronics", "glass")."""
    out = {}
    phrases = {p.lower() for p in commodities()}
    labels = commodity_labels()
    for phrase in phrases:
        head, _, last = phrase.rpartition(" ")
        if re.search(r"(?:ss|us|as|is|ics)$", last) or not last.endswith("s"):
            continue
        if last in ("exports", "imports") or labels.get(phrase, phrase) in ("goods", "services"):
            continue  # (no "good exports", "domestic export exports": whole flows, not products)
        # ("watches" -> "watch": an "es" after a sibilant goes with the "s")
        one = last[:-3] + "y" if last.endswith("ies") else last[:-2] if re.search(r"(?:ch|sh|x)es$", last) else last[:-1]
        single = (head + " " if head else "") + one
        if single not in phrases:
            out[single] = phrase
    return out


@functools.cache
def commodity_labels() -> dict[str, str]:
    """phrase (lower case) -> canonical label, where they differ ("merchandise" -> goods)."""
    return {r["phrase"].lower(): r["label"] for r in table("commodities") if r.get("label")}


@functools.cache
def cased_commodities() -> dict[str, str]:
    """phrase, as written -> label: product words read only in their own case ("IT"),
    vocab/cased_commodities.csv."""
    return {r["phrase"]: r["label"] for r in table("cased_commodities")}


@functools.cache
def cased_commodity_tails() -> list[str]:
    """The words after which a cased product word is one ("IT exports"): cased_commodity_tails.csv."""
    return [r["word"] for r in table("cased_commodity_tails")]


@functools.cache
def hs_codes() -> dict[str, frozenset[str]]:
    """canonical label -> the Harmonized System chapters and headings the product group is
    made of, for the groups known as one set of them."""
    out: dict[str, set[str]] = {}
    for r in table("commodities"):
        if r.get("hs"):
            out.setdefault(r.get("label") or r["phrase"].lower(), set()).update(r["hs"].split())
    return {label: frozenset(codes) for label, codes in out.items()}


def group_codes(label: str | None) -> frozenset[str] | None:
    """The HS codes of a product group's label: its own (hs_codes), or for two groups joined
    by "and" that share no goods ("crude oil and fuel products", link/commodities.py) the
    codes of the two together; None where not known as one set."""
    codes = hs_codes()
    if not label or label in codes:
        return codes.get(label) if label else None
    a, sep, b = label.partition(" and ")
    if not sep or not different_goods(a, b):
        return None
    return codes[a] | codes[b]


def different_goods(a: str, b: str) -> bool:
    """Whether product groups `a` and `b` (canonical labels) share no goods: both known as
    sets of HS codes, and no code of one is, or is within, a code of the other."""
    codes = hs_codes()
    if a not in codes or b not in codes:
        return False
    return not any(x.startswith(y) or y.startswith(x) for x in codes[a] for y in codes[b])


@functools.cache
def _covered_codes() -> dict[str, frozenset[str]]:
    """label -> the HS codes a product group surely covers: its own set (commodities.csv),
    else the codes group_covers.csv gives a group of loose edges ("food")."""
    out = dict(hs_codes())
    for r in table("group_covers"):
        out.setdefault(r["phrase"].lower(), frozenset(r["hs"].split()))
    return out


def wider_goods(a: str | None, b: str | None) -> bool:
    """Whether product group `a` holds all of group `b` and more ("grain" holds "wheat",
    "food" holds "palm oil"): every code of `b` is within a code of `a`, and the sets differ.
    Unknown either way: False (the two are then not related)."""
    codes = _covered_codes()
    a, b = (a or "").lower(), (b or "").lower()
    if a not in codes or b not in codes or codes[a] == codes[b]:
        return False
    return all(any(y.startswith(x) for x in codes[a]) for y in codes[b])


def same_goods(a: str, b: str) -> bool:
    """Whether product groups `a` and `b` (canonical labels) are one set of goods under two
    names ("textiles" and "textiles and clothing", HS chapters 50 to 63 both)."""
    codes = hs_codes()
    return a in codes and b in codes and codes[a] == codes[b]


@functools.cache
def _matching_labels() -> dict[str, str]:
    """label -> the one label the checks match it under, for labels of one product group
    that are one word's plain, plural or adjectival forms and the same HS codes:
    "Imports of chemicals" and "a deficit in chemical products" are one flow's product."""
    def stem(label: str) -> str | None:
        words = label.split()
        if len(words) == 1:
            return words[0][:-1] if words[0].endswith("s") and not words[0].endswith("ss") else words[0]
        if len(words) == 2 and words[1] in ("products", "goods"):
            return words[0]
        return None  # ("chemical-pharmaceutical products": another word, another group's name)
    groups: dict[tuple[str, frozenset[str]], list[str]] = {}
    for label, codes in hs_codes().items():
        if (s := stem(label)):
            groups.setdefault((s, codes), []).append(label)
    out = {}
    for (s, _), labels in groups.items():
        if len(labels) > 1 and s + "s" in labels:
            # under the plural noun ("chemicals"); not a mass word's "energy" and "energy
            # products", whose bare word names much that is no trade ("energy dependence")
            one = s + "s"
            out.update({label: one for label in labels if label != one})
    return out


def matching_label(label: str | None) -> str | None:
    """The label a product group is matched under by the checks relating flows (reported
    labels stay as read): "chemical products" -> "chemicals"."""
    return _matching_labels().get(label, label) if label else label


@functools.cache
def residual_partners() -> list[str]:
    """Phrases naming the partners a list leaves out ("other destinations", "the rest of the
    world"): vocab/residual_partners.csv."""
    return [r["phrase"] for r in table("residual_partners")]


@functools.cache
def rest_item_partners() -> list[str]:
    """List-line labels naming the markets the lines above left out ("- International markets:
    EUR 5.5bn"): vocab/rest_item_partners.csv."""
    return [r["phrase"] for r in table("rest_item_partners")]


@functools.cache
def cause_clause_openers() -> list[str]:
    """Words that open a clause giving the cause of the figure before it ("as", "because",
    "amid"): vocab/cause_clause_openers.csv."""
    return [r["word"] for r in table("cause_clause_openers")]


@functools.cache
def price_units() -> list[str]:
    """Freight's units a price is given per ("per TEU", "per 40ft container"): money per
    such a unit is a rate, no flow (vocab/price_units.csv)."""
    return [r["word"] for r in table("price_units")]


@functools.cache
def rank_figure_links() -> list[str]:
    """What links a place ranked by one flow's noun to its figure ("the top market at",
    "the main destination, taking"): vocab/rank_figure_links.csv."""
    return [r["word"] for r in table("rank_figure_links")]


@functools.cache
def product_participles() -> dict[str, tuple[str, str]]:
    """Passive flow verbs that name a product of their own, each with its product and flow
    ("was re-exported": re-exports, exports): vocab/product_participles.csv."""
    return {r["participle"].lower(): (r["product"], r["measure"]) for r in table("product_participles")}


@functools.cache
def partner_part_verbs() -> list[str]:
    """What a place does with a part of the flow before it ("with China taking $26bn"):
    vocab/partner_part_verbs.csv."""
    return [r["word"] for r in table("partner_part_verbs")]


def physical_units() -> list[str]:
    """Units of physical quantity (tonnes, barrels): a change beside them is a volume."""
    return [r["word"] for r in table("physical_units")]


@functools.cache
def physical_unit_pattern() -> str:
    """physical_units() as one regex, case ignored (the caller compiles with re.I) and a space
    in a unit standing for any run of spaces: the unit after a quantity, which readers in every
    stage look for. Built once a run instead of once a reader."""
    return alternation(physical_units(), ignore_case=True, space=r"\s+")


def checked_units() -> list[str]:
    """The units whose levels the quantity checks (check/volumes.py, quantity_parts.py) read:
    physical units, the nouns counting people (counted_people.csv, "visitors") and those
    counting live animals (counted_animals.csv, "breeding pigs") and those counting goods
    (counted_goods.csv, "bicycles") and events (counted_events.csv, "launches"). The linking of money claims
    keeps to physical_units: a count of people or animals beside money there would change how
    the money is read."""
    return physical_units() + counted_people() + counted_animals() + counted_goods() + counted_events()


@functools.cache
def counted_goods() -> list[str]:
    """Plural nouns counting manufactured goods ("bicycles", "two-wheelers"): counted_goods.csv."""
    return [r["word"] for r in table("counted_goods")]


@functools.cache
def counted_events() -> list[str]:
    """Plural nouns counting events one by one ("launches", "launch attempts"): counted_events.csv."""
    return [r["word"] for r in table("counted_events")]


@functools.cache
def counted_animals() -> list[str]:
    """Plural nouns counting live animals ("breeding pigs", "cattle"): counted_animals.csv."""
    return [r["word"] for r in table("counted_animals")]


@functools.cache
def counted_people() -> list[str]:
    """Plural nouns counting people ("visitors", "arrivals"): counted_people.csv."""
    return [r["word"] for r in table("counted_people")]


@functools.cache
def unit_spellings() -> dict[str, str]:
    """Spellings of one physical unit, lower case, to the unit they spell ("twenty-foot
    equivalent units" and "TEUs" are both TEU): unit_spellings.csv."""
    return {r["word"].lower(): r["unit"] for r in table("unit_spellings")}


@functools.cache
def scaled_units() -> dict[str, tuple[str, str]]:
    """Abbreviations of a unit that hold their scale ("bcm": billion cubic metres), lower case,
    to that scale word and the unit they spell: scaled_units.csv. A word written there with a
    capital keeps its case ("Mt", million tonnes, is no "MT", metric tons): read as written."""
    return {(r["word"] if r["word"] != r["word"].lower() else r["word"].lower()): (r["scale"], r["unit"])
            for r in table("scaled_units")}


@functools.cache
def count_labels() -> list[str]:
    """Nouns that, ending a line's label before its colon, make the bare figure after it a
    count ("Regular exporting companies: 17,357"; count_labels.csv)."""
    return [r["word"] for r in table("count_labels")]


@functools.cache
def counted_subjects() -> list[str]:
    """Nouns for people or things counted ("arrivals", "passengers"): a bare figure right
    after one is a count, not money."""
    return [r["word"] for r in table("counted_subjects")]


@functools.cache
def unit_scale_homographs() -> dict[str, str]:
    """Scale words that also abbreviate a unit ("tn": trillion or tonnes), lower case, to that
    unit: unit_scale_homographs.csv."""
    return {r["word"].lower(): r["unit"] for r in table("unit_scale_homographs")}


@functools.cache
def volume_nouns() -> list[str]:
    """Nouns naming a physical quantity moved ("volumes", "throughput", "rail freight")."""
    return [r["word"] for r in table("volume_nouns")]


@functools.cache
def flow_nouns_of_verbs() -> dict[str, str]:
    """Nouns of a flow, lower case, to the stem of the verb that gave its level in the sentence
    before ("deliveries": "deliver"): flow_nouns_of_verbs.csv."""
    return {r["noun"].lower(): r["stem"].lower() for r in table("flow_nouns_of_verbs")}


@functools.cache
def value_cues() -> list[str]:
    """Words after a percentage that make it one of money value, set against a volume's
    ("31.7% in value"): value_cues.csv."""
    return [r["phrase"] for r in table("value_cues")]


@functools.cache
def volume_cues() -> list[str]:
    """Words after a percentage that make it one of a physical quantity ("of the volume")."""
    return [r["phrase"] for r in table("volume_cues")]


@functools.cache
def clause_openers() -> frozenset[str]:
    """Conjunctions after a figure that start another clause ("as prices retreated")."""
    return frozenset(r["word"].lower() for r in table("clause_openers"))


@functools.cache
def coverage_ratio_names() -> list[str]:
    """More names of the exports-to-imports ratio ("rate of exports meeting imports")."""
    return [r["phrase"] for r in table("coverage_ratio_names")]


@functools.cache
def lead_prepositions() -> list[str]:
    """Prepositions that open a sentence's leading phrase before its comma ("Of this, ...")."""
    return [r["word"] for r in table("lead_prepositions")]


@functools.cache
def flow_owner_nouns() -> list[str]:
    """Nouns after a flow word whose "of" names the flow's owner ("export group of X")."""
    return [r["noun"] for r in table("flow_owner_nouns")]


@functools.cache
def total_labels() -> list[str]:
    """Bare labels of a key-figures line that name total trade ("Total: $786.3bn | ...")."""
    return [r["label"] for r in table("total_labels")]


@functools.cache
def value_words() -> list[str]:
    """Words naming the money value of goods ("worth", "earnings")."""
    return [r["word"] for r in table("value_words")]


@functools.cache
def regions() -> dict[str, frozenset[str]]:
    """Regional adjective (lower case) -> the countries it can stand for."""
    return {r["adjective"].lower(): frozenset(r["iso3s"].split("|")) for r in table("regions")}


@functools.cache
def respective_cues() -> list[str]:
    """Words that pair the n-th figure with the n-th thing named ("respectively")."""
    return [r["phrase"] for r in table("respective_cues")]


@functools.cache
def distributive_cues() -> list[str]:
    """Words that give one figure to each of several things named together ("each")."""
    return [r["phrase"] for r in table("distributive_cues")]


@functools.cache
def comparison_class_cues() -> list[str]:
    """Words before a place naming it as the class a country is compared within ("than any
    country in Europe")."""
    return [r["phrase"] for r in table("comparison_class_cues")]


@functools.cache
def figure_period_cues() -> list[str]:
    """Words after "the <figure> figure" naming its period ("refers to")."""
    return [r["phrase"] for r in table("figure_period_cues")]


@functools.cache
def bulk_of_whole_cues() -> list[str]:
    """Words for most of a whole right before "of" and its figure ("the bulk of a €339bn
    total"; bulk_of_whole_cues.csv)."""
    return [r["phrase"] for r in table("bulk_of_whole_cues")]


@functools.cache
def whole_tails() -> list[str]:
    """Words right after a figure that make it the total of the parts before it ("in total")."""
    return [r["phrase"] for r in table("whole_tails")]


@functools.cache
def change_fragments(role: str) -> list[str]:
    """Words of a sentence that gives only a change ("So up 3.8 percent."), by role."""
    return [r["phrase"] for r in table("change_fragments") if r["role"] == role]


@functools.cache
def change_particles() -> list[str]:
    """Particles after a change verb ("fell back by 15 percent")."""
    return [r["word"] for r in table("change_particles")]


@functools.cache
def hypothetical_cues(role: str) -> list[str]:
    """Words of a worked example ("If a country exports ..."): role cue or subject."""
    return [r["phrase"] for r in table("hypothetical_cues") if r["role"] == role]


@functools.cache
def question_ellipses() -> list[str]:
    """Words that open an elliptical follow-up question ("And imports?", "What about Japan?")."""
    return [r["phrase"] for r in table("question_ellipses")]


@functools.cache
def answer_leads() -> list[str]:
    """Words a transcript's answer opens with before a bare figure ("Not quite - ")."""
    return [r["phrase"] for r in table("answer_leads")]


@functools.cache
def topic_on_words() -> list[str]:
    """Words before "on" that make it name a topic ("comment on the 2023 figures")."""
    return [r["word"] for r in table("topic_on_words")]


@functools.cache
def assent_cues() -> list[str]:
    """Words by which an answer affirms the figure the question put ("124 billion, yes.")."""
    return [r["phrase"] for r in table("assent_cues")]


@functools.cache
def product_forms() -> list[str]:
    """Words before a product word that name one form of it ("rough", "bottled"): product_forms.csv."""
    return [r["word"].lower() for r in table("product_forms")]


@functools.cache
def made_goods() -> list[str]:
    """Nouns after a material's name that name goods made of it ("yarn", "fabrics"): made_goods.csv."""
    return [r["word"].lower() for r in table("made_goods")]


@functools.cache
def kind_nouns() -> frozenset[str]:
    """Nouns for kinds of a product named before ("non-basmati varieties")."""
    return frozenset(r["word"].lower() for r in table("kind_nouns"))


@functools.cache
def counted_places() -> dict[str, str]:
    """Nouns for places counted together by rank ("the top five states") -> what each is:
    R reports its own flow, P is a partner (counted_places.csv)."""
    return {r["word"].lower(): r["role"] for r in table("counted_places")}


@functools.cache
def joint_cues() -> list[str]:
    """Words that give one figure to several things together ("together", "combined")."""
    return [r["phrase"] for r in table("joint_cues")]


@functools.cache
def group_whole_nouns() -> list[str]:
    """Nouns for the group a text is on, as the whole of its members' shares ("the region's
    exports"), vocab/group_whole_nouns.csv."""
    return [r["noun"] for r in table("group_whole_nouns")]


@functools.cache
def internal_flow_words() -> list[str]:
    """Words for a group's trade among its own members ("the continent's internal trade"),
    vocab/internal_flow_words.csv."""
    return [r["phrase"] for r in table("internal_flow_words")]


@functools.cache
def flow_scope_prefixes() -> list[str]:
    """Prefixes that make a word name where a flow runs ("intra-", "extra-"), not a product,
    vocab/flow_scope_prefixes.csv."""
    return [r["prefix"] for r in table("flow_scope_prefixes")]


@functools.cache
def rank_places(role: str) -> list[str]:
    """Words that give a place its rank beside its figure: a verb ("came", "slipped to") or a
    rank ("second")."""
    return [r["phrase"] for r in table("rank_places") if r["role"] == role]


@functools.cache
def later_ranks(role: str) -> list[str]:
    """Words that rank a place after another ("came second", "followed by Germany"), by
    role: rank (vocab/rank_places.csv's ranks but the first), before (vocab/later_ranks.csv's)."""
    if role == "rank":
        first = {w.lower() for w in later_ranks("first")}
        return [w for w in rank_places("rank") if w.lower() not in first]
    return [r["phrase"] for r in table("later_ranks") if r["role"] == role]


@functools.cache
def rank_nouns() -> dict[str, str]:
    """Nouns a text ranks places by (lower case) -> the flow a ranked place's bare figure is
    of ("trading partner" -> trade_total), or "" for a ranking of one flow."""
    return {r["phrase"].lower(): r["measure"] for r in table("rank_nouns")}


@functools.cache
def rank_noun_flows() -> dict[str, str]:
    """Nouns that rank a partner by one flow (lower case) -> that flow, from the reporter
    ("market" -> exports, "supplier" -> imports)."""
    return {r["phrase"].lower(): r["measure"] for r in table("rank_noun_flows")}


@functools.cache
def outlook_nouns() -> list[str]:
    """Nouns after a year that make it a period foreseen ("2024 outlook")."""
    return [r["word"] for r in table("outlook_nouns")]


@functools.cache
def list_cues() -> dict[str, str]:
    """Words introducing a list of countries -> what the listed are (R report, P partners)."""
    return {r["phrase"].lower(): r["role"] for r in table("list_cues")}


@functools.cache
def hedges() -> list[str]:
    """Words that may stand between a cue and its figure ("to about $5bn")."""
    return [r["word"] for r in table("hedges")]


@functools.cache
def quoting_verbs() -> list[str]:
    """Words that quote a figure already given ("the headline says $11bn")."""
    return [r["phrase"] for r in table("quoting_verbs")]


@functools.cache
def vehicle_currencies() -> frozenset[str]:
    """Currencies any country's or body's trade may be reported in ("USD"): no home country."""
    return frozenset(r["code"] for r in table("vehicle_currencies"))


@functools.cache
def world_cues() -> list[str]:
    """Phrases that make a figure the world's trade ("world exports")."""
    return [r["phrase"] for r in table("world_cues")]


@functools.cache
def balance_verbs() -> list[str]:
    """Verbs whose subject owns the balance they take ("India posting a surplus of")."""
    return [r["word"] for r in table("balance_verbs")]


@functools.cache
def overtake_verbs() -> list[str]:
    """Words a rival a place has overtaken in a ranking comes right after ("overtook China")."""
    return [r["phrase"] for r in table("overtake_verbs")]


@functools.cache
def rank_against_cues() -> list[str]:
    """Words that set a rival's figure beside the one before ("ahead of China's $427bn")."""
    return [r["phrase"] for r in table("rank_against_cues")]


@functools.cache
def policy_act_participles() -> list[str]:
    """Participles of a policy act ("imposed", "introduced"): a period right after one dates
    the act, not the figure before it."""
    return [r["word"] for r in table("policy_act_participles")]


@functools.cache
def compared_level_cues() -> list[str]:
    """Words after a figure that set it beside another level, dated by the period after them
    ("at USD 778 billion, were close to the all-time high achieved in 2022-23")."""
    return [r["phrase"] for r in table("compared_level_cues")]


@functools.cache
def residual_label_tails() -> tuple[str, ...]:
    """Words after a comma that end a category label for a class's rest ("Pumps, other:",
    "Fabrics, n.e.s.:"): the label still names one product line."""
    return tuple(r["phrase"].lower() for r in table("residual_label_tails"))


@functools.cache
def speaker_labels() -> frozenset[str]:
    """Last words of a transcript's speaker labels ("HOST:", "CABINET SECRETARY:")."""
    return frozenset(r["word"].lower() for r in table("speaker_labels"))


@functools.cache
def spoken_digits() -> dict[str, int]:
    """Words besides "zero" to "nine" that say a decimal digit ("one point oh six")."""
    return {r["word"].lower(): int(r["digit"]) for r in table("spoken_digits")}


@functools.cache
def decimal_words() -> tuple[str, ...]:
    """The word that opens a number's decimals in words ("thirty-four point five")."""
    return tuple(r["word"].lower() for r in table("decimal_words"))


@functools.cache
def place_name_particles() -> list[str]:
    """Lower-case words inside a place's name ("Santa Cruz de la Sierra"): place_name_particles.csv."""
    return [r["word"] for r in table("place_name_particles")]


@functools.cache
def scale_particles() -> list[str]:
    """Words between a scale word and its currency ("milliards de FCFA")."""
    return [r["phrase"] for r in table("scale_particles")]


@functools.cache
def collective_cues() -> list[str]:
    """Words after a place that take it all together and leave it the verb's subject ("Africa
    as a whole took")."""
    return [r["phrase"] for r in table("collective_cues")]


@functools.cache
def whole_scope_cues() -> list[str]:
    """Words that make a flow a country's whole trade ("total merchandise exports"), so a
    sentence saying one is not about the product a headline summarised."""
    return [r["phrase"] for r in table("whole_scope_cues")]


@functools.cache
def joint_scope_cues() -> list[str]:
    """Words before a bare flow that, where services are given apart, make it goods and
    services together ("overall exports")."""
    return [r["phrase"] for r in table("joint_scope_cues")]


@functools.cache
def complement_parts() -> dict[str, list[str]]:
    """A scope "non-X" -> the other names of the X it leaves out ("non-oil" -> "oil and gas"),
    which with it make the whole flow."""
    out: dict[str, list[str]] = {}
    for r in table("complement_parts"):
        out.setdefault(r["scope"], []).append(r["part"])
    return out


@functools.cache
def ranked_cues(position: str) -> list[str]:
    """Words that carry a ranked list of partners to its next place: before the place
    ("followed by"), or between it and its figure ("at", "followed with")."""
    return [r["phrase"] for r in table("ranked_cues") if r["position"] == position]


@functools.cache
def group_adjectives() -> dict[str, str]:
    """Adjectives after "intra-" that name a group ("African" -> "Africa")."""
    return {r["adjective"]: r["group"] for r in table("group_adjectives")}


@functools.cache
def agent_nouns() -> frozenset[str]:
    """Nouns a demonym qualifies without naming a side of a flow ("Chinese investors")."""
    return frozenset(r["word"].lower() for r in table("agent_nouns"))


@functools.cache
def revision_cues() -> list[str]:
    """Words before a figure that make it one estimate among revisions (revision_cues.csv)."""
    return [r["phrase"] for r in table("revision_cues")]


@functools.cache
def facility_nouns() -> list[str]:
    """Nouns for a works where goods are made, "plant", "factory" (facility_nouns.csv)."""
    return [r["word"] for r in table("facility_nouns")]


@functools.cache
def seat_nouns() -> list[str]:
    """Nouns for the seat of an institution, "secretariat", "headquarters" (seat_nouns.csv)."""
    return [r["word"] for r in table("seat_nouns")]


@functools.cache
def promotion_agencies() -> list[str]:
    """Export-promotion agencies whose names hold their country (promotion_agencies.csv)."""
    return [r["phrase"] for r in table("promotion_agencies")]


@functools.cache
def publication_names() -> list[str]:
    """Nouns of a publication whose name carries a period (publication_names.csv)."""
    return [r["phrase"] for r in table("publication_names")]


@functools.cache
def span_nouns() -> dict[str, float]:
    """Nouns naming a span of years -> years each ("decade": 10): span_nouns.csv."""
    return {r["noun"].lower(): float(r["years"]) for r in table("span_nouns")}


@functools.cache
def month_span_openers() -> list[str]:
    """Words before "January and February" that make the two months one span ("in",
    "combining"): month_span_openers.csv."""
    return [r["phrase"].lower() for r in table("month_span_openers")]


@functools.cache
def span_openers() -> list[str]:
    """Words before a span of years that make it the time a change ran over ("over", "in"):
    span_openers.csv."""
    return [r["phrase"].lower() for r in table("span_openers")]


@functools.cache
@functools.cache
def tied_part_suffixes() -> frozenset[str]:
    """Words after a hyphen that tie a part to a product ("education-related travel services"
    is within education): tied_part_suffixes.csv."""
    return frozenset(r["word"].lower() for r in table("tied_part_suffixes"))


def table_span_cues() -> list[str]:
    """Words after "over the years" that point at the table beside the text ("shown",
    "covered"): table_span_cues.csv."""
    return [r["phrase"] for r in table("table_span_cues")]


@functools.cache
def event_names() -> list[str]:
    """Nouns of an event whose name carries a year (event_names.csv)."""
    return [r["phrase"] for r in table("event_names")]


@functools.cache
def cause_cues() -> list[str]:
    """Phrases that open what a change is put down to ("driven by", "thanks to": cause_cues.csv)."""
    return [r["phrase"] for r in table("cause_cues")]


@functools.cache
def forecast_cues() -> list[str]:
    """Phrases before a money figure that make it a goal or a forecast."""
    return [r["phrase"] for r in table("forecast_cues")]


@functools.cache
def forecast_participles() -> list[str]:
    """Participles after "is"/"are" that foresee a flow ("is projected to")."""
    return [r["word"] for r in table("forecast_participles")]


@functools.cache
def forecast_noun_cues() -> frozenset[str]:
    """The forecast cues that are nouns opening their figure's phrase ("expectations of")."""
    return frozenset(r["phrase"].lower() for r in table("forecast_cues") if r.get("kind") == "noun")


@functools.cache
def forecast_after_nouns(kind: str) -> list[str]:
    """Nouns right after a percentage change that make it a forecast ("the 5% growth
    forecast"), kind "head", and the words that may stand between, kind "between"
    (forecast_after_nouns.csv)."""
    return [r["word"] for r in table("forecast_after_nouns") if r["kind"] == kind]


@functools.cache
def forecast_after_cues() -> list[str]:
    """Phrases right after a figure that make it a forecast ("the 2.8% increase expected by")."""
    return [r["phrase"] for r in table("forecast_after_cues")]


@functools.cache
def index_cues(kind: str) -> list[str]:
    """Words right after a bare percentage that make it an index, the level as a percentage
    of an earlier one ("104.1% of the level of the same period last year"): kind "level"
    names the earlier level, kind "footing" only how the two were compared ("101.8%
    year-on-year")."""
    return [r["phrase"] for r in table("index_cues") if r["kind"] == kind]


@functools.cache
def settlement_nouns() -> list[str]:
    """Nouns that make a share one of payments by currency ("the share of national currencies
    in mutual settlements"), not of a trade flow."""
    return [r["noun"] for r in table("settlement_nouns")]


@functools.cache
def non_trade_wholes() -> list[str]:
    """Nouns ending the whole of a share that no trade flow is part of: emissions, workforce,
    jobs, land (non_trade_wholes.csv)."""
    return [r["noun"] for r in table("non_trade_wholes")]


@functools.cache
def need_nouns() -> list[str]:
    """Nouns of what a place uses ("natural gas needs", "wheat consumption") that make a share
    of them one of use, not of a trade flow (need_nouns.csv)."""
    return [r["noun"] for r in table("need_nouns")]


@functools.cache
def market_subjects(kind: str) -> list[str]:
    """Names of stock indices, securities, yields and currencies a market report moves
    (kind "name"), and heads that make one after a capitalised name (kind "head": "index")."""
    return [r["phrase"] for r in table("market_subjects") if r["kind"] == kind]


@functools.cache
def period_end_cues() -> list[str]:
    """Words right before a date that make it a period's end, no dateline ("which ended on
    March 20, 2023"): vocab/period_end_cues.csv."""
    return [r["phrase"] for r in table("period_end_cues")]


@functools.cache
def outside_total_cues(kind: str) -> list[str]:
    """Words that say a product is left out of the totals ("not included", kind "verb"), the
    totals it is left out of ("turnover figures", kind "whole"), and words that alone set it
    apart from them ("counted separately", kind "apart")."""
    return [r["phrase"] for r in table("outside_total_cues") if r["kind"] == kind]


@functools.cache
def earlier_record_cues(role: str) -> list[str]:
    """The words that make a "record" one of earlier periods ("After two record years"):
    role "opener" before it, role "period" the period noun right after it."""
    return [r["phrase"] for r in table("earlier_record_cues") if r["role"] == role]


@functools.cache
def turn_referents() -> list[str]:
    """How a speaker names the one who spoke before ("the hon. Gentleman", turn_referents.csv)."""
    return [r["phrase"] for r in table("turn_referents")]


@functools.cache
def refutation_cues(place: str) -> list[str]:
    """Words that make a figure one the text refutes: right before it ("not", "never
    reached", place "before") or naming its claimant after it ("cited", place "after")."""
    return [r["phrase"] for r in table("refutation_cues") if r["place"] == place]


@functools.cache
def verdict_cues(place: str) -> list[str]:
    """How a fact check rates a quoted claim not right: the rating ("False", place
    "verdict"), the words that give it ("We rate this claim", place "frame"), and the verbs
    that put a quotation in a speaker's mouth ("said", place "speech")."""
    return [r["phrase"] for r in table("verdict_cues") if r["place"] == place]


@functools.cache
def coverage_cues(kind: str) -> list[str]:
    """Policy nouns ("tariffs", kind "barrier") and verbs ("covering", kind "verb") that make
    a money figure the trade a measure covers rather than a flow; nouns that make a percentage
    right before them a rate (kind "rate", with the barrier nouns)."""
    return [r["phrase"] for r in table("coverage_cues") if r["kind"] == kind]


@functools.cache
def home_market_tails() -> list[str]:
    """Where a sale is made that keeps it at home ("on the domestic market";
    home_market_tails.csv)."""
    return [r["phrase"] for r in table("home_market_tails")]


@functools.cache
def home_sale_adjectives() -> list[str]:
    """Adjectives that keep a sale at home before a word of selling ("domestic car sales";
    home_sale_adjectives.csv)."""
    return [r["word"] for r in table("home_sale_adjectives")]


@functools.cache
def earning_activities() -> list[str]:
    """The nouns of the activity money is earned from, before "of" and the product ("from
    the export of cocoa beans"; earning_activities.csv)."""
    return [r["word"] for r in table("earning_activities")]


@functools.cache
def sale_nouns() -> list[str]:
    """The nouns of selling a home adjective or a market can own ("domestic car sales";
    sale_nouns.csv)."""
    return [r["word"] for r in table("sale_nouns")]


@functools.cache
def market_sales_cues() -> list[str]:
    """What follows "market" and names its sales ("the toy market generated sales of";
    market_sales_cues.csv)."""
    return [r["phrase"] for r in table("market_sales_cues")]


def retail_outlet_nouns() -> list[str]:
    """Places that sell to shoppers, read like "market" before its sales ("duty-free shops
    posted sales of"; retail_outlet_nouns.csv)."""
    return [r["word"] for r in table("retail_outlet_nouns")]


@functools.cache
def abroad_market_words() -> list[str]:
    """Words that put a market abroad ("export markets"; abroad_market_words.csv)."""
    return [r["word"] for r in table("abroad_market_words")]


@functools.cache
def goods_complement_ties() -> list[str]:
    """Words between goods in general as a subject and the products named as what they were
    ("export goods were motor vehicles"; goods_complement_ties.csv)."""
    return [r["phrase"] for r in table("goods_complement_ties")]


@functools.cache
def worldwide_market_words() -> list[str]:
    """Words that put a market everywhere, home among it ("the global art market";
    abroad_market_words.csv, scope worldwide)."""
    return [r["word"] for r in table("abroad_market_words") if r["scope"] == "worldwide"]


@functools.cache
def home_part_adjectives() -> tuple[str, ...]:
    """Adjectives opening a sentence on the home-market part of a count of goods sold, the
    complement of its exports (home_part_adjectives.csv)."""
    return tuple(r["word"].lower() for r in table("home_part_adjectives"))


@functools.cache
def home_market_openers() -> list[str]:
    """A sentence's opening phrase that sets it in the home market ("At home,";
    home_market_openers.csv)."""
    return [r["phrase"] for r in table("home_market_openers")]


@functools.cache
def flow_compounds() -> list[str]:
    """Compounds in which a flow word names no flow ("free trade zones", "trade talks")."""
    return [r["phrase"] for r in table("flow_compounds")]


@functools.cache
def difference_verbs() -> list[str]:
    """Verbs that make the amount after "by" the gap between two quantities ("exceeded")."""
    return [r["phrase"] for r in table("difference_verbs")]


@functools.cache
def sentence_adverbs() -> list[str]:
    """Adverbs set between commas inside a clause (", meanwhile,")."""
    return [r["phrase"] for r in table("sentence_adverbs")]


@functools.cache
def record_verbs() -> list[str]:
    """Verbs a subject takes right before a record word ("returns hit record")."""
    return [r["word"] for r in table("record_verbs")]


@functools.cache
def reach_cues() -> list[str]:
    """Phrases after a money figure that make it a level still to reach ("the $1 billion
    mark is within reach")."""
    return [r["phrase"] for r in table("reach_cues")]


@functools.cache
def subject_modifiers() -> frozenset[str]:
    """Words that can open a sentence's subject before its noun ("the total trade", "its
    two-way trade"): no verb among them."""
    return frozenset(r["word"].lower() for r in table("subject_modifiers"))


@functools.cache
def subject_openers() -> list[str]:
    """Words that open an adverbial before a sentence's subject ("According to ...,")."""
    return [r["word"] for r in table("subject_openers")]


@functools.cache
def partner_descriptions() -> list[str]:
    """Nouns that describe one partner without naming it ("its southern neighbor")."""
    return [r["word"].lower() for r in table("partner_descriptions")]


@functools.cache
def state_forms() -> dict[str, frozenset[str]]:
    """A form of state -> the countries of that form ("kingdom" -> Saudi Arabia, Jordan, ...),
    for an epithet that stands for one ("imports from the Kingdom")."""
    out: dict[str, set[str]] = {}
    for r in table("state_forms"):
        out.setdefault(r["noun"].lower(), set()).add(r["iso"])
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def flow_pronouns() -> list[str]:
    """Pronouns that, opening a clause after a semicolon, stand for the flow of the clause
    before ("exports there have climbed; in 2018 they rose"): flow_pronouns.csv."""
    return [r["word"].lower() for r in table("flow_pronouns")]


@functools.cache
def place_pronouns() -> list[str]:
    """Words after a flow word that stand for the place named before ("exports there")."""
    return [r["word"].lower() for r in table("place_pronouns")]


@functools.cache
def neighbour_nouns() -> list[str]:
    """Nouns that, after "to our" and the like, stand for the place named before ("exports to
    our northern neighbour")."""
    return [r["noun"].lower() for r in table("neighbour_nouns")]


@functools.cache
def raise_to_cues(role: str) -> list[str]:
    """Verbs that set a flow to a level (role "raise"), the words before their infinitive
    after which the level was reached (role "done"), and the modals before them that make the
    level a goal (role "modal")."""
    return [r["word"] for r in table("raise_to_cues") if r["role"] == role]


@functools.cache
def industry_body_words(kind: str) -> list[str]:
    """Words of an industry trade body's name (industry_body_words.csv): kind "head" (the
    body's noun, "Federation") and "trade" (the word after its product, "Industry")."""
    return [r["word"] for r in table("industry_body_words") if r["kind"] == kind]


@functools.cache
def body_nouns() -> list[str]:
    """Nouns for a body or an event a hyphenated pair of places can name ("the
    Iran-Kazakhstan joint economic commission")."""
    return [r["word"] for r in table("body_nouns")]


@functools.cache
def motion_verbs() -> frozenset[str]:
    """Verbs after which "up to" is where a figure went, not a ceiling."""
    return frozenset(r["word"].lower() for r in table("motion_verbs"))


@functools.cache
def driver_verbs() -> frozenset[str]:
    """Verbs whose subject causes the figure after them, not its product."""
    return frozenset(r["word"].lower() for r in table("driver_verbs"))


@functools.cache
def helper_verbs() -> frozenset[str]:
    """Verbs whose subject helps another (their object) reach the figure after them."""
    return frozenset(r["word"].lower() for r in table("helper_verbs"))


@functools.cache
def period_close_verbs() -> list[str]:
    """Verbs whose subject closes a period with the balance after "with" (vocab/period_close_verbs.csv)."""
    return [r["word"] for r in table("period_close_verbs")]


@functools.cache
def viewpoint_participles() -> list[str]:
    """Participles opening a sentence on the place it is seen from (vocab/viewpoint_participles.csv)."""
    return [r["phrase"] for r in table("viewpoint_participles")]


@functools.cache
def event_guest_roles() -> frozenset[str]:
    """A role a country plays at an event, after "as" ("with Norway as partner country"):
    the place is the event's guest, no trade partner."""
    return frozenset(r["phrase"].lower() for r in table("event_guest_roles"))


@functools.cache
def own_place_phrases() -> frozenset[str]:
    """A flow word and its preposition after which a place reports the flow ("exported from
    Austria", "imported into Chile"), not its partner."""
    return frozenset(r["phrase"].lower() for r in table("own_place_phrases"))


@functools.cache
def service_kinds() -> frozenset[str]:
    """Words that before "services" name a kind of them ("software", "digital", "travel")."""
    return frozenset(r["word"].lower() for r in table("service_kinds") if not r.get("beside_all"))


@functools.cache
def service_kinds_beside_all() -> frozenset[str]:
    """Words that before "services" name a kind of them only in a text that also gives all
    services' figure ("commercial": vocab/service_kinds.csv beside_all); else the whole."""
    return frozenset(r["word"].lower() for r in table("service_kinds") if r.get("beside_all"))


@functools.cache
def service_kinds_alone() -> frozenset[str]:
    """The kinds of service whose word alone names their flows ("travel receipts")."""
    return frozenset(r["word"].lower() for r in table("service_kinds") if r["alone"])


@functools.cache
def goods_classes() -> frozenset[str]:
    """Words that before "goods" name a class of them ("rural", "consumption", "capital")."""
    return frozenset(r["word"].lower() for r in table("goods_classes"))


@functools.cache
def sector_words() -> frozenset[str]:
    """Words that before a flow word name a sector of it ("agribusiness", "traditional", "other")."""
    return frozenset(r["word"].lower() for r in table("sector_words"))


@functools.cache
def company_words(kind: str) -> frozenset[str]:
    """Words that make a subject a company or a sector (vocab/company_words.csv): name
    endings ("Motor", "Group", "Corp") for kind "suffix", describing nouns ("carmaker",
    "company", "sector") for kind "noun"."""
    return frozenset(r["word"] for r in table("company_words") if r["kind"] == kind)


@functools.cache
def company_accounts() -> list[str]:
    """Words only a company's own accounts print ("EBIT", "net sales", "per share"):
    company_accounts.csv."""
    return [r["phrase"] for r in table("company_accounts")]


@functools.cache
def company_total_accounts() -> dict[str, frozenset[str]]:
    """The names a share gives a whole of a company's money ("revenue from operations",
    "exports"), each with the labels its level is printed under ("export revenue"):
    company_total_accounts.csv."""
    out: dict[str, set[str]] = {}
    for r in table("company_total_accounts"):
        out.setdefault(r["whole"], set()).add(r["label"])
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def institution_heads() -> list[str]:
    """The head of a public body's name that "of" and its field follow ("the Ministry of
    Energy and Energy Industries"): institution_heads.csv."""
    return [r["word"] for r in table("institution_heads")]


@functools.cache
def sales_rank_headings() -> list[str]:
    """Words of a list's heading that rank things by what sells ("Best-selling toys:"):
    sales_rank_headings.csv."""
    return [r["phrase"] for r in table("sales_rank_headings")]


@functools.cache
def potential_nouns() -> list[str]:
    """What an amount is worth "in" when it values a chance, no flow ("€8.2 billion in
    additional export potential"): potential_nouns.csv."""
    return [r["phrase"] for r in table("potential_nouns")]


@functools.cache
def event_time_openers() -> list[str]:
    """Words that open a clause naming an event's day, which dates the main clause after it
    ("When the agreement was applied on 1 July 2011, the EU was running"): event_time_openers.csv."""
    return [r["word"] for r in table("event_time_openers")]


def event_windows() -> list[str]:
    """An event whose span dates a change ("fallen by half during the closure"):
    event_windows.csv."""
    return [r["word"] for r in table("event_windows")]


def agency_nouns() -> list[str]:
    """A government body a place's name stands before ("the US Treasury"): agency_nouns.csv."""
    return [r["word"] for r in table("agency_nouns")]


@functools.cache
def count_set_nouns() -> list[str]:
    """Nouns for a set of statistics kept by one country or agency ("the European figures"):
    count_set_nouns.csv."""
    return [r["word"] for r in table("count_set_nouns")]


@functools.cache
def difference_nouns() -> list[str]:
    """Nouns naming the difference of two figures ("discrepancy"): difference_nouns.csv."""
    return [r["word"] for r in table("difference_nouns")]


@functools.cache
def money_subject_kinds() -> dict[str, str]:
    """name -> kind: names of one kind of non-trade money ("customs receipts", "customs duties")."""
    return {r["word"].lower(): r["kind"].lower() for r in table("money_subject_kinds")}


@functools.cache
def goal_nouns() -> frozenset[str]:
    """Nouns for an amount aimed at ("target", "quota"): a share of one may pass 100%."""
    return frozenset(r["word"].lower() for r in table("goal_nouns"))


@functools.cache
def goal_verbs() -> tuple[str, ...]:
    """Verbs a goal is "to" do with its amount ("the plan was to generate $150m")."""
    return tuple(r["word"].lower() for r in table("goal_verbs"))


@functools.cache
def attainment_words() -> dict[str, str]:
    """word -> role ("level", "above", "below"): words that tie a result to its goal."""
    return {r["word"].lower(): r["role"] for r in table("attainment_words")}


@functools.cache
def local_names() -> dict[str, tuple[str, frozenset[str]]]:
    """alias -> (iso3, the countries whose texts use it): "mainland" is China in Hong Kong's
    (own_names.csv, kind alias)."""
    return {r["phrase"]: (r["iso3"], frozenset(r["home"].split("|"))) for r in table("own_names") if r["kind"] == "alias"}


@functools.cache
def home_relative_places() -> dict[str, dict[str, str]]:
    """home country -> {phrase: iso3}: a place named by where it lies from the text's own
    country ("south of the border" is the United States in a Canadian text):
    own_names.csv, kind bearing."""
    out: dict[str, dict[str, str]] = {}
    for r in table("own_names"):
        if r["kind"] == "bearing":
            for home in r["home"].split("|"):
                out.setdefault(home, {})[r["phrase"]] = r["iso3"]
    return out


@functools.cache
def product_verbs() -> frozenset[str]:
    """Product words that are also a headline's verb after a place: "Japan logs"."""
    return frozenset(r["word"].lower() for r in table("product_verbs"))


@functools.cache
def annual_rate_cues() -> list[str]:
    """Words naming a percentage a change on the year before ("the annual rate of change",
    annual_rate_cues.csv)."""
    return [r["phrase"] for r in table("annual_rate_cues")]


@functools.cache
def twelve_month_cues() -> list[str]:
    """Words before a flow word that make its figure the twelve months to the month in hand
    ("the annualized exports")."""
    return [r["phrase"] for r in table("twelve_month_cues")]


@functools.cache
def figure_anaphors() -> list[str]:
    """Words opening a clause that stand for a figure given before ("The figure was")."""
    return [r["phrase"] for r in table("figure_anaphors")]


@functools.cache
def flow_subject_words() -> frozenset[str]:
    """Words that, the whole subject of a clause, leave its figure the flow the text is on
    ("The total", "So")."""
    return frozenset(r["word"].lower() for r in table("flow_subject_words"))


@functools.cache
def joint_activity_nouns() -> list[str]:
    """Money that is no trade, joined to a flow word by "and" ("export and investment
    business") (vocab/joint_activity_nouns.csv)."""
    return [r["word"] for r in table("joint_activity_nouns")]


@functools.cache
def activity_nouns() -> frozenset[str]:
    """Nouns after a figure's "of" that name an activity or money, no goods: "$13bn of
    business", "$2bn of orders" (vocab/activity_nouns.csv)."""
    return frozenset(r["word"].lower() for r in table("activity_nouns"))


@functools.cache
def not_products() -> frozenset[str]:
    """Words that never name a product group in the subject of a change: "total",
    "bilateral", "the figure", "its", "having"."""
    return frozenset(r["word"].lower() for r in table("not_products"))


@functools.cache
def fiscal_years() -> dict[str, int]:
    out = {r["iso3"]: int(r["start_month"]) for r in table("fiscal_years")}
    out.update({code: out[iso] for code, iso in subnational().items() if iso in out})
    return out


@functools.cache
def fiscal_years_named_by_start() -> frozenset[str]:
    """The countries whose fiscal year "2022" is the one that starts in 2022."""
    return frozenset(r["iso3"] for r in table("fiscal_years") if r.get("named_by") == "start")


@functools.cache
def fiscal_years_counting_quarters() -> frozenset[str]:
    """The countries whose texts on a fiscal year count its quarters from the fiscal year's
    start (India's "first quarter" of 2025-26 is April-June 2025)."""
    return frozenset(r["iso3"] for r in table("fiscal_years") if r.get("quarters") == "fiscal")


@functools.cache
def blocs() -> frozenset[str]:
    """The groups "the bloc" can stand for: "EUU" or a group's label."""
    return frozenset(r["key"] for r in table("blocs"))


@functools.cache
def group_partitions() -> dict[str, tuple[str, ...]]:
    """Group -> the groups that split it by definition (vocab/group_partitions.csv): "EUU" ->
    ("euro area", "EU outside the euro area")."""
    return {r["whole"]: tuple(r["parts"].split("|")) for r in table("group_partitions")}


@functools.cache
def complement_groups() -> dict[str, str]:
    """Group labels that stand for every partner but one named before -> what that one is:
    "bloc" ("third countries") or "partner" ("the rest of the world")."""
    return {r["label"]: r["of"] for r in table("complement_groups")}


@functools.cache
def relative_prepositions() -> list[str]:
    """Prepositions that may open a relative clause before its pronoun ("with which"):
    relative_prepositions.csv."""
    return [r["word"] for r in table("relative_prepositions")]


@functools.cache
def run_break_words() -> list[str]:
    """Words that set the level after them against the one before, breaking a run of
    levels a period after it would date together (run_break_words.csv)."""
    return [r["phrase"] for r in table("run_break_words")]


@functools.cache
def against_level_cues() -> list[str]:
    """Words that set the next figure beside this one as its earlier level ("against")
    (against_level_cues.csv)."""
    return [r["phrase"] for r in table("against_level_cues")]


@functools.cache
def member_rest_partners() -> list[str]:
    """Words for the members of a bloc a list leaves out ("other member states")
    (member_rest_partners.csv)."""
    return [r["phrase"] for r in table("member_rest_partners")]


@functools.cache
def bloc_members() -> dict[str, frozenset[str]]:
    """A bloc's key as the link stage writes it ("group:Mercosur", "EUU") -> its members,
    for the blocs the table lists them for."""
    return {(r["key"] if r["key"] == "EUU" else "group:" + r["key"]): frozenset(r["members"].split("|"))
            for r in table("blocs") if r.get("members")}


@functools.cache
def country_divisions() -> dict[str, frozenset[str]]:
    """A country's code -> the codes of all the sub-national units its trade statistics
    split every figure among (vocab/country_divisions.csv), for the countries listed."""
    return {r["country"]: frozenset(r["units"].split("|")) for r in table("country_divisions") if r.get("units")}


@functools.cache
def region_members() -> dict[str, frozenset[str]]:
    """A region's key as the link stage writes it ("group:Central Asia") -> the countries
    every reading of it holds (vocab/region_members.csv), for parts that stay within it."""
    return {"group:" + r["key"]: frozenset(r["members"].split("|")) for r in table("region_members") if r.get("members")}


@functools.cache
def level_verbs() -> frozenset[str]:
    """Verbs that state a flow's level ("exports were", "sales reached"), beside the change
    verbs of changes.csv that move it to one."""
    return frozenset(r["word"].lower() for r in table("level_verbs"))


@functools.cache
def level_verb_bases() -> frozenset[str]:
    """Bare forms of the verbs of a level, after "saw" or "to" ("saw its imports and exports
    reach 319 billion yuan"): level_verb_bases.csv."""
    return frozenset(r["word"].lower() for r in table("level_verb_bases"))


@functools.cache
def channel_anaphors() -> frozenset[str]:
    """Nouns that, after "through the", refer back to the channel of trade named before
    ("imports and exports through the channel"): channel_anaphors.csv."""
    return frozenset(r["word"].lower() for r in table("channel_anaphors"))


@functools.cache
def group_anaphors() -> list[str]:
    """Nouns that, after "the" and a possessive, refer back to the country group named
    before ("exports from the group's 45 members") (group_anaphors.csv)."""
    return [r["word"] for r in table("group_anaphors")]


@functools.cache
def class_anaphors() -> frozenset[str]:
    """Singular nouns for a class of goods that, after "the", refer back to the product named
    before ("The metal accounted for 53.5%" after copper's figures)."""
    return frozenset(r["word"].lower() for r in table("class_anaphors"))


@functools.cache
def class_wholes() -> frozenset[str]:
    """Nouns for a class of goods that, after "of the" at the end of a part's share, name the
    product group given before the part as the share's whole ("two-thirds of the category")
    (class_wholes.csv, and the class anaphors)."""
    return frozenset(r["word"].lower() for r in table("class_wholes")) | class_anaphors()


@functools.cache
def goods_nouns() -> frozenset[str]:
    """Nouns that name goods in general, no group of them ("Chinese products")."""
    return frozenset(r["word"].lower() for r in table("goods_nouns"))


@functools.cache
def exclusion_cues() -> list[str]:
    """Words that leave a part out of the figure they qualify ("excluding", "not counting")."""
    return [r["phrase"] for r in table("exclusion_cues")]


@functools.cache
def after_flow_exclusion_cues() -> list[str]:
    """Words that leave a part out of a flow only right after its noun ("exports outside
    hydrocarbons totalled"), besides exclusion_cues()."""
    return [r["phrase"] for r in table("after_flow_exclusion_cues")]


@functools.cache
def passive_exclusion_cues() -> list[str]:
    """Participles that leave a part out in a clause opening a sentence ("When energy and
    gold are excluded,")."""
    return [r["phrase"] for r in table("passive_exclusion_cues")]


@functools.cache
def price_nouns() -> list[str]:
    """Nouns for a product's price ("gas prices"): the product before one is no figure's scope."""
    return [r["word"] for r in table("price_nouns")]


@functools.cache
def restating_leads() -> list[str]:
    """Words that open an aside restating the figure's scope ("i.e. goods other than oil")."""
    return [r["phrase"] for r in table("restating_leads")]


@functools.cache
def share_part_leads() -> list[str]:
    """Words that give, after a share of the total and a comma, the money of the share's
    part ("70% of the total, amounting to BD 202 million"): share_part_leads.csv."""
    return [r["phrase"] for r in table("share_part_leads")]


@functools.cache
def balance_moves() -> list[str]:
    """Words that move the noun before them into a surplus or deficit ("the budget had
    returned to surplus"): balance_moves.csv."""
    return [r["phrase"] for r in table("balance_moves")]


@functools.cache
def inclusion_cues() -> list[str]:
    """Words that open a sentence by counting a part in ("Including precious metals, ...")."""
    return [r["phrase"] for r in table("inclusion_cues")]


@functools.cache
def composition_cues() -> list[str]:
    """Words that say what a figure is made of ("national exports plus re-exports")."""
    return [r["phrase"] for r in table("composition_cues")]


@functools.cache
def group_heads() -> frozenset[str]:
    """Nouns after a product's name that name its trade as a group ("the GFT sector")."""
    return frozenset(r["word"].lower() for r in table("group_heads"))


@functools.cache
def yearly_rate_cues() -> dict[str, list[str]]:
    """Words that make a percentage an average yearly (compound) rate over a span of years
    (yearly_rate_cues.csv): where ("before" or "after" the figure) -> phrases."""
    out: dict[str, list[str]] = {"before": [], "after": []}
    for r in table("yearly_rate_cues"):
        out[r["where"]].append(r["phrase"])
    return out


@functools.cache
def partner_nouns() -> list[str]:
    """Nouns after a flow word that name its partners (partner_nouns.csv)."""
    return [r["word"] for r in table("partner_nouns")]


@functools.cache
def growth_rank_cues() -> list[str]:
    """Words that rank places or goods by the growth of their trade (growth_rank_cues.csv)."""
    return [r["phrase"] for r in table("growth_rank_cues")]


@functools.cache
def counted_partner_nouns() -> list[str]:
    """Nouns for places counted as a flow's partners ("to more than 150 countries";
    counted_partner_nouns.csv)."""
    return [r["word"] for r in table("counted_partner_nouns")]


@functools.cache
def deduction_verbs() -> frozenset[str]:
    """Verbs that take an amount off a level ("wiped $2bn off exports"; deduction_verbs.csv)."""
    return frozenset(r["word"].lower() for r in table("deduction_verbs"))


@functools.cache
def revision_subjects() -> list[str]:
    """Words that make a sentence about a revision of earlier figures (revision_subjects.csv)."""
    return [r["word"] for r in table("revision_subjects")]


@functools.cache
def neutral_change_verbs() -> frozenset[str]:
    """Verbs that say a figure moved without saying which way (neutral_change_verbs.csv)."""
    return frozenset(r["word"].lower() for r in table("neutral_change_verbs"))


@functools.cache
def cumulative_cues() -> list[str]:
    """Words that make an amount a total over a span of years (cumulative_cues.csv)."""
    return [r["phrase"] for r in table("cumulative_cues")]


@functools.cache
@functools.cache
def compass_short_names() -> dict[str, str]:
    """Compass word -> the country it stands for after "the", in a text naming that country
    in full (vocab/compass_short_names.csv)."""
    return {r["word"]: r["iso3"] for r in table("compass_short_names")}


@functools.cache
def unit_nouns() -> tuple[str, ...]:
    """What a text calls a sub-national unit after "the" (vocab/unit_nouns.csv)."""
    return tuple(r["word"] for r in table("unit_nouns"))


@functools.cache
def unit_plurals() -> list[str]:
    """What a text calls a country's sub-national units together after "among the"
    (vocab/unit_plurals.csv)."""
    return [r["word"] for r in table("unit_plurals")]


@functools.cache
def unit_names_in_country() -> frozenset[str]:
    """Unit names read as the unit only in a text of its country (unit_names_in_country.csv)."""
    return frozenset(r["name"] for r in table("unit_names_in_country"))


@functools.cache
def unit_titles() -> list[str]:
    """What a unit's own texts call it, capitalised, after "the" (vocab/unit_titles.csv)."""
    return [r["word"] for r in table("unit_titles")]


@functools.cache
def national_openers() -> list[str]:
    """Sentence openers that turn a unit's text to its whole country (vocab/national_openers.csv)."""
    return [r["phrase"] for r in table("national_openers")]


@functools.cache
def national_cues() -> list[str]:
    """Words after "of (the)" that make a unit's share one of its country's flow (vocab/national_cues.csv)."""
    return [r["phrase"] for r in table("national_cues")]


@functools.cache
def bracket_keys() -> list[str]:
    """Words after a period that make it the key to the bracketed figures ("(2014-18 in
    brackets)") (bracket_keys.csv)."""
    return [r["phrase"] for r in table("bracket_keys")]


@functools.cache
def bracket_labels() -> dict[str, str]:
    """Labels in a bracket after a figure, lowered, and their kind: "forecast" ("cons:") or
    "earlier" ("prev:") (bracket_labels.csv)."""
    return {r["label"].lower(): r["kind"] for r in table("bracket_labels")}


@functools.cache
def change_anaphors() -> list[str]:
    """Sentence openers that make the change after them the sentence before's (change_anaphors.csv)."""
    return [r["phrase"] for r in table("change_anaphors")]


@functools.cache
def share_anaphors() -> list[str]:
    """Words after "of" that stand for a figure before as a share's whole (share_anaphors.csv)."""
    return [r["phrase"] for r in table("share_anaphors")]


@functools.cache
def level_ties() -> dict[str, list[str]]:
    """Words that tie a change or a share to the levels beside it, by role (level_ties.csv)."""
    out: dict[str, list[str]] = {}
    for r in table("level_ties"):
        out.setdefault(r["role"], []).append(r["phrase"])
    return out


@functools.cache
def order_words() -> dict[str, int]:
    """Words set between two levels that say which is the larger, to 1 where the first is,
    -1 where the second is (order_words.csv)."""
    return {r["phrase"].lower(): int(r["direction"]) for r in table("order_words")}


@functools.cache
def arithmetic_words() -> dict[str, str]:
    """The operators and result words of a calculation written out between figures
    ("$79.8bn - $72.1bn = $7.7 billion"), each with its role: arithmetic_words.csv."""
    return {r["word"].lower(): r["role"] for r in table("arithmetic_words")}


@functools.cache
def component_nouns() -> frozenset[str]:
    """Nouns for the pieces a product is built from ("cells", "modules", "parts"), which a
    list shares one product word over: component_nouns.csv."""
    return frozenset(r["word"].lower() for r in table("component_nouns"))


@functools.cache
def material_head_nouns() -> frozenset[str]:
    """Nouns after a product's word that only say it is a material ("cathode materials"):
    material_head_nouns.csv."""
    return frozenset(r["word"].lower() for r in table("material_head_nouns"))


@functools.cache
def part_nouns() -> list[str]:
    """Nouns for one part of a whole named by its rank ("The biggest chunk is travel"):
    part_nouns.csv."""
    return [r["word"] for r in table("part_nouns")]


@functools.cache
def averaged_items() -> frozenset[str]:
    """Nouns of one deal or consignment an average money figure is per ("the average
    payment at roughly $25,000"): averaged_items.csv."""
    return frozenset(r["word"].lower() for r in table("averaged_items"))


@functools.cache
def per_unit_exclusions() -> frozenset[str]:
    """Words after "per" that make no average per counted unit ("per cent", "per year"):
    per_unit_exclusions.csv."""
    return frozenset(r["word"].lower() for r in table("per_unit_exclusions"))


@functools.cache
def fx_venues() -> list[str]:
    """Where a central bank buys or sells currency (fx_venues.csv): "at foreign exchange
    auctions", "in the interbank FX market"."""
    return [r["phrase"] for r in table("fx_venues")]


@functools.cache
def mirror_cues() -> list[str]:
    """Words of a table's column header that make it the partner's own count (mirror_cues.csv)."""
    return [r["phrase"].lower() for r in table("mirror_cues")]


@functools.cache
def trader_nouns() -> dict[str, str]:
    """Nouns that rank a place by its own flow (trader_nouns.csv): "the largest exporter"."""
    return {r["phrase"].lower(): r["measure"] for r in table("trader_nouns")}


@functools.cache
def earlier_rate_openers() -> list[str]:
    """Words before a percentage that give an earlier period's own change beside the change in
    hand ("down from 8.3% growth in September"; earlier_rate_openers.csv)."""
    return [r["phrase"].lower() for r in table("earlier_rate_openers")]


@functools.cache
def ytd_running_cues() -> list[str]:
    """Words that make a figure the year's running total so far ("the year's cumulative chip
    shipments"; ytd_running_cues.csv)."""
    return [r["phrase"] for r in table("ytd_running_cues")]


@functools.cache
def n_month_total_nouns() -> list[str]:
    """Nouns after "eight-month" that make the figure the year's total over its first that
    many months ("the eight-month total"; n_month_total_nouns.csv), flow nouns left out."""
    return [r["noun"] for r in table("n_month_total_nouns") if not r.get("flow")]


@functools.cache
def n_month_flow_nouns() -> list[str]:
    """Flow nouns after "two-month" that make the figure the year's flow over its first that
    many months ("two-month exports rose 23.2%"; n_month_total_nouns.csv, flow 1)."""
    return [r["noun"] for r in table("n_month_total_nouns") if r.get("flow")]


@functools.cache
def sector_heads() -> frozenset[str]:
    """Head nouns that after a product's name name its sector, no other product ("timber
    industry"): vocab/sector_heads.csv."""
    return frozenset(r["word"].lower() for r in table("sector_heads"))


@functools.cache
def balance_results() -> dict[str, list[str]]:
    """What links a balance to a product named before it: "result" participles after the
    product's flow ("leaving a surplus of"), "verb"s after the product as subject ("produced a
    surplus of"): vocab/balance_results.csv, kind -> phrases."""
    out: dict[str, list[str]] = {}
    for r in table("balance_results"):
        out.setdefault(r["kind"], []).append(r["phrase"])
    return out


@functools.cache
def product_synonyms() -> dict[str, str]:
    """Canonical product labels that name one product, each way round ("cars" and
    "automobiles"; product_synonyms.csv)."""
    out: dict[str, str] = {}
    for r in table("product_synonyms"):
        out[r["label"]] = r["same_as"]
        out[r["same_as"]] = r["label"]
    return out


@functools.cache
def year_back_openers() -> frozenset[str]:
    """Words opening a sentence that set it a year back ("A year earlier the May gap was")."""
    return frozenset(r["phrase"].lower() for r in table("year_back_openers"))


@functools.cache
def earlier_estimate_adjectives() -> list[dict]:
    """Adjectives that make the subject "the <adjective> estimate ... was" an earlier vintage
    of a figure since revised, with whether words may stand before the noun and whether a
    revision must be spoken of (earlier_estimate_adjectives.csv)."""
    return table("earlier_estimate_adjectives")


@functools.cache
def services_categories() -> dict[str, str]:
    """Categories of services trade named without a flow word ("charges for the use of
    intellectual property") -> the kind (services_categories.csv)."""
    return {r["phrase"].lower(): r["kind"] for r in table("services_categories")}


@functools.cache
def object_change_verbs() -> dict[str, int]:
    """Verbs that move a named flow by an amount, the object between ("lifts the surplus by"),
    -> their direction (object_change_verbs.csv)."""
    return {r["word"].lower(): int(r["direction"]) for r in table("object_change_verbs")}


@functools.cache
def asset_nouns() -> list[str]:
    """Nouns for a building or other fixed asset a money figure before them prices ("a $10
    million building"): asset_nouns.csv."""
    return [r["word"] for r in table("asset_nouns")]


@functools.cache
def acronym_whole_nouns() -> list[str]:
    """Nouns that, after a product's acronym, name its flow as a share's whole ("of GFT
    shipments", "of total NTE earnings"; acronym_whole_nouns.csv)."""
    return [r["word"] for r in table("acronym_whole_nouns")]


@functools.cache
def consequence_cues() -> list[str]:
    """Words that open a clause drawing a change from the figures before it ("which means
    it widened by 7.1%"; consequence_cues.csv)."""
    return [r["phrase"] for r in table("consequence_cues")]


@functools.cache
def forecast_noun_homographs() -> frozenset[str]:
    """Forecast verbs that are a plural noun naming no forecast where a comma or a
    preposition follows them ("the gas projects in the basin"; forecast_noun_homographs.csv)."""
    return frozenset(r["word"].lower() for r in table("forecast_noun_homographs"))


@functools.cache
def release_place_verbs() -> list[str]:
    """Participles that, before "in" and a capital, say where a document came out ("released
    in Accra"), not a side of the trade (release_place_verbs.csv)."""
    return [r["word"] for r in table("release_place_verbs")]


@functools.cache
def publication_verbs() -> list[str]:
    """Participles that say when a change's base level came out ("the $242.8 billion reported
    in March"), not the period it is of (publication_verbs.csv)."""
    return [r["word"] for r in table("publication_verbs")]


@functools.cache
def estimate_nouns() -> list[str]:
    """Nouns for a figure as published ("that originally published number")."""
    return [r["word"] for r in table("estimate_nouns")]


def size_comparatives() -> dict[str, int]:
    """Comparatives of a figure's size before "than" ("wider than", "smaller than"), and
    which way each points (vocab/size_comparatives.csv)."""
    return {r["word"].lower(): int(r["direction"]) for r in table("size_comparatives")}


@functools.cache
def sign_letter_scales() -> dict[str, float]:
    """Capital letters that scale a figure glued to them after a currency sign ("$3.08T")."""
    return {r["letter"]: float(r["multiplier"]) for r in table("sign_letter_scales")}


@functools.cache
def part_questions() -> list[str]:
    """Words of a question asking what part of the figure before went to a place ("how much of that")."""
    return [r["phrase"] for r in table("part_questions")]


@functools.cache
def product_questions() -> list[str]:
    """Words of a question on where the product the text is on goes ("Where does it go?")."""
    return [r["phrase"] for r in table("product_questions")]


@functools.cache
def whole_questions() -> list[str]:
    """Words of a question on a flow that ask of the whole of it ("Overall exports though were up?")."""
    return [r["phrase"] for r in table("whole_questions")]


@functools.cache
def vague_past_cues() -> list[str]:
    """Words that set a figure at some undated time back ("a few years ago", "used to")."""
    return [r["phrase"] for r in table("vague_past_cues")]


@functools.cache
def vague_past_after_cues() -> list[str]:
    """Words after a figure that set it over some undated time back ("over the previous
    decade", "in earlier years"): vague_past_after_cues.csv."""
    return [r["phrase"] for r in table("vague_past_after_cues")]


@functools.cache
def rate_units() -> dict[str, dict]:
    """What a figure may be stated per (rate_units.csv): word -> its unit and, for a time, its
    length in days or months ("second" -> 1/86400 day; "household" -> no length)."""
    return {r["word"]: {"unit": r["unit"], "days": float(r["days"]) if r["days"] else None,
                        "months": int(r["months"]) if r["months"] else None} for r in table("rate_units")}


@functools.cache
def restating_rate_openers() -> list[str]:
    """Words that restate a figure given before as a rate ("That is about $2.2bn every day",
    "Spread across its 48 million households, that is $625 per household";
    restating_rate_openers.csv)."""
    return [r["phrase"] for r in table("restating_rate_openers")]


@functools.cache
def total_share_leads() -> list[str]:
    """Words that give, after a part's money and a comma, its share of the total ("$2.1
    billion, or 30% of the total"): total_share_leads.csv."""
    return [r["phrase"] for r in table("total_share_leads")]


@functools.cache
def level_participles() -> list[str]:
    """Participles that, between "were" and "at", give a flow's level ("were recorded at
    $3.6 billion"): level_participles.csv."""
    return [r["word"] for r in table("level_participles")]


@functools.cache
def wider_group_words() -> frozenset[str]:
    """Words that, opening a group's name, take the group whole ("the whole farm sector"):
    wider_group_words.csv."""
    return frozenset(r["word"] for r in table("wider_group_words"))


@functools.cache
def flow_side_openers() -> dict[str, str]:
    """Sentence openers that turn to one flow (lower case) -> that flow ("on the import
    side" -> imports): flow_side_openers.csv."""
    return {r["phrase"].lower(): r["measure"] for r in table("flow_side_openers")}


@functools.cache
def every_kind_qualifiers() -> list[str]:
    """Phrases after a product that count all its kinds ("wine of all types"), no part of the
    product's name: vocab/every_kind_qualifiers.csv."""
    return [r["phrase"] for r in table("every_kind_qualifiers")]


@functools.cache
def balance_contributions() -> dict[str, dict[str, int]]:
    """How a balance is given as what it does to the economy: {"verb": {word: sign},
    "aggregate": {word: 0}} (lower case; "net exports subtracted ¥7trn from output"):
    balance_contributions.csv."""
    out: dict[str, dict[str, int]] = {"verb": {}, "aggregate": {}}
    for r in table("balance_contributions"):
        out[r["kind"]][r["phrase"].lower()] = int(r["sign"] or 0)
    return out


@functools.cache
def carrier_modes() -> dict[str, str]:
    """Words naming what carries goods ("railway", "vessels") and the mode of transport each
    is (carrier_modes.csv): goods carried by one are a part of trade by that mode."""
    return {r["word"].lower(): r["mode"] for r in table("carrier_modes")}


@functools.cache
def latest_figure_subjects() -> list[str]:
    """Subjects that name the text's newest figure ("the latest figure was down 12.8%"):
    its change is of the newest period (latest_figure_subjects.csv)."""
    return [r["phrase"] for r in table("latest_figure_subjects")]


@functools.cache
def calendar_eras() -> dict[str, int]:
    """The countries whose texts may write years in another era, and the years to subtract
    for the Gregorian year (vocab/calendar_eras.csv): Nepal's Bikram Sambat 2081 is 2024."""
    return {r["iso3"]: int(r["offset"]) for r in table("calendar_eras")}
