"""The one way to tell a person something."""
from careerguide.common.services import now_or

from .channels import CHANNELS, Message
from .models import Notification


def notify(*, recipient, subject: str, body: str = "", link: str = "", dedup_key: str | None = None, now=None) -> bool:
    """Deliver through every channel; returns True if the inbox took a new message.
    A repeated `dedup_key` is delivered only once."""
    message = Message(recipient=recipient, subject=subject, body=body, link=link, dedup_key=dedup_key,
                      created_at=now_or(now))
    results = [channel.deliver(message) for channel in CHANNELS]
    return results[0]


def notification_mark_read(*, actor, notification: Notification, now=None) -> None:
    if notification.read_at is None:
        notification.read_at = now_or(now)
        notification.save(update_fields=["read_at"])
