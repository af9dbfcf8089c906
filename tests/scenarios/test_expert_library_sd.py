"""Shandong expert library journeys: enrolment at each level, use downwards, usage log, panels with recusal, usage
report, and the shared term sweep (SD-9-1, SD-9-2, SD-9-3, SD-9-4, SD-9-5, SD-3-2)."""
import datetime as dt
import random

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.audit.models import AuditEvent
from careerguide.common.demo import synthetic_resident_id
from careerguide.common.errors import DomainError, NotFound
from careerguide.experts.models import LibraryEngagement, Membership
from careerguide.experts.selectors import (
    library_expert_get,
    library_usable_list,
    library_usage_report,
    membership_list,
    public_directory,
)
from careerguide.experts.services import library as lib
from careerguide.experts.services import membership as ms
from careerguide.experts.tests.factories import TZ, appointed

pytestmark = pytest.mark.django_db
D = dt.date


def at(y, m, d):
    return dt.datetime(y, m, d, 10, tzinfo=TZ)


def pid(seed):
    return synthetic_resident_id(random.Random(seed), region="370102", birth=D(1978, 6, 1))


def enrol(actor, seed, *, level="city", organisation="泉城职业技术学院", name=None, category="industry_expert",
          term_end=D(2028, 12, 31)):
    return lib.library_expert_enrol(actor=actor, level=level, name=name or f"专家{seed}", id_number=pid(seed),
                                    organisation=organisation, category=category, fields=["职业生涯规划", "人力资源"],
                                    title="高级职业指导师", term_start=D(2026, 1, 1), term_end=term_end,
                                    now=at(2026, 1, 5))


@pytest.fixture
def libs(city, staff):
    d2_head = make_user("d2-head", city.d2, [Role.UNIT_HEAD], full_name="开发区负责人")
    return {
        "province": enrol(staff.city_admin, 1, level="province", organisation="省人力资源研究院"),
        "city": enrol(staff.city_admin, 2, organisation="泉城职业技术学院"),
        "city2": enrol(staff.city_admin, 3, organisation="岱岳人力资源公司", category="senior_practitioner"),
        "county1": enrol(staff.d1_head, 4, level="county", organisation="甲区就业服务中心"),
        "county2": enrol(d2_head, 5, level="county", organisation="开发区人才市场"),
        "hei1": enrol(staff.d1_head, 6, level="hei", organisation="甲区某高校"),
    }


def test_enrolment_record_and_refusals(city, staff):
    """SD-9-1: the record holds level, organisation, category, fields, title, term and status; a unit
    keeps only the levels it may keep; one live record per person; errors save nothing."""
    m = enrol(staff.city_admin, 2)
    assert (m.programme, m.library_level, m.library_category, m.status) == ("sd_expert_library", "city",
                                                                            "industry_expert", "active")
    assert m.library_fields == ["职业生涯规划", "人力资源"] and m.position == "高级职业指导师"
    assert m.application_id is None and m.birth_date == D(1978, 6, 1)
    assert AuditEvent.objects.filter(action="library_enrol", clause="SD-9-1").count() == 1
    before = Membership.objects.count()
    with pytest.raises(DomainError) as e:
        enrol(staff.d1_head, 9, level="city")
    assert "level" in e.value.field_errors
    with pytest.raises(DomainError) as e:
        enrol(staff.city_admin, 2)
    assert "id_number" in e.value.field_errors
    with pytest.raises(DomainError) as e:
        lib.library_expert_enrol(actor=staff.city_admin, level="city", name="", id_number="123", organisation="",
                                 category="x", fields=[], title="", term_start=D(2026, 1, 1), term_end=D(2025, 1, 1))
    assert set(e.value.field_errors) == {"name", "id_number", "organisation", "category", "fields", "title", "term_end"}
    with pytest.raises(DomainError) as e:
        enrol(staff.d1_counsellor, 10, level="county")
    assert e.value.code == "forbidden"
    assert Membership.objects.count() == before


def test_library_and_cz_team_stay_apart(city, staff):
    """SD-9-1: library records never enter the CZ team lists or directory; a CZ expert may also be in
    the library (one live record per programme); CZ renewal and exit procedures refuse library records."""
    cz = appointed(staff, city)
    m = lib.library_expert_enrol(actor=staff.city_admin, level="city", name=cz.name, id_number=cz.id_number,
                                 organisation="常州某职业技术学院", category="industry_expert", fields=["就业指导"],
                                 title="副教授", term_start=D(2026, 1, 1), term_end=D(2028, 12, 31), now=at(2026, 1, 5))
    assert m not in list(membership_list(actor=staff.city_admin)) and m not in public_directory()
    assert cz in list(membership_list(actor=staff.city_admin))
    for call in (lambda: ms.renewal_apply(actor=staff.city_admin, membership=m, declarations=["conditions", "health"]),
                 lambda: ms.exit_request(actor=staff.city_admin, membership=m, ground=5)):
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "not_applicable"


def test_usable_at_level_and_below(city, staff, libs):
    """SD-9-3: province for all; the city library for the city and every district; a county library
    for its own district only; an HEI library at its keeping unit only."""
    names = lambda actor: {m.pk for m in library_usable_list(actor=actor)}  # noqa: E731
    L = {k: v.pk for k, v in libs.items()}
    assert names(staff.city_admin) == {L["province"], L["city"], L["city2"]}
    assert names(staff.d1_counsellor) == {L["province"], L["city"], L["city2"], L["county1"], L["hei1"]}
    assert names(staff.d2_counsellor) == {L["province"], L["city"], L["city2"], L["county2"]}
    assert names(staff.s11_counsellor) == {L["province"], L["city"], L["city2"], L["county1"]}
    assert names(staff.seeker_user) == set()
    with pytest.raises(NotFound):
        library_expert_get(actor=staff.d2_counsellor, pk=L["county1"])


def test_engagement_log_and_recusal(city, staff, libs):
    """SD-9-2: each use logged with purpose, activity, experts, date and output; SD-9-3: only usable
    experts; SD-9-4: an expert of the evaluated organisation is refused; nothing is saved on refusal."""
    e = lib.library_engagement_record(actor=staff.d1_counsellor, purpose="argumentation", activity="区就业政策论证会",
                                      on=D(2026, 3, 2), experts=[libs["city"], libs["county1"]], output="论证意见一份",
                                      now=at(2026, 3, 2))
    assert (e.purpose, e.output, e.unit_id) == ("argumentation", "论证意见一份", city.d1.pk)
    assert set(e.experts.all()) == {libs["city"], libs["county1"]}
    with pytest.raises(DomainError) as err:
        lib.library_engagement_record(actor=staff.d2_counsellor, purpose="consulting", activity="咨询",
                                      on=D(2026, 3, 3), experts=[libs["county1"]])
    assert err.value.clause == "SD-9-3"
    with pytest.raises(DomainError) as err:
        lib.library_engagement_record(actor=staff.d1_counsellor, purpose="evaluation", activity="工作室评价",
                                      on=D(2026, 3, 3), experts=[libs["city"], libs["city2"]],
                                      subject_organisation="泉城职业技术学院")
    assert err.value.clause == "SD-9-4" and "专家2" in err.value.field_errors["experts"][0]
    assert LibraryEngagement.objects.count() == 1


def test_judges_drawn_with_recusal(city, staff, libs):
    """SD-3-2, SD-9-4: competition judges are drawn from the library at random, excluding the entry's
    own organisation; the recusal is kept with the draw; too small a pool is refused."""
    e = lib.library_panel_draw(actor=staff.city_admin, purpose="review", activity="技能竞赛评委抽取", on=D(2026, 5, 1),
                               size=2, subject_organisation="泉城职业技术学院", seed=7, now=at(2026, 5, 1))
    assert e.drawn and set(e.experts.all()) == {libs["province"], libs["city2"]}
    assert e.recusals == [{"key": libs["city"].pk, "reason": "same_organisation", "clause": "SD-9-4", "name": "专家2"}]
    with pytest.raises(DomainError) as err:
        lib.library_panel_draw(actor=staff.city_admin, purpose="review", activity="技能竞赛评委抽取",
                               on=D(2026, 5, 1), size=3, subject_organisation="泉城职业技术学院")
    assert err.value.clause == "SD-9-4" and LibraryEngagement.objects.count() == 1


def test_usage_report_by_purpose_level_and_expert(city, staff, libs):
    """SD-9-5: engagements by purpose, level and expert within the period and the actor's jurisdiction."""
    rec = lib.library_engagement_record
    rec(actor=staff.d1_counsellor, purpose="consulting", activity="咨询一", on=D(2026, 3, 1),
        experts=[libs["city"], libs["county1"]])
    rec(actor=staff.d1_counsellor, purpose="consulting", activity="咨询二", on=D(2026, 3, 9), experts=[libs["city"]])
    rec(actor=staff.d2_counsellor, purpose="public_service", activity="公益讲座", on=D(2026, 3, 9),
        experts=[libs["province"]])
    rec(actor=staff.d1_counsellor, purpose="review", activity="期外", on=D(2026, 4, 2), experts=[libs["city"]])
    r = library_usage_report(actor=staff.city_admin, start=D(2026, 3, 1), end=D(2026, 3, 31))
    assert r["total"] == 3 and r["by_purpose"] == {"consulting": 2, "public_service": 1}
    assert r["by_level"] == {"city": 2, "county": 1, "province": 1}
    assert r["by_expert"][0] == {"membership_id": libs["city"].pk, "name": "专家2", "engagements": 2}
    d2 = library_usage_report(actor=staff.d2_counsellor, start=D(2026, 3, 1), end=D(2026, 3, 31))
    assert d2["total"] == 1 and d2["by_purpose"] == {"public_service": 1}


def test_term_ends_through_the_shared_sweep_and_removal(city, staff, libs):
    """SD-9-1: status follows the term through the same daily sweep as the CZ team (no renewal stage);
    the keeping unit may take an expert out with a reason."""
    with pytest.raises(DomainError):
        lib.library_expert_remove(actor=staff.d1_head, membership=libs["city2"], reason="调离")
    with pytest.raises(DomainError) as e:
        lib.library_expert_remove(actor=staff.d1_head, membership=libs["county1"], reason=" ")
    assert "reason" in e.value.field_errors
    m = lib.library_expert_remove(actor=staff.d1_head, membership=libs["county1"], reason="调离本区",
                                  now=at(2026, 6, 1))
    assert m.status == "dismissed" and m not in library_usable_list(actor=staff.d1_counsellor)
    ms.memberships_term_end_sweep(now=at(2028, 12, 31))
    libs["city"].refresh_from_db()
    assert libs["city"].status == "active"
    ms.memberships_term_end_sweep(now=at(2029, 1, 1))
    libs["city"].refresh_from_db()
    m.refresh_from_db()
    assert libs["city"].status == "term_expired" and libs["city"].ended_on == D(2028, 12, 31)
    assert m.status == "dismissed"
