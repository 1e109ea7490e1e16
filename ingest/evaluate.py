"""Score extractor output against hand-made gold annotations.

Gold files and the extractor's JSON document are described in the evaluation README. The rule:

* Names are folded (case, accents, punctuation). A predicted person matches a gold name when the
  tokens of its ``name`` or of any of its ``mentions`` are a subset or superset of the gold tokens.
* **Pairs.** Each interaction gives the unordered pairs of its participants. Per article, gold and
  predicted pairs of the same two people are matched one-to-one by an optimal assignment that
  maximises, in this order: the number of matched pairs, the number of equal modes and statuses,
  and (only to break remaining ties) the number of agreeing dates and places. Counts are summed
  over articles (micro P/R/F1).
* **Met in person.** The same, with only ``in_person`` interactions whose status is ``held`` or
  ``planned``, filtered on both sides before matching.
* **Attributes**, over the pairs matched in the pairs step:

  - ``status_accuracy`` = matched pairs with equal status / all matched pairs;
  - ``mode_accuracy`` = matched pairs with equal mode / all matched pairs;
  - ``date_accuracy`` = matched pairs whose predicted date starts with the gold date / matched
    pairs whose gold date is set (a gold ``2022-09`` accepts ``2022-09-15``, not the reverse);
  - ``place_accuracy`` = matched pairs whose folded predicted place contains the folded gold place
    or is contained in it, as whole words / matched pairs whose gold place is set.

  A predicted date or place where the gold one is null is not scored. An accuracy is ``None``
  when its denominator is zero.
* **Memberships.** Gold (member, organisation) pairs are matched one-to-one with predicted ones.
  Members match by folded name or by resolving to the same ISO country with pycountry (exact
  lookup only: "Türkiye" and "Republic of Türkiye" agree, "Turkey" does not). Organisations
  match by folded name (with "-isation" read as "-ization"), whole-word containment, or acronym.

Precision with nothing predicted and recall with nothing in gold are 1.0 (no error of that
kind), so an article that is empty on both sides scores 1.0.

Only articles in the gold list are scored; a gold article absent from the predictions counts
all its gold pairs and memberships as misses.
"""

from __future__ import annotations

import argparse
import io
import json
import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import pycountry
from rich.console import Console
from rich.table import Table

from ingest.ids import fold

TARGETS: dict[str, float] = {
    "pairs": 0.90,
    "met_in_person": 0.90,
    "status": 0.90,
    "date": 0.85,
    "place": 0.85,
    "memberships": 0.90,
}

_MET_STATUSES = {"held", "planned"}
_ACRONYM_STOPWORDS = {
    "of", "the", "and", "for", "on", "in", "at", "to", "de", "des", "du", "la", "le",
}


# ---------------------------------------------------------------- results


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn


@dataclass(frozen=True)
class Pair:
    people: tuple[str, str]
    mode: str | None
    status: str | None
    date: str | None
    place: str | None

    def __str__(self) -> str:
        extras = ", ".join(str(x) for x in (self.mode, self.status, self.date, self.place) if x)
        return f"{self.people[0]} – {self.people[1]} ({extras})"


@dataclass(frozen=True)
class Mismatch:
    pair: tuple[str, str]  # gold names
    attribute: str  # "mode" | "status" | "date" | "place"
    gold: str | None
    predicted: str | None

    def __str__(self) -> str:
        return (f"{self.pair[0]} – {self.pair[1]}: {self.attribute} "
                f"gold {self.gold!r}, predicted {self.predicted!r}")


@dataclass
class ArticleReport:
    missing: bool = False  # the article is absent from the predictions
    missed_pairs: list[Pair] = field(default_factory=list)
    extra_pairs: list[Pair] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)
    missed_memberships: list[tuple[str, str]] = field(default_factory=list)
    extra_memberships: list[tuple[str, str]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.missed_pairs or self.extra_pairs or self.mismatches
                    or self.missed_memberships or self.extra_memberships)


@dataclass
class Scores:
    pairs: PRF
    met_in_person: PRF
    memberships: PRF
    status_accuracy: float | None
    mode_accuracy: float | None
    date_accuracy: float | None
    place_accuracy: float | None
    per_article: dict[str, ArticleReport]
    # (correct, denominator) behind each accuracy, keyed "status", "mode", "date", "place"
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)


# ---------------------------------------------------------------- matching primitives


def _tokens(text: str | None) -> frozenset[str]:
    return frozenset(fold(text or "").split())


def _person_forms(person: object) -> list[frozenset[str]]:
    if isinstance(person, dict):
        names = [person.get("name")] + list(person.get("mentions") or [])
    else:
        names = [person]
    return [t for t in (_tokens(n) for n in names if isinstance(n, str)) if t]


def _person_name(person: object) -> str:
    return str(person.get("name") or "") if isinstance(person, dict) else str(person)


def _same_person(forms: list[frozenset[str]], gold: frozenset[str]) -> bool:
    return bool(gold) and any(f <= gold or gold <= f for f in forms)


def _date_ok(gold: str | None, predicted: str | None) -> bool:
    return bool(gold) and isinstance(predicted, str) and predicted.startswith(gold)


def _contains_words(a: str, b: str) -> bool:
    """Either folded string contains the other as whole words."""
    if not a or not b:
        return False
    a, b = f" {a} ", f" {b} "
    return a in b or b in a


def _place_ok(gold: str | None, predicted: str | None) -> bool:
    return _contains_words(fold(gold or ""), fold(predicted or ""))


def _assign(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one assignment (Hungarian algorithm); weight 0 means "cannot match".

    Returns (row, column) pairs with positive weight, sorted by row.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if not n or not m:
        return []
    transposed = n > m
    if transposed:
        weights = [list(col) for col in zip(*weights)]
        n, m = m, n
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row (1-based) holding column j
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    result = [(owner[j] - 1, j - 1) for j in range(1, m + 1)
              if owner[j] and weights[owner[j] - 1][j - 1] > 0]
    if transposed:
        result = [(j, i) for i, j in result]
    return sorted(result)


# ---------------------------------------------------------------- pairs


@dataclass(frozen=True)
class _GoldPair:
    pair: Pair
    tokens: tuple[frozenset[str], frozenset[str]]


@dataclass(frozen=True)
class _PredPair:
    pair: Pair
    forms: tuple[list[frozenset[str]], list[frozenset[str]]]


def _gold_pairs(interactions: list[dict]) -> list[_GoldPair]:
    out = []
    for it in interactions:
        names = list(dict.fromkeys(p for p in it.get("participants") or [] if isinstance(p, str)))
        for a, b in combinations(names, 2):
            pair = Pair((a, b), it.get("mode"), it.get("status"), it.get("date"), it.get("place"))
            out.append(_GoldPair(pair, (_tokens(a), _tokens(b))))
    return out


def _pred_pairs(interactions: list[dict]) -> list[_PredPair]:
    out = []
    for it in interactions:
        people, seen = [], set()
        for p in it.get("participants") or []:
            key = fold(_person_name(p))
            if key not in seen:
                seen.add(key)
                people.append(p)
        for a, b in combinations(people, 2):
            pair = Pair((_person_name(a), _person_name(b)), it.get("mode"), it.get("status"),
                        it.get("date"), it.get("place"))
            out.append(_PredPair(pair, (_person_forms(a), _person_forms(b))))
    return out


def _same_people(g: _GoldPair, p: _PredPair) -> bool:
    (ga, gb), (pa, pb) = g.tokens, p.forms
    return ((_same_person(pa, ga) and _same_person(pb, gb))
            or (_same_person(pa, gb) and _same_person(pb, ga)))


def _match_pairs(gold: list[_GoldPair], pred: list[_PredPair]) -> list[tuple[int, int]]:
    k = min(len(gold), len(pred))
    tie_unit = 1
    agree_unit = 2 * k + 1  # any one mode/status agreement outweighs all tie-breaks together
    base = (2 * agree_unit + 2) * k + 1  # any extra matched pair outweighs all agreements
    weights = []
    for g in gold:
        row = []
        for p in pred:
            if not _same_people(g, p):
                row.append(0)
                continue
            gp, pp = g.pair, p.pair
            agree = (gp.mode == pp.mode) + (gp.status == pp.status)
            tie = _date_ok(gp.date, pp.date) + _place_ok(gp.place, pp.place)
            row.append(base + agree_unit * agree + tie_unit * tie)
        weights.append(row)
    return _assign(weights)


def _is_met(interaction: dict) -> bool:
    return interaction.get("mode") == "in_person" and interaction.get("status") in _MET_STATUSES


# ---------------------------------------------------------------- memberships


def _org_words(name: str, join_hyphens: bool) -> list[str]:
    if join_hyphens:
        name = name.replace("-", "")
    return re.sub(r"isation(s?)\b", r"ization\1", fold(name)).split()


def _acronym_of(acronym: str, words: list[str]) -> bool:
    """The acronym splits into non-empty prefixes of the significant words, in order
    ("oecd": organization, economic, cooperation, development); stop words may be skipped."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if word in _ACRONYM_STOPWORDS and _acronym_of(acronym, rest):
        return True
    return any(_acronym_of(acronym[n:], rest)
               for n in range(1, min(len(word), len(acronym)) + 1)
               if acronym[:n] == word[:n])


def _same_org(gold: str, predicted: str) -> bool:
    g, p = " ".join(_org_words(gold, False)), " ".join(_org_words(predicted, False))
    if not g or not p:
        return False
    if _contains_words(g, p):
        return True
    for short, long in ((g, predicted), (p, gold)):
        if " " in short or len(short) < 2:
            continue
        if any(len(words) >= 2 and _acronym_of(short, words)
               for words in (_org_words(long, False), _org_words(long, True))):
            return True
    return False


def _country_code(name: str) -> str | None:
    try:
        return pycountry.countries.lookup(name.strip()).alpha_3
    except LookupError:
        return None


def _same_member(gold: str, predicted: str) -> bool:
    if fold(gold) and fold(gold) == fold(predicted):
        return True
    code = _country_code(gold)
    return code is not None and code == _country_code(predicted)


def _memberships(items: list[dict]) -> list[tuple[str, str]]:
    return [(str(m.get("member") or ""), str(m.get("organization") or "")) for m in items]


# ---------------------------------------------------------------- scoring


def load_gold(dir: Path) -> list[dict]:
    """The gold records of a folder: each ``*.json`` file one record, each line of a
    ``*.jsonl`` file (a generated corpus's ``gold.jsonl``) one record; by file name.

    Records with neither ``interactions`` nor ``memberships`` are articles, not gold (a
    generated corpus keeps its ``articles.jsonl`` beside ``gold.jsonl``), and are skipped.
    """
    records = []
    for path in sorted(Path(dir).glob("*.json*")):
        if path.suffix == ".json":
            records.append(json.loads(path.read_text(encoding="utf-8")))
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                records.extend(json.loads(line) for line in lines if line.strip())
    return [r for r in records if "interactions" in r or "memberships" in r]


def _accuracy(correct: int, total: int) -> float | None:
    return correct / total if total else None


def score(gold: list[dict], predicted: dict) -> Scores:
    """Score the extractor's output document against gold articles, matched by article id."""
    by_id = {a.get("id"): a for a in predicted.get("articles") or []}
    pairs, met, members = PRF(), PRF(), PRF()
    counts = {"status": [0, 0], "mode": [0, 0], "date": [0, 0], "place": [0, 0]}
    reports: dict[str, ArticleReport] = {}

    for g in gold:
        report = ArticleReport()
        reports[g["id"]] = report
        p = by_id.get(g["id"])
        if p is None:
            report.missing = True
            p = {}
        g_inter, p_inter = g.get("interactions") or [], p.get("interactions") or []

        gp, pp = _gold_pairs(g_inter), _pred_pairs(p_inter)
        matched = _match_pairs(gp, pp)
        pairs.add(len(matched), len(pp) - len(matched), len(gp) - len(matched))
        used_g, used_p = {i for i, _ in matched}, {j for _, j in matched}
        report.missed_pairs = [x.pair for i, x in enumerate(gp) if i not in used_g]
        report.extra_pairs = [x.pair for j, x in enumerate(pp) if j not in used_p]
        for i, j in matched:
            report.mismatches += _compare(gp[i].pair, pp[j].pair, counts)

        gm = _gold_pairs([i for i in g_inter if _is_met(i)])
        pm = _pred_pairs([i for i in p_inter if _is_met(i)])
        n = len(_match_pairs(gm, pm))
        met.add(n, len(pm) - n, len(gm) - n)

        g_mem, p_mem = _memberships(g.get("memberships") or []), _memberships(
            p.get("memberships") or [])
        weights = [[int(_same_member(gmem, pmem) and _same_org(gorg, porg))
                     for pmem, porg in p_mem] for gmem, gorg in g_mem]
        mm = _assign(weights)
        members.add(len(mm), len(p_mem) - len(mm), len(g_mem) - len(mm))
        report.missed_memberships = [x for i, x in enumerate(g_mem) if i not in {a for a, _ in mm}]
        report.extra_memberships = [x for j, x in enumerate(p_mem) if j not in {b for _, b in mm}]

    return Scores(
        pairs=pairs,
        met_in_person=met,
        memberships=members,
        status_accuracy=_accuracy(*counts["status"]),
        mode_accuracy=_accuracy(*counts["mode"]),
        date_accuracy=_accuracy(*counts["date"]),
        place_accuracy=_accuracy(*counts["place"]),
        per_article=reports,
        counts={k: (v[0], v[1]) for k, v in counts.items()},
    )


def _compare(g: Pair, p: Pair, counts: dict[str, list[int]]) -> list[Mismatch]:
    """Update the attribute counts for one matched pair; return its mismatches."""
    checks = [("status", True, g.status == p.status, g.status, p.status),
              ("mode", True, g.mode == p.mode, g.mode, p.mode),
              ("date", bool(g.date), _date_ok(g.date, p.date), g.date, p.date),
              ("place", bool(g.place), _place_ok(g.place, p.place), g.place, p.place)]
    out = []
    for name, scored, ok, gv, pv in checks:
        if not scored:
            continue
        counts[name][1] += 1
        counts[name][0] += ok
        if not ok:
            out.append(Mismatch(g.people, name, gv, pv))
    return out


# ---------------------------------------------------------------- report


def _verdict(value: float | None, target: float | None) -> str:
    if target is None:
        return ""
    if value is None:
        return "n/a"
    return "ok" if value >= target else "below"


def format_scores(scores: Scores, per_article: bool = False) -> str:
    """A readable table of every figure with its target, marked ok / below."""
    table = Table(title="Extraction scores")
    for col in ("metric", "score", "detail", "target", "result"):
        table.add_column(col, justify="right" if col in ("score", "target") else "left")

    def fmt(x: float | None) -> str:
        return "–" if x is None else f"{x:.3f}"

    for label, key, prf in (("pairs F1", "pairs", scores.pairs),
                            ("met-in-person F1", "met_in_person", scores.met_in_person),
                            ("memberships F1", "memberships", scores.memberships)):
        detail = (f"P {prf.precision:.3f}  R {prf.recall:.3f}  "
                  f"(tp {prf.tp}, fp {prf.fp}, fn {prf.fn})")
        t = TARGETS[key]
        table.add_row(label, fmt(prf.f1), detail, f"≥ {t:.2f}", _verdict(prf.f1, t))
    for label, key, value in (("status accuracy", "status", scores.status_accuracy),
                              ("mode accuracy", "mode", scores.mode_accuracy),
                              ("date accuracy", "date", scores.date_accuracy),
                              ("place accuracy", "place", scores.place_accuracy)):
        ok, total = scores.counts.get(key, (0, 0))
        t = TARGETS.get(key)
        table.add_row(label, fmt(value), f"{ok}/{total}",
                      "" if t is None else f"≥ {t:.2f}", _verdict(value, t))

    buffer = io.StringIO()
    console = Console(file=buffer, width=110, color_system=None, force_terminal=False)
    console.print(table)
    if per_article:
        for article_id, report in scores.per_article.items():
            if report.clean:
                continue
            console.print(f"\n[bold]{article_id}[/bold]", highlight=False)
            lines = (["  article missing from predictions"] if report.missing else [])
            lines += [f"  missed pair: {x}" for x in report.missed_pairs]
            lines += [f"  extra pair: {x}" for x in report.extra_pairs]
            lines += [f"  mismatch: {x}" for x in report.mismatches]
            lines += [f"  missed membership: {m} in {o}" for m, o in report.missed_memberships]
            lines += [f"  extra membership: {m} in {o}" for m, o in report.extra_memberships]
            for line in lines:
                console.print(line, markup=False, highlight=False)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Score extractor output against gold files.")
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("predictions", type=Path, help="the extractor's JSON output document")
    parser.add_argument("--per-article", action="store_true")
    args = parser.parse_args(argv)
    predicted = json.loads(args.predictions.read_text(encoding="utf-8"))
    print(format_scores(score(load_gold(args.gold_dir), predicted), args.per_article), end="")


if __name__ == "__main__":
    main()
