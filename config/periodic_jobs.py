"""Every periodic job of careerguide, in one place.

Each entry is (name, task, hour): the task runs once a day at or after that
local hour.  `manage.py run_periodic_jobs` (run it from cron every few minutes,
or once a day) enqueues the jobs that are due today and have not been
enqueued yet; `manage.py db_worker` executes them.  Every task takes the time
as an ISO string, so a job can be replayed for a given day.
"""
from careerguide.duties.tasks import send_duty_reminders, snapshot_duties

PERIODIC_JOBS = (
    # 01:00 daily — https://crontab.guru/#0_1_*_*_*
    ("duties.daily_snapshot", snapshot_duties, 1),
    # 08:00 daily (the reminder itself skips non-working days) — https://crontab.guru/#0_8_*_*_*
    ("duties.send_reminders", send_duty_reminders, 8),
)
