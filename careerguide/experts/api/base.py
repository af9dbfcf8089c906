"""The router and the small output schema shared by the operations."""
from ninja import Router, Schema

router = Router(tags=["experts"])


class Ok(Schema):
    id: int
    status: str = ""


def _ok(obj, field="status"):
    return {"id": obj.pk, "status": getattr(obj, field, "") or ""}
