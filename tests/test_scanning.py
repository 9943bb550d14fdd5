"""The fast paths of the scanners find exactly what a plain scan finds: word lists written as
tries, the money grammar tried only where an amount can start, cues looked for at a text's
end. (The keyword index has its own tests, in test_keywords.py.)"""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tradecheck import vocab
from tradecheck.extract import money

PIECES = ["$", "US$", "us $", "U.S.$", "HK$", "A$", "worthUS$", "€", "£", "¥", "e£", "Rs", "Rs.", "N", "R", "Sh",
          "MUSD", "MEUR", "AED", "USD", "usd", "EUR", "yuan", "rupees", "dollars", "Canadian dollars", "euro",
          "cents", "pence", "bn", "mn", "m", "b", "million", "billion", "trillion", "crore", "lakh", "half", "a",
          "an", "quarter", "three", "forty-five", "seventy", "hundred", "and", "to", "-", "–", "12", "3.4", "5,000",
          "3,45,940", "4,77", "0.5", "2023", "2022-23", "FY24", "Q1", "H1", "first half", "the same period of",
          "last year", "a year earlier", "the past three years", "two years ago", "year-on-year", "y/y",
          "January", "March", "may", "Jan-Sep", "fiscal year", "ended", "quarter", "months", "the first ten",
          "over the last decade", "Iranian year 1402", "year 1401", "1403", "previous month", "exports", "rose", ",", ".", "(", ")",
          "\n", "\n\n", "  ", "x", "America", "percent"]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join),
                  st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
                  st.text(max_size=120))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_money_at_likely_starts_equals_a_full_scan(text):
    fast = [(m.span(), m.group(0)) for m in money._matches(text)]
    full = [(m.span(), m.group(0)) for m in money._pattern().finditer(text)]
    assert fast == full


words = st.lists(st.text(alphabet="abAB .$", min_size=1, max_size=5), min_size=1, max_size=8)


@settings(max_examples=400, deadline=None)
@given(words, st.text(alphabet="abAB .$x", max_size=40))
def test_a_trie_matches_like_the_longest_first_alternation(ws, text):
    plain = "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True))
    for flags, kw in ((0, {}), (re.I, {"ignore_case": True})):
        want = [m.span() for m in re.finditer(f"(?:{plain})", text, flags)]
        assert [m.span() for m in re.finditer(vocab.alternation(ws, **kw), text, flags)] == want
    inline = vocab.alternation(ws, ignore_case=True, inline=True)
    assert [m.span() for m in re.finditer(inline, text)] == [m.span() for m in re.finditer(f"(?:{plain})", text, re.I)]


def test_a_trie_prefers_the_longest_word():
    assert re.match(vocab.alternation(["lakh", "lakh crore"]), "lakh crore").group(0) == "lakh crore"
    assert vocab.alternation(["ton", "tonne", "tonnes"]) == "(?:ton(?:ne(?:s)?)?)"


cue_texts = st.lists(st.sampled_from(["exports", "rose", "fell", "by", "of", "an", "increase", "up", "down", "made",
                                      "about", "more", "than", "just", "over", "a", "(", ",", "x", "Up", "BY"]),
                     max_size=8).map(" ".join).flatmap(lambda s: st.sampled_from([s, s + " ", s + "  ", s + "\n"]))


@settings(max_examples=400, deadline=None)
@given(cue_texts)
def test_an_end_cue_finds_what_its_pattern_finds(text):
    from tradecheck.link.cues import ABS_CHANGE_BEFORE, BARE_CHANGE_BEFORE

    for cue in (ABS_CHANGE_BEFORE, BARE_CHANGE_BEFORE):
        fast, full = cue.search(text), cue.pattern.search(text)
        assert (fast and fast.span()) == (full and full.span())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Mr", "Co", "approx", "Sept", "U", "S", "No", "Inc", "est", "First", "x", ".", " ",
                                 "Rs", "vs", "Dec", "1"]), max_size=10).map("".join))
def test_an_abbreviation_is_seen_in_the_last_few_letters(text):
    # sentence splitting looks for "Mr." and the like only in the 12 characters before a point
    from tradecheck.link.sentences import _ABBREV

    end = len(text)
    whole = _ABBREV.search(text + ".")
    near = _ABBREV.search(text + ".", max(0, end - 12), end + 1)
    assert (whole and whole.span()) == (near and near.span())
