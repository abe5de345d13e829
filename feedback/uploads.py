"""Attachment checks and storage: allow-listed types recognised by content, generated names,
stored under the instance folder (never under ``static/``)."""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from flask import current_app
from flask_babel import lazy_gettext as _l

from .errors import DomainError
from .timeutil import utcnow

#: Human list of accepted types, for hints.
ACCEPTED_TYPES_TEXT = "PDF, JPEG, PNG, WEBP, HEIC, DOCX, XLSX, ODT"
#: ``accept`` attribute for file inputs (a convenience only; content decides).
ACCEPT_ATTRIBUTE = ".pdf,.jpg,.jpeg,.png,.webp,.heic,.heif,.docx,.xlsx,.odt"


class UploadRejected(DomainError):
    code = "upload_rejected"


@dataclass
class CheckedFile:
    """A file that passed the checks, held in memory until stored."""

    original_name: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _zip_office_type(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                if any(n.startswith("word/") for n in names):
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                if any(n.startswith("xl/") for n in names):
                    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                if mimetype == "application/vnd.oasis.opendocument.text":
                    return mimetype
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    return None


def sniff_type(data: bytes) -> str | None:
    """The MIME type of ``data`` from its magic bytes, or None when not allow-listed."""
    head = data[:16]
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heif"):
        return "image/heic"
    if head.startswith(b"PK\x03\x04"):
        return _zip_office_type(data)
    return None


def check_upload(stream: BinaryIO, filename: str | None) -> CheckedFile:
    """Read and check one upload. Raises :class:`UploadRejected` with a translated message."""
    limit = current_app.config["MAX_ATTACHMENT_BYTES"]
    data = stream.read(limit + 1)
    name = (filename or "tep-dinh-kem").replace("\\", "/").rsplit("/", 1)[-1][:200] or "tep-dinh-kem"
    if len(data) > limit:
        raise UploadRejected(
            _l("“%(name)s” is larger than %(mb)d MB.", name=name, mb=limit // (1024 * 1024)), field="attachments"
        )
    if not data:
        raise UploadRejected(_l("“%(name)s” is empty.", name=name), field="attachments")
    content_type = sniff_type(data)
    if content_type is None:
        raise UploadRejected(
            _l("“%(name)s” is not an accepted file type. Accepted: %(types)s.", name=name, types=ACCEPTED_TYPES_TEXT),
            field="attachments",
        )
    return CheckedFile(original_name=name, content_type=content_type, data=data)


def upload_root() -> Path:
    root = current_app.config.get("UPLOAD_DIR") or str(Path(current_app.instance_path) / "uploads")
    return Path(root)


def store(checked: CheckedFile) -> str:
    """Write the file under a generated name; returns the relative stored name."""
    now = utcnow()
    relative = f"{now:%Y/%m}/{uuid.uuid4().hex}"
    path = upload_root() / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(checked.data)
    return relative


def stored_path(stored_name: str) -> Path:
    """Absolute path of a stored file, refusing names that escape the upload folder."""
    root = upload_root().resolve()
    path = (root / stored_name).resolve()
    if root not in path.parents:
        raise UploadRejected(_l("Invalid file path."))
    return path


# --- staging: keep valid files across a form error so the citizen does not lose them -------------

def _stage_dir(token: str) -> Path:
    digest = hashlib.sha256(("stage:" + token).encode()).hexdigest()
    return upload_root() / "staging" / digest


def stage(token: str, files: list[CheckedFile]) -> None:
    """Keep checked files for a form that must be shown again."""
    if not token or not files:
        return
    folder = _stage_dir(token)
    folder.mkdir(parents=True, exist_ok=True)
    start = len(list(folder.glob("*.bin")))
    for index, checked in enumerate(files, start=start):
        (folder / f"{index:02d}.bin").write_bytes(checked.data)
        (folder / f"{index:02d}.meta").write_text(
            checked.content_type + "\n" + checked.original_name, encoding="utf-8"
        )


def staged(token: str) -> list[CheckedFile]:
    """Files staged for this form token, in upload order."""
    if not token:
        return []
    folder = _stage_dir(token)
    if not folder.is_dir():
        return []
    result = []
    for data_path in sorted(folder.glob("*.bin")):
        meta = data_path.with_suffix(".meta").read_text(encoding="utf-8").split("\n", 1)
        result.append(CheckedFile(original_name=meta[1], content_type=meta[0], data=data_path.read_bytes()))
    return result


def clear_stage(token: str) -> None:
    folder = _stage_dir(token) if token else None
    if folder and folder.is_dir():
        for path in folder.iterdir():
            path.unlink(missing_ok=True)
        folder.rmdir()
