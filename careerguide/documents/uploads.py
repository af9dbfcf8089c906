"""Which uploaded files the e-archive accepts (BJ-9-2): the type by extension and by content, and the size."""
from __future__ import annotations

import os

from django.utils.translation import gettext as _

#: accepted file types: extension -> (content type, leading bytes)
ALLOWED_TYPES = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (b"PK\x03\x04",)),
}


def upload_problems(*, name: str, size: int, head: bytes, max_bytes: int) -> list[str]:
    """Why an upload is refused (empty when accepted): type by extension and content, and size."""
    problems = []
    ext = os.path.splitext(name or "")[1].lower()
    allowed = ALLOWED_TYPES.get(ext)
    if allowed is None:
        problems.append(_("只能上传PDF、JPG、PNG、DOCX或XLSX文件。"))
    elif not any(head.startswith(magic) for magic in allowed[1]):
        problems.append(_("文件内容与扩展名不符，请上传真实的%(ext)s文件。") % {"ext": ext.lstrip(".").upper()})
    if size <= 0:
        problems.append(_("文件为空。"))
    elif size > max_bytes:
        problems.append(_("文件不能超过%(mb)sMB。") % {"mb": max_bytes // (1024 * 1024)})
    return problems


def content_type_of(name: str) -> str:
    """The content type stored for an accepted file."""
    return ALLOWED_TYPES[os.path.splitext(name)[1].lower()][0]
