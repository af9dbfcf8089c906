from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "careerguide.privacy"
    verbose_name = _("个人信息保护")

    def ready(self):
        from . import audit_labels

        audit_labels.register()
