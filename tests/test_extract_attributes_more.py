"""Status, date, place and memberships, continued: meetings told in clauses of time, sessions joined
by others, coordinated verbs, called-off summits, expanded organisations. Sentences written for the
tests."""

from datetime import date

from tests.test_extract_support import nlp, only, run  # noqa: F401

WED = date(2024, 3, 13)  # a Wednesday


def rows_of(facts):
    return [(sorted(i.participant_ids), i.status, i.date, i.place_id) for i in facts.interactions]


def test_a_meeting_in_an_after_clause_keeps_its_own_date_and_status(nlp):
    facts = run(nlp, "Chancellor Olaf Scholz will travel to Madrid on Friday. The visit brings the two leaders "
                     "together for the first time in a year, after Scholz met Spanish Prime "
                     "Minister Pedro Sanchez on the island of Mallorca last October.", published=WED)
    found = [r for r in rows_of(facts) if r[0] == ["olaf-scholz", "pedro-sanchez"]]
    assert found and all(r[1] == "held" and r[2] == "2023-10" for r in found), rows_of(facts)


def test_a_session_joined_by_others_takes_the_tense_of_the_talks(nlp):
    facts = run(nlp, "Italian Prime Minister Giorgia Meloni and Kenyan President William Ruto will meet on "
                     "Thursday in Rome. The talks will open with a smaller session joined by Italian Foreign "
                     "Minister Antonio Tajani and Kenyan Foreign Minister Musalia Mudavadi, officials said.",
                published=WED)
    four = [r for r in rows_of(facts) if len(r[0]) == 4]
    assert four and all(r[1] == "planned" for r in four), rows_of(facts)


def test_a_second_verb_shares_the_future_of_the_first(nlp):
    facts = run(nlp, "During his stay in Nairobi, Ghanaian President John Mahama will hold talks with Kenyan "
                     "President William Ruto and call on Vice President Kithure Kindiki, the ministry said.",
                published=WED)
    assert {r[1] for r in rows_of(facts)} == {"planned"}, rows_of(facts)


def test_due_to_host_read_with_a_preposition_is_still_a_plan_called_off(nlp):
    facts = run(nlp, "Nairobi (AFP) - A summit between the leaders of Sudan and Chad was called off on Sunday, "
                     "the Kenyan presidency said.\n\nKenyan President William Ruto had been due to host "
                     "Abdel Fattah al-Burhan and his Chadian counterpart Mahamat Deby for the three-way meeting "
                     "in the Kenyan capital.", published=date(2024, 3, 17))
    r = only(facts)
    assert (r.status, r.date) == ("cancelled", "2024-03-17")


def test_a_bare_year_of_another_phrase_is_not_the_meetings_date(nlp):
    facts = run(nlp, "In the evening, Lula, Ramaphosa and Modi sat down together for the fifth summit of the "
                     "IBSA forum, launched by the three countries in 2003 to deepen cooperation.",
                published=WED)
    assert all(r[2] != "2003" for r in rows_of(facts)), rows_of(facts)


def test_shortly_after_gives_the_day_of_the_main_clause(nlp):
    facts = run(nlp, "The deal was announced on Monday evening by Omani Foreign Minister Badr Albusaidi, "
                     "shortly after Oman's Sultan Haitham bin Tariq spoke by phone with Iranian President "
                     "Masoud Pezeshkian.", published=WED)
    assert only(facts).date == "2024-03-11"


def test_a_meeting_planned_in_a_city_keeps_it_against_the_dateline(nlp):
    facts = run(nlp, "PARIS, March 13 (Reuters) - French Foreign Minister Jean-Noel Barrot said on Wednesday he had "
                     "called off a meeting with Algerian Foreign Minister Ahmed Attaf planned for Friday in Algiers, "
                     "after a diplomatic row over visas.", published=WED)
    r = only(facts)
    assert (r.status, r.date, r.place_id) == ("cancelled", "2024-03-15", "algiers")


def test_the_city_where_a_summit_was_attended_places_a_meeting_on_its_sidelines(nlp):
    facts = run(nlp, "Lima, Mar 13 (EFE) President Dina Boluarte arrived in the Peruvian capital from Santiago, "
                     "where she attended the CELAC summit on Sunday and Monday.\n\nOn the sidelines of the summit, "
                     "Boluarte held a bilateral meeting with Colombian President Gustavo Petro.", published=WED)
    r = only(facts)
    assert r.place_id == "santiago"


def test_two_weekdays_make_a_range():
    from ingest.extract.dates import resolve
    rng = resolve("Sunday and Monday", WED, "past")
    assert (rng.lo.isoformat(), rng.hi.isoformat()) == ("2024-03-10", "2024-03-11")


def member_pairs(facts):
    return {(m.country_id, m.organization_id) for m in facts.memberships}


def test_members_of_an_expanded_organisation(nlp):
    facts = run(nlp, "ASEAN, originally made up of Indonesia, Malaysia, the Philippines, Singapore and Thailand, "
                     "has expanded to include Brunei, Vietnam, Laos, Myanmar and Cambodia.")
    found = {c for c, o in member_pairs(facts) if o == "asean"}
    assert {"brunei", "vietnam", "cambodia", "indonesia"} <= found, member_pairs(facts)


def test_an_organisation_that_plans_to_expand_gives_no_members(nlp):
    facts = run(nlp, "ASEAN plans to expand to include Timor-Leste and Papua New Guinea.")
    assert not {c for c, o in member_pairs(facts) if c in ("timor-leste", "papua-new-guinea")}


def test_new_members_and_a_bare_joining(nlp):
    facts = run(nlp, "The bloc's new members, Finland and Sweden, took part in NATO's summit.")
    assert {("finland", "nato"), ("sweden", "nato")} <= member_pairs(facts), member_pairs(facts)
    facts = run(nlp, "NATO was founded in 1949 by the United States, Canada and ten European countries. "
                     "Finland and Sweden joined in 2023 and 2024.")
    assert {("finland", "nato"), ("sweden", "nato")} <= member_pairs(facts), member_pairs(facts)


def test_a_plan_in_a_relative_clause_of_a_called_off_gathering(nlp):
    facts = run(nlp, "The last Africa-Japan summit was held in August 2019. A gathering planned for October that "
                     "year in Osaka, where Japanese Prime Minister Shinzo Abe was to host Kenyan President Uhuru "
                     "Kenyatta, was called off because of a typhoon.", published=date(2021, 3, 5))
    r = only(facts)
    assert (r.status, r.date, r.place_id) == ("cancelled", "2019-10", "osaka")


def test_talks_of_travellers_whose_visit_was_scrapped(nlp):
    facts = run(nlp, "Last week, Erdogan scrapped a planned visit to Athens by two of his top aides, Ibrahim Kalin "
                     "and Hakan Fidan, who were due to hold talks with Giorgos Gerapetritis on migration.",
                published=WED)
    r = only(facts)
    assert (r.status, r.place_id) == ("cancelled", "athens")


def test_the_next_day_counts_from_the_day_just_given(nlp):
    facts = run(nlp, "Scholz and Macron last held talks in Paris on March 4. The German leader then travelled to "
                     "Warsaw, where he met Polish Prime Minister Donald Tusk the next day.", published=WED)
    assert [r for r in rows_of(facts) if "donald-tusk" in r[0]][0][2:] == ("2024-03-05", "warsaw")


def test_a_date_on_the_summit_whose_sidelines_held_the_meeting(nlp):
    facts = run(nlp, "The two leaders, Albanese and Luxon, last met on the sidelines of APEC-related summits in Lima "
                     "last November.", published=WED)
    assert only(facts).date == "2023-11"


def test_talks_after_which_an_accord_was_reached_in_a_city(nlp):
    facts = run(nlp, "The Qatar-brokered accord was reached in Doha on February 2 after talks between Yemeni "
                     "negotiator Ahmed Awad bin Mubarak, Houthi envoy Mohammed Abdulsalam and Qatari minister "
                     "Mohammed Al-Khulaifi.", published=WED)
    assert {r[3] for r in rows_of(facts)} == {"doha"}, rows_of(facts)


def test_a_gerund_of_time_shares_the_tense_of_its_clause(nlp):
    facts = run(nlp, "Mr Blinken is due to visit Tonga on Saturday, before travelling to Apia for a meeting with "
                     "Samoan Prime Minister Fiame Naomi Mataafa on Sunday.", published=WED)
    r = only(facts)
    assert (r.status, r.date) == ("planned", "2024-03-17")


def test_a_gerund_after_a_verb_of_saying_keeps_its_own_tense(nlp):
    facts = run(nlp, "Mr Albanese, who announced the change after meeting opposition leader Peter Dutton at "
                     "Parliament House on Tuesday, will travel to Tokyo next week.", published=WED)
    assert only(facts).status == "held"


def test_a_date_in_a_clause_about_the_counterpart_is_not_the_meetings(nlp):
    facts = run(nlp, "On the sidelines, he held separate talks with Mark Rutte, whose cabinet last week "
                     "approved a fresh package of military aid, his office said.", published=WED)
    assert all(r[2] is None or r[2] != "2024-03" for r in rows_of(facts)), rows_of(facts)


def test_a_welcome_outside_a_named_building_and_a_venue_before_the_meeting_noun(nlp):
    facts = run(nlp, "Prime Minister Rishi Sunak embraced Polish President Andrzej Duda outside Downing Street "
                     "on Tuesday.", published=WED)
    assert only(facts).place_id == "london"
    facts = run(nlp, "On Friday, Mr Carney's Oval Office meeting with Mr Trump and Secretary of State Marco Rubio ran "
                     "over time.", published=WED)
    assert {r[3] for r in rows_of(facts)} == {"washington"}, rows_of(facts)


def test_outside_a_country_is_no_place(nlp):
    facts = run(nlp, "Putin met Chinese President Xi Jinping on his first trip outside the former Soviet Union "
                     "since the war began.", published=WED)
    assert only(facts).place_id is None


def test_the_sidelines_of_the_summit_a_lead_sentence_placed(nlp):
    facts = run(nlp, "LONDON (AP) — President Joe Biden will meet Chinese President Xi Jinping on Monday in Bali, "
                     "the White House said Friday, brushing aside calls from Republicans to scrap the summit.\n\n"
                     "Also on the sidelines of the summit on Monday, Treasury Secretary Janet Yellen is expected to hold "
                     "separate talks with Chinese Finance Minister Liu Kun.", published=date(2022, 11, 11))
    assert {r[3] for r in rows_of(facts)} == {"bali"}, rows_of(facts)


def test_a_place_in_a_phrase_of_time_is_not_the_meetings(nlp):
    facts = run(nlp, "Senator Birmingham held talks with Mr Rabuka on Thursday, a day after returning from the "
                     "Pacific leaders' meeting in Honiara.", published=WED)
    assert only(facts).place_id is None


def test_a_wish_to_meet_is_no_plan(nlp):
    facts = run(nlp, "Moldovan President Maia Sandu has said she would like to meet Scholz before the summit.",
                published=WED)
    assert not facts.interactions


def test_the_summit_a_statement_announces_is_planned(nlp):
    facts = run(nlp, "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi will meet in Kazan on "
                     "October 23, the two governments said on Monday, in the first summit between the two leaders "
                     "since clashes on their border in June 2020.", published=date(2024, 10, 21))
    assert {(r[1], r[2]) for r in rows_of(facts)} == {("planned", "2024-10-23")}, rows_of(facts)


def test_a_since_phrase_read_into_the_meetings_verb_gives_no_date(nlp):
    facts = run(nlp, "Tokyo, May 20 (IANS) Indian Prime Minister Narendra Modi on Saturday met Philippine President "
                     "Ferdinand Marcos on the sidelines of the summit here, their first in-person meeting since "
                     "the maritime dispute began in February last year.", published=date(2023, 5, 20))
    assert {r[2] for r in rows_of(facts)} == {"2023-05-20"}, rows_of(facts)


def test_a_that_clause_on_the_counterpart_still_dates_the_meeting(nlp):
    facts = run(nlp, "Olaf Scholz has abruptly cancelled a meeting with his Polish counterpart, Donald Tusk, that "
                     "was due to take place in Berlin on Friday, in a row over reparations.", published=WED)
    r = only(facts)
    assert (r.status, r.date) == ("cancelled", "2024-03-15")
