"""Matching: recommendations by the street counsellor with the person's consent; one hired, one overdue for
follow-up, one just made (BJ-15-2, BJ-40-1, BJ-41-1)."""
from careerguide.matching.models import Recommendation
from careerguide.matching.services.outcomes import recommendation_outcome_record
from careerguide.matching.services.recommendations import recommendation_create
from careerguide.vacancies.models import Vacancy

from .base import Demo
from .job_seekers import featured

# (featured person, vacancy title, working days ago, consent channel, outcome: (working days ago, outcome) or None)
RECOMMENDATIONS = [
    ("grade-a", "仓库管理员", 9, "in_person", (5, "hired")),
    ("ready", "快递分拣员", 8, "phone", None),
    ("ready", "仓库管理员", 0, "in_person", None),
]


def build(demo: Demo) -> None:
    counsellor = demo.staff["s0101.counsellor"]
    for key, title, back, consent, outcome in RECOMMENDATIONS:
        seeker = featured(key)
        vacancy = Vacancy.objects.filter(published_version__title=title).first()
        if seeker is None or vacancy is None or Recommendation.objects.filter(job_seeker=seeker, vacancy=vacancy).exists():
            continue
        day = demo.workday_back(back)
        rec = recommendation_create(actor=counsellor, job_seeker=seeker, vacancy=vacancy, direction="to_job_seeker",
                                    consent_channel=consent, consent_note="本人同意推荐", recommended_on=day,
                                    now=demo.at(day, 11))
        demo.notes.append(f"a recommendation ({seeker.full_name} → {title})")
        if outcome:
            done_on = demo.workday_back(outcome[0])
            recommendation_outcome_record(actor=counsellor, recommendation=rec, outcome=outcome[1], on=done_on,
                                          job_start=demo.workday_back(outcome[0] - 2), note="已签订劳动合同",
                                          now=demo.at(done_on, 16))
