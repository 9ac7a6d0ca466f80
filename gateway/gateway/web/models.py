"""The pengantar kerja's name and NIP, stamped on every card they decide."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Officer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="officer")
    name = models.CharField(max_length=150)
    nip = models.CharField(max_length=18)  # 18 digits, checked by web.officers.is_nip

    def stamp(self) -> str:
        """As GET /cards' ``officer`` reads: ``Sri Wahyuni, NIP 198703122010012003``."""
        return f"{self.name}, NIP {self.nip}"
