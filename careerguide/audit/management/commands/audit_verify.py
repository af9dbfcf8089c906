from django.core.management.base import BaseCommand, CommandError

from careerguide.audit.verification import audit_chain_verify

REASONS = {
    "missing": "event is missing (deleted)",
    "broken_link": "event does not link to the previous event",
    "altered": "event content does not match its hash (edited)",
}


class Command(BaseCommand):
    help = "Verify the hash chain of the audit trail; exit non-zero at the first bad event."

    def handle(self, *args, **options):
        count, problem = audit_chain_verify()
        if problem is not None:
            raise CommandError(f"audit chain broken at event seq={problem.seq}: {REASONS[problem.reason]} ({count} events verified before it)")
        self.stdout.write(f"audit chain intact: {count} events verified")
