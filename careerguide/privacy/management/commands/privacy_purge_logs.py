"""Delete personal-data read-log rows past bj.log_retention_days (at least 6 months, BJ-51-2); run daily."""
from django.core.management.base import BaseCommand

from careerguide.privacy.services import read_log_purge


class Command(BaseCommand):
    help = "Delete read-log rows older than each unit's bj.log_retention_days (minimum 183); audit events are kept."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="count what would be deleted, delete nothing")

    def handle(self, *args, dry_run=False, **options):
        deleted = read_log_purge(dry_run=dry_run)
        verb = "would delete" if dry_run else "deleted"
        for unit, count in sorted(deleted.items()):
            self.stdout.write(f"{unit}: {verb} {count} read-log rows")
        self.stdout.write(f"{verb} {sum(deleted.values())} read-log rows in total")
