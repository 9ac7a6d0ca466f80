"""The IPK forms III/1-III/3 and the placement table, computed by the gateway's SQL on PostgreSQL,
against the same figures computed with plain Python from the generated records
(gwsupport/ipk_population.py): cell by cell, for every month from May 2023 to December 2026
(month boundaries, renewals before and after expiry, missed reports, placements from kiosks and
the counter, rejected cards), for a range of months, and the identities the forms rest on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from uuid import uuid4

import pytest
from gwsupport import ipk_population as popn
from gwsupport.gateway_server import GatewayServer
from gwsupport.servers import GatewayContractServer, Kiosk

FORMS = ("iii-1", "iii-2", "iii-3")


def load(server: GatewayServer, pop: popn.Population) -> None:
    face = GatewayContractServer(server, "ipk")
    kiosks = {k: Kiosk(face, token=server.tokens[k], kiosk_id=k) for k in ("SMG-01", "SMG-02")}
    by_card: dict[str, popn.Reg] = {}
    for reg in sorted(pop.regs, key=lambda r: (r.t, r.order)):
        if reg.source == "kiosk":
            reg.body = popn.registration_body(reg)
            answer = kiosks[reg.kiosk_id].post("/registrations", reg.body)
            assert answer.status_code == 201, answer.text
        else:
            server.execute(
                "INSERT INTO web_counterregistration (registration_no, kind, registered_on, valid_until, sex,"
                " birth_date, education_level, occupation_code, kecamatan, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
                (reg.card, reg.kind, reg.t.date(), reg.valid_until, reg.sex, reg.birth_date, reg.edu, reg.occ,
                 reg.kecamatan),
            )  # fmt: skip
        by_card.setdefault(reg.card, reg)
    for rep in sorted(pop.reps, key=lambda r: r.t):
        if rep.source == "kiosk":
            answer = kiosks["SMG-01"].post("/reports", popn.report_body(rep, by_card[rep.card]))
            assert answer.status_code == 201, answer.text
        else:
            server.execute("INSERT INTO web_counterplacement (registration_no, placed_on, placement, employer,"
                           " position, recorded_at) VALUES (?, ?, ?, 'PT Loket', '', now())",
                           (rep.card, rep.t.astimezone(popn.JAKARTA).date(), rep.placement))  # fmt: skip
    for card, decided_at in pop.rejections.items():
        server.execute("UPDATE api_card SET status = 'ditolak', decided_at = ?, updated_at = now()"
                       " WHERE registration_no = ?", (decided_at, card))  # fmt: skip


@pytest.fixture(scope="module")
def population() -> popn.Population:
    return popn.generate()


@pytest.fixture(scope="module")
def ipk_gateway(tmp_path_factory, pg_cluster, population) -> Iterator[GatewayServer]:
    server = GatewayServer(tmp_path_factory.mktemp("ipk"), cluster=pg_cluster).start()
    load(server, population)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def every_month(ipk_gateway) -> list[dict]:
    return json.loads(ipk_gateway.manage("ipk_report", "2023-05", "2026-12", "--each", "--json"))


def months() -> list[date]:
    return [date(2023 + (i + 4) // 12, (i + 4) % 12 + 1, 1) for i in range(44)]


def test_the_population_has_what_the_forms_must_handle(population):
    kinds = {(r.source, r.kind) for r in population.regs}
    assert kinds == {("kiosk", "new"), ("kiosk", "renewal"), ("counter", "new"), ("counter", "renewal")}
    assert sum(r.employed for r in population.reps) > 20 and population.rejections
    assert any(r.source == "counter" for r in population.reps)


def test_every_month_matches_the_plain_python_figures_cell_by_cell(population, every_month):
    assert len(every_month) == 44
    busy = 0
    for month, got in zip(months(), every_month, strict=True):
        assert got["period"] == [month.isoformat(), month.isoformat()]
        want = popn.expected(population, month, month)
        for form in FORMS:
            assert got["forms"][form] == want["forms"][form], (month, form)
        assert got["placements"] == want["placements"], month
        busy += bool(want["forms"]["iii-1"]["c"]) and bool(want["forms"]["iii-1"]["d"])
    assert busy >= 12  # months with placements and removals both: the comparison is not of empty tables


def test_a_range_of_months_matches_too(population, ipk_gateway):
    got = json.loads(ipk_gateway.manage("ipk_report", "2025-04", "2026-03", "--json"))
    want = popn.expected(population, date(2025, 4, 1), date(2026, 3, 1))
    for form in FORMS:
        assert got["forms"][form] == want["forms"][form], form
    assert got["placements"] == want["placements"]
    assert [m["month"] for m in got["monthly"]][:2] == ["2025-04-01", "2025-05-01"] and len(got["monthly"]) == 12
    totals = {row: sum(got["forms"]["iii-1"][row].values()) for row in "abcde"}
    assert got["monthly"][0]["a"] == totals["a"] and got["monthly"][-1]["e"] == totals["e"]
    assert [sum(m[row] for m in got["monthly"]) for row in "bcd"] == [totals["b"], totals["c"], totals["d"]]


def cell(table: dict, row: str, key: str) -> int:
    return table[row].get(key, 0)


def test_a_plus_b_minus_c_minus_d_is_e_in_every_column(every_month):
    checked = 0
    for got in every_month:
        for form in FORMS:
            table = got["forms"][form]
            keys = set().union(*(table[row] for row in "abcde"))
            for key in keys:
                a, b, c, d, e = (cell(table, row, key) for row in "abcde")
                assert a + b - c - d == e, (got["period"], form, key)
                checked += 1
    assert checked > 1000


def test_a_of_a_month_is_e_of_the_month_before(population, every_month):
    """In total and for each sex always; per column except for the people whose column changed at
    the turn of the month (a birthday into the next age group, a renewal with another education)."""
    for before, now, month in zip(every_month, every_month[1:], months()[1:], strict=False):
        for form in FORMS:
            e_prev, a_now = before["forms"][form]["e"], now["forms"][form]["a"]
            for sex in "LP":
                assert sum(n for k, n in a_now.items() if k.endswith(sex)) == sum(
                    n for k, n in e_prev.items() if k.endswith(sex)
                )
        # the moves between columns, computed per person, explain every difference per column
        moved = movers(population, month)
        for form in FORMS:
            e_prev, a_now = before["forms"][form]["e"], now["forms"][form]["a"]
            for key in set(e_prev) | set(a_now):
                assert a_now.get(key, 0) - e_prev.get(key, 0) == moved[form].get(key, 0), (month, form, key)


def movers(pop: popn.Population, month: date) -> dict[str, dict[str, int]]:
    """For the people registered at the start of ``month``: +1 in their column of ``month``, -1 in
    that of the month before."""
    out: dict[str, dict[str, int]] = {f: {} for f in FORMS}
    moment = popn.day_start(month)
    for card in {r.card for r in pop.regs}:
        regs = [r for r in pop.regs if r.card == card]
        known = [r for r in regs if r.t < moment]
        if not known:
            continue
        moves = popn.timeline(known, [r for r in pop.reps if r.card == card], pop.rejections.get(card))
        state = False
        for move in moves:
            if move.t < moment:
                state = move.kind in ("entry", "renewal")
        if not state:
            continue
        latest_then = max(known, key=lambda r: (r.t, r.order))
        in_month = [r for r in regs if r.t < popn.day_start(popn.add_months(month, 1))]
        latest_now = max(in_month, key=lambda r: (r.t, r.order))
        old = popn.column_of(latest_then, month - timedelta(days=1))
        new = popn.column_of(latest_now, popn.add_months(month, 1) - timedelta(days=1))
        for form in FORMS:
            if old[form] != new[form]:
                key_old, key_new = f"{old[form]}/{latest_then.sex}", f"{new[form]}/{latest_now.sex}"
                out[form][key_new] = out[form].get(key_new, 0) + 1
                out[form][key_old] = out[form].get(key_old, 0) - 1
    return out


def test_a_birthday_within_the_month_counts_at_the_month_end(ipk_gateway):
    """February 2020: born 29-02-2000 is 20 on the 29th (the month's last day); born 01-03-2000 is
    still 19; born 15-02-1990 turns 30 within the month; born 01-03-1990 is still 29."""
    january, february, march = json.loads(ipk_gateway.manage("ipk_report", "2020-01", "2020-03", "--each", "--json"))
    assert february["period"][0] == "2020-02-01"
    assert february["forms"]["iii-1"]["b"] == {"15-19/L": 1, "20-29/L": 1, "30-44/P": 1, "20-29/P": 2}
    assert sum(january["forms"]["iii-1"]["e"].values()) == 0
    # at the end of March: the 19-year-old has turned 20, the 29-year-old 30
    assert march["forms"]["iii-1"]["a"] == {"20-29/L": 2, "30-44/P": 2, "20-29/P": 1}


def test_registrations_by_source_kiosk_and_kecamatan(population, ipk_gateway):
    got = json.loads(ipk_gateway.manage("ipk_report", "2025-01", "2026-12", "--json"))
    inside = [r for r in population.regs if datetime(2025, 1, 1, tzinfo=popn.JAKARTA) <= r.t
              < datetime(2027, 1, 1, tzinfo=popn.JAKARTA)]  # fmt: skip
    want_source: dict[tuple[str, str, str], int] = {}
    for reg in inside:
        key = (reg.source, reg.kiosk_id if reg.source == "kiosk" else "", reg.kind)
        want_source[key] = want_source.get(key, 0) + 1
    assert {tuple(r[:3]): r[3] for r in got["by_source"]} == want_source
    want_kec: dict[tuple[str, str], int] = {}
    for reg in inside:
        name = " ".join(reg.kecamatan.split()).title()
        want_kec[(name, reg.sex)] = want_kec.get((name, reg.sex), 0) + 1
    assert {(r[0], r[1]): r[2] for r in got["by_kecamatan"]} == want_kec
    assert ("Semarang Tengah", "L") in want_kec or ("Semarang Tengah", "P") in want_kec  # "semarang  tengah" folded in


def test_records_arriving_later_change_the_figures_they_belong_to(population, ipk_gateway, every_month):
    """After the segments are kept: a report of work, a renewal and a rejection arrive (through the
    API and the officer's decision); the next report of the month counts them (only the changed
    cards are recomputed), and still matches the plain Python figures. Runs last: it adds records."""
    november = date(2026, 11, 1)
    at = datetime(2026, 11, 20, 10, 0, tzinfo=popn.JAKARTA)

    def registered_then(card: str) -> bool:
        regs = [r for r in population.regs if r.card == card]
        moves = popn.timeline(regs, [r for r in population.reps if r.card == card], population.rejections.get(card))
        state = False
        for move in moves:
            if move.t < at:
                state = move.kind in ("entry", "renewal")
        return state and all(r.source == "kiosk" for r in regs) and card not in population.rejections

    registered = sorted(card for card in {r.card for r in population.regs} if registered_then(card))
    assert len(registered) > 10
    before = json.loads(ipk_gateway.manage("ipk_report", "2026-11", "--json"))
    assert before["forms"]["iii-1"] == popn.expected(population, november, november)["forms"]["iii-1"]
    face = GatewayContractServer(ipk_gateway, "ipk")
    kiosk = Kiosk(face, token=ipk_gateway.tokens["SMG-01"], kiosk_id="SMG-01")
    first = next(r for r in population.regs if r.card == registered[0])
    placed = popn.Rep(first.card, at, True, "akan", registration_client_id=first.client_id)
    assert kiosk.post("/reports", popn.report_body(placed, first)).status_code == 201
    population.reps.append(placed)
    second = next(r for r in population.regs if r.card == registered[1])
    renewal = popn.Reg(
        second.card, at, popn.add_months(at.date(), 24), second.sex, second.birth_date, "s2", second.occ,
        second.kecamatan, "kiosk", "SMG-01", "renewal", (0, 10**6), client_id=str(uuid4()),
    )  # fmt: skip
    renewal.body = popn.registration_body(renewal)
    renewal.body["nik"] = second.body["nik"] if second.body else renewal.body["nik"]
    assert kiosk.post("/registrations", renewal.body).status_code == 201
    population.regs.append(renewal)
    third = registered[2]
    decided = datetime(2026, 11, 25, 9, 0, tzinfo=popn.JAKARTA)
    ipk_gateway.execute("UPDATE api_card SET status = 'ditolak', decided_at = ?, updated_at = now()"
                        " WHERE registration_no = ?", (decided, third))  # fmt: skip
    population.rejections[third] = decided
    after = json.loads(ipk_gateway.manage("ipk_report", "2026-11", "--json"))
    want = popn.expected(population, november, november)
    for form in FORMS:
        assert after["forms"][form] == want["forms"][form], form
    assert after["placements"] == want["placements"]
    # the placement (c, AKAN), the renewal (no entry: a renewal of a registered card) and the rejection (d)
    assert sum(after["forms"]["iii-1"]["c"].values()) == sum(before["forms"]["iii-1"]["c"].values()) + 1
    assert sum(after["forms"]["iii-1"]["d"].values()) == sum(before["forms"]["iii-1"]["d"].values()) + 1
    assert sum(after["forms"]["iii-1"]["b"].values()) == sum(before["forms"]["iii-1"]["b"].values())
