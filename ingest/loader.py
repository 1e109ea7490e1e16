"""Read articles from `.txt`, `.json` and `.jsonl` files, or folders of them.

A `.txt` article may start with a ` date YYYY-MM-DD` marker (its publication date) and end
with credit lines ("Image: AP", "source site"); both are removed from the text. A `.json`
file holds one article or a list of them, a `.jsonl` file one article per line, each with
the fields `id`, `title`, `published`, `url`, `text` (other keys are ignored).

Problems are reported per article as `LoadError`, never raised, so one bad file does not
stop a batch.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ingest.facts import Article
from ingest.ids import digest, slug

SUFFIXES = (".txt", ".json", ".jsonl")

_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_CREDIT_LINE = re.compile(
    r"^\s*(?:(?:image|photo|photograph|picture|video|credit|source)s?\s*:.*"
    r"|source site|\(?(?:AP|AFP|Reuters|TASS|Xinhua)\)?(?:\s*photo)?)\s*$",
    re.IGNORECASE,
)
_HEADLINE_MAX = 160


@dataclass(frozen=True)
class LoadError:
    source: str
    reason: str


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The article files named, folders expanded (sorted, recursively)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
        else:
            yield path


def load(paths: Iterable[str | Path]) -> Iterator[Article | LoadError]:
    for path in iter_files(paths):
        if not path.exists():
            yield LoadError(str(path), "no such file")
            continue
        if path.suffix not in SUFFIXES:
            yield LoadError(str(path), f"unsupported file type {path.suffix or '(none)'}")
            continue
        if path.suffix == ".jsonl":
            yield from _from_jsonl(path)
            continue
        try:
            raw = path.read_bytes()
        except OSError as exc:
            yield LoadError(str(path), f"cannot read: {exc.strerror}")
            continue
        text = _decode(raw)
        if path.suffix == ".txt":
            yield _from_txt(path, text)
        else:
            yield from _from_json(path, text)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _from_txt(path: Path, text: str) -> Article | LoadError:
    published = None
    marker = _DATE_MARKER.match(text)
    if marker:
        published = _parse_date(marker.group(1))
        text = text[marker.end():]
    text = _strip_credits(text)
    if not text.strip():
        return LoadError(str(path), "empty article")
    return Article(
        id=slug(path.stem), text=text, title=_headline(text), published=published,
        source=str(path),
    )


def _strip_credits(text: str) -> str:
    lines = text.rstrip().split("\n")
    while lines and (not lines[-1].strip() or _CREDIT_LINE.match(lines[-1])):
        lines.pop()
    return "\n".join(lines).strip()


def _headline(text: str) -> str:
    first_line = text.strip().split("\n", 1)[0].strip()
    if len(first_line) <= _HEADLINE_MAX and not first_line.endswith((".", "!", "?", '"', "”")):
        return first_line
    sentence = re.split(r"(?<=[.!?])\s", first_line, maxsplit=1)[0]
    return sentence if len(sentence) <= _HEADLINE_MAX else sentence[: _HEADLINE_MAX - 1] + "…"


def _from_json(path: Path, text: str) -> Iterator[Article | LoadError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield LoadError(str(path), f"invalid JSON: {exc.msg} at line {exc.lineno}")
        return
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items):
        where = f"{path}" if len(items) == 1 else f"{path}[{index}]"
        yield article_from_record(item, source=where)


def _from_jsonl(path: Path) -> Iterator[Article | LoadError]:
    """One line at a time, so that a file of any size streams."""
    try:
        with open(path, "rb") as lines:
            for number, raw in enumerate(lines, start=1):
                line = _decode(raw)
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield LoadError(where, f"invalid JSON: {exc.msg}")
                    continue
                yield article_from_record(item, source=where)
    except OSError as exc:
        yield LoadError(str(path), f"cannot read: {exc.strerror}")


def article_from_record(item: Any, *, source: str) -> Article | LoadError:
    """An article from a JSON object with the fields id, title, published, url, text."""
    if not isinstance(item, dict):
        return LoadError(source, "expected a JSON object with a 'text' field")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return LoadError(source, "missing or empty 'text'")
    published = item.get("published")
    if published is not None:
        if not isinstance(published, str) or _parse_date(published[:10]) is None:
            return LoadError(source, f"'published' must be YYYY-MM-DD or null, got {published!r}")
        published = _parse_date(published[:10])
    for key in ("id", "title", "url"):
        if item.get(key) is not None and not isinstance(item.get(key), (str, int)):
            return LoadError(source, f"'{key}' must be a string")
    article_id = str(item["id"]) if item.get("id") not in (None, "") else digest(text)
    title = item.get("title")
    return Article(
        id=article_id, text=text, title=str(title) if title else _headline(text),
        published=published, url=item.get("url"), source=source,
    )


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
