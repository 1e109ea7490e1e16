"""People who join a meeting told sentences before, "the two presidents" after a meeting with
ministers, datelines that carry the year, and the day and place of a meeting against those of
a journey or a first meeting. Sentences written for the tests."""

from datetime import date

from tests.test_extract_support import ids, nlp, only, row_with, rows, run  # noqa: F401


def test_ministers_joining_a_leader_for_lunch_join_the_meeting_told_before(nlp):
    facts = run(nlp, "Portuguese Prime Minister Ana Costa met Croatian President Ivo Marek in Zagreb on Tuesday. "
                     "The two discussed energy links across the Adriatic. "
                     "Croatian Foreign Minister Luka Horvat and Economy Minister Jana Dvorak joined Marek for a "
                     "working lunch after the cameras left.")
    assert ids(only(facts)) == {"ana-costa", "ivo-marek", "luka-horvat", "jana-dvorak"}


def test_a_leader_of_another_country_joining_for_a_meeting_makes_a_meeting_of_its_own(nlp):
    facts = run(nlp, "Portuguese Prime Minister Ana Costa met Croatian President Ivo Marek in Zagreb on Tuesday. "
                     "Slovenian Prime Minister Rok Zupan joined them for a three-way meeting on rail links.")
    assert {frozenset(i.participant_ids) for i in facts.interactions} == {
        frozenset({"ana-costa", "ivo-marek"}), frozenset({"ana-costa", "ivo-marek", "rok-zupan"})}


def test_people_who_dialled_in_to_the_call_join_it(nlp):
    facts = run(nlp, "Lithuanian President Jonas Petras and Estonian Prime Minister Kaja Tamm held a video call "
                     "with Moldovan President Maia Rusu on Monday. Two Nordic ministers, Lars Berg and Anna Lind, "
                     "also dialled in to the call, an aide said.")
    i = only(facts)
    assert ids(i) == {"jonas-petras", "kaja-tamm", "maia-rusu", "lars-berg", "anna-lind"}
    assert i.mode == "virtual"


def test_the_one_call_of_the_article_is_joined_from_far_below(nlp):
    facts = run(nlp, "Lithuanian President Jonas Petras and Estonian Prime Minister Kaja Tamm held a video call "
                     "with Moldovan President Maia Rusu on Monday. "
                     "The leaders discussed grid links and gas storage. "
                     "Petras later flew to Riga for a party congress. "
                     "Tamm met farmers in Tartu on Tuesday. "
                     "\"We are moving forward,\" Tamm said. "
                     "Both governments will publish a roadmap in June. "
                     "Talks on the grid have dragged on since 2019. "
                     "Rusu thanked both leaders in a post. "
                     "Latvian Prime Minister Edgars Ozols, who also took part in the call, will visit Vilnius "
                     "next month.")
    call = row_with(facts, "Maia Rusu")
    assert {p["name"] for p in call["participants"]} == {"Jonas Petras", "Kaja Tamm", "Maia Rusu", "Edgars Ozols"}


def test_taking_part_in_the_enlarged_meeting_together_with_a_counterpart(nlp):
    facts = run(nlp, "President Aibek Toktogulov of Kyrgyzstan and President Rustam Nazarov of Tajikistan held "
                     "talks in narrow and expanded formats in Osh on Wednesday. "
                     "The water agreement had taken four years to draft. "
                     "Engineers from both countries worked on the annexes. "
                     "Chairman of the State Water Committee Bakyt Ismailov, who led the Kyrgyz experts in the "
                     "technical talks, took part in the enlarged meeting as well, together with his "
                     "Tajik opposite number Farrukh Saidov.")
    assert ids(only(facts)) == {"aibek-toktogulov", "rustam-nazarov", "bakyt-ismailov", "farrukh-saidov"}


def test_the_two_presidents_after_a_meeting_with_ministers_are_the_two_presidents(nlp):
    facts = run(nlp, "Chilean President Mateo Rojas and his Peruvian counterpart Lucia Vargas held talks in Arica "
                     "on Saturday. Chilean Foreign Minister Pablo Soto and Peruvian Foreign Minister Ines Rios took "
                     "part in the meeting. Rojas said he had written to Bolivian President Carlos Mamani about the "
                     "water dispute. On Sunday, the two presidents will meet again to visit the port works.")
    again = [r for r in rows(facts) if r["status"] == "planned"]
    assert len(again) == 1
    assert {p["name"] for p in again[0]["participants"]} == {"Mateo Rojas", "Lucia Vargas"}


def test_an_undated_article_is_read_against_the_day_its_dateline_gives(nlp):
    i = only(run(nlp, "Lima, March 9, 2024 (Andina) President Lucia Vargas held talks with Ecuadorian President "
                      "Tomas Mena on Friday at the Government Palace.", published=None))
    assert i.date == "2024-03-08"


def test_a_dateline_with_its_year_does_not_hide_the_day_of_the_lead(nlp):
    facts = run(nlp, "OSLO, May 10, 2023 (NTB) - Norwegian Prime Minister Erik Dahl and Icelandic Prime Minister "
                     "Sigrun Jonsdottir agreed on Wednesday to pool fisheries research. "
                     "The two leaders held talks at the government building shortly after Jonsdottir addressed "
                     "the Storting.")
    i = only(facts)
    assert i.date == "2023-05-10"
    assert i.place_id == "oslo"


def test_a_meeting_told_as_the_second_is_not_placed_at_the_first(nlp):
    facts = run(nlp, "SANTIAGO, Sept 13 (Reuters) - Prime Minister Erik Dahl and President Mateo Rojas agreed on "
                     "Wednesday to open a joint research station. The two leaders held a meeting in a small group "
                     "at the presidential palace. It was the second meeting between Dahl and Rojas, who first met "
                     "on the sidelines of a climate conference in Bonn in June.", published=date(2023, 9, 13))
    days = sorted((i.date, i.place_id) for i in facts.interactions)
    assert days == [("2023-06", "bonn"), ("2023-09-13", "santiago")]


def test_the_day_in_the_meeting_nouns_own_phrase_is_the_meetings(nlp):
    i = only(run(nlp, "Prime Minister Erik Dahl will fly to Rome on Sunday for his first summit with Italian Prime Minister Marco Bruni "
                      "on Monday.", published=date(2023, 5, 10)))
    assert i.date == "2023-05-15"


def test_a_with_phrase_hung_deep_inside_the_meeting_nouns_of_phrase(nlp):
    i = only(run(nlp, "Erik Dahl and Sigrun Jonsdottir chaired a video call of the group of the willing with "
                      "Ukrainian President Volodymyr Zelensky on Thursday."))
    assert ids(i) == {"erik-dahl", "sigrun-jonsdottir", "volodymyr-zelensky"}
    assert i.mode == "virtual"


def test_officials_talks_filled_by_the_delegations_named_after_and_those_who_also_attended(nlp):
    facts = run(nlp, "Senior Chilean and Argentine officials held talks in Mendoza on Monday over the disputed "
                     "glacier. The Chilean delegation was headed by Foreign Minister Pablo Soto and adviser Ana "
                     "Reyes, while the Argentine side included Foreign Minister Diego Paz and envoy Luis Ortega. "
                     "Uruguayan mediator Carla Benitez also attended.")
    assert ids(only(facts)) == {"pablo-soto", "ana-reyes", "diego-paz", "luis-ortega", "carla-benitez"}


def test_the_delegation_named_after_joins_every_meeting_its_head_held_that_day(nlp):
    facts = run(nlp, "Nordic leaders led by Prime Minister Erik Dahl are meeting Chinese Premier Li Wei in Beijing "
                     "on Wednesday, a day after they held talks with Japanese Prime Minister Ken Sato in Tokyo. "
                     "The delegation includes Finnish President Aino Virtanen and Icelandic Prime Minister Sigrun "
                     "Jonsdottir.")
    by_host = {("li-wei" if "li-wei" in i.participant_ids else "ken-sato"): ids(i) for i in facts.interactions}
    nordics = {"erik-dahl", "aino-virtanen", "sigrun-jonsdottir"}
    assert by_host == {"li-wei": nordics | {"li-wei"}, "ken-sato": nordics | {"ken-sato"}}


def test_a_delegation_at_a_named_meeting_joins_only_that_meeting(nlp):
    facts = run(nlp, "Prime Minister Erik Dahl was first received by King Harald Olsen at the palace on Monday "
                     "before heading to the chancellery for one-on-one talks with Chancellor Jonas Weber. "
                     "The Norwegian delegation at the talks included Foreign Minister Anne Berg.")
    king = [ids(i) for i in facts.interactions if "harald-olsen" in i.participant_ids]
    assert king == [{"erik-dahl", "harald-olsen"}]


def test_leaders_retreat_is_a_meeting_those_accompanying_them_join(nlp):
    facts = run(nlp, "Prime Minister Erik Dahl and his Swedish counterpart Ulf Berg on Monday witnessed the "
                     "signing of a grid pact at the annual Nordic Leaders' Retreat in Oslo. The two leaders held "
                     "a four-eyes meeting at the prime minister's residence before the retreat. Mr Dahl was "
                     "accompanied at the retreat by Foreign Minister Anne Lie, while Sweden's Energy Minister "
                     "Karl Holm also took part.", published=date(2023, 5, 8))
    i = only(facts)
    assert ids(i) == {"erik-dahl", "ulf-berg", "anne-lie", "karl-holm"}
    assert i.date == "2023-05-08"


def test_they_in_a_when_clause_are_the_leaders_of_the_clause_above(nlp):
    facts = run(nlp, "Chilean President Mateo Rojas and Peruvian President Lucia Vargas agreed on Thursday to "
                     "link their power grids. The two leaders launched the project when they met in Cusco in "
                     "March.", published=date(2023, 5, 11))
    past = row_with(facts, "Mateo Rojas", "Lucia Vargas")
    assert (past["date"], past["place"]) == ("2023-03", "Cusco")


def test_a_second_capital_is_its_own_city(nlp):
    i = only(run(nlp, "Prime Minister Anwar Ibrahim received Thai Prime Minister Srettha Thavisin in Putrajaya "
                      "on Monday."))
    assert i.place_id == "putrajaya"


def test_the_next_meeting_in_the_same_format_keeps_the_joint_meetings_people(nlp):
    facts = run(nlp, "Prime Minister Erik Dahl of Norway, President Aino Virtanen of Finland and Commission "
                     "President Clara Weiss held a trilateral meeting in Brussels on May 10. Before the trilateral "
                     "talks, Weiss held separate bilateral meetings with Dahl and Virtanen. The next meeting in "
                     "the same format, joined by Danish Prime Minister Mads Holm, is due to take place in Oslo on "
                     "June 1.")
    planned = [ids(i) for i in facts.interactions if i.status == "planned"]
    assert planned == [{"erik-dahl", "aino-virtanen", "clara-weiss", "mads-holm"}]


def test_a_summit_someone_took_part_in_held_virtually_with_others(nlp):
    facts = run(nlp, "Prime Minister Erik Dahl today took part in the first summit of the Arctic Four group, held "
                     "virtually with Canadian Prime Minister Anne Roy, Icelandic Prime Minister Sigrun Jonsdottir "
                     "and Danish Prime Minister Mads Holm. Roy, who is in Ottawa, joined the video summit alongside "
                     "Holm, while Jonsdottir took part from Reykjavik. Foreign Minister Anne Berg and Energy "
                     "Minister Per Moen were present alongside Dahl during the video summit.")
    i = only(facts)
    assert i.mode == "virtual"
    assert ids(i) == {"erik-dahl", "anne-roy", "sigrun-jonsdottir", "mads-holm", "anne-berg", "per-moen"}


def test_ministers_present_at_the_meeting_join_the_meeting_not_talks_told_without_people(nlp):
    facts = run(nlp, "Prime Minister Erik Dahl was received on Monday by King Harald Olsen at his residence in "
                     "Bergen, where the two held talks over dinner. Foreign Minister Anne Berg and Finance Minister "
                     "Per Moen were present at the meeting, according to a statement.")
    assert ids(only(facts)) == {"erik-dahl", "harald-olsen", "anne-berg", "per-moen"}


def test_a_tete_a_tete_written_with_hyphens_is_one_meeting_word(nlp):
    for word in ("tete-a-tete", "tête-à-tête"):
        i = only(run(nlp, f"President Ivo Marek and Prime Minister Ana Costa held a {word} in Zagreb on Tuesday."))
        assert ids(i) == {"ivo-marek", "ana-costa"}


def test_a_working_lunch_hosted_for_a_guest(nlp):
    i = only(run(nlp, "President Ivo Marek hosted a working lunch for Prime Minister Ana Costa in Zagreb on Tuesday."))
    assert ids(i) == {"ivo-marek", "ana-costa"}
    assert i.mode == "in_person"


def test_a_courtesy_call_is_a_visit_not_a_phone_call(nlp):
    i = only(run(nlp, "Foreign Minister Rui Lopes paid a courtesy call on President Ivo Marek in Zagreb on Tuesday."))
    assert ids(i) == {"rui-lopes", "ivo-marek"}
    assert i.mode == "in_person"


def test_consultations_held_are_a_meeting_regular_ones_agreed_on_are_not(nlp):
    i = only(run(nlp, "Prime Minister Ana Costa and President Ivo Marek held consultations in Zagreb on Tuesday."))
    assert ids(i) == {"ana-costa", "ivo-marek"}
    assert not run(nlp, "Prime Minister Ana Costa and President Ivo Marek agreed to hold regular consultations."
                   ).interactions


def test_a_name_the_tagger_runs_into_of_country_ends_before_of(nlp):
    facts = run(nlp, "The leaders of the four countries, Ivo Marek of Croatia, Rok Zupan of Slovenia, Karl Huber of "
                     "Austria and Zoltan Nagy of Hungary, met in Graz on Tuesday.")
    assert ids(only(facts)) == {"ivo-marek", "rok-zupan", "karl-huber", "zoltan-nagy"}


def test_guests_received_on_different_days_are_separate_meetings(nlp):
    facts = run(nlp, "Croatian President Ivo Marek received Slovenian Prime Minister Rok Zupan on Tuesday and "
                     "Austrian Chancellor Karl Huber on Wednesday.", published=date(2024, 3, 8))
    assert sorted((i.date, tuple(sorted(i.participant_ids))) for i in facts.interactions) == [
        ("2024-03-05", ("ivo-marek", "rok-zupan")), ("2024-03-06", ("ivo-marek", "karl-huber"))]


def test_leaders_of_a_grouping_hosted_then_named_as_attending_the_meeting(nlp):
    facts = run(nlp, "Japanese Prime Minister Ken Sato hosted the leaders of the Arctic Four in Tokyo on Tuesday. "
                     "Canadian Prime Minister Anne Roy, Norwegian Prime Minister Erik Dahl and Danish Prime "
                     "Minister Mads Holm attended the meeting.")
    assert ids(only(facts)) == {"ken-sato", "anne-roy", "erik-dahl", "mads-holm"}


def test_a_group_of_leaders_that_met_named_in_the_next_sentence(nlp):
    facts = run(nlp, "The Arctic Four leaders met in Tokyo on Tuesday. Japanese Prime Minister Ken Sato, Canadian "
                     "Prime Minister Anne Roy, Norwegian Prime Minister Erik Dahl and Danish Prime Minister Mads "
                     "Holm pledged to share satellite data.")
    i = only(facts)
    assert ids(i) == {"ken-sato", "anne-roy", "erik-dahl", "mads-holm"}
    assert (i.date, i.place_id) == ("2023-05-09", "tokyo")


def test_a_group_of_leaders_followed_by_people_who_only_speak_is_no_meeting(nlp):
    facts = run(nlp, "The Arctic Four leaders met in Tokyo on Tuesday. Ken Sato and Anne Roy said in a joint "
                     "statement that the talks had gone well.")
    assert not facts.interactions


def test_leaders_of_unnamed_states_met_then_the_meeting_chaired_and_attended_by_named_people(nlp):
    facts = run(nlp, "U.S. President Tom Hale met leaders of six Gulf states, Egypt, Jordan and Iraq in Jeddah on "
                     "Saturday. Saudi Crown Prince Faisal Saud chaired the meeting, which was attended by Emir "
                     "Hamad Khalil of Qatar and King Omar Aziz of Jordan.")
    assert ids(only(facts)) == {"tom-hale", "faisal-saud", "hamad-khalil", "omar-aziz"}


def test_phone_calls_told_with_other_verbs(nlp):
    for text in ("Croatian President Ivo Marek telephoned Slovenian Prime Minister Rok Zupan on Tuesday.",
                 "Croatian President Ivo Marek received a phone call from Slovenian Prime Minister Rok Zupan on "
                 "Tuesday.",
                 "Croatian President Ivo Marek and Slovenian Prime Minister Rok Zupan discussed the rail corridor "
                 "by telephone on Tuesday."):
        i = only(run(nlp, text))
        assert (ids(i), i.mode) == ({"ivo-marek", "rok-zupan"}, "call"), text


def test_taking_part_by_video_link_in_a_meeting_with_someone(nlp):
    i = only(run(nlp, "Croatian President Ivo Marek took part via video link in a meeting with Slovenian Prime "
                      "Minister Rok Zupan on Tuesday."))
    assert (ids(i), i.mode) == ({"ivo-marek", "rok-zupan"}, "virtual")


def test_a_summit_scheduled_between_leaders_then_called_off(nlp):
    i = only(run(nlp, "A spokesman said the summit that had been scheduled for Friday in Vienna between President "
                      "Ivo Marek, Chancellor Karl Huber and Prime Minister Rok Zupan had been cancelled.",
                 published=date(2024, 3, 6)))
    assert ids(i) == {"ivo-marek", "karl-huber", "rok-zupan"}
    assert (i.status, i.date, i.place_id) == ("cancelled", "2024-03-08", "vienna")


def test_bilateral_meetings_with_leaders_named_in_the_next_sentence_are_one_each(nlp):
    facts = run(nlp, "Indian Prime Minister Ravi Kumar held bilateral meetings with the leaders of Nepal, Bhutan and "
                     "Sri Lanka on the sidelines of the summit in Bangkok on Tuesday. Nepal's Prime Minister Hari "
                     "Sharma, Bhutan's Prime Minister Karma Dorji and Sri Lankan President Anura Silva were among "
                     "those he met.")
    assert sorted(tuple(sorted(i.participant_ids)) for i in facts.interactions) == [
        ("anura-silva", "ravi-kumar"), ("hari-sharma", "ravi-kumar"), ("karma-dorji", "ravi-kumar")]


def test_a_gerund_meeting_a_day_before_takes_the_subject_and_the_day_before(nlp):
    facts = run(nlp, "Indian Prime Minister Ravi Kumar met Nepal's Prime Minister Hari Sharma on Tuesday, a day "
                     "after holding talks with Bhutan's Prime Minister Karma Dorji.")
    assert sorted((i.date, tuple(sorted(i.participant_ids))) for i in facts.interactions) == [
        ("2023-05-08", ("karma-dorji", "ravi-kumar")), ("2023-05-09", ("hari-sharma", "ravi-kumar"))]
