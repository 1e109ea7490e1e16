"""The interaction reader skips tokens outside ``triggers.trigger_words``: every token the trigger
tests accept must be in that set, or a meeting would be lost without a sign."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import load_nlp, triggers
from ingest.extract.gazetteer import load_gazetteer

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SENTENCES = [
    "The two presidents met in Astana on Monday and spoke again by phone on Friday.",
    "She sat down with her Peruvian counterpart for talks over lunch.",
    "The prime minister joined the summit by video link from Oslo.",
    "Both ministers will hold the dialogue with their Canadian counterparts in Ottawa.",
    "He travelled to Hanoi for consultations with Vietnam's foreign minister.",
    "A telephone conversation between the two leaders took place late on Tuesday.",
    "The chancellor received the visiting emir and hosted a state dinner in his honour.",
    "Their video conference lasted two hours, aides said.",
]


def _texts() -> list[str]:
    return SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*")) if p.is_file()]


@pytest.fixture(scope="module")
def docs():
    return list(load_nlp().pipe(_texts()))


def test_every_trigger_token_is_among_the_trigger_words(docs) -> None:
    lex = load_gazetteer().lexicon
    words = triggers.trigger_words(lex)
    accepted = [tok for doc in docs for tok in doc
                if triggers.is_verb_trigger(tok, lex) or triggers.is_noun_trigger(tok, lex)]
    assert len(accepted) >= len(SENTENCES)  # the texts do hold triggers
    outside = [tok.text for tok in accepted if tok.lower_ not in words and tok.lemma_.lower() not in words]
    assert outside == []
