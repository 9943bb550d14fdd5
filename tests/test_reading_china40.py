"""Chinese customs releases as the agencies report them (round 40): a partner's share "of
<A>-<B> trade", a province's own trade, a partner group's share "of the total", a list whose
verb is said once, the parts after "Of the total," under a mark passed, and a level after an
aside of comparisons. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-12") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


PAIR_WHOLE = ("Trade between Korea and Asia reached 400 billion dollars in the first half of 2024, customs data showed. "
              "Japan stayed Korea's largest trading partner in Asia, with bilateral trade of 120 billion dollars, or "
              "30 percent of Korea-Asia trade. Korea's overall foreign trade grew 5 percent to 1,000 billion dollars "
              "in the first half.")


def test_a_share_of_a_hyphenated_pairs_trade_is_of_that_pairs_trade():
    """"or 30 percent of Korea-Asia trade": of the trade with Asia (120/400), not of Korea's
    trade with everyone (120/1,000); no false alarm."""
    r = read(PAIR_WHOLE)
    c = r["claims"]["30 percent"]
    assert (c["reporter"], c["partner"]) == ("KOR", "JPN") and c["attribution"]["pair"] == "share-of-partial-whole"
    assert not r["errors"]


def test_a_wrong_share_of_a_hyphenated_pairs_trade_is_flagged():
    """The same share stated as 35 percent: 120/400 is 30%, flagged."""
    errors = read(PAIR_WHOLE.replace("30 percent", "35 percent"))["errors"]
    assert any("35 percent" in e and "30.0%" in e for e in errors)


PROVINCE = ("China's trade with ASEAN rose 10.0 percent year on year to 4.4 trillion yuan in the first half of 2024, "
            "official data showed. Yunnan Province, which borders Laos, saw its trade with ASEAN grow 25.0 percent "
            "in the same period.")


def test_a_provinces_trade_is_its_own_not_the_countrys():
    """"Yunnan Province ... saw its trade with ASEAN grow 25.0 percent": the province's trade,
    not China's, so it does not clash with the national 10.0 percent."""
    r = read(PROVINCE)
    assert r["claims"]["25.0 percent"].get("reporter_unit") == "CN-YN"
    assert not r["errors"]


GROUP_SHARE = ("Korea's foreign trade rose 3.0 percent to 600 billion dollars in the first quarter. "
               "Trade with countries participating in the Belt and Road Initiative rose 2.0 percent to 300 billion "
               "dollars, accounting for 50.0 percent of the total.")


def test_no_product_is_read_from_the_end_of_a_groups_name():
    """"the Belt and Road Initiative rose": the words after "and" end the group's name, no product."""
    c = read(GROUP_SHARE, "2025-04-15")["claims"]["2.0 percent"]
    assert c["commodity"] is None


def test_a_groups_share_of_the_total_is_of_the_countrys_trade():
    """"accounting for 50.0 percent of the total" after a partner group's trade: of Korea's
    trade with the world (300/600); stated as 55.0 percent it is flagged."""
    assert not read(GROUP_SHARE, "2025-04-15")["errors"]
    errors = read(GROUP_SHARE.replace("50.0 percent", "55.0 percent"), "2025-04-15")["errors"]
    assert any("55.0 percent" in e for e in errors)


GAPPED = ("Korea's exports of \"green trio\" products — wind turbines, heat pumps and electrolysers — reached 200 "
          "billion dollars in 2023, topping the 150 billion dollar mark for the first time. Of the total, wind turbines "
          "accounted for 90 billion dollars, heat pumps 70 billion dollars and hydrogen electrolysers 40 billion dollars.")


def test_each_item_of_a_list_whose_verb_is_said_once_is_its_own_product():
    """"wind turbines accounted for 90 billion dollars, heat pumps 70 billion dollars and hydrogen
    electrolysers 40 billion dollars": the last figure is the electrolysers', not the heat pumps' again."""
    r = read(GAPPED, "2024-01-13")
    assert r["claims"]["40 billion dollars"]["commodity"] == "hydrogen electrolysers"
    assert r["claims"]["40 billion dollars"]["attribution"]["commodity"] == "gapped-list-item"
    assert not r["errors"]


def test_parts_after_of_the_total_that_exceed_it_are_flagged():
    """With the electrolysers at 140 billion dollars the parts (300) exceed the 200 billion
    stated before them (not the 150 billion mark passed, a bound): flagged."""
    errors = read(GAPPED.replace("40 billion dollars", "140 billion dollars"), "2024-01-13")["errors"]
    assert any("exceed the whole $200bn" in e for e in errors)


ASIDE = ("Korea's exports fell 5.0% in August to $50.0 billion. Imports slipped 4.0%, against a 9.0% decline in July "
         "and a forecast 6.0% fall, to $48.0 billion. The trade surplus came to $2.0 billion.")


def test_a_level_after_an_aside_of_comparisons_is_the_subjects():
    """"Imports slipped 4.0%, against ... a forecast 6.0% fall, to $48.0 billion": the level of
    the imports, not of the forecast the aside names."""
    r = read(ASIDE, "2023-09-07")
    c = r["claims"]["$48.0 billion"]
    assert c["measure"] == "imports" and c["attribution"]["measure"] == "level-after-aside"
    assert r["claims"]["6.0%"]["measure"] == "other"
    assert not r["errors"]


def test_a_level_after_an_aside_that_breaks_the_balance_is_flagged():
    """With imports of $46.0 billion the surplus of $2.0 billion no longer is exports less imports."""
    errors = read(ASIDE.replace("$48.0 billion", "$46.0 billion"), "2023-09-07")["errors"]
    assert any("balance is stated as $2bn" in e for e in errors)
