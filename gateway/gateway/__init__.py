"""The office gateway of ATM Pencari Kerja: the kiosk API and the staff pages."""

__version__ = "0.1.0"
