"""Searching the local vacancy cache: words (SQLite FTS5), filters, closed ones hidden,
sorted by how well each suits the job seeker or by closing date; and, when a search finds
nothing, the ways to widen it with how many vacancies each would give."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from kiosk.core import clock, education
from kiosk.core.matching import LEVEL_RANK, Match, match
from kiosk.store import vacancies as cache
from kiosk.store.db import Store

EDUCATION_LEVELS = education.LEVELS  # the contract's education_level codes, lowest first

# the filters a person sets, in the order the screen shows them
FILTERS = ("sector", "location", "education", "min_wage")


@dataclass(frozen=True)
class Hit:
    vacancy: dict[str, Any]
    match: Match | None


class Widen(StrEnum):
    FILTER = "filter"  # drop the one filter that holds back the most
    WORDS = "words"  # clear the typed words
    ALL = "all"  # clear everything


@dataclass(frozen=True)
class Widening:
    kind: Widen
    drops: tuple[str, ...]  # what it clears: names from FILTERS and "words"
    count: int  # the vacancies the search then finds


def fts_query(text: str) -> str | None:
    """Each typed word as a prefix term; whatever the user types cannot break the query."""
    terms = re.findall(r"\w+", (text or "").lower())
    return " AND ".join(f'"{term}"*' for term in terms[:8]) or None


def education_minimums(level: str) -> list[str]:
    """The vacancies' ``education_min`` values (``SD`` .. ``S3``) that a person with ``level`` meets.
    ``level`` is a contract code (``smk``) or a vacancy's own spelling (``SMK``); ``belum_tamat_sd``
    meets none, so only vacancies that ask no minimum remain."""
    rank = LEVEL_RANK.get(level.upper(), 0)
    return [minimum for minimum, needed in LEVEL_RANK.items() if needed <= rank]


def _criteria(
    today: date | None,
    words: str = "",
    sector: str | None = None,
    location: str | None = None,
    education: str | None = None,
    min_wage: int | None = None,
) -> cache.Criteria:
    return cache.Criteria(
        open_on=(today or clock.today()).isoformat(),
        fts=fts_query(words),
        sector=sector or None,
        location=location or None,
        education_min_in=education_minimums(education) if education else None,
        min_wage=min_wage or None,
    )


def search(
    store: Store,
    *,
    words: str = "",
    sector: str | None = None,
    location: str | None = None,
    education: str | None = None,
    min_wage: int | None = None,
    seeker: dict[str, Any] | None = None,
    sort: str = "match",
    today: date | None = None,
    limit: int = 50,
) -> list[Hit]:
    criteria = _criteria(today, words, sector, location, education, min_wage)
    # sorting by match scores in Python: the 500 soonest-closing candidates keep it under 50 ms at 20k
    rows = cache.find(store, criteria, limit if sort == "closing" or not seeker else 500)
    hits = []
    for row in rows:
        row["skills"] = json.loads(row["skills"] or "[]")
        hits.append(Hit(row, match(seeker, row) if seeker else None))
    if seeker and sort == "match":
        hits.sort(key=lambda h: (-h.match.score if h.match else 0, h.vacancy["closes_on"] or "9999"))
    return hits[:limit]


def count(
    store: Store,
    *,
    words: str = "",
    sector: str | None = None,
    location: str | None = None,
    education: str | None = None,
    min_wage: int | None = None,
    today: date | None = None,
) -> int:
    """How many open vacancies the same search finds (the list shows at most its limit)."""
    return cache.count(store, _criteria(today, words, sector, location, education, min_wage))


def widenings(
    store: Store,
    *,
    words: str = "",
    sector: str | None = None,
    location: str | None = None,
    education: str | None = None,
    min_wage: int | None = None,
    today: date | None = None,
) -> list[Widening]:
    """Ways out of a search that found nothing, each with the vacancies it would give (none that
    gives nothing): drop the filter whose removal gives the most, clear the words, show all."""
    asked: dict[str, Any] = {
        name: value
        for name, value in (
            ("words", words.strip()),
            ("sector", sector),
            ("location", location),
            ("education", education),
            ("min_wage", min_wage),
        )
        if value
    }
    options: list[Widening] = []
    filters = [name for name in FILTERS if name in asked]
    if filters:
        without = {name: count(store, today=today, **{k: v for k, v in asked.items() if k != name}) for name in filters}
        most = max(filters, key=lambda name: without[name])  # a tie: the first in the screen's order
        if without[most]:
            options.append(Widening(Widen.FILTER, (most,), without[most]))
    if "words" in asked:
        left = count(store, today=today, **{k: v for k, v in asked.items() if k != "words"})
        if left:
            options.append(Widening(Widen.WORDS, ("words",), left))
    everything = count(store, today=today)
    if everything and all(set(option.drops) != set(asked) for option in options):
        options.append(Widening(Widen.ALL, tuple(asked), everything))
    return options


def facets(store: Store) -> dict[str, list[str]]:
    """The sectors and locations present, for the filter buttons."""
    return {"sector": cache.distinct(store, "sector"), "location": cache.distinct(store, "location")}
