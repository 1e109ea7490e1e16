from datetime import date

import pytest

from ingest.extract.dates import resolve
from tests.test_extract_support import nlp, only, run

WED = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text,direction,expected", [
    ("today", None, "2024-03-13"),
    ("tomorrow", "future", "2024-03-14"),
    ("yesterday", "past", "2024-03-12"),
    ("on Tuesday", "past", "2024-03-12"),
    ("on Tuesday", "future", "2024-03-19"),
    ("this Friday", None, "2024-03-15"),
    ("last Friday", "past", "2024-03-08"),
    ("next week", "future", "2024-03"),
    ("next Monday", "future", "2024-03-18"),
    ("last month", "past", "2024-02"),
    ("in January", "past", "2024-01"),
    ("in June", "future", "2024-06"),
    ("in June", "past", "2023-06"),
    ("November last year", "past", "2023-11"),
    ("March 21", "future", "2024-03-21"),
    ("21 March", "future", "2024-03-21"),
    ("April 2-3", "future", "2024-04"),
    ("in less than a week", "future", "2024-03"),
    ("12 days ago", "past", "2024-03-01"),
    ("Monday evening", "past", "2024-03-11"),
    ("Yesterday (Monday", "past", "2024-03-11"),
])
def test_relative_and_absolute_dates(text, direction, expected):
    rng = resolve(text, WED, direction)
    assert rng is not None and rng.iso() == expected


def test_weeks_run_monday_to_sunday():
    sunday = date(2024, 3, 17)
    assert resolve("this Thursday", sunday).iso() == "2024-03-14"
    assert resolve("next week", sunday, "future").lo == date(2024, 3, 18)


def test_year_in_text_needs_no_publication_date():
    assert resolve("September 5, 2019", None).iso() == "2019-09-05"


def test_no_publication_date_and_no_year_gives_nothing():
    assert resolve("June 12", None) is None
    assert resolve("on Thursday", None) is None
    assert resolve("next week", None) is None


def test_a_week_across_two_months_keeps_no_month():
    rng = resolve("next week", date(2024, 4, 24), "future")
    assert rng.iso() is None or rng.iso() == "2024"


def test_a_planned_meeting_without_a_date_gets_none(nlp):
    i = only(run(nlp, "Brazilian President Ana Ribeiro will meet Chilean President Tomas Vidal to discuss trade."))
    assert (i.status, i.date) == ("planned", None)


def test_a_planned_meeting_at_an_upcoming_summit_takes_the_publication_month(nlp):
    i = only(run(nlp, "Leaders will gather for the SCO summit. Brazilian President Ana Ribeiro will meet "
                      "Chilean President Tomas Vidal on the sidelines of the summit."))
    assert (i.status, i.date) == ("planned", "2023-05")


def test_a_meeting_falls_within_the_visit_dates(nlp):
    i = only(run(nlp, "President Amani Mushi is on a state visit to Kenya between today and tomorrow. "
                      "Mushi will also hold talks with Kenyan President Wanjiru Kamau."))
    assert (i.status, i.date) == ("planned", "2023-05")


def test_that_day_and_later_in_the_day_take_the_day_of_the_meeting_before(nlp):
    from tests.test_extract_support import run

    facts = run(nlp, "Olaf Scholz met Giorgia Meloni in Rome on Monday. Scholz also held talks with "
                     "Sergio Mattarella that day. He is scheduled to meet Pope Francis later in the day.")
    dates = {frozenset(i.participant_ids): i.date for i in facts.interactions}
    assert dates[frozenset({"olaf-scholz", "sergio-mattarella"})] == "2023-05-08"
    assert dates[frozenset({"olaf-scholz", "pope-francis"})] == "2023-05-08"
    places = {frozenset(i.participant_ids): i.place_id for i in facts.interactions}
    assert places[frozenset({"olaf-scholz", "sergio-mattarella"})] == "rome"


def test_a_day_after_counts_back_from_the_meeting_of_the_sentence(nlp):
    from tests.test_extract_support import run

    facts = run(nlp, "Emmanuel Macron will receive Pedro Sanchez in Paris on Friday, a day after "
                     "Sanchez holds talks in Berlin with Olaf Scholz.")
    dates = {frozenset(i.participant_ids): i.date for i in facts.interactions}
    assert dates[frozenset({"emmanuel-macron", "pedro-sanchez"})] == "2023-05-12"
    assert dates[frozenset({"pedro-sanchez", "olaf-scholz"})] == "2023-05-11"
