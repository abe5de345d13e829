"""Small helpers shared by tests."""

from __future__ import annotations

import io
import re
import zipfile

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def form_token(html: str, name: str = "submission_token") -> str:
    match = re.search(rf'name="{name}"[^>]*value="([^"]+)"', html) or re.search(
        rf'value="([^"]+)"[^>]*name="{name}"', html)
    assert match, f"no {name} in page"
    return match.group(1)


def valid_form(kind: str = "feedback", **overrides) -> dict:
    data = {
        "title": "Ổ gà trên đường Nguyễn Huệ",
        "content": "Mặt đường trước số 12 Nguyễn Huệ có ổ gà sâu, xe máy dễ ngã.",
        "full_name": "Trần Thị Mai",
        "address": "45 Lê Lợi, Quy Nhơn",
        "phone": "0905 123 456",
        "email": "mai@example.vn",
        "consent": "y",
        "submission_token": "tok-" + "a" * 30,
    }
    if kind in ("complaint", "denunciation"):
        data["subject"] = "Quyết định số 152/QĐ-XPHC ngày 05/9/2026"
        data["signature_confirmed"] = "y"
    if kind == "complaint":
        data["request"] = "Đề nghị hủy quyết định và hoàn trả tiền phạt"
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def reference_and_key(html: str) -> tuple[str, str]:
    ref = re.search(r'id="reference">([^<]+)<', html).group(1).strip()
    key = re.search(r'id="access-key">([^<]+)<', html).group(1).strip()
    return ref, key
