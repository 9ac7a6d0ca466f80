from django.contrib.auth import views as auth_views
from django.urls import path

from gateway.web import events, legalisation, reports, tickets, views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("masuk/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("armada/", views.fleet, name="fleet"),
    path("armada/<str:kiosk_id>/", views.kiosk_detail, name="kiosk"),
    path("lowongan/", views.vacancy_list, name="vacancies"),
    path("lowongan/baru/", views.vacancy_edit, name="vacancy_new"),
    path("lowongan/<str:vacancy_id>/ubah/", views.vacancy_edit, name="vacancy_edit"),
    path("lowongan/<str:vacancy_id>/status/", views.vacancy_status, name="vacancy_status"),
    path("legalisasi/", legalisation.queue, name="queue"),
    path("legalisasi/<str:registration_no>/", legalisation.card_detail, name="card"),
    path("legalisasi/<str:registration_no>/foto.jpg", legalisation.card_photo, name="card_photo"),
    path("tiket/", tickets.board, name="tickets"),
    path("tiket/lewat-tenggat/", tickets.overdue, name="tickets_overdue"),
    path("tiket/perusahaan/", tickets.employers, name="tickets_employers"),
    path("tiket/<str:ticket_no>/", tickets.detail, name="ticket"),
    path("acara/", events.event_list, name="events"),
    path("acara/baru/", events.event_edit, name="event_new"),
    path("acara/<str:event_id>/", events.event_seats, name="event_seats"),
    path("acara/<str:event_id>/ubah/", events.event_edit, name="event_edit"),
    path("acara/<str:event_id>/hapus/", events.event_delete, name="event_delete"),
    path("acara/<str:event_id>/peserta.<str:fmt>", events.event_export_file, name="event_export"),
    path("laporan/", reports.report_page, name="reports"),
    path("laporan/loket/", reports.counter, name="counter"),
    path("laporan/<str:slug>/", reports.report_page, name="report"),
    path("laporan/<str:slug>/unduh.<str:fmt>", reports.report_file, name="report_file"),
    path("token/", views.token_list, name="tokens"),
    path("audit/", views.audit_list, name="audit"),
]
