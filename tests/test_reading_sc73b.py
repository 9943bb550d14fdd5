"""StatCan releases that split services or add them to merchandise (round 73): "commercial
services" is a kind of services, a part of them, in a text that also gives all services' figure by
a flow word ("Exports of services rose 4.5% to $105.6 billion"), and stays the whole of services
trade where no such figure stands beside it (the WTO's "World exports of commercial services").
A sentence opened by combining merchandise and services ("Combining merchandise and services,
Freedonia's total trade deficit was ...", "Goods and services combined, ...") gives goods and
services together, the sum of its goods and services figures, never a second goods figure.
(Where a check needs a pair, a real country reports: an invented one gives the figures no pair to check.)"""
from readings import claim, errors

_SERVICES_SPLIT = ("Canada's international deficit in services narrowed to $23.3 billion in 2016. "
                   "Exports of services rose 4.5% to $105.6 billion, while imports reached $128.9 billion.\n\n"
                   "Canada's surplus on commercial services rose from $3.0 billion in 2015 to $3.1 billion in 2016. "
                   "Exports of commercial services increased 4.0% to $65.9 billion. "
                   "Imports of commercial services rose 3.9% to ${imports} billion.\n")


def test_commercial_services_beside_all_services_are_a_part_of_them():
    text = _SERVICES_SPLIT.format(imports="62.8")
    assert errors(text, published="2017-11-21") == []
    assert claim(text, "$65.9 billion", published="2017-11-21")["commodity"] == "commercial services"
    assert claim(text, "$105.6 billion", published="2017-11-21")["commodity"] == "services"
    # (the commercial balance is its exports less its imports: $65.9bn - $60.8bn is no $3.1bn)
    assert errors(_SERVICES_SPLIT.format(imports="60.8"), published="2017-11-21") != []


def test_commercial_services_alone_are_all_services_trade():
    text = ("GENEVA, 31 July 2024 - World exports of commercial services rose 9% in 2023 to "
            "US$ 7.54 trillion, from US$ 6.92 trillion in 2022, WTO figures show. Travel, which "
            "recovered to pre-pandemic levels, was the fastest-growing sector.\n")
    assert errors(text, published="2024-07-31") == []
    assert claim(text, "US$ 7.54 trillion", published="2024-07-31")["commodity"] != "services"


_COMBINED = ("Canada's merchandise trade deficit with the world narrowed from $2.45 billion in December "
             "to $1.48 billion in January.\n\n"
             "Exports of services rose 0.6% to $15.42 billion in January, while imports of services "
             "increased 0.4% to $16.98 billion. As a result, the services trade deficit narrowed slightly "
             "from $1.58 billion in December to $1.56 billion.\n\n"
             "{opener}, Canada's total trade deficit with the world was ${total} billion in January, "
             "down from $4.03 billion in December.\n")


def test_a_sentence_opened_by_combining_merchandise_and_services_gives_both_together():
    for opener in ("Combining merchandise and services", "Goods and services combined"):
        text = _COMBINED.format(opener=opener, total="3.04")
        assert errors(text, published="2026-03-05") == [], opener
        assert claim(text, "$4.03 billion", published="2026-03-05")["scope"] == "goods and services"
        # (the goods deficit and the services deficit add up to the total: $1.48bn + $1.56bn)
        assert errors(_COMBINED.format(opener=opener, total="3.44"), published="2026-03-05") != [], opener
