"""One process-wide adjustment to PySide6, made before the kiosk imports anything else.

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``. As a side
effect it reads the whole source of every module imported after it (``inspect.getsource``,
to see whether the text mentions PySide6) and ``linecache`` keeps those lines for the life of
the process: measured here, 18 MiB held on the welcome screen (11 % of the kiosk's memory)
and ~150 ms of start-up spent reading files. The kiosk uses no ``__feature__``, so every
module imported later is left out of feature switching, as PySide already does for any
module without a source file (compiled extensions, frozen modules).
"""

from __future__ import annotations

import sys
from types import ModuleType


def _no_feature_use(_module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Stop the per-import source scan; False if this PySide6 has no such scan."""
    import PySide6.QtCore  # noqa: F401 - installs the import hook this adjusts

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return False
    setattr(feature, "_mod_uses_pyside", _no_feature_use)  # noqa: B010  # a private hook the stubs do not list
    return True
