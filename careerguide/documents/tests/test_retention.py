"""Items past their keep-until date are flagged, appraised and either kept or disposed of with an audited record;
nothing is deleted silently (BJ-9-2)."""
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.documents.models import ArchiveDisposal, ArchiveItem, RetentionReview
from careerguide.documents.selectors import retention_due_items
from careerguide.documents.services.credit import credit_record_enter
from careerguide.documents.services.items import archive_item_archive, archive_item_upload
from careerguide.documents.services.retention import (
    archive_item_dispose,
    retention_review_record,
    retention_reviews_schedule,
)
from careerguide.duties.models import Duty
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.workdays.selectors import work_calendar

from .helpers import pdf_upload

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 3, 5, 9, tzinfo=TZ)
TODAY = NOW.date()


def filed(staff, seeker, title, *, archived_on, retention="5y"):
    item = archive_item_upload(actor=staff.s11_counsellor, subject=seeker, upload=pdf_upload(f"{title}.pdf"),
                               category="P01", title=title, document_date=dt.date(2015, 1, 5), now=NOW)
    return archive_item_archive(actor=staff.s11_counsellor, item=item, retention=retention, archived_on=archived_on,
                                now=NOW)


@pytest.fixture
def items(city, staff):
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, full_name="档案对象")
    return {
        "expired": filed(staff, seeker, "2016年求职登记表", archived_on=dt.date(2016, 3, 2)),   # kept to 2021-03-02
        "last_day": filed(staff, seeker, "2021年求职登记表", archived_on=dt.date(2021, 3, 5)),  # kept to 2026-03-05
        "permanent": filed(staff, seeker, "认定材料", archived_on=dt.date(2016, 3, 2), retention="permanent"),
        "seeker": seeker,
    }


@pytest.fixture
def head(city):
    return make_user("s11-head", city.s11, [Role.UNIT_HEAD], full_name="一街道负责人")


def test_only_items_past_their_keep_until_date_are_flagged_and_each_gets_one_appraisal_duty(city, staff, items):
    """BJ-9-2: kept "to" 5 March means due on 6 March, never on the day; a permanent item is never due; the
    holding unit owes the appraisal within 20 working days (proposed); the daily job adds no second duty."""
    assert [i.pk for i in retention_due_items(actor=staff.s11_counsellor, today=TODAY)] == [items["expired"].pk]
    assert [i.pk for i in retention_due_items(actor=staff.s11_counsellor, today=TODAY + dt.timedelta(days=1))] == [
        items["expired"].pk, items["last_day"].pk]
    assert list(retention_due_items(actor=staff.d2_counsellor, today=TODAY)) == []
    assert retention_reviews_schedule(calendar=work_calendar(), now=NOW) == 1
    assert retention_reviews_schedule(calendar=work_calendar(), now=NOW) == 0
    duty = Duty.objects.get(kind="documents.retention_review")
    assert (duty.unit, duty.due_date, duty.clause, duty.subject_id) == (city.s11, dt.date(2026, 4, 2), "BJ-9-2",
                                                                        str(items["expired"].pk))


def test_appraisal_keeps_an_item_to_a_new_date_and_refusals_save_nothing(city, staff, items):
    """BJ-9-2: an item not yet due is not appraised; keeping needs a later date; the kept item leaves the list."""
    with pytest.raises(DomainError) as exc:
        retention_review_record(actor=staff.s11_counsellor, item=items["last_day"], decision="dispose", reason="x",
                                now=NOW)
    assert exc.value.code == "not_due"
    with pytest.raises(DomainError) as exc:
        retention_review_record(actor=staff.s11_counsellor, item=items["expired"], decision="retain", reason=" ",
                                new_retain_until=TODAY, now=NOW)
    assert set(exc.value.field_errors) == {"reason", "new_retain_until"}
    assert not RetentionReview.objects.exists()
    retention_reviews_schedule(calendar=work_calendar(), now=NOW)
    retention_review_record(actor=staff.s11_counsellor, item=items["expired"], decision="retain",
                            reason="涉及未结清的补贴核查，继续保管", new_retain_until=dt.date(2031, 3, 2), now=NOW)
    items["expired"].refresh_from_db()
    assert items["expired"].retain_until == dt.date(2031, 3, 2)
    assert list(retention_due_items(actor=staff.s11_counsellor, today=TODAY)) == []
    assert Duty.objects.get(kind="documents.retention_review").status == "done"


def test_disposal_needs_a_proposal_and_another_persons_approval_and_keeps_its_record(
        city, staff, items, head, django_capture_on_commit_callbacks):
    """BJ-9-2: proposed by the appraiser, carried out by a unit head who is not the appraiser; the file goes, the
    item's row, its use log and the disposal record stay, and every step is audited."""
    item = items["expired"]
    path = Path(item.file.path)
    with pytest.raises(DomainError) as exc:
        archive_item_dispose(actor=head, item=item, now=NOW)
    assert exc.value.code == "no_disposal_proposed"
    retention_review_record(actor=head, item=item, decision="dispose", reason="已超过保管期限，无保存价值", now=NOW)
    with pytest.raises(DomainError) as exc:
        archive_item_dispose(actor=head, item=item, now=NOW)
    assert exc.value.code == "same_person"
    with pytest.raises(DomainError) as exc:
        archive_item_dispose(actor=staff.s11_counsellor, item=item, now=NOW)
    assert exc.value.code == "forbidden"
    assert retention_reviews_schedule(calendar=work_calendar(), now=NOW) == 0  # a disposal is proposed already
    other_head = make_user("s11-head-2", city.s11, [Role.UNIT_HEAD])
    with django_capture_on_commit_callbacks(execute=True):
        disposal = archive_item_dispose(actor=other_head, item=item, now=NOW)
    item.refresh_from_db()
    assert (item.disposed_on, disposal.sha256, disposal.original_name) == (TODAY, item.sha256, "2016年求职登记表.pdf")
    assert ArchiveItem.objects.filter(pk=item.pk).exists()
    assert not path.exists()
    assert list(AuditEvent.objects.filter(object_id=str(item.pk), object_type="documents.archiveitem")
                .values_list("action", flat=True).order_by("seq"))[-2:] == ["retention_review", "dispose"]
    with pytest.raises(DomainError) as exc:
        archive_item_dispose(actor=other_head, item=item, now=NOW)
    assert exc.value.code == "already_disposed"
    assert ArchiveDisposal.objects.count() == 1


def test_the_evidence_of_an_integrity_record_is_not_disposed(city, staff, items, head):
    """BJ-9-2 with BJ-9-3: an item that is a credit record's evidence stays."""
    item = items["expired"]
    credit_record_enter(actor=staff.s11_counsellor, subject=items["seeker"], record_type="other", fact="提供虚假材料",
                        evidence=item, now=NOW)
    retention_review_record(actor=staff.s11_counsellor, item=item, decision="dispose", reason="期满", now=NOW)
    with pytest.raises(DomainError) as exc:
        archive_item_dispose(actor=head, item=item, now=NOW)
    assert exc.value.code == "evidence_in_use"
    item.refresh_from_db()
    assert item.disposed_on is None and not ArchiveDisposal.objects.exists()


def test_retention_pages(client, city, staff, items, head, django_capture_on_commit_callbacks):
    """BJ-9-2 through the pages: a bad appraisal is refused in Chinese; a disposed item is no longer downloaded."""
    item = items["expired"]
    with time_machine.travel(NOW, tick=False):
        client.force_login(staff.s11_counsellor)
        page = client.get("/archives/retention/").content.decode()
        assert "2016年求职登记表" in page and "2021年求职登记表" not in page
        bad = client.post(f"/archives/retention/{item.pk}/review/", {"decision": "retain", "reason": "继续保管"})
        assert bad.status_code == 400 and "继续保管的，请填写今天以后的保管截止日期。" in bad.content.decode()
        assert client.post(f"/archives/retention/{item.pk}/review/",
                           {"decision": "dispose", "reason": "期满无保存价值"}).status_code == 302
        assert client.post(f"/archives/retention/{item.pk}/dispose/").status_code == 403
        client.force_login(head)
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(f"/archives/retention/{item.pk}/dispose/").status_code == 302
        assert "销毁登记" in client.get("/archives/retention/").content.decode()
        archive = client.get(f"/archives/job_seekers.jobseeker/{item.subject_id}/").content.decode()
        assert "已于2026-03-05销毁" in archive
        assert client.get(f"/archives/job_seekers.jobseeker/{item.subject_id}/items/{item.pk}/").status_code == 404
        assert client.get("/api/archives/retention").json() == []
