from tests.test_extract_support import nlp, run


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


def test_organisation_groups(nlp):
    facts = run(nlp, "The Shanghai Cooperation Organisation groups China, Russia, India and Pakistan.")
    assert members(facts, "sco") == {"china", "russia", "india", "pakistan"}


def test_organisation_brings_together(nlp):
    facts = run(nlp, "Founded in 2001, the SCO now brings together China, Russia, India and Iran.")
    assert members(facts, "sco") == {"china", "russia", "india", "iran"}


def test_members_of_the_organisation_include(nlp):
    facts = run(nlp, "Members of the Group of Seven (G7) include Japan, Canada and the United Kingdom.")
    assert members(facts, "g7") == {"japan", "canada", "united-kingdom"}


def test_the_blocs_members_include(nlp):
    facts = run(nlp, "The Organisation for Economic Co-operation and Development was set up in 1961. "
                     "The organisation's members include Chile, Ireland and the Czech Republic.")
    assert members(facts, "oecd") == {"chile", "ireland", "czech-republic"}


def test_a_fellow_member(nlp):
    facts = run(nlp, "Samoa, a fellow member of the Pacific Islands Forum (PIF), has backed the proposal.")
    assert members(facts, "pif") == {"samoa"}


def test_comprising_and_group_of(nlp):
    facts = run(nlp, "The Quad, comprising the United States, Japan, India and Australia, met in Tokyo. "
                     "The BRICS group of Brazil, Russia, India, China and South Africa is set to expand.")
    assert members(facts, "quad") == {"united-states", "japan", "india", "australia"}
    assert members(facts, "brics") == {"brazil", "russia", "india", "china", "south-africa"}


def test_organisation_nations_before_a_list(nlp):
    facts = run(nlp, "EU countries France and Germany backed the plan.")
    assert members(facts, "eu") == {"france", "germany"}


def test_an_organisation_the_gazetteer_does_not_know(nlp):
    facts = run(nlp, "Founded in 1991, the Southern Lakes Community now brings together Chad, Niger and Mali.")
    orgs = {o.name for o in facts.organizations.values()}
    assert "Southern Lakes Community" in orgs
    assert {m.country_id for m in facts.memberships} == {"chad", "niger", "mali"}


def test_guests_and_future_members_are_not_members(nlp):
    facts = run(nlp, "India and Brazil are guests, not full members. Namibia is expected to become a full "
                     "member of the grouping next year. Portugal has applied to join the group.")
    assert facts.memberships == []


def test_a_name_inside_the_organisation_is_not_a_negative_word(nlp):
    facts = run(nlp, "The Quadrilateral Security Dialogue (Quad) groups Japan, Australia, India and the United States.")
    assert members(facts, "quad") == {"japan", "australia", "india", "united-states"}


def test_the_member_is_written_as_the_text_writes_it(nlp):
    from ingest.extract import to_eval_document

    facts = run(nlp, "Slovenia, Ireland and Türkiye are all members of the OECD.")
    doc = to_eval_document([facts])["articles"][0]
    assert {m["member"] for m in doc["memberships"]} == {"Slovenia", "Ireland", "Türkiye"}


def test_list_runs_on_past_a_regional_group_phrase(nlp):
    facts = run(nlp, "The Eurasian Economic Union groups Russia, Armenia and the Caucasian states of "
                     "Georgia and Azerbaijan.")
    assert members(facts, "eaeu") == {"russia", "armenia", "georgia", "azerbaijan"}


def test_its_members_after_a_dash(nlp):
    facts = run(nlp, "Mercosur met in Asuncion. The bloc, named for its four members -- Brazil, Argentina, "
                     "Paraguay and Uruguay -- agreed a tariff deal.")
    assert members(facts, "mercosur") == {"brazil", "argentina", "paraguay", "uruguay"}


def test_member_of_both_organisations(nlp):
    facts = run(nlp, "Poland, a member of both the European Union and NATO, hosted the talks.")
    assert members(facts, "eu") == {"poland"}
    assert members(facts, "nato") == {"poland"}


def test_printed_organisation_carries_its_acronym_and_the_country_as_written(nlp):
    from ingest.extract import to_eval_document

    facts = run(nlp, "The G7 groups Canada, France, Germany, Italy, Japan, Britain and the United States.")
    printed = to_eval_document([facts])["articles"][0]["memberships"]
    assert {m["organization"] for m in printed} == {"Group of Seven (G7)"}
    assert "Britain" in {m["member"] for m in printed}
    facts = run(nlp, "The Gulf Cooperation Council groups Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain and Oman.")
    printed = to_eval_document([facts])["articles"][0]["memberships"]
    assert "United Arab Emirates" in {m["member"] for m in printed}
