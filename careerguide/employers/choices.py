"""Choices of the employer records that pages, forms and the API show (statuses are in `states.py`)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class LicenceType(models.TextChoices):
    BUSINESS_LICENCE = "business_licence", _("工商营业执照")
    USCC_CERTIFICATE = "uscc_certificate", _("统一社会信用代码证书")


class DataSource(models.TextChoices):
    SHARED_DATA = "shared_data", _("信息资源共享核验")
    ORIGINAL_DOCUMENT = "original_document", _("原件核验")


class AgentIdType(models.TextChoices):
    RESIDENT_ID = "resident_id", _("居民身份证")


class CatalogueMeasure(models.TextChoices):
    PROHIBITED = "prohibited", _("禁止")
    RESTRICTED = "restricted", _("限制")


class NoRenewalRoute(models.TextChoices):
    NONE = "", _("—")
    NO_RENEWAL = "no_renewal", _("履行至期满后不再续订")


class TeamRole(models.TextChoices):
    ACCOUNT_OFFICER = "account_officer", _("企业服务专员（核心）")
    INFO_ANALYST = "info_analyst", _("职业信息分析")
    EMPLOYMENT_SERVICE = "employment_service", _("劳动就业服务")
    TALENT_SERVICE = "talent_service", _("人才服务")


class EnterpriseSize(models.TextChoices):
    LARGE = "large", _("大型")
    MEDIUM = "medium", _("中型")
    SMALL = "small", _("小型")
    MICRO = "micro", _("微型")


class RequestCategory(models.TextChoices):
    RECRUITMENT = "recruitment", _("招聘用工")
    POLICY = "policy", _("政策咨询")
    TRAINING = "training", _("职业培训")
    OTHER = "other", _("其他")
