"""Sentences of kinds met in wire updates and live blogs (round 15): a forecast said after its
figure, a correction note, and goods plus services beside total exports and imports."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-12-18") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], c)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    checks = [f for f in result["findings"] if f["status"] != "unverifiable"]
    return {"claims": claims, "errors": errors, "checks": checks, "all": result["claims"]}


JAPAN = ("Exports totalled 9,154.2 billion yen in November, up from 8,819.1 billion yen a year earlier. ")


def test_a_change_expected_by_economists_after_its_figure_is_a_forecast():
    r = read("Japan's exports rose 3.8% in November from a year earlier, beating the 2.8% increase "
             "expected by economists in a Reuters poll. " + JAPAN)
    assert r["claims"]["2.8%"]["measure"] == "other"
    assert r["claims"]["3.8%"]["measure"] == "exports"
    assert r["errors"] == []


def test_growth_forecast_by_economists_after_its_figure_is_a_forecast():
    r = read("Japan's exports rose 3.8% in November from a year earlier, well above the 2.8% growth "
             "forecast by economists. " + JAPAN)
    assert r["claims"]["2.8%"]["measure"] == "other"
    assert r["errors"] == []


def test_a_forecast_said_after_its_figure_does_not_reach_the_figures_after_it():
    r = read("Japan's exports rose 3.8% in November from a year earlier, beating the 2.8% increase "
             "expected by economists, while imports fell 3.8% to 9,271.8 billion yen from 9,638.2 billion yen.")
    assert r["claims"]["9,271.8 billion yen"]["measure"] == "imports"
    assert [c["measure"] for c in r["all"] if c["text"] == "3.8%"] == ["exports", "imports"]


def test_a_change_as_expected_by_economists_happened():
    # the planted slip is still caught: "as expected" reports the actual change
    r = read("Japan's exports rose 2.8% in November from a year earlier, as expected by economists. " + JAPAN)
    assert r["claims"]["2.8%"]["measure"] == "exports"
    assert len(r["errors"]) == 1


def test_a_median_forecast_and_expectations_are_no_actual_change():
    for cue in ("against a median forecast of 2.8%", "compared with expectations of 2.8%"):
        r = read(f"Japan's exports rose 3.8% in November from a year earlier, {cue}. " + JAPAN)
        assert r["errors"] == [], cue


CHINA = ("China's exports grew 7.6% year-on-year in May to $302.4 billion, while imports rose 1.8% to "
         "$219.8 billion, leaving a trade surplus of $82.6 billion. In the first five months, exports rose "
         "2.7% to $1.42 trillion and imports increased 2.0% to $1.07 trillion, giving a surplus of $350 billion. ")


def test_a_figure_a_correction_withdraws_is_kept_apart():
    r = read(CHINA + "Correction: An earlier version of this article misstated the May trade surplus as "
             "$85.6 billion. It was $82.6 billion.", "2024-06-10")
    assert r["claims"]["$85.6 billion"]["vintage"] == "withdrawn"
    assert r["errors"] == []


def test_the_figure_a_correction_gives_instead_is_of_the_month_it_names():
    r = read(CHINA + "Correction: An earlier version of this article misstated the May trade surplus as "
             "$85.6 billion. It was $88.6 billion.", "2024-06-10")
    given = [c for c in r["all"] if c["text"] == "$88.6 billion"][0]
    assert given["period"] == "2024-05" and given.get("vintage") is None
    assert any("$88.6bn" in e for e in r["errors"])  # checked against the May surplus


def test_a_month_before_a_flow_word_is_the_month():
    r = read("China's exports grew 7.6% in May to $302.4 billion. In the first five months, exports rose "
             "2.7% to $1.42 trillion. China's May trade surplus was $82.6 billion.", "2024-06-10")
    assert r["claims"]["$82.6 billion"]["period"] == "2024-05"


US_LIVE = ("US trade deficit live: gap widens in July as imports hit record\n\n"
           "8:31 a.m. ET - The US trade deficit widened 7.9% to $78.8 billion in July from $73.0 billion in June, "
           "the Commerce Department said.\n\n"
           "8:33 a.m. ET - Exports increased 0.5% to $266.6 billion. Imports rose 2.0% to $345.4 billion, a record.\n\n"
           "8:36 a.m. ET - Breaking down the gap: the goods deficit was {goods} billion and the services surplus "
           "was $24.0 billion.")


def test_a_live_blog_entry_is_body_so_goods_and_services_add_to_its_total():
    right = read(US_LIVE.format(goods="$102.8"), "2024-09-04")
    assert right["errors"] == []
    assert any("(goods)" in f["message"] and f["status"] == "consistent" for f in right["checks"])
    wrong = read(US_LIVE.format(goods="$104.8"), "2024-09-04")
    assert any("(goods)" in e for e in wrong["errors"])


def test_a_clock_time_before_its_time_zone_ends_no_sentence():
    from tradecheck.link.sentences import split
    text = "8:31 a.m. ET - The deficit widened. The data came out at 8:30 a.m. Economists had expected less."
    assert [text[s.start:s.end] for s in split(text)] == [
        "8:31 a.m. ET - The deficit widened.", "The data came out at 8:30 a.m.", "Economists had expected less."]
