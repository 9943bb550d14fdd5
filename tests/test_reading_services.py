"""Services trade read as its own flow (probe round 23, digital and services): categories of
services are parts of the services total, not of a bare figure; a country's earnings from
tourism, a table of services by kind, the rest of a breakdown, a share "of that" whole of
goods and services, and figures stated per month or per visitor, which are no level of the
year's flow."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    return {"claims": {c["text"]: c for c in result["claims"]},
            "errors": [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]}


# --- a kind of service's flow before the figure's own flow word --------------------------

SURPLUS_LIFTED = ("Record travel receipts lift Portugal's services surplus to €{surplus}bn\n\n"
                  "Portugal's services exports were €50.0 billion in 2023 and services imports €30.0 billion.")


def test_a_service_kinds_receipts_that_lift_a_surplus_leave_the_surplus_of_all_services():
    r = read(SURPLUS_LIFTED.format(surplus="20.0"))
    assert r["claims"]["€20.0bn"]["commodity"] == "services"
    assert r["errors"] == []
    assert read(SURPLUS_LIFTED.format(surplus="24.0"))["errors"]


# --- the part after "of which" ------------------------------------------------------------

OF_WHICH = ("Norway's transport receipts came to NOK 90.0 billion in 2023, of which air transport "
            "accounted for NOK 36.0 billion, or {share}%.")


def test_the_part_named_after_of_which_is_its_own_product_and_its_share_is_of_the_whole():
    r = read(OF_WHICH.format(share="40.0"))
    assert r["claims"]["NOK 36.0 billion"]["commodity"] == "air transport"
    assert r["errors"] == []
    assert read(OF_WHICH.format(share="48.0"))["errors"]


# --- figures stated per month or per visitor ---------------------------------------------

def test_a_figure_stated_on_a_monthly_basis_is_a_rate_not_the_years_level():
    r = read("Vietnam's farm exports earned $48.0 billion in 2023. On a monthly basis, coffee growers "
             "brought in about $350 million of export revenue.")
    assert r["claims"]["$350 million"]["per"] == "month"
    assert r["errors"] == []


def test_what_each_visitor_spent_is_a_figure_per_visitor():
    r = read("Kenya's exports totalled Sh900.0 billion in 2023. Each visitor spent an average of about "
             "Sh160,000, and cruise passengers spent about Sh20,000 per trip.")
    assert r["claims"]["Sh160,000"]["per"] == "visitor"
    assert r["claims"]["Sh20,000"]["per"] == "trip"
    assert r["errors"] == []


# --- a possessive period after the figure's comma -------------------------------------------

def test_a_period_owning_the_next_clause_does_not_date_the_figure_before_it():
    r = read("Chile's wine exports fell to $1.60 billion in 2023. Compared with the 2021 peak of "
             "$2.00 billion, last year's figure is 20.0% lower.", "2024-03-01")
    assert r["claims"]["$2.00 billion"]["period"] == "2021"
    assert r["errors"] == []


# --- a share "of that" whole of goods and services -----------------------------------------

GOODS_AND_SERVICES = ("Britain exported £300.0 billion of goods and £200.0 billion of services in 2023. "
                      "Total exports of goods and services were £500.0 billion, and services made up {share}% of that.")


def test_a_share_of_that_total_of_goods_and_services_is_of_it_not_of_the_bare_flow():
    assert read(GOODS_AND_SERVICES.format(share="40.0"))["errors"] == []
    assert read(GOODS_AND_SERVICES.format(share="48.0"))["errors"]


# --- a part after the whole a sentence opens with -------------------------------------------

OPENED_WHOLE = ("Canada's services exports reached C$160.0 billion in 2023.\n\n"
                "Of the C$160.0 billion of services exports, C${part} billion - three-quarters, or 75.0% - "
                "were delivered online.")


def test_money_after_the_whole_a_sentence_opens_with_is_a_part_of_it():
    r = read(OPENED_WHOLE.format(part="120.0"))
    assert r["claims"]["C$120.0 billion"]["scope"] == "an unnamed part"
    assert r["errors"] == []
    assert read(OPENED_WHOLE.format(part="128.0"))["errors"]


# --- the bulk "of the total" and the remaining part -------------------------------------------

REMAINING = ("Kenya's ICT services exports rose to $10.0 billion in 2023 from $8.0 billion.\n\n"
             "Software services formed the bulk of the total at $8.0 billion, or 80.0 per cent, while "
             "telecom services accounted for the remaining ${rest} billion.\n\n"
             "Kenya's total services exports were $20.0 billion.")


def test_the_bulk_of_the_total_and_the_remaining_part_make_up_the_total_named_before():
    assert read(REMAINING.format(rest="2.0"))["errors"] == []
    assert read(REMAINING.format(rest="3.0"))["errors"]


# --- a quotation after a colon is no aside -------------------------------------------------

def test_a_quotation_after_said_colon_reads_its_own_flow_word():
    r = read('Commenting on the figures, the minister said: "Software services continue to lead our '
             'services exports, with a value of $5.0 billion in 2023." Imports of goods were $9.0 billion.')
    c = r["claims"]["$5.0 billion"]
    assert (c["measure"], c["commodity"]) == ("exports", "software services")
    assert r["errors"] == []


def test_net_services_exports_are_the_services_balance():
    r = read("Services exports were €300.0 billion in 2023 and services imports €260.0 billion. "
             "Net services exports were €40.0 billion.")
    assert r["claims"]["€40.0 billion"]["measure"] == "balance"
    assert r["errors"] == []


# --- kinds of services are parts of the services total --------------------------------------

def test_a_kind_of_services_is_no_part_of_a_bare_goods_figure_but_of_the_services_total():
    r = read("The Maldives' exports were $0.4 billion in 2023. Travel services exports reached $3.5 billion.")
    assert r["errors"] == []
    assert read("The Maldives' travel services exports reached $4.5 billion in 2023, out of total services "
                "exports of $4.0 billion.")["errors"]


def test_a_share_of_services_whose_part_went_unread_is_not_read_as_all_services():
    r = read("Ukraine's IT exports fell 4% in 2024. IT accounted for 40.1% of Ukraine's total services exports, "
             "which amounted to $16.1 billion last year. Ukraine's exports were $41.7 billion in 2024.",
             "2025-02-05")
    assert r["errors"] == []


# --- counts, not money -----------------------------------------------------------------------

def test_a_change_in_visitor_arrivals_is_a_count_not_exports():
    r = read("Kenya's exports rose to Sh100.0 billion in 2023 from Sh80.0 billion in 2022. International visitor "
             "arrivals climbed to 2.0 million in 2023 from 1.0 million a year earlier, a jump of 100.0 per cent.")
    assert r["claims"].get("100.0 per cent", {}).get("measure") != "exports"
    assert r["errors"] == []


# --- earnings from tourism, and the product a figure was earned from -------------------------

def test_a_countrys_earnings_from_tourism_are_of_tourism():
    r = read("Kenya's earnings from tourism rose 31.5 per cent to Sh352.5 billion in 2023 from Sh268.1 billion "
             "in 2022. Kenya's exports were Sh300.0 billion.", "2024-01-18")
    assert r["claims"]["Sh352.5 billion"]["commodity"] == "tourism"
    assert r["claims"]["31.5 per cent"]["commodity"] == "tourism"
    assert r["errors"] == []


def test_the_product_a_relative_clause_says_a_figure_was_earned_from():
    r = read("Horticulture's receipts were nearly double the Sh120.0 billion the country earned from coffee "
             "exports in 2023. Kenya's exports were Sh300.0 billion in 2023.")
    assert r["claims"]["Sh120.0 billion"]["commodity"] == "coffee"


# --- a table of services by kind --------------------------------------------------------------

TABLE = ("Hong Kong's services exports reached HK$800.0 billion in 2023.\n\n"
         "SERVICES EXPORTS BY CATEGORY, 2023\n"
         "Category | HK$ billion\n"
         "Transport | 300.0\n"
         "Travel | {travel}\n"
         "Financial | 200.0\n"
         "Others | 100.0\n"
         "Total | 800.0\n")


def test_rows_of_a_services_table_are_kinds_of_services_that_add_up_to_the_total():
    r = read(TABLE.format(travel="200.0"))
    assert r["claims"]["300.0"]["commodity"] == "transport services"
    assert r["claims"]["800.0"]["commodity"] == "services"
    assert r["errors"] == []
    assert read(TABLE.format(travel="260.0"))["errors"]


def test_a_share_of_several_listed_kinds_is_of_no_single_kind():
    r = read("Singapore's services exports totalled S$300.0 billion in 2023, with transport, business and financial "
             "services making up more than two-thirds of the total. Financial services exports were S$50.0 billion.")
    assert r["errors"] == []


# --- places ranked by their exports, taken together --------------------------------------------

RANKING = ("Global exports of digitally delivered services reached $4,000 billion in 2023. "
           "The top three exporters were:\n\n"
           "1. United States - $650 billion\n"
           "2. United Kingdom - ${gbr} billion\n"
           "3. Ireland - $340 billion\n\n"
           "Together, the three sold $1,380 billion.")


def test_the_places_of_a_ranking_together_sold_the_sum_of_their_figures():
    assert read(RANKING.format(gbr="390"), "2024-04-18")["errors"] == []
    assert read(RANKING.format(gbr="350"), "2024-04-18")["errors"]


# --- money of no flow after its figure's own noun ------------------------------------------------

REVENUES = ("The Philippine outsourcing industry earned $30.0 billion in revenues in 2023, up 10.0 percent "
            "from ${old} billion in 2022.")


def test_a_change_of_revenues_named_after_their_figure_is_checked():
    assert read(REVENUES.format(old="27.3"), "2024-02-20")["errors"] == []
    assert read(REVENUES.format(old="25.0"), "2024-02-20")["errors"]


def test_ict_names_a_kind_of_services():
    r = read("EU surplus in ICT services trade reaches €160 billion\n\nThe EU's services surplus was €200.0 billion in 2023.",
             "2024-07-10")
    assert r["claims"]["€160 billion"]["commodity"] == "ict services"
    assert r["errors"] == []


# --- members ranked as the largest exporters of a flow ------------------------------------------

MEMBERS = ("The EU exported computer services worth €300.0 billion to non-EU countries in 2023.\n\n"
           "Among the EU Member States, Ireland was by far the largest exporter of computer services to non-EU "
           "countries, with €150.0 billion. It was followed by the Netherlands (€30.0 billion) and Germany "
           "(€{deu} billion). Together, these three Member States accounted for €200.0 billion.")


def test_a_member_ranked_as_the_largest_exporter_reports_its_own_exports():
    r = read(MEMBERS.format(deu="20.0"), "2024-07-10")
    c = r["claims"]["€150.0 billion"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "IRL", "WLD")
    assert r["claims"]["€30.0 billion"]["reporter"] == "NLD"
    assert r["errors"] == []
    assert read(MEMBERS.format(deu="24.0"), "2024-07-10")["errors"]
