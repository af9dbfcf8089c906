"""Names for the audit timeline of the codes this app writes from plain tables (channels, procedures)."""
from careerguide.audit.labels import audit_labels_register

from .channels import BUILTIN_CHANNELS
from .rules import PROCEDURE_LABELS_ZH


def register() -> None:
    audit_labels_register(values={**{c.code: c.label for c in BUILTIN_CHANNELS}, **PROCEDURE_LABELS_ZH})
