"""Expert review by anonymous vote (HN-6-6 .. HN-6-12, HN-6-24)."""
from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, policy_number, refuse, refuse_forbidden, today
from careerguide.duties.services import transition
from careerguide.organisations.selectors import city_unit

from ..error_codes import StudiosErrorCode
from ..models import Application, Ballot, BallotParticipation, PanelMember, PaperTally, Recusal
from ..permissions import is_city_hrss, is_studio_centre
from ..rules.review import (
    FAILED,
    INSUFFICIENT,
    PASSED,
    PROPOSED,
    RUN_OFF,
    Tally,
    normalise_choice,
    panel_can_open,
    rank_within_quota,
    tally_outcome,
)
from ..selectors import ballot_tally, review_application_get
from ..states import APPLICATION_TRANSITIONS
from ..states import ApplicationStatus as S


def _require_centre(actor):
    if not (is_studio_centre(actor) or is_city_hrss(actor)):
        refuse_forbidden(clause="HN-11-1")


@transaction.atomic
def panel_member_add(*, actor, round, user, affiliation: str = "", reserve_for: Application | None = None,
                     now=None) -> PanelMember:
    """HN-6-6: city_hrss forms the panel through the centre; a reserve expert may be added for one candidate."""
    _require_centre(actor)
    if PanelMember.objects.filter(round=round, user=user, reserve_for=reserve_for).exists():
        refuse(_("该专家已在评审组中。"), code=CommonErrorCode.DUPLICATE, clause="HN-6-6")
    member = PanelMember.objects.create(round=round, user=user, affiliation=affiliation, reserve_for=reserve_for)
    audit(actor=actor, obj=member, action="create", unit=city_unit(), clause="HN-6-6", now=now,
          after={"user": user.pk, "reserve_for": reserve_for.pk if reserve_for else None})
    return member


@transaction.atomic
def panel_presence_set(*, actor, member: PanelMember, present: bool, now=None) -> PanelMember:
    _require_centre(actor)
    if member.round.voting_open:
        refuse(_("表决已开始，不能变更到会情况。"), code=StudiosErrorCode.WRONG_STAGE, clause="HN-6-6")
    before = {"present": member.present}
    member.present = present
    member.save(update_fields=["present", "updated_at"])
    audit(actor=actor, obj=member, action="update", unit=city_unit(), clause="HN-6-6", before=before,
          after={"present": present}, now=now)
    return member


@transaction.atomic
def recusal_record(*, actor, member: PanelMember, application: Application, reason: str, now=None) -> Recusal:
    """HN-6-7: a member with a conflict of interest recuses from that candidate."""
    if not (_is_self(actor, member) or is_studio_centre(actor)):
        refuse_forbidden(clause="HN-6-7")
    if BallotParticipation.objects.filter(panel_member=member, application=application).exists():
        refuse(_("已投票的专家不能再回避。"), code=StudiosErrorCode.ALREADY_VOTED, clause="HN-6-7")
    row = Recusal.objects.create(panel_member=member, application=application, reason=reason.strip() or _("利益冲突"))
    audit(actor=actor, obj=row, action="create", unit=city_unit(), clause="HN-6-7",
          after={"application": application.pk}, now=now)
    return row


def _is_self(actor, member) -> bool:
    return getattr(actor, "pk", None) == member.user_id


def eligible_voters(*, application: Application):
    """Present panel members (and reserves for this candidate) who have not recused from it."""
    return (PanelMember.objects.filter(round=application.round, present=True)
            .filter(Q(reserve_for__isnull=True) | Q(reserve_for=application))
            .exclude(recusals__application=application))


@transaction.atomic
def voting_open(*, actor, round, now=None):
    """HN-6-6: voting cannot open with fewer than the minimum panel members present."""
    _require_centre(actor)
    minimum = policy_number("hn.min_panel_experts", unit=city_unit(), on=today(now))
    present = PanelMember.objects.filter(round=round, present=True, reserve_for__isnull=True).count()
    if not panel_can_open(present, minimum):
        refuse(_("到会评审专家%(p)s人，少于%(m)s人，不能开始表决。") % {"p": present, "m": minimum},
               code=StudiosErrorCode.QUORUM_NOT_MET, clause="HN-6-6")
    round.voting_open = True
    round.save(update_fields=["voting_open", "updated_at"])
    audit(actor=actor, obj=round, action="voting_open", unit=city_unit(), clause="HN-6-6", after={"present": present},
          now=now)
    return round


@transaction.atomic
def ballot_cast(*, actor, application_id: int, choice: str | None, now=None) -> None:
    """HN-6-9, HN-6-10: one anonymous ballot per member and candidate and vote round. The choice is stored
    with no link to the voter; participation is stored apart, only to stop double voting."""
    application, member = review_application_get(actor=actor, pk=application_id)
    rnd = application.round
    if not rnd.voting_open:
        refuse(_("表决尚未开始。"), code=StudiosErrorCode.WRONG_STAGE, clause="HN-6-6")
    if not eligible_voters(application=application).filter(pk=member.pk).exists():
        refuse(_("您已回避或未到会，不能对该候选单位投票。"), code=CommonErrorCode.FORBIDDEN, clause="HN-6-7")
    if BallotParticipation.objects.filter(application=application, panel_member=member, vote_round=rnd.vote_round).exists():
        refuse(_("您已对该候选单位投过票。"), code=StudiosErrorCode.ALREADY_VOTED, clause="HN-6-9")
    participation = BallotParticipation.objects.create(application=application, panel_member=member,
                                                       vote_round=rnd.vote_round)
    Ballot.objects.create(application=application, vote_round=rnd.vote_round, choice=normalise_choice(choice))
    # The audit trail records participation only, never the choice (HN-6-9).
    audit(actor=actor, obj=participation, action="ballot_cast", unit=city_unit(), clause="HN-6-9", now=now,
          after={"application": application.pk, "vote_round": rnd.vote_round})


@transaction.atomic
def paper_tally_enter(*, actor, application: Application, approve: int, disapprove: int, abstain: int,
                      now=None) -> PaperTally:
    """HN-6-9, HN-6-10: with paper ballots only the tallies are entered (blank or spoilt count as abstain)."""
    _require_centre(actor)
    if application.status != S.UNDER_REVIEW:
        refuse(_("该申报不在专家评审阶段。"), code=StudiosErrorCode.WRONG_STAGE, clause="HN-6-24")
    allowed = eligible_voters(application=application).count()
    if approve + disapprove + abstain > allowed:
        refuse(_("票数合计超过到会且未回避的专家人数（%(n)s人）。") % {"n": allowed}, code=CommonErrorCode.INVALID, clause="HN-6-9")
    row, _created = PaperTally.objects.update_or_create(
        application=application, vote_round=application.round.vote_round,
        defaults={"approve": approve, "disapprove": disapprove, "abstain": abstain})
    audit(actor=actor, obj=row, action="update", unit=city_unit(), clause="HN-6-9", now=now,
          after={"approve": approve, "disapprove": disapprove, "abstain": abstain})
    return row


@transaction.atomic
def voting_close(*, actor, round, now=None) -> dict:
    """HN-6-11, HN-6-12, HN-6-24: from the tallies, each candidate under review becomes vote_failed,
    passed_not_within_quota or proposed; a tie straddling the quota line stays under review for a run-off;
    a candidate short of ballots stays under review until reserve experts vote (HN-6-6)."""
    _require_centre(actor)
    if not round.voting_open:
        refuse(_("表决尚未开始。"), code=StudiosErrorCode.WRONG_STAGE, clause="HN-6-6")
    unit, on = city_unit(), today(now)
    minimum = policy_number("hn.min_panel_experts", unit=unit, on=on)
    fraction = tuple(policy_number("hn.pass_threshold_fraction", unit=unit, on=on))
    candidates = list(Application.objects.filter(round=round, status=S.UNDER_REVIEW))
    outcomes, approvals = {}, {}
    for app in candidates:
        counts = ballot_tally(application=app, vote_round=round.vote_round)
        verdict, reason = tally_outcome(Tally(**counts), min_ballots=minimum, fraction=fraction)
        app.vote_summary = {**counts, "vote_round": round.vote_round, "verdict": verdict, "reason": reason}
        app.save(update_fields=["vote_summary", "updated_at"])
        outcomes[app.pk] = verdict
        if verdict == PASSED:
            approvals[app.pk] = counts["approve"]
    if any(v == INSUFFICIENT for v in outcomes.values()):
        short = [a.pk for a in candidates if outcomes[a.pk] == INSUFFICIENT]
        refuse(_("部分候选单位有效票不足，须增补备选专家补投后再统计：%(ids)s。") % {"ids": short},
               code=StudiosErrorCode.QUORUM_NOT_MET, clause="HN-6-6")
    confirmed = Application.objects.filter(round=round, status__in=[S.PROPOSED, S.IN_PUBLIC_NOTICE, S.OBJECTION_REVIEW,
                                                                    S.CONFIRMED]).count()
    ranking = rank_within_quota(approvals, max(round.quota - confirmed, 0))
    result = {}
    for app in candidates:
        verdict = outcomes[app.pk]
        if verdict == FAILED:
            to = S.VOTE_FAILED
        else:
            to = {PROPOSED: S.PROPOSED, RUN_OFF: None}.get(ranking[app.pk], S.NOT_WITHIN_QUOTA)
        result[app.pk] = to or "run_off"
        if to:
            transition(obj=app, to=to, actor=actor, table=APPLICATION_TRANSITIONS, unit=app.host_unit.district,
                       clause="HN-6-12" if verdict == PASSED else "HN-6-11", milestone_field="decided_at", now=now,
                       reason=app.vote_summary.get("reason", ""))
    if "run_off" in result.values():
        round.vote_round += 1  # HN-6-12: the tied candidates vote again
    else:
        round.voting_open = False
    round.save(update_fields=["vote_round", "voting_open", "updated_at"])
    audit(actor=actor, obj=round, action="voting_close", unit=unit, clause="HN-6-12", after={"result": result}, now=now)
    return result
