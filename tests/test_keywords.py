"""The keyword index (one pass for every word list) changes how fast the finders run, never
what they find: each keyed pattern, tried only where the index says, finds exactly what the
pattern finds scanned over the whole text."""
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradecheck import vocab
from tradecheck.extract import keywords, mentions, money, periods
from tradecheck.extract.keywords import Index

KEYED = keywords.keyed_patterns()
KEYS = sorted({k for kp in KEYED for k in kp.keys if not k[-1:].isspace()})
NEEDS = sorted({w for kp in KEYED for w in kp.needs})

# Forms whose pieces are not keys: currency signs, scale words, numbers, the words that
# follow a period's first word; and characters that lower-casing and the regex engine
# treat differently ("ſ" is an "s" to `(?i:s)`), digits of other scripts, odd spaces.
PIECES = ["$", "US$", "us $", "U.S.$", "U. S.$", "C $", "A$", "worthUS$", "€", "£", "e£", "Rs", "Rs.", "N5", "R٥", "R 5",
          "MUSD", "USD", "yuan", "dollars", "bn", "mn", "million", "billion", "crore", "a", "an", "A", "half", "quarter",
          "12", "3.4", "5,000", "2023", "2022-23", "FY24", "Q1", "H1", "2024Q3", "first", "1st", "half", "same",
          "period", "of", "in", "year", "years", "ago", "earlier", "months", "the", "ten", "last", "past", "decade",
          "fiscal", "ended", "March", "May", "Sept.", "Iranian", "1402", "year-on-year", "y/y", "fold", "times",
          "doubled", "higher", "exports", "'s", "-", ".", ",", "(", "\n", "\xa0", "\u3000", "  ", "x",
          "ſ", "ı", "İ", "\u212a", "é", "Ü"]
case = st.sampled_from([str, str.lower, str.upper, str.title])
piece = st.one_of(st.sampled_from(PIECES), st.tuples(st.sampled_from(KEYS + NEEDS), case).map(lambda kc: kc[1](kc[0])))
# strings each pattern matches, with odd text around them, written by hypothesis from the regex
_PHRASE = {kp.name: st.from_regex(re.compile(kp.source, kp.flags)) for kp in KEYED}
phrase = st.sampled_from(KEYED).flatmap(lambda kp: _PHRASE[kp.name])
texts = st.one_of(st.lists(st.one_of(phrase, piece), max_size=8).map(" ".join),
                  st.lists(st.one_of(phrase, piece), max_size=8).map("".join),
                  st.lists(piece, max_size=30).map(" ".join),
                  st.lists(piece, max_size=30).map("".join),
                  st.lists(st.one_of(piece, st.text(max_size=4)), max_size=20).map(" ".join),
                  st.text(max_size=80))


def found(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=500, deadline=None)
@given(texts)
def test_each_keyed_pattern_finds_what_a_full_scan_finds(text):
    index = Index(text)
    for kp in KEYED:
        assert found(index.finditer(kp)) == found(kp.pattern.finditer(text)), kp.name


@pytest.mark.parametrize("kp", KEYED, ids=lambda kp: kp.name)
def test_wherever_a_pattern_matches_the_index_has_looked(kp):
    # (the generator drops what a pattern's lookarounds refuse, more of it for the patterns
    # whose words are guarded on both sides, such as currency codes: that is no fault. It
    # may add a table's next cell after the match, "  5" or " |": a pattern that reads a row
    # label only before its cells, "2011 Apr      25,367", looks ahead for one)
    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
    @given(st.from_regex(re.compile(rf"(?:{kp.source})(?:  5| \|)?", kp.flags), fullmatch=True),
           st.sampled_from([" ", "\n", "(", "5 ", "\xa0", ""]))
    def check(text, before):
        text = before + text
        if kp.pattern.match(text, len(before)) is None:  # a lookaround the generator ignored
            return
        index = Index(text)
        assert index.has(kp) and (index.plain or len(before) in index.starts(kp)), text

    check()


def test_the_index_names_the_places_where_words_start():
    text = "Exports to the U.S. rose; U.S.-China trade fell in March."
    index = Index(text)
    assert [text[p:p + 4] for p in index.starts(mentions._country_re())] == ["U.S.", "U.S.", "Chin"]
    assert "Marc" in [text[p:p + 4] for p in index.starts(periods.keyed_patterns()[-1])]
    # "rose" begins like "Rs": only a whole match counts, and the grammar decides
    assert not list(money._matches(text, index))


def test_a_form_is_not_looked_for_in_a_text_without_its_words():
    half = next(kp for kp in KEYED if kp.name == "half")
    assert not Index("the first quarter").has(half)
    assert Index("the first HALF").has(half)
    assert [m.group(0) for m in Index("in the first half of 2023").finditer(half)] == ["the first half of 2023"]


def test_a_number_with_a_decimal_comma_before_and_a_half_times_is_looked_at():
    # found by the property test above: the walk back from "and a half" stopped at the comma
    multiple = next(kp for kp in KEYED if kp.name == "multiple")
    for text in ("rose 2,5 and a half times", "rose 0,0\x85and\x85a\x85half\x85times"):
        index = Index(text)
        assert found(index.finditer(multiple)) == found(multiple.pattern.finditer(text))
        assert text.index(",") - 1 in index.starts(multiple)


def test_a_period_named_only_by_fy_is_looked_for():
    # found by the property test above: "FY" was not among the words the form needs
    rel = next(kp for kp in KEYED if kp.name == "rel")
    text = "up from the same point last FY"
    assert found(Index(text).finditer(rel)) == found(rel.pattern.finditer(text)) != []


def test_mid_month_ranges_start_at_a_word():
    # found by the property test above: "AMid-April to mid-May" matched inside a word, where
    # the index, which looks at words' starts, had not looked
    mid = next(kp for kp in KEYED if kp.name == "mid_months")
    for text in ("0.0% AMid\x85apr-Mid\x85apr", "from mid-July to mid-November 2025"):
        assert found(Index(text).finditer(mid)) == found(mid.pattern.finditer(text))
    assert [m.group(0) for m in Index("from mid-July to mid-November 2025").finditer(mid)] == ["mid-July to mid-November 2025"]


def test_letters_the_regex_engine_takes_for_ascii_ones_are_read_as_such():
    # "ſ" is an "s" to the regex engine ignoring case, not to str.lower(); "İ" lowers to two
    # characters
    text = "EXPORTS OF \u017fTEEL from İSTANBUL rose; İran"
    index = Index(text)
    assert not index.plain
    assert [text[p:p + 5] for p in index.starts(mentions._commodity_re())] == ["\u017fTEEL"]
    # looked at, though the name is matched as written, and "İran" is not "Iran"
    assert text.index("İran") in index.starts(mentions._country_re())
    assert found(index.finditer(mentions._country_re())) == found(mentions._country_re().pattern.finditer(text))


def test_every_letter_that_folds_to_an_ascii_letter_is_known():
    letter = re.compile(r"(?i)[a-z]")
    for c in map(chr, range(0x80, 0x110000)):
        if letter.fullmatch(c) and not c.lower().isascii():
            assert keywords._CASE_TROUBLE.match(c), hex(ord(c))


def test_whitespace_holds_every_space_character():
    assert not [c for c in map(chr, range(0x3001, 0x110000)) if c.isspace()]
    assert {" ", "\n", "\xa0", "\u3000", "\x1c"} <= set(keywords.whitespace())


def test_keys_use_no_letter_with_other_case_forms():
    # a key letter outside ASCII must match, ignoring case, only what lower-cases like it
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # a future Python may move it; the property test still runs
        return
    letters = {c for k in KEYS + NEEDS for c in k if not c.isascii()}
    assert not {c for c in letters if ord(c) in _EXTRA_CASES or ord(c.upper()) in _EXTRA_CASES}


def test_money_words_and_signs_name_every_prefix():
    text = "worthUS$25.65 billion, R٥ million, a billion euros, C $5, Rs. 30 crore, MUSD 4"
    assert found(money._matches(text)) == found(money._pattern().finditer(text))
    assert [m.group(0) for m in money._matches(text)][:2] == ["US$25.65 billion", "R٥ million"]
    assert vocab.alternation  # the grammar's words come from the tables


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["US$", "U.S.$", "A$", "C $", "NZD$", "U.S. $", "HK$"]).flatmap(
    lambda tok: st.tuples(st.just(tok), st.from_regex(money._dollar_pattern(tok), fullmatch=True))))
def test_every_spelling_of_a_dollar_prefix_is_listed(tok_text):
    tok, text = tok_text
    assert text in money._dollar_spellings(tok)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_money_grammar_guards_change_nothing(text):
    plain = re.compile(money._parts()["grammar"].replace(money.NOT_A_DIGIT, ""))
    assert found(money._pattern().finditer(text)) == found(plain.finditer(text))


def test_a_multiple_never_starts_inside_a_decimal():
    # found by the property test above: the full scan once read the "0" after "A0." as a
    # number of its own, which the index (rightly) never looks at
    from tradecheck.extract import find_mentions

    assert find_mentions("A0.0\x85and\x85a\x85halffold")["multiple"] == []
    assert [m.value for m in find_mentions("exports rose 2.5-fold")["multiple"]] == [2.5]
