"""Reporting: claims and findings rendered as a terminal table, JSON or CSV (stage 'report')."""
from __future__ import annotations

from . import csvout, jsonout, table

FORMATS = {"table": table.render, "json": jsonout.render, "csv": csvout.render}
