"""The key-task ledger on its page (SD-S-1): a task is assigned to a responsible unit and person with a due date,
owed by that person as a duty, and closed on the page; a task number outside 1-21 is refused and nothing saved."""
import pytest

from careerguide.duties.models import Duty
from careerguide.workforce.models import KeyTaskAssignment

pytestmark = pytest.mark.django_db


def test_key_task_assigned_and_closed_on_the_page(client, city, staff):
    """SD-S-1: the responsible person owes the task as a duty until its progress is recorded as done."""
    client.force_login(staff.d1_head)
    task = {"task": "22", "responsible_unit": city.d1.pk, "responsible_person": staff.d1_counsellor.pk,
            "due_date": "2026-12-31"}
    page = client.post("/workforce/safeguards/do/task/", task).content.decode()
    assert "未保存任何信息" in page and not KeyTaskAssignment.objects.exists()
    client.post("/workforce/safeguards/do/task/", {**task, "task": "13", "note": "建设高校职业指导机构"})
    row = KeyTaskAssignment.objects.get()
    duty = Duty.objects.get(kind="workforce.key_task")
    assert (duty.assignee, duty.due_date.isoformat(), duty.status) == (staff.d1_counsellor, "2026-12-31", "open")
    client.post("/workforce/safeguards/do/progress/", {"assignment": row.pk, "status": "done"})
    duty.refresh_from_db()
    assert duty.status == "done"
