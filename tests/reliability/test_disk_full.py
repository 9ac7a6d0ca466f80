"""A full disk under the data folder (a real tmpfs with a size limit): the save says one sentence
and keeps the draft, nothing earlier is lost, the technician sees "full", the backup and the print
journal fail cleanly, and saving works again once space is freed, without a restart."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from kiosk.core.problems import Code, Problem, ProblemError
from kiosk.core.states import PrintPurpose
from kiosk.devices.printer import Printer, PrintOutcome
from kiosk.services import diagnostics
from kiosk.services.draft import RegistrationDraft
from kiosk.services.maintenance import BackupError, backup
from kiosk.services.registration import save_registration
from kiosk.store import print_jobs
from kiosk.store.db import Store, storage_full_since

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="mounts a tmpfs: needs root")

SIZE = "12m"


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """The data folder on its own small tmpfs (overrides tests/conftest.py's)."""
    mount = tmp_path / "data"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


class Filler:
    """Fills the filesystem of ``directory`` to the last byte; ``free()`` gives the space back."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / "filler.bin"

    def fill(self, store: Store | None = None) -> None:
        if store is not None:  # an empty WAL: the next write must grow a file
            store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with open(self.path, "ab", buffering=0) as out:
            for chunk in (1 << 20, 1 << 16, 4096, 512, 1):
                try:
                    while True:
                        out.write(b"\0" * chunk)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
        assert os.statvfs(self.path.parent).f_bavail == 0

    def free(self) -> None:
        self.path.unlink()


def _draft(nik: str, name: str) -> RegistrationDraft:
    draft = RegistrationDraft(nik=nik, birth_date=date(1998, 8, 1))
    draft.name, draft.birth_place, draft.sex = name, "Semarang", "P"
    draft.religion, draft.marital_status = "islam", "belum_kawin"
    draft.phone = "081234567890"
    draft.address.update(street="Jl. Pemuda 12", kelurahan="Sekayu", kecamatan="Semarang Tengah",
                         city="Kota Semarang", province="Jawa Tengah")  # fmt: skip
    draft.education = [{"level": "SMK", "institution": "SMK Negeri 7 Semarang", "major": None, "year": 2016}]
    draft.consent_at = "2026-11-21T09:00:00+07:00"
    return draft


def _count(store: Store, table: str) -> int:
    row = store.one(f"SELECT count(*) AS n FROM {table}")
    assert row is not None
    return int(row["n"])


def test_saving_on_a_full_disk_says_why_keeps_the_draft_and_works_once_space_is_freed(cfg, store, data_dir):
    earlier = [save_registration(store, cfg, _draft(f"337411410898000{i}", f"Orang {i}")) for i in range(1, 4)]
    filler = Filler(data_dir)
    filler.fill(store)
    draft = _draft("3374114108980009", "Siti Penuh")
    before = draft.body()
    with pytest.raises(ProblemError) as raised:
        save_registration(store, cfg, draft)
    assert raised.value.problem == Problem(Code.STORAGE_FULL)
    assert draft.body() == before  # the draft is kept for the retry
    assert _count(store, "registrations") == 3 and _count(store, "outbox") == 3 and _count(store, "print_jobs") == 3
    assert store.integrity_ok() == (True, "ok")
    assert storage_full_since(data_dir) is not None
    check = diagnostics.disk(cfg)
    assert not check.ok and check.seen.code == Code.DIAG_DISK_FULL and "disk full" in check.error

    filler.free()
    saved = save_registration(store, cfg, draft)  # the same draft, no restart
    numbers = [row["registration_no"] for row in store.query("SELECT registration_no FROM registrations")]
    assert numbers == [s.registration_no for s in earlier] + [saved.registration_no]
    assert len(set(numbers)) == 4 and _count(store, "outbox") == 4
    assert storage_full_since(data_dir) is None and diagnostics.disk(cfg).seen.code == Code.DIAG_DISK
    assert store.integrity_ok() == (True, "ok")


def test_the_review_screen_says_one_sentence_and_the_same_button_retries(cfg, qtbot, store, data_dir):
    from kiosk.app import build, shutdown
    from tests.journey.test_journey import at, click, fill_after_identity, take_photo

    save_registration(store, cfg, _draft("3374114108980001", "Orang Lama"))
    kiosk = build(cfg, windowed=True)
    kiosk.window.show()
    filler = Filler(data_dir)
    try:
        qtbot.waitUntil(lambda: kiosk.assembly is not None, timeout=10_000)
        flow = kiosk.assembly.flow
        kiosk.assembly.card_reader.tap(0)  # SITI NUR'AINI
        fill_after_identity(kiosk, qtbot, type_personal=False)
        take_photo(kiosk, qtbot)
        at(kiosk, qtbot, "review")
        filler.fill(store)
        click(qtbot, flow.review.nav.next)
        assert kiosk.window.router.current_name == "review"
        assert flow.review.problem.isVisible()
        assert flow.review.problem.text() == "⚠ " + Problem(Code.STORAGE_FULL).text()
        assert flow.draft.name and flow.draft.photo_jpeg  # kept for the retry
        assert _count(store, "registrations") == 1 and store.integrity_ok() == (True, "ok")
        filler.free()
        click(qtbot, flow.review.nav.next)
        at(kiosk, qtbot, "done")
        qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
        assert _count(store, "registrations") == 2 and _count(store, "photos") == 1
    finally:
        shutdown(kiosk)


def test_backup_on_a_full_disk_leaves_no_partial_file_and_maintenance_exits_non_zero(cfg, store, data_dir, tmp_path):
    for i in range(1, 4):
        save_registration(store, cfg, _draft(f"337411410898000{i}", f"Orang {i}"))
    backups = data_dir / "backups"
    first = backup(cfg.db_path, backups)
    filler = Filler(data_dir)
    filler.fill(store)
    with pytest.raises(BackupError, match="disk penuh"):
        backup(cfg.db_path, backups)
    assert sorted(p.name for p in backups.iterdir()) == [first.name]  # the partial copy is gone
    site = tmp_path / "site.toml"  # outside the full filesystem
    site.write_text(f'[kiosk]\ndata_dir = "{data_dir}"\n')
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from kiosk import cli; sys.exit(cli.main(sys.argv[1:]))",
         "--config", str(site), "maintenance", "--backup"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert "disk penuh" in result.stderr
    assert sorted(p.name for p in backups.iterdir()) == [first.name]
    filler.free()
    assert _count(store, "registrations") == 3 and store.integrity_ok() == (True, "ok")


class _FillsTheDisk:
    """A real (simulated) printer that prints, and meanwhile the disk fills up."""

    def __init__(self, printer: Printer, filler: Filler, store: Store) -> None:
        self.printer, self.filler, self.store = printer, filler, store
        self.paper_mm = printer.paper_mm

    def print_image(self, image: Image.Image) -> PrintOutcome:
        outcome = self.printer.print_image(image)
        self.filler.fill(self.store)
        return outcome


def test_the_print_journal_on_a_full_disk_never_crashes_the_worker(cfg, store, data_dir, tmp_path):
    from kiosk.devices.printer_simulated import SimulatedPrinter
    from kiosk.services.printing import PrintService
    from kiosk.services.signing_keys import load_or_create

    key = load_or_create(cfg.data_dir)
    printer = SimulatedPrinter(cfg.printer.paper_width_mm, tmp_path / "printed")
    saved = save_registration(store, cfg, _draft("3374114108980001", "Orang Cetak"))
    test_page = print_jobs.create(store, PrintPurpose.TEST, document={"title": "UJI", "lines": ["Kios"]})
    filler = Filler(data_dir)
    filler.fill(store)
    result = PrintService(store, printer, key).run(test_page)  # cannot journal "sending": nothing is printed
    assert (result.ok, result.problem) == (False, Problem(Code.STORAGE_FULL))
    assert print_jobs.get(store, test_page)["state"] == "queued" and not printer.simulator.pages
    filler.free()
    result = PrintService(store, _FillsTheDisk(printer, filler, store), key).run(saved.print_job_id)
    assert result.ok and len(printer.simulator.pages) == 1  # the card came out
    assert print_jobs.get(store, saved.print_job_id)["state"] == "sending"  # not journaled: uncertain
    assert [row["id"] for row in print_jobs.interrupted(store)] == [saved.print_job_id]
    filler.free()
    assert store.integrity_ok() == (True, "ok") and _count(store, "registrations") == 1


class _StopAfterFirstWait:
    """The runner's stop event: records how long each round would wait, and stops after the first."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def is_set(self) -> bool:
        return bool(self.waits)

    def wait(self, seconds: float) -> bool:
        self.waits.append(seconds)
        return True

    def set(self) -> None:
        self.waits.append(0)


def test_the_sync_service_waits_a_minute_between_rounds_on_a_full_disk(cfg, store, data_dir, caplog):
    from kiosk.sync.client import write_token
    from kiosk.sync.runner import FULL_WAIT_S, SyncRunner

    write_token(cfg.siker.token_file, "rahasia-uji")
    save_registration(store, cfg, _draft("3374114108980001", "Orang Antre"))
    runner = SyncRunner(cfg.with_overrides({"siker.base_url": "http://127.0.0.1:9/api", "siker.timeout_s": 1}), store)
    runner.stop_event = _StopAfterFirstWait()  # type: ignore[assignment]
    Filler(data_dir).fill(store)
    runner.forever()  # marking the row "sending" finds no space
    assert runner.stop_event.waits == [FULL_WAIT_S]
    assert any("disk is full" in r.getMessage() for r in caplog.records)
    assert any("STORAGE FULL" in r.getMessage() for r in caplog.records)  # the heartbeat's line
    runner.close()
    assert store.one("SELECT state FROM outbox")["state"] == "pending"
