"""People with a meeting's parties told in a sentence of their own ("C accompanied A", "A made the
trip with C", "C and D were also at the table", "C was present on the Polish side"), meeting nouns
that list their people ("the call included ..."), groups resolved against the right meeting, and
the name, date and status repairs of the same round. Sentences written for the tests."""

from datetime import date

from tests.test_extract_support import ids, nlp, only, row_with, rows, run  # noqa: F401


def test_companions_on_both_sides_of_a_while_clause_join_the_meeting(nlp):
    facts = run(nlp, "President Ana Costa and Premier Liu Wen met for two hours on Friday in Lisbon. "
                     "The two leaders shook hands at the palace before sitting down. "
                     "Costa was joined by Foreign Minister Rui Matos and Finance Minister Eva Nunes, while Liu was "
                     "accompanied by Foreign Minister Zhao Ming and Deng Hui, one of his senior aides.")
    assert ids(only(facts)) == {"ana-costa", "liu-wen", "rui-matos", "eva-nunes", "zhao-ming", "deng-hui"}


def test_a_side_present_and_a_side_accompanying_a_leader_join_the_talks(nlp):
    facts = run(nlp, "Presidents Piotr Nowak and Jonas Petras held talks in Vilnius on Friday. "
                     "Foreign Minister Adam Wolski and adviser Jan Kos were present on the Polish side, while "
                     "Defence Minister Rimas Kairys and adviser Asta Vaite accompanied Petras.")
    assert ids(only(facts)) == {"piotr-nowak", "jonas-petras", "adam-wolski", "jan-kos", "rimas-kairys",
                                "asta-vaite"}


def test_people_at_the_table_and_on_the_trip_join_the_lunch(nlp):
    facts = run(nlp, "Prime Minister Mark Olsen had lunch with President Tom Baker at the White House on Tuesday. "
                     "Olsen made the trip with Finance Minister Leo Marchand. "
                     "Vice President Dan Ross and Commerce Secretary Ian Holt were also at the table, officials said.")
    assert ids(only(facts)) == {"mark-olsen", "tom-baker", "leo-marchand", "dan-ross", "ian-holt"}


def test_a_companion_after_two_meetings_of_the_same_leader_joins_neither(nlp):
    facts = run(nlp, "Prime Minister Eli Dagan held talks with President Ivan Sokol in Minsk on Saturday, before "
                     "flying on to Vienna for talks with Chancellor Karl Huber. "
                     "He was accompanied by Housing Minister Zev Amir, who acted as interpreter.")
    assert all("zev-amir" not in ids(i) for i in facts.interactions)


def test_someone_present_at_a_bodys_meeting_without_contact_is_not_added(nlp):
    facts = run(nlp, "Foreign Minister Ravi Menon held talks with Foreign Minister Chen Hua in Moscow on Thursday. "
                     "Foreign Minister Tariq Aziz was also present at the council meeting, but there was no "
                     "interaction between him and Menon, officials said.")
    assert ids(only(facts)) == {"ravi-menon", "chen-hua"}


def test_officials_present_during_the_talks_join_the_talks_not_a_later_event(nlp):
    facts = run(nlp, "President Peter Mwangi on Saturday held bilateral talks with President John Carter at State "
                     "House, Nairobi. The two leaders later addressed a joint press conference. "
                     "Earlier on Saturday, Carter and Mwangi jointly opened a trade fair in Gigiri. "
                     "Deputy President Samuel Otieno and Foreign Secretary Grace Wanjiru were among senior officials "
                     "present during the talks.")
    talks = row_with(facts, "Samuel Otieno")
    assert {p["name"] for p in talks["participants"]} == {"Peter Mwangi", "John Carter", "Samuel Otieno",
                                                          "Grace Wanjiru"}
    assert talks["place"] == "Nairobi"


def test_a_video_call_with_leaders_named_in_the_next_sentence_is_one_call(nlp):
    facts = run(nlp, "President Tom Baker held a video call with European leaders on Monday. "
                     "The call, which lasted about an hour, included German Chancellor Karl Huber, Italian Prime "
                     "Minister Paola Neri and NATO Secretary-General Erik Lund, the White House said.")
    i = only(facts)
    assert ids(i) == {"tom-baker", "karl-huber", "paola-neri", "erik-lund"}
    assert i.mode == "virtual"


def test_a_meeting_bringing_together_people_with_titles_split_off_lists_them_all(nlp):
    facts = run(nlp, "The meeting, hosted by Greek Foreign Minister Nikos Dimas, brought together Mr. Kaya, US "
                     "Secretary of State Tom Reed, UAE Minister of Foreign Affairs and International Cooperation "
                     "Sheikh Saif bin Rashid Al Hamdan and Egyptian Foreign Minister Omar Farid.")
    assert ids(only(facts)) == {"nikos-dimas", "kaya", "tom-reed", "saif-bin-rashid-al-hamdan", "omar-farid"}


def test_a_conversation_between_the_two_leaders_includes_the_speaker(nlp):
    facts = run(nlp, "Chilean President Rosa Vidal said on Monday that she had agreed with her Argentine "
                     "counterpart, Diego Herrera, to reopen the border crossing, following a telephone conversation "
                     "between the two leaders.")
    i = only(facts)
    assert ids(i) == {"rosa-vidal", "diego-herrera"}
    assert i.mode == "call"


def test_the_two_leaders_of_a_meeting_of_three_are_the_two_who_met_first(nlp):
    facts = run(nlp, "President Ana Costa and President Luis Prado shook hands at the start of talks at the airport, "
                     "in a meeting hosted by Prime Minister Carl Hanson. "
                     "In a declaration read out by Hanson, the two leaders agreed to resolve the dispute peacefully "
                     "and to meet again in Brazil within three months.")
    planned = [i for i in facts.interactions if i.status == "planned"]
    assert [ids(i) for i in planned] == [{"ana-costa", "luis-prado"}]


def test_the_two_ministers_received_together_by_a_third_is_a_meeting_of_three(nlp):
    facts = run(nlp, "Foreign Minister Omar Haddad met Egyptian Foreign Minister Karim Fawzi in Cairo on Sunday. "
                     "The two ministers were later received together by Foreign Minister Ali Rahimi.")
    assert {frozenset(i.participant_ids) for i in facts.interactions} == {
        frozenset({"omar-haddad", "karim-fawzi"}), frozenset({"omar-haddad", "karim-fawzi", "ali-rahimi"})}


def test_talks_after_a_venue_read_as_a_modifier(nlp):
    facts = run(nlp, "President Musa Bello held on Monday at the Elysee Palace talks with his French counterpart, "
                     "Louis Martin, as part of his state visit.")
    i = only(facts)
    assert ids(i) == {"musa-bello", "louis-martin"}
    assert i.place_id == "paris"


def test_ministers_taking_part_join_the_talks_told_sentences_before(nlp):
    facts = run(nlp, "President Ivan Sokol and President Kim Dae-ho held talks at the cosmodrome on Wednesday. "
                     "Sokol met his guest at the entrance, and the two shook hands. "
                     "Before the talks they toured the launch complex. "
                     "The talks opened in a wider format and then went one-on-one. "
                     "On the host side, Foreign Minister Pavel Orlov and Defence Minister Oleg Zotov took part "
                     "in the negotiations in that wider format, the Kremlin said.")
    assert ids(only(facts)) == {"ivan-sokol", "kim-dae-ho", "pavel-orlov", "oleg-zotov"}


def test_a_cancelled_visit_with_talks_planned_as_a_second_purpose(nlp):
    facts = run(nlp, "President Ivan Sokol has cancelled a trip to Paris that was planned for next week. "
                     "Sokol had been due to travel to Paris on May 17 to open a new cultural centre, close to the "
                     "river, and to hold talks with President Louis Martin.")
    i = only(facts)
    assert i.status == "cancelled"
    assert str(i.date) == "2023-05-17"


def test_being_prepared_to_meet_is_not_a_meeting(nlp):
    facts = run(nlp, "President Louis Martin refused to go with Sokol to the opening and was only prepared to "
                     "meet the visitor for a short working session on Syria.")
    assert facts.interactions == []


def test_a_day_just_after_publication_told_in_a_past_tense_keeps_the_year(nlp):
    facts = run(nlp, "President Ivan Sokol had been due to hold talks with President Louis Martin in Paris on May 19.", published=date(2023, 5, 10))
    assert str(only(facts).date) == "2023-05-19"


def test_title_words_and_names_with_digits_are_no_one(nlp):
    facts = run(nlp, "Sheikh Hamad bin Khalid Al Thani, Amir of Qatar and Supreme Commander of the Armed Forces, "
                     "today received Pedro Alvarez, Prime Minister of Spain. "
                     "Minister of State, Member of the Council of Ministers Dr. Faisal bin Saad Al-Otaibi met Li Wei "
                     "in Beijing on Friday.")
    people = {p for i in facts.interactions for p in i.participant_ids}
    assert "commander" not in people and "member" not in people
    assert {"pedro-alvarez", "faisal-bin-saad-al-otaibi", "li-wei"} <= people


def test_a_venue_gives_its_city(nlp):
    facts = run(nlp, "Prime Minister Mark Olsen had dinner with President-elect Tom Baker at the Mar-a-Lago club "
                     "in Florida on Saturday evening.")
    assert only(facts).place_id == "palm-beach"


def test_a_summit_of_named_leaders_is_their_meeting(nlp):
    facts = run(nlp, "The accord was signed in Luanda on Wednesday at a summit of President Paul Meno, President "
                     "Ivo Kanu and President Jean Baraka.")
    assert ids(only(facts)) == {"paul-meno", "ivo-kanu", "jean-baraka"}


def test_members_of_a_leaders_delegation_at_the_talks_join_them(nlp):
    facts = run(nlp, "Prime Minister Arun Mehta and his Israeli counterpart Dan Levi held talks in Jerusalem on "
                     "Tuesday. Restricted talks came first, then delegation-level discussions. "
                     "Adviser Vikram Rao and Foreign Secretary Meera Iyer were part of the Indian delegation at the "
                     "talks.")
    assert ids(only(facts)) == {"arun-mehta", "dan-levi", "vikram-rao", "meera-iyer"}


def test_a_dialogue_held_with_the_other_side_hung_on_the_verb(nlp):
    facts = run(nlp, "Chinese Foreign Minister Li Ming and adviser Zhou Bo held a strategic dialogue on Thursday in "
                     "Oslo, Norway, with U.S. Secretary of State Tom Reed and adviser Sam Cole.")
    assert ids(only(facts)) == {"li-ming", "zhou-bo", "tom-reed", "sam-cole"}


def test_an_invitation_given_during_a_call_tells_the_call(nlp):
    facts = run(nlp, "President Tom Baker invited President Jose Rivera to visit the White House during a friendly "
                     "telephone conversation on Saturday night, officials said.", published=date(2023, 5, 14))
    i = only(facts)
    assert ids(i) == {"tom-baker", "jose-rivera"} and i.mode == "call" and i.status == "held"
    assert str(i.date) == "2023-05-13"


def test_calls_expected_with_two_leaders_are_one_call_each(nlp):
    facts = run(nlp, "President Tom Baker was also expected to speak with Prime Minister Ravi Sharma of Nepal and "
                     "Prime Minister Kofi Mensah of Ghana.")
    assert {frozenset(i.participant_ids) for i in facts.interactions} == {
        frozenset({"tom-baker", "ravi-sharma"}), frozenset({"tom-baker", "kofi-mensah"})}


def test_meetings_on_the_sidelines_with_several_leaders_are_bilaterals(nlp):
    facts = run(nlp, "On the sidelines of the summit on Sunday, President Tom Baker met with President Omar Saleh of "
                     "Egypt, Emir Khalid bin Fahad of Qatar and King Isa bin Hamad of Bahrain.")
    assert {frozenset(i.participant_ids) for i in facts.interactions} == {
        frozenset({"tom-baker", "omar-saleh"}), frozenset({"tom-baker", "khalid-bin-fahad"}),
        frozenset({"tom-baker", "isa-bin-hamad"})}


def test_meeting_regularly_is_no_one_meeting(nlp):
    facts = run(nlp, "Foreign ministers Anna Kowal, Petro Bondar and Rasa Jonaite met in Lublin on July 28. "
                     "Jonaite said the three ministers would meet regularly from now on.")
    assert [i.status for i in facts.interactions] == ["held"]


def test_a_meeting_he_was_to_hold_that_was_cancelled_keeps_its_own_day(nlp):
    facts = run(nlp, "President Carlos Ortega on Thursday cancelled the meeting he was due to hold with the US "
                     "leader, Tom Baker, next Tuesday in Washington.", published=date(2023, 5, 11))
    i = only(facts)
    assert ids(i) == {"carlos-ortega", "tom-baker"} and i.status == "cancelled"
    assert str(i.date) == "2023-05-16"


def test_an_audience_that_was_to_have_taken_place_is_cancelled(nlp):
    facts = run(nlp, "The state visit of President Li Wei has been postponed. Li was also to have been received by "
                     "Emperor Hiro Tanaka.")
    assert [(ids(i), i.status) for i in facts.interactions] == [({"li-wei", "hiro-tanaka"}, "cancelled")]


def test_calling_on_a_country_to_act_is_no_meeting(nlp):
    facts = run(nlp, "Chancellor Karl Huber, President Louis Martin and Prime Minister Jan Novak arrived in Kyiv on "
                     "Saturday for talks with President Petro Bondar. In a joint statement, the four leaders called "
                     "on Moscow to accept a ceasefire.")
    assert [ids(i) for i in facts.interactions] == [{"karl-huber", "louis-martin", "jan-novak", "petro-bondar"}]


def test_talks_in_a_city_and_a_call_held_during_them_are_two_contacts(nlp):
    facts = run(nlp, "Chancellor Karl Huber and President Louis Martin arrived in Kyiv on Saturday for talks with "
                     "President Petro Bondar. During their meeting with Bondar at the palace, the leaders held a "
                     "joint phone call with President Tom Baker.")
    assert {(frozenset(i.participant_ids), i.mode) for i in facts.interactions} == {
        (frozenset({"karl-huber", "louis-martin", "petro-bondar"}), "in_person"),
        (frozenset({"karl-huber", "louis-martin", "petro-bondar", "tom-baker"}), "call")}


def test_officials_attending_a_video_meeting_on_one_side_join_it(nlp):
    facts = run(nlp, "President Li Wei held a virtual meeting with President Tom Baker on Tuesday morning. "
                     "The meeting, which lasted about three hours, was held at the request of the American side. "
                     "Zhao Ming, Chen Hua and Deng Hui attended the meeting on the Chinese side, officials said.")
    i = only(facts)
    assert ids(i) == {"li-wei", "tom-baker", "zhao-ming", "chen-hua", "deng-hui"} and i.mode == "virtual"


def test_a_second_by_phrase_adds_the_other_sides_companions(nlp):
    facts = run(nlp, "President Tom Baker and Chairman Kim Dae-ho held a social dinner at the hotel on Wednesday "
                     "evening, joined by Secretary of State Sam Reed and adviser Ian Holt on the American side and by "
                     "official Park Min-jun and Foreign Minister Lee Sung-ho for the hosts.")
    assert ids(only(facts)) == {"tom-baker", "kim-dae-ho", "sam-reed", "ian-holt", "park-min-jun", "lee-sung-ho"}


def test_aides_sitting_in_on_the_morning_session_join_the_summit(nlp):
    facts = run(nlp, "President Ana Costa and President Luis Prado held their summit in Montevideo on Friday. "
                     "The two leaders shook hands before heading to the palace for talks. "
                     "The morning session lasted about two hours, with Costa's chief of staff Rui Matos and "
                     "adviser Eva Nunes sitting in.")
    assert {"rui-matos", "eva-nunes"} <= {p for i in facts.interactions for p in i.participant_ids}
    assert all(set(i.participant_ids) >= {"ana-costa", "luis-prado"} for i in facts.interactions)


def test_talks_held_by_a_president_named_after_his_title(nlp):
    facts = run(nlp, "The President of the Republic of Chile, Rosa Vidal, held official talks on Monday with the "
                     "President of the Republic of Peru, Diego Herrera, at the Palace of Government.")
    assert ids(only(facts)) == {"rosa-vidal", "diego-herrera"}


def test_a_meeting_between_two_delegations_lists_everyone_named_in_them(nlp):
    facts = run(nlp, "Qatar is to host next week a meeting between a delegation of the United States led by "
                     "Secretary of State Tom Reed and adviser Sam Cole, and a Ukrainian delegation headed by Andriy "
                     "Bondar and including Foreign Minister Petro Koval and Defence Minister Ivan Lysenko.")
    i = only(facts)
    assert ids(i) == {"tom-reed", "sam-cole", "andriy-bondar", "petro-koval", "ivan-lysenko"}
    assert i.status == "planned"


def test_every_name_of_a_subject_at_the_table_joins_the_dinner(nlp):
    facts = run(nlp, "Prime Minister Mark Olsen had dinner with President-elect Tom Baker at his club on Friday. "
                     "Baker's pick for trade secretary, Ian Holt, his nominee for energy secretary, Texas Gov. Dan "
                     "Ross, and incoming adviser Sam Cole were also at the table, a source said.")
    assert ids(only(facts)) == {"mark-olsen", "tom-baker", "ian-holt", "dan-ross", "sam-cole"}


def test_a_call_the_parser_hangs_on_the_talks_it_pushed_for(nlp):
    facts = run(nlp, "President Kemal Aydin lobbied for the Geneva talks in a phone call with President Ivan Sokol "
                     "on Sunday.")
    i = only(facts)
    assert ids(i) == {"kemal-aydin", "ivan-sokol"} and i.mode == "call" and i.status == "held"


def test_a_persons_participation_in_a_meeting_called_off(nlp):
    facts = run(nlp, "Meier's participation in the meeting with President Petro Bondar has now been called off, "
                     "President Hans Meier said.")
    i = only(facts)
    assert ids(i) == {"hans-meier", "petro-bondar"} and i.status == "cancelled"


def test_leaders_confirming_their_participation_in_a_summit_did_not_meet(nlp):
    facts = run(nlp, "President Louis Martin, Chancellor Karl Huber and Prime Minister Kenji Sato have confirmed "
                     "their participation in the summit.")
    assert facts.interactions == []


def test_the_parts_of_a_summit_told_after_it_join_it(nlp):
    facts = run(nlp, "President Ana Costa held her first summit with President Tom Baker at the White House on "
                     "Monday. The summit opened with talks in the Oval Office, followed by an expanded luncheon "
                     "attended by Foreign Minister Rui Matos and chief of staff Eva Nunes as well as Secretary of "
                     "State Sam Reed.")
    assert ids(only(facts)) == {"ana-costa", "tom-baker", "rui-matos", "eva-nunes", "sam-reed"}


def test_mediators_of_a_meeting_of_some_hours_take_part(nlp):
    facts = run(nlp, "President Ivan Duarte and his counterpart Luis Prado agreed on Monday night in Quito to reopen "
                     "the border, after a meeting of more than four hours mediated by the presidents of Peru, Rosa "
                     "Vidal, and Chile, Diego Herrera.")
    assert ids(only(facts)) == {"ivan-duarte", "luis-prado", "rosa-vidal", "diego-herrera"}


def test_an_expanded_meeting_with_delegations_that_included_ministers(nlp):
    facts = run(nlp, "President Ana Costa received President Tom Baker at the palace on Wednesday. The two leaders "
                     "met alone in the office and later held a wider meeting with the two delegations, "
                     "which included Foreign Minister Rui Matos.")
    assert {frozenset(i.participant_ids) for i in facts.interactions} == {
        frozenset({"ana-costa", "tom-baker"}), frozenset({"ana-costa", "tom-baker", "rui-matos"})}


def test_a_companion_on_the_trip_is_not_at_the_meeting(nlp):
    facts = run(nlp, "Prime Minister Mark Olsen held talks with Prime Minister Arun Mehta in Delhi on Friday. "
                     "Olsen, who arrived in Mumbai on Wednesday, is accompanied by Trade Minister Dan Ross and "
                     "Energy Minister Ian Holt.")
    assert ids(only(facts)) == {"mark-olsen", "arun-mehta"}


def test_a_patronymic_chain_is_not_the_shorter_known_name_inside_it(nlp):
    facts = run(nlp, "Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud held talks with President Li Wei in "
                     "Riyadh on Thursday. The talks were attended by Prince Abdulaziz bin Salman bin Abdulaziz, "
                     "Minister of Energy.")
    assert ids(only(facts)) == {"mohammed-bin-salman", "li-wei", "abdulaziz-bin-salman-bin-abdulaziz"}


def test_a_king_received_a_guest_named_after_the_place_and_today(nlp):
    facts = run(nlp, "Custodian of the Two Holy Mosques and monarch King Salman bin Abdulaziz Al Saud received at "
                     "the palace in Riyadh today President Li Wei of China.", published=date(2022, 12, 8))
    i = only(facts)
    assert ids(i) == {"king-salman", "li-wei"}
    assert str(i.date) == "2022-12-08"
