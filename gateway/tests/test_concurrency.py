"""Exactly once under concurrency: many requests with the same Idempotency-Key released at the
same moment, from threads against a live gunicorn (2 worker processes x 8 threads), so the race
is between processes and the database decides it."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from gwsupport import samples
from gwsupport.gateway_server import GatewayServer
from gwsupport.servers import GatewayContractServer, Kiosk

RACERS = 12


def race(server: GatewayServer, bodies: list[dict]) -> list[tuple[int, dict]]:
    """Each body posted by its own thread and connection, all released by one barrier."""
    face = GatewayContractServer(server, "race")
    kiosks = [Kiosk(face) for _ in bodies]
    barrier = threading.Barrier(len(bodies))

    def post(i: int) -> tuple[int, dict]:
        barrier.wait()
        response = kiosks[i].post("/registrations", bodies[i], key=bodies[0]["client_id"])
        return response.status_code, response.json()

    with ThreadPoolExecutor(len(bodies)) as pool:
        return list(pool.map(post, range(len(bodies))))


@pytest.mark.parametrize("backend", ["gateway_sqlite", "gateway_pg"])
def test_the_same_key_at_the_same_moment_gives_one_201_and_duplicates(request, backend):
    server: GatewayServer = request.getfixturevalue(backend)
    for _ in range(8):
        body = samples.registration()
        results = race(server, [body] * RACERS)
        statuses = Counter(status for status, _ in results)
        assert statuses == {201: 1, 200: RACERS - 1}, statuses
        assert all(answer["duplicate"] for status, answer in results if status == 200)
        assert len({answer["siker_id"] for _, answer in results}) == 1  # every answer names the same record
        assert server.stored(body["client_id"]) == 1
        assert server.query("SELECT count(*) FROM api_photo p JOIN api_registration r ON r.id = p.registration_id"
                            " WHERE r.client_id = ?", (body["client_id"],))[0][0] == 1  # fmt: skip


@pytest.mark.parametrize("backend", ["gateway_sqlite", "gateway_pg"])
def test_the_same_key_with_different_bodies_at_once_keeps_one_body(request, backend):
    server: GatewayServer = request.getfixturevalue(backend)
    first = samples.registration(photo=False)
    bodies = [first | {"name": f"Nama {i % 3}"} for i in range(RACERS)]
    results = race(server, bodies)
    winners = [i for i, (status, _) in enumerate(results) if status == 201]
    assert len(winners) == 1
    kept = bodies[winners[0]]["name"]
    for i, (status, _) in enumerate(results):
        if i != winners[0]:
            assert status == (200 if bodies[i]["name"] == kept else 409), (i, status)
    assert server.stored(first["client_id"]) == 1
    assert server.query("SELECT name FROM api_registration WHERE client_id = ?", (first["client_id"],)) == [(kept,)]


@pytest.mark.parametrize("backend", ["gateway_sqlite", "gateway_pg"])
def test_an_event_filled_by_two_kiosks_at_once_gives_exactly_its_quota_of_seats(request, backend):
    """24 job seekers on two kiosks register for a job fair of 10 seats at the same moment."""
    server: GatewayServer = request.getfixturevalue(backend)
    quota, racers = 10, 24
    event_id = f"EVT-RACE-{backend}"
    GatewayContractServer(server, "race").put_events([samples.event(event_id, quota=quota)])
    faces = [GatewayContractServer(server, "race", kiosk_id=k) for k in ("SMG-01", "SMG-02")]
    seekers = [samples.registration(photo=False) for _ in range(racers)]
    for i, reg in enumerate(seekers):
        assert Kiosk(faces[i % 2]).post("/registrations", reg).status_code == 201
    bodies = [samples.event_registration(event_id, reg) for reg in seekers]
    kiosks = [Kiosk(faces[i % 2]) for i in range(racers)]
    barrier = threading.Barrier(racers)

    def post(i: int) -> tuple[int, dict]:
        barrier.wait()
        response = kiosks[i].post("/event-registrations", bodies[i])
        return response.status_code, response.json()

    with ThreadPoolExecutor(racers) as pool:
        results = list(pool.map(post, range(racers)))
    assert Counter(status for status, _ in results) == {201: quota, 409: racers - quota}, results
    assert sorted(answer["seat_no"] for status, answer in results if status == 201) == list(range(1, quota + 1))
    assert all(answer == {"error": "full"} for status, answer in results if status == 409)
    rows = server.query("SELECT s.seat_no FROM api_eventregistration s JOIN api_event e ON e.id = s.event_id"
                        " WHERE e.event_id = ? ORDER BY s.seat_no", (event_id,))  # fmt: skip
    assert [seat for (seat,) in rows] == list(range(1, quota + 1))
    assert {server.stored(b["client_id"]) for b, (status, _) in zip(bodies, results, strict=True)
            if status == 409} == {0}  # fmt: skip
