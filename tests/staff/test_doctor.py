"""`kiosk doctor`: the technician's diagnostics from a shell, non-zero when one fails."""

from __future__ import annotations

import pytest

from kiosk import cli
from kiosk.sync.client import write_token
from kiosk.sync.simulator import SikerSimulator


@pytest.fixture
def siker(tmp_path):
    with SikerSimulator(tmp_path / "siker.db", token="rahasia-uji") as sim:
        yield sim


def _site(tmp_path, cfg, base_url: str):
    site = tmp_path / "site.toml"
    site.write_text(
        f'[kiosk]\ndata_dir = "{cfg.data_dir}"\n[card_reader]\nbackend = "simulated"\n[camera]\nsource = "simulated"\n'
        f'[printer]\nuri = "simulated"\n[siker]\nbase_url = "{base_url}"\ntoken_file = "{cfg.siker.token_file}"\n'
    )
    return str(site)


def test_doctor_passes_when_everything_answers(tmp_path, cfg, siker, capsys):
    write_token(cfg.siker.token_file, "rahasia-uji")
    assert cli.main(["--config", _site(tmp_path, cfg, siker.base_url), "doctor"]) == 0
    out = capsys.readouterr().out
    for label in ("Pembaca e-KTP", "Kamera", "Printer", "SIKER: DNS", "SIKER: token dan jeda", "Jam kios",
                  "Ruang disk", "Basis data", "Antrean sinkron"):  # fmt: skip
        assert f"[LULUS] {label}" in out
    assert "0 gagal" in out and "640x480" in out and "integrity_check ok" in out


def test_doctor_fails_with_the_servers_reason_and_hides_the_token(tmp_path, cfg, siker, capsys):
    write_token(cfg.siker.token_file, "token-yang-salah")
    assert cli.main(["--config", _site(tmp_path, cfg, siker.base_url), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "[GAGAL] SIKER: token dan jeda: token ditolak (HTTP 401)" in out
    assert "token-yang-salah" not in out
    assert "[LULUS] Basis data" in out  # one failure does not hide the other checks


def test_doctor_names_an_unreachable_server(tmp_path, cfg, capsys):
    write_token(cfg.siker.token_file, "rahasia-uji")
    assert cli.main(["--config", _site(tmp_path, cfg, "http://nama-yang-tidak-ada.invalid/api"), "doctor"]) == 1
    assert "[GAGAL] SIKER: DNS: nama nama-yang-tidak-ada.invalid tidak ditemukan" in capsys.readouterr().out
