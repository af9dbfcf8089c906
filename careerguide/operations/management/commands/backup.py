from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from careerguide.common.errors import DomainError
from careerguide.operations.services import backup_create

from ._options import actor_of, add_actor_option, describe, operator


class Command(BaseCommand):
    help = ("Write an encrypted archive of the whole database (SQLite online backup or pg_dump) into BACKUP_DIR, "
            "log it (CQ-4.4-4) and keep the newest cq.backup_retained_copies archives.")

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, help="folder for the archives (default: settings.BACKUP_DIR)")
        add_actor_option(parser)

    def handle(self, *args, **options):
        try:
            record = backup_create(actor=actor_of(options), operator=operator(), directory=options["dir"])
        except DomainError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(describe(record))
        if record.removed:
            self.stdout.write(f"removed by the retention policy ({record.retained_copies} copies): "
                              + ", ".join(record.removed))
