"""Every read of a person's data by an employer is logged, not only reveals (BJ-51-2)."""
import pytest
import time_machine
from django.urls import reverse

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.common.errors import DomainError
from careerguide.matching.services.recommendations import recommendation_create
from careerguide.matching.tests.factories import at, published_vacancy, ready_job_seeker
from careerguide.privacy.models import PersonalDataRead
from careerguide.privacy.selectors import personal_data_read_list
from careerguide.privacy.services import personal_data_reads_log

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 3)


@pytest.fixture
def candidates(staff, city):
    """Two people recommended to 测试物流有限公司 (street s11's job seekers), one to another employer."""
    ours = published_vacancy(staff, city)
    theirs = published_vacancy(staff, city, name="另一家科技有限公司", agent_username="agent-2")
    with time_machine.travel(NOW, tick=False):
        recs = [recommendation_create(actor=staff.s11_officer, job_seeker=ready_job_seeker(staff, city), vacancy=ours,
                                      direction="to_employer", consent_channel="in_person", now=NOW) for _ in range(2)]
        other = recommendation_create(actor=staff.s11_officer, job_seeker=ready_job_seeker(staff, city), vacancy=theirs,
                                      direction="to_employer", consent_channel="in_person", now=NOW)
    return ours.submitted_by, recs, other


def test_each_card_an_employer_sees_is_a_logged_read(client, staff, city, candidates):
    """BJ-51-2: the candidate list, the detail page and the API each log one read per person shown, naming the
    employer, the fields and the recommendation; a refused read (another employer's candidate) logs nothing."""
    agent, recs, other = candidates
    client.force_login(agent)
    with time_machine.travel(NOW, tick=False):
        assert client.get(reverse("vacancy_portal:candidates")).status_code == 200
        assert client.get(reverse("vacancy_portal:candidate_detail", args=[recs[0].pk])).status_code == 200
        assert client.get(reverse("vacancy_portal:candidate_detail", args=[other.pk])).status_code == 404
        assert len(client.get("/api/matching/candidates").json()) == 2
        assert client.get(f"/api/matching/candidates/{recs[1].pk}").status_code == 200
    reads = list(PersonalDataRead.objects.order_by("pk"))
    assert [r.purpose for r in reads] == ["candidate_list"] * 2 + ["candidate_detail"] + ["candidate_list"] * 2 + [
        "candidate_detail"]
    assert {r.subject_id for r in reads} == {str(recs[0].job_seeker_id), str(recs[1].job_seeker_id)}
    assert str(other.job_seeker_id) not in {r.subject_id for r in reads}
    first = reads[2]
    assert (first.reader, first.reader_kind, first.reader_org, first.reference) == (
        agent, "employer_agent", "测试物流有限公司", f"R{recs[0].pk:06d}")
    assert first.subject_type == "job_seekers.jobseeker" and first.subject_unit == city.s11
    assert "skill_level" in first.fields and "phone" not in first.fields and first.read_at == NOW
    with pytest.raises(ValueError):
        first.save()


def test_the_serving_agencies_see_the_reads_of_their_people_only(client, staff, city, candidates):
    """BJ-51-2: the log is scoped like the people it is about; a purpose outside the list is refused."""
    agent, recs, _other = candidates
    personal_data_reads_log(actor=agent, people=[recs[0].job_seeker], purpose="candidate_detail", now=NOW)
    assert personal_data_read_list(actor=staff.d1_head).count() == 1
    d2_head = make_user("d2-head", city.d2, [Role.UNIT_HEAD])
    assert personal_data_read_list(actor=d2_head).count() == 0
    with pytest.raises(DomainError):
        personal_data_reads_log(actor=agent, people=[recs[0].job_seeker], purpose="curiosity", now=NOW)
    assert PersonalDataRead.objects.count() == 1
    client.force_login(staff.d1_head)
    page = client.get(reverse("privacy:reads")).content.decode()
    assert "用人单位查看推荐人选详情" in page and str(recs[0].job_seeker_id) in page
    assert client.get("/api/privacy/reads").json()["count"] == 1
    client.force_login(staff.d1_counsellor)
    assert client.get(reverse("privacy:reads")).status_code == 403
