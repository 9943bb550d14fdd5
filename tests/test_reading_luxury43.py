"""Watches, fashion and cosmetics (a forty-third round of passages): ranked markets named in
an aside, a sector's or industry's turnover, a place named only in a headline's clause of
cause, and "the mainland" right after China. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


RANKED = ("Austrian ski exports rose 5.0% in 2023 to 3.0 billion euros.\n\n"
          "Exports to Germany reached 900 million euros, ahead of Italy at 500 million euros and France at "
          "400 million euros. Japan came fourth with 300 million euros.\n\n"
          "The three largest markets - Germany, Italy and France - together took {x} billion euros.")


def test_counted_markets_named_in_an_aside_are_those_markets():
    """"The three largest markets - A, B and C - together took X": the sum of those three, not the world."""
    r = read(RANKED.format(x="1.8"))
    c = r["claims"]["1.8 billion euros"]
    assert c["partner"] != "WLD" and c["attribution"]["pair"] == "counted-places"
    assert not r["errors"]


TURNOVER = ("Spanish furniture exports rose 4.0% in 2023 to EUR 3.1 billion. Imports reached EUR 2.0 billion. "
            "Turnover of the whole sector is estimated at EUR 9.5 billion.")


def test_turnover_of_the_sector_is_no_trade():
    """"Turnover of the whole sector is X": the sector's sales, not exports plus imports."""
    r = read(TURNOVER)
    assert r["claims"]["EUR 9.5 billion"]["measure"] == "other"
    assert not r["errors"]


CAUSE = ("Spanish olive oil exports slip in first half as Indian demand cools\n\n"
         "Spain's exports of olive oil fell in the first half of 2024. Between January and June, foreign sales reached "
         "1.5 billion euros. Imports totalled 0.4 billion euros, so the surplus narrowed to 1.1 billion euros.")


def test_a_place_in_a_headlines_clause_of_cause_is_no_partner():
    """"... slip as Indian demand cools": the body's totals are with the world, not with India."""
    r = read(CAUSE, published="2024-08-01")
    assert r["claims"]["1.5 billion euros"]["partner"] == "WLD"
    assert r["claims"]["1.1 billion euros"]["partner"] == "WLD"
    assert not r["errors"]


MAINLAND = ("Austrian machinery exports rose 10% in 2021 to EUR 9.0 billion. China was the fastest-growing market. "
            "Exports to the mainland rose 20% to EUR 1.2 billion, while Germany took EUR 2.5 billion.")


def test_the_mainland_after_china_is_china():
    """"China was ... Exports to the mainland rose": the mainland is China, not the world."""
    r = read(MAINLAND, published="2022-02-01")
    assert r["claims"]["EUR 1.2 billion"]["partner"] == "CHN"
    assert not r["errors"]
