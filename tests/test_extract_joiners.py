"""People added to a meeting in a later clause or sentence ("took part", "attended", "chaired",
"joined both calls"), and a meeting in "before a separate X with C". Sentences written for the tests."""

from tests.test_extract_support import nlp, only, pairs, run  # noqa: F401


def test_unnamed_session_filled_by_chair_and_those_who_took_part(nlp):
    i = only(run(nlp, "Leaders of the Andean alliance held an emergency session via videoconference on Tuesday. "
                      "The session was chaired by Chilean President Gabriel Boric. "
                      "Peruvian President Dina Boluarte and Colombian President Gustavo Petro took part."))
    assert set(i.participant_ids) == {"gabriel-boric", "dina-boluarte", "gustavo-petro"}
    assert (i.mode, i.status) == ("virtual", "held")


def test_aides_who_took_part_in_the_call_join_it(nlp):
    i = only(run(nlp, "Chancellor Olaf Scholz spoke with Prime Minister Giorgia Meloni in a phone call on Monday. "
                      "Foreign Minister Annalena Baerbock and adviser Jens Ploetner also took part in the call."))
    assert set(i.participant_ids) == {"olaf-scholz", "giorgia-meloni", "annalena-baerbock", "jens-ploetner"}
    assert i.mode == "call"


def test_officials_attending_the_days_meeting_join_it(nlp):
    i = only(run(nlp, "Pedro Sanchez on Monday held a video summit with Emmanuel Macron. "
                      "The two leaders discussed migration and energy. "
                      "Jose Manuel Albares and Catherine Colonna attended Monday's meeting."))
    assert set(i.participant_ids) == {"pedro-sanchez", "emmanuel-macron", "jose-manuel-albares",
                                      "catherine-colonna"}


def test_attending_a_summit_is_still_not_a_meeting(nlp):
    facts = run(nlp, "Olaf Scholz and Giorgia Meloni attended the NATO summit in Vilnius on Tuesday.")
    assert facts.interactions == []


def test_attending_the_summit_after_a_bilateral_does_not_join_it(nlp):
    facts = run(nlp, "Olaf Scholz held talks with Giorgia Meloni in Rome on Monday. "
                     "Pedro Sanchez and Emmanuel Macron attended the summit in Brussels on Thursday.")
    assert pairs(facts) == {frozenset({"olaf-scholz", "giorgia-meloni"})}


def test_taking_part_in_a_ceremony_joins_no_meeting(nlp):
    facts = run(nlp, "Olaf Scholz held talks with Giorgia Meloni in Rome on Monday. "
                     "Pedro Sanchez and Emmanuel Macron took part in a wreath-laying ceremony.")
    assert pairs(facts) == {frozenset({"olaf-scholz", "giorgia-meloni"})}


def test_who_did_not_take_part_is_not_added(nlp):
    i = only(run(nlp, "Chancellor Olaf Scholz spoke with Prime Minister Giorgia Meloni in a phone call on Monday. "
                      "Foreign Minister Annalena Baerbock did not take part in the call."))
    assert set(i.participant_ids) == {"olaf-scholz", "giorgia-meloni"}


def test_separate_meeting_after_before_takes_the_subject(nlp):
    facts = run(nlp, "Olaf Scholz first met Giorgia Meloni in Rome, before a separate meeting with Pedro Sanchez.")
    assert pairs(facts) == {frozenset({"olaf-scholz", "giorgia-meloni"}),
                            frozenset({"olaf-scholz", "pedro-sanchez"})}


def test_joining_both_calls_adds_to_each_without_duplicates(nlp):
    facts = run(nlp, "Olaf Scholz first held a phone call with Giorgia Meloni, before a separate call with "
                     "Pedro Sanchez. Emmanuel Macron joined both calls.")
    groups = sorted(sorted(i.participant_ids) for i in facts.interactions)
    assert groups == [sorted(["olaf-scholz", "giorgia-meloni", "emmanuel-macron"]),
                      sorted(["olaf-scholz", "pedro-sanchez", "emmanuel-macron"])]


def test_ministers_expected_to_take_part_fill_a_planned_videoconference(nlp):
    i = only(run(nlp, "A videoconference of energy ministers has been postponed to Thursday, officials said. "
                      "Minister Teresa Ribera and her French counterpart, Agnes Pannier-Runacher, are expected "
                      "to take part."))
    assert set(i.participant_ids) == {"teresa-ribera", "agnes-pannier-runacher"}
    assert i.status == "planned"


def test_taking_part_long_after_a_meeting_joins_nothing(nlp):
    facts = run(nlp, "Olaf Scholz held talks with Giorgia Meloni in Rome on Monday. "
                     "The talks covered migration. Energy prices were also discussed. Wages rose in May. "
                     "Pedro Sanchez and Emmanuel Macron took part.")
    assert pairs(facts) == {frozenset({"olaf-scholz", "giorgia-meloni"})}
