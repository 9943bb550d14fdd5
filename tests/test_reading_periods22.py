"""Periods, products and series that kept a figure from being checked (fix round 22): each
kind read in sentences other than the probe passages' own."""
from tradecheck import verify_text


def read(text: str, published: str) -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


MASTHEAD = ("Chamber of Commerce\nBulletin - Spring 2024\n\nKorea and Australia\n\n"
            "Australia's exports to Korea in fiscal 2023 (July 2022 to June 2023) came to A$38.0 billion, "
            "while imports from Korea reached A$16.0 billion. Two-way trade thus came to about A${total} billion.")


def test_a_masthead_issue_after_a_dash_dates_no_figure():
    r = read(MASTHEAD.format(total="54.0"), "2024-04-02")
    assert r["claims"]["A$54.0 billion"]["period"] == r["claims"]["A$38.0 billion"]["period"]
    assert r["errors"] == []
    assert read(MASTHEAD.format(total="58.0"), "2024-04-02")["errors"]


SINCE = ("Brazil's exports to China reached $104.3 billion in 2023. "
         "In 2013, they stood at ${base} billion; they have grown by 126% since.")


def test_a_change_since_the_year_named_is_of_the_year_the_text_is_on():
    r = read(SINCE.format(base="46.1"), "2024-02-01")
    change = r["claims"]["126%"]
    assert (change["period"], change["base_period"]) == ("2023", "2013")
    assert r["errors"] == []
    assert read(SINCE.format(base="56.1"), "2024-02-01")["errors"]


METALS = ("Chile's copper exports reached $11.2 billion in the first quarter, and lithium exports added $1.9 billion "
          "in the quarter, taking the two minerals' total to ${total} billion.")


def test_a_counted_groups_total_in_the_possessive_is_the_sum_of_its_parts():
    r = read(METALS.format(total="13.1"), "2024-04-20")
    assert r["errors"] == []
    assert read(METALS.format(total="14.1"), "2024-04-20")["errors"]


COMPANY = ("SEOUL, Jan 25 (Reuters) - Hyundai Steel said fourth-quarter revenue fell 8% to 5.98 trillion won "
           "from 6.5 trillion won a year earlier.\n\n"
           "Full-year revenue rose 10% to 25.3 trillion won from 23.0 trillion won in 2023.\n\n"
           "Sales to U.S. customers accounted for 20% of the company's revenue, or {part} trillion won.")


def test_a_companys_full_year_is_the_calendar_year_its_quarter_ends_and_moves_the_text_on():
    r = read(COMPANY.format(part="5.06"), "2025-01-25")
    assert r["claims"]["25.3 trillion won"]["period"] == "2024"
    assert r["claims"]["20%"]["period"] == "2024"
    assert r["errors"] == []
    assert read(COMPANY.format(part="6.06"), "2025-01-25")["errors"]


SLASHES = ("Russia-Turkey trade turnover up in 2023\n\n"
           "MOSCOW, January 20. /TASS/. Trade turnover between Russia and Turkey in 2023 increased by {change}% "
           "to $57.0 billion, according to data published by the Turkish Statistical Institute.\n\n"
           "In 2022, trade between the two countries had reached $50.0 billion.\n\n"
           "Russia's trade with Iran also grew, the Russian ambassador to Tehran told Interfax.")


def test_the_lead_after_a_dateline_with_the_agency_between_slashes_sets_the_articles_source():
    r = read(SLASHES.format(change="14"), "2024-01-20")
    assert r["claims"]["$50.0 billion"].get("source") == r["claims"]["$57.0 billion"].get("source")
    assert r["errors"] == []
    assert read(SLASHES.format(change="24"), "2024-01-20")["errors"]


SECTOR = ("Korean shipbuilding exports hit record in 2023\n\n"
          "SEOUL (Yonhap) - South Korea's shipbuilding exports reached $21.6 billion in 2023, the trade ministry said.\n\n"
          "Exports rose {change}% from $18.0 billion in 2022, officials added.")


def test_a_bare_flow_after_the_headlines_product_goes_on_about_it():
    r = read(SECTOR.format(change="20"), "2024-01-05")
    assert r["claims"]["$18.0 billion"]["commodity"] == r["claims"]["$21.6 billion"]["commodity"]
    assert r["errors"] == []
    assert read(SECTOR.format(change="30"), "2024-01-05")["errors"]


def test_a_bare_volume_after_the_headlines_product_is_no_money_of_it():
    r = read("Korean shipbuilding exports hit record in 2023\n\n"
             "SEOUL (Yonhap) - South Korea's shipbuilding exports reached $21.6 billion in 2023, up 20% from $18.0 billion.\n\n"
             "Export volumes rose to 10.2 million tonnes, an increase of 5 per cent.", "2024-01-05")
    assert r["errors"] == []


def test_a_money_subject_after_a_volume_word_owns_the_change():
    text = ("HAMBURG, 8 February - Container volumes fell 4.4% in 2023. Despite lower volumes, the port "
            "operator's revenue rose {change}% to €1.50 billion from €1.40 billion, the company said.")
    assert read(text.format(change="7.1"), "2024-02-08")["errors"] == []
    assert read(text.format(change="9.1"), "2024-02-08")["errors"]


def test_a_change_after_both_levels_of_money_of_no_flow():
    text = ("CAIRO, Feb 12 (Reuters) - Suez Canal revenue in February fell to $400 million from $800 million "
            "a year earlier, a drop of {change}%, the authority said.")
    assert read(text.format(change="50"), "2024-03-12")["errors"] == []
    assert read(text.format(change="40"), "2024-03-12")["errors"]
