"""A live blog's entries: a time stamp, a place as the entry's label, then the entry. Each
entry is about its label's place, whatever the blog's headline or the entry before named."""
from tradecheck import verify_text

BLOG = ("Asia trade live: Thailand exports rise, Philippines deficit widens\n\n"
        "09:40 ICT - Philippines: The statistics office says the country's trade deficit was $4.41 billion in "
        "June. Its exports came to {exports} billion and its imports to $10.62 billion.\n\n"
        "09:31 ICT - Thailand: Exports rose 1.7% to $24.8bn in June, while imports were $23.5bn.")


def read(text: str) -> dict:
    return verify_text(text, published="2024-07-30", reference="none").to_dict()


def test_a_label_after_a_time_stamp_names_the_entrys_reporter():
    r = read(BLOG.format(exports="$6.21"))
    pair = {c["text"]: (c["reporter"], c["partner"]) for c in r["claims"]}
    assert pair["$6.21 billion"] == ("PHL", "WLD")
    assert [f["message"] for f in r["findings"] if f["status"] == "inconsistent"] == []


def test_the_entrys_own_arithmetic_is_checked():
    r = read(BLOG.format(exports="$7.21"))  # 7.21 - 10.62 is not -4.41
    assert [f for f in r["findings"] if f["status"] == "inconsistent"]
