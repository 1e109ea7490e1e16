"""Where meetings happen: one test per phenomenon, on sentences written for the tests."""

from ingest.extract import to_eval_document
from tests.test_extract_support import nlp, only, run


def place_name(facts):
    return to_eval_document([facts])["articles"][0]["interactions"][0]["place"]


def test_a_city_the_gazetteer_does_not_know(nlp):
    facts = run(nlp, "Peruvian President Rosa Quispe met Chilean President Tomas Vidal in Arequipa on Monday.")
    assert place_name(facts) == "Arequipa"


def test_a_country_region_or_sea_is_no_place(nlp):
    for where in ("Bavaria", "the Black Sea", "Crimea"):
        facts = run(nlp, f"Polish President Jan Nowicki met Czech President Petr Dvorak in {where} on Monday.")
        assert only(facts).place_id is None, where


def test_the_demonym_capital_is_the_capital(nlp):
    facts = run(nlp, "Kenyan President Wanjiru Kamau held talks with Tanzanian President Amani Mushi "
                     "in the Ugandan capital on Friday.")
    assert place_name(facts) == "Kampala"


def test_the_place_is_written_as_the_text_writes_it(nlp):
    facts = run(nlp, "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in "
                     "Saint Petersburg on Monday.")
    assert place_name(facts) == "Saint Petersburg"


def test_a_meeting_takes_the_city_of_the_visit(nlp):
    facts = run(nlp, "Australian Prime Minister Anthony Albanese arrived in Vientiane on Thursday for the "
                     "summit. Mr Albanese will also meet Chinese Premier Li Qiang on the sidelines.")
    assert place_name(facts) == "Vientiane"


def test_a_dateline_with_a_double_dash_is_skipped(nlp):
    facts = run(nlp, "HANOI -- Vietnamese President Vo Van Minh met Lao President Khamphoui Sayavong "
                     "on Monday.")
    assert only(facts).place_id is None


def test_city_state_place_id_differs_from_the_country_id(nlp):
    from ingest.extract.gazetteer import load_gazetteer

    gz = load_gazetteer()
    assert gz.place("Singapore").id == "singapore-city" and "singapore" in gz.countries
    assert gz.place("Monaco").id == "monaco-city"
    assert gz.place("Paris").id == "paris"


def test_recent_meeting_without_a_place_is_at_the_dateline_city(nlp):
    from datetime import date

    from tests.test_extract_support import only, run

    facts = run(nlp, "HANOI, Vietnam (AP) — The talks went on all day. On Wednesday, Donald Trump held talks with "
                     "Vietnamese President Nguyen Phu Trong.", published=date(2019, 2, 28))
    assert only(facts).place_id == "hanoi"


def test_older_meeting_does_not_take_the_dateline_city(nlp):
    from datetime import date

    from tests.test_extract_support import only, run

    facts = run(nlp, "HANOI, Vietnam (AP) — The talks went on all day. Donald Trump met Moon Jae-in "
                     "in March.", published=date(2019, 2, 28))
    assert only(facts).place_id is None
