"""PIN holders: argon2id hashes, lockout that survives a restart, the audit log, the shell."""

from __future__ import annotations

import io

import pytest

from kiosk import cli
from kiosk.services import staff
from kiosk.store.db import Store


def test_pins_are_stored_as_argon2id_hashes_only(store, cfg):
    staff.add(store, "Budi Santoso", "technician", "482915")
    row = store.one("SELECT pin_hash FROM staff")
    assert row["pin_hash"].startswith("$argon2id$")
    assert b"482915" not in cfg.db_path.read_bytes()
    assert staff.find(store, "482915").name == "Budi Santoso"
    assert staff.find(store, "482916") is None


@pytest.mark.parametrize("pin", ["12345", "1234567890123", "12a456", "١٢٣٤٥٦", ""])
def test_a_pin_is_6_to_12_ascii_digits(store, pin):
    with pytest.raises(staff.StaffError):
        staff.add(store, "Ani", "officer", pin)
    assert staff.holders(store) == []


def test_two_holders_cannot_share_a_pin_or_a_name_in_one_role(store):
    staff.add(store, "Ani", "officer", "111222")
    with pytest.raises(staff.StaffError, match="already uses this PIN"):
        staff.add(store, "Budi", "technician", "111222")
    with pytest.raises(staff.StaffError, match="already a officer"):
        staff.add(store, "Ani", "officer", "333444")
    staff.add(store, "Ani", "technician", "333444")  # the same person may hold both roles, with two PINs
    assert [(h.name, h.role) for h in staff.holders(store)] == [("Ani", "officer"), ("Ani", "technician")]


def test_five_wrong_pins_lock_the_pad_for_five_minutes_across_a_restart(cfg):
    store = Store(cfg.db_path)
    staff.add(store, "Budi", "technician", "482915")
    t0 = 1_800_000_000.0
    lefts = [staff.attempt(store, "000000", now=t0 + i).tries_left for i in range(4)]
    assert lefts == [4, 3, 2, 1]
    fifth = staff.attempt(store, "000000", now=t0 + 5)
    assert fifth.holder is None and fifth.locked_s == staff.LOCK_S
    store.close()

    store = Store(cfg.db_path)  # the kiosk restarted (or the plug was pulled)
    locked = staff.attempt(store, "482915", now=t0 + 5 + 120)
    assert locked.holder is None and 0 < locked.locked_s <= staff.LOCK_S - 120
    opened = staff.attempt(store, "482915", now=t0 + 5 + staff.LOCK_S + 1)
    assert opened.holder is not None and opened.holder.role == "technician"
    # a good PIN resets the count: four wrong ones later do not lock again
    assert [staff.attempt(store, "999999", now=t0 + 400 + i).tries_left for i in range(4)] == [4, 3, 2, 1]
    actions = [row["action"] for row in reversed(staff.audit_rows(store))]
    assert actions.count("login_failed") == 9 and actions.count("pin_pad_locked") == 1 and "login" in actions
    store.close()


def test_every_holder_change_and_login_is_audited_with_the_name(store):
    staff.add(store, "Sri Wahyuni", "officer", "246810")
    staff.attempt(store, "246810")
    assert staff.remove(store, "Sri Wahyuni", "officer")
    assert not staff.remove(store, "Sri Wahyuni", "officer")
    rows = list(reversed(staff.audit_rows(store)))
    assert [(r["actor"], r["action"]) for r in rows] == [
        ("shell", "staff_added"),
        ("Sri Wahyuni", "login"),
        ("shell", "staff_removed"),
    ]
    assert all("246810" not in (r["detail"] or "") for r in rows)


def test_kiosk_staff_add_list_remove_from_a_shell(cfg, monkeypatch, capsys, tmp_path):
    site = tmp_path / "site.toml"
    site.write_text(f'[kiosk]\ndata_dir = "{cfg.data_dir}"\n')
    monkeypatch.setattr("sys.stdin", io.StringIO("135791\n"))
    assert cli.main(["--config", str(site), "staff", "add", "Joko", "--role", "technician", "--pin-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("135791\n"))
    assert cli.main(["--config", str(site), "staff", "add", "Rina", "--role", "officer", "--pin-stdin"]) == 1
    assert "already uses this PIN" in capsys.readouterr().err
    assert cli.main(["--config", str(site), "staff", "list"]) == 0
    listing = capsys.readouterr().out
    assert "technician" in listing and "Joko" in listing and "135791" not in listing
    assert cli.main(["--config", str(site), "staff", "remove", "Joko", "--role", "technician"]) == 0
    assert cli.main(["--config", str(site), "staff", "remove", "Joko", "--role", "technician"]) == 1
    capsys.readouterr()
    assert cli.main(["--config", str(site), "staff", "list"]) == 0
    assert "no PIN holders yet" in capsys.readouterr().out
