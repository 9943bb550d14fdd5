"""The catalogue of checks: every check a finding can carry is declared there once, with its
title and description, and every message is written from its templates with exactly the
fields the check supplies. SARIF, `disable`, `--disable` and `tradecheck checks` read it."""
import json
import re
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradecheck.api import extract
from tradecheck.batch import Options, check_one
from tradecheck.check import build_model, record
from tradecheck.check.catalogue import CHECKS, NOTES, MessageError, Severity, Status, fields_of, note, render
from tradecheck.cli import app
from tradecheck.link.sentences import split
from tradecheck.read import make_document

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

# For each message a check's own arithmetic writes: a text whose constraint system holds a
# relation explained with it.
EXPLAINED = [
    ("ratio", "multiple", "Chile's exports to China tripled to $9bn in 2023 from $3bn in 2020."),
    ("ratio", "share", "In 2023 Peru's exports to Japan were $2.0bn, or 25% of Peru's total exports of $8.4bn."),
    ("ratio", "share_not_stated", "Kenya's exports were $7.4bn in 2023, and Uganda took 12% of them."),
    ("ratio", "share_implies_whole", "In 2023 China held a 21.3% share (worth $12.23bn) of Uzbekistan's trade, "
                                     "and Russia a 25.5% share (worth $8.86bn)."),
    ("ratio", "parts_share", "In 2023 Zambia's exports to China included metal and mineral ores worth $3.6 "
                             "billion and $1.6 billion of iron and steel. Together the two categories made up "
                             "59.8 percent of the $8.7 billion total exports."),
    ("ratio", "rate_multiple", "Kenya's exports to Uganda grew 14 per cent in 2023, more than double the 6.1 per "
                               "cent growth of 2022."),
    ("ratio", "flow_multiple", "Poland's imports from China reached EUR 41.6 bn in 2023, while exports to China were "
                               "EUR 4.1 bn, which means imports were more than 12 times higher than exports."),
    ("ratio", "level_not_stated", "Chile's exports to China were $6bn in 2022 and tripled in 2023."),
    ("percent_change", "change", "Morocco's exports to Spain rose 13% in 2023 to $4.4bn from $4.0bn in 2022."),
    ("percent_change", "direction", "In March the Philippines' deficit with Korea narrowed to $1.1 billion from "
                                    "$1.4 billion in February."),
    ("percent_change", "comparison", "Indonesia's trade surplus was $4.23 billion in July 2022. July's surplus was "
                                     "higher than the $4.11 billion of July 2021."),
    ("percent_change", "absolute", "Ghana's exports to China rose by $300mn in 2023 to $4.2bn from $3.9bn in 2022."),
    ("percent_change", "absolute_not_stated", "Ghana's exports to China rose by $300mn in 2023 to $4.2bn."),
    ("percent_change", "level_not_stated", "Chile's exports to China were $6bn in 2022 and rose 50% in 2023."),
    ("sum", "total", "In 2023 Jordan's exports to Iraq were $1.3bn and its imports from Iraq $2.1bn, for total "
                     "trade of $3.5bn."),
    ("sum", "total_not_stated", "Trade between Chile and China was $14bn in 2022 and grew 10% in 2023. In 2023 "
                                "Chile's exports to China were $9bn and its imports from China $6bn."),
    ("sum", "total_implies", "Trade between Chile and China was $14bn in 2023; Chile's exports to China "
                             "were $9bn."),
    ("sum", "total_negative_flow", "Trade between Chile and China was $8bn in 2023; Chile's exports to China "
                                   "were $9bn."),
    ("sum", "balance", "In 2023 Chile's exports to China were $9bn and its imports from China $5bn, a surplus of $4bn."),
    ("sum", "balance_not_stated", "Chile's surplus with China was $2bn in 2022 and doubled in 2023. In 2023 "
                                  "Chile's exports to China were $9bn and its imports from China $5bn."),
    ("sum", "balance_implies", "Chile's surplus with China was $4bn in 2023, when its exports to China "
                               "were $9bn."),
    ("sum", "balance_negative_flow", "Chile's surplus with China was $12bn in 2023, when its exports to China "
                                     "were $9bn."),
    ("sum", "balance_less_parts", "In January 2012 Thailand's exports were $16,516 million and its imports $19,415 million, "
                                  "a deficit of $2,899 million. Gold exports were $200 million and gold imports $1,560 million. "
                                  "Excluding gold, the deficit would have been $1,539 million."),
    ("sum", "balance_less_parts_bound", "In January 2012 Thailand's exports were $16,516 million and its imports "
                                        "$19,415 million, a deficit of $2,899 million. Gold imports alone amounted to "
                                        "$1,560 million. Excluding gold, the deficit would have been $1,039 million."),
    ("sum", "parts", "In 2023 Sri Lanka's merchandise exports were US$ 11.9 billion and its service exports "
                     "US$ 3.1 billion, for total export earnings of US$ 15 billion."),
    ("sum", "parts_not_stated", "In 2023 Sri Lanka's merchandise exports were US$ 11.9 billion and its service "
                                "exports US$ 3.1 billion. Total export earnings rose 5% in 2023 from US$ 14.2 "
                                "billion in 2022."),
    ("sum", "mirror_balance", "In 2023 China's exports to Russia were $111bn and its imports from Russia $129bn. "
                              "Russia's surplus with China was $18bn in 2023."),
    ("sum", "mirror_balance_not_stated", "In 2023 China's exports to Russia were $111bn and its imports from "
                                         "Russia $129bn. Russia's surplus with China doubled in 2023 from $9bn "
                                         "in 2022."),
    ("sum", "mirror_flows_not_stated", "In 2023 China's exports to Russia were $111bn, while its imports from "
                                       "Russia rose 13% from $114bn in 2022. Russia's surplus with China was "
                                       "$18bn in 2023."),
    ("sum", "exports_each_way", "In 2023 Kenya's exports to Uganda were $1.1bn. Uganda, in turn, sold $0.7bn of goods "
                                "to Kenya, leaving Kenya with a surplus of $0.4bn."),
    ("sum", "two_sides", "In 2023 Russian deliveries to India reached $61bn and Indian exports to Russia $4bn. "
                         "Trade between India and Russia was $65bn in 2023."),
    ("sum", "two_sides_total_not_stated", "In 2023 Russian deliveries to India reached $61bn and Indian exports "
                                          "to Russia $4bn. Trade between India and Russia rose 30% in 2023 from "
                                          "$50bn in 2022."),
    ("sum", "two_sides_not_stated", "Trade between India and Russia was $65bn in 2023, when Russian deliveries "
                                    "to India reached $61bn. Indian exports to Russia rose 30% in 2023 from $3bn "
                                    "in 2022."),
    ("bound", "part", "In 2023 Kenya's exports to Uganda were $1.0bn. Tea brought in $0.61bn and coffee $0.45bn."),
    ("bound", "parts", "In 2023 Kenya's exports to Uganda were $1.0bn. Tea brought in $0.61bn and coffee $0.45bn."),
    ("bound", "part_not_stated", "Chile's trade with China was $14bn in 2023 and its imports from China $5bn. "
                                 "Copper exports to China were $7bn."),
    ("bound", "share_above_whole", "In 2023 copper accounted for 120% of Chile's exports to China."),
    ("bound", "shares_of_one_whole", "In 2022 Bolivia sent 70% of its exports to Brazil, 20% to Argentina and "
                                     "15% to Chile."),
    ("bound", "shares_together", "China supplied 60% of Pakistan's arms imports in 2019-23, followed by Turkey with "
                                 "10% and the United States with 5%. Together the three supplied 85%."),
    ("bound", "period_part", "Peru's trade with Japan was $4.1bn in January-September 2023 and $5.6bn in the "
                             "whole of 2023."),
    ("duplicate", "restatements", "Peru's surplus with Japan was $3.35bn in 2023. In 2023 Peru's trade surplus "
                                  "with Japan reached $3.4bn."),
    ("duplicate", "period_rate", "Canada's exports to Mexico were C$12.1 billion in 2023, or about US$9 billion."),
    ("duplicate", "day_rate", "New Zealand's exports were NZ$5.60 billion (US$3.28 billion) in October 2024."),
    ("duplicate", "stated_rate", "Albania's exports were 3.72 billion euro ($4.2 billion) in 2014. (1 euro = $1.1293)"),
    ("duplicate", "writer_rate", "Sales to Japan reached 120 million NZ dollars (72.5 million U.S. dollars) in "
                                 "March 2024, sales to Korea 80 million NZ dollars (48.3 million U.S. dollars) and "
                                 "sales to India 50 million NZ dollars (30.2 million U.S. dollars)."),
    ("record", "record", "Georgia's exports to Armenia reached a record $2.46bn in 2023. In 2022 Georgia's "
                         "exports to Armenia were $2.48bn."),
    ("record", "record_not_stated", "Georgia's trade with Russia reached a record $2.5bn in 2023, up 5% on 2022."),
]

ZERO_REFERENCE = ("period,reporter,partner,flow,commodity,value_usd,valuation,source,source_version\n"
                  "2022,BLR,IRN,exports,TOTAL,0,FOB,Belstat,2023 release\n")
ZERO = "zero.csv"  # a pair with no recorded trade that year, written beside the draft

# For each message written about a finding as a whole: (check, variant, passing?, a draft
# that gets it, reference data).
WRITTEN = [
    ("bound", "shares_with_rest", False, "Cobalt import sources (2020-23): Congo, 61%; Norway, 18%; Japan, 12%; and "
                                         "other, 19%.", "none"),
    ("duplicate", "shares", False, "Kenya takes 38% of Uganda's tea exports in 2023\n\nKenya was the largest buyer "
                                   "of Ugandan tea in 2023, taking 48 per cent of the country's total tea exports.", "none"),
    ("sum", "market_size", False, "Table: Medical Devices Market in Chile (USD millions)\n\n| | 2022 | 2023 |\n|---|---|---|\n"
                                  "| Total Local Production | 410 | 430 |\n| Total Exports | 150 | 170 |\n"
                                  "| Total Imports | 960 | 1,020 |\n| Total Market Size | 1,220 | 1,380 |\n", "none"),
    ("percent_change", "points_revision", False, "Kenya's exports are now expected to grow 4.2% in 2024, up from the "
                                                 "3.1% forecast in March. The upgrade of 1.4 percentage points reflects "
                                                 "tea prices.", "none"),
    ("percent_change", "points_revision", True, "Kenya's exports are now expected to grow 4.2% in 2024, up from the "
                                                "3.1% forecast in March. The upgrade of 1.1 percentage points reflects "
                                                "tea prices.", "none"),
    ("ratio", "per_day", False, "Kenya's exports were $3.6 billion in the first quarter of 2024. Spread over the "
                                "quarter's 91 days, that is about $60 million of exports every day.", "none"),
    ("ratio", "per_day", True, "Kenya's exports were $3.6 billion in the first quarter of 2024. Spread over the "
                               "quarter's 91 days, that is about $40 million of exports every day.", "none"),
    ("ratio", "per_time", False, "Chile's exports reached $95.4 billion in 2023. That is about $461 million "
                                 "every day of the year.", "none"),
    ("ratio", "per_time", True, "Chile's exports reached $95.4 billion in 2023. That is about $261 million "
                                "every day of the year.", "none"),
    ("ratio", "per_thing", False, "Exporters shipped 2.1 million tonnes of copper worth $6.3bn, an average of "
                                  "$3,500 a tonne.", "none"),
    ("ratio", "per_thing", True, "Exporters shipped 2.1 million tonnes of copper worth $6.3bn, an average of "
                                 "$3,000 a tonne.", "none"),
    ("ratio", "mirror_gap_share", False, "Turkey's statistics show exports to Iraq of $12.4 billion in 2023, while Iraqi "
                                         "records show imports from Turkey of $9.1 billion, a gap of $3.3 billion, or 37% "
                                         "of the value reported by Turkey.", "none"),
    ("ratio", "mirror_gap_share", True, "Turkey's statistics show exports to Iraq of $12.4 billion in 2023, while Iraqi "
                                        "records show imports from Turkey of $9.1 billion, a gap of $3.3 billion, or 27% "
                                        "of the value reported by Turkey.", "none"),
    ("sum", "mirror_gap", False, "Turkey's statistics show exports to Iraq of $12.4 billion in 2023, while Iraqi records "
                                 "show imports from Turkey of $9.1 billion, a gap of $4.3 billion.", "none"),
    ("sum", "mirror_gap", True, "Turkey's statistics show exports to Iraq of $12.4 billion in 2023, while Iraqi records "
                                "show imports from Turkey of $9.1 billion, a gap of $3.3 billion.", "none"),
    ("sum", "revision_size", False, "The revisions lowered the 2022 trade deficit by $1.2 billion, to $14.5 billion "
                                    "from $15.3 billion.", "none"),
    ("sum", "revision_size", True, "The revisions lowered the 2022 trade deficit by $0.8 billion, to $14.5 billion "
                                   "from $15.3 billion.", "none"),
    ("sum", "price_gap", False, "Ruritanian heavy crude averaged US$49.50 a barrel in 2022, against US$58.90 for the "
                                "light benchmark, a gap of US$7.70.", "none"),
    ("sum", "price_gap", True, "Ruritanian heavy crude averaged US$51.20 a barrel in 2022, against US$58.90 for the "
                               "light benchmark, a gap of US$7.70.", "none"),
    ("sum", "goal_excess", False, "The Bureau of Customs collected P74.2 billion in March 2024, exceeding its "
                                  "P71.5-billion target by P3.7 billion.", "none"),
    ("sum", "goal_shortfall", False, "The agency collected $4.1 billion in 2023, falling short of its $4.5 billion "
                                     "target by $0.6 billion.", "none"),
    ("percent_change", "opposite_signs", False, "Kenya's trade balance with Uganda was a surplus of $2.0 billion in "
                                               "2022. In 2023 it was a deficit of $1.0 billion, down 50%.", "none"),
    ("percent_change", "yearly_change", False, "Vietnam's exports grew from $100.0 billion in 2013 to $200.0 billion in "
                                              "2023, an average annual growth of 9.0%.", "none"),
    ("percent_change", "yearly_change", True, "Vietnam's exports grew from $100.0 billion in 2013 to $200.0 billion in "
                                             "2023, an average annual growth of 7.2%.", "none"),
    ("sum", "yearly_average", False, "Vietnam's exports were $50.0 billion in 2019, $60.0 billion in 2020 and $70.0 "
                                     "billion in 2021, a combined $180.0 billion over 2019-2021, an average of $65.0 "
                                     "billion a year.", "none"),
    ("sum", "yearly_average", True, "Vietnam's exports were $50.0 billion in 2019, $60.0 billion in 2020 and $70.0 "
                                    "billion in 2021, a combined $180.0 billion over 2019-2021, an average of $60.0 "
                                    "billion a year.", "none"),
    ("percent_change", "restated", False, "The government aims to cut the import bill by 25 percent, or $30 billion, "
                                          "in 2024 from $80 billion in 2023.", "none"),
    ("percent_change", "quantity_change", False, "The port of Santos moved 5.2 million TEUs in 2023, up 12% from 4.9 "
                                                "million TEUs in 2022.", "none"),
    ("ratio", "gdp_shares", False, "Canada's exports of goods and services totalled C$940.0 billion in 2023, or 33.0% "
                                   "of GDP. Imports came to C$960.0 billion, equivalent to 35.7% of GDP.", "none"),
    ("ratio", "gdp_shares", True, "Canada's exports of goods and services totalled C$940.0 billion in 2023, or 33.0% "
                                  "of GDP. Imports came to C$960.0 billion, equivalent to 33.7% of GDP.", "none"),
    ("ratio", "implied_between", True, "Chile's exports to China were $6bn in 2022 and tripled in 2023.", "none"),
    ("ratio", "implied_at_least", True, "Chile's exports to China were $6bn in 2022 and more than doubled in "
                                        "2023.", "none"),
    ("percent_change", "implied_between", True, "Chile's exports to China were $6bn in 2022 and rose 50% in "
                                                "2023.", "none"),
    ("percent_change", "implied_at_least", True, "Chile's exports to China were $6bn in 2022 and rose more than "
                                                 "50% in 2023.", "none"),
    ("ratio", "puts_earlier", False, "Chile's exports to China tripled in 2023 to $9bn. In 2022 trade between "
                                     "Chile and China was $2bn.", "none"),
    ("percent_change", "puts_earlier", False, "Chile's exports to China rose 50% in 2023 to $9bn. In 2022 trade "
                                              "between Chile and China was $2bn.", "none"),
    ("ratio", "puts_later", False, "Chile's exports to China were $15bn in 2022 and doubled in 2023, when trade "
                                   "between Chile and China was $12bn.", "none"),
    ("percent_change", "puts_later", False, "Chile's exports to China were $15bn in 2022 and grew 10% in 2023, "
                                            "when trade between Chile and China was $12bn.", "none"),
    ("ratio", "needs_ratio", False, "In 2023 trade between Chile and China was about $10bn, and Chile's imports "
                                    "from China about $2bn. Chile's exports to China halved in 2023 from about "
                                    "$3bn in 2022.", "none"),
    ("percent_change", "needs_ratio", False, "In 2023 trade between Chile and China was about $10bn, and Chile's "
                                             "imports from China about $2bn. Chile's exports to China fell 50% in "
                                             "2023 from about $3bn in 2022.", "none"),
    ("percent_change", "tied", False, "Morocco's trade with Spain rose 40% in 2023 from 2022, with exports up 10% "
                                      "and imports up 20%.", "none"),
    ("reference", "value", True, "In 2019, Belarusian exports to Iran were $31mn.", "all"),
    ("reference", "value", False, "In 2019, Belarusian exports to Iran were $31.0mn.", "all"),
    ("reference", "zero_reference", True, "BELARUS, March 2, 2023. Belarusian exports to Iran were less than "
                                          "$1 million in 2022.", ZERO),
    ("reference", "zero_reference", False, "BELARUS, March 2, 2023. Belarusian exports to Iran were $81 million "
                                           "in 2022.", ZERO),
    ("reference", "not_checked", False, "Belarus and Iran did $100mn of business in 2019.", "all"),
    ("reference", "no_reference", False, "In 2024, Belarusian exports to Iran were $40mn.", "all"),
    ("reference", "record", True, "Belarus's exports to Iran reached a record $140mn in 2019.", "all"),
    ("reference", "record", False, "Belarus's exports to Iran reached a record $90mn in 2019.", "all"),
    ("reference", "no_history", False, "BELARUS, March 2, 2023. Belarusian exports to Iran reached a record "
                                       "$81 million in 2022.", ZERO),
    ("suppression", "no_reason", False, "<!-- tradecheck: ignore sum -->\nIn 2023 Chile's exports to China were "
                                        "$9bn.\n", "none"),
]

# For each note: a draft whose findings carry it, and reference data.
NOTED = [
    ("guessed", "Belarus and Iran did $100mn of business in 2022, tripling the $20mn of 2021.", "none"),
    ("too_far_apart", "In 2023 Chile's exports to China were $38.4bn. The figure was $12bn in 2023.", "none"),
    ("one_sentence", "In 2023 Chile and China did $13bn of business, with Chilean exports to China at $9bn and "
                     "imports from China at $6bn.", "none"),
    ("revision", "Australia's trade surplus shrank to A$5.02 billion in March 2024, from a downwardly revised A$6.41 "
                 "billion in February. The surplus was A$7.28 billion in February.", "none"),
    ("one_change", "In 2019 trade between the EU and Vietnam was EUR 45.5 billion. By 2023 it had reached EUR 64.6 "
                   "billion. EU imports from Vietnam rose from EUR 31.0 billion to EUR 50.7 billion. EU exports to "
                   "Vietnam slipped from EUR 14.5 billion to EUR 13.9 billion. The EU's deficit with Vietnam was EUR "
                   "36.8 billion in 2023.", "none"),
    ("currency_unstated", "In the first half of 2024 Poland's exports to Germany were PLN 200 bn. In euro they were "
                          "EUR 46 bn, against EUR 40 bn a year earlier. Exports rose 3 percent.", "none"),
    ("scope_unsure", "Botswana's total exports were $9.1bn in 2023. Excluding diamonds, exports were $1.2bn; "
                     "imports were $7.9bn; the deficit was $1.8bn.", "none"),
    ("product_unsure", "Kenya tea exports rise 6.0% to $1.40 billion in 2024\n\nNAIROBI - Kenya's tea exports rose 6.0 percent "
                       "to $1.40 billion in 2024. Tea made up 18.2 percent of the country's merchandise exports of $7.69 billion.\n\n"
                       "Exports by market, 2024:\n- Pakistan: $0.42 billion (30.0 percent)\n- Egypt: $0.21 billion (15.0 percent)\n", "none"),
    ("volume_unsure", "Peru nearly doubled its quinoa exports in 2014.\n\nPeruvian shipments reached 36,230 tonnes in 2014, "
                      "compared with 18,790 tonnes in 2013, while their value rose 147 percent to $196.6 million from "
                      "$79.6 million.", "none"),
    ("services_unsure", "Explained: Spain's trade gap\n\nSpain exported €380 billion of goods in 2023 and imported €420 billion, so the trade deficit came "
                        "to €40 billion. Spain also posted a services surplus of about €90 billion.\n\nKey points\n\n"
                        "- Deficit 2023: €45 billion\n", "none"),
    ("not_flagged", "In 2023 Chile's exports to China were $38.4bn. The figure was $12bn in 2023.", "none"),
    ("reading", "In 2023 Peru's imports from Japan were $4bn and its exports to Japan $5bn. In 2024 it was $6bn, "
                "up 50%, but imports fell.", "none"),
    ("also", "Chile's exports to China tripled in 2023 to $9bn. In 2022 trade between Chile and China was $2bn.",
     "none"),
    ("scale_slip", "In 2023 trade between Peru and Japan reached $5.6bn; Peru's exports to Japan were "
                   "$3.5bn and its imports from Japan $2.1 million.", "none"),
    ("thousandfold", "Peru's exports to Japan were $3.5bn in 2023. Peru's exports to Japan in 2023 were $3.5 "
                     "million, the ministry said.", "none"),
    ("forecasts", "For 2025 Chile's central bank expects a $25 billion surplus, with exports rising 10 percent to "
                  "$99 billion and imports falling 5 percent to $79 billion.", "none"),
    ("sources_disagree", "In 2019 Brazil's trade surplus with Argentina was $1bn.", "all"),
    ("approximate_reference", "In 2022, trade between Belarus and Iran was $50mn.", "all"),
]

# Words that say figures do not hold together: no passing message may use them.
FAILING_WORDS = (", but ", "exceed", "more than", "not ", "cannot", "stated as", "differs", "beyond", "contradicted")


def explanations(text, published="2024-04-20"):
    """(check, explanation) of every relation in the text's constraint system."""
    doc = make_document(text, published=published)
    claims = extract(doc)
    model = build_model(claims, record.marked(doc.text, split(doc.text), claims))
    return [(g.check, g.explain(model)) for g in model.groups if g.explain is not None]


def findings(text, reference, folder):
    """What `tradecheck verify` reports on the draft: findings, and notices such as a
    suppression without a reason."""
    (folder / ZERO).write_text(ZERO_REFERENCE)
    draft = folder / "draft.md"
    draft.write_text(text)
    ref = str(folder / ZERO) if reference == ZERO else reference
    rep = check_one(str(draft), Options(reference=ref))
    assert rep.error is None, rep.error
    return rep.data["findings"] + rep.notices


def pattern(template):
    """A regular expression for the messages a template writes."""
    return "".join(re.escape(literal) + (".*?" if name is not None else "")
                   for literal, name, _, _ in string.Formatter().parse(template))


def literal_text(template):
    return "".join(literal for literal, _, _, _ in string.Formatter().parse(template))


@pytest.mark.parametrize("check, variant, text", EXPLAINED, ids=[f"{c}/{v}" for c, v, _ in EXPLAINED])
def test_an_explanation_supplies_exactly_the_fields_of_its_templates(check, variant, text):
    said = [e for c, e in explanations(text) if (c, e.variant) == (check, variant)]
    assert said, [(c, e.variant) for c, e in explanations(text)]
    message = CHECKS[check].messages[variant]
    for passed, template in ((False, message.fail), (True, message.passed)):
        if template is not None:
            assert set(said[0].fields) == fields_of(template)
            assert re.fullmatch(pattern(template), render(check, variant, passed, said[0].fields))


@pytest.mark.parametrize("check, variant, passed, text, reference", WRITTEN,
                         ids=[f"{c}/{v}/{'pass' if p else 'fail'}" for c, v, p, _, _ in WRITTEN])
def test_a_finding_is_written_from_its_template(tmp_path, check, variant, passed, text, reference):
    template = CHECKS[check].messages[variant].passed if passed else CHECKS[check].messages[variant].fail
    found = [f for f in findings(text, reference, tmp_path) if f["check"] == check]
    assert any(re.match(f"(forecasts: )?{pattern(template)}", f["message"])
               and (f.get("status") == "consistent") == passed for f in found), found


@pytest.mark.parametrize("name, text, reference", NOTED, ids=[n for n, _, _ in NOTED])
def test_a_note_is_written_from_the_catalogue(tmp_path, name, text, reference):
    messages = [f["message"] for f in findings(text, reference, tmp_path)]
    assert any(re.search(pattern(NOTES[name]), m) for m in messages), messages


def test_every_message_and_note_has_an_example():
    declared = {(c.id, variant, passed) for c in CHECKS.values() for variant, m in c.messages.items()
                for passed, template in ((False, m.fail), (True, m.passed)) if template is not None}
    shown = {(c, v, passed) for c, v, _ in EXPLAINED for passed in (False, True)
             if (CHECKS[c].messages[v].passed if passed else CHECKS[c].messages[v].fail) is not None}
    shown |= {(c, v, passed) for c, v, passed, _, _ in WRITTEN}
    assert shown == declared
    assert {n for n, _, _ in NOTED} == set(NOTES)


def test_every_check_a_finding_carries_is_in_the_catalogue(tmp_path, examples):
    drafts = [(t, "none") for _, _, t in EXPLAINED] + [(t, r) for _, _, _, t, r in WRITTEN] + [(t, r) for _, t, r in NOTED]
    drafts += [(p.read_text(encoding="utf-8"), "all") for p in sorted(examples.glob("*.txt"))]
    carried = {f["check"] for text, reference in drafts for f in findings(text, reference, tmp_path)}
    assert carried <= set(CHECKS)
    assert carried >= {"ratio", "percent_change", "sum", "bound", "duplicate", "record", "reference", "suppression"}


def test_a_passing_message_never_uses_the_failing_wording():
    for c in CHECKS.values():
        for variant, m in c.messages.items():
            if m.passed is not None:
                assert not [w for w in FAILING_WORDS if w in literal_text(m.passed)], (c.id, variant)
            if m.passed is not None and m.fail is not None:
                assert [w for w in FAILING_WORDS if w in literal_text(m.fail)], (c.id, variant)


def test_a_consistent_finding_reads_as_consistent(tmp_path):
    text = ("In 2023 Jordan's exports to Iraq were $1.3bn and its imports from Iraq $2.1bn, for total trade of "
            "$3.5bn, up 10% from $3.2bn in 2022. Exports made up 37% of that trade.")
    passing = [f["message"] for f in findings(text, "none", tmp_path) if f["status"] == "consistent"]
    assert len(passing) >= 3
    assert not [m for m in passing if any(w in m for w in FAILING_WORDS)]


def test_a_message_with_a_missing_or_unknown_field_is_refused_by_name():
    with pytest.raises(MessageError, match="missing stated"):
        render("sum", "balance", False, {"exports": "$9bn", "imports": "$5bn", "difference": "$4bn"})
    with pytest.raises(MessageError, match="not in the template: colour"):
        render("bound", "part", True, {"part": "$1bn", "whole": "$2bn", "colour": "red"})
    with pytest.raises(MessageError, match="unknown check 'spelling'"):
        render("spelling", "typo", False, {})
    with pytest.raises(MessageError, match="has no message 'typo'"):
        render("sum", "typo", False, {})
    with pytest.raises(MessageError, match="no passing message"):
        render("bound", "share_above_whole", True, {"share": "120%", "text": "120%"})
    with pytest.raises(MessageError, match="missing fits, meant, text, written"):
        note("scale_slip")


def test_status_and_severity_are_plain_strings_in_json():
    assert Status.INCONSISTENT == "inconsistent" and f"{Severity.ERROR}" == "error"
    assert [s.value for s in Status] == ["consistent", "inconsistent", "unverifiable"]
    assert [s.value for s in Severity] == ["error", "warning", "info"]
    from tradecheck import verify_text

    f = verify_text("In 2023 Chile's exports to China were $9bn and its imports from China $5bn, a surplus of "
                    "$2bn.", reference="none").to_dict()["findings"][0]
    assert (type(f["status"]), type(f["severity"])) == (str, str)
    assert json.loads(json.dumps(f))["status"] == "inconsistent"


def test_sarif_rules_are_the_catalogue(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("In 2023 Chile's exports to China were $9bn and its imports from China $5bn, a surplus of $2bn.\n")
    r = runner.invoke(app, ["verify", str(draft), "--format", "sarif", "--reference", "none"])
    rules = json.loads(r.stdout)["runs"][0]["tool"]["driver"]["rules"]
    assert [(x["id"], x["shortDescription"]["text"], x["fullDescription"]["text"]) for x in rules] == \
        [(c.id, c.title, c.description) for c in CHECKS.values()]
    assert rules[1]["name"] == "PercentChange"


def test_disable_of_an_unknown_check_is_one_line_naming_the_known_ones(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("In 2023 Chile's exports to China were $9bn.\n")
    r = runner.invoke(app, ["verify", str(draft), "--disable", "sum", "--disable", "spelling"])
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        f"tradecheck: --disable: unknown check 'spelling' (known: {', '.join(CHECKS)})"]
    (tmp_path / ".tradecheck.toml").write_text('disable = ["spelling"]\n')
    r = runner.invoke(app, ["verify", str(draft)])
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "disable" in r.stderr and "unknown check 'spelling'" in r.stderr and ", ".join(CHECKS) in r.stderr


DRAFT = ("<!-- tradecheck: ignore ratio -->\nIn 2023 Chile's exports to China were $9bn and its imports from China "
         "$5bn, a surplus of $2bn.\n")


def github(draft, *options):
    r = runner.invoke(app, ["verify", str(draft), "--format", "github", "--reference", "none", *options])
    return r.exit_code, [line.split("title=tradecheck ")[1].split("::")[0] for line in r.stdout.splitlines()]


def test_disable_leaves_the_check_out(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT)
    assert github(draft) == (1, ["sum", "suppression"])
    assert github(draft, "--disable", "sum") == (0, ["suppression"])
    assert github(draft, "--disable", "sum", "--disable", "suppression") == (0, [])


def test_disable_on_the_command_line_adds_to_the_configuration(tmp_path):
    (tmp_path / ".tradecheck.toml").write_text('disable = ["suppression"]\n')
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT)
    assert github(draft) == (1, ["sum"])
    assert github(draft, "--disable", "sum") == (0, [])


def test_the_checks_command_prints_the_catalogue():
    r = runner.invoke(app, ["checks"])
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["id", "title", "description"]
    for c in CHECKS.values():
        assert any(line.startswith(c.id + " ") and c.title in line for line in lines)
    r = runner.invoke(app, ["checks", "--format", "json"])
    assert json.loads(r.stdout) == [c.to_dict() for c in CHECKS.values()]
    assert json.loads(r.stdout)[2]["messages"]["balance"]["pass"].startswith("exports {exports} - imports")
    assert "Example" in runner.invoke(app, ["checks", "--help"]).stdout


def test_the_readme_lists_the_checks_of_the_catalogue():
    table = runner.invoke(app, ["checks", "--format", "markdown"]).stdout
    assert table.count("\n") == len(CHECKS) + 2
    assert table in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("check", list(CHECKS))
def test_each_check_example_says_what_the_catalogue_shows(tmp_path, check):
    """`tradecheck explain` prints an example from the catalogue; verifying its text gives
    exactly that message, and that suggestion where one is shown."""
    example = CHECKS[check].example
    said = [f for f in findings(example.text, "IMF DOTS" if check == "reference" else "none", tmp_path)
            if f["check"] == check]
    assert example.message in [f["message"] for f in said], said
    f = next(f for f in said if f["message"] == example.message)
    assert f["status" if "status" in f else "severity"] in ("inconsistent", "warning")
    fix = f.get("suggestion")
    assert ((fix["text"], fix["suggested"]) if fix else None) == example.suggestion
