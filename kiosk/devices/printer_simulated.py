"""The demo printer: the ESC/POS simulator in-process, driven through the real ESC/POS path."""

from __future__ import annotations

from pathlib import Path

from kiosk.devices.escpos_simulator import KEEP_PAGES, PrinterSimulator
from kiosk.devices.printer_escpos import EscposPrinter


class SimulatedPrinter(EscposPrinter):
    """Prints through python-escpos to a PrinterSimulator on loopback; pages land in ``out_dir``."""

    def __init__(self, paper_mm: int = 58, out_dir: Path | None = None) -> None:
        self.simulator = PrinterSimulator(out_dir, keep_pages=KEEP_PAGES).start()
        super().__init__(self.simulator.uri, paper_mm, timeout_s=3)

    def close(self) -> None:
        super().close()  # the requests already handed over finish first
        self.simulator.close()
