"""Duty kinds the employer chapter schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import register_kind

KEY_REQUEST = "employers.key_enterprise_request"


def register() -> None:
    register_kind(KEY_REQUEST, _("办理重点企业诉求"))
