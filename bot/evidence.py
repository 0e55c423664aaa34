"""Photos and documents sent with a message: downloaded by the channel adapters within a size limit,
type-checked here by their content (not the name or declared type), and stored as Evidence rows."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
from sqlmodel import Session

from models.conversation import Evidence, EvidenceStatus
from models.messages import Message

SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"%PDF-", 0, "application/pdf"),
    (b"GIF8", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"ftypheic", 4, "image/heic"),
    (b"ftypheix", 4, "image/heic"),
    (b"ftypmif1", 4, "image/heic"),
)


def sniff(data: bytes) -> str | None:
    """The content type a file really has, among the ones accepted as evidence."""
    for magic, offset, kind in SIGNATURES:
        if data[offset:offset + len(magic)] == magic:
            return kind
    return None


async def download(client: httpx.AsyncClient, url: str, *, max_bytes: int, content_type: str = "",
                   auth: httpx.Auth | tuple[str, str] | None = None) -> dict[str, Any]:
    """Fetch a media file, stopping at `max_bytes`; returns the media dict `handle_inbound` takes."""
    item: dict[str, Any] = {"url": url, "content_type": content_type, "data": None}
    try:
        async with client.stream("GET", url, auth=auth, follow_redirects=True) as response:
            if response.status_code != 200:
                item["error"] = f"download failed: HTTP {response.status_code}"
                return item
            item["content_type"] = response.headers.get("content-type", content_type).split(";")[0]
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    item["error"] = f"too large: over {max_bytes} bytes"
                    item["size"] = size
                    return item
                chunks.append(chunk)
            item["data"] = b"".join(chunks)
    except httpx.HTTPError as exc:
        item["error"] = f"download failed: {type(exc).__name__}"
    return item


def media_refs(media: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """What the Message row keeps about its media (never the bytes)."""
    return [{k: v for k, v in m.items() if k in ("url", "content_type", "filename", "error")} for m in media]


def store_evidence(db: Session, message: Message, media: Sequence[Mapping[str, Any]], *, now: dt.datetime,
                   school_id: int | None) -> list[Evidence]:
    if not media:
        return []
    rows = []
    for item in media:
        data: bytes | None = item.get("data")
        row = Evidence(
            message_id=message.id, contact_id=message.contact_id, school_id=school_id,
            status=EvidenceStatus.rejected, content_type=str(item.get("content_type") or "")[:100],
            filename=str(item.get("filename") or "")[:200], source_url=(item.get("url") or None),
            size_bytes=int(item.get("size") or (len(data) if data else 0)), created_at=now,
        )
        real_type = sniff(data) if data else None
        if item.get("error"):
            row.status_reason = str(item["error"])[:300]
        elif not data:
            row.status_reason = "empty file"
        elif real_type is None:
            row.status_reason = f"not an accepted photo or PDF (declared {row.content_type or 'unknown'})"
        else:
            row.status, row.content_type, row.data = EvidenceStatus.stored, real_type, data
            row.sha256 = hashlib.sha256(data).hexdigest()
        db.add(row)
        rows.append(row)
    db.flush()
    return rows
