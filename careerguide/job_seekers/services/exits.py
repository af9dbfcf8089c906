"""Leaving active service: archiving the job-seeking information, or stopping services after a report to the
registration authority (BJ-16-2, BJ-21-4, BJ-21-5, BJ-29-1, BJ-31-1).

Either way the person leaves active matching (every open recommendation is closed as withdrawn) and the current
service episode ends; the ledger and the e-archive stay.  A new job-seeking registration opens a new episode
(BJ-13-9, open question 33).
"""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.services import now_or, today
from careerguide.duties.services import transition
from careerguide.matching.services.outcome_core import recommendations_close_for_job_seeker

from ..models import JobSeeker
from ..selectors import current_episode
from ..states import EPISODE_TRANSITIONS, EpisodeStatus, JobSeekerStatus
from .ledger import job_seeker_set_status, personal_entry_add


def _episode_end(*, actor, job_seeker, to: str, reason: str, clause: str, now) -> object:
    episode = current_episode(job_seeker=job_seeker)
    if episode is not None and episode.status == EpisodeStatus.OPEN:
        episode.ended_at, episode.end_reason = now, reason
        episode.save(update_fields=["ended_at", "end_reason", "updated_at"])
        transition(obj=episode, to=to, actor=actor, table=EPISODE_TRANSITIONS, unit=job_seeker.unit, clause=clause,
                   reason=reason, now=now)
    return episode


@transaction.atomic
def job_seeker_archive(*, actor, job_seeker: JobSeeker, unit=None, reason: str, clause: str = "BJ-16-2",
                       keep=None, now=None) -> JobSeeker:
    """Archive the job-seeking information of an employed person (BJ-16-2, BJ-31-1)."""
    now = now_or(now)
    unit = unit or job_seeker.unit
    closed = recommendations_close_for_job_seeker(actor=actor, job_seeker=job_seeker, keep=keep, unit=unit,
                                                  reason=_("求职者已实现就业，求职信息已归档。"), now=now)
    episode = _episode_end(actor=actor, job_seeker=job_seeker, to=EpisodeStatus.CLOSED, reason="employed",
                           clause=clause, now=now)
    job_seeker_set_status(actor=actor, job_seeker=job_seeker, to=JobSeekerStatus.ARCHIVED, clause=clause,
                          reason=reason, now=now)
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="matching", service_type="archived",
                       occurred_on=today(now), summary=_("求职信息整理归档，不再参与匹配推荐"),
                       outcome=_("关闭未反馈的推荐%(n)s条") % {"n": closed},
                       content={"closed_recommendations": closed, "episode": getattr(episode, "number", None),
                                "contact": False}, clause=clause, check_serviceable=False, now=now)
    return job_seeker


@transaction.atomic
def job_seeker_services_stop(*, actor, job_seeker: JobSeeker, reason: str, clause: str, now=None) -> JobSeeker:
    """Services stop after the report to the registration authority (BJ-21-4, BJ-21-5, BJ-29-1); the information
    is archived out of active matching (BJ-31-1)."""
    now = now_or(now)
    recommendations_close_for_job_seeker(actor=actor, job_seeker=job_seeker, keep=None, unit=job_seeker.unit,
                                         reason=_("已停止提供相关公共就业服务。"), now=now)
    _episode_end(actor=actor, job_seeker=job_seeker, to=EpisodeStatus.STOPPED, reason=clause, clause=clause, now=now)
    job_seeker_set_status(actor=actor, job_seeker=job_seeker, to=JobSeekerStatus.SERVICES_STOPPED, clause=clause,
                          reason=reason, now=now)
    return job_seeker
