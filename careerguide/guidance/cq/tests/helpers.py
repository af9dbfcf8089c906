"""CQ test set-up through the services: the city's PES qualification and qualified practitioners.

`cq_staff` overrides the shared `staff` fixture (import it into a test module, or use this folder's conftest):
district 1 (甲区, with its streets) holds a PES qualification — the development area (district 2) holds none — the
three counsellors are qualified guidance staff and the district head
is management staff, all granted by the city administrator."""
import datetime as dt

import pytest

from careerguide.guidance.cq.services.agency import qualification_record
from careerguide.guidance.cq.services.staff import (
    practitioner_attest,
    practitioner_profile_set,
    practitioner_role_grant,
)

CERTIFICATE = {"occupation": "career_guidance", "level": 4, "kind": "skill_level", "number": "ZD-2015-001"}


def qualify_guidance_staff(user, *, by, local_economy: bool = True, education: str = "bachelor"):
    """A guidance-staff member on the certificate-and-experience route (CQ-4.6.1-5)."""
    practitioner = practitioner_profile_set(
        actor=by, user=user, education=education, certificates=[CERTIFICATE],
        experience=[{"kind": "consulting_training", "start": "2012-01-01"}, {"kind": "industry", "start": "2010-01-01"},
                    {"kind": "guidance", "start": "2012-01-01"}])
    practitioner_attest(actor=by, practitioner=practitioner, attestation="knowledge")
    if local_economy:
        practitioner_attest(actor=by, practitioner=practitioner, attestation="local_economy")
    practitioner_role_grant(actor=by, practitioner=practitioner, role="guidance_staff")
    return practitioner


def qualify_management_staff(user, *, by):
    """A management-staff member (CQ-4.6.1-3)."""
    practitioner = practitioner_profile_set(actor=by, user=user, education="master",
                                            experience=[{"kind": "guidance", "start": "2012-01-01"}])
    practitioner_attest(actor=by, practitioner=practitioner, attestation="competence")
    practitioner_role_grant(actor=by, practitioner=practitioner, role="management_staff")
    return practitioner


def qualify_agency(unit, staff, **kw):
    return qualification_record(actor=staff.city_admin, unit=unit, kind=kw.pop("kind", "pes_approval"),
                                number=kw.pop("number", "渝人社发〔2015〕1号"), authority="市人力资源和社会保障局",
                                issued_on=kw.pop("issued_on", dt.date(2015, 1, 1)), **kw)


@pytest.fixture(name="staff")
def cq_staff(staff, city):
    qualify_agency(city.d1, staff)
    for user in (staff.d1_counsellor, staff.d2_counsellor, staff.s11_counsellor):
        qualify_guidance_staff(user, by=staff.city_admin)
    qualify_management_staff(staff.d1_head, by=staff.city_admin)
    return staff
