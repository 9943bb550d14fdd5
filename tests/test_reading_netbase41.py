"""Net balances in words and the base of a change (round 41): "net coffee imports" are a
balance, an acronym in brackets names a price index again, "X% below the record Y reached in
YEAR" runs from that year, "from a record Y" is the earlier level."""
from tradecheck import verify_text


def _claims(text, published="2024-03-01"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


NET_IMPORTS = ("Kenya's coffee imports rose to $4.0 billion in 2023. Coffee exports in the same year came to "
               "$1.5 billion, leaving net coffee imports at {net} billion.")


def test_net_imports_with_a_product_between_are_a_deficit():
    """"leaving net coffee imports at $2.5 billion": imports less exports, a balance of
    -$2.5bn checked against the two flows, not a second level of imports."""
    d = _claims(NET_IMPORTS.format(net="$2.5"))
    c = _claim(d, "$2.5")
    assert (c["measure"], c["value"], c["reporter"], c["period"]) == ("balance", -2.5e9, "KEN", "2023")
    assert not _inconsistent(d)
    assert any(f["check"] == "sum" and f["status"] == "consistent" for f in d["findings"])
    assert len(_inconsistent(_claims(NET_IMPORTS.format(net="$3.5")))) == 1


NET_EXPORT_VALUE = ("Finland's paper exports reached EUR 9.0 billion in 2022. Paper imports amounted to "
                    "EUR 2.0 billion, giving a net export value of EUR {net} billion.")


def test_a_net_export_value_is_a_surplus():
    """"giving a net export value of EUR 7.0 billion": exports less imports, a surplus."""
    d = _claims(NET_EXPORT_VALUE.format(net="7.0"), "2023-03-01")
    c = _claim(d, "EUR 7.0")
    assert (c["measure"], c["value"]) == ("balance", 7.0e9)
    assert not _inconsistent(d)


def test_net_of_is_no_balance():
    """"exports net of re-exports": "net of" excludes, the figure stays exports."""
    d = _claims("Singapore's exports net of re-exports rose to S$200 billion in 2023.")
    assert _claim(d, "S$200")["measure"] == "exports"


INDEX_ACRONYM = ("Malaysia's rubber exports fell 9% to RM10.0 billion in 2023 from RM11.0 billion. "
                 "The Bursa Rubber Index (BRI) for smoked sheets fell 12% during 2023, "
                 "while the BRI for latex slumped 20%.")


def test_an_acronym_given_to_a_price_index_names_it_again():
    """"while the BRI for latex slumped 20%": the acronym in brackets after the index stands
    for it, so the follow-on change is the index's, not a change in exports."""
    d = _claims(INDEX_ACRONYM)
    assert _claim(d, "20%")["measure"] == "other"
    assert not _inconsistent(d)


BELOW_RECORD = ("Chilean wine exports fell 4.0% in 2024 to $1.92bn, down from $2.0bn in 2023. "
                "Exports remain high, although they are {pct} below the record $2.4bn reached in 2021.")


def test_a_change_below_a_dated_record_runs_from_that_year():
    """"13% below the record $2.4bn reached in 2021": the change is on 2021's level, not on
    the year before."""
    d = _claims(BELOW_RECORD.format(pct="20%"), "2025-02-01")
    c = _claim(d, "20%")
    assert (c["period"], c["base_period"]) == ("2024", "2021")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(BELOW_RECORD.format(pct="30%"), "2025-02-01"))) == 1


FROM_RECORD = "Japan's sake exports fell 10.0% in 2023 to ¥{now} billion, from a record ¥47.5 billion."


def test_from_a_record_level_is_the_earlier_level():
    """"fell 10.0% to ¥42.75 billion, from a record ¥47.5 billion": the record is the level
    the change runs from, at the year before."""
    d = _claims(FROM_RECORD.format(now="42.75"))
    assert _claim(d, "47.5")["period"] == "2022"
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(FROM_RECORD.format(now="38.0")))) == 1

