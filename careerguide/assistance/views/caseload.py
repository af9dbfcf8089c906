"""The case worker's caseload and the responsibility list (BJ-23-7, BJ-26-10)."""
from django.shortcuts import render
from django.utils import timezone

from careerguide.accounts.access import require
from careerguide.accounts.roles import Role
from careerguide.privacy.masking import mask_resident_id

from ..permissions import can_view_assistance
from ..selectors.caseload import caseload, responsibility_rows
from ..states import CaseStatus


@require(can_view_assistance)
def caseload_view(request):
    """/assistance/: each person's stage, next duty and its due date; a case worker sees their own by default."""
    today = timezone.localdate()
    params = request.GET
    mine_default = "1" if request.user.has_role(Role.CASE_WORKER) and "mine" not in params else params.get("mine", "")
    rows = caseload(actor=request.user, mine=mine_default == "1", status=params.get("status", ""),
                    overdue=params.get("overdue") == "1", query=params.get("q", ""), today=today)
    for row in rows:
        row.masked_id = mask_resident_id(row.case.job_seeker.id_number)
        row.is_overdue = row.overdue(today)
    return render(request, "assistance/caseload.html", {
        "rows": rows, "today": today, "statuses": CaseStatus.choices, "params": params, "mine": mine_default == "1"})


@require(can_view_assistance)
def responsibility_view(request):
    """BJ-26-10: each case's responsible case worker and specialized service team."""
    return render(request, "assistance/responsibility.html", {"rows": responsibility_rows(actor=request.user)})
