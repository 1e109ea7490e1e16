"""Ways of stating membership, and of meeting, beyond the shapes of any one article."""

import pytest

from ingest.extract.eval_format import article_document
from tests.test_extract_support import nlp, pairs, run  # noqa: F401


def members(facts, org):
    return {m.country_id for m in facts.memberships if m.organization_id == org}


# ---------------------------------------------------------------- a completed entry


@pytest.mark.parametrize("text, org, expected", [
    ("Finland joined NATO in April, ending decades of military non-alignment.", "nato", {"finland"}),
    ("Egypt, Ethiopia, Iran and the UAE joined BRICS on Jan. 1.", "brics",
     {"egypt", "ethiopia", "iran", "united-arab-emirates"}),
    ("Kenya belongs to the Southern African Customs Union, which Botswana also joined in 1970.", "sacu",
     {"kenya", "botswana"}),
    ("Morocco rejoined the African Union in 2017.", "au", {"morocco"}),
    ("Iran became a full member of the Shanghai Cooperation Organisation in July.", "sco", {"iran"}),
    ("Austria, which became the EU's 13th member in 1995, hosted the meeting.", "eu", {"austria"}),
    ("Timor-Leste was admitted as ASEAN's 11th member in 2025.", "asean", {"timor-leste"}),
    ("Algeria was admitted to the New Development Bank last year.", "new-development-bank", {"algeria"}),
    ("Argentina officially became a member of Mercosur in 1991, along with Brazil, Paraguay and Uruguay.",
     "mercosur", {"argentina", "brazil", "paraguay", "uruguay"}),
])
def test_completed_entry_is_membership(nlp, text, org, expected):
    assert members(run(nlp, text), org) == expected


@pytest.mark.parametrize("text, org", [
    ("Ukraine hopes to join NATO one day.", "nato"),
    ("Serbia will join the European Union only after reforms.", "eu"),
    ("Saudi Arabia has not yet joined BRICS.", "brics"),
    ("Bolivia has applied to become a member of Mercosur.", "mercosur"),
    ("Belarus became an observer of the Shanghai Cooperation Organisation.", "sco"),
    ("Georgia would have become a member of NATO had the war not intervened.", "nato"),
    ("Mali joined ECOWAS in 1975 but left it in 2024.", "ecowas"),
    ("Venezuela, which joined Mercosur in 2012, was suspended in 2016.", "mercosur"),
    ("Indonesia joined the ASEAN talks as a guest.", "asean"),
    ("Argentina was invited to join BRICS but declined.", "brics"),
])
def test_hoped_planned_or_undone_entry_is_not(nlp, text, org):
    assert members(run(nlp, text), org) == set()


# ---------------------------------------------------------------- lists and appositions


def test_list_in_dashes_after_the_organisation(nlp):
    facts = run(nlp, "Ministers of the five-member Central Asian bloc met as the Economic Cooperation Organization - "
                     "Iran, Pakistan and Turkey - looked on.")
    assert members(facts, "eco") == {"iran", "pakistan", "turkey"}


def test_member_states_in_dashes(nlp):
    facts = run(nlp, "The four Visegrad Group countries - Poland, Hungary, Slovakia and the Czech Republic - "
                     "signed the letter.")
    assert members(facts, "v4") == {"poland", "hungary", "slovakia", "czech-republic"}


def test_dash_list_of_partners_is_not_membership(nlp):
    facts = run(nlp, "Partners of the Pacific Islands Forum - Japan and China - sent envoys.")
    assert members(facts, "pif") == set()


def test_countries_including(nlp):
    facts = run(nlp, "The Economic Community of Central African States (ECCAS) groups 11 countries "
                     "including Gabon, Chad and Cameroon.")
    assert members(facts, "eccas") == {"gabon", "chad", "cameroon"}


def test_members_including(nlp):
    assert members(run(nlp, "OPEC members, including Iraq and Kuwait, backed the cut."), "opec") == {"iraq", "kuwait"}


def test_partners_including_are_not_members(nlp):
    assert members(run(nlp, "ASEAN's dialogue partners, including Japan and India, attended."), "asean") == set()


def test_which_is_a_member_since(nlp):
    facts = run(nlp, "Portugal, which has been a NATO member since 1949, objected.")
    assert members(facts, "nato") == {"portugal"}


def test_which_is_not_a_member(nlp):
    assert members(run(nlp, "Norway, which is not a member of the EU, objected."), "eu") == set()


def test_which_members_criticised_is_not_membership(nlp):
    assert members(run(nlp, "Serbia, which EU members criticised, objected."), "eu") == set()


def test_another_member_apposition(nlp):
    facts = run(nlp, "Greece, another EU member, objected to the plan.")
    assert members(facts, "eu") == {"greece"}


def test_no_member_apposition(nlp):
    assert members(run(nlp, "Norway, no EU member, objected to the plan."), "eu") == set()


def test_founding_members_apposition(nlp):
    facts = run(nlp, "Belgium and Italy, two of the EU's founding members, backed the reform.")
    assert members(facts, "eu") == {"belgium", "italy"}


def test_make_up(nlp):
    facts = run(nlp, "Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia make up the Eurasian Economic Union.")
    assert members(facts, "eaeu") == {"armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia"}


def test_counted_region_phrase_in_a_list(nlp):
    facts = run(nlp, "The CIS comprises Russia, Belarus, Armenia and the three Central Asian states of "
                     "Kazakhstan, Tajikistan and Uzbekistan.")
    assert members(facts, "cis") == {"russia", "belarus", "armenia", "kazakhstan", "tajikistan", "uzbekistan"}


def test_members_in_commas_after_members(nlp):
    facts = run(nlp, "The Nordic Council's newest members, Iceland and Denmark, took part.")
    assert members(facts, "nordic-council") == {"iceland", "denmark"}


def test_partners_in_commas_are_not_members(nlp):
    assert members(run(nlp, "NATO's partners, Japan and Australia, attended."), "nato") == set()


def test_countries_form_the_organisation(nlp):
    facts = run(nlp, "Bolivia, Colombia, Ecuador and Peru form the Andean Community.")
    assert members(facts, "can") == {"bolivia", "colombia", "ecuador", "peru"}


def test_group_of_economies_in_dashes(nlp):
    facts = run(nlp, "The MIKTA group of middle powers - Mexico, Indonesia, South Korea, Turkey and Australia - met.")
    assert members(facts, "mikta") == {"mexico", "indonesia", "south-korea", "turkey", "australia"}


def test_of_which_is_a_member(nlp):
    assert members(run(nlp, "The OSCE, of which Mongolia is a member, met in Vienna."), "osce") == {"mongolia"}


def test_of_which_is_an_observer(nlp):
    assert members(run(nlp, "The SCO, of which Mongolia is an observer, met in Astana."), "sco") == set()


def test_part_of_the_organisation(nlp):
    facts = run(nlp, "Rwanda and Burundi are part of the East African Community.")
    assert members(facts, "eac") == {"rwanda", "burundi"}


def test_never_part_of_the_organisation(nlp):
    facts = run(nlp, "Armenia and Kazakhstan are part of the CSTO, while Azerbaijan has never been part of the bloc.")
    assert members(facts, "csto") == {"armenia", "kazakhstan"}


def test_part_of_an_organisation_mission_is_not(nlp):
    assert members(run(nlp, "Burundi is part of the African Union force in Somalia."), "au") == set()


def test_acronym_expansion_after_a_group_word(nlp):
    facts = run(nlp, "Leaders of the IBSA grouping (India, Brazil and South Africa) met on the sidelines.")
    assert members(facts, "ibsa") == {"india", "brazil", "south-africa"}


# ---------------------------------------------------------------- the organisation referred to


def test_lender_founded_by_and_membership_expanded(nlp):
    facts = run(nlp, "Ministers met at the Asian Infrastructure Investment Bank (AIIB) in Beijing. "
                     "The multilateral lender was founded by China, India and Indonesia, and its membership "
                     "has since expanded to include Germany and Brazil.")
    assert members(facts, "aiib") == {"china", "india", "indonesia", "germany", "brazil"}


def test_the_bloc_is_made_up_of(nlp):
    facts = run(nlp, "Leaders of the Pacific Alliance met in Lima. The trade bloc is made up of Chile, Colombia, "
                     "Mexico and Peru.")
    assert members(facts, "pacific-alliance") == {"chile", "colombia", "mexico", "peru"}


def test_it_after_a_sentence_about_the_organisation(nlp):
    facts = run(nlp, "The Southern African Development Community was founded in 1992. It groups Angola, Botswana "
                     "and Zambia among others.")
    assert members(facts, "sadc") == {"angola", "botswana", "zambia"}


def test_it_after_a_sentence_about_something_else(nlp):
    facts = run(nlp, "Leaders signed a trade deal with the European Union. It includes France and Germany.")
    assert members(facts, "eu") == set()


def test_formal_country_names(nlp):
    facts = run(nlp, "The Arab League's members include the Hashemite Kingdom of Jordan, the Sultanate of Oman "
                     "and the State of Kuwait.")
    assert members(facts, "arab-league") == {"jordan", "oman", "kuwait"}


def test_member_named_in_its_fullest_written_form(nlp):
    facts = run(nlp, "Leaders of the Democratic Republic of Congo met in Nairobi. "
                     "The DRC joined the East African Community in 2022.")
    doc = article_document(facts)
    assert [m["member"] for m in doc["memberships"]] == ["Democratic Republic of Congo"]


def test_organisation_named_as_the_text_writes_it(nlp):
    facts = run(nlp, "Ministers of the Community of Portuguese-Speaking Countries (CPLP) gathered in Dili. "
                     "The CPLP's members include Angola, Mozambique and Portugal.")
    doc = article_document(facts)
    assert {m["organization"] for m in doc["memberships"]} == {"Community of Portuguese-Speaking Countries (CPLP)"}
    facts = run(nlp, "The Community of Portuguese Language Countries groups Angola, Mozambique and Portugal.")
    assert {m["organization"] for m in article_document(facts)["memberships"]} == {
        "Community of Portuguese Language Countries (CPLP)"}


# ---------------------------------------------------------------- meeting pairs


def test_met_separately_gives_one_pair_each(nlp):
    facts = run(nlp, "On Monday, Modi met separately with Japanese Prime Minister Fumio Kishida and "
                     "Australian Prime Minister Anthony Albanese.")
    assert pairs(facts) == {frozenset({"narendra-modi", "fumio-kishida"}),
                            frozenset({"narendra-modi", "anthony-albanese"})}


def test_meeting_with_a_joiner_is_read_once(nlp):
    facts = run(nlp, "French President Emmanuel Macron and German Chancellor Olaf Scholz, joined by Polish "
                     "President Andrzej Duda, held talks with Ukrainian President Volodymyr Zelensky in Kyiv on Monday.")
    assert len(facts.interactions) == 1
    assert set(facts.interactions[0].participant_ids) == {"emmanuel-macron", "olaf-scholz", "andrzej-duda",
                                                          "volodymyr-zelensky"}


def test_meeting_with_a_later_joiner_stays_two_meetings(nlp):
    facts = run(nlp, "Russian President Vladimir Putin and Chinese President Xi Jinping held talks on Monday. "
                     "On Tuesday they were joined by Indian Prime Minister Narendra Modi for a three-way meeting.")
    assert len(facts.interactions) == 2


def test_delegation_present_at_the_meeting(nlp):
    facts = run(nlp, "Indian Prime Minister Narendra Modi held a virtual meeting with Australian Prime Minister "
                     "Anthony Albanese on Tuesday. Albanese said he was glad to see Modi. Foreign Minister "
                     "S. Jaishankar and National Security Adviser Ajit Doval were present at the meeting in New Delhi.")
    meeting = next(i for i in facts.interactions if i.mode == "virtual")
    assert {"s-jaishankar", "ajit-doval"} <= set(meeting.participant_ids)


def test_absent_from_the_talks_is_not_added(nlp):
    facts = run(nlp, "Putin held talks with Erdogan in Sochi on Friday. Lavrov was not present at the talks.")
    assert pairs(facts) == {frozenset({"vladimir-putin", "recep-tayyip-erdogan"})}


def test_quoted_nickname_is_the_same_person(nlp):
    facts = run(nlp, "Nepal Prime Minister Pushpa Kamal Dahal 'Prachanda' is to make a three-day official trip to "
                     "India from June 2. Modi had spoken to Prachanda over the phone in January.")
    assert frozenset({"narendra-modi", "pushpa-kamal-dahal"}) in pairs(facts)
    assert "prachanda" not in facts.people


def test_nickname_inside_a_name_is_not_read_as_one(nlp):
    facts = run(nlp, 'Brazilian President Luiz Inacio "Lula" da Silva met Biden on Monday.')
    assert pairs(facts) == {frozenset({"luiz-inacio-lula-da-silva", "joe-biden"})}


def test_platform_and_region_are_not_people(nlp):
    facts = run(nlp, "Ethiopian Prime Minister Abiy Ahmed met Egyptian President Abdel Fattah el-Sisi in Cairo on "
                     "Thursday. Abiy said on Twitter that his talks with al-Sisi had been fruitful. "
                     "Earlier this month they held a videoconference on a plant in Egypt's Matrouh region.")
    assert "twitter" not in facts.people and "matrouh" not in facts.people
    assert pairs(facts) == {frozenset({"abiy-ahmed", "abdel-fattah-el-sisi"})}


def test_word_of_an_institution_is_not_a_name(nlp):
    facts = run(nlp, "On Friday, Lula met separately with Vice President Han Zheng and Zhao Leji, chairman of "
                     "the Standing Committee of China's National People's Congress.")
    assert "standing" not in facts.people


def test_with_a_and_with_b(nlp):
    facts = run(nlp, "On Thursday, Zelensky held separate meetings with Danish Prime Minister Mette Frederiksen and "
                     "with NATO Secretary-General Mark Rutte.")
    assert pairs(facts) == {frozenset({"volodymyr-zelensky", "mette-frederiksen"}),
                            frozenset({"volodymyr-zelensky", "mark-rutte"})}


def test_dinner_for_the_summit_leaders_is_not_a_meeting(nlp):
    facts = run(nlp, "Zelensky attended a dinner hosted by King Charles for the summit's leaders on Tuesday.")
    assert pairs(facts) == set()


def test_met_at_the_airport_by_is_a_greeting(nlp):
    facts = run(nlp, "On Tuesday evening, Turkish President Recep Tayyip Erdogan and Hungarian Prime Minister "
                     "Viktor Orban were met at Vnukovo airport by Russian Deputy Prime Minister Alexander Novak.")
    assert pairs(facts) == set()


def test_briefed_is_a_meeting(nlp):
    facts = run(nlp, "US envoy Zalmay Khalilzad briefed Afghan President Ashraf Ghani on a draft agreement in Kabul "
                     "on Monday.")
    assert pairs(facts) == {frozenset({"zalmay-khalilzad", "ashraf-ghani"})}


def test_video_meeting_retold_with_virtually_is_one_meeting(nlp):
    facts = run(nlp, 'Modi held a virtual meeting with Albanese on Tuesday. Albanese said he was glad to meet '
                     'Modi, "even if only virtually."')
    assert [(i.mode, i.place_id) for i in facts.interactions] == [("virtual", None)]


def test_meeting_and_video_call_on_one_day_stay_apart(nlp):
    facts = run(nlp, "Modi met Albanese in Sydney on Tuesday. On Tuesday evening Modi also held a video call "
                     "with Albanese.")
    assert sorted(i.mode for i in facts.interactions) == ["in_person", "virtual"]


def test_unknown_name_one_visits_is_a_place(nlp):
    facts = run(nlp, "Nepal's Prime Minister Pushpa Kamal Dahal will travel to Ujjain and visit Indore, often called "
                     "India's cleanest city, before flying back.")
    assert "indore" not in facts.people


def test_given_name_used_alone(nlp):
    facts = run(nlp, "Ethiopian Prime Minister Abiy Ahmed held talks in Asmara on Sunday. "
                     "Kenyan President William Ruto will hold talks with Abiy next week.")
    assert frozenset({"william-ruto", "abiy-ahmed"}) in pairs(facts)


def test_organisation_written_by_acronym_or_digits_is_printed_with_its_full_name(nlp):
    facts = run(nlp, "Japan, the United States, Australia and India make up the Quad.")
    assert {m["organization"] for m in article_document(facts)["memberships"]} == {
        "Quadrilateral Security Dialogue (Quad)"}
    facts = run(nlp, "Brazil, India and South Africa are members of the G-20.")
    assert {m["organization"] for m in article_document(facts)["memberships"]} == {"Group of Twenty (G-20)"}
    facts = run(nlp, "Brazil, India and South Africa are members of the Group of 20.")
    assert {m["organization"] for m in article_document(facts)["memberships"]} == {"Group of Twenty (G20)"}
