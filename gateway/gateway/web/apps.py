from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "gateway.web"
    label = "web"
