"""The HTML report: a static site (no server, no CDN) of one run's documents, claims and evidence.

``build_site(store, out_dir)`` reads the run through ``VerdictStore``, renders the pages with
jinja2 (autoescaping on) and the price charts with matplotlib (inline SVG); ``claims report``
is its command.
"""

from __future__ import annotations

from claims.site.builder import SiteResult, build_site

__all__ = ["SiteResult", "build_site"]
