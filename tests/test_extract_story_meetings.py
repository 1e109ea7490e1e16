"""Meetings the story tells across sentences: a lead saying what two people agreed, then "the
meeting" it came from; "had spoken to the three leaders" after the talks with them; a summit held by
video told first, then "the summit was co-chaired by A and B" and "C joined the meeting"; and an
agency's closing mark ("(EFE).-") that must not glue onto its name. Sentences written for the tests."""

from datetime import date

from tests.test_extract_support import ids, nlp, only, run  # noqa: F401


def test_two_people_who_agreed_in_the_lead_are_the_meeting_told_next(nlp):
    facts = run(nlp, "HANGZHOU, China, Sept. 5 Kyodo - Prime Minister Tom Baker and President Li Wei agreed "
                     "Monday to work toward better ties.\n\nThe meeting, held in the eastern city of Hangzhou "
                     "after the summit closed, came amid strained relations.", published=date(2016, 9, 5))
    meeting = only(facts)
    assert ids(meeting) == {"tom-baker", "li-wei"}
    assert (meeting.date, meeting.place_id, meeting.status) == ("2016-09-05", "hangzhou", "held")


def test_what_was_said_at_the_talks_is_no_call(nlp):
    facts = run(nlp, "BEIRUT (AFP) - President Louis Martin on Thursday pledged to help the country rebuild.\n\n"
                     "Next he held talks at the Baabda presidential palace with President Elias Haddad, "
                     "Prime Minister Omar Saad and parliament speaker Nabil Karam.\n\nMartin later said he had "
                     "spoken to the three leaders with great candour.",
                published=date(2020, 8, 6))
    assert facts.interactions
    assert all(i.mode == "in_person" for i in facts.interactions)


def test_an_agency_mark_after_the_dateline_and_a_meeting_co_chaired(nlp):
    text = ("Rabat, 2 Feb (EFE).- The Spanish Prime Minister, Pedro Ruiz, and the head of the Moroccan "
            "Government, Aziz Benali, co-chaired in Rabat on Thursday the first high-level meeting between "
            "the two countries in eight years.")
    assert [t.text for t in nlp(text)][4:8] == ["(", "EFE", ")", ".-"]
    meeting = only(run(nlp, text, published=date(2023, 2, 2)))
    assert ids(meeting) == {"pedro-ruiz", "aziz-benali"}
    assert (meeting.date, meeting.place_id) == ("2023-02-02", "rabat")


def test_a_summit_held_by_video_then_co_chaired_and_joined_is_one_virtual_meeting(nlp):
    facts = run(nlp, "PUTRAJAYA, Nov 22 (Bernama) -- Prime Minister Ahmad Razak today attended the special "
                     "summit of the regional bloc with China, held via video conference.\n\nThe summit was "
                     "co-chaired by President Li Wei and the Sultan of Brunei, Sultan Haji Hassanal Bolkiah.\n\n"
                     "Razak joined the meeting from his office here.", published=date(2021, 11, 22))
    meeting = only(facts)
    assert ids(meeting) == {"ahmad-razak", "li-wei", "haji-hassanal-bolkiah"}
    assert (meeting.mode, meeting.date, meeting.place_id) == ("virtual", "2021-11-22", None)


def test_with_hung_on_the_venue_of_the_talks_still_names_the_guests(nlp):
    facts = run(nlp, "President Louis Martin arrived on Thursday. He then held talks at the Baabda palace with "
                     "President Michel Haddad, Prime Minister Omar Saad and parliament speaker Nabil Karam.",
                published=date(2020, 8, 6))
    assert {p for i in facts.interactions for p in ids(i)} == {
        "louis-martin", "michel-haddad", "omar-saad", "nabil-karam"}


def test_a_meeting_on_the_sidelines_of_the_summit_the_lead_dated_takes_its_day(nlp):
    facts = run(nlp, "GRANADA, 5 October - The summit of the European Political Community brought together on "
                     "Thursday leaders of some 45 states in Granada.\n\nOn the sidelines of the summit, President "
                     "Ivan Sokol and Prime Minister Omar Haddad held a meeting with Chancellor Karl Huber.",
                published=date(2023, 10, 5))
    assert only(facts).date == "2023-10-05"


def test_people_among_those_taking_part_in_the_virtual_meeting_a_host_held(nlp):
    facts = run(nlp, "OSLO, 9 May - Prime Minister Lars Berg on Friday hosted a videoconference with about 20 "
                     "leaders of the northern group.\nPresident Ivan Sokol, Chancellor Karl Huber and President "
                     "Omar Haddad were among those taking part in the virtual meeting, his office said.",
                published=date(2025, 5, 9))
    meeting = only(facts)
    assert ids(meeting) == {"lars-berg", "ivan-sokol", "karl-huber", "omar-haddad"}
    assert (meeting.mode, meeting.date) == ("virtual", "2025-05-09")


def test_a_contact_someone_has_yet_to_have_is_none(nlp):
    facts = run(nlp, "President Park Min-ho has yet to speak with President Li Wei or Prime Minister Taro Sato, "
                     "officials said.", published=date(2025, 6, 7))
    assert facts.interactions == []


def test_the_president_elect_is_the_one_about_to_take_office(nlp):
    facts = run(nlp, "Prime Minister Anthony Albanese had a telephone conversation with the US president-elect "
                     "on Thursday.", published=date(2024, 11, 7))
    assert ids(only(facts)) == {"anthony-albanese", "donald-trump"}


def test_leaders_a_video_summit_brought_together_are_at_it(nlp):
    facts = run(nlp, "Riyadh, May 4, SPA -- Crown Prince Omar bin Khalid chaired today the regional leaders' "
                     "summit, held by video conference.\n\nThe summit had been due to take place in Jeddah. It "
                     "brought together the leaders of the member states, including President Ivan Sokol, "
                     "President Li Wei and Chancellor Karl Huber.", published=date(2020, 5, 4))
    meeting = only(facts)
    assert {"ivan-sokol", "li-wei", "karl-huber"} <= ids(meeting)
    assert (meeting.mode, meeting.date) == ("virtual", "2020-05-04")


def test_leaders_a_summit_in_person_brought_together_have_not_met(nlp):
    facts = run(nlp, "Riyadh, May 4, SPA -- Crown Prince Omar bin Khalid opened today the regional leaders' "
                     "summit in Jeddah.\n\nIt brought together the leaders of the member states, including "
                     "President Ivan Sokol, President Li Wei and Chancellor Karl Huber.", published=date(2020, 5, 4))
    assert not any({"ivan-sokol", "li-wei"} <= ids(i) for i in facts.interactions)


def test_the_chair_of_a_virtual_summit_takes_part_in_it(nlp):
    facts = run(nlp, "Riyadh, May 4, SPA -- King Omar bin Khalid chaired today the Extraordinary Virtual "
                     "Leaders' Summit of the region.\n\nLeaders of the member states, including President Ivan "
                     "Sokol and President Li Wei, took part in the summit from their capitals.",
                published=date(2020, 5, 4))
    assert ids(only(facts)) == {"omar-bin-khalid", "ivan-sokol", "li-wei"}


def test_talks_with_one_guest_and_with_another_elsewhere_are_two_meetings(nlp):
    facts = run(nlp, "Chancellor Karl Huber is to hold talks with President Tom Baker in Kyiv on Monday and with "
                     "President Ivan Sokol in Moscow a day later, sources said.", published=date(2022, 2, 10))
    assert {(frozenset(ids(i)), i.date, i.place_id) for i in facts.interactions} == {
        (frozenset({"karl-huber", "tom-baker"}), "2022-02-14", "kyiv"),
        (frozenset({"karl-huber", "ivan-sokol"}), "2022-02-15", "moscow")}


def test_met_with_one_and_with_another_are_two_meetings(nlp):
    facts = run(nlp, "President Ivan Sokol also met with the Emir of Qatar Sheikh Hamad Al Kuwari and with "
                     "President Omar Haddad on Thursday.", published=date(2022, 10, 13))
    assert {frozenset(ids(i)) for i in facts.interactions} == {
        frozenset({"ivan-sokol", "hamad-al-kuwari"}), frozenset({"ivan-sokol", "omar-haddad"})}


def test_the_second_annual_dialogue_held_on_a_day_is_a_meeting(nlp):
    facts = run(nlp, "Premier Li Wei held the second annual dialogue with Prime Minister Tom Baker on Monday in "
                     "Beijing.", published=date(2017, 12, 5))
    meeting = only(facts)
    assert ids(meeting) == {"li-wei", "tom-baker"}
    assert (meeting.date, meeting.status) == ("2017-12-04", "held")


def test_agreeing_to_hold_an_annual_dialogue_is_no_meeting(nlp):
    facts = run(nlp, "Premier Li Wei and Prime Minister Tom Baker agreed to hold an annual dialogue.",
                published=date(2017, 12, 5))
    assert facts.interactions == []


def test_present_at_the_meeting_between_two_named_people_is_at_that_one(nlp):
    facts = run(nlp, "BEIJING, March 31 (Xinhua) -- President Li Wei met with Prime Minister Tom Baker in Beijing "
                     "on Friday.\n\nEarlier in the day, Premier Zhou Hai held talks with Baker.\n\nForeign Minister "
                     "Chen Lin was present at the meeting between Li and Baker.", published=date(2023, 3, 31))
    assert {frozenset(ids(i)) for i in facts.interactions} == {
        frozenset({"li-wei", "tom-baker", "chen-lin"}), frozenset({"zhou-hai", "tom-baker"})}


def test_aides_who_attended_the_events_are_at_each_meeting_of_the_day(nlp):
    facts = run(nlp, "HANOI, May 2 (Xinhua) -- President Li Wei held talks with President Tran Van Minh in Hanoi on "
                     "Friday.\n\nLater in the day, Li met with Prime Minister Le Quang Hai.\n\nZhou Hai and "
                     "Foreign Minister Chen Lin attended the events.", published=date(2025, 5, 2))
    assert len(facts.interactions) == 2
    assert all({"zhou-hai", "chen-lin"} <= ids(i) for i in facts.interactions)


def test_people_seen_at_the_meeting_along_with_another_are_at_it(nlp):
    facts = run(nlp, "NEW YORK (AP) — Prime Minister Taro Sato met with President-elect Tom Baker at Baker Tower "
                     "in New York on Thursday.\n\nBaker's daughter Anna Baker was seen at the meeting, along with "
                     "retired General Mark Flynn.", published=date(2016, 11, 17))
    assert ids(only(facts)) == {"taro-sato", "tom-baker", "anna-baker", "mark-flynn"}


def test_the_incoming_leader_is_the_one_about_to_take_office(nlp):
    facts = run(nlp, "Prime Minister Taro Sato held talks on Thursday with the incoming U.S. leader, aides said.",
                published=date(2016, 11, 17))
    assert ids(only(facts)) == {"taro-sato", "donald-trump"}
