"""Read articles from `.txt`, `.html`, `.json` and `.jsonl` files, or folders of them.

A `.txt` article may start with a ` date YYYY-MM-DD` marker (its publication date) and end
with credit lines ("Image: AP", "source site"); both are removed from the text. An `.html`
page becomes its visible text (`ingest.html_text`). A `.json` file holds one article or a
list of them, a `.jsonl` file one article per line, each with the fields `id`, `title`,
`published`, `url`, `text` (other keys are ignored). Files that are not UTF-8 are read as
Windows-1252 (Latin-1); binary files are refused (`ingest.text_decoding`).

Problems are reported per article as `LoadError`, never raised, so one bad file does not
stop a batch. Every article keeps to the size limits of `ingest.article_limits`, and an id
read twice in one run must come with the same text both times (`ingest.article_versions`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from ingest.article_limits import (
    MAX_TITLE_CHARS,
    Limits,
    current_limits,
    id_problem,
    text_problem,
)
from ingest.article_versions import SeenTexts
from ingest.facts import Article
from ingest.html_text import html_to_text
from ingest.ids import digest, slug
from ingest.text_decoding import NotText, decode_text

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")

_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_CREDIT_LINE = re.compile(
    r"^\s*(?:(?:image|photo|photograph|picture|video|credit|source)s?\s*:.*"
    r"|source site|\(?(?:AP|AFP|Reuters|TASS|Xinhua)\)?(?:\s*photo)?)\s*$",
    re.IGNORECASE,
)
_HEADLINE_MAX = 160
_READ_CHUNK = 1 << 20


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


def load(paths: Iterable[str | Path], limits: Limits | None = None) -> Iterator[Article | LoadError]:
    """Every article of these files, or why it cannot be read; the limits default to the
    settings'."""
    limits = limits or current_limits()
    seen = SeenTexts()
    for path in iter_files(paths):
        for item in _from_file(path, limits):
            if isinstance(item, Article):
                conflict = seen.conflict(item.id, item.text, item.source or str(path))
                if conflict:
                    item = LoadError(item.source or str(path), conflict)
            yield item


def _from_file(path: Path, limits: Limits) -> Iterator[Article | LoadError]:
    if not path.exists():
        yield LoadError(str(path), "no such file")
        return
    if path.suffix not in SUFFIXES:
        yield LoadError(str(path), f"unsupported file type {path.suffix or '(none)'}")
        return
    if path.suffix == ".jsonl":
        yield from _from_jsonl(path, limits)
        return
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            yield LoadError(str(path), _too_big("the file", size, limits))
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield LoadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    try:
        text = decode_text(raw)
    except NotText as exc:
        yield LoadError(str(path), str(exc))
        return
    if path.suffix == ".txt":
        yield _from_txt(path, text, limits)
    elif path.suffix in (".html", ".htm"):
        yield _from_html(path, text, limits)
    else:
        yield from _from_json(path, text, limits)


def _too_big(what: str, size: int, limits: Limits) -> str:
    return (f"{what} has {size:,} bytes, over the limit of {limits.file_bytes:,} "
            "(DIPLOGRAPH_MAX_FILE_BYTES)")


def _from_txt(path: Path, text: str, limits: Limits) -> Article | LoadError:
    published = None
    marker = _DATE_MARKER.match(text)
    if marker:
        published = _parse_date(marker.group(1))
        text = text[marker.end():]
    text = _strip_credits(text)
    if not text.strip():
        return LoadError(str(path), "empty article")
    return _vetted(Article(
        id=slug(path.stem), text=text, title=_headline(text), published=published,
        source=str(path),
    ), limits)


def _from_html(path: Path, markup: str, limits: Limits) -> Article | LoadError:
    page = html_to_text(markup)
    if not page.text.strip():
        return LoadError(str(path), "empty article (no visible text in the page)")
    title = page.title if page.title and len(page.title) <= MAX_TITLE_CHARS else None
    return _vetted(Article(
        id=slug(path.stem), text=page.text, title=title or _headline(page.text),
        source=str(path),
    ), limits)


def _vetted(article: Article, limits: Limits) -> Article | LoadError:
    source = article.source or article.id
    problem = id_problem(article.id) or text_problem(article.text, limits)
    if article.title and len(article.title) > MAX_TITLE_CHARS:
        problem = problem or f"the title is longer than {MAX_TITLE_CHARS} characters"
    return LoadError(source, problem) if problem else article


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


def _parse_json(text: str, *, one_line: bool = False) -> tuple[Any, str | None]:
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        where = f" at character {exc.pos + 1}" if one_line else f" at line {exc.lineno}"
        return None, f"invalid JSON: {exc.msg}{where}"
    except RecursionError:
        return None, "invalid JSON: nested too deeply"
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        return None, f"invalid JSON: {str(exc).split(':')[0]}"


def _from_json(path: Path, text: str, limits: Limits) -> Iterator[Article | LoadError]:
    data, problem = _parse_json(text)
    if problem:
        yield LoadError(str(path), problem)
        return
    items = data if isinstance(data, list) else [data]
    if not items:
        yield LoadError(str(path), "the file holds no articles (an empty list)")
    for index, item in enumerate(items):
        where = f"{path}" if len(items) == 1 else f"{path}[{index}]"
        yield article_from_record(item, source=where, limits=limits)


def _from_jsonl(path: Path, limits: Limits) -> Iterator[Article | LoadError]:
    """One line at a time, so that a file of any size streams; a line over the size limit
    fails alone, without being held in memory."""
    try:
        with open(path, "rb") as lines:
            number = 0
            while True:
                raw = lines.readline(limits.file_bytes + 1)
                if not raw:
                    break
                number += 1
                where = f"{path}:{number}"
                if len(raw) > limits.file_bytes and not raw.endswith(b"\n"):
                    size = len(raw) + _skip_line(lines)
                    yield LoadError(where, _too_big("the line", size, limits))
                    continue
                try:
                    line = decode_text(raw)
                except NotText as exc:
                    yield LoadError(where, str(exc))
                    continue
                if not line.strip():
                    continue
                item, problem = _parse_json(line, one_line=True)
                if problem:
                    yield LoadError(where, problem)
                    continue
                yield article_from_record(item, source=where, limits=limits)
    except OSError as exc:
        yield LoadError(str(path), f"cannot read: {exc.strerror or exc}")


def _skip_line(lines: BinaryIO) -> int:
    skipped = 0
    while chunk := lines.readline(_READ_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def article_from_record(
    item: Any, *, source: str, limits: Limits | None = None
) -> Article | LoadError:
    """An article from a JSON object with the fields id, title, published, url, text."""
    if not isinstance(item, dict):
        return LoadError(source, "expected a JSON object with a 'text' field")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return LoadError(source, "missing or empty 'text'")
    published = item.get("published")
    if published is not None:
        if not isinstance(published, str) or _parse_date(published[:10]) is None:
            return LoadError(source, f"'published' must be YYYY-MM-DD or null, got "
                                     f"{_shown(published)}")
        published = _parse_date(published[:10])
    for key, kinds in (("id", (str, int)), ("title", (str,)), ("url", (str,))):
        value = item.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, kinds)):
            return LoadError(source, f"'{key}' must be a string, got {type(value).__name__}")
    article_id = str(item["id"]) if item.get("id") not in (None, "") else digest(text)
    title = item.get("title")
    return _vetted(Article(
        id=article_id, text=text, title=title if title else _headline(text),
        published=published, url=item.get("url"), source=source,
    ), limits or current_limits())


def _shown(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
