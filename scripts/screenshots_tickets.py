#!/usr/bin/env python3
"""Screenshots of Konsultasi / Pengaduan and Cek Tiket (docs/screens/50-tickets-*.png): the real
app on simulated devices walks a complaint from the topic to its printed slip, the severance
question with its figures, and Cek Tiket with an officer's answer and with a miss.

Usage: .venv/bin/python scripts/screenshots_tickets.py [--en] [--large] [--size 1366x768] [OUT_DIR]
(the docs keep the Indonesian 1280x800 set; the options are for looking at the others)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk import config  # noqa: E402
from kiosk.app import build, shutdown  # noqa: E402
from kiosk.commands.app import DEMO_OVERRIDES  # noqa: E402
from kiosk.core.problems import Code, ProblemError  # noqa: E402
from kiosk.i18n import set_language  # noqa: E402
from kiosk.screens.messages import describe  # noqa: E402
from kiosk.services.tickets import TicketState  # noqa: E402
from kiosk.ui.theme import apply_theme  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from screenshots import settle, until  # noqa: E402


def main() -> int:
    args = sys.argv[1:]
    english, large = "--en" in args, "--large" in args
    size = (1280, 800)
    if "--size" in args:
        width, height = args[args.index("--size") + 1].split("x")
        size = (int(width), int(height))
        del args[args.index("--size") : args.index("--size") + 2]
    rest = [a for a in args if not a.startswith("--")]
    out = Path(rest[0]) if rest else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="kiosk-ticket-shots-"))
    cfg = config.load(overrides={**DEMO_OVERRIDES, "kiosk.data_dir": str(data), "kiosk.fullscreen": False})
    kiosk = build(cfg, windowed=True)
    window = kiosk.window
    window.resize(*size)
    window.show()
    until(lambda: kiosk.assembly is not None)
    parts = kiosk.assembly
    if english:
        set_language("en")
    if large:
        apply_theme(QApplication.instance(), large_text=True)

    def shot(name: str) -> None:
        settle()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    flow = parts.tickets
    screen = flow.screen
    flow.start()
    shot("50-tickets-topic")
    screen.kind.buttons["pengaduan"].click()
    screen.topic.buttons["upah"].click()
    screen.nav.next.click()
    screen.description.setPlainText(
        "Upah bulan November baru dibayar setengah. Mandor bilang sisanya dibayar bulan depan, "
        "tetapi bulan lalu juga begitu dan sampai sekarang belum lunas.\n\nMohon dibantu."
    )
    shot("51-tickets-describe")
    screen.description.setPlainText("x" * 1200)
    screen.nav.next.click()
    shot("51-tickets-describe-too-long")
    screen.description.setPlainText("Upah bulan November baru dibayar setengah. Mohon dibantu.")
    screen.nav.next.click()
    screen.person.editor.setText("Siti Aminah")
    screen.phone.editor.setText("+6591234567")
    screen.employer.editor.setText("PT Sinar Semarang")
    screen.nav.next.click()
    shot("52-tickets-contact-error")
    screen.phone.editor.setText("0812 3456 7890")
    screen.phone.clear_error()
    screen.nav.next.click()
    shot("53-tickets-confirm")
    screen.nav.next.click()
    until(lambda: "slip" in screen.done_status.text().lower() and screen._print_state != "printing")
    shot("54-tickets-done")
    window.end_session("done")

    window.go("severance")
    severance = parts.severance
    severance.choose("efficiency_loss")
    severance.wage.editor.setText("5.000.000")
    severance.years.editor.setText("10")
    severance.months.editor.setText("3")
    severance.calculate.click()
    shot("55-severance-ask")
    severance.ask.click()
    screen.nav.next.click()
    shot("56-tickets-severance-question")
    window.end_session("done")

    flow.start()
    screen.check.click()
    check = flow.check_screen
    check.number.editor.setText("K-SMG01-261202-0001")
    check.phone.editor.setText("081234567890")
    wib = timezone(timedelta(hours=7))
    check.show_state(
        TicketState(
            "K-SMG01-261202-0001", "dijadwalkan", datetime(2026, 12, 7, 9, 30, tzinfo=wib),
            "Silakan datang ke loket 3 membawa slip gaji bulan Oktober dan November. Petugas pengantar kerja "
            "akan membantu menghubungi perusahaan.", datetime(2026, 12, 3, 10, 0, tzinfo=wib),
        )
    )  # fmt: skip
    shot("57-ticket-check-answer")
    check.number.editor.setText("K-SMG01-200101-0001")
    check.state = None
    check.show_problem(describe(ProblemError(Code.TICKET_NOT_FOUND, left=4)))
    check.retranslate()
    shot("58-ticket-check-not-found")
    window.end_session("done")
    shutdown(kiosk)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
