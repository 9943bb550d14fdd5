"""Biofuel and pellet volumes (round 45): kilolitres ("mn kl") and a share tied by "or" with no
comma, a share tied by "accounting for" whose total stands two paragraphs up (a paragraph of
money between), a share whose nearest level is another year's total (no whole to check it
against), a change "in 2023 to" a level whose earlier level the next sentence dates "in 2022",
"That means volumes rose 11%" after two levels dated a year apart, and a change "compared with
2019 (3.6 million tonnes)" after a product's code in brackets. Quantities are no claims: the
checks read them from the words, so these tests assert on findings."""
from tradecheck import verify_text


def _inconsistent(text, published="2024-03-01"):
    d = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in d["findings"] if f.get("status") == "inconsistent"]


KILOLITRES = ("Thai ethanol exports rose by 10pc last year to 2.00mn kl, customs figures show.\n\n"
              "The Philippines was the top market, buying {part}mn kl or 40pc of the total.\n")


def test_a_share_of_kilolitres_tied_by_or_without_a_comma_is_checked():
    """"2.00mn kl ... 0.80mn kl or 40pc of the total": kilolitres are a unit, "or" alone a tie."""
    assert not _inconsistent(KILOLITRES.format(part="0.80"))
    assert len(_inconsistent(KILOLITRES.format(part="1.10"))) == 1


ACCOUNTING_FOR = ("Chile exported 512,000 tonnes of wood chips in 2022, up 5 per cent from 488,000 tonnes "
                  "in 2021.\n\n"
                  "The shipments earned about $90 million.\n\n"
                  "Japan bought 213,000 tonnes, accounting for {pct} per cent of the total.\n")


def test_a_share_accounting_for_the_total_two_paragraphs_up_is_checked():
    """"213,000 tonnes, accounting for 42 per cent of the total": of 512,000 tonnes, past money."""
    assert not _inconsistent(ACCOUNTING_FOR.format(pct="42"))
    assert len(_inconsistent(ACCOUNTING_FOR.format(pct="52"))) == 1


OTHER_YEAR_TOTAL = ("Peru's fishmeal exports rose {change}% in 2023 to 1.5 million tonnes, the trade body said.\n\n"
                    "They had reached 1.2 million tonnes in 2022.\n\n"
                    "China took 0.9 million tonnes, or 60% of the total.\n")


def test_a_share_is_not_read_against_the_total_of_another_year():
    """"0.9 million tonnes, or 60% of the total" is of 2023's 1.5, not the 1.2 "in 2022" nearer."""
    assert not _inconsistent(OTHER_YEAR_TOTAL.format(change="25"))


def test_a_change_to_a_level_is_checked_against_the_level_the_next_sentence_dates_a_year_before():
    """"rose 25% in 2023 to 1.5 million tonnes. They had reached 1.2 million tonnes in 2022"."""
    found = _inconsistent(OTHER_YEAR_TOTAL.format(change="40"))
    assert len(found) == 1 and "1.2 million tonnes" in found[0]


THAT_MEANS = ("Estonia shipped 1.32 million tonnes of pellets in 2022. In 2021 the shipments came to "
              "1.20 million tonnes.\n\n"
              "That means volumes rose {pct}%, while prices climbed faster.\n")


def test_that_means_volumes_rose_after_two_levels_a_year_apart_is_their_change():
    """"1.32 million tonnes in 2022 ... 1.20 million tonnes in 2021 ... volumes rose 10%"."""
    assert not _inconsistent(THAT_MEANS.format(pct="10"))
    assert len(_inconsistent(THAT_MEANS.format(pct="17"))) == 1


CODE_THEN_YEAR_BRACKET = ("Norway imported 2.2 million tonnes of wood pellets (sawdust, HS 4401) in 2021, "
                          "an increase of {pct}% compared with 2020 (2.0 million tonnes).")


def test_a_change_against_a_year_with_its_level_in_brackets_after_a_product_code_is_checked():
    """"(sawdust, HS 4401) in 2021, an increase of 10% compared with 2020 (2.0 million tonnes)"."""
    assert not _inconsistent(CODE_THEN_YEAR_BRACKET.format(pct="10"))
    assert len(_inconsistent(CODE_THEN_YEAR_BRACKET.format(pct="17"))) == 1


LAST_YEAR_TWO_UP = ("Ghana imported 1.30 million tonnes of rice in the first half, up 4 per cent.\n\n"
                    "In the same period last year, imports reached 1.25 million tonnes.\n\n"
                    "The average price was $610 per tonne.\n\n"
                    "Thailand supplied 0.61 million tonnes, or 47 per cent of the total.\n")


def test_a_lone_level_two_paragraphs_up_is_no_whole_for_a_share():
    """Past a paragraph of money, a lone level ("last year, imports reached 1.25 million tonnes")
    may be another period's: only a level set against an earlier one is taken as the total."""
    assert not _inconsistent(LAST_YEAR_TWO_UP)
