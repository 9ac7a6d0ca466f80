"""Every staff page names the roles that may open it; anyone else gets 403."""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from gateway.web.navigation import roles_of

View = Callable[..., HttpResponse]


def role_required(*roles: str) -> Callable[[View], View]:
    def wrap(view: View) -> View:
        @login_required
        @functools.wraps(view)
        def checked(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
            if not roles_of(request.user).intersection(roles):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        checked.roles = roles  # type: ignore[attr-defined]  # read by the test that every page has a role
        return checked

    return wrap
