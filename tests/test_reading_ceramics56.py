"""Ceramics texts (round 56): the last bullet of a list that splits a flow by product ("Other
goods: ...") is one part of it, so the markets ranked after the list are the whole flow's;
a sector's total sales that prose splits into its exports ("of which exports") and, in a
sentence of their own, its home sales are the two added up."""
from readings import claim, errors


def test_markets_ranked_after_a_product_list_are_the_whole_flows():
    text = ("Slovenia's furniture exports reached 500 million euros in 2023.\n\n"
            "By product, exports were:\n"
            "* Chairs: 200 million euros\n"
            "* Tables: 240 million euros\n"
            "* Other furniture: 60 million euros\n\n"
            "Austria was the leading market with 110 million euros (22% of the total), followed "
            "by Italy with 90 million euros and Germany with 70 million euros.")
    assert claim(text, "110 million euros")["commodity"] == "furniture"  # the whole flow's, not "other furniture"
    assert errors(text) == []


def test_home_sales_and_the_exports_of_which_clause_make_the_total_sales():
    text = ("The glassmakers' federation said total sales by its members reached 2,400 million "
            "euros in 2023, of which exports accounted for 1,500 million euros.\n\n"
            "Exports were 3.0% lower than in 2022. Domestic sales came to {home} million euros.")
    assert errors(text.format(home="900")) == []
    assert any("2,400 million euros" in e for e in errors(text.format(home="1,100")))
