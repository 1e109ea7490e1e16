"""Resolve date expressions ("next week", "last Thursday", "August last year", "September 9-10")
against an article's publication date, keeping only the precision the text gives.

Weeks run Monday to Sunday. Without a publication date, only expressions that carry their own year
resolve; everything else gives None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from dateparser.date import DateDataParser

Direction = Literal["past", "future"] | None

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                 "sat": 5, "sun": 6})
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                "twenty": 20, "thirty": 30}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD}(?:\s*(?:-|–|and|to|until)\s*(?:({_MONTH_RE})\.?\s+)?(\d{{1,2}}){_ORD})?(?:,?\s+(\d{{4}}))?\b"
)
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}}){_ORD}(?:\s*(?:-|–|and|to|until)\s*(\d{{1,2}}){_ORD})?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b"
)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?,?\s+(\d{{4}})\b")
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
YEAR_RE = _YEAR
_MONTH = re.compile(rf"\b({_MONTH_RE})\b")
_WEEKDAY = re.compile(rf"\b({_WEEKDAY_RE})\b")
_N_DAYS = re.compile(r"\b(?:in|within|the next|next)\s+(?:less than\s+|under\s+|about\s+|around\s+)?(\d+|[a-z]+)\s+(days?|weeks?|fortnights?)\b")
_SPAN = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to|until|till)\s+(.+)$")
_AGO = re.compile(r"\b(?:\d+|[a-z]+)\s+(?:days?|weeks?|fortnights?|months?)\s+ago\b")
_COMING = re.compile(r"\b(?:in\s+)?the\s+(?:coming|next)\s+(?:few\s+)?days\b")
_EARLY = re.compile(r"\bearly\b")
_EARLIER = re.compile(r"\bearlier\b")


_WEEKDAY_PAIR = re.compile(rf"^(?:on\s+)?({_WEEKDAY_RE})\s+(?:and|to|through|-|–)\s+({_WEEKDAY_RE})$")
_RECENT_DAY = re.compile(rf"^(?:on\s+)?(?:{_WEEKDAY_RE})(?:\s+(?:morning|afternoon|evening|night))?$|^(?:today|yesterday)$")


def is_recent_day(text: str) -> bool:
    """"Saturday", "Thursday night", "yesterday": a day of the story's own week, which only the
    publication date can fix."""
    return bool(_RECENT_DAY.match(" ".join(text.lower().split())))


@dataclass(frozen=True)
class DateRange:
    lo: date
    hi: date

    def iso(self) -> str | None:
        """The most precise ISO form the range supports: day, month or year."""
        if self.lo == self.hi:
            return self.lo.isoformat()
        if (self.lo.year, self.lo.month) == (self.hi.year, self.hi.month):
            return f"{self.lo.year:04d}-{self.lo.month:02d}"
        if self.lo.year == self.hi.year:
            return f"{self.lo.year:04d}"
        return None

    def contains(self, other: DateRange) -> bool:
        return self.lo <= other.lo and other.hi <= self.hi

    def overlaps(self, other: DateRange) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    @property
    def is_day(self) -> bool:
        return self.lo == self.hi


def _day(d: date) -> DateRange:
    return DateRange(d, d)


def month_range(year: int, month: int) -> DateRange:
    last = calendar.monthrange(year, month)[1]
    return DateRange(date(year, month, 1), date(year, month, last))


def _year(year: int) -> DateRange:
    return DateRange(date(year, 1, 1), date(year, 12, 31))


def _week_of(d: date) -> DateRange:
    monday = d - timedelta(days=d.weekday())
    return DateRange(monday, monday + timedelta(days=6))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _infer_year(month: int, day: int | None, published: date, direction: Direction) -> int:
    """The year that puts a month (and day) on the side of ``published`` the tense points to."""
    year = published.year
    probe = _safe_date(year, month, day or 1) or date(year, month, 1)
    # (a past tense can tell of a day just ahead: "had been due to arrive on October 19")
    if direction == "past" and (probe > published + timedelta(days=14) if day else month > published.month):
        return year - 1
    if direction == "future" and (probe < published - timedelta(days=7) if day else month < published.month):
        return year + 1
    if direction is None:
        # no tense: take the reading closest to the publication date
        gap = (probe - published).days
        if gap > 183:
            return year - 1
        if gap < -183:
            return year + 1
    return year


def resolve(text: str, published: date | None, direction: Direction = None) -> DateRange | None:
    """A date expression as a range of days, or None when it cannot be fixed."""
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"[()]", " ", t)
    t = " ".join(t.split())

    m = _ISO.search(t)
    if m:
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return _day(d) if d else None

    m = _SPAN.match(t)
    if m:
        # "between today and tomorrow", "from Monday to Wednesday": the days from one to the other
        a, b = resolve(m[1], published, direction), resolve(m[2], published, direction)
        if a is not None and b is not None and a.lo <= b.hi:
            return DateRange(a.lo, b.hi)

    m = _MONTH_DAY.search(t)
    if m:
        month, day1 = MONTHS[m[1]], int(m[2])
        month2 = MONTHS[m[3]] if m[3] else month
        day2 = int(m[4]) if m[4] else None
        return _explicit(month, day1, month2, day2, int(m[5]) if m[5] else None, t, published, direction)
    m = _DAY_MONTH.search(t)
    if m:
        month, day1 = MONTHS[m[3]], int(m[1])
        day2 = int(m[2]) if m[2] else None
        return _explicit(month, day1, month, day2, int(m[4]) if m[4] else None, t, published, direction)
    m = _MONTH_YEAR.search(t)
    if m:
        return month_range(int(m[2]), MONTHS[m[1]])

    m = _WEEKDAY_PAIR.match(t)
    if m:
        # "on Sunday and Monday": the two days, in that order
        a, b = _weekday(WEEKDAYS[m[1]], m[1], published, direction), _weekday(WEEKDAYS[m[2]], m[2], published, direction)
        if a is not None and b is not None:
            if b.lo < a.lo:
                b = _day(b.lo + timedelta(days=7)) if direction != "past" else b
                if b.lo < a.lo:
                    a = _day(a.lo - timedelta(days=7))
            if 0 < (b.lo - a.lo).days <= 6:
                return DateRange(a.lo, b.lo)

    wd = _WEEKDAY.search(t)
    if wd:
        # an explicit weekday wins over "yesterday (Monday)": the writer's own gloss
        return _weekday(WEEKDAYS[wd[1]], t, published, direction)

    if published is None:
        m = _YEAR.search(t)
        return _year(int(m[1])) if m else None

    if re.search(r"\b(today|tonight|this (morning|afternoon|evening)|earlier in the day|later in the day|earlier today|later today)\b", t):
        return _day(published)
    if "day after tomorrow" in t:
        return _day(published + timedelta(days=2))
    if "day before yesterday" in t:
        return _day(published - timedelta(days=2))
    if re.search(r"\btomorrow\b", t):
        return _day(published + timedelta(days=1))
    if re.search(r"\b(yesterday|last night)\b", t):
        return _day(published - timedelta(days=1))

    if _AGO.search(t):
        return _ago(t, published)
    m = _N_DAYS.search(t)
    if m and _number(m[1]):
        days = _number(m[1]) * {"w": 7, "f": 14}.get(m[2][0], 1)
        return DateRange(published, published + timedelta(days=days))
    if _COMING.search(t):
        return DateRange(published, published + timedelta(days=7))

    if re.search(r"\bweekend\b", t):
        return _weekend(t, published, direction)
    if re.search(r"\bweek\b", t) and not _MONTH.search(t):
        return _week(t, published)

    m = _MONTH.search(t)
    if m:
        month = MONTHS[m[1]]
        year = _stated_year(t, published)
        if year is not None:
            return month_range(year, month)
        if re.search(rf"\blast\s+{m[1]}\b", t):
            year = published.year if month < published.month else published.year - 1
            return month_range(year, month)
        if re.search(rf"\bnext\s+{m[1]}\b", t):
            year = published.year if month > published.month else published.year + 1
            return month_range(year, month)
        return month_range(_infer_year(month, None, published, direction), month)

    m = _YEAR.search(t)
    if m:
        return _year(int(m[1]))
    if re.search(r"\b(this|current)\s+month\b|\b(end|middle|later|earlier|beginning|start)\s+(of|in)\s+the\s+month\b", t):
        return month_range(published.year, published.month)
    if re.search(r"\b(last|past|previous)\s+month\b", t):
        first = published.replace(day=1) - timedelta(days=1)
        return month_range(first.year, first.month)
    if re.search(r"\b(next|coming)\s+month\b", t):
        nxt = published.replace(day=28) + timedelta(days=4)
        return month_range(nxt.year, nxt.month)
    if re.search(r"\b(this|current)\s+year\b|\bearlier this year\b|\blater this year\b", t):
        return _year(published.year)
    if re.search(r"\blast year\b", t):
        return _year(published.year - 1)
    if re.search(r"\bnext year\b", t):
        return _year(published.year + 1)
    return None


def _ago(t: str, published: date) -> DateRange | None:
    """"three days ago", "two weeks ago", "a month ago": the day (or month) that far back."""
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": datetime.combine(published, time())})
    found = parser.get_date_data(_AGO.search(t)[0])
    if found.date_obj is None:
        return None
    day = found.date_obj.date()
    return month_range(day.year, day.month) if found.period == "month" else _day(day)


def _week(t: str, published: date) -> DateRange | None:
    """"this week", "next week", "early last week", "later this week", "earlier in the week"."""
    week = _week_of(published)
    if re.search(r"\b(next|coming)\s+week\b", t):
        week = DateRange(week.lo + timedelta(days=7), week.hi + timedelta(days=7))
    elif re.search(r"\b(last|past|previous)\s+week\b", t):
        week = DateRange(week.lo - timedelta(days=7), week.hi - timedelta(days=7))
    elif not re.search(r"\bthis\s+week\b|\b(earlier|later)\s+in\s+the\s+week\b", t):
        return None
    if _EARLY.search(t):
        return DateRange(week.lo, week.lo + timedelta(days=2))
    if _EARLIER.search(t) and week.lo <= published <= week.hi:
        return DateRange(week.lo, max(week.lo, published - timedelta(days=1)))
    if "later" in t or "end of" in t:
        return DateRange(max(week.lo + timedelta(days=3), published), week.hi)
    return week


def _weekend(t: str, published: date, direction: Direction) -> DateRange | None:
    """Saturday and Sunday of the week the phrase points to; a bare "the weekend" is the one just
    past for a past event, the coming one otherwise."""
    week = _week_of(published)
    saturday = week.lo + timedelta(days=5)
    if re.search(r"\b(next|coming)\s+weekend\b", t):
        saturday += timedelta(days=7)
    elif re.search(r"\b(last|past|previous)\s+weekend\b", t) or (
            not re.search(r"\bthis\s+weekend\b", t) and direction == "past" and published < saturday):
        saturday -= timedelta(days=7)
    return DateRange(saturday, saturday + timedelta(days=1))


_YEAR_WORDS = (("last", -1), ("next", 1), ("this", 0))


def _stated_year(t: str, published: date) -> int | None:
    """The year "October 2 last year", "in March next year", "June 1 this year" name."""
    return next((published.year + k for w, k in _YEAR_WORDS if re.search(rf"\b{w} year\b", t)), None)


def _explicit(month: int, day1: int, month2: int, day2: int | None, year: int | None, t: str,
              published: date | None, direction: Direction) -> DateRange | None:
    if year is None:
        if published is None:
            return None
        year = _stated_year(t, published)
        if year is None:
            year = _infer_year(month, day1, published, direction)
    start = _safe_date(year, month, day1)
    if start is None:
        return None
    if day2 is None:
        return _day(start)
    end = _safe_date(year if month2 >= month else year + 1, month2, day2)
    return DateRange(start, end) if end and end >= start else _day(start)


def _weekday(weekday: int, t: str, published: date | None, direction: Direction) -> DateRange | None:
    if published is None:
        return None
    week = _week_of(published)
    if re.search(r"\b(last|previous|past)\s+\w+day\b", t):
        return _day(week.lo - timedelta(days=7) + timedelta(days=weekday))
    if re.search(r"\bnext\s+week\b", t) or re.search(r"\bnext\s+\w+day\b", t):
        return _day(week.lo + timedelta(days=7 + weekday))
    if re.search(r"\bthis\s+(coming\s+)?\w+day\b", t) or re.search(r"\bthis\s+week\b", t):
        return _day(week.lo + timedelta(days=weekday))
    delta = (weekday - published.weekday()) % 7
    if direction == "past":
        return _day(published - timedelta(days=(published.weekday() - weekday) % 7))
    if direction == "future":
        return _day(published + timedelta(days=delta))
    # no tense: the nearest such day, either side
    back = (published.weekday() - weekday) % 7
    return _day(published + timedelta(days=delta) if delta <= back else published - timedelta(days=back))
