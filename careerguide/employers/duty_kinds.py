"""Duty kinds the employer chapter schedules, each with the page where it is done."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .links import agreement_page, requests_page

KEY_REQUEST = "employers.key_enterprise_request"
QUARTER_KIND = "employers.quarterly_contact"
FOLLOW_UP_GUIDANCE = "employers.follow_up_guidance"
FOLLOW_UP_RECOMMENDATION = "employers.follow_up_recommendation"
FOLLOW_UP_RECRUITMENT = "employers.follow_up_recruitment"
TRANSFER_NEW_AGREEMENT = "employers.transfer_new_agreement"

KINDS = (
    DutyKind(KEY_REQUEST, _("办理重点企业诉求"), "BJ-48-3", link=requests_page),
    DutyKind(QUARTER_KIND, _("重点企业每季度至少联系一次"), "BJ-48-5", link=agreement_page),
    DutyKind(FOLLOW_UP_GUIDANCE, _("重点企业用人指导后跟踪回访"), "BJ-49-1", link=agreement_page),
    DutyKind(FOLLOW_UP_RECOMMENDATION, _("重点企业匹配推荐后了解面试洽谈情况"), "BJ-49-2", link=agreement_page),
    DutyKind(FOLLOW_UP_RECRUITMENT, _("重点企业招聘完成后了解上岗情况"), "BJ-49-3", link=agreement_page),
    DutyKind(TRANSFER_NEW_AGREEMENT, _("服务关系划转后签订新的日常服务协议"), "BJ-45-3", link=agreement_page),
)
