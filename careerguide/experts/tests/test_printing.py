"""Certificate and notice PDFs embed a Chinese font and carry the required content."""
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from careerguide.experts.printing import certificate_pdf, notice_pdf
from careerguide.experts.tests.factories import appointed

pytestmark = [pytest.mark.django_db,
              pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is installed by scripts/setup.sh")]


def _fonts_and_text(pdf: bytes) -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return fonts, text


def test_certificate_and_appointment_notice_pdfs(client, city, staff):
    """CZ-7-13: the certificate shows number, holder, issuer, issue date and term; CZ-7-5: the notice
    lists the candidates; both embed a CJK font."""
    m = appointed(staff, city)
    cert = m.certificates.get()
    fonts, text = _fonts_and_text(certificate_pdf(cert))
    assert any(n in fonts for n in ("WenQuanYi", "Noto", "CJK")) and " yes " in fonts
    for piece in (cert.number, m.name, "测试市人力资源和社会保障局", "聘期自", "测试市职业指导专家"):
        assert piece in text.replace("\n", "")
    assert cert.issuer == "测试市人力资源和社会保障局" and "常州" not in text
    fonts, text = _fonts_and_text(notice_pdf(m.application.notice))
    assert " yes " in fonts and m.name in text and "拟聘任人选公示" in text and "测试市人力资源和社会保障局" in text
    client.force_login(staff.city_admin)
    response = client.get(f"/experts/members/{m.pk}/certificates/{cert.pk}/pdf/")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    client.force_login(staff.seeker_user)
    assert client.get(f"/experts/members/{m.pk}/certificates/{cert.pk}/pdf/").status_code in (403, 404)
