"""Chip, ICT and electrical-goods trade releases (a forty-second round of passages): how a
listed product group, a plural acronym, a count of goods and a whole's relative clause are read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


LISTED = ("Ruritania's exports rose 5.0 percent in May to US$20.0 billion, the ministry said.\n\n"
          "Exports of machinery, metals and chemical products totaled US$9.0 billion, up 50.0 percent "
          "from a year earlier.")


def test_a_listed_product_group_after_exports_of_is_a_part_not_all_goods():
    """"Exports of machinery, metals and chemical products totaled": a product group (commas
    inside, a goods noun as its head) the vocabulary does not know is still a part."""
    r = read(LISTED)
    assert r["claims"]["US$9.0 billion"]["commodity"] not in (None, "goods")
    assert r["claims"]["50.0 percent"]["commodity"] == r["claims"]["US$9.0 billion"]["commodity"]
    assert r["errors"] == []


PLURAL = ("BEIJING, June 9 -- China imported 100.0 billion integrated circuits (ICs) in the first five "
          "months of 2025, up 9.0 percent year on year, customs data showed.\n\n"
          "The value of IC imports reached 150.0 billion U.S. dollars during the January-May period, "
          "up 5.0 percent.\n\n"
          "China's IC exports rose 20.0 percent to 70.0 billion dollars.\n\n"
          "China's total foreign trade stood at 2.5 trillion dollars in the first five months.")


def test_a_plural_acronym_in_brackets_names_its_product_when_used_in_the_singular():
    """"integrated circuits (ICs)" ... "IC imports": the acronym names the product, so its
    exports and imports are no parts of the country's total trade."""
    r = read(PLURAL)
    assert r["claims"]["150.0 billion U.S. dollars"]["commodity"] == "integrated circuits"
    assert r["claims"]["70.0 billion dollars"]["commodity"] == "integrated circuits"
    assert not any("total is stated" in e for e in r["errors"])


def test_a_change_after_a_count_of_goods_is_the_count_s_change():
    """"imported 100.0 billion integrated circuits ..., up 9.0 percent": the change of the
    count, not of the money value (5.0 percent), so no conflict between the two."""
    r = read(PLURAL)
    assert r["claims"]["9.0 percent"]["measure"] == "other"
    assert r["claims"]["5.0 percent"]["measure"] == "imports"
    assert r["errors"] == []


WHOLE = ("KUALA LUMPUR: Ruritania's exports of electrical and electronic (E&E) products fell 5.0% to "
         "RM500.0bil in 2023.\n\n"
         "E&E products accounted for 40.0% of total exports, which fell 10.0% to RM1,250.0bil from "
         "RM1,{prev}bil in 2022.")


def test_a_relative_clause_on_a_whole_is_the_whole_s_change():
    """"of total exports, which fell 10.0% to RM1,250.0bil from ...": the whole's figures,
    not the part's (E&E) the sentence opened on."""
    r = read(WHOLE.format(prev="388.9"), published="2024-02-20")
    assert r["claims"]["10.0%"]["commodity"] is None
    assert r["claims"]["RM1,250.0bil"]["commodity"] is None
    assert r["errors"] == []
    changed = read(WHOLE.format(prev="588.9"), published="2024-02-20")
    assert any("10.0%" in e for e in changed["errors"])
