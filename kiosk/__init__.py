"""ATM Pencari Kerja kiosk."""

# The single source of the version (pyproject reads it); no importlib.metadata at start-up,
# which alone costs ~40 ms of the first-paint budget.
__version__ = "0.1.0"
