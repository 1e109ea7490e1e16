"""When and where meetings happen, continued: relative dates, the meeting's own day and place among
others in the same sentence, summits, venues. Sentences written for the tests."""

from datetime import date

import pytest

from ingest.extract import to_eval_document
from ingest.extract.dates import resolve
from tests.test_extract_support import nlp, only, run

WED = date(2024, 3, 13)  # a Wednesday
FRI = date(2024, 3, 15)


def rows(facts):
    return to_eval_document([facts])["articles"][0]["interactions"]


def row_with(facts, name):
    found = [r for r in rows(facts) if any(name in p["name"] for p in r["participants"])]
    assert found, rows(facts)
    return found


@pytest.mark.parametrize("text,direction,expected", [
    ("this weekend", None, ("2024-03-16", "2024-03-17")),
    ("next weekend", None, ("2024-03-23", "2024-03-24")),
    ("last weekend", None, ("2024-03-09", "2024-03-10")),
    ("over the weekend", "past", ("2024-03-09", "2024-03-10")),
    ("over the weekend", "future", ("2024-03-16", "2024-03-17")),
    ("earlier this week", "past", ("2024-03-11", "2024-03-12")),
    ("earlier in the week", "past", ("2024-03-11", "2024-03-12")),
    ("two weeks ago", "past", ("2024-02-28", "2024-02-28")),
    ("a fortnight ago", "past", ("2024-02-28", "2024-02-28")),
    ("last night", "past", ("2024-03-12", "2024-03-12")),
    ("within a fortnight", "future", ("2024-03-13", "2024-03-27")),
    ("in the coming days", "future", ("2024-03-13", "2024-03-20")),
])
def test_relative_ranges(text, direction, expected):
    rng = resolve(text, WED, direction)
    assert rng is not None and (rng.lo.isoformat(), rng.hi.isoformat()) == expected


@pytest.mark.parametrize("text,expected", [
    ("a month ago", "2024-02"),
    ("the end of the month", "2024-03"),
    ("the first week of August", "2024-08"),
    ("late on Saturday", "2024-03-16"),
    ("in less than 10 days", "2024-03"),
])
def test_relative_dates_keep_the_precision_they_give(text, expected):
    assert resolve(text, WED, "future" if "Saturday" in text else None).iso() == expected


def test_a_duration_after_another_event_is_no_date():
    assert resolve("less than four weeks", WED, None) is None


def test_the_day_of_the_statement_is_not_the_day_of_the_meeting(nlp):
    facts = run(nlp, "Italian Foreign Minister Marco Bellini said on Monday he had cancelled a meeting with Greek "
                     "Foreign Minister Nikos Pappas that was scheduled for Friday in Athens.", published=WED)
    r = only(facts)
    assert (r.date, r.place_id) == ("2024-03-15", "athens")


def test_a_planned_meeting_announced_on_one_day_for_another(nlp):
    facts = run(nlp, "Australian Prime Minister Anthony Albanese said on Wednesday he would meet Indian Prime "
                     "Minister Narendra Modi in Sydney next week.", published=WED)
    assert only(facts).date == "2024-03"


def test_a_meeting_that_was_to_take_place_is_read_either_side_of_publication(nlp):
    facts = run(nlp, "The visit of Chilean President Tomas Vidal to Peru, during which he was to hold talks with "
                     "Peruvian President Rosa Quispe in Cusco from Sunday, has been postponed.", published=FRI)
    r = only(facts)
    assert (r.date, r.place_id) == ("2024-03-17", "cusco")


def test_weekend_meetings(nlp):
    facts = run(nlp, "Japanese Prime Minister Fumio Kishida will meet U.S. President Joe Biden in Hiroshima "
                     "this weekend.", published=WED)
    assert only(facts).date == "2024-03"
    facts = run(nlp, "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin two weeks ago "
                     "in Sochi.", published=WED)
    assert only(facts).date == "2024-02-28"


def test_where_refers_to_the_trip_it_follows_not_to_a_later_one(nlp):
    facts = run(nlp, "The trip follows Scholz's visit to Warsaw last Friday, where he held talks with Polish "
                     "President Andrzej Duda, and a visit to Vilnius last Tuesday for talks with Lithuanian "
                     "President Gitanas Nauseda.", published=WED)
    assert {(r["date"], r["place"]) for r in row_with(facts, "Duda")} == {("2024-03-08", "Warsaw")}
    assert ("2024-03-05", "Vilnius") in {(r["date"], r["place"]) for r in row_with(facts, "Nauseda")}


def test_when_refers_to_the_visit_it_follows(nlp):
    facts = run(nlp, "Ties have improved since Albanese's visit to Beijing in November, when he and Xi Jinping "
                     "held their first formal talks.", published=WED)
    assert only(facts).place_id == "beijing"


def test_a_place_in_another_clause_is_not_the_meetings(nlp):
    facts = run(nlp, "Mr Macron, who met union leaders at the Elysee Palace on Monday, had also been due to stop "
                     "in Dakar next Thursday to meet Senegalese President Macky Sall.", published=WED)
    r = only(facts)
    assert (r.date, r.place_id) == ("2024-03-21", "dakar")


def test_a_summit_in_a_clause_of_time_is_not_where_the_meeting_is(nlp):
    facts = run(nlp, "Italian Prime Minister Giorgia Meloni hosted Indian Prime Minister Narendra Modi at her "
                     "seaside villa on Monday, days before Italy hosts the G7 summit in Taormina.", published=WED)
    r = only(facts)
    assert (r.event_id, r.place_id) == (None, None)


def test_the_sidelines_of_an_unnamed_summit_whose_city_was_given(nlp):
    facts = run(nlp, "Canadian Prime Minister Justin Trudeau met Norwegian Prime Minister Jonas Gahr Store on "
                     "Monday, on the eve of the alliance's summit in the Lithuanian capital.\n\n"
                     "Trudeau will meet Polish President Andrzej Duda tomorrow on the sidelines of the summit.",
                published=WED)
    r = row_with(facts, "Duda")[0]
    assert (r["date"], r["place"]) == ("2024-03-14", "Vilnius")


def test_the_sidelines_of_an_organisation_is_its_summit(nlp):
    facts = run(nlp, "Leaders gathered for the Group of 20 summit in Rio de Janeiro on Monday. On Tuesday, "
                     "Chinese President Xi Jinping met Australian Prime Minister Anthony Albanese on the "
                     "sidelines of the G20.", published=WED)
    r = only(facts)
    assert (r.date, r.place_id) == ("2024-03-12", "rio-de-janeiro")


def test_the_summit_a_traveller_comes_from_is_not_where_he_meets_next(nlp):
    facts = run(nlp, "Albanese arrived in Indonesia from the APEC summit in the Peruvian city of Lima. Albanese "
                     "will meet Indonesian President Prabowo Subianto on Friday.", published=WED)
    r = only(facts)
    assert (r.date, r.place_id) == ("2024-03-15", None)


@pytest.mark.parametrize("venue,city", [
    ("the White House", "Washington"),
    ("the Kremlin", "Moscow"),
    ("the Elysee Palace", "Paris"),
    ("Zhongnanhai", "Beijing"),
    ("the Palace of Versailles", "Versailles"),
    ("the Mariinsky Palace", "Kyiv"),
    ("Camp David", "Camp David"),
])
def test_venues_give_their_city_or_keep_their_name(nlp, venue, city):
    facts = run(nlp, f"Kenyan President William Ruto met Ghanaian President John Mahama at {venue} on Monday.",
                published=WED)
    assert rows(facts)[0]["place"] == city


def test_a_town_the_model_takes_for_a_person(nlp):
    facts = run(nlp, "Pakistani Prime Minister Nawaz Sharif received Indian Prime Minister Narendra Modi at his "
                     "family home in Larkana on Friday.\n\nThe two leaders later flew by helicopter to Larkana.",
                published=WED)
    assert "Larkana" not in {p.name for p in facts.people.values()}
    assert rows(facts)[0]["place"] == "Larkana"


def test_a_deadline_in_days_is_read_with_its_preposition(nlp):
    facts = run(nlp, "German Chancellor Olaf Scholz will meet French President Emmanuel Macron in less than "
                     "10 days.", published=WED)
    assert only(facts).date == "2024-03"


def test_a_rescheduled_meeting_takes_its_new_date(nlp):
    facts = run(nlp, "The talks between Latvian Foreign Minister Janis Ozols and Estonian Foreign Minister Kaja "
                     "Tamm, originally planned for March 14, have been moved to Saturday in Tallinn.",
                published=WED)
    r = only(facts)
    assert (r.date, r.place_id) == ("2024-03-16", "tallinn")


def test_a_called_off_meeting_planned_for_a_weekday_was_still_ahead(nlp):
    facts = run(nlp, "A video call between Irish Prime Minister Sean Byrne and Maltese Prime Minister Robert "
                     "Abela planned for Tuesday was scrapped at the last minute.", published=WED)
    assert only(facts).date == "2024-03-19"


def test_the_day_of_the_statement_dates_a_contact_with_no_day_of_its_own(nlp):
    facts = run(nlp, "Brazilian President Luiz Inacio Lula da Silva said on Wednesday he had held a long "
                     "conversation with Argentine President Javier Milei, their first contact since the "
                     "election 14 months ago.", published=WED)
    assert only(facts).date == "2024-03-13"


def test_a_call_ahead_of_the_meeting_of_the_day(nlp):
    facts = run(nlp, "Dutch Prime Minister Mark Rutte met Belgian Prime Minister Alexander De Croo in Brussels "
                     "on Wednesday.\n\nAhead of the meeting, U.S. President Joe Biden held a phone call with "
                     "Rutte, officials said.", published=WED)
    assert {r["date"] for r in row_with(facts, "Biden")} == {"2024-03-13"}


def test_a_speakers_city_is_not_the_meetings(nlp):
    facts = run(nlp, "Chancellor Olaf Scholz met Chinese Premier Li Qiang in Germany in June, a government "
                     "spokesperson in Berlin said. The meeting took place in Hamburg.", published=WED)
    assert only(facts).place_id == "hamburg"


def test_without_a_publication_date_the_lead_meeting_is_at_the_dateline_city(nlp):
    facts = run(nlp, "LIMA (AP) — Peruvian President Rosa Quispe and Chilean President Tomas Vidal sat down "
                     "together on Saturday for their first formal meeting.", published=None)
    r = only(facts)
    assert (r.date, r.place_id) == (None, "lima")


def test_a_planned_meeting_put_off_was_ahead_of_the_story(nlp):
    facts = run(nlp, "A planned meeting between Chinese President Xi Jinping and U.S. President Joe Biden in Bali "
                     "on Monday was put off indefinitely.", published=WED)
    r = only(facts)
    assert (r.date, r.place_id) == ("2024-03-18", "bali")


def test_a_meeting_told_as_days_before_another_event_takes_not_its_day(nlp):
    facts = run(nlp, "Japanese Prime Minister Fumio Kishida arrived in Seoul on Tuesday, two days after he had "
                     "hosted U.S. President Joe Biden in Tokyo.", published=WED)
    r = only(facts)
    assert (r.date, r.place_id) == (None, "tokyo")
