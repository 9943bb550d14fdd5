"""Central European statistics offices (round 35): a national concept beside a cross-border
one, a revision of last month's balance, the current account beside the goods balance, the
rest of the exports outside the EU, and a statistics office named far from any figure."""
from tradecheck import verify_text


def _claims(text, published="2024-05-20"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


OTHER_OFFICE = ("Slovakia's trade surplus with Austria reaches a new high\n\n"
                "Slovakia recorded a trade surplus of EUR {balance} billion with Austria last year, the Statistical Office said.\n\n"
                "Slovak exports to Austria in 2023 were worth EUR 9.0 billion, while imports from Austria amounted to EUR 6.5 billion.\n\n"
                "Slovakia has meanwhile become Austria's eighth-largest trading partner, data from the Austrian statistical office showed.\n\n"
                "\"The ties keep getting closer,\" an economist said.\n\n"
                "The largest recent Austrian investment in Slovakia is a logistics centre near Bratislava which cost EUR 80 million.\n")


def test_an_office_named_far_from_any_figure_dates_none_of_them():
    """"... data from the Austrian statistical office showed" in a paragraph of its own with
    no figure of a flow after it: the balance of the lead and the flows of the body are still
    one source's, so the balance is checked against them."""
    d = _claims(OTHER_OFFICE.format(balance="2.5"))
    assert len({_claim(d, x).get("source") for x in ("EUR 2.5", "EUR 9.0", "EUR 6.5")}) == 1
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(OTHER_OFFICE.format(balance="3.5")))) == 1


REST_OUTSIDE = ("In the first half, Hungarian goods exports reached HUF 30.0 trillion. The European Union as a whole "
                "received HUF 22.5 trillion of Hungarian goods, or 75.0 percent of all exports, leaving HUF {rest} trillion "
                "for markets outside the EU.\n")


def test_what_is_left_for_markets_outside_the_eu_is_the_rest_of_the_whole():
    """"leaving HUF 7.5 trillion for markets outside the EU": the exports to every partner
    but the EU, which with the EU's part make up the whole."""
    d = _claims(REST_OUTSIDE.format(rest="7.5"), "2024-09-10")
    c = _claim(d, "HUF 7.5")
    assert (c["measure"], c["reporter"]) == ("exports", "HUN")
    assert c["partner"] != "EUU"
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(REST_OUTSIDE.format(rest="8.5"), "2024-09-10"))) == 1


def test_places_ranked_behind_a_share_are_no_side_of_it():
    """"giving Austria a share of 30.0 percent - well ahead of Poland, Hungary and Italy":
    the places after "ahead of" are rivals; the share is of Slovakia's exports to Austria."""
    d = _claims("Slovak goods exports reached EUR 50.0 billion in 2023. Of that, shipments to Austria were worth "
                "EUR 15.0 billion, giving Austria a share of 30.0 percent - well ahead of Poland, Hungary and Italy.\n")
    c = _claim(d, "30.0 percent")
    assert (c["reporter"], c["partner"]) == ("SVK", "AUT")
    assert not _inconsistent(d)


def test_how_much_a_revision_changed_a_balance_is_no_level_of_it():
    """"revisions changed the full-year balance by less than EUR 1 billion": the size of a
    change, not another statement of the year's balance."""
    d = _claims("Poland ended 2025 with a trade surplus of EUR 12.4 billion. The data will be revised in the summer; "
                "last year's revisions changed the full-year balance by less than EUR 1 billion.\n", "2026-02-11")
    assert _claim(d, "EUR 1 billion")["measure"] == "other"
    assert not _inconsistent(d)


def test_the_estimate_a_revision_replaced_is_of_the_same_month():
    """"revised the May surplus down to NOK 5.1 billion from the NOK 6.0 billion it had
    reported": the replaced estimate is of May of this year, not of a year before."""
    d = _claims("In June alone, the surplus was NOK 4.0 billion. The office revised the May surplus down to NOK 5.1 billion "
                "from the NOK 6.0 billion it had reported a month ago.\n", "2025-07-15")
    assert _claim(d, "NOK 5.1")["period"] == _claim(d, "NOK 6.0")["period"] == "2025-05"
    assert not _inconsistent(d)


CURRENT_ACCOUNT = ("The current account balance in May 2025 showed a surplus of EUR 500 mln, the central bank said. "
                   "The balance of trade in goods was positive at EUR {goods} mln. The surplus on services was EUR 2,000 mln, "
                   "while the primary income balance was negative at EUR 1,700 mln. Secondary income showed a deficit of EUR 200 mln.\n")


def test_a_current_account_balance_with_its_month_between_is_that_accounts():
    """"The current account balance in May 2025 showed a surplus of": the current account,
    not the balance of goods and services, which the goods and services surpluses add to."""
    d = _claims(CURRENT_ACCOUNT.format(goods="400"), "2025-07-15")
    assert _claim(d, "EUR 500")["scope"] == "current account"
    assert not _inconsistent(d)


def test_forecasts_of_two_balances_are_not_one_forecast():
    """"Economists had expected a deficit of EUR 180 mln" (the current account) and "The
    consensus had assumed a goods surplus of EUR 250 mln": forecasts of two balances."""
    d = _claims("Poland's current account showed a surplus of EUR 1,100 mln in June. Economists had expected a deficit of EUR 180 mln.\n\n"
                "The balance of trade in goods was positive at EUR 360 mln. The consensus had assumed a goods surplus of EUR 250 mln. "
                "The surplus on services was EUR 3,700 mln.\n", "2025-08-13")
    assert _claim(d, "EUR 250")["commodity"] == "goods"
    assert not _inconsistent(d)


def test_a_running_year_beside_a_month_does_not_date_what_follows():
    """"In the twelve months to June, the current account surplus amounted to 0.5 percent of
    GDP" in a report on June: the table of exports after it is of June again."""
    d = _claims("Poland's current account in surplus in June\n\n"
                "Warsaw, 13 August - The current account balance in June 2025 showed a surplus of EUR 1,000 mln, the central bank said.\n\n"
                "Exports of goods in June amounted to EUR 28,000 mln, while imports of goods reached EUR 27,000 mln.\n\n"
                "In the twelve months to June, the current account surplus amounted to 0.5 percent of GDP, against 0.7 percent "
                "of GDP at the end of the first quarter.\n\n"
                "Data in PLN:\nExports of goods: 119 000 mln zł\nImports of goods: 115 000 mln zł\n", "2025-08-13")
    assert _claim(d, "119 000")["period"] == "2025-06"


CROSS_BORDER = ("Korea is now Slovakia's third-largest supplier\n\n"
                "Slovaks bought goods worth EUR 9.0 billion from Korea last year, while Slovak companies sold just EUR 1.5 billion "
                "worth of goods there, the Statistical Office says. That means a deficit of EUR {gap} billion.\n\n"
                "Only Germany supplies more to the Slovak market. Trade between Slovakia and Korea last year totalled EUR 10.5 billion.\n\n"
                "These numbers come from the cross-border concept. In the national concept the picture is different. "
                "In that concept, the deficit with Korea is around EUR 4 billion.\n")


def test_a_countrys_people_buying_and_its_firms_selling_there_are_its_own_flows():
    """"Slovaks bought goods worth ... from Korea, while Slovak companies sold ... there":
    Slovakia's imports from and exports to Korea ("Only Germany supplies more to the Slovak
    market" after them is a ranking remark, not the pair the text is on); and the deficit "in
    that concept" (the national one) is another series."""
    d = _claims(CROSS_BORDER.format(gap="7.5"), "2025-03-12")
    c = _claim(d, "EUR 1.5")
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "SVK", "KOR")
    assert _claim(d, "EUR 9.0")["commodity"] in (None, "goods")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(CROSS_BORDER.format(gap="6.5"), "2025-03-12"))) >= 1


def test_a_concept_named_once_is_the_series_of_every_figure():
    """"according to the preliminary data in the national concept", said once of a
    release's flows: the lead's balance is the same series, checked against them."""
    text = ("Czech trade surplus at CZK {b} billion in March\n\n"
            "Prague, May 7 - The Czech foreign trade balance ended in March in the black at CZK {b} billion.\n\n"
            "Exports rose by 1.0 percent to CZK 400.0 billion and imports dropped by 0.5 percent to CZK 380.0 billion, "
            "according to the preliminary data in the national concept.\n")
    assert not _inconsistent(_claims(text.format(b="20.0"), "2024-05-07"))
    assert len(_inconsistent(_claims(text.format(b="25.0"), "2024-05-07"))) == 1
