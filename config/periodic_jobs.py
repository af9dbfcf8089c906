"""Every periodic job of careerguide, in one place.

Each entry is (name, task, hour): the task runs once a day at or after that
local hour.  `manage.py run_periodic_jobs` (run it from cron every few minutes,
or once a day) enqueues the jobs that are due today and have not been
enqueued yet; `manage.py db_worker` executes them.  Every task takes the time
as an ISO string, so a job can be replayed for a given day.
"""
from careerguide.assistance.tasks import outreach_daily_scan
from careerguide.documents.tasks import schedule_retention_reviews
from careerguide.duties.tasks import send_duty_reminders, snapshot_duties
from careerguide.employers.tasks import ensure_quarterly_contact_duties, expire_daily_service_agreements
from careerguide.experts.tasks import experts_term_end_daily
from careerguide.guidance.cq.tasks import cq_daily
from careerguide.job_seekers.tasks import scan_no_contact
from careerguide.labour_market.tasks import summarise_training_needs
from careerguide.privacy.tasks import purge_read_log
from careerguide.studios.tasks import studios_daily
from careerguide.supervision.tasks import open_posting_check_notices
from careerguide.vacancies.tasks import expire_vacancies

PERIODIC_JOBS = (
    # 00:30 daily: vacancies past validity, filled or with an expired licence are archived (BJ-41-2) — https://crontab.guru/#30_0_*_*_*
    ("vacancies.expire", expire_vacancies, 0),
    # 00:30 daily: key-enterprise daily service agreements at the end of their term (BJ-45-6)
    ("employers.expire_agreements", expire_daily_service_agreements, 0),
    # 02:00 daily: one quarterly two-way contact duty per key enterprise (BJ-48-5) — https://crontab.guru/#0_2_*_*_*
    ("employers.quarter_duties", ensure_quarterly_contact_duties, 2),
    # 02:00 daily: registered unemployed persons silent for over six months (BJ-13-8)
    ("job_seekers.no_contact_scan", scan_no_contact, 2),
    # 02:00 daily: outreach worklists and the survey stop rules (BJ-18-2, BJ-21-4, BJ-21-5)
    ("assistance.outreach_daily", outreach_daily_scan, 2),
    # 03:00 daily: expert terms ending, renewal reminders and term expiry (CZ-8-2, CZ-8-9, CZ-8-10) — https://crontab.guru/#0_3_*_*_*
    ("experts.term_end", experts_term_end_daily, 3),
    # 04:00 daily: studio target warnings before a period ends (HN-10-8) and the ID-copy purge (HN-7-5)
    ("studios.daily", studios_daily, 4),
    # 06:00 daily: CQ plan reviews, group-session material alerts and compliance (CQ-6.1.6-1,
    # CQ-7.1.2-1) — https://crontab.guru/#0_6_*_*_*
    ("guidance.cq_daily", cq_daily, 6),
    # 01:00 daily — https://crontab.guru/#0_1_*_*_*
    ("duties.daily_snapshot", snapshot_duties, 1),
    # 08:00 daily (the reminder itself skips non-working days) — https://crontab.guru/#0_8_*_*_*
    ("duties.send_reminders", send_duty_reminders, 8),
    # 07:00 daily (working days only): today's posting-check notice opens as a duty of the city and each district (BJ-56-3) — https://crontab.guru/#0_7_*_*_*
    ("supervision.posting_check_notices", open_posting_check_notices, 7),
    # 02:30 daily: e-archive items past their keep-until date get an appraisal duty (BJ-9-2) — https://crontab.guru/#30_2_*_*_*
    ("documents.retention_reviews", schedule_retention_reviews, 2),
    # 04:00 daily, acting once a month (on the first run of a month): last month's training needs go to the training department (BJ-54-1) — https://crontab.guru/#0_4_*_*_*
    ("labour_market.training_needs", summarise_training_needs, 4),
    # 03:30 daily: read-log rows past bj.log_retention_days (at least 183 days) are deleted (BJ-51-2) — https://crontab.guru/#30_3_*_*_*
    ("privacy.purge_read_log", purge_read_log, 3),
)
