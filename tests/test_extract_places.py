"""Where meetings happen: one test per phenomenon, on sentences written for the tests."""

from datetime import date

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
    facts = run(nlp, "New Zealand Prime Minister Christopher Luxon arrived in Vientiane on Thursday for the "
                     "summit. Mr Luxon will also meet Japanese Prime Minister Fumio Kishida during his stay.")
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


def test_the_meeting_takes_day_and_place_of_the_talks_just_described(nlp):
    facts = run(nlp, "The trade ministers of Chile and Peru made little progress on Tuesday in their first talks "
                     "in a decade, held in the coastal city of Arica.\n\n"
                     "Peru's Rosa Quispe said after the meeting with Tomas Vidal that a deal was still possible.",
                published=date(2023, 5, 10))
    doc = to_eval_document([facts])["articles"][0]["interactions"]
    assert len(doc) == 1
    assert doc[0]["place"] == "Arica"
    assert doc[0]["date"] == "2023-05-09"


def test_the_meeting_does_not_take_a_day_from_an_unrelated_sentence(nlp):
    facts = run(nlp, "Floods hit the coastal city of Arica on Tuesday.\n\n"
                     "Peru's Rosa Quispe said after the meeting with Tomas Vidal that a deal was still possible.",
                published=date(2023, 5, 10))
    doc = to_eval_document([facts])["articles"][0]["interactions"]
    assert len(doc) == 1
    assert doc[0]["date"] is None and doc[0]["place"] is None


def test_the_village_is_the_village_named_before(nlp):
    facts = run(nlp, "Chilean President Tomas Vidal met Peruvian President Rosa Quispe at the border village "
                     "of Chacalluta on Sunday.\n\n"
                     "The two then walked to the northern side of the village, where Bolivian President "
                     "Luis Mamani joined them for a brief three-way meeting.",
                published=date(2023, 5, 10))
    doc = to_eval_document([facts])["articles"][0]["interactions"]
    three = [i for i in doc if len(i["participants"]) == 3]
    assert three and three[0]["place"] == "Chacalluta"


def test_an_unknown_venue_glossed_with_its_city_gives_the_city(nlp):
    facts = run(nlp, "Chilean President Tomas Vidal and Peruvian President Rosa Quispe held talks at Casa "
                     "Amarilla, the presidential residence in Lima, on Monday.")
    assert place_name(facts) == "Lima"


def test_their_talks_take_day_and_place_of_the_summit_just_described(nlp):
    facts = run(nlp, "President Tomas Vidal welcomed the leaders of Peru and Bolivia to Valparaiso on Monday "
                     "for the first summit of the three countries.\n\n"
                     "Vidal, Peruvian President Rosa Quispe and Bolivian President Luis Mamani agreed to open a "
                     "joint border post, according to a statement issued after their talks at the seaside palace.",
                published=date(2023, 5, 10))
    doc = to_eval_document([facts])["articles"][0]["interactions"]
    assert len(doc) == 1 and len(doc[0]["participants"]) == 3
    assert doc[0]["date"] == "2023-05-08"
    assert doc[0]["place"] == "Valparaiso"


def test_the_summit_date_is_kept_when_the_meeting_is_at_it(nlp):
    facts = run(nlp, "Chilean President Tomas Vidal met Peruvian President Rosa Quispe at the Group of Seven "
                     "summit in Hiroshima in March.", published=date(2023, 5, 10))
    assert only(facts).date == "2023-03"


def test_talks_a_journey_is_for_happen_at_its_destination(nlp):
    facts = run(nlp, "Chilean President Tomas Vidal held talks with Peruvian President Rosa Quispe in Lima on "
                     "Monday, before flying on to La Paz for talks with Bolivian President Luis Mamani.",
                published=date(2023, 5, 10))
    doc = to_eval_document([facts])["articles"][0]["interactions"]
    places = {frozenset(p["name"] for p in i["participants"]): i["place"] for i in doc}
    assert places.get(frozenset(("Tomas Vidal", "Rosa Quispe"))) == "Lima"
    assert places.get(frozenset(("Tomas Vidal", "Luis Mamani"))) == "La Paz"
