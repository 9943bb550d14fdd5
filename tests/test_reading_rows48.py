"""Tables, lists and "record" (a forty-eighth round of passages): an aligned table row whose
long label leaves one space before its first figure, the prose change of a row after its
table, a list of kinds that spells out a balance's product group, and a headline record said
of one of two words of the same flow."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-04-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, check: str | None = None) -> list[str]:
    return [f["message"] for f in result(text)["findings"]
            if f["status"] == "inconsistent" and (check is None or f["check"] == check)]


# "New Zealand" fills its label column: one space only before its first figure
SQUEEZED = ("Vietnam's imports of wood chips grew in 2024, customs data show.\n\n"
            "Main origins of wood chips (tonnes):\n\n"
            "Origin          2023       2024\n"
            "Laos          51,000     60,000\n"
            "New Zealand 140,000    150,000\n"
            "Cambodia      39,000     40,000\n"
            "Others        20,000     20,000\n"
            "Total        250,000    270,000\n\n"
            "Imports from New Zealand thus grew by {nz} in the year.\n")


def test_a_row_whose_label_fills_its_column_is_a_row_like_the_others():
    """No sum that drops the long row (or glues its first figure to the total's label), and
    the row is read: the change the prose gives for it is checked against it."""
    from tradecheck.extract.aligned_tables import pipe_aligned

    assert "New Zealand|140,000" in pipe_aligned(SQUEEZED)
    assert errors(SQUEEZED.format(nz="7.1%")) == []
    assert len(errors(SQUEEZED.format(nz="17.1%"), "percent_change")) == 1


def test_one_space_inside_a_line_of_prose_is_no_squeezed_row():
    text = "Origin          2023       2024\nLaos          51,000     60,000\nsome words here and 140,000 more\n"
    from tradecheck.extract.aligned_tables import pipe_aligned

    assert "and|140,000" not in pipe_aligned(text)


AFTER_TABLE = ("Korea's purchases of used cooking oil abroad rose in 2024 (tonnes).\n\n"
               "Supplier          2023       2024\n"
               "Indonesia       80,000     90,000\n"
               "Malaysia        50,000     55,000\n"
               "Others          20,000     21,000\n"
               "Total          150,000    166,000\n\n"
               "Imports from Indonesia rose by {id}, while those from Malaysia gained 10.0%.\n")


def test_the_change_the_prose_after_a_table_gives_for_a_row_is_that_rows():
    """The sentence right after the table restates one place's row: 80,000 to 90,000 is +12.5%."""
    assert errors(AFTER_TABLE.format(id="12.5%")) == []
    wrong = errors(AFTER_TABLE.format(id="22.5%"), "percent_change")
    assert len(wrong) == 1 and "Indonesia" in wrong[0] and "22.5%" in wrong[0]


LISTED = ("Kenya ran a deficit of $300 million in textile waste trade in 2023, as it imported "
          "$350 million of cotton, wool and polyester waste while exporting $50 million, data show.")


def claims_of(text: str) -> list[dict]:
    return result(text, "2024-03-01")["claims"]


def test_a_list_of_kinds_spells_out_the_group_a_balance_names():
    """The balance's group is "in ... trade"; the list after "of" that ends with the group's
    head noun is that group; the other flow, with only the list's words before it, is too."""
    cs = {c["text"]: c for c in claims_of(LISTED)}
    assert cs["$300 million"]["commodity"] == "textile waste"
    assert cs["$350 million"]["commodity"] == "textile waste"
    assert cs["$50 million"]["commodity"] == "textile waste"
    assert errors(LISTED) == []
    assert errors(LISTED.replace("$300 million", "$200 million"), "sum")


RECORD = ("Cocoa earnings slide even as shipments hit record\n\n"
          "ACCRA - Ghana's cocoa export earnings fell 10 percent to $1.8 billion last year from $2.0 billion in 2022.\n\n"
          "Cocoa shipments rose 5 percent to 840,000 tonnes from 800,000 tonnes.\n")


def test_a_headline_record_of_one_of_two_words_of_a_flow_goes_to_no_figure():
    """"Earnings slide even as shipments hit record": the record is the shipments', not the
    earnings' figure that comes first."""
    assert errors(RECORD, "record") == []


def test_a_headline_record_of_another_flow_still_goes_to_its_figure():
    text = ("Exports slide while imports hit record\n\n"
            "Ghana's imports rose to $2.0 billion in 2023 from $2.4 billion in 2022.\n")
    assert errors(text, "record")
