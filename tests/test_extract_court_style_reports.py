"""Court-style agency copy: a host named with his chain of fathers and his offices ("Prince A bin B
bin C, Crown Prince and Minister of Defense, received at the palace here today B"), "the
official talks session was attended by C and D", a reception at the airport, and "the Crown Prince"
in a story that also names a prime minister. Sentences written for the tests."""

from datetime import date

from tests.test_extract_support import ids, nlp, run  # noqa: F401

RECEPTION = (
    "Jeddah, May 4, 2022, SPA -- HRH Prince Mohammed bin Salman bin Abdulaziz, Crown Prince, "
    "Minister of Defense and Deputy Prime Minister, received at Al-Salam Palace here today Pakistani Prime "
    "Minister Omar Farooq, who arrived on Tuesday for a two-day visit.\n\n"
    "During the audience, the two sides discussed trade.\n\n"
    "The official talks session was attended by Foreign Minister Khalid al-Otaibi, while the Pakistani side "
    "included Finance Minister Bilal Qureshi.\n\n"
    "Earlier, Farooq was received at King Abdulaziz International Airport by the Governor of Makkah Region, "
    "Prince Saud bin Faisal.\n\n"
    "The Crown Prince and Farooq last spoke by telephone in March.")


def test_the_host_of_a_court_reception_and_his_guest_meet_with_those_at_the_talks_session(nlp):
    facts = run(nlp, RECEPTION, published=date(2022, 5, 4))
    meetings = [i for i in facts.interactions if i.mode == "in_person"]
    assert [ids(i) for i in meetings] == [{"mohammed-bin-salman", "omar-farooq", "khalid-al-otaibi", "bilal-qureshi"}]
    assert (meetings[0].date, meetings[0].place_id) == ("2022-05-04", "jeddah")


def test_the_offices_after_a_name_are_no_people_and_the_chain_of_fathers_is_the_name(nlp):
    facts = run(nlp, RECEPTION, published=date(2022, 5, 4))
    assert "abdulaziz" not in " ".join(facts.people)
    assert "Mohammed bin Salman bin Abdulaziz" in facts.people["mohammed-bin-salman"].mentions


def test_a_reception_at_the_airport_is_a_greeting(nlp):
    facts = run(nlp, RECEPTION, published=date(2022, 5, 4))
    assert not any("saud-bin-faisal" in ids(i) for i in facts.interactions)


def test_the_crown_prince_is_not_the_prime_minister_of_the_story(nlp):
    facts = run(nlp, RECEPTION, published=date(2022, 5, 4))
    calls = [i for i in facts.interactions if i.mode == "call"]
    assert [ids(i) for i in calls] == [{"mohammed-bin-salman", "omar-farooq"}]
    assert calls[0].date == "2022-03"


def test_a_reception_at_the_palace_just_after_arriving_is_a_meeting(nlp):
    facts = run(nlp, "MADRID, April 25 (EFE) - Chilean President Tomas Rojas began a state visit to Spain on "
                     "Tuesday.\n\nThe Chilean leader was received on Tuesday evening by King Carlos Aragon at the "
                     "Royal Palace in Madrid, an hour after arriving from Lisbon.", published=date(2023, 4, 25))
    assert {"tomas-rojas", "carlos-aragon"} in [ids(i) for i in facts.interactions]


def test_companions_in_the_office_and_those_who_sat_in_join_the_white_house_style_meeting(nlp):
    facts = run(nlp, "OTTAWA, June 14 (Reuters) - Canadian Prime Minister Justin Moreau hosted Chilean President "
                     "Pablo Rojas on Parliament Hill on Thursday.\n\nRojas, the first South American leader to be "
                     "received by Moreau this year, was accompanied in the prime minister's office by Foreign "
                     "Minister Ana Soto and Finance Minister Jorge Vidal. Deputy Prime Minister Claire Dubois and "
                     "Trade Minister Marc Leblanc also sat in on the meeting.", published=date(2018, 6, 14))
    assert [ids(i) for i in facts.interactions] == [
        {"justin-moreau", "pablo-rojas", "ana-soto", "jorge-vidal", "claire-dubois", "marc-leblanc"}]


def test_talks_after_an_audience_and_a_title_set_off_from_its_name(nlp):
    facts = run(nlp, "(ANSA) - Rome, March 27 - US President John Miller met Pope Francis on Thursday for the "
                     "first time, in a private audience at the Vatican that lasted about forty minutes, before holding "
                     "talks with Italian President Carlo Bassi at the Quirinale palace.\nThe audience focused on "
                     "poverty. Secretary of State Tom Reed, who accompanied Miller, later held separate talks "
                     "with the Vatican's Secretary of State, Cardinal Luigi Ferri.", published=date(2014, 3, 27))
    pairs = [ids(i) for i in facts.interactions]
    assert {"john-miller", "carlo-bassi"} in pairs
    assert {"tom-reed", "luigi-ferri"} in pairs


def test_those_joining_the_host_in_the_expanded_meeting_are_at_it(nlp):
    facts = run(nlp, "SEOUL - President Rodrigo Reyes met South Korean President Kim Min-jun at Cheong Wa Dae on "
                     "Monday. Joining Reyes in the expanded meeting were Foreign Affairs Secretary Jose Cruz, Trade "
                     "Secretary Ramon Lim and Special Assistant to the President Christopher Lawrence Tan.",
                published=date(2018, 6, 4))
    assert [ids(i) for i in facts.interactions] == [
        {"rodrigo-reyes", "kim-min-jun", "jose-cruz", "ramon-lim", "christopher-lawrence-tan"}]


def test_a_summit_a_government_decided_not_to_hold_is_ruled_out(nlp):
    facts = run(nlp, "TOKYO, June 19 Kyodo - The government has decided not to hold a summit between Premier Taro "
                     "Sato and South Korean President Kim Min-jun when the two leaders are in Osaka later this month, "
                     "government sources said Wednesday.", published=date(2019, 6, 19))
    meeting = facts.interactions[0]
    assert (ids(meeting), meeting.status) == ({"taro-sato", "kim-min-jun"}, "cancelled")


def test_talks_joined_for_part_of_the_session_by_others_are_one_meeting(nlp):
    facts = run(nlp, "ROME, Oct 12 (Reuters) - U.S. Secretary of State Mark Hill met Italian Prime Minister Paolo "
                     "Neri in Rome on Thursday.\n\nThe talks, held at Palazzo Chigi, went on for three hours and were "
                     "joined during part of the session by Interior Minister Luca Serra and by Marta Gallo, the former "
                     "army chief who entered the government on Wednesday, a U.S. official said.",
                published=date(2023, 10, 12))
    assert [ids(i) for i in facts.interactions] == [{"mark-hill", "paolo-neri", "luca-serra", "marta-gallo"}]


def test_a_host_at_a_banquet_told_after_talks_in_a_city_the_sentence_opens_with(nlp):
    facts = run(nlp, "PHNOM PENH (AFP) - Chinese President Li Wei arrived in Cambodia on Thursday.\n\nIn Kuala "
                     "Lumpur on Wednesday, Li held talks with Prime Minister Ahmad Rahman, after being hosted at an "
                     "official banquet by King Sultan Yusuf.", published=date(2025, 4, 17))
    told = {frozenset(ids(i)): (i.date, i.place_id) for i in facts.interactions}
    assert told[frozenset({"li-wei", "ahmad-rahman"})] == ("2025-04-16", "kuala-lumpur")
    assert told[frozenset({"li-wei", "yusuf"})] == ("2025-04-16", "kuala-lumpur")


def test_ministers_who_held_talks_with_their_counterparts_meet_them_pair_by_pair(nlp):
    facts = run(nlp, "PARIS, March 10, 2023 (AFP) - French President Louis Martin and British Prime Minister Tom "
                     "Reid on Friday held the first Franco-British summit in five years.\nReid, welcomed at the Elysee "
                     "Palace, was accompanied by Foreign Secretary Anna Lowe and Home Secretary Mark Hale, "
                     "who held talks with their counterparts Claire Roux and Paul Petit.", published=date(2023, 3, 10))
    assert sorted(sorted(ids(i)) for i in facts.interactions) == [
        ["anna-lowe", "claire-roux"], ["louis-martin", "tom-reid"], ["mark-hale", "paul-petit"]]
