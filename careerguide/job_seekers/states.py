"""Job-seeker statuses and service episodes (BJ-16-3, BJ-13-8, BJ-13-9)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class JobSeekerStatus(models.TextChoices):
    COLLECTED = "collected", _("已采集信息")
    REGISTERED = "registered", _("已求职登记")
    IN_SERVICE = "in_service", _("服务中")
    EMPLOYED = "employed", _("已就业")
    ARCHIVED = "archived", _("已归档")
    STOPPED_NO_CONTACT = "stopped_no_contact", _("超过6个月未联系，已停止服务")
    ROUTED_TO_ASSISTANCE = "routed_to_assistance", _("已转入就业援助")
    SERVICES_STOPPED = "services_stopped", _("已反馈就失业登记管理部门，停止服务")


S = JobSeekerStatus
#: BJ-16-3. A new job-seeking registration re-opens service after a stop or archiving (BJ-13-9, open question 33).
#: services_stopped: the outreach stop rules (BJ-21-4, BJ-21-5) or a termination for unwillingness (BJ-29-1).
#: Under assistance a job lost returns the person to assistance (BJ-27-9); a closed case archives (BJ-31-1).
JOB_SEEKER_TRANSITIONS = {
    S.COLLECTED: {S.REGISTERED, S.SERVICES_STOPPED},
    S.REGISTERED: {S.IN_SERVICE, S.EMPLOYED, S.STOPPED_NO_CONTACT, S.ROUTED_TO_ASSISTANCE, S.SERVICES_STOPPED},
    S.IN_SERVICE: {S.EMPLOYED, S.STOPPED_NO_CONTACT, S.ROUTED_TO_ASSISTANCE, S.SERVICES_STOPPED},
    S.EMPLOYED: {S.ARCHIVED, S.IN_SERVICE, S.ROUTED_TO_ASSISTANCE},
    S.ARCHIVED: {S.REGISTERED},
    S.STOPPED_NO_CONTACT: {S.REGISTERED},
    S.ROUTED_TO_ASSISTANCE: {S.EMPLOYED, S.STOPPED_NO_CONTACT, S.SERVICES_STOPPED, S.ARCHIVED},
    S.SERVICES_STOPPED: {S.REGISTERED},
}

#: Statuses in which no new service may be recorded until a new registration (BJ-13-8, BJ-21-4, BJ-29-1).
BLOCKED_STATUSES = frozenset({S.STOPPED_NO_CONTACT, S.SERVICES_STOPPED})
#: Statuses that count as "did job-seeking registration" for routing (BJ-13-1).
REGISTERED_STATUSES = frozenset({S.REGISTERED, S.IN_SERVICE, S.EMPLOYED, S.ROUTED_TO_ASSISTANCE})
#: Statuses the no-contact scan looks at (BJ-13-5).
ACTIVE_STATUSES = frozenset({S.COLLECTED, S.REGISTERED, S.IN_SERVICE, S.ROUTED_TO_ASSISTANCE})


class EpisodeStatus(models.TextChoices):
    OPEN = "open", _("服务中")
    STOPPED = "stopped", _("已停止服务")
    CLOSED = "closed", _("已结束")


EPISODE_TRANSITIONS = {
    EpisodeStatus.OPEN: {EpisodeStatus.STOPPED, EpisodeStatus.CLOSED},
    EpisodeStatus.STOPPED: set(),
    EpisodeStatus.CLOSED: set(),
}


class CertificationStatus(models.TextChoices):
    CERTIFIED = "certified", _("认定为就业困难人员")
    EXITED = "exited", _("退出就业困难人员认定")
