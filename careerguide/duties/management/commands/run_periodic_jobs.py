"""Enqueue the periodic jobs that are due (see config/periodic_jobs.py)."""
import datetime as dt

from django.core.cache import cache
from django.core.management.base import BaseCommand
from django.utils import timezone

from config.periodic_jobs import PERIODIC_JOBS


class Command(BaseCommand):
    help = "Enqueue each periodic job once a day at or after its hour; --run executes them here instead."

    def add_arguments(self, parser):
        parser.add_argument("--now", help="ISO date-time to act as (default: the current time)")
        parser.add_argument("--run", action="store_true", help="run the due jobs in this process instead of enqueueing them")

    def handle(self, *args, **options):
        now = dt.datetime.fromisoformat(options["now"]) if options["now"] else timezone.now()
        if timezone.is_naive(now):
            now = timezone.make_aware(now)
        local = timezone.localtime(now)
        for name, job, hour in PERIODIC_JOBS:
            key = f"periodic:{name}:{local.date().isoformat()}"
            if local.hour < hour or cache.get(key):
                continue
            if options["run"]:
                result = job.call(now.isoformat())
                self.stdout.write(f"{name}: {result}")
            else:
                job.enqueue(now.isoformat())
                self.stdout.write(f"{name}: enqueued")
            cache.set(key, True, 36 * 3600)
