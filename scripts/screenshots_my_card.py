#!/usr/bin/env python3
"""docs/screens/15-my-card-<state>.png: "Kartu saya" in each legalisation state (issue 20).

The real app on simulated devices, a card registered at the kiosk and delivered to the SIKER
simulator; for each state the simulator plays the officer's decision and "Perbarui Status" is
pressed, as a holder does. Also: English, large text, 1366x768, and offline with the last known
state three days old. On Xvfb when DISPLAY is set, else on Qt's offscreen platform.
Usage: .venv/bin/python scripts/screenshots_my_card.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk import config  # noqa: E402
from kiosk.app import build, shutdown  # noqa: E402
from kiosk.commands.app import DEMO_OVERRIDES  # noqa: E402
from kiosk.core import clock  # noqa: E402
from kiosk.core.card_state import CardStatus, KnownState  # noqa: E402
from kiosk.core.states import IdentitySource  # noqa: E402
from kiosk.i18n import set_language  # noqa: E402
from kiosk.services import my_card  # noqa: E402
from kiosk.services.registration import save_registration  # noqa: E402
from kiosk.services.sample import sample_draft  # noqa: E402
from kiosk.sync.client import SikerClient, write_token  # noqa: E402
from kiosk.sync.sender import Sender  # noqa: E402
from kiosk.sync.simulator import SikerSimulator  # noqa: E402
from kiosk.ui.theme import apply_theme  # noqa: E402
from scripts.screenshots import settle, until  # noqa: E402

OFFICER = "Sri Wahyuni, NIP 198703122010012003"
DECISIONS = {
    "menunggu": (None, None),
    "revisi": ("Foto tidak jelas: wajah terlalu gelap, ambil ulang dengan wajah menghadap kamera", None),
    "disahkan": (None, OFFICER),
    "ditolak": ("Domisili di luar kota: KTP Kabupaten Semarang, daftar di Disnaker Kabupaten", OFFICER),
    "kedaluwarsa": (None, OFFICER),
    "bekerja": (None, OFFICER),
}


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="kiosk-mycard-shots-"))
    sim = SikerSimulator(data / "siker.db", token="demo-token").start()
    write_token(data / "siker.token", "demo-token")
    cfg = config.load(overrides={
        **DEMO_OVERRIDES, "kiosk.data_dir": str(data), "kiosk.fullscreen": False,
        "siker.base_url": sim.base_url, "siker.token_file": str(data / "siker.token"),
        "gateway.public_url": "https://gateway.disnaker.semarangkota.go.id",
    })  # fmt: skip
    kiosk = build(cfg, windowed=True)
    window = kiosk.window
    window.resize(1280, 800)
    window.show()
    until(lambda: kiosk.assembly is not None)
    parts = kiosk.assembly
    flow = parts.flow
    screen = flow.my_card_screen
    app = QApplication.instance()
    seeker = sample_draft()  # with the sample e-KTP 0's UID, so a tap proves possession
    seeker.identity_source, seeker.card_uid, seeker.name = IdentitySource.EKTP, "04A1B2C3D4E5F6", "Siti Nur'aini"
    saved = save_registration(kiosk.store, cfg, seeker, print_card=False)
    sender = Sender(kiosk.store, lambda: SikerClient.from_config(cfg), workers=1)
    sender.drain(deadline_s=20)
    sender.close()

    def shot(name: str) -> None:
        settle()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    def open_card(state: str) -> None:
        reason, officer = DECISIONS[state]
        sim.set_card(saved.registration_no, state, reason, officer)
        parts.card_reader.tap(0)  # the sample e-KTP, stored with the registration: possession proven
        until(lambda: window.router.current_name == "my_card")
        screen.refresh.click()
        until(lambda: not screen.refreshing)

    for state in DECISIONS:
        expired = state == "kedaluwarsa"
        if expired:  # the calendar says so too: the card's validity ended yesterday
            until_day = (clock.today() - timedelta(days=1)).isoformat()
            kiosk.store.execute("UPDATE registrations SET valid_until = ?", (until_day,))
        open_card(state)
        shot(f"15-my-card-{state}")
        window.end_session("done")
        if expired:
            kiosk.store.execute("UPDATE registrations SET valid_until = ?", (saved.valid_until.isoformat(),))

    open_card("revisi")
    set_language("en")
    shot("15-my-card-revisi-en")
    set_language("id")
    apply_theme(app, large_text=True)
    shot("15-my-card-revisi-large-text")
    apply_theme(app)
    window.resize(1366, 768)
    shot("15-my-card-revisi-1366")
    window.resize(1280, 800)
    window.end_session("done")

    sim.close()  # the office out of reach: the last known state, three days old
    three_days_ago = clock.now() - timedelta(days=3)
    known = KnownState(CardStatus.DISAHKAN, officer=OFFICER, decided_at=three_days_ago, checked_at=three_days_ago)
    my_card.remember_state(kiosk.store, saved.registration_no, my_card.Fetched(known))
    parts.card_reader.tap(0)
    until(lambda: window.router.current_name == "my_card")
    screen.refresh.click()
    until(lambda: not screen.refreshing)
    shot("15-my-card-offline")
    window.end_session("done")
    shutdown(kiosk)
    return 0


if __name__ == "__main__":
    sys.exit(main())
