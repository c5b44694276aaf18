"""Place claim highlights in a document's text by their stored character offsets.

The text is cut into a tree of plain runs and highlights; rendering the tree's leaves in order
gives back exactly the stored text, whatever the offsets (nested spans nest; a span that
crosses an earlier one starts where that one ends; a span outside the text is clipped).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A claim to highlight: ``key`` identifies it in the page; offsets index the document text."""

    key: int
    start: int
    end: int


@dataclass
class Node:
    """Plain text (``span`` is None) or a highlight holding its children."""

    text: str = ""
    span: Span | None = None
    children: list[Node] = field(default_factory=list)


@dataclass
class _Open:
    span: Span
    start: int
    end: int
    node: Node


def highlight_tree(text: str, spans: list[Span]) -> list[Node]:
    """The text as a list of nodes with every span highlighted once (see the module docstring)."""
    n = len(text)
    placed: list[tuple[int, int, Span]] = []
    for s in spans:
        start, end = max(0, min(s.start, n)), max(0, min(s.end, n))
        placed.append((start, max(start, end), s))
    placed.sort(key=lambda p: (p[0], -p[1], p[2].key))

    root = Node()
    stack: list[_Open] = []
    pos = 0

    def container() -> Node:
        return stack[-1].node if stack else root

    def emit(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            container().children.append(Node(text=text[pos:upto]))
            pos = upto

    def close_until(at: int) -> None:
        while stack and stack[-1].end <= at:
            emit(stack[-1].end)
            stack.pop()

    for start, end, span in placed:
        close_until(start)
        if stack and end > stack[-1].end:
            # crosses the open highlight: start this one where that one ends
            emit(stack[-1].end)
            start = stack[-1].end
            close_until(start)
        start = max(start, pos)
        end = max(end, start)
        emit(start)
        node = Node(span=span)
        container().children.append(node)
        stack.append(_Open(span, start, end, node))
    close_until(n + 1)
    emit(n)
    return root.children


def flatten(nodes: list[Node]) -> str:
    """The text a tree renders (its leaves in order): equal to the document text."""
    return "".join(node.text if node.span is None else flatten(node.children) for node in nodes)
