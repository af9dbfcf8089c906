"""Small in-memory uploads for the e-archive tests."""
from django.core.files.uploadedfile import SimpleUploadedFile

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def pdf_upload(name="认定决定书.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")
