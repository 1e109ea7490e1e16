"""Joint meetings whose participants hang off a non-trigger frame ("the summit brought together ...",
"host a summit of ORG with ..."), and membership lists behind less common cues."""

import pytest

from tests.test_extract_support import nlp, only, pairs, run  # noqa: F401


def members(facts, org):
    return {m.country_id for m in facts.memberships if m.organization_id == org}


def everyone(facts):
    return {p for i in facts.interactions for p in i.participant_ids}


# ---------------------------------------------------------------- joint meetings


def test_summit_brought_together_country_name_list(nlp):
    facts = run(nlp, "The Baltic summit in Vilnius brought together Andrzej Duda and the presidents of Lithuania, "
                     "Gitanas Nauseda; Latvia, Edgars Rinkevics; and Estonia, Alar Karis.")
    i = only(facts)
    assert len(i.participant_ids) == 4
    assert {"andrzej-duda", "gitanas-nauseda", "edgars-rinkevics"} <= set(i.participant_ids)
    assert i.status == "held" and i.mode == "in_person"


def test_meeting_gathered_named_people(nlp):
    i = only(run(nlp, "The meeting in Geneva gathered Antony Blinken, Sergei Lavrov and Wang Yi."))
    assert set(i.participant_ids) == {"antony-blinken", "sergei-lavrov", "wang-yi"}


def test_summit_united_a_list_the_parser_splits(nlp):
    i = only(run(nlp, "The summit in Astana united Kassym-Jomart Tokayev, Shavkat Mirziyoyev and the presidents of "
                      "Kyrgyzstan, Sadyr Japarov; and Tajikistan, Emomali Rahmon."))
    assert set(i.participant_ids) == {"kassym-jomart-tokayev", "shavkat-mirziyoyev", "sadyr-japarov",
                                      "emomali-rahmon"}


def test_relative_clause_on_the_place_brought_together(nlp):
    i = only(run(nlp, "The talks in Doha, which brought together William Burns, David Barnea and "
                      "Mohammed bin Abdulrahman Al Thani, ended without a deal."))
    assert len(i.participant_ids) == 3 and "william-burns" in i.participant_ids


def test_host_a_summit_of_a_group_with_a_list(nlp):
    i = only(run(nlp, "Emmanuel Macron will host a summit of the Weimar Triangle with Olaf Scholz and "
                      "Polish President Andrzej Duda on Monday."))
    assert set(i.participant_ids) == {"emmanuel-macron", "olaf-scholz", "andrzej-duda"}
    assert i.status == "planned"


def test_host_a_meeting_with_a_list_behind_titles(nlp):
    i = only(run(nlp, "Narendra Modi will host a meeting of the BIMSTEC group with Sheikh Hasina and "
                      "Nepal's new Prime Minister Pushpa Kamal Dahal."))
    assert set(i.participant_ids) == {"narendra-modi", "sheikh-hasina", "pushpa-kamal-dahal"}


def test_names_in_later_clauses_do_not_join_the_list(nlp):
    facts = run(nlp, "Olaf Scholz held talks with Emmanuel Macron, Giorgia Meloni criticised the plan, "
                     "and Pedro Sanchez declined to comment.")
    assert pairs(facts) == {frozenset(("olaf-scholz", "emmanuel-macron"))}


@pytest.mark.parametrize("text", [
    # unnamed attendees: not everyone is named
    "The summit in Nairobi brought together William Ruto and leaders from 30 African countries.",
    "The summit brought together business leaders and Antony Blinken.",
    "The summit brought together William Ruto and the leaders of Kenya's neighbours.",
    # a large summit is attendance, not a meeting
    "The G20 summit in Rio brought together Lula, Joe Biden, Xi Jinping, Narendra Modi, Emmanuel Macron, "
    "Olaf Scholz, Giorgia Meloni, Keir Starmer and Anthony Albanese.",
    # "brought" without "together"
    "The summit brought Antony Blinken and Wang Yi little progress.",
])
def test_gatherings_that_are_not_joint_meetings(nlp, text):
    assert pairs(run(nlp, text)) == set()


# ---------------------------------------------------------------- memberships


@pytest.mark.parametrize("text, org, expected", [
    ("The Andean Community brings together the governments of Bolivia, Colombia, Ecuador and Peru.", "can",
     {"bolivia", "colombia", "ecuador", "peru"}),
    ("Brazil and Argentina are founding members of Mercosur, as well as Paraguay and Uruguay.", "mercosur",
     {"brazil", "argentina", "paraguay", "uruguay"}),
    ("Kenya and Tanzania are members of the East African Community, along with Uganda and Rwanda.", "eac",
     {"kenya", "tanzania", "uganda", "rwanda"}),
    ("Hungary, the most outspoken critic among NATO's 32 members, delayed the vote.", "nato", {"hungary"}),
    ("Portugal, one of the EU's 27 member states, backed the plan.", "eu", {"portugal"}),
])
def test_less_common_membership_cues(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


@pytest.mark.parametrize("text, org", [
    ("Ukraine, one of NATO's closest partners, asked for more air defence.", "nato"),
    ("Belarus, one of the SCO's observer states, sent a delegation.", "sco"),
    ("Serbia, the largest among the EU's candidate countries, opened a new chapter.", "eu"),
    ("Thailand hosted the ASEAN summit, along with Vietnam.", "asean"),
    ("Georgia is an observer of the Council of Europe, along with Armenia.", "coe"),
])
def test_partners_observers_and_hosts_are_not_members(nlp, text, org):
    assert members(run(nlp, text), org) == set()
