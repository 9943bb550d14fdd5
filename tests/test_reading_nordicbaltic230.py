"""Misreadings of round 30's Nordic and Baltic releases (second set): a headline's partner
over a body whose country sells to everyone, a definition between dashes before the
figure, and a flow's kind named before such a definition: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2026-03-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


HEADLINE_PARTNER = ("Denmark's surplus grew last year – sales to Japan up\n\n"
                    "Ritzau, 8 March 2026\n\n"
                    "Denmark exported goods worth 120.4 billion kroner in 2025, while imports came to 110.2 billion kroner. "
                    "Exports to Japan rose to 4.4 billion kroner from 4.0 billion a year earlier, an increase of 10 percent.")


def test_a_country_that_exported_after_a_headline_partner_sells_to_the_world():
    # the partner a headline names after its dash is one detail; the body's first
    # sentence, the country as the subject of "exported", names its own total
    r = read(HEADLINE_PARTNER)
    c = r["claims"]["120.4 billion kroner"]
    assert (c["reporter"], c["partner"]) == ("DNK", "WLD")
    assert (r["claims"]["4.4 billion kroner"]["reporter"], r["claims"]["4.4 billion kroner"]["partner"]) == ("DNK", "JPN")


def test_the_change_to_the_partner_is_checked_against_its_own_level():
    r = read(HEADLINE_PARTNER)
    assert r["errors"] == []
    wrong = read(HEADLINE_PARTNER.replace("an increase of 10 percent", "an increase of 30 percent"))
    assert len(wrong["errors"]) == 1


DEFINITION = ("Estonia's exports were 1.60 billion euros in May and imports 1.90 billion euros. "
              "Transit goods – merchandise of foreign origin sent on from Estonia – accounted for 400 million euros, "
              "or 25% of exports.")


def test_a_place_in_a_definition_between_dashes_is_no_side_of_the_flow():
    r = read(DEFINITION, "2026-07-10")
    c = r["claims"]["400 million euros"]
    assert (c["reporter"], c["partner"]) == ("EST", "WLD")
    assert r["errors"] == []


def test_a_list_of_places_between_dashes_is_still_the_subject():
    r = read("Intra-bloc exports reached $9.0 billion in 2025. Kenya exported $4.0 billion to the bloc. "
             "The other members – Rwanda and Burundi – together exported $1.0 billion to the bloc.", "2026-05-01")
    c = r["claims"]["$1.0 billion"]
    assert c["reporter"] != "KEN"


MAINLAND = ("Norway's goods exports were NOK 150.0 billion in May. "
            "Crude oil and natural gas together came to NOK 80.0 billion, while mainland exports – exports excluding "
            "crude oil, natural gas and ships – amounted to NOK 70.0 billion.")


def test_the_kind_of_flow_before_a_definition_between_dashes_is_its_product():
    r = read(MAINLAND, "2026-06-15")
    assert r["claims"]["NOK 70.0 billion"]["commodity"] == "mainland"
    assert r["errors"] == []


def test_a_flow_defined_to_exclude_a_part_does_not_hold_it():
    # "mainland exports – which exclude crude oil and gas –": the oil and gas figure after
    # it is no part of it, however much larger
    r = read("In total, mainland exports – which exclude crude oil, natural gas and ships – came to NOK 60.0 billion "
             "in May. Exports of crude oil and natural gas together were NOK 80.0 billion.", "2026-06-15")
    assert r["claims"]["NOK 60.0 billion"]["commodity"].startswith("mainland")
    assert r["errors"] == []


IMPORTS_TO = ("Lithuania's trade, June 2026\n\n"
              "In June, exports of goods from Lithuania amounted to 3,10 billion euros and imports to Lithuania "
              "to 3,40 billion euros. The trade deficit was 300 million euros, which is 20 million euros more than in May.")


def test_imports_to_a_country_are_that_countrys_own_imports():
    r = read(IMPORTS_TO, "2026-08-10")
    c = r["claims"]["3,40 billion euros"]
    assert (c["reporter"], c["partner"]) == ("LTU", "WLD")
    d = r["claims"]["300 million euros"]
    assert (d["reporter"], d["partner"]) == ("LTU", "WLD")


def test_the_balance_of_imports_to_a_country_is_checked():
    assert read(IMPORTS_TO, "2026-08-10")["errors"] == []
    wrong = read(IMPORTS_TO.replace("deficit was 300", "deficit was 400"), "2026-08-10")
    assert len(wrong["errors"]) == 1


def test_a_change_in_money_than_a_named_month_is_on_that_month():
    # "20 million euros more than in May": the balance's change since May, not a year back
    from tradecheck import verify_text
    result = verify_text(IMPORTS_TO, published="2026-08-10", reference="none").to_dict()
    c = next(c for c in result["claims"] if c["text"] == "20 million euros")
    assert c["change_base"] == "2026-05"


MONTH_ON_MONTH = ("Exports of goods rose 2.0 pct. in March\n\n"
                  "Seasonally adjusted exports of goods rose by 2.0 pct. from February to March 2026 and amounted to "
                  "DKK 102.0bn, against DKK 100.0bn in February. Imports of goods were DKK 90.0bn. "
                  "The trade surplus thus amounted to DKK 12.0bn.\n\n"
                  "Note: The figures are seasonally adjusted and in current prices.")


def test_a_change_from_one_month_to_the_next_after_an_abbreviated_percent():
    # "rose by 2.0 pct. from February to March": March against February, and the level
    # after it is March's alone
    r = read(MONTH_ON_MONTH, "2026-05-08")
    c = next(c for t, c in r["claims"].items() if t == "2.0 pct" and c["base_period"] == "2026-02")
    assert c["period"] == "2026-03"
    assert r["claims"]["DKK 102.0bn"]["period"] == "2026-03"


def test_a_note_that_the_figures_are_adjusted_names_every_figures_series():
    r = read(MONTH_ON_MONTH, "2026-05-08")
    assert r["claims"]["DKK 90.0bn"]["scope"] == "seasonally adjusted"
    assert r["claims"]["DKK 12.0bn"]["scope"] == "seasonally adjusted"
    assert r["errors"] == []
    wrong = read(MONTH_ON_MONTH.replace("DKK 12.0bn", "DKK 15.0bn"), "2026-05-08")
    assert any("balance" in e for e in wrong["errors"])


def test_a_note_alone_sets_no_series_where_no_sentence_names_it():
    # no figure is labelled adjusted: the note tells none apart (each keeps the scope it
    # has, goods and services alike)
    r = read("Exports of goods were 30.0 billion pounds and imports 50.0 billion pounds in May. Including services, "
             "where Britain ran a surplus of 15.0 billion pounds, the overall deficit was 8.0 billion pounds.\n\n"
             "The figures are seasonally adjusted unless stated.", "2026-07-10")
    assert r["claims"]["30.0 billion pounds"].get("scope") is None
    assert r["claims"]["50.0 billion pounds"].get("scope") is None


def test_a_release_that_names_its_office_by_acronym_is_that_countrys():
    # "SCB" on the source line, no country named before the buyers: the buyers are partners
    r = read("Record month for timber exports\n\nSCB, 10 March 2026\n\n"
             "Exports of sawn timber amounted to SEK 4.2 billion in February. Prices held up. Volumes rose.\n\n"
             "Germany, Denmark and the United Kingdom were the largest buyers of Swedish timber.")
    c = r["claims"]["SEK 4.2 billion"]
    assert (c["reporter"], c["partner"]) == ("SWE", "WLD")
