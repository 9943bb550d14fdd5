"""Sentences of kinds met in round 25's passages in the styles of small island economies'
statistics offices and central banks: how each is read, and that a correct text gets no
error while a copy with one figure changed does."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# --- a headline that names a product's exports and the whole trade gap --------------------

FISH = ("Fish exports fall as Kiribati trade deficit grows\n\n"
         "TARAWA - Kiribati sold 9,800 tonnes of fish in 2023, the statistics office said. "
         "Fish exports brought in A$14.2 million. "
         "Imports rose to A${imports} million, and the trade deficit widened to A$171.6 million.")


def test_a_headline_naming_the_trade_gap_gives_the_body_no_product_scope():
    r = read(FISH.format(imports="185.8"))
    assert r["claims"]["A$185.8 million"]["commodity"] is None
    assert r["claims"]["A$171.6 million"]["commodity"] is None
    assert r["errors"] == []


def test_a_headline_naming_a_products_exports_alone_still_scopes_the_body():
    r = read("Copra exports fall\n\nTARAWA - Kiribati copra exports fell in 2023. "
             "Shipments to Bangladesh were worth A$6.1 million.")
    assert r["claims"]["A$6.1 million"]["commodity"] == "copra"


# --- "VT 512 million of re-exports": a part named by a flow word that is a product group ----

KAVA = ("Domestic exports totalled VT 6,842 million in 2023, led by kava at VT 1,460 million and copra at "
        "VT 1,124 million. Adding VT 512 million of re-exports, total exports came to VT {total} million.")


def test_an_amount_of_re_exports_is_the_re_exports_part():
    r = read(KAVA.format(total="7,354"))
    assert r["claims"]["VT 512 million"]["commodity"] == "re-exports"
    assert r["claims"]["VT 1,460 million"]["commodity"] == "kava"
    assert r["errors"] == []


def test_domestic_exports_plus_re_exports_must_make_the_total():
    assert read(KAVA.format(total="7,554"))["errors"]


# --- domestic exports beside a third part: no "domestic + re-exports = total" --------------

STORES = ("Mauritius' total exports in the first quarter amounted to Rs {total} million, of which domestic exports were "
          "Rs 10,150 million, ship's stores and bunkers Rs 2,870 million, and re-exports Rs 6,020 million. "
          "Textiles earned Rs 3,248 million, {share}% of domestic exports.")


def test_domestic_exports_beside_ships_stores_are_one_of_three_parts():
    r = read(STORES.format(total="19,040", share="32.0"), "2024-06-05")
    assert r["claims"]["Rs 2,870 million"]["commodity"] == "ship's stores and bunkers"
    assert r["errors"] == []


def test_a_share_of_domestic_exports_is_of_the_exports_without_re_exports():
    r = read(STORES.format(total="19,040", share="36.0"), "2024-06-05")
    assert r["claims"]["36.0%"]["commodity"] == "excluding re-exports"
    assert r["errors"]


# --- "the tourism industry earned": money of no trade flow ---------------------------------

TOURISM = ("Seychelles' tourism sector earned SCR 14,120 million in 2023, according to the central bank. "
           "Merchandise exports were SCR 8,310 million and imports SCR 20,650 million, leaving a trade deficit "
           "of SCR {deficit} million.")


def test_a_tourism_sector_that_earned_is_no_exports():
    r = read(TOURISM.format(deficit="12,340"))
    assert r["claims"]["SCR 14,120 million"]["measure"] == "other"
    assert r["errors"] == []


def test_the_deficit_is_still_checked_against_the_merchandise_exports():
    assert read(TOURISM.format(deficit="12,140"))["errors"]


# --- an average per day, its unit later in the clause ---------------------------------------

def test_an_average_that_entered_every_day_is_a_daily_rate():
    r = read("The Maldives imported goods worth MVR 5,210.0 million in March 2024. On average, goods worth "
             "an average of MVR 168.1 million entered the country every day. Food imports alone were "
             "MVR 940.2 million.", "2024-04-20")
    assert r["claims"]["MVR 168.1 million"]["per"] == "day"
    assert r["claims"]["MVR 5,210.0 million"]["currency"] == "MVR"
    assert r["errors"] == []


def test_a_month_in_the_possessive_names_no_product():
    r = read("In US dollar terms, March's imports were worth about US$338 million.", "2024-04-20")
    assert r["claims"]["US$338 million"]["commodity"] is None


# --- the change of a price, its later level dated by the running text -----------------------

PUMP = ("Fuel prices eased in the first half of 2024. At the pump, kerosene prices fell {change}% to $4.80 per "
        "gallon from $5.12 in June 2023.")


def test_a_price_change_against_its_two_levels_is_checked():
    assert read(PUMP.format(change="6.3"), "2024-08-01")["errors"] == []
    assert read(PUMP.format(change="9.3"), "2024-08-01")["errors"]


# --- "N times exports": a bare multiple of the other flow -----------------------------------

NIUE = ("NIUE - The island imported goods worth NZ$38.6 million in 2023 but exported just NZ${exports} million, "
        "meaning imports were about 24 times exports.")


def test_a_bare_multiple_of_exports_is_checked():
    r = read(NIUE.format(exports="1.6"))
    assert r["claims"]["24 times"]["kind"] == "multiple"
    assert r["errors"] == []


def test_about_a_counted_multiple_allows_a_tenth_either_way():
    assert read(NIUE.format(exports="1.9"))["errors"]  # 20.3 times, not about 24


def test_about_a_word_multiple_stays_loose():
    r = read("The island imported goods worth NZ$38.6 million in 2023 but exported just NZ$14.9 million, "
             "meaning imports were about three times exports.")
    assert r["errors"] == []  # 2.6 times
