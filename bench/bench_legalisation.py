"""The legalisation pages and the public verification page on gunicorn + PostgreSQL (loopback):
the queue page with its warnings for --cards waiting cards (each row checks the NIK, the other
cards of the same NIK and the photo), one card's page, and /v/{no}?s=<signed QR> from many
client addresses at once (signature check + rate-limit upsert per request).

Prints p50/p95 per page. Goal: the queue under 1 s with 200 cards, the verification page p95
under 100 ms at 8 concurrent phones.

    .venv/bin/python bench/bench_legalisation.py [--cards 200] [--requests 400]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gateway" / "tests"))

import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from gwsupport import samples
from gwsupport.gateway_server import GatewayServer
from gwsupport.postgres import throwaway_cluster
from gwsupport.servers import GatewayContractServer, Kiosk
from machine import describe

from kiosk.core.card_signing import CardClaim, sign

PASSWORD = "kata-sandi-panjang-2026"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(get: object, url: str, **kw: object) -> float:
    start = time.perf_counter()
    response = get(url, timeout=30, **kw)  # type: ignore[operator]
    assert response.status_code == 200, (url, response.status_code)
    return (time.perf_counter() - start) * 1000


def report(name: str, ms: list[float]) -> None:
    print(f"{name:<34} n={len(ms):<4} p50 {statistics.median(ms):7.1f} ms   p95 {percentile(ms, 95):7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=200)
    parser.add_argument("--requests", type=int, default=400)
    args = parser.parse_args()
    print(describe())
    cluster = throwaway_cluster()
    server = GatewayServer(Path(tempfile.mkdtemp(prefix="bench-legal-")), cluster=cluster)
    try:
        server.manage("staff", "add", "sri", "--role", "pengantar_kerja", "--name", "Sri Wahyuni",
                      "--nip", "198703122010012003", "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
        server.start()
        kiosk = Kiosk(GatewayContractServer(server, "bench"))
        key = Ed25519PrivateKey.generate()
        pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        kiosk.post("/heartbeat", samples.heartbeat(card_signing_key=pem.decode()))
        regs = [samples.registration() for _ in range(args.cards)]
        for reg in regs:
            assert kiosk.post("/registrations", reg).status_code == 201
        staff = requests.Session()
        token = re.search(r'csrfmiddlewaretoken" value="([^"]+)"', staff.get(server.origin + "/masuk/").text)
        staff.post(server.origin + "/masuk/", data={"username": "sri", "password": PASSWORD,
                   "csrfmiddlewaretoken": token.group(1)}, headers={"Referer": server.origin + "/masuk/"})  # type: ignore[union-attr]  # fmt: skip
        queue = [timed(staff.get, server.origin + "/legalisasi/") for _ in range(10)]
        queue = [timed(staff.get, server.origin + "/legalisasi/") for _ in range(10)]
        report(f"queue page ({args.cards} cards)", queue)
        pages = [timed(staff.get, f"{server.origin}/legalisasi/{r['registration_no']}/") for r in regs[:50]]
        pages = [timed(staff.get, f"{server.origin}/legalisasi/{r['registration_no']}/") for r in regs[:50]]
        report("card page", pages)
        links = []
        for i in range(args.requests):
            reg = regs[i % len(regs)]
            claim = CardClaim(reg["registration_no"], reg["nik"], reg["name"], reg["valid_until"], "SMG-01")
            url = f"{server.origin}/v/{reg['registration_no']}?s={sign(claim, key)}"
            links.append((url, f"10.9.{i // 50}.{i % 50}"))  # 50 requests per address: under the limit
        with ThreadPoolExecutor(8) as pool:
            ms = list(pool.map(lambda link: timed(requests.get, link[0], headers={"X-Forwarded-For": link[1]}), links))
        report("verification page (8 phones)", ms)
    finally:
        server.stop()
        cluster.stop()


if __name__ == "__main__":
    main()
