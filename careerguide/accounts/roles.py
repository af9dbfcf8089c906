"""Staff roles and portal identities."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserKind(models.TextChoices):
    STAFF = "staff", _("工作人员")
    JOB_SEEKER = "job_seeker", _("求职者")
    EMPLOYER_AGENT = "employer_agent", _("用人单位经办人")
    EXPERT = "expert", _("职业指导专家")


class Role(models.TextChoices):
    COUNSELLOR = "counsellor", _("职业指导人员")
    CASE_WORKER = "case_worker", _("就业援助服务专员")
    ACCOUNT_OFFICER = "account_officer", _("企业服务专员")
    ANALYST = "analyst", _("职业信息分析人员")
    COMMUNITY_ASSISTANT = "community_assistant", _("劳动保障协理员")
    UNIT_HEAD = "unit_head", _("机构负责人")
    CITY_ADMIN = "city_admin", _("市级系统管理员")


# Roles whose work needs full resident-ID and phone numbers (shown on request, each reveal audited).
ROLES_REVEALING_PERSONAL_DATA = frozenset(
    {Role.COUNSELLOR, Role.CASE_WORKER, Role.COMMUNITY_ASSISTANT, Role.UNIT_HEAD, Role.ACCOUNT_OFFICER}
)
# Roles that serve job seekers directly.
ROLES_SERVING_JOB_SEEKERS = frozenset({Role.COUNSELLOR, Role.CASE_WORKER, Role.COMMUNITY_ASSISTANT, Role.UNIT_HEAD})
# Roles that serve employers directly.
ROLES_SERVING_EMPLOYERS = frozenset({Role.ACCOUNT_OFFICER, Role.COUNSELLOR, Role.COMMUNITY_ASSISTANT, Role.UNIT_HEAD})
