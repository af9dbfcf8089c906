from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from careerguide.common.errors import DomainError
from careerguide.operations.services import backup_restore, backup_restore_check

from ._options import actor_of, add_actor_option, describe, operator


class Command(BaseCommand):
    help = ("Restore an archive written by `backup`. With --check (the periodic restore test) it is loaded into a "
            "scratch database and verified there; with --yes it replaces the live data (stop the servers first). "
            "Either way every table's row count must equal the archive's and audit_verify must pass.")

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        mode = parser.add_mutually_exclusive_group(required=True)
        mode.add_argument("--check", action="store_true", help="restore test into a scratch database")
        mode.add_argument("--yes", action="store_true", help="replace the live data with the archive's")
        add_actor_option(parser)

    def handle(self, *args, **options):
        call = backup_restore_check if options["check"] else backup_restore
        try:
            record = call(actor=actor_of(options), operator=operator(), path=options["archive"])
        except DomainError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(describe(record) + f"; {record.note}")
