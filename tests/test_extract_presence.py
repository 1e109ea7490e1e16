"""People present at a meeting without being its main parties, and the meeting they join.
Sentences written for the tests."""

from tests.test_extract_support import ids, nlp, only, run  # noqa: F401


def test_in_the_presence_of_joins_the_meeting_of_that_clause(nlp):
    i = only(run(nlp, "Prime Minister Ana Costa met President Ivo Marek in Lisbon on Tuesday in the presence of "
                      "Foreign Ministers Rui Lopes and Petr Novak."))
    assert ids(i) == {"ana-costa", "ivo-marek", "rui-lopes", "petr-novak"}


def test_talks_held_in_the_presence_of_join_the_meeting_told_before(nlp):
    i = only(run(nlp, "President Ivo Marek received Prime Minister Ana Costa on Tuesday. The talks, held in the "
                      "presence of Foreign Minister Rui Lopes and Economy Minister Jana Dvorak, focused on trade."))
    assert ids(i) == {"ana-costa", "ivo-marek", "rui-lopes", "jana-dvorak"}


def test_in_attendance_sentence_joins_the_meeting_just_told(nlp):
    i = only(run(nlp, "President Ivo Marek received Prime Minister Ana Costa on Tuesday. "
                      "Foreign Minister Rui Lopes was also in attendance."))
    assert ids(i) == {"ana-costa", "ivo-marek", "rui-lopes"}


def test_in_attendance_at_a_forum_is_not_at_the_meeting(nlp):
    i = only(run(nlp, "President Ivo Marek received Prime Minister Ana Costa on Tuesday. "
                      "Foreign Minister Rui Lopes was also in attendance at the forum."))
    assert ids(i) == {"ana-costa", "ivo-marek"}


def test_also_taking_part_were(nlp):
    i = only(run(nlp, "President Ivo Marek held talks with Prime Minister Ana Costa on Tuesday. Also taking part "
                      "were Foreign Minister Rui Lopes and Economy Minister Tiago Reis."))
    assert ids(i) == {"ana-costa", "ivo-marek", "rui-lopes", "tiago-reis"}


def test_also_present_at_a_press_conference_is_not_at_the_talks(nlp):
    i = only(run(nlp, "President Ivo Marek held talks with Prime Minister Ana Costa on Tuesday. Also present at "
                      "the press conference were Foreign Minister Rui Lopes and Economy Minister Tiago Reis."))
    assert ids(i) == {"ana-costa", "ivo-marek"}


def test_with_the_participation_of_several(nlp):
    i = only(run(nlp, "President Ivo Marek and Prime Minister Ana Costa held talks in an expanded format on "
                      "Tuesday, with the participation of Foreign Minister Rui Lopes and Economy Minister Tiago Reis."))
    assert ids(i) == {"ana-costa", "ivo-marek", "rui-lopes", "tiago-reis"}


def test_sitting_in_and_accompanied_by(nlp):
    i = only(run(nlp, "Foreign Minister Rui Lopes met his Czech counterpart Petr Novak on Tuesday, with Deputy "
                      "Minister Tiago Reis sitting in."))
    assert ids(i) == {"rui-lopes", "petr-novak", "tiago-reis"}
    i = only(run(nlp, "President Ivo Marek met Prime Minister Ana Costa on Tuesday, accompanied by Foreign "
                      "Minister Rui Lopes."))
    assert ids(i) == {"ana-costa", "ivo-marek", "rui-lopes"}


def test_accompanied_on_the_journey_is_not_at_a_later_meeting(nlp):
    i = only(run(nlp, "Premier Lan Ming arrived in Hanoi on Monday, accompanied by Foreign Minister Zhou Ping. "
                      "Lan met President Tran Duc on Tuesday."))
    assert ids(i) == {"lan-ming", "tran-duc"}


def test_expanded_talks_attended_by_join_the_meeting_of_the_sentence(nlp):
    i = only(run(nlp, "President Ivo Marek received Prime Minister Ana Costa at the palace on Monday. The two leaders "
                      "had a private meeting and then broader talks, which were attended by Foreign Minister "
                      "Rui Lopes and Economy Minister Tiago Reis."))
    assert ids(i) == {"ana-costa", "ivo-marek", "rui-lopes", "tiago-reis"}


def test_joined_by_on_the_meeting_clause_adds_to_that_meeting(nlp):
    i = only(run(nlp, "President Ivo Marek held talks with Prime Minister Ana Costa on Tuesday, joined by their "
                      "foreign ministers, Rui Lopes and Petr Novak."))
    assert ids(i) == {"ana-costa", "ivo-marek", "rui-lopes", "petr-novak"}


def test_along_with(nlp):
    i = only(run(nlp, "Chancellor Lea Vogt and President Ivo Marek met opposition leader Ana Costa on Monday, along "
                      "with the bloc's foreign policy chief Rui Lopes."))
    assert ids(i) == {"lea-vogt", "ivo-marek", "ana-costa", "rui-lopes"}


def test_a_spouse_along_is_not_a_participant(nlp):
    i = only(run(nlp, "President Ivo Marek hosted Prime Minister Ana Costa and her husband Pedro at a dinner on "
                      "Thursday."))
    assert ids(i) == {"ivo-marek", "ana-costa"}


def test_object_the_parser_hangs_on_the_place(nlp):
    i = only(run(nlp, "President Ivo Marek received on Tuesday at the Presidential Palace the Prime Minister of "
                      "Portugal, Ana Costa, who is on a working visit."))
    assert ids(i) == {"ivo-marek", "ana-costa"}


def test_hosting_for_a_five_way_meeting_is_that_meeting(nlp):
    i = only(run(nlp, "Foreign Minister Rui Lopes had hosted Czech Foreign Minister Petr Novak in Lisbon on May 1 for "
                      "a five-way meeting with Spanish Foreign Minister Jose Albares, Italian Foreign Minister "
                      "Antonio Tajani and Greek Foreign Minister Nikos Dendias."))
    assert ids(i) == {"rui-lopes", "petr-novak", "jose-albares", "antonio-tajani", "nikos-dendias"}


def test_title_alone_tagged_as_a_person_is_no_one(nlp):
    i = only(run(nlp, "Foreign Minister Omar Idris met Iranian Foreign Minister Reza Karimi today in Beijing, in the "
                      "presence of their host, State Councilor and Foreign Minister Li Ming."))
    assert ids(i) == {"omar-idris", "reza-karimi", "li-ming"}


def test_the_ministers_of_listed_countries_named_after_them(nlp):
    i = only(run(nlp, "Rubio met in Riyadh with the foreign ministers of Jordan, Egypt and Qatar, Ayman Safadi, "
                      "Badr Abdelatty and Sheikh Mohammed bin Abdulrahman Al Thani, on Monday."))
    assert {"ayman-safadi", "mohammed-bin-abdulrahman-al-thani"} <= ids(i)
    assert len(ids(i)) == 4


def test_a_day_after_which_others_called_is_no_one_at_the_meeting(nlp):
    facts = run(nlp, "President Ivo Marek met Chancellor Lea Vogt and Prime Minister Ana Costa in Tirana on May 16, "
                     "after which the three leaders held a joint phone call with President Tom Hale.")
    by_mode = {i.mode: ids(i) for i in facts.interactions}
    assert by_mode == {"in_person": {"ivo-marek", "lea-vogt", "ana-costa"},
                       "call": {"ivo-marek", "lea-vogt", "ana-costa", "tom-hale"}}


def test_pushing_for_talks_is_not_talks(nlp):
    i = only(run(nlp, "President Ivo Marek and Chancellor Lea Vogt met opposition leader Ana Costa on Monday to push "
                      "for a resumption of talks."))
    assert ids(i) == {"ivo-marek", "lea-vogt", "ana-costa"}


def test_challenging_someone_to_meet_is_no_meeting(nlp):
    facts = run(nlp, "President Ivo Marek had challenged President Tom Hale to meet him in person in Istanbul, "
                     "but Hale did not travel.")
    assert facts.interactions == []


def test_a_sized_meeting_completed_by_the_next_sentence(nlp):
    i = only(run(nlp, "President Ivo Marek has pulled out of a planned meeting with Prime Minister Ana Costa in "
                      "Granada on Thursday, state media reported. The five-way meeting, which had been due to be "
                      "chaired by Council President Tom Hale together with Chancellor Lea Vogt and President Jan Berg, would "
                      "have been the first since the war."))
    assert ids(i) == {"ivo-marek", "ana-costa", "tom-hale", "lea-vogt", "jan-berg"}
    assert i.status == "cancelled"


def test_the_presidents_of_named_countries_are_the_people_the_article_names(nlp):
    i = only(run(nlp, "KYIV, April 13 - The presidents of Poland and Lithuania met Ukrainian President Volodymyr "
                      "Zelensky in Kyiv on Wednesday. Andrzej Duda and Gitanas Nauseda travelled to the Ukrainian "
                      "capital by train.", published=__import__("datetime").date(2022, 4, 13)))
    assert ids(i) == {"andrzej-duda", "gitanas-nauseda", "volodymyr-zelensky"}


def test_ministers_taking_part_in_the_trilateral_talks_join_the_trilateral(nlp):
    facts = run(nlp, "Prime Minister Ana Costa, President Ivo Marek and Chancellor Lea Vogt held trilateral talks in "
                     "Sochi on Monday. Before the trilateral meeting, Costa held separate talks with Marek and with "
                     "Vogt. The foreign ministers of the three countries, Rui Lopes, Petr Novak and Jan Berg, also "
                     "took part in the trilateral talks.")
    joint = [ids(i) for i in facts.interactions if len(i.participant_ids) > 2]
    assert joint == [{"ana-costa", "ivo-marek", "lea-vogt", "rui-lopes", "petr-novak", "jan-berg"}]
    assert {"ana-costa", "ivo-marek"} in [ids(i) for i in facts.interactions]


def test_accompanied_in_the_talks_by(nlp):
    i = only(run(nlp, "Prime Minister Ana Costa and President Ivo Marek met on Wednesday at the palace. Marek, on his "
                      "first tour of Europe, was accompanied in the talks by Foreign Minister Rui Lopes, while Economy "
                      "Minister Tiago Reis also took part, sources said."))
    assert ids(i) == {"ana-costa", "ivo-marek", "rui-lopes", "tiago-reis"}


def test_members_including_named_people(nlp):
    facts = run(nlp, "President Tom Hale held talks with Prime Minister Ana Costa on Wednesday. He then met members of "
                     "the war cabinet, including Defense Minister Yoav Gallant, a U.S. official said.")
    assert {"tom-hale", "yoav-gallant"} in [ids(i) for i in facts.interactions]


def test_passive_reception_then_talks_elsewhere(nlp):
    facts = run(nlp, "Erdem Kaya, in the city for the first time since 2019, was greeted by President Lena Stavrou at "
                     "the Hill Mansion before going on to the Lake Mansion, the chancellor's residence, "
                     "for private talks with Nikos Andreou.")
    assert sorted(sorted(i.participant_ids) for i in facts.interactions) == [
        ["erdem-kaya", "lena-stavrou"], ["erdem-kaya", "nikos-andreou"]]


def test_on_his_way_is_no_one_and_the_reporter_is_not_he(nlp):
    i = only(run(nlp, "President Ivo Marek flew home on Wednesday. On his way home on Thursday, he met Polish "
                      "President Jan Berg in the city of Lublin, Berg's office said."))
    assert ids(i) == {"ivo-marek", "jan-berg"}


def test_a_religious_title_is_not_part_of_the_name(nlp):
    i = only(run(nlp, "President Ivo Marek met Prime Minister Ana Costa on Wednesday. Rabbi Eli Stern, the nominee "
                      "as ambassador, took part in the meeting."))
    assert "eli-stern" in ids(i)


def test_agency_words_in_a_long_title_are_not_a_name(nlp):
    i = only(run(nlp, "President Ivo Marek received Secretary of State Tom Hale on Sunday. Secretary General Ana Costa "
                      "and head of the General Intelligence Service Rui Lopes attended the meeting."))
    assert ids(i) == {"ivo-marek", "tom-hale", "ana-costa", "rui-lopes"}


def test_ministers_attending_the_session_of_the_talks(nlp):
    i = only(run(nlp, "CAIRO - President Ivo Marek received his Polish counterpart Jan Berg at the palace in Cairo on "
                      "Wednesday. Foreign Minister Rui Lopes and his Polish counterpart Petr Novak attended the "
                      "wider session of the talks, devoted to trade, a spokesman said."))
    assert ids(i) == {"ivo-marek", "jan-berg", "rui-lopes", "petr-novak"}


def test_talks_opened_between_two_ministers_are_one_meeting(nlp):
    i = only(run(nlp, "Secretary of State Tom Hale opened talks in Virginia between the foreign ministers of Armenia and "
                      "Azerbaijan, Armen Petrosyan and Rashad Huseynov, on Monday."))
    assert ids(i) == {"tom-hale", "armen-petrosyan", "rashad-huseynov"}


def test_what_was_urged_in_phone_calls_does_not_make_them_a_wish(nlp):
    facts = run(nlp, "In separate phone calls last week, Secretary Tom Hale urged President Ivo Marek and Prime "
                     "Minister Ana Costa to ease tensions.")
    assert sorted(sorted(i.participant_ids) for i in facts.interactions) == [
        ["ana-costa", "tom-hale"], ["ivo-marek", "tom-hale"]]
    assert {i.mode for i in facts.interactions} == {"call"} and {i.status for i in facts.interactions} == {"held"}


def test_heads_of_the_delegations_named_after_their_talks(nlp):
    i = only(run(nlp, "The call came hours after Polish and Czech delegations held their first direct talks in years "
                      "in Prague. The Polish delegation was led by Deputy Minister Rui Lopes, while the Czech side was "
                      "headed by presidential aide Petr Novak. Foreign Minister Jan Berg opened the meeting, which "
                      "lasted two hours."))
    assert ids(i) == {"rui-lopes", "petr-novak", "jan-berg"}


def test_a_session_via_videoconference_is_one_meeting(nlp):
    i = only(run(nlp, "Leaders of the bloc held an extraordinary session via videoconference on Monday. The session "
                      "was chaired by Prime Minister Ana Costa. President Ivo Marek and President Jan Berg took part."))
    assert ids(i) == {"ana-costa", "ivo-marek", "jan-berg"}
    assert i.mode == "virtual"


def test_in_their_talks_the_two_leaders_agreed(nlp):
    i = only(run(nlp, "OSLO, May 9 -- Prime Minister Ana Costa and visiting President Ivo Marek agreed Tuesday to "
                      "upgrade ties. In their talks at the government palace, the two leaders further agreed to "
                      "cooperate on shipping, an official said."))
    assert ids(i) == {"ana-costa", "ivo-marek"}
    assert i.status == "held"


def test_attending_the_summit_is_not_being_at_the_bilateral(nlp):
    i = only(run(nlp, "President Ivo Marek held a bilateral meeting on Tuesday with Prime Minister Ana Costa on the "
                      "sidelines of the bloc's summit in Lisbon. The chair passed to Spain at the summit, which was "
                      "attended by Chancellor Lea Vogt and President Jan Berg."))
    assert ids(i) == {"ivo-marek", "ana-costa"}


def test_a_form_of_address_tagged_as_a_person_is_no_one(nlp):
    facts = run(nlp, "DOHA, 3rd May, 2023 (QNA) -- Emir His Highness Sheikh Tamim bin Hamad Al Thani today received "
                     "President Ivo Marek, who is on a state visit. His Highness will host a dinner for him later.")
    assert all("his-highness" not in i.participant_ids for i in facts.interactions)
    assert "his-highness" not in facts.people


def test_also_attending_the_summit_were_is_not_at_the_talks(nlp):
    i = only(run(nlp, "Prime Minister Ana Costa met President Ivo Marek on the sidelines of the summit in Lisbon on "
                      "Tuesday. Also attending the summit are Chancellor Lea Vogt and President Jan Berg."))
    assert ids(i) == {"ana-costa", "ivo-marek"}


def test_speaking_after_his_meeting_the_speaker_is_his(nlp):
    facts = run(nlp, "Speaking after his meeting with Prime Minister Ana Costa in Lisbon on Wednesday, President Ivo "
                     "Marek said the two sides had reviewed trade.")
    assert [ids(i) for i in facts.interactions] == [{"ana-costa", "ivo-marek"}]


def test_their_summit_is_the_two_named_before_with_those_who_joined(nlp):
    i = only(run(nlp, "LISBON, May 9 -- President Ivo Marek and President Tom Hale agreed on Wednesday to set up a "
                      "joint energy council. The deal was sealed at their summit at the palace, which opened one on "
                      "one and was followed by a wider session joined by Foreign Minister Rui Lopes and Secretary of "
                      "State Ana Costa."))
    assert ids(i) == {"ivo-marek", "tom-hale", "rui-lopes", "ana-costa"}


def test_a_luncheon_hosted_by_two_is_not_their_meeting(nlp):
    facts = run(nlp, "On Thursday, President Ivo Marek will speak to parliament and attend a luncheon hosted by Vice "
                     "President Lea Vogt and Secretary of State Ana Costa.")
    assert {"lea-vogt", "ana-costa"} not in [ids(i) for i in facts.interactions]


def test_an_abbreviated_title_does_not_end_the_sentence(nlp):
    i = only(run(nlp, "President Ivo Marek held talks with President Tom Hale at the palace on Thursday. The talks "
                      "were attended as well by the Minister of External Relations, Amb. Sani Bello, and the "
                      "Minister of Finance, Mr Musa Idris."))
    assert ids(i) == {"ivo-marek", "tom-hale", "sani-bello", "musa-idris"}


def test_talks_that_followed_the_meeting_with_others_taking_part(nlp):
    i = only(run(nlp, "Before the council, the two leaders Ivo Marek and Tom Hale held a private meeting, which was "
                      "then followed by delegation-level talks in which Foreign Minister Rui Lopes and Foreign "
                      "Minister Petr Novak also took part."))
    assert ids(i) == {"ivo-marek", "tom-hale", "rui-lopes", "petr-novak"}


def test_each_side_accompanied_or_joined_in_the_meeting(nlp):
    i = only(run(nlp, "President Ivo Marek met President Tom Hale at the Great Hall on Saturday. Marek was "
                      "accompanied in the meeting by Foreign Minister Rui Lopes, while Hale was joined by Foreign "
                      "Minister Petr Novak."))
    assert ids(i) == {"ivo-marek", "tom-hale", "rui-lopes", "petr-novak"}


def test_an_ocean_is_no_one(nlp):
    facts = run(nlp, "President Tom Hale has cancelled a visit to Port Moresby, where he was to meet Prime Minister "
                     "Ana Costa and Pacific Islands leaders, to focus on budget talks at home.")
    assert all("pacific" not in i.participant_ids for i in facts.interactions)


def test_inverted_presence_at_the_meeting_told_before(nlp):
    for opening in ("Also in the meeting were", "Present at the talks were", "Joining them were"):
        i = only(run(nlp, "President Samuel Kiprop and President Joseph Okello held talks in Nairobi on Friday. "
                          f"{opening} Kenya's Foreign Minister Ruth Wanjiku and Uganda's Foreign Minister "
                          "John Mugisha."))
        assert ids(i) == {"samuel-kiprop", "joseph-okello", "ruth-wanjiku", "john-mugisha"}, opening


def test_joined_by_in_the_next_sentence_joins_the_meeting_not_a_trip(nlp):
    i = only(run(nlp, "President Samuel Kiprop held talks with Ugandan President Joseph Okello on Friday. "
                      "Kiprop was joined by Foreign Minister Ruth Wanjiku."))
    assert ids(i) == {"samuel-kiprop", "joseph-okello", "ruth-wanjiku"}
    i = only(run(nlp, "President Samuel Kiprop held talks with Ugandan President Joseph Okello on Friday. "
                      "Kiprop was joined by Foreign Minister Ruth Wanjiku on the trip."))
    assert ids(i) == {"samuel-kiprop", "joseph-okello"}


def test_a_plural_title_before_two_names_names_both(nlp):
    i = only(run(nlp, "President Ivo Marek met Prime Minister Ana Costa on Tuesday. Also present were Foreign "
                      "Ministers Luka Horvat and Rui Lopes."))
    assert ids(i) == {"ivo-marek", "ana-costa", "luka-horvat", "rui-lopes"}


def test_delegation_members_told_in_further_ways(nlp):
    lead = "President Ivo Marek held talks with Prime Minister Ana Costa on Tuesday. "
    for after, extra in (
            ("Among those present were Foreign Minister Rui Lopes and Defence Minister Tiago Reis.",
             {"rui-lopes", "tiago-reis"}),
            ("The Portuguese side was represented by Foreign Minister Rui Lopes and Defence Minister Tiago Reis.",
             {"rui-lopes", "tiago-reis"}),
            ("The meeting, also attended by Foreign Minister Luka Horvat, ran for two hours.", {"luka-horvat"}),
            ("The talks were held in an expanded format with the participation of Foreign Minister Luka Horvat "
             "and Foreign Minister Rui Lopes.", {"luka-horvat", "rui-lopes"})):
        i = only(run(nlp, lead + after))
        assert ids(i) == {"ivo-marek", "ana-costa"} | extra, after
