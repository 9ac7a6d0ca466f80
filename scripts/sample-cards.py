#!/usr/bin/env python3
"""Refresh docs/sample-card-58mm.png and -80mm.png (the sample card as the printer simulator saw it,
printed before legalisation: "MENUNGGU PENGESAHAN", its QR the verification URL) and
docs/sample-card-58mm-legalised.png (the reprint after a pengantar kerja approved it)."""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk import config  # noqa: E402
from kiosk.cli import main as kiosk  # noqa: E402
from kiosk.core import clock  # noqa: E402
from kiosk.core.card_state import CardStatus, KnownState  # noqa: E402
from kiosk.devices.escpos_simulator import PrinterSimulator  # noqa: E402
from kiosk.devices.printer_escpos import EscposPrinter  # noqa: E402
from kiosk.services import my_card  # noqa: E402
from kiosk.services.printing import PrintService  # noqa: E402
from kiosk.services.registration import find_existing, reprint, save_registration  # noqa: E402
from kiosk.services.sample import sample_draft  # noqa: E402
from kiosk.services.signing_keys import load_or_create  # noqa: E402
from kiosk.store.db import Store  # noqa: E402

PUBLIC_URL = "https://gateway.disnaker.semarangkota.go.id"

with tempfile.TemporaryDirectory() as tmp:
    site = Path(tmp) / "site.toml"
    site.write_text(f'[kiosk]\ndata_dir = "{tmp}"\n[gateway]\npublic_url = "{PUBLIC_URL}"\n', encoding="utf-8")
    for width in (58, 80):
        with PrinterSimulator() as sim:
            if kiosk(["--config", str(site), "print-sample", "--printer", sim.uri, "--width", str(width)]) != 0:
                sys.exit(1)
            target = ROOT / "docs" / f"sample-card-{width}mm.png"
            sim.pages[0].image().save(target)
            print(target)
    cfg = config.load(site)
    store = Store(Path(tmp) / "legalised.db")
    saved = save_registration(store, cfg, sample_draft(), print_card=False)
    approved = KnownState(CardStatus.DISAHKAN, officer="Sri Wahyuni, NIP 198703122010012003",
                          decided_at=clock.now(), checked_at=clock.now())  # fmt: skip
    my_card.remember_state(store, saved.registration_no, my_card.Fetched(approved))
    with PrinterSimulator() as sim:
        printer = EscposPrinter(sim.uri, 58, timeout_s=5)
        job = reprint(store, find_existing(store, sample_draft().nik))
        if not PrintService(store, printer, load_or_create(Path(tmp)), PUBLIC_URL).run(job).ok:
            sys.exit(1)
        printer.close()
        target = ROOT / "docs" / "sample-card-58mm-legalised.png"
        sim.pages[0].image().save(target)
        print(target)
    store.close()
