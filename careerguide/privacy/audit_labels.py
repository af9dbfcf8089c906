"""Names for the audit timeline of the actions and items this app writes (BJ-51-2, BJ-51-3, PIPL art. 44–46)."""
from django.utils.translation import gettext_lazy as _

from careerguide.audit.labels import audit_labels_register


def register() -> None:
    audit_labels_register(
        actions={"read_log_export": _("导出个人信息查阅记录"), "subject_request_submit": _("提交个人信息查阅/更正申请"),
                 "subject_request_answer": _("答复个人信息查阅/更正申请"), "subject_correction": _("依本人申请更正个人信息"),
                 "read_log_purge": _("清理过期查阅记录")},
        items={"rows": _("条数"), "filters": _("筛选条件"), "request": _("申请"), "cutoff": _("截止时间"),
               "deleted": _("删除条数"), "retention_days": _("保存天数")})
