"""Pipeline steps that need no database or Prefect: batching writes, repeated documents."""

from __future__ import annotations

from claims.ingest import Ingested
from claims.models import Document
from claims.pipeline import Saver, unique_documents


def test_saver_writes_in_batches_at_most_every_interval_and_at_flush() -> None:
    now = [0.0]
    writes: list[list[int]] = []
    saver = Saver(writes.append, every_s=1.0, clock=lambda: now[0])  # type: ignore[arg-type]
    for i in range(5):
        now[0] = i * 0.4
        saver.add(i)  # type: ignore[arg-type]
    assert writes == [[0, 1, 2, 3]]  # 1.2 s after the start
    saver.flush()
    saver.flush()  # nothing pending: no empty write
    assert writes == [[0, 1, 2, 3], [4]] and saver.saved == 5


def test_repeated_text_is_checked_once() -> None:
    def item(name: str, text: str) -> Ingested:
        return Ingested(name, Document(id=f"sha-{text}", source=name, text=text))

    unique, repeats = unique_documents([item("a", "x"), item("b", "y"), item("c", "x")])
    assert [u.doc for u in unique] == ["a", "b"]
    assert repeats == [("c", "sha-x", "a")]
