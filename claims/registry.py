"""The registry of company-reported figures (``data/figures.yaml``), validated on load.

Each row: entity, metric, period (label and dates), basis, value with scale and unit or
currency, and a citation. A bad row fails with the file, row number and field named.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from claims.errors import ReferenceDataError


class Citation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    publisher: str
    quote: str
    published: date | None = None
    retrieved: date | None = None


class Figure(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    entity: str
    metric: str
    period: str
    period_start: date
    period_end: date
    basis: str
    value: float
    scale: float = 1.0
    unit: str | None = None
    currency: str | None = None
    hedge: Literal["exact", "more_than", "less_than", "approximate", "at_least", "at_most"] = "exact"
    preferred: bool = False
    revised_from: float | None = None
    note: str | None = None
    citation: Citation

    @model_validator(mode="after")
    def _check(self) -> Figure:
        if self.period_end < self.period_start:
            raise ValueError("period_end is before period_start")
        if (self.unit is None) == (self.currency is None):
            raise ValueError("exactly one of unit and currency must be set")
        return self

    @property
    def amount(self) -> float:
        return float(f"{self.value * self.scale:.12g}")


def load_figures(path: Path) -> list[Figure]:
    """Every figure in a registry file; raises ``ReferenceDataError`` naming file, row and field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ReferenceDataError(f"{path}: registry file is missing") from exc
    except (OSError, yaml.YAMLError) as exc:
        raise ReferenceDataError(f"{path}: cannot read the registry ({exc})") from exc
    rows = data.get("figures") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise ReferenceDataError(f"{path}: expected a top-level 'figures:' list")
    figures = []
    for i, row in enumerate(rows, start=1):
        try:
            figures.append(Figure.model_validate(row))
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "(row)"
            raise ReferenceDataError(f"{path}: row {i}: field {field!r}: {err['msg']}") from exc
    return figures


def append_figure(path: Path, figure: Figure) -> None:
    """Add one figure to a registry file (``claims refdata add``), validating the whole file first."""
    load_figures(path) if path.exists() else None
    row = figure.model_dump(mode="json", exclude_defaults=True)
    row["citation"] = figure.citation.model_dump(mode="json", exclude_none=True)
    for key in ("value", "scale"):  # 1000000000.0 -> 1000000000, as a person would type it
        if isinstance(row.get(key), float) and row[key].is_integer():
            row[key] = int(row[key])
    text = path.read_text(encoding="utf-8") if path.exists() else "figures:\n"
    if not text.endswith("\n"):
        text += "\n"
    text += "  - " + yaml.safe_dump(row, default_flow_style=True, allow_unicode=True, width=10_000).strip() + "\n"
    path.write_text(text, encoding="utf-8")
