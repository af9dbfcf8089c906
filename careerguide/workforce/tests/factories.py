"""Register entries for tests (fictional names)."""
import datetime as dt

from careerguide.workforce.services.register import counsellor_register, qualification_add, service_period_add


def make_counsellor(actor, unit, name="林晓", *, roles=("guidance",), employment_type="full_time", joined_on=dt.date(2015, 1, 1),
                    level=None, since=None, **kw):
    c = counsellor_register(actor=actor, unit=unit, full_name=name, employment_type=employment_type, roles=list(roles),
                            joined_on=joined_on, **kw)
    if level:
        qualification_add(actor=actor, counsellor=c, occupation="career_guidance", kind="skill_level_certificate", level=level,
                          number=f"Z{c.pk:06d}", issuer="市职业技能鉴定中心", issued_on=dt.date(2014, 6, 1))
    if since:
        service_period_add(actor=actor, counsellor=c, organisation_name=unit.name, started_on=since)
    return c
