"""Text pasted from PDFs, hard-wrapped: a line break inside a paragraph reads as a space, a
word split by a hyphen at a line's end as one word, a running page header inside a sentence
as blank; tables, headings and bullet items keep their lines, and no offset moves."""
from tradecheck import verify_text
from tradecheck.wraps import unwrapped


def _claims(text, published="2024-04-10"):
    return verify_text(text, published=published, reference="none").to_dict()


def _amount(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "amount" and snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_scale_word_on_the_next_line_reaches_its_figure():
    text = ("The total external trade in goods of the Philippines in February 2024 amounted to US$ 15,082.4\n"
            "million, up 4.6 percent from US$ 14,419.1 million in February 2023.\n")
    d = _claims(text)
    c = _amount(d, "15,082.4")
    assert c["value"] == 15_082.4e6
    assert text[c["start"]:c["end"]] == c["text"] == "US$ 15,082.4\nmillion"  # offsets into the text as written


def test_scale_word_on_an_indented_bullet_continuation():
    text = ("• Total export and import turnover of goods in Q1/2024 reached US$178.0\n"
            "  billion, up 15.5% over the same period last year.\n"
            "• Exports: US$93.1 billion, up 17.0%; imports: US$84.9 billion, up 13.9%.\n")
    d = _claims(text, "2024-03-29")
    assert _amount(d, "178.0")["value"] == 178e9
    assert not _inconsistent(d)


def test_a_flow_word_split_by_a_hyphen_is_one_word():
    text = ("Canada's merchandise exports rose 0.8% in January to $64.6 billion, while im-\n"
            "ports were down 0.6% to $63.9 billion.\n")
    d = _claims(text, "2024-03-07")
    c = _amount(d, "63.9")
    assert c["measure"] == "imports" and c["commodity"] is None


def test_a_compound_split_at_its_hyphen_stays_a_compound():
    text = "Shipments of non-\noil goods rose sharply over the whole of the last year, it said.\n"
    out = unwrapped(text)
    assert len(out) == len(text) and "non-oil goods" in out
    # a word the vocabulary knows is joined, written over the end of its span
    text = "the foreign trade def-\nicit was US$ 6,250 million in February 2024.\n"
    out = unwrapped(text)
    assert len(out) == len(text) and "trade   deficit was" in out


def test_a_flow_word_at_a_lines_end_reaches_the_figure_on_the_next():
    text = ("In January–February 2024 exports amounted to PLN 241\u00a0712,4 million and imports to\n"
            "PLN 236\u00a0508,9 million. The balance was positive at PLN 5\u00a0203,5 million.\n")
    d = _claims(text, "2024-04-15")
    assert _amount(d, "236")["measure"] == "imports"
    assert not _inconsistent(d)


def test_a_running_header_inside_a_sentence_is_blanked():
    text = ("Exports accounted for US$ 5,911.2 million while imports reached US$ 9,171.2\n"
            "\n"
            "                                                      Page 2 of 9\n"
            "Statistics Authority | Monthly Bulletin, December 2023\n"
            "million. The balance of trade in goods was a deficit of US$ 3,260.0 million in February 2024.\n")
    d = _claims(text)
    c = _amount(d, "9,171.2")
    assert c["value"] == 9_171.2e6 and text[c["start"]:c["end"]] == c["text"]
    assert _amount(d, "3,260.0")["period"] == "2024-02"
    assert not _inconsistent(d)


def test_tables_headings_and_items_keep_their_lines():
    text = ("STATISTICS POLAND\n"
            "Foreign trade turnover in total and by countries in January–February 2024\n"
            "\n"
            "Partner              Exports       Imports\n"
            "Uganda              38,412.6       6,118.4\n"
            "Turnover with Germany (PLN million):\n"
            "  Exports\t67 514,2\n"
            "– Total agribusiness exports in March: US$ 15.1 billion.\n"
            "(a) Preliminary.\n")
    assert unwrapped(text) == text
