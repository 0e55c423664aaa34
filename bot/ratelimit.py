"""Token buckets on the injected clock: a message goes only when every limit it counts against has a
token; otherwise the sender is told when to try again (bursts wait, never drop)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bot.providers import Limit


@dataclass
class _Bucket:
    tokens: float
    at: dt.datetime
    blocked_until: dt.datetime | None = None


class RateLimiter:
    def __init__(self) -> None:
        self._buckets: dict[str, _Bucket] = {}

    def _bucket(self, limit: Limit, now: dt.datetime) -> _Bucket:
        bucket = self._buckets.get(limit.key)
        if bucket is None:
            bucket = self._buckets[limit.key] = _Bucket(float(limit.burst), now)
        elif now > bucket.at:
            elapsed = (now - bucket.at).total_seconds()
            bucket.tokens = min(float(limit.burst), bucket.tokens + elapsed * limit.per_second)
            bucket.at = now
        return bucket

    def reserve(self, limits: Sequence[Limit], now: dt.datetime) -> dt.datetime | None:
        """Take a token from every limit and return None, or return when all will have one (taking nothing)."""
        buckets = [(limit, self._bucket(limit, now)) for limit in limits]
        ready = now
        for limit, bucket in buckets:
            if bucket.blocked_until is not None and bucket.blocked_until > ready:
                ready = bucket.blocked_until
            if bucket.tokens < 1:
                ready = max(ready, now + dt.timedelta(seconds=(1 - bucket.tokens) / limit.per_second))
        if ready > now:
            return ready
        for _, bucket in buckets:
            bucket.tokens -= 1
        return None

    def block(self, limits: Sequence[Limit], until: dt.datetime, now: dt.datetime) -> None:
        """The provider said 'retry after': nothing more on any of these limits until then."""
        for limit in limits:
            self._bucket(limit, now).blocked_until = until
