"""Names for the audit timeline of the codes this app writes from plain tables (CQ referral triggers)."""
from careerguide.audit.labels import audit_labels_register


def register() -> None:
    from .cq.forms.case_steps import TRIGGERS

    audit_labels_register(values=dict(TRIGGERS))
