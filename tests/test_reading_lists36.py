"""Lists (round 36): a line that opens with the items of the list just above it as its subject
("Together they accounted for ...", "Combined, these made up ...") gives the figure, or the
share, of the list's items added up: not the whole flow, and not the last item. A numbered or
bulleted line's label before its dash is the item's product; a flow named by every broad kind
of goods at once is all goods; quarters add up to the half year."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-09-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


PRODUCTS = ("Paraguay's exports of goods came to US$8,400.0 million in the first half of 2024.\n\n"
            "Its four leading products were:\n\n"
            "- Soybeans: US$2,950.0 million\n"
            "- Beef: US$820.5 million\n"
            "- Electricity: US$710.0 million\n"
            "- Maize: US$410.0 million\n\n"
            "Together they accounted for US$4,890.5 million, or 58.2% of the total.")


def test_together_they_after_a_list_is_the_lists_sum():
    """Read: "Together they accounted for US$4,890.5 million": the four products, not all exports."""
    r = read(PRODUCTS)
    c = r["claims"]["US$4,890.5 million"]
    assert c["measure"] == "exports" and c["commodity"] is not None
    assert r["errors"] == []


def test_a_changed_item_breaks_the_lists_sum():
    """The same list with one item 80 million higher no longer adds up to its joint figure."""
    assert read(PRODUCTS.replace("US$710.0 million", "US$790.0 million"))["errors"]


PARTNERS = ("Vietnam's foreign trade rose 5.1 percent to $680.0 billion in 2023.\n\n"
            "Its top three partners were:\n\n"
            "- China: $171.0 billion\n"
            "- US: $111.0 billion\n"
            "- South Korea: $76.0 billion\n\n"
            "Combined, these made up 52.6 percent of the total.")


def test_a_joint_share_after_a_list_is_of_the_lists_sum():
    """Read: "Combined, these made up 52.6 percent": 358 of 680, checked; one item changed breaks it."""
    assert read(PARTNERS)["errors"] == []
    assert read(PARTNERS.replace("$111.0 billion", "$151.0 billion"))["errors"]


def test_a_line_after_prose_is_no_lists_sum():
    """Without a list above it, "Together they ..." takes no list's items: no error from a sum."""
    text = ("Paraguay's exports of goods came to US$8,400.0 million in the first half of 2024. "
            "Soybeans brought in US$2,950.0 million and beef US$820.5 million.\n\n"
            "Together they accounted for US$3,770.5 million.")
    assert read(text)["errors"] == []


# Lists in US state export releases: a numbered list of products with each label before a
# dash, and the share those items take together; a flow named by every broad kind of goods
# at once ("farm, mining and factory goods"), which is all goods; and quarters that add up to
# the half year.


def read_state(text: str, published: str = "2024-03-05") -> dict:
    return read(text, published)


NUMBERED = ("Ohio exports top $50 billion\n\nOhio companies exported $50.0 billion in goods in 2019. The state's top four export products were:\n\n"
            "1. Passenger cars – $8.0 billion\n"
            "2. Auto parts and accessories – $6.0 billion\n"
            "3. Heavy trucks and buses – $4.0 billion\n"
            "4. Aircraft engines – $2.0 billion\n\n"
            "Together, those four categories made up 40% of the state's exports.\n")


def test_a_numbered_list_item_is_the_product_its_label_names():
    """Read: "2. Auto parts and accessories – $X": the whole label before the dash is the item's product, not a word inside it."""
    r = read_state(NUMBERED, published="2020-03-01")
    assert r["claims"]["$8.0 billion"]["commodity"] == "cars"  # (a phrase the vocabulary knows keeps its label)
    assert r["claims"]["$6.0 billion"]["commodity"] == "auto parts and accessories"
    assert r["claims"]["$4.0 billion"]["commodity"] == "heavy trucks and buses"
    assert r["claims"]["$6.0 billion"]["attribution"]["commodity"] == "list-item-label"


def test_the_share_the_listed_items_take_together_is_of_their_sum():
    """Read: "Together, those four categories made up N%": the share of the four items' sum; a changed item is flagged."""
    assert read_state(NUMBERED, published="2020-03-01")["errors"] == []
    assert read_state(NUMBERED.replace("$8.0 billion", "$12.0 billion"), published="2020-03-01")["errors"]


def test_a_list_line_naming_a_partner_stays_the_partners():
    """Read: "- Canada – $X" in a list: a partner's line, no product."""
    r = read_state("Ohio exported $50.0 billion in goods in 2019. Its top markets were:\n\n- Canada – $20.0 billion\n"
             "- Mexico – $8.0 billion\n", published="2020-03-01")
    assert r["claims"]["$20.0 billion"]["partner"] == "CAN"
    assert r["claims"]["$20.0 billion"]["commodity"] is None


KINDS = ("Iowa's exports of farm, mining and factory goods rose 2.0% to $5.10 billion in the second quarter of 2023. "
         "That brought the state's first-half exports to $10.10 billion. Iowa exported $5.00 billion in the first quarter.")


def test_every_kind_of_goods_named_at_once_is_all_goods():
    """Read: "exports of farm, mining and factory goods rose N% to X": X is all the state's goods, no product."""
    r = read_state(KINDS, published="2023-08-20")
    assert r["claims"]["$5.10 billion"]["commodity"] is None
    assert r["claims"]["2.0%"]["attribution"]["commodity"] == "every-goods-kind"


def test_one_kind_of_goods_stays_a_product():
    """Read: "exports of manufactured goods rose to X": one kind alone is still a product."""
    r = read_state("Iowa's exports of manufactured goods rose 2.0% to $3.10 billion in the second quarter of 2023.",
             published="2023-08-20")
    assert r["claims"]["$3.10 billion"]["commodity"] == "manufactured goods"


def test_the_quarters_add_up_to_the_half_year():
    """Read: first-quarter and second-quarter levels and the first half's: the quarters' sum is the half; a changed half is flagged."""
    assert read_state(KINDS, published="2023-08-20")["errors"] == []
    assert read_state(KINDS.replace("$10.10 billion", "$11.10 billion"), published="2023-08-20")["errors"]


def test_quarters_that_leave_a_gap_are_not_summed():
    """Read: the first and third quarters beside the first nine months: no sum (the second quarter is missing)."""
    r = read_state("Iowa exported $5.00 billion in the first quarter of 2023 and $5.20 billion in the third quarter of 2023. "
             "Exports in the first nine months of 2023 were $15.60 billion.", published="2023-11-20")
    assert r["errors"] == []
