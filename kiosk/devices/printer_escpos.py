"""ESC/POS printers through python-escpos: USB, serial, network (TCP 9100) and file devices.

Each job opens the connection, asks the printer's state (DLE EOT 1, 2, 4), sends the image
as one raster (GS v 0) for an explicit paper width, cuts, and asks again: a roll that ran
out mid-job is seen. Every connection has a timeout: python-escpos' USB default of 0 would
wait forever on a printer that stopped answering.

The printer has one owner thread (``kiosk.devices.owner``): whoever calls ``status()`` or
``print_image()`` (print worker, self-check, diagnostics), the device is opened and used on
that thread only, one request after the other, so a status query never lands in the middle
of a card and two threads never hold the USB interface at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import logging
import os
import platform
import weakref
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse


def _capabilities_folder() -> Path | None:
    """python-escpos parses its printer database (a large YAML file, ~0.5 s) at import unless a
    pickle of it exists, and by default writes that pickle to a new temporary folder each time:
    never reused, one folder left behind per start. Give it a folder that lasts."""
    if folder := os.environ.get("ESCPOS_CAPABILITIES_PICKLE_DIR"):
        return Path(folder)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "atm-pencari-kerja"
    with contextlib.suppress(OSError):
        cache.mkdir(parents=True, exist_ok=True)
        if os.access(cache, os.W_OK):
            os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(cache)
            return cache
    return None


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    try:
        lock = open(folder / "capabilities.lock", "a")  # noqa: SIM115 - held until the import is done
    except OSError:
        yield  # a folder we cannot write to: python-escpos will not write its pickle there either
        return
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _import_capabilities() -> None:
    """python-escpos writes its pickle in place, not atomically, and reads any file it finds: the
    kiosk, the sync service and the printer simulator starting at once (a fresh appliance's first
    boot, the test suite's workers) had one of them read the other's half-written pickle and die
    at import (EOFError). So the import holds a lock on the folder, and a pickle that does not
    load (a power cut mid-write) is deleted and made again instead of failing every start."""
    folder = _capabilities_folder()
    if folder is None:  # a new temporary folder of python-escpos' own: nothing shared
        importlib.import_module("escpos.capabilities")
        return
    with _locked(folder):
        try:
            importlib.import_module("escpos.capabilities")
        except Exception:  # a damaged pickle: EOFError, UnpicklingError, whatever garbage raises
            logging.getLogger(__name__).warning("printer database cache unreadable: made again")
            (folder / f"{platform.python_version()}.capabilities.pickle").unlink(missing_ok=True)
            importlib.import_module("escpos.capabilities")


_import_capabilities()

from escpos.escpos import Escpos  # noqa: E402 - after its database is loaded
from escpos.exceptions import Error as EscposError  # noqa: E402
from PIL import Image  # noqa: E402

from kiosk.devices.owner import DeviceOwner  # noqa: E402
from kiosk.devices.printer import PrinterStatus, PrintOutcome  # noqa: E402

log = logging.getLogger(__name__)

DOTS = {58: 384, 80: 576}


def open_device(uri: str, timeout_s: int) -> Escpos:
    """The python-escpos printer object for a config URI (not yet opened)."""
    parsed = urlparse(uri)
    if parsed.scheme == "tcp":
        from escpos.printer import Network

        return Network(parsed.hostname, parsed.port or 9100, timeout=timeout_s)
    if parsed.scheme == "usb":
        from escpos.printer import Usb

        vid, pid = (int(part, 16) for part in parsed.netloc.split(":"))
        return Usb(vid, pid, timeout=timeout_s * 1000)  # milliseconds; 0 would mean forever
    if parsed.scheme == "serial":
        from escpos.printer import Serial

        query = parse_qs(parsed.query)
        baud = int(query.get("baudrate", ["9600"])[0])
        return Serial(parsed.path, baudrate=baud, timeout=timeout_s)
    if parsed.scheme == "file":
        from escpos.printer import File

        return File(parsed.path)
    raise ValueError(f"unsupported printer URI {uri!r}")


def _read_status(device: Escpos, n: int) -> int | None:
    """One DLE EOT n answer byte, or None when the printer does not answer."""
    try:
        answer = device.query_status(bytes([0x10, 0x04, n]))
    except (NotImplementedError, OSError, EscposError):  # OSError covers socket timeouts
        return None
    return answer[0] if answer else None


def read_status(device: Escpos) -> PrinterStatus:
    online = _read_status(device, 1)
    if online is None:
        if not hasattr(device, "_read") or type(device).__name__ == "File":
            return PrinterStatus("unknown", "this connection cannot report the printer's state")
        return PrinterStatus("no_answer", "the printer did not answer the status query")
    cause = _read_status(device, 2) if online & 0x08 else 0
    paper = _read_status(device, 4)
    if cause is not None and cause & 0x04:
        return PrinterStatus("cover_open")
    if (paper is not None and paper & 0x60) or (cause is not None and cause & 0x20):
        return PrinterStatus("paper_out")
    if online & 0x08:
        return PrinterStatus("offline")
    if paper is not None and paper & 0x0C:
        return PrinterStatus("paper_low")
    return PrinterStatus("ok")


class EscposPrinter:
    def __init__(self, uri: str, paper_mm: int = 58, timeout_s: int = 10) -> None:
        self.uri = uri
        self.paper_mm = paper_mm
        self.timeout_s = timeout_s
        self.owner = DeviceOwner("printer-device")
        # a printer dropped without close() still ends its thread (the thread holds no reference to it)
        weakref.finalize(self, self.owner.close, 0)

    def status(self) -> PrinterStatus:
        return self.owner.run(self._status)

    def print_image(self, image: Image.Image) -> PrintOutcome:
        if image.width > DOTS[self.paper_mm]:
            raise ValueError(f"image is {image.width} dots wide; the paper takes {DOTS[self.paper_mm]}")
        return self.owner.run(lambda: self._print(image))

    def close(self) -> None:
        """After the requests already handed over; later ones are refused."""
        self.owner.close(timeout=self.timeout_s * 3)

    # -- on the owner's thread only
    def _connect(self) -> Escpos:
        device = open_device(self.uri, self.timeout_s)
        # an explicit profile: the paper's width in dots, so images are neither refused nor garbled
        device.profile.profile_data["media"]["width"]["pixels"] = DOTS[self.paper_mm]
        device.open()
        return device

    def _status(self) -> PrinterStatus:
        try:
            device = self._connect()
        except (OSError, EscposError) as exc:
            return PrinterStatus("no_answer", f"cannot connect: {type(exc).__name__}")
        try:
            return read_status(device)
        finally:
            device.close()

    def _print(self, image: Image.Image) -> PrintOutcome:
        try:
            device = self._connect()
        except (OSError, EscposError) as exc:
            status = PrinterStatus("no_answer", f"cannot connect: {type(exc).__name__}")
            return PrintOutcome(False, status, status.detail)
        try:
            before = read_status(device)
            if not before.can_print:
                return PrintOutcome(False, before, f"printer not ready: {before.state}")
            device.hw("INIT")
            device.image(image, impl="bitImageRaster", fragment_height=2048, center=False)
            device.cut()
            after = read_status(device)
            if after.state == "no_answer":  # the link went during the job: nobody knows what came out
                return PrintOutcome(False, after, "connection lost: no answer after the job")
            if not after.can_print:
                return PrintOutcome(False, after, f"printer reported {after.state} after the job")
            return PrintOutcome(True, after)
        except (OSError, EscposError) as exc:  # the connection dropped mid-job
            log.warning("print job interrupted: %s", type(exc).__name__)
            status = PrinterStatus("no_answer", f"connection lost: {type(exc).__name__}")
            return PrintOutcome(False, status, status.detail)
        finally:
            with contextlib.suppress(OSError):
                device.close()
