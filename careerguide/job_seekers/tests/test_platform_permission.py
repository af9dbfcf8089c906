"""Online services need the platform service permission (BJ-7-2)."""
import datetime as dt

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.guidance.models import GuidanceAppointment
from careerguide.guidance.services import appointment_request
from careerguide.job_seekers.services.registration import job_seeker_update_profile

from .factories import register_job_seeker

pytestmark = pytest.mark.django_db


def test_online_booking_needs_the_permission_which_staff_can_activate(city, staff):
    """BJ-7-2: the permission is stored on the person's record; without it online booking is refused; staff can
    help activate it (audited), after which the person books online."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, profile={"habitual_district": city.d1.pk})
    seeker.portal_user = staff.seeker_user
    seeker.save(update_fields=["portal_user"])
    assert seeker.platform_permission is False
    with pytest.raises(DomainError):
        appointment_request(actor=staff.seeker_user, subject=seeker, need="想了解培训", guidance_type="specialized",
                            channel="online")
    assert not GuidanceAppointment.objects.exists()
    job_seeker_update_profile(actor=staff.s11_counsellor, job_seeker=seeker, data={"platform_permission": True},
                              unit=city.s11, occurred_on=dt.date.today())
    seeker.refresh_from_db()
    assert seeker.platform_permission is True
    assert AuditEvent.objects.filter(object_type="job_seekers.jobseeker", object_id=str(seeker.pk),
                                     changes__after__platform_permission=True).exists()
    appointment_request(actor=staff.seeker_user, subject=seeker, need="想了解培训", guidance_type="specialized",
                        channel="online")
    assert GuidanceAppointment.objects.count() == 1
