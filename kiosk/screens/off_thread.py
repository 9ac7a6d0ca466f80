"""How a screen hands slow work (a photo, a card preview) off the GUI thread: the runner it is
given (``kiosk.ui.background.Background``) calls ``work`` on a thread of lower priority and
``done`` back on the GUI thread with the result or the exception. A screen keeps a generation
number and drops an answer that comes back after the session ended or the screen moved on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class Runner(Protocol):
    def run(
        self, work: Callable[[], Any], done: Callable[[Any], None], *, name: str = ..., bulk: bool = ...
    ) -> None: ...
