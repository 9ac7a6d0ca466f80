"""gateway staff add USERNAME --role admin|petugas|pengantar_kerja [--name N --nip NIP] [--password-stdin] | list
| officer USERNAME --name N --nip NIP (the name and NIP stamped on the cards a pengantar kerja decides)"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from django.contrib.auth.models import Group, User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from gateway.audit import log as audit
from gateway.web import officers
from gateway.web.navigation import ROLES


class Command(BaseCommand):
    help = "Add staff accounts with a role (passwords stored as argon2id), or list them"

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add")
        add.add_argument("username")
        add.add_argument("--role", choices=ROLES, required=True)
        add.add_argument("--name", default="", help="full name (and NIP), shown in the audit log")
        add.add_argument("--nip", default="", help="NIP, 18 digits (a pengantar kerja needs name and NIP)")
        add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
        sub.add_parser("list")
        officer = sub.add_parser("officer")
        officer.add_argument("username")
        officer.add_argument("--name", required=True)
        officer.add_argument("--nip", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "list":
            for user in User.objects.order_by("username").prefetch_related("groups"):
                roles = ",".join(g.name for g in user.groups.all()) or "-"
                self.stdout.write(f"{user.username}\t{roles}\t{'active' if user.is_active else 'disabled'}")
            return
        if options["action"] == "officer":
            self._officer(options)
            return
        if options["nip"] and not officers.is_nip(options["nip"]):
            raise CommandError("--nip: 18 digits")
        if options["password_stdin"]:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Password: ")
            if getpass.getpass("Again: ") != password:
                raise CommandError("the passwords differ")
        user = User(username=options["username"], first_name=options["name"][:150])
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        with transaction.atomic():
            if User.objects.filter(username=user.username).exists():
                raise CommandError(f"{user.username} exists already")
            user.set_password(password)
            user.is_staff = options["role"] == "admin"
            user.save()
            user.groups.add(Group.objects.get(name=options["role"]))
            if options["nip"]:
                officers.set_profile(user, options["name"], options["nip"])
            audit.record(None, "staff.add", user.username, role=options["role"], by="cli")
        self.stdout.write(f"{user.username} added as {options['role']}")

    def _officer(self, options: dict[str, Any]) -> None:
        user = User.objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"{options['username']}: no such staff account")
        with transaction.atomic():
            try:
                officer = officers.set_profile(user, options["name"], options["nip"])
            except ValueError as exc:
                raise CommandError(str(exc)) from None
            audit.record(None, "staff.officer", user.username, stamp=officer.stamp(), by="cli")
        self.stdout.write(f"{user.username}: {officer.stamp()}")
