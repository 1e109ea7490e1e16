"""Sentences that state an interaction between named people, grouped by mode and status.

Each template renders one sentence from a ``Meeting`` (who, when, where, what about); the gold is
the meeting itself, or one interaction per pair for a sentence listing separate meetings. The
date and place phrases come ready-made with their gold (see ``dates`` and ``places``), so a
template only decides the wording. Names are asked for in text order, which decides who is
introduced in full.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from .dates import NO_DATE, When
from .draft import Draft
from .places import NOWHERE, Where
from .world import Person

IN_PERSON, CALL, VIRTUAL = "in_person", "call", "virtual"
HELD, PLANNED, CANCELLED = "held", "planned", "cancelled"


@dataclass
class Meeting:
    people: list[Person]
    mode: str
    status: str
    when: When = NO_DATE
    where: Where = NOWHERE
    topic: str = "bilateral ties"
    source: str = "officials said"  # an attribution clause: "the Kremlin said"
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Template:
    name: str
    mode: str
    status: str
    render: Callable[[Draft, Meeting, random.Random], str]
    arity: str = "pair"  # "pair", "group" (one joint meeting), "separate" (one per pair)
    size: int = 2  # how many people the sentence names
    needs_when: bool = False
    no_where: bool = False  # the sentence has no slot for a place
    counterpart: bool = False  # needs two holders of the same office
    host: int | None = None  # which of the people receives the other, in the place named

    def golds(self, meeting: Meeting) -> list[list[Person]]:
        people = meeting.people[: self.size]
        if self.arity == "separate":
            return [[people[0], other] for other in people[1:]]
        return [people]


def _w(m: Meeting) -> str:
    return m.when.text


def _p(m: Meeting) -> str:
    return m.where.text


def _front(m: Meeting) -> str:
    """A date phrase moved to the front of the sentence: "On Tuesday," / "Next week,"."""
    text = m.when.text
    return f"{text[0].upper()}{text[1:]},"


def _bare(when: When) -> str:
    """The phrase without its preposition, to follow "scheduled for" or "moved to"."""
    return when.text.removeprefix("on ").removeprefix("in ")


def _pos(d: Draft, p: Person) -> str:
    return d.pronoun(p, "possessive")


def _counterpart(d: Draft, a: Person, b: Person, *, final: bool = False) -> str:
    country = d.world.by_code[b.country]
    if b.id in d.introduced:
        return d.ref(b, final=final)
    d.enlist(b)
    d.introduced.add(b.id)
    return f"{_pos(d, a)} {country.demonym} counterpart {d.gold_name(b)}"


_AGREE = (
    "agreed to deepen cooperation on",
    "discussed",
    "focused on",
    "reviewed progress on",
    "exchanged views on",
)
_MEALS = ("breakfast", "lunch", "dinner")
_SINCE = ("the election", "the start of the year", "the crisis began", "the summit")
_REASONS = (
    "scheduling problems",
    "the security situation",
    "domestic pressures",
    "a row over remarks by officials",
)
_TELL = (
    "his country was ready to expand cooperation",
    "the two sides should keep in close touch",
    "dialogue remained the only way forward",
    "the relationship had entered a new stage",
)


def _tell(d: Draft, p: Person, rng: random.Random) -> str:
    clause = rng.choice(_TELL)
    return clause.replace("his country", f"{_pos(d, p)} country")


# -- in person, planned ---------------------------------------------------------------------------


def _ipp_counterpart(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} will meet {_counterpart(d, a, b)} {_p(m)} {_w(m)}, {m.source}."


def _ipp_scheduled(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} and {d.ref(b)} are scheduled to meet {_w(m)} {_p(m)}."


def _ipp_expected(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(a)} is expected to hold talks with {d.ref(b)} {_p(m)} {_w(m)}, "
        f"with {m.topic} high on the agenda."
    )


def _ipp_travel(d, m, rng):
    a, b = m.people
    if m.where.kind in ("city", "city_country"):
        return (
            f"{d.ref(a)} will travel to {m.where.text.removeprefix('in ')} {_w(m)} for talks "
            f"with {d.ref(b, final=True)}, {m.source}."
        )
    return f"{d.ref(a)} will travel {_w(m)} for talks with {d.ref(b)} {_p(m)}, {m.source}."


def _ipp_host(d, m, rng):
    a, b = m.people
    return f"{d.ref(b)} will host {d.ref(a)} {_p(m)} {_w(m)} for talks on {m.topic}."


def _ipp_set(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(a)} and {d.ref(b)} are set to hold bilateral talks {_p(m)} {_w(m)}, "
        f"according to {m.extra.get('according', 'a government statement')}."
    )


def _ipp_moved(d, m, rng):
    a, b = m.people
    old = m.extra.get("old_when", "last week")
    return (
        f"The talks between {d.ref(a)} and {d.ref(b)}, originally planned for {old}, "
        f"have been moved to {_bare(m.when)} {_p(m)}, {m.source}."
    )


def _ipp_agreed(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} and {d.ref(b)} agreed to meet in person {_p(m)} {_w(m)}."


def _ipp_due(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(a)} is due to arrive {_w(m)} for a visit during which {d.pronoun(a)} "
        f"will hold talks with {d.ref(b)} {_p(m)}."
    )


def _ipp_summit_plan(d, m, rng):
    a, b = m.people
    return (
        f"{_front(m)} {d.ref(a)} and {d.ref(b)} will sit down for their first face-to-face "
        f"meeting in months {_p(m)}, {m.source}."
    )


def _ipp_trilateral(d, m, rng):
    a, b, c = m.people[:3]
    return (
        f"{d.ref(a)}, {d.ref(b)} and {d.ref(c)} will hold a trilateral meeting {_p(m)} "
        f"{_w(m)}, {m.source}."
    )


# -- in person, held ------------------------------------------------------------------------------


def _iph_met(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} met {d.ref(b)} {_p(m)} {_w(m)}, {m.source}."


def _iph_talks(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} held talks with {d.ref(b)} {_p(m)} {_w(m)}, discussing {m.topic}."


def _iph_hosted(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(b)} hosted {d.ref(a)} {_p(m)} {_w(m)}, where the two {rng.choice(_AGREE)} "
        f"{m.topic}."
    )


def _iph_received(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} was received by {d.ref(b)} {_p(m)} {_w(m)}, {m.source}."


def _iph_speaking_after(d, m, rng):
    a, b = m.people
    bref = d.ref(b)
    return (
        f"Speaking after {_pos(d, a) if a.id in d.introduced else 'a'} meeting with {bref} "
        f"{_p(m)} {_w(m)}, {d.ref(a)} said the two sides had {rng.choice(_AGREE)} {m.topic}."
    )


def _iph_satdown(d, m, rng):
    a, b = m.people
    return (
        f"{_front(m)} {d.ref(a)} sat down with {d.ref(b)} {_p(m)} for talks that lasted "
        f"more than {rng.choice(('two', 'three', 'four'))} hours."
    )


def _iph_delegations(d, m, rng):
    a, b, c, e = m.people[:4]
    return (
        f"{d.ref(a)} held talks with {d.ref(b)} {_p(m)} {_w(m)}, with {d.ref(c)} and "
        f"{d.ref(e, final=True)} also present."
    )


def _iph_trilateral(d, m, rng):
    a, b, c = m.people[:3]
    return f"{d.ref(a)}, {d.ref(b)} and {d.ref(c)} held a trilateral meeting {_p(m)} {_w(m)}."


def _iph_separate(d, m, rng):
    a, b, c = m.people[:3]
    return (
        f"{d.ref(a)} also held separate meetings with {d.ref(b)} and {d.ref(c, final=True)} "
        f"{_p(m)} {_w(m)}."
    )


def _iph_last_met(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} and {d.ref(b)} last met {_w(m)} {_p(m)}."


def _iph_last_meeting(d, m, rng):
    a, b = m.people
    return (
        f"The last meeting between {d.ref(a)} and {d.ref(b)} took place {_w(m)} {_p(m)}, "
        f"when they {rng.choice(_AGREE)} {m.topic}."
    )


def _iph_breakfast(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} hosted {d.ref(b)} for a working {rng.choice(_MEALS)} {_p(m)} {_w(m)}."


def _iph_shook(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(a)} and {d.ref(b)} shook hands before sitting down for talks {_p(m)} {_w(m)}, "
        f"{m.source}."
    )


def _iph_welcomed(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(b)} welcomed {d.ref(a)} {_p(m)} {_w(m)} before the two held "
        f"closed-door talks on {m.topic}."
    )


# -- phone calls ----------------------------------------------------------------------------------


def _call_conversation(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} held a telephone conversation with {d.ref(b)} {_w(m)}, {m.source}."


def _call_by_phone(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} spoke by phone with {d.ref(b)} {_w(m)} about {m.topic}."


def _call_told(d, m, rng):
    a, b = m.people
    return f"In a phone call {_w(m)}, {d.ref(a)} told {d.ref(b)} that {_tell(d, a, rng)}."


def _call_spoke(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(a)} and {d.ref(b)} spoke {_w(m)}, their first conversation since "
        f"{rng.choice(_SINCE)}."
    )


def _call_congratulate(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(a)} called {d.ref(b)} {_w(m)} to congratulate {d.pronoun(b, 'object')} on "
        f"{_pos(d, b)} election victory."
    )


def _call_planned(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} will speak with {d.ref(b)} by phone {_w(m)}, {m.source}."


def _call_expected(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} and {d.ref(b)} are expected to hold a phone call {_w(m)} on {m.topic}."


# -- video ----------------------------------------------------------------------------------------


def _vid_held(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} and {d.ref(b)} held a video call {_w(m)}, {m.source}."


def _vid_planned(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} will hold a virtual meeting with {d.ref(b)} {_w(m)}, {m.source}."


def _vid_conference(d, m, rng):
    a, b = m.people
    return f"In a video conference {_w(m)}, {d.ref(a)} and {d.ref(b)} discussed {m.topic}."


def _vid_summit(d, m, rng):
    a, b, c = m.people[:3]
    return (
        f"{d.ref(a)}, {d.ref(b)} and {d.ref(c)} took part in a virtual summit {_w(m)} on {m.topic}."
    )


def _vid_link(d, m, rng):
    a, b = m.people
    return f"{d.ref(a)} joined {d.ref(b)} by video link {_w(m)} for talks on {m.topic}."


# -- cancelled ------------------------------------------------------------------------------------


def _cx_called_off(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(a)} has called off {_pos(d, a)} planned meeting with {d.ref(b)} {_p(m)} "
        f"{_w(m)}, {m.source}."
    )


def _cx_postponed(d, m, rng):
    a, b = m.people
    when = _bare(m.when)
    slot = f", scheduled for {when} {_p(m)}," if when else f" {_p(m)}"
    return f"The meeting between {d.ref(a)} and {d.ref(b)}{slot} has been postponed indefinitely."


def _cx_cancelled(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(a)} cancelled talks with {d.ref(b)} that had been due to take place {_p(m)} "
        f"{_w(m)}, citing {rng.choice(_REASONS)}."
    )


def _cx_ruled_out(d, m, rng):
    a, b = m.people
    return (
        f"{m.extra.get('ruler', 'The foreign ministry')} ruled out a meeting between "
        f"{d.ref(a)} and {d.ref(b)} {_p(m)} {_w(m)}."
    )


def _cx_walkout(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(a)} walked out of talks with {d.ref(b)} {_p(m)} {_w(m)} after a dispute over "
        f"{m.topic}."
    )


def _cx_call_off(d, m, rng):
    a, b = m.people
    return (
        f"A planned phone call between {d.ref(a)} and {d.ref(b)} {_w(m)} has been postponed, "
        f"with no new date set."
    )


def _cx_no_longer(d, m, rng):
    a, b = m.people
    return (
        f"{d.ref(a)} will no longer meet {d.ref(b)} {_p(m)} {_w(m)}, {m.source}, a day after "
        f"the visit was announced."
    )


def _cx_video_scrapped(d, m, rng):
    a, b = m.people
    return (
        f"A video conference between {d.ref(a)} and {d.ref(b)} planned for "
        f"{_bare(m.when)} was scrapped at the last minute."
    )


TEMPLATES: tuple[Template, ...] = (
    Template("ipp_counterpart", IN_PERSON, PLANNED, _ipp_counterpart, counterpart=True),
    Template("ipp_scheduled", IN_PERSON, PLANNED, _ipp_scheduled),
    Template("ipp_expected", IN_PERSON, PLANNED, _ipp_expected),
    Template("ipp_travel", IN_PERSON, PLANNED, _ipp_travel, host=1),
    Template("ipp_host", IN_PERSON, PLANNED, _ipp_host, host=1),
    Template("ipp_set", IN_PERSON, PLANNED, _ipp_set),
    Template("ipp_moved", IN_PERSON, PLANNED, _ipp_moved, needs_when=True),
    Template("ipp_agreed", IN_PERSON, PLANNED, _ipp_agreed),
    Template("ipp_due", IN_PERSON, PLANNED, _ipp_due, needs_when=True, host=1),
    Template("ipp_summit_plan", IN_PERSON, PLANNED, _ipp_summit_plan, needs_when=True),
    Template("ipp_trilateral", IN_PERSON, PLANNED, _ipp_trilateral, arity="group", size=3),
    Template("iph_met", IN_PERSON, HELD, _iph_met),
    Template("iph_talks", IN_PERSON, HELD, _iph_talks),
    Template("iph_hosted", IN_PERSON, HELD, _iph_hosted, host=1),
    Template("iph_received", IN_PERSON, HELD, _iph_received, host=1),
    Template("iph_speaking_after", IN_PERSON, HELD, _iph_speaking_after),
    Template("iph_satdown", IN_PERSON, HELD, _iph_satdown, needs_when=True),
    Template("iph_delegations", IN_PERSON, HELD, _iph_delegations, arity="group", size=4),
    Template("iph_trilateral", IN_PERSON, HELD, _iph_trilateral, arity="group", size=3),
    Template("iph_separate", IN_PERSON, HELD, _iph_separate, arity="separate", size=3),
    Template("iph_last_met", IN_PERSON, HELD, _iph_last_met, needs_when=True),
    Template("iph_last_meeting", IN_PERSON, HELD, _iph_last_meeting, needs_when=True),
    Template("iph_breakfast", IN_PERSON, HELD, _iph_breakfast, host=0),
    Template("iph_shook", IN_PERSON, HELD, _iph_shook),
    Template("iph_welcomed", IN_PERSON, HELD, _iph_welcomed, host=1),
    Template("call_conversation", CALL, HELD, _call_conversation, no_where=True),
    Template("call_by_phone", CALL, HELD, _call_by_phone, no_where=True),
    Template("call_told", CALL, HELD, _call_told, no_where=True, needs_when=True),
    Template("call_spoke", CALL, HELD, _call_spoke, no_where=True),
    Template("call_congratulate", CALL, HELD, _call_congratulate, no_where=True),
    Template("call_planned", CALL, PLANNED, _call_planned, no_where=True),
    Template("call_expected", CALL, PLANNED, _call_expected, no_where=True),
    Template("vid_held", VIRTUAL, HELD, _vid_held, no_where=True),
    Template("vid_planned", VIRTUAL, PLANNED, _vid_planned, no_where=True),
    Template("vid_conference", VIRTUAL, HELD, _vid_conference, no_where=True, needs_when=True),
    Template("vid_summit", VIRTUAL, HELD, _vid_summit, arity="group", size=3, no_where=True),
    Template("vid_link", VIRTUAL, HELD, _vid_link, no_where=True),
    Template("cx_called_off", IN_PERSON, CANCELLED, _cx_called_off),
    Template("cx_postponed", IN_PERSON, CANCELLED, _cx_postponed),
    Template("cx_cancelled", IN_PERSON, CANCELLED, _cx_cancelled),
    Template("cx_ruled_out", IN_PERSON, CANCELLED, _cx_ruled_out),
    Template("cx_walkout", IN_PERSON, CANCELLED, _cx_walkout),
    Template("cx_no_longer", IN_PERSON, CANCELLED, _cx_no_longer),
    Template("cx_call_off", CALL, CANCELLED, _cx_call_off, no_where=True),
    Template(
        "cx_video_scrapped", VIRTUAL, CANCELLED, _cx_video_scrapped, no_where=True, needs_when=True
    ),
)

BY_NAME = {t.name: t for t in TEMPLATES}

# Templates whose meeting lies in the past even though the status is not "held".
PAST_CANCELLED = frozenset({"cx_walkout"})


def templates_for(mode: str, status: str, size: int = 2) -> list[Template]:
    return [t for t in TEMPLATES if t.mode == mode and t.status == status and t.size == size]


def render(draft: Draft, template: Template, meeting: Meeting) -> str:
    """Write the sentence into the draft and record its gold; returns the sentence."""
    sentence = draft.add(template.render(draft, meeting, draft.rng), template=template.name)
    for people in template.golds(meeting):
        draft.interaction(
            people, template.mode, template.status, meeting.when, meeting.where, sentence
        )
    return sentence
