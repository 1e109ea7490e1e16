import itertools
import random
from pathlib import Path

import pytest

from ingest.evaluate import _assign, format_scores, load_gold, score

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


def gold_article(aid="a1", interactions=(), memberships=()):
    return {"id": aid, "title": "t", "published": None, "text": "x",
            "interactions": list(interactions), "memberships": list(memberships)}


def gi(people, mode="in_person", status="held", date=None, place=None):
    return {"participants": list(people), "mode": mode, "status": status,
            "date": date, "place": place, "evidence": "e"}


def pi(people, mode="in_person", status="held", date=None, place=None):
    participants = [p if isinstance(p, dict) else {"name": p, "mentions": []} for p in people]
    return {"participants": participants, "mode": mode, "status": status, "date": date,
            "place": place, "event": None, "evidence": "e", "confidence": 0.9}


def doc(*articles):
    return {"articles": list(articles)}


def pred_article(aid="a1", interactions=(), memberships=()):
    return {"id": aid, "interactions": list(interactions), "memberships": list(memberships)}


def one(gold_inter, pred_inter, **kw):
    return score([gold_article(interactions=gold_inter, **kw)],
                 doc(pred_article(interactions=pred_inter)))


# ---------------------------------------------------------------- names


def test_surname_matches_full_name():
    s = one([gi(["Vladimir Putin", "Xi Jinping"])], [pi(["Putin", "Xi"])])
    assert (s.pairs.tp, s.pairs.fp, s.pairs.fn) == (1, 0, 0)


def test_longer_predicted_name_and_folding_match():
    s = one([gi(["Recep Tayyip Erdogan", "Kim Jong-un"])],
            [pi(["President Recep Tayyip ERDOĞAN", "Kim Jong Un"])])
    assert s.pairs.tp == 1


def test_mention_can_carry_the_match():
    putin = {"name": "V. V.", "mentions": ["Putin"]}
    s = one([gi(["Vladimir Putin", "Xi Jinping"])], [pi([putin, "Xi Jinping"])])
    assert s.pairs.tp == 1


def test_different_person_does_not_match():
    s = one([gi(["Vladimir Putin", "Xi Jinping"])], [pi(["Vladimir Putin", "Li Qiang"])])
    assert (s.pairs.tp, s.pairs.fp, s.pairs.fn) == (0, 1, 1)
    report = s.per_article["a1"]
    assert [p.people for p in report.missed_pairs] == [("Vladimir Putin", "Xi Jinping")]
    assert [p.people for p in report.extra_pairs] == [("Vladimir Putin", "Li Qiang")]


def test_order_of_participants_does_not_matter():
    s = one([gi(["Joe Biden", "Narendra Modi"])], [pi(["Modi", "Biden"])])
    assert s.pairs.tp == 1


def test_group_interaction_becomes_all_pairs():
    s = one([gi(["Jens Stoltenberg", "Erdogan", "Ulf Kristersson"])],
            [pi(["Stoltenberg", "Erdogan"])])
    assert (s.pairs.tp, s.pairs.fp, s.pairs.fn) == (1, 0, 2)


# ---------------------------------------------------------------- one-to-one


def test_duplicate_predictions_give_one_tp_and_one_fp():
    s = one([gi(["Joe Biden", "Vladimir Putin"])],
            [pi(["Biden", "Putin"]), pi(["Joe Biden", "Vladimir Putin"])])
    assert (s.pairs.tp, s.pairs.fp, s.pairs.fn) == (1, 1, 0)
    assert s.pairs.precision == 0.5 and s.pairs.recall == 1.0


def test_matching_prefers_equal_mode_and_status():
    gold = [gi(["Joe Biden", "Vladimir Putin"], mode="call", status="held"),
            gi(["Joe Biden", "Vladimir Putin"], mode="virtual", status="planned")]
    pred = [pi(["Biden", "Putin"], mode="virtual", status="planned"),
            pi(["Biden", "Putin"], mode="call", status="held")]
    s = one(gold, pred)
    assert s.pairs.tp == 2
    assert s.status_accuracy == 1.0 and s.mode_accuracy == 1.0
    assert s.per_article["a1"].mismatches == []


def test_single_prediction_goes_to_the_gold_pair_it_agrees_with():
    gold = [gi(["Joe Biden", "Vladimir Putin"], mode="call", status="held"),
            gi(["Joe Biden", "Vladimir Putin"], mode="virtual", status="planned")]
    s = one(gold, [pi(["Biden", "Putin"], mode="virtual", status="planned")])
    assert (s.pairs.tp, s.pairs.fn) == (1, 1)
    assert s.status_accuracy == 1.0
    assert s.per_article["a1"].missed_pairs[0].mode == "call"


def test_date_and_place_break_ties_between_equal_pairs():
    gold = [gi(["Narendra Modi", "Vladimir Putin"], mode="call", date="2022-02-24"),
            gi(["Narendra Modi", "Vladimir Putin"], mode="call", date="2022-03-02")]
    pred = [pi(["Modi", "Putin"], mode="call", date="2022-03-02"),
            pi(["Modi", "Putin"], mode="call", date="2022-02-24")]
    assert one(gold, pred).date_accuracy == 1.0
    gold = [gi(["Joe Biden", "Xi Jinping"], place="Bali"),
            gi(["Joe Biden", "Xi Jinping"], place="Woodside")]
    pred = [pi(["Biden", "Xi"], place="Woodside"), pi(["Biden", "Xi"], place="Bali")]
    assert one(gold, pred).place_accuracy == 1.0


def test_status_and_mode_mismatch_reported():
    s = one([gi(["Joe Biden", "Vladimir Putin"], mode="call", status="held")],
            [pi(["Biden", "Putin"], mode="in_person", status="held")])
    assert s.status_accuracy == 1.0 and s.mode_accuracy == 0.0
    (m,) = s.per_article["a1"].mismatches
    assert (m.attribute, m.gold, m.predicted) == ("mode", "call", "in_person")


def test_assignment_is_optimal_and_one_to_one():
    rng = random.Random(7)
    for _ in range(200):
        rows, cols = rng.randint(1, 4), rng.randint(1, 4)
        w = [[rng.choice([0, 0, 1, 3, 5]) for _ in range(cols)] for _ in range(rows)]
        got = _assign(w)
        assert len({i for i, _ in got}) == len(got) == len({j for _, j in got})
        assert all(w[i][j] > 0 for i, j in got)
        best = 0
        for perm in itertools.permutations(range(max(rows, cols)), rows):
            best = max(best, sum(w[i][j] for i, j in enumerate(perm) if j < cols))
        assert sum(w[i][j] for i, j in got) == best


# ---------------------------------------------------------------- attributes


def test_month_gold_accepts_day_prediction_not_the_reverse():
    pair = ["Narendra Modi", "Xi Jinping"]
    s = one([gi(pair, date="2022-09")], [pi(pair, date="2022-09-15")])
    assert s.date_accuracy == 1.0
    s = one([gi(pair, date="2022-09-15")], [pi(pair, date="2022-09")])
    assert s.date_accuracy == 0.0
    s = one([gi(pair, date="2022-09-15")], [pi(pair, date=None)])
    assert s.date_accuracy == 0.0


def test_date_denominator_is_pairs_with_gold_date():
    a, b = ["Narendra Modi", "Xi Jinping"], ["Narendra Modi", "Vladimir Putin"]
    s = one([gi(a, date=None), gi(b, date="2024-10")],
            [pi(a, date="2024-01-01"), pi(b, date="2024-10-22")])
    assert s.counts["date"] == (1, 1) and s.date_accuracy == 1.0
    s = one([gi(a)], [pi(a, date="2024-01-01")])
    assert s.date_accuracy is None


def test_place_containment_either_way():
    pair = ["Joe Biden", "Narendra Modi"]
    assert one([gi(pair, place="New Delhi")], [pi(pair, place="Delhi")]).place_accuracy == 1.0
    assert one([gi(pair, place="Washington")],
               [pi(pair, place="Washington, D.C.")]).place_accuracy == 1.0
    assert one([gi(pair, place="Novo-Ogaryovo")],
               [pi(pair, place="novo ogaryovo")]).place_accuracy == 1.0
    assert one([gi(pair, place="Rome")], [pi(pair, place="Jerome")]).place_accuracy == 0.0
    assert one([gi(pair, place="Sochi")], [pi(pair, place=None)]).place_accuracy == 0.0
    assert one([gi(pair)], [pi(pair, place="Sochi")]).place_accuracy is None


def test_attributes_only_over_matched_pairs():
    s = one([gi(["Joe Biden", "Narendra Modi"], date="2023-09-08", place="New Delhi")],
            [pi(["Li Qiang", "Anthony Albanese"], date="2023-09-08", place="New Delhi")])
    assert s.pairs.tp == 0
    assert s.status_accuracy is None and s.date_accuracy is None and s.place_accuracy is None


# ---------------------------------------------------------------- met in person


def test_met_in_person_filters_both_sides():
    gold = [gi(["Joe Biden", "Vladimir Putin"], mode="call"),
            gi(["Joe Biden", "Xi Jinping"], status="planned"),
            gi(["Joe Biden", "Kim Jong-un"], status="cancelled")]
    pred = [pi(["Biden", "Putin"], mode="call"),
            pi(["Biden", "Xi"], status="planned"),
            pi(["Biden", "Kim"], status="held")]
    s = one(gold, pred)
    assert (s.pairs.tp, s.pairs.fp, s.pairs.fn) == (3, 0, 0)
    # only Biden-Xi on the gold side; Biden-Xi and Biden-Kim (predicted held) on the other
    assert (s.met_in_person.tp, s.met_in_person.fp, s.met_in_person.fn) == (1, 1, 0)


def test_met_in_person_misses_a_call_predicted_for_a_meeting():
    s = one([gi(["Joe Biden", "Vladimir Putin"], mode="in_person")],
            [pi(["Biden", "Putin"], mode="call")])
    assert s.pairs.tp == 1
    assert (s.met_in_person.tp, s.met_in_person.fn) == (0, 1)


# ---------------------------------------------------------------- memberships


def mem(member, org):
    return {"member": member, "organization": org}


def mem_scores(gold, pred):
    return score([gold_article(memberships=gold)], doc(pred_article(memberships=pred)))


def test_organisation_acronym_and_spelling():
    s = mem_scores([mem("India", "Shanghai Cooperation Organisation"),
                    mem("Turkey", "North Atlantic Treaty Organization")],
                   [mem("India", "SCO"), mem("Turkey", "NATO")])
    assert (s.memberships.tp, s.memberships.fp, s.memberships.fn) == (2, 0, 0)
    s = mem_scores([mem("India", "Shanghai Cooperation Organisation")],
                   [mem("India", "Shanghai Cooperation Organization")])
    assert s.memberships.tp == 1
    s = mem_scores([mem("Laos", "ASEAN")],
                   [mem("Laos", "Association of South-East Asian Nations")])
    assert s.memberships.tp == 1
    s = mem_scores([mem("Japan", "Organisation for Economic Co-operation and Development")],
                   [mem("Japan", "OECD")])
    assert s.memberships.tp == 1
    s = mem_scores([mem("Japan", "OECD")], [mem("Japan", "Organization of American States")])
    assert s.memberships.tp == 0


def test_organisation_containment():
    s = mem_scores([mem("India", "BRICS")], [mem("India", "BRICS group")])
    assert s.memberships.tp == 1


def test_wrong_organisation_or_member_does_not_match():
    s = mem_scores([mem("India", "Shanghai Cooperation Organisation")],
                   [mem("India", "NATO"), mem("Pakistan", "SCO")])
    assert (s.memberships.tp, s.memberships.fp, s.memberships.fn) == (0, 2, 1)
    report = s.per_article["a1"]
    assert report.missed_memberships == [("India", "Shanghai Cooperation Organisation")]
    assert len(report.extra_memberships) == 2


def test_member_country_variants_via_pycountry():
    s = mem_scores([mem("Türkiye", "NATO")], [mem("Republic of Türkiye", "NATO")])
    assert s.memberships.tp == 1
    s = mem_scores([mem("United States", "NATO")], [mem("USA", "NATO")])
    assert s.memberships.tp == 1


def test_memberships_one_to_one():
    s = mem_scores([mem("India", "SCO")],
                   [mem("India", "SCO"), mem("India", "Shanghai Cooperation Organisation")])
    assert (s.memberships.tp, s.memberships.fp, s.memberships.fn) == (1, 1, 0)


# ---------------------------------------------------------------- articles


def test_empty_articles_score_perfectly():
    s = score([gold_article()], doc(pred_article()))
    assert s.pairs.f1 == 1.0 and s.met_in_person.f1 == 1.0 and s.memberships.f1 == 1.0
    assert s.status_accuracy is None
    assert s.per_article["a1"].clean


def test_prediction_on_empty_gold_is_a_false_positive():
    s = one([], [pi(["Joe Biden", "Narendra Modi"])])
    assert (s.pairs.tp, s.pairs.fp, s.pairs.fn) == (0, 1, 0)
    assert s.pairs.precision == 0.0 and s.pairs.f1 == 0.0


def test_article_missing_from_predictions_counts_all_gold_as_misses():
    gold = [gold_article("a1", [gi(["Joe Biden", "Narendra Modi"])]),
            gold_article("a2", [gi(["Joe Biden", "Xi Jinping", "Li Qiang"])],
                         [mem("China", "SCO")])]
    s = score(gold, doc(pred_article("a1", [pi(["Biden", "Modi"])]),
                        pred_article("zz", [pi(["Biden", "Xi"])])))
    assert (s.pairs.tp, s.pairs.fp, s.pairs.fn) == (1, 0, 3)
    assert (s.memberships.tp, s.memberships.fn) == (0, 1)
    assert s.per_article["a2"].missing and len(s.per_article["a2"].missed_pairs) == 3
    assert set(s.per_article) == {"a1", "a2"}


def test_micro_average_over_articles():
    gold = [gold_article("a1", [gi(["A B", "C D"]), gi(["A B", "E F"]), gi(["C D", "E F"])]),
            gold_article("a2", [gi(["G H", "I J"])])]
    pred = doc(pred_article("a1", [pi(["A B", "C D"]), pi(["A B", "E F"]), pi(["C D", "E F"])]),
               pred_article("a2", [pi(["G H", "K L"])]))
    s = score(gold, pred)
    assert (s.pairs.tp, s.pairs.fp, s.pairs.fn) == (3, 1, 1)
    assert s.pairs.f1 == pytest.approx(0.75)


# ---------------------------------------------------------------- report


def test_format_scores_marks_targets():
    s = one([gi(["Joe Biden", "Vladimir Putin"], date="2021-12")],
            [pi(["Biden", "Putin"], status="planned", date="2021-12-07"),
             pi(["Biden", "Xi"])])
    text = format_scores(s, per_article=True)
    lines = {line.split("│")[1].strip(): line for line in text.splitlines() if "│" in line}
    assert "below" in lines["pairs F1"]  # F1 0.667
    assert "below" in lines["status accuracy"]
    assert "ok" in lines["date accuracy"]
    assert "n/a" in lines["place accuracy"]
    assert "extra pair: Biden – Xi" in text
    assert "status gold 'held', predicted 'planned'" in text


# ---------------------------------------------------------------- real gold


def as_prediction(gold: dict) -> dict:
    return {"id": gold["id"],
            "interactions": [
                {**{k: it.get(k) for k in ("mode", "status", "date", "place", "evidence")},
                 "participants": [{"name": p, "mentions": [p]} for p in it["participants"]],
                 "event": None, "confidence": 1.0}
                for it in gold["interactions"]],
            "memberships": [{**m, "evidence": ""} for m in gold["memberships"]]}


dev_gold = load_gold(DEV) if DEV.is_dir() else []


@pytest.mark.skipif(not DEV.is_dir(), reason="evaluation gold folder not available")
def test_load_gold_sorted_by_file_name():
    names = sorted(p.stem for p in DEV.glob("*.json"))
    assert len(dev_gold) == len(names) > 0
    assert [g["id"] for g in dev_gold] == names


def assert_perfect(s):
    assert s.pairs.f1 == s.met_in_person.f1 == s.memberships.f1 == 1.0
    for acc in (s.status_accuracy, s.mode_accuracy, s.date_accuracy, s.place_accuracy):
        assert acc in (None, 1.0)
    assert all(r.clean for r in s.per_article.values())


@pytest.mark.skipif(not DEV.is_dir(), reason="evaluation gold folder not available")
@pytest.mark.parametrize("gold", dev_gold, ids=[g["id"] for g in dev_gold])
def test_perfect_prediction_of_each_gold_file(gold):
    assert_perfect(score([gold], doc(as_prediction(gold))))


@pytest.mark.skipif(not DEV.is_dir(), reason="evaluation gold folder not available")
def test_perfect_prediction_of_all_gold_files():
    # reversed article order: matching must go by id, not position
    s = score(dev_gold, doc(*[as_prediction(g) for g in reversed(dev_gold)]))
    assert_perfect(s)
    assert None not in (s.status_accuracy, s.mode_accuracy, s.date_accuracy, s.place_accuracy)
    assert s.pairs.tp > 0 and s.memberships.tp > 0


def test_articles_beside_the_gold_of_a_generated_corpus_are_not_gold(tmp_path) -> None:
    import json

    (tmp_path / "articles.jsonl").write_text(
        json.dumps({"id": "a1", "title": "t", "published": None, "text": "x"}) + "\n")
    gold = {"id": "a1", "title": "t", "published": None, "text": "x", "interactions": [],
            "memberships": [{"member": "India", "organization": "SCO"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    assert load_gold(tmp_path) == [gold]
