"""One product under two labels, and a balance's product (round 41): "wine and cheese" and
"wines and cheeses", or "timber industry exports" and "imports of timber industry products",
name one product; a balance whose clause has the product as its subject ("cheese produced a
trade surplus of"), or that a product's flow leaves ("Imports of timber ... , giving a net
export value of"), is that product's; so exports less imports is checked against it."""
from tradecheck import verify_text


def _claims(text, published="2025-03-01"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


SUBJECT_SURPLUS = ("Portuguese wine and cheese exports slip to €9.0bn\n\n"
                   "Exports of Portuguese wines and cheeses fell 2% in 2024 to €9.0bn, the federation said.\n\n"
                   "With imports of €2.0bn, wines and cheeses produced a trade surplus of {surplus} last year.")


def test_a_product_as_the_subject_of_a_surplus_owns_it():
    """"With imports of €2.0bn, wines and cheeses produced a trade surplus of €7.0bn": the
    surplus and the opener's imports are the product's, the headline's singular label the
    same product; a changed surplus is flagged."""
    d = _claims(SUBJECT_SURPLUS.format(surplus="€7.0bn"))
    surplus, imports, exports = _claim(d, "€7.0bn"), _claim(d, "€2.0bn"), _claim(d, "€9.0bn")
    assert surplus["measure"] == "balance"
    assert surplus["commodity"] == imports["commodity"] == exports["commodity"]
    assert surplus["commodity"] in ("wine and cheese", "wines and cheeses")
    assert not _inconsistent(d)
    assert any(f["check"] == "sum" and f["status"] == "consistent" for f in d["findings"])
    bad = _inconsistent(_claims(SUBJECT_SURPLUS.format(surplus="€7.9bn")))
    assert len(bad) == 1 and bad[0]["check"] == "sum"


SECTOR_NET = ("Norwegian timber industry exports reached a record NOK 120 billion in 2024.\n\n"
              "Imports of timber industry products amounted to NOK 30 billion, giving a net export value of {net}.")


def test_a_sector_and_its_products_are_one_product_and_the_net_after_its_flow_is_its():
    """"timber industry exports" and "imports of timber industry products" are one product; the
    net value the imports give is its balance; a changed one is flagged."""
    d = _claims(SECTOR_NET.format(net="NOK 90 billion"))
    net, imports, exports = _claim(d, "NOK 90"), _claim(d, "NOK 30"), _claim(d, "NOK 120")
    assert net["measure"] == "balance"
    assert net["commodity"] == imports["commodity"] == exports["commodity"] is not None
    assert not _inconsistent(d)
    bad = _inconsistent(_claims(SECTOR_NET.format(net="NOK 99 billion")))
    assert len(bad) == 1 and bad[0]["check"] == "sum"


def test_a_country_subject_of_a_surplus_gets_no_product():
    """"Ruritania posted a trade surplus of $4bn" after a product's flow: the country's
    balance, no product's."""
    d = _claims("Ruritania's cheese exports rose to $6bn in 2024. Ruritania posted a trade surplus of $4bn.")
    assert _claim(d, "$4bn")["commodity"] is None


def test_a_share_under_a_sector_label_is_not_merged_with_another_share():
    """Two shares, one of the sector's exports in the total and one of a kind of goods in the
    sector's exports, keep apart: labels are merged only where money figures bear both."""
    d = _claims("Exports of the manufacturing industry had a share of 94% in total exports. The share of "
                "high-tech products in manufacturing industry exports was 34%.")
    assert not _inconsistent(d)
