"""What the rest of the story says about a meeting: a journey still ahead does not place a meeting
already held, people who "attended the meetings" join each of them, "the expanded meeting" told a
few sentences on is the story's one meeting, "the prime minister" is the one the story keeps naming.
Sentences written for the tests."""

from datetime import date

from tests.test_extract_support import ids, nlp, only, run  # noqa: F401


def test_a_journey_still_ahead_does_not_place_a_meeting_already_held(nlp):
    facts = run(nlp, "President Tom Baker, Chancellor Karl Huber and President Louis Martin met at the residence "
                     "of the Dutch prime minister. Baker travels on to Lisbon, where he will hold talks with "
                     "President Lena Vogt on Wednesday.", published=date(2014, 3, 24))
    held = next(i for i in facts.interactions if i.status == "held")
    assert ids(held) == {"tom-baker", "karl-huber", "louis-martin"} and held.place_id != "lisbon"


def test_people_who_attended_the_meetings_join_each_meeting_told(nlp):
    facts = run(nlp, "President Li Wei held talks with Premier Karl Huber here on Saturday. On Friday evening, Li met "
                     "with President Ivan Sokol. Also on Saturday, Li met with General Omar Haddad. "
                     "Wang Bo, Zhou Hai and Chen Lin attended the meetings.", published=date(2020, 1, 18))
    assert len(facts.interactions) == 3
    assert all({"wang-bo", "zhou-hai", "chen-lin"} <= ids(i) for i in facts.interactions)


def test_a_companion_in_the_expanded_meeting_joins_the_one_meeting_told_further_back(nlp):
    facts = run(nlp, "President Rui Matos and President Tom Baker held talks at the White House on Monday. "
                     "\"We look to our ally,\" Matos said in the Oval Office. "
                     "Baker, for his part, said the commitment was firm. "
                     "The meeting came amid renewed tension at sea. "
                     "Matos was accompanied in the expanded meeting by Foreign Secretary Eva Nunes and Trade "
                     "Secretary Leo Marchand.", published=date(2023, 5, 2))
    assert ids(only(facts)) == {"rui-matos", "tom-baker", "eva-nunes", "leo-marchand"}


def test_the_prime_minister_is_the_one_the_story_keeps_naming(nlp):
    facts = run(nlp, "Prime Minister Raj Mehta will embark on a tour from July 2 to 9. Mehta will travel to Accra "
                     "on July 2. Mehta will then travel to Port of Spain, where he will hold talks with Prime "
                     "Minister Kamla Dass. In Buenos Aires, the prime minister is to hold talks with President "
                     "Javier Ruiz.", published=date(2025, 6, 27))
    pairs = {frozenset(i.participant_ids) for i in facts.interactions}
    assert frozenset({"raj-mehta", "javier-ruiz"}) in pairs
    assert all("buenos-aires" not in p for p in pairs)


def test_a_state_counsellor_is_one_of_the_two_leaders(nlp):
    facts = run(nlp, "President Li Wei held talks with State Counsellor Khin Soe on Saturday. On Friday evening, Li "
                     "met with President Ivan Sokol, who hosted a banquet in his honor. During Saturday's talks, Li "
                     "said the two countries should speed up the corridor. Khin Soe said her country supports the "
                     "initiative. After the talks, the two leaders looked on as ministers signed 12 agreements.",
                published=date(2020, 1, 18))
    assert sorted(sorted(i.participant_ids) for i in facts.interactions) == [
        ["ivan-sokol", "li-wei"], ["khin-soe", "li-wei"]]


def test_honorifics_and_office_words_are_no_one(nlp):
    facts = run(nlp, "The visit comes after the phone conversation held on November 8 between HM the King and "
                 "President Tom Baker. President Ivan Sokol held talks with Chairperson of the Commission Moussa "
                 "Diallo in Sochi.", published=date(2020, 12, 22))
    named = {p for i in facts.interactions for p in i.participant_ids}
    assert not named & {"hm", "chairperson"}
    assert "moussa-diallo" in named


def test_people_present_at_the_talks_join_the_talks_a_later_sentence_told_again(nlp):
    facts = run(nlp, "PYONGYANG, June 20 (Xinhua) -- President Li Wei held talks with Chairman Kim Sung in Pyongyang "
                     "on Thursday. Li arrived in Pyongyang in the morning for a two-day state visit. Kim greeted Li at "
                     "the airport. In the talks, held at the guesthouse, Li said the world is changing. China is "
                     "willing to work with all parties, Li said. Kim said his country has taken many measures. "
                     "His country is willing to remain patient, he said. Wang Bo, Zhou Hai and Chen Lin were present "
                     "at the talks.", published=date(2019, 6, 20))
    assert ids(only(facts)) == {"li-wei", "kim-sung", "wang-bo", "zhou-hai", "chen-lin"}


def test_ministers_in_the_talks_join_the_talks_not_a_ministers_meeting_planned_in_them(nlp):
    facts = run(nlp, "President Rui Matos and President Tom Baker agreed on Monday night in Quito to reopen the "
                     "border, after a meeting of five hours. The two leaders agreed to a meeting of ministers in "
                     "Lima on Wednesday. Foreign Minister Eva Nunes and her counterpart Leo Marchand also took part "
                     "in the talks.", published=date(2015, 9, 22))
    assert [ids(i) for i in facts.interactions] == [{"rui-matos", "tom-baker", "eva-nunes", "leo-marchand"}]


def test_a_guest_invited_to_the_gathering_does_not_join_a_bilateral(nlp):
    facts = run(nlp, "President Ivan Sokol will hold bilateral meetings with President Omar Haddad and President "
                     "Lena Vogt on the sidelines of the council meeting in Minsk on Monday. President Rui Matos has "
                     "been invited to attend the meeting as a special guest.", published=date(2023, 12, 22))
    assert all("rui-matos" not in ids(i) for i in facts.interactions)


def test_talks_held_by_videoconference_are_virtual(nlp):
    facts = run(nlp, "TOKYO, Jan. 22 Kyodo\n\nPrime Minister Aiko Mori and President Tom Baker held their first "
                     "formal talks by videoconference on Friday.", published=date(2022, 1, 22))
    i = only(facts)
    assert i.mode == "virtual" and i.place_id is None


def test_exchanging_greetings_at_a_gala_dinner_is_no_meeting(nlp):
    facts = run(nlp, "Premier Aiko Mori and President Kim Sung exchanged greetings briefly at a gala dinner hosted by "
                     "King Felix Brandt on Tuesday, but no formal talks were arranged.", published=date(2022, 6, 29))
    assert facts.interactions == []


def test_the_two_men_who_held_a_call_are_the_two_who_met(nlp):
    facts = run(nlp, "President Louis Martin met Crown Prince Omar Haddad in Jeddah on Saturday. The two men discussed "
                     "the crisis and held a joint phone call with Prime Minister Rui Matos, the palace said.",
                published=date(2021, 12, 4))
    assert {(frozenset(i.participant_ids), i.mode) for i in facts.interactions} == {
        (frozenset({"louis-martin", "omar-haddad"}), "in_person"),
        (frozenset({"louis-martin", "omar-haddad", "rui-matos"}), "call")}


def test_joining_a_meeting_by_phone_is_a_call_of_everyone_beside_the_meeting(nlp):
    facts = run(nlp, "President Tom Baker met President Ivan Sokol in Riyadh on Wednesday, with Crown Prince Omar "
                     "Haddad also present. President Rui Matos joined the meeting by phone, the palace said.",
                published=date(2025, 5, 14))
    got = {(frozenset(i.participant_ids), i.mode, str(i.date)) for i in facts.interactions}
    assert got == {(frozenset({"tom-baker", "ivan-sokol", "omar-haddad"}), "in_person", "2025-05-14"),
                   (frozenset({"tom-baker", "ivan-sokol", "omar-haddad", "rui-matos"}), "call", "2025-05-14")}


def test_people_attending_a_session_someone_presided_over_are_at_it(nlp):
    facts = run(nlp, "Minister Li Wei presided over the final session of the talks on Friday, attended by Omar "
                     "Haddad and Rui Matos.", published=date(2023, 3, 10))
    assert ids(only(facts)) == {"li-wei", "omar-haddad", "rui-matos"}


def test_contacts_counted_in_times_are_no_one_meeting(nlp):
    facts = run(nlp, "The two men had talked by phone and video five times since Baker took office. President Tom "
                     "Baker and President Li Wei met in Bali on Monday.", published=date(2022, 11, 14))
    assert [i.mode for i in facts.interactions] == ["in_person"]


def test_a_person_a_place_is_named_after_is_no_participant(nlp):
    facts = run(nlp, "Pope Leo and Orthodox Patriarch Kirill met on Monday at Lima's Jose Marti International "
                     "Airport. \"At last, we are brothers,\" the pontiff told Kirill while the two men embraced in a side "
                     "room of the terminal.", published=date(2016, 2, 16))
    named = {p for i in facts.interactions for p in i.participant_ids}
    assert not named & {"jose-marti", "orthodox"}


def test_a_group_summit_told_first_and_its_people_named_next_are_one_meeting(nlp):
    facts = run(nlp, "Berlin (dpa) - The leaders of the Group of Seven held a video summit on Friday, the first with "
                     "President Tom Baker taking part. Prime Minister Rui Matos hosted the virtual meeting, which was "
                     "also joined by Chancellor Karl Huber, President Louis Martin and Prime Minister Aiko Mori. "
                     "Britain plans to host the G7 leaders face to face in June.",
                published=date(2021, 2, 19))
    i = only(facts)
    assert ids(i) == {"tom-baker", "rui-matos", "karl-huber", "louis-martin", "aiko-mori"}
    assert i.mode == "virtual" and str(i.date) == "2021-02-19" and i.place_id is None


def test_a_summit_held_by_videoconference_with_the_participation_of_a_list_of_counterparts(nlp):
    facts = run(nlp, "Pretoria, Aug 2 (Prensa Latina) President Li Wei on Wednesday chaired from Pretoria the ninth "
                     "BRICS summit, held by videoconference with the participation of all his counterparts from Chile, "
                     "Rui Matos; Peru, Ivan Sokol; and Kenya, Omar Haddad, as well as Indian Prime Minister Raj "
                     "Mehta.", published=date(2022, 8, 3))
    i = only(facts)
    assert ids(i) == {"li-wei", "rui-matos", "ivan-sokol", "omar-haddad", "raj-mehta"}
    assert i.mode == "virtual" and i.place_id is None


def test_one_who_took_part_in_the_virtual_summit_joins_the_online_meeting_told_next(nlp):
    facts = run(nlp, "ASTANA. KAZINFORM - President Aidos Nurlan took part on Tuesday in the virtual summit marking "
                     "30 years of ties. The online meeting, held at the request of the Chinese side, brought "
                     "together President Li Wei, President Omar Haddad and President Rui Matos. Following the summit, "
                     "the leaders adopted a joint statement.", published=date(2022, 1, 25))
    i = only(facts)
    assert ids(i) == {"aidos-nurlan", "li-wei", "omar-haddad", "rui-matos"}
    assert i.mode == "virtual" and str(i.date) == "2022-01-25"


def test_a_sentence_does_not_break_inside_a_venue_name(nlp):
    facts = run(nlp, "Earlier in the day, President Tom Baker and President Moon Ha held summit talks at Cheong Wa "
                     "Dae, the presidential compound in Seoul, a day after Baker arrived from Osaka.",
                published=date(2019, 6, 30))
    i = only(facts)
    assert i.place_id == "seoul" and i.evidence.sentence.endswith("from Osaka.")


def test_the_named_meeting_of_the_leaders_a_lead_speaks_for_takes_the_leads_day_and_dateline(nlp):
    facts = run(nlp, "THE HAGUE (Reuters) - Leaders of the Group of Seven said on Monday they would boycott a summit "
                     "in Sochi.\n\nPresident Tom Baker, Prime Minister Rui Matos, Chancellor Karl Huber and President "
                     "Louis Martin met at the official residence of the Dutch premier.",
                published=date(2014, 3, 24))
    i = only(facts)
    assert str(i.date) == "2014-03-24" and i.place_id == "the-hague"


def test_a_courtesy_visit_to_a_named_host_and_a_conversation_with_whom(nlp):
    facts = run(nlp, "Pope Francis paid a courtesy visit on Monday morning to the President of the Council of "
                     "State, Army General Raúl Castro, at the palace in Havana, after leading a mass. Before that, "
                     "the pope went to the home of the former leader of the country, Fidel Castro, with whom he held "
                     "a conversation lasting about an hour.", published=date(2015, 9, 22))
    assert {frozenset(i.participant_ids) for i in facts.interactions} == {
        frozenset({"pope-francis", "raul-castro"}), frozenset({"pope-francis", "fidel-castro"})}


def test_a_spouse_is_not_one_of_the_two_heads_of_state(nlp):
    facts = run(nlp, "Britain's King Harold V arrived in Berlin on Wednesday. President Frank Weber and his wife Elke "
                     "Moser greeted the King and Queen Consort Anne at the landmark. In the evening, Weber hosted a "
                     "state dinner in honour of the royal couple at Bellevue Palace, once the two heads of state "
                     "held private talks there.", published=date(2023, 3, 29))
    assert frozenset({"frank-weber", "harold-v"}) in {frozenset(i.participant_ids) for i in facts.interactions}
    assert all("elke-moser" not in i.participant_ids for i in facts.interactions)


def test_their_next_summit_is_a_meeting_still_to_come(nlp):
    facts = run(nlp, "President Ali Kaya hosted President Ivan Sokol and President Reza Nouri in Ankara on Wednesday. "
                     "The three presidents agreed to hold their next summit in Tehran, the joint statement said.",
                published=date(2018, 4, 4))
    assert sorted(i.status for i in facts.interactions) == ["held", "planned"]


def test_a_broader_session_following_a_meeting_has_its_people_and_the_aides(nlp):
    facts = run(nlp, "President Tom Baker and President Rui Matos met in the Oval Office, followed by a wider "
                     "session with aides that included Foreign Minister Eva Nunes and Secretary of State Leo "
                     "Marchand.", published=date(2023, 2, 11))
    assert any(ids(i) == {"tom-baker", "rui-matos", "eva-nunes", "leo-marchand"} for i in facts.interactions)
