"""PySide6's per-import source scan: present in the pinned PySide6, and switched off by the kiosk."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent(
    """
    import linecache, sys
    sys.path.insert(0, sys.argv[1])
    from kiosk.ui.pyside_setup import skip_feature_scan
    if sys.argv[2] == "skip":
        assert skip_feature_scan()
    else:
        import PySide6.QtCore
    import imported_after_qt
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel("masih jalan")
    print(imported_after_qt.__file__ in linecache.cache, label.text())
    """
)


def _run(tmp_path: Path, mode: str) -> str:
    (tmp_path / "imported_after_qt.py").write_text("VALUE = 'PySide6 is named here'\n" + "X = 1\n" * 5000)
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path), mode],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=True,
    )
    return out.stdout.strip()


def test_pyside_reads_every_later_module_as_text_unless_told_not_to(tmp_path):
    # the scan exists in the pinned PySide6: if this fails, PySide dropped it and the tweak can go
    assert _run(tmp_path, "plain") == "True masih jalan"
    # with the kiosk's set-up the module is not read, and Qt widgets still work
    assert _run(tmp_path, "skip") == "False masih jalan"
