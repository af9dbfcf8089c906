"""Exit: deregistration and revocation by city_hrss document, plaque removal (HN-11-7 .. HN-11-20)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.services import audit, refuse, refuse_forbidden, require_text, today
from careerguide.duties.services import duties_cancel_for_subject, duties_fulfil_for_subject, transition

from ..duty_kinds import ANNUAL_ASSESSMENT_KIND, CONTINUATION_DECISION_KIND, TERM_EVALUATION_KIND, WORK_PLAN_KIND
from ..error_codes import StudiosErrorCode
from ..models import ExitDecision, Studio
from ..permissions import is_city_hrss
from ..rules.base import RULESET
from ..rules.operation import N2, exit_ground_check, exit_registration
from ..selectors import master_absence
from ..states import REGISTRATION_TRANSITIONS


@transaction.atomic
def studio_exit(*, actor, studio: Studio, ground: str, document_number: str, document_date: dt.date, reason: str,
                evidence: str = "", lost_legal_person=False, stopped_functions=False, unfit_to_continue=False,
                host_applied=False, serious=False, now=None) -> ExitDecision:
    """HN-11-7, HN-11-20, HN-3-3: only city_hrss, by document; natural exit → deregistered, forced → revoked.
    Grounds: N1 both facts (HN-11-8); N2 only once the lead-master absence is flagged and the studio judged unfit
    (HN-11-10); N3 the host
    unit's application (HN-11-13); F1 a failed rectification (HN-11-14); F2/F3 serious, on evidence
    (HN-11-15, HN-11-16)."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    require_text(document_number, field="document_number", label=_("文号"), clause="HN-11-7")
    require_text(reason, field="reason", label=_("理由"), clause="HN-11-7")
    failed = studio.rectifications.filter(passed=False).exists()
    ok, why = exit_ground_check(ground, lost_legal_person=lost_legal_person, stopped_functions=stopped_functions,
                                absence_flagged=_absence_flagged(studio, now), unfit_to_continue=unfit_to_continue,
                                host_applied=host_applied,
                                rectification_failed=failed, serious=serious, evidence=evidence)
    if not ok:
        refuse(why, code=StudiosErrorCode.GROUND_NOT_MET,
               clause={"n1_legal_person_ended": "HN-11-8", "n2_master_absent": "HN-11-10", "n3_voluntary": "HN-11-13",
                            "f1_rectification_failed": "HN-11-14", "f2_falsification": "HN-11-15",
                            "f3_fund_misuse": "HN-11-16"}.get(ground, "HN-11-20"))
    to = exit_registration(ground)
    decision = ExitDecision.objects.create(studio=studio, ground=ground, registration=to,
                                           document_number=document_number,
                                           document_date=document_date, reason=reason, evidence=evidence, ruleset=RULESET)
    studio.ended_on = document_date
    studio.save(update_fields=["ended_on", "updated_at"])
    transition(obj=studio, to=to, actor=actor, table=REGISTRATION_TRANSITIONS, unit=studio.host_unit.district,
               clause="HN-11-20", field="registration", reason=reason, now=now)
    audit(actor=actor, obj=decision, action="create", unit=studio.host_unit.district, clause="HN-11-7", now=now,
          after={"ground": ground, "registration": to, "document": document_number, "ruleset": RULESET})
    for kind in (WORK_PLAN_KIND, ANNUAL_ASSESSMENT_KIND, TERM_EVALUATION_KIND):
        duties_cancel_for_subject(actor=actor, subject=studio, kind=kind, reason=_("工作室已注（撤）销。"), now=now)
    if ground == N2:  # city HRSS has decided the studio is unfit to continue (HN-11-10)
        duties_fulfil_for_subject(actor=actor, subject=studio, kind=CONTINUATION_DECISION_KIND, on=today(now), now=now)
    duties_cancel_for_subject(actor=actor, subject=studio, kind=CONTINUATION_DECISION_KIND,
                              reason=_("工作室已注（撤）销。"), now=now)
    return decision


def _absence_flagged(studio, now) -> bool:
    absence = master_absence(studio=studio, on=today(now))
    return bool(absence and absence["flagged"])


@transaction.atomic
def plaque_remove(*, actor, studio: Studio, removed_on: dt.date, now=None) -> int:
    """HN-11-7, HN-11-17, HN-11-20: removal of the plaque is recorded after deregistration or revocation."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    if studio.registration == "active":
        refuse(_("工作室注（撤）销后方可摘牌。"), code=StudiosErrorCode.WRONG_STAGE, clause="HN-11-20")
    plaques = list(studio.plaques.filter(removed_on__isnull=True))
    for plaque in plaques:
        plaque.removed_on = removed_on
        plaque.save(update_fields=["removed_on", "updated_at"])
        audit(actor=actor, obj=plaque, action="remove", unit=studio.host_unit.district, clause="HN-11-7",
              after={"removed_on": removed_on},
              now=now)
    return len(plaques)
