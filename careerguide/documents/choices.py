"""Choices of e-archive items, their uses and integrity records (BJ-9-2, BJ-9-3)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ItemSource(models.TextChoices):
    UPLOADED = "uploaded", _("上传")
    GENERATED = "generated", _("系统生成")


class UseAction(models.TextChoices):
    BROWSE = "browse", _("查阅档案目录")
    VIEW = "view", _("查看")
    DOWNLOAD = "download", _("下载")
    GENERATE = "generate", _("生成并导出")


class CreditType(models.TextChoices):
    """The text defines no credit events (BJ-9-3); a neutral, configurable-by-code list."""
    COMMENDABLE = "commendable", _("守信记录")
    ADVERSE = "adverse", _("失信记录")
    OTHER = "other", _("其他诚信记录")


class RetentionDecision(models.TextChoices):
    """BJ-9-2: the appraisal of an item past its keep-until date."""
    RETAIN = "retain", _("继续保管")
    DISPOSE = "dispose", _("销毁")
