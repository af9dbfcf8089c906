"""Build a small, believable demo city.  Safe to run again: existing rows are kept."""
from django.core.management.base import BaseCommand

from careerguide.accounts.roles import Role
from careerguide.common.demo_data import DEMO_PASSWORD, build_all
from careerguide.common.demo_data.base import STAFF


class Command(BaseCommand):
    help = "Load the demo city (units, staff, job seekers, employers, vacancies, services); idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--job-seekers", type=int, default=0,
                            help="extra bare registrations at the streets (the year of history has the people)")
        parser.add_argument("--size", choices=("full", "small"), default="full",
                            help="volume of the year of history: full for the demo, small for tests")
        parser.add_argument("--timings", action="store_true", help="print how long each area took")

    def handle(self, *args, **options):
        log = self.stderr.write if options["timings"] else None
        demo = build_all(job_seekers_count=options["job_seekers"], size=options["size"], log=log)
        lines = [f"demo city ready: {len(demo.units)} units, {len(demo.staff)} staff; added: "
                 + ("; ".join(demo.notes) or "nothing"), f"demo logins (password {DEMO_PASSWORD}):"]
        for username, name, unit_code, roles in STAFF:
            labels = "、".join(str(Role(r).label) for r in roles)
            lines.append(f"  {username:<20} {name}  {demo.units[unit_code].name}  {labels}")
        lines += [f"  {username:<20} {name}  {description}" for username, name, description in demo.logins]
        self.stdout.write("\n".join(lines))
