"""Creative goods and services (a forty-fifth round of passages): a later sentence that says
"such services" of the services just named, cinema admissions and tickets counted like any
other unit, and a level the text sets beside its figures as a benchmark. How each kind of
sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


SUCH_SERVICES = ("Brazil's exports of software and related services rose to $3.0 billion in 2024.\n\n"
                 "Imports of such services stood at $5.0 billion, leaving a deficit of {gap} billion.")


def test_such_services_are_the_services_just_named():
    """"Imports of such services": the imports and the deficit are of the services the sentence
    before named, so exports - imports = balance is formed."""
    claims = result(SUCH_SERVICES.format(gap="$2.0"))["claims"]
    assert {c["commodity"] for c in claims if c["text"] in ("$5.0 billion", "$2.0 billion")} == {"software and related services"}
    assert errors(SUCH_SERVICES.format(gap="$2.0")) == []
    assert any("balance" in e for e in errors(SUCH_SERVICES.format(gap="$2.6")))


TICKETS = "Spanish films sold 9.0 million tickets abroad in 2024, up {pct} from 7.5 million in 2023."


def test_a_change_between_two_counts_of_tickets_is_checked():
    """Tickets (and admissions) are counted units: the change between two stated counts holds."""
    assert errors(TICKETS.format(pct="20%")) == []
    assert any("+20.0%" in e for e in errors(TICKETS.format(pct="35%")))


ADMISSIONS = ("Danish films drew 4.0 million admissions abroad in 2024, up {pct} from 3.2 million in 2023.")


def test_a_change_between_two_counts_of_admissions_is_checked():
    assert errors(ADMISSIONS.format(pct="25%")) == []
    assert errors(ADMISSIONS.format(pct="45%"))


BENCHMARK = ("Danish films drew 4.0 million admissions abroad in 2024.\n\n"
             "Receipts reached €30 million, still below the pre-pandemic level of some 6 million admissions.\n\n"
             "Europe took 2.0 million admissions, or 50% of the total.")


def test_a_level_set_as_a_benchmark_is_no_whole_of_a_later_share():
    """"below the pre-pandemic level of 6 million admissions" is a benchmark, not the total the
    next paragraph's "50% of the total" is of."""
    assert errors(BENCHMARK) == []
