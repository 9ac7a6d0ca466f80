"""No NIK, name, phone or token in the gateway's logs (Django's and gunicorn's access log): a
run of every endpoint, good and bad, with the log captured and searched."""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import requests
from gwsupport import samples
from gwsupport.gateway_server import GatewayServer
from gwsupport.servers import GatewayContractServer, Kiosk
from gwsupport.wait import poll_until


def test_the_logs_of_a_run_hold_no_personal_data_or_token(tmp_path: Path):
    server = GatewayServer(tmp_path / "logged").start()
    token = server.tokens["SMG-01"]
    nik = "3374114108980003"
    try:
        face = GatewayContractServer(server, "logged")
        kiosk = Kiosk(face)
        reg = samples.registration(nik)
        assert kiosk.post("/registrations", reg).status_code == 201
        assert kiosk.post("/registrations", reg).status_code == 200
        assert kiosk.post("/registrations", reg | {"name": "Budi Santoso"}).status_code == 409
        assert kiosk.post("/reports", samples.report(reg)).status_code == 201
        assert kiosk.get(f"/job-seekers/{nik}").status_code == 200
        assert kiosk.get(f"/job-seekers/{nik}?x={samples.PHONE}").status_code == 200
        assert kiosk.post("/registrations", samples.registration(nik, sex="X")).status_code == 422
        assert kiosk.post("/registrations", None, key=reg["client_id"], raw=b"{" + nik.encode()).status_code == 400
        assert Kiosk(face, token=token + "x").get(f"/job-seekers/{nik}").status_code == 401
        assert Kiosk(face, kiosk_id=nik).get("/vacancies").status_code == 403
        assert kiosk.get(f"/tidak-ada/{nik}").status_code == 404
        qr = "AK1." + base64.urlsafe_b64encode(json.dumps({"n": nik, "m": samples.NAME}).encode()).decode() + ".x"
        assert requests.get(f"{server.origin}/v/{reg['registration_no']}?s={qr}", timeout=10).status_code == 200
        ticket = samples.ticket(reg, phone="081234567890")
        assert kiosk.post("/tickets", ticket).status_code == 201
        assert kiosk.post("/tickets", ticket).status_code == 200
        assert kiosk.post("/tickets", samples.ticket(reg, description="")).status_code == 422
        assert kiosk.get(f"/tickets/{ticket['ticket_no']}", phone=samples.PHONE).status_code == 200
        assert kiosk.get(f"/tickets/{ticket['ticket_no']}", phone="081234567890").status_code == 200
        assert kiosk.get(f"/tickets/{ticket['ticket_no']}", phone="081299999999").status_code == 404
        face.put_events([samples.event("EVT-LOG", quota=1)])
        assert kiosk.get("/events").status_code == 200
        assert kiosk.post("/event-registrations", samples.event_registration("EVT-LOG", reg)).status_code == 201
        assert kiosk.post("/event-registrations", samples.event_registration("EVT-LOG", reg)).status_code == 409
        assert kiosk.post("/heartbeat", samples.heartbeat()).status_code == 200
        # the access log line of the last request is written once the response went out
        assert poll_until(lambda: "/heartbeat" in server.log_path.read_text(), 10)
    finally:
        server.stop()
    log = server.log_path.read_text()
    assert "/job-seekers/3374************" in log  # the lookups were logged, masked
    assert reg["client_id"] in log  # records are logged by their id
    assert "/v/" in log and "?s=[qr]" in log  # the verification page's QR is masked too
    assert "?phone=[phone]" in log and "/event-registrations" in log  # a ticket's phone is masked in its lookup
    for secret in (nik, nik[4:], samples.NAME, "Siti", "Budi Santoso", samples.PHONE, samples.PHONE[3:], token,
                   "081234567890", "1234567890", "81299999999",
                   qr.split(".")[1][:20]):  # fmt: skip
        assert secret not in log, f"{secret[:4]}… found in the gateway log"
    # every line in one zone, the office's: gunicorn's master logged in UTC, its workers in WIB
    now = datetime.now(ZoneInfo("Asia/Jakarta")).replace(tzinfo=None)
    stamped = [line for line in log.splitlines() if re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", line)]
    assert any("Starting gunicorn" in line for line in stamped) and any("gunicorn.access" in line for line in stamped)
    off = [
        line[:19]
        for line in stamped
        if abs(datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S") - now) > timedelta(minutes=10)
    ]
    assert off == [], f"log lines not in the office's zone (now {now:%H:%M} WIB): {off[:3]}"
