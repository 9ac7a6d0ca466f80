"""A generated population of job seekers for the IPK tests, and the IPK figures computed from it
with plain Python (an event walk per card), independently of the gateway's SQL.

The records go in the way they do in production: registrations and reports through the kiosk API
(two kiosks), counter entries and card rejections straight into their tables."""

from __future__ import annotations

import csv
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from gwsupport import samples

JAKARTA = ZoneInfo("Asia/Jakarta")
LEVELS = ("belum_tamat_sd", "sd", "smp", "sma", "smk", "d1", "d2", "d3", "d4", "s1", "s2", "s3")
KBJI = Path(__file__).resolve().parents[2] / "gateway" / "data" / "kbji2026.csv"
END = datetime(2026, 12, 1, tzinfo=JAKARTA)
KECAMATAN = ("Semarang Tengah", "semarang  tengah", "Tembalang", "TEMBALANG", "Banyumanik", "Pedurungan ", "", "Genuk")


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=JAKARTA)


def stamp(moment: datetime) -> str:
    return moment.astimezone(JAKARTA).isoformat(timespec="seconds")


@dataclass
class Reg:
    card: str
    t: datetime
    valid_until: date
    sex: str
    birth_date: date
    edu: str  # "" unknown
    occ: str | None
    kecamatan: str
    source: str  # kiosk | counter
    kiosk_id: str
    kind: str
    order: tuple[int, int]  # the tie-break at one instant: kiosk before counter, then in order made
    client_id: str = ""
    body: dict | None = None


@dataclass
class Rep:
    card: str
    t: datetime
    employed: bool
    placement: str | None
    source: str = "kiosk"
    registration_client_id: str = ""


@dataclass
class Population:
    regs: list[Reg] = field(default_factory=list)
    reps: list[Rep] = field(default_factory=list)
    rejections: dict[str, datetime] = field(default_factory=dict)  # card -> decided_at (its latest kiosk reg)
    serial: int = 0

    def card_no(self) -> str:
        self.serial += 1
        return f"3374{self.serial:012d}"


def occupations(rng: random.Random) -> list[str | None]:
    with KBJI.open(encoding="utf-8") as fh:
        codes = [r["code"] for r in csv.DictReader(fh) if r["level"] in ("jabatan", "subgolongan")]
    return [*rng.sample(codes, 40), None, None, None]


def generate(seed: int = 25, cards: int = 320, counter_cards: int = 40) -> Population:
    rng = random.Random(seed)
    pop = Population()
    jobs = occupations(rng)
    start = datetime(2023, 6, 1, tzinfo=JAKARTA)
    span = datetime(2026, 11, 30, tzinfo=JAKARTA) - start
    n_order = 0

    def person() -> dict:
        born = date(rng.randint(1962, 2010), rng.randint(1, 12), rng.randint(1, 28))
        return {"sex": rng.choice("LP"), "birth_date": born, "edu": rng.choice([*LEVELS, "", ""]),
                "occ": rng.choice(jobs), "kecamatan": rng.choice(KECAMATAN)}  # fmt: skip

    def add_reg(card: str, t: datetime, who: dict, source: str, kind: str, kiosk_id: str = "") -> Reg:
        nonlocal n_order
        n_order += 1
        day = t.astimezone(JAKARTA).date()
        reg = Reg(card, t, add_months(day, 24), who["sex"], who["birth_date"], who["edu"], who["occ"],
                  who["kecamatan"], source, kiosk_id, kind, (0 if source == "kiosk" else 1, n_order),
                  client_id=str(uuid.uuid4()))  # fmt: skip
        pop.regs.append(reg)
        return reg

    def spell_reports(reg: Reg, until: datetime | None) -> datetime | None:
        """Reports over the spell's three periods; returns when the person was placed (if so)."""
        day = reg.t.astimezone(JAKARTA).date()
        for k in (1, 2, 3):
            lo = max(reg.t, day_start(add_months(day, 6 * (k - 1))))
            hi = day_start(add_months(day, 6 * k))
            roll = rng.random()
            if roll < 0.2:
                continue  # missed: removed at the end of the period (or a late report, ignored)
            at = lo + (hi - lo) * rng.random()
            if until is not None and at >= until:
                return None
            employed = roll > 0.85
            pop.reps.append(Rep(reg.card, at.replace(microsecond=0), employed,
                                rng.choice(["akl", "akad", "akan", None]) if employed else None,
                                registration_client_id=reg.client_id))  # fmt: skip
            if employed:
                return at
        return None

    for i in range(cards):
        card, who = pop.card_no(), person()
        kiosk = "SMG-01" if i % 3 else "SMG-02"
        t = (start + span * rng.random()).replace(microsecond=0)
        reg = add_reg(card, t, who, "kiosk", "new", kiosk)
        renew = rng.random() < 0.3
        renew_at = None
        if renew:  # around the card's expiry: before it (a renewal) or after it (registered anew)
            renew_at = day_start(reg.valid_until) + timedelta(days=rng.randint(-30, 30), hours=rng.randint(8, 16))
        spell_reports(reg, renew_at)
        if rng.random() < 0.05 and not renew:
            pop.rejections[card] = t + timedelta(days=rng.randint(1, 20))
        if renew and renew_at is not None:
            who2 = who | ({"edu": rng.choice(LEVELS)} if rng.random() < 0.5 else {})
            later = add_reg(card, renew_at, who2, "kiosk" if rng.random() < 0.7 else "counter", "renewal", kiosk)
            if later.source == "counter":
                later.t = day_start(later.t.astimezone(JAKARTA).date())
                later.valid_until = add_months(later.t.date(), 24)
            spell_reports(later, None)
        if rng.random() < 0.08:  # a placement learnt at the counter (it counts at the end of its day)
            day = (t + timedelta(days=rng.randint(1, 400))).astimezone(JAKARTA).date()
            pop.reps.append(Rep(card, day_start(day + timedelta(days=1)) - timedelta(microseconds=1), True,
                                rng.choice(["akl", "akad", "akan"]), source="counter"))  # fmt: skip
    for _ in range(counter_cards):
        card, who = pop.card_no(), person()
        day = (start + span * rng.random()).astimezone(JAKARTA).date()
        add_reg(card, day_start(day), who, "counter", "new")
        if rng.random() < 0.4:
            placed = day + timedelta(days=rng.randint(0, 200))
            pop.reps.append(Rep(card, day_start(placed + timedelta(days=1)) - timedelta(microseconds=1), True,
                                rng.choice(["akl", "akad", "akan"]), source="counter"))  # fmt: skip
    # people whose age group turns within February 2020 (a leap year), alone in that month
    for born, sex in ((date(2000, 2, 29), "L"), (date(2000, 3, 1), "L"), (date(1990, 2, 15), "P"),
                      (date(1990, 3, 1), "P"), (date(2000, 2, 1), "P")):  # fmt: skip
        who = person() | {"sex": sex, "birth_date": born}
        add_reg(pop.card_no(), datetime(2020, 2, 10, 9, 30, tzinfo=JAKARTA), who, "kiosk", "new", "SMG-01")
    # nothing after the population's last day: no kiosk sends a record from the future
    pop.regs = [r for r in pop.regs if r.t < END]
    pop.reps = [r for r in pop.reps if r.t < END]
    return pop


# -- sending it to a gateway
def registration_body(reg: Reg) -> dict:
    body = samples.registration(photo=False, registration_no=reg.card, kind=reg.kind, kiosk_id=reg.kiosk_id,
                                created_at=stamp(reg.t), birth_date=reg.birth_date.isoformat(), sex=reg.sex,
                                valid_until=reg.valid_until.isoformat(), client_id=reg.client_id,
                                consent_at=stamp(reg.t), occupation_code=reg.occ)  # fmt: skip
    body["address"] = body["address"] | {"kecamatan": reg.kecamatan}
    if reg.edu in ("sd", "smp", "sma", "smk", "d1", "d2", "d3", "d4", "s1", "s2", "s3") and int(reg.card[-2:]) % 2:
        body["education"] = [{"level": reg.edu.upper(), "institution": "X", "major": "", "year": 2015}]  # the default
    else:
        body["education"] = []
        if reg.edu:
            body["education_level"] = reg.edu
    return body


def report_body(rep: Rep, reg: Reg) -> dict:
    extra = {"status": "employed", "placement": rep.placement, "employer": "PT Contoh", "started_on":
             rep.t.date().isoformat()} if rep.employed else {}  # fmt: skip
    return samples.report({"client_id": rep.registration_client_id or reg.client_id, "registration_no": rep.card,
                           "nik": reg.body["nik"] if reg.body else "3374000000000000"},
                          reported_at=stamp(rep.t), **extra)  # fmt: skip


# -- the independent computation
@dataclass
class Move:
    t: datetime
    kind: str  # entry | exit_placed | exit_removed | renewal
    placement: str | None = None


def exit_of(reg: Reg, reps: list[Rep], rejected: datetime | None, until: datetime | None) -> Move | None:
    """Walk the spell opened by ``reg`` in time order: placements first at one instant, then the
    calendar's deadlines, then reports. ``until`` (the next registration) is included."""
    day = reg.t.astimezone(JAKARTA).date()
    items: list[tuple[datetime, int, str, Rep | None]] = []
    for rep in reps:
        if rep.t >= reg.t:
            items.append((rep.t, 0 if rep.employed else 2, "report", rep))
    items.append((day_start(reg.valid_until + timedelta(days=1)), 1, "expire", None))
    for k in (1, 2, 3):
        items.append((day_start(add_months(day, 6 * k)), 1, f"period{k}", None))
    if rejected is not None and rejected >= reg.t:
        items.append((rejected, 1, "rejected", None))
    reported = {1: False, 2: False, 3: False}
    period = 1
    for at, _, what, rep in sorted(items, key=lambda x: (x[0], x[1])):
        if until is not None and at > until:
            return None
        if what == "report" and rep is not None:
            if rep.employed:
                return Move(at, "exit_placed", rep.placement)
            if period <= 3:
                reported[period] = True
        elif what in ("expire", "rejected"):
            return Move(at, "exit_removed")
        elif what.startswith("period"):
            if not reported[period]:
                return Move(at, "exit_removed")
            period += 1
    return None


def timeline(regs: list[Reg], reps: list[Rep], rejected: datetime | None) -> list[Move]:
    moves: list[Move] = []
    regs = sorted(regs, key=lambda r: (r.t, r.order))
    active: Reg | None = None
    for reg in regs:
        if active is not None:
            gone = exit_of(active, reps, rejected if active is _last_kiosk(regs) else None, reg.t)
            if gone:
                moves.append(gone)
                active = None
        moves.append(Move(reg.t, "entry" if active is None else "renewal"))
        active = reg
    if active is not None:
        gone = exit_of(active, reps, rejected if active is _last_kiosk(regs) else None, None)
        if gone:
            moves.append(gone)
    return moves


def _last_kiosk(regs: list[Reg]) -> Reg | None:
    kiosk = [r for r in regs if r.source == "kiosk"]
    return kiosk[-1] if kiosk else None


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def age_group(age: int) -> str:
    return "15-19" if age < 20 else "20-29" if age < 30 else "30-44" if age < 45 else "45-54" if age < 55 else "55+"


def column_of(reg: Reg, last_day: date) -> dict[str, str]:
    occ = reg.occ[0] if reg.occ else "x"
    return {"iii-1": age_group(age_on(reg.birth_date, last_day)), "iii-2": reg.edu or "x", "iii-3": occ}


def expected(pop: Population, first: date, last: date) -> dict:
    """The figures of the months first..last (the 1st of each), as ``gateway ipk_report --json`` prints them."""
    p0 = day_start(first)
    end = add_months(last, 1)
    p1 = day_start(end)
    last_day = end - timedelta(days=1)
    by_card: dict[str, list[Reg]] = {}
    for reg in pop.regs:
        by_card.setdefault(reg.card, []).append(reg)
    reps_by_card: dict[str, list[Rep]] = {}
    for rep in pop.reps:
        reps_by_card.setdefault(rep.card, []).append(rep)
    forms: dict[str, dict[str, dict[str, int]]] = {f: {r: {} for r in "abcde"} for f in ("iii-1", "iii-2", "iii-3")}
    placements: dict[str, int] = {}

    def bump(table: dict[str, int], key: str) -> None:
        table[key] = table.get(key, 0) + 1

    for card, regs in by_card.items():
        known = [r for r in regs if r.t < p1]
        if not known:
            continue
        latest = max(known, key=lambda r: (r.t, r.order))
        columns = column_of(latest, last_day)
        moves = timeline(known, reps_by_card.get(card, []), pop.rejections.get(card))

        def registered_at(x: datetime, moves: list[Move] = moves) -> bool:
            state = False
            for move in moves:
                if move.t >= x:
                    break
                state = move.kind in ("entry", "renewal")
            return state

        counts = {"a": int(registered_at(p0)), "e": int(registered_at(p1)), "b": 0, "c": 0, "d": 0}
        for move in moves:
            if p0 <= move.t < p1:
                if move.kind == "entry":
                    counts["b"] += 1
                elif move.kind == "exit_placed":
                    counts["c"] += 1
                    bump(placements, f"{move.placement or 'x'}/{latest.sex}")
                elif move.kind == "exit_removed":
                    counts["d"] += 1
        for form, column in columns.items():
            for row, n in counts.items():
                if n:
                    cell = f"{column}/{latest.sex}"
                    forms[form][row][cell] = forms[form][row].get(cell, 0) + n
    return {"forms": forms, "placements": placements}
