"""Printable documents of the expert team: the appointment certificate (CZ-7-13, CZ-8-7) and public
notices (CZ-7-5, CZ-9-5), rendered to PDF with an embedded CJK font."""
from django.utils import timezone

from careerguide.documents.pdf import render_pdf
from careerguide.organisations.selectors import city_name

from .models import AppointmentCertificate, PublicNotice


def certificate_pdf(cert: AppointmentCertificate, *, now=None) -> bytes:
    """聘书: number, holder, issuing authority, issue date, term and kind (CZ-7-13)."""
    return render_pdf("experts/print/certificate.html", {"cert": cert, "m": cert.membership, "city_name": city_name(),
                                                         "generated_at": now or timezone.now()})


def notice_pdf(notice: PublicNotice, *, now=None) -> bytes:
    """公示: the appointment list shows name and work unit of each candidate (CZ-7-5); a dismissal notice
    shows only its title — name, former certificate number, fact and effective date (CZ-9-5)."""
    candidates = notice.applications.order_by("name") if notice.kind == PublicNotice.KIND_APPOINTMENT else []
    return render_pdf("experts/print/notice.html", {"notice": notice, "candidates": candidates, "city_name": city_name(),
                                                    "generated_at": now or timezone.now()})
