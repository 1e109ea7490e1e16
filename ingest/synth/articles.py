"""Articles and their gold, written story by story.

An article has a lead (the story's meeting from the angle of the day), detail sentences that can
add the meeting's place or date, and, in shuffled order, quotes, hard negatives, background,
further interactions and sometimes a paragraph on an organisation's members.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import date, timedelta

from .background import add_background
from .dates import MONTHS, WEEKDAYS, When, phrase_for
from .draft import Draft
from .interaction_templates import (
    BY_NAME,
    CALL,
    CANCELLED,
    HELD,
    IN_PERSON,
    PAST_CANCELLED,
    PLANNED,
    VIRTUAL,
    Meeting,
    Template,
    render,
    templates_for,
)
from .membership_templates import add_memberships
from .negative_templates import NEGATIVES, add_negative
from .places import NOWHERE, Where, place_phrase
from .scene import ALL_MEETERS, LEADERS, OFFICIALS, Scene
from .sources import ruler_for, source_for
from .stories import Story, StoryPool
from .titles import title_for, url_for
from .world import AMBASSADOR, FOREIGN_MINISTER, Person, World, build_world

DEFAULT_MEETINGS_PER_ARTICLE = 1.5
# Interactions an article has on average before any extra ones are added (measured).
_BASE_PER_ARTICLE = 1.13
NO_DATE_SHARE = 0.08
SHORT_ONLY_SHARE = 0.04

_STATUS = {"preview": PLANNED, "report": HELD, "followup": HELD, "cancel": CANCELLED}
_NOT_LEADS = {"iph_last_met", "iph_last_meeting", "iph_separate"}
_AGENCIES = ("WNS", "Global Wire", "PNA", "Meridian", "APN")
_RESTATED = {
    True: (
        "the centrepiece of the visit",
        "closely watched in the region",
        "seen as a test of the relationship",
    ),
    False: ("closely watched in the region", "seen as a test of the relationship"),
}
_ATTRIBUTIONS = ("officials said", "according to diplomats", "a statement said")
_GATHERING = (
    "with the war in Ukraine and trade tensions expected to dominate",
    "the first such gathering since the pandemic",
    "amid deep divisions over the agenda",
)
_CLOSINGS = (
    "This is a developing story.",
    "More details were expected later in the day.",
    "Neither side released a joint statement.",
    "The ministry did not give further details.",
    "Officials said more talks would follow.",
)


def _poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _anchor(rng: random.Random, day: date, angle: str) -> date:
    if angle == "preview":
        return day - timedelta(days=rng.choice((1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 14, 20, 30)))
    if angle == "cancel":
        return day - timedelta(days=rng.randint(1, 12))
    if angle == "report":
        return day + timedelta(days=rng.choice((0, 0, 1, 1, 1, 2)))
    return day + timedelta(days=rng.randint(3, 45))


class ArticleWriter:
    """Writes one article of a story."""

    def __init__(
        self, world: World, rng: random.Random, story: Story, angle: str, extra_mean: float
    ) -> None:
        self.world, self.rng, self.story, self.angle = world, rng, story, angle
        self.extra_mean = extra_mean
        self.status = _STATUS.get(angle, HELD)
        anchor = _anchor(rng, story.day, angle)
        published = None if rng.random() < NO_DATE_SHARE else anchor
        short_only = rng.random() < SHORT_ONLY_SHARE and story.kind not in (
            "summit",
            "organisation",
        )
        self.d = Draft(world, rng, anchor, published, short_only)
        people = list(story.people)
        if story.kind in ("bilateral", "call", "virtual", "cancelled") and rng.random() < 0.4:
            people[0], people[1] = people[1], people[0]
        if short_only and any(not p.short[0].isupper() for p in people):
            self.d.short_only = False
        for p in people:
            self.d.enlist(p)
        self.people = people
        self.scene = Scene(
            world,
            self.d,
            rng,
            people[0],
            people[1] if len(people) > 1 else None,
            story.topic,
            story.event,
            story.city,
            story.day,
        )
        self.focal_template: Template | None = None

    # -- phrases ------------------------------------------------------------------------------
    def when(
        self,
        day: date,
        *,
        future: bool,
        needs: bool = False,
        none: float = 0.08,
        prefer: tuple[str, ...] = (),
    ) -> When:
        return phrase_for(
            self.rng,
            self.d.anchor,
            day,
            self.d.published,
            future=future,
            allow_none=0.0 if needs else none,
            prefer=prefer,
        )

    def where(self, city: str | None, *, venue=None, none: float = 0.12) -> Where:
        event = self.story.event
        at_event = event is not None and city == event.city
        # a meeting at a summit always says where: annotators would tie it to the summit's city
        if city is None or (not at_event and self.rng.random() < none):
            return NOWHERE
        if at_event and self.rng.random() < 0.6:
            if self.rng.random() < 0.75 or event.city in self.d.cities_named:
                self.d.cities_named.add(event.city)
                return Where(
                    f"on the sidelines of {event.name} in {event.city}", event.city, "sidelines"
                )
            return Where(f"on the sidelines of {event.name}", None, "sidelines_no_city")
        code = venue.country if venue else self.world.city_country.get(city, self.people[0].country)
        country = self.world.by_code[code]
        where = place_phrase(
            self.rng, city, country, venue=venue, capital_named=city in self.d.cities_named
        )
        if where.gold:
            self.d.cities_named.add(where.gold)
        return where

    # -- building blocks ----------------------------------------------------------------------
    def pick_template(
        self,
        mode: str,
        status: str,
        people: list[Person],
        *,
        lead: bool = False,
        exclude: set[str] = frozenset(),
        city: str | None = None,
        venue=None,
    ) -> Template | None:
        options = [t for t in templates_for(mode, status, len(people)) if t.name not in exclude]
        if city is not None:  # whoever receives the other must be at home in the place named
            country = self._country_of(city, venue)
            at_home = {home(p) for p in people[:2]}
            options = [t for t in options if t.host is None or country in at_home]
        if lead:
            options = [t for t in options if t.name not in _NOT_LEADS]
        a, b = people[0], people[1]
        if a.title != b.title or a.role == AMBASSADOR:
            options = [t for t in options if not t.counterpart]
        return self.rng.choice(options) if options else None

    def _country_of(self, city: str, venue=None) -> str | None:
        return venue.country if venue is not None else self.world.city_country.get(city)

    def write_meeting(
        self,
        template: Template,
        people: list[Person],
        day: date,
        city: str | None,
        *,
        venue=None,
        lead: bool = False,
        source_person: Person | None = None,
    ) -> Meeting:
        status = template.status
        host = template.host
        if (
            host is not None
            and city is not None
            and home(people[host]) != self._country_of(city, venue)
        ):
            people = [people[1], people[0], *people[2:]]
        if template.name in PAST_CANCELLED and day > self.d.anchor:
            day = self.d.anchor - timedelta(days=self.rng.randint(0, 2))
        future = status == PLANNED or (status == CANCELLED and template.name not in PAST_CANCELLED)
        when = self.when(day, future=future, needs=template.needs_when, none=0.05 if lead else 0.12)
        where = NOWHERE if template.no_where else self.where(city, venue=venue)
        meeting = Meeting(
            people,
            template.mode,
            status,
            when,
            where,
            self.story.topic,
            source_for(self.world, self.rng, source_person or people[0]),
        )
        if template.name == "ipp_moved":
            old_day = self.d.anchor - timedelta(days=self.rng.randint(0, 3))
            old = phrase_for(
                self.rng, self.d.anchor, old_day, None, future=False, prefer=("weekday",)
            )
            meeting.extra["old_when"] = old.text.removeprefix("on ") or "earlier this week"
        if template.name == "cx_ruled_out":
            meeting.extra["ruler"] = ruler_for(self.world, self.rng, people[0])
        if template.name == "ipp_set":
            meeting.extra["according"] = self.rng.choice(
                (
                    "a government statement",
                    "officials",
                    "diplomatic sources",
                    "the foreign ministry",
                )
            )
        render(self.d, template, meeting)
        self._note_date(meeting)
        return meeting

    def _note_date(self, meeting: Meeting) -> None:
        when = meeting.when
        if when.kind in ("none", "full_date", "month_year"):
            return
        if self.d.published is None:
            self.d.notes.append(f"'{when.text}' cannot be resolved without a published date.")
        elif when.gold is None:
            self.d.notes.append(f"'{when.text}' does not fix a month.")
        else:
            self.d.notes.append(f"'{when.text}' = {when.gold}.")

    def dateline(self, sentence_start: str) -> str:
        city = self.story.city or self.world.by_code[self.people[0].country].capital
        self.d.cities_named.add(city)
        pub = self.d.published
        r = self.rng.random()
        if pub is not None and r < 0.55:
            month = MONTHS[pub.month - 1]
            agency = self.rng.choice(_AGENCIES)
            return f"{city.upper()}, {month} {pub.day} ({agency}) - {sentence_start}"
        if r < 0.8:
            return f"{city}: {sentence_start}"
        return f"{city.upper()} -- {sentence_start}"

    # -- the article --------------------------------------------------------------------------
    def write(self) -> Draft:
        kind = self.story.kind
        if kind == "summit":
            self.summit_lead()
        elif kind == "organisation":
            self.organisation_lead()
        elif kind == "no_meeting":
            self.no_meeting_lead()
        else:
            self.pair_lead()
        sections = ["quote", "negative", "background"]
        sections += ["negative"] * self.rng.choice((0, 1, 1, 2))
        sections += ["background"] * self.rng.choice((0, 0, 1))
        if kind != "no_meeting":
            sections += ["extra"] * _poisson(self.rng, self.extra_mean)
        if kind != "organisation" and self.rng.random() < (0.6 if kind == "summit" else 0.18):
            sections.append("membership")
        self.rng.shuffle(sections)
        for section in sections:
            if self.rng.random() < 0.45:
                self.d.new_paragraph()
            getattr(self, f"section_{section}")()
        if self.rng.random() < 0.25:
            self.d.new_paragraph()
            self.d.add(self.rng.choice(_CLOSINGS))
        return self.d

    def _lead_text(
        self,
        template: Template,
        meeting_people: list[Person],
        day: date,
        city: str | None,
        venue=None,
    ) -> None:
        """Write the lead sentence, sometimes behind a dateline."""
        before = len(self.d.paragraphs[-1])
        self.write_meeting(template, meeting_people, day, city, venue=venue, lead=True)
        if self.rng.random() < 0.3:
            sentence = self.d.paragraphs[-1][before]
            with_dateline = self.dateline(sentence)
            self.d.paragraphs[-1][before] = with_dateline
            for gold in self.d.interactions:
                if gold["evidence"] == sentence:
                    gold["evidence"] = with_dateline

    def pair_lead(self) -> None:
        story, people = self.story, self.people
        mode = story.mode
        status = self.status
        template = self.pick_template(
            mode, status, people, lead=True, city=story.city, venue=story.venue
        )
        self.focal_template = template
        first = len(self.d.interactions)
        self._lead_text(template, people, story.day, story.city, venue=story.venue)
        self.details(first, template)

    def details(self, first: int, template: Template) -> None:
        """Sentences after the lead: what it lacked (place, date), a restatement, the agenda."""
        golds = self.d.interactions[first:]
        if not golds:
            return
        gold, story = golds[0], self.story
        a, b = self.people[0], self.people[1]
        status = template.status
        if (
            gold["place"] is None
            and template.mode == IN_PERSON
            and story.city
            and self.rng.random() < 0.5
        ):
            where = self.where(story.city, venue=story.venue, none=0.0)
            if where.gold:
                verb = {
                    "planned": "will take place",
                    "held": "took place",
                    "cancelled": "had been due to take place",
                }[status]
                self.d.add(
                    f"The {'meeting' if self.rng.random() < 0.5 else 'talks'} {verb} {where.text}.",
                    template="detail_place",
                )
                for g in golds:
                    g["place"] = where.gold
        if (
            gold["date"] is None
            and self.d.published is not None
            and status != HELD
            and self.rng.random() < 0.6
        ):
            when = self.when(story.day, future=True, needs=True, prefer=("weekday", "day_month"))
            if when.gold:
                verb = "is scheduled for" if status == PLANNED else "had been scheduled for"
                text = when.text.removeprefix("on ").removeprefix("in ")
                self.d.add(
                    f"The {'meeting' if template.mode == IN_PERSON else 'call'} {verb} {text}.",
                    template="detail_date",
                )
                for g in golds:
                    g["date"] = when.gold
                self._note_date(Meeting([], "", "", when))
        r = self.rng.random()
        if r < 0.35:
            self.d.add(
                f"{self.d.ref(a)}'s {'meeting' if template.mode == IN_PERSON else 'conversation'} "
                f"with {self.d.ref(b)} {'is' if status == PLANNED else 'was'} "
                f"{self.rng.choice(_RESTATED[template.mode == IN_PERSON])}.",
                template="restatement",
            )
            self.d.notes.append("The restatement of the meeting is not annotated again.")
        elif r < 0.7 and self.story.topic not in golds[0]["evidence"]:
            verb = {
                PLANNED: "are expected to focus",
                HELD: "focused",
                CANCELLED: "had been expected to focus",
            }[status]
            self.d.add(
                f"The talks {verb} on {self.story.topic}, {self.rng.choice(_ATTRIBUTIONS)}.",
                template="detail_agenda",
            )

    def summit_lead(self) -> None:
        story, d, rng = self.story, self.d, self.rng
        event = story.event
        if self.angle == "preview":
            when = self.when(story.day, future=True, needs=True)
            d.add(
                f"Leaders will gather in {event.city} {when.text} for {event.name}, "
                f"{rng.choice(_GATHERING)}.",
                template="summit_gathering",
            )
            d.cities_named.add(event.city)
            self._note_date(Meeting([], "", "", when))
            a, b = story.sideline_pairs[0]
            template = self.pick_template(
                IN_PERSON,
                PLANNED,
                [a, b],
                lead=False,
                exclude={"ipp_travel", "ipp_host", "ipp_moved", "ipp_due"},
            )
            self.write_meeting(
                template, [a, b], story.day + timedelta(days=rng.randint(0, 1)), event.city
            )
        else:
            a, b = story.sideline_pairs[0]
            template = self.pick_template(
                IN_PERSON,
                HELD,
                [a, b],
                lead=True,
                exclude={"iph_hosted", "iph_received", "iph_breakfast", "iph_welcomed"},
            )
            first = len(d.interactions)
            self._lead_text(template, [a, b], story.day, event.city)
            if rng.random() < 0.6:
                c, e = story.people[2], story.people[3]
                separate = BY_NAME["iph_separate"]
                day = min(story.day + timedelta(days=rng.randint(0, 1)), d.anchor)
                self.write_meeting(separate, [c, a, e], day, event.city)
            else:
                c, e = story.sideline_pairs[2]
                t2 = self.pick_template(
                    IN_PERSON,
                    HELD,
                    [c, e],
                    exclude=_NOT_LEADS | {"iph_hosted", "iph_received", "iph_welcomed"},
                )
                day = min(story.day + timedelta(days=rng.randint(0, 1)), d.anchor)
                self.write_meeting(t2, [c, e], day, event.city)
            self.details(first, template)
        if story.attendees:
            d.new_paragraph()
            names = [d.ref(p, final=True) for p in story.attendees if d.fits(p) or p.id in d.people]
            if len(names) >= 2:
                verb = "are expected to attend" if self.angle == "preview" else "attended"
                d.add(
                    f"{', '.join(names[:-1])} and {names[-1]} {verb} {event.name} as well.",
                    template="neg_attendance_list",
                )
                d.notes.append(
                    "Attendance at the summit is not a meeting: "
                    + ", ".join(d.gold_name(p) for p in story.attendees)
                    + "."
                )

    def organisation_lead(self) -> None:
        org = self.rng.choice(self.world.organisations)
        self.story.organisation = org
        add_memberships(self.scene, self.rng, org)
        if self.rng.random() < 0.5:
            members = [c for c in org.members if self.world.leader(c) is not None]
            if len(members) >= 2:
                x, y = self.rng.sample(members, 2)
                fx, fy = (
                    self.world.holder(x, FOREIGN_MINISTER),
                    self.world.holder(y, FOREIGN_MINISTER),
                )
                if fx and fy and self.d.fits(fx) and self.d.fits(fy) and not _same_short(fx, fy):
                    self.d.enlist(fx)
                    self.d.enlist(fy)
                    template = self.pick_template(IN_PERSON, HELD, [fx, fy], exclude=_NOT_LEADS)
                    city = self.world.by_code[x].capital
                    self.write_meeting(
                        template,
                        [fx, fy],
                        self.d.anchor - timedelta(days=self.rng.randint(0, 5)),
                        city,
                    )

    def no_meeting_lead(self) -> None:
        for _ in range(self.rng.randint(1, 2)):
            add_negative(self.scene, self.rng)

    # -- sections -----------------------------------------------------------------------------
    def section_quote(self) -> None:
        if not add_negative_named(self.scene, self.rng, "neg_spokesperson"):
            add_negative_named(self.scene, self.rng, "neg_participant_quote")

    def section_negative(self) -> None:
        add_negative(self.scene, self.rng)

    def section_background(self) -> None:
        add_background(self.scene, self.rng)

    def section_membership(self) -> None:
        org = None
        if self.story.event is not None and self.story.event.organisation:
            org = next(
                o for o in self.world.organisations if o.name == self.story.event.organisation
            )
        add_memberships(self.scene, self.rng, org)

    def section_extra(self) -> None:
        """Another interaction: an earlier meeting of the pair, or one of the main person's other
        calls, meetings and plans."""
        rng, d, a = self.rng, self.d, self.people[0]
        b = self.people[1] if len(self.people) > 1 else None
        roll = rng.random()
        if roll < 0.3 and b is not None and b.id in d.introduced and a.id in d.introduced:
            template = BY_NAME[rng.choice(("iph_last_met", "iph_last_meeting"))]
            day = d.anchor - timedelta(days=rng.randint(20, 1100))
            country = self.world.by_code[rng.choice((a.country, b.country))]
            self.write_meeting(template, [a, b], day, rng.choice(country.cities))
            return
        roles = OFFICIALS if a.role != AMBASSADOR else (FOREIGN_MINISTER,)
        c = self.scene.fresh(roles if a.role in OFFICIALS else ALL_MEETERS, avoid=(a.country,))
        if c is None:
            return
        d.enlist(c)
        if roll < 0.55:
            mode, status, day = CALL, HELD, d.anchor - timedelta(days=rng.randint(0, 6))
        elif roll < 0.75:
            mode, status, day = IN_PERSON, HELD, d.anchor - timedelta(days=rng.randint(1, 25))
        elif roll < 0.9:
            mode = rng.choice((IN_PERSON, IN_PERSON, CALL))
            status, day = PLANNED, d.anchor + timedelta(days=rng.randint(1, 60))
        else:
            mode = rng.choice((IN_PERSON, IN_PERSON, IN_PERSON, CALL, VIRTUAL))
            status, day = CANCELLED, d.anchor + timedelta(days=rng.randint(1, 20))
        people = [a, c]
        if mode == IN_PERSON and status == HELD and rng.random() < 0.25:
            e = self.scene.fresh(LEADERS, avoid=(a.country, c.country))
            if e is not None:
                d.enlist(e)
                people = [a, c, e]
        template = self.pick_template(
            mode,
            status,
            people,
            exclude={"ipp_moved", "iph_speaking_after"}
            | ({"iph_delegations"} if len(people) != 4 else set()),
        )
        if template is None:
            return
        receiver = people[template.host] if template.host is not None else rng.choice(people[:2])
        self.write_meeting(
            template, people, day, rng.choice(self.world.by_code[home(receiver)].cities)
        )


def home(person: Person) -> str:
    """The country a person receives visitors in: an ambassador's is the host country."""
    return person.posted_to if person.role == AMBASSADOR else person.country


def _same_short(p: Person, q: Person) -> bool:
    return p.short == q.short


def add_negative_named(scene: Scene, rng: random.Random, name: str) -> bool:
    for n, func, _ in NEGATIVES:
        if n == name:
            return func(scene, rng)
    raise KeyError(name)


def _notes(draft: Draft) -> str:
    pub = draft.published
    head = (
        f"Published {WEEKDAYS[pub.weekday()]} {pub.isoformat()}."
        if pub is not None
        else "No published date, so relative dates and dates without a year are not resolved."
    )
    if draft.short_only:
        head += " Only surnames are given, so participants are named by them."
    return " ".join([head, *dict.fromkeys(draft.notes)])


# -- the stream --------------------------------------------------------------------------------


def iter_drafts(
    n_articles: int, *, seed: int, n_people: int | None, meetings_per_article: float
) -> Iterator[tuple[Story, str, Draft, random.Random]]:
    """The written drafts, before they become records (also lets tests see which templates ran)."""
    world = build_world(seed, n_people)
    rng = random.Random(f"diplograph-articles-{seed}")
    pool = StoryPool(world, rng)
    extra_mean = max(0.0, meetings_per_article - _BASE_PER_ARTICLE)
    for _ in range(n_articles):
        story, angle = pool.next()
        yield story, angle, ArticleWriter(world, rng, story, angle, extra_mean).write(), rng


def generate(
    n_articles: int,
    *,
    seed: int = 0,
    n_people: int | None = None,
    meetings_per_article: float = DEFAULT_MEETINGS_PER_ARTICLE,
) -> Iterator[tuple[dict, dict]]:
    """Yield ``n_articles`` (article, gold) pairs. The same arguments give the same output, and
    a longer run starts with the articles of a shorter one."""
    for index, (story, angle, draft, rng) in enumerate(
        iter_drafts(
            n_articles, seed=seed, n_people=n_people, meetings_per_article=meetings_per_article
        )
    ):
        title = title_for(story, angle, rng)
        published = draft.published.isoformat() if draft.published else None
        article = {
            "id": f"synth-{seed}-{index:07d}",
            "title": title,
            "published": published,
            "url": url_for(rng, draft.published, title, index),
            "text": draft.text("\n\n" if rng.random() < 0.4 else "\n"),
        }
        gold = {
            "id": article["id"],
            "url": article["url"],
            "title": title,
            "published": published,
            "text": article["text"],
            "interactions": draft.interactions,
            "memberships": draft.memberships,
            "notes": _notes(draft),
        }
        yield article, gold
