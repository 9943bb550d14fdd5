"""The vocabulary's tables are read once per process, and the patterns built from them
compiled once: a second text reads no CSV file and builds no alternation.

An uncached reader of a table costs a file read and a CSV parse for every claim it is asked
about (one such reader was a tenth of the pipeline's time), and shows no error anywhere, so
it is caught here by behaviour: counting the tables opened while a second text is checked."""
from tradecheck import verify_text, vocab

FIRST = ("Exports from Kenya to Uganda rose 12% to $1.2bn in 2023, while imports from "
         "Uganda fell to $400mn. Total trade reached $1.6bn.")
SECOND = ("In 2022, Japan's car exports rose 5% to $90 billion. Exports of machinery to the "
          "United States were $40 billion, a share of 44% of the total.")


def test_a_second_text_opens_no_vocabulary_table(monkeypatch):
    verify_text(FIRST, published="2024-03-01", reference="none")
    verify_text(SECOND, published="2024-03-01", reference="none")  # anything the first missed
    opened = []
    read = vocab.table
    monkeypatch.setattr(vocab, "table", lambda name: opened.append(name) or read(name))
    verify_text(SECOND, published="2024-03-01", reference="none")
    verify_text(FIRST.replace("Kenya", "Tanzania"), published="2024-03-01", reference="none")
    assert opened == []


def test_a_second_text_builds_no_pattern_from_the_vocabulary(monkeypatch):
    # (a pattern built inside a function called for every claim was a twentieth of the
    # pipeline's time: each must be built once, in a cached function)
    verify_text(FIRST, published="2024-03-01", reference="none")
    verify_text(SECOND, published="2024-03-01", reference="none")
    built = []
    alternation = vocab.alternation
    monkeypatch.setattr(vocab, "alternation", lambda *a, **k: built.append(a) or alternation(*a, **k))
    verify_text(SECOND, published="2024-03-01", reference="none")
    verify_text(FIRST.replace("Kenya", "Tanzania"), published="2024-03-01", reference="none")
    assert built == []
