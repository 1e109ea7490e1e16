"""One id, one text: an article id already used for another text is refused.

An article's facts carry offsets into its text, and meetings merge reports across articles;
a second text under the same id would mix the facts of both. So an id that arrives again
with the same text changes nothing, and with a different text fails alone (in a batch of
files, against what an earlier file of the same run said; when written, against the text
already in the graph). A corrected article gets an id of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from app.graph import queries
from ingest.ids import digest


class ArticleTextChanged(ValueError):
    """An article id arrived with a text other than the one it already stands for."""

    def __init__(self, article_ids: Sequence[str]) -> None:
        self.article_ids = list(article_ids)
        shown = ", ".join(repr(i) for i in self.article_ids[:5])
        more = f" and {len(self.article_ids) - 5} more" if len(self.article_ids) > 5 else ""
        super().__init__(
            f"article {shown}{more} is already in the graph with a different text; "
            "an id stands for one text: give the new version an id of its own"
        )


def text_hash(text: str) -> str:
    """The hash the writer stores as Article.text_hash."""
    return digest(text, length=40)


class SeenTexts:
    """The id and text hash of every article read so far in one run."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[str, str]] = {}  # id -> (text hash, source)

    def conflict(self, article_id: str, text: str, source: str) -> str | None:
        """Why this article cannot be taken (another text came first under its id), or None."""
        hashed = text_hash(text)
        first = self._first.setdefault(article_id, (hashed, source))
        if first[0] == hashed:
            return None
        return (f"id {article_id!r} was already read from {first[1]} with a different text; "
                "an id stands for one text: give this version an id of its own")


def refuse_changed_texts(
    read: Callable[..., list[dict[str, Any]]], rows: Sequence[dict[str, Any]]
) -> None:
    """Raise ArticleTextChanged if an article of `rows` (MERGE_ARTICLES rows) is stored with
    another text. Call it in the write transaction, so the check and the write are one."""
    if not rows:
        return
    wanted = {row["id"]: row["text_hash"] for row in rows}
    stored = read(queries.ARTICLE_TEXT_HASHES, ids=sorted(wanted))
    changed = sorted(r["id"] for r in stored
                     if r["text_hash"] is not None and r["text_hash"] != wanted[r["id"]])
    if changed:
        raise ArticleTextChanged(changed)
