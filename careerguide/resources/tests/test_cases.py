"""Typical cases (SD-15-2, SD-15-3): de-identification gate, expert review and publication into the library."""
import datetime as dt
import random

import pytest

from careerguide.common.demo import synthetic_resident_id
from careerguide.common.errors import DomainError
from careerguide.experts.models import LibraryEngagement
from careerguide.experts.services import library as lib
from careerguide.resources.models import Resource, TypicalCase
from careerguide.resources.rules import identifying_findings, split_terms
from careerguide.resources.services import cases

pytestmark = pytest.mark.django_db
TEXT = dict(title="帮助长期失业青年重返岗位", service_area="就业指导", background="服务对象为28岁青年，失业一年。",
            process="三次个体咨询与一次团体辅导。", outcome="三个月后在本区一家物流企业就业。")


def _expert(staff, seed, organisation="某大学"):
    pid = synthetic_resident_id(random.Random(seed), region="370102", birth=dt.date(1980, 2, 2))
    return lib.library_expert_enrol(actor=staff.city_admin, level="city", name=f"库专家{seed}", id_number=pid,
                                    organisation=organisation, category="industry_expert", fields=["就业指导"],
                                    title="高级职业指导师", term_start=dt.date(2026, 1, 1), term_end=dt.date(2030, 1, 1))


def test_scan_finds_identifying_data_and_named_terms():
    """SD-15-3: ID numbers, mobile and landline numbers, e-mail, street addresses with a number and every term the
    submitter names are found (and masked); a clean text has no finding."""
    pid = synthetic_resident_id(random.Random(1), region="370102", birth=dt.date(1990, 1, 1))
    text = f"张某身份证{pid}，电话13912345678，座机0531-88881234，邮箱a@b.cn，住在历山路12号，曾在某某科技公司工作。"
    kinds = [f.kind for f in identifying_findings([text], terms=split_terms("张某、某某科技公司"))]
    assert sorted(kinds) == ["address", "email", "landline", "mobile", "resident_id", "term", "term"]
    assert all(pid not in f.text for f in identifying_findings([text]))
    assert identifying_findings([TEXT["background"], TEXT["outcome"]], terms=["王小明"]) == []


def test_case_cannot_be_submitted_before_de_identification(staff, city):
    """SD-15-3: a draft is not submitted; identifying data block de-identification, so does a missing attestation;
    after both the case is submitted; editing a de-identified case makes it a draft that must be attested again."""
    case = cases.case_create(actor=staff.d1_head, owner_unit=city.d1, **{**TEXT, "process": "电话13912345678回访。"})
    with pytest.raises(DomainError) as refused:
        cases.case_submit(actor=staff.d1_head, case=case)
    assert refused.value.code == "not_de_identified"
    with pytest.raises(DomainError) as refused:
        cases.case_de_identify(actor=staff.d1_head, case=case, attested=True)
    assert refused.value.code == "identifying_data_found" and "13912345678" not in str(refused.value)
    case = cases.case_edit(actor=staff.d1_head, case=case, **TEXT)
    with pytest.raises(DomainError) as refused:
        cases.case_de_identify(actor=staff.d1_head, case=case, attested=False)
    assert refused.value.code == "not_attested"
    with pytest.raises(DomainError):
        cases.case_de_identify(actor=staff.d1_head, case=case, attested=True, identifying_terms="物流企业")
    case.refresh_from_db()
    assert case.status == "draft" and case.attested_by is None
    cases.case_de_identify(actor=staff.d1_head, case=case, attested=True, identifying_terms="王小明")
    assert case.status == "de_identified" and case.attested_by == staff.d1_head
    cases.case_edit(actor=staff.d1_head, case=case, **{**TEXT, "reflection": "早介入。"})
    assert case.status == "draft" and case.attested_by is None
    with pytest.raises(DomainError):
        cases.case_submit(actor=staff.d1_head, case=case)
    cases.case_de_identify(actor=staff.d1_head, case=case, attested=True)
    cases.case_submit(actor=staff.d1_head, case=case)
    assert TypicalCase.objects.get().status == "submitted"


def test_case_review_selection_and_publication(staff, city):
    """SD-15-2: submitted → under review by library experts (a review use of the library, SD-9-2) → returned with
    reasons or selected → published into the resource library as a case analysis; a submitted case is not
    edited, and its author does not decide on it."""
    case = cases.case_create(actor=staff.d1_counsellor, owner_unit=city.d1, **TEXT)
    cases.case_de_identify(actor=staff.d1_counsellor, case=case, attested=True)
    cases.case_submit(actor=staff.d1_counsellor, case=case)
    with pytest.raises(DomainError):
        cases.case_edit(actor=staff.d1_counsellor, case=case, **TEXT)
    experts = [_expert(staff, 11), _expert(staff, 12)]
    cases.case_review_open(actor=staff.city_admin, case=case, experts=experts, on=dt.date(2026, 5, 1))
    engagement = LibraryEngagement.objects.get()
    assert case.status == "under_review" and engagement.purpose == "review" and engagement.experts.count() == 2
    with pytest.raises(DomainError):
        cases.case_decide(actor=staff.city_admin, case=case, selected=False, note="")
    cases.case_decide(actor=staff.city_admin, case=case, selected=True, note="过程完整，可推广。")
    assert case.status == "selected" and not Resource.objects.exists()
    cases.case_publish(actor=staff.city_admin, case=case, licence="系统内共享")
    resource = Resource.objects.get()
    assert case.status == "published" and case.resource == resource
    assert (resource.resource_type, resource.status, resource.source_key) == ("case_analysis", "published",
                                                                             f"typical_case:{case.pk}")
    assert "三次个体咨询" in resource.current_version.content


def test_author_does_not_review_own_case(staff, city):
    """SD-15-2: the reviewing head who wrote the case may not send it to review or decide on it."""
    case = cases.case_create(actor=staff.city_admin, owner_unit=city.city, **TEXT)
    cases.case_de_identify(actor=staff.city_admin, case=case, attested=True)
    cases.case_submit(actor=staff.city_admin, case=case)
    with pytest.raises(DomainError) as refused:
        cases.case_review_open(actor=staff.city_admin, case=case, experts=[_expert(staff, 13)], on=dt.date(2026, 5, 1))
    assert refused.value.code == "own_case" and not LibraryEngagement.objects.exists()


def test_case_pages(client, staff, city):
    """SD-15-2, SD-15-3 on the pages: a case entered with a phone number is refused at de-identification in Chinese
    and stays a draft; after the edit it is attested and submitted; the city reviews, selects and publishes it."""
    client.force_login(staff.d1_counsellor)
    response = client.post("/resources/cases/new/", {**TEXT, "process": "电话13912345678回访。"})
    case = TypicalCase.objects.get()
    assert response.status_code == 302
    page = client.post(f"/resources/cases/{case.pk}/do/de_identify/", {"attested": "on"}).content.decode()
    assert "仍有可识别服务对象的信息" in page
    case.refresh_from_db()
    assert case.status == "draft"
    client.post(f"/resources/cases/{case.pk}/do/edit/", TEXT)
    client.post(f"/resources/cases/{case.pk}/do/de_identify/", {"attested": "on", "identifying_terms": "王小明"})
    client.post(f"/resources/cases/{case.pk}/do/submit/")
    case.refresh_from_db()
    assert case.status == "submitted"
    expert = _expert(staff, 14)
    client.force_login(staff.city_admin)
    assert "组织专家评审" in client.get(f"/resources/cases/{case.pk}/").content.decode()
    client.post(f"/resources/cases/{case.pk}/do/review/", {"experts": [expert.pk], "on": "2026-05-01"})
    client.post(f"/resources/cases/{case.pk}/do/decide/", {"selected": "yes", "note": ""})
    client.post(f"/resources/cases/{case.pk}/do/publish/", {"licence": "系统内共享", "sharing": "shared"})
    case.refresh_from_db()
    assert case.status == "published"
    assert TEXT["title"] in client.get("/resources/?type=case_analysis").content.decode()
