"""Services-by-category releases (round 55): two named kinds of services are siblings, never
part and whole ("maintenance and repair services" beside "transport services"); a table row set
out with spaces is its own category; after "By type," the subject posting a balance is that
kind's balance; "Within <kind>, fees ... came to" is a part of that kind's flow."""
from readings import errors, claim


def test_two_kinds_joined_by_and_name_one_sibling_category():
    text = ("Norway's exports of transport services were NOK 80 billion in 2023. Exports of "
            "maintenance and repair services were NOK 12 billion; they are counted apart from transport.")
    assert claim(text, "NOK 12 billion")["commodity"] == "maintenance and repair services"
    assert errors(text) == []


def test_a_services_kind_ends_before_a_level_verb():
    text = "In 2023, exports of education services remained weak at A$9.4 billion."
    assert claim(text, "A$9.4 billion")["commodity"] == "education services"


def test_a_spaced_table_row_is_its_own_category_not_a_whole():
    text = ("Singapore's exports of services were S$300 billion in 2023, and exports of transport "
            "services were S$90 billion.\n\nOther services exports included:\n\n"
            "  Charges for the use of brands     S$4.0 billion\n"
            "  Maintenance and repair services   S$6.0 billion\n")
    assert claim(text, "S$4.0 billion")["commodity"] == "charges for the use of brands"
    assert errors(text) == []


def test_by_type_the_subject_posting_a_balance_is_that_kinds():
    text = ("Taiwan's trade in royalties left a deficit of US$1.0 billion in 2023. By type, design "
            "rights such as logos and patterns posted a deficit of US$1.8 billion, while copyrights "
            "posted a surplus.")
    assert claim(text, "US$1.8 billion")["commodity"] == "design rights"
    assert errors(text) == []


def test_within_a_kind_fees_are_a_part_of_its_flow():
    text = ("Ireland's exports of insurance services were €20.0 billion in 2023. Within insurance "
            "services, fees earned on reinsurance came to {fig} billion.")
    c = claim(text.format(fig="€7.5"), "€7.5 billion")
    assert (c["measure"], c["commodity"]) == ("exports", "fees earned on reinsurance")
    assert errors(text.format(fig="€7.5")) == []
    assert errors(text.format(fig="€27.5"))


def test_within_a_kind_the_text_gave_no_figure_for_leaves_the_fees_alone():
    text = "Within asset management, fees earned came to €3.0 billion in 2023."
    assert claim(text, "€3.0 billion")["measure"] == "other"
