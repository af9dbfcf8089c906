"""Bulk export of personal data: a permission of its own, a stated purpose, one logged read per person exported
(BJ-51-2, BJ-51-3)."""
import io

import pytest
from openpyxl import load_workbook

from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.matching.tests.factories import at
from careerguide.privacy.models import PersonalDataRead

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(city, staff):
    return [register_job_seeker(staff.s11_counsellor, city.s11, full_name=name, now=at(2026, 3, 2))
            for name in ("林小青", "周明远")]


def test_a_unit_head_exports_with_a_purpose_and_each_person_read_is_logged(client, city, staff, people):
    """BJ-51-3: the district head states the purpose; the file holds the two people with masked ID numbers;
    BJ-51-2 one read row each, with the purpose, shown on the read log and its API."""
    client.force_login(staff.d1_head)
    response = client.get("/job-seekers/export.xlsx?purpose=核对季度援助名单")
    sheet = load_workbook(io.BytesIO(response.content)).active
    names = sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert names == ["周明远", "林小青"]
    assert all(people[0].id_number not in str(cell) for row in sheet.iter_rows(values_only=True) for cell in row)
    reads = PersonalDataRead.objects.order_by("subject_id")
    assert [(r.reader, r.purpose, r.reason, r.subject_id) for r in reads] == [
        (staff.d1_head, "bulk_export", "核对季度援助名单", str(p.pk)) for p in sorted(people, key=lambda p: str(p.pk))]
    assert "核对季度援助名单" in client.get("/privacy/reads/").content.decode()
    assert {r["reason"] for r in client.get("/api/privacy/reads").json()["items"]} == {"核对季度援助名单"}


def test_without_the_permission_or_a_purpose_nothing_is_exported_or_logged(client, city, staff, people):
    """BJ-51-3: a counsellor may not export in bulk; a head must state a purpose; both go back to the list with the
    reason in Chinese and no file."""
    client.force_login(staff.s11_counsellor)
    page = client.get("/job-seekers/").content.decode()
    assert 'data-testid="export-form"' not in page
    refused = client.get("/job-seekers/export.xlsx?purpose=自查", follow=True)
    assert "您的岗位无权批量导出个人信息" in refused.content.decode()
    client.force_login(staff.d1_head)
    assert 'data-testid="export-form"' in client.get("/job-seekers/").content.decode()
    blank = client.get("/job-seekers/export.xlsx?status=registered&purpose=%20", follow=True)
    assert blank.redirect_chain[-1][0].endswith("?status=registered") and "导出用途" in blank.content.decode()
    assert not PersonalDataRead.objects.exists()
