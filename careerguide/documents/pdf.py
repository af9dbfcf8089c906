"""PDF output from HTML templates with embedded Chinese fonts (WeasyPrint)."""
from django.conf import settings
from django.template.loader import render_to_string
from weasyprint import HTML


def render_pdf(template_name: str, context: dict, *, request=None) -> bytes:
    """Render a template that extends "documents/base_print.html" to PDF bytes.

    The print stylesheet names CJK fonts installed from Debian (WenQuanYi Zen
    Hei, Noto CJK); WeasyPrint embeds the glyphs it uses.
    """
    html = render_to_string(template_name, {"office_name": settings.OFFICE_NAME, **context}, request=request)
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
