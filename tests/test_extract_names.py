"""People the statistical NER misses or cuts: one test per phenomenon, on sentences written for
the tests with invented names."""

from tests.test_extract_support import nlp, only, run


def names(facts):
    return {p.name for p in facts.people.values()}


def test_a_title_anchors_a_name_the_model_does_not_know(nlp):
    facts = run(nlp, "Ndayizeye called President To Van Kiet on Monday to congratulate him.")
    assert "To Van Kiet" in names(facts)


def test_an_apposition_marks_a_name(nlp):
    facts = run(nlp, "President Amara Kollie of Liberia held talks with Seo Min-ho, the South Korean "
                     "president, in Seoul on Monday.")
    assert "Seo Min-ho" in names(facts)
    assert not any("yoon" in pid for pid in facts.people)  # the description is the named person


def test_hyphenated_parts_stay_in_the_name(nlp):
    facts = run(nlp, "Ethiopian President Tsehay-Work Gebre hosted Kenyan President Wanjiru Kamau in "
                     "Addis Ababa on Monday.")
    assert "Tsehay-Work Gebre" in names(facts)


def test_name_particles_join_the_name(nlp):
    facts = run(nlp, "Dutch Prime Minister Pieter van der Linden met Benin's President Koffi Adjovi. "
                     "Van der Linden also met Kenyan President Wanjiru Kamau.")
    people = [p for p in facts.people.values() if "linden" in p.id]
    assert len(people) == 1 and people[0].name == "Pieter van der Linden"


def test_an_uppercase_dateline_is_not_a_person(nlp):
    facts = run(nlp, "NAYPYITAW -- Thai Prime Minister Somchai Rattanakul met Lao President "
                     "Khamphoui Sayavong on Saturday.")
    assert not any("naypyitaw" in pid for pid in facts.people)
    assert len(only(facts).participant_ids) == 2


def test_an_unknown_surname_in_a_meeting_is_a_person(nlp):
    i = only(run(nlp, "Brathwaite and Okonkwo last met on January 19, 2017 in Lagos."))
    assert set(i.participant_ids) == {"brathwaite", "okonkwo"}


def test_a_short_form_follows_the_articles_full_name_not_a_namesake(nlp):
    facts = run(nlp, "Thai Foreign Minister Arthit Chai hosted Stephen Kerry, the Canadian foreign minister, "
                     "in Bangkok on Monday. Arthit's meeting with Kerry was closely watched.")
    assert "john-kerry" not in facts.people


def test_a_city_after_a_title_is_a_first_name_when_a_name_follows(nlp):
    doc = nlp("Officials said Minister Victoria Okafor held talks with President Santiago Ruiz on Tuesday, "
              "before flying home from Santiago.")
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"Victoria Okafor", "Santiago Ruiz"} <= people
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["Santiago"]


def test_a_form_of_address_is_no_person(nlp):
    facts = run(nlp, "Head of State Aliya Nurlanova held a telephone conversation with President Daniyar Omurov.")
    assert {frozenset(i.participant_ids) for i in facts.interactions} == {
        frozenset({"aliya-nurlanova", "daniyar-omurov"})}
    assert not run(nlp, "His Highness held talks with President Daniyar Omurov in Doha on Monday.").interactions
