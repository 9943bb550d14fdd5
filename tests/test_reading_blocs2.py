"""Country groups and blocs, round 23 leftovers: a text filed from a member's city about its
bloc is the bloc's; "the group's members" name the group named before; an aside on which
goods came from where names no side; the world's level in a relative clause is the world's,
and the share after it the text's subject's; a fraction of a share compares two shares; a
list label with an aside ("Other services, including ...:") is the item; value added and an
item's price are no trade flows; a group's partner's share of trade is of the group's."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(claim: dict) -> tuple:
    rep = claim.get("reporter") or (claim.get("reporter_group") and "group:" + claim["reporter_group"])
    par = claim.get("partner") or (claim.get("partner_group") and "group:" + claim["partner_group"])
    return rep, par


# a bloc's story filed from a member's capital; the member's own figures come later
EAC_FROM_TANZANIA = ("East African Community trade review\n\n"
                     "DODOMA, Tanzania – Exports within the East African Community's single market grew modestly, officials said.\n\n"
                     "Total exports of the bloc reached US$24.0 billion in 2023. Tanzania's exports rose almost threefold, "
                     "from US$3.1 billion in 2019 to US${} billion in 2023.")


def test_a_bloc_story_filed_from_a_members_city_is_the_blocs():
    r = read(EAC_FROM_TANZANIA.format("8.9"))
    assert pair(r["claims"]["US$24.0 billion"])[0] == "group:East African Community"
    assert pair(r["claims"]["US$8.9 billion"])[0] == "TZA"


def test_the_members_multiple_takes_the_levels_of_its_own_sentence():
    assert read(EAC_FROM_TANZANIA.format("8.9"))["errors"] == []  # (not 24.0 / 3.1)


def test_a_members_multiple_that_its_levels_break_is_an_error():
    assert read(EAC_FROM_TANZANIA.format("15.9"))["errors"]


def test_a_member_named_beyond_the_dateline_still_reports():
    text = ("Kenya trade\n\nNAIROBI, Kenya – Kenya's exports to the East African Community rose to "
            "US$3.2 billion in 2023, the bloc's secretariat said.")
    assert pair(read(text)["claims"]["US$3.2 billion"])[0] == "KEN"


# a group named, then referred back to by "the group's" / "the bloc's"
LLDC = ("Landlocked countries fall further behind\n\nGENEVA – The landlocked developing countries (LLDCs) "
        "remain far from their trade goals, a new report says.\n\n"
        "Merchandise exports {} reached $310 billion in 2023. Minerals, mostly copper and gold from Zambia and Mongolia, "
        "accounted for $124 billion, or {} per cent of the total.")


def test_the_groups_members_are_the_group_named_before():
    r = read(LLDC.format("from the group's 32 members", "40"))
    assert pair(r["claims"]["$310 billion"])[0] == "group:LLDCs"
    assert r["errors"] == []


def test_the_groups_own_flow_before_it_too():
    r = read(LLDC.format("of the group", "40").replace("Merchandise exports of the group", "The group's merchandise exports"))
    assert pair(r["claims"]["$310 billion"])[0] == "group:LLDCs"


def test_an_aside_on_where_the_goods_came_from_names_no_side():
    r = read(LLDC.format("from the group's 32 members", "40"))
    assert pair(r["claims"]["$124 billion"]) == ("group:LLDCs", "WLD")


def test_a_share_the_parts_break_is_an_error():
    assert read(LLDC.format("from the group's 32 members", "30"))["errors"]


# the world's level in a relative clause, then the subject's share of it
SIDS = ("Island services exports recover\n\nStatistical note\n\n"
        "Small island developing States' services exports rose to US$38.0 billion in 2023. Their share of world services exports, "
        "which reached US$7.6 trillion, stood at {} per cent – about a third of their share in world tourism receipts.")


def test_the_worlds_level_in_a_relative_clause_is_the_worlds():
    r = read(SIDS.format("0.5"))
    assert pair(r["claims"]["US$7.6 trillion"]) == ("WLD", "WLD")


def test_the_share_after_the_worlds_level_is_the_subjects():
    r = read(SIDS.format("0.5"))
    assert pair(r["claims"]["0.5 per cent"])[1] == "WLD"
    assert pair(r["claims"]["0.5 per cent"])[0] != "WLD"
    assert r["errors"] == []


def test_a_fraction_of_a_share_is_no_share_of_a_flow():
    r = read(SIDS.format("0.5"))
    assert r["claims"]["a third"]["measure"] == "other"


def test_a_share_of_the_world_level_the_figures_break_is_an_error():
    assert read(SIDS.format("0.9"))["errors"]


# a list label qualified by an aside before its colon
SERVICES_LIST = ("Jamaica's services exports came to US$6.0 billion in 2023.\n\n"
                 "• Travel: US$4.2 billion (70 per cent)\n"
                 "• Other business services, excluding financial services: US$1.8 billion ({} per cent)\n")


def test_a_list_label_with_an_aside_names_its_item():
    r = read(SERVICES_LIST.format("30"))
    assert r["claims"]["US$1.8 billion"]["commodity"] == "other business services"
    assert r["errors"] == []


def test_a_list_items_share_the_figures_break_is_an_error():
    assert read(SERVICES_LIST.format("40"))["errors"]


# value added, and the price of one item, beside the gross exports
TIVA = ("Mexico exported $593 billion of goods in 2023. Roughly {} of that value was imported content, and "
        "domestic value added came to some $350 billion. A car leaving a plant in Puebla with an export price of "
        "$30,000 may hold a $9,000 engine from abroad; its seats, worth $800, are made locally.")


def test_value_added_and_imported_content_are_no_flows():
    r = read(TIVA.format("$243 billion"))
    assert r["claims"]["$243 billion"]["measure"] == "other"
    assert r["claims"]["$350 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_an_items_price_is_no_flow():
    r = read(TIVA.format("$243 billion"))
    assert r["claims"]["$9,000"]["measure"] == "other"
    assert r["claims"]["$800"]["measure"] == "other"


def test_the_gross_exports_are_still_a_flow():
    assert read(TIVA.format("$243 billion"))["claims"]["$593 billion"]["measure"] == "exports"


# a group's partner's share of the group's trade
GCC = ("Gulf trade at a record\n\nRIYADH – Total trade of the six GCC member states reached US$1.50 trillion in 2023, according to the "
       "secretariat. China remained the GCC's largest trading partner, with two-way trade of US${} billion, "
       "equivalent to 20.0 per cent of the GCC's total trade.")


def test_a_partners_share_of_a_groups_trade_is_checked():
    assert read(GCC.format("300"))["errors"] == []
    assert read(GCC.format("380"))["errors"]
