"""Bytes of an article file to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or
Windows-1252 (a superset of printable Latin-1) for files that are not UTF-8; binary files
are refused."""

from __future__ import annotations

import codecs

# Control characters that text files do not contain (tab, line feed, form feed and carriage
# return are allowed).
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}
# Share of such bytes in the first block above which a file is taken for binary.
_BINARY_SHARE = 0.05
_SNIFF_BYTES = 8192


class NotText(ValueError):
    """The bytes are not text; the message says why."""


def decode_text(raw: bytes) -> str:
    """The text of `raw`; raises NotText for binary content."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise NotText(f"invalid UTF-16 at byte {error.start}") from None
    _refuse_binary(raw)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        return raw.decode("utf-8-sig", errors="replace")
    return raw.decode("cp1252", errors="replace")


def _refuse_binary(raw: bytes) -> None:
    head = raw[:_SNIFF_BYTES]
    if b"\x00" in head:
        raise NotText("binary content (NUL bytes), not text")
    control = sum(1 for byte in head if byte in _CONTROL)
    if head and control / len(head) > _BINARY_SHARE:
        raise NotText(f"binary content ({control} control bytes in the first {len(head)}), "
                      "not text")


def _mostly_utf8(raw: bytes) -> bool:
    """A UTF-8 file with a few broken bytes (cut or corrupted) is still UTF-8: it has more
    valid multi-byte characters than broken bytes. Latin-1 text has next to none."""
    decoded = raw.decode("utf-8", errors="replace")
    broken = decoded.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    good = sum(1 for char in decoded if ord(char) > 127 and char != "\ufffd")
    return good > 0 and broken <= good
