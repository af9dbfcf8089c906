from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssistanceConfig(AppConfig):
    name = "careerguide.assistance"
    verbose_name = _("就业援助")

    def ready(self):
        from . import audit_labels
        from .ledger_sections import register

        audit_labels.register()
        register()
