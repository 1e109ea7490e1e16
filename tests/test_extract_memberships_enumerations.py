"""Membership lists that go on past the organisation or the verb ("together with", "along with",
"alongside", "as are"), an organisation's own word for its members ("partner states" of the EAC),
"both countries" over the clauses of the sentence before, and the negatives next to them."""

from datetime import date

import pytest

from tests.test_extract_support import nlp, run  # noqa: F401


def members(facts, org):
    return {m.country_id for m in facts.memberships if m.organization_id == org}


# ---------------------------------------------------------------- the list goes on after the organisation


@pytest.mark.parametrize("text, org, expected", [
    ("Chile and Peru are members of the Pacific Alliance, together with Colombia and Mexico.", "pacific-alliance",
     {"chile", "peru", "colombia", "mexico"}),
    ("Nigeria is one of 15 members of ECOWAS alongside Ghana, Senegal and Togo.", "ecowas",
     {"nigeria", "ghana", "senegal", "togo"}),
    ("Kyrgyzstan belongs to the Eurasian Economic Union, along with Armenia and Belarus.", "eaeu",
     {"kyrgyzstan", "armenia", "belarus"}),
    ("Kazakhstan is one of the five members of the Eurasian Economic Union, with Russia, Belarus and Armenia.",
     "eaeu", {"kazakhstan", "russia", "belarus", "armenia"}),
])
def test_companions_after_the_organisation(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_companions_after_an_acronym_in_brackets(nlp):
    facts = run(nlp, "Ecuador and Bolivia are founding members of the Andean Community (CAN), "
                     "together with Colombia and Peru.")
    assert members(facts, "can") == {"ecuador", "bolivia", "colombia", "peru"}


def test_companions_after_the_bloc_of_an_entry_clause(nlp):
    facts = run(nlp, "Peru, which joined the Pacific Alliance at its founding, is a member of the bloc "
                     "along with Chile and Colombia, among others.")
    assert members(facts, "pacific-alliance") == {"peru", "chile", "colombia"}


def test_with_after_the_organisation_needs_the_list_to_end_the_sentence(nlp):
    facts = run(nlp, "Belarus is a member of the Eurasian Economic Union, with Russia paying for most of its budget.")
    assert members(facts, "eaeu") == {"belarus"}


@pytest.mark.parametrize("text, org", [
    ("Laos is a dialogue partner of the SCO, along with Cambodia and Nepal.", "sco"),
    ("Bolivia and Cuba are partner countries of BRICS, together with Belarus and Uzbekistan.", "brics"),
    ("Mongolia holds observer status in the SCO, alongside Afghanistan.", "sco"),
    ("Georgia hopes to become a member of NATO along with Moldova.", "nato"),
])
def test_companions_of_a_non_member_are_not_members(nlp, text, org):
    assert members(run(nlp, text), org) == set()


def test_a_companion_the_sentence_calls_suspended_is_dropped(nlp):
    facts = run(nlp, "Cameroon is a member of ECCAS, along with Gabon, which has been suspended since the coup.")
    assert members(facts, "eccas") == {"cameroon"}


def test_attending_a_summit_together_is_not_membership(nlp):
    facts = run(nlp, "Uzbekistan attended the SCO summit together with Turkmenistan and Azerbaijan. "
                     "China is a member of the SCO.")
    assert members(facts, "sco") == {"china"}


# ---------------------------------------------------------------- the list goes on after the verb


@pytest.mark.parametrize("text, org, expected", [
    ("Brazil and Argentina are, together with Paraguay and Uruguay, the founding members of Mercosur.", "mercosur",
     {"brazil", "argentina", "paraguay", "uruguay"}),
    ("Denmark and Sweden are, along with Norway, Finland and Iceland, the five members of the Nordic Council.",
     "nordic-council", {"denmark", "sweden", "norway", "finland", "iceland"}),
    ("Hungary is, like Poland and Slovakia, a member of the Visegrad Group.", "v4", {"hungary", "poland", "slovakia"}),
])
def test_companions_between_the_verb_and_the_cue(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_companions_between_the_verb_and_a_negative_cue(nlp):
    facts = run(nlp, "Ukraine and Georgia are, along with Moldova, candidates for membership of the European Union.")
    assert members(facts, "eu") == set()


# ---------------------------------------------------------------- other shapes of a shared membership


@pytest.mark.parametrize("text, org, expected", [
    ("Egypt joins South Africa, Brazil and India as members of BRICS.", "brics",
     {"egypt", "south-africa", "brazil", "india"}),
    ("Nigeria joined Ghana as a founding member of ECOWAS in 1975.", "ecowas", {"nigeria", "ghana"}),
    ("Bolivia is a member of the Andean Community, the other members being Colombia, Ecuador and Peru.", "can",
     {"bolivia", "colombia", "ecuador", "peru"}),
])
def test_joining_others_as_members_and_the_other_members_being(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_so_are_takes_the_organisation_of_the_sentence_before(nlp):
    facts = run(nlp, "Latvia and Estonia are members of the Baltic Assembly. So is Lithuania.")
    assert members(facts, "baltic-assembly") == {"latvia", "estonia", "lithuania"}


def test_so_is_after_an_observer_is_not_membership(nlp):
    facts = run(nlp, "Ghana is a member of ECOWAS, while Morocco has asked to be an observer. So has Mauritania.")
    assert members(facts, "ecowas") == {"ghana"}
    facts = run(nlp, "Uganda is a member of IGAD, and Eritrea is an observer. So is Egypt.")
    assert members(facts, "igad") == {"uganda"}


def test_a_planned_entry_beside_members_leaves_the_entrant_out(nlp):
    facts = run(nlp, "Indonesia is expected to join Malaysia and Thailand as members of APEC.")
    assert members(facts, "apec") == {"malaysia", "thailand"}


# ---------------------------------------------------------------- an organisation's own word for its members


@pytest.mark.parametrize("text, expected", [
    ("Rwanda and Burundi rank among the eight partner states of the East African Community, "
     "alongside Uganda and Somalia.", {"rwanda", "burundi", "uganda", "somalia"}),
    ("Uganda is an EAC partner state, as is Rwanda.", {"uganda", "rwanda"}),
    ("South Sudan became the EAC's sixth partner state in 2016.", {"south-sudan"}),
    ("EAC partner states Kenya and Uganda signed the customs protocol.", {"kenya", "uganda"}),
    ("The protocol was ratified by EAC partner states, including Burundi and Rwanda.", {"burundi", "rwanda"}),
])
def test_partner_states_are_the_members_of_the_eac(nlp, text, expected):
    assert members(run(nlp, text), "eac") == expected


@pytest.mark.parametrize("text, org", [
    ("Nepal and Bhutan are among the SCO's partner states, together with Cambodia.", "sco"),
    ("Japan and Australia are partner states of NATO in the Indo-Pacific.", "nato"),
    ("NATO partner states Japan and Australia sent envoys to the summit.", "nato"),
])
def test_partner_states_of_other_bodies_are_not_members(nlp, text, org):
    assert members(run(nlp, text), org) == set()


def test_partner_state_of_another_body_in_a_sentence_naming_the_eac(nlp):
    facts = run(nlp, "Somalia joined the EAC in 2023, and Japan became a partner state of NATO.")
    assert members(facts, "eac") == {"somalia"}
    assert members(facts, "nato") == set()


# ---------------------------------------------------------------- "both countries" over two clauses


def test_both_countries_are_the_subjects_of_two_clauses(nlp):
    facts = run(nlp, "Armenia is a member of the Eurasian Economic Union, whereas Azerbaijan never applied to "
                     "the union. Both countries are members of the Organization of the Black Sea Economic Cooperation.")
    assert members(facts, "eaeu") == {"armenia"}
    assert members(facts, "bsec") == {"armenia", "azerbaijan"}


def test_the_three_countries_over_clauses(nlp):
    facts = run(nlp, "Estonia and Latvia use the euro, while Lithuania adopted it a year later. "
                     "The three countries are members of the Baltic Assembly.")
    assert members(facts, "baltic-assembly") == {"estonia", "latvia", "lithuania"}


def test_both_countries_with_a_count_that_does_not_fit(nlp):
    facts = run(nlp, "Peru, Chile and Colombia trade freely, while Ecuador applied to the bloc. "
                     "Both countries are members of the Andean Community.")
    assert members(facts, "can") == set()


# ---------------------------------------------------------------- an apposition saying what the body is


@pytest.mark.parametrize("text, org, expected", [
    ("Minsk hosted a session of the Union State, the alliance between Russia and Belarus, on Friday.", "union-state",
     {"russia", "belarus"}),
    ("Delhi wants more from the Quad, the informal grouping of India, Japan, Australia and the United States.",
     "quad", {"india", "japan", "australia", "united-states"}),
])
def test_apposition_naming_the_parties_of_a_known_body(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_apposition_naming_partners_is_not_membership(nlp):
    facts = run(nlp, "Seoul welcomed the EU, the main trading partner of Chile and Peru, to the forum.")
    assert members(facts, "eu") == set()


# ---------------------------------------------------------------- a clause on the organisation lists its members


def test_a_relative_clause_on_the_organisation_lists_members_after_an_applicant(nlp):
    facts = run(nlp, "Ethiopia sent a request in 2022 to become part of the BRICS bloc, which now brings together Brazil, Russia, "
                     "India, China and South Africa.")
    assert members(facts, "brics") == {"brazil", "russia", "india", "china", "south-africa"}
    assert "ethiopia" not in {m.country_id for m in facts.memberships}


def test_the_subject_of_brings_together_not_an_organisation_inside_its_object(nlp):
    facts = run(nlp, "The Visegrad Group, set up in 1991, brings together NATO's central European countries: "
                     "the Czech Republic, Hungary, Poland and Slovakia.")
    assert {m.organization_id for m in facts.memberships} == {"v4"}
    assert members(facts, "v4") == {"czech-republic", "hungary", "poland", "slovakia"}


def test_members_of_two_organisations_each_with_its_acronym(nlp):
    facts = run(nlp, "Armenia and Belarus are members of the Collective Security Treaty Organization (CSTO) and "
                     "the Eurasian Economic Union (EAEU).")
    assert members(facts, "csto") == {"armenia", "belarus"}
    assert members(facts, "eaeu") == {"armenia", "belarus"}


def test_a_group_of_economies_including_a_list_parsed_as_one_noun_phrase(nlp):
    facts = run(nlp, "The G20 groups large advanced and developing economies including Brazil, Canada, Mexico "
                     "and Turkey.")
    assert members(facts, "g20") == {"brazil", "canada", "mexico", "turkey"}


def test_an_entry_as_a_member_state_after_an_earlier_exit(nlp):
    facts = run(nlp, "Morocco became the 55th member state of the African Union this week, "
                     "many years after it left the continental body.")
    assert members(facts, "au") == {"morocco"}


def test_two_entries_in_one_sentence_and_an_earlier_one_after_after(nlp):
    facts = run(nlp, "Bulgaria on Monday became the 21st member of the euro area, years after joining the "
                     "European Union.")
    assert members(facts, "eurozone") == {"bulgaria"}
    assert members(facts, "eu") == {"bulgaria"}


def test_joining_after_a_hope_is_not_an_entry(nlp):
    facts = run(nlp, "Moldova hopes to become a member of the alliance only after joining the EU.")
    assert facts.memberships == []


def test_the_other_member_states_listed_after_a_colon_are_the_bodys_members(nlp):
    facts = run(nlp, "Papua New Guinea on Sunday became the 12th member of the Association of Southeast Asian "
                     "Nations. Its prime minister signed the accord alongside the heads of the other 11 member "
                     "states: Brunei, Cambodia, Indonesia, Laos and Vietnam.")
    assert {"brunei", "cambodia", "indonesia", "laos", "vietnam"} <= members(facts, "asean")


def test_a_new_member_joining_the_members_names_them(nlp):
    facts = run(nlp, "Addis Ababa, March 2/2024 (ENA) Ethiopia has formally become a full member of BRICS from "
                     "this week, joining India, China, Brazil, Russia and South Africa in the grouping.",
                published=date(2024, 3, 2))
    assert {(m.country_id, m.organization_id) for m in facts.memberships} == {
        (c, "brics") for c in ("ethiopia", "brazil", "russia", "india", "china", "south-africa")}


def test_entrants_the_parser_hangs_on_the_dateline_city(nlp):
    facts = run(nlp, "Sofia, March 31 (BTA) - Romania and Bulgaria became full members of the Schengen zone "
                     "overnight, as checks at the internal air and sea borders ended.",
                published=date(2025, 1, 1))
    assert {(m.country_id, m.organization_id) for m in facts.memberships} == {
        ("bulgaria", "schengen"), ("romania", "schengen")}


def test_an_entry_told_in_a_participle_after_the_main_clause(nlp):
    facts = run(nlp, "Croatia adopted the euro on Sunday, becoming the 20th member of the euro area.",
                published=date(2026, 1, 1))
    assert {(m.country_id, m.organization_id) for m in facts.memberships} == {("croatia", "eurozone")}


# ---------------------------------------------------------------- which body "the bloc" is


def test_the_bloc_is_not_a_court_named_in_between(nlp):
    facts = run(nlp, "Mercosur leaders gathered in Asuncion. One president, wanted on an International "
                     "Criminal Court warrant, stayed home. The bloc, which was founded by Argentina, Brazil, "
                     "Paraguay and Uruguay, later admitted Bolivia.")
    assert members(facts, "mercosur") >= {"argentina", "brazil", "paraguay", "uruguay"}
    assert members(facts, "icc") == set()


def test_the_bloc_is_the_body_the_text_called_a_bloc(nlp):
    facts = run(nlp, "Ministers of the regional bloc SADC met in Gaborone on Monday. The African Union is "
                     "watching the talks, officials said. Zambia, Malawi and Namibia are among the bloc's "
                     "member states.")
    assert members(facts, "sadc") == {"zambia", "malawi", "namibia"}
    assert members(facts, "au") == set()


def test_the_members_a_named_pact_joins(nlp):
    facts = run(nlp, "Under the AUKUS security pact between Australia, Britain and the United States, "
                     "Canberra will get new submarines.")
    assert members(facts, "aukus") == {"australia", "united-kingdom", "united-states"}


def test_a_group_of_countries_among_them_some_named(nlp):
    facts = run(nlp, "The G20 groups 19 states plus the European Union, among them Turkey, Mexico and "
                     "Argentina.")
    assert members(facts, "g20") == {"turkey", "mexico", "argentina"}


def test_member_states_at_a_summit_are_members_of_its_body(nlp):
    facts = run(nlp, "The SCO summit gathered leaders of eight member states, including Kazakhstan, Pakistan "
                     "and India.")
    assert members(facts, "sco") == {"kazakhstan", "pakistan", "india"}


def test_leaders_of_countries_at_a_summit_are_not_members(nlp):
    facts = run(nlp, "The G20 summit gathered leaders of many countries, including Spain and Chile.")
    assert facts.memberships == []


def test_members_listed_after_have_been(nlp):
    facts = run(nlp, "Since March 2021, the ASEAN members have been Brunei, Cambodia, Laos and Vietnam, among others.")
    assert members(facts, "asean") >= {"brunei", "cambodia", "laos", "vietnam"}


def test_the_group_written_with_a_capital_is_the_body_told_before(nlp):
    facts = run(nlp, "Ministers of the Group of Twenty met online. Argentina and Mexico are the Group's members "
                     "from Latin America.")
    assert members(facts, "g20") == {"argentina", "mexico"}


def test_a_list_in_a_clause_on_a_body_a_country_is_not_a_member_of(nlp):
    facts = run(nlp, "Norway is not a member of the European Union, which is made up of France, Germany, Italy "
                     "and 24 other states.")
    assert members(facts, "eu") == {"france", "germany", "italy"}
    assert "norway" not in members(facts, "eu")


def test_an_aside_telling_what_the_body_is_not_confused_with(nlp):
    facts = run(nlp, "The Nordic Council, set up in 1952 and not to be confused with the European Union, today has "
                     "eight members, including Denmark, Finland and Iceland.")
    assert members(facts, "nordic-council") == {"denmark", "finland", "iceland"}
    assert members(facts, "eu") == set()


def test_a_schengen_member(nlp):
    facts = run(nlp, "Croatia became a Schengen member in 2023.")
    assert members(facts, "schengen") == {"croatia"}


def test_member_states_of_the_bloc_listed_between_dashes(nlp):
    facts = run(nlp, "Chad rejoined the Economic Community of Central African States. All member states of the "
                     "bloc – Chad, Gabon and Cameroon – now take part again.")
    assert members(facts, "eccas") >= {"gabon", "cameroon"}


def test_the_n_member_states_after_a_summit_of_heads_of_state_are_the_bodys(nlp):
    facts = run(nlp, "The East African Community met for its Summit of Heads of State and Government in Arusha. "
                     "It was attended by delegates of the 8 member states: Kenya, Uganda and Rwanda among them.")
    assert "heads-of-state-and-government" not in {m.organization_id for m in facts.memberships}


# ---------------------------------------------------------------- lists between dashes, "current members"


def test_a_list_between_dashes_after_a_bracketed_acronym_stays_in_its_sentence(nlp):
    text = ("The rules bind the Gulf Cooperation Council (GCC) -- Bahrain, Kuwait, Oman, Qatar, Saudi Arabia "
            "and the United Arab Emirates -- and two other states.")
    assert len(list(nlp(text).sents)) == 1
    assert members(run(nlp, text), "gcc") == {"bahrain", "kuwait", "oman", "qatar", "saudi-arabia",
                                              "united-arab-emirates"}


def test_the_current_members_listed_between_dashes_belong_to_the_body_told_of(nlp):
    facts = run(nlp, "Leaders of the Shanghai Cooperation Organisation agreed on Friday to start admitting "
                     "Belarus.\n\nThe eight current members -- China, India, Kazakhstan, Kyrgyzstan, Pakistan, "
                     "Russia, Tajikistan and Uzbekistan -- must still ratify the decision.")
    assert members(facts, "sco") == {"china", "india", "kazakhstan", "kyrgyzstan", "pakistan", "russia",
                                     "tajikistan", "uzbekistan"}


def test_companions_after_the_organisation_named_with_its_framework(nlp):
    facts = run(nlp, "Laos and Vietnam both belong to the Mekong-Lancang Cooperation framework, alongside "
                     "Cambodia, Myanmar and Thailand.")
    assert {m.country_id for m in facts.memberships} == {"laos", "vietnam", "cambodia", "myanmar", "thailand"}


def test_the_list_goes_on_along_with_a_group_of_island_states(nlp):
    facts = run(nlp, "After Peru's exit, the bloc's members are Chile, Colombia and Mexico, along with the Caribbean "
                     "island states of Dominica, Grenada and Saint Lucia.\n\nThe Pacific Alliance was founded in 2011.")
    assert {m.country_id for m in facts.memberships} >= {"chile", "colombia", "mexico", "dominica", "grenada",
                                                         "saint-lucia"}


def test_hyphenated_and_article_forms_of_caribbean_members_are_read_and_printed(nlp):
    from ingest.extract import to_eval_document

    facts = run(nlp, "The members of CARICOM include Barbados, The Bahamas, St Kitts-Nevis, St Lucia and Suriname.")
    printed = {m["member"] for m in to_eval_document([facts])["articles"][0]["memberships"]}
    assert printed == {"Barbados", "Bahamas", "St Kitts-Nevis", "St Lucia", "Suriname"}


@pytest.mark.parametrize("text, expected", [
    ("Kuwait, which like Oman is a founding member of the GCC, still opposes the plan.",
     {("kuwait", "gcc"), ("oman", "gcc")}),
    ("Kenya and Ghana, the two fastest-growing economies, are founding members of the African Union.",
     {("kenya", "au"), ("ghana", "au")}),
    ("Xi met heads of state of the Arab League, a 22-member bloc to which Tunisia belongs.", {("tunisia", "arab-league")}),
    ("Honduras is one of the members of the Central American Integration System (SICA) and of the Bolivarian "
     "Alliance for the Peoples of Our America (ALBA).", {("honduras", "sica"), ("honduras", "alba")}),
])
def test_members_told_around_a_relative_an_apposition_or_a_second_of(nlp, text, expected):
    assert {(m.country_id, m.organization_id) for m in run(nlp, text).memberships} == expected
