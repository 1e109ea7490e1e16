"""One test per phenomenon of meeting detection, on sentences written for the tests."""

from datetime import date

from tests.test_extract_support import nlp, only, pairs, run

PUB = date(2023, 5, 10)  # a Wednesday


def test_past_meeting_is_held(nlp):
    i = only(run(nlp, "Indian Prime Minister Narendra Modi met French President Emmanuel Macron in Paris on Monday."))
    assert set(i.participant_ids) == {"narendra-modi", "emmanuel-macron"}
    assert (i.mode, i.status, i.date, i.place_id) == ("in_person", "held", "2023-05-08", "paris")


def test_future_meeting_is_planned(nlp):
    i = only(run(nlp, "Olaf Scholz will meet Giorgia Meloni in Rome next Tuesday."))
    assert (i.status, i.date, i.place_id) == ("planned", "2023-05-16", "rome")


def test_expected_to_hold_talks_is_planned(nlp):
    i = only(run(nlp, "Fumio Kishida and Anthony Albanese are expected to hold talks in Tokyo on Friday."))
    assert (i.status, i.date) == ("planned", "2023-05-12")


def test_will_not_meet_is_cancelled(nlp):
    i = only(run(nlp, "Joe Biden will not meet Xi Jinping during the trip, officials said."))
    assert i.status == "cancelled"


def test_called_off_is_cancelled(nlp):
    i = only(run(nlp, "Pedro Sanchez called off his planned meeting with Viktor Orban."))
    assert set(i.participant_ids) == {"pedro-sanchez", "viktor-orban"}
    assert i.status == "cancelled"


def test_postponed_talks_are_cancelled(nlp):
    i = only(run(nlp, "Talks between Justin Trudeau and Narendra Modi were postponed."))
    assert i.status == "cancelled"


def test_phone_call_mode(nlp):
    i = only(run(nlp, "Emmanuel Macron held a phone conversation with Volodymyr Zelensky on Tuesday."))
    assert (i.mode, i.status, i.date) == ("call", "held", "2023-05-09")


def test_spoke_to_is_a_call(nlp):
    i = only(run(nlp, "Recep Tayyip Erdogan spoke to Vladimir Putin yesterday."))
    assert (i.mode, i.date) == ("call", "2023-05-09")


def test_video_call_mode(nlp):
    i = only(run(nlp, "Rishi Sunak and Joe Biden held a video call on Monday."))
    assert i.mode == "virtual"


def test_speculation_is_not_an_interaction(nlp):
    facts = run(nlp, "Analysts say Emmanuel Macron could meet Xi Jinping at the summit. "
                     "There is speculation about a possible meeting between Olaf Scholz and Joe Biden.")
    assert facts.interactions == []


def test_invitation_is_not_an_interaction(nlp):
    facts = run(nlp, "Cyril Ramaphosa invited Narendra Modi to visit Pretoria.")
    assert facts.interactions == []


def test_attending_the_same_summit_is_not_a_meeting(nlp):
    facts = run(nlp, "Joe Biden, Olaf Scholz and Rishi Sunak attended the G7 summit in Hiroshima on Friday.")
    assert facts.interactions == []


def test_quoted_speaker_is_not_a_participant(nlp):
    facts = run(nlp, "Vladimir Putin will meet Xi Jinping next week, Kremlin spokesman Dmitry Peskov said.")
    i = only(facts)
    assert set(i.participant_ids) == {"vladimir-putin", "xi-jinping"}


def test_meeting_inside_a_quote_is_not_reported_fact(nlp):
    facts = run(nlp, '"We will meet our friends soon," Sergei Lavrov told reporters.')
    assert facts.interactions == []


def test_list_of_separate_bilaterals_gives_one_pair_each(nlp):
    facts = run(nlp, "On Thursday, Joe Biden held talks with Fumio Kishida, Anthony Albanese and Olaf Scholz.")
    assert pairs(facts) == {frozenset({"joe-biden", "fumio-kishida"}), frozenset({"joe-biden", "anthony-albanese"}),
                            frozenset({"joe-biden", "olaf-scholz"})}


def test_trilateral_meeting_lists_everyone(nlp):
    facts = run(nlp, "Joe Biden, Fumio Kishida and Yoon Suk Yeol held a trilateral meeting at Camp David.")
    i = only(facts)
    assert set(i.participant_ids) == {"joe-biden", "fumio-kishida", "yoon-suk-yeol"}
    assert i.place_id == "camp-david"


def test_same_meeting_mentioned_twice_is_one(nlp):
    facts = run(nlp, "Antony Blinken met Wang Yi in Beijing on Sunday. "
                     "The meeting between Blinken and Wang lasted three hours.")
    i = only(facts)
    assert (i.status, i.date, i.place_id) == ("held", "2023-05-07", "beijing")


def test_earlier_and_later_meetings_stay_apart(nlp):
    facts = run(nlp, "Narendra Modi will meet Joe Biden on Friday. "
                     "The two leaders last met in March in New Delhi.")
    statuses = sorted((i.status, i.date) for i in facts.interactions)
    assert statuses == [("held", "2023-03"), ("planned", "2023-05-12")]


def test_the_two_leaders_resolve_to_the_pair(nlp):
    facts = run(nlp, "Emmanuel Macron hosted Olaf Scholz at the Elysee Palace on Monday. "
                     "The two leaders shook hands before their talks.")
    i = only(facts)
    assert i.place_id == "paris"


def test_unnamed_counterpart_drops_the_interaction(nlp):
    facts = run(nlp, "Antony Blinken will meet his Indian counterpart on Thursday.")
    assert facts.interactions == []


def test_named_counterpart_is_kept(nlp):
    i = only(run(nlp, "Antony Blinken met his Chinese counterpart Qin Gang in Washington."))
    assert set(i.participant_ids) == {"antony-blinken", "qin-gang"}
    assert i.place_id == "washington"


def test_title_description_resolves_through_the_article(nlp):
    facts = run(nlp, "Turkish President Recep Tayyip Erdogan arrived in Sochi. "
                     "On Monday Vladimir Putin met the Turkish president at his residence.")
    i = only(facts)
    assert set(i.participant_ids) == {"vladimir-putin", "recep-tayyip-erdogan"}


def test_seat_of_power_metonym_description(nlp):
    facts = run(nlp, "Narendra Modi will meet the Kremlin leader in Moscow on Monday.", published=date(2024, 7, 3))
    i = only(facts)
    assert set(i.participant_ids) == {"narendra-modi", "vladimir-putin"}


def test_pronoun_object_is_resolved(nlp):
    i = only(run(nlp, "Last week, Xi Jinping received Anthony Albanese when the Australian leader visited him in Beijing."))
    assert set(i.participant_ids) == {"xi-jinping", "anthony-albanese"}


def test_white_house_gives_washington(nlp):
    i = only(run(nlp, "Joe Biden hosted Olaf Scholz at the White House on Friday."))
    assert i.place_id == "washington"


def test_palace_gives_its_city(nlp):
    i = only(run(nlp, "King Charles III received Emmanuel Macron at Buckingham Palace on Tuesday."))
    assert i.place_id == "london"


def test_country_alone_is_no_place(nlp):
    i = only(run(nlp, "Olaf Scholz met Fumio Kishida in Japan on Tuesday."))
    assert i.place_id is None


def test_no_publication_date_gives_no_date(nlp):
    i = only(run(nlp, "Joe Biden met Olaf Scholz on Thursday.", published=None))
    assert i.date is None


def test_multiple_dates_give_separate_calls(nlp):
    facts = run(nlp, "Narendra Modi had spoken to Volodymyr Zelensky on April 3 and then on April 20.")
    assert sorted(i.date for i in facts.interactions) == ["2023-04-03", "2023-04-20"]


def test_called_on_is_a_meeting(nlp):
    i = only(run(nlp, "On Tuesday, Ajit Doval called on Vladimir Putin in Moscow."))
    assert (i.mode, i.status, i.place_id) == ("in_person", "held", "moscow")


def test_cancelled_trip_cancels_its_meetings(nlp):
    facts = run(nlp, "The White House has postponed Antony Blinken's planned trip to India next week. "
                     "Blinken was expected to meet Narendra Modi during the trip.")
    i = only(facts)
    assert i.status == "cancelled"


def test_evidence_offsets_point_into_the_text(nlp):
    text = "Some context first.\n\nJoe Biden met Olaf Scholz in Berlin on Monday."
    i = only(run(nlp, text))
    assert text[i.evidence.start:i.evidence.end] == i.evidence.sentence
    assert 0.0 <= i.confidence <= 1.0


def test_family_name_first(nlp):
    i = only(run(nlp, "Xi will host Vladimir Putin in Beijing next month."))
    assert set(i.participant_ids) == {"xi-jinping", "vladimir-putin"}
    assert (i.status, i.date, i.place_id) == ("planned", "2023-06", "beijing")


def test_travel_for_talks_with(nlp):
    i = only(run(nlp, "Antony Blinken arrived in Beijing on Sunday for talks with Qin Gang."))
    assert set(i.participant_ids) == {"antony-blinken", "qin-gang"}
    assert (i.status, i.date, i.place_id) == ("held", "2023-05-07", "beijing")


def test_hope_to_meet_is_not_an_interaction(nlp):
    assert run(nlp, "Donald Trump said he hoped to meet Kim Jong-un.").interactions == []


def test_mode_of_a_nested_clause_does_not_leak(nlp):
    facts = run(nlp, "Olaf Scholz hosted Emmanuel Macron in Berlin on Friday, a day after Macron spoke with Joe Biden by phone.")
    modes = {frozenset(i.participant_ids): i.mode for i in facts.interactions}
    assert modes[frozenset({"olaf-scholz", "emmanuel-macron"})] == "in_person"
    assert modes[frozenset({"emmanuel-macron", "joe-biden"})] == "call"


def test_where_clause_gives_the_place(nlp):
    i = only(run(nlp, "Anthony Albanese will travel to Beijing next month, where he will meet Xi Jinping."))
    assert i.place_id == "beijing"


def test_dinner_together(nlp):
    i = only(run(nlp, "Emmanuel Macron and Olaf Scholz had dinner together in Paris on Tuesday."))
    assert (i.status, i.place_id) == ("held", "paris")


def test_sat_down_with(nlp):
    i = only(run(nlp, "On Friday, Kenyan President Wanjiru Kamau sat down with Tanzanian President Amani Mushi "
                      "in Arusha for talks that lasted more than two hours."))
    assert (i.mode, i.status, i.date) == ("in_person", "held", "2023-05-05")


def test_joined_by_video_link(nlp):
    i = only(run(nlp, "Ghanaian President Kofi Mensah joined Finnish President Aino Virtanen by video link on "
                      "Monday for talks on trade."))
    assert (i.mode, i.status) == ("virtual", "held")


def test_in_a_phone_call_x_told_y(nlp):
    i = only(run(nlp, "In a phone call on Monday, Kenyan President Wanjiru Kamau told Amani Mushi, the Tanzanian "
                      "president, that the two sides should keep in close touch."))
    assert (i.mode, i.status, i.date) == ("call", "held", "2023-05-08")
    assert len(i.participant_ids) == 2


def test_in_a_video_conference_a_and_b_discussed(nlp):
    i = only(run(nlp, "In a video conference Sunday, Kenyan President Wanjiru Kamau and Tanzanian President "
                      "Amani Mushi discussed trade."))
    assert (i.mode, i.status) == ("virtual", "held")


def test_speaking_after_a_meeting_with(nlp):
    i = only(run(nlp, "Speaking after a meeting with Tanzanian President Amani Mushi in Arusha on Monday, Kenyan "
                      "President Wanjiru Kamau said the two sides had discussed trade."))
    assert (i.mode, i.status, i.date) == ("in_person", "held", "2023-05-08")
    assert len(i.participant_ids) == 2


def test_delegation_members_also_present_join_the_meeting(nlp):
    i = only(run(nlp, "Kenyan President Wanjiru Kamau held talks with Tanzanian President Amani Mushi in Arusha on "
                      "Monday, with Kenyan Foreign Minister Otieno Were and Tanzanian Foreign Minister Neema Kisanga "
                      "also present."))
    assert len(i.participant_ids) == 4


def test_walked_out_of_talks_is_cancelled(nlp):
    i = only(run(nlp, "Trade Minister Ilze Berzina walked out of talks with Jean Morel, the French trade minister, "
                      "in Paris on Tuesday."))
    assert i.status == "cancelled"


def test_greeting_an_arrival_is_no_meeting(nlp):
    facts = run(nlp, "On arrival, Kamau was greeted at the airport by Tanzanian Trade Minister Neema Kisanga.")
    assert facts.interactions == []


def test_the_unnamed_leaders_of_countries_are_not_participants(nlp):
    facts = run(nlp, "Kenyan President Wanjiru Kamau met Tanzanian President Amani Mushi on Monday. "
                     "Kamau also spoke with the leaders of Cameroon and Brazil on Tuesday.")
    assert len(facts.interactions) == 1


def test_a_possible_meeting_is_speculation(nlp):
    facts = run(nlp, "Analysts said a meeting between Kamau and Tanzanian President Amani Mushi was possible "
                     "but unlikely.")
    assert facts.interactions == []


def test_a_restated_contact_keeps_its_mode(nlp):
    facts = run(nlp, "Kenyan President Wanjiru Kamau will hold a virtual meeting with Tanzanian President Amani "
                     "Mushi on Sunday. Kamau's meeting with Mushi is closely watched in the region.")
    i = only(facts)
    assert (i.mode, i.status) == ("virtual", "planned")


def test_spoke_and_their_conversation_are_one_call(nlp):
    i = only(run(nlp, "Kenyan President Wanjiru Kamau and Tanzanian President Amani Mushi spoke on Friday, their "
                      "first conversation since the election."))
    assert i.mode == "call"


def test_taking_part_in_a_virtual_summit(nlp):
    i = only(run(nlp, "Kenyan President Wanjiru Kamau, Amani Mushi and Ugandan President Okello Odoi took part "
                      "in a virtual summit on Monday."))
    assert (i.mode, len(i.participant_ids)) == ("virtual", 3)


def test_attending_a_summit_in_person_is_no_meeting(nlp):
    facts = run(nlp, "Kenyan President Wanjiru Kamau and Ugandan President Okello Odoi took part in the "
                     "African Union summit on Monday.")
    assert facts.interactions == []


def test_a_list_of_names_the_parser_breaks(nlp):
    i = only(run(nlp, "Indian President Ravi Menon, King Faisal V of Jordan and Prince Albert X of Monaco held "
                      "a trilateral meeting in Amman on 6 April 2016."))
    assert len(i.participant_ids) == 3


def test_a_plan_made_during_a_summit_is_a_held_summit(nlp):
    i = only(run(nlp, "Fumio Kishida and Yoon Suk Yeol agreed to resume shuttle diplomacy during their summit in "
                      "Tokyo on March 16."))
    assert (i.status, i.date) == ("held", "2023-03-16")


def test_an_apposition_describes_the_named_person(nlp):
    i = only(run(nlp, "Antony Blinken held talks with Wang Yi, China's top diplomat, in Beijing on Sunday."))
    assert set(i.participant_ids) == {"antony-blinken", "wang-yi"}


def test_a_postponed_visit_cancels_the_meeting_planned_on_it(nlp):
    i = only(run(nlp, "Erdogan postponed his planned visit to Washington, where he was due to meet Biden on May 19."))
    assert (i.status, i.date) == ("cancelled", "2023-05-19")


def test_joining_a_meeting_gives_a_meeting_of_everyone(nlp):
    facts = run(nlp, "In Rome on Monday, Olaf Scholz held talks with Giorgia Meloni before "
                     "Emmanuel Macron joined them for a three-way meeting.")
    assert frozenset({"olaf-scholz", "emmanuel-macron"}) in pairs(facts)
    three = [i for i in facts.interactions if len(i.participant_ids) == 3]
    assert three and (three[0].date, three[0].place_id) == ("2023-05-08", "rome")


def test_joined_by_adds_the_agents(nlp):
    facts = run(nlp, "Olaf Scholz and Giorgia Meloni were joined on Tuesday by Emmanuel Macron for a three-way meeting.")
    assert pairs(facts) == {frozenset(p) for p in (("olaf-scholz", "giorgia-meloni"), ("olaf-scholz", "emmanuel-macron"),
                                                   ("giorgia-meloni", "emmanuel-macron"))}


def test_they_resumed_talks_later_joined_by(nlp):
    facts = run(nlp, "Olaf Scholz met Giorgia Meloni in Rome on Monday. On Tuesday they resumed their talks, "
                     "later joined by Foreign Minister Annalena Baerbock and Foreign Minister Antonio Tajani.")
    assert frozenset({"annalena-baerbock", "giorgia-meloni"}) in pairs(facts)
    assert frozenset({"antonio-tajani", "olaf-scholz"}) in pairs(facts)


def test_agency_and_state_in_a_dateline_are_not_people(nlp):
    facts = run(nlp, "CAMP DAVID, Md. (AP) — President Joe Biden met Japanese Prime Minister Fumio Kishida "
                     "on Friday.")
    assert pairs(facts) == {frozenset({"joe-biden", "fumio-kishida"})}
    facts = run(nlp, "Fasano (Italy), Jun 13 (PTI) Prime Minister Narendra Modi on Thursday held talks "
                     "with French President Emmanuel Macron.")
    assert pairs(facts) == {frozenset({"narendra-modi", "emmanuel-macron"})}


def test_their_talks_after_a_list_of_three_subjects(nlp):
    i = only(run(nlp, "Olaf Scholz, Giorgia Meloni and Emmanuel Macron agreed to set up a hotline, according to "
                      "a statement issued after their talks in Rome on Monday."))
    assert set(i.participant_ids) == {"olaf-scholz", "giorgia-meloni", "emmanuel-macron"}


def test_the_three_leaders_are_the_three_named_before(nlp):
    facts = run(nlp, "Olaf Scholz, Giorgia Meloni and Emmanuel Macron signed a declaration in Rome on Monday. "
                     "The three leaders had previously met in Paris in March.")
    three = [i for i in facts.interactions if len(i.participant_ids) == 3]
    assert three and three[0].place_id == "paris"


def test_an_earlier_meeting_of_the_same_people_is_not_merged(nlp):
    facts = run(nlp, "Olaf Scholz and Giorgia Meloni held talks at the chancellery. "
                     "The two leaders had previously met in Paris in March.")
    assert len(facts.interactions) == 2


def test_a_past_visit_does_not_date_another_meeting(nlp):
    facts = run(nlp, "Olaf Scholz hosted Giorgia Meloni for a state visit in Berlin in April. "
                     "Scholz and Pedro Sanchez held talks at the chancellery.")
    dates = {frozenset(i.participant_ids): i.date for i in facts.interactions}
    assert dates[frozenset({"olaf-scholz", "pedro-sanchez"})] is None


def test_aides_present_in_the_next_sentence_join_the_meeting(nlp):
    facts = run(nlp, "Olaf Scholz and Giorgia Meloni met for two hours in Rome on Monday. The two leaders sat at "
                     "a long table, with Foreign Minister Annalena Baerbock and Foreign Minister Antonio Tajani "
                     "among the aides present.")
    i = only(facts)
    assert set(i.participant_ids) == {"olaf-scholz", "giorgia-meloni", "annalena-baerbock", "antonio-tajani"}


def test_had_been_scheduled_to_meet_is_cancelled(nlp):
    i = only(run(nlp, "Olaf Scholz had been scheduled to hold talks with Giorgia Meloni in Rome in January, "
                      "but the trip was put off.", published=date(2023, 6, 4)))
    assert (i.status, i.date) == ("cancelled", "2023-01")


def _long_list_scans(nlp, n: int) -> tuple[int, int]:
    from ingest.extract.events import EventRegistry
    from ingest.extract.gazetteer import load_gazetteer
    from ingest.extract.interactions import InteractionReader
    from ingest.extract.people import PersonRegistry

    first = ["Tomas", "Rosa", "Luis", "Ana", "Pedro", "Maria", "Jorge", "Elena", "Carlos", "Lucia"]
    last = ["Vidal", "Quispe", "Mamani", "Rojas", "Flores", "Castro", "Ortega", "Mendez", "Salas", "Paredes"]
    names = [f"{first[i % 10]} {last[(i // 10 + i) % 10]}" for i in range(n)]
    text = "Foreign ministers " + ", ".join(names[:-1]) + " and " + names[-1] + " met in Lima on Monday."
    doc = nlp(text)
    gz = load_gazetteer()
    published = date(2023, 5, 10)
    people = PersonRegistry(doc, gz, published)
    reader = InteractionReader(doc, gz, people, EventRegistry(doc, gz, published), published)
    found = reader.read()
    return reader.who.mates_scanned, max(len(c.participants) for c in found)


def test_a_long_list_of_names_is_read_in_near_linear_work(nlp):
    scans_30, people_30 = _long_list_scans(nlp, 30)
    scans_60, people_60 = _long_list_scans(nlp, 60)
    assert people_30 >= 28 and people_60 >= 56
    # each name's list is scanned once, not once per level of the parse's chain of conjuncts
    assert scans_60 <= 3 * scans_30
    assert scans_60 <= 4 * 60


def test_the_two_leaders_met_includes_the_speaker_of_the_sentence(nlp):
    facts = run(nlp, "Chilean President Tomas Vidal told Peruvian President Rosa Quispe on Monday that the "
                     "border must stay open, a warning delivered as the two leaders met on the margins of a "
                     "regional summit in Lima.", published=PUB)
    assert pairs(facts) == {frozenset(("tomas-vidal", "rosa-quispe"))}
    assert only(facts).date == "2023-05-08"


def test_the_two_leaders_with_a_third_name_stays_unresolved_by_speakers(nlp):
    facts = run(nlp, "Chilean President Tomas Vidal told Peruvian President Rosa Quispe and Bolivian President "
                     "Luis Mamani on Monday that the border must stay open, as the two leaders met in Lima.",
                published=PUB)
    assert frozenset(("tomas-vidal", "rosa-quispe")) not in pairs(facts)


def test_a_call_after_a_meeting_takes_its_day_and_not_its_guest(nlp):
    facts = run(nlp, "Chilean President Tomas Vidal held talks with Peruvian President Rosa Quispe in Lima on "
                     "Saturday.\n\nAfter meeting Quispe, Vidal spoke by phone with Bolivian President Luis Mamani, "
                     "his office said.", published=PUB)
    calls = [i for i in facts.interactions if i.mode == "call"]
    assert len(calls) == 1
    assert set(calls[0].participant_ids) == {"tomas-vidal", "luis-mamani"}
    assert calls[0].date == "2023-05-06"


def test_a_delegation_member_present_at_the_talks_joins_them(nlp):
    facts = run(nlp, "Chilean President Tomas Vidal held talks with Peruvian President Rosa Quispe in Lima on "
                     "Saturday, before flying on to La Paz for talks with Bolivian President Luis Mamani.\n\n"
                     "He was accompanied by Foreign Minister Ana Rojas, who took notes during the talks.",
                published=PUB)
    assert frozenset(("ana-rojas", "rosa-quispe")) in pairs(facts)
    assert frozenset(("ana-rojas", "luis-mamani")) not in pairs(facts)


def test_accompanied_without_talks_adds_no_one(nlp):
    facts = run(nlp, "Chilean President Tomas Vidal held talks with Peruvian President Rosa Quispe in Lima on "
                     "Saturday.\n\nHe was accompanied by his wife Ana Rojas on the trip.", published=PUB)
    assert pairs(facts) == {frozenset(("tomas-vidal", "rosa-quispe"))}
