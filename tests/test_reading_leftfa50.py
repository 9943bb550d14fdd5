"""Round 50 (second wave), leftovers: a product past its owner and a scope word ("Norway's
international tourism exports"), a figure carried past an ", according to ..." aside that names
a place and a flow, a part tied to a product ("tourism-related transport services" within
tourism), and a text on one product's flow whose bare "exports" are no whole of another
product's figure."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in result(text)["findings"] if f["status"] == "inconsistent"]


def test_a_product_past_its_owner_and_a_scope_word_is_read():
    claims = result("Norway's international tourism exports were valued at $12.0 billion in 2023.")["claims"]
    assert claims[0]["commodity"] == "tourism"


def test_a_product_part_is_no_whole_of_the_services_total():
    text = ("Norway's international tourism exports were valued at $12.0 billion in 2023. Tourism made "
            "up 30.0% of Norway's total services exports of $40.0 billion.")
    assert errors(text) == []


def test_a_change_is_carried_past_a_source_aside():
    text = ("Norway's international tourism exports were valued at $12.0 billion in 2023, according to "
            "Statistics Norway balance of payments data, up {pct}% from $10.0 billion in 2022.")
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="35"))


def test_a_part_tied_to_a_product_stays_within_it():
    text = ("Norway's international tourism exports were valued at $12.0 billion in 2023. "
            "Tourism-related transport services, which cover fares paid by visitors, made up {pct}% "
            "of Norway's total services exports of $40.0 billion.")
    assert errors(text.format(pct="20.0")) == []
    assert errors(text.format(pct="45.0"))


def test_another_products_figure_is_no_part_of_the_bare_exports_of_a_product_text():
    text = ("Dry weather cuts Norwegian wheat exports to Japan\n\n"
            "Norway's wheat exports to Japan fell to 40,000 tonnes in 2023.\n\n"
            "The value of exports declined to $0.5 billion from $0.6 billion.\n\n"
            "Wheat is a small part of Norway's trade with Japan: machinery exports were worth "
            "more than $2.0 billion in 2023.")
    assert errors(text) == []


def test_a_named_product_above_a_bare_total_is_still_flagged():
    text = ("Norway's exports to Japan fell to $1.5 billion in 2023. Machinery exports to Japan were "
            "worth $2.0 billion in 2023.")
    assert errors(text)
