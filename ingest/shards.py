"""Splitting a corpus across machines: shard K of N holds the articles whose id hashes to K.

The hash is of the article id alone, so every machine puts every article in the same shard
whatever files it was read from, in any order.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_FORM = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


@dataclass(frozen=True)
class Shard:
    index: int  # 1..count
    count: int

    def __post_init__(self) -> None:
        if not 1 <= self.index <= self.count:
            raise ValueError(f"shard {self.index}/{self.count}: K must be between 1 and N")

    @classmethod
    def parse(cls, text: str) -> Shard:
        """"2/4" is the second of four shards."""
        match = _FORM.fullmatch(text)
        if match is None:
            raise ValueError(f"a shard is K/N, e.g. 2/4, not {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    def holds(self, key: str) -> bool:
        return shard_of(key, self.count) == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def shard_of(key: str, count: int) -> int:
    """The shard (1..count) of an article id."""
    number = int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:8], "big")
    return number % count + 1
