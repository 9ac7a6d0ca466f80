"""Security checks: private files are 0600, logs hold no secret and no personal data after a
full journey, and TLS is verified (a self-signed server is refused unless its CA is named).
The PIN lockout is checked in tests/staff/test_staff_service.py."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import re
import ssl
import stat
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk.core import clock
from kiosk.logging_setup import setup_logging
from kiosk.services import diagnostics, site_settings, staff
from kiosk.services.signing_keys import PRIVATE, load_or_create
from kiosk.store.db import Store
from kiosk.sync.client import DELIVERED, TRANSIENT, SikerClient, write_token
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import SikerSimulator
from tests.journey.test_journey import at, click, fill_after_identity, take_photo

TOKEN = "rahasia-token-3f9a7c"
PIN = "731904"


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_token_and_key_files_are_created_0600(cfg, tmp_path):
    write_token(tmp_path / "siker.token", TOKEN)
    assert _mode(tmp_path / "siker.token") == 0o600
    load_or_create(cfg.data_dir)
    assert _mode(cfg.data_dir / PRIVATE) == 0o600
    site_settings.save(cfg, {site_settings.TOKEN: "token-dari-layar"}, path=tmp_path / "kiosk.toml")
    assert _mode(cfg.data_dir / "siker.token") == 0o600


class _Raw(logging.Handler):
    """Every record as the code wrote it, before the redaction safety net."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage() + (self.format(record) if record.exc_info else ""))


@pytest.fixture
def logs():
    root = logging.getLogger()
    raw = _Raw()
    root.addHandler(raw)  # first: it sees the records before any filter rewrites them
    written = io.StringIO()
    handler = setup_logging(logging.DEBUG, written)
    yield raw, written
    root.removeHandler(raw)
    root.removeHandler(handler)


def test_no_secret_or_personal_data_in_the_logs_after_a_full_journey(cfg, qtbot, tmp_path, logs):
    from kiosk.app import build, shutdown

    raw, written = logs
    with SikerSimulator(tmp_path / "siker.db", token=TOKEN) as sim:
        write_token(cfg.siker.token_file, TOKEN)
        run_cfg = cfg.with_overrides({"siker.base_url": sim.base_url})
        kiosk = build(run_cfg, windowed=True)
        kiosk.window.show()
        try:
            qtbot.waitUntil(lambda: kiosk.assembly is not None, timeout=10_000)
            parts = kiosk.assembly
            staff.add(kiosk.store, "Budi Teknisi", "technician", PIN)
            parts.card_reader.tap(0)  # SITI NUR'AINI, 3374114108980003
            fill_after_identity(kiosk, qtbot, type_personal=False)
            take_photo(kiosk, qtbot)
            at(kiosk, qtbot, "review")
            click(qtbot, parts.flow.review.nav.next)
            qtbot.waitUntil(lambda: parts.flow.done.state == "printed", timeout=15_000)
            click(qtbot, parts.flow.done.finish)
            at(kiosk, qtbot, "welcome")
            parts.staff.open_pad()
            parts.staff.pin.pin.setText(PIN)
            parts.staff.pin.enter.click()
            at(kiosk, qtbot, "technician")
            parts.staff.leave("logout")
        finally:
            shutdown(kiosk)
        store = Store(run_cfg.db_path)
        sender = Sender(store, lambda: SikerClient.from_config(run_cfg))
        assert sender.drain(deadline_s=60).done
        sender.close()
        store.close()
        assert len(sim.records()) >= 2
    text = "\n".join(raw.lines) + "\n" + written.getvalue()
    assert "session ended" in text and "print job" in text  # the logs were captured
    for secret in ("3374114108980003", "SITI NUR", "Siti Nur", "81234567890", "PEMUDA", "Pemuda", TOKEN, PIN,
                   "1998-08-01"):  # fmt: skip
        assert secret not in text, f"{secret!r} reached the log"
    assert not re.search(r"(?<!\d)\d{16}(?!\d)", text)


def _self_signed(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "siker.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = tmp_path / "siker.pem", tmp_path / "siker.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))  # fmt: skip
    return cert_path, key_path


class _Heartbeat(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps({"server_time": clock.rfc3339()}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def tls_server(tmp_path):
    cert_path, key_path = _self_signed(tmp_path)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Heartbeat)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://localhost:{server.server_address[1]}/api", cert_path
    server.shutdown()
    server.server_close()


def test_a_self_signed_siker_is_refused_unless_its_ca_is_configured(tls_server, cfg, store):
    url, cert_path = tls_server
    refused = SikerClient(url, TOKEN, "SMG-01", timeout_s=5).heartbeat({"kiosk_id": "SMG-01"})
    assert refused.kind == TRANSIENT and refused.message == "TLS certificate not trusted"
    trusted = SikerClient(url, TOKEN, "SMG-01", ca_bundle=str(cert_path), timeout_s=5).heartbeat({"kiosk_id": "x"})
    assert trusted.kind == DELIVERED

    write_token(cfg.siker.token_file, TOKEN)
    untrusted = diagnostics.siker(cfg.with_overrides({"siker.base_url": url}), store)
    assert [(r.name, r.ok) for r in untrusted] == [("siker_dns", True), ("siker_tls", False)]
    assert "certificate" in untrusted[1].error
    with_ca = diagnostics.siker(cfg.with_overrides({"siker.base_url": url, "siker.ca_bundle": str(cert_path)}), store)
    assert all(r.ok for r in with_ca), with_ca
