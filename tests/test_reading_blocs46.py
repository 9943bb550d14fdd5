"""Regional blocs (a forty-sixth round of passages): a balance "with its <bloc> neighbours", a
bloc's own sub-region named as "South Asian countries", a table titled with a bloc whose Total
row is the bloc's, a list after "X tonnes, out of total imports of Y tonnes:". How each kind of
sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


NEIGHBOURS = ("Malawi's exports to COMESA members came to $310 million in 2023. Imports from the bloc "
              "reached $520 million, leaving Malawi with a deficit of {gap} million with its COMESA neighbours.")


def test_a_balance_with_its_bloc_neighbours_is_with_the_bloc():
    """"a deficit of $210 million with its COMESA neighbours": the bloc is the balance's partner."""
    claims = result(NEIGHBOURS.format(gap="$210"))["claims"]
    gap = next(c for c in claims if c["text"] == "$210 million")
    assert gap["partner"] is None and gap["partner_group"]
    assert errors(NEIGHBOURS.format(gap="$210")) == []
    assert errors(NEIGHBOURS.format(gap="$290"))


SUB_REGION = ("Nepal sold goods worth $0.9 billion to other South Asian countries in 2023, 60 percent of its "
              "total exports of $1.5 billion. Carpets, which earned $1.2 billion over the decade, go mostly to Europe.")


def test_south_asian_countries_are_a_partner_not_the_world():
    """"sold goods worth $0.9 billion to other South Asian countries": exports to the region."""
    claims = result(SUB_REGION)["claims"]
    region = next(c for c in claims if c["text"] == "$0.9 billion")
    assert region["partner"] is None and region["partner_group"] == "South Asia"


TITLED_TABLE = ("Uganda's exports to the East African Community rose {pct} per cent in 2023.\n\n"
                "Exports to EAC partner states (USh billion)\n\n"
                "Country       2022    2023\n"
                "Kenya         40.0    44.0\n"
                "Rwanda        10.0    11.0\n"
                "Total         50.0    55.0\n")


def test_a_total_row_under_a_title_naming_a_bloc_is_the_bloc():
    """A table titled "Exports to EAC partner states": its Total row is the bloc's, so the lead's change meets it."""
    claims = result(TITLED_TABLE.format(pct="10"))["claims"]
    totals = [c for c in claims if c["text"] in ("50.0", "55.0")]
    assert totals and all(c["partner_group"] == "East African Community" for c in totals)
    assert errors(TITLED_TABLE.format(pct="10")) == []
    assert errors(TITLED_TABLE.format(pct="20"))


OUT_OF = ("In 2022 the three Andean suppliers shipped 52,400 tonnes of bananas to Japan, out of total "
          "Japanese imports of about 90,000 tonnes:\n\n"
          "- Ecuador: 30,100 tonnes\n"
          "- Colombia: {second} tonnes\n"
          "- Peru: 5,100 tonnes\n")


def test_a_list_after_out_of_a_larger_total_itemises_the_first_level():
    """"shipped 52,400 tonnes ..., out of total imports of about 90,000 tonnes:" over bullets: they add up to 52,400."""
    assert errors(OUT_OF.format(second="17,200")) == []
    assert any("exceed the whole 52,400 tonnes" in e for e in errors(OUT_OF.format(second="27,200")))
