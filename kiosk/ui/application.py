"""The running QApplication, typed (``QApplication.instance()`` is a ``QCoreApplication | None``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def running_app() -> QApplication:
    """The widget application this kiosk runs in; an error if there is none (or only a core one)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication is running")
    return app
