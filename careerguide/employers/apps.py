from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmployersConfig(AppConfig):
    name = "careerguide.employers"
    verbose_name = _("用人单位服务")

    def ready(self):
        from . import archive_subject, audit_labels, guidance_subject

        audit_labels.register()
        guidance_subject.register()
        archive_subject.register()
