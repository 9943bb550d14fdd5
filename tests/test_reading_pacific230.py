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
