from datetime import date

from ingest.extract import extract_many, to_eval_document
from ingest.facts import Article, ArticleFacts
from tests.test_extract_support import nlp, run


def test_extract_many_keeps_input_order(nlp):
    arts = [Article(id=f"a{n}", text=text, published=date(2023, 5, 10)) for n, text in enumerate([
        "Joe Biden met Olaf Scholz on Monday.",
        "Nothing happened today.",
        "Emmanuel Macron will meet Xi Jinping next week.",
    ])]
    out = list(extract_many(arts, nlp=nlp, batch_size=2))
    assert [f.article.id for f in out] == ["a0", "a1", "a2"]
    assert all(isinstance(f, ArticleFacts) for f in out)
    assert [len(f.interactions) for f in out] == [1, 0, 1]


def test_eval_document_shape(nlp):
    facts = run(nlp, "Russian President Vladimir Putin met Xi Jinping in Moscow on Monday. "
                     "Russia and China are members of the SCO.")
    doc = to_eval_document([facts])
    art = doc["articles"][0]
    assert art["id"] == "t"
    i = art["interactions"][0]
    assert {p["name"] for p in i["participants"]} == {"Vladimir Putin", "Xi Jinping"}
    assert "Putin" in " ".join(m for p in i["participants"] for m in p["mentions"])
    assert set(i) == {"participants", "mode", "status", "date", "place", "event", "evidence", "confidence"}
    assert i["place"] == "Moscow" and i["date"] == "2023-05-08"
    assert {(m["member"], m["organization"]) for m in art["memberships"]} == {
        ("Russia", "Shanghai Cooperation Organisation (SCO)"), ("China", "Shanghai Cooperation Organisation (SCO)")}


def test_ids_are_slugs(nlp):
    facts = run(nlp, "Russian President Vladimir Putin met Xi Jinping at the SCO summit in Samarkand.")
    assert {"vladimir-putin", "xi-jinping"} <= set(facts.people)
    assert "russia" in facts.countries
    assert "sco" in facts.organizations
    assert "samarkand" in facts.places and facts.places["samarkand"].country_id == "uzbekistan"
    assert "sco-summit-2023" in facts.events


def test_threads_asking_at_once_share_one_pipeline() -> None:
    import subprocess
    import sys

    code = (
        "import threading\n"
        "from ingest.extract import load_nlp\n"
        "seen = []\n"
        "threads = [threading.Thread(target=lambda: seen.append(id(load_nlp()))) for _ in range(4)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "print(len(seen), len(set(seen)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.stdout.split() == ["4", "1"], out.stderr


def test_the_pipeline_leaves_documents_that_can_cross_processes(nlp):
    # nlp.pipe(n_process=...) sends documents between processes as bytes: the components may keep
    # only plain values on a document (a dateline, a bare "today" and a "bin" chain all pass here)
    texts = ["Riyadh, December 08, 2022, SPA -- King Salman bin Abdulaziz received President Xi Jinping today.",
             "Putin met Xi in Moscow on Monday."]
    for doc in nlp.pipe(texts):
        assert doc.to_bytes()
    assert len(list(nlp.pipe(texts * 2, n_process=2))) == 4
