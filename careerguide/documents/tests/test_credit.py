"""Employment integrity records (BJ-9-3): evidence from the e-archive, two-person review, staff only."""
import pytest

from careerguide.common.errors import DomainError
from careerguide.documents.models import CreditRecord
from careerguide.documents.services.credit import credit_record_enter, credit_record_review
from careerguide.documents.services.items import archive_item_upload
from careerguide.employers.tests.factories import make_verified_employer
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.vacancies.tests.factories import make_agent

from .helpers import pdf_upload

pytestmark = pytest.mark.django_db


def evidence(actor, subject, title="检查记录"):
    return archive_item_upload(actor=actor, subject=subject, upload=pdf_upload(), category="C01", title=title)


def test_a_record_needs_type_fact_and_evidence_from_the_same_subjects_archive(city, staff):
    """BJ-9-3: type, fact, evidence link (an e-archive item of that subject), agency and date."""
    employer = make_verified_employer(staff.s11_officer, city.s11)
    other = make_verified_employer(staff.s11_officer, city.s11, name="另一家公司")
    foreign = evidence(staff.s11_officer, other)
    with pytest.raises(DomainError) as exc:
        credit_record_enter(actor=staff.s11_officer, subject=employer, record_type="bad", fact=" ", evidence=foreign)
    assert set(exc.value.field_errors) == {"record_type", "fact", "evidence"} and not CreditRecord.objects.exists()
    record = credit_record_enter(actor=staff.s11_officer, subject=employer, record_type="adverse",
                                 fact="发布招聘信息与实际岗位不符", evidence=evidence(staff.s11_officer, employer))
    assert (record.status, record.unit, record.entered_by) == ("entered", city.s11, staff.s11_officer)


def test_review_is_by_a_second_person_who_is_a_unit_head(city, staff):
    """BJ-9-3: entered → reviewed/rejected through the shared transition; the enterer and non-heads cannot review;
    rejection needs a note."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11)
    record = credit_record_enter(actor=staff.s11_counsellor, subject=seeker, record_type="commendable",
                                 fact="主动反馈就业情况", evidence=evidence(staff.s11_counsellor, seeker))
    with pytest.raises(DomainError):
        credit_record_review(actor=staff.s11_counsellor, record=record, approve=True)  # not a head, and the enterer
    with pytest.raises(DomainError):
        credit_record_review(actor=staff.d1_head, record=record, approve=False, note="")
    record.refresh_from_db()
    assert record.status == "entered" and record.reviewed_by is None
    credit_record_review(actor=staff.d1_head, record=record, approve=False, note="证据不足")
    record.refresh_from_db()
    assert (record.status, record.reviewed_by, record.review_note) == ("rejected", staff.d1_head, "证据不足")
    with pytest.raises(DomainError):  # a decided record is final
        credit_record_review(actor=staff.d1_head, record=record, approve=True)


def test_a_head_cannot_review_what_they_entered(city, staff):
    """BJ-9-3: two persons even when the enterer is a unit head."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11)
    record = credit_record_enter(actor=staff.d1_head, subject=seeker, record_type="other", fact="x",
                                 evidence=evidence(staff.s11_counsellor, seeker))
    with pytest.raises(DomainError) as exc:
        credit_record_review(actor=staff.d1_head, record=record, approve=True)
    assert exc.value.code == "same_person"


def test_records_are_never_shown_to_the_employer_or_the_public(client, city, staff):
    """BJ-9-3: staff see the record on the archive page; the employer's agent and anonymous visitors do not."""
    employer = make_verified_employer(staff.s11_officer, city.s11)
    agent = make_agent(employer)
    credit_record_enter(actor=staff.s11_officer, subject=employer, record_type="adverse", fact="拖欠求职者押金",
                        evidence=evidence(staff.s11_officer, employer))
    client.force_login(staff.s11_officer)
    assert "拖欠求职者押金" in client.get(f"/archives/employers.employer/{employer.pk}/").content.decode()
    client.force_login(agent)
    assert client.get(f"/archives/employers.employer/{employer.pk}/").status_code == 403
    assert "拖欠求职者押金" not in client.get("/me/employer/").content.decode()
    client.logout()
    assert client.get(f"/archives/employers.employer/{employer.pk}/").status_code == 302  # to the login page
    assert "拖欠求职者押金" not in client.get("/").content.decode()


def test_review_through_the_page(client, city, staff):
    """BJ-9-3: the head reviews on the archive page; the form is not offered to the enterer."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11)
    record = credit_record_enter(actor=staff.s11_counsellor, subject=seeker, record_type="commendable", fact="按约参加培训",
                                 evidence=evidence(staff.s11_counsellor, seeker))
    client.force_login(staff.s11_counsellor)
    assert client.post(f"/archives/job_seekers.jobseeker/{seeker.pk}/", {"action": "review", "record": record.pk,
                                                              "approve": "yes"}).status_code == 403
    client.force_login(staff.d1_head)
    assert client.post(f"/archives/job_seekers.jobseeker/{seeker.pk}/", {"action": "review", "record": record.pk,
                                                              "approve": "yes"}).status_code == 302
    record.refresh_from_db()
    assert record.status == "reviewed"
