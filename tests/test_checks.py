"""Each check on consistent and inconsistent sentences, with rounding at the edges."""
import pytest

from tradecheck import verify_text


def findings(text, **kw):
    return verify_text(text, **kw).to_dict()["findings"]


def statuses(text, check=None, **kw):
    return [f["status"] for f in findings(text, **kw) if check is None or f["check"] == check]


@pytest.mark.parametrize("text, check, status", [
    # ratio: multiples against the two figures
    ("In 2022 trade between Belarus and Iran was $100mn, more than three times higher than in 2021 ($33mn).", "ratio", "consistent"),
    ("In 2022 trade between Belarus and Iran was $100mn, more than three times higher than in 2021 ($53mn).", "ratio", "inconsistent"),
    # percent_change, with rounding of both figures
    ("Serbia's trade with China rose 20% in 2023 to $6.3bn, compared with $5.25bn in 2022.", "percent_change", "consistent"),
    ("Serbia's trade with China rose 35% in 2023 to $6.3bn, compared with $5.25bn in 2022.", "percent_change", "inconsistent"),
    # sum: balance = exports - imports
    ("In 2023 Chile's exports to China were $38.4bn and imports from China $19.5bn, a surplus of $18.9bn.", "sum", "consistent"),
    ("In 2023 Chile's exports to China were $38.4bn and imports from China $19.5bn, a surplus of $15.9bn.", "sum", "inconsistent"),
    # sum: total = exports + imports
    ("In 2023 Uzbek exports to Turkey were $1.3bn and imports from Turkey $2.1bn; trade between Uzbekistan and Turkey reached $3.4bn.", "sum", "consistent"),
    ("In 2023 Uzbek exports to Turkey were $1.3bn and imports from Turkey $2.1bn; trade between Uzbekistan and Turkey reached $4.4bn.", "sum", "inconsistent"),
    # ratio on a share
    ("In 2023 Vietnam's exports to the US were $97.0bn, or 27% of its total exports of $355.5bn.", "ratio", "consistent"),
    ("In 2023 Vietnam's exports to the US were $97.0bn, or 40% of its total exports of $355.5bn.", "ratio", "inconsistent"),
    # a share whose sentence goes on after a comma and "and": "and" is not what the share is of
    ("Turkey's trade with the EU reached $210bn in 2023. The bloc stayed its largest partner, ahead of Russia, "
     "and accounted for 41% of Turkey's total trade of $513bn.", "ratio", "consistent"),
    ("Turkey's trade with the EU reached $210bn in 2023. The bloc stayed its largest partner, ahead of Russia, "
     "and accounted for 51% of Turkey's total trade of $513bn.", "ratio", "inconsistent"),
    # a share of a product group's whole, the whole's figure in a "which" clause
    ("In 2023 Kenya's exports to Uganda were $0.9bn. Uganda took 12% of Kenya's non-tea exports, "
     "which totalled $7.4bn in 2023.", "ratio", "consistent"),
    ("In 2023 Kenya's exports to Uganda were $0.9bn. Uganda took 22% of Kenya's non-tea exports, "
     "which totalled $7.4bn in 2023.", "ratio", "inconsistent"),
])
def test_check(text, check, status):
    assert status in statuses(text, check), findings(text)


def test_rounding_never_raises_an_alarm():
    # 4.2 / 3.0 = 1.40; "40%" holds for figures rounded to one decimal
    text = "Exports from Ghana to China rose 40% in 2023 to $4.2bn from $3.0bn in 2022."
    assert "inconsistent" not in statuses(text)


def test_loose_wording_never_raises_an_alarm():
    text = "In 2023 Kazakhstan's exports to China grew by about a fifth to $10.9bn from $9.0bn in 2022."
    assert "inconsistent" not in statuses(text)


def test_bound_part_above_whole():
    text = ("In 2023 Ukraine's exports to Poland were $4.2bn. Agricultural products brought in $2.9bn, "
            "metals $1.1bn and timber $0.6bn.")
    f = [x for x in findings(text) if x["status"] == "inconsistent"]
    assert f and f[0]["check"] in ("bound", "sum")


def test_duplicate_restatement_that_disagrees():
    text = ("Vietnam's surplus with the US was $83.3bn in 2023.\n\n"
            "In 2023, Vietnam's trade surplus with the US reached $88.3bn.")
    f = [x for x in findings(text) if x["status"] == "inconsistent"]
    assert f and f[0]["check"] == "duplicate"


def test_record_contradicted_by_an_earlier_higher_figure():
    text = ("Georgia's trade with Russia reached a record $2.46bn in 2023. "
            "In 2022, trade between Georgia and Russia had stood at $2.52bn.")
    f = [x for x in findings(text) if x["status"] == "inconsistent"]
    assert f and f[0]["check"] == "record"


def test_figures_far_apart_are_not_called_a_duplicate():
    # misread attribution, not an error: the finding abstains
    text = "In 2023, Armenian exports to Russia were $3.3bn. Exports were $0.9bn in 2023."
    assert "inconsistent" not in statuses(text, "duplicate")


def test_the_smallest_conflicting_set_is_reported():
    text = ("In 2023 Chile's exports to China were $38.4bn and imports from China $19.5bn, "
            "a surplus of $15.9bn. Chile's trade with China rose 10% in 2023 to $57.9bn from $52.6bn in 2022.")
    bad = [x for x in findings(text) if x["status"] == "inconsistent"]
    assert len(bad) == 1
    assert {tuple(s) for s in bad[0]["spans"]} >= {(text.index("$15.9bn"), text.index("$15.9bn") + 7)}
    assert all(text.index("$57.9bn") != s[0] for s in bad[0]["spans"])


def test_a_share_above_the_whole_is_a_bound_error():
    bad = [f for f in findings("In 2023 potash accounted for 140% of Belarusian exports to Iran.")
           if f["status"] == "inconsistent"]
    assert bad and bad[0]["check"] == "bound"


def test_direction_words_must_match_the_figures():
    ok = "In February the US deficit with China narrowed to $20.1 billion from $25.0 billion in January."
    bad = ok.replace("narrowed", "widened")
    assert "inconsistent" not in statuses(ok, published="2024-04-04")
    assert "inconsistent" in statuses(bad, "percent_change", published="2024-04-04")


def test_two_sources_are_not_compared_with_each_other():
    text = ("Chinese customs data put China's trade with Russia at $240bn in 2023.\n\n"
            "Russian figures give a smaller total. Russian data show trade with China of $228bn in 2023.")
    assert "inconsistent" not in statuses(text)


@pytest.mark.parametrize("surplus, status", [("$13 billion", "consistent"), ("$18 billion", "inconsistent")])
def test_forecasts_are_checked_against_each_other(surplus, status):
    # a forecast is no realised flow (measure "other"), yet its parts must still add up
    text = (f"For 2024 Argentina's statistics office expects a {surplus} surplus, with exports rising 22 percent "
            "to $81 billion and imports falling 14 percent to $68 billion.")
    sums = [f for f in findings(text) if f["check"] == "sum"]
    assert [f["status"] for f in sums] == [status]
    assert sums[0]["message"].startswith("forecasts:")


def test_a_forecast_is_not_checked_against_what_happened():
    text = ("Argentina's exports reached $66 billion in 2023. For 2024 the ministry expects exports to reach "
            "$81 billion, up 42 percent.")
    assert "inconsistent" not in statuses(text)


@pytest.mark.parametrize("growth, status", [("9 percent", "consistent"), ("19 percent", "inconsistent")])
def test_one_change_said_of_two_flows_holds_for_each(growth, status):
    text = ("In the first half of 2013 trade between Brazil and China reached US$40.54 billion, up 9 percent year on year. "
            "Brazilian exports to China amounted to US$22.95 billion and imports from China to US$17.58 billion. "
            f"Imports and exports alike grew by {growth}.")
    assert status in statuses(text, "percent_change")
    if status == "consistent":
        assert "inconsistent" not in statuses(text)


@pytest.mark.parametrize("growth, status", [("7.8 percent", "consistent"), ("17.8 percent", "inconsistent")])
def test_a_change_restated_in_money_beside_it(growth, status):
    text = (f"Costa Rica's exports have risen {growth} so far this year, close to $300 million. "
            "By the end of May, Costa Rica had exported about $4.2 billion worth of goods.")
    assert ("inconsistent" in statuses(text, published="2008-06-20")) == (status == "inconsistent")


@pytest.mark.parametrize("total, status", [("38%", "consistent"), ("48%", "inconsistent"), ("25%", "inconsistent")])
def test_a_totals_change_lies_between_its_parts_changes(total, status):
    text = (f"India's two-way trade with the UAE in April-August 2022 was up {total} on the corresponding period "
            "last year, with exports rising 27% and imports jumping 45%.")
    found = findings(text, reference="none")
    assert ("inconsistent" in [f["status"] for f in found]) == (status == "inconsistent")
    if status == "inconsistent":
        assert "between +27.0% and +45.0%" in found[0]["message"]


def test_a_balance_with_no_figure_stated_has_no_known_sign():
    # the deficit's change cannot be checked against levels whose sign nothing states
    text = ("The U.S. deficit in trade tumbled nearly 15 percent in January 2019. Imports declined 2.6 percent "
            "to $258.5 billion, while exports increased 0.9 percent to $207.3 billion.")
    assert "inconsistent" not in statuses(text, reference="none")


def test_a_conflicting_change_says_what_the_other_figures_imply():
    text = ("In the second quarter of 2023 Kenya's exports were 1.67 billion dollars and its trade deficit "
            "2.68 billion dollars. Imports fell 11.6 percent from a year earlier; in the second quarter of 2022 "
            "Kenya's imports were 4.42 billion dollars.")
    f = next(f for f in findings(text, reference="none") if f["status"] == "inconsistent")
    # imports of 1.67 + 2.68 = 4.35bn after a fall of 11.6% put the earlier ones at 4.35 / 0.884 = 4.92bn
    assert "at $4.91bn to $4.94bn" in f["message"] and "at $4.42bn" in f["message"]


@pytest.mark.parametrize("change, status", [("US$3.4 billion", "consistent"), ("US$5.4 billion", "inconsistent")])
def test_a_change_in_money_and_in_percent_side_by_side(change, status):
    text = (f"In January-June 2020 Kazakhstan's foreign trade turnover came to US$42.5 billion. That is {change}, "
            "or 7.4 percent, less than in the same period last year.")
    assert ("inconsistent" in statuses(text, reference="none")) == (status == "inconsistent")


@pytest.mark.parametrize("exports, status", [("$207.3 billion", "consistent"), ("$217.3 billion", "inconsistent")])
def test_a_shortfall_between_sales_and_purchases_is_the_balance(exports, status):
    text = ("The shortfall between what the United States sells to other countries in goods and services and what "
            "it buys from them shrank 14.6 percent, from $59.9 billion in December 2018 to $51.1 billion in January 2019. "
            f"Imports declined 2.6 percent to $258.5 billion, while exports increased 0.9 percent to {exports}.")
    assert status in statuses(text, "sum", reference="none")


@pytest.mark.parametrize("total, status", [("US$ 12.5 billion", "consistent"), ("US$ 13.5 billion", "inconsistent")])
def test_goods_and_services_add_up_to_the_total(total, status):
    text = ("Sri Lanka's merchandise exports were US$ 9.5 billion in the first ten months of 2017 and service exports "
            f"reached US$ 3 billion, taking total export earnings up to {total}.")
    assert status in statuses(text, "sum", reference="none")


@pytest.mark.parametrize("year, status", [("$33 billion", "consistent"), ("$13 billion", "inconsistent")])
def test_part_of_a_period_stays_below_the_whole_period(year, status):
    text = (f"Russia's trade with Turkey was $23.3 billion in January-September 2021. "
            f"Russia's trade with Turkey for the whole of 2021 was {year}.")
    assert status in statuses(text, "bound", reference="none")


NZ = ("Goods exports in November 2015 were up 40 million NZ dollars (27.27 million U.S. dollars), or 1 percent. "
      "Exports to China grew by 117 million NZ dollars (79.76 million U.S. dollars). "
      "New Zealand's goods imports were worth 4.9 billion NZ dollars (3.34 billion U.S. dollars) in November 2015. "
      "New Zealand's trade deficit widened to 779 million NZ dollars ({usd} million U.S. dollars) in November 2015, "
      "from a deficit of 283 million NZ dollars (192.92 million U.S. dollars) in November 2014.")


@pytest.mark.parametrize("usd, status", [("531.04", "consistent"), ("631.04", "inconsistent")])
def test_every_conversion_uses_the_writers_rate(usd, status):
    found = [f for f in findings(NZ.format(usd=usd), reference="none")
             if f["check"] == "duplicate" and "converts at" in f["message"]]
    assert status in [f["status"] for f in found]
    assert ("inconsistent" in [f["status"] for f in found]) == (status == "inconsistent")


def test_a_direction_word_is_checked_in_each_currency():
    text = NZ.format(usd="531.04").replace("widened", "narrowed")
    found = [f for f in findings(text, reference="none") if f["status"] == "inconsistent"]
    assert any("narrowed" in f["message"] and "NZD 283mn" in f["message"] for f in found)


WORLD = ("Iron ore exports, country by country\n\n"
         "Iron ore sold internationally by exporting countries was worth US$94.9 billion in 2017, a third less "
         "({pct}) than in 2013, when shipments were valued at $143 billion.\n\n"
         "These 3 countries shipped the highest dollar value of iron ore in 2017:\n\n"
         "1. Australia - US$49.3 billion (51.9% of all iron ore exports)\n2. Brazil - {brazil} (20.2%)\n"
         "3. South Africa - $4.8 billion (5%)\n")


@pytest.mark.parametrize("pct, brazil, status", [
    ("-33.6%", "$19.2 billion", "consistent"),
    ("-23.6%", "$19.2 billion", "inconsistent"),
    ("-33.6%", "$16.2 billion", "inconsistent"),
])
def test_world_figures_and_each_countrys_share_of_them(pct, brazil, status):
    text = WORLD.format(pct=pct, brazil=brazil)
    assert ("inconsistent" in statuses(text, reference="none")) == (status == "inconsistent")


@pytest.mark.parametrize("growth, status", [("15 per cent", "consistent"), ("11 per cent", "inconsistent")])
def test_growth_rates_compared_by_a_multiple(growth, status):
    text = (f"India's pharmaceutical exports to the US jumped {growth} in April-February 2024, more than double "
            "the 6.18 per cent growth recorded in the same period a year earlier.")
    found = [f for f in findings(text, reference="none") if "times" in f["message"]]
    assert [f["status"] for f in found] == [status]
    assert '"more than double"' in found[0]["message"]


@pytest.mark.parametrize("growth, status", [("78.2%", "consistent"), ("58.2%", "inconsistent")])
def test_a_change_of_the_levels_the_sentence_before_gave(growth, status):
    text = ("India's merchandise exports to China grew to $21.26 billion in 2021-22 from $11.93 billion in 2014-15. "
            f"They rose {growth} over the past six years.")
    assert status in statuses(text, "percent_change", reference="none")


@pytest.mark.parametrize("earlier, status", [("83.0%", "consistent"), ("88.0%", "inconsistent")])
def test_exports_covering_imports_is_their_ratio(earlier, status):
    text = (f"Turkey's exports covered 63.2% of imports in January 2022, down from {earlier} a year earlier. "
            "Compared with the same month of last year, exports grew 17.2% to USD 17.58bn in January 2022, "
            "while imports climbed 54.2% to USD 27.84bn.")
    assert ("inconsistent" in statuses(text, reference="none")) == (status == "inconsistent")


def test_a_conflict_another_reading_resolves_is_unverifiable_and_names_it():
    # "it" carries exports from the sentence before, but the sentence names imports too:
    # read as imports, $12bn up 50% from $8bn holds
    text = ("In 2023 Kazakhstan's imports from China were $8bn and its exports to China $10bn. "
            "In 2024 it was $12bn, up 50%, but imports fell.")
    f = findings(text, reference="none")[0]
    assert f["status"] == "unverifiable"
    assert 'consistent if "$12bn" is a figure of imports' in f["message"]
    assert f["reading"]["measure"] == "imports"


def test_a_reading_that_only_stops_the_comparison_reconciles_nothing():
    # read as imports, the $12bn would be compared with nothing: the conflict stands
    text = ("In 2023 Kazakhstan's exports to China were $10bn. In 2024 it was $12bn, up 50%, but imports fell.")
    assert "inconsistent" in statuses(text, reference="none")


def test_a_figure_off_by_a_thousand_is_pointed_at_as_a_unit_slip():
    text = ("In 2023 trade between Chile and China reached $12.4bn; Chile's exports to China were $8.1bn and "
            "its imports from China $4.3 million.")
    f = findings(text, reference="none")[0]
    assert f["status"] == "inconsistent" and f["claims"][0] == "c3"
    assert '"$4.3 million" fits the other figures as $4.3bn' in f["message"]


def test_one_quantity_stated_a_thousand_times_apart_is_a_slip_not_two_things():
    text = "Chile's exports to China were $8.1bn in 2023. Chile's exports to China in 2023 were $8.1 million, customs said."
    f = findings(text, reference="none")[0]
    assert (f["check"], f["status"]) == ("duplicate", "inconsistent")
    assert "a factor of a thousand" in f["message"]
    # twice as far apart is two different things read as one: no error
    text = "Chile's exports to China were $8.1bn in 2023. Chile's exports to China in 2023 were $3.1bn, customs said."
    assert "inconsistent" not in statuses(text, reference="none")


@pytest.mark.parametrize("brazil, status", [("82%", "consistent"), ("92%", "inconsistent")])
def test_shares_of_one_whole_add_up_to_at_most_all_of_it(brazil, status):
    text = ("In 2021 Argentina's exports to Mercosur topped US$ 14 billion. Argentina sent "
            f"{brazil} of those exports to Brazil, 9% to Uruguay and 9% to Paraguay.")
    found = [f for f in findings(text, reference="none") if f["check"] == "bound"]
    assert [f["status"] for f in found] == (["inconsistent"] if status == "inconsistent" else [])
    if found:
        assert "add up to 110.0%" in found[0]["message"]


@pytest.mark.parametrize("sentence", [
    "Bolivia sent {brazil} of those exports to Brazil, with Peru and Chile taking 9% each.",
    "Bolivia sent {brazil} of those exports to Brazil, while Peru and Chile each accounted for 9%.",
])
@pytest.mark.parametrize("brazil, status", [("80%", "consistent"), ("90%", "inconsistent")])
def test_one_share_for_each_of_two_places_counts_twice(sentence, brazil, status):
    text = "In 2021 Bolivia's exports to its neighbours topped US$ 9 billion. " + sentence.format(brazil=brazil)
    found = [f for f in findings(text, reference="none") if f["check"] == "bound"]
    assert [f["status"] for f in found] == (["inconsistent"] if status == "inconsistent" else [])
    if found:
        assert "9% (PER) + 9% (CHL)" in found[0]["message"] and "108.0%" in found[0]["message"]


def test_one_figure_for_several_things_is_no_pair_of_them():
    """"each" gives the figure to each place: neither is the other's partner."""
    rows = [r for r in rows_of("In 2021 Bolivia sent 80% of its exports to Brazil, with Peru and Chile taking 9% each.")
            if r["text"] == "9%"]
    assert [(r["reporter"], r["partner"]) for r in rows] == [("BOL", "PER")]


RANKED_MEMBERS = ("Trade among ASEAN members reached $80 billion in 2023. Singapore led with exports of {sgp}, "
                  "37.5 percent of the ASEAN total. Malaysia was second with exports of {mys}, followed by Thailand "
                  "with $15 billion.")


@pytest.mark.parametrize("sgp, mys, check", [
    ("$30 billion", "$20 billion", None),
    ("$40 billion", "$20 billion", "ratio"),  # 40/80 is 50%, not 37.5%
    ("$30 billion", "$40 billion", "bound"),  # 30 + 40 + 15 is more than the bloc's 80
])
def test_members_ranked_in_a_blocs_internal_trade(sgp, mys, check):
    """Members ranked with their figures after the bloc's internal trade report those
    figures to the rest of the bloc; a share "of the ASEAN total" is of that internal trade,
    and together the members' figures stay within it."""
    text = RANKED_MEMBERS.format(sgp=sgp, mys=mys)
    pairs = [(r["reporter"], r["partner_group"]) for r in rows_of(text) if r["text"] in (sgp, mys, "$15 billion")]
    assert pairs == [("SGP", "ASEAN"), ("MYS", "ASEAN"), ("THA", "ASEAN")]
    bad = [f["check"] for f in findings(text, reference="none") if f["status"] == "inconsistent"]
    assert bad == ([check] if check else [])


@pytest.mark.parametrize("tha, status", [("about 19 percent", "consistent"), ("about 29 percent", "inconsistent")])
def test_a_ranked_members_percentage_is_its_share_of_the_blocs_trade(tha, status):
    """"followed by Thailand with $15 billion, about 19 percent": set beside the figure a
    member ranks with, a percentage is that figure's share of what the ranking divides."""
    text = RANKED_MEMBERS.format(sgp="$30 billion", mys="$20 billion").replace("$15 billion.", f"$15 billion, {tha}.")
    share = [r for r in rows_of(text) if r["text"] == tha.split(" ", 1)[1]]
    assert [(r["kind"], r["reporter"], r["partner_group"]) for r in share] == [("share", "THA", "ASEAN")]
    found = [f for f in findings(text, reference="none") if tha.split(" ", 1)[1] in f["message"]]
    assert [f["status"] for f in found] == [status]


@pytest.mark.parametrize("thailand, status", [("$60 billion", "consistent"), ("$160 billion", "inconsistent")])
def test_a_countrys_trade_with_members_stays_within_its_trade_with_the_bloc(thailand, status):
    text = (f"Japan's trade with ASEAN reached $240 billion in 2023. Japan's trade with Thailand was {thailand}, "
            "with Vietnam $50 billion and with Malaysia $40 billion in 2023.")
    found = [f for f in findings(text, reference="none") if f["check"] == "bound"]
    assert [f["status"] for f in found] == [status]
    # a country outside the bloc is no part of it
    outside = text.replace("Thailand", "India")
    assert [f["message"].count("+") for f in findings(outside, reference="none") if f["check"] == "bound"] == [1]


@pytest.mark.parametrize("tourism, status", [("$200 million", "consistent"), ("$400 million", "inconsistent")])
def test_a_part_of_a_named_part_stays_within_it(tourism, status):
    text = ("Kenya's exports to the UK totalled $800 million in 2023, of which goods made up $500 million and "
            f"services $300 million. Tourism accounted for {tourism} of the services figure.")
    shown = tourism.replace(" million", "mn")
    found = [f for f in findings(text, reference="none") if f["check"] == "bound" and shown in f["message"]
             and "$300mn" in f["message"]]
    assert [f["status"] for f in found] == [status]


def test_a_members_ranking_needs_the_blocs_internal_trade_first():
    """After one member's exports to its bloc, places ranked with figures are not read as
    members reporting to the bloc."""
    text = "Kenya's exports to the EAC reached $2 billion in 2023. Uganda led with $1 billion."
    assert all(r["attribution"]["pair"] != "member-ranked" for r in rows_of(text))


def test_a_ranking_of_partners_shares_is_read_and_below_the_whole():
    text = ("China was South Africa's largest export market in 2023, taking 10.6% of all exports. Rounding out the "
            "top five export destinations were the United States (7.4%), Germany (7.4%), India (6.8%) and Japan (5.6%).")
    shares = [r for r in rows_of(text) if r["kind"] == "share"]
    assert [r["partner"] for r in shares] == ["CHN", "USA", "DEU", "IND", "JPN"]
    assert "inconsistent" not in statuses(text, reference="none")


def rows_of(text):
    return verify_text(text, reference="none").to_dict()["claims"]


def test_the_figure_another_confirms_is_not_put_first():
    # the total is stated twice and both agree: the slip is in the parts
    text = ("Trade between Chile and China reached $12.4bn in 2023. Chile's exports to China were $8.1bn "
            "and its imports from China $5.3bn in 2023. The $12.4bn of trade between Chile and China in 2023 "
            "was a record.")
    f = next(f for f in findings(text, reference="none") if f["status"] == "inconsistent")
    first = next(c for c in verify_text(text, reference="none").to_dict()["claims"] if c["id"] == f["claims"][0])
    assert first["text"] in ("$8.1bn", "$5.3bn")
    assert f["spans"][0] == [first["start"], first["end"]] or tuple(f["spans"][0]) == (first["start"], first["end"])


# Each check with a figure at the edge of its rounding: just inside the interval the figures
# allow, then just outside it.
@pytest.mark.parametrize("check, inside, outside", [
    # $2.0bn may be $2.05bn and $8.4bn $8.35bn, a share of 24.55%, within the 24.5-25.5% that
    # "25%" allows; against $8.5bn the share is at most 2.05 / 8.45 = 24.3%
    ("ratio", "In 2023 Peru's exports to Japan were $2.0bn, or 25% of Peru's total exports of $8.4bn.",
     "In 2023 Peru's exports to Japan were $2.0bn, or 25% of Peru's total exports of $8.5bn."),
    # $4.4bn over $4.0bn is at most 4.45 / 3.95 = +12.7%: "13%" may be 12.5%, "14%" is at least 13.5%
    ("percent_change", "Morocco's exports to Spain rose 13% in 2023 to $4.4bn from $4.0bn in 2022.",
     "Morocco's exports to Spain rose 14% in 2023 to $4.4bn from $4.0bn in 2022."),
    # exports and imports add up to at most 1.35 + 2.15 = $3.5bn: a total of "$3.5bn" may be that
    # much, "$3.6bn" is at least $3.55bn
    ("sum", "In 2023 Jordan's exports to Iraq were $1.3bn and its imports from Iraq $2.1bn, for total trade of $3.5bn.",
     "In 2023 Jordan's exports to Iraq were $1.3bn and its imports from Iraq $2.1bn, for total trade of $3.6bn."),
    # the parts are at least 0.605 + 0.445 = $1.05bn, all that "$1.0bn" may be; with tea at
    # $0.62bn they are at least $1.06bn
    ("bound", "In 2023 Kenya's exports to Uganda were $1.0bn. Tea brought in $0.61bn and coffee $0.45bn.",
     "In 2023 Kenya's exports to Uganda were $1.0bn. Tea brought in $0.62bn and coffee $0.45bn."),
    # "$3.35bn" and "$3.4bn" may both be $3.35bn; "$3.34bn" is at most $3.345bn
    ("duplicate", "Peru's surplus with Japan was $3.35bn in 2023. In 2023 Peru's trade surplus with Japan reached $3.4bn.",
     "Peru's surplus with Japan was $3.34bn in 2023. In 2023 Peru's trade surplus with Japan reached $3.4bn."),
    # the record "$2.46bn" may be $2.465bn, as may last year's "$2.47bn"; "$2.48bn" is at least $2.475bn
    ("record", "Georgia's exports to Armenia reached a record $2.46bn in 2023. In 2022 Georgia's exports to Armenia "
               "were $2.47bn.",
     "Georgia's exports to Armenia reached a record $2.46bn in 2023. In 2022 Georgia's exports to Armenia "
     "were $2.48bn."),
])
def test_a_figure_at_the_edge_of_its_rounding(check, inside, outside):
    assert "inconsistent" not in statuses(inside, check, reference="none")
    assert "inconsistent" in statuses(outside, check, reference="none")


def test_a_figure_at_the_edge_of_the_reference_tolerance():
    # IMF DOTS gives $32.09mn; allowing 3% for revisions, from $31.13mn. "$31mn" may be up to
    # $31.5mn and "$31.1mn" up to $31.15mn, but "$31.0mn" is at most $31.05mn
    assert statuses("In 2019, Belarusian exports to Iran were $31mn.", "reference") == ["consistent"]
    assert statuses("In 2019, Belarusian exports to Iran were $31.1mn.", "reference") == ["consistent"]
    assert statuses("In 2019, Belarusian exports to Iran were $31.0mn.", "reference") == ["inconsistent"]


# Each check where the text leaves what a figure is about open: it abstains (unverifiable, or
# no finding), while the same figures said plainly are an error.
@pytest.mark.parametrize("check, open_text, plain_text", [
    # "did business" names no flow: trade is a guess
    ("ratio", "Belarus and Iran did $100mn of business in 2022, tripling the $20mn of 2021.",
     "Trade between Belarus and Iran was $100mn in 2022, tripling the $20mn of 2021."),
    ("percent_change", "Belarus and Iran did $100mn of business in 2022, up 80% on the $20mn of 2021.",
     "Trade between Belarus and Iran was $100mn in 2022, up 80% on the $20mn of 2021."),
    ("sum", "Chile did $19bn of business with China in 2023, with Chilean exports to China at $9bn and imports "
            "from China at $6bn.",
     "Chile's trade with China was $19bn in 2023, with Chilean exports to China at $9bn and imports from China "
     "at $6bn."),
    # Mercosur holds Brazil and Argentina: its share is not added to theirs
    ("bound", "In 2022 Bolivia sent 70% of its exports to Brazil, 20% to Argentina and 45% to Mercosur.",
     "In 2022 Bolivia sent 70% of its exports to Brazil, 20% to Argentina and 45% to Chile."),
    # two figures in one sentence read as one quantity are more likely two things
    ("duplicate", "In 2023 Chile and China did $13bn of business, with Chilean exports to China at $9bn and "
                  "imports from China at $6bn.",
     "In 2023 Chile's exports to China were $13bn. Chilean exports to China were $9bn in 2023 and imports from "
     "China $6bn."),
    # a record low says nothing about higher figures
    ("record", "Georgia's exports to Armenia fell to a record low of $1.2bn in 2023. In 2022 they were $1.5bn.",
     "Georgia's exports to Armenia rose to a record high of $1.2bn in 2023. In 2022 they were $1.5bn."),
    ("reference", "Belarus and Iran did $100mn of business in 2019.", "In 2019 trade between Belarus and Iran was $100mn."),
])
def test_a_check_abstains_where_the_text_leaves_a_figure_open(check, open_text, plain_text):
    reference = "all" if check == "reference" else "none"
    assert set(statuses(open_text, check, reference=reference)) <= {"unverifiable"}
    assert "inconsistent" in statuses(plain_text, check, reference=reference)


@pytest.mark.parametrize("usd, status", [("US$9 billion", "consistent"), ("US$9.6 billion", "inconsistent")])
def test_a_figure_restated_in_dollars_agrees_at_the_periods_rate(usd, status):
    # C$12.1bn at 2023's average of 0.7401 USD per CAD is $8.95bn; the writer's rate may differ
    # from the average by a few per cent, not by 7%
    text = f"Canada's exports to Mexico were C$12.1 billion in 2023, or {usd}."
    assert statuses(text, "duplicate", reference="none") == [status]


@pytest.mark.parametrize("june, status", [("$5.15 billion", "consistent"), ("$3.15 billion", "inconsistent")])
def test_a_figure_compared_with_a_level_it_names(june, status):
    text = ("Indonesia's trade surplus was $4.23 billion in July 2022. July's surplus was higher than the $4.11 billion "
            f"of July 2021. Those figures, though, remained below the {june} trade surplus Indonesia achieved in June 2022.")
    assert status in statuses(text, "percent_change", reference="none")


def test_a_comparison_off_by_a_thousand_names_the_unit_slip():
    text = ("Indonesia's trade surplus was $4.23 billion in July 2022, with exports of $25.57 billion and imports of "
            "$21.35 billion. Those figures remained below the $5.15 million trade surplus Indonesia achieved in June 2022.")
    f = next(f for f in findings(text, reference="none") if f["status"] == "inconsistent")
    assert '"$5.15 million" fits the other figures as $5.15bn' in f["message"]


def test_a_relation_that_holds_is_said_to_hold_inside_a_conflict():
    # the share conflicts with exports derived from the total and the headline's balance;
    # the total, which agrees with its flows, is named as agreeing, not as a failure
    text = ("Ghana posts $2.9bn trade surplus in 2023\n\n"
            "ACCRA, March 7, 2024 - Ghana ran a trade surplus of $2.9 billion in 2023, with total trade at "
            "$71.88 billion, of which imports came to $35.92 billion and exports to $35.96 billion.\n\n"
            "Cocoa exports were worth $5.09 billion, or 40 percent of total exports.")
    ratio = next(f for f in verify_text(text, reference="none").to_dict()["findings"] if f["check"] == "ratio")
    assert "but the balance is stated as $2.9bn" in ratio["message"]
    assert "$71.88bn, matching the stated $71.88bn" in ratio["message"]
    assert "but the total is stated" not in ratio["message"]


@pytest.mark.parametrize("share, status", [("59.8 percent", "consistent"), ("69.8 percent", "inconsistent")])
def test_a_share_several_parts_take_together_is_their_sum_over_the_whole(share, status):
    text = ("In 2005 Zambia's exports to China included metal and mineral ores worth $3.6 billion and $1.6 billion of "
            f"iron and steel. Together the two categories made up {share} of the $8.7 billion total exports.")
    found = [f for f in verify_text(text, reference="none").to_dict()["findings"] if f["check"] == "ratio"]
    assert [f["status"] for f in found] == [status]
    assert "$3.6bn + $1.6bn = $5.2bn" in found[0]["message"]


def test_a_share_of_several_parts_without_their_number_is_left_alone():
    text = ("In 2005 Zambia's exports to China included metal and mineral ores worth $3.6 billion and $1.6 billion of "
            "iron and steel. Together they made up 69.8 percent of the $8.7 billion total exports.")
    assert not [f for f in verify_text(text, reference="none").to_dict()["findings"] if f["check"] == "ratio"]


def test_parts_one_of_which_is_the_whole_make_no_share():
    # an unlabelled figure may be the whole itself: the sum would count it twice
    text = ("In 2005 Zambia's exports to China were $3.6 billion, with $1.6 billion of iron and steel. "
            "Together the two made up 69.8 percent of the $8.7 billion total exports.")
    assert not [f for f in verify_text(text, reference="none").to_dict()["findings"]
                if f["check"] == "ratio" and "parts together" in f["message"]]


@pytest.mark.parametrize("china, status", [("$382.9 billion", "consistent"), ("$282.9 billion", "inconsistent")])
def test_a_share_of_the_total_named_before_is_a_share_of_that_figure(china, status):
    # deficits are negative: the share of one is still the part over the whole
    text = ("In 2022 the U.S. trade deficit hit $948.1 billion, and trade with China accounted for more than a "
            f"third of the total. The deficit with China was {china}.")
    found = [f for f in verify_text(text, reference="none").to_dict()["findings"] if f["check"] == "ratio"]
    assert [f["status"] for f in found] == [status]


def test_no_unit_slip_is_suggested_that_makes_a_figure_an_outlier():
    text = ("In 2022 the U.S. trade deficit hit $948.1 billion, and trade with China accounted for more than a "
            "third of the total. The deficit with China was $282.9 billion.")
    f = next(f for f in verify_text(text, reference="none").to_dict()["findings"] if f["check"] == "ratio")
    assert "slip" not in f["message"]


def test_a_balance_with_one_flow_unstated_says_what_it_puts_the_other_at():
    text = ("In January 2023 South Africa's trade deficit was R12.7 billion. In February exports were R154.3 "
            "billion and imports R138.2 billion. Month on month, exports grew 10.7% (R14.9 billion) from R139.4 "
            "billion in January, while imports fell 14.8% (R23.9 billion) over the same period.")
    found = [f for f in verify_text(text, reference="none").to_dict()["findings"] if f["status"] == "inconsistent"]
    assert found and "put imports at ZAR 152.1bn" in found[0]["message"]


@pytest.mark.parametrize("headline, status", [("$89 billion", "consistent"), ("$98 billion", "inconsistent")])
def test_a_groups_internal_trade_in_the_headline_and_the_body_is_one_quantity(headline, status):
    text = (f"Trade among EAEU countries rises to {headline}\n\n"
            "MOSCOW, May 8, 2024 - Mutual trade among the countries of the Eurasian Economic Union has doubled "
            "over 10 years to $89 billion in 2023, while its trade with third countries is up 60% at $923 billion.")
    r = verify_text(text, reference="none").to_dict()
    body = [c for c in r["claims"] if c["text"] == "$89 billion"][-1]
    assert body["reporter_group"] == body["partner_group"] == "Eurasian Economic Union" and body["period"] == "2023"
    assert ("inconsistent" in [f["status"] for f in r["findings"]]) == (status == "inconsistent")


def test_gdp_grown_from_one_level_to_another_is_no_trade():
    text = "In 10 years, by available estimates, the combined GDP of the union has grown from 1.6 to 2.5 trillion dollars."
    assert {c["measure"] for c in verify_text(text, reference="none").to_dict()["claims"]} == {"other"}


@pytest.mark.parametrize("russia, status", [("15.5%", "consistent"), ("25.5%", "inconsistent")])
def test_two_partners_shares_of_one_whole_must_imply_the_same_whole(russia, status):
    text = ("In Uzbekistan, China held a 21.3% share of trade turnover (worth $12.23bn) in the first 11 months of "
            f"2023. Russia ranks second among Uzbekistan's turnover partners, holding a {russia} share (worth $8.86bn).")
    found = [f for f in verify_text(text, published="2023-12-28", reference="none").to_dict()["findings"]
             if f["check"] == "ratio"]
    assert ("inconsistent" in [f["status"] for f in found]) == (status == "inconsistent")
    if status == "inconsistent":
        assert "puts UZB-WLD trade in 2023-01/2023-11 at $57.42bn" in found[0]["message"]


@pytest.mark.parametrize("words, status", [("more than tripled", "consistent"), ("more than quadrupled", "inconsistent")])
def test_a_change_of_trade_is_tied_to_the_flows_stated_for_both_years(words, status):
    text = (f"The value of EU27 goods trade with China {words} from 2000 to 2008: EU27 exports to China reached "
            "78 billion euro in 2008, against 26 bn in 2000, while imports increased to 248 bn, up from 75 bn.")
    found = [f for f in verify_text(text, reference="none").to_dict()["findings"] if f["check"] == "ratio"]
    assert [f["status"] for f in found] == [status]


def test_a_countrys_customs_named_two_ways_is_one_source():
    # "Iran's customs office" and "the Islamic Republic of Iran Customs Administration" are
    # one source, so their figures are checked together
    text = ("TEHRAN, June 25, 2022 - Iran's customs office said the country's non-oil trade with the countries "
            "on its borders topped $12.3 billion in the Iranian calendar year's first quarter.\n"
            "According to the Islamic Republic of Iran Customs Administration, Iran and its neighbors traded "
            "goods worth $12.3 billion in the spring.\n"
            "Cross-border trade made up 51% of Iran's total non-oil exports, exports that were up 20%.\n"
            "Of the 27.6 million tons of goods Iran exported in the spring, worth $13.7 billion, neighboring "
            "countries received goods worth over $6.7 billion.\n"
            "Imports from neighboring countries reached more than $5.6 billion in the spring.")
    r = verify_text(text, reference="none").to_dict()
    assert len({c.get("source") for c in r["claims"]}) == 1
    assert [f["check"] for f in r["findings"] if f["status"] == "inconsistent"] == ["ratio"]


def test_a_unit_slip_names_the_scale_words_it_swaps():
    text = ("In 2023 trade between Peru and Japan reached $5.6bn; Peru's exports to Japan were $3.5bn and its "
            "imports from Japan $2.1 million.")
    f = next(f for f in verify_text(text, reference="none").to_dict()["findings"] if f["status"] == "inconsistent")
    assert 'a slip of million for billion?' in f["message"] and f["claims"][0] == "c3"


@pytest.mark.parametrize("deficit, status", [("$11.7bn", "consistent"), ("$13.7bn", "inconsistent")])
def test_a_deficit_after_the_goods_flows_is_their_gap(deficit, status):
    # the text gives services apart, so goods are a part of their own; the deficit that
    # follows the goods flows in their paragraph is of goods too
    text = ("Kenya's services exports were $4bn in 2023. In 2023 Kenya's goods exports came to $7.2bn, while its "
            f"imports of goods reached $18.9bn. The deficit widened to {deficit}.")
    assert statuses(text, "sum", reference="none") == [status]


@pytest.mark.parametrize("more, status", [
    ("Coal shipments to China were $14.1bn.", "consistent"),
    ("Coal shipments to China were $44.1bn.", "inconsistent"),  # 21.4 + 44.1 is more than 64.9
    # steel may hold all the iron and steel: 21.4 + 30 + 14.1 would be more than 64.9, but
    # the two are never added together
    ("Exports of steel to China were $30bn. Coal shipments to China were $14.1bn.", "consistent"),
])
def test_product_groups_with_no_goods_in_common_add_up_within_their_whole(more, status):
    text = f"In 2023 Chile's exports to China were $64.9bn. Exports of iron and steel to China climbed to $21.4bn. {more}"
    found = statuses(text, "bound", reference="none")
    assert ("inconsistent" in found) == (status == "inconsistent")


def test_hs_codes_tell_which_product_groups_share_no_goods():
    from tradecheck import vocab

    assert vocab.different_goods("coal", "iron and steel")
    assert not vocab.different_goods("steel", "iron and steel")  # chapter 72 within 72 and 73
    assert not vocab.different_goods("copper", "copper concentrate")  # heading 2603 in both
    assert not vocab.different_goods("oil", "coal")  # "oil" may be crude or edible: not one set


def test_a_relation_on_a_quantity_given_two_disagreeing_figures_gets_no_consistent_verdict():
    # the surplus is both $20bn and $29.5bn: the duplicate is the finding; a sum said to
    # match "the stated $29.5bn" while its arithmetic gives $20bn would contradict itself
    text = ("In 2023 Chile's exports were $100bn and imports $80bn, a surplus of $20bn. "
            "The ministry put Chile's surplus for 2023 at $29.5bn.")
    found = findings(text, reference="none")
    assert [f["status"] for f in found if f["check"] == "duplicate"] == ["inconsistent"]
    assert not [f for f in found if f["check"] == "sum" and f["status"] == "consistent"]


IRAN_NEIGHBOURS = (
    "Iran's non-oil trade with neighbours rises 11.2% in 2023\n\n"
    "Iran's non-oil trade with its 15 neighbouring countries reached $53.6 billion in 2023, up 11.2 percent from "
    "$48.2 billion in 2022. Iran exported $30.9 billion worth of non-oil goods to its neighbours and imported "
    "$22.7 billion.\n\nThe United Arab Emirates was Iran's biggest neighbouring trade partner, with $21.9 billion of "
    "trade, or 40.9 percent of the total. Iraq ranked second with $10.4 billion (19.4 percent), while Turkey came "
    "third with $9.1 billion (17.0 percent).\n\nIran's total non-oil foreign trade stood at $107.4 billion in 2023.")


def test_a_text_on_a_countrys_trade_with_a_group_reads_its_figures_as_with_the_group():
    result = verify_text(IRAN_NEIGHBOURS, reference="none").to_dict()
    pairs = {c["text"]: (c["reporter"], c["partner"]) for c in result["claims"]}
    assert pairs["$30.9 billion"] == ("IRN", None)  # with the group, which has no code
    assert pairs["$10.4 billion"] == ("IRN", "IRQ") and pairs["$9.1 billion"] == ("IRN", "TUR")
    # the sum holds with the neighbours' total; the shares, of the neighbours' total or of
    # Iran's, are not checked against Iran's
    assert [f for f in result["findings"] if f["status"] == "inconsistent"] == []
    assert "consistent" in [f["status"] for f in result["findings"] if f["check"] == "sum"]


def test_a_month_on_month_sentence_leaves_the_year_on_year_changes_alone():
    text = ("Malaysia's exports in March 2017 grew 22.8 per cent to RM83.17 billion from RM67.73 billion in March 2016, "
            "while imports rose 24.5 per cent to RM71.28 billion.\n\nMonth-on-month, exports jumped 19.6 per cent "
            "from RM69.54 billion in February.")
    claims = verify_text(text, reference="none").to_dict()["claims"]
    assert next(c for c in claims if c["text"] == "24.5 per cent")["base_period"] == "2016-03"


def test_a_headlines_bare_exports_are_not_taken_for_goods_and_services_together():
    text = ("Exports rise to USD 33.57 bn in Oct\n\nNew Delhi, Nov 15 (PTI) India's merchandise exports rose to USD 33.57 "
            "billion in October 2023. The estimated value of services exports for October is USD 28.70 billion.")
    assert "inconsistent" not in statuses(text, "sum", reference="none")


def test_a_change_given_with_only_and_a_level_compared_with_then():
    text = ("The UK trade deficit widened by £3.2 billion to £6.6 billion in the three months to September 2021, as "
            "imports grew by £4.1 billion while exports rose by only £0.9 billion. Total imports reached £156.3 "
            "billion in the three months to September 2021 and total exports £149.7 billion. Compared with the same "
            "period of 2019, total imports were 2.6 per cent lower than the £160.5 billion recorded then.")
    result = verify_text(text, published="2021-11-11", reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    assert claims["£0.9 billion"]["measure"] == "other"  # a change, not the quarter's exports
    assert claims["£160.5 billion"]["period"] == "2019-Q3"
    assert [f for f in result["findings"] if f["status"] == "inconsistent"] == []


@pytest.mark.parametrize("ratio, status", [("70.7%", "consistent"), ("77.0%", "inconsistent")])
def test_the_coverage_ratio_named_is_exports_over_imports(ratio, status):
    text = (f"Turkey's exports were $255.8 billion in 2023 and imports $361.8 billion. The ratio of exports to "
            f"imports, which TurkStat calls the coverage ratio, rose to {ratio} from 68.5% a year earlier.")
    assert statuses(text, "ratio", reference="none") == [status]


def test_countries_other_than_a_partner_are_not_that_partner():
    text = ("Canada's exports to the U.S. totalled C$594.6 billion in 2022, while imports from the U.S. were C$364.4 "
            "billion, giving Canada a trade surplus of C$230.2 billion. The deficit with countries other than the "
            "United States widened to C$208.0 billion.")
    result = verify_text(text, reference="none").to_dict()
    assert next(c for c in result["claims"] if c["text"] == "C$208.0 billion")["partner"] is None
    assert [f for f in result["findings"] if f["status"] == "inconsistent"] == []


def test_a_record_said_of_one_flow_is_not_handed_to_another():
    # the all-time high is the exports', not the deficit's that the next sentence gives
    text = ("The U.S. trade deficit shrank in April 2018 as exports climbed to an all-time high. The trade gap fell "
            "2.1% to $46.2 billion from $47.2 billion in March 2018.")
    assert statuses(text, "record", reference="none") == []
    text = ("U.S. exports climbed to an all-time high in April 2018. They rose to $211.2 billion from $215.0 billion "
            "in March 2018.")
    assert statuses(text, "record", reference="none") == ["inconsistent"]


@pytest.mark.parametrize("exports, status", [("$211.2 billion", "consistent"), ("$213.2 billion", "inconsistent")])
def test_one_countrys_agencies_and_goods_and_services_given_once_are_one_set_of_figures(exports, status):
    # "Commerce Department data" and "the Census Bureau said" are both the US's figures, and
    # exports "of goods and services" are the whole flow where neither is given apart
    text = ("WASHINGTON, June 6 (Wire) - The U.S. trade deficit shrank in April 2018, Commerce Department data "
            "showed.\n\nThe trade gap fell 2.1% to $46.2 billion from $47.2 billion in March 2018, the Census Bureau "
            f"said.\n\nExports of goods and services rose 0.3% to {exports} in April 2018. Imports slipped 0.2% to "
            "$257.4 billion.")
    assert statuses(text, "sum", reference="none") == [status]


def test_respectively_after_an_earlier_figure_of_the_sentence():
    text = ("For the January-to-October period, the Philippines' cumulative trade deficit stood at $45.51 billion, "
            "with exports and imports amounting to $60.91 billion and $106.42 billion, respectively.")
    claims = verify_text(text, published="2024-12-11", reference="none").to_dict()["claims"]
    assert [(c["measure"], c["period"]) for c in claims] == [("balance", "2024-01/2024-10"),
                                                          ("exports", "2024-01/2024-10"),
                                                          ("imports", "2024-01/2024-10")]
