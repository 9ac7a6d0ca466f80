"""`kiosk demo` that opens the photo screen as soon as it can: memory with the camera preview running."""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.ui.pyside_setup import skip_feature_scan

skip_feature_scan()  # first, as `kiosk run` does

from PySide6.QtCore import QTimer  # noqa: E402

from kiosk import config  # noqa: E402
from kiosk.app import build, show  # noqa: E402
from kiosk.commands.app import DEMO_OVERRIDES  # noqa: E402


def main() -> int:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="kiosk-camera-"))
    cfg = config.load(overrides={**DEMO_OVERRIDES, "kiosk.data_dir": str(data), "siker.token_file": str(data / "t")})
    kiosk = build(cfg, demo=True, windowed=True)
    show(kiosk, windowed=True)

    def to_photo() -> None:
        if kiosk.assembly is None:
            QTimer.singleShot(20, to_photo)
            return
        parts = kiosk.assembly
        parts.flow.start("register")
        kiosk.window.go(parts.photo.name)

    QTimer.singleShot(0, to_photo)
    return kiosk.app.exec()


if __name__ == "__main__":
    sys.exit(main())
