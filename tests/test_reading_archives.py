"""Archive wire copy of 1985-2005 (round 24): sterling as "stg" and the ECU; the invisibles
and the current account beside the visible trade balance; the European Community, COMECON
and the developing countries as partner groups; a combined balance with two partners the
text counts; a bare earlier level after a sentence that compared the same periods; oil and
non-oil trade side by side; fixed-width tables of groups with their rest and total rows; a
product's share of a class of goods; and the rest of a whole split among partners."""
from tradecheck import verify_text


def read(text: str, published: str) -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


# --- sterling as "stg", the invisibles and the current account

INVISIBLES = ("LONDON, March 24 (Reuter) - Britain's visible trade deficit widened to 1.62 billion stg in February "
              "from 1.18 billion in January, official figures showed. With a surplus on invisibles of {} billion stg, "
              "the current account was in deficit by 1.02 billion stg.")


def test_stg_is_sterling():
    r = read(INVISIBLES.format("0.60"), "1988-03-24")
    assert r["claims"]["1.62 billion stg"]["currency"] == "GBP"


def test_the_invisibles_and_the_visible_balance_make_up_the_current_account():
    assert read(INVISIBLES.format("0.60"), "1988-03-24")["errors"] == []
    assert read(INVISIBLES.format("0.40"), "1988-03-24")["errors"]  # (1.62 - 0.40 is not 1.02)


def test_a_current_account_with_an_aside_before_its_verb_is_no_trade_balance():
    text = ("BONN, March 9 (Reuter) - West Germany's trade surplus rose to 10.2 billion marks in January from "
            "8.9 billion in December, the statistics office said. The current account, which includes services and "
            "transfers, showed a surplus of 6.4 billion marks in January, against 7.7 billion in December.")
    r = read(text, "1989-03-09")
    assert r["errors"] == []
    assert r["claims"]["6.4 billion marks"]["measure"] == "balance"


def test_ecu_amounts_are_money():
    text = ("BRUSSELS, May 6 (Reuter) - The European Community's exports to the United States rose 6.0 pct to "
            "{} billion ECU in 1990 from 50.0 billion ECU in 1989, Eurostat said.")
    r = read(text.format("53.0"), "1991-05-06")
    assert r["claims"]["53.0 billion ECU"]["currency"] == "XEU"
    assert r["errors"] == []
    assert read(text.format("56.0"), "1991-05-06")["errors"]


# --- partner groups of the period


def test_a_blocs_share_of_exports_is_no_second_figure_for_the_total():
    text = ("LISBON, June 3 (Reuter) - Portugal's exports rose to 2,410 billion escudos in 1990, the statistics "
            "institute said. The European Community took 73.5 pct of exports, or 1,771 billion escudos.")
    r = read(text, "1991-06-03")
    assert r["errors"] == []
    assert r["claims"]["1,771 billion escudos"]["partner"] != "WLD"


def test_trade_with_comecon_and_developing_countries_is_no_total():
    text = ("WARSAW, Feb 2 (PAP) - Poland's foreign trade turnover came to 24.0 billion roubles in 1987. Trade "
            "with COMECON members amounted to 15.2 billion roubles and trade with the developing countries to "
            "2.1 billion roubles.")
    r = read(text, "1988-02-02")
    assert r["errors"] == []
    assert {r["claims"][t]["partner"] for t in ("15.2 billion roubles", "2.1 billion roubles")}.isdisjoint({"WLD"})


# --- a combined balance with the partners the text counts

COMBINED = ("OTTAWA, April 2 (Reuter) - Canada ran a trade surplus of C$4.2 billion with the United States in "
            "February and a deficit of C$0.9 billion with Japan. Its combined surplus with the two partners was "
            "C${} billion.")


def test_a_combined_balance_with_two_counted_partners_is_their_sum():
    r = read(COMBINED.format("3.3"), "1994-04-02")
    assert r["errors"] == []
    assert read(COMBINED.format("5.1"), "1994-04-02")["errors"]


# --- a bare earlier level after a sentence that set the same periods against each other

EARLIER = ("NEW DELHI, Feb 2 (PTI) - India's exports during April-December rose 20.0 per cent to Rs 6,000 crore from "
           "Rs 5,000 crore in the same period a year ago. Imports increased to Rs 7,500 crore from Rs 6,600 crore. "
           "The deficit therefore narrowed to Rs 1,500 crore from Rs {} crore.")


def test_a_bare_earlier_level_is_at_the_period_the_sentence_before_compared_with():
    r = read(EARLIER.format("1,600"), "1995-02-02")
    assert r["claims"]["Rs 1,600 crore"]["attribution"]["period"] == "from-level-last-comparison"
    assert r["claims"]["Rs 1,600 crore"]["period"] == r["claims"]["Rs 6,600 crore"]["period"]
    assert r["errors"] == []
    assert read(EARLIER.format("1,900"), "1995-02-02")["errors"]


def test_a_bare_earlier_level_of_no_flow_stays_a_guess():
    text = ("HAMBURG - The carrier's revenue fell 40% to $6.0 billion in 2023 from $10.0 billion. Net profit dropped "
            "to $0.5 billion from $2.9 billion.")
    r = read(text, "2024-03-01")
    assert r["claims"]["$2.9 billion"]["attribution"]["period"] != "from-level-last-comparison"


# --- oil and non-oil trade side by side


def test_oil_and_non_oil_balances_in_one_sentence_are_parts_not_the_texts_scope():
    text = ("LONDON, Oct 26 (Reuter) - Britain's visible trade deficit narrowed to 1.50 billion stg in September from "
            "1.90 billion in August. Exports were 8.10 billion stg and imports 9.60 billion. Oil showed a surplus "
            "of 0.20 billion stg, while the deficit on non-oil trade was {} billion.")
    r = read(text.format("1.70"), "1990-10-26")
    assert r["claims"]["1.50 billion stg"]["commodity"] is None
    assert r["errors"] == []
    assert read(text.format("1.40"), "1990-10-26")["errors"]


# --- fixed-width tables of groups

GROUPS_TABLE = ("VIENNA, Feb 8 (Reuter) - Austria's exports rose to 480.0 billion schillings in 1991, the statistics "
                "office said.\n\nBreakdown (billion schillings):\n\n"
                "                   Exports   Imports   Balance\n"
                "EC                   320.0     380.0     -60.0\n"
                "EFTA                  50.0      40.0     +10.0\n"
                "Asia                  {}      45.0     +15.0\n"
                "Rest of world         50.0      35.0     +15.0\n"
                "Total                480.0     500.0     -20.0\n")


def test_a_table_of_groups_is_read_row_by_row():
    r = read(GROUPS_TABLE.format("60.0"), "1992-02-08")
    assert r["errors"] == []
    assert r["claims"]["380.0"]["attribution"]["pair"] == "row-label"  # (the EC's, as the row's first cell)
    assert r["claims"]["500.0"]["partner"] == "WLD"


def test_a_row_of_a_table_of_groups_that_breaks_its_balance_is_an_error():
    assert read(GROUPS_TABLE.format("70.0"), "1992-02-08")["errors"]


def test_the_rest_row_of_a_table_is_not_the_world():
    r = read(GROUPS_TABLE.format("60.0"), "1992-02-08")
    rest = [c for c in r["claims"].values() if c["text"] == "35.0"]
    assert rest and rest[0]["partner"] != "WLD"


# --- a product's share of a class of goods


def test_a_products_share_of_a_class_of_goods_is_no_part_of_the_product():
    text = ("SYDNEY, Sept 3 (AAP) - Australia's wool exports fell 12.0 per cent to $4.40 billion in 1991-92 from "
            "$5.00 billion. Wool represented 29.3 per cent of rural exports of $15.0 billion.")
    assert read(text, "1992-09-03")["errors"] == []


# --- the rest of a whole split among partners

REMAINDER = ("SOFIA, Feb 1 (BTA) - Bulgaria's foreign trade turnover reached 30.0 billion leva in 1988. Trade with "
             "the socialist countries came to 24.0 billion leva. Of this, trade with CMEA members amounted to 22.0 "
             "billion leva. The remainder of turnover was divided between the developed capitalist countries, with "
             "{} billion leva, and the developing countries, with 2.0 billion leva.")


def test_the_rest_of_a_whole_split_among_partners_adds_up_with_the_parts_before():
    assert read(REMAINDER.format("4.0"), "1989-02-01")["errors"] == []


def test_a_split_rest_that_does_not_add_up_is_an_error():
    assert read(REMAINDER.format("5.0"), "1989-02-01")["errors"]


# --- re-exports: an adverb after the subject, and a place named as where goods came from

REEXPORTS = ("SINGAPORE, Feb 17 (Reuter) - Singapore's total exports rose to S$100.0 billion in 1994. Domestic exports "
             "were S$60.0 billion and re-exports S$40.0 billion. Re-exports thus made up {} pct of total exports. "
             "Malaysia was the origin of 30.0 pct of re-exports, or S$12.0 billion.")


def test_an_adverb_after_the_product_is_no_part_of_its_name():
    r = read(REEXPORTS.format("40.0"), "1995-02-17")
    assert r["claims"]["40.0 pct"]["commodity"] == "re-exports"
    assert r["errors"] == []
    assert read(REEXPORTS.format("45.0"), "1995-02-17")["errors"]


def test_the_origin_of_exported_goods_is_no_destination():
    r = read(REEXPORTS.format("40.0"), "1995-02-17")
    assert r["claims"]["30.0 pct"]["attribution"]["pair"] == "origin-not-destination"
    assert r["claims"]["S$12.0 billion"]["attribution"]["pair"] == "origin-not-destination"


# --- a quantity and the parts it "comprised"

GRAIN = ("WASHINGTON (AP) - China bought 7.5 million metric tons of U.S. soybeans and sorghum in the marketing "
         "year, the Agriculture Department said. Purchases comprised 5.0 million tons of soybeans and {} million "
         "tons of sorghum.")


def test_parts_a_quantity_comprised_stay_within_it():
    assert read(GRAIN.format("2.5"), "1998-10-12")["errors"] == []
    assert read(GRAIN.format("3.5"), "1998-10-12")["errors"]
