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
