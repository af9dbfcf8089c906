"""Delivery channels.  Each has `deliver(message) -> bool`; SMS and e-mail adapters plug in here."""
from dataclasses import dataclass

from .models import Notification


@dataclass(frozen=True)
class Message:
    recipient: object
    subject: str
    body: str
    link: str
    dedup_key: str | None
    created_at: object


class InboxChannel:
    name = "inbox"

    def deliver(self, message: Message) -> bool:
        if message.dedup_key and Notification.objects.filter(dedup_key=message.dedup_key).exists():
            return False
        Notification.objects.create(recipient=message.recipient, subject=message.subject, body=message.body,
                                    link=message.link, dedup_key=message.dedup_key, created_at=message.created_at)
        return True


CHANNELS = (InboxChannel(),)
