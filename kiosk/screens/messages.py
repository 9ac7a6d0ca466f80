"""Problems (codes with parameters from core, devices and services) in the person's language,
and the fixed words services name things with (marked there with ``QT_TRANSLATE_NOOP``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.problems import CONTEXT, TEMPLATES, Problem, ProblemError


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(problem: Problem | ProblemError) -> str:
    """The sentence to show. Text parameters are translated too, so a name that core gives a
    field ("Upah pokok") reads in English in English mode; a screen's own labels are already
    translated and come back unchanged."""
    if isinstance(problem, ProblemError):
        problem = problem.problem
    params = {key: _translate(value) if isinstance(value, str) else value for key, value in problem.params.items()}
    return _translate(TEMPLATES[problem.code]).format(**params)


def word(context: str, text: str) -> str:
    """A service's fixed word (``printed_log.KINDS``, ``diagnostics.LABELS``...) in the person's
    language; ``context`` is the one its ``QT_TRANSLATE_NOOP`` names."""
    return QCoreApplication.translate(context, text)
