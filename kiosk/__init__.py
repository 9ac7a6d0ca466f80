"""ATM Pencari Kerja kiosk."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("atm-pencari-kerja")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+src"
