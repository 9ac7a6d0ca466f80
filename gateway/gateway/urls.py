from django.urls import include, path, re_path
from django.views.static import serve

from gateway import settings
from gateway.web import public

urlpatterns = [
    path("api/kiosk/v1/", include("gateway.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("v/<str:registration_no>", public.verify, name="verify"),  # public: the card's QR (no login)
    # one small CSS file; nginx serves /static/ itself in production (docs/gateway.md)
    re_path(r"^static/(?P<path>.*)$", serve, {"document_root": settings.PACKAGE_DIR / "web" / "static"}),
    path("", include("gateway.web.urls")),
]


def handler404(request, exception=None):
    """JSON for kiosk API paths, the staff page otherwise."""
    from django.views.defaults import page_not_found

    from gateway.api.responses import error

    if request.path.startswith("/api/"):
        return error(404, "endpoint tidak dikenal")
    return page_not_found(request, exception)
