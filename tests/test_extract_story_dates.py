"""Dates a meeting takes from the rest of the story: the day the story opens with, "the summit"
in a later sentence, and an earlier meeting due at the same place. Dates about something else
("since 2019", "who took office in March") must not stand in the way nor be taken. Sentences
written for the tests."""

from datetime import date

from tests.test_extract_support import nlp, row_with, rows, run  # noqa: F401

TUE = date(2024, 4, 16)  # a Tuesday


def test_story_day_reaches_a_meeting_whose_only_date_bounds_a_span(nlp):
    text = ("VIENNA (AFP) - Austrian Chancellor Karl Nehammer and Czech Prime Minister Petr Fiala "
            "opened talks on Monday at the Hofburg on a new gas pipeline.\n\n"
            "The two leaders later sat down with Slovak Prime Minister Robert Fico, the first "
            "three-way gathering of the neighbours since March 2019.")
    facts = run(nlp, text, published=TUE)
    assert row_with(facts, "Fico", "Fiala")["date"] == "2024-04-15"


def test_story_day_reaches_a_meeting_with_a_date_on_a_person(nlp):
    text = ("WARSAW (Reuters) - Polish Prime Minister Donald Tusk hosted Lithuanian President "
            "Gitanas Nauseda on Monday for talks on air defence.\n\n"
            "Tusk also met Dutch Prime Minister Dick Schoof, who took office in July, at the "
            "chancellery.")
    facts = run(nlp, text, published=TUE)
    assert row_with(facts, "Tusk", "Schoof")["date"] == "2024-04-15"


def test_the_summit_does_not_lend_a_date_that_follows_since(nlp):
    text = ("Chilean President Gabriel Boric will not hold a bilateral meeting with Peruvian "
            "President Dina Boluarte in Lima, a spokesman said.\n\n"
            "Ecuador also attended the summit, while Bolivia has stayed away since 2017.")
    facts = run(nlp, text, published=TUE)
    assert row_with(facts, "Boric", "Boluarte")["date"] != "2017"


def test_a_later_meeting_at_the_same_place_takes_the_day_of_the_called_off_one(nlp):
    text = ("Serbian President Aleksandar Vucic has cancelled a planned meeting with Kosovo Prime "
            "Minister Albin Kurti and EU envoy Miroslav Lajcak in Brussels on Thursday, officials "
            "said on Tuesday.\n\n"
            "Kurti will still meet Lajcak in Brussels, his office said.")
    facts = run(nlp, text, published=TUE)
    later = [r for r in rows(facts) if r["status"] == "planned"
             and {p["name"] for p in r["participants"]} >= {"Albin Kurti", "Miroslav Lajcak"}
             and not any("Vucic" in p["name"] for p in r["participants"])]
    assert later, rows(facts)
    assert later[0]["date"] == "2024-04-18"


def test_talks_hours_before_a_dated_call_share_its_day(nlp):
    text = ("Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed "
            "on Monday about the border dispute.\n\n"
            "The call came hours after Kenyan Foreign Minister Musalia Mudavadi and his Somali "
            "counterpart Ahmed Moallim Fiqi held talks at a hotel in Nairobi.")
    facts = run(nlp, text, published=date(2024, 4, 18))
    assert row_with(facts, "Mudavadi", "Fiqi")["date"] == "2024-04-15"
