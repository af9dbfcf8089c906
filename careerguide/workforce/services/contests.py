"""Contests, results and exemplar markers (SD-3-1, SD-3-3)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, require_in_jurisdiction, today
from careerguide.duties.services import transition

from ..error_codes import WorkforceErrorCode
from ..models import Contest, ContestEntry, Counsellor, ExemplarMarker
from ..states import CONTEST_TRANSITIONS, ContestStatus


@transaction.atomic
def contest_create(*, actor, unit, title: str, contest_type: str, organiser_level: str, year: int, now=None) -> Contest:
    require_in_jurisdiction(actor=actor, unit=unit)
    contest = Contest.objects.create(unit=unit, title=title, contest_type=contest_type, organiser_level=organiser_level,
                                     year=year)
    audit(actor=actor, obj=contest, unit=unit, action="create", clause="SD-3-1", now=now,
          after={"title": title, "contest_type": contest_type, "organiser_level": organiser_level, "year": year})
    return contest


@transaction.atomic
def contest_advance(*, actor, contest: Contest, to: str, now=None) -> Contest:
    """SD-3-1: planned → registration_open → submissions_closed → judging → results_published → closed."""
    transition(obj=contest, to=to, actor=actor, table=CONTEST_TRANSITIONS, unit=contest.unit, clause="SD-3-1",
               milestone_field="status_changed_at", now=now)
    return contest


@transaction.atomic
def contest_entry_add(*, actor, contest: Contest, entry_title: str, members: list[Counsellor], team_name: str = "",
                      owner_consent: bool = False, now=None) -> ContestEntry:
    if contest.status != ContestStatus.REGISTRATION_OPEN:
        refuse(_("竞赛不在报名阶段，不能报名。"), code=WorkforceErrorCode.WRONG_STAGE, clause="SD-3-1")
    if not members:
        refuse(_("请选择参赛人员。"), code=CommonErrorCode.REQUIRED, clause="SD-3-3", field="members")
    if len(members) > 1 and not team_name.strip():
        refuse(_("团队参赛须填写团队名称。"), code=CommonErrorCode.REQUIRED, clause="SD-3-3", field="team_name")
    entry = ContestEntry.objects.create(contest=contest, entry_title=entry_title, team_name=team_name,
                                        owner_consent=owner_consent)
    entry.members.set(members)
    audit(actor=actor, obj=entry, unit=contest.unit, action="create", clause="SD-3-3", now=now,
          after={"entry_title": entry_title, "members": [m.pk for m in members]})
    return entry


@transaction.atomic
def contest_result_record(*, actor, entry: ContestEntry, rank: int | None, award: str, now=None) -> ContestEntry:
    """SD-3-3: rank or award per entry, while judging; winners get an exemplar marker citing the contest."""
    contest = entry.contest
    if contest.status != ContestStatus.JUDGING:
        refuse(_("只能在评审阶段登记比赛结果。"), code=WorkforceErrorCode.WRONG_STAGE, clause="SD-3-3")
    if rank is None and not award.strip():
        refuse(_("请填写名次或奖项。"), code=CommonErrorCode.REQUIRED, clause="SD-3-3")
    entry.rank, entry.award = rank, award.strip()
    entry.save(update_fields=["rank", "award", "updated_at"])
    audit(actor=actor, obj=entry, unit=contest.unit, action="update", clause="SD-3-3", now=now,
          after={"rank": rank, "award": entry.award})
    citation = f"{contest.year}年{contest.title}{entry.award or ''}{f'第{rank}名' if rank else ''}"
    for member in entry.members.all():
        marker, created = ExemplarMarker.objects.get_or_create(
            counsellor=member, entry=entry,
            defaults={"team_name": entry.team_name, "citation": citation, "conferred_on": today(now)})
        if created:
            audit(actor=actor, obj=marker, unit=member.unit, action="create", clause="SD-3-3", now=now,
                  after={"citation": citation})
    return entry
