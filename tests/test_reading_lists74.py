"""Parts in lists, columns and units (round 74). Money bullets indented under a money bullet, each
saying its unit and perhaps its change in brackets, are its parts, which cannot together exceed
it. A list led in by "Other sectors contributed as follows:" after the figure of one named part,
whose share names the whole ("52.8 percent of services exports"), is the rest of that whole: the
part and the list add up to it. A change column whose header names a change right after two
columns headed by periods is read wherever it stands, not only as the table's last column."""
from readings import errors


def test_money_bullets_indented_under_a_bullet_are_its_parts():
    text = ("Ruritania's non-oil exports reached USD 11,812 million in the first half of 2024.\n\n"
            "By groups of products, the evolution was as follows:\n\n"
            "• Traditional non-oil exports: USD 6,915 million (+6.8%)\n"
            "   - Shrimp: USD 3,452 million (-6.1%)\n"
            "   - Bananas: USD {bananas} million (+3.8%)\n"
            "   - Cocoa: USD 1,296 million (+84.6%)\n"
            "   - Tuna: USD 215 million (-4.0%)\n"
            "   - Coffee: USD 61 million (+17.3%)\n"
            "• Non-traditional exports: USD 4,897 million (+6.6%)\n")
    assert errors(text.format(bananas="1,891"), published="2024-08-20") == []
    assert errors(text.format(bananas="1,991"), published="2024-08-20") != []


def test_bullets_in_another_unit_are_no_parts():
    text = ("Freedonia's exports were USD 900 million in 2023.\n\n"
            "• Grain: USD 500 million\n"
            "   - Wheat: 300 tonnes\n"
            "   - Barley: 400 tonnes\n")
    assert errors(text, published="2024-02-01") == []


def test_other_sectors_as_follows_after_a_named_part_is_the_rest_of_the_whole():
    text = ("Kenya's services exports are estimated to have earned US$2,124.6 million in 2022, the Export "
            "Board said.\n\n"
            "The software sector was the largest contributor at US$1,122.8 million, accounting for 52.8 percent "
            "of services exports.\n\n"
            "Other sectors contributed as follows:\n\n"
            "- Transport: US$584.3 million\n"
            "- Financial services: US$238.6 million\n"
            "- Construction: US${construction} million\n")
    assert errors(text.format(construction="178.9"), published="2023-02-15") == []
    assert errors(text.format(construction="128.9"), published="2023-02-15") != []


def test_a_change_column_before_a_share_column():
    text = ("Ruritania's apparel exports rose 21.6% to US$ 5,415.2 million in 2021.\n\n"
            "Apparel exports by market (US$ million)\n\n"
            "Market            2020       2021     Growth   Share 2021\n"
            "Freedonia       1,815.2    2,207.6    21.6%     40.8%\n"
            "Sylvania        1,402.5    1,718.9    22.6%     31.7%\n"
            "Grand Fenwick     596.8      742.3    {growth}%     13.7%\n"
            "Other markets     640.5      746.4    16.5%     13.8%\n"
            "Total           4,455.0    5,415.2    21.6%    100.0%\n")
    assert errors(text.format(growth="24.4"), published="2022-02-03") == []
    assert errors(text.format(growth="34.4"), published="2022-02-03") != []
