"""Sentences that name people without stating an interaction between them: the hard negatives.

Quotes, attendance at the same event, speculation, invitations, letters, interviews, speeches,
airport greetings, an unnamed counterpart, meetings of unnamed officials. Each template adds at
most one sentence, no gold interaction, and a note saying why. A template returns False when the
article offers nothing it can use.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from .dates import phrase_for
from .scene import LEADERS, OFFICIALS, Scene, country_list
from .world import DEFENCE_MINISTER, TRADE_MINISTER

QUOTES = (
    "The two sides agreed to keep in close contact at all levels",
    "We see this visit as an important step in our relations",
    "Dialogue remains the only path to lasting stability in the region",
    "There is no alternative to a negotiated settlement",
    "Our partnership is not directed against any third country",
    "The talks were frank, constructive and forward-looking",
    "We expect concrete results on trade and energy",
    "Both countries share an interest in a stable and predictable neighbourhood",
    "This relationship has never been more important",
    "We are ready to work with all partners who respect our sovereignty",
    "Nothing has been decided yet, and we will announce the details in due course",
    "It is too early to speak about any breakthrough",
    "We will not comment on speculation in the media",
    "The agenda is broad and includes economic as well as security questions",
)
OUTLETS = (
    "a national broadcaster",
    "a German newspaper",
    "state television",
    "a US network",
    "a regional news agency",
    "a business daily",
    "local media",
)
_SAID = ("said", "told reporters", "wrote on social media", "said in a statement")
_CLAIMS = (
    "sanctions were not working",
    "the region needed calm",
    "talks were the only way forward",
    "the government would not back down",
)
_SOON = ("during the trip", "later in the week", "in the coming days")
EVENTS_PAST = (
    "the earthquake",
    "the deadly floods",
    "the attack on a market",
    "the ferry disaster",
    "the death of a former president",
    "the wildfires",
)


def _when(s: Scene, *, future: bool, lo: int = 0, hi: int = 6):
    d = s.draft
    day = d.anchor + timedelta(days=s.rng.randint(lo, hi) * (1 if future else -1))
    return phrase_for(s.rng, d.anchor, day, d.published, future=future, allow_none=0.3)


def _spokesperson_quote(s: Scene, rng: random.Random) -> bool:
    sp = s.spokesperson()
    if sp is None:
        return False
    d = s.draft
    where = f" in {s.world.by_code[sp.country].capital}" if rng.random() < 0.4 else ""
    verb = rng.choice(
        (
            "told reporters",
            "said at a regular briefing",
            "told a news conference",
            "said in a statement",
        )
    )
    d.add(
        f'"{rng.choice(QUOTES)}," {d.ref(sp, final=True)} {verb}{where}.',
        template="neg_spokesperson",
    )
    d.notes.append(f"{d.gold_name(sp)} only speaks.")
    return True


def _participant_quote(s: Scene, rng: random.Random) -> bool:
    d = s.draft
    if s.a.id not in d.introduced:
        return False
    d.add(
        f'"{rng.choice(QUOTES)}," {d.ref(s.a, final=True)} {rng.choice(_SAID)}.',
        template="neg_participant_quote",
    )
    return True


def _attendance(s: Scene, rng: random.Random) -> bool:
    if s.event is None:
        return False
    d = s.draft
    people = []
    for _ in range(rng.randint(3, 5)):
        p = s.attendee()
        if p is None:
            break
        d.enlist(p)
        people.append(p)
    if len(people) < 2:
        return False
    names = [d.ref(p, final=True) for p in people]
    if d.anchor < s.event_day:
        lead = rng.choice(
            (
                f"Leaders expected at {s.event.name} include",
                f"Other leaders due to attend {s.event.name} include",
            )
        )
    else:
        lead = rng.choice(
            (
                f"Other leaders attending {s.event.name} include",
                f"Also attending {s.event.name} are",
            )
        )
    d.add(f"{lead} {country_list(names)}.", template="neg_attendance")
    d.notes.append(
        "Attending the same event is not a meeting: "
        + ", ".join(d.gold_name(p) for p in people)
        + "."
    )
    return True


def _also_present(s: Scene, rng: random.Random) -> bool:
    d = s.draft
    p, q = s.fresh(LEADERS), None
    if p is not None:
        d.enlist(p)
        q = s.fresh(LEADERS)
    if q is None:
        return False
    where = s.event.name if s.event else "the ceremony"
    d.add(
        f"{d.ref(p)} and {d.ref(q, final=True)} were also among the guests at {where}.",
        template="neg_also_present",
    )
    d.notes.append(f"{d.gold_name(p)} and {d.gold_name(q)} only attend.")
    return True


def _speculation(s: Scene, rng: random.Random) -> bool:
    c = s.fresh(OFFICIALS)
    if c is None:
        return False
    d = s.draft
    variant = rng.randrange(3)  # names must be asked for only in the sentence actually written
    if variant == 0:
        text = (
            f"{d.ref(s.a)} could also meet {d.ref(c)} on the sidelines, although no meeting "
            f"has been confirmed."
        )
    elif variant == 1:
        text = (
            f"There has been speculation that {d.ref(s.a)} might meet {d.ref(c)}, but officials "
            f"declined to confirm it."
        )
    else:
        text = (
            f"Analysts said a meeting between {d.ref(s.a)} and {d.ref(c)} was possible but "
            f"unlikely."
        )
    d.add(text, template="neg_speculation")
    d.notes.append(f"A meeting with {d.gold_name(c)} is only speculation.")
    return True


def _invitation(s: Scene, rng: random.Random) -> bool:
    c = s.fresh(OFFICIALS, avoid=(s.a.country,))
    if c is None:
        return False
    d = s.draft
    country = s.world.by_code[s.a.country].in_text
    d.add(
        f"{d.ref(s.a)} has invited {d.ref(c)} to visit {country} "
        f"{rng.choice(('later this year', 'at a convenient time', 'next year'))}.",
        template="neg_invitation",
    )
    d.notes.append(f"The invitation to {d.gold_name(c)} is not a meeting.")
    return True


def _interview(s: Scene, rng: random.Random) -> bool:
    c = s.fresh(OFFICIALS)
    if c is None:
        return False
    d = s.draft
    when = _when(s, future=False)
    d.add(
        f"{d.ref(c)} told {rng.choice(OUTLETS)} in an interview {when.text} that "
        f"{rng.choice(_CLAIMS)}.",
        template="neg_interview",
    )
    d.notes.append(f"{d.gold_name(c)} gives an interview.")
    return True


def _address(s: Scene, rng: random.Random) -> bool:
    c = s.fresh(LEADERS)
    if c is None:
        return False
    d = s.draft
    audience = (
        s.event.name
        if s.event
        else rng.choice(
            (
                "parliament",
                "a business forum",
                "the UN Security Council",
                "students at the university",
            )
        )
    )
    if rng.random() < 0.5:
        d.add(
            f"{d.ref(c)} is due to address {audience} {_when(s, future=True, lo=1).text}.",
            template="neg_address",
        )
    else:
        d.add(
            f"{d.ref(c)} addressed {audience} {_when(s, future=False).text}.",
            template="neg_address",
        )
    d.notes.append(f"{d.gold_name(c)} addresses an audience.")
    return True


def _greeted(s: Scene, rng: random.Random) -> bool:
    if s.city is None or s.b is None:
        return False
    host = s.world.city_country.get(s.city)
    if host is None or host == s.a.country:
        return False
    c = s.fresh((DEFENCE_MINISTER, TRADE_MINISTER), country=host)
    if c is None:
        return False
    d = s.draft
    d.add(
        f"On arrival, {d.ref(s.a)} was greeted at the airport by {d.ref(c, final=True)}.",
        template="neg_greeted",
    )
    d.notes.append(f"Being greeted on arrival by {d.gold_name(c)} is not a meeting.")
    return True


def _letter(s: Scene, rng: random.Random) -> bool:
    c = s.fresh(LEADERS, avoid=(s.a.country,))
    if c is None:
        return False
    d = s.draft
    kind = rng.choice(
        ("a message of condolence", "a letter of sympathy", "a congratulatory message")
    )
    reason = rng.choice(EVENTS_PAST) if "congrat" not in kind else "the national day"
    d.add(f"{d.ref(s.a)} also sent {kind} to {d.ref(c)} on {reason}.", template="neg_letter")
    d.notes.append(f"A message to {d.gold_name(c)} is not a meeting.")
    return True


def _unnamed_counterpart(s: Scene, rng: random.Random) -> bool:
    d = s.draft
    mentioned = {p.country for p in d.people.values()}
    for _ in range(20):
        country = s.world.random_country(rng, exclude=tuple(mentioned))
        if country.code not in d.blocked_countries:
            break
    else:
        return False
    d.blocked_countries.add(country.code)
    d.add(
        f"{d.ref(s.a)} is also expected to meet {d.pronoun(s.a, 'possessive')} "
        f"{country.demonym} counterpart {rng.choice(_SOON)}.",
        template="neg_unnamed_counterpart",
    )
    d.notes.append(
        f"The {country.demonym} counterpart is never named, so that meeting is not annotated."
    )
    return True


def _criticised(s: Scene, rng: random.Random) -> bool:
    c = s.fresh(OFFICIALS, avoid=(s.a.country,))
    if c is None:
        return False
    d = s.draft
    d.add(
        f"{d.ref(c)} criticised {d.ref(s.a, final=True)}'s remarks on {s.topic}, calling them "
        f"{rng.choice(('unhelpful', 'provocative', 'regrettable'))}.",
        template="neg_criticised",
    )
    d.notes.append(f"{d.gold_name(c)} only comments.")
    return True


def _hope(s: Scene, rng: random.Random) -> bool:
    c = s.fresh(OFFICIALS, avoid=(s.a.country,))
    if c is None:
        return False
    d = s.draft
    if rng.random() < 0.5:
        text = f'{d.ref(s.a)} said {d.pronoun(s.a)} hoped to meet {d.ref(c)} "in the near future".'
    else:
        text = (
            f"{d.ref(c)} said {d.pronoun(c)} was ready to meet {d.ref(s.a, final=True)} "
            f'"at any time".'
        )
    d.add(text, template="neg_hope")
    d.notes.append(f"A hoped-for meeting with {d.gold_name(c)} is only a possibility.")
    return True


def _officials(s: Scene, rng: random.Random) -> bool:
    d = s.draft
    city = s.city or s.world.by_code[s.a.country].capital
    when = _when(s, future=False, lo=3, hi=12)
    d.add(
        f"Officials from the two countries met in {city} {when.text} to prepare the talks.",
        template="neg_officials",
    )
    d.notes.append("The officials who prepared the talks are not named.")
    return True


def _unnamed_leaders(s: Scene, rng: random.Random) -> bool:
    d = s.draft
    mentioned = {p.country for p in d.people.values()} | d.blocked_countries
    names = []
    for _ in range(2):
        country = s.world.random_country(rng, exclude=tuple(mentioned))
        mentioned.add(country.code)
        d.blocked_countries.add(country.code)
        names.append(country.in_text)
    when = _when(s, future=False)
    d.add(
        f"{d.ref(s.a)} also spoke with the leaders of {names[0]} and {names[1]} {when.text}.",
        template="neg_unnamed_leaders",
    )
    d.notes.append(f"The leaders of {names[0]} and {names[1]} are not named.")
    return True


def _several_leaders(s: Scene, rng: random.Random) -> bool:
    if s.event is None:
        return False
    d = s.draft
    d.add(
        f"{d.ref(s.a)} also held bilateral meetings with several of the leaders present at "
        f"{s.event.name}.",
        template="neg_several_leaders",
    )
    d.notes.append("The other leaders met are not named.")
    return True


def _considering(s: Scene, rng: random.Random) -> bool:
    c = s.fresh(OFFICIALS, avoid=(s.a.country,))
    if c is None:
        return False
    d = s.draft
    city = s.world.by_code[s.a.country].capital
    d.add(
        f"{d.ref(c)} is reportedly considering a trip to {city} later this year, but no meeting "
        f"with {d.ref(s.a, final=True)} has been scheduled.",
        template="neg_considering",
    )
    d.notes.append(f"No meeting with {d.gold_name(c)} is scheduled.")
    return True


NEGATIVES: tuple[tuple[str, Callable[[Scene, random.Random], bool], float], ...] = (
    ("neg_spokesperson", _spokesperson_quote, 3.0),
    ("neg_participant_quote", _participant_quote, 2.0),
    ("neg_attendance", _attendance, 3.0),
    ("neg_also_present", _also_present, 0.8),
    ("neg_speculation", _speculation, 1.2),
    ("neg_invitation", _invitation, 1.0),
    ("neg_interview", _interview, 0.8),
    ("neg_address", _address, 0.8),
    ("neg_greeted", _greeted, 1.0),
    ("neg_letter", _letter, 0.7),
    ("neg_unnamed_counterpart", _unnamed_counterpart, 1.0),
    ("neg_criticised", _criticised, 0.7),
    ("neg_hope", _hope, 0.8),
    ("neg_officials", _officials, 0.6),
    ("neg_unnamed_leaders", _unnamed_leaders, 0.6),
    ("neg_several_leaders", _several_leaders, 1.0),
    ("neg_considering", _considering, 0.6),
)


def add_negative(scene: Scene, rng: random.Random) -> str | None:
    """Add one hard negative the scene allows; returns its template name."""
    names = [n for n, _, _ in NEGATIVES]
    weights = [w for _, _, w in NEGATIVES]
    by_name = {n: f for n, f, _ in NEGATIVES}
    for _ in range(6):
        name = rng.choices(names, weights)[0]
        if by_name[name](scene, rng):
            return name
    return None
