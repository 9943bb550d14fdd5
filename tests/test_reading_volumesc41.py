"""Sentences of kinds met in flower, wine and vehicle stories (round 41): counts of stems as
a quantity, a share of a level of one unit never divided by a level of another, two parts of
a volume tied to its whole in one sentence around a contrast word ("A made up X (57%) of the
total, while B accounted for Y"), and a share "making up N% of the country's total ... exports"."""
from tradecheck import verify_text


# (quantities are no claims: a text needs a money figure to be checked at all)
MONEY = " Export earnings came to $1.2 billion."


def errors(text: str, published: str = "2024-03-02") -> list[str]:
    result = verify_text(text + MONEY, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def test_stems_are_a_quantity_whose_share_is_checked():
    """"about 412 million stems ... Some 309 million stems, or 75% of the total": 300 of 400."""
    text = ("Ecuador exported about 412 million stems of roses for Mother's Day. "
            "Some 309 million stems, or 75% of the total, went to the United States.")
    assert errors(text) == []
    found = errors(text.replace("Some 309", "Some 349"))
    assert len(found) == 1 and "412 million stems" in found[0]


def test_a_share_never_divides_a_level_by_one_of_another_unit():
    """"412 million boxes, equivalent to some 30,000 tonnes ... 340 million boxes, or 75%": the
    flag compares boxes with boxes, never with the tonnes beside the whole."""
    text = ("Ecuador exported about 412 million boxes of bananas, equivalent to some 30,000 tonnes. "
            "Some 340 million boxes, or 75% of the total, went to Europe.")
    found = errors(text)
    assert len(found) == 1 and "412 million boxes" in found[0] and "tonnes" not in found[0]


def test_a_share_of_a_level_whose_only_whole_is_in_another_unit_is_not_flagged():
    """"30,000 tonnes ... 340 million boxes, or 75% of the total": no whole in boxes, no verdict."""
    text = ("Ecuador exported some 30,000 tonnes of bananas in May. "
            "Some 340 million boxes, or 75% of the total, went to Europe.")
    assert errors(text) == []


def test_two_parts_around_a_contrast_word_are_parts_of_the_whole_before():
    """"Bulk made up 120.0m litres (60%) of the total, while bottled wine accounted for 80.0m
    litres": both parts of the 200.0 million litres before, so together never more."""
    text = ("Chile's wine exports rose 4.0% to 200.0 million litres in 2023. Bulk wine made up "
            "120.0m litres (60%) of the total, while bottled wine accounted for 80.0m litres.")
    assert errors(text) == []
    found = errors(text.replace("80.0m", "95.0m"))
    assert len(found) == 1 and "exceed the whole 200.0 million litres" in found[0]


def test_a_contrast_clause_that_is_no_part_still_stops_the_list():
    """"..., while imports rose to 90.0m litres": no tie after the contrast word, no parts."""
    text = ("Chile's wine exports reached 200.0 million litres in 2023. Bulk wine made up "
            "120.0m litres of the total, while imports rose to 90.0m litres.")
    assert errors(text) == []


def test_a_share_of_the_countrys_total_exports_is_of_the_largest_level_before():
    """"2.0 million motor vehicles ... 0.5 million units, making up 25 percent of the country's
    total vehicle exports": units and vehicles count one thing, and the total is the 2.0 million."""
    text = ("Japan exported 2.0 million motor vehicles in 2023. Passenger cars accounted for 1.5 million units of "
            "the total. Exports of hybrids reached 0.5 million units, making up 25 percent of the "
            "country's total vehicle exports.")
    assert errors(text) == []
    found = errors(text.replace("reached 0.5", "reached 0.6"))
    assert len(found) == 1 and "2.0 million motor vehicles" in found[0]
