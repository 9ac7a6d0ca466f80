"""What the job seeker has entered so far. It lives only for the session and is wiped
(every field reset, the photo dropped) when the session ends or goes idle."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from kiosk.core import education
from kiosk.core.address import ADDRESS_PARTS, address_line
from kiosk.core.identity import Identity
from kiosk.core.states import IdentitySource, RegistrationKind
from kiosk.logging_setup import PersonalData

__all__ = ["ADDRESS_PARTS", "RegistrationDraft", "address_line"]  # printing still imports address_line from here

EDUCATION_LEVELS = education.SCHOOL_LEVELS  # education[].level
HIGHEST_EDUCATION = education.LEVELS  # the contract's education_level
DISABILITIES = ("fisik", "netra", "rungu", "wicara", "intelektual", "mental", "lainnya")
RELIGIONS = ("islam", "kristen", "katolik", "hindu", "buddha", "konghucu", "lainnya")
MARITAL = ("belum_kawin", "kawin", "cerai_hidup", "cerai_mati")


def _address() -> dict[str, str]:
    return dict.fromkeys(ADDRESS_PARTS, "")


@dataclass
class RegistrationDraft:
    kind: RegistrationKind = RegistrationKind.NEW
    previous_client_id: str | None = None
    identity_source: IdentitySource = IdentitySource.MANUAL
    card_uid: str | None = None
    nik: str = ""
    name: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    sex: str | None = None  # L | P
    marital_status: str | None = None
    religion: str | None = None
    address: dict[str, str] = field(default_factory=_address)
    phone: str = ""
    email: str | None = None
    education: list[dict[str, Any]] = field(default_factory=list)
    skills: list[dict[str, Any]] = field(default_factory=list)
    experience: list[dict[str, Any]] = field(default_factory=list)
    preferences: dict[str, Any] = field(default_factory=lambda: {"positions": [], "locations": [], "min_wage": 0})
    education_level: str | None = None  # one of HIGHEST_EDUCATION
    occupation_code: str | None = None  # KBJI 2026 jabatan or subgolongan; None for "lainnya" (its words: positions[0])
    # None: not answered, or the person preferred not to answer (both are sent as []); [] : no disability
    disability: list[str] | None = None
    photo_jpeg: bytes | None = None
    consent_at: str | None = None

    @property
    def locked_identity(self) -> bool:
        """Fields read from the e-KTP cannot be edited."""
        return self.identity_source == IdentitySource.EKTP

    def take_identity(self, identity: Identity) -> None:
        """Start from who the e-KTP (or the typed NIK) says this is; its names join the log's redaction."""
        self.identity_source = identity.source
        self.card_uid = identity.card_uid
        self.nik = identity.nik
        self.name = identity.name or ""
        self.birth_place = identity.birth_place or ""
        self.birth_date = identity.birth_date
        self.sex = identity.sex
        self.religion = identity.religion
        self.marital_status = identity.marital_status
        self.address.update({k: v for k, v in identity.address.items() if v})
        self.remember_for_redaction()

    def remember_for_redaction(self) -> None:
        PersonalData.remember(self.name, self.birth_place, self.address.get("street"))

    def wipe(self) -> None:
        fresh = RegistrationDraft()
        for f in fields(self):
            setattr(self, f.name, getattr(fresh, f.name))

    def body(self) -> dict[str, Any]:
        """The contract's registration fields that come from the job seeker."""
        return {
            "identity_source": self.identity_source,
            "card_uid": self.card_uid,
            "nik": self.nik,
            "name": self.name,
            "birth_place": self.birth_place,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex,
            "marital_status": self.marital_status,
            "religion": self.religion,
            "address": dict(self.address),
            "phone": self.phone,
            "email": self.email,
            "education": [dict(e) for e in self.education],
            "skills": [dict(s) for s in self.skills],
            "experience": [dict(x) for x in self.experience],
            "preferences": {
                "positions": list(self.preferences.get("positions", [])),
                "locations": list(self.preferences.get("locations", [])),
                "min_wage": int(self.preferences.get("min_wage") or 0),
            },
            "consent_at": self.consent_at,
            # the contract's v1 optional fields (an absent education_level: the server takes education[]'s highest)
            **({"education_level": self.education_level} if self.education_level else {}),
            "occupation_code": self.occupation_code,
            "disability": list(self.disability or []),
        }
