"""Bad input: every file gets a sensible result or one clear error of its own, the rest of
the batch is ingested, and the exit code of `diplograph ingest` says whether anything failed."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from app.config import Settings
from app.graph import queries
from app.graph.db import Graph
from ingest.article_limits import Limits, text_problem
from ingest.article_versions import text_hash
from ingest.facts import Article
from ingest.loader import LoadError, load

from .conftest import CORPUS, crowd_names
from .processes import clean_env, diplograph

# Per article source (file name, with [index] or :line): None if it must load, else a piece
# of its one error message.
EXPECTED: dict[str, str | None] = {
    "big.txt": "has 52,428,800 bytes, over the limit of 20,971,520 (DIPLOGRAPH_MAX_FILE_BYTES)",
    "chinese.txt": None,
    "crowd.txt": "names over 500 people or places (DIPLOGRAPH_MAX_ARTICLE_NAMES)",
    "deep.json": "invalid JSON: nested too deeply",
    "empty.txt": "empty article",
    "fields.json[0]": None,
    "fields.json[1]": "missing or empty 'text'",
    "fields.json[2]": "missing or empty 'text'",
    "fields.json[3]": "'published' must be YYYY-MM-DD or null, got '15/09/2022'",
    "fields.json[4]": "'id' must be a string, got bool",
    "fields.json[5]": "'title' must be a string, got list",
    "fields.json[6]": "'url' must be a string, got int",
    "fields.json[7]": "expected a JSON object",
    "latin1.txt": None,
    "lines.jsonl:1": None,
    "lines.jsonl:2": "invalid JSON: Expecting value",
    "lines.jsonl:3": "invalid JSON: Exceeds the limit (4300 digits)",
    "lines.jsonl:5": "expected a JSON object",
    "long-sentence.txt": "a sentence has 20,008 words, over the limit of 1,000",
    "page.html": None,
    "picture.txt": "binary content",
    "russian.txt": None,
    "stray-byte.txt": None,
    "top-level-number.json": "expected a JSON object",
    "version-1.json": None,
    "version-2.json": "was already read from",
}
LOADED_IDS = {"chinese", "fields-good", "latin1", "line-good", "page", "russian", "stray-byte",
              "summit-report"}


def _name(source: str) -> str:
    return Path(source).name


@pytest.fixture(scope="module")
def loaded(bad_input_dir: Path, limits_settings: Settings) -> dict[str, Article | LoadError]:
    items = list(load([bad_input_dir], Limits.from_settings(limits_settings)))
    by_source = {_name(i.source or ""): i for i in items}
    assert len(by_source) == len(items), "two results for one source"
    return by_source


def test_every_input_gets_its_expected_result(loaded: dict[str, Article | LoadError]) -> None:
    outcome = {
        source: (None if isinstance(item, Article) else item.reason)
        for source, item in loaded.items()
    }
    assert set(outcome) == set(EXPECTED)
    for source, expected in EXPECTED.items():
        if expected is None:
            assert outcome[source] is None, f"{source}: {outcome[source]}"
        else:
            assert outcome[source] is not None and expected in outcome[source], (
                f"{source}: {outcome[source]!r}")


def test_text_in_other_encodings_is_read_as_written(loaded) -> None:
    assert "Président François Hollande reçu à Zürich." in loaded["latin1.txt"].text
    stray = loaded["stray-byte.txt"].text
    # One replacement character where the bad byte was; every other character intact.
    assert stray.startswith("Die Gespräche in Zürich dauer\ufffdten an. Russian President")
    assert "Путин" in loaded["russian.txt"].text
    assert "习近平" in loaded["chinese.txt"].text


def test_html_becomes_its_visible_text(loaded) -> None:
    page = loaded["page.html"]
    assert page.title == "Putin & Xi meet in Samarkand"
    assert "Xi Jinping in Samarkand on September 15, 2022" in page.text
    assert "trade & energy" in page.text and '"no limits"' in page.text
    for hidden in ("tracking", "font-family", "CREATE", "Joe Biden", "Donald Trump",
                   "Narendra Modi", "Home", "<", "&amp;", "&nbsp;"):
        assert hidden not in page.text, hidden


def test_a_sentence_naming_too_many_is_refused(limits_settings: Settings) -> None:
    limits = Limits.from_settings(limits_settings)
    one_sentence = "Delegates included " + ", ".join(crowd_names(150)) + "."
    assert "a sentence names 150 people or places" in text_problem(one_sentence, limits)
    assert text_problem("Vladimir Putin met Xi Jinping in Samarkand.", limits) is None


def test_limits_are_settings(bad_input_dir: Path) -> None:
    roomy = Limits(file_bytes=60 * 1024 * 1024, article_chars=10**8, sentence_words=30_000,
                   article_names=10_000, sentence_names=100)
    items = {_name(i.source): i for i in load([bad_input_dir / "long-sentence.txt",
                                               bad_input_dir / "crowd.txt"], roomy)}
    assert isinstance(items["long-sentence.txt"], Article)
    assert isinstance(items["crowd.txt"], Article)


def _ingest_env(graph_settings: Settings) -> dict[str, str]:
    if os.environ.get("DIPLOGRAPH_GRAPH_URI"):
        return dict(os.environ)
    return clean_env(graph_settings.data_dir)


def _failed_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed ")]


def test_ingest_writes_the_good_files_and_fails_the_others_one_by_one(
    graph: Graph, graph_settings: Settings, bad_input_dir: Path
) -> None:
    graph.write(queries.DELETE_ALL)
    result = diplograph(_ingest_env(graph_settings), "ingest", str(bad_input_dir))
    assert result.returncode == 1, result.stderr
    failed = _failed_lines(result.stderr)
    expected_failures = {s for s, reason in EXPECTED.items() if reason}
    # One line per failing source, naming it and its reason.
    assert len(failed) == len(expected_failures), "\n".join(failed)
    for source in expected_failures:
        [line] = [f for f in failed if re.search(rf"/{re.escape(source)}: ", f)]
        assert EXPECTED[source] in line, line
    assert "Traceback" not in result.stderr
    stored = {r["id"] for r in graph.read(queries.ARTICLES_ADDED, ids=sorted(LOADED_IDS))}
    assert stored == LOADED_IDS
    # The facts of the good ones are there: Putin met Xi (several of them report it).
    page = graph.read(queries.PERSON_MET_PAGE, id="vladimir-putin", per_person=1, skip=0,
                      end=1000)[0]["page"]
    met = {c["id"] for c in page}
    assert "xi-jinping" in met


def test_a_clean_run_exits_0(graph: Graph, graph_settings: Settings) -> None:
    graph.write(queries.DELETE_ALL)
    result = diplograph(_ingest_env(graph_settings), "ingest", str(CORPUS / "version-1.json"),
                        str(CORPUS / "page.html"))
    assert result.returncode == 0, result.stderr
    assert _failed_lines(result.stderr) == []


def test_an_id_with_another_text_in_a_later_run_is_refused(
    graph: Graph, graph_settings: Settings
) -> None:
    graph.write(queries.DELETE_ALL)
    env = _ingest_env(graph_settings)
    first = diplograph(env, "ingest", str(CORPUS / "version-1.json"))
    assert first.returncode == 0, first.stderr
    second = diplograph(env, "ingest", str(CORPUS / "version-2.json"), str(CORPUS / "page.html"))
    assert second.returncode == 1
    [line] = _failed_lines(second.stderr)
    assert "version-2.json: write: article 'summit-report' is already in the graph with a " \
           "different text" in line
    [stored] = graph.read(queries.ARTICLE_TEXT_HASHES, ids=["summit-report"])
    version_1 = json.loads((CORPUS / "version-1.json").read_text(encoding="utf-8"))
    assert stored["text_hash"] == text_hash(version_1["text"])
    # Nothing of the refused version landed; the other file of its run did.
    assert graph.read(queries.PERSON_WITH_ROLES, id="narendra-modi") == []
    assert [r["id"] for r in graph.read(queries.ARTICLES_ADDED, ids=["page"])] == ["page"]
