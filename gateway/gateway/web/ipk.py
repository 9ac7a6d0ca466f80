"""The monthly IPK forms III/1, III/2 and III/3 (Kepdirjen Binapenta No. 268/2012) and the
placement and registration tables, computed in PostgreSQL from the records the gateway keeps.

Every AK/1 registration (kiosk or counter, new or renewal) opens a *segment* of its card. A
segment ends at its card's next registration (a renewal: the person stays registered) or, if that
comes first, at its *exit*: placed (the first report of work ``employed`` or counter placement at
or after the segment's start), or removed (the day after ``valid_until``, the end of a six-month
report period without a report, or the officer's rejection of the card). A registration whose
card was not registered just before it is an *entry*. So for a period [P0, P1):

    a = cards registered at P0        b = entries in the period
    c = exits by placement            d = exits by removal            e = cards registered at P1

and a + b - c - d = e holds per card, hence in every column once each card has one column for
the period: its latest registration before P1 (sex, education, work sought) and its age on the
period's last day. docs/gateway.md ("IPK reports") states the rules in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.utils.translation import gettext_lazy as _

from gateway.api.validation import EDUCATION_LEVEL_CODES
from gateway.web.models import IpkState

ROWS = ("a", "b", "c", "d", "e")
ROW_LABEL = {
    "a": _("Pencari kerja yang belum ditempatkan pada akhir bulan yang lalu"),
    "b": _("Pencari kerja yang terdaftar bulan ini"),
    "c": _("Pencari kerja yang ditempatkan bulan ini"),
    "d": _("Pencari kerja yang dihapuskan bulan ini"),
    "e": _("Pencari kerja yang belum ditempatkan pada akhir bulan ini (a + b - c - d)"),
}
ROW_LABEL_RANGE = {
    "a": _("Pencari kerja yang belum ditempatkan pada awal periode"),
    "b": _("Pencari kerja yang terdaftar dalam periode"),
    "c": _("Pencari kerja yang ditempatkan dalam periode"),
    "d": _("Pencari kerja yang dihapuskan dalam periode"),
    "e": _("Pencari kerja yang belum ditempatkan pada akhir periode (a + b - c - d)"),
}
SEXES = ("L", "P")
UNKNOWN = "x"
AGE_GROUPS = ("15-19", "20-29", "30-44", "45-54", "55+")
EDUCATION_LABEL = {
    "belum_tamat_sd": _("Belum tamat SD"), "sd": "SD", "smp": "SMP", "sma": "SMA", "smk": "SMK", "d1": "D1",
    "d2": "D2", "d3": "D3", "d4": "D4", "s1": "S1", "s2": "S2", "s3": "S3", UNKNOWN: _("Tidak diketahui"),
}  # fmt: skip
KBJI_MAJOR_GROUPS = tuple(str(d) for d in range(10))
PLACEMENTS = ("akl", "akad", "akan")
PLACEMENT_LABEL = {"akl": _("AKL (lokal)"), "akad": _("AKAD (antardaerah)"), "akan": _("AKAN (luar negeri)"),
                   UNKNOWN: _("Tidak diketahui")}  # fmt: skip


@dataclass(frozen=True)
class Form:
    code: str  # "III/1"
    slug: str  # "iii-1", in URLs and file names
    title: Any
    by: Any  # the column group's heading
    columns: tuple[str, ...]
    labels: dict[str, Any]


FORMS = {
    "iii-1": Form("III/1", "iii-1", _("Pencari kerja menurut kelompok umur dan jenis kelamin"), _("Kelompok umur"),
                  AGE_GROUPS, {g: g for g in AGE_GROUPS}),
    "iii-2": Form("III/2", "iii-2", _("Pencari kerja menurut tingkat pendidikan dan jenis kelamin"),
                  _("Tingkat pendidikan"), (*EDUCATION_LEVEL_CODES, UNKNOWN), EDUCATION_LABEL),
    "iii-3": Form("III/3", "iii-3", _("Pencari kerja menurut golongan pokok jabatan (KBJI 2026) dan jenis kelamin"),
                  _("Golongan pokok KBJI"), (*KBJI_MAJOR_GROUPS, UNKNOWN),
                  {**{g: g for g in KBJI_MAJOR_GROUPS}, UNKNOWN: _("Tidak diketahui")}),
}  # fmt: skip


@dataclass(frozen=True)
class Period:
    """Whole months, first to last (both included)."""

    first: date  # the 1st of the first month
    last: date  # the 1st of the last month

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, 1))

    @property
    def end(self) -> date:
        """The 1st of the month after the last."""
        return next_month(self.last)

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    def months(self) -> list[date]:
        out, month = [], self.first
        while month <= self.last:
            out.append(month)
            month = next_month(month)
        return out

    def start_instant(self) -> datetime:
        return datetime.combine(self.first, time(), tzinfo=zone())

    def end_instant(self) -> datetime:
        return datetime.combine(self.end, time(), tzinfo=zone())


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


Cells = dict[str, dict[tuple[str, str], int]]  # row -> (column, sex) -> count


@dataclass
class Table:
    """One form's figures: rows a..e, each column split by sex."""

    form: Form
    cells: Cells = field(default_factory=lambda: {row: {} for row in ROWS})

    def get(self, row: str, column: str, sex: str) -> int:
        return self.cells[row].get((column, sex), 0)

    def total(self, row: str, sex: str | None = None) -> int:
        return sum(n for (_, s), n in self.cells[row].items() if sex is None or s == sex)


@dataclass
class Report:
    period: Period
    forms: dict[str, Table]
    placements: dict[tuple[str, str], int]  # (akl|akad|akan|x, sex) -> placements (row c)
    monthly: list[dict[str, Any]]  # per month: month, a, b, c, d, e (totals)
    by_source: list[tuple[str, str, str, int]]  # (kiosk|counter, kiosk id or "", new|renewal, records)
    by_kecamatan: list[tuple[str, str, int]]  # (kecamatan or "", sex, records)


# -- the SQL. Times are compared as instants; a "day" is a day in Asia/Jakarta (settings.TIME_ZONE).
# SPELLS computes every segment of the cards in ``ipk_cards`` (a temporary table) from all their records:
# its exit, whether that was a placement, the next registration and the previous segment's exit. What
# happens after a period's end never changes that period's figures (a later report can only move an exit
# that lies after the period's end), so the segments are kept (web_ipkspell) and refreshed for the cards
# whose records changed; each period is then one scan of them.
SPELLS = """
WITH regs AS (
  SELECT r.id * 2 AS k, r.registration_no COLLATE "C" AS card, r.created_at AS t, r.valid_until, r.sex,
         r.birth_date, r.education_level AS edu, r.occupation_code AS occ
  FROM api_registration r {only_regs}
  UNION ALL
  SELECT c.id * 2 + 1, c.registration_no COLLATE "C", c.registered_on::timestamp AT TIME ZONE %(tz)s, c.valid_until,
         c.sex, c.birth_date, c.education_level, c.occupation_code
  FROM web_counterregistration c {only_counter}
), reps AS (
  SELECT registration_no COLLATE "C" AS card, reported_at AS at, status = 'employed' AS employed, placement
  FROM api_report {only_reports}
  UNION ALL
  SELECT registration_no COLLATE "C", (placed_on + 1)::timestamp AT TIME ZONE %(tz)s - interval '1 microsecond', true,
         placement
  FROM web_counterplacement {only_placements}
), bounds AS (
  SELECT g.*,
         (g.day + interval '6 months')::timestamp AT TIME ZONE %(tz)s AS q1,
         (g.day + interval '12 months')::timestamp AT TIME ZONE %(tz)s AS q2,
         (g.day + interval '18 months')::timestamp AT TIME ZONE %(tz)s AS q3,
         (g.valid_until + 1)::timestamp AT TIME ZONE %(tz)s AS expire
  FROM (SELECT regs.*, (regs.t AT TIME ZONE %(tz)s)::date AS day FROM regs) g
), seen AS (
  SELECT b.k,
         min(x.at) FILTER (WHERE x.employed) AS placed_at,
         (array_agg(x.placement ORDER BY x.at) FILTER (WHERE x.employed))[1] AS placement,
         bool_or(x.at < b.q1) AS r1, bool_or(x.at >= b.q1 AND x.at < b.q2) AS r2,
         bool_or(x.at >= b.q2 AND x.at < b.q3) AS r3
  FROM bounds b JOIN reps x ON x.card = b.card AND x.at >= b.t
  GROUP BY b.k
), ends AS (
  SELECT b.k, b.card, b.t, b.sex, b.birth_date, b.edu, b.occ, s.placement, s.placed_at,
         LEAST(b.expire, CASE WHEN NOT coalesce(s.r1, false) THEN b.q1 WHEN NOT coalesce(s.r2, false) THEN b.q2
                              WHEN NOT coalesce(s.r3, false) THEN b.q3 END,
               CASE WHEN cd.decided_at >= b.t THEN cd.decided_at END) AS removed_at
  FROM bounds b
  LEFT JOIN seen s ON s.k = b.k
  LEFT JOIN api_card cd ON cd.registration_id * 2 = b.k AND cd.status = 'ditolak'
), segs AS (
  SELECT e.*, coalesce(e.placed_at <= e.removed_at, false) AS placed,
         GREATEST(e.t, LEAST(e.placed_at, e.removed_at)) AS exit
  FROM ends e
)
INSERT INTO web_ipkspell (k, card, t, exit, placed, placement, next_t, prev_exit, sex, birth_date, edu, occ)
SELECT s.k, s.card, s.t, s.exit, s.placed, s.placement, lead(s.t) OVER w, lag(s.exit) OVER w,
       s.sex, s.birth_date, s.edu, s.occ
FROM segs s
WINDOW w AS (PARTITION BY s.card ORDER BY s.t, s.k)
"""
ONLY = {
    "only_regs": "WHERE r.registration_no IN (SELECT card FROM ipk_cards)",
    "only_counter": "WHERE c.registration_no IN (SELECT card FROM ipk_cards)",
    "only_reports": "WHERE registration_no IN (SELECT card FROM ipk_cards)",
    "only_placements": "WHERE registration_no IN (SELECT card FROM ipk_cards)",
}
CHANGED_CARDS = """
CREATE TEMPORARY TABLE ipk_cards ON COMMIT DROP AS
SELECT registration_no AS card FROM api_registration WHERE received_at >= %(since)s
UNION SELECT registration_no FROM api_report WHERE received_at >= %(since)s
UNION SELECT registration_no FROM api_card WHERE updated_at >= %(since)s
UNION SELECT registration_no FROM web_counterregistration WHERE recorded_at >= %(since)s
UNION SELECT registration_no FROM web_counterplacement WHERE recorded_at >= %(since)s
"""
# a record committed late (its transaction began before the last refresh) is still caught
OVERLAP = timedelta(minutes=10)

# Each period: the segments that matter (registered at its start, or active within it), each classed
# by its card's latest registration before the period's end (its own, or that of the card's current
# segment: the few renewed within the period).
FIGURES = """
WITH rel AS (
  SELECT s.* FROM web_ipkspell s
  WHERE s.t < %(p1)s AND (s.next_t IS NULL OR s.next_t >= %(p0)s) AND s.exit >= %(p0)s
), flows AS (
  SELECT r.*, r.sex AS c_sex, r.birth_date AS c_birth, r.edu AS c_edu, r.occ AS c_occ FROM rel r
  WHERE r.next_t IS NULL OR r.next_t >= %(p1)s
  UNION ALL
  SELECT r.*, cur.sex, cur.birth_date, cur.edu, cur.occ FROM rel r
  JOIN web_ipkspell cur ON cur.card = r.card AND cur.t < %(p1)s AND (cur.next_t IS NULL OR cur.next_t >= %(p1)s)
  WHERE r.next_t < %(p1)s
), marked AS (
  SELECT f.*,
         f.t < %(p0)s AS at_start,
         f.t >= %(p0)s AND (f.prev_exit IS NULL OR f.prev_exit <= f.t) AS entered,
         f.exit < %(p1)s AND (f.next_t IS NULL OR f.exit <= f.next_t) AS left_now,
         (f.next_t IS NULL OR f.next_t >= %(p1)s) AND f.exit >= %(p1)s AS at_end,
         extract(year FROM age(%(last_day)s, f.c_birth))::int AS age
  FROM flows f
), classed AS (
  SELECT m.*,
         CASE WHEN m.age < 20 THEN '15-19' WHEN m.age < 30 THEN '20-29' WHEN m.age < 45 THEN '30-44'
              WHEN m.age < 55 THEN '45-54' ELSE '55+' END AS age_group,
         CASE WHEN m.c_edu = ANY(%(levels)s) THEN m.c_edu ELSE 'x' END AS edu_col,
         CASE WHEN m.c_occ ~ '^[0-9]' THEN left(m.c_occ, 1) ELSE 'x' END AS kbji,
         CASE WHEN m.left_now AND m.placed THEN coalesce(m.placement, 'x') END AS place_col,
         CASE WHEN m.entered THEN date_trunc('month', m.t AT TIME ZONE %(tz)s)::date END AS in_month,
         CASE WHEN m.left_now THEN date_trunc('month', m.exit AT TIME ZONE %(tz)s)::date END AS out_month
  FROM marked m
)
SELECT GROUPING(age_group, edu_col, kbji, place_col, in_month, out_month, placed) AS grp,
       c_sex, age_group, edu_col, kbji, place_col, in_month, out_month, placed,
       count(*) FILTER (WHERE at_start) AS a, count(*) FILTER (WHERE entered) AS b,
       count(*) FILTER (WHERE left_now AND placed) AS c, count(*) FILTER (WHERE left_now AND NOT placed) AS d,
       count(*) FILTER (WHERE at_end) AS e
FROM classed
GROUP BY GROUPING SETS ((c_sex, age_group), (c_sex, edu_col), (c_sex, kbji), (c_sex, place_col), (in_month),
                        (out_month, placed))
"""

RECORDS = """
SELECT 'kiosk' AS source, k.kiosk_id, r.kind, r.sex, r.data -> 'address' ->> 'kecamatan' AS kecamatan
FROM api_registration r JOIN api_kiosk k ON k.id = r.kiosk_id
WHERE r.created_at >= %(p0)s AND r.created_at < %(p1)s
UNION ALL
SELECT 'counter', '', c.kind, c.sex, c.kecamatan FROM web_counterregistration c
WHERE c.registered_on >= %(p0_day)s AND c.registered_on < %(p1_day)s
"""
BY_SOURCE = f"SELECT source, kiosk_id, kind, count(*) FROM ({RECORDS}) x GROUP BY 1, 2, 3 ORDER BY 1 DESC, 2, 3"
BY_KECAMATAN = f"""
SELECT initcap(lower(k)), sex, count(*) FROM (
  SELECT regexp_replace(trim(coalesce(kecamatan, '')), '\\s+', ' ', 'g') AS k, sex FROM ({RECORDS}) x) y
GROUP BY lower(k), 1, 2 ORDER BY 1, 2
"""
# the sets of FIGURES, by the GROUPING() bits (1 = the column is not in the set), in the SELECT's order
SET_AGE, SET_EDU, SET_KBJI, SET_PLACE = 0b0111111, 0b1011111, 0b1101111, 0b1110111
SET_IN, SET_OUT = 0b1111011, 0b1111100


def params(period: Period) -> dict[str, Any]:
    return {
        "p0": period.start_instant(), "p1": period.end_instant(), "p0_day": period.first, "p1_day": period.end,
        "last_day": period.last_day, "tz": settings.TIME_ZONE, "levels": list(EDUCATION_LEVEL_CODES),
    }  # fmt: skip


def refresh(*, everything: bool = False) -> int:
    """Recompute the kept segments of the cards whose records changed since the last refresh (all of
    them the first time, or with ``everything``); how many cards. One at a time (a row lock)."""
    if connection.vendor != "postgresql":
        raise NotSupported
    with transaction.atomic(), connection.cursor() as cursor:
        state, _ = IpkState.objects.select_for_update().get_or_create(pk=1)
        cursor.execute("SELECT now()")
        started = cursor.fetchone()[0]
        cursor.execute("SET LOCAL jit = off")  # compiling these queries costs more than running them
        cursor.execute("SET LOCAL work_mem = '256MB'")
        if everything or state.refreshed_at is None:
            cursor.execute("TRUNCATE web_ipkspell")
            cursor.execute(SPELLS.format(**{key: "" for key in ONLY}), {"tz": settings.TIME_ZONE})
            cursor.execute("SELECT count(DISTINCT card) FROM web_ipkspell")
        else:
            cursor.execute(CHANGED_CARDS, {"since": state.refreshed_at - OVERLAP})
            cursor.execute("DELETE FROM web_ipkspell WHERE card IN (SELECT card FROM ipk_cards)")
            cursor.execute(SPELLS.format(**ONLY), {"tz": settings.TIME_ZONE})
            cursor.execute("SELECT count(*) FROM ipk_cards")
        cards = cursor.fetchone()[0]
        state.refreshed_at = started
        state.save(update_fields=["refreshed_at"])
    return cards


def compute(period: Period) -> Report:
    """All tables of the period, in one read-only transaction (so they agree with each other), after
    bringing the kept segments up to date."""
    refresh()
    values = params(period)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SET LOCAL work_mem = '256MB'")
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(FIGURES, values)
        figures = cursor.fetchall()
        cursor.execute(BY_SOURCE, values)
        by_source = [tuple(r) for r in cursor.fetchall()]
        cursor.execute(BY_KECAMATAN, values)
        by_kecamatan = [tuple(r) for r in cursor.fetchall()]
    forms = {slug: Table(form) for slug, form in FORMS.items()}
    placements: dict[tuple[str, str], int] = {}
    flows: dict[date, dict[str, int]] = {m: {"b": 0, "c": 0, "d": 0} for m in period.months()}
    for grp, sex, age_group, edu_col, kbji, place_col, in_month, out_month, placed, *counts in figures:
        per_row = dict(zip(ROWS, counts, strict=True))
        column = {SET_AGE: ("iii-1", age_group), SET_EDU: ("iii-2", edu_col), SET_KBJI: ("iii-3", kbji)}.get(grp)
        if column:
            for row, n in per_row.items():
                if n:
                    forms[column[0]].cells[row][(column[1], sex)] = n
        elif grp == SET_PLACE and place_col is not None:
            placements[(place_col, sex)] = per_row["c"]
        elif grp == SET_IN and in_month is not None:
            flows[in_month]["b"] = per_row["b"]
        elif grp == SET_OUT and out_month is not None:
            flows[out_month]["c" if placed else "d"] = per_row["c"] + per_row["d"]
    stock = forms["iii-1"].total("a")
    monthly = []
    for month in period.months():
        row = {"month": month, "a": stock, **flows[month]}
        stock = row["e"] = stock + row["b"] - row["c"] - row["d"]
        monthly.append(row)
    return Report(period, forms, placements, monthly, by_source, by_kecamatan)


class NotSupported(Exception):
    """The IPK tables are computed by PostgreSQL (the production database); SQLite has no report."""
