"""Diagnostics for the technician screen and ``kiosk doctor``: each check says pass or fail,
what it saw, and the underlying error. One failing check never hides another.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from kiosk.config import Config
from kiosk.core import clock
from kiosk.core.marks import QT_TRANSLATE_NOOP
from kiosk.core.problems import Code, Problem
from kiosk.devices.printer import Printer
from kiosk.store.db import FULL_BYTES, Store, storage_full_since

MIN_FREE_BYTES = 500 * 1024 * 1024

CONTEXT = "diagnostics"  # the translation context of the checks' names
LABELS = {
    "card_reader": QT_TRANSLATE_NOOP("diagnostics", "Pembaca e-KTP"),
    "camera": QT_TRANSLATE_NOOP("diagnostics", "Kamera"),
    "printer": QT_TRANSLATE_NOOP("diagnostics", "Printer"),
    "siker_dns": QT_TRANSLATE_NOOP("diagnostics", "SIKER: DNS"),
    "siker_tls": QT_TRANSLATE_NOOP("diagnostics", "SIKER: TLS"),
    "siker_auth": QT_TRANSLATE_NOOP("diagnostics", "SIKER: token dan jeda"),
    "clock": QT_TRANSLATE_NOOP("diagnostics", "Jam kios"),
    "disk": QT_TRANSLATE_NOOP("diagnostics", "Ruang disk"),
    "database": QT_TRANSLATE_NOOP("diagnostics", "Basis data"),
    "sync": QT_TRANSLATE_NOOP("diagnostics", "Antrean sinkron"),
}


@dataclass(frozen=True)
class Result:
    name: str  # a key of LABELS
    ok: bool
    seen: Problem  # what was seen, for the technician: the screen ``describe``s it
    error: str = ""  # the underlying error, verbatim
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The check's name in Bahasa Indonesia (a screen translates it in ``CONTEXT``)."""
        return LABELS.get(self.name, self.name)

    @property
    def summary(self) -> str:
        """What was seen, in Bahasa Indonesia (``kiosk doctor``, the exported report)."""
        return self.seen.text()


def _seen(code: Code, **params: str | int) -> Problem:
    return Problem(code, params)


def _guard(name: str, check: Callable[[], Result | list[Result]]) -> list[Result]:
    try:
        result = check()
    except Exception as exc:  # a diagnostic reports, it never crashes the caller
        return [Result(name, False, _seen(Code.DIAG_CHECK_FAILED), f"{type(exc).__name__}: {exc}")]
    return result if isinstance(result, list) else [result]


# --- devices -------------------------------------------------------------------------------


def card_reader(cfg: Config) -> Result:
    backend = cfg.card_reader.backend
    if backend == "simulated":
        return Result("card_reader", True, _seen(Code.DIAG_READER_SIMULATED))
    if backend == "middleware":
        url = urlsplit(cfg.card_reader.middleware_url)
        try:
            socket.create_connection((url.hostname, url.port or 80), timeout=3).close()
        except OSError as exc:
            return Result("card_reader", False, _seen(Code.DIAG_MIDDLEWARE_SILENT, address=url.netloc), str(exc))
    from smartcard.Exceptions import CardConnectionException, NoCardException
    from smartcard.System import readers

    from kiosk.devices.card_reader_pcsc import GET_UID

    found = readers()
    seen = [str(r) for r in found]
    wanted = cfg.card_reader.reader_name
    if not seen:
        return Result("card_reader", False, _seen(Code.DIAG_NO_READERS), "pcscd lists no readers")
    reader = next((r for r in found if not wanted or wanted in str(r)), None)
    if reader is None:
        return Result("card_reader", False, _seen(Code.DIAG_READER_MISSING, name=wanted), "seen: " + "; ".join(seen))
    uid = ""
    connection = reader.createConnection()
    try:
        connection.connect()
        data, sw1, sw2 = connection.transmit(GET_UID)
        uid = bytes(data).hex().upper() if (sw1, sw2) == (0x90, 0x00) else ""
    except (NoCardException, CardConnectionException):
        pass  # no card on the reader: fine for a diagnostic
    finally:
        connection.disconnect()
    names = "; ".join(seen)
    found_card = _seen(Code.DIAG_READERS_CARD, count=len(seen), names=names, uid=uid)
    summary = found_card if uid else _seen(Code.DIAG_READERS_NO_CARD, count=len(seen), names=names)
    return Result("card_reader", True, summary, facts={"readers": seen, "uid": uid})


def camera(cfg: Config, seconds: float = 1.0) -> Result:
    """Open the configured camera and measure what it delivers (not while the kiosk holds it)."""
    from kiosk.devices.camera import make_source

    source = make_source(cfg)
    if not source.open():
        closed = _seen(Code.DIAG_CAMERA_CLOSED, source=cfg.camera.source)
        return Result("camera", False, closed, "VideoCapture not opened")
    try:
        frames, started = 0, time.monotonic()
        shape: tuple[int, ...] = (0, 0)  # height, width (and channels) of the last frame
        while time.monotonic() - started < seconds:
            frame = source.read()
            if frame is not None:
                frames, shape = frames + 1, frame.shape
    finally:
        source.close()
    if not frames:
        return Result("camera", False, _seen(Code.DIAG_CAMERA_NO_FRAMES), "no frames in 1 s")
    fps = frames / seconds
    height, width = shape[:2]
    ok = fps >= 5
    seen = _seen(Code.DIAG_CAMERA_FRAMES, width=width, height=height, fps=f"{fps:.0f}")
    return Result("camera", ok, seen, "" if ok else "fewer than 5 frames a second",
                  facts={"width": width, "height": height, "fps": round(fps, 1)})  # fmt: skip


def printer(printer: Printer) -> Result:
    """The kiosk's own printer object: the query waits its turn behind a card being printed
    (the printer's owner thread) instead of opening the printer a second time."""
    status = printer.status()
    state = status.state
    summary = (
        _seen(Code.DIAG_PRINTER_STATUS_DETAIL, state=state, detail=status.detail)
        if status.detail
        else _seen(Code.DIAG_PRINTER_STATUS, state=state)
    )
    return Result("printer", status.can_print, summary, "" if status.can_print else status.detail or status.state,
                  facts={"state": status.state})  # fmt: skip


# --- SIKER and the network -----------------------------------------------------------------


def siker(cfg: Config, store: Store) -> list[Result]:
    from kiosk.sync.client import AUTH, DELIVERED, SikerClient, TokenError

    url = urlsplit(cfg.siker.base_url)
    host, port = url.hostname or "", url.port or (443 if url.scheme == "https" else 80)
    started = time.monotonic()
    try:
        addresses = sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})
    except OSError as exc:
        return [Result("siker_dns", False, _seen(Code.DIAG_DNS_FAILED, host=host), str(exc))]
    dns_ms = (time.monotonic() - started) * 1000
    resolved = _seen(Code.DIAG_DNS_OK, host=host, addresses=", ".join(addresses), ms=f"{dns_ms:.0f}")
    results = [Result("siker_dns", True, resolved)]

    if url.scheme == "https":
        results.append(_tls(host, port, cfg.siker.ca_bundle, cfg.siker.timeout_s))
        if not results[-1].ok:
            return results
    else:
        results.append(Result("siker_tls", True, _seen(Code.DIAG_TLS_NONE)))

    try:
        client = SikerClient.from_config(cfg)
    except TokenError as exc:
        return [*results, Result("siker_auth", False, _seen(Code.DIAG_TOKEN_UNREADABLE), str(exc))]
    from kiosk.sync.heartbeat import CLOCK_WARNING_S, body

    sent = clock.now()
    started = time.monotonic()
    reply = client.heartbeat(body(store, cfg.kiosk.id, cfg.data_dir))
    latency_ms = (time.monotonic() - started) * 1000
    if reply.kind == AUTH:
        refused = _seen(Code.DIAG_TOKEN_REFUSED, status=str(reply.status))
        return [*results, Result("siker_auth", False, refused, reply.message or "")]
    if reply.kind != DELIVERED:
        detail = f"HTTP {reply.status}: {reply.message}" if reply.status else reply.message or ""
        return [*results, Result("siker_auth", False, _seen(Code.DIAG_SIKER_WRONG_ANSWER), detail)]
    accepted = _seen(Code.DIAG_TOKEN_OK, ms=f"{latency_ms:.0f}")
    results.append(Result("siker_auth", True, accepted, facts={"ms": latency_ms}))
    server = clock.parse_rfc3339((reply.body or {})["server_time"])
    offset = (server - sent).total_seconds() - latency_ms / 2000
    ok = abs(offset) <= CLOCK_WARNING_S
    results.append(Result("clock", ok, _seen(Code.DIAG_CLOCK_OFFSET, offset=f"{offset:+.0f}"),
                          "" if ok else f"more than {CLOCK_WARNING_S} s off: check NTP (timedatectl)"))  # fmt: skip
    return results


def _tls(host: str, port: int, ca_bundle: str, timeout_s: float) -> Result:
    context = ssl.create_default_context(cafile=ca_bundle or None)
    if not ca_bundle:
        import certifi  # what requests trusts, so this check agrees with the sync

        context.load_verify_locations(certifi.where())
    try:
        with (
            socket.create_connection((host, port), timeout=timeout_s) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            cert = tls.getpeercert() or {}
            version = tls.version()
    except ssl.SSLCertVerificationError as exc:
        return Result("siker_tls", False, _seen(Code.DIAG_TLS_UNTRUSTED), exc.verify_message or str(exc))
    except (OSError, ssl.SSLError) as exc:
        return Result("siker_tls", False, _seen(Code.DIAG_TLS_UNREACHABLE, host=host, port=port), str(exc))
    expires = cert.get("notAfter", "")
    return Result("siker_tls", True, _seen(Code.DIAG_TLS_OK, version=version or "", expires=str(expires)))


# --- the kiosk itself ----------------------------------------------------------------------


def disk(cfg: Config) -> Result:
    """Free space of the data folder; "full" once a write there found no space (or under 1 MiB is left)."""
    usage = shutil.disk_usage(cfg.data_dir if cfg.data_dir.exists() else cfg.data_dir.parent)
    free_mib, total_mib = usage.free // (1024 * 1024), usage.total // (1024 * 1024)
    full_since = storage_full_since(cfg.data_dir) if cfg.data_dir.exists() else None
    if full_since is not None or usage.free < FULL_BYTES:
        since = f" since {clock.rfc3339(datetime.fromtimestamp(full_since, UTC))}" if full_since else ""
        return Result("disk", False, _seen(Code.DIAG_DISK_FULL, free=free_mib, total=total_mib),
                      f"disk full{since}: registrations cannot be saved; free space (old logs, exports)")  # fmt: skip
    ok = usage.free >= MIN_FREE_BYTES
    return Result("disk", ok, _seen(Code.DIAG_DISK, free=free_mib, total=total_mib),
                  "" if ok else "less than 500 MiB free: run kiosk maintenance or free space")  # fmt: skip


def database(store: Store) -> Result:
    from kiosk.store.migrations import schema_version

    ok, message = store.integrity_ok()
    size = store.path.stat().st_size // 1024 if store.path.exists() else 0
    seen = _seen(Code.DIAG_DATABASE, result=message, version=schema_version(store.db), size=size)
    return Result("database", ok, seen,
                  "" if ok else message)  # fmt: skip


def sync_queue(store: Store) -> Result:
    from kiosk.sync.sender import export_failed, summary

    state = summary(store)
    failed = export_failed(store)[:3]
    errors = "; ".join(f"{row['endpoint']} HTTP {row['http_status']}: {row['last_error']}" for row in failed)
    if state.auth_paused:
        errors = f"paused: {state.auth_paused}" + (f"; {errors}" if errors else "")
    ok = state.failed == 0 and not state.auth_paused
    waiting = state.pending + state.sending
    summary_text = _seen(Code.DIAG_SYNC, waiting=waiting, failed=state.failed, delivered=state.delivered)
    return Result("sync", ok, summary_text, errors, facts={"pending": waiting, "failed": state.failed})


def run_all(
    cfg: Config, store: Store, printer_device: Printer | None = None, *, camera_in_use: bool = False
) -> list[Result]:
    """Every check, in the order a technician reads them."""
    results = _guard("card_reader", lambda: card_reader(cfg))
    if camera_in_use:
        results.append(Result("camera", True, _seen(Code.DIAG_CAMERA_IN_USE)))
    else:
        results += _guard("camera", lambda: camera(cfg))
    if printer_device is not None:
        results += _guard("printer", lambda: printer(printer_device))
    results += _guard("siker_dns", lambda: siker(cfg, store))
    results += _guard("disk", lambda: disk(cfg))
    results += _guard("database", lambda: database(store))
    results += _guard("sync", lambda: sync_queue(store))
    return results


def report(results: list[Result], kiosk_id: str) -> str:
    """Plain text, for `kiosk doctor` and the technician's USB export."""
    lines = [f"Diagnosa kios {kiosk_id} - {clock.rfc3339()}"]
    for r in results:
        lines.append(f"[{'LULUS' if r.ok else 'GAGAL'}] {r.label}: {r.summary}" + (f" -- {r.error}" if r.error else ""))
    failed = sum(not r.ok for r in results)
    lines.append(f"{len(results) - failed} lulus, {failed} gagal")
    return "\n".join(lines) + "\n"
