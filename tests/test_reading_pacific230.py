"""Pacific trade news (round 30): a prefix with a dollar sign after a currency's code
("TOP$"), a fraction in words held to the nearest word, a product that makes up part of a
narrower national total ("domestic exports"), and a partner that "took a third of everything"
a country sold."""
from tradecheck import verify_text


def _run(text, published="2026-05-01"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_a_code_then_a_dollar_sign_names_the_currency():
    # "TOP$" is the pa'anga, not US dollars after a word of bound ("top")
    d = _run("Tonga's merchandise exports for 2025 were TOP$41.2 million, while imports reached TOP$702.5 million.\n")
    c = _claim(d, "41.2")
    assert c["currency"] == "TOP"
    assert c["bound"] == "eq"


def test_a_quarter_does_not_stretch_to_thirty_per_cent():
    # 12.1 / 41.2 = 29.4%: an editor writes "nearly 30 per cent", not "a quarter"
    d = _run("Tonga's merchandise exports for 2025 were TOP$41.2 million. Vanilla sent to the United States "
             "earned TOP$12.1m, or a quarter of all export earnings.\n")
    assert _inconsistent(d)


def test_a_quarter_still_allows_rounding_to_the_nearest_word():
    # 10.6 / 41.2 = 25.7%: a quarter
    d = _run("Tonga's merchandise exports for 2025 were TOP$41.2 million. Vanilla sent to the United States "
             "earned TOP$10.6m, or a quarter of all export earnings.\n")
    assert not _inconsistent(d)


def test_a_headline_product_is_a_part_of_domestic_exports_not_their_whole():
    text = ("Cocoa exports climb\n\n"
            "Samoa's cocoa exports earned WST 30.2 million in 2025, the bureau of statistics says.\n\n"
            "Cocoa made up a third of the country's domestic exports, which totalled WST 90.5 million for the year.\n")
    d = _run(text)
    assert not _inconsistent(d)


def test_a_partner_that_took_a_share_of_everything_a_country_sold_is_the_partner():
    text = ("Exports to Australia climb\n\n"
            "Exports to Australia rose to a record $2.10 billion in April, Stats NZ figures showed on Friday.\n\n"
            "That was up $200m, or 10.5 per cent, from $1.90b in April last year.\n\n"
            "Overall goods exports were $6.30b for the month, meaning Australia took a third – 33.3 per cent – "
            "of everything New Zealand sold abroad.\n\n"
            "Imports were $6.00b, leaving a monthly surplus of $300m.\n")
    d = _run(text, "2026-05-20")
    lead = _claim(d, "2.10")
    assert (lead["reporter"], lead["partner"]) == ("NZL", "AUS")
    # the total and what follows it are New Zealand's with the world
    assert (_claim(d, "6.30")["reporter"], _claim(d, "6.30")["partner"]) == ("NZL", "WLD")
    assert _claim(d, "6.00")["partner"] == "WLD"
    assert _claim(d, "a third")["partner"] == "AUS"
    assert not _inconsistent(d)
