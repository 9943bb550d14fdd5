"""Think-tank notes: a leftover figure after a product is stripped out, the rest of a list of
suppliers, a product's part of that product's stated total, shares of several partners set
against one partner's share, the share of a group's internal trade, and a loss estimated
against a counterfactual."""
from tradecheck import verify_text


def _read(text, published="2024-05-02"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet, kind=None):
    return next(c for c in d["claims"] if snippet in c["text"] and (kind is None or c["kind"] == kind))


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_the_rest_after_a_product_is_stripped_out_is_not_that_product():
    text = ("In 2023 Chile's exports to China were worth US$38.0 billion. Copper alone accounted for "
            "US$25.5 billion. Strip out copper and the picture changes: the remaining US$12.5 billion "
            "is spread across fruit, pulp and wine.\n")
    d = _read(text)
    rest = _claim(d, "12.5")
    assert rest["commodity"] != "copper"
    assert not _inconsistent(d)


def test_the_remaining_suppliers_are_every_supplier_but_those_listed():
    text = ("Japan's liquefied natural gas import bill was ¥6.0 trillion in 2023. Imports of Australian "
            "LNG were worth ¥2.4 trillion, or 40.0% of the total. Malaysia still supplied ¥1.0 trillion, "
            "a 16.7% share, followed by Qatar with ¥0.5 trillion. The remaining suppliers — Brunei, Oman "
            "and others — together accounted for ¥2.1 trillion.\n")
    d = _read(text)
    rest = _claim(d, "2.1 trillion")
    assert rest["partner"].startswith("group:other than") and "AUS" in rest["partner"]
    assert not _inconsistent(d)


def test_a_products_share_of_the_total_is_of_that_products_stated_total():
    text = ("Japan's liquefied natural gas import bill was ¥6.0 trillion in 2023. Imports of Australian "
            "LNG were worth ¥2.4 trillion, or 30.0% of the total.\n")
    d = _read(text)
    assert _inconsistent(d)  # 2.4 / 6.0 is 40%, not 30%


def test_partners_in_brackets_set_against_a_partners_share_are_each_their_own():
    text = ("Korea's share of Vietnam's total trade, which stood at US$680 billion, was 12.4 per cent — "
            "more than the combined share of Japan (6.1 per cent) and Thailand (3.0 per cent).\n")
    d = _read(text)
    korea, japan, thailand = _claim(d, "12.4"), _claim(d, "6.1"), _claim(d, "3.0")
    assert korea["kind"] == "share"  # not a change: it is set against other shares
    assert (japan["partner"], thailand["partner"]) == ("JPN", "THA")
    assert not _inconsistent(d)


def test_the_share_of_a_groups_internal_trade_named_after_its_figure():
    text = ("China's share of ASEAN's total trade was 19.0 per cent, below the 22.0 per cent share of "
            "intra-ASEAN trade.\n")
    d = _read(text)
    intra = _claim(d, "22.0")
    assert intra["partner"] != "CHN"
    assert not _inconsistent(d)


def test_a_loss_against_a_counterfactual_is_no_flow():
    text = ("Ukraine's sunflower oil exports earned US$5.1 billion in 2023. On this basis the cumulative "
            "loss over the two years is between US$3 billion and US$5 billion.\n")
    d = _read(text)
    assert _claim(d, "US$3 billion")["measure"] == "other"
    assert not _inconsistent(d)


def test_or_by_after_a_from_to_span_is_the_fall_between_the_spans_years():
    text = ("French imports from Iran fell from €4.0 billion in 2018 to €0.4 billion in 2020, a decline of "
            "90 percent. French exports to Iran shrank less sharply, from €2.0 billion to €1.0 billion, "
            "or by 40 percent.\n")
    d = _read(text)
    change = _claim(d, "40 percent")
    assert change["base_period"] == "2018" and change["factor"] < 1
    assert _inconsistent(d)  # 2.0 -> 1.0 is a fall of 50%, not 40%


def test_a_total_over_a_number_of_years_then_named_is_dated_by_those_years():
    text = "Chile's copper exports to Japan totaled $41.5 billion over the five years 2018-2022.\n"
    d = _read(text)
    assert _claim(d, "41.5")["period"] == "2018-01/2022-12"
