"""Two products in one sentence (round 78), each with its own figure and share: the first
product's label never carries over to the second's figures. The second product's clause may
leave its verb out ("..., and industrial products for ISK 204 billion") or rank it beside the
first ("ahead of marine products at", "overtaking marine products, which brought in"). A part
that an aside files under a class the text gives ("Aluminium, which is included in industrial
products,") is within that class, no third part beside the others."""
from readings import claim, errors


def test_a_second_product_whose_verb_is_left_out_keeps_its_own_figures():
    text = ("Norway exported goods worth $500.0 billion in 2023.\n\n"
            "Forest products accounted for $200.0 billion, or 40.0% of exports, in 2023, "
            "and mineral products for $250.0 billion, or {b}%.")
    assert claim(text.format(b="50.0"), "$250.0 billion")["commodity"] == "mineral"
    assert errors(text.format(b="50.0")) == []
    assert errors(text.format(b="45.0")) != []


def test_a_rival_product_ranked_after_the_first_has_its_own_figures():
    text = ("Norway's goods exports reached $800.0 billion in 2023.\n\n"
            "Machinery was the largest export category at $320.0 billion, or 40.0 percent of the total, "
            "narrowly ahead of forest products at $300.0 billion, or {b} percent.")
    assert claim(text.format(b="37.5"), "$300.0 billion")["commodity"] == "forest"
    assert errors(text.format(b="37.5")) == []
    assert errors(text.format(b="40.5")) != []


def test_a_product_overtaken_in_a_relative_clause_has_its_own_figures():
    text = ("Norway's exports came to $500.0 billion in 2023.\n\n"
            "Mineral products accounted for $250.0 billion or 50.0% of exports, "
            "overtaking forest products, which brought in $200.0 billion or {b}%.")
    assert claim(text.format(b="40.0"), "$200.0 billion")["commodity"] == "forest"
    assert errors(text.format(b="40.0")) == []


def test_a_part_filed_under_a_class_is_no_third_part_beside_it():
    text = ("Norway exported goods worth $500.0 billion in 2023.\n\n"
            "Forest products accounted for $200.0 billion, or 40.0% of exports, in 2023, "
            "and mineral products for $250.0 billion, or 50.0%. "
            "Copper, which is included in mineral products, made up 30.0% of total exports, "
            "with a value of $150.0 billion. Other exports came to ${o} billion.")
    assert errors(text.format(o="50.0")) == []


def test_an_apposition_on_the_subjects_role_does_not_cut_it_off():
    text = ("Norway's exports rose 3.2 percent to $116.6 billion in 2023.\n\n"
            "Marine products, the backbone of the coastal economy, accounted for $86.9 billion "
            "or {s} percent of total exports.")
    assert claim(text.format(s="74.5"), "$86.9 billion")["commodity"] == "marine products"
    assert errors(text.format(s="74.5")) == []
    assert errors(text.format(s="79.5")) != []


def test_a_share_said_with_a_bare_copula_is_the_subjects():
    text = ("Norway's goods exports in the first five months of 2023 were $230.1 billion, 4.8% lower than a year earlier.\n\n"
            "Industrial products were 50.8% of all exports, and their value was {c}% lower than in the same period of 2022.\n\n"
            "| | Jan-May 2022 | Jan-May 2023 |\n"
            "|---|---|---|\n"
            "| Exports, total | 241.7 | 230.1 |\n")
    assert claim(text.format(c="3.0"), "50.8%")["commodity"] == "industrial products"
    assert errors(text.format(c="3.0")) == []


def test_the_last_item_of_a_list_whose_verb_takes_for_past_a_listed_aside():
    text = ("Norway imported forest products worth $93.0bn between 2019 and 2023.\n\n"
            "Sawn wood accounted for $61.4bn, pulp for $21.8bn and other goods, including paper, "
            "cork, bark and resin, for ${o}bn.")
    assert claim(text.format(o="9.8"), "$9.8bn")["commodity"] == "other"
    assert errors(text.format(o="9.8")) == []


def test_money_laid_out_is_no_trade_flow():
    text = ("Norway imported goods worth $93.0bn in 2023.\n\n"
            "The ministry spends about $3m a year on customs training, a sum critics call small given the size of the trade.")
    assert claim(text, "$3m")["measure"] == "other"


def test_a_row_labelled_flow_then_total_is_the_whole_flow():
    text = ("The value of Norway's goods imports in the first five months of 2023 was ${d} billion or 11.5% higher "
            "than in the same period of 2022.\n\n"
            "Exports and imports, January-May ($ billion)\n\n"
            "                          Jan-May    Jan-May\n"
            "                          2022       2023\n"
            "Exports, total            241.7      230.1\n"
            "  Forest products         109.2      101.7\n"
            "  Mineral products        132.5      128.4\n"
            "Imports, total            244.3      272.3\n")
    assert errors(text.format(d="28.0")) == []
    assert errors(text.format(d="23.0")) != []


def test_money_visitors_spend_is_still_the_trade():
    text = ("MADRID, 2 February 2024 - Spain received 85.1 million international tourists in 2023, 18.7% more than in 2022, "
            "who spent €108,662 million, {c}% more, the statistics institute said.\n\n"
            "In 2022 the tourists had spent €87,140 million.")
    assert errors(text.format(c="27.4")) != []
