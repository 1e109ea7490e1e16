"""The readable text of an HTML page: what a browser shows, one block a line.

Scripts, styles and other invisible parts are dropped, entities are decoded, block elements
end a line and white space inside a block is folded. The title is the page's <title>, else
its first <h1>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object",
                        "head", "nav", "form", "button", "select"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
    "p", "pre", "section", "table", "td", "th", "tr", "ul",
})
# Elements without an end tag: they never open an invisible or heading scope.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True)
class HtmlText:
    title: str | None
    text: str


def html_to_text(markup: str) -> HtmlText:
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    text = "\n\n".join(line for line in lines if line)
    title = _SPACES.sub(" ", parser.title or parser.h1 or "").strip() or None
    return HtmlText(title=title, text=text)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self.h1: str | None = None
        self._hidden: list[str] = []  # open invisible elements
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and self.title is None:
            self._in_title, self.title = True, ""
        elif tag in _INVISIBLE and tag not in _VOID:
            self._hidden.append(tag)
        if tag == "h1" and self.h1 is None and not self._hidden:
            self._in_h1, self.h1 = True, ""
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._hidden:
            # Close it and anything left open inside it.
            del self._hidden[len(self._hidden) - 1 - self._hidden[::-1].index(tag):]
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
            return
        if self._hidden:
            return
        if self._in_h1:
            self.h1 = (self.h1 or "") + data
        self.parts.append(data.replace("\n", " "))
