"""The officer's printed-card log, collections, exports to a stick, and the shell commands."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk import cli
from kiosk.core import clock
from kiosk.core.states import PrintPurpose
from kiosk.services import export, officer, printed_log, staff
from kiosk.services.registration import save_registration
from kiosk.store import print_jobs
from tests.support.samples import draft


def _finish(store, job_id: int, state: str, detail: str | None = None) -> None:
    print_jobs.transition(store, job_id, "sending")
    if state != "sending":
        print_jobs.transition(store, job_id, state, detail)


@pytest.fixture
def day(store, cfg):
    """One day at the kiosk: two new cards, a renewal, a reprint, a receipt, a failure, a crash."""
    siti = save_registration(store, cfg, draft())
    joko = save_registration(store, cfg, draft("3374110101900001", "Joko Susilo"))
    renewal = draft("3374114108980003", "Siti Nur'aini")
    renewal.kind, renewal.previous_client_id = "renewal", siti.client_id
    renewed = save_registration(store, cfg, renewal)
    _finish(store, siti.print_job_id, "printed")
    _finish(store, joko.print_job_id, "failed", "paper_out: no paper")
    _finish(store, renewed.print_job_id, "printed")
    reprint = print_jobs.create(store, PrintPurpose.REPRINT, registration_client_id=joko.client_id,
                                registration_no=joko.registration_no)  # fmt: skip
    _finish(store, reprint, "printed")
    receipt = print_jobs.create(store, PrintPurpose.REPORT_RECEIPT, registration_client_id=siti.client_id,
                                registration_no=siti.registration_no, document={"title": "BUKTI"})  # fmt: skip
    _finish(store, receipt, "printed")
    crashed = save_registration(store, cfg, draft("3374110202910002", "Rudi Hartono", photo=False))
    _finish(store, crashed.print_job_id, "sending")  # the kiosk died mid-print
    return {"siti": siti, "joko": joko, "renewed": renewed, "crashed": crashed}


def test_the_log_names_kind_and_outcome_of_every_print(store, day):
    items = printed_log.entries(store)
    seen = {(e.registration_no, e.kind, e.outcome) for e in items}
    assert (day["siti"].registration_no, "new", "printed") in seen
    assert (day["joko"].registration_no, "new", "failed") in seen
    assert (day["renewed"].registration_no, "renewal", "printed") in seen
    assert (day["joko"].registration_no, "reprint", "printed") in seen
    assert (day["siti"].registration_no, "report_receipt", "printed") in seen
    assert (day["crashed"].registration_no, "new", "uncertain") in seen
    assert {e.name for e in items} >= {"Siti Nur'aini", "Joko Susilo", "Rudi Hartono"}
    totals = printed_log.totals(items)
    assert totals.cards_printed == 3 and totals.by_outcome == {"printed": 4, "failed": 1, "uncertain": 1}
    assert totals.by_kind == {"new": 1, "renewal": 1, "reprint": 1, "report_receipt": 1}
    assert printed_log.days(store) == [clock.today()]
    assert printed_log.entries(store, day=date(2001, 1, 1)) == []
    assert len(printed_log.entries(store, day=clock.today())) == len(items)


def test_follow_up_lists_photo_pending_and_uncertain_prints(store, day):
    follow = printed_log.follow_up(store)
    assert [r["registration_no"] for r in follow["photo_pending"]] == [day["crashed"].registration_no]
    assert [r["job_id"] for r in follow["uncertain"]] == [day["crashed"].print_job_id]


def test_a_matching_collection_closes_the_period_and_stays_viewable(store, day):
    first = printed_log.collect(store, "Sri Wahyuni", 3)
    assert first.matches and first.expected == 3 and first.note == ""
    assert printed_log.entries(store) == []  # the next period starts empty
    assert len(printed_log.entries(store, collection_id=first.id)) == 6
    later = print_jobs.create(store, PrintPurpose.TEST, document={"title": "UJI", "lines": []})
    _finish(store, later, "printed")
    assert [e.job_id for e in printed_log.entries(store)] == [later]
    assert printed_log.period_start(store) == first.period_end
    audit = staff.audit_rows(store, 1)[0]
    assert (audit["actor"], audit["action"]) == ("Sri Wahyuni", "collection")


def test_a_mismatch_needs_a_note_and_the_recap_shows_the_difference(store, day):
    with pytest.raises(printed_log.CollectionError, match="berbeda"):
        printed_log.collect(store, "Sri Wahyuni", 2)
    assert printed_log.collections(store) == []  # nothing recorded
    collection = printed_log.collect(store, "Sri Wahyuni", 2, "satu kartu rusak, dibuang")
    assert not collection.matches and collection.note == "satu kartu rusak, dibuang"
    recap = printed_log.recap_document(collection, "SMG-01", printed_log.entries(store, collection_id=collection.id))
    text = "\n".join(recap["lines"])
    assert "Selisih\t-1" in text and "Kartu menurut catatan\t3" in text and "satu kartu rusak" in text
    assert printed_log.collections(store)[0].confirmed == 2


def test_the_handover_records_the_collection_with_its_recap_slip_or_nothing(store, day, monkeypatch):
    handover = officer.hand_over(store, "SMG-01", "Sri Wahyuni", 3, "")
    collection = printed_log.collections(store)[0]
    assert collection.id == handover.collection.id and collection.recap_job_id == handover.recap_job_id
    recap = print_jobs.get(store, handover.recap_job_id)
    assert recap["kind"] == "recap" and recap["collection_id"] == collection.id  # it sums up its own period
    assert printed_log.entries(store) == []
    later = print_jobs.create(store, PrintPurpose.TEST, document={"title": "UJI", "lines": []})

    def broken(*_args, **_kwargs):  # the recap cannot be queued: the handover must not half-exist
        raise OSError("disk full")

    monkeypatch.setattr(print_jobs, "create", broken)
    with pytest.raises(OSError):
        officer.hand_over(store, "SMG-01", "Sri Wahyuni", 0, "")
    assert len(printed_log.collections(store)) == 1 and [e.job_id for e in printed_log.entries(store)] == [later]
    assert [r["action"] for r in staff.audit_rows(store)].count("collection") == 1


def test_the_csv_parses_back_to_the_same_rows_and_the_pdf_is_a_pdf(store, day, tmp_path):
    items = printed_log.entries(store)
    done = export.export_print_log(store, "SMG-01", tmp_path / "usb", actor="Sri Wahyuni")
    csv_path, pdf_path = done.files
    assert csv_path.name.startswith("kartu-kuning_SMG-01_") and csv_path.suffix == ".csv"
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfid_cetak,")  # UTF-8 with BOM and a header
    rows = export.read_csv(csv_path)
    assert [(int(r["id_cetak"]), r["waktu"], r["no_pendaftaran"], r["nama"], r["jenis"], r["hasil"], r["keterangan"])
            for r in rows] == [(e.job_id, e.at, e.registration_no, e.name, e.kind, e.outcome, e.error)
                               for e in items]  # fmt: skip
    assert pdf_path.read_bytes().startswith(b"%PDF-") and pdf_path.stat().st_size > 2000
    journal = store.one("SELECT * FROM exports")
    assert journal["actor"] == "Sri Wahyuni" and journal["rows"] == len(items) and str(csv_path) in journal["files"]
    assert not list((tmp_path / "usb").glob(".*"))  # no temporary files left behind


def _fake_system(tmp_path: Path, removable: str, usb: bool) -> tuple[Path, Path]:
    sys_block = tmp_path / "sys" / "block"
    device_dir = tmp_path / "sys" / "devices" / ("pci0/usb1/1-1/host6" if usb else "pci0/ata1/host0") / "sdb"
    (device_dir / "sdb1").mkdir(parents=True)
    (device_dir / "removable").write_text(removable + "\n")
    sys_block.mkdir(parents=True)
    (sys_block / "sdb").symlink_to(device_dir)
    (sys_block / "sda").mkdir()
    (sys_block / "sda" / "removable").write_text("0\n")
    stick = tmp_path / "media" / "FLASH DISK"
    stick.mkdir(parents=True)
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        f"/dev/sdb1 {str(stick).replace(' ', chr(92) + '040')} vfat rw,nosuid,nodev 0 0\n"
        "proc /proc proc rw 0 0\n"
    )
    return mounts, sys_block


@pytest.mark.parametrize(("removable", "usb"), [("1", False), ("0", True)])
def test_removable_sticks_are_found_by_sysfs(tmp_path, removable, usb):
    mounts, sys_block = _fake_system(tmp_path, removable, usb)
    assert export.removable_mounts(mounts, sys_block) == [tmp_path / "media" / "FLASH DISK"]


def test_a_fixed_disk_is_not_a_stick_and_no_stick_is_a_clear_refusal(tmp_path):
    mounts, sys_block = _fake_system(tmp_path, "0", usb=False)
    assert export.removable_mounts(mounts, sys_block) == []
    with pytest.raises(export.ExportError, match="Flashdisk tidak ditemukan"):
        export.media_or_fail(export.removable_mounts(mounts, sys_block))


def test_kiosk_export_since_a_date_to_a_folder(store, day, cfg, tmp_path, capsys):
    printed_log.collect(store, "Sri Wahyuni", 3)  # across collections: since is a date, not a period
    later = print_jobs.create(store, PrintPurpose.TEST, document={"title": "UJI", "lines": []})
    _finish(store, later, "printed")
    site = tmp_path / "site.toml"
    site.write_text(f'[kiosk]\ndata_dir = "{cfg.data_dir}"\nid = "SMG-02"\n')
    out = tmp_path / "out"
    assert cli.main(["--config", str(site), "export", "--since", clock.today().isoformat(), "--to", str(out)]) == 0
    assert "7 print jobs" in capsys.readouterr().out
    csv_file = next(out.glob("kartu-kuning_SMG-02_*.csv"))
    assert len(export.read_csv(csv_file)) == 7
    assert cli.main(["--config", str(site), "export", "--since", "2999-01-01", "--to", str(out / "none")]) == 0
    assert export.read_csv(next((out / "none").glob("*.csv"))) == []
