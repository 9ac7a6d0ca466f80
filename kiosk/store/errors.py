"""Store errors, importable without sqlite-utils (the CLI catches them before anything else loads)."""


class SchemaTooNew(RuntimeError):
    """The database was written by a newer kiosk version than this one."""
