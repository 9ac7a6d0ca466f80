"""The touch theme: ``assets/theme.qss`` plus optional large-text and high-contrast layers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

ASSETS = Path(__file__).resolve().parent.parent.parent / "assets"


def stylesheet(large_text: bool = False, high_contrast: bool = False) -> str:
    parts = [(ASSETS / "theme.qss").read_text(encoding="utf-8")]
    if high_contrast:
        parts.append((ASSETS / "theme-contrast.qss").read_text(encoding="utf-8"))
    if large_text:
        parts.append((ASSETS / "theme-large.qss").read_text(encoding="utf-8"))
    return "\n".join(parts)


def apply_theme(app: QApplication, large_text: bool = False, high_contrast: bool = False) -> None:
    app.setStyleSheet(stylesheet(large_text, high_contrast))
