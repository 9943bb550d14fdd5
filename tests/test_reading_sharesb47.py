"""Shares of a total after a look back, and lists of each member's trade with its bloc (a
forty-seventh round of passages). How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str, published: str = "2025-03-01") -> dict:
    return next(c for c in result(text, published)["claims"] if c["text"] == figure)


LOOK_BACK = ("Norway's trade with the world rose to $80 billion last year from $64 billion in 2023, an increase of 25 per cent. "
             "Fish shipments were put at 2.9 million tonnes, a little below the 3.1 million tonnes shipped in 2023. "
             "Trade with Nordic neighbours amounted to $20 billion, or {share} per cent of the total.")


def test_a_year_dating_only_the_figure_compared_with_does_not_move_the_text():
    """"below the 3.1 million tonnes shipped in 2023": the earlier year dates the compared
    figure; the next sentence is still about last year."""
    text = LOOK_BACK.format(share=25)
    assert claim(text, "$20 billion")["period"] == "2024"
    assert errors(text) == []


def test_a_share_of_the_total_is_of_the_current_total_not_the_base_of_the_change():
    """"or 25 per cent of the total": $20bn of the $80bn of last year, never of the $64bn it rose from."""
    assert errors(LOOK_BACK.format(share=25)) == []
    assert errors(LOOK_BACK.format(share=31)) != []


MEMBER_LIST = ("Exports among the member countries of the Andean Community came to US$10,000 million in 2023, "
               "down 3.0% from US$10,309 million in 2022.\n\n"
               "Intra-community exports by country, 2023:\n"
               "- Colombia: US$4,000 million (40.0%)\n"
               "- Peru: US$3,000 million ({peru}%)\n"
               "- Ecuador: US$2,000 million (20.0%)\n"
               "- Bolivia: US$1,000 million (10.0%)\n")


def test_each_row_of_a_list_of_members_intra_bloc_trade_is_that_member_to_its_bloc():
    """Under "Intra-community exports by country:", "- Peru: US$3,000 million": Peru's
    exports to the rest of the bloc; no two rows share one pair."""
    text = MEMBER_LIST.format(peru="30.0")
    claims = result(text, "2024-03-01")["claims"]
    rows = [c for c in claims if c["text"] in ("US$4,000 million", "US$3,000 million")]
    assert [c["reporter"] for c in rows] == ["COL", "PER"]
    assert all(c.get("partner_group") == "Andean Community" for c in rows)
    assert errors(text, "2024-03-01") == []


def test_the_rows_shares_are_of_the_bloc_internal_trade():
    """"(30.0%)" after Peru's row: of the members' trade with each other, so a wrong share is caught."""
    assert errors(MEMBER_LIST.format(peru="30.0"), "2024-03-01") == []
    assert errors(MEMBER_LIST.format(peru="36.0"), "2024-03-01") != []


def test_exports_to_third_countries_are_no_new_level_of_the_intra_bloc_flow():
    """"Exports to third countries reached ..." after the bloc's internal exports: another
    partner (every country outside the bloc)."""
    text = MEMBER_LIST.format(peru="30.0").replace(
        "Intra-community", "Exports to third countries reached US$90,000 million.\n\nIntra-community", 1)
    third = claim(text, "US$90,000 million", "2024-03-01")
    assert third.get("partner_group") == "other than Andean Community"
    assert errors(text, "2024-03-01") == []
