"""Vietnamese is the default language and complete: every translatable string in the code and templates has a
Vietnamese translation that keeps its placeholders."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]")


def _extracted() -> dict[str, tuple[str, int]]:
    with open(ROOT / "babel.cfg", encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "_l": None, "lazy_gettext": None,
                "lazy_ngettext": (1, 2)}
    found = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=keywords):
        if filename.startswith((".venv", "tests", "bench", "tools", "migrations")):
            continue
        msgid = message[0] if isinstance(message, tuple) else message
        if msgid:
            found[msgid] = (filename, lineno)
    return found


def _catalog():
    with open(ROOT / "translations" / "vi" / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return read_po(handle, locale="vi")


def test_every_string_has_a_vietnamese_translation():
    catalog = _catalog()
    missing = []
    for msgid, (filename, lineno) in sorted(_extracted().items(), key=lambda i: i[1]):
        message = catalog.get(msgid)
        text = message.string if message is not None else None
        if isinstance(text, tuple):
            text = text[0]
        if not text or (message is not None and message.fuzzy):
            missing.append(f"{filename}:{lineno}: {msgid!r}")
    assert not missing, f"{len(missing)} strings lack a Vietnamese translation:\n" + "\n".join(missing[:40])


def test_translations_keep_their_placeholders():
    wrong = []
    for message in _catalog():
        if not message.id or not message.string:
            continue
        msgid = message.id[0] if isinstance(message.id, tuple) else message.id
        text = message.string[0] if isinstance(message.string, tuple) else message.string
        if sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{msgid!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_pages_are_vietnamese_by_default_and_english_on_request(client, world):
    vietnamese = client.get("/").get_data(as_text=True)
    assert 'lang="vi"' in vietnamese and "Tra cứu" in vietnamese
    english = client.get("/?lang=en").get_data(as_text=True)
    assert 'lang="en"' in english and "Track your case" in english
    assert 'lang="en"' in client.get("/submit").get_data(as_text=True)  # the choice is remembered
