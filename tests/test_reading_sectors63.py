"""A sector's figures beside other kinds (round 63): the sales that firms or an industry earn
are their turnover, no export flow; a balance a sentence gives to the whole country ("the
overall deficit") beside the one it gives to "the sector" is not the sector's balance."""
from readings import claim, errors


def test_member_firms_sales_are_no_exports():
    text = ("Spain exported ships and boats worth EUR 3.1 billion in 2021. The shipbuilders' "
            "federation said its member firms generated sales of EUR 7.5 billion that year.")
    assert claim(text, "EUR 7.5 billion")["measure"] == "other"
    assert claim(text, "EUR 3.1 billion")["measure"] == "exports"
    assert errors(text) == []


def test_industry_sales_in_a_list_are_no_exports():
    text = ("Key figures for the rail equipment sector in 2020:\n\n"
            "- Exports of $21.4 billion\n"
            "- Industry sales of about $160 billion, services included\n")
    assert claim(text, "$160 billion")["measure"] == "other"


def test_export_sales_keep_their_flow():
    text = "Its member firms generated export sales of EUR 2.2 billion in 2021."
    assert claim(text, "EUR 2.2 billion")["measure"] == "exports"


def test_the_overall_deficit_is_not_the_sectors_balance():
    text = ("Exports of trucks, buses and parts came to EUR40.0 billion in 2019, while imports "
            "reached EUR25.0 billion. The sector's trade surplus thus stood at EUR{bal} billion, "
            "even as Spain's overall goods deficit remained near EUR30 billion.")
    assert errors(text.format(bal="15.0")) == []
    assert claim(text.format(bal="15.0"), "EUR30 billion")["scope"] == "all goods"
    # (the sector's own balance is still held to its exports less its imports)
    assert errors(text.format(bal="19.0")) != []
