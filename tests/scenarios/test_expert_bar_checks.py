"""The permanent bar is checked again at appointment and at renewal, not only at submission (CZ-9-8).

A bar record names a person by ID number.  Here one appears while the person is already past submission (in
public notice, or an active expert applying for renewal); the appointment and the renewal are refused until a
system administrator corrects the record."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.experts.models import BarRecord, ExitCase
from careerguide.experts.services import applications, review
from careerguide.experts.services import membership as ms
from careerguide.experts.tests.factories import at, make_applicant, make_round, resident_id, self_nomination

pytestmark = pytest.mark.django_db


def _in_notice(staff, city, *seeds):
    """Applications of one round, each with its own person, through to the public notice."""
    rnd = make_round(staff.city_admin)
    apps = []
    for seed in seeds:
        user = make_applicant(f"expert-bar-{seed}", name=f"候选人{seed}")
        app = self_nomination(user=user, round=rnd, unit=city.d1, id_number=resident_id(seed=seed), name=f"候选人{seed}")
        applications.application_submit(actor=user, application=app, now=at(2025, 9, 3))
        applications.preliminary_opinion_record(actor=staff.d1_head, application=app, recommend=True, reason="推荐",
                                                now=at(2025, 9, 3))
        apps.append(app)
    applications.agency_batch_submit(actor=staff.d1_head, round=rnd, now=at(2025, 9, 20))
    for app in apps:
        app.refresh_from_db()
        review.qualification_start(actor=staff.city_admin, application=app, now=at(2025, 9, 22))
        review.qualification_decide(actor=staff.city_admin, application=app, passed=True, now=at(2025, 9, 23))
        review.comprehensive_decide(actor=staff.city_admin, application=app, proposed=True, reason="拟聘",
                                    now=at(2025, 9, 24))
    review.notice_publish(actor=staff.city_admin, round=rnd, url="https://rsj.example.cn/notice/2", now=at(2025, 9, 26))
    for app in apps:
        app.refresh_from_db()
    return apps


def _bar(*, membership, id_index: str, id_number: str, name: str) -> BarRecord:
    """A bar record matching a person's ID number (linked to an exit case of `membership` to satisfy the record)."""
    case = ExitCase.objects.create(membership=membership, ground=2, initiated_by="city_hrss", voluntary=False, bars=True)
    return BarRecord.objects.create(id_index=id_index, name=name, id_number=id_number, decided_on=dt.date(2025, 10, 1),
                                    exit_case=case)


def test_a_person_barred_during_the_public_notice_is_not_appointed(city, staff):
    """CZ-9-8: the bar is checked at appointment; business roles cannot pass it, only a correction lifts it."""
    other, app = _in_notice(staff, city, 11, 12)
    first = review.application_appoint(actor=staff.city_admin, application=other, now=at(2025, 10, 11))
    bar = _bar(membership=first, id_index=app.id_index, id_number=resident_id(seed=12), name="候选人12")
    with pytest.raises(DomainError) as exc:
        review.application_appoint(actor=staff.city_admin, application=app, now=at(2025, 10, 11))
    assert (exc.value.code, exc.value.clause) == ("barred", "CZ-9-8")
    app.refresh_from_db()
    assert app.status == "in_public_notice"
    ms.bar_remove(actor=staff.city_admin, bar=bar, reason="证件号码录入错误更正")
    membership = review.application_appoint(actor=staff.city_admin, application=app, now=at(2025, 10, 11))
    assert membership.status == "active"


def test_an_active_expert_barred_later_cannot_apply_for_or_be_granted_renewal(city, staff):
    """CZ-9-8: the bar is checked when renewal is applied for and again when it is decided."""
    m, other = (review.application_appoint(actor=staff.city_admin, application=a, now=at(2025, 10, 11))
                for a in _in_notice(staff, city, 13, 14))
    renewal = ms.renewal_apply(actor=m.user, membership=m, declarations=["conditions", "health"], now=at(2030, 9, 1))
    _bar(membership=m, id_index=other.id_index, id_number=other.id_number, name=str(other))
    with pytest.raises(DomainError) as exc:
        ms.renewal_apply(actor=other.user, membership=other, declarations=["conditions", "health"], now=at(2030, 9, 1))
    assert (exc.value.code, exc.value.clause) == ("barred", "CZ-9-8")
    assert not other.renewals.exists()

    ms.memberships_term_end_sweep(now=at(2030, 10, 11))
    m.refresh_from_db()
    assert m.status == "renewal_pending"
    _bar(membership=other, id_index=m.id_index, id_number=m.id_number, name=str(m))
    items = [{"item": i, "rating": "good"} for i in ms.REQUIRED_EVALUATION_ITEMS]
    with pytest.raises(DomainError) as exc:
        ms.renewal_decide(actor=staff.city_admin, renewal=renewal, renew=True, evaluation=items, reasons="表现良好",
                          now=at(2030, 11, 20))
    assert (exc.value.code, exc.value.clause) == ("barred", "CZ-9-8")
    m.refresh_from_db()
    assert m.status == "renewal_pending"
