"""The vacancy cache: its one write (insert or update a row by its SIKER id) and its reads, one
WHERE clause shared by the list and its counts, so a count always says what the list would show."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.store.db import Store


def upsert(store: Store, row: Mapping[str, object]) -> None:
    """Plain SQL: sqlite-utils' upsert starts with INSERT OR IGNORE of the key alone, which a
    NOT NULL column turns into a silent no-op."""
    columns = ", ".join(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "id")
    store.execute(
        f"INSERT INTO vacancies({columns}) VALUES({', '.join('?' * len(row))}) ON CONFLICT(id) DO UPDATE SET {updates}",
        tuple(row.values()),
    )


@dataclass(frozen=True)
class Criteria:
    """What a search asks for; ``None`` (or empty) asks nothing of that column."""

    open_on: str  # YYYY-MM-DD: vacancies closed before it are hidden
    fts: str | None = None  # an FTS5 MATCH expression
    sector: str | None = None
    location: str | None = None
    education_min_in: Sequence[str] | None = None  # vacancies asking one of these minimums, or none
    min_wage: int | None = None


def _where(criteria: Criteria) -> tuple[str, dict[str, Any]]:
    where = ["(v.closes_on IS NULL OR v.closes_on >= :today)"]
    params: dict[str, Any] = {"today": criteria.open_on}
    if criteria.fts:
        where.append("v.rowid IN (SELECT rowid FROM vacancies_fts WHERE vacancies_fts MATCH :query)")
        params["query"] = criteria.fts
    if criteria.sector:
        where.append("v.sector = :sector")
        params["sector"] = criteria.sector
    if criteria.location:
        where.append("v.location = :location")
        params["location"] = criteria.location
    if criteria.education_min_in is not None:
        names = [f"edu{i}" for i in range(len(criteria.education_min_in))]
        params.update(zip(names, criteria.education_min_in, strict=True))
        listed = f" OR v.education_min IN ({', '.join(':' + n for n in names)})" if names else ""
        where.append(f"(v.education_min IS NULL{listed})")
    if criteria.min_wage:
        where.append("COALESCE(v.wage_max, v.wage_min, 0) >= :min_wage")
        params["min_wage"] = criteria.min_wage
    return " AND ".join(where), params


def find(store: Store, criteria: Criteria, limit: int) -> list[dict[str, Any]]:
    """The open vacancies that meet ``criteria``, soonest closing first."""
    where, params = _where(criteria)
    return store.query(
        f"SELECT v.* FROM vacancies v WHERE {where} ORDER BY v.closes_on IS NULL, v.closes_on, v.id LIMIT :limit",
        params | {"limit": limit},
    )


def count(store: Store, criteria: Criteria) -> int:
    where, params = _where(criteria)
    return int(store.query(f"SELECT count(*) AS n FROM vacancies v WHERE {where}", params)[0]["n"])


def distinct(store: Store, column: str) -> list[str]:
    """The values present in ``sector`` or ``location``, for the filter buttons."""
    if column not in ("sector", "location"):
        raise ValueError(column)
    return [r[column] for r in store.query(f"SELECT DISTINCT {column} FROM vacancies WHERE {column} != '' ORDER BY 1")]
