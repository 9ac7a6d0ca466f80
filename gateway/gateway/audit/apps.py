from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "gateway.audit"
    label = "audit"
