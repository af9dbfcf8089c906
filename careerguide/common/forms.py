"""Bridging service refusals into Django forms."""


def apply_domain_error(form, error) -> None:
    """Put a DomainError's messages on the form: field messages on their fields, the rest on the form."""
    for field, messages in error.field_errors.items():
        target = field if field in form.fields else None
        for message in messages:
            form.add_error(target, message)
    if not error.field_errors:
        for message in error.messages:
            form.add_error(None, message)
