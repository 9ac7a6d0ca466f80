"""Staff pages (filled in below the API work)."""

from django.http import HttpRequest, HttpResponse


def _todo(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    return HttpResponse("belum", status=501)


home = fleet = kiosk_detail = vacancy_list = vacancy_edit = vacancy_status = token_list = audit_list = _todo
