"""What the backup and restore commands share: who runs them, and refusals as command errors."""
import getpass

from django.core.management.base import CommandError

from careerguide.accounts.models import User


def add_actor_option(parser) -> None:
    parser.add_argument("--actor", help="username of the staff member who runs it (recorded in the backup log)")


def actor_of(options):
    username = options.get("actor")
    if not username:
        return None
    user = User.objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"no user {username!r}")
    return user


def operator() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def describe(record) -> str:
    return (f"{record.get_kind_display()} {record.archive}: {record.size_bytes} bytes, sha256 {record.sha256}, "
            f"{record.tables} tables, {record.rows} rows")
