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
