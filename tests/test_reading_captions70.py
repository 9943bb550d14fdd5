"""Chart captions and the prose around them (round 70): a share opening a later clause with its
own owner ("while the U.S. share was 16.7%") is that owner's, not the part named before; a
figure that restates or goes on from one naming its product in full keeps that product, not
the shorter one of the heading above; a list label may open with its figure's period ("FY19
RMG: $34.13bn") and "RMG" is ready-made garments; a "Total:" line right under a heading that
names one flow is that flow's total; a flow word in a credit line ("Source: ... UK trade") sets
no flow for the text after it; an amount closing its clause with "higher" or "lower" and no
"than" is a change against a level not read, never a level."""
from readings import claim, errors


def test_a_share_after_while_the_x_share_was_is_xs():
    # (places the vocabulary knows: the pair is what is read)
    text = ("Chile's exports fell to $40.0 billion in 2023. Peru's share of Chile's total exports "
            "rose to 25.0%, while the Brazil share was {share}%. Exports to Peru were $10.0 billion "
            "and exports to Brazil $6.0 billion in 2023.")
    assert claim(text.format(share="15.0"), "15.0%")["partner"] != claim(text.format(share="15.0"), "25.0%")["partner"]
    assert errors(text.format(share="15.0")) == []


def test_a_change_restating_a_figure_of_a_named_product_keeps_that_product():
    text = ("IRON ORE\n\n"
            "In 2023, Peru's exports of iron ore and concentrates rose ${change}m (31%) to $74,652m, the "
            "highest value on record.\n")
    assert claim(text.format(change="17,578"), "$74,652m")["commodity"] == "iron ore and concentrates"
    assert errors(text.format(change="17,578")) == []
    assert errors(text.format(change="15,578")) != []


def test_a_list_label_may_open_with_its_period():
    text = ("Ruritania export earnings\n\n"
            "RMG: $27.95bn\n"
            "FY19 RMG: $34.13bn\n\n"
            "Ruritania's export earnings fell to $33.67 billion in the fiscal year to June 2020, "
            "from $40.54 billion a year earlier.\n")
    assert claim(text, "$34.13bn", published="2020-07-05")["commodity"] == "garments"
    assert errors(text, published="2020-07-05") == []


def test_a_total_under_a_heading_of_one_flow_is_that_flows():
    text = ("Exports slump in Peru\n\n"
            "EXPORT EARNINGS 2023\n"
            "Total: $33.67bn\n\n"
            "Knitwear: ${knit}bn\n"
            "Woven: $14.04bn\n\n"
            "Peru's export earnings fell to $33.67 billion in 2023. Knitwear shipments stood "
            "at $13.91 billion while woven garments fetched $14.04 billion.\n")
    assert claim(text.format(knit="13.91"), "$33.67bn")["measure"] == "exports"
    assert errors(text.format(knit="13.91")) == []
    assert errors(text.format(knit="12.91")) != []


def test_a_credit_line_sets_no_flow():
    text = ("Ruritania imports of goods from Freedonia, 2022 to 2023\n\n"
            "Source: Ruritanian Statistics Office – Ruritania trade\n\n"
            "Bar chart. 2022: Freedonia £225.3 billion. 2023: Freedonia £231.4 billion.\n\n"
            "Imports of goods from Freedonia rose by £6.1 billion ({pct}%) in 2023 compared with 2022.\n")
    assert claim(text.format(pct="2.7"), "£225.3 billion")["measure"] == "imports"
    assert errors(text.format(pct="2.7")) == []
    assert errors(text.format(pct="7.2")) != []


def test_an_amount_higher_with_no_than_is_a_change_not_a_level():
    text = ("Imports of goods from Freedonia rose by £23.5 billion (10.9%) in 2023 compared with 2022, "
            "to £239.2 billion. Comparisons with 2019 show imports from Freedonia were £24.6 billion higher.")
    assert claim(text, "£24.6 billion")["measure"] == "other"
    assert errors(text) == []
