"""IT and business-services readings (round 50, part 1): services sold through affiliates
abroad (commercial presence, mode 3) are no part or whole of cross-border exports; "Monthly
exports averaged N in YEAR" is a rate per month; a share "of that" right after a non-trade
figure is of that figure; a share of "exports of goods and services" is of the whole flow,
not of goods; a headline figure the body restates under a product is that product's;
capital raised is no trade flow."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_sales_through_commercial_presence_are_no_part_of_cross_border_exports():
    text = ("Ruritania's software exports reached $50.0 billion in 2023. Consulting made up "
            "$30.0 billion and outsourcing the remaining $20.0 billion. Exports through commercial "
            "presence (mode 3) by affiliates of Ruritanian firms were put at $4.0 billion.")
    r = read(text)
    assert r["claims"]["$4.0 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_exports_including_commercial_presence_stay_the_flow():
    text = ("Ruritania's software exports, including those through commercial presence, stood at "
            "$50.0 billion in 2023.")
    r = read(text)
    assert r["claims"]["$50.0 billion"]["measure"] == "exports"


def test_monthly_exports_averaged_is_a_rate_per_month():
    text = ("Ruritania's software firms exported services worth $6.0 billion in 2023. Monthly "
            "software exports averaged about $500 million in 2023, compared with more than "
            "$550 million in 2022.")
    r = read(text)
    assert r["claims"]["$500 million"].get("per") == "month"
    assert r["claims"]["$550 million"].get("per") == "month"
    assert r["errors"] == []


def test_monthly_exports_without_an_average_stay_a_level():
    text = "Monthly exports of Ruritania rose to $5.0 billion in March 2024."
    r = read(text)
    assert r["claims"]["$5.0 billion"].get("per") is None


def test_half_of_that_after_a_tax_figure_is_of_the_tax():
    text = ("Ruritania's services imports stood at €300 billion in 2023. Corporation tax receipts "
            "reached €20.0 billion in 2023, with around half of that paid by ten firms.")
    r = read(text)
    assert r["claims"]["half"]["measure"] == "other"
    assert r["errors"] == []


def test_share_of_exports_of_goods_and_services_is_of_the_whole_flow():
    text = ("Ruritania's tech exports totaled $40.0 billion in 2023, accounting for 50% of the "
            "country's total exports of goods and services, which amounted to $80.0 billion. "
            "Tech services exports reached $30.0 billion, while tech goods exports amounted to "
            "$10.0 billion.")
    r = read(text)
    assert r["claims"]["50%"]["commodity"] != "goods"
    assert r["errors"] == []


def test_headline_figure_restated_in_the_body_takes_its_product():
    text = ("Finnish tech exports hold at $40.0b\n\n"
            "Finland's high-tech exports totaled $40.0 billion in 2023, accounting for 50% of the "
            "country's total exports, which amounted to $80.0 billion.")
    r = read(text)
    assert r["claims"]["$40.0b"]["commodity"] == r["claims"]["$40.0 billion"]["commodity"]
    assert r["errors"] == []


def test_capital_raised_is_no_trade_flow():
    text = ("Ruritania's tech exports totaled $40.0 billion in 2023. Capital raising by tech "
            "firms fell to about $5 billion from $9 billion in 2022 and a record $12 billion in 2021.")
    r = read(text)
    assert r["claims"]["$12 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_place_in_a_relative_aside_with_a_list_is_no_partner():
    text = ("Ireland's exports of computer services rose to €212 billion in 2023. Computer "
            "services, which mostly reflect firms such as Google, Microsoft and Meta with offices "
            "in Dublin, made up {share} per cent of total services exports of €355 billion.")
    r = read(text.format(share="59.7"))
    assert (r["claims"]["59.7 per cent"]["reporter"], r["claims"]["59.7 per cent"]["partner"]) == ("IRL", "WLD")
    assert r["errors"] == []
    assert read(text.format(share="69.7"))["errors"] != []
