"""Big toggle buttons of which any number may be on (``Choice`` allows one)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from kiosk.widgets.form import Choice


class MultiChoice(Choice):
    def __init__(self, options: Sequence[tuple[str, str]], *, columns: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(options, columns=columns, parent=parent)
        self._group.setExclusive(False)
        for button in self.buttons.values():
            button.toggled.connect(lambda _on: self.clear_error())

    def values(self) -> list[str]:
        return [code for code, button in self.buttons.items() if button.isChecked()]

    def set_values(self, codes: Sequence[str]) -> None:
        for code, button in self.buttons.items():
            button.setChecked(code in codes)

    def set_value(self, code: str | None) -> None:
        """``None`` turns every button off (what a form's wipe asks of a choice)."""
        self.set_values([] if code is None else [code])
