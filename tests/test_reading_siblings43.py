"""Sibling items of one list or one sentence (a forty-third round of passages, machinery trade):
an item labelled as a class's rest is one item beside the others, and a share that names no
whole of its own is of the whole its sibling share named."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-05") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


PUMPS = ("Canada's equipment exports rose in 2023\n\n"
         "OTTAWA - Canada's exports of machinery reached C$48.2 billion in 2023, Statistics Canada said.\n\n"
         "Among the product groups:\n"
         "  * Pumps, other: exports C$3.1 billion\n"
         "  * Farm tractors: exports C$4.4 billion\n"
         "  * Turbines: exports C$5.0 billion\n")


def test_a_label_for_a_class_rest_names_its_item():
    """"* Pumps, other: exports C$3.1 billion" is the item "pumps, other", not an unread whole."""
    r = read(PUMPS)
    assert r["claims"]["C$3.1 billion"]["commodity"] == "pumps, other"
    assert r["claims"]["C$3.1 billion"]["measure"] == "exports"


def test_a_sibling_bullet_is_no_part_of_the_rest_item():
    """The bigger item below "Pumps, other:" is not read as a part exceeding it."""
    assert read(PUMPS)["errors"] == []


def test_a_label_ending_in_nes_names_its_item():
    """"- Fabrics, n.e.s.: $2.3 billion" is the item "fabrics, n.e.s."."""
    r = read("Textile exports by item:\n- Fabrics, n.e.s.: $2.3 billion\n- Cotton yarn: $4.0 billion\n")
    assert r["claims"]["$2.3 billion"]["commodity"] == "fabrics, n.e.s."


MARKETS = ("Korea's auto parts exports grew in 2023\n\n"
           "SEOUL - Korea's total exports came to $632 billion in 2023. Exports of auto parts reached "
           "$23.0 billion. Shipments to Japan came to $4.6 billion, about a fifth of the category, while "
           "Mexico took $2.3 billion, or roughly 10 percent.\n")


def test_a_sibling_share_without_a_whole_is_not_of_all_exports():
    """"while Mexico took $2.3 billion, or roughly 10 percent" after "a fifth of the category" is of the
    same group, not of the $632 billion of all exports: no alarm."""
    r = read(MARKETS)
    assert r["errors"] == []
    assert r["claims"]["$2.3 billion"]["partner"] == "MEX"


def test_a_sibling_share_of_a_product_in_the_class_is_checked_against_the_class():
    """"exports of batteries were 1.5 billion yuan, or 40 percent" after "EVs ... more than half of the category"
    is of the group's 7.5 billion yuan: the wrong share is flagged."""
    text = ("Exports of the green products reached 7.5 billion yuan in 2023. Electric vehicles alone "
            "accounted for 4.0 billion yuan, more than half of the category, while exports of lithium-ion batteries "
            "were 1.5 billion yuan, or 20 percent.")
    assert read(text)["errors"] == []
    assert read(text.replace("or 20 percent", "or 40 percent"))["errors"] != []
