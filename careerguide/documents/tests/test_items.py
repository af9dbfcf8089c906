"""Personal and employer e-archives: classification, upload checks, archiving, custody, use log (BJ-9-1, BJ-9-2)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.documents.categories import retain_until
from careerguide.documents.models import ArchiveItem, ArchiveUse
from careerguide.documents.selectors import archive_index, archive_items, archive_uses
from careerguide.documents.services.items import archive_item_archive, archive_item_custody_set, archive_item_upload
from careerguide.documents.uploads import upload_problems
from careerguide.employers.tests.factories import make_employer
from careerguide.job_seekers.tests.factories import register_job_seeker

from .helpers import PDF, PNG, pdf_upload

pytestmark = pytest.mark.django_db
MB = 1024 * 1024


@pytest.mark.parametrize("name, size, head, expected", [
    ("a.pdf", 100, PDF, []),
    ("a.png", 100, PNG, []),
    ("a.exe", 100, b"MZ", ["只能上传PDF、JPG、PNG、DOCX或XLSX文件。"]),
    ("a.pdf", 100, PNG, ["文件内容与扩展名不符，请上传真实的PDF文件。"]),
    ("a.pdf", 10 * MB, PDF, []),
    ("a.pdf", 10 * MB + 1, PDF, ["文件不能超过10MB。"]),
    ("a.pdf", 0, b"", ["文件内容与扩展名不符，请上传真实的PDF文件。", "文件为空。"]),
])
def test_upload_checks_type_content_and_size_with_chinese_messages(name, size, head, expected):
    """BJ-9-2: only the listed types, checked by content as well as name, at most 10 MB (boundary both sides)."""
    assert [str(m) for m in upload_problems(name=name, size=size, head=head, max_bytes=10 * MB)] == expected


@pytest.mark.parametrize("archived_on, retention, expected", [
    (dt.date(2026, 3, 2), "10y", dt.date(2036, 3, 2)),
    (dt.date(2024, 2, 29), "5y", dt.date(2029, 2, 28)),
    (dt.date(2026, 3, 2), "permanent", None),
    (None, "10y", None),
])
def test_retention_gives_the_keep_until_date(archived_on, retention, expected):
    """BJ-9-2: the retention rule fixes how long an archived item is kept."""
    assert retain_until(archived_on, retention) == expected


def test_an_upload_is_classified_stored_and_audited_and_a_refusal_stores_nothing(city, staff):
    """BJ-9-1, BJ-9-2: category code, unarchived at first, default retention from the category, file under
    MEDIA_ROOT; a wrong category or a fake PDF stores nothing."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11)
    with pytest.raises(DomainError) as exc:
        archive_item_upload(actor=staff.s11_counsellor, subject=seeker, upload=pdf_upload(), category="E01", title="x")
    assert "category" in exc.value.field_errors
    with pytest.raises(DomainError) as exc:
        archive_item_upload(actor=staff.s11_counsellor, subject=seeker, upload=pdf_upload(content=PNG), category="P05",
                            title="认定决定书")
    assert exc.value.field_errors["upload"] == ["文件内容与扩展名不符，请上传真实的PDF文件。"]
    assert not ArchiveItem.objects.exists()
    item = archive_item_upload(actor=staff.s11_counsellor, subject=seeker, upload=pdf_upload(), category="P05",
                               title="认定决定书", custody_location="档案柜A-3")
    assert (item.category, item.archived, item.retention, item.unit, item.size) == ("P05", False, "30y", city.s11,
                                                                                    len(PDF))
    assert item.file.read() == PDF and item.file.name.startswith("archives/")


def test_archiving_sets_flag_date_retention_and_custody(city, staff):
    """BJ-9-2: archive (flag and date), retention, custody (custodian of the holding unit, location)."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11)
    item = archive_item_upload(actor=staff.s11_counsellor, subject=seeker, upload=pdf_upload(), category="P01",
                               title="求职登记表", document_date=dt.date(2026, 3, 2))
    with pytest.raises(DomainError):
        archive_item_archive(actor=staff.s11_counsellor, item=item, retention="10y", archived_on=dt.date(2026, 3, 1))
    item.refresh_from_db()
    assert not item.archived
    archive_item_archive(actor=staff.s11_counsellor, item=item, retention="10y", archived_on=dt.date(2026, 3, 3))
    assert (item.archived, item.archived_on, item.retain_until) == (True, dt.date(2026, 3, 3), dt.date(2036, 3, 3))
    with pytest.raises(DomainError):
        archive_item_archive(actor=staff.s11_counsellor, item=item, retention="5y")
    with pytest.raises(DomainError):  # a custodian from another district
        archive_item_custody_set(actor=staff.s11_counsellor, item=item, custodian=staff.d2_counsellor,
                                 custody_location="x")
    archive_item_custody_set(actor=staff.s11_counsellor, item=item, custodian=staff.k111_assistant,
                             custody_location="社区档案室")
    item.refresh_from_db()
    assert (item.custodian, item.custody_location) == (staff.k111_assistant, "社区档案室")


def test_the_archive_retrieves_everything_about_the_subject(city, staff):
    """BJ-9-1: the index lists filed items and the records kept elsewhere (ledger, registrations, guidance)."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11)
    archive_item_upload(actor=staff.s11_counsellor, subject=seeker, upload=pdf_upload(), category="P03", title="测评报告")
    codes = {g["code"]: [r["title"] for r in g["rows"]] for g in archive_index(subject=seeker)}
    assert "测评报告" in codes["P03"] and codes["P02"] == ["个人服务台账（导出PDF）"] and codes["P01"]
    employer = make_employer(staff.s11_officer, city.s11)
    assert archive_index(subject=employer) == [] and list(archive_items(subject=employer)) == []


def test_pages_log_every_browse_and_download_and_stay_inside_the_subjects_scope(client, city, staff):
    """BJ-9-2 use log; scoped like the subject (404 for another street, BJ-4-4); portal users refused."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11)
    client.force_login(staff.s11_counsellor)
    response = client.post(f"/archives/job_seekers.jobseeker/{seeker.pk}/", {
        "action": "upload", "category": "P01", "title": "身份证复印件", "upload": pdf_upload("身份证.pdf")})
    assert response.status_code == 302
    item = ArchiveItem.objects.get()
    refused = client.post(f"/archives/job_seekers.jobseeker/{seeker.pk}/", {
        "action": "upload", "category": "P01", "title": "病毒", "upload": pdf_upload("a.exe", b"MZ")}).content.decode()
    assert "只能上传PDF、JPG、PNG、DOCX或XLSX文件" in refused and ArchiveItem.objects.count() == 1
    assert client.get(f"/archives/job_seekers.jobseeker/{seeker.pk}/").status_code == 200
    download = client.get(f"/archives/job_seekers.jobseeker/{seeker.pk}/items/{item.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    assert [(u.action, u.user) for u in archive_uses(subject=seeker, item=item)] == [("download", staff.s11_counsellor)]
    assert ArchiveUse.objects.filter(action="browse", subject_id=str(seeker.pk)).count() == 2
    before = ArchiveUse.objects.count()
    client.force_login(staff.s12_caseworker)
    assert client.get(f"/archives/job_seekers.jobseeker/{seeker.pk}/").status_code == 404
    assert client.get(f"/archives/job_seekers.jobseeker/{seeker.pk}/items/{item.pk}/").status_code == 404
    assert client.get(f"/archives/no_such.subject/{seeker.pk}/").status_code == 404
    client.force_login(staff.seeker_user)
    assert client.get(f"/archives/job_seekers.jobseeker/{seeker.pk}/").status_code == 403
    assert ArchiveUse.objects.count() == before


def test_a_ledger_export_is_filed_automatically(client, city, staff):
    """BJ-9-1, BJ-9-2: exporting the ledger PDF files a generated, archived item and logs the export."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11)
    employer = make_employer(staff.s11_officer, city.s11)
    client.force_login(staff.s11_counsellor)
    assert client.get(f"/job-seekers/{seeker.pk}/ledger.pdf").status_code == 200
    item = archive_items(subject=seeker).get()
    assert (item.category, item.source, item.archived, item.content_type) == ("P02", "generated", True,
                                                                              "application/pdf")
    assert item.file.read().startswith(b"%PDF")
    assert [u.action for u in archive_uses(subject=seeker)] == ["generate"]
    client.force_login(staff.s11_officer)
    assert client.get(f"/employers/{employer.pk}/ledger.pdf").status_code == 200
    assert archive_items(subject=employer).get().category == "E02"
