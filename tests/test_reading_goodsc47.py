"""A bare flow after the other flow said of goods (a forty-seventh round of passages): in a
monthly brief that gives goods ("merchandise exports") and services apart, "Imports rose 4%
to $50 billion" right after the goods exports is the goods' imports, so goods exports less
those imports is the goods balance. How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-20") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-20") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def brief(deficit: str) -> str:
    return ("Thai trade gap narrows as shipments recover\n\n"
            f"BANGKOK: Thailand's merchandise trade deficit narrowed to ${deficit} billion in February, the statistics office said.\n\n"
            "Merchandise exports rose 5.0 per cent to $21.00 billion. Imports fell 2.0 per cent to $33.50 billion.\n\n"
            "Services exports were put at $9.40 billion for the month.\n")


def test_a_bare_change_and_level_after_goods_exports_are_goods_imports():
    """"Imports fell 2.0 per cent to $33.50 billion" after "Merchandise exports rose ...": goods."""
    claims = {c["text"]: c for c in result(brief("12.50"))["claims"]}
    assert claims["$33.50 billion"]["commodity"] == "goods"
    assert claims["2.0 per cent"]["commodity"] == "goods"
    assert claims["$9.40 billion"]["commodity"] == "services"


def test_goods_exports_less_the_bare_imports_give_the_goods_deficit():
    assert errors(brief("12.50")) == []
    found = errors(brief("14.50"))
    assert found and "but the balance is stated" in found[0]


AFTER_SERVICES = ("Thai exports recover\n\n"
                  "BANGKOK: Thailand's merchandise exports rose 5.0 per cent to $21.00 billion in February, while services "
                  "exports reached $9.40 billion. Imports fell 2.0 per cent to $40.00 billion.\n")


def test_services_named_between_leave_the_bare_imports_unlabelled():
    """Services named after the goods figure: the bare imports may be of both, so no goods are read into them."""
    claims = {c["text"]: c for c in result(AFTER_SERVICES)["claims"]}
    assert claims["$40.00 billion"]["commodity"] != "goods"
