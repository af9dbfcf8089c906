"""Collection and job-seeking registration (BJ-10-1, BJ-11-1 to BJ-11-4, BJ-13-9)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.assistance.services.outreach import survey_target_registered
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.identifiers import resident_id_birth_date, resident_id_sex
from careerguide.common.services import audit, now_or, policy_number, refuse, today
from careerguide.common.validators import validate_mobile_phone, validate_resident_id
from careerguide.matching.services.features import job_seeker_features_refresh
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.privacy.masking import mask_phone, mask_resident_id

from ..channels import BUILTIN_BY_CODE, ChannelInfo
from ..lookup import id_number_lookup_key, phone_lookup_key
from ..models import CollectionChannel, JobSeeker, Registration, ServiceEpisode, SkillCertificate, WorkHistoryItem
from ..rules import ledger_created_late
from ..selectors import current_episode
from ..states import JobSeekerStatus
from .ledger import job_seeker_set_status, personal_entry_add
from .profile import clean_certificates, clean_profile, clean_work_history, snapshot
from .transfer import job_seeker_transfer

#: Statuses after which a job-seeking registration starts service again (BJ-13-9, BJ-16-3).
RESTART_STATUSES = (JobSeekerStatus.STOPPED_NO_CONTACT, JobSeekerStatus.SERVICES_STOPPED, JobSeekerStatus.ARCHIVED)


def _clean_identity(full_name: str, id_number: str, phone: str, errors: dict) -> tuple[str, str, str]:
    full_name = (full_name or "").strip()
    if not full_name:
        errors["full_name"] = [_("姓名不能为空。")]
    try:
        id_number = validate_resident_id(id_number)
    except ValidationError as exc:
        errors["id_number"] = list(exc.messages)
    if phone:
        try:
            phone = validate_mobile_phone(phone)
        except ValidationError as exc:
            errors["phone"] = list(exc.messages)
    return full_name, id_number, phone


def _refuse_fields(errors: dict, *, clause: str = "") -> None:
    if errors:
        raise DomainError(field_errors=errors, clause=clause, code=CommonErrorCode.INVALID)


def channel_info(*, code: str) -> ChannelInfo | None:
    """A built-in channel, or an office's active configured channel (recorded as "other" in the ledger)."""
    if code in BUILTIN_BY_CODE:
        return BUILTIN_BY_CODE[code]
    extra = CollectionChannel.objects.filter(code=code, active=True).first()
    if extra is None:
        return None
    return ChannelInfo(extra.code, extra.label, "other", "client", True)


def _episode_open(job_seeker, *, unit, opened_on) -> ServiceEpisode:
    number = (job_seeker.episodes.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    return ServiceEpisode.objects.create(job_seeker=job_seeker, number=number, opened_on=opened_on, unit=unit)


@dataclass(frozen=True)
class _Collection:
    """One collection's cleaned values (BJ-11-2, BJ-11-3)."""

    full_name: str
    id_number: str
    phone: str
    collected_on: dt.date
    info: ChannelInfo
    profile: dict
    history: list
    certs: list
    late: bool  # BJ-11-1: not keyed within the ledger-creation limit


def _collection_clean(*, actor, unit, full_name, id_number, phone, channel, collected_on, profile, work_history,
                      certificates, portal_user, now) -> _Collection:
    """Every field checked at once; refused on the fields with all their messages (BJ-11-2)."""
    on = today(now)
    errors: dict = {}
    full_name, id_number, phone = _clean_identity(full_name, id_number, phone, errors)
    collected_on = collected_on or on
    if collected_on > on:
        errors.setdefault("collected_on", []).append(_("采集日期不能晚于今天。"))
    info = channel_info(code=channel)
    if info is None:
        errors.setdefault("channel", []).append(_("请选择有效的采集渠道。"))
    profile = clean_profile(data=profile or {}, today=on, errors=errors)
    history = clean_work_history(items=work_history, today=on, errors=errors)
    certs = clean_certificates(items=certificates, today=on, errors=errors)
    if profile.get("unemployed_since") and profile["unemployed_since"] > collected_on:
        errors.setdefault("unemployed_since", []).append(_("失业开始日期不能晚于采集日期。"))
    if portal_user is None and not unit_in_jurisdiction(actor, unit):
        errors.setdefault("unit", []).append(_("只能在本机构辖区内登记求职者。"))
    _refuse_fields(errors, clause="BJ-11-2")
    late = ledger_created_late(collected_on=collected_on, created_on=on,
                               creation_days=policy_number("bj.ledger_creation_days", unit=unit, on=collected_on))
    return _Collection(full_name, id_number, phone, collected_on, info, profile, history, certs, late)


def _known_person(*, key: str, append_to_existing: bool, portal_user) -> JobSeeker | None:
    """One person, one ledger (BJ-11-1, BJ-7-3): a known ID number is appended only when the caller confirms it."""
    seeker = JobSeeker.objects.select_for_update().filter(id_number_index=key).first()
    if seeker is not None and not append_to_existing:
        refuse(_("该身份证号码已建立个人服务台账。一人一账：如需将本次登记追加到原台账，请勾选“追加到已有个人服务台账”后重新提交。"),
               code=CommonErrorCode.DUPLICATE, clause="BJ-11-1", field="id_number")
    if seeker is not None and portal_user is not None and seeker.portal_user_id != portal_user.pk:
        refuse(_("该身份证号码已建立个人服务台账，请携带身份证到服务窗口核实身份后关联账户。"),
               code=CommonErrorCode.DUPLICATE, clause="BJ-7-3")
    return seeker


def _person_create(*, c: _Collection, key: str, unit, portal_user, now) -> tuple[JobSeeker, ServiceEpisode]:
    seeker = JobSeeker.objects.create(
        full_name=c.full_name, id_number=c.id_number, id_number_index=key, phone=c.phone,
        phone_index=phone_lookup_key(c.phone) if c.phone else "", sex=resident_id_sex(c.id_number),
        birth_date=resident_id_birth_date(c.id_number), unit=unit, portal_user=portal_user,
        ledger_opened_on=today(now), ledger_created_late=c.late, **c.profile)
    return seeker, _episode_open(seeker, unit=unit, opened_on=c.collected_on)


def _person_update(*, actor, seeker: JobSeeker, c: _Collection, unit, portal_user, now) -> ServiceEpisode:
    """A new collection for a known person; after a stop or archiving the registering agency takes the ledger."""
    before = {"full_name": seeker.full_name, "phone": mask_phone(seeker.phone)}
    seeker.full_name = c.full_name
    if c.phone:
        seeker.phone, seeker.phone_index = c.phone, phone_lookup_key(c.phone)
    if portal_user is not None:
        seeker.portal_user = portal_user
    for k, v in c.profile.items():
        if k in ("difficulty_certified", "certified_on") and not v:
            continue  # a registration never withdraws a certification; only an exit decision does (OQ 34)
        if v not in (None, "") or k in ("registration_type",):
            setattr(seeker, k, v)
    episode = current_episode(job_seeker=seeker)
    if seeker.status in RESTART_STATUSES:  # the agency that registers the person again now holds the ledger
        job_seeker_transfer(actor=actor, job_seeker=seeker, to_unit=unit, clause="BJ-13-9", now=now)
        episode = _episode_open(seeker, unit=unit, opened_on=c.collected_on)
    seeker.save()
    audit(actor=actor, obj=seeker, unit=unit, action="update", clause="BJ-11-1", now=now, before=before,
          after={"full_name": c.full_name, "phone": mask_phone(seeker.phone)})
    return episode


def _history_replace(seeker: JobSeeker, c: _Collection) -> None:
    if c.history:
        WorkHistoryItem.objects.filter(job_seeker=seeker).delete()
        WorkHistoryItem.objects.bulk_create([WorkHistoryItem(job_seeker=seeker, **h) for h in c.history])
    if c.certs:
        SkillCertificate.objects.filter(job_seeker=seeker).delete()
        SkillCertificate.objects.bulk_create([SkillCertificate(job_seeker=seeker, **x) for x in c.certs])


def _registration_ledger(*, actor, seeker, registration, episode, c: _Collection, unit, created: bool, now) -> None:
    """The ledger opening (once) and the registration entry (BJ-11-1, BJ-11-2)."""
    info = c.info
    if created:
        personal_entry_add(actor=actor, job_seeker=seeker, unit=unit, section="basic_info", service_type="ledger_opened",
                           occurred_on=c.collected_on, summary=_("建立个人服务台账"), initiated_by=info.initiated_by,
                           channel=info.ledger_channel, clause="BJ-11-1", content={"contact": False},
                           check_serviceable=False, now=now)
    summary = _("求职登记（%(channel)s）") if info.job_seeking_registration else _("采集求职者信息（%(channel)s）")
    personal_entry_add(actor=actor, job_seeker=seeker, unit=unit, section="registration", service_type="registration",
                       occurred_on=c.collected_on, summary=summary % {"channel": info.label},
                       outcome=_("未在采集当天录入") if registration.created_late else "",
                       content={"registration": registration.pk, "episode": episode.number},
                       initiated_by=info.initiated_by, channel=info.ledger_channel, clause="BJ-11-2",
                       check_serviceable=False, now=now)


@transaction.atomic
def job_seeker_register(*, actor, unit, full_name: str, id_number: str, phone: str = "", channel: str = "front_desk",
                        collected_on: dt.date | None = None, profile: dict | None = None, work_history=(),
                        certificates=(), append_to_existing: bool = False, portal_user=None, now=None) -> Registration:
    """Record one collection of a person's information and open (or append to) their ledger.

    * The ledger is opened on the collection day; keyed later it is kept and flagged late (BJ-11-1, BJ-11-4).
    * One person, one ledger: a second registration is appended only when the caller confirms it
      (``append_to_existing``), otherwise the duplicate is refused with a message (BJ-11-1, BJ-7-3).
    * A registration after a no-contact stop or archiving opens a new service episode (BJ-13-9).
    """
    now = now_or(now)
    c = _collection_clean(actor=actor, unit=unit, full_name=full_name, id_number=id_number, phone=phone,
                          channel=channel, collected_on=collected_on, profile=profile, work_history=work_history,
                          certificates=certificates, portal_user=portal_user, now=now)
    key = id_number_lookup_key(c.id_number)
    seeker = _known_person(key=key, append_to_existing=append_to_existing, portal_user=portal_user)
    created = seeker is None
    if created:
        seeker, episode = _person_create(c=c, key=key, unit=unit, portal_user=portal_user, now=now)
    else:
        episode = _person_update(actor=actor, seeker=seeker, c=c, unit=unit, portal_user=portal_user, now=now)
    _history_replace(seeker, c)
    job_seeker_features_refresh(job_seeker=seeker, now=now)
    form_data = snapshot(values={"full_name": c.full_name, **c.profile, "work_history": c.history,
                                 "certificates": c.certs})
    registration = Registration.objects.create(
        job_seeker=seeker, episode=episode, channel=c.info.code, channel_label=str(c.info.label),
        collected_on=c.collected_on, recorded_at=now, created_late=c.late, unit=unit,
        is_job_seeking_registration=c.info.job_seeking_registration,
        staff=actor if getattr(actor, "is_staff_member", False) else None, form_data=form_data)
    audit(actor=actor, obj=seeker, unit=unit, action="create" if created else "register", clause="BJ-11-1",
          now=now, after={"registration": registration.pk, "channel": c.info.code, "collected_on": c.collected_on,
                          "id_number": mask_resident_id(c.id_number), "episode": episode.number,
                          "created_late": registration.created_late})
    _registration_ledger(actor=actor, seeker=seeker, registration=registration, episode=episode, c=c, unit=unit,
                         created=created, now=now)
    if c.info.job_seeking_registration and seeker.status in (JobSeekerStatus.COLLECTED, *RESTART_STATUSES):
        job_seeker_set_status(actor=actor, job_seeker=seeker, to=JobSeekerStatus.REGISTERED,
                              clause="BJ-13-9" if episode.number > 1 else "BJ-16-3", now=now)
    if c.info.job_seeking_registration:  # a surveyed person who registers leaves the outreach (BJ-21-1)
        survey_target_registered(actor=actor, job_seeker=seeker, on=c.collected_on, now=now)
    return registration


@transaction.atomic
def job_seeker_create(*, actor, full_name: str, id_number: str, phone: str = "", unit,
                      now: dt.datetime | None = None) -> JobSeeker:
    """A front-desk registration of a new person with identity and contact only; a known ID number is refused."""
    return job_seeker_register(actor=actor, unit=unit, full_name=full_name, id_number=id_number, phone=phone,
                               now=now).job_seeker


@transaction.atomic
def job_seeker_take_over(*, actor, full_name: str, id_number: str, phone: str = "", unit, now=None) -> JobSeeker:
    """A person record taken over from the business system (BJ-2-1, Open question 2): identity only, already
    registered there, so no collection is recorded here and no ledger entry is written. A known ID is refused."""
    now = now_or(now)
    errors: dict = {}
    full_name, id_number, phone = _clean_identity(full_name, id_number, phone, errors)
    if not unit_in_jurisdiction(actor, unit):
        errors.setdefault("unit", []).append(_("只能在本机构辖区内登记求职者。"))
    _refuse_fields(errors)
    key = id_number_lookup_key(id_number)
    if JobSeeker.objects.filter(id_number_index=key).exists():
        refuse(_("该身份证号码已建立个人服务台账。"), code=CommonErrorCode.DUPLICATE, clause="BJ-11-1", field="id_number")
    seeker = JobSeeker.objects.create(
        full_name=full_name, id_number=id_number, id_number_index=key, phone=phone,
        phone_index=phone_lookup_key(phone) if phone else "", sex=resident_id_sex(id_number),
        birth_date=resident_id_birth_date(id_number), unit=unit, status=JobSeekerStatus.REGISTERED,
        ledger_opened_on=today(now))
    _episode_open(seeker, unit=unit, opened_on=today(now))
    job_seeker_features_refresh(job_seeker=seeker, now=now)
    audit(actor=actor, obj=seeker, unit=unit, action="create", clause="BJ-11-1", now=now,
          after={"full_name": full_name, "id_number": mask_resident_id(id_number), "phone": mask_phone(phone),
                 "unit": unit.pk})
    return seeker


@transaction.atomic
def job_seeker_update_contact(*, actor, job_seeker: JobSeeker, full_name: str, phone: str, clause: str = "",
                              now=None) -> JobSeeker:
    """Change name or phone; the audit keeps masked before/after values only (and the clause, when the change
    answers a rule, e.g. a person's correction request under BJ-51-2)."""
    errors: dict = {}
    full_name, _id, phone = _clean_identity(full_name, job_seeker.id_number, phone, errors)
    _refuse_fields(errors)
    before = {"full_name": job_seeker.full_name, "phone": mask_phone(job_seeker.phone)}
    after = {"full_name": full_name, "phone": mask_phone(phone)}
    if before == after and phone == job_seeker.phone:
        return job_seeker
    job_seeker.full_name = full_name
    job_seeker.phone = phone
    job_seeker.phone_index = phone_lookup_key(phone) if phone else ""
    job_seeker.save(update_fields=["full_name", "phone", "phone_index", "updated_at"])
    audit(actor=actor, obj=job_seeker, unit=job_seeker.unit, action="update", clause=clause, now=now, before=before,
          after=after)
    return job_seeker


@transaction.atomic
def job_seeker_update_profile(*, actor, job_seeker: JobSeeker, data: dict, unit=None, occurred_on=None,
                              initiated_by: str = "agency", channel: str = "front_desk", clause: str = "BJ-11-3",
                              now=None) -> JobSeeker:
    """Update some profile fields (intentions, refined-service information, certification), audited and
    recorded in the ledger's basic-information section. Only the keys present in ``data`` change."""
    now = now_or(now)
    errors: dict = {}
    values = clean_profile(data=data, today=today(now), errors=errors, partial=True)
    _refuse_fields(errors)
    before = snapshot(values={k: getattr(job_seeker, k) for k in values})
    for k, v in values.items():
        setattr(job_seeker, k, v)
    after = snapshot(values=values)
    changed = {k: after[k] for k in after if before.get(k) != after[k]}
    if not changed:
        return job_seeker
    job_seeker.save()
    job_seeker_features_refresh(job_seeker=job_seeker, now=now)
    unit = unit or job_seeker.unit
    audit(actor=actor, obj=job_seeker, unit=unit, action="update", clause=clause, now=now,
          before={k: before[k] for k in changed}, after=changed)
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="basic_info", service_type="profile_update",
                       occurred_on=occurred_on or today(now), summary=_("更新求职者信息"),
                       content={"changed": sorted(changed)}, initiated_by=initiated_by, channel=channel,
                       clause="BJ-11-3", now=now)
    return job_seeker
