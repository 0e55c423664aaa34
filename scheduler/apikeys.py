"""Per-school API keys for the MIS push: random tokens, stored only as a SHA-256 hash (a 256-bit
random token needs no slow hash) and compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlmodel import Session, select

from models.school import School

PREFIX = "rcsk_"


def hash_key(key: str) -> str:
    return "sha256:" + hashlib.sha256(key.encode()).hexdigest()


def new_api_key(school: School) -> str:
    """Give the school a fresh key (replacing any old one); the caller commits. Returns the key."""
    key = PREFIX + secrets.token_urlsafe(32)
    school.api_key_hash = hash_key(key)
    return key


def mint_api_key(db: Session, slug: str) -> str:
    school = db.exec(select(School).where(School.slug == slug)).first()
    if school is None:
        raise LookupError(f"no school with slug {slug!r}")
    key = new_api_key(school)
    db.add(school)
    return key


def key_matches(school: School, key: str | None) -> bool:
    if not key or not school.api_key_hash:
        return False
    return hmac.compare_digest(hash_key(key), school.api_key_hash)
