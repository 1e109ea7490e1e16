"""Who met whom, in which mode and with which status: relative clauses, lists, groups, calls,
postponements. One test per phenomenon, on sentences written for the tests."""

from datetime import date

from tests.test_extract_support import nlp, only, pairs, run

SCHOLZ_MELONI = frozenset({"olaf-scholz", "giorgia-meloni"})


# ------------------------------------------------------------------ relative clauses


def test_meeting_inside_a_relative_clause(nlp):
    i = only(run(nlp, "Chancellor Olaf Scholz, who held talks with Giorgia Meloni in Rome on Monday, "
                      "flew home on Tuesday."))
    assert set(i.participant_ids) == SCHOLZ_MELONI
    assert (i.mode, i.status, i.date) == ("in_person", "held", "2023-05-08")


def test_call_inside_a_relative_clause_on_a_passive_agent(nlp):
    i = only(run(nlp, "The plan had been floated by Olaf Scholz, who spoke with Emmanuel Macron by phone on "
                      "Sunday."))
    assert set(i.participant_ids) == {"olaf-scholz", "emmanuel-macron"}
    assert (i.mode, i.status) == ("call", "held")


def test_relative_clause_on_a_pair_of_names(nlp):
    i = only(run(nlp, "The deal was reached by Olaf Scholz and Giorgia Meloni, who held more than two hours of "
                      "talks on Thursday evening."))
    assert set(i.participant_ids) == SCHOLZ_MELONI
    assert i.status == "held"


def test_host_of_the_meeting_in_a_which_clause_joins_it(nlp):
    i = only(run(nlp, "Pedro Sanchez said after the meeting with Olaf Scholz, which was hosted by Giorgia Meloni, "
                      "that no agreement was reached."))
    assert set(i.participant_ids) == {"pedro-sanchez", "olaf-scholz", "giorgia-meloni"}


def test_talks_hosted_by_a_third_leader_are_one_meeting(nlp):
    i = only(run(nlp, "The talks between Pedro Sanchez and Olaf Scholz were hosted by Giorgia Meloni in Rome."))
    assert set(i.participant_ids) == {"pedro-sanchez", "olaf-scholz", "giorgia-meloni"}


def test_hosting_a_gathering_is_not_a_meeting(nlp):
    facts = run(nlp, "Olaf Scholz and Giorgia Meloni held talks in Moscow on Thursday. "
                     "The conclave of foreign ministers was hosted by Foreign Minister Sergey Lavrov.")
    assert pairs(facts) == {SCHOLZ_MELONI}


# ------------------------------------------------------------------ calls


def test_called_someone_on_a_weekday_is_a_phone_call(nlp):
    i = only(run(nlp, "Pedro Sanchez called President Emmanuel Macron of France on Tuesday to congratulate him."))
    assert (i.mode, i.date) == ("call", "2023-05-09")


def test_called_on_someone_is_a_visit(nlp):
    i = only(run(nlp, "Foreign Minister Annalena Baerbock called on Giorgia Meloni in Rome on Tuesday."))
    assert i.mode == "in_person"


def test_spoke_by_phone_with(nlp):
    i = only(run(nlp, "Tamar Okonkwo-Reyes, the Ghanaian foreign minister, spoke by phone with Ilse Vandermeer, "
                      "the Dutch foreign minister, on Monday about trade."))
    assert len(i.participant_ids) == 2
    assert (i.mode, i.status, i.date) == ("call", "held", "2023-05-08")


def test_a_call_that_took_place_between_two_leaders(nlp):
    i = only(run(nlp, "A telephone conversation took place on Friday between Olaf Scholz and Emmanuel Macron, "
                      "the chancellery reported."))
    assert set(i.participant_ids) == {"olaf-scholz", "emmanuel-macron"}
    assert (i.mode, i.status) == ("call", "held")


def test_a_conversation_later_called_the_call(nlp):
    i = only(run(nlp, "Olaf Scholz said on Monday he had held a long conversation with Emmanuel Macron. "
                      "The call came a week after the summit in Brussels."))
    assert (i.mode, i.place_id) == ("call", None)


def test_agreeing_to_keep_talking_is_no_call(nlp):
    i = only(run(nlp, "Olaf Scholz and Emmanuel Macron last met in Paris in January, when they agreed to keep "
                      "talking despite their differences."))
    assert (i.mode, i.status) == ("in_person", "held")


# ------------------------------------------------------------------ lists of names


def test_pronoun_heading_a_list_of_names(nlp):
    i = only(run(nlp, "Olaf Scholz said on Monday he, President Emmanuel Macron and Prime Minister Giorgia Meloni "
                      "would meet in Rome next week."))
    assert set(i.participant_ids) == {"olaf-scholz", "emmanuel-macron", "giorgia-meloni"}
    assert i.status == "planned"


def test_name_of_country_and_name_listed_together(nlp):
    i = only(run(nlp, "President Haruto Benedetti of Italy and France's President Emmanuel Macron are expected to "
                      "hold a phone call on Friday."))
    assert len(i.participant_ids) == 2 and "emmanuel-macron" in i.participant_ids
    assert (i.mode, i.status) == ("call", "planned")


def test_separate_talks_with_two_titled_names(nlp):
    facts = run(nlp, "On Thursday, Emmanuel Macron also held separate talks with Pakistani Prime Minister "
                     "Shehbaz Sharif and Iranian President Ebrahim Raisi.")
    assert pairs(facts) == {frozenset({"emmanuel-macron", "ebrahim-raisi"}),
                            frozenset({"emmanuel-macron", "shehbaz-sharif"})}


def test_names_split_by_a_reduced_relative_clause(nlp):
    i = only(run(nlp, "A video conference between Olaf Scholz and Foreign Minister Ilse Vandermeer planned for "
                      "June was scrapped at the last minute."))
    assert len(i.participant_ids) == 2 and "olaf-scholz" in i.participant_ids
    assert (i.mode, i.status) == ("virtual", "cancelled")


# ------------------------------------------------------------------ groups


def test_the_two_alone_is_the_pair_just_named(nlp):
    facts = run(nlp, "Olaf Scholz and Emmanuel Macron last met in November last year in Paris. "
                     "Before then, the two had held a virtual summit in March.")
    modes = sorted((i.mode, i.date) for i in facts.interactions)
    assert modes == [("in_person", "2022-11"), ("virtual", "2023-03")]


def test_the_two_heads_of_state(nlp):
    facts = run(nlp, "Olaf Scholz held a video meeting with Emmanuel Macron on Monday. "
                     "The two heads of state agreed to hold talks in Paris in June.")
    planned = [i for i in facts.interactions if i.status == "planned"]
    assert len(planned) == 1 and set(planned[0].participant_ids) == {"olaf-scholz", "emmanuel-macron"}
    assert planned[0].mode == "in_person"


def test_the_two_prime_ministers_with_one_untitled(nlp):
    facts = run(nlp, "Prime Minister Giorgia Meloni met Dragan Voskresensky at his home on Monday. "
                     "The two prime ministers had a brief conversation at the summit in Paris last month.")
    dates = sorted(i.date for i in facts.interactions)
    assert dates == ["2023-04", "2023-05-08"]
    assert all(len(i.participant_ids) == 2 for i in facts.interactions)


def test_the_leaders_talks_told_again_add_no_meeting(nlp):
    facts = run(nlp, "Olaf Scholz is due to meet Emmanuel Macron later on Friday. "
                     "An aide told reporters the leaders' talks had been substantive.")
    i = only(facts)
    assert i.status == "planned"


# ------------------------------------------------------------------ visits and trips


def test_talks_during_a_visit_of_someone_else_in_the_sentence(nlp):
    facts = run(nlp, "The tour follows Olaf Scholz's stop in Paris last Friday, where he held talks with "
                     "Emmanuel Macron, and a visit to Rome last Tuesday for talks with Giorgia Meloni.")
    assert pairs(facts) == {frozenset({"olaf-scholz", "emmanuel-macron"}), SCHOLZ_MELONI}


def test_been_somewhere_for_talks(nlp):
    i = only(run(nlp, "Olaf Scholz had been in Paris on Monday for talks with Emmanuel Macron, and left France "
                      "without disclosing his next destination."))
    assert (i.status, i.date) == ("held", "2023-05-08")


def test_signed_by_an_agent_after_talks_with_a_counterpart_named_later(nlp):
    facts = run(nlp, "The accord was signed by Prime Minister Giorgia Meloni after talks with her Spanish "
                     "counterpart in Rome. Spanish Prime Minister Pedro Sanchez called the accord historic.")
    i = only(facts)
    assert set(i.participant_ids) == {"giorgia-meloni", "pedro-sanchez"}


# ------------------------------------------------------------------ status


def test_be_to_meet_is_planned(nlp):
    i = only(run(nlp, "Olaf Scholz is to meet Giorgia Meloni in Rome next week."))
    assert i.status == "planned"


def test_plans_to_meet(nlp):
    i = only(run(nlp, "Olaf Scholz has plans to meet Giorgia Meloni next week."))
    assert (set(i.participant_ids), i.status) == (SCHOLZ_MELONI, "planned")


def test_no_plans_to_meet_is_no_interaction(nlp):
    facts = run(nlp, "Officials said there were no plans for Olaf Scholz to meet Giorgia Meloni during the visit.")
    assert facts.interactions == []


def test_left_without_meeting_is_no_interaction(nlp):
    facts = run(nlp, "Olaf Scholz left Rome on Monday without meeting Giorgia Meloni.")
    assert facts.interactions == []


def test_meeting_inside_a_postponed_visit_is_cancelled(nlp):
    i = only(run(nlp, "The visit of Chancellor Olaf Scholz to Italy, during which he was to hold talks with "
                      "Giorgia Meloni in Rome, has been postponed because of the strikes."))
    assert (set(i.participant_ids), i.status) == (SCHOLZ_MELONI, "cancelled")


def test_stop_to_meet_someone_that_had_been_due_is_cancelled(nlp):
    i = only(run(nlp, "Olaf Scholz had also been due to stop in Rome next Monday to meet Giorgia Meloni."))
    assert i.status == "cancelled"


def test_travel_to_meet_someone_is_planned(nlp):
    i = only(run(nlp, "Emmanuel Macron will travel to Rome to meet Giorgia Meloni next week."))
    assert i.status == "planned"


def test_summit_off_the_table_is_cancelled(nlp):
    i = only(run(nlp, "The White House signalled that a summit between Joe Biden and Vladimir Putin, which it had "
                      "accepted in principle, was now off the table."))
    assert (set(i.participant_ids), i.status) == ({"joe-biden", "vladimir-putin"}, "cancelled")


def test_looking_forward_to_a_dated_meeting_is_planned(nlp):
    i = only(run(nlp, "Olaf Scholz said he looked forward to meeting Emmanuel Macron in Paris in June.",
                 published=date(2023, 5, 10)))
    assert (i.status, i.date) == ("planned", "2023-06")


def test_no_longer_meet_is_cancelled(nlp):
    i = only(run(nlp, "Olaf Scholz will no longer meet Giorgia Meloni in Rome next week, a spokesman said."))
    assert i.status == "cancelled"


def test_postponed_to_a_new_date_is_planned(nlp):
    i = only(run(nlp, "The meeting between Olaf Scholz and Giorgia Meloni was postponed to next month."))
    assert (i.status, i.date) == ("planned", "2023-06")


def test_deferred_summit_is_cancelled(nlp):
    i = only(run(nlp, "The summit between Olaf Scholz and Giorgia Meloni has been deferred."))
    assert i.status == "cancelled"


def test_calling_someone_names_is_no_call(nlp):
    facts = run(nlp, "Olaf Scholz met Giorgia Meloni on Monday. Viktor Orban called Scholz a \"coward\" and "
                     "Pedro Sanchez called the accord historic.")
    assert pairs(facts) == {SCHOLZ_MELONI}


def test_called_a_name_the_parser_glues_to_the_weekday(nlp):
    i = only(run(nlp, "Andreas Kellermann, the German chancellor, called Venezuelan President Marcelo Cabrero "
                      "Sunday to congratulate him on his election victory."))
    assert len(i.participant_ids) == 2 and i.mode == "call"


def test_envoy_posted_to_a_country(nlp):
    i = only(run(nlp, "Russian Ambassador to South Korea Boris Lebedinsky met Foreign Minister Park Jin on Monday."))
    assert len(i.participant_ids) == 2


def test_regnal_name_is_a_person(nlp):
    facts = run(nlp, "James Langford met President John Adewale in Abuja in March. Langford spoke by phone with "
                     "King Sultan V of Brunei on Monday about trade.")
    calls = [i for i in facts.interactions if i.mode == "call"]
    assert len(calls) == 1 and len(calls[0].participant_ids) == 2
    assert not any("adewale" in p for p in calls[0].participant_ids)


def test_delegation_members_with_portfolio_titles_are_present(nlp):
    i = only(run(nlp, "Olaf Scholz held talks with Giorgia Meloni in Rome on Monday, with Trade Minister Adolfo "
                      "Urso and Defence Minister Guido Crosetto also present."))
    assert len(i.participant_ids) == 4


def test_leaders_who_opened_their_summit_met(nlp):
    facts = run(nlp, "Donald Trump met Kim Jong Un in Hanoi on Thursday. "
                     "The leaders had opened the summit on Wednesday evening over a dinner at their hotel.")
    assert sorted(i.date for i in facts.interactions) == ["2023-05-04", "2023-05-10"]


def test_pronoun_after_a_description_subject(nlp):
    facts = run(nlp, "Emmanuel Macron hosted Vladimir Putin on Monday. Macron received Volodymyr Zelensky in June. "
                     "The Kremlin leader had last visited France in May 2017, when President Macron received him in Versailles.")
    old = [i for i in facts.interactions if i.date == "2017-05"]
    assert len(old) == 1 and set(old[0].participant_ids) == {"emmanuel-macron", "vladimir-putin"}


def test_dateline_is_no_subject(nlp):
    i = only(run(nlp, "PALIKIR, May 9 (Wire) - Speaking after a meeting with Micronesian President Litia Kobua in "
                      "Palikir on Tuesday, Chinese Premier Liang Chunhua said the two sides agreed to cooperate."))
    assert len(i.participant_ids) == 2 and i.date == "2023-05-09"


def test_joining_for_a_meeting_of_their_own_keeps_the_first_talks(nlp):
    facts = run(nlp, "In Beijing on Thursday, Xi Jinping held formal talks with Emmanuel Macron before European "
                     "Council President Charles Michel joined them for a three-way meeting.")
    assert sorted(len(i.participant_ids) for i in facts.interactions) == [2, 3]


def test_travel_for_talks_with_a_misparsed_destination(nlp):
    i = only(run(nlp, "Trade Minister Le Van Thanh will travel to Belmopan, Belize next month for talks with "
                      "Belize's Defence Minister Roosevelt Charleston."))
    assert (len(i.participant_ids), i.status) == (2, "planned")


def test_conditional_call_is_no_interaction(nlp):
    facts = run(nlp, "Recep Tayyip Erdogan said he would call Vladimir Putin if needed.")
    assert facts.interactions == []


def test_hosting_a_summit_and_attending_are_no_meetings(nlp):
    facts = run(nlp, "Joe Biden and Xi Jinping attended the G20 summit in Rome. Both leaders addressed the opening "
                     "session. Emmanuel Macron, who hosted the G7 summit last year, said the bloc must act.")
    assert facts.interactions == []


def test_the_two_leaders_meeting_again_is_a_new_plan(nlp):
    facts = run(nlp, "Joe Biden hosted Xi Jinping in Washington on Monday. The two leaders will meet again.")
    assert sorted(i.status for i in facts.interactions) == ["held", "planned"]


def test_their_meeting_named_in_passing_is_the_meeting_just_read(nlp):
    facts = run(nlp, "Olaf Scholz held talks with Giorgia Meloni in Rome on Monday. "
                     "During their meeting at the palace, Scholz invited Meloni to a conference in Berlin in July.")
    i = only(facts)
    assert (i.date, i.status) == ("2023-05-08", "held")


def test_cancelled_talks_read_as_an_adjective(nlp):
    i = only(run(nlp, "Foreign Minister Park Jin cancelled talks with Lithuanian President Gitanas Nauseda that "
                      "had been due to take place in Seoul on May 16, citing domestic pressures."))
    assert i.status == "cancelled"


def test_title_split_from_its_name_is_not_a_description(nlp):
    facts = run(nlp, "Ana Jurkovic has invited South Korean Foreign Minister Park Jin to visit Croatia. "
                     "Jurkovic and Foreign Minister Godfrey Otieno spoke, their first conversation since the "
                     "election.")
    i = only(facts)
    assert len(i.participant_ids) == 2 and not any("park" in p for p in i.participant_ids)
    assert i.mode == "call"


def test_full_name_found_late_joins_the_surname(nlp):
    facts = run(nlp, "Prime Minister Saleh will host President Tomas Vidaurre on Friday. "
                     "Later, Ayman Saleh met Prime Minister Jonas Hegarty on Tuesday. "
                     "Saleh's meeting with Hegarty was closely watched in the region.")
    assert len([i for i in facts.interactions if "hegarty" in " ".join(i.participant_ids)]) == 1


def test_planned_but_scrapped_is_cancelled(nlp):
    i = only(run(nlp, "A meeting between Olaf Scholz and Giorgia Meloni was planned for Friday but was cancelled."))
    assert i.status == "cancelled"


def test_meeting_then_cancelling_something_else_stays_held(nlp):
    i = only(run(nlp, "Olaf Scholz met Giorgia Meloni on Monday and cancelled a trip to Paris."))
    assert i.status == "held"
