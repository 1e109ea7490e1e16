"""When and where, continued: days counted from a day the text gave before ("a day earlier", "the
day before", "in the evening", "on the eve of the summit"), spans counted back from the present
("comes three months after"), background dates in clauses on the subject, and place names the
model mislabels. Sentences written for the tests."""

from datetime import date

from tests.test_extract_support import nlp, row_with, rows, run  # noqa: F401

FRI = date(2024, 3, 15)  # a Friday


def test_a_day_earlier_counts_back_from_the_last_day_given(nlp):
    text = ("Portuguese Foreign Minister Paulo Rangel received his Spanish counterpart José Manuel "
            "Albares in Lisbon on Thursday for talks on water sharing.\n\n"
            "The two discussed the Tagus river basin and energy links.\n\n"
            "A day earlier, Rangel held a phone call with Moroccan Foreign Minister Nasser Bourita "
            "about migration.")
    facts = run(nlp, text, published=FRI)
    assert row_with(facts, "Albares")["date"] == "2024-03-14"
    assert row_with(facts, "Bourita")["date"] == "2024-03-13"


def test_the_day_before_left_untagged_by_the_model(nlp):
    text = ("The prime ministers of Estonia, Latvia and Lithuania, Kristen Michal, Evika Silina and "
            "Gintautas Paluckas, met in Vilnius on Wednesday to discuss energy security.\n\n"
            "After the meeting at the government palace, the three signed a joint declaration.\n\n"
            "The day before, Michal held a video call with Finnish Prime Minister Petteri Orpo on "
            "undersea cables, his office said.")
    facts = run(nlp, text, published=FRI)
    assert row_with(facts, "Orpo")["date"] == "2024-03-12"


def test_in_the_evening_is_the_day_last_given_not_a_background_year(nlp):
    text = ("Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah II in Cairo on "
            "Tuesday for talks on Gaza.\n\n"
            "The two leaders then chaired a session of a joint committee that had not met since 2019.\n\n"
            "In the evening, Sisi, Abdullah and Palestinian President Mahmoud Abbas sat down together "
            "for a three-way meeting on reconstruction.")
    facts = run(nlp, text, published=FRI)
    assert row_with(facts, "Abbas", "Abdullah")["date"] == "2024-03-12"


def test_on_the_eve_of_the_summit_is_the_day_before_the_summit(nlp):
    text = ("NAIROBI - East African leaders gathered in the Kenyan capital on Saturday for a summit of "
            "the regional bloc on the conflict in eastern Congo.\n\n"
            "Kenyan President William Ruto opened the gathering with a call for a ceasefire.\n\n"
            "On the eve of the summit, Ruto met separately with Ugandan President Yoweri Museveni and "
            "Rwandan President Paul Kagame at State House, his office said.")
    facts = run(nlp, text, published=date(2024, 3, 16))
    assert row_with(facts, "Ruto", "Museveni")["date"] == "2024-03-15"
    assert row_with(facts, "Ruto", "Kagame")["date"] == "2024-03-15"


def test_a_visit_that_comes_months_after_a_meeting_dates_it_back_from_today(nlp):
    text = ("Kenyan President William Ruto held talks with French President Emmanuel Macron in Paris "
            "on Friday.\n\n"
            "The trip comes three months after Macron travelled to Abuja, where he was received by "
            "Nigerian President Bola Tinubu.")
    facts = run(nlp, text, published=FRI)
    assert row_with(facts, "Macron", "Tinubu")["date"] == "2023-12"


def test_a_month_in_a_clause_on_the_subject_is_not_the_meeting_date(nlp):
    text = ("Argentine President Javier Milei, who took office in December, held talks with Chilean "
            "President Gabriel Boric.")
    facts = run(nlp, text, published=FRI)
    assert row_with(facts, "Boric")["date"] is None


def test_a_day_in_a_clause_of_arrival_on_the_subject_still_dates_the_talks(nlp):
    text = ("Von der Leyen, who was greeted at the airport on Thursday by the foreign minister, held "
            "talks with President Lacalle Pou at the presidential tower hours after landing.")
    facts = run(nlp, text, published=FRI)
    assert row_with(facts, "Lacalle")["date"] == "2024-03-14"


def test_of_two_months_the_first_is_the_meeting_told_first(nlp):
    text = ("Sanchez and Costa met on the sidelines of the EU summit in Brussels in July and again in "
            "Lisbon in September.")
    facts = run(nlp, text, published=date(2023, 11, 20))
    assert row_with(facts, "Sanchez", "Costa")["date"] == "2023-07"


def test_a_town_of_a_name_tagged_as_a_person_is_a_place(nlp):
    text = ("Presidents Pedro Castillo and Gustavo Petro conferred on Friday in the jungle town of Leticia, "
            "near the border with Brazil.")
    facts = run(nlp, text, published=date(2022, 7, 10))
    assert row_with(facts, "Castillo", "Petro")["place"] == "Leticia"


def test_a_first_name_that_is_a_city_is_no_place(nlp):
    text = ("Asunción, May 2 (EFE) - Uruguayan President Luis Lacalle Pou met Paraguay's president-elect "
            "Santiago Peña on Monday on the margins of the Mercosur summit held in this city, officials "
            "said.")
    facts = run(nlp, text, published=date(2023, 5, 2))
    assert row_with(facts, "Lacalle", "Pe")["place"] == "Asunción"


def test_here_is_the_city_of_the_dateline(nlp):
    text = ("NEW DELHI, March 4 (PTI) - Japanese Prime Minister Fumio Kishida arrived on Monday for a "
            "two-day visit.\n\n"
            "Later, External Affairs Minister S Jaishankar held talks with Italian Foreign Minister "
            "Antonio Tajani here, officials said.")
    facts = run(nlp, text, published=date(2024, 3, 4))
    assert row_with(facts, "Jaishankar", "Tajani")["place"] == "New Delhi"


def test_the_beginning_of_the_month_is_this_month():
    from ingest.extract.dates import resolve
    assert resolve("the beginning of the month", date(2024, 3, 13), "past").iso() == "2024-03"


def test_seats_of_government_give_their_city(nlp):
    text = ("Uruguayan President Luis Lacalle Pou received Chilean President Gabriel Boric at the Torre "
            "Ejecutiva on Tuesday.\n\n"
            "On Wednesday, Boric held talks with Greek Prime Minister Kyriakos Mitsotakis at the Maximos "
            "Mansion.")
    facts = run(nlp, text, published=date(2024, 3, 13))
    assert row_with(facts, "Lacalle", "Boric")["place"] == "Montevideo"
    assert row_with(facts, "Boric", "Mitsotakis")["place"] == "Athens"


def test_a_purpose_infinitive_read_as_a_second_clause_keeps_the_venue(nlp):
    text = ("Obama had met separately on Monday with Olmert and with his political rival, former army "
            "chief Gabi Ashkenazi, at the White House to brief them on the deal.")
    facts = run(nlp, text, published=None)
    assert row_with(facts, "Obama", "Olmert")["place"] == "Washington"


def test_a_part_of_the_day_in_a_sentence_with_its_own_month_is_not_the_last_day(nlp):
    text = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on "
            "Tuesday.\n\n"
            "The two had last met in the evening at a state banquet in Nairobi in May 2021.")
    facts = run(nlp, text, published=FRI)
    assert [r["date"] for r in rows(facts) if r["place"] == "Nairobi"] == ["2021-05"]


def test_bare_sidelines_are_those_of_the_gathering_placed_before(nlp):
    text = ("The Baltic-Nordic summit in Tallinn brought together the prime ministers of the eight "
            "countries on Thursday.\n\n"
            "Ukrainian President Volodymyr Zelensky also spoke to the closing session by video link.\n\n"
            "On the sidelines, Estonian Prime Minister Kristen Michal held talks with Danish Prime "
            "Minister Mette Frederiksen, whose government last month pledged new aid.")
    facts = run(nlp, text, published=FRI)
    assert row_with(facts, "Michal", "Frederiksen")["place"] == "Tallinn"


def test_the_eve_of_a_dated_summit_is_the_day_before_it(nlp):
    text = "On the eve of Saturday's summit, Kenyan President William Ruto met Ugandan President Yoweri Museveni."
    facts = run(nlp, text, published=date(2024, 3, 16))
    assert row_with(facts, "Ruto", "Museveni")["date"] == "2024-03-15"


def test_this_city_is_the_city_of_the_dateline(nlp):
    text = ("MONTEVIDEO, May 2 (EFE) - Uruguay's president received Brazil's foreign minister on Monday.\n\n"
            "Later, Foreign Minister Omar Paganini held talks with Argentine Foreign Minister Diana Mondino "
            "in this city, officials said.")
    facts = run(nlp, text, published=date(2024, 5, 2))
    assert row_with(facts, "Paganini", "Mondino")["place"] == "Montevideo"
