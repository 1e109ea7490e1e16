"""The acceptance case: the two seed articles about the 2022 SCO summit."""

import re
from datetime import date
from pathlib import Path

import pytest

from ingest.extract import extract_article
from ingest.facts import Article
from tests.test_extract_support import nlp

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _article(name: str) -> Article:
    text = (SEEDS / name).read_text(encoding="utf-8")
    published = None
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", text)
    if m:
        published = date.fromisoformat(m.group(1))
        text = text[m.end():]
    text = re.sub(r"Image: \w+", "", text).replace("source site", "").strip()
    return Article(id=name, text=text, published=published)


@pytest.fixture(scope="module")
def seed000(nlp):
    return extract_article(_article("000_915eeb5320653d16.txt"), nlp)


@pytest.fixture(scope="module")
def seed004(nlp):
    return extract_article(_article("004_27e1e6ece1bd52d9.txt"), nlp)


def _find(facts, a, b):
    return [i for i in facts.interactions if set(i.participant_ids) == {a, b}]


def test_putin_xi_at_samarkand(seed000, seed004):
    (i,) = _find(seed000, "vladimir-putin", "xi-jinping")
    assert (i.mode, i.status, i.date, i.place_id, i.event_id) == (
        "in_person", "planned", "2022-09-15", "samarkand", "sco-summit-2022")
    (j,) = _find(seed004, "vladimir-putin", "xi-jinping")
    assert (j.mode, j.status, j.date, j.place_id) == ("in_person", "planned", None, "samarkand")


def test_putin_li_zhanshu_in_vladivostok(seed000):
    (i,) = _find(seed000, "vladimir-putin", "li-zhanshu")
    assert (i.mode, i.status, i.date, i.place_id) == ("in_person", "planned", "2022-09-07", "vladivostok")
    assert i.event_id == "eastern-economic-forum-2022"


def test_sco_members(seed000, seed004):
    assert {m.country_id for m in seed000.memberships if m.organization_id == "sco"} == {
        "china", "india", "kazakhstan", "kyrgyzstan", "pakistan", "russia", "tajikistan", "uzbekistan"}
    assert {m.country_id for m in seed004.memberships} <= {"china", "russia", "india", "pakistan"}


def test_quoted_officials_are_not_participants(seed000, seed004):
    for facts in (seed000, seed004):
        for i in facts.interactions:
            assert "andrey-denisov" not in i.participant_ids
            assert "yuri-ushakov" not in i.participant_ids
