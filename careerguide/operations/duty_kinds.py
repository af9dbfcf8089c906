"""Duty kinds of operations: the periodic restore test of the backups (CQ-4.4-4)."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

KIND_RESTORE_TEST = "ops_restore_test"

KINDS = (
    DutyKind(KIND_RESTORE_TEST, _("数据库备份恢复测试"), "CQ-4.4-4"),
)
