"""An interaction as read from one sentence, before the same meeting mentioned twice is merged."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ingest.extract.dates import DateRange
from ingest.extract.events import EventEntry
from ingest.extract.places import PlaceRef


@dataclass
class Candidate:
    participants: list[str]
    mode: str
    status: str
    sent: Span
    trigger: Token
    date: DateRange | None = None
    place: PlaceRef | None = None
    event: EventEntry | None = None
    weak: bool = False  # status inferred from a bare noun or a default
    confidence: float = 0.7
    merged: list[Candidate] = field(default_factory=list)
    plain: bool = False  # a bare "meeting"/"talks"/"conversation": in person only by default
