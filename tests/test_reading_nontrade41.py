"""Figures that are no trade flow, told apart from the flow around them (round 41): a change
"against the dollar", a count's change restated in the headline, a harvest's change in
hectolitres, a company's sales, turnover or net result, "the gems"
for the stones named before, and a headline's record said of another subject. How each is
read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


CURRENCY = ("Chile's copper exports rose 4.0% in 2023 to $52.0bn from $50.0bn. Exporters said the weakness "
            "of the peso, which lost about 12% of its value against the US dollar during the year, helped them.")


def test_a_change_against_a_currency_is_no_flow():
    """"which lost about 12% of its value against the US dollar": the peso's move, not the exports'."""
    r = read(CURRENCY)
    assert r["claims"]["12%"]["measure"] == "other"
    assert not r["errors"]


def test_a_currency_gain_against_the_dollar_is_no_flow():
    """"the rand's strength, which gained about 7% against the dollar": the rate's move."""
    r = read("South Africa's wine exports rose 2.0% to R10.2bn from R10.0bn in 2023. The rand's strength, "
             "which gained about 7% against the dollar, squeezed margins.")
    assert r["claims"]["7%"]["measure"] == "other"
    assert not r["errors"]


def test_a_currency_losing_half_its_value_is_no_flow():
    """"the pound, which lost about half its value against the dollar": the rate's move, no halving of exports."""
    r = read("Egypt's citrus exports rose 8.0% to $1.08bn in 2023 from $1.0bn. The fall of the pound, which lost "
             "about half its value against the dollar over the year, helped growers.")
    assert r["claims"]["half"]["measure"] == "other"
    assert not r["errors"]


def test_the_flow_change_beside_a_currency_move_is_still_checked():
    """The exports' own change stated wrong is still flagged."""
    assert read(CURRENCY.replace("rose 4.0%", "rose 14.0%"))["errors"]


UNITS = ("Truck exports fall 6.0% in 2023\n\n"
         "Sweden's truck exports fell 6.0% last year to 94,000 units from 100,000 in 2022, the makers' "
         "association said.\n\n"
         "Despite lower volumes, export value rose 2.0% to 51.0 billion kronor, from 50.0 billion kronor a "
         "year earlier.\n")


def test_a_value_change_after_a_volume_aside_is_the_values():
    """"Despite lower volumes, export value rose 2.0%": the money's change, checked against its levels."""
    r = read(UNITS)
    assert r["claims"]["2.0%"]["measure"] == "exports"
    assert not r["errors"]
    assert read(UNITS.replace("rose 2.0%", "rose 12.0%"))["errors"]


def test_a_headline_change_the_standfirst_gives_in_units_is_the_counts():
    """"Truck exports fall 6.0%" over "fell 6.0% ... to 94,000 units": the units' fall, no value's."""
    r = read(UNITS)
    assert "6.0%" not in r["claims"]


HARVEST = ("Portugal's wine exports rose 5.0% to €4.2bn in 2024 from €4.0bn. Portugal produced 30 million "
           "hectolitres of wine in the 2024 harvest, up 12% on the previous vintage.")


def test_a_harvests_change_in_hectolitres_is_no_flow():
    """"produced 30 million hectolitres ..., up 12%": the quantity's change, not the exports'."""
    r = read(HARVEST)
    assert "12%" not in r["claims"] or r["claims"]["12%"]["measure"] != "exports"
    assert not r["errors"]


STONES = ("Botswana's diamond exports rose 10% last year to $4.4 billion. The gems accounted for 80% of the "
          "country's total exports of $5.5 billion in 2023. Acme Mining said last month its rough diamond sales "
          "rose to $6.1 billion in 2023.")


def test_the_gems_point_back_to_the_stones_named_before():
    """"The gems accounted for 80% of total exports": diamonds' share, checked against $4.4bn of $5.5bn."""
    r = read(STONES)
    assert r["claims"]["80%"]["commodity"] == "diamonds"
    assert any(f["check"] == "ratio" and f["status"] == "consistent" for f in r["findings"])
    assert read(STONES.replace("$5.5 billion", "$6.5 billion"))["errors"]


def test_a_company_said_its_sales_are_its_turnover():
    """"Acme Mining said last month its rough diamond sales rose to $6.1 billion": no exports of the country."""
    r = read(STONES)
    assert r["claims"]["$6.1 billion"]["measure"] == "other"
    assert not r["errors"]


def test_a_company_reported_turnover_and_net_result_are_no_flow():
    """"Acme Flowers reported a turnover of €3.1 billion", "a net result of €15 million": the company's money."""
    r = read("Acme Flowers reported a turnover of €3.1 billion for 2023. The Netherlands exported flowers worth "
             "€6.0 billion in 2023. The cooperative also reported a net result of €15 million, against €22 million "
             "in 2022.")
    assert r["claims"]["€3.1 billion"]["measure"] == "other"
    assert r["claims"]["€15 million"]["measure"] == "other"
    assert not r["errors"]


def test_a_statistics_office_reporting_turnover_is_the_countrys_trade():
    """"Statistics Netherlands reported a trade turnover of $9bn": the country's trade, whoever reports it."""
    r = read("Statistics Netherlands reported a trade turnover of €9 billion with Belgium in March.")
    assert r["claims"]["€9 billion"]["measure"] == "trade_total"


RECORD = ("Kiwifruit exports fall as crop shrinks, but tray returns hit record\n\n"
          "New Zealand's kiwifruit exports fell to $3.1 billion in 2023, down 10 per cent on the $3.4b earned "
          "the previous year.\n")


def test_a_headline_record_of_another_subject_is_not_the_leads_figure():
    """"exports fall ..., but tray returns hit record": the record is the returns', not the $3.1bn's."""
    assert not read(RECORD)["errors"]


def test_a_headline_record_of_the_flow_itself_still_checks():
    """"exports fall, but hit record" (the subject left out): the flow's record, contradicted by a higher year."""
    r = read("Peru's exports dip in May, but hit record for the year\n\n"
             "Peru's exports were $3.1 billion in 2023, down from $3.4 billion the previous year.\n")
    assert any(f["check"] == "record" and f["status"] == "inconsistent" for f in r["findings"])
