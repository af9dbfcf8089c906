"""A text field stored encrypted; Python code sees plain text."""
from django.db import models

from .crypto import decrypt, encrypt


class EncryptedTextField(models.TextField):
    """Encrypted at rest.  It cannot be filtered or ordered on: pair it with a
    blind-index column for look-ups."""

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)
