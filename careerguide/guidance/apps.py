from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidanceConfig(AppConfig):
    name = "careerguide.guidance"
    verbose_name = _("职业指导")

    def ready(self):
        from . import audit_labels

        audit_labels.register()
