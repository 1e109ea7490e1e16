from datetime import date

from tests.test_extract_support import nlp, only, run


def test_summit_event_with_place_and_date(nlp):
    facts = run(nlp, "The G20 summit will be held in New Delhi on September 9. "
                     "Joe Biden will meet Narendra Modi at the G20 summit.", published=date(2023, 9, 1))
    assert "g20-summit-2023" in facts.events
    ev = facts.events["g20-summit-2023"]
    assert ev.place_id == "new-delhi" and ev.start == "2023-09-09" and ev.organization_id == "g20"
    i = only(facts)
    assert (i.event_id, i.place_id, i.date) == ("g20-summit-2023", "new-delhi", "2023-09-09")


def test_forum_with_a_fixed_venue(nlp):
    facts = run(nlp, "Narendra Modi will meet Vladimir Putin during the Eastern Economic Forum.",
                published=date(2019, 9, 1))
    i = only(facts)
    assert i.place_id == "vladivostok"
    assert i.event_id == "eastern-economic-forum-2019"


def test_the_summit_refers_to_the_named_one(nlp):
    facts = run(nlp, "Leaders gathered for the ASEAN summit in Vientiane. "
                     "Anthony Albanese will meet Li Qiang on the sidelines of the summit.",
                published=date(2024, 10, 9))
    i = only(facts)
    assert i.place_id == "vientiane" and i.event_id == "asean-summit-2024"


def test_meeting_ahead_of_a_summit_is_not_at_it(nlp):
    facts = run(nlp, "Joe Biden will meet Fumio Kishida in Tokyo ahead of the G7 summit in Hiroshima.")
    i = only(facts)
    assert i.event_id is None and i.place_id == "tokyo"


def test_later_sentence_about_the_summit_gives_its_place(nlp):
    facts = run(nlp, "Donald Trump cancelled his planned summit with Kim Jong-un. "
                     "The summit had been scheduled to take place in Singapore.", published=None)
    i = only(facts)
    assert (i.status, i.place_id) == ("cancelled", "singapore-city")


def test_headline_city(nlp):
    facts = run(nlp, "The talks between Sanchez and Costa were held at the congress hall.",
                published=None, title="Sanchez and Costa meet in Vilnius")
    i = only(facts)
    assert i.place_id == "vilnius"
