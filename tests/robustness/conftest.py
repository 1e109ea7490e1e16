"""Fixtures: the bad-input corpus (small files committed in corpus/, big ones made here)."""

from __future__ import annotations

import os
import shutil
from itertools import islice, product
from pathlib import Path

import pytest

from app.config import Settings

CORPUS = Path(__file__).parent / "corpus"

BIG_BYTES = 50 * 1024 * 1024
LONG_SENTENCE_WORDS = 20_000
CROWD_PEOPLE = 5_000

_WORDS = [
    "the", "minister", "said", "that", "talks", "on", "trade", "and", "security", "continued",
    "with", "partners", "in", "the", "region", "while", "officials"
]
_FIRST = [
    "Ala", "Bor", "Cem", "Dan", "Eli", "Fen", "Gor", "Hal", "Ivo", "Jan", "Kai", "Lev", "Mir",
    "Nil", "Oto", "Pav", "Rin", "Sol", "Tam", "Uri", "Val", "Wen", "Yan", "Zor", "Ada"
]
_LAST = ["berg", "dov", "kan", "lis", "mon", "nek", "pol", "rav", "sin", "tov", "vek", "zan"]
_PREFIX = [
    "Al", "Bel", "Cor", "Dur", "Est", "Far", "Gal", "Hor", "Ist", "Jor", "Kel", "Lun", "Mar",
    "Nor", "Ost", "Per", "Quen", "Ros", "Sar", "Tel", "Ul", "Var", "Wes", "Yor", "Zel"
]


def crowd_names(count: int) -> list[str]:
    """`count` distinct "Firstname Lastname" names."""
    surnames = [p + s for p, s in product(_PREFIX, _LAST)]
    return [f"{first} {last}" for first, last in islice(product(_FIRST, surnames), count)]


@pytest.fixture(scope="session")
def generated_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The big bad inputs, written once per test session."""
    folder = tmp_path_factory.mktemp("generated-inputs")
    sentence = "Vladimir Putin met Xi Jinping in Samarkand and " + " ".join(
        _WORDS[i % len(_WORDS)] for i in range(LONG_SENTENCE_WORDS)) + ".\n"
    (folder / "long-sentence.txt").write_text(sentence, encoding="utf-8")

    names = crowd_names(CROWD_PEOPLE)
    sentences = [
        "Delegates at the forum included " + ", ".join(names[i:i + 10]) + "."
        for i in range(0, len(names), 10)
    ]
    (folder / "crowd.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")

    line = (b"Russian President Vladimir Putin met Chinese President Xi Jinping in Samarkand "
            b"on September 15, 2022.\n")
    with open(folder / "big.txt", "wb") as big:
        big.write(line * (BIG_BYTES // len(line)))
        big.write(b"x" * (BIG_BYTES % len(line)))

    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def bad_input_dir(generated_inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed corpus and the generated files in one folder."""
    folder = tmp_path_factory.mktemp("bad-inputs")
    for source in (*CORPUS.iterdir(), *generated_inputs.iterdir()):
        target = folder / source.name
        try:
            os.link(source, target)
        except OSError:
            shutil.copy(source, target)
    return folder


@pytest.fixture(scope="session")
def limits_settings() -> Settings:
    """The default settings, whatever the environment says."""
    return Settings(_env_file=None)
