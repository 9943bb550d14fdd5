"""Counts of parcels and shipbuilding tonnage (round 49): a period between a change and its
earlier level ("up 20% year on year from"), "over" before the earlier level, a two-word kind
before a counted unit ("de minimis shipments"), CGT as a unit, a share "of them" or "of all"
a counted unit with its part's level after it, a share "of the global total", and a bullet
labelled as the whole ("Global orders:") that is no part of the bullets after it."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-06-30") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def test_a_change_dated_year_on_year_before_its_earlier_level_is_checked():
    text = "Completions rose to 60.0 million DWT in 2023, up {pct}% year on year from 50.0 million DWT."
    assert errors(text.format(pct="20.0")) == []
    assert errors(text.format(pct="30.0"))


def test_an_increase_over_an_earlier_count_of_shipments_is_checked():
    text = ("The port handled 2.4 billion small-value shipments in 2024, an increase of {pct}% over "
            "the 2.0 billion shipments handled in 2023.")
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="40"))


def test_a_two_word_kind_before_the_unit_keeps_the_level_in_that_unit():
    text = ("Customs cleared 1.5 billion de minimis shipments last year, an increase of {pct}% over "
            "the 1.2 billion shipments cleared the year before.")
    assert errors(text.format(pct="25")) == []
    assert errors(text.format(pct="45"))


def test_a_share_of_them_is_checked_against_the_count_before():
    text = ("Some 512 million parcels reached the country in 2024. About {pct}% of them, roughly "
            "410 million parcels, were sent from Asia.")
    assert errors(text.format(pct="80")) == []
    assert errors(text.format(pct="95"))


def test_a_share_of_all_consignments_is_checked_against_the_parcel_count():
    text = ("- In 2024, 2.0 billion low-value consignments entered the market.\n"
            "- This is up from 1.5 billion such consignments in 2023.\n"
            "- {pct}% of all low-value consignments came from one supplier, roughly 1.5 billion parcels.")
    assert errors(text.format(pct="75")) == []
    assert errors(text.format(pct="90"))


def test_a_share_of_the_global_total_in_cgt_is_checked_against_the_named_whole():
    text = ("Yards in Ruritania won 4.0 million CGT of orders, down 5 percent from 4.2 million CGT. "
            "That represented 20 percent of the 20.0 million CGT ordered worldwide.\n\n"
            "Freedonia took 12.0 million CGT, or {pct} percent of the global total.")
    assert errors(text.format(pct="60")) == []
    assert errors(text.format(pct="70"))


def test_a_bullet_labelled_global_is_the_whole_of_the_bullets_after_it():
    text = ("Orders in the first half:\n"
            "- Global new orders: 20.0 million CGT\n"
            "- Freedonia: {part} million CGT\n"
            "- Ruritania: 4.0 million CGT\n")
    assert errors(text.format(part="12.0")) == []
    assert errors(text.format(part="18.0"))
