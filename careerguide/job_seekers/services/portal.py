"""What a job seeker does for themself on the portal (BJ-14-6: online bookings)."""
from __future__ import annotations

from careerguide.guidance.choices import BookingChannel
from careerguide.guidance.services import appointment_request

from ..models import JobSeeker


def portal_booking_request(*, actor, job_seeker: JobSeeker, need: str, guidance_type: str, now=None):
    """An online booking by the person: it goes to the district of their habitual residence (BJ-14-6)."""
    return appointment_request(actor=actor, subject=job_seeker, channel=BookingChannel.ONLINE, need=need,
                               guidance_type=guidance_type, now=now)
