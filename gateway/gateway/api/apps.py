from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "gateway.api"
    label = "api"
    verbose_name = "Kiosk API"
