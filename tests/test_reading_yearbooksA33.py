"""Statistical yearbooks (round 33): a chapter under the edition's title, figures of the
year before, a base year named at the front, changes over the years of a table."""
from tradecheck import verify_text


def _claims(text, published="2022-06-30"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


EDITION = ("{title}\nChapter 9: External trade\n\n"
           "In 2021, Denmark's exports of goods came to DKK 800.0 billion, up from DKK 750.0 billion in 2020. "
           "Imports of goods increased {change} to DKK 720.0 billion, from DKK 640.0 billion.\n")


def test_the_year_in_a_yearbooks_title_is_the_edition_not_the_data_year():
    """"Statistical Yearbook of Denmark 2022" over figures of 2021: the change after them is
    of 2021, not of the edition's year."""
    for title in ("Statistical Yearbook of Denmark 2022", "Year Book Denmark, 2022", "Trade Handbook of the Nordic Countries 2022"):
        d = _claims(EDITION.format(title=title, change="12.5%"))
        c = _claim(d, "12.5%")
        assert (c["period"], c["base_period"]) == ("2021", "2020"), title
        assert _claim(d, "720.0")["period"] == "2021"
        assert not _inconsistent(d)
        assert len(_inconsistent(_claims(EDITION.format(title=title, change="15.5%")))) == 1


def test_a_year_in_a_title_line_without_a_publication_noun_still_dates():
    """A heading that is no publication's name ("Danish trade 2022") still names the year
    the text is about."""
    d = _claims("Danish trade 2022\n\nImports of goods increased 12.5% to DKK 720.0 billion.\n", "2023-03-01")
    assert _claim(d, "12.5%")["period"] == "2022"


FRONT_BASE = ("Exports of goods from Norway were NOK 800.0 billion in 2018 and NOK 1,000.0 billion in 2023; "
              "imports were NOK 600.0 billion and NOK 690.0 billion. "
              "Compared with the record year 2018, exports in 2023 were {change} higher, while imports were up 15.0%.\n")


def test_a_base_year_named_at_the_front_of_the_sentence_is_every_changes_base():
    """"Compared with the record year 2018, exports in 2023 were 25.0% higher, while imports
    were up 15.0%": both changes are on 2018, not on the year before."""
    d = _claims(FRONT_BASE.format(change="25.0%"), "2024-05-01")
    for snippet in ("25.0%", "15.0%"):
        c = _claim(d, snippet)
        assert (c["period"], c["base_period"]) == ("2023", "2018")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(FRONT_BASE.format(change="35.0%"), "2024-05-01"))) == 1


SPAN = ("Table 3.1 Austria's goods trade, 2017-2021 (EUR billion)\n\n"
        "Year    Exports    Imports\n"
        "2017      100.0       80.0\n"
        "2018      104.0       83.0\n"
        "2019      110.0       86.0\n"
        "2020      108.0       84.0\n"
        "2021      125.0       92.0\n\n"
        "Over the {n} years shown, exports have increased by {change}, while imports have grown by 15.0%.\n")


def test_a_change_over_the_years_shown_runs_over_the_table_beside_it():
    """"Over the five years shown, exports have increased by 25.0%", after a table of 2017
    to 2021: 2021 against 2017."""
    d = _claims(SPAN.format(n="five", change="25.0%"))
    for snippet in ("25.0%", "15.0%"):
        c = _claim(d, snippet)
        assert (c["period"], c["base_period"]) == ("2021", "2017")
        assert c["attribution"]["base_period"] == "table-span-start"
    assert _claim(d, "92.0")["period"] == "2021"  # (the table's last cell, no total over the years)
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(SPAN.format(n="five", change="35.0%")))) == 1


def test_a_count_of_years_the_table_does_not_have_leaves_the_span_unknown():
    """"Over the four years shown" beside five rows: which four is not said, so no base."""
    d = _claims(SPAN.format(n="four", change="35.0%"))
    assert _claim(d, "35.0%")["base_period"] is None
    assert not _inconsistent(d)


POSSESSIVE = ("In 2025 Viet Nam's trade balance of goods showed a surplus of $20.0 billion (last year's trade surplus was "
              "$25.0 billion), a decrease of {change}.\n")


def test_last_years_figure_in_a_bracket_is_a_year_before_the_figure_it_follows():
    """"a surplus of $20.0 billion (last year's trade surplus was $25.0 billion)", in a
    report on 2025 published in 2026: the bracket's figure is of 2024, not 2025."""
    d = _claims(POSSESSIVE.format(change="20.0%"), "2026-01-06")
    assert _claim(d, "25.0")["period"] == "2024"
    assert _claim(d, "20.0 billion")["period"] == "2025"
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(POSSESSIVE.format(change="30.0%"), "2026-01-06"))) == 1


def test_a_change_after_a_qualified_comparative_adverb_is_read():
    """"Imports fell much more sharply, by 8.0%, to ...": the adverb's comparative may
    itself be qualified."""
    text = ("In 2023, Germany's imports of goods fell much more sharply, by 8.0%, to EUR 1,380.0 billion, "
            "from EUR 1,500.0 billion in 2022.\n")
    d = _claims(text, "2024-03-01")
    c = _claim(d, "8.0%")
    assert (c["kind"], c["measure"], c["period"], c["base_period"]) == ("percent_change", "imports", "2023", "2022")
    assert not _inconsistent(d)


def test_iron_ores_and_concentrates_is_the_iron_ore_group():
    """"Iron ores and concentrates remained Australia's largest export, at $50.0b": a part
    of the exports (iron ore), not the whole."""
    text = ("In 2015-16, Australia's exports of goods were valued at $250.0b. Iron ores and concentrates "
            "remained Australia's largest export, at $50.0b, or 20.0% of the total.\n")
    d = _claims(text, "2017-03-01")
    assert _claim(d, "$50.0b")["commodity"] == "iron ore"
    assert not _inconsistent(d)
