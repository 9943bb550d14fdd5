"""The word cues around a number, as regular expressions built from the vocabulary:
qualifiers, change verbs, restatements, continuations ("to $X", "from $Y"), targets,
prices, shares. Each is named for what it recognises."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract.keywords import fold  # (lower case with the letters re.I takes for ASCII ones: exact prefilters)
from ..extract.mentions import Mention
from ..extract.scanning import EndCue


def longest_words(phrases) -> tuple[str, ...]:
    """The longest word of every phrase (a vocab list), folded: a match of an alternation of
    the phrases holds its phrase's, so `holds_any` on them is an exact prefilter."""
    keys = {fold(max((w for w in p.split() if w != vocab.GAP.strip()), key=len)) for p in phrases}
    # (a key that holds another is implied by it: "forecasts" by "forecast")
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


def holds_any(words: str, keys) -> bool:
    """Whether `words`, folded, hold one of `keys` (see `longest_words`): a plain loop."""
    folded = fold(words)
    for k in keys:
        if k in folded:
            return True
    return False


# An optional hedge between a cue and its figure ("to about ", "from just over "), as a
# fragment the patterns below and in the rule modules embed.
_SPACE = r"\s+"
HEDGE = rf"(?:(?:{vocab.alternation(vocab.hedges(), space=_SPACE)})\s+)?"
# the marker of a line of a list: "- ", "• ", "2. ", "3) "; BULLET_SIGN a bullet's sign alone
BULLET_SIGN = r"[-•*–·▪]"
LIST_MARKER = rf"(?:{BULLET_SIGN}|\d{{1,2}}[.)])"

# "with exports of $48 billion", "with 7.1 billion dollars": the words that put a figure
# beside the place a ranking names ("The UAE led with ...", "followed by Bahrain with ...")
# ("Saudi Arabia ranked fifth with total trade of $43.42 billion": a partner ranked by its trade)
RANKED_WITH = rf"with\s+(?:(?:its\s+)?(?:exports|imports|shipments|sales|purchases|(?:(?:total|two-way|bilateral)\s+)?trade)\s+(?:of\s+|worth\s+)?)?{HEDGE}"


# ---------------------------------------------------------------------------------------
# "made up", "set up", "picked up": 'up' that is not a rise.
_PHRASAL_UP = r"(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!set\s)(?<!picked\s)(?<!added\s)(?<!summed\s)(?<!ended\s)(?<!stepping\s)(?<!stepped\s)(?<!ramped\s)(?<!held\s)(?<!opened\s)(?<!signed\s)"


@functools.cache
def qual_re() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?P<q>{vocab.alternation(vocab.qualifiers(), ignore_case=True)})\s*(?:of\s+|at\s+)?(?:the\s+)?$", re.I)


@functools.cache
def change_before_re() -> re.Pattern:
    words = vocab.alternation(vocab.changes(), ignore_case=True)
    # "to reduce the import bill by 25 percent": the verb's object may come before "by"
    obj = r"(?:\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+by\b))?"
    # "declined at a faster pace of 5.41%": the change at a rate
    pace = r"(?:\s+at\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:pace|rate)\s+of)?"
    # "grew by only 5.1 percent", "rose by some 5%": the hedges of vocab/hedges.csv too
    hedges = vocab.alternation(vocab.hedges(), ignore_case=True, space=_SPACE)
    # "fell less steeply, by 9.5 per cent": an adverb of manner (with its comparative) between
    # ("fell much more sharply, by 8.9%": the comparative itself qualified; "fell even
    # faster, by 18.5%": a comparative adverb of pace)
    # ("Imports grew faster than exports, by 5.2 per cent": past what the comparative is set against)
    adverb = r"(?:\s+(?:(?:less|more|much|far|even|still)\s+){0,2}(?:[a-z]+ly|faster|slower|quicker|harder)\b(?:\s+than\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?,?)?"
    # "plunged a record 45.7 percent", "rose an annual 5%", "fell by a steep 12%": the figure
    # as a noun phrase with one adjective (an adverb may qualify it; "fell by a calendar and
    # seasonally adjusted 11.8%": two joined by "and", the adjustment a release states)
    adjective = r"(?:\s+an?\s+(?:[a-z][a-z-]*\s+and\s+)?(?:[a-z]+ly\s+)?[a-z][a-z-]*)?"
    # "fell back by 15 percent", "rose again by 4%": a particle right after the verb
    particle = rf"(?:\s+(?:{vocab.alternation(vocab.change_particles(), ignore_case=True)}))?"
    return re.compile(rf"(?<![\w-]){_PHRASAL_UP}(?P<w>{words}){particle}{obj}{pace}{adverb}(?:\s+(?:by|of|at|to|a|an|{hedges}))*{adjective}\s*$", re.I)


CHANGE_NOUN_AFTER = re.compile(
    r"^(?:,\s*(?=(?:more|less|higher|lower)\s+than\s+(?:in|during|last|a\s+year|the\s+(?:same|corresponding|previous|prior|preceding)|(?:19|20)\d\d)\b))?"
    r"[\s—–]*(?:year[\s-]on[\s-]year\s+|y/y\s+)?(?P<w>increase|rise|jump|growth|gain|surge|decline|drop|fall|decrease|contraction|slump|plunge|expansion|improvement|slide|dip|higher|lower|larger|smaller|bigger|up|down|more|less|above|below)\b", re.I)


# "before falling to $0.9 billion in 2016, or by 35.7 percent": ", or by" before a percentage
# gives again, in percent, the change a verb before it said
OR_BY = re.compile(r"[,—–(]\s*or\s+by\s+$", re.I)


# "$43,167,000,000—or 27.5 percent—higher than the $156.9bn": a change given as an amount
# or with no punctuation at all ("which is $4.59 billion or 10.6% more than in"); an aside
# opened by a comma and left open is the change of a level ("reaching Dh499.7 billion, or 20.5
# per cent more than the Dh414.6 billion")
# ("$5.3 billion less than February exports": than a month's figure, vocab/months.csv; "a
# surplus of 800 billion yuan, 64 billion yuan more than that of the previous year": than the
# same flow's figure of another time, named by "that of"); "imports were £24.6 billion higher."
# with the level it is set against left to the sentence before ("Comparisons with 2018 show"):
# the comparative closing its clause, or only the year of the figure between
ABS_CHANGE_AFTER = re.compile(r"^\s*(?:[—–(,]\s*or\s*[\d.,]+\s*(?:%|per\s?cent|percent)\s*[—–),]\s*|or\s+[\d.,]+\s*(?:%|per\s?cent|percent)\s+)?(?:(?P<w>higher|lower)\s+than|(?P<w2>more|less)\s+than\s+(?:the|in|during|last|a\s+year|(?:that|those)\s+(?:of|in|for)|"
                              + vocab.alternation(vocab.months(), ignore_case=True) + r")\b"
                              r"|(?P<w3>higher|lower)(?=\s*(?:[,;.]|$)|\s+in\s+(?:19|20)\d\d\b))", re.I)


# the words a hedge can end with: where an end cue's scan starts looking back from
_QUALIFIER_LAST = {w.split()[-1].lower() for w in vocab.hedges()}
# (participles too: "Exports grew faster, gaining MAD 21.9 billion (+9.5 percent) to MAD 252.9
# billion"; a bare change is read only with the level, earlier level or percentage after it)
_CHANGE_VERBS = ("rose|fell|grew|increased|decreased|declined|dropped|narrowed|widened|jumped|climbed|improved|"
                 "shrank|expanded|gained|slipped|swelled|gaining|rising|adding|added|losing|lost|"
                 "surged|soared|plunged|slumped|tumbled|dipped|"
                 # (a participle after the clause: "exports were down, falling $91m (1.7 percent) to $5.3b")
                 "falling|climbing|declining|dropping|jumping|growing|increasing|decreasing")

ABS_CHANGE_BEFORE = EndCue(re.compile(
    # "an increase in value of NOK 20.7 billion": what rose may stand between the noun and "of"
    # ("The drop, of around EUR 12 billion": or a comma, the amount in apposition)
    r"(?:(?:an?\s+|the\s+)?\b(?P<n>increase|rise|decline|decrease|drop|fall|jump|improvement|growth|gain|contraction|reduction|deterioration|widening|narrowing)(?:\s+in(?:\s+[a-z]+){1,3}?)?,?\s+of"
    # (a headline's present tense too: "Myanmar's external trade falls by $3.41 billion", "exports rise by")
    r"|\b(?P<v>rose|fell|grew|increased|decreased|declined|dropped|narrowed|widened|jumped|climbed|improved|shrank|expanded|gained|lost|slipped|widening|narrowing|rising|falling"
    # ("the balance deteriorated by EUR 11.2 billion": a balance's judged change)
    r"|deteriorated|worsened|deteriorat(?:es|ing)|worsen(?:s|ing)"
    r"|rises?|falls?|grows?|increases?|decreases?|declines?|drops?|narrows?|widens?|jumps?|climbs?|shrinks?|expands?|gains?|slips?)"
    # ("increased from February 2024 to March 2024 by R14.7 billion": the two periods between)
    r"(?:\s+(?:from|between)\s+[A-Za-z]+(?:\s+(?:19|20)\d\d)?\s+(?:to|and)\s+[A-Za-z]+(?:\s+(?:19|20)\d\d)?)?"
    r"\s+by(?:\s+only|\s+just|\s+a\s+further|\s+another)?"
    r"|(?<![\w-])" + _PHRASAL_UP + rf"(?P<ud>up|down)(?:\s+by)?"
    # ("have changed by $128B from $243B": a verb that leaves the way to the sign or the levels;
    # its object may stand before "by": "revisions changed the annual balance by CZK 2bn")
    rf"|\b(?P<nv>{vocab.alternation(vocab.neutral_change_verbs(), ignore_case=True)})(?:\s+(?:the|its|their)(?:\s+[\w-]+){{1,3}}?)?\s+by"
    # ("It was year-on-year lower by CZK 4,3 bn": a comparative and "by", the change of the
    # quantity before, vocab/multiple_comparatives.csv)
    rf"|\b(?P<c>{vocab.alternation(vocab.multiple_comparatives(), ignore_case=True)})\s+by)\s+{HEDGE}(?:a\s+)?$", re.I),
    {"of", "by", "up", "down", "a", "only", "just", "further", "another"} | _QUALIFIER_LAST)


# "..., which totalled $9.6 billion" after "7.5% of Egypt's non-oil exports"
# ("of the continent's total trade, which the report puts at $1.29 trillion": a source's
# estimate of the whole)
# (a time may stand after "which": "of total goods exports, which in the first six months
# amounted to €271.5 million"); and record words before the figure ("of the country's total
# shipments, which also hit an all-time high of $683.8 billion")
# ("49.1% of UK goods exports in 2018 (out of a total of £338.5 billion) but only 43.0% in
# 2022 (out of £399.1 billion)": the whole's figure in brackets after "out of", the whole
# named or not, its year before them)
WHICH_WHOLE = re.compile(rf"^\s*(?:of\s+(?:[^,;()$€£¥\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{3,60}}?|(?:in|for)\s+(?:19|20)\d\d)\s*\(\s*out\s+of\s+(?:an?\s+|the\s+)?(?:(?:total|overall)\s+(?:of\s+)?)?{HEDGE}$|"
                         rf"^\s*of\s+[^,;()$€£¥\d]{{3,60}}?\s+of\s+{HEDGE}$|^\s*of\s+(?:all|everything|what|total)\s+[^,;()$€£¥\d]{{3,60}}?\s*\(\s*{HEDGE}$|^\s*of\s+[^,;()]{{3,60}}?,?\s+which\s+(?:(?:in|during|over|for)\s+[^,;()$€£¥%]{{1,30}}?\s+)?(?:\w+\s+){{0,2}}?(?:totall?ed|reached|came\s+to|stood\s+at|were|was|amounted\s+to|worth|valued\s+at|slipped\s+to|rose\s+to|fell\s+to|grew\s+to|hit|puts?\s+at|places?\s+at|estimates?\s+at)\s+(?:an?\s+(?:(?:new|fresh)\s+)?(?:record|all[-\s]time)(?:\s+(?:high|level))?\s+(?:of\s+)?|a\s+)?{HEDGE}$", re.I)

# "21.6% of its $2,342.9 billion", "or 13.9% of $3,083.0 billion", "£272.2bn out of £534bn",
# "€11.5bn of €31.1bn": the figure right after "of" is the whole the figure before it is a
# part of, never the part again (an owner may stand between: "of the bloc's €3.0tn")
OF_THE_WHOLE = re.compile(rf"^\s*(?:out\s+)?of\s+(?:(?:its|their|the|this|that)\s+)?(?:[\w.-]+['’]s\s+)?(?:(?:total|overall|combined)\s+)?{HEDGE}$", re.I)


# "fell 21.9% to $4.83 bln": the new level of what the change was about
# (past the change in brackets: "decreased A$1,602m (4.6%) to A$33,215m"; past its year and a
# comma before "to": "fell by $2bn in 2023, to $30bn"; not ", at": "smaller, at $290bn")
CONTINUE_TO = re.compile(rf"^(?:\s*(?:,\s*)?|(?:(?!\b(?:while|whereas|but|and|exports?|imports?|trade|surplus|deficit)\b)(?:[^$€£¥\d;:.,]|(?<!\d)(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?(?!\d)|(?<![\d.])\d{{1,2}}(?=\s+(?:years?|months?|quarters?)\b)|\(\s*[-+−]?\d[\d.]*\s*(?:%|per\s?cent)\s*\)(?=\s))){{0,50}}?(?:\s|(?<=\d),\s+(?=to\s)))(?<!compared\s)(?<!relative\s)(?<!equivalent\s)(?:to|at)\s+(?:a\s+(?:record\s+|revised\s+)?)?{HEDGE}$", re.I)


# "$2.7bn ..., down from $4.3bn": the earlier level of the same quantity
CONTINUE_WHEN = re.compile(rf"^[^$€£¥\d;]{{0,80}}?,?\s*when\s+(?:it|they|trade|exports|imports|the\s+\w+)\s+(?:had\s+)?(?:stood\s+at|were|was|totall?ed|reached|amounted\s+to|came\s+to)\s+{HEDGE}$", re.I)


CONTINUE_FROM = re.compile(rf"^(?:[^.;$€£¥\d]|(?<!\d)(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?(?!\d)){{0,60}}?\b(?:up|down)?\s*from\s+(?:a\s+(?:revised\s+)?)?(?:(?:deficit|surplus|gap|shortfall|level|high|low)\s+of\s+)?{HEDGE}$", re.I)


# "to USD 8.6 billion (USD 8.18 billion in 2023)", "(USD 3.63 billion a year earlier)": a
# figure in brackets dated before the one it follows is that one's earlier level
# (months before the year too: "(€10.6bn in Jan-Sep 2025)", "(US$5,912 million in March 2018)")
EARLIER_IN_BRACKET = re.compile(r"^\s*(?:in\s+(?:[A-Z][a-z]{2,8}\.?(?:\s?[-–]\s?[A-Z][a-z]{2,8}\.?)?\s+)?(?:19|20)\d\d|a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year)\s*\)", re.I)


# "$29.9bn (vs $32.6bn)", "$1.7bn (vs a $2.5bn deficit)": a figure set against the one just
# given, in brackets, is that one's earlier level
VERSUS_BRACKET = re.compile(rf"^\s*\(\s*(?:vs\.?|versus)\s+(?:an?\s+)?{HEDGE}$", re.I)


# "$437.06bn, down 3.11%": the change of the figure just given (after a dash too: "against
# £194bn in 2019 — a fall of 9 per cent")
# (or only its article, the change's noun after the figure: "to $5.94trn in 2023, an 11.6-fold
# increase", "a more than ninefold increase"; or a participle that reports the change: ",
# registering a growth of 4.1 per cent")
CONTINUE_CHANGE = re.compile(r"^\s*[,—–]?\s*(?:an?\s+(?:(?:more\s+than|almost|nearly|roughly|about)\s+)?$|(?:up|down|rising|falling|(?:(?:registering|recording|showing|marking|posting)\s+)?an?\s+(?:(?:negative|positive|year-on-year|annual)\s+)?(?:increase|rise|decline|drop|fall|growth|decrease|contraction|jump|gain|reduction|improvement)\s+of)\s+(?:(?:about|almost|nearly|some|around|roughly|approximately|more\s+than|by)\s+)?)$", re.I)

# "exports amounted to EUR 79 815,3 mil. (0.8 % less y-o-y) and imports to ...": a change
# (after the full stop of an abbreviated unit, "mil.")
# that opens a bracket right after a figure is that figure's change, whatever flow is
# named after the bracket ("(up 3%", "(a rise of 3%" too)
CHANGE_IN_BRACKET = re.compile(r"^\.?\s*\(\s*(?:(?:up|down|rising|falling)\s+(?:by\s+)?|an?\s+(?:increase|rise|decline|drop|fall|growth|decrease)\s+of\s+)?"
                               r"(?:(?:about|almost|nearly|some|around|roughly|approximately)\s+)?$", re.I)

# "which bought $33.7 billion of U.S. farm goods, down 11.5% from": the goods a figure is of,
# then its change (no clause word, figure or bracket in the goods)
OF_GOODS_THEN_CHANGE = re.compile(r"^\s+of\s+(?!(?:the\s+)?(?:total|whole|which|that)\b)[^,;:()$€£¥%\d]{1,40}?(?=,)", re.I)


@functools.cache
def continue_which_re() -> re.Pattern:
    """"Africa's total trade of $1.29 trillion, which fell 6.5 percent": a change in a
    relative clause after a figure is that figure's change (vocab/changes.csv)."""
    verbs = vocab.alternation(vocab.changes(), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*,\s*which\s+(?:(?:has|had|have)\s+)?(?:{verbs})\s+(?:by\s+)?{HEDGE}$", re.I)


DIRECTION_TO = re.compile(rf"(?<![\w-])(?P<w>narrowed|widened|rose|fell|grew|shrank|climbed|dropped|declined|increased|decreased|slipped|jumped|surged|eased|swelled)\s+to\s+(?:a\s+(?:record\s+)?)?{HEDGE}$", re.I)


BARE_CHANGE_BEFORE = EndCue(re.compile(
    rf"(?<![\w-])(?P<v>{_CHANGE_VERBS})\s+{HEDGE}$", re.I),
    set(_CHANGE_VERBS.split("|")) | _QUALIFIER_LAST)

# what follows a change given bare ("fell $652 million"), that says it is one: the new level
# ("to $6.0 billion"), an earlier one ("from $6.6 billion"), or the change again in percent
# in brackets ("(9.8 percent)") or in an aside ("fell $1.1 billion, a 12.6 percent fall, to"), which may come before them, and an earlier period before
# the new level ("fell NZ$652 million (9.8 percent) from June 2022, to NZ$6.0 billion"),
# or the change again in percent after "or" ("Exports increased $7.3 billion or 1.0 percent");
# the bracketed percent may be hedged ("rose $49m (less than 1%) to $10,660m")
_PERCENT = r"[+−-]?[\d.,]+\s*(?:%|per\s?cent|percent|pc)"  # (signed too: "(+9.5 percent)")
AFTER_BARE_CHANGE = re.compile(
    rf"^\s*(?:\(\s*{HEDGE}{_PERCENT}\s*\)|[,—–]?\s*or\s+{_PERCENT}(?!\s+of\b)"
    r"|(?:\(\s*" + _PERCENT + r"\s*\)\s*|,\s*an?\s+" + _PERCENT + r"\s+[a-z]+\s*,\s*)?(?:,?\s*(?:from|since|on|compared\s+with)\s+(?:(?:the\s+)?(?:same\s+)?(?:month|quarter|period|year|[A-Z][a-z]+\.?)\s+)?(?:of\s+)?(?:19|20)\d\d\s*,?)?"
    r"\s*(?:to|from)\s+(?:a\s+(?:revised\s+)?)?(?:[$€£¥]|[A-Z]{1,3}\$?\s?\d|\d))", re.I)


# (the word boundary tested before the lookbehinds: the same match, half the time)
# a share's whole said with its figure between its owner and its flow ("of Canada's
# $84.6-billion in crude exports", "of Alberta's $120.9-billion in total merchandise exports"):
# the figure and the word that ties it to the flow
WHOLE_FIGURE_IN = r"\S*\d\S*(?:\s+(?:billion|million|trillion))?\s+(?:in|of|worth\s+of)\s+"
TOTAL_CUE = re.compile(r"\b(?<!the\s)(?<!that\s)(?<!this\s)(?:total|overall|global|worldwide|all\s+partners|all\s+(?:of\s+)?(?:its\s+|their\s+|[A-Z][\w-]+\s+)?(?:exports|imports|sales|shipments)|the\s+world(?!['’]s)|national|merchandise\s+(?:exports|imports|trade)|foreign\s+trade|as\s+a\s+whole|in\s+all|in\s+total|all\s+told|altogether)\b"
                       r"|\b(?:the\s+)?(?:country|nation)['’]s\b", re.I)


@functools.cache
def future_re() -> re.Pattern:
    """A goal or a forecast ahead of a figure (vocab/forecast_cues.csv)."""
    words = vocab.phrases(vocab.forecast_cues(), ignore_case=True)
    return re.compile(rf"\b{words}\b", re.I)


@functools.cache
def future_keys() -> tuple[str, ...]:
    """One word any match of future_re holds (see `longest_words`)."""
    return longest_words(vocab.forecast_cues())


@functools.cache
def forecast_after_re() -> re.Pattern:
    """A forecast said after its figure (vocab/forecast_after_cues.csv): "beating the 2.8%
    increase expected by economists", "above the 6.2% growth forecast by economists". A few
    words may come between (the noun of change), but not "as" or "than": "rose 3.8% as
    expected by economists" and "rose 3.8%, more than forecast by" report what happened."""
    words = vocab.alternation(vocab.forecast_after_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*(?:(?!(?:as|than|and|but|or|which|that|was|were|is)\b)[\w-]+\s+){{0,2}}?(?:{words})\b", re.I)


@functools.cache
def forecast_noun_after_re() -> re.Pattern:
    """A percentage change that stands before a noun of forecast or goal (vocab/
    forecast_after_nouns.csv) qualifies that noun: "sales grew 8%, beating the 4 percent
    growth forecast", "against a 6% export target". Only the noun of change or of the flow
    may stand between ("8% from the forecast" is not one), and the noun must end the phrase
    ("a 5% target-beating rise" is not one)."""
    between = vocab.alternation(vocab.forecast_after_nouns("between"), ignore_case=True)
    head = vocab.alternation(vocab.forecast_after_nouns("head"), ignore_case=True)
    return re.compile(rf"^[ \t]*(?:(?:{between})[ \t]+){{0,2}}(?:{head})\b(?!-)", re.I)


@functools.cache
def index_after_re() -> re.Pattern:
    """Words right after a bare percentage that make it an index, a level as a percentage of
    an earlier one (vocab/index_cues.csv): "104.1% of the level of the same period last
    year", "93.2% of the 2022 level" (group `level`), "(101.8% year-on-year)" (`footing`)."""
    level = vocab.phrases(vocab.index_cues("level"), ignore_case=True)
    footing = vocab.phrases(vocab.index_cues("footing"), ignore_case=True)
    return re.compile(rf"^\s*(?:(?P<level>{level})|(?P<footing>{footing}))(?![\w-])", re.I)


@functools.cache
def reach_after_re() -> re.Pattern:
    """A level still to reach, said right after the figure: "the $1 billion mark is within
    reach", "$50bn is achievable" (vocab/reach_cues.csv)."""
    # (a headline leaves the verb out: "EUR 200 billion mark within reach")
    words = vocab.alternation(vocab.reach_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*(?:[\w-]+\s+){{0,2}}?(?:(?:is|are|seems|looks|remains|appears|should\s+be|will\s+be|would\s+be)\s+"
                      rf"(?:now\s+|already\s+|quite\s+|well\s+|very\s+|entirely\s+|fully\s+|still\s+)?)?{words}\b", re.I)


# ("by 2030", "by the end of 2025", "by mid-2025", "until early 2026": a part of the year too)
BY_YEAR = re.compile(r"^[^.;]{0,60}?\b(?:by|in|until|for)\s+(?:the\s+(?:end|middle|start)\s+of\s+|(?:mid|end|start)-|(?:early|late)\s+)?((?:19|20)\d\d)\b")


RESTATE = re.compile(r"^\s*\)\s+or\s+$|^\s*\)?\s*(?:(?:worth\s+)?of\s+[A-Za-z][\w\s'’–-]{0,70}?)?(?:,|\()\s*(?:or|at|about|around|roughly|some|nearly|almost|close\s+to|equivalent\s+to|worth|i\.e\.)?\s*(?:about|around|roughly|some|nearly|almost|close\s+to|more\s+than|over|just\s+over|just\s+under)?\s*$", re.I)


@functools.cache
def restate_past_source_re() -> re.Pattern:
    """The gap before a share restating the figure before it across a source's aside ("1.4
    trillion yen ($9 billion), customs data show, or 2% of"): the aside names who reports
    (a verb of vocab/reporting_verbs.csv), so the share is still of that figure."""
    verbs = vocab.alternation([r["word"] for r in vocab.table("reporting_verbs")], ignore_case=True)
    return re.compile(rf"^\s*\)?\s*,\s*[^,;.\d()$]{{3,60}}?\b(?:{verbs})\s*,\s*or\s+$", re.I)


# ("a surplus with its SADC neighbours": an owner's word may stand where "the" does; "went to
# the 15 EU member states": the count of a group's members after "the", never a year)
PREP_BEFORE_COUNTRY = re.compile(r"(?:\b(?:to|from|with|into|for|against|vs\.?|versus|and|by|in|of)\s+(?:the\s+(?:\d{1,2}\s+)?|its\s+|their\s+)?(?:(?:mainland|neighbouring|neighboring|nearby|fellow|landlocked|other)\s+)?)$", re.I)


SKIP_PERCENT = re.compile(r"\b(?:inflation|tariffs?|duty|duties|interest|rate|VAT|tax|stake|unemployment|yield|margin|probability|chance|poll|approval|majority|discount|premium|capacity|utili[sz]ation|vote|votes|GDP|economy|economic growth|produced|production|output)\b", re.I)


SHARE_AFTER = re.compile(r"^\s*(?:,\s*)?of\b", re.I)


# "Volumes rose 10 per cent", "prices fell 5%": quantities and prices, not money values
# (vocab/volume_nouns.csv; "trade volume" and "volume of trade" are often money)
VOLUME = re.compile(rf"\b(?<!trade\s)(?:{vocab.alternation(vocab.volume_nouns(), ignore_case=True, space=_SPACE)})\b"
                    r"(?!\s+of\s+(?:trade|exports|imports))", re.I)


SHARE_WORD = re.compile(r"\bshare\b", re.I)


@functools.cache
def volume_change_re() -> re.Pattern:
    """A percentage that measures a physical quantity: after a quantity in those units
    ("21.99 million tons (up 3.26%)", "totalled 98,500 tonnes, down 24.0%", "to 3 million
    barrels"), or said of weight or volume ("a 5.87% drop in weight", "down 3.93% by weight")."""
    units = vocab.physical_unit_pattern()
    direction = r"(?:up|down|rising|falling|an?\s+(?:increase|rise|drop|fall|decline)\s+of)\s+"
    # (past the unit's abbreviation in brackets: "104,400 metric tons (mt), down 4%")
    abbreviated = r"(?:\s*\(\s*[A-Za-z]{1,4}\s*\))?"
    return re.compile(
        rf"\d[\d.,]*\s*(?:million|billion|thousand|mln|bln|m|bn)?\s*{units}{abbreviated}\s*(?:\(\s*(?:{direction})?|,\s*{direction})(?:by\s+)?$", re.I)


# ---------------------------------------------------------------------------------------
# Percentages of physical quantities (tonnes, barrels, bags: vocab/physical_units.csv).
# Such a percentage compares quantities, not money, so no value check may use it, however
# close the money figures around it stand ("71.32 million tonnes worth $43.93 billion").

_QUANTITY_SCALE = r"(?:million|billion|thousand|mln|bln|mn|bn|m)"


@functools.cache
def _quantity_words() -> str:
    """The words that may sit between a quantity and its percentage, or between a
    percentage and its level: products, places, periods ("of coal in 2024", "in 2023", "over
    the year"). A word that opens another clause (vocab/clause_openers.csv) or names money
    (vocab/value_words.csv) ends them."""
    stop = vocab.alternation(sorted(vocab.clause_openers()) + vocab.value_words(), ignore_case=True)
    # ("between January and September 2024": the "and" of a span of months opens no clause)
    span_and = r"and(?=\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b)"
    # ("in January–September 2023": a span of months joined by a dash is one word here)
    return rf"(?:\s+(?:(?!{stop}\b)(?:[A-Za-z'’–—-]+|(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?)|{span_and})){{0,10}}?"


@functools.cache
def _quantity_re() -> str:
    """"83.7 million tonnes", "1.5mn tonnes", "12,000 bags": a figure in physical units."""
    units = vocab.physical_unit_pattern()
    # ("delivered 412 commercial aircraft in 2023, 6% more than ...": a word for a kind of the
    # thing counted may sit before the unit, vocab/unit_modifiers.csv; still that quantity)
    kind = vocab.alternation(vocab.unit_modifiers(), ignore_case=True)
    # not a money figure ("$5 billion"), not a year ("in 2023 vehicles made up ...")
    return rf"(?<![$€£¥\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s*{_QUANTITY_SCALE}?\s*(?:(?:{kind})\s+)?{units}\b"


@functools.cache
def quantity_next_re() -> re.Pattern:
    """A figure in physical units next after a word ("a record 518 million tonnes", "a
    record high of 14.6mn t"): the word is said of that quantity."""
    return re.compile(rf"\s*(?:(?:high|level)\s+of\s+)?{HEDGE}{_quantity_re()}", re.I)


@functools.cache
def quantity_before_re() -> re.Pattern:
    """A percentage set right after a quantity, by a comma or a bracket, is that quantity's
    change or share: "exported 83.7 million tonnes of coal in 2024, up 20.3 percent",
    "it took some 761 million tonnes, or 85.2% of", "21.99 million tons (up 3.26%)", "with
    27.6 million mt, accounting for 41.9%"."""
    # ("or a 15.7% share", "accounting for 41.9% of total imports": the quantity's share)
    # (", equivalent to 18.4% of the total shipped": the same)
    # (", a 24.8% share": an article alone sets the share in apposition to the quantity)
    # (", which was 11 per cent less than": the quantity's change in a relative clause)
    cue = r"(?:up|down|rising|falling|or(?:\s+an?)?|an?|equivalent\s+to|(?:accounting|making)\s+(?:for|up)|an?\s+(?:increase|rise|drop|fall|decline|decrease|gain|growth)\s+of|which\s+(?:was|is))"
    # (past the unit's abbreviation in brackets: "totaled 104,400 metric tons (mt), down 4%")
    return re.compile(rf"{_quantity_re()}(?:\s*\(\s*[A-Za-z]{{1,4}}\s*\))?{_quantity_words()}\s*[,(]\s*(?:{cue}\s+)?(?:by\s+)?{HEDGE}$", re.I)


@functools.cache
def quantity_after_re() -> re.Pattern:
    """A change whose level, new or earlier, is a quantity: "rose 12.6% in 2023 to 71.32
    million tonnes", "up 20.3 percent from 69.6 million tonnes", "up 5.6% on the 6.83
    million tonnes of December 2022"."""
    # ("an increase of 5.4% over the 39.01 million TEUs": "over" the earlier level)
    # ("21.4% above the 102,500 tonnes shipped": "above" or "below" the earlier level)
    level = r"(?:to|from|on|over|above|below|against|versus|vs\.?|compared\s+(?:with|to)|(?:more|less|higher|lower|fewer)\s+than)\s+(?:the\s+|a\s+(?:record\s+)?)?"
    return re.compile(rf"^{_quantity_words()}\s*,?\s+{level}{HEDGE}{_quantity_re()}", re.I)


# a figure in pounds, which may be weight or money: "2,318 million pounds"
_IN_POUNDS = rf"(?<![$€£¥\w.,])\d[\d.,]*\s*{_QUANTITY_SCALE}?\s*(?P<unit>pounds?)\b"


@functools.cache
def _pounds_level_after_re() -> re.Pattern:
    """A change whose level is a figure in pounds: "12.7% more than the 2,318 million pounds"."""
    level = r"(?:to|from|on|against|versus|vs\.?|compared\s+(?:with|to)|(?:more|less|higher|lower|fewer)\s+than)\s+(?:the\s+|a\s+(?:record\s+)?)?"
    return re.compile(rf"^{_quantity_words()}\s*,?\s+{level}{HEDGE}{_IN_POUNDS}", re.I)


@functools.cache
def _pounds_before_re() -> re.Pattern:
    """A percentage set right after a figure in pounds: "2.3 billion pounds of beef, up 5%"."""
    cue = r"(?:up|down|rising|falling|or|an?\s+(?:increase|rise|drop|fall|decline|decrease)\s+of)"
    return re.compile(rf"{_IN_POUNDS}{_quantity_words()}\s*[,(]\s*(?:{cue}\s+)?(?:by\s+)?{HEDGE}$", re.I)


def measures_pounds_of_weight(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether a percentage at text[start:end] changes a weight in pounds (a quantity), not
    money in pounds: its level, before or after it, is in pounds that extract/weights.py
    reads as weight ("12.7% more than the 2,318 million pounds exported", in a text that
    weighs in lb)."""
    from ..extract.weights import is_weight

    if "pound" not in before and "pound" not in after:
        return False  # (checked first: cheap)
    mm = _pounds_level_after_re().match(after)
    if mm is not None:
        return is_weight(text, mm["unit"].lower(), end + mm.end("unit"))
    mm = _pounds_before_re().search(before)
    return mm is not None and is_weight(text, mm["unit"].lower(), start - len(before) + mm.end("unit"))


@functools.cache
def volume_after_re() -> re.Pattern:
    """Words after a percentage that say it is one of a quantity (vocab/volume_cues.csv):
    "73.5 percent of the volume", "down 3.93% by weight", "a 5.87% drop in weight". Trade
    "volume" that is money ("of the volume of trade") is not one."""
    cues = vocab.alternation(vocab.volume_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*(?:[\w-]+\s+){{0,2}}?{cues}\b(?!\s+of\s+(?:the\s+)?(?:trade|exports|imports|turnover|goods)\b)", re.I)


@functools.cache
def quantity_re() -> re.Pattern:
    """A figure in physical units anywhere in some words."""
    return re.compile(_quantity_re(), re.I)


# "accounted for 86% of the national total": a share of a total its words do not name (no
# "total exports" after it, which may be money)
UNNAMED_TOTAL_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?total\b\s*(?:[.,;)]|$)", re.I)


def shares_quantities(before: str, after: str) -> bool:
    """Whether a percentage is a share of an unnamed total after quantities in a sentence with
    no money ("BHP shipped 257 million tonnes ...; together the big three accounted for 86% of
    the national total"): the total is of those quantities, so no value check may use it.
    (The caller knows the sentence has no money figure.)"""
    return bool(UNNAMED_TOTAL_AFTER.match(after) and quantity_re().search(before))


# between a quantity and a change said of it: no word of money value (vocab/value_words.csv),
# no conjunction that sets another subject against it, no other percentage
_CONTRAST = r"while|whereas|but|although|though"


@functools.cache
def _trade_flow_re() -> re.Pattern:
    """A word naming a trade flow (vocab/flows.csv, no "other" money): "exported", "imports"."""
    words = [w for w, (measure, _) in vocab.flows().items() if measure != "other"]
    flow = vocab.alternation(words, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{flow})\b", re.I)


@functools.cache
def _gap_stop_re() -> re.Pattern:
    words = vocab.alternation(vocab.value_words(), ignore_case=True)
    return re.compile(rf"\b(?:{words}|{_CONTRAST})\b|%|\b(?:per\s?cent|percent)\b", re.I)


def changes_a_moneyless_quantity(sentence_before: str, after: str) -> bool:
    """Whether a change in percent is the change of the quantity of a flow its sentence gave
    before it, however far back, in a sentence with no money figure ("some 15.8 million tons
    of basic goods, including maize, soybeans, wheat and vegetable oil, were imported in the
    period, a 12 percent increase"; "exported 31.5 million tons of petrochemical products in
    1402, showing a 7.9 percent rise"): the tonnage is all the sentence measures of the flow,
    so the change is of it, never of a money level given elsewhere. (The caller knows the
    sentence has no money figure; with no flow named, as in "At home, India installed 3.2 GW
    ..., up 45%", other readings decide.)"""
    if not (change_before_re().search(sentence_before) or CHANGE_NOUN_AFTER.match(after)):
        return False
    if not _trade_flow_re().search(sentence_before):
        return False
    last = None
    for last in quantity_re().finditer(sentence_before):
        pass
    return last is not None and _gap_stop_re().search(sentence_before, last.end()) is None


def measures_a_quantity(clause_before: str, after: str) -> bool:
    """Whether a percentage, by the words around it, measures a physical quantity."""
    return bool(volume_after_re().match(after) or quantity_after_re().match(after)
                or quantity_before_re().search(clause_before))


# a bare count set off right before a percentage ("of which 88.6 million, or 66.0 percent"):
# the count's unit left unsaid, as the quantity before it in the sentence gave it
_BARE_COUNT_BEFORE = re.compile(rf"(?<![$€£¥\w.,])(?!(?:19|20)\d\d\b)(?P<n>\d[\d.,]*(?:\s*{_QUANTITY_SCALE})?)\s*[,(]\s*(?:or\s+)?{HEDGE}$", re.I)


def share_of_an_elided_count(sentence_before: str, money_spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether a percentage restates a bare count whose unit the sentence gave to a quantity
    before it: "134.2 million parcels cleared customs, of which 88.6 million, or 66.0 percent,
    were from China" (a share of the parcels, no money). `sentence_before`: the sentence up
    to the percentage, starting at `offset` in the text; `money_spans`: where its money
    figures are (a count that is money, "4.77 trillion won, or 59.9 percent", is no count)."""
    count = _BARE_COUNT_BEFORE.search(sentence_before)
    if count is None:
        return False
    at = offset + count.start("n")
    if any(a <= at < b for a, b in money_spans):
        return False
    return quantity_re().search(sentence_before, 0, count.start("n")) is not None


# "$165 per 1,000 cubic metres", "N1,500 to the dollar": prices and exchange rates, not flows
# (freight's units, "per TEU", "per 40ft container", from vocab/price_units.csv)
UNIT_PRICE_AFTER = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:per|a|an|/)\s*(?:[\d,]+\s+)?(?:(?:tonnes?|tons?|barrels?|kg|kilos?|kilograms?|cubic|units?|head|litres?|liters?|gallons?|ounces?|mmbtu|bushels?|pounds?|metres?|meters?|square|capita|person|vehicle|car"
                              + "|" + vocab.alternation(vocab.price_units(), ignore_case=True, space=r"[\s-]+") + r")\b|(?:months?|days?|years?)\b(?!\s+(?:earlier|ago|before|later|on)))", re.I)
# (only a time unit may be a date's: "a year on", "a month earlier"; "up to $664 per tonne on
# imports of solar glass" is a duty per unit)


FX_AFTER = re.compile(r"^\s*(?:to|against|per|a)\s+(?:the\s+|one\s+)?(?:US\s+|U\.S\.\s+)?(?:dollar|euro|greenback|pound)\b", re.I)


GOAL_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:goal|target|ambition|pledge|plan)\b", re.I)


# "from $0.9bn": the earlier level of a change
# ("fell 14.8% to €3.6bn, from a record €4.2bn": the earlier level, a record or a peak)
FROM_BEFORE = re.compile(rf"\b(?:up|down|rising|falling|rose|fell|increased|decreased|grew|climbed|jumped|dropped|narrowed|widened|compared)?\s*(?:from|with)\s+"
                         rf"(?:a\s+revised\s+|(?:a|the|its)\s+(?:previous\s+)?(?:record|peak)\s+(?:high\s+)?(?:of\s+)?|an?\s+|the\s+)?{HEDGE}$", re.I)


_TO_BEFORE = re.compile(rf"\b(?:to|at|of|reached|hit|totalled|totaled|was|were|stood\s+at)\s+(?:a\s+(?:record\s+)?|an?\s+)?{HEDGE}$", re.I)


# "Education-related travel accounted for A$11.8 billion": the subject names the part (in a
# headline in the present: "yarn accounts for 59%"; "Chips now make up 21%": chips)
# ("Pulp ... was exported for EUR 2.0 billion": a passive of the flow's verb names the part too)
# (a bullet may open the clause: "- Manufacturing accounted for £11.5 billion")
PART_SUBJECT = re.compile(rf"(?:^(?:{BULLET_SIGN}\s+)?|[.;:,(]\s*|\b(?:while|and|but|of\s+which|including)\s+)(?!(?:and|but|while|which|that|it|they|this|these|who)\s)(?P<np>[A-Za-z][\w\s'-]{{2,60}}?)\s+(?:alone\s+|together\s+|now\s+)?(?:accounted\s+for|made\s+up|accounts?\s+for|makes?\s+up|brought\s+in|earned|fetched|generated|raked\s+in|contributed|represent(?:ed|s)|were\s+worth|was\s+worth|worth|valued\s+at|(?:was|were)\s+(?:exported|imported|sold|shipped)\s+(?:for|at))\s+{HEDGE}$", re.I)
# a word each of PART_SUBJECT's verbs has (in lower case), for a cheap test before it
PART_SUBJECT_WORDS = ("worth", "accounted", "accounts for", "account for", "made", "makes up", "make up", "earned", "brought", "fetched", "generated", "raked", "contributed",
                      "represent", "valued", "exported", "imported", "sold", "shipped")


COMPLEMENT_BEFORE = re.compile(r"\b(?:in|of|on)\s+(?:(?:its|their|the|bilateral|goods|services|merchandise|non-oil|and|foreign|overall)\s+)*(?:[\w-]+\s+){0,3}$", re.I)


# the currency a clause's changes are in: "in yuan terms", "in New Taiwan dollar terms",
# "Expressed in euro, exports ... were 1.1 pct higher"
TERMS = re.compile(r"\bin\s+(?P<w>[a-z]+|US\s+dollar|U\.S\.\s+dollar|(?:[A-Z][a-z]+\s+){1,2}dollar)\s+terms\b"
                   r"|\b(?:expressed|measured|denominated|calculated)\s+in\s+(?P<w2>[a-z]+|US\s+dollars?|U\.S\.\s+dollars?)\b", re.I)


@functools.cache
def currency_label_re() -> re.Pattern:
    """"exports in PLN increased by 1.2% ...; in EUR exports increased by 2.4%": a currency
    named bare after "in" (an ISO code in its case, or a name of the currency table,
    vocab/currencies.csv) is the currency a change beside it is counted in, as "in zloty
    terms" is (TERMS); the same flow changes by another rate in another currency. Not the
    currency of a figure right after it ("in EUR 3.2 bn"), nor a subunit ("in cents")."""
    from ..extract.money import _tokens

    entries = [e for e in _tokens().values() if e["codes"] and e["unit"] == 1 and not e["weak"] and not e["named_only"]]
    codes = [e["token"] for e in entries if re.fullmatch(r"[A-Z]{3}", e["token"])]
    names = [e["token"] for e in entries if re.fullmatch(r"[a-z]{4,}(?: [a-z]+)*", e["token"])]
    names_alt = vocab.alternation(names, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b[Ii]n\s+(?P<w3>{vocab.alternation(codes)}|(?i:{names_alt}))"
                      r"(?![\w$€£¥])(?!\s*(?:[-+–]?\d|terms\b))")


@functools.cache
def _before_bare_label_re() -> re.Pattern:
    flows = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure != "other"],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:[;:,(]|\b(?:and|while|but|whereas)|%|\b(?:per\s?cent|percent|pct)|\b(?:{flows}))\s*$", re.I)


def bare_label_placed(text: str, start: int, lo: int) -> bool:
    """Whether a bare currency label at `start` ("in PLN") stands where it labels a change:
    opening its sentence or clause ("; in EUR exports increased"), after a flow ("exports in
    PLN increased") or after the change itself ("rose 3.1% in dollars"); not "paid for in
    rupees", which says how goods were paid for. `lo`: where its sentence or clause starts."""
    if not text[lo:start].strip():
        return True
    return _before_bare_label_re().search(text, max(lo, start - 40), start) is not None


BUY = re.compile(r"^(?:bought|purchased|took|paid|buying|purchasing|taking|paying|purchases|buyer|buyers)$", re.I)


SELL = re.compile(r"^(?:supplied|sold|shipped|shipping|supplying|selling|supplier|suppliers|shipments|deliveries)$", re.I)


@functools.cache
def _publication_res() -> tuple[re.Pattern, re.Pattern]:
    words = vocab.alternation(vocab.publication_names(), ignore_case=True, space=r"\s+")
    # (a masthead's issue: "Newsletter, April 2024"; "Newsletter - Autumn 2023", the issue's
    # season a capitalised word that is no period of its own)
    before = re.compile(rf"\b{words}(?:\s+|,\s+|\s+[-–—|]\s+(?:[A-Z][a-z]+\s+)?)(?:(?:for|of|on|covering)\s+)?(?:the\s+)?$", re.I)
    # (capitalised words of a title between: "the 2024 Economic Survey")
    after = re.compile(rf"\s+(?:[A-Z][\w-]*\s+){{0,3}}(?i:{words})\b")
    # a title line that ends with its edition's year, capitalised words of the title between
    # the noun and the year ("Statistical Yearbook of Sweden 2019", "Trade Handbook of the
    # Pacific, 2021"): the year the edition came out in, not the year its figures are of
    title = re.compile(rf"\b{words}(?:[^\S\n]+(?:of|the|and|&|on|(?-i:[A-Z])[\w'’.-]*)){{1,4}},?[^\S\n]+$", re.I)
    return before, after, title


@functools.cache
def _accessed_before() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("access_verbs")], ignore_case=True)
    return re.compile(rf"\b(?:{words})\s+(?:on\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?$", re.I)


@functools.cache
def _published_aside_re() -> re.Pattern:
    # a comma, a participle of publication (not "estimated": "estimated at $5bn for 2023"
    # gives a figure its period), then words with no figure and no clause break up to the period
    verbs = vocab.alternation([w for w in vocab.publication_verbs() if w != "estimated"], ignore_case=True, space=r"\s+")
    return re.compile(rf",\s+(?:{verbs})\b[^,;:()$€£¥\d]{{0,80}}$", re.I)


_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")
# a page number right after a date: the date is of the issue cited, dating no figure
_PAGE_AFTER = re.compile(r",?\s*(?:page|p\.|pp\.)\s*[A-Z]?\d", re.I)


def names_publication(text: str, start: int, end: int) -> bool:
    """Whether the period at text[start:end] is part of a publication's name ("the Economic
    Survey 2024", "report for the fourth quarter of 2023", "the 2023 annual report",
    "Statistical Yearbook of Sweden 2019" on a line of its own; vocab/publication_names.csv)."""
    before, after, title = _publication_res()
    if before.search(text, max(0, start - 60), start) or after.match(text, end, end + 60):
        return True
    if _PAGE_AFTER.match(text, end, end + 20):
        return True  # ("(Small firms count the cost, 15 March, page 29)": the issue a piece ran in)
    if _accessed_before().search(text, max(0, start - 20), start):
        return True  # ("(Comext, extracted 28 February)": the day the data were taken, vocab/access_verbs.csv)
    if "," in text[max(0, start - 90):start] and _published_aside_re().search(text, max(0, start - 90), start):
        # ("According to the second estimate for September, published today together with the
        # first estimate for October, exports ...": an aside on when a figure came out, the
        # words vocab/publication_verbs.csv; its period dates nothing)
        return True
    # (a title's year closes its line: checked first, it is cheap)
    return bool(_LINE_END.match(text, end) and title.search(text, max(0, start - 60), start))


# how far into a text its title lines may run
_TITLE_BLOCK = 300


def names_the_issue(text: str, start: int, end: int, per: tuple[int, int] | None, published: tuple[int, int] | None) -> bool:
    """"REGIONAL ECONOMIC OUTLOOK / Living on the Edge / OCTOBER 2022": a month alone on a
    line among a report's title lines, the month the text came out (or the next), is the
    issue's date, not the period its figures are of (a release on a month's data comes out
    after that month, so its heading month is earlier than the publication)."""
    if per is None or published is None or start > _TITLE_BLOCK or per[0] != per[1] or not 0 <= per[0] - published[0] <= 1:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:len(text) if line_end < 0 else line_end].strip()


@functools.cache
def _event_res() -> tuple[re.Pattern, re.Pattern]:
    words = vocab.alternation(vocab.event_names(), ignore_case=True, space=r"\s+")
    # ("Business Forum 2024"; "the 2023 Trade Expo", capitalised words of its name between;
    # "the 2021/2022 drought": a year the reader took alone, the season's second year after it)
    return re.compile(rf"\b(?:{words})\s+$", re.I), re.compile(rf"(?:[/–-](?:19|20)?\d\d)?\s+(?:[A-Z][\w-]*\s+){{0,3}}(?i:{words})\b")


def names_event(text: str, start: int, end: int) -> bool:
    """Whether the period at text[start:end] is part of an event's name ("the Viet Nam -
    Korea Business Forum 2024 with the participation of 300 enterprises"; vocab/
    event_names.csv): unlike a report's, an event's year dates none of the figures said at it."""
    before, after = _event_res()
    return bool(before.search(text, max(0, start - 30), start) or after.match(text, end, end + 60))


# ", which joined the bloc in 2022,": a relative clause set off by commas (not one closed by
# a clause about the time just named: ", which is lower than in the same period of 2023, when
# it amounted to 78.9%" dates that clause's figure); its pronoun may follow a preposition
# (", with which India's Comprehensive Economic Partnership Agreement (CEPA) came into force
# in May 2022,"; vocab/relative_prepositions.csv), its words hold a name's bracketed acronym
@functools.cache
def _relative_open_re() -> re.Pattern:
    preps = vocab.alternation(vocab.relative_prepositions(), ignore_case=True)
    return re.compile(rf",\s+(?P<prep>(?:{preps})\s+)?(?:which|whom|who|whose)\b(?:[^,;()\d]|\([^,;()\d]{{1,15}}\))*$", re.I)


_RELATIVE_CLOSE = re.compile(r"[^,;()\d]*,(?!\s*when\b)")
# characters back from a period in which its clause's pronoun may stand: a clause opened by
# a preposition ("with which") tells of its place, a long one too; a plain "which" clause
# that long may hold a figure in words ("which made up more than three-quarters of the
# country's export earnings in the early 1980s") its period dates
_RELATIVE_REACH = 80
_PREPOSITION_RELATIVE_REACH = 120


def dates_an_aside(text: str, start: int, end: int, sent_start: int) -> bool:
    """Whether the period at text[start:end] dates what a relative clause with no figure of
    its own says ("Exports to the DRC, which joined the bloc in 2022, came to Sh33.8
    billion"), not the sentence's figures."""
    m = _relative_open_re().search(text, max(sent_start, start - _PREPOSITION_RELATIVE_REACH), start)
    if m is None or (m.start() < start - _RELATIVE_REACH and not m["prep"]):
        return False
    return _RELATIVE_CLOSE.match(text, end, end + 80) is not None


# "(GS: +6.5%, cons: +6.0%, Aug: +11.2%)": a label and its colon right before a figure, in a
# bracket opened after another figure (or after other labelled figures)
_LABEL_BEFORE = re.compile(r"(?:\(|[,;]\s)\s*(?P<label>[A-Za-z][\w.'’ -]{0,28}?)\s*:\s*[-+−]?$")


def bracket_label(text: str, start: int, pos: int) -> re.Match | None:
    """The label right before the figure at `pos` in a bracket still open (searched from
    `start`, its sentence's start); its `label` group. Outside a bracket, the label that opens
    a clause after a semicolon (`clause_label`), else None."""
    if text.rfind("(", start, pos) <= text.rfind(")", start, pos):
        return clause_label(text, start, pos) if ";" in text[max(start, pos - 60):pos] else None
    lab = _LABEL_BEFORE.search(text, max(start, pos - 40), pos)
    if lab is None and "." in text[max(start, pos - 12):pos]:
        # "(prev. EUR18.6bn)": an abbreviated label of the table needs no colon (any other
        # word ending in a full stop, "(approx. $5bn", is no label)
        lab = _ABBREVIATED_LABEL_BEFORE.search(text, max(start, pos - 20), pos)
        if lab is not None and lab["label"].lower() not in vocab.bracket_labels():
            return None
    if lab is None and text.rfind("(", max(start, pos - 14), pos) >= 0:
        # "(prev -5.5 bln)": a label of the period before opening the bracket needs no colon
        # either (vocab/bracket_labels.csv, kind earlier)
        lab = _EARLIER_LABEL_OPENING.search(text, max(start, pos - 14), pos)
        if lab is not None and vocab.bracket_labels().get(lab["label"].lower()) != "earlier":
            return None
    return lab


_EARLIER_LABEL_OPENING = re.compile(r"\(\s*(?P<label>[A-Za-z]{3,8})\s+[-+−]?$")
_ABBREVIATED_LABEL_BEFORE = re.compile(r"(?:\(|[,;]\s)\s*(?P<label>[A-Za-z][\w'’]{0,10}\.)\s+[-+−]?$")


def clause_label(text: str, start: int, pos: int) -> re.Match | None:
    """"Exports +3.1% y/y; est. +2.2%; Sept. -1.7%", "SURPLUS EUR 17.0 BLN; POLL MEDIAN EUR
    20.1 BLN", "Trade balance A$5.6b; Feb. revised A$7.1b": in a wire flash or a bullet the
    figures set beside the actual one each open a clause after a semicolon with a label of a
    bracket (vocab/bracket_labels.csv: a forecast's, perhaps after its source's name, or
    "prev."), or with a month's name, needing no colon: the label, as `bracket_label` gives it."""
    lab = _clause_label_re().search(text, max(start, pos - 60), pos)
    if lab is not None and lab["label"][0].islower() and lab["label"].lower().rstrip(".") in vocab.months():
        return None  # ("; may +2%": a verb, no month)
    return lab


@functools.cache
def _clause_label_re() -> re.Pattern:
    labels = vocab.alternation(vocab.bracket_labels(), ignore_case=True, space=r"\s+")
    months = vocab.alternation(vocab.months(), ignore_case=True)
    revised = vocab.alternation(vocab.revision_cues(), ignore_case=True, space=r"\s+")
    # (a source's name of a word or two before a forecast's label: "REUTERS POLL EST.",
    # "ANALYSTS' EST."; "revised" after a month's: "Sept. revised -294.3b yen")
    return re.compile(rf";\s*(?:[A-Za-z][\w'’]*\s+){{0,2}}(?P<label>(?:{labels})(?!\w)|(?:{months})\.?(?!\w))"
                      rf"(?:\s+(?:{revised}))?\s+[-+−]?$", re.I)


@functools.cache
def revision_before_re() -> re.Pattern:
    """"from a downwardly revised A$6.41 billion", "was revised to A$6.41 billion" right
    before a figure (vocab/revision_cues.csv): the figure is a revised estimate."""
    words = vocab.alternation(vocab.revision_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b(?:\s+(?:up|down)(?:wards?)?)?\s+(?:at\s+|to\s+|as\s+)?(?:a\s+|an\s+|the\s+)?{HEDGE}$"
                      rf"|\b(?:downwardly|upwardly|downward|upward)\s+revised\s+{HEDGE}$", re.I)


@functools.cache
def revised_from_gap_re() -> re.Pattern:
    # "(prev. EUR12.5bn, revised from EUR12.9bn)": the estimate the figure before replaced
    words = vocab.alternation(vocab.revision_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*[,;]?\s*(?:and\s+)?(?:{words})\s+(?:(?:up|down)(?:wards?)?\s+|(?:upward|downward|higher|lower)\s+)?from\s+{HEDGE}", re.I)


def replaced_estimate(text: str, sent_start: int, m_start: int, prev, gap: str) -> bool:
    """Whether the amount at `m_start` is the first estimate that the revised amount `prev`
    right before it replaced, of the same period: "from a revised EUR18.5bn (prev.
    EUR18.6bn)", "September revised: A$4.60bn from A$4.61bn", "(prev. EUR12.5bn, revised
    from EUR12.9bn)"."""
    if prev is None or prev.kind != "amount" or not prev.period:
        return False
    if "from" in gap and (revised_from_gap_re().fullmatch(gap) or revised_to_from_re().search(text, max(sent_start, prev.start - 60), m_start)):
        return True
    if "(" in gap and re.fullmatch(r"\s*\(\s*", gap[:gap.find("(") + 1]):
        lab = bracket_label(text, sent_start, m_start)
        return (lab is not None and vocab.bracket_labels().get(lab["label"].lower()) == "earlier"
                and revision_before_re().search(text, max(sent_start, prev.start - 40), prev.start) is not None)
    return False


@functools.cache
def _revised_from_before_re() -> re.Pattern:
    """A word of revision (vocab/revision_cues.csv) earlier in the clause, then "from" right
    before the figure: "exports for May were revised from 80.8 bn", "... and imports from"."""
    words = vocab.alternation(vocab.revision_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b[^;]{{0,120}}?\bfrom\s+(?:the\s+|a\s+)?{HEDGE}$", re.I)


# "to" and the next figure right after the replaced one: "from 80.8 bn to 81.3 bn"
_TO_NEXT_FIGURE = re.compile(rf"\s+to\s+{HEDGE}[-+−]?(?:[A-Z]{{0,3}}[$€£¥]\s?)?\d")


def replaced_then_revised(text: str, sent_start: int, m_start: int, after: str) -> bool:
    """Whether the amount at `m_start` is an estimate replaced by the figure after its "to",
    in a clause about a revision: "exports for May were revised from 80.8 bn to 81.3 bn and
    imports from 76.7 bn to 76.8 bn" (both "from" figures, the second with its verb left
    out). It is of the revised figure's period, and of an earlier vintage."""
    if "from" not in text[max(0, m_start - 12):m_start] or not _TO_NEXT_FIGURE.match(after):
        return False  # (cheap)
    return _revised_from_before_re().search(text, max(sent_start, m_start - 160), m_start) is not None


@functools.cache
def revised_to_from_re() -> re.Pattern:
    """"The May surplus was revised up to €0.6bn from €0.4bn" (or "from the $61.5 billion
    reported last month"): the figure after "from" is the estimate the revision replaced (vocab/revision_cues.csv), of the same period."""
    words = vocab.alternation(vocab.revision_cues(), ignore_case=True, space=r"\s+")
    # ("September revised: A$4.60bn from A$4.61bn": a label's colon for "to"; the revised
    # quantity may stand before the way, "revised the May surplus down to NOK 5.1 billion from
    # NOK 6.0 billion", and a currency's code before the number)
    return re.compile(rf"\b(?:{words})(?:\s+(?:the|its|their)(?:\s+[\w-]+){{1,3}}?(?=\s+(?:up|down|upward|downward|higher|lower|to)\s))?"
                      rf"\s*(?:(?:\s(?:up|down)(?:wards?)?\s+|\s(?:upward|downward|higher|lower)\s+)?to\s+|:\s*){HEDGE}"
                      rf"(?:[A-Z]{{3}}\s)?[^\s,;]{{1,20}}(?:\s+(?:million|billion|trillion|bn|mn))?,?\s+from\s+(?:the\s+)?{HEDGE}$", re.I)


def caption_of(text: str, m) -> tuple[int, int] | None:
    """An infographic's caption line "US$ 53.3 billion: soybean exports, the top product"
    (the figure opens its line, a colon right after it): the span of the line's description,
    which says what the figure is, as the words before a figure do in running text. A figure
    later on such a line ("30.7%: China's share of Brazilian exports, worth US$ 104.3
    billion") reads the same description, up to itself."""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    end = len(text) if end < 0 else end
    if text.startswith(":", m.end) and not text[start:m.start].strip():
        return m.end + 1, end
    # (the colon checked first, cheap: most lines hold none)
    colon = text.find(":", start, m.start)
    if colon < 0 or colon - start > 30:
        return None
    head = text[start:colon].strip()
    if not _CAPTION_HEAD.fullmatch(head):
        return None
    return colon + 1, m.start


# a caption's figure alone before its colon: "US$ 53.3 billion", "30.7%", "$130.0 billion"
_CAPTION_HEAD = re.compile(r"(?:[A-Z]{0,3}\s?[$€£¥]\s?|[A-Z]{1,3}\s)?\d[\d.,]*\s*(?:%|per\s*cent|percent|(?:billion|million|trillion|bn|mn)\b)?")


@functools.cache
def figure_for_its_period() -> str:
    """"figure refers to", "number is for": a figure named as a figure to give its period
    (vocab/figure_period_cues.csv), as a pattern (dating reads the period, measures reads
    that the figure is a mention of one given before)."""
    cues = vocab.alternation(vocab.figure_period_cues(), ignore_case=True, space=r"\s+")
    return rf"(?:figure|number|estimate|claim)\s+{cues}"


@functools.cache
def restating_share_re() -> re.Pattern:
    """The words between a figure and a share of it that restates it: "or", "and", a bracket,
    or a tie of a part to its share ("$147.2 million of the product, equal to 41.5 percent of
    total imports", "..., representing 12% of", vocab/quantity_part_ties.csv), or a bare comma
    (see `share_restates`), after at most the figure's own "of" or "in" phrase (what the money
    is of: "took $8.1 billion in the state's goods, 41.2% of all exports"; or its year:
    "reached USD 640.8 million in 2012, constituting 81.9% of total exports")."""
    ties = vocab.alternation([r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "share"],
                             ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:,\s*|\s+)(?:or|and)\s+|\s*\(\s*"
                      rf"|(?:\s+(?:of|in)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?|\s+in\s+(?:19|20)\d\d)?\s*,\s*(?P<tie>(?:{ties})\s+)?", re.I)


def share_restates(text: str, end: int, share_start: int, share_end: int) -> bool:
    """Whether the share at `share_start`-`share_end`, after a figure ending at `end`,
    restates that figure: tied to it by the words of `restating_share_re`, where a bare comma
    needs the share's own "of" after it (", 41.2% of all exports"; not ", 5% more than")."""
    mm = restating_share_re().fullmatch(text, end, share_start)
    if mm is None:
        return False
    if mm.group(0).rstrip().endswith(",") and not mm["tie"]:
        return re.match(r"\s+of\b", text[share_end:share_end + 6]) is not None
    return True


@functools.cache
def _partner_nouns_alt() -> str:
    # the nouns that stand for one partner ("neighbour", "market", "trading partner")
    words = set(vocab.partner_descriptions()) | {k.split()[-1] for k in vocab.rank_noun_flows()}
    return vocab.alternation(sorted(words), ignore_case=True, space=r"\s+")


@functools.cache
def _with_partner_re() -> re.Pattern:
    # "with its biggest export market", "with the Asian neighbour": up to three words between
    return re.compile(rf"^\s+with\s+(?:its|their|the|his|her)\s+(?:[a-z-]+\s+){{0,3}}?(?:{_partner_nouns_alt()})s?\s*(?=,)", re.I)


def partner_then_change(gap: str) -> bool:
    """"a surplus of 669 billion yen with its biggest export market, down 22.4%": a change
    after a figure with only the partner it is with described between is that figure's
    change (the flow word inside "export market" names the partner, not another flow)."""
    if "with" not in gap:
        return False
    mo = _with_partner_re().match(gap)
    return mo is not None and CONTINUE_CHANGE.match(gap[mo.end():]) is not None


@functools.cache
def _names_partner_re() -> re.Pattern:
    return re.compile(rf"\s+(?:{_partner_nouns_alt()})s?\b", re.I)


def flow_names_partner(text: str, f) -> bool:
    """"its biggest export market", "its biggest trading partner": a flow word that only
    describes a partner (a noun for one follows it), not a flow a figure is of."""
    return "partner" in f.text.lower() or _names_partner_re().match(text, f.end) is not None


@functools.cache
def raising_verbs() -> str:
    """The -ing forms of the raise verbs (vocab/raise_to_cues.csv: "bringing", "taking",
    "lifting"), as one alternation: the clause ", bringing X to $Y" that adds a figure to a
    running total."""
    return vocab.alternation([w for w in vocab.raise_to_cues("raise") if w.endswith("ing")], ignore_case=True)


def origin_of_purchases(text: str, x: Mention) -> bool:
    """A demonym naming the origin of what is bought: "imports of Chinese products",
    "purchases of Russian oil", "bought R389.5bn of Chinese goods" (the figure between; "imported
    for 4860,3 MD of Chinese products", as French "importer pour" is translated)."""
    return bool(_ORIGIN_OF_PURCHASES.search(text, max(0, x.start - 50), x.start))


# the buying word, then perhaps the figure bought ("bought only $13.8bn of"), then "of"
_ORIGIN_OF_PURCHASES = re.compile(
    r"\b(?:imports?|imported|purchases?|buying|bought|import\s+of)\s+(?:for\s+)?(?:(?:only|about|some|nearly|almost|just)\s+)?"
    r"(?:[^\s\d]{0,4}\s?\d[\d.,]*\s?(?:[a-z]+\s+)?(?:worth\s+)?(?=of\s))?(?:of\s+)?(?:the\s+)?$", re.I)
