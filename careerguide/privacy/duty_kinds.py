"""Duty kinds of personal-information protection."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .links import request_page

SUBJECT_REQUEST_ANSWER = "bj_subject_request_answer"

KINDS = (
    DutyKind(SUBJECT_REQUEST_ANSWER, _("答复本人查阅/更正个人信息申请"), "BJ-51-2",
             link=request_page),
)
