from datetime import date

from tests.test_extract_support import nlp, run


def test_surname_joins_the_full_name(nlp):
    facts = run(nlp, "Emmanuel Macron arrived in Berlin. Macron then met Olaf Scholz.")
    assert "emmanuel-macron" in facts.people
    assert set(facts.people["emmanuel-macron"].mentions) >= {"Emmanuel Macron", "Macron"}


def test_transliterations_share_one_id(nlp):
    facts = run(nlp, "Volodymyr Zelenskyy met Olaf Scholz. Zelenski thanked him.")
    assert "volodymyr-zelensky" in facts.people
    assert "zelenski" not in facts.people


def test_gazetteer_alias(nlp):
    facts = run(nlp, "Kremlin aide Yuri Ouchakov spoke to reporters.")
    assert "yuri-ushakov" in facts.people


def test_accented_name(nlp):
    facts = run(nlp, "Recep Tayyip Erdoğan met Viktor Orbán in Ankara.")
    assert {"recep-tayyip-erdogan", "viktor-orban"} <= set(facts.people)


def test_unknown_person_still_becomes_a_person(nlp):
    facts = run(nlp, "Foreign Minister Abdoulaye Diop met Sergei Lavrov in Moscow on Tuesday.")
    assert "abdoulaye-diop" in facts.people
    assert any(set(i.participant_ids) == {"abdoulaye-diop", "sergei-lavrov"} for i in facts.interactions)


def test_office_dates_pick_the_holder(nlp):
    facts = run(nlp, "Narendra Modi spoke to the British prime minister on Monday.", published=date(2023, 5, 10))
    assert any("rishi-sunak" in i.participant_ids for i in facts.interactions)
    facts = run(nlp, "Narendra Modi spoke to the British prime minister on Monday.", published=date(2021, 5, 10))
    assert any("boris-johnson" in i.participant_ids for i in facts.interactions)


def test_possessive_name(nlp):
    facts = run(nlp, "Antony Blinken's meeting with Wang Yi took place in Munich.")
    assert {"antony-blinken", "wang-yi"} in [set(i.participant_ids) for i in facts.interactions]


def test_roles_from_titles(nlp):
    facts = run(nlp, "Russian President Vladimir Putin met Turkish Foreign Minister Hakan Fidan. "
                     "Russian Ambassador to China Andrey Denisov attended. "
                     "NATO Secretary General Jens Stoltenberg spoke later.")
    roles = {(r.person_id, r.title, r.of_kind, r.of_id) for r in facts.roles}
    assert ("vladimir-putin", "President", "Country", "russia") in roles
    assert ("hakan-fidan", "Foreign Minister", "Country", "turkey") in roles
    assert ("andrey-denisov", "Ambassador to China", "Country", "russia") in roles
    assert ("jens-stoltenberg", "Secretary General", "Organization", "nato") in roles


def test_title_after_the_name(nlp):
    facts = run(nlp, "President Shavkat Mirziyoyev of Uzbekistan welcomed the delegates.")
    roles = {(r.person_id, r.title, r.of_id) for r in facts.roles}
    assert ("shavkat-mirziyoyev", "President", "uzbekistan") in roles


def test_ranked_description_resolves_through_the_text(nlp):
    facts = run(nlp, "China's number three leader will meet Vladimir Putin in Moscow on Friday. "
                     "Zhao Leji, a senior Chinese official and the country's top lawmaker, arrived on Thursday. "
                     "Chinese President Xi Jinping stayed in Beijing.")
    assert any(set(i.participant_ids) == {"zhao-leji", "vladimir-putin"} for i in facts.interactions)


def test_country_ids_and_names(nlp):
    facts = run(nlp, "The United States and Russia disagreed.")
    assert facts.countries["united-states"].name == "United States"
    assert facts.countries["russia"].iso2 == "RU"
