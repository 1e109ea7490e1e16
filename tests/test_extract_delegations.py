"""Delegation members present at a meeting, named ministerial dialogues, and joint meetings of
three or more named people. Sentences written for the tests."""

from tests.test_extract_support import nlp, only, pairs, run  # noqa: F401


def test_meeting_attended_by_ministers_adds_them(nlp):
    i = only(run(nlp, "Chancellor Olaf Scholz met Prime Minister Giorgia Meloni on Monday in Rome. "
                      "The meeting, held behind closed doors, was attended by Foreign Minister Annalena "
                      "Baerbock and Federal Intelligence Service (BND) head Bruno Kahl."))
    assert set(i.participant_ids) == {"olaf-scholz", "giorgia-meloni", "annalena-baerbock", "bruno-kahl"}


def test_retold_meeting_without_the_delegation_is_the_same_meeting(nlp):
    facts = run(nlp, "Chancellor Olaf Scholz met Prime Minister Giorgia Meloni on Monday in Rome. "
                     "The meeting was attended by Foreign Minister Annalena Baerbock. "
                     "It was the first meeting in person between Scholz and Meloni.")
    i = only(facts)
    assert set(i.participant_ids) == {"olaf-scholz", "giorgia-meloni", "annalena-baerbock"}


def test_delegation_included_ministers(nlp):
    i = only(run(nlp, "President Gustavo Petro and President Luiz Inacio Lula da Silva held talks in Bogota on Friday. "
                      "The talks were held in an expanded format with delegations, a spokesman said. "
                      "The Colombian delegation included Foreign Minister Alvaro Leyva and Defence Minister "
                      "Ivan Velasquez, he said."))
    assert {"alvaro-leyva", "ivan-velasquez"} <= set(i.participant_ids)
    assert len(i.participant_ids) == 4


def test_aides_who_sit_in_on_the_talks_join_the_planned_summit(nlp):
    i = only(run(nlp, "President Gustavo Petro and President Luiz Inacio Lula da Silva will hold their summit "
                      "on Friday in Bogota, officials said. "
                      "Foreign Minister Alvaro Leyva and adviser Laura Sarabia will sit in on the talks, "
                      "the spokesman said."))
    assert set(i.participant_ids) == {"gustavo-petro", "luiz-inacio-lula-da-silva", "alvaro-leyva", "laura-sarabia"}
    assert i.status == "planned"


def test_held_dialogue_with_two_ministers_each_side_is_one_joint_meeting(nlp):
    facts = run(nlp, "Chancellor Olaf Scholz will hold a video call with Prime Minister Fumio Kishida on Monday. "
                     "The call will precede the German-Japanese 2+2 ministerial dialogue, to be held in Tokyo "
                     "on the same day. "
                     "Foreign Minister Annalena Baerbock and Defence Minister Boris Pistorius will hold the "
                     "dialogue with Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara.")
    dialogue = [i for i in facts.interactions if "boris-pistorius" in i.participant_ids]
    assert len(dialogue) == 1
    d = dialogue[0]
    assert set(d.participant_ids) == {"annalena-baerbock", "boris-pistorius", "yoko-kamikawa", "minoru-kihara"}
    assert d.place_id == "tokyo"
    assert d.date == "2023-05-15"


def test_calls_for_dialogue_are_not_a_meeting(nlp):
    facts = run(nlp, "Olaf Scholz called for dialogue between Giorgia Meloni and Pedro Sanchez.")
    assert facts.interactions == []


def test_three_way_meeting_with_a_non_meeting_verb_joins_all_three(nlp):
    facts = run(nlp, "German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni pressed Indian "
                     "Prime Minister Narendra Modi on climate at a three-way meeting in Berlin on Monday.")
    i = only(facts)
    assert set(i.participant_ids) == {"olaf-scholz", "giorgia-meloni", "narendra-modi"}
    assert (i.status, i.place_id) == ("held", "berlin")


def test_past_trilateral_summit_held_with_three_named_leaders(nlp):
    i = only(run(nlp, "The last trilateral summit was held in Lisbon in March 2019, with then Prime Minister "
                      "Antonio Costa, then Chancellor Angela Merkel and then President Francois Hollande."))
    assert set(i.participant_ids) == {"antonio-costa", "angela-merkel", "francois-hollande"}
    assert (i.status, i.date) == ("held", "2019-03")


def test_separate_bilaterals_before_a_trilateral_stay_separate(nlp):
    facts = run(nlp, "Chancellor Olaf Scholz held separate bilateral talks with Prime Minister Giorgia Meloni and "
                     "President Emmanuel Macron in Berlin on Monday, a day before the trilateral summit.")
    assert pairs(facts) == {frozenset({"olaf-scholz", "giorgia-meloni"}),
                            frozenset({"olaf-scholz", "emmanuel-macron"})}


def test_continued_with_one_on_one_talks_is_a_meeting(nlp):
    facts = run(nlp, "Olaf Scholz and Giorgia Meloni met with their delegations in Rome on Monday. "
                     "Scholz and Meloni then continued with one-on-one talks before a dinner.")
    assert frozenset({"olaf-scholz", "giorgia-meloni"}) in pairs(facts)
    assert all(i.status == "held" for i in facts.interactions)


def test_in_his_meeting_with_retells_the_meeting(nlp):
    facts = run(nlp, "Olaf Scholz held talks with Giorgia Meloni in Rome on Monday. "
                     "In his meeting with Meloni, Scholz agreed to continue close consultations.")
    i = only(facts)
    assert (i.status, i.date) == ("held", "2023-05-08")


def test_planned_trilateral_shares_the_place_and_a_separate_bilateral_the_day(nlp):
    facts = run(nlp, "Olaf Scholz will meet with President Joe Biden at the White House on Friday, while a "
                     "trilateral meeting of the heads of government of Germany, the United States and Italy, "
                     "with Prime Minister Giorgia Meloni taking part, is planned the same day. "
                     "Meloni will also hold a separate bilateral meeting with Biden, officials said.")
    tri = [i for i in facts.interactions if len(i.participant_ids) == 3]
    assert len(tri) == 1 and tri[0].place_id == "washington" and tri[0].status == "planned"
    bi = [i for i in facts.interactions if set(i.participant_ids) == {"giorgia-meloni", "joe-biden"}]
    assert len(bi) == 1 and bi[0].date == "2023-05-12" and bi[0].place_id == "washington"


def test_hosted_for_separate_meetings_then_brought_together(nlp):
    facts = run(nlp, "Macron hosted Prime Minister Giorgia Meloni and Chancellor Olaf Scholz for separate "
                     "meetings on Tuesday before bringing them together for a three-way session in the evening, "
                     "French officials said.")
    groups = sorted(sorted(i.participant_ids) for i in facts.interactions)
    assert groups == [["emmanuel-macron", "giorgia-meloni"],
                      ["emmanuel-macron", "giorgia-meloni", "olaf-scholz"],
                      ["emmanuel-macron", "olaf-scholz"]]


def test_met_two_presidents_respectively_gives_two_bilaterals(nlp):
    facts = run(nlp, "Before Spain, the Chilean leader Gabriel Boric visited France and Italy, where he met with "
                     "Presidents Emmanuel Macron and Sergio Mattarella, respectively.")
    assert pairs(facts) == {frozenset({"gabriel-boric", "emmanuel-macron"}),
                            frozenset({"gabriel-boric", "sergio-mattarella"})}


def test_received_at_the_airport_on_arrival_is_no_meeting(nlp):
    facts = run(nlp, "Olaf Scholz arrived at Fiumicino Airport in Rome last night and was received by Foreign "
                     "Minister Antonio Tajani. Scholz held talks with Giorgia Meloni on Wednesday.")
    assert pairs(facts) == {frozenset({"olaf-scholz", "giorgia-meloni"})}


def test_present_at_an_organisations_meeting_without_interaction_joins_nothing(nlp):
    facts = run(nlp, "Olaf Scholz held talks with Giorgia Meloni in Rome on Monday. "
                     "Prime Minister Pedro Sanchez was also present at the NATO meeting, but there was no "
                     "interaction between him and Scholz, officials said.")
    assert pairs(facts) == {frozenset({"olaf-scholz", "giorgia-meloni"})}


def test_no_plans_to_meet_ruling_out_a_summit_is_cancelled(nlp):
    i = only(run(nlp, "A spokesman said Chancellor Olaf Scholz had no plans to meet President Xi Jinping, "
                      "ruling out for now a summit that Prime Minister Pedro Sanchez had proposed."))
    assert set(i.participant_ids) == {"olaf-scholz", "xi-jinping"}
    assert i.status == "cancelled"


def test_received_an_invitation_is_no_meeting(nlp):
    facts = run(nlp, "President Gustavo Petro has received an invitation from President Luiz Inacio Lula da Silva "
                     "to visit Brasilia, an official said.")
    assert facts.interactions == []


def test_talks_between_two_hosted_by_a_third_are_one_joint_meeting(nlp):
    i = only(run(nlp, "The deal was reached in Doha on March 3 after talks between Olaf Scholz, the German "
                      "chancellor, and Italian prime minister Giorgia Meloni, hosted by Spanish leader Pedro Sanchez."))
    assert set(i.participant_ids) == {"olaf-scholz", "giorgia-meloni", "pedro-sanchez"}


def test_session_joined_by_ministers_is_the_planned_summit_just_told(nlp):
    i = only(run(nlp, "Chancellor Olaf Scholz and President Xi Jinping will meet Wednesday at a villa in Geneva. "
                      "The talks at the villa will open with a smaller session joined by Foreign Minister "
                      "Annalena Baerbock and Foreign Minister Wang Yi, an official said."))
    assert set(i.participant_ids) == {"olaf-scholz", "xi-jinping", "annalena-baerbock", "wang-yi"}
    assert (i.status, i.date) == ("planned", "2023-05-10")


def test_first_meeting_as_chancellor_with_a_named_leader(nlp):
    i = only(run(nlp, "On Monday, on the sidelines of the EU summit in Brussels, Scholz held his first meeting "
                      "as chancellor with Spanish Prime Minister Pedro Sanchez."))
    assert set(i.participant_ids) == {"olaf-scholz", "pedro-sanchez"}


def test_meetings_between_one_leader_and_two_former_presidents_pair_him_with_each(nlp):
    facts = run(nlp, "It will be the first summit in a decade, following meetings between the late Cuban leader "
                     "Fidel Castro and former Presidents Jimmy Carter and Barack Obama in Havana in 2002 and 2016.")
    assert pairs(facts) == {frozenset({"fidel-castro", "jimmy-carter"}), frozenset({"fidel-castro", "barack-obama"})}


def test_honorifics_between_title_and_name_keep_the_title_for_counterparts(nlp):
    facts = run(nlp, "Prime Minister Anwar Ibrahim held a meeting with Thai Prime Minister Srettha Thavisin in "
                     "Bangkok today. Foreign Minister Datuk Seri Dr Mohamad Hasan also held a meeting with his "
                     "Thai counterpart on the sidelines of the visit.")
    assert pairs(facts) == {frozenset({"anwar-ibrahim", "srettha-thavisin"})}


def test_welcomed_with_an_embrace_on_arrival_is_a_greeting(nlp):
    facts = run(nlp, "Chancellor Olaf Scholz has welcomed Prime Minister Giorgia Meloni with an embrace as she "
                     "arrived in the old city of Aachen for a European summit.")
    assert facts.interactions == []


def test_travel_for_consultations_with_a_named_leader_is_a_planned_meeting(nlp):
    i = only(run(nlp, "Wang Yi told reporters he would fly to Moscow on Monday for consultations with "
                      "President Vladimir Putin of Russia."))
    assert set(i.participant_ids) == {"wang-yi", "vladimir-putin"}
    assert (i.status, i.date, i.place_id) == ("planned", "2023-05-15", "moscow")


def test_agreeing_to_regular_consultations_is_no_meeting(nlp):
    facts = run(nlp, "Olaf Scholz said he and Pedro Sanchez had agreed to hold regular consultations with "
                     "Giorgia Meloni at the level of heads of government.")
    assert facts.interactions == []


def test_a_surname_tagged_as_an_organisation_is_still_the_person(nlp):
    facts = run(nlp, "Cuba's President Miguel Díaz-Canel held formal talks today with his Brazilian counterpart "
                     "Luiz Inacio Lula da Silva in Brasilia. Díaz-Canel, who is also First Secretary of the "
                     "Communist Party of Cuba, arrived in Brasilia on Thursday from Caracas, where earlier this "
                     "week he held talks with President Nicolas Maduro.")
    assert pairs(facts) == {frozenset({"miguel-diaz-canel", "luiz-inacio-lula-da-silva"}),
                            frozenset({"miguel-diaz-canel", "nicolas-maduro"})}


def test_place_of_mediated_talks_carries_to_the_meetings_told_next(nlp):
    facts = run(nlp, "Serbia and Kosovo have agreed to work towards a deal, after talks mediated by French "
                     "President Emmanuel Macron in Paris. Macron hosted Serbian President Aleksandar Vucic "
                     "and Kosovo Prime Minister Albin Kurti for separate meetings on Tuesday.")
    assert pairs(facts) == {frozenset({"emmanuel-macron", "aleksandar-vucic"}),
                            frozenset({"emmanuel-macron", "albin-kurti"})}
    assert all(i.place_id == "paris" for i in facts.interactions)


def test_delegation_named_in_the_next_sentence_is_in_both_meetings(nlp):
    facts = run(nlp, "A delegation from the African Union met Sudan's army chief General Abdel Fattah al-Burhan "
                     "in Port Sudan on Saturday. The delegation, led by former Kenyan president Uhuru Kenyatta "
                     "and including former Nigerian president Olusegun Obasanjo, also met opposition leader "
                     "Mohamed Hamdan Dagalo.")
    groups = sorted(sorted(i.participant_ids) for i in facts.interactions)
    assert len(groups) == 2
    assert all({"uhuru-kenyatta", "olusegun-obasanjo"} <= set(g) for g in groups)
    assert all(i.date == "2023-05-06" for i in facts.interactions)


def test_transliterated_surname_is_the_same_person(nlp):
    facts = run(nlp, "Chancellor Olaf Scholz met Norwegian Prime Minister Jonas Gahr Støre in Oslo on Monday. "
                     "On Tuesday, Scholz held talks with Stoere again in Bergen.")
    assert pairs(facts) == {frozenset({"olaf-scholz", "jonas-gahr-støre"})}


def test_the_two_leaders_are_those_the_sentence_names(nlp):
    facts = run(nlp, "Olaf Scholz held talks with Giorgia Meloni in Rome on Monday. "
                     "Scholz had hoped to present his plan to President Joe Biden at a meeting in Berlin, but the "
                     "session, where the two leaders were scheduled to meet, was postponed a fortnight ago.")
    assert frozenset({"olaf-scholz", "joe-biden"}) in pairs(facts)
    assert frozenset({"olaf-scholz", "giorgia-meloni"}) in pairs(facts)
    assert len(pairs(facts)) == 2


def test_spent_the_day_with_someone_holding_talks_is_a_meeting(nlp):
    i = only(run(nlp, "Scholz spent Friday with Spanish Prime Minister Pedro Sanchez, holding talks at the "
                      "Moncloa Palace in Madrid, a day after an interview with a newspaper."))
    assert set(i.participant_ids) == {"olaf-scholz", "pedro-sanchez"}
    assert (i.status, i.date) == ("held", "2023-05-05")


def test_discussing_with_someone_over_lunch_is_a_meeting(nlp):
    i = only(run(nlp, "Ahead of the trip, Sanchez discussed migration policy with Italian Prime Minister Giorgia "
                      "Meloni over lunch in Rome on May 2."))
    assert set(i.participant_ids) == {"pedro-sanchez", "giorgia-meloni"}
    assert (i.status, i.date, i.place_id) == ("held", "2023-05-02", "rome")


def test_a_next_meeting_joined_by_others_keeps_the_tense_of_its_own_verb(nlp):
    facts = run(nlp, "Prime Minister Kaja Kallas held talks with Finnish President Sauli Niinisto in Tallinn on "
                     "Monday.\n\nTheir next meeting, joined by Latvian President Egils Levits, is scheduled to "
                     "take place in Riga on June 12.")
    joined = [i for i in facts.interactions if "egils-levits" in i.participant_ids]
    assert joined and all(i.status == "planned" and i.date == "2023-06-12" for i in joined), joined
