"""The IPK tables as files: XLSX laid out like the official forms, and PDF. (filled in below)"""

EXTRA = ("penempatan", "pendaftaran")
