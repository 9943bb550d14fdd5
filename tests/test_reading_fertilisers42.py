"""Fertiliser trade, round 42: a "record" that prices eased or retreated FROM is an earlier
peak, no record claim for the next figure; a second company joined by "and" that "posted
sales of" owns that turnover as the first does; a change of a tonnage is checked though the
product is glossed in brackets between ("tonnes of nitrate (AN) in 2022, down 20% from ...")."""
from tradecheck import verify_text


def _claims(text, published="2024-03-01"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


EASED_FROM_RECORD = ("Kenya's spending on imported fertiliser fell in 2023 as urea prices {verb} from the record "
                     "highs seen in 2022, data showed.\n\nKenya spent $4.0 billion on fertiliser imports in 2023, "
                     "down 20% from $5.0 billion in 2022.")


def test_a_record_that_prices_moved_off_is_no_record_for_the_next_figure():
    """"as urea prices eased from the record highs seen in 2022": the record is the earlier
    peak of prices; the lower import bill in the next sentence is not called a record."""
    for verb in ("eased", "retreated", "fell"):
        d = _claims(EASED_FROM_RECORD.format(verb=verb))
        assert _claim(d, "$4.0 billion")["measure"] == "imports"
        assert not _inconsistent(d), verb
        assert not any(f["check"] == "record" for f in d["findings"])


def test_a_record_figure_after_from_is_still_read():
    """"fell to $4.0bn from a record $5.0bn": the record word stays with the figure right
    after it (the earlier, higher level), so no alarm and the reading is kept."""
    d = _claims("Kenya's fertiliser imports fell to $4.0 billion in 2023 from a record $5.0 billion in 2022.")
    assert not _inconsistent(d)


JOINED_COMPANY = ("Ruritania's fertiliser exports totalled $8.0 billion in 2023.\n\nAcme Mining reported 2023 "
                  "revenue of $9.5 billion, and Borduria Nutrients posted sales of $3.0 billion.")


def test_a_second_company_that_posted_sales_owns_them():
    """", and Borduria Nutrients posted sales of $3.0 billion": the company's turnover (other),
    no exports of the country, so it is no whole the $8.0bn exports could exceed."""
    d = _claims(JOINED_COMPANY)
    assert _claim(d, "$3.0 billion")["measure"] == "other"
    assert _claim(d, "$9.5 billion")["measure"] == "other"
    assert not _inconsistent(d)


GLOSSED_TONNAGE = ("We estimate that Ruritania exported 8.0 million tonnes of nitrate (AN) in 2022, down {pct}% "
                   "from 10.0 million tonnes in 2021.")


def test_a_tonnage_change_is_checked_past_a_bracketed_gloss():
    """"8.0 million tonnes of nitrate (AN) in 2022, down 20% from 10.0 million tonnes": the
    bracket glosses the product; the change of the tonnage is read, and a wrong one flagged."""
    assert not _inconsistent(_claims(GLOSSED_TONNAGE.format(pct=20)))
    bad = _inconsistent(_claims(GLOSSED_TONNAGE.format(pct=30)))
    assert len(bad) == 1 and bad[0]["check"] == "percent_change"
