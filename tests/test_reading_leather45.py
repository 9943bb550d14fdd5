"""Products and lists of products (a forty-fifth round of passages: leather, wool, carpets,
dried fruit): one more item added after "In addition,", a product the vocabulary does not
know before a flow word, the last of a list of products with its quantity then its value.
How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == figure)


ADDED_ITEM = ("In 2024, Peru exported 3,100 tonnes of alpaca fibre worth USD 95.0 million, the customs office said.\n\n"
              "In addition, 210,000 woven ponchos were sold abroad for USD 12.4 million.")


def test_a_figure_added_after_in_addition_is_no_whole_of_the_item_before():
    """"In addition, ... ponchos were sold abroad for $12.4m": another item, not all exports."""
    c = claim(ADDED_ITEM, "USD 12.4 million")
    assert c["commodity"] is None and c.get("scope") == "an unnamed part"
    assert errors(ADDED_ITEM) == []


ADDED_TOTAL = ("In 2024, Peru exported 3,100 tonnes of alpaca fibre worth USD 95.0 million.\n\n"
               "In addition, total exports reached USD 12.4 million.")


def test_an_added_sentence_that_names_the_total_keeps_the_total():
    """"In addition, total exports reached": the words name the whole, so it stays the whole."""
    assert claim(ADDED_TOTAL, "USD 12.4 million").get("scope") is None


UNKNOWN_PRODUCT = ("Bhutan's exports of ferrosilicon rose 4 percent to $3.1 billion in 2024.\n\n"
                   "Bhutan's yak-cheese exports also picked up, reaching $0.4 billion in the year.")


def test_an_unknown_product_before_the_flow_word_and_a_reaching_clause_is_a_product():
    """"X's yak-cheese exports also picked up, reaching $0.4bn": yak cheese's, not all exports."""
    assert claim(UNKNOWN_PRODUCT, "$0.4 billion")["commodity"] == "yak-cheese"
    assert errors(UNKNOWN_PRODUCT) == []


DRIED_LIST = ("Greece's dried fruit exports reached $500 million in 2024.\n\n"
              "Currant exports amounted to 30,000 tonnes worth $200 million, while prune exports were "
              "20,000 tonnes valued at $150 million. Dried peach shipments totalled 9,000 tonnes, bringing in $90 million.")


def test_the_last_product_of_a_list_with_its_quantity_then_its_value_is_a_sibling():
    """"Dried peach shipments totalled 9,000 tonnes, bringing in $90m": the third product, no whole of the two before."""
    assert claim(DRIED_LIST, "$90 million")["commodity"] == "dried peach"
    assert not [e for e in errors(DRIED_LIST) if "$90" in e]
