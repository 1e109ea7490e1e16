"""Stable, URL-safe ids. The same input always gives the same id, in any process."""

import hashlib
import re
import unicodedata


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, white space folded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def search_key(text: str) -> str:
    """The folded form names are looked up by; British and American spellings fold together."""
    return fold(text).replace("isation", "ization")


def slug(text: str) -> str:
    return fold(text).replace(" ", "-").replace("_", "-") or "x"


def digest(*parts: object, length: int = 16) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]
