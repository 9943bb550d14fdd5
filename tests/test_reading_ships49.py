"""Ship exports beside national totals, as a forty-ninth round of passages wrote them: a
further item "added" after a product's share, a lead naming foreign yards only as competitors, a share restating a
figure across a source's aside and a bracketed dollar conversion, and a bullet list by type
under a heading that opens on the flow and closes on its period. How each kind is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-02-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-02-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == figure)


def test_a_figure_another_product_added_is_a_part_beside_the_others_not_their_whole():
    text = ("Spain's exports of ships and boats rose to EUR 3.0 billion in 2023. Ferries accounted for "
            "EUR 1.8 billion, or 60% of the total. Fishing boats, a sector that employs thousands in Galicia, "
            "added a further EUR 0.9 billion.")
    assert errors(text) == []
    assert claim(text, "EUR 0.9 billion")["commodity"] is None  # (an item of its own, unnamed)


def _yards(share: str) -> str:
    return ("Japan's yards lose ground\n\n"
            "TOKYO -- Japanese builders signed fewer contracts in 2023 as it grew harder to compete with Chinese and "
            "South Korean yards.\n\n"
            f"Exports of ships came to 2 trillion yen ($14 billion), customs data show, or {share}% of Japan's "
            "total exports of 80 trillion yen.")


def test_places_named_only_as_competitors_are_no_partner_and_the_share_restates_across_the_aside():
    """2 / 80 trillion yen is 2.5%: checked in yen, the currency both figures are stated in."""
    ok = result(_yards("2.5"))
    assert {c["partner"] for c in ok["claims"] if c["kind"] in ("amount", "share")} == {"WLD"}
    assert [f for f in ok["findings"] if f["status"] == "inconsistent"] == []
    assert any("stated as 3.5%" in e for e in errors(_yards("3.5")))


def _bullets(bulk: str) -> str:
    return ("Korea's ship exports in the first half of 2024 reached US$10.0 billion.\n\n"
            "Exports by ship type (Jan-Jun 2024):\n"
            "- Tankers: $5.0 billion\n"
            f"- Bulk carriers: ${bulk} billion\n"
            "- Others: $2.0 billion\n")


def test_bullets_under_a_heading_opening_on_the_flow_and_closing_on_its_period_add_up_to_it():
    assert errors(_bullets("3.0")) == []
    assert any("the whole is stated as $10bn" in e or "$10bn" in e for e in errors(_bullets("5.0")))
