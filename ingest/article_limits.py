"""Size limits an article must keep to before it goes to extraction.

Extraction time grows with sentence length and, faster than linearly, with the number of
people an article names; a meeting naming n people becomes n(n-1)/2 MET relationships. So
an article over a limit fails alone, with a reason naming the setting, before any NLP runs.
The checks are plain text scans, linear in the length of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.config import Settings, get_settings

# These two mirror the API's article schema (app.models.ArticleIn).
MAX_ID_CHARS = 200
MAX_TITLE_CHARS = 1000

# Ends of sentences (Latin and CJK punctuation) and line breaks.
_SENTENCE_END = re.compile(r"(?<=[.!?\u3002\uff01\uff1f])\s+|\n")
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]{}"


@dataclass(frozen=True)
class Limits:
    file_bytes: int
    article_chars: int
    sentence_words: int
    article_names: int
    sentence_names: int

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            file_bytes=settings.max_file_bytes,
            article_chars=settings.max_article_chars,
            sentence_words=settings.max_sentence_words,
            article_names=settings.max_article_names,
            sentence_names=settings.max_sentence_names,
        )


def current_limits() -> Limits:
    return Limits.from_settings(get_settings())


def text_problem(text: str, limits: Limits) -> str | None:
    """Why `text` may not go to extraction, or None."""
    if len(text) > limits.article_chars:
        return (f"the text has {len(text):,} characters, over the limit of "
                f"{limits.article_chars:,} (DIPLOGRAPH_MAX_ARTICLE_CHARS)")
    names: set[str] = set()
    for sentence in _SENTENCE_END.split(text):
        words = sentence.split()
        if len(words) > limits.sentence_words:
            return (f"a sentence has {len(words):,} words, over the limit of "
                    f"{limits.sentence_words:,} (DIPLOGRAPH_MAX_SENTENCE_WORDS)")
        in_sentence = _name_candidates(words)
        if len(in_sentence) > limits.sentence_names:
            return (f"a sentence names {len(in_sentence):,} people or places, over the limit of "
                    f"{limits.sentence_names:,} (DIPLOGRAPH_MAX_SENTENCE_NAMES)")
        names |= in_sentence
        if len(names) > limits.article_names:
            return (f"the article names over {limits.article_names:,} people or places "
                    f"(DIPLOGRAPH_MAX_ARTICLE_NAMES)")
    return None


def id_problem(article_id: str) -> str | None:
    if len(article_id) > MAX_ID_CHARS:
        return f"the id has {len(article_id)} characters, over the limit of {MAX_ID_CHARS}"
    if not article_id.isprintable():
        return "the id contains control characters"
    return None


def _name_candidates(words: list[str]) -> set[str]:
    """Runs of two or more capitalised words ("Vladimir Putin", "Shanghai Cooperation
    Organization"): an upper bound on the names a sentence can hold, found without NLP."""
    found: set[str] = set()
    run: list[str] = []
    for word in words:
        bare = word.strip(_EDGE_PUNCTUATION)
        capitalised = bare[:1].isupper()
        if capitalised:
            run.append(bare.rstrip(",.;:!?"))
        if not capitalised or bare[-1:] in ",.;:!?":
            if len(run) >= 2:
                found.add(" ".join(run))
            run = []
    if len(run) >= 2:
        found.add(" ".join(run))
    return found
