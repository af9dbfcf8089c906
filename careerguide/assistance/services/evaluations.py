"""The team's evaluations: the readiness and classification assessments (configurable versioned instruments,
BJ-26-4) and the effect of the measures (BJ-25-2); the post-programme readiness assessment (BJ-27-3)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit
from careerguide.duties.services import duties_fulfil_for_subject
from careerguide.job_seekers.services.readiness import readiness_assess

from .. import duty_kinds
from ..choices import BarrierCause, EvaluationKind
from ..models import CaseEvaluation
from ..states import CaseStatus
from .archive import needs_archive_record
from .case_ledger import case_ledger_add
from .cases import case_move
from .followups import not_future, require_agreement


def _checks(*, case, kind, evaluated_on, result, causes, instrument, instrument_version, programme, now) -> None:
    errors = {}
    if kind not in EvaluationKind.values:
        errors["kind"] = [_("请选择评估类型。")]
    if kind in (EvaluationKind.READINESS, EvaluationKind.CLASSIFICATION) and instrument is None \
            and not (instrument_version or "").strip():
        errors["instrument_version"] = [_("请选择测评工具或填写所用工具及版本。")]
    if not (result or "").strip():
        errors["result"] = [_("请填写评估结果。")]
    if any(c not in BarrierCause.values for c in causes):
        errors["causes"] = [_("请选择有效的障碍原因。")]
    if programme is not None and (programme.case_id != case.pk or programme.ended_on is None):
        errors["programme"] = [_("只能评估本个案已结束的培训、见习项目。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-26-4", code=CommonErrorCode.INVALID)
    not_future(on=evaluated_on, now=now, field="evaluated_on")
    if case.status != CaseStatus.WELFARE_PLACED:
        require_agreement(case=case, clause="BJ-25-2")


@transaction.atomic
def case_evaluate(*, actor, case, kind: str, evaluated_on: dt.date, result: str, causes=(), job_ready=None,
                  readiness_ready=None, instrument=None, instrument_version: str = "", start_lead_days: int | None = None,
                  advice: str = "", programme=None, now=None) -> CaseEvaluation:
    """One dated evaluation in the ledger.  With the days the person needs before starting, the job-readiness
    test of BJ-15-1 is run too, so matching and consultation read the same readiness.  The first readiness or
    classification assessment moves the case to assessed (BJ-23-7); one after a programme meets its duty."""
    causes = list(causes or [])
    _checks(case=case, kind=kind, evaluated_on=evaluated_on, result=result, causes=causes, instrument=instrument,
            instrument_version=instrument_version, programme=programme, now=now)
    if start_lead_days is not None:
        assessment = readiness_assess(actor=actor, job_seeker=case.job_seeker, start_lead_days=start_lead_days,
                                      basis=result, advice=advice,
                                      assessed_on=evaluated_on, unit=case.unit, now=now)
        job_ready = assessment.job_ready
    row = CaseEvaluation.objects.create(
        case=case, kind=kind, evaluated_on=evaluated_on, instrument=instrument,
        instrument_version=(str(instrument) if instrument else instrument_version.strip()), job_ready=job_ready,
        readiness_ready=readiness_ready, causes=causes, result=result.strip(), programme=programme, unit=case.unit,
        staff=actor)
    audit(actor=actor, obj=row, unit=case.unit, action="create", clause="BJ-26-4", now=now,
          after={"kind": kind, "version": row.instrument_version, "job_ready": job_ready})
    case_ledger_add(actor=actor, case=case, section="guidance", service_type="assistance_evaluation",
                    occurred_on=evaluated_on, clause="BJ-25-2", outcome=row.result[:200], content={"evaluation": row.pk},
                    summary=_("%(k)s%(v)s") % {"k": row.get_kind_display(),
                                               "v": f"（{row.instrument_version}）" if row.instrument_version else ""},
                    now=now)
    needs_archive_record(actor=actor, job_seeker=case.job_seeker, unit=case.unit, on=evaluated_on, source="evaluation",
                         content={"causes": causes, "job_ready": job_ready, "readiness_ready": readiness_ready}, now=now)
    if kind != EvaluationKind.MEASURE_EFFECT and case.status == CaseStatus.AGREEMENT_SIGNED:
        case_move(case=case, to=CaseStatus.ASSESSED, actor=actor, clause="BJ-26-4", now=now)
    if programme is not None:  # BJ-27-3
        duties_fulfil_for_subject(actor=actor, subject=programme, kind=duty_kinds.PROGRAMME_READINESS, on=evaluated_on,
                                  now=now)
    return row
