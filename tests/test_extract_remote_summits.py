"""A summit chaired by video and the people the story then adds to it (co-chairs, "attended by",
guests who "attended the summit"); delegation-level talks that ministers "also attended"; a subject
the parser takes for the root of the sentence; a word of a title that is not a name. Sentences
written for the tests."""

from datetime import date

from tests.test_extract_support import ids, nlp, only, run  # noqa: F401

VIDEO_SUMMIT = (
    "OSLO, March 3 (NTB) -- Prime Minister Erik Lund on Wednesday chaired a special summit on ocean "
    "pollution via video link in Oslo and gave an opening speech.\n\n"
    "The summit was proposed by Norway, Chile and Kenya last year.\n\n"
    "Chilean President Pablo Rojas and Kenyan President Daniel Kimani co-chaired the virtual meeting, which "
    "was attended by the heads of government of several coastal states, as well as African Union Commission Chairperson "
    "Amina Diallo.\n\n"
    "UN Secretary-General Paolo Bianchi and IMF Managing Director Sofia Markova attended the summit as "
    "special guests.\n\n"
    "The leaders adopted a joint declaration after the meeting.")


def test_a_summit_chaired_by_video_gathers_co_chairs_attendees_and_guests(nlp):
    meeting = only(run(nlp, VIDEO_SUMMIT, published=date(2021, 3, 3)))
    assert ids(meeting) == {"erik-lund", "pablo-rojas", "daniel-kimani", "amina-diallo", "paolo-bianchi",
                            "sofia-markova"}
    assert (meeting.mode, meeting.status, meeting.date) == ("virtual", "held", "2021-03-03")


def test_a_word_of_a_title_before_the_name_is_no_person(nlp):
    facts = run(nlp, VIDEO_SUMMIT, published=date(2021, 3, 3))
    assert "managing" not in facts.people
    assert facts.people["sofia-markova"].name == "Sofia Markova"


def test_guests_at_a_summit_held_in_person_still_do_not_meet(nlp):
    facts = run(nlp, "OSLO, March 3 (NTB) -- Prime Minister Erik Lund hosted the ocean summit in Oslo on "
                     "Wednesday.\n\nChilean President Pablo Rojas and Kenyan President Daniel Kimani held talks "
                     "on the sidelines.\n\nUN Secretary-General Paolo Bianchi and IMF Managing Director Sofia "
                     "Markova attended the summit as special guests.", published=date(2021, 3, 3))
    assert {frozenset(ids(i)) for i in facts.interactions} == {frozenset({"pablo-rojas", "daniel-kimani"})}


def test_ministers_who_also_attended_the_delegation_level_talks_join_the_meeting(nlp):
    meeting = only(run(nlp, "ROME\n\nItalian President Marco Bellini on Tuesday met his Portuguese counterpart "
                            "Rui Almeida in the capital Rome as part of his European tour.\n\nThe two presidents "
                            "first held a one-on-one meeting at the Quirinal Palace, followed by delegation-level "
                            "talks, according to the presidency.\n\nPortuguese Foreign Minister Marta Vidal and "
                            "Economy Minister Carlos Pena also attended the delegation-level talks.\n\nThe two "
                            "countries then signed three agreements.", published=date(2019, 11, 5)))
    assert ids(meeting) == {"marco-bellini", "rui-almeida", "marta-vidal", "carlos-pena"}
    assert (meeting.date, meeting.place_id) == ("2019-11-05", "rome")


def test_a_subject_the_parser_makes_the_root_still_holds_the_talks(nlp):
    facts = run(nlp, "LIMA, May 8 (AP) - Canadian Foreign Minister Anne Fraser met Peruvian President Jorge "
                     "Salas on Tuesday.\n\nFraser, on a three-nation tour of the region, earlier held talks "
                     "with Foreign Minister Luis Quispe, who told reporters that Peru wanted more trade.",
                published=date(2018, 5, 8))
    pairs = {frozenset(ids(i)) for i in facts.interactions}
    assert frozenset({"anne-fraser", "luis-quispe"}) in pairs
    assert frozenset({"anne-fraser", "jorge-salas"}) in pairs


def test_those_taking_part_and_briefing_the_leaders_during_a_video_meeting_are_at_it(nlp):
    meeting = only(run(nlp, "President Tomas Haufiku, in his capacity as Chairperson of SADC, on Thursday convened a "
                            "virtual meeting of the SADC Troika via video link to discuss the floods.\n\nTaking part "
                            "were President Joseph Banda of Malawi, President Grace Moyo of Zambia and President Luis "
                            "Cossa of Mozambique, as well as the SADC Executive Secretary, Ana Mabote.\n\nThe Troika "
                            "agreed to set up a regional fund.\n\nDr Peter Okello, director of the WHO Africa office, "
                            "briefed the leaders during the meeting.", published=date(2020, 4, 2)))
    assert ids(meeting) == {"tomas-haufiku", "joseph-banda", "grace-moyo", "luis-cossa", "ana-mabote", "peter-okello"}
    assert (meeting.mode, meeting.date) == ("virtual", "2020-04-02")


def test_the_chair_of_a_video_conference_joined_by_others_is_at_it(nlp):
    meeting = only(run(nlp, "BRUSSELS (AP) — EU leaders held an emergency virtual summit on Friday.\nThe video "
                            "conference, chaired by European Council President Pieter Janssens from Brussels, was "
                            "joined by President Anna Berg and by Prime Minister Lars Dahl.",
                       published=date(2022, 2, 25)))
    assert ids(meeting) == {"pieter-janssens", "anna-berg", "lars-dahl"}
    assert (meeting.mode, meeting.date) == ("virtual", "2022-02-25")
