"""The one place where reference fetches are retried: ``RetryingSource`` retries only
``SourceUnavailable`` (transient), a bounded number of times with backoff. Sources themselves
never retry, so attempts do not multiply across layers."""

from __future__ import annotations

import time
from collections.abc import Callable

from claims.errors import SourceUnavailable
from claims.models import ReferenceQuery, ReferenceValue
from claims.sources import ReferenceSource

DEFAULT_ATTEMPTS = 3
DEFAULT_BACKOFF_S = 0.5


class RetryingSource:
    def __init__(
        self,
        inner: ReferenceSource,
        *,
        attempts: int = DEFAULT_ATTEMPTS,
        backoff: float = DEFAULT_BACKOFF_S,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner = inner
        self.name = inner.name
        self.attempts = attempts
        self.backoff = backoff
        self.sleep = sleep

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]:
        for attempt in range(1, self.attempts + 1):
            try:
                return self.inner.fetch(query)
            except SourceUnavailable:
                if attempt == self.attempts:
                    raise
                self.sleep(self.backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")
