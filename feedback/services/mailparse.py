"""Reading received email with the standard library: headers, Vietnamese text in any common encoding,
HTML-only bodies, attachments, auto-replies and bounces. No Flask, no database."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr
from html import unescape
from html.parser import HTMLParser

MESSAGE_ID = re.compile(r"<[^<>\s]+>")
#: Charsets mail clients name that Python knows under another name.
CHARSET_ALIASES = {"windows-1258": "cp1258", "x-viet-vps": "cp1258", "vn": "cp1258", "unicode-1-1-utf-7": "utf-7"}


class Malformed(Exception):
    """The bytes are not a usable email message."""


@dataclass
class ParsedMail:
    """What :func:`parse` found in a message."""

    message_id: str
    in_reply_to: str | None
    references: str | None
    from_name: str | None
    from_address: str | None
    subject: str
    text: str
    #: (file name, bytes) of each attachment.
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    #: ``auto_reply``, ``bounce`` or None.
    automatic: str | None = None
    defects: list[str] = field(default_factory=list)

    def thread_ids(self) -> list[str]:
        """Message-IDs this message replies to, most specific first."""
        ids = MESSAGE_ID.findall(self.in_reply_to or "")
        ids += [i for i in reversed(MESSAGE_ID.findall(self.references or "")) if i not in ids]
        return ids


class _TextExtractor(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote",
              "section", "article", "header", "footer", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body (tags dropped, blocks on their own lines)."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
    except Exception:  # noqa: BLE001 - broken HTML still gives its text
        text = unescape(re.sub(r"<[^>]+>", " ", html))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _charset(name: str | None) -> str:
    name = (name or "utf-8").strip().strip('"').lower()
    name = CHARSET_ALIASES.get(name, name)
    try:
        codecs.lookup(name)
    except LookupError:
        return "utf-8"
    return name


def _decode_part(part: Message) -> str:
    payload = part.get_payload(decode=True) or b""
    return payload.decode(_charset(part.get_content_charset()), errors="replace")


def header_text(message: Message, name: str) -> str:
    """A header decoded from RFC 2047 words in any known charset; '' when absent."""
    raw = message.get(name)
    if raw is None:
        return ""
    try:
        raw = str(raw)
        chunks = decode_header(raw)
        if all(isinstance(c, str) for c, _ in chunks):
            return " ".join(raw.split())
        text = "".join(c.decode(_charset(cs), errors="replace") if isinstance(c, bytes) else c for c, cs in chunks)
        return " ".join(text.split())
    except Exception:  # noqa: BLE001 - a broken header is shown as it came
        try:
            return " ".join(str(make_header(decode_header(str(raw)))).split())
        except Exception:  # noqa: BLE001
            return " ".join(str(raw).split())


def _body(message: Message) -> str:
    plain = html = None
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = _decode_part(part)
        elif ctype == "text/html" and html is None:
            html = _decode_part(part)
    if plain and plain.strip():
        return plain.replace("\r\n", "\n").strip()
    return html_to_text(html) if html else ""


def _attachments(message: Message) -> list[tuple[str, bytes]]:
    found = []
    for part in message.walk():
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        name = part.get_filename()
        if disposition != "attachment" and not (name and not part.get_content_type().startswith("text/")):
            continue
        data = part.get_payload(decode=True) or b""
        if name:
            try:
                name = str(make_header(decode_header(name)))
            except Exception:  # noqa: BLE001
                pass
        found.append((name or "tep-dinh-kem", data))
    return found


def detect_automatic(message: Message, from_address: str | None) -> str | None:
    """``bounce`` for delivery reports, ``auto_reply`` for vacation and robot mail, else None."""
    ctype = message.get_content_type()
    local = (from_address or "").partition("@")[0].lower()
    return_path = message.get("Return-Path")
    if (ctype == "multipart/report" or local in ("mailer-daemon", "postmaster")
            or (return_path is not None and str(return_path).strip() in ("<>", ""))):
        return "bounce"
    auto = str(message.get("Auto-Submitted", "")).strip().lower()
    precedence = str(message.get("Precedence", "")).strip().lower()
    if (auto and auto != "no") or message.get("X-Autoreply") or message.get("X-Autorespond") \
            or precedence in ("bulk", "auto_reply", "junk", "list"):
        return "auto_reply"
    return None


def digest_id(raw: bytes) -> str:
    """A stable stand-in Message-ID for a message that has none."""
    return f"<{hashlib.sha256(raw).hexdigest()[:40]}@no-message-id.invalid>"


def parse(raw: bytes) -> ParsedMail:
    """Read one RFC 822 message. Raises :class:`Malformed` when it is not a message at all."""
    if not raw or not raw.strip():
        raise Malformed("empty message")
    try:
        message = message_from_bytes(raw, policy=policy.compat32)
    except Exception as exc:  # noqa: BLE001 - the parser is lenient; anything else is malformed
        raise Malformed(f"cannot parse: {exc}") from None
    if not any(message.get(h) for h in ("From", "Subject", "Message-ID", "Date", "To")):
        raise Malformed("no mail headers (From, To, Subject, Date or Message-ID)")
    try:
        from_name, from_address = parseaddr(header_text(message, "From"))
        if not from_address:
            addresses = getaddresses([header_text(message, "Sender")])
            from_address = addresses[0][1] if addresses else ""
        from_address = from_address.strip().lower() or None
        message_ids = MESSAGE_ID.findall(str(message.get("Message-ID", "")))
        return ParsedMail(
            message_id=(message_ids[0] if message_ids else digest_id(raw))[:255],
            in_reply_to=(" ".join(MESSAGE_ID.findall(str(message.get("In-Reply-To", "")))) or None),
            references=(" ".join(MESSAGE_ID.findall(str(message.get("References", "")))) or None),
            from_name=(from_name or None), from_address=from_address,
            subject=unicodedata.normalize("NFC", header_text(message, "Subject"))[:1000],
            text=unicodedata.normalize("NFC", _body(message)),
            attachments=_attachments(message), automatic=detect_automatic(message, from_address),
            defects=[type(d).__name__ for d in message.defects],
        )
    except Malformed:
        raise
    except Exception as exc:  # noqa: BLE001 - never a traceback for a strange message
        raise Malformed(f"cannot read: {type(exc).__name__}: {exc}") from None


__all__ = ["Malformed", "ParsedMail", "detect_automatic", "html_to_text", "parse"]
