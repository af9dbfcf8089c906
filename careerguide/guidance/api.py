import datetime as dt

from ninja import Router, Schema, Status

from careerguide.accounts.access import api_require
from careerguide.accounts.models import User

from .models import BookingChannel
from .permissions import can_give_guidance
from .selectors import appointment_get, appointment_list, subject_get
from .services import appointment_assign, appointment_request

router = Router(tags=["guidance"])


class AppointmentOut(Schema):
    id: int
    subject_type: str
    subject_id: str
    subject_label: str
    need: str
    guidance_type: str
    channel: str
    status: str
    unit_id: int
    officer_id: int | None = None
    requested_on: dt.date
    scheduled_at: dt.datetime | None = None


class AppointmentIn(Schema):
    subject_type: str
    subject_id: int
    need: str
    guidance_type: str


class AssignIn(Schema):
    officer_id: int
    scheduled_at: dt.datetime | None = None


@router.get("/appointments", response=list[AppointmentOut])
@api_require(can_give_guidance)
def list_appointments(request, status: str = ""):
    return list(appointment_list(actor=request.user, status=status)[:500])


@router.post("/appointments", response={201: AppointmentOut})
@api_require(can_give_guidance)
def create_appointment(request, payload: AppointmentIn):
    subject = subject_get(actor=request.user, subject_type=payload.subject_type, subject_id=payload.subject_id)
    return Status(201, appointment_request(actor=request.user, subject=subject, need=payload.need,
                                           guidance_type=payload.guidance_type, channel=BookingChannel.COUNTER))


@router.post("/appointments/{appointment_id}/assign", response=AppointmentOut)
@api_require(can_give_guidance)
def assign_appointment(request, appointment_id: int, payload: AssignIn):
    appointment = appointment_get(actor=request.user, pk=appointment_id)
    officer = User.objects.filter(pk=payload.officer_id).first()
    return appointment_assign(actor=request.user, appointment=appointment, officer=officer,
                              scheduled_at=payload.scheduled_at)
