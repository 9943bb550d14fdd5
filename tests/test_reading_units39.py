"""A state or province as the reporter in Asian press (round 39): Malaysia's states report
their own trade ("Johor's exports", "imports into the state"), "the state" as a sentence's
subject is the state and no product, and a story whose lead names one province first and its
country only as the owner of a whole ("of Vietnam's total exports") is the province's: its bare
figures ("Exports were ...") and "the province's exports" are the province's, not the
country's; a text that ranks several units keeps its country's reading."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def _pair(c: dict) -> tuple:
    return (c.get("reporter_unit") or c["reporter"], c.get("partner_unit") or c["partner"])


STATE = ("Johor exports climb on data centre boom\n\n"
         "JOHOR BAHRU: Johor's exports rose 6.0% to RM212.0bil last year, and the state still made up "
         "about 15.0% of Malaysia's total exports of RM1.41 trillion.\n\n"
         "The state's investment chief said imports into the state amounted to RM150.0bil in 2023, "
         "giving Johor a trade surplus of RM62.0bil.")


def test_a_malaysian_state_reports_its_own_trade():
    """Read: "Johor's exports rose 6.0% to RM212.0bil", "imports into the state": the state's
    trade with the world, in ringgit; the balance is checked against the state's own flows,
    not the country's total."""
    r = read(STATE)
    for text in ("RM212.0bil", "RM150.0bil", "RM62.0bil", "6.0%"):
        assert _pair(r["claims"][text]) == ("MY-01", "WLD"), text
    assert r["claims"]["RM212.0bil"]["currency"] == "MYR"
    assert _pair(r["claims"]["RM1.41 trillion"]) == ("MYS", "WLD")
    assert r["errors"] == []
    assert read(STATE.replace("RM150.0bil", "RM130.0bil"))["errors"]  # 212.0 - 130.0 is no 62.0


def test_the_state_as_a_subject_is_no_product():
    """Read: "the state still made up about 15.0% of Malaysia's total exports of RM1.41
    trillion": the state's part of the country's exports, of no product called "state"."""
    r = read(STATE)
    share = r["claims"]["15.0%"]
    assert _pair(share) == ("MY-01", "WLD")
    assert share["commodity"] is None
    assert read(STATE.replace("about 15.0%", "about 25.0%"))["errors"]  # 212.0 / 1,410 is 15.0%


PROVINCE = ("Sichuan tops western region in foreign trade\n\n"
            "CHENGDU — The southwestern province of Sichuan posted foreign trade of 1.00 trillion yuan in 2023, "
            "up 5.0 per cent year-on-year, the provincial customs office said.\n\n"
            "Exports were 600.0 billion yuan, while imports reached 400.0 billion yuan, giving the province "
            "a trade surplus of 200.0 billion yuan.\n\n"
            "The province accounted for 2.4 per cent of China's total foreign trade of 41.76 trillion yuan.\n\n"
            "Foreign-invested firms contributed 50 per cent of the province's exports, or 300.0 billion yuan.")


def test_a_province_story_reads_its_bare_figures_as_the_provinces():
    """Read: "Exports were 600.0 billion yuan" after a lead about the province of Sichuan, which
    names China only as the owner of a whole: the province's exports, so "50 per cent of the
    province's exports, or 300.0 billion yuan" is checked against them (not China's)."""
    r = read(PROVINCE, "2024-01-25")
    for text in ("1.00 trillion yuan", "600.0 billion yuan", "400.0 billion yuan", "200.0 billion yuan", "50 per cent"):
        assert _pair(r["claims"][text]) == ("CN-SC", "WLD"), text
    assert _pair(r["claims"]["41.76 trillion yuan"]) == ("CHN", "WLD")
    assert r["errors"] == []
    assert read(PROVINCE.replace("50 per cent", "60 per cent"), "2024-01-25")["errors"]


def test_a_provinces_share_of_its_country_is_checked():
    """Read: "The province accounted for 2.4 per cent of China's total foreign trade of 41.76
    trillion yuan": the province's trade over the country's; a changed share is flagged."""
    assert read(PROVINCE.replace("2.4 per cent", "3.4 per cent"), "2024-01-25")["errors"]


def test_a_ranking_of_states_keeps_the_countrys_figures():
    """Read: a text that ranks a country's states ("Maharashtra came second ... the top three
    states accounted for 59.4% of the country's exports") is no one state's story: a figure
    no state owns stays off the first state named."""
    text = ("Gujarat keeps top spot in exports\n\n"
            "NEW DELHI: Gujarat accounted for 33% of India's merchandise exports in 2023-24, the commerce ministry said.\n\n"
            "Maharashtra came second with exports of $72.1 billion. Together, the top three states "
            "accounted for 59.4% of the country's outbound shipments.")
    c = read(text, "2024-05-01")["claims"]["59.4%"]
    assert _pair(c)[0] != "IN-GJ"
