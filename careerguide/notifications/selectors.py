from careerguide.common.errors import NotFound

from .models import Notification


def inbox_list(*, actor):
    return Notification.objects.filter(recipient=actor)


def unread_count(*, actor) -> int:
    return Notification.objects.filter(recipient=actor, read_at__isnull=True).count()


def notification_get(*, actor, pk) -> Notification:
    item = Notification.objects.filter(recipient=actor, pk=pk).first()
    if item is None:
        raise NotFound()
    return item
