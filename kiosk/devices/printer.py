"""The thermal printer: one interface, ESC/POS for real (python-escpos) and a simulated one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PIL import Image

if TYPE_CHECKING:
    from kiosk.config import Config

# states a printer can be in; "no_answer" (it did not reply) is never taken for "paper_out"
PRINTABLE = {"ok", "paper_low", "unknown"}


@dataclass(frozen=True)
class PrinterStatus:
    state: str  # ok | paper_low | paper_out | cover_open | offline | no_answer | unknown
    detail: str = ""

    @property
    def can_print(self) -> bool:
        return self.state in PRINTABLE

    @property
    def heartbeat(self) -> str:
        """The SIKER heartbeat's vocabulary: ok | paper_low | paper_out | offline | unknown."""
        return {"cover_open": "offline", "no_answer": "offline"}.get(self.state, self.state)


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    status: PrinterStatus
    error: str | None = None
    bytes_sent: int = 0


class Printer(Protocol):
    """Safe to call from any thread except the GUI's: an implementation runs every request on
    the one thread that owns the device, in the order they came (``kiosk.devices.owner``)."""

    paper_mm: int

    def status(self) -> PrinterStatus: ...

    def print_image(self, image: Image.Image) -> PrintOutcome: ...


def make_printer(cfg: Config) -> Printer:
    uri = cfg.printer.uri
    if uri == "simulated":
        from kiosk.devices.printer_simulated import SimulatedPrinter

        return SimulatedPrinter(cfg.printer.paper_width_mm, cfg.data_dir / "printed")
    from kiosk.devices.printer_escpos import EscposPrinter

    return EscposPrinter(uri, cfg.printer.paper_width_mm, cfg.printer.timeout_s)
