"""Membership statements in shapes beyond a plain list after a cue: asides, pronouns, kinds of
body, readmissions, and the negatives next to them."""

import pytest

from tests.test_extract_support import nlp, run  # noqa: F401


def members(facts, org):
    return {m.country_id for m in facts.memberships if m.organization_id == org}


# ---------------------------------------------------------------- modifiers and asides


@pytest.mark.parametrize("text, org, expected", [
    ("Georgia is a member of the Moscow-backed Commonwealth of Independent States.", "cis", {"georgia"}),
    ("Serbia is a member of the so-called Central European Initiative.", "cei", {"serbia"}),
    ("Japan is a member of the US-led Quad.", "quad", {"japan"}),
])
def test_hyphenated_modifier_before_the_organisation(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_organisation_led_modifier_is_not_the_organisation(nlp):
    facts = run(nlp, "Croatia is a member of the NATO-led peacekeeping force.")
    assert members(facts, "nato") == set()


@pytest.mark.parametrize("text, org, expected", [
    ("The Bucharest Nine, set up in 2015, unites Poland, Romania and Bulgaria among others.", "b9",
     {"poland", "romania", "bulgaria"}),
    ("The Union for the Mediterranean, which was launched in 2008, includes Egypt, Jordan and Morocco.", "ufm",
     {"egypt", "jordan", "morocco"}),
])
def test_aside_between_organisation_and_cue(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_negative_aside_keeps_the_statement_out(nlp):
    facts = run(nlp, "The Pacific Alliance, which Ecuador hopes to join, includes Chile, Colombia and Peru.")
    assert "ecuador" not in members(facts, "pacific-alliance")


# ---------------------------------------------------------------- "the format", "the forum"


def test_format_and_trio_stand_for_the_group_named_before(nlp):
    facts = run(nlp, "Leaders gathered in Warsaw to revive the Weimar Triangle. "
                     "The format brings together France, Germany and Poland.")
    assert members(facts, "weimar") == {"france", "germany", "poland"}
    facts = run(nlp, "Ministers met under the Weimar Triangle umbrella. The trio comprises France, Germany and Poland.")
    assert members(facts, "weimar") == {"france", "germany", "poland"}


def test_the_forum_is_the_forum_not_the_last_body_named(nlp):
    facts = run(nlp, "The Pacific Islands Forum opened in Apia. A UN envoy spoke at the opening. "
                     "The forum's members include Fiji and Samoa.")
    assert members(facts, "pif") == {"fiji", "samoa"}
    assert members(facts, "un") == set()


def test_the_league_is_the_league(nlp):
    facts = run(nlp, "The Arab League held a summit after talks at the UN. The league's members include Egypt and Jordan.")
    assert members(facts, "arab-league") == {"egypt", "jordan"}
    assert members(facts, "un") == set()


# ---------------------------------------------------------------- pronouns and lists over two sentences


@pytest.mark.parametrize("text, org, expected", [
    ("Kenya and Ghana signed a deal. They are both members of the African Union.", "au", {"kenya", "ghana"}),
    ("Russia and Belarus signed the pact in 1999. They are also members of the CSTO.", "csto", {"russia", "belarus"}),
    ("Chile and Peru signed a treaty. The two countries are members of the Pacific Alliance.", "pacific-alliance",
     {"chile", "peru"}),
])
def test_they_stand_for_the_countries_of_the_sentence_before(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


@pytest.mark.parametrize("text, org", [
    ("Kenya and Ghana signed a deal. They are not members of the Commonwealth.", "commonwealth"),
    ("The presidents of Kenya and Ghana met. They are members of the African Union.", "au"),
    ("Kenya and Ghana signed a deal. They are observers in the Arab League.", "arab-league"),
])
def test_they_without_country_antecedent_or_negated(nlp, text, org):
    assert members(run(nlp, text), org) == set()


def test_also_members_with_the_organisation_of_the_sentence_before(nlp):
    facts = run(nlp, "The CSTO includes Russia and Armenia. Kazakhstan and Belarus are also members.")
    assert members(facts, "csto") == {"russia", "armenia", "kazakhstan", "belarus"}


def test_also_members_with_two_organisations_around_is_left(nlp):
    facts = run(nlp, "The CSTO and the EAEU met in Minsk. Kazakhstan and Belarus are also members.")
    assert not facts.memberships


# ---------------------------------------------------------------- counts, colons, "of"


@pytest.mark.parametrize("text, org, expected", [
    ("The Pacific Alliance has four members: Chile, Colombia, Mexico and Peru.", "pacific-alliance",
     {"chile", "colombia", "mexico", "peru"}),
    ("The Pacific Alliance has four member countries, namely Chile, Colombia, Mexico and Peru.",
     "pacific-alliance", {"chile", "colombia", "mexico", "peru"}),
    ("The Commonwealth of Independent States (CIS) comprises nine member states: Armenia, Azerbaijan, Belarus "
     "and Kazakhstan among them.", "cis", {"armenia", "azerbaijan", "belarus", "kazakhstan"}),
    ("The Weimar Triangle of France, Germany and Poland met.", "weimar", {"france", "germany", "poland"}),
    ("The Eurasian Economic Union (EAEU) - Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan - met.", "eaeu",
     {"russia", "belarus", "kazakhstan", "armenia", "kyrgyzstan"}),
])
def test_counted_and_named_lists(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_counted_observers_are_not_members(nlp):
    facts = run(nlp, "The SCO has two observer members: Mongolia and Belarus.")
    assert members(facts, "sco") == set()


# ---------------------------------------------------------------- joined lists


def test_like_inside_the_list(nlp):
    facts = run(nlp, "Kazakhstan, like Russia, is a member of the Eurasian Economic Union.")
    assert members(facts, "eaeu") == {"kazakhstan", "russia"}


def test_and_fellow_members(nlp):
    facts = run(nlp, "Hungary and its fellow NATO members Poland and Slovakia objected.")
    assert members(facts, "nato") == {"hungary", "poland", "slovakia"}
    facts = run(nlp, "Greece and other EU member states backed the plan.")
    assert members(facts, "eu") == {"greece"}
    facts = run(nlp, "Ukraine and other NATO partners met in Brussels.")
    assert members(facts, "nato") == set()


# ---------------------------------------------------------------- readmitted, restored


def test_readmission_ending_a_suspension(nlp):
    facts = run(nlp, "Egypt was readmitted to the Organisation of Islamic Cooperation in 1984, "
                     "ending a suspension that began in 1979.")
    assert members(facts, "oic") == {"egypt"}


def test_suspension_still_undoes_an_entry(nlp):
    facts = run(nlp, "Guinea was admitted to ECOWAS in 1975 but suspended after the coup.")
    assert members(facts, "ecowas") == set()


@pytest.mark.parametrize("text, org, expected", [
    ("The Arab League met in Cairo. The 22-member league voted last month to restore Syria's seat.",
     "arab-league", {"syria"}),
    ("The African Union restored Mali's membership in 2012.", "au", {"mali"}),
    ("The league did not restore Libya's seat in the Arab League.", "arab-league", set()),
    ("The African Union may restore Mali's membership next year.", "au", set()),
])
def test_restored_membership(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


# ---------------------------------------------------------------- more cues


@pytest.mark.parametrize("text, org, expected", [
    ("As a member of the European Union, Poland backed the plan.", "eu", {"poland"}),
    ("Mexico, Colombia, Peru and Chile, which together form the Pacific Alliance, met.", "pacific-alliance",
     {"mexico", "colombia", "peru", "chile"}),
    ("The SCO groups together China, Russia, India and Pakistan.", "sco", {"china", "russia", "india", "pakistan"}),
    ("The Baltic states - Estonia, Latvia and Lithuania - are all NATO members.", "nato",
     {"estonia", "latvia", "lithuania"}),
    ("The Organization of Turkic States has five full members - Azerbaijan, Kazakhstan, Kyrgyzstan, Turkey and "
     "Uzbekistan - and three observers.", "ots", {"azerbaijan", "kazakhstan", "kyrgyzstan", "turkey", "uzbekistan"}),
])
def test_more_cues(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_bracketed_list_of_guests_is_not_members(nlp):
    facts = run(nlp, "The invited states (Egypt, Nigeria and Kenya) are guests at the BRICS summit.")
    assert members(facts, "brics") == set()


# ---------------------------------------------------------------- entries


@pytest.mark.parametrize("text, org, expected", [
    ("Estonia, Latvia and Lithuania joined both NATO and the EU in 2004.", "eu", {"estonia", "latvia", "lithuania"}),
    ("Estonia, Latvia and Lithuania joined both NATO and the EU in 2004.", "nato", {"estonia", "latvia", "lithuania"}),
    ("China and Russia founded the SCO in 2001 with four Central Asian states.", "sco", {"china", "russia"}),
    ("Leaders of China and India attended the SCO summit, where Belarus joined as a new member.", "sco",
     {"belarus"}),
    ("Belarus joined as the SCO's tenth member last year.", "sco", {"belarus"}),
])
def test_entries_and_founders(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


@pytest.mark.parametrize("text, org", [
    ("China and Russia want to found a new bank with the BRICS.", "brics"),
    ("Mongolia joined as an observer at the SCO summit.", "sco"),
])
def test_no_entry(nlp, text, org):
    assert members(run(nlp, text), org) == set()


# ---------------------------------------------------------------- the same sentence takes a country back


@pytest.mark.parametrize("text, org, expected", [
    ("ECOWAS comprises Nigeria, Ghana, Senegal, Mali and Niger, though Mali and Niger are currently suspended.",
     "ecowas", {"nigeria", "ghana", "senegal"}),
    ("The SCO brings together China, Russia, India and Belarus, although Belarus is still an observer.",
     "sco", {"china", "russia", "india"}),
    ("The SCO comprises China, Russia, India and Pakistan; Belarus and Mongolia are observers.", "sco",
     {"china", "russia", "india", "pakistan"}),
])
def test_country_taken_back_in_the_same_sentence(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_as_member_of_later_in_the_sentence_is_not_the_next_country(nlp):
    facts = run(nlp, "The Arab League was admitted as a full member of the G20 on Friday, with Qatar's emir present.")
    assert members(facts, "g20") == set()


# ---------------------------------------------------------------- groupings in the gazetteer


@pytest.mark.parametrize("text, org, expected", [
    ("The Normandy Four brings together Russia, Ukraine, Germany and France.", "normandy-format",
     {"russia", "ukraine", "germany", "france"}),
    ("The Lublin Triangle groups Poland, Lithuania and Ukraine.", "lublin-triangle", {"poland", "lithuania", "ukraine"}),
    ("Envoys of the E3 (France, Germany and Britain) met in Vienna.", "e3", {"france", "germany", "united-kingdom"}),
    ("Members of the Craiova Four are Bulgaria, Greece, Romania and Serbia.", "craiova-group",
     {"bulgaria", "greece", "romania", "serbia"}),
    ("The Amazon Cooperation Treaty Organization comprises Brazil, Bolivia and Peru, among others.", "acto",
     {"brazil", "bolivia", "peru"}),
    ("The Cooperation Council of Turkic Speaking States unites Azerbaijan, Kazakhstan and Kyrgyzstan.", "ots",
     {"azerbaijan", "kazakhstan", "kyrgyzstan"}),
])
def test_groupings_known_to_the_gazetteer(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_cape_verde_is_printed_as_written(nlp):
    from ingest.extract.eval_format import article_document
    facts = run(nlp, "The CPLP groups Angola, Cape Verde and Mozambique.")
    assert "Cape Verde" in {m["member"] for m in article_document(facts)["memberships"]}


def test_the_initiative_needs_an_initiative(nlp):
    facts = run(nlp, "NATO ministers met in Oslo. The initiative includes Poland and Hungary.")
    assert members(facts, "nato") == set()
    facts = run(nlp, "The Three Seas Initiative met after a NATO summit. The initiative includes Poland and Hungary.")
    assert members(facts, "three-seas") == {"poland", "hungary"}


# ---------------------------------------------------------------- appositions


@pytest.mark.parametrize("text, org, expected", [
    ("Kenya and Uganda, along with Tanzania, are members of the East African Community.", "eac",
     {"kenya", "uganda", "tanzania"}),
    ("NATO-member Turkey objected.", "nato", {"turkey"}),
    ("EU-member states Hungary and Slovakia objected.", "eu", {"hungary", "slovakia"}),
    ("Poland and Estonia, both of which are NATO members, want more troops.", "nato", {"poland", "estonia"}),
    ("Poland and Estonia, all of them NATO members, want more troops.", "nato", {"poland", "estonia"}),
    ("Brazil, Russia, India, China and South Africa - the original BRICS members - met.", "brics",
     {"brazil", "russia", "india", "china", "south-africa"}),
])
def test_appositions(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


@pytest.mark.parametrize("text, org", [
    ("ECOWAS groups Ghana and Togo, along with Mali, which was suspended in 2021.", "ecowas"),
    ("Mali and Niger, both of which are suspended ECOWAS members, boycotted the summit.", "ecowas"),
    ("Serbia - an EU candidate - objected.", "eu"),
])
def test_appositions_that_are_not_membership(nlp, text, org):
    got = members(run(nlp, text), org)
    assert not got & {"mali", "niger", "serbia"}


# ---------------------------------------------------------------- a meeting of the organisation is no list of members


@pytest.mark.parametrize("text, org", [
    ("The G20 summit brought together India, Brazil and South Africa as well as guests.", "g20"),
    ("The NATO meeting included Ukraine, Georgia and Moldova as partners.", "nato"),
    ("The BRICS summit will include Saudi Arabia and Argentina.", "brics"),
    ("The meeting of the Arab League brought together Egypt, Jordan and Iraq.", "arab-league"),
])
def test_meeting_of_the_organisation_lists_attendees(nlp, text, org):
    assert members(run(nlp, text), org) == set()


def test_the_forum_with_no_forum_named_is_no_organisation(nlp):
    facts = run(nlp, "The forum, organised by the UN, groups Kenya, Uganda and Ethiopia.")
    assert members(facts, "un") == set()


def test_relative_clause_on_the_organisation_after_a_meeting_noun(nlp):
    facts = run(nlp, "She spoke at a session of the Pacific Alliance, which brings together Chile, Colombia and Peru.")
    assert members(facts, "pacific-alliance") == {"chile", "colombia", "peru"}


@pytest.mark.parametrize("text, org, expected", [
    ("The alliance met in Oslo. NATO ministers spoke. Finland, the alliance's newest member, hosted drills.",
     "nato", {"finland"}),
    ("Vietnam and Laos are among the bloc's ten members. ASEAN met in Jakarta.", "asean", {"vietnam", "laos"}),
])
def test_the_bloc_s_members_after_the_list(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


def test_the_bloc_s_observers_after_the_list(nlp):
    facts = run(nlp, "ASEAN met in Jakarta. Timor-Leste, the bloc's observer member, attended.")
    assert members(facts, "asean") == set()


@pytest.mark.parametrize("text, org, expected", [
    ("Ghana and Togo are members of Ecowas.", "ecowas", {"ghana", "togo"}),
    ("Brazil and India are members of Brics.", "brics", {"brazil", "india"}),
    ("Angola and Zambia are members of Sadc.", "sadc", {"angola", "zambia"}),
])
def test_acronyms_written_in_title_case(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected
