"""Passwords, citizen access keys and sealed identities."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from cryptography.fernet import Fernet, InvalidToken
from flask import current_app

_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters

#: Crockford base32 without I, L, O, U: easy to read out on the phone.
KEY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: 24 symbols x 5 bits = 120 bits of entropy (DESIGN.md §3 asks for at least 100).
KEY_LENGTH = 24


def hash_password(password: str) -> str:
    """Argon2id hash of ``password``."""
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Check ``password`` against an Argon2 hash, in constant time."""
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def generate_password() -> str:
    """A random password for new accounts (about 96 bits)."""
    return secrets.token_urlsafe(12)


def _encode_key(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    symbols = []
    for _ in range(KEY_LENGTH):
        number, index = divmod(number, 32)
        symbols.append(KEY_ALPHABET[index])
    return "".join(symbols)


def access_key_for_token(token: str) -> str:
    """The citizen's access key for a submission token.

    Derived with HMAC from the app secret so that a double submit of the same form shows the
    same key again, while the database keeps only the hashes of the token and of the key.
    """
    secret = current_app.config["SECRET_KEY"].encode()
    digest = hmac.new(secret, b"access-key:" + token.encode(), hashlib.sha256).digest()
    return _encode_key(digest[:15])


def random_access_key() -> str:
    """A fresh key for cases logged by staff (no form token)."""
    return _encode_key(secrets.token_bytes(15))


def normalise_key(key: str) -> str:
    """Accept keys typed with spaces, dashes, lower case and look-alike letters."""
    cleaned = "".join(ch for ch in key.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"}))


def format_key(key: str) -> str:
    """Group a key in fours for reading: ``ABCD-EFGH-…``."""
    return "-".join(key[i:i + 4] for i in range(0, len(key), 4))


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def hash_access_key(key: str) -> str:
    """Stored form of an access key (120 random bits make a slow hash unnecessary)."""
    return sha256_hex("case-key:" + normalise_key(key))


def check_access_key(stored_hash: str | None, key: str) -> bool:
    """Constant-time comparison; a missing case compares against a dummy hash."""
    return hmac.compare_digest(stored_hash or "0" * 64, hash_access_key(key))


# --- sealed identities -------------------------------------------------------------------------

def _identity_fernet() -> Fernet:
    config = current_app.config
    key = config.get("IDENTITY_KEY")
    if not key:
        path = Path(config.get("IDENTITY_KEY_FILE") or Path(current_app.instance_path) / "identity.key")
        if not path.exists():
            if config.get("PRODUCTION"):
                raise RuntimeError("IDENTITY_KEY or IDENTITY_KEY_FILE must be set in production")
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(Fernet.generate_key())
        key = path.read_bytes().strip()
    return Fernet(key)


def seal_identity(identity: dict[str, str | None]) -> bytes:
    """Encrypt an identity dict with the key kept outside the database."""
    return _identity_fernet().encrypt(json.dumps(identity, ensure_ascii=False).encode())


def unseal_identity(token: bytes) -> dict[str, str | None]:
    """Decrypt a sealed identity. Raises ``ValueError`` when the key does not match."""
    try:
        return json.loads(_identity_fernet().decrypt(token))
    except InvalidToken as exc:  # wrong key or tampered data
        raise ValueError("sealed identity cannot be opened with the configured key") from exc


def new_pseudonym() -> str:
    """A short code like ``TC-7F3K9`` that names a denouncer on screens."""
    return "TC-" + "".join(secrets.choice(KEY_ALPHABET) for _ in range(5))
