"""The enums of kiosk.core.states are the very strings the schema allows."""

from __future__ import annotations

import re

import pytest

from kiosk.core.states import IdentitySource, OutboxState, PhotoStatus, PrintState, RegistrationKind, ReportStatus

CHECKED = [
    ("registrations", "kind", RegistrationKind),
    ("registrations", "identity_source", IdentitySource),
    ("registrations", "photo_status", PhotoStatus),
    ("reports", "status", ReportStatus),
    ("print_jobs", "state", PrintState),
    ("outbox", "state", OutboxState),
]


@pytest.mark.parametrize(("table", "column", "enum"), CHECKED, ids=lambda v: getattr(v, "__name__", v))
def test_enum_values_are_what_the_schema_checks(store, table, column, enum):
    sql = store.one("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))["sql"]
    found = re.search(rf"CHECK \({column} IN \(([^)]*)\)\)", sql)
    assert found, f"{table}.{column} has no CHECK constraint"
    allowed = {value.strip().strip("'") for value in found.group(1).split(",")}
    assert allowed == {member.value for member in enum}


def test_a_stored_value_reads_back_as_its_member():
    assert PrintState("printed") is PrintState.PRINTED
    assert f"{OutboxState.FAILED_PERMANENT}" == "failed_permanent"  # written to SQLite as its value
