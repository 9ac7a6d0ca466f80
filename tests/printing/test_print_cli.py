"""The technicians' commands: print-sample through the normal path, verify-card, both ways."""

from __future__ import annotations

import cv2
import numpy as np

from kiosk.cli import main
from kiosk.devices.escpos_simulator import PrinterSimulator


def site(tmp_path, data_dir):
    path = tmp_path / "site.toml"
    path.write_text(f'[kiosk]\ndata_dir = "{data_dir}"\n', encoding="utf-8")
    return str(path)


def test_print_sample_then_verify_its_qr(tmp_path, data_dir, capsys):
    with PrinterSimulator(tmp_path / "out") as sim:
        assert main(["--config", site(tmp_path, data_dir), "print-sample", "--printer", sim.uri, "--width", "80"]) == 0
        assert len(sim.pages) == 1
        page = sim.pages[0].image()
    assert page.width == 576
    pixels = cv2.cvtColor(np.array(page.convert("L")), cv2.COLOR_GRAY2BGR)
    payload = cv2.QRCodeDetectorAruco().detectAndDecode(pixels)[0]
    assert payload.startswith("AK1.")
    capsys.readouterr()
    assert main(["--config", site(tmp_path, data_dir), "verify-card", payload]) == 0
    assert "ASLI" in capsys.readouterr().out
    tampered = payload.replace(".", ".A", 1)
    assert main(["--config", site(tmp_path, data_dir), "verify-card", tampered]) == 1
    assert "TIDAK ASLI" in capsys.readouterr().out


def test_print_sample_fails_with_the_printer_state(tmp_path, data_dir, capsys):
    with PrinterSimulator() as sim:
        sim.state.paper = "out"
        assert main(["--config", site(tmp_path, data_dir), "print-sample", "--printer", sim.uri]) == 1
    assert "paper_out" in capsys.readouterr().err
