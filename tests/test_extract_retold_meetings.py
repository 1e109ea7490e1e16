"""A meeting the next sentences tell again or add to: ministers who "also attended" after a sentence
about the meeting; "The talks were conducted by phone"; "met in A in May and in B in October" as two
meetings; a summit of a group whose chair or leader the first sentence names; "as did C"; people who
"did not join the call"; and memberships of two organisations listed together. Sentences written for
the tests."""

from datetime import date

from tests.test_extract_support import ids, nlp, only, pairs, run  # noqa: F401


def members(facts, org):
    return {m.country_id for m in facts.memberships if m.organization_id == org}


def test_ministers_who_also_attended_join_after_a_sentence_about_the_meeting(nlp):
    facts = run(nlp, "ANKARA (AA) - Turkish President Recep Tayyip Erdogan received Georgian Prime Minister "
                     "Davit Beridze at the presidential complex in Ankara on Monday.\n"
                     "The meeting, which was closed to the press, lasted two hours, according to the "
                     "presidency. Trade Minister Selin Aydogan and defence industry chief Murat Kaya also "
                     "attended.", published=date(2023, 3, 6))
    meeting = only(facts)
    assert ids(meeting) == {"recep-tayyip-erdogan", "davit-beridze", "selin-aydogan", "murat-kaya"}
    assert (meeting.date, meeting.place_id) == ("2023-03-06", "ankara")


def test_talks_told_again_as_conducted_by_phone_are_a_call(nlp):
    meeting = only(run(nlp, "MINSK, 4 May (BelTA) - Belarusian President Aleksandr Lukashenko held talks with "
                            "militia commander Pavel Sorokin on Saturday, the press service said.\n"
                            "The negotiations lasted several hours.\n"
                            "The talks were conducted by phone, a source told BelTA.", published=date(2024, 5, 4)))
    assert (meeting.mode, meeting.status, meeting.place_id) == ("call", "held", None)


def test_talks_in_person_told_again_stay_in_person(nlp):
    meeting = only(run(nlp, "MINSK, 4 May (BelTA) - Belarusian President Aleksandr Lukashenko held talks with "
                            "militia commander Pavel Sorokin in Minsk on Saturday.\n"
                            "The talks were conducted behind closed doors.", published=date(2024, 5, 4)))
    assert meeting.mode == "in_person"


def test_met_in_one_city_and_in_another_is_two_meetings(nlp):
    facts = run(nlp, "Erdogan and Beridze previously met in Baku in March on the sidelines of a regional "
                     "forum, and in Tbilisi in October 2021.", published=date(2023, 6, 1))
    assert sorted((i.date, i.place_id) for i in facts.interactions) == [("2021-10", "tbilisi"), ("2023-03", "baku")]


def test_a_meeting_and_a_trip_elsewhere_are_one_meeting(nlp):
    facts = run(nlp, "Erdogan met Beridze in Ankara on Monday, a day after arriving in Baku on Sunday.",
                published=date(2023, 3, 6))
    assert [(i.date, i.place_id) for i in facts.interactions] == [("2023-03-06", "ankara")]


def test_the_third_meeting_following_talks_elsewhere_is_the_one_told_first(nlp):
    facts = run(nlp, "TOKYO, May 20 (Kyodo) -- Japanese Prime Minister Fumio Kishida met with Chinese President "
                     "Xi Jinping on Saturday on the sidelines of the regional forum in Tokyo.\n\n"
                     "Kishida said the two countries should manage their differences.\n\n"
                     "It was the third meeting between the two leaders, following their talks in Bangkok in "
                     "November 2022 and in San Francisco last November.\n\n"
                     "Chief Cabinet Secretary Haruto Sasaki and Chinese Foreign Minister Wang Yi attended the "
                     "meeting.", published=date(2024, 5, 18))
    rows = sorted((i.date, i.place_id, frozenset(ids(i))) for i in facts.interactions)
    pair = frozenset({"fumio-kishida", "xi-jinping"})
    assert rows == [("2022-11", "bangkok", pair), ("2023-11", "san-francisco", pair),
                    ("2024-05-18", "tokyo", pair | {"haruto-sasaki", "wang-yi"})]


def test_talks_with_a_counterpart_and_with_another_leader_are_two_meetings(nlp):
    facts = run(nlp, "The remarks came a day after Kazakh leader Kassym-Jomart Tokayev took part in the forum in "
                     "Sochi at the invitation of Vladimir Putin, where he held discussions with his "
                     "Russian counterpart and with China's leader Xi Jinping at the venue.",
                published=date(2024, 10, 25))
    assert {frozenset(ids(i)) for i in facts.interactions} == {
        frozenset({"kassym-jomart-tokayev", "vladimir-putin"}), frozenset({"kassym-jomart-tokayev", "xi-jinping"})}


def test_a_video_summit_of_a_group_keeps_the_chair_its_first_sentence_names(nlp):
    meeting = only(run(nlp, "MOSCOW, June 2. /TASS/. The leaders of the Collective Security Treaty Organization "
                            "member states held their regular summit via videoconference on Tuesday, chaired by "
                            "Vladimir Putin, the Russian President, from his residence.\nTaking part were Armenian Prime "
                            "Minister Nikol Pashinyan, Kazakh President Kassym-Jomart Tokayev and Tajik President "
                            "Emomali Rahmon.", published=date(2020, 6, 2)))
    assert ids(meeting) == {"vladimir-putin", "nikol-pashinyan", "kassym-jomart-tokayev", "emomali-rahmon"}
    assert (meeting.mode, meeting.date) == ("virtual", "2020-06-02")


def test_a_summit_told_through_a_group_then_chaired_and_attended(nlp):
    facts = run(nlp, "ASTANA, May 5 (Xinhua) -- Chinese President Xi Jinping and the heads of state of three Central "
                     "Asian countries met in Astana on Wednesday for the third regional summit and signed a treaty.\n"
                     "Kazakhstan's Kassym-Jomart Tokayev chaired the summit, attended by Tajik President "
                     "Emomali Rahmon and Uzbek President Shavkat Mirziyoyev.", published=date(2026, 5, 6))
    assert ids(only(facts)) == {"xi-jinping", "kassym-jomart-tokayev", "emomali-rahmon", "shavkat-mirziyoyev"}


def test_as_did_adds_a_participant_and_not_the_office_that_said_so(nlp):
    meeting = only(run(nlp, "Brazilian President Luiz Inacio Lula da Silva and German Chancellor Olaf Scholz took "
                            "part in the video call, as did UN Secretary-General Antonio Guterres, the "
                            "Italian premier's office said.", published=date(2023, 4, 4)))
    assert ids(meeting) == {"luiz-inacio-lula-da-silva", "olaf-scholz", "antonio-guterres"}


def test_a_name_before_an_office_that_speaks_is_not_in_the_list(nlp):
    meeting = only(run(nlp, "US President Joe Biden and German Chancellor Olaf Scholz took part in the video "
                            "call, as did UN Secretary-General Antonio Guterres, Draghi's office said.",
                       published=date(2021, 10, 12)))
    assert "mario-draghi" not in ids(meeting)


def test_people_who_did_not_join_the_call_are_not_at_it(nlp):
    meeting = only(run(nlp, "US President Joe Biden and German Chancellor Olaf Scholz took part in the video "
                            "conference on Tuesday.\nRussian President Vladimir Putin and Chinese President Xi "
                            "Jinping did not join the call and sent lower-ranking officials.",
                       published=date(2021, 10, 12)))
    assert ids(meeting) == {"joe-biden", "olaf-scholz"}


def test_a_meeting_may_bring_together_more_than_eight_people(nlp):
    names = ["Joe Biden", "Rishi Sunak", "Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni", "Justin Trudeau",
             "Fumio Kishida", "Pedro Sanchez", "Mark Rutte"]
    meeting = only(run(nlp, "The emergency meeting at the resort brought together " + ", ".join(names[:-1])
                       + " and " + names[-1] + ".", published=date(2022, 11, 16)))
    assert len(ids(meeting)) == 9


def test_companions_after_two_organisations_are_members_of_both(nlp):
    facts = run(nlp, "Russia and Belarus constitute the Union State and are both members of the Collective Security "
                     "Treaty Organization (CSTO) and the Eurasian Economic Union, along with Kyrgyzstan, Armenia "
                     "and Kazakhstan.")
    everyone = {"belarus", "russia", "armenia", "kazakhstan", "kyrgyzstan"}
    assert members(facts, "csto") == everyone
    assert members(facts, "eaeu") == everyone


def test_mercosur_is_printed_with_its_full_name(nlp):
    from tests.test_extract_support import to_eval_document
    facts = run(nlp, "Paraguay is also a member of MERCOSUR, along with Brazil, Uruguay and Argentina.")
    printed = {m["organization"] for m in to_eval_document([facts])["articles"][0]["memberships"]}
    assert [p.split(" (")[0] for p in printed] == ["Southern Common Market"]
