"""A meeting noun with a clause of its own ("the talks that A will hold with B next week"): the
clause names who holds it, gives its tense and its day. Sentences written for the tests."""

from datetime import date

from tests.test_extract_support import ids, nlp, only, run  # noqa: F401


def test_the_holder_named_in_the_clause_is_a_party_when_the_subject_is_an_institution(nlp):
    facts = run(nlp, "The palace on Friday postponed the meeting that King Omar Haddad was to hold with "
                     "President Lena Vogt next Tuesday.", published=date(2023, 5, 12))
    i = only(facts)
    assert ids(i) == {"omar-haddad", "lena-vogt"} and i.status == "cancelled"
    assert str(i.date) == "2023-05-16"


def test_the_clause_gives_the_tense_of_talks_a_past_verb_confirms(nlp):
    facts = run(nlp, "The foreign ministry on Monday confirmed the talks that Prime Minister Aiko Mori will hold "
                     "with Chancellor Felix Brandt in Osaka on May 24.")
    i = only(facts)
    assert ids(i) == {"aiko-mori", "felix-brandt"} and i.status == "planned" and str(i.date) == "2023-05-24"


def test_a_day_in_the_clause_dates_a_meeting_held_before(nlp):
    facts = run(nlp, "Premier Aiko Mori on Monday described the meeting she held with Chancellor Felix Brandt "
                     "in Osaka last Thursday as frank.")
    i = only(facts)
    assert i.status == "held" and str(i.date) == "2023-05-04"


def test_a_summit_of_the_four_leaders_told_as_the_previous_one_is_a_meeting_of_its_own(nlp):
    facts = run(nlp, "President Ana Costa, Chancellor Karl Huber, President Louis Martin and President Petro Bondar "
                     "met at the chancellery on Wednesday evening. The previous summit of the four leaders was "
                     "also held in Paris on October 2 last year.", published=date(2016, 10, 20))
    got = sorted((str(i.date), i.place_id, len(i.participant_ids)) for i in facts.interactions)
    assert got == [("2015-10-02", "paris", 4), ("2016-10-19", None, 4)]


def test_a_meeting_on_a_topic_with_several_leaders_lists_them_all(nlp):
    facts = run(nlp, "Later Monday, President Tom Baker convened a meeting on the conflict in South Sudan with President "
                     "Ivan Sokol, Kenyan President Omar Haddad and Commission Chairwoman Eva Nunes.")
    assert ids(only(facts)) == {"tom-baker", "ivan-sokol", "omar-haddad", "eva-nunes"}


def test_talks_coordinated_with_a_visit_a_journey_is_for_are_the_travellers(nlp):
    facts = run(nlp, "Premier Aiko Mori will attend the summit in Lima on July 6, after which she will travel to "
                     "Quito for a state visit and bilateral talks with President Lena Vogt.")
    assert ids(only(facts)) == {"aiko-mori", "lena-vogt"}


def test_talks_at_a_summit_on_a_day_take_the_summits_day(nlp):
    facts = run(nlp, "Premier Aiko Mori travels on to Brussels, where she will hold talks with President Lena Vogt "
                     "at an EU-Japan summit on Wednesday.", published=date(2014, 3, 24))
    assert str(only(facts).date) == "2014-03-26"


def test_a_day_glossed_with_the_local_day_keeps_the_sentence_whole(nlp):
    facts = run(nlp, "President Rui Matos and President Tom Baker reaffirmed on Monday (Tuesday in Jakarta) the "
                     "alliance, as the two leaders held their first bilateral meeting at the White House in Washington.",
                published=date(2023, 5, 2))
    i = only(facts)
    assert ids(i) == {"rui-matos", "tom-baker"} and str(i.date) == "2023-05-01"


def test_the_heads_of_two_governments_named_in_apposition_are_at_the_meeting(nlp):
    facts = run(nlp, "Prime Minister Adam Wolski, Deputy PM Marek Lis and the heads of the Czech and Slovenian "
                     "governments, Pavel Novak and Ivo Marek, met President Petro Bondar in Kyiv late on Tuesday.",
                published=date(2022, 3, 16))
    assert ids(only(facts)) == {"adam-wolski", "marek-lis", "pavel-novak", "ivo-marek", "petro-bondar"}


def test_a_virtual_meeting_that_brought_together_a_long_list_takes_every_name(nlp):
    facts = run(nlp, "The virtual meeting, hosted by Prime Minister Rui Matos, brought together Baker, German "
                     "Chancellor Karl Huber, French President Louis Martin, Italian Prime Minister Aldo Neri, "
                     "Canadian Prime Minister Tom Hale and Japanese Prime Minister Aiko Mori, as well as Commission "
                     "President Eva Nunes and Council President Leo Marchand.", published=date(2021, 2, 19))
    assert ids(only(facts)) == {"rui-matos", "baker", "karl-huber", "louis-martin", "aldo-neri", "tom-hale",
                                "aiko-mori", "eva-nunes", "leo-marchand"}


def test_guests_the_parser_hangs_on_the_city_of_the_audience(nlp):
    facts = run(nlp, "Rabat - His Majesty King Omar Haddad received, on Wednesday at the Royal Palace in Rabat, Special "
                     "Advisor to the US President Tom Hale and National Security Advisor Eli Dagan, who are leading "
                     "a joint delegation.", published=date(2020, 12, 22))
    i = only(facts)
    assert ids(i) == {"omar-haddad", "tom-hale", "eli-dagan"} and i.place_id == "rabat"


def test_an_adviser_to_the_president_is_not_the_president(nlp):
    facts = run(nlp, "King Omar Haddad received Senior Advisor to the US President Tom Hale on Tuesday. The visit "
                     "comes after the phone conversation held on November 8 between HM the King and US President Lena "
                     "Vogt.", published=date(2020, 12, 22))
    assert {frozenset(i.participant_ids) for i in facts.interactions} == {
        frozenset({"omar-haddad", "tom-hale"}), frozenset({"omar-haddad", "lena-vogt"})}


def test_long_party_and_state_titles_before_names_the_parser_splits(nlp):
    facts = run(nlp, "General Secretary of the Lao People's Revolutionary Party Central Committee and State President "
                     "To Lam had talks with General Secretary of the Workers' Party Central Committee and President "
                     "of China Xi Jinping in Vientiane on June 9 afternoon.", published=date(2024, 6, 9))
    assert ids(only(facts)) == {"to-lam", "xi-jinping"}


def test_sites_associated_with_a_person_are_no_meeting_and_he_is_the_leader_described(nlp):
    facts = run(nlp, "President Li Wei held talks with Vietnamese President Tran Van Minh in Beijing on Monday. The Vietnamese "
                     "leader arrived in Guangzhou on Sunday, where he visited several sites associated with "
                     "President Ho Chi Minh. He is also due to meet Premier Zhou Hai on Tuesday.",
                published=date(2024, 8, 19))
    assert {frozenset(i.participant_ids) for i in facts.interactions} == {
        frozenset({"li-wei", "tran-van-minh"}), frozenset({"tran-van-minh", "zhou-hai"})}


def test_everyone_a_plural_including_lists_is_at_the_meeting(nlp):
    facts = run(nlp, "He then met members of the war cabinet, including Defense Minister Yoav Levi and former army "
                     "chief Benny Gal, President Tom Baker's aides said.", published=date(2023, 10, 18))
    assert {"yoav-levi", "benny-gal"} <= ids(only(facts))


def test_a_session_following_a_meeting_is_held_by_the_same_people(nlp):
    facts = run(nlp, "President Rui Matos and President Ivan Sokol held a one-to-one meeting on Friday followed by a "
                     "wider session with their ministers, including Trade Minister Eva Nunes and her counterpart Leo "
                     "Marchand.", published=date(2023, 6, 3))
    assert any(ids(i) == {"rui-matos", "ivan-sokol", "eva-nunes", "leo-marchand"} for i in facts.interactions)


def test_a_day_in_a_clause_on_the_subject_about_another_act_does_not_date_the_meeting(nlp):
    facts = run(nlp, "General Omar Haddad, who led the Feb. 1 coup, met President Tom Baker in Jakarta.",
                published=date(2021, 4, 24))
    assert [str(i.date) for i in facts.interactions] == ["None"]


def test_an_apposition_describing_a_guest_brings_no_one_it_names(nlp):
    facts = run(nlp, "Vice President Tom Baker had been set to meet Lena Vogt, the younger sister of leader Omar "
                     "Haddad, and Ivan Sokol, the nominal head of state, in Seoul on Feb. 10, but the meeting was "
                     "called off.", published=date(2018, 2, 21))
    assert "omar-haddad" not in {p for i in facts.interactions for p in i.participant_ids}
    assert any({"tom-baker", "lena-vogt", "ivan-sokol"} <= ids(i) for i in facts.interactions)
