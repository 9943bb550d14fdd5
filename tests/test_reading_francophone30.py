"""Trade notes from francophone West and Central Africa, as translated into English: the
coverage rate of imports by exports above 100% with a surplus, the bloc referred back to as
"the community area", a breakdown list ending with "Other member states", amounts written
with the "CFA F" prefix."""
from tradecheck import verify_text


def _verify(text, published="2025-06-01"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet, kind=None):
    return next(c for c in d["claims"] if snippet in c["text"] and (kind is None or c["kind"] == kind))


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def _pair(c):
    return c["reporter"], c["partner"] or ("group:" + c["partner_group"] if c.get("partner_group") else None)


def test_a_coverage_rate_above_100_percent_is_a_ratio_not_a_share_above_the_whole():
    text = ("Gabon's exports came to 2 400,0 billion FCFA in 2024 and its imports to 1 600,0 billion FCFA. "
            "The coverage rate of imports by exports reached 150,0%.")
    d = _verify(text)
    assert not _inconsistent(d)
    assert any(f["check"] == "ratio" and f["status"] == "consistent" for f in d["findings"])


def test_a_coverage_rate_above_100_percent_that_does_not_match_is_still_caught():
    text = ("Gabon's exports came to 2 400,0 billion FCFA in 2024 and its imports to 1 600,0 billion FCFA. "
            "The coverage rate of imports by exports reached 170,0%.")
    d = _verify(text)
    assert [f["check"] for f in _inconsistent(d)] == ["ratio"]


def test_the_community_area_is_the_bloc_named_before_and_so_is_the_share_restating_it():
    text = ("Member states of WAEMU are Benin's main customers. In 2024, exports to the community area "
            "amounted to 300,0 billion FCFA, i.e. 40,0% of Benin's total exports of 750,0 billion FCFA.")
    d = _verify(text)
    assert _pair(_claim(d, "300,0", "amount")) == ("BEN", "group:WAEMU")
    assert _pair(_claim(d, "40,0%", "share")) == ("BEN", "group:WAEMU")
    assert not _inconsistent(d)


def test_a_share_after_the_community_area_that_does_not_match_is_caught():
    text = ("Member states of WAEMU are Benin's main customers. In 2024, exports to the community area "
            "amounted to 300,0 billion FCFA, i.e. 45,0% of Benin's total exports of 750,0 billion FCFA.")
    d = _verify(text)
    assert [f["check"] for f in _inconsistent(d)] == ["ratio"]


_LIST = ("In 2024, Benin's exports to ECOWAS amounted to 200,0 billion FCFA, out of total exports of 900,0 billion FCFA.\n\n"
         "Breakdown of exports to ECOWAS in 2024 (billion FCFA):\n"
         "- Nigeria: 90,0\n"
         "- Togo: 40,0\n"
         "- Other member states: {rest}\n")


def test_other_member_states_closing_a_breakdown_are_the_rest_of_the_bloc():
    d = _verify(_LIST.format(rest="70,0"))
    rest = _claim(d, "70,0")
    assert rest["partner"] == "group:ECOWAS other than NGA+TGO"
    assert not _inconsistent(d)
    assert any(f["check"] == "sum" and f["status"] == "consistent" for f in d["findings"])


def test_a_rest_of_the_members_that_does_not_add_up_is_caught():
    d = _verify(_LIST.format(rest="95,0"))
    assert [f["check"] for f in _inconsistent(d)] == ["sum"]


def test_the_cfa_f_prefix_names_the_currency():
    text = "Cameroon's exports reached CFA F 1 250,5 billion in the third quarter of 2024."
    c = _claim(_verify(text, "2024-12-20"), "1 250,5")
    assert c["kind"] == "amount" and c["currency"] == "XAF" and c["value"] == 1250.5e9
    c = _claim(_verify("Exports of Senegal reached 950,0 billion F CFA in 2024."), "950,0")
    assert c["kind"] == "amount" and c["currency"] == "XOF"


def test_an_aside_opened_by_an_adverb_and_an_article_names_no_flow_of_the_figure():
    text = ("Chad's exports of goods reached 2 000,0 billion FCFA in 2024. Cotton, long the mainstay "
            "of the economy, accounted for 300,0 billion FCFA. Imports came to 1 500,0 billion FCFA.")
    c = _claim(_verify(text), "300,0")
    assert c["measure"] == "exports" and c["commodity"] == "cotton"


def test_a_bracketed_percentage_after_an_amount_with_its_currency_word_is_its_share():
    text = ("Chad's exports of goods reached 2 000,0 billion FCFA in 2024. Gum arabic accounted for "
            "300,0 billion FCFA ({share}), Chad's statistics office said. Imports came to 1 500,0 billion FCFA.")
    d = _verify(text.format(share="15,0%"))
    assert _claim(d, "15,0%")["kind"] == "share"
    assert not _inconsistent(d)
    assert [f["check"] for f in _inconsistent(_verify(text.format(share="18,0%")))] == ["ratio"]


def test_a_route_in_a_participle_aside_is_no_partner_and_no_port_scope():
    text = ("Chad: crude oil still dominates exports\n\n"
            "N'Djamena - Chad's exports of goods totalled 2 000,0 billion FCFA in 2024, the statistics office said. "
            "Crude oil, shipped for years through the Chad-Cameroon pipeline to the port of Kribi, earned "
            "1 200,0 billion FCFA, or {share} of the total. Cotton came second with 150,0 billion FCFA.")
    d = _verify(text.format(share="60,0%"))
    for snippet in ("1 200,0", "60,0%", "150,0"):
        c = _claim(d, snippet)
        assert (c["reporter"], c["partner"], c.get("scope")) == ("TCD", "WLD", None)
    assert not _inconsistent(d)
    assert [f["check"] for f in _inconsistent(_verify(text.format(share="66,0%")))] == ["ratio"]


def test_a_change_after_a_figure_set_against_last_months_level_compares_the_two_months():
    text = ("In May 2025, Senegal's exports of goods amounted to 500,0 billion FCFA against 400,0 billion "
            "FCFA in April 2025, an increase of {rate}. Imports stood at 700,0 billion FCFA in May 2025, "
            "against 800,0 billion FCFA the previous month, a fall of 12,5%.")
    d = _verify(text.format(rate="25,0%"), "2025-06-15")
    assert _claim(d, "25,0%")["base_period"] == "2025-04"
    assert _claim(d, "12,5%")["base_period"] == "2025-04"
    assert not _inconsistent(d)
    assert [f["check"] for f in _inconsistent(_verify(text.format(rate="20,0%"), "2025-06-15"))] == ["percent_change"]
