from tests.test_extract_support import nlp, run  # noqa: F401


def members(facts, org):
    return {m.country_id for m in facts.memberships if m.organization_id == org}


def test_are_all_members_of_the_organisation(nlp):
    facts = run(nlp, "The Collective Security Treaty Organization met in Minsk. "
                     "Russia, Belarus, Armenia and Kazakhstan are all members of the organisation.")
    assert members(facts, "csto") == {"russia", "belarus", "armenia", "kazakhstan"}


def test_whose_members_are_stops_at_a_group_phrase(nlp):
    facts = run(nlp, "The EAEU, whose members are Russia, Belarus and the other former Soviet states, met on Monday.")
    assert members(facts, "eaeu") == {"russia", "belarus"}


def test_organisation_comprises(nlp):
    facts = run(nlp, "The bloc comprises Brazil, Argentina, Paraguay and Uruguay, with Bolivia as an acceding state. "
                     "Mercosur leaders gathered in Montevideo.")
    assert members(facts, "mercosur") == {"brazil", "argentina", "paraguay", "uruguay"}


def test_other_member_countries_include(nlp):
    facts = run(nlp, "The Gulf Cooperation Council was set up in 1981. "
                     "Member states include Saudi Arabia, Qatar, Kuwait and Oman.")
    assert members(facts, "gcc") == {"saudi-arabia", "qatar", "kuwait", "oman"}


def test_acronym_expansion(nlp):
    facts = run(nlp, "Leaders of BRICS (Brazil-Russia-India-China-South Africa) will gather in Durban.")
    assert members(facts, "brics") == {"brazil", "russia", "india", "china", "south-africa"}


def test_single_member_statement(nlp):
    facts = run(nlp, "As a founding NATO member, Canada's support for the alliance matters.")
    assert members(facts, "nato") == {"canada"}


def test_x_is_a_member_of(nlp):
    facts = run(nlp, "Poland is a member of NATO and borders Ukraine.")
    assert members(facts, "nato") == {"poland"}


def test_observers_partners_and_applicants_are_not_members(nlp):
    facts = run(nlp, "Observer states of the SCO include Mongolia and Afghanistan. "
                     "Sweden's bid to join NATO was discussed, and Ukraine's NATO membership bid stalled.")
    assert facts.memberships == []


def test_attendees_are_not_members(nlp):
    facts = run(nlp, "The leaders of Turkey, Iran and Azerbaijan attended the SCO summit in Samarkand.")
    assert facts.memberships == []


def test_membership_has_evidence(nlp):
    text = "Poland is a member of NATO."
    facts = run(nlp, text)
    m = facts.memberships[0]
    assert text[m.evidence.start:m.evidence.end] == m.evidence.sentence
    assert 0 <= m.confidence <= 1
