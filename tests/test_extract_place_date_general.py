"""Where and when a meeting happens when the sentence itself does not say: the story's opening day,
the dateline, journeys, and the gatherings a meeting is set at. Sentences written for the tests;
2023-05-10, the default publication day, is a Wednesday."""

from datetime import date

from ingest.extract import to_eval_document
from ingest.extract.places import dateline_end
from tests.test_extract_support import nlp, run


def rows(facts):
    return to_eval_document([facts])["articles"][0]["interactions"]


def row_with(facts, *names):
    found = [r for r in rows(facts) if all(any(n in p["name"] for p in r["participants"]) for n in names)]
    assert len(found) == 1, rows(facts)
    return found[0]


def test_an_undated_meeting_is_part_of_the_day_the_story_opens_with(nlp):
    facts = run(nlp, "LIMA (Reuters) - Peruvian President Rosa Quispe and Chilean President Tomas Vidal signed a "
                     "water-sharing accord on Wednesday, ending a decade of disputes over the Lauca river.\n\n"
                     "Quispe held talks with Vidal at the Government Palace before the signing ceremony.")
    row = row_with(facts, "Quispe", "Vidal")
    assert row["date"] == "2023-05-10"
    assert row["place"] == "Lima"


def test_an_opening_about_the_countries_dates_the_meeting_of_their_leaders(nlp):
    facts = run(nlp, "The leaders of Kenya and Tanzania agreed on Tuesday to reopen their shared border.\n\n"
                     "Kenyan President Wanjiru Kamau and Tanzanian President Amani Mushi held talks at a lakeside "
                     "lodge.")
    assert row_with(facts, "Kamau", "Mushi")["date"] == "2023-05-09"


def test_a_meeting_told_in_the_pluperfect_does_not_take_the_opening_day(nlp):
    facts = run(nlp, "Peruvian President Rosa Quispe and Chilean President Tomas Vidal signed a water accord "
                     "on Wednesday.\n\nQuispe had met Vidal at a border post to prepare the deal.")
    assert row_with(facts, "Quispe", "Vidal")["date"] is None


def test_a_journey_days_before_does_not_place_the_days_news(nlp):
    facts = run(nlp, "QUITO, May 10 (Reuters) - Ecuadorean President Ana Ruiz held talks with Colombian President "
                     "Luis Mora on Wednesday.\n\nRuiz arrived in Guayaquil on Monday to open a trade fair.")
    assert row_with(facts, "Ruiz", "Mora")["place"] == "Quito"


def test_a_journey_leading_to_a_later_meeting_places_it(nlp):
    facts = run(nlp, "Colombian Foreign Minister Ana Ruiz left for Santiago on Tuesday. Ruiz will hold talks with "
                     "Chilean Foreign Minister Tomas Vidal on Thursday.")
    assert row_with(facts, "Ruiz", "Vidal")["place"] == "Santiago"


def test_a_meeting_coordinated_after_a_journey_happens_where_it_went(nlp):
    facts = run(nlp, "Colombian Foreign Minister Ana Ruiz flew to Santiago on Monday and held talks with her "
                     "Chilean counterpart Tomas Vidal.")
    assert row_with(facts, "Ruiz", "Vidal")["place"] == "Santiago"
    facts = run(nlp, "A delegation led by Colombian Foreign Minister Ana Ruiz visited Quito last week and was "
                     "received by Ecuadorean President Luis Mora at his office.")
    assert row_with(facts, "Ruiz", "Mora")["place"] == "Quito"


def test_a_past_gathering_does_not_place_an_upcoming_meeting(nlp):
    facts = run(nlp, "Kenyan President Wanjiru Kamau will hold talks with Tanzanian President Amani Mushi next "
                     "month.\n\nA planned encounter on the sidelines of the African Union summit in Addis Ababa in "
                     "February was called off at the last minute.")
    planned = [r for r in rows(facts) if r["status"] == "planned"]
    assert planned and all(r["place"] is None for r in planned)


def test_agency_datelines_of_other_shapes(nlp):
    for text, lead in (("MINSK, May 10. /TASS/. The talks began.", "MINSK, May 10. /TASS/."),
                       ("Pune [India], May 10 (ANI): The talks began.", "Pune [India], May 10 (ANI):"),
                       ("CASTRIES, St. Lucia (AP) — The talks began.", "CASTRIES, St. Lucia (AP) —"),
                       ("OSAKA, May 10 Kyodo - The talks began.", "OSAKA, May 10 Kyodo -"),
                       ("Medan, N Sumatra (Antara) - The talks began.", "Medan, N Sumatra (Antara) -"),
                       ("(MENAFN- Gulf Wire) Doha, May 10 (QNA) -- The talks began.",
                        "(MENAFN- Gulf Wire) Doha, May 10 (QNA) --"),
                       ("BISHKEK. KABAR – The talks began.", "BISHKEK. KABAR –")):
        doc = nlp(text)
        assert doc[:dateline_end(doc)].text == lead, text


def test_a_tass_dateline_places_the_days_meeting(nlp):
    facts = run(nlp, "MINSK, May 10. /TASS/. Belarusian Prime Minister Pavel Zhuk held talks with Kazakh Prime "
                     "Minister Arman Sadykov on Wednesday.")
    assert row_with(facts, "Zhuk", "Sadykov")["place"] == "Minsk"


def test_a_meeting_planned_in_the_next_days_is_where_the_dateline_is(nlp):
    facts = run(nlp, "NAIROBI, May 10 (Reuters) - Kenya and Tanzania will sign a border accord this week.\n\n"
                     "Kenyan President Wanjiru Kamau is scheduled to hold talks with Tanzanian President Amani Mushi "
                     "on Friday.")
    assert row_with(facts, "Kamau", "Mushi")["place"] == "Nairobi"


def test_a_journey_in_the_sentence_beats_the_dateline(nlp):
    facts = run(nlp, "NAIROBI, May 10 (Reuters) - Kenya and Tanzania will sign a border accord this week.\n\n"
                     "Kenyan President Wanjiru Kamau will fly to Dodoma on Thursday and meet Tanzanian President "
                     "Amani Mushi on Friday.")
    assert row_with(facts, "Kamau", "Mushi")["place"] == "Dodoma"


def test_a_cancelled_meeting_at_a_gathering_is_dated_by_the_gathering(nlp):
    facts = run(nlp, "Peruvian President Rosa Quispe will attend a summit of the Organization of American States "
                     "in Asuncion on Saturday.\n\nChilean President Tomas Vidal, who had been expected to meet "
                     "Quispe on the sidelines of the OAS summit, called off his trip on Monday.")
    row = row_with(facts, "Quispe", "Vidal")
    assert row["status"] == "cancelled"
    assert row["date"] == "2023-05-13"


def test_the_meeting_a_joining_is_for_dates_it(nlp):
    facts = run(nlp, "Peruvian President Rosa Quispe will meet Chilean President Tomas Vidal in Lima on Thursday. "
                     "The two will then be joined by Bolivian President Juan Mamani for a trilateral meeting on "
                     "Friday.")
    assert row_with(facts, "Quispe", "Vidal", "Mamani")["date"] == "2023-05-12"


def test_a_meeting_coordinated_with_another_shares_its_place_and_day(nlp):
    facts = run(nlp, "On Tuesday, Peruvian President Rosa Quispe met Chilean President Tomas Vidal in Cusco, and "
                     "then held separate talks with Bolivian President Juan Mamani.")
    row = row_with(facts, "Quispe", "Mamani")
    assert row["place"] == "Cusco"
    assert row["date"] == "2023-05-09"


def test_where_refers_to_the_city_the_journey_goes_to(nlp):
    facts = run(nlp, "Peruvian President Rosa Quispe will open a fair in the Chilean capital on Thursday before "
                     "flying to Mendoza, where she is scheduled to hold talks with Argentine President Diego "
                     "Ferreyra on Friday.")
    assert row_with(facts, "Quispe", "Ferreyra")["place"] == "Mendoza"


def test_a_restated_meeting_still_gives_its_place(nlp):
    facts = run(nlp, "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin on Monday.\n\n"
                     "Erdogan said energy was the main issue at the talks between the two leaders in the Black Sea "
                     "resort of Sochi.")
    assert row_with(facts, "Erdogan", "Putin")["place"] == "Sochi"


def test_a_summit_in_a_capital_named_through_its_country_has_that_place(nlp):
    facts = run(nlp, "Peruvian President Rosa Quispe will attend a summit of the Organization of American States "
                     "in the Argentine capital on Saturday.\n\nChilean President Tomas Vidal, who had been expected "
                     "to meet Quispe on the sidelines of the OAS summit, called off his trip on Monday.")
    assert row_with(facts, "Quispe", "Vidal")["place"] == "Buenos Aires"


def test_a_meeting_at_that_summit_takes_the_day_given_for_the_summit(nlp):
    facts = run(nlp, "On Saturday, Peruvian President Rosa Quispe will attend a summit of Andean nations.\n\n"
                     "She is scheduled to hold a meeting with Chilean President Tomas Vidal on the sidelines of "
                     "that summit.")
    assert row_with(facts, "Quispe", "Vidal")["date"] == "2023-05-13"


def test_a_plan_and_its_cancellation_are_one_meeting_on_the_narrower_day(nlp):
    facts = run(nlp, "Peruvian President Rosa Quispe has called off a secret weekend meeting with Chilean "
                     "President Tomas Vidal at a border lodge.\n\nIn a statement on Saturday, Quispe said Vidal "
                     "was going to meet her on Sunday.", published=date(2023, 5, 14))
    row = row_with(facts, "Quispe", "Vidal")
    assert row["status"] == "cancelled"
    assert row["date"] == "2023-05-14"


def test_the_traveller_of_an_opening_sentence_parsed_onto_the_dateline(nlp):
    facts = run(nlp, "LIMA, May 10 (Andina) -- President Rosa Quispe will not visit Santiago this week, scrapping "
                     "plans for what would have been her first summit with Chilean President Tomas Vidal, her "
                     "office said on Wednesday.")
    assert row_with(facts, "Quispe", "Vidal")["place"] == "Santiago"


def test_a_subject_parsed_as_an_apposition_of_the_dateline_city_counts(nlp):
    from spacy.tokens import Doc

    from ingest.extract.places import hung_on_dateline

    words = ["LIMA", "--", "Rosa", "Quispe", "will", "visit", "Santiago"]
    doc = Doc(nlp.vocab, words=words, heads=[5, 0, 3, 0, 5, 5, 5],
              deps=["nsubj", "punct", "compound", "appos", "aux", "ROOT", "dobj"])
    assert hung_on_dateline(doc[3], skip=2)
    assert not hung_on_dateline(doc[6], skip=2)


def test_a_facility_set_out_of_town_keeps_its_own_name(nlp):
    facts = run(nlp, "Kenyan President Wanjiru Kamau held talks with Tanzanian President Amani Mushi at Ruvu "
                     "Airfield on the northern side of the lake on Monday.")
    assert row_with(facts, "Kamau", "Mushi")["place"] == "Ruvu Airfield"


def test_talks_that_end_in_a_dated_act_are_held_that_day(nlp):
    facts = run(nlp, "The accord was signed on Tuesday by Peruvian President Rosa Quispe after talks with Chilean "
                     "President Tomas Vidal in Arica.")
    assert row_with(facts, "Quispe", "Vidal")["date"] == "2023-05-09"


def test_days_of_talks_counted_back_from_a_dated_act_give_their_month(nlp):
    facts = run(nlp, "The truce follows a deal announced on April 13 after five days of talks in Nairobi between "
                     "Kenyan President Wanjiru Kamau and Tanzanian President Amani Mushi.")
    assert row_with(facts, "Kamau", "Mushi")["date"] == "2023-04"
