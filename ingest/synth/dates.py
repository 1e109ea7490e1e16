"""Date phrases as news copy writes them, each with the gold date it fixes.

The gold follows the annotation conventions: relative phrases are resolved against the
published date, weeks run Monday to Sunday, a phrase that fixes only the month gives "YYYY-MM",
and without a published date only phrases that carry their own year are resolved. A bare year
gives no date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Wire style abbreviates long month names before a day: "Sept. 12".
_AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


@dataclass(frozen=True)
class When:
    """A date phrase ("on Tuesday", "next week", "") and the gold date it gives."""

    text: str
    gold: str | None
    kind: str

    def __str__(self) -> str:
        return self.text


NO_DATE = When("", None, "none")


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_of_span(first: date, last: date) -> str | None:
    """The month if the span lies within one, else None (the month cannot be fixed)."""
    return month_of(first) if (first.year, first.month) == (last.year, last.month) else None


def _add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _day_month(day: date, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.12:
        return f"{_AP_MONTHS[day.month - 1]} {day.day}"
    if r < 0.25:
        return f"{day.day} {MONTHS[day.month - 1]}"
    return f"{MONTHS[day.month - 1]} {day.day}"


def _full(day: date, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def candidates(
    anchor: date,
    day: date,
    rng: random.Random,
    future: bool,
) -> list[tuple[str, str, str | None, float, bool]]:
    """(kind, text, gold, weight, needs_published) for every phrase that can name ``day`` in an
    article written on ``anchor``; the gold assumes the article shows ``anchor`` as its date."""
    wd = WEEKDAYS[day.weekday()]
    delta = (day - anchor).days if future else (anchor - day).days
    this_week = week_start(anchor)
    options: list[tuple[str, str, str | None, float, bool]] = []
    iso = day.isoformat()
    if future:
        if delta == 1:
            options.append(("tomorrow", "tomorrow", iso, 1.0, True))
        if 1 <= delta <= 6:
            options.append(("weekday", f"on {wd}", iso, 6.0, True))
            options.append(("bare_weekday", wd, iso, 1.5, True))
            options.append(("weekday_date", f"on {wd}, {_day_month(day, rng)}", iso, 1.0, True))
            if wd in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
                part = rng.choice(("morning", "evening", "afternoon"))
                options.append(("weekday_part", f"on {wd} {part}", iso, 0.6, True))
        if day <= this_week + timedelta(days=6) and delta >= 1:
            first = anchor + timedelta(days=1)
            gold = month_of_span(first, this_week + timedelta(days=6))
            options.append(("later_this_week", "later this week", gold, 1.0, True))
        next_week = this_week + timedelta(days=7)
        if next_week <= day <= next_week + timedelta(days=6):
            gold = month_of_span(next_week, next_week + timedelta(days=6))
            options.append(("next_week", "next week", gold, 3.0, True))
            if day.weekday() <= 2:
                gold = month_of_span(next_week, next_week + timedelta(days=2))
                options.append(("early_next_week", "early next week", gold, 0.8, True))
        if (day.year, day.month) == (anchor.year, anchor.month) and delta >= 2:
            options.append(("later_this_month", "later this month", month_of(anchor), 1.0, True))
        if (day.year, day.month) == _add_months(anchor, 1):
            options.append(("next_month", "next month", month_of(day), 1.5, True))
    else:
        if delta == 0:
            options.append(("today", rng.choice(("today", "earlier today")), iso, 0.8, True))
        if delta == 1:
            options.append(("yesterday", "yesterday", iso, 1.0, True))
        if 0 <= delta <= 6:
            options.append(("weekday", f"on {wd}", iso, 6.0, True))
            options.append(("bare_weekday", wd, iso, 1.5, True))
            if wd in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
                part = rng.choice(("morning", "evening", "afternoon"))
                options.append(("weekday_part", f"on {wd} {part}", iso, 0.6, True))
        if this_week <= day < anchor:
            gold = month_of_span(this_week, anchor - timedelta(days=1))
            options.append(("earlier_this_week", "earlier this week", gold, 0.8, True))
        last_week = this_week - timedelta(days=7)
        if last_week <= day < this_week:
            gold = month_of_span(last_week, this_week - timedelta(days=1))
            options.append(("last_week", "last week", gold, 2.5, True))
        if (day.year, day.month) == (anchor.year, anchor.month) and delta >= 1:
            options.append(
                ("earlier_this_month", "earlier this month", month_of(anchor), 0.8, True)
            )
        if (day.year, day.month) == _add_months(anchor, -1):
            options.append(("last_month", "last month", month_of(day), 1.5, True))
        if day.year == anchor.year - 1 and delta > 60:
            options.append(("last_year", "last year", None, 0.5, True))
    if 1 <= delta < 300:
        options.append(("day_month", f"on {_day_month(day, rng)}", iso, 2.0, True))
    if (day.year, day.month) != (anchor.year, anchor.month) and 0 < delta < 300:
        options.append(("month", f"in {MONTHS[day.month - 1]}", month_of(day), 2.0, True))
        part = rng.choice(("early", "mid-", "late"))
        text = f"in {part}{'' if part.endswith('-') else ' '}{MONTHS[day.month - 1]}"
        options.append(("month_part", text, month_of(day), 0.5, True))
    options.append(("full_date", f"on {_full(day, rng)}", iso, 0.8, False))
    options.append(
        ("month_year", f"in {MONTHS[day.month - 1]} {day.year}", month_of(day), 0.8, False)
    )
    if not future and delta > 200:
        options.append(("year", f"in {day.year}", None, 1.0, False))
    return options


def phrase_for(
    rng: random.Random,
    anchor: date,
    day: date,
    published: date | None,
    *,
    future: bool,
    allow_none: float = 0.0,
    prefer: tuple[str, ...] = (),
) -> When:
    """A phrase for ``day`` as written on ``anchor``; its gold is resolved against ``published``.

    ``anchor`` is when the article was written; ``published`` is what the article shows (the same
    date, or None when the article has no date). ``prefer`` triples the weight of the named kinds.
    """
    if allow_none and rng.random() < allow_none:
        return NO_DATE
    options = candidates(anchor, day, rng, future)
    weights = [w * (3.0 if kind in prefer else 1.0) for kind, _, _, w, _ in options]
    kind, text, gold, _, needs_published = rng.choices(options, weights)[0]
    if published is None and needs_published:
        gold = None
    return When(text, gold, kind)


def resolve_weekday(published: date, weekday: str, *, future: bool) -> date:
    """The day a bare weekday names: the next one after ``published`` for what is to come,
    the latest one on or before it for what has happened."""
    target = WEEKDAYS.index(weekday)
    if future:
        return published + timedelta(days=(target - published.weekday() - 1) % 7 + 1)
    return published - timedelta(days=(published.weekday() - target) % 7)
