"""Sentences that name the scope of a figure: a product the vocabulary does not know, a part
left out in an aside, a total said to be made of named parts, a headline's label beside the
body's, the world's exports beside one country's. How each is read."""
import pathlib

import pytest

from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


# --- 1. a product the vocabulary does not know is a part of the flow, never its whole

UK_TOTALS = ("LONDON, February 8, 2024 - Britain's goods exports totalled £400 billion in 2023 and imports "
             "£600 billion, leaving a deficit of £200 billion. ")


def test_exports_of_an_unknown_product_are_a_part_of_exports():
    r = read(UK_TOTALS + "Exports of Harris tweed rose to £5.6 billion, up 3% from £5.44 billion in 2022.")
    c = r["claims"]["£5.6 billion"]
    assert c["commodity"] == "harris tweed" and c["measure"] == "exports" and c["reporter"] == "GBR"
    assert r["claims"]["£5.44 billion"]["commodity"] == "harris tweed"
    assert r["errors"] == []
    assert not any(f["check"] == "duplicate" for f in r["findings"])  # no second figure for total exports


def test_a_figure_of_an_unknown_products_exports_is_a_part():
    r = read(UK_TOTALS + "£5.6 billion of Harris tweed exports went abroad last year.")
    assert r["claims"]["£5.6 billion"]["commodity"] == "harris tweed"
    assert not any(f["check"] == "duplicate" for f in r["findings"])


def test_an_unknown_product_leading_its_flow_word_is_the_subject():
    r = read(UK_TOTALS + "Harris tweed exports rose to £5.6 billion, while gin sales to India reached £0.2 billion.")
    assert r["claims"]["£5.6 billion"]["commodity"] == "harris tweed"
    gin = r["claims"]["£0.2 billion"]
    assert (gin["commodity"], gin["partner"]) == ("gin", "IND")
    assert r["errors"] == []


def test_the_country_before_an_unknown_product_owns_it():
    r = read("NAIROBI, March 1, 2024 - Kenya's exports were $7.2 billion in 2023. Kenyan flower exports rose to $0.9 billion.")
    c = r["claims"]["$0.9 billion"]
    assert (c["commodity"], c["reporter"]) == ("cut flowers", "KEN")  # the vocabulary's name for flowers


def test_a_place_a_whole_or_goods_in_general_is_no_product():
    for text in ("Exports of the country rose to $5 billion in 2023.", "Chinese exports rose to $5 billion in 2023.",
                 "Outbound shipments rose to $5 billion in 2023.", "Monthly exports were $5 billion in 2023.",
                 "Kenya's exports were $5 billion in 2023.", "US exports to China were $5 billion in 2023.",
                 "Exports rose 4% in 2023, and imports totaled $5 billion."):
        assert read(text)["claims"]["$5 billion"]["commodity"] is None, text
    r = read("Over the same months, imports of Chinese products dropped 13.5 percent to US$48.6 billion.")
    assert r["claims"]["US$48.6 billion"]["commodity"] is None


def test_a_headline_names_the_bodys_unknown_product_too():
    r = read("Brazilian Agribusiness Exports Hit Record US$166.55 Billion in 2023\n\nSAO PAULO, January 12, 2024 - "
             "Foreign sales of Brazilian agribusiness products climbed to an all-time high of US$166.55 billion in "
             "2023. The sector accounted for 49.0 percent of everything the country sold abroad last year "
             "(US$339.67 billion). Since agribusiness imports came to only US$16.64 billion, the sector's trade "
             "surplus reached US$149.91 billion.", "2024-01-12")
    for text in ("US$166.55 Billion", "US$166.55 billion", "49.0 percent", "US$16.64 billion", "US$149.91 billion"):
        assert r["claims"][text]["commodity"] == "agribusiness", text
    assert r["claims"]["US$339.67 billion"]["commodity"] is None
    assert r["errors"] == []


# --- 2. a part left out in an aside: the figure is another quantity than the whole flow

BOTSWANA = "GABORONE, March 12, 2024 - Botswana's total exports were $6.1 billion in 2023. "


def test_a_part_left_out_in_an_aside_is_a_scope_of_the_figure():
    for subject in ("Exports, excluding diamonds, were $1.2 billion", "Exports (excluding diamonds) were $1.2 billion",
                    "Exports – excluding diamonds – were $1.2 billion", "Exports, which exclude diamonds, were $1.2 billion",
                    "Exports, not counting diamonds, were $1.2 billion", "Exports were $1.2 billion, excluding diamonds",
                    "Exports were $1.2 billion excluding diamonds"):
        r = read(BOTSWANA + subject + "; imports were $7.9 billion; the deficit was $1.8 billion.")
        c = r["claims"]["$1.2 billion"]
        assert (c["commodity"] or c["scope"]) == "excluding diamonds", subject  # (a product word's, or the aside's)
        assert r["claims"]["$7.9 billion"]["commodity"] is None, subject
        assert r["claims"]["$7.9 billion"].get("scope") is None, subject
        assert r["errors"] == [], subject  # the deficit is of total exports: -1.8 = 6.1 - 7.9


def test_a_scoped_level_is_never_combined_with_unscoped_ones():
    # no total exports stated: the balance has no exports to be checked with
    r = read("GABORONE, March 12, 2024 - Botswana's exports (not counting diamonds) were $1.2 billion in 2023; "
             "imports were $7.9 billion; the deficit was $1.8 billion.")
    assert r["errors"] == []
    assert not any(f["check"] == "sum" for f in r["findings"])


def test_every_part_an_aside_leaves_out_is_left_out():
    text = ("GABORONE, March 12, 2024 - Botswana's exports reached $6.1 billion in 2023. Diamonds brought in $4.3 "
            "billion and gold $0.6 billion, while exports, excluding gold and diamonds, were $1.2 billion.")
    r = read(text)
    assert r["claims"]["$1.2 billion"]["commodity"] == "excluding gold and diamonds"
    assert r["errors"] == []
    assert any(f["check"] == "sum" and f["status"] == "consistent" for f in r["findings"])
    assert read(text.replace("$1.2 billion", "$1.6 billion"))["errors"]


def test_an_opener_reaching_past_its_clause_is_a_guess():
    text = (BOTSWANA + "Excluding diamonds, exports were $1.2 billion; imports were $7.9 billion; the deficit was $1.8 billion.")
    r = read(text)
    assert r["claims"]["$1.2 billion"]["commodity"] == "excluding diamonds"
    assert r["claims"]["$7.9 billion"].get("scope") is None and r["claims"]["$7.9 billion"]["commodity"] is None
    assert r["errors"] == []
    # whether the deficit leaves diamonds out too is not said: a conflict with it is no error
    r = read(text.replace("$6.1 billion", "$9.1 billion"))
    assert r["errors"] == []
    assert any(f["check"] == "sum" and f["status"] == "unverifiable" for f in r["findings"])


def test_places_left_out_are_a_scope_not_a_product():
    r = read("PRETORIA, March 31, 2023 - South Africa's trade data were released on Friday. Without the BELN countries, February's preliminary trade surplus shrinks to "
             "R7.0 billion, on imports of R133.2 billion and exports of R140.3 billion.", "2023-03-31")
    for text in ("R7.0 billion", "R133.2 billion", "R140.3 billion"):
        assert r["claims"][text]["commodity"] is None and r["claims"][text]["scope"].startswith("excluding"), text


# --- 3. a total said to be made of named parts: the parts add up to it

AMMAN = "AMMAN, March 20, 2024 (Petra) - "
JORDAN = [
    "Jordan's total exports (national exports plus re-exports) reached JD 6.15 billion in 2023. National exports "
    "amounted to JD 5.63 billion. Re-exports came to JD 520 million.",
    "Jordan's total exports, comprising national exports and re-exports, reached JD 6.15 billion in 2023, up 2% from "
    "JD 6.03 billion, of which national exports accounted for JD 5.63 billion and re-exports for JD 520 million.",
    "The value of total exports (national exports plus re-exports) rose to JD 6.15 billion in 2023, while the value "
    "of national exports was JD 5.63 billion and that of re-exports JD 520 million.",
    "National exports rose to JD 5.63 billion in 2023 and re-exports to JD 520 million, bringing total exports to JD "
    "6.15 billion.",
]


def test_a_total_made_of_national_exports_and_re_exports_is_their_sum():
    for text in JORDAN:
        r = read(AMMAN + text, "2024-03-20")
        total = r["claims"]["JD 6.15 billion"]
        assert total["commodity"] is None, text  # the whole, not national exports, nor exports less re-exports
        assert r["claims"]["JD 5.63 billion"]["commodity"] == "excluding re-exports", text
        assert r["claims"]["JD 520 million"]["commodity"] == "re-exports", text
        assert r["errors"] == [], text
        assert any(f["check"] == "sum" and f["status"] == "consistent" for f in r["findings"]), text


def test_a_total_continued_by_its_change_is_the_total_too():
    r = read(AMMAN + JORDAN[1], "2024-03-20")
    assert r["claims"]["2%"]["commodity"] is None and r["claims"]["JD 6.03 billion"]["commodity"] is None


def test_a_changed_part_of_a_total_is_found():
    for text in JORDAN:
        for old, new in (("JD 520 million", "JD 580 million"), ("JD 5.63 billion", "JD 5.93 billion")):
            assert read(AMMAN + text.replace(old, new), "2024-03-20")["errors"], (text, new)


# --- 4. a headline's label and the body's for one figure; a share with its own stated whole

TEXTILES = ("Textile exports up 5%\n\nISLAMABAD, March 5, 2024 - Pakistan's textile and clothing exports rose 5% to "
            "$16.5 billion in 2023 from $15.71 billion a year earlier, the Pakistan Bureau of Statistics said. ")


def test_a_headlines_label_is_the_bodys_group_not_its_whole():
    r = read("Textile exports up 5% to $16bn\n\nISLAMABAD, March 5, 2024 - Pakistan's textile and clothing exports rose "
             "5% to $16.5 billion in 2023 from $15.71 billion a year earlier.", "2024-03-05")
    assert r["claims"]["$16bn"]["commodity"] == r["claims"]["$16.5 billion"]["commodity"] == "textiles and clothing"
    # one quantity stated twice, not a part within a whole
    assert not any(f["check"] == "bound" for f in r["findings"])
    assert r["errors"] == []


SHARES = ["The sector has a share of 60 percent of total exports, which were $27.5 billion.",
          "Textiles and clothing account for 60 percent of total exports, which were $27.5 billion.",
          "Their share of total exports, which reached $27.5 billion, was 60 percent."]


def test_a_share_of_total_exports_has_the_total_for_its_whole():
    for share in SHARES:
        r = read(TEXTILES + share, "2024-03-05")
        assert r["claims"]["60 percent"]["commodity"] == "textiles and clothing", share
        assert r["claims"]["$27.5 billion"]["commodity"] is None, share
        assert r["errors"] == [], share
        assert any(f["check"] == "ratio" and f["status"] == "consistent" for f in r["findings"]), share
        assert read(TEXTILES + share.replace("60 percent", "66 percent"), "2024-03-05")["errors"], share


def test_a_share_of_all_exports_to_a_partner_keeps_the_partner():
    r = read("Coal remained the main commodity Indonesia exported to Japan in 2023, with a value of US$5.5 billion, or "
             "26.5 percent of total exports to the country, which reached US$20.79 billion.", "2024-02-15")
    assert r["errors"] == []
    assert any(f["check"] == "ratio" and f["status"] == "consistent" for f in r["findings"])


# --- 5. the world's exports beside one country's: a share of world exports is the country's

WORLD = [
    "GENEVA, April 10, 2024 - China's share of world exports rose to 14.2 percent in 2023, the World Trade Organization "
    "said on Wednesday. World exports were $23.8 trillion and China's $3.38 trillion.",
    "GENEVA, April 10, 2024 - China accounted for 14.2 percent of world exports in 2023, the WTO said. World "
    "merchandise exports were $23.8 trillion and China's exports $3.38 trillion.",
    "GENEVA, April 10, 2024 - China's exports of $3.38 trillion in 2023 were 14.2 percent of global exports, which "
    "totalled $23.8 trillion, the WTO said.",
    "GENEVA, April 10, 2024 - World exports fell to $23.8 trillion in 2023, the WTO said. China's exports were $3.38 "
    "trillion, giving it a 14.2 percent share of the world total.",
]


def test_world_figures_are_the_worlds_and_a_share_of_them_the_countrys():
    for text in WORLD:
        r = read(text, "2024-04-10")
        world, china, share = r["claims"]["$23.8 trillion"], r["claims"]["$3.38 trillion"], r["claims"]["14.2 percent"]
        assert (world["reporter"], world["partner"], world["commodity"]) == ("WLD", "WLD", None), text
        assert (china["reporter"], china["partner"]) == ("CHN", "WLD"), text
        assert (share["reporter"], share["partner"]) == ("CHN", "WLD"), text
        assert r["errors"] == [], text
        assert any(f["check"] == "ratio" and f["status"] == "consistent" for f in r["findings"]), text


def test_a_changed_share_of_world_exports_is_found():
    for text in WORLD:
        assert read(text.replace("14.2 percent", "12.4 percent"), "2024-04-10")["errors"], text
        assert read(text.replace("$3.38 trillion", "$3.83 trillion"), "2024-04-10")["errors"], text


def test_each_owner_of_a_list_of_possessives_reports_its_flow():
    r = read("GENEVA, April 10, 2024 - World exports were $23.8 trillion in 2023, China's $3.38 trillion and the United "
             "States' $2.02 trillion.", "2024-04-10")
    us = r["claims"]["$2.02 trillion"]
    assert (us["reporter"], us["partner"]) == ("USA", "WLD")


# --- passages written for these kinds (tests/fixtures/probes/scopes), each with a planted copy

PASSAGES = pathlib.Path(__file__).parent / "fixtures" / "probes" / "scopes"
PUBLISHED = {"01-swa-scotch-whisky-exports": "2024-02-15", "02-botswana-excluding-diamonds": "2024-03-12",
             "03-petra-jordan-national-and-re-exports": "2024-03-20", "04-pbs-textile-headline": "2024-03-05",
             "05-wto-world-export-share": "2024-04-10"}


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_a_correct_passage_raises_no_error_and_its_planted_copy_does(name):
    text = (PASSAGES / f"{name}.txt").read_text(encoding="utf-8")
    planted = (PASSAGES / f"{name}.planted.txt").read_text(encoding="utf-8")
    assert read(text, PUBLISHED[name])["errors"] == []
    assert read(planted, PUBLISHED[name])["errors"]
