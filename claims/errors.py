"""Typed errors. Each layer translates the errors of the layer below; only ``cli`` prints them.

ClaimCheckError
├── InputError                 a path, URL, date or option the user gave is unusable
│   └── UnsupportedInput       binary, empty, not English, too large
├── ExtractionError
├── SourceError                reference data
│   ├── SourceUnavailable      transient: network down, timeout, 5xx (the only retried error)
│   ├── ReferenceNotFound      terminal: the source has no such series or value
│   ├── ReferenceDataError     a shipped reference file is missing or malformed
│   └── UnknownSource          no source registered under that name
└── StorageError               DuckDB failed
    ├── DatabaseLocked         another process holds the file; says who
    └── ReadOnlyQuery          `claims query` was given a statement that is not a read
"""

from __future__ import annotations


class ClaimCheckError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(ClaimCheckError):
    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source


class UnsupportedInput(InputError):
    pass


class ExtractionError(ClaimCheckError):
    pass


class SourceError(ClaimCheckError):
    def __init__(self, message: str, *, source: str | None = None, query: object = None) -> None:
        super().__init__(message)
        self.source = source
        self.query = query


class SourceUnavailable(SourceError):
    """Transient: the source could not be reached. Retried (by ``sources.retrying``) only."""


class ReferenceNotFound(SourceError):
    pass


class ReferenceDataError(SourceError):
    pass


class UnknownSource(SourceError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"unknown source {name!r}; known sources: {', '.join(sorted(known))}", source=name)
        self.name = name
        self.known = sorted(known)


class StorageError(ClaimCheckError):
    pass


class DatabaseLocked(StorageError):
    pass


class ReadOnlyQuery(StorageError):
    pass
