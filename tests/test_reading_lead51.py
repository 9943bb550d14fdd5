"""What a headline and lead say for the body, as a fifty-first round of passages wrote them: a
place named only as where one product's exports went, beside the country's overall balance,
and a headline on one product's exports over a body whose bare "Exports" and later levels are
that product's. How each kind is read."""
from tradecheck import extract_claims, verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _partners(text: str) -> dict[str, str]:
    df = extract_claims(text, published="2024-03-01")
    return dict(zip(df["text"], df["partner"]))


_PRODUCT_DESTINATION = (
    "Korea runs trade deficit in May but steel pipe exports to Mexico jump\n\n"
    "SEOUL - South Korea posted a trade deficit of 1.2 billion dollars in May, but shipments of "
    "steel pipes to Mexico nearly tripled, data showed.\n\n"
    "Exports rose 4.1 percent to 52.0 billion dollars from 49.95 billion dollars, while imports "
    "climbed 6.0 percent to 53.2 billion dollars.\n\n"
    "Exports to Mexico grew 8.0 percent to 1.3 billion dollars.")


def test_a_place_named_only_as_one_products_destination_is_not_the_storys_partner():
    partners = _partners(_PRODUCT_DESTINATION)
    assert partners["52.0 billion dollars"] == "WLD"
    assert partners["53.2 billion dollars"] == "WLD"
    assert partners["1.3 billion dollars"] == "MEX"
    assert errors(_PRODUCT_DESTINATION) == []


def test_the_countrys_own_levels_are_still_checked_against_their_change():
    planted = _PRODUCT_DESTINATION.replace("49.95 billion", "45.95 billion")
    assert errors(planted)


def test_a_headline_on_trade_with_a_place_keeps_that_place_as_partner():
    text = ("Korea's exports to Mexico jump in May\n\n"
            "SEOUL - South Korea's exports to Mexico rose 8.0 percent to 1.3 billion dollars in May, data showed.\n\n"
            "Imports climbed 2.0 percent to 0.9 billion dollars.")
    assert _partners(text)["0.9 billion dollars"] == "MEX"


_ONE_PRODUCT = (
    "Ethiopia's coffee exports dip 5% in 2023\n\n"
    "ADDIS ABABA - Ethiopia's exports of coffee fell to $950 million in 2023 from $1.0 billion, a decline of 5.0%, "
    "the central bank said.\n\n"
    "Exports have now fallen for two years. Set against the 2021 peak of $1.1 billion, last year's figure is 13.6% lower.\n\n"
    "Agricultural exports brought in $2.4 billion in 2023.")


def test_bare_levels_under_a_headline_on_one_products_exports_are_not_the_whole_below_another_product():
    assert errors(_ONE_PRODUCT) == []
