"""Diamonds and their kin (round 71): returns of goods sent abroad are a deduction between
gross and net exports, no flow, and a share "of net exports" beside gross exports is of the
net flow. A total's sides given after "of the total, with" or "made up of" are of the total's
product, and a form of a product said alone ("polished trade", after "rough diamond trade")
is that form of the product named before. A share "of the world's diamonds" is of the
world's making or supply, no share of the place's trade. "Exports of the item" right after a
sentence that named a product and gave no figure are of that product. The figures of a
numbered part of a year that is no calendar span (a seller's "sixth sales cycle", a table's
rows under "Cycle") are dated by a guess, so never set beside the year's figures."""
from readings import claim, errors


RETURNS = ("Norway's net polished diamond exports fell 10.0% in 2023 to $4.50 billion, from $5.00 billion in 2022.\n\n"
           "Gross polished diamond exports totalled $5.30 billion; returns of goods sent abroad on consignment "
           "amounted to $0.80 billion.\n\n"
           "The US, Norway's largest market, took $2.70 billion, or {share}% of net polished exports, "
           "followed by Belgium with $0.45 billion (10.0%).")


def test_returns_of_goods_are_no_flow_and_a_share_of_net_exports_is_of_the_net_flow():
    text = RETURNS.format(share="60.0")
    assert claim(text, "$0.80 billion")["measure"] == "other"
    assert claim(text, "60.0%")["measure"] == "other"
    assert errors(text) == []


SIDES = ("Oman's diamond trade rose 2 per cent to $30.0 billion in 2023.\n\n"
         "Rough diamond trade accounted for $18.0 billion of the total, with imports of $10.0 billion and "
         "exports of $8.0 billion, while polished trade reached $12.0 billion, made up of imports of $5.0 billion "
         "and exports of ${exports} billion.")


def test_the_sides_after_of_the_total_with_and_made_up_of_are_of_the_totals_form_of_the_product():
    text = SIDES.format(exports="7.0")
    assert claim(text, "$10.0 billion")["commodity"] == "rough diamond"
    assert claim(text, "$12.0 billion")["commodity"] == "polished diamond"
    assert claim(text, "$5.0 billion")["commodity"] == "polished diamond"
    assert errors(text) == []
    assert errors(SIDES.format(exports="7.5")) != []


WORLD = ("Chile's rough diamond imports in May fell 20.0% from a year earlier to $1.20 billion, from $1.50 billion.\n\n"
         "Imports, however, rose 20.0% from April's ${april} million.\n\n"
         "Chile imports almost all its rough diamonds and cuts and polishes about 90% of the world's diamonds.")


def test_a_share_of_the_worlds_goods_is_no_share_of_the_places_trade():
    text = WORLD.format(april="1,000")
    assert claim(text, "90%")["measure"] == "other"
    assert errors(text) == []
    assert errors(WORLD.format(april="900")) != []


THE_ITEM = ("Peru's exports to the United States more than doubled last year to $3.00 billion from $1.20 billion in 2022.\n\n"
            "Textiles and garments led the surge. Exports of the item to the US reached $900 million, "
            "almost {times} times the $45.0 million of 2022. Seafood exports were worth $500 million.")


def test_exports_of_the_item_are_of_the_product_the_sentence_before_named():
    text = THE_ITEM.format(times="20")
    assert claim(text, "$900 million")["commodity"] == "textiles and garments"
    assert errors(text) == []
    assert errors(THE_ITEM.format(times="10")) != []


CYCLES = ("Botswana Diamond Sales Slide 28% in 6th Cycle\n\n"
          "Botswana's rough-diamond sales fell to $250 million in the sixth sales cycle of the year, down 28% "
          "from the $347 million in the same cycle of 2024, the ministry reported Thursday.\n\n"
          "The result was 13% higher than the fifth cycle, when the seller sold $221 million of goods. "
          "Year-to-date sales came to $1.37 billion, down 32% from $2.01 billion a year earlier.\n\n"
          "Rough sales by cycle ($ million)\n\n"
          "Cycle    2025    2024    Change\n"
          "1         315     455     -31%\n"
          "2         240     370     -35%\n"
          "5         221     233      -5%\n"
          "6         250     347     -28%\n")


def test_figures_of_numbered_sales_cycles_are_no_figures_of_the_year():
    # (read as the year's, the cycles' rows would be one figure given four times over)
    assert errors(CYCLES, published="2025-09-18") == []
    # the year-to-date figures name no cycle: still checked
    assert errors(CYCLES.replace("down 32%", "down 22%"), published="2025-09-18") != []
