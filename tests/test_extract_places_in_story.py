"""Where a meeting happened when the story, not its own clause, says so: the city the lead says a
visitor arrived in, the place of a session told the sentence before, the goal of the journey a
"where" clause hangs on; and places that belong to something else (a description of a guest, a
journey still ahead, "head of the government in X" is no journey there). Sentences written for the tests."""

from datetime import date

from tests.test_extract_support import ids, nlp, only, run  # noqa: F401


def test_an_agency_tag_before_the_dateline_leaves_the_lead_whole(nlp):
    facts = run(nlp, "(ANSA) - ROME, MAR 3 - Premier Lucia Ferri, European Commission President Ursula "
                     "Lindqvist and Dutch Prime Minister Jan de Wit met President Omar Haddad in Tunis on Friday "
                     "in a bid to agree a partnership.", published=date(2023, 3, 3))
    meeting = only(facts)
    assert ids(meeting) == {"lucia-ferri", "ursula-lindqvist", "jan-de-wit", "omar-haddad"}
    assert meeting.place_id == "tunis"
    # the parser reads the tag as the subject of the lead unless the lead starts after it
    assert meeting.evidence.sentence.startswith("ROME, MAR 3 - Premier Lucia Ferri")


def test_a_journey_later_the_same_day_does_not_place_the_days_talks(nlp):
    facts = run(nlp, "HANOI, Nov 12 (VNA) - President Tran Van Minh held talks with visiting President Tom Baker "
                     "at the palace in Hanoi on November 12. After the talks both presidents attended a "
                     "signing of deals. On the same day, General Secretary Le Van Tho received Baker at the "
                     "party headquarters. Baker is due to leave Hanoi for Manila late on November 12 to attend "
                     "the regional summit.", published=date(2017, 11, 12))
    later = next(i for i in facts.interactions if "le-van-tho" in ids(i))
    assert later.place_id == "hanoi"


def test_a_place_in_a_description_of_a_guest_is_not_where_they_met(nlp):
    facts = run(nlp, "Chancellor Karl Huber met Omar Haddad, head of the interim government in Tripoli, on "
                     "Sunday before the conference at the Chancellery in Berlin.", published=date(2020, 1, 19))
    assert only(facts).place_id != "tripoli"


def test_two_hosts_meeting_two_guests_separately_hold_two_meetings(nlp):
    facts = run(nlp, "Chancellor Karl Huber and Foreign Minister Eva Brandt met Omar Haddad and Ali Mansour "
                     "separately before the conference began.", published=date(2020, 1, 19))
    assert {frozenset(ids(i)) for i in facts.interactions} == {
        frozenset({"karl-huber", "eva-brandt", "omar-haddad"}),
        frozenset({"karl-huber", "eva-brandt", "ali-mansour"})}


def test_the_days_talks_are_where_the_lead_says_the_visitor_arrived(nlp):
    facts = run(nlp, "DUBAI, June 17 (Reuters) - Qatar's top diplomat arrived in Tehran on Saturday for a first "
                     "visit in years.\n\nSheikh Hamad Al Kuwari held talks on Saturday with his "
                     "Iranian counterpart Reza Ahmadi on the reopening of embassies.", published=date(2023, 6, 17))
    assert only(facts).place_id == "tehran"


def test_the_meeting_after_a_session_told_with_its_place(nlp):
    facts = run(nlp, "A session of the council of the Collective Security Treaty Organization took place on "
                     "Thursday in Minsk, at the Palace of Independence.\nThe meeting in the narrow format brought "
                     "together President Ivan Sokol, President Omar Haddad and President Tom Baker.",
                published=date(2023, 11, 23))
    assert only(facts).place_id == "minsk"


def test_where_a_journey_goes_for_a_visit_where_people_will_meet(nlp):
    facts = run(nlp, "The president flies to Singapore on Tuesday on a state visit, where he is due to meet "
                     "President Lim Boon Heng and Prime Minister Tan Wei Ming, the palace said.",
                published=date(2022, 9, 5))
    assert only(facts).place_id == "singapore-city"


def test_the_summit_told_first_is_the_one_of_the_sidelines(nlp):
    facts = run(nlp, "The summit of the European Political Community gathered leaders in Granada on Thursday. "
                     "On the sidelines of the summit, President Ivan Sokol held a meeting with President Omar "
                     "Haddad and Chancellor Karl Huber. Sokol said he hoped for an invitation to the alliance's "
                     "summit in Vilnius in July.", published=date(2023, 10, 5))
    assert only(facts).place_id != "vilnius"


def test_a_meeting_inside_st_peters_basilica_is_in_vatican_city(nlp):
    facts = run(nlp, "President Tom Baker and President Ivan Sokol met briefly inside St. Peter's Basilica "
                     "ahead of the funeral Mass.", published=date(2025, 4, 26))
    assert only(facts).place_id.startswith("vatican-city")
