"""The kiosk API under /api/kiosk/v1/ (the kiosk's siker.base_url ends there)."""

from django.urls import path, re_path

from gateway.api import views

app_name = "api"
urlpatterns = [
    path("registrations", views.registrations),
    path("reports", views.reports),
    path("applications", views.applications),
    path("print-log", views.print_log),
    path("vacancies", views.vacancies),
    path("job-seekers/<str:nik>", views.job_seeker),
    path("heartbeat", views.heartbeat),
    path("cards/<str:registration_no>", views.card),
    path("events", views.events),
    path("event-registrations", views.event_registrations),
    path("tickets", views.ticket_new),
    path("tickets/<str:ticket_no>", views.ticket_status),
    re_path(r"^(?P<rest>.*)$", views.not_found),
]
