"""Southeast Asian press on trade (probe round 27): a balance restated in another currency,
a goods group credited with its own balance, "non-oil-and-gas" beside "the oil and gas
sector", a "year-on-year" after a level, "the two neighbours" after the country just named,
border and maritime trade as channels, a change in money after its level, "the January-June
period last year", a year "from their 2022 peaks", "for the country as a whole", customs
revenue from the flows it is levied on, a sector known by its acronym in the possessive, and
"April 1 to Sept. 13" of a fiscal year."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-08-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    return {"claims": {c["text"]: c for c in result["claims"]},
            "errors": [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]}


# --- a balance given in two currencies ------------------------------------------------------

def test_a_balance_in_two_currencies_is_not_converted_at_the_average_rate():
    # each flow converted at its own rate: the balance's two currencies need not agree at one
    r = read("Thailand's exports were US$20.0 billion in March and imports $19.2 billion, for a "
             "surplus of $0.8 billion. In baht terms, exports were 720.0 billion baht and imports "
             "700.0 billion baht, for a surplus of 20.0 billion baht.", published="2024-04-25")
    assert r["claims"]["20.0 billion baht"]["measure"] == "balance"
    assert r["errors"] == []


# --- a goods group credited with a balance ----------------------------------------------------

SEGMENTS = ("Malaysia posted a trade surplus of US$2.50 billion in May. The surplus was driven by the "
            "manufactured goods, with a surplus of US${part} billion, while the oil and gas sector "
            "posted a deficit of US$0.70 billion.")


def test_a_balance_credited_to_a_goods_group_is_that_groups():
    r = read(SEGMENTS.format(part="3.20"), published="2024-06-20")
    assert r["claims"]["US$3.20 billion"]["commodity"] == "manufactured"
    assert r["errors"] == []


def test_non_oil_and_gas_and_the_oil_and_gas_sector_make_the_whole_balance():
    text = ("Indonesia's trade surplus was US$2.00 billion in March. The surplus came from the "
            "non-oil-and-gas commodities, with a surplus of US${part} billion, while the oil and gas "
            "sector posted a deficit of US$1.50 billion.")
    r = read(text.format(part="3.50"), published="2024-04-20")
    assert r["claims"]["US$3.50 billion"]["commodity"] == "non-oil-and-gas"
    assert r["errors"] == []
    assert read(text.format(part="3.90"), published="2024-04-20")["errors"]


# --- "a year-on-year increase of" after a level ----------------------------------------------

def test_year_on_year_after_a_level_does_not_date_it():
    r = read("Laos's trade reached $5.2 billion in the first half of 2024, up 8 percent from the same "
             "period last year. The country's exports during the January-June period totalled $2.9 "
             "billion, a year-on-year increase of 10 percent.")
    assert r["claims"]["$2.9 billion"]["period"] == "2024-H1"


# --- "the two neighbours" after the country the clause named ----------------------------------

NEIGHBOURS = ("Laos's exports to China were $3.0 billion in 2023. Thailand ranked second, with trade "
              "between the two neighbours reaching $5.0 billion: Laos exported ${exp} billion to "
              "Thailand and imported $2.0 billion from it.")


def test_the_two_neighbours_are_the_reporter_and_the_country_the_clause_named():
    r = read(NEIGHBOURS.format(exp="3.0"), published="2024-03-01")
    assert (r["claims"]["$5.0 billion"]["reporter"], r["claims"]["$5.0 billion"]["partner"]) == ("LAO", "THA")
    assert r["errors"] == []
    assert read(NEIGHBOURS.format(exp="2.6"), published="2024-03-01")["errors"]


# --- border and maritime trade ------------------------------------------------------------------

def test_border_trade_beside_maritime_trade_is_a_part_of_the_total():
    r = read("Cambodia's border trade in the first half of 2024 stood at $2.00 billion. Exports through "
             "border gates were worth $1.20 billion and imports $0.80 billion. Maritime trade reached "
             "$6.00 billion, bringing total trade for the period to $8.00 billion.")
    assert r["claims"]["$1.20 billion"]["commodity"] == "border trade"
    assert r["claims"]["$0.80 billion"]["commodity"] == "border trade"
    assert r["claims"]["$6.00 billion"]["commodity"] == "maritime trade"
    assert r["errors"] == []


ALONE = ("Thailand's border trade with its four neighbours totalled 500.0 billion baht in January-June. "
         "Malaysia was the largest border partner at 150.0 billion baht, followed by Cambodia at 130.0 "
         "billion, Laos at 120.0 billion and Myanmar at {mmr} billion.")


def test_border_trade_named_alone_is_what_the_whole_text_is_about():
    r = read(ALONE.format(mmr="90.0"))
    assert r["claims"]["500.0 billion baht"]["commodity"] is None
    assert r["errors"] == []
    assert read(ALONE.format(mmr="150.0"))["errors"]


def test_a_change_in_money_keeps_the_product_of_its_level():
    text = ("Laos's exports were $4.10 billion in the first half of 2024. Coffee exports in the period "
            "stood at $314 million, down ${d} million from $382 million in the same period last year.")
    r = read(text.replace("${d}", "$68"))
    assert r["claims"]["$68 million"]["commodity"] == "coffee"
    assert r["claims"]["$382 million"]["commodity"] == "coffee"
    assert r["errors"] == []
    assert read(text.replace("${d}", "$58"))["errors"]


def test_a_product_exported_via_a_place_is_that_product():
    r = read("Vietnam's trade with China through the province reached $5.0 billion in 2023. "
             "Durian exports via the province hit $1.1 billion.", published="2024-02-01")
    assert r["claims"]["$1.1 billion"]["commodity"] == "durian"


# --- "the January-June period last year"; "from their 2022 peaks" -------------------------------

def test_months_then_period_last_year_are_last_years_months():
    r = read("Indonesia's surplus was $15.0 billion in the first half of 2024. It is smaller than the "
             "$19.9 billion posted in the January-June period last year, as coal prices eased from their "
             "2022 peaks. Coal exports fell to $14.0 billion.", published="2024-07-16")
    assert r["claims"]["$19.9 billion"]["period"] == "2023-H1"
    assert r["claims"]["$14.0 billion"]["period"] == "2024-H1"
    assert r["errors"] == []


# --- "For the country as a whole," --------------------------------------------------------------

def test_for_the_country_as_a_whole_turns_to_trade_with_the_world():
    r = read("Vietnam's exports to China were $32.0 billion in the first seven months of 2024 and imports "
             "from China $84.5 billion. For the country as a whole, exports rose 17% to $229.1 billion and "
             "imports to $213.9 billion, for a trade surplus of $15.2 billion.", published="2024-08-08")
    for t in ("17%", "$229.1 billion", "$213.9 billion", "$15.2 billion"):
        assert r["claims"][t]["partner"] == "WLD", t
    assert r["errors"] == []


# --- customs revenue from the flows it is levied on ---------------------------------------------

def test_customs_revenue_from_imports_and_exports_is_no_flow():
    r = read("Vietnam's exports were $229.1 billion in the first seven months of 2024. Customs revenue "
             "from import and export activities in the period was VND220 trillion.", published="2024-08-08")
    assert r["claims"]["VND220 trillion"]["measure"] == "other"


# --- a sector known by its acronym, in the possessive ----------------------------------------------

def test_the_fdi_sectors_exports_are_the_sectors():
    r = read("Vietnam's exports rose 5 per cent to $300 billion in 2023, while the FDI sector's exports "
             "fell 7 per cent.", published="2024-02-01")
    assert r["claims"]["7 per cent"]["commodity"] == "fdi sector"
    assert r["errors"] == []


# --- "from April 1 to Sept. 13 of the 2024-25 fiscal year" ------------------------------------

def test_days_of_two_months_in_a_fiscal_year_date_the_months_between():
    r = read("Myanmar's border trade from April 1 to Sept. 13 of the 2024-25 fiscal year stood at $3.14 "
             "billion. Exports were $1.87 billion and imports $1.27 billion.", published="2024-09-20")
    assert r["claims"]["$3.14 billion"]["period"] == "2024-04/2024-09"
    assert r["claims"]["$1.87 billion"]["period"] == "2024-04/2024-09"
    assert r["errors"] == []


# --- "with the domestic sector running a deficit of $X and the FDI sector a surplus of $Y" ---

def test_sector_balances_after_with_running_are_the_sectors():
    r = read("Vietnam posted a trade surplus of $20.0 billion in 2023, with the domestic sector running a "
             "deficit of $15.0 billion and the FDI sector a surplus of $35.0 billion.", published="2024-02-01")
    assert r["claims"]["$15.0 billion"]["commodity"] == "domestic sector"
    assert r["claims"]["$35.0 billion"]["commodity"] == "fdi sector"
    assert r["errors"] == []
